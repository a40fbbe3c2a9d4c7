"""front desk: families, merged records, queue tokens, follow-up rule, telemedicine consent

Revision ID: 0004_front_desk
Revises: 0003_daily_summary
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from medlink.db.types import UTCDateTime

revision = "0004_front_desk"
down_revision = "0003_daily_summary"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN (no batch copy): a batch rebuild of these tables on SQLite would lose the NOCASE
    # collations of the name columns that the index-range prefix searches rely on.
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:  # SQLite adds a column with its (named) foreign key in one statement
        op.execute("ALTER TABLE patients ADD COLUMN merged_into_id INTEGER "
                   "CONSTRAINT fk_patients_merged_into_id_patients REFERENCES patients (id)")
    else:
        op.add_column("patients", sa.Column("merged_into_id", sa.Integer(), nullable=True))
        op.create_foreign_key("fk_patients_merged_into_id_patients", "patients", "patients", ["merged_into_id"],
                              ["id"])
    op.add_column("doctors", sa.Column("follow_up_free_days", sa.Integer(), nullable=True))
    op.add_column("doctors", sa.Column("follow_up_free_visits", sa.Integer(), nullable=False, server_default="1"))
    op.add_column("appointments", sa.Column("telemedicine_consent_at", UTCDateTime(), nullable=True))
    op.create_table(
        "patient_guardians",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("guardian_id", sa.Integer(), sa.ForeignKey("patients.id", name="fk_patient_guardians_guardian_id_patients"),
                  nullable=False),
        sa.Column("dependant_id", sa.Integer(),
                  sa.ForeignKey("patients.id", name="fk_patient_guardians_dependant_id_patients"), nullable=False),
        sa.Column("relationship_label", sa.String(30), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), sa.ForeignKey("users.id", name="fk_patient_guardians_created_by_id_users"),
                  nullable=True),
        sa.UniqueConstraint("guardian_id", "dependant_id", name="uq_patient_guardians_guardian_id_dependant_id"),
        sa.CheckConstraint("guardian_id <> dependant_id", name="ck_patient_guardians_not_self"),
    )
    op.create_index("ix_patient_guardians_guardian_id", "patient_guardians", ["guardian_id"])
    op.create_index("ix_patient_guardians_dependant_id", "patient_guardians", ["dependant_id"])
    op.create_table(
        "patient_merges",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("survivor_id", sa.Integer(), sa.ForeignKey("patients.id", name="fk_patient_merges_survivor_id_patients"),
                  nullable=False),
        sa.Column("merged_id", sa.Integer(), sa.ForeignKey("patients.id", name="fk_patient_merges_merged_id_patients"),
                  nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("moved", sa.Text(), nullable=False),
        sa.Column("merged_at", UTCDateTime(), nullable=False),
        sa.Column("merged_by_id", sa.Integer(), sa.ForeignKey("users.id", name="fk_patient_merges_merged_by_id_users"),
                  nullable=True),
        sa.UniqueConstraint("merged_id", name="uq_patient_merges_merged_id"),
    )
    op.create_index("ix_patient_merges_survivor_id", "patient_merges", ["survivor_id"])
    op.create_table(
        "queue_tokens",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("appointment_id", sa.Integer(),
                  sa.ForeignKey("appointments.id", name="fk_queue_tokens_appointment_id_appointments"), nullable=False),
        sa.Column("doctor_id", sa.Integer(), sa.ForeignKey("doctors.id", name="fk_queue_tokens_doctor_id_doctors"),
                  nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("token_number", sa.Integer(), nullable=False),
        sa.Column("issued_at", UTCDateTime(), nullable=False),
        sa.Column("called_at", UTCDateTime(), nullable=True),
        sa.Column("called_by_id", sa.Integer(), sa.ForeignKey("users.id", name="fk_queue_tokens_called_by_id_users"),
                  nullable=True),
        sa.UniqueConstraint("appointment_id", name="uq_queue_tokens_appointment_id"),
        sa.UniqueConstraint("doctor_id", "day", "token_number", name="uq_queue_tokens_doctor_id_day_token_number"),
    )
    op.create_index("ix_queue_tokens_day", "queue_tokens", ["day"])

def downgrade() -> None:
    op.drop_table("queue_tokens")
    op.drop_table("patient_merges")
    op.drop_table("patient_guardians")
    with op.batch_alter_table("appointments") as batch:
        batch.drop_column("telemedicine_consent_at")
    with op.batch_alter_table("doctors") as batch:
        batch.drop_column("follow_up_free_visits")
        batch.drop_column("follow_up_free_days")
    with op.batch_alter_table("patients") as batch:
        batch.drop_constraint("fk_patients_merged_into_id_patients", type_="foreignkey")
        batch.drop_column("merged_into_id")
