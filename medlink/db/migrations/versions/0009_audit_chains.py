"""migration 0009: one audit chain per workstation; each audit row names its chain, place and MAC key

Revision ID: 0009_audit_chains
Revises: 0008_language
Create Date: 2026-12-02

The single chain head of 0007 (one row every audited unit of work of every
workstation locked) becomes one head row per chain.  The rows already written
are not touched (the triggers forbid it, and their MACs must keep holding):
they stay the closed chain named ``""``, chained by id from ``first_id`` to
``last_id``, and ``medlink audit verify`` keeps checking them.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from medlink.db.models import AUDIT_TRIGGERS_MYSQL, AUDIT_TRIGGERS_SQLITE

revision = "0009_audit_chains"
down_revision = "0008_language"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    old = bind.execute(sa.text("SELECT last_id, first_id, last_mac FROM audit_chain_head WHERE id = 1")).first()
    rows = bind.execute(sa.text("SELECT COUNT(*) FROM audit_log")).scalar() or 0
    op.drop_table("audit_chain_head")
    op.create_table(
        "audit_chain_head",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("last_seq", sa.BigInteger(), nullable=False),
        sa.Column("last_id", sa.BigInteger(), nullable=False),
        sa.Column("first_id", sa.BigInteger(), nullable=False),
        sa.Column("last_mac", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_chain_head")),
        sa.UniqueConstraint("name", name=op.f("uq_audit_chain_head_name")),
    )
    if rows:  # the 0007 chain (possibly empty, when every row predates it) is kept, closed
        last_id, first_id, last_mac = old if old is not None else (0, 1, "")
        bind.execute(sa.text("INSERT INTO audit_chain_head (id, name, last_seq, last_id, first_id, last_mac) "
                             "VALUES (1, '', 0, :l, :f, :m)"), {"l": last_id, "f": first_id, "m": last_mac})
    # Plain ADD COLUMN (no table copy, which would drop the audit log's triggers on SQLite).
    op.add_column("audit_log", sa.Column("chain_id", sa.Integer(), nullable=True))
    op.add_column("audit_log", sa.Column("chain_seq", sa.BigInteger(), nullable=True))
    op.add_column("audit_log", sa.Column("key_id", sa.String(length=32), nullable=True))
    op.create_index("ux_audit_log_chain_seq", "audit_log", ["chain_id", "chain_seq"], unique=True)


def downgrade() -> None:
    # Back to one head row; rows written in the per-workstation chains no longer verify in 0007's format.
    bind = op.get_bind()
    old = bind.execute(sa.text("SELECT last_id, first_id, last_mac FROM audit_chain_head WHERE name = ''")).first()
    last = bind.execute(sa.text("SELECT COALESCE(MAX(id), 0) FROM audit_log")).scalar() or 0
    op.drop_index("ux_audit_log_chain_seq", table_name="audit_log")
    triggers = AUDIT_TRIGGERS_SQLITE if bind.dialect.name == "sqlite" else AUDIT_TRIGGERS_MYSQL
    op.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    op.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
    with op.batch_alter_table("audit_log") as batch:
        batch.drop_column("key_id")
        batch.drop_column("chain_seq")
        batch.drop_column("chain_id")
    for statement in triggers:
        op.execute(statement)
    op.drop_table("audit_chain_head")
    op.create_table(
        "audit_chain_head",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("last_id", sa.BigInteger(), nullable=False),
        sa.Column("first_id", sa.BigInteger(), nullable=False),
        sa.Column("last_mac", sa.String(length=64), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_audit_chain_head_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_chain_head")),
    )
    last_id, first_id, last_mac = old if old is not None else (last, last + 1, "")
    bind.execute(sa.text("INSERT INTO audit_chain_head (id, last_id, first_id, last_mac) VALUES (1, :l, :f, :m)"),
                 {"l": last_id, "f": first_id, "m": last_mac})
