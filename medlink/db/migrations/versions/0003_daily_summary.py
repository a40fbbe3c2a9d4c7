"""daily summary tables for the dashboard, backfilled

Revision ID: 0003_daily_summary
Revises: 0002
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_daily_summary"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "appointment_day_counts",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("speciality", sa.String(length=60), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("day", "status", "speciality", name=op.f("pk_appointment_day_counts")),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "bill_day_totals",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("bills", sa.Integer(), nullable=False),
        sa.Column("total_paise", sa.BigInteger(), nullable=False),
        sa.Column("tax_paise", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("day", name=op.f("pk_bill_day_totals")),
        sqlite_with_rowid=False,
    )
    # Backfill from the existing appointments and bills (a few seconds for a million appointments).
    from medlink.db.summary import rebuild_summaries

    rebuild_summaries(op.get_bind())


def downgrade() -> None:
    op.drop_table("bill_day_totals")
    op.drop_table("appointment_day_counts")
