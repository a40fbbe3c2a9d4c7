"""What SQLCipher costs: the same statements on the encrypted clinic database and on a plaintext copy.

    python bench/bench_sqlcipher.py                 # a generated clinic at scale 0.1 (about a minute)
    python bench/bench_sqlcipher.py --scale 1       # the full-scale benchmark clinic

The clinic is generated into a SQLCipher file exactly as MedLink opens it
(``medlink.db.session.Database``); a plaintext copy is made with
``sqlcipher_export``.  Both are read through SQLAlchemy connections with the
same pragmas (WAL, synchronous=NORMAL), so the difference is the page
encryption, the per-page HMAC and the keying of a new connection.  The
secret keys live in a throwaway key file in the benchmark folder.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Connection, Engine

from bench.timing import measure


def _timed(fn: Callable[[int], object], runs: int) -> tuple[float, float]:
    return measure(fn, runs, warmup=3)


def _plain_engine(path: Path) -> Engine:
    from medlink.db.session import _sqlite_on_connect

    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _sqlite_on_connect)
    return engine


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=float, default=0.1)
    parser.add_argument("--runs", type=int, default=300)
    parser.add_argument("--folder", help="keep the generated files here (default: a temporary folder)")
    args = parser.parse_args()
    folder = Path(args.folder) if args.folder else Path(tempfile.mkdtemp(prefix="medlink-bench-cipher-"))
    folder.mkdir(parents=True, exist_ok=True)
    os.environ["MEDLINK_DATA_DIR"] = str(folder / "data")
    os.environ["MEDLINK_KEY_FILE"] = str(folder / "bench.key")
    os.environ["MEDLINK_KEY_FILE_PASSPHRASE"] = "benchmark passphrase"
    from medlink.security.secrets import use_key_file_if_configured

    use_key_file_if_configured()

    from bench.generate import Scale, generate
    from medlink.db import cipher, migrate
    from medlink.db.session import Database
    from medlink.services import clinic_key

    encrypted_path, plain_path = folder / "clinic.sqlite3", folder / "clinic-plain.sqlite3"
    db = Database(f"sqlite:///{encrypted_path}")
    migrate.upgrade(db)
    clinic_key.unlock(db)
    with db.engine.connect() as conn:
        generated = conn.execute(text("SELECT COUNT(*) FROM patients")).scalar()
    if not generated:
        print(f"Generating the benchmark clinic (scale {args.scale}) …", flush=True)
        generate(db, Scale().times(args.scale))
    assert db.cipher is not None
    raw_key = db.cipher.raw_key()
    db.dispose()
    plain_path.unlink(missing_ok=True)
    conn = cipher.connect(str(encrypted_path), raw_key, isolation_level=None)
    conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(plain_path),))
    conn.execute("SELECT sqlcipher_export('plain')")
    conn.execute("DETACH DATABASE plain")
    conn.close()
    size_mb = encrypted_path.stat().st_size / 1e6

    encrypted = Database(f"sqlite:///{encrypted_path}")
    plain = _plain_engine(plain_path)
    with plain.connect() as c:
        patients = int(c.execute(text("SELECT COUNT(*) FROM patients")).scalar() or 1)

    def pid(i: int) -> int:
        return 1 + (i * 7919) % patients

    statements: list[tuple[str, str, Callable[[int], dict[str, object]]]] = [
        ("patient by id", "SELECT * FROM patients WHERE id=:p", lambda i: {"p": pid(i)}),
        ("patient search by name prefix",
         "SELECT id, full_name FROM patients WHERE full_name LIKE :p ORDER BY full_name LIMIT 50",
         lambda i: {"p": f"{'ABCDEFGHIJ'[i % 10]}%"}),
        ("a patient's appointments", "SELECT * FROM appointments WHERE patient_id=:p ORDER BY starts_at DESC",
         lambda i: {"p": pid(i)}),
        ("scan: every patient's history", "SELECT COUNT(*), SUM(LENGTH(medical_history)) FROM patients",
         lambda i: {}),
        ("scan: appointments per status", "SELECT status, COUNT(*) FROM appointments GROUP BY status",
         lambda i: {}),
    ]
    rows: list[tuple[str, tuple[float, float], tuple[float, float]]] = []
    runs = args.runs
    for name, sql, params in statements:
        stmt = text(sql)
        scan = name.startswith("scan")

        def run(c: Connection, stmt: object = stmt, params: Callable[[int], dict[str, object]] = params
                ) -> Callable[[int], object]:
            return lambda i: c.execute(stmt, params(i)).fetchall()  # type: ignore[call-overload]

        with plain.connect() as pc, encrypted.engine.connect() as ec:
            rows.append((name, _timed(run(pc), 20 if scan else runs), _timed(run(ec), 20 if scan else runs)))

    def write(engine: Engine) -> Callable[[int], object]:
        with engine.begin() as c:
            c.execute(text("CREATE TABLE IF NOT EXISTS bench_writes (id INTEGER PRIMARY KEY, body TEXT)"))

        def one(i: int) -> None:
            with engine.begin() as c:
                c.execute(text("INSERT INTO bench_writes (body) VALUES (:b)"), {"b": f"consultation note {i} " * 20})
        return one

    rows.append(("write: one row, committed", _timed(write(plain), 200), _timed(write(encrypted.engine), 200)))

    import sqlite3

    def open_plain(_i: int) -> None:
        c = sqlite3.connect(str(plain_path))
        c.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        c.close()

    def open_encrypted(_i: int) -> None:
        cipher.connect(str(encrypted_path), raw_key).close()  # keys and checks the first page

    rows.append(("new connection (+ first page)", _timed(open_plain, 200), _timed(open_encrypted, 200)))
    encrypted.dispose()
    plain.dispose()

    print(f"\nSQLCipher vs plain SQLite, clinic of {patients} patients, database {size_mb:.1f} MB "
          f"(median / p95 in ms)\n")
    print(f"{'statement':38} {'plain':>16} {'SQLCipher':>16} {'ratio':>6}")
    for name, (pm, pp), (em, ep) in rows:
        print(f"{name:38} {pm:7.3f} / {pp:6.3f} {em:7.3f} / {ep:6.3f} {em / pm if pm else 0:5.1f}x")
    if not args.folder:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
