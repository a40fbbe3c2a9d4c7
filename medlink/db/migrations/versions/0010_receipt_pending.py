"""migration 0010: a bill can wait for its receipt PDF

Revision ID: 0010_receipt_pending
Revises: 0009_audit_chains
Create Date: 2026-12-02

A bill is numbered in a short transaction (the year's receipt counter is held
only while the number is taken and the bill's rows are written) and its receipt
PDF and e-mail follow in a second one.  ``receipt_pending`` is true between the
two; a bill left so by a crash or a full disk is finished when its receipt is
next opened or at the next start.  Existing bills have their receipts already.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_receipt_pending"
down_revision = "0009_audit_chains"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("bills") as batch:
        batch.add_column(sa.Column("receipt_pending", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch.create_index("ix_bills_receipt_pending", ["receipt_pending"])


def downgrade() -> None:
    with op.batch_alter_table("bills") as batch:
        batch.drop_index("ix_bills_receipt_pending")
        batch.drop_column("receipt_pending")
