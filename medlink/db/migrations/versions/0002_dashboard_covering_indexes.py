"""covering indexes for the dashboard aggregates

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain index operations (no batch copy of the tables, which would be slow on a big database).
    op.drop_index("ix_appointments_time_status", table_name="appointments")
    op.create_index("ix_appointments_time_status_doctor", "appointments", ["starts_at", "status", "doctor_id"])
    op.drop_index("ix_bills_issued", table_name="bills")
    op.create_index("ix_bills_issued_totals", "bills",
                    ["issued_at", "status", "grand_total_paise", "cgst_paise", "sgst_paise", "igst_paise"])


def downgrade() -> None:
    op.drop_index("ix_bills_issued_totals", table_name="bills")
    op.create_index("ix_bills_issued", "bills", ["issued_at"])
    op.drop_index("ix_appointments_time_status_doctor", table_name="appointments")
    op.create_index("ix_appointments_time_status", "appointments", ["starts_at", "status"])
