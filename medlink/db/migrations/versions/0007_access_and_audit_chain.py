"""migration 0007: session epochs, access settings, break-glass, hash-chained audit log with triggers

Revision ID: 0007_access_audit
Revises: 0006_clinical_record
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import medlink.db.types
from medlink.db.models import AUDIT_TRIGGERS_MYSQL, AUDIT_TRIGGERS_SQLITE

revision = "0007_access_audit"
down_revision = "0006_clinical_record"
#: tables this migration fills with rows of a new database (the empty audit chain's head); see medlink.db.migrate.seeded_tables
# No SEEDS: the single chain head this revision seeds is replaced by per-workstation heads in
# 0009_audit_chains, which a new database creates only when a workstation writes its first audit row.
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN (no batch copy): SQLite and MariaDB both add a column with a default in place.
    op.add_column("users", sa.Column("session_epoch", sa.Integer(), nullable=False, server_default="0"))
    op.add_column("clinic_settings", sa.Column("chart_access_days", sa.Integer(), nullable=False,
                                               server_default="0"))
    op.add_column("clinic_settings", sa.Column("check_in_opens_minutes", sa.Integer(), nullable=False,
                                               server_default="60"))
    op.add_column("audit_log", sa.Column("workstation", sa.String(length=80), nullable=True))
    op.add_column("audit_log", sa.Column("mac", sa.String(length=64), nullable=False, server_default=""))
    op.create_table(
        "audit_chain_head",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("last_id", sa.BigInteger(), nullable=False),
        sa.Column("first_id", sa.BigInteger(), nullable=False),
        sa.Column("last_mac", sa.String(length=64), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_audit_chain_head_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_chain_head")),
    )
    op.create_table(
        "break_glass_access",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("doctor_id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("workstation", sa.String(length=80), nullable=True),
        sa.Column("granted_at", medlink.db.types.UTCDateTime(), nullable=False),
        sa.Column("expires_at", medlink.db.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["doctor_id"], ["doctors.id"], name=op.f("fk_break_glass_access_doctor_id_doctors")),
        sa.ForeignKeyConstraint(["patient_id"], ["patients.id"],
                                name=op.f("fk_break_glass_access_patient_id_patients")),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_break_glass_access_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_break_glass_access")),
    )
    op.create_index("ix_break_glass_access_doctor_patient", "break_glass_access",
                    ["doctor_id", "patient_id", "expires_at"])
    op.create_index(op.f("ix_break_glass_access_patient_id"), "break_glass_access", ["patient_id"])
    # Rows written before this revision carry no MAC: the chain starts after them.
    bind = op.get_bind()
    last = bind.execute(sa.text("SELECT COALESCE(MAX(id), 0) FROM audit_log")).scalar() or 0
    bind.execute(sa.text("INSERT INTO audit_chain_head (id, last_id, first_id, last_mac) VALUES (1, :l, :f, '')"),
                 {"l": last, "f": last + 1})
    for statement in AUDIT_TRIGGERS_SQLITE if bind.dialect.name == "sqlite" else AUDIT_TRIGGERS_MYSQL:
        op.execute(statement)


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    op.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
    op.drop_index(op.f("ix_break_glass_access_patient_id"), table_name="break_glass_access")
    op.drop_index("ix_break_glass_access_doctor_patient", table_name="break_glass_access")
    op.drop_table("break_glass_access")
    op.drop_table("audit_chain_head")
    with op.batch_alter_table("audit_log") as batch:
        batch.drop_column("mac")
        batch.drop_column("workstation")
    with op.batch_alter_table("clinic_settings") as batch:
        batch.drop_column("check_in_opens_minutes")
        batch.drop_column("chart_access_days")
    with op.batch_alter_table("users") as batch:
        batch.drop_column("session_epoch")
