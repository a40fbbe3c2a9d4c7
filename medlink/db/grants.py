"""Least-privilege MariaDB / MySQL accounts for a clinic server (``medlink db grants``).

Two accounts:

* the **migration account** (``medlink_migrate``) owns the schema: it runs
  ``medlink db upgrade`` (tables, indexes, the audit log's triggers) and nothing else;
* the **application account** (``medlink_app``), the one every workstation uses,
  reads and writes clinic data but has no DDL at all, and on the audit log only
  SELECT and INSERT — so even a workstation's stolen credentials cannot rewrite
  or delete history (the triggers refuse it too, and the hash chain shows it).
"""

from __future__ import annotations

from medlink.db.models import Base

APPEND_ONLY_TABLES = ("audit_log",)
NO_DELETE_TABLES = ("audit_chain_head",)  # chain heads only advance; a deleted head would hide a cut-off chain
READ_ONLY_TABLES = ("alembic_version",)


def _quote_ident(name: str) -> str:
    return "`" + name.replace("`", "``") + "`"


def _quote_string(value: str) -> str:
    return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'"


def grant_statements(database: str, *, app_user: str = "medlink_app", migrate_user: str = "medlink_migrate",
                     host: str = "%", app_password: str = "CHANGE-ME-app-password",
                     migrate_password: str = "CHANGE-ME-migration-password") -> list[str]:
    """The SQL an administrator of the database server runs once (as root)."""
    db = _quote_ident(database)
    app = f"{_quote_string(app_user)}@{_quote_string(host)}"
    mig = f"{_quote_string(migrate_user)}@{_quote_string(host)}"
    statements = [
        f"CREATE DATABASE IF NOT EXISTS {db} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;",
        f"CREATE USER IF NOT EXISTS {mig} IDENTIFIED BY {_quote_string(migrate_password)};",
        f"GRANT ALL PRIVILEGES ON {db}.* TO {mig};",
        f"CREATE USER IF NOT EXISTS {app} IDENTIFIED BY {_quote_string(app_password)};",
    ]
    for table in sorted(t.name for t in Base.metadata.sorted_tables):
        if table in APPEND_ONLY_TABLES:
            privileges = "SELECT, INSERT"
        elif table in NO_DELETE_TABLES:
            privileges = "SELECT, INSERT, UPDATE"
        else:
            privileges = "SELECT, INSERT, UPDATE, DELETE"
        statements.append(f"GRANT {privileges} ON {db}.{_quote_ident(table)} TO {app};")
    for table in READ_ONLY_TABLES:
        statements.append(f"GRANT SELECT ON {db}.{_quote_ident(table)} TO {app};")
    statements.append("FLUSH PRIVILEGES;")
    return statements


def grants_script(database: str, **kwargs: str) -> str:
    header = [
        "-- MedLink least-privilege accounts. Run once as the server's administrator, e.g.",
        "--   medlink db grants --database medlink | sudo mariadb",
        "-- after replacing the two CHANGE-ME passwords (or pass --app-password / --migrate-password).",
        "-- Migrations: medlink --database-url mysql+pymysql://medlink_migrate@HOST/DB db upgrade",
        "-- Workstations: mysql+pymysql://medlink_app@HOST/DB (password in the keyring:",
        "--   medlink config set-db-password). Re-run this script after every upgrade that adds tables.",
        "-- With binary logging on, creating the audit triggers needs log_bin_trust_function_creators=1",
        "-- (or SUPER) for the migration account.",
    ]
    return "\n".join(header + grant_statements(database, **kwargs)) + "\n"
