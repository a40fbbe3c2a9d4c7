"""A throwaway MariaDB server for the test session (real server, loopback only)."""

from __future__ import annotations

import os
import random
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import pymysql

#: Servers take their ports from here: below the range the kernel hands out as the source ports of
#: outgoing connections (Linux 32768–60999, Windows 49152–65535).  A port from ``bind(0)`` is taken
#: from that range, and on a machine where test suites open thousands of client connections one of
#: them could take it as its source port before the server, started seconds later, binds it.
SERVER_PORTS = range(20000, 32768)
START_ATTEMPTS = 4
START_TIMEOUT_S = 180.0  # mariadbd starts in seconds, but a shared machine under load can take a minute
_ports = random.SystemRandom()


def _free_port() -> int:
    """A loopback port nobody listens on now, outside the outgoing connections' source ports."""
    for _ in range(500):
        port = _ports.choice(SERVER_PORTS)
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError(f"no free loopback port between {SERVER_PORTS.start} and {SERVER_PORTS.stop - 1}")


def port_taken(log: str) -> bool:
    """The server's log says its port was in use (another program bound it first)."""
    return "Address already in use" in log or "Bind on TCP/IP port" in log


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
        for attempt in range(1, START_ATTEMPTS + 1):
            conn = self._launch(server, datadir, extra)
            if conn is not None:
                break
            # Another program bound the port between the check and the server's start: a new port.
            if attempt == START_ATTEMPTS:
                raise RuntimeError(f"MariaDB found its port taken {START_ATTEMPTS} times:\n{self.log()[-3000:]}")
            self.port = _free_port()
        with conn.cursor() as cur:
            cur.execute(f"CREATE USER '{self.user}'@'127.0.0.1' IDENTIFIED BY '{self.password}'")
            cur.execute(f"GRANT ALL PRIVILEGES ON *.* TO '{self.user}'@'127.0.0.1' WITH GRANT OPTION")
            cur.execute("FLUSH PRIVILEGES")
        conn.close()

    def log(self) -> str:
        path = self.base / "server.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def _launch(self, server: str, datadir: Path, extra: list[str]) -> pymysql.connections.Connection | None:
        """Start the server and wait until it answers (a root connection), or None if its port was taken."""
        with open(self.base / "server.log", "ab") as log:  # the child keeps its own descriptor
            log.write(f"--- starting on port {self.port}\n".encode())
            log.flush()
            self.process = subprocess.Popen(
                [server, "--no-defaults", f"--datadir={datadir}", f"--port={self.port}", "--bind-address=127.0.0.1",
                 f"--socket={self.socket}", f"--pid-file={self.base / 'mysqld.pid'}", "--skip-name-resolve",
                 "--innodb-buffer-pool-size=64M", "--innodb-log-file-size=16M", "--innodb-flush-log-at-trx-commit=2",
                 "--skip-log-bin", "--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci",
                 "--max-connections=200", *self.extra_args, *extra],
                stdout=log, stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + START_TIMEOUT_S
        while True:
            try:
                # root signs in over the socket only; the server opens it after binding its TCP port
                return pymysql.connect(unix_socket=self.socket, user="root", connect_timeout=5)
            except pymysql.err.OperationalError:
                if self.process.poll() is not None:
                    tail = self.log().rsplit("--- starting on port", 1)[-1]
                    if port_taken(tail):
                        return None
                    raise RuntimeError("MariaDB did not start:\n" + tail[-3000:]) from None
                if time.monotonic() > deadline:
                    self.process.kill()
                    self.process.wait(timeout=30)
                    raise RuntimeError(f"MariaDB did not answer within {START_TIMEOUT_S:.0f} s:\n"
                                       + self.log()[-3000:]) from None
                time.sleep(0.2)

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
