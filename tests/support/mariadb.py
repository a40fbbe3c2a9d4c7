"""A throwaway MariaDB server for the test session (real server, loopback only)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import pymysql


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def find_mariadbd() -> str | None:
    for name in ("mariadbd", "mysqld"):
        path = shutil.which(name) or (f"/usr/sbin/{name}" if os.path.exists(f"/usr/sbin/{name}") else None)
        if path:
            return path
    return None


class MariaDBServer:
    """Starts ``mariadbd`` in a temporary data directory on a free loopback port."""

    user = "medlink"
    password = "medlink-test-pw"

    def __init__(self, extra_args: list[str] | None = None) -> None:
        self.extra_args = list(extra_args or [])  # e.g. TLS: --ssl-ca/--ssl-cert/--ssl-key
        self.base = Path(tempfile.mkdtemp(prefix="medlink-mariadb-"))
        self.port = _free_port()
        self.socket = str(self.base / "mysqld.sock")
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        server = find_mariadbd()
        if server is None:
            raise RuntimeError("mariadbd is not installed (apt-get install mariadb-server)")
        datadir = self.base / "data"
        install = shutil.which("mariadb-install-db") or shutil.which("mysql_install_db")
        if install is None:
            raise RuntimeError("mariadb-install-db is not installed")
        extra = ["--user=root"] if os.geteuid() == 0 else []
        subprocess.run(
            [install, "--no-defaults", f"--datadir={datadir}", "--auth-root-authentication-method=socket",
             "--skip-test-db", *extra],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )
        log = open(self.base / "server.log", "wb")
        self.process = subprocess.Popen(
            [server, "--no-defaults", f"--datadir={datadir}", f"--port={self.port}", "--bind-address=127.0.0.1",
             f"--socket={self.socket}", f"--pid-file={self.base / 'mysqld.pid'}", "--skip-name-resolve",
             "--innodb-buffer-pool-size=64M", "--innodb-log-file-size=16M", "--innodb-flush-log-at-trx-commit=2",
             "--skip-log-bin", "--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci",
             "--max-connections=200", *self.extra_args, *extra],
            stdout=log, stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 60
        while True:
            try:
                conn = pymysql.connect(unix_socket=self.socket, user="root")
                break
            except pymysql.err.OperationalError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("MariaDB did not start:\n" + (self.base / "server.log").read_text(errors="replace")[-3000:]) from None
                time.sleep(0.2)
        with conn.cursor() as cur:
            cur.execute(f"CREATE USER '{self.user}'@'127.0.0.1' IDENTIFIED BY '{self.password}'")
            cur.execute(f"GRANT ALL PRIVILEGES ON *.* TO '{self.user}'@'127.0.0.1' WITH GRANT OPTION")
            cur.execute("FLUSH PRIVILEGES")
        conn.close()

    def url(self, database: str) -> str:
        return f"mysql+pymysql://{self.user}:{self.password}@127.0.0.1:{self.port}/{database}?charset=utf8mb4"

    def create_database(self, name: str) -> None:
        conn = pymysql.connect(host="127.0.0.1", port=self.port, user=self.user, password=self.password)
        with conn.cursor() as cur:
            cur.execute(f"DROP DATABASE IF EXISTS `{name}`")
            cur.execute(f"CREATE DATABASE `{name}` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci")
        conn.close()

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
        shutil.rmtree(self.base, ignore_errors=True)

    def restart(self) -> None:
        """Stop and start the same server (same data, same port)."""
        assert self.process is not None
        self.process.terminate()
        self.process.wait(timeout=30)
        datadir = self.base / "data"
        extra = ["--user=root"] if os.geteuid() == 0 else []
        log = open(self.base / "server.log", "ab")
        self.process = subprocess.Popen(
            [find_mariadbd() or "mariadbd", "--no-defaults", f"--datadir={datadir}", f"--port={self.port}",
             "--bind-address=127.0.0.1", f"--socket={self.socket}", f"--pid-file={self.base / 'mysqld.pid'}",
             "--skip-name-resolve", "--innodb-buffer-pool-size=64M", "--skip-log-bin",
             "--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci", *extra],
            stdout=log, stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                pymysql.connect(host="127.0.0.1", port=self.port, user=self.user, password=self.password).close()
                return
            except pymysql.err.OperationalError:
                time.sleep(0.2)
        raise RuntimeError("MariaDB did not restart")
