"""the clinic data key's fingerprint (the key itself stays in each workstation's keyring)

Revision ID: 0005_clinic_key
Revises: 0004_front_desk
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import medlink.db.types

revision = "0005_clinic_key"
down_revision = "0004_front_desk"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "clinic_key",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("key_id", sa.String(length=32), nullable=False),
        sa.Column("next_key_id", sa.String(length=32), nullable=True),
        sa.Column("created_at", medlink.db.types.UTCDateTime(), nullable=False),
        sa.Column("rotated_at", medlink.db.types.UTCDateTime(), nullable=True),
        sa.CheckConstraint("id = 1", name=op.f("ck_clinic_key_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_clinic_key")),
    )


def downgrade() -> None:
    op.drop_table("clinic_key")
