"""The multi-workstation stress benchmark, small: separate processes, real databases, invariants checked.

The full-size figures (16 workstations, a minute each, SQLite / MariaDB / Galera) are in
docs/benchmarks.md; here a few workstations run for a few seconds so the invariants are checked on
every test run: no double booking, consecutive receipt numbers, every booking and bill with its
audit and outbox rows, no unexpected error — and real work was done.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from bench import stress

WORKSTATIONS = 4
SECONDS = 4.0


def _assert_healthy(report: stress.RunReport) -> None:
    report.print()
    failed = [f"{name}: {detail}" for name, passed, detail in report.checks if not passed]
    assert not failed
    assert not report.unexpected
    done = {action for r in report.results for action, samples in r.latencies.items() if samples}
    assert "book" in done and report.actions >= 4  # real work done (the machine may be busy)
    assert len(report.results) == WORKSTATIONS


def test_stress_sqlite_shared_file(tmp_path: Path) -> None:
    records = tmp_path / "records"
    records.mkdir()
    report = stress.run("SQLite", [f"sqlite:///{tmp_path / 'shared.sqlite3'}"], workstations=WORKSTATIONS,
                        seconds=SECONDS, records_dir=records)
    _assert_healthy(report)


def test_stress_mariadb(mariadb_url: str, tmp_path: Path) -> None:
    url = make_url(mariadb_url)
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP DATABASE IF EXISTS medlink_stress"))
        conn.execute(text("CREATE DATABASE medlink_stress CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"))
    engine.dispose()
    records = tmp_path / "records"
    records.mkdir()
    report = stress.run("MariaDB", [url.set(database="medlink_stress").render_as_string(hide_password=False)],
                        workstations=WORKSTATIONS, seconds=SECONDS, records_dir=records)
    _assert_healthy(report)


def test_stress_galera_three_nodes(tmp_path: Path) -> None:
    from tests.support.galera import GaleraCluster, find_galera_provider

    if find_galera_provider() is None:
        pytest.skip("galera-4 is not installed (scripts/test.sh installs it)")
    cluster = GaleraCluster(nodes=3)
    cluster.start()
    try:
        assert cluster.cluster_size() == 3
        cluster.create_database("stress")
        records = tmp_path / "records"
        records.mkdir()
        report = stress.run("Galera", cluster.urls("stress"), workstations=WORKSTATIONS, seconds=SECONDS,
                            records_dir=records)
    finally:
        cluster.stop()
    # Each workstation extends its own audit chain, so audited reads on different nodes no longer
    # collide on one head row; every action must succeed or be refused for a reason a user understands.
    _assert_healthy(report)
