"""migration 0008: preferred languages of patients and users; bilingual document headings

Revision ID: 0008_language
Revises: 0007_access_audit
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_language"
down_revision = "0007_access_audit"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN, never a batch copy: on SQLite a batch rebuild of patients would lose
    # the NOCASE collation of its name and e-mail columns (tests/core/test_schema.py).
    op.add_column("patients", sa.Column("preferred_language", sa.String(length=16), nullable=True))
    op.add_column("users", sa.Column("preferred_language", sa.String(length=16), nullable=True))
    op.add_column("clinic_settings", sa.Column("bilingual_documents", sa.Boolean(), nullable=False,
                                               server_default=sa.false()))


def downgrade() -> None:
    # DROP COLUMN in place (SQLite >= 3.35, MariaDB): the other columns keep their collations.
    op.drop_column("clinic_settings", "bilingual_documents")
    op.drop_column("users", "preferred_language")
    op.drop_column("patients", "preferred_language")
