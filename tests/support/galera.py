"""A throwaway three-node MariaDB Galera cluster on loopback (Debian's mariadb-server + galera-4).

Every node listens on 127.0.0.1 only (SQL, group communication, IST and SST ports all on
loopback, all free ports chosen at start).  The first node bootstraps the cluster; the others
start from a copy of its (cleanly shut down) state, so no state transfer is needed.  ``stop()`` shuts the nodes down and removes their folders.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
import uuid
from pathlib import Path

import pymysql

from tests.support.mariadb import _free_port, find_mariadbd

GALERA_PROVIDERS = ("/usr/lib/galera/libgalera_smm.so", "/usr/lib/libgalera_smm.so",
                    "/usr/lib/galera-4/libgalera_smm.so", "/usr/lib64/galera-4/libgalera_smm.so")


def find_galera_provider() -> str | None:
    return next((p for p in GALERA_PROVIDERS if os.path.exists(p)), None)


def _hand_to_nobody(base: Path, node: GaleraNode) -> None:
    """Started by root, a joining node's rsync daemon (which receives even an incremental state
    transfer's marker file) drops to "nobody": let it into the throwaway data folder."""
    import pwd

    nobody = pwd.getpwnam("nobody")
    for folder in (base, node.dir):
        folder.chmod(0o755)
    for root, dirs, files in os.walk(node.dir / "data"):
        for name in [root, *(os.path.join(root, d) for d in dirs), *(os.path.join(root, f) for f in files)]:
            os.chown(name, nobody.pw_uid, nobody.pw_gid)


class GaleraNode:
    def __init__(self, base: Path, index: int) -> None:
        self.index = index
        self.dir = base / f"node{index}"
        self.dir.mkdir(parents=True)
        self.port, self.gcomm_port, self.ist_port, self.sst_port = (_free_port() for _ in range(4))
        self.socket = str(self.dir / "mysqld.sock")
        self.process: subprocess.Popen[bytes] | None = None


class GaleraCluster:
    user = "medlink"
    password = "medlink-galera-pw"

    def __init__(self, nodes: int = 3) -> None:
        self.base = Path(tempfile.mkdtemp(prefix="medlink-galera-"))
        self.nodes = [GaleraNode(self.base, i + 1) for i in range(nodes)]
        self.name = f"medlink-{uuid.uuid4().hex[:8]}"

    # --- life cycle -------------------------------------------------------------------------
    def start(self, timeout: float = 180) -> None:
        server, provider = find_mariadbd(), find_galera_provider()
        install = shutil.which("mariadb-install-db") or shutil.which("mysql_install_db")
        if server is None or install is None:
            raise RuntimeError("mariadbd is not installed (apt-get install mariadb-server)")
        if provider is None:
            raise RuntimeError("the Galera provider is not installed (apt-get install galera-4)")
        if shutil.which("rsync") is None:
            raise RuntimeError("rsync is needed for the nodes' state transfer (apt-get install rsync)")
        extra = ["--user=root"] if os.geteuid() == 0 else []
        first = self.nodes[0]
        subprocess.run([install, "--no-defaults", f"--datadir={first.dir / 'data'}",
                        "--auth-root-authentication-method=socket", "--skip-test-db", *extra],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            # 1. bootstrap a one-node cluster, add the application's account, shut it down cleanly
            self._launch(first, server, provider, extra, bootstrap=True)
            self._wait_synced(first, timeout)
            conn = pymysql.connect(unix_socket=first.socket, user="root")
            with conn.cursor() as cur:
                cur.execute(f"CREATE USER '{self.user}'@'127.0.0.1' IDENTIFIED BY '{self.password}'")
                cur.execute(f"GRANT ALL PRIVILEGES ON *.* TO '{self.user}'@'127.0.0.1' WITH GRANT OPTION")
            conn.close()
            self._shutdown(first)
            # 2. the other nodes start from a copy of that state (same cluster state id and seqno),
            #    so they join without a full state transfer; later writes reach them by replication
            for node in self.nodes[1:]:
                shutil.copytree(first.dir / "data", node.dir / "data")
                if os.geteuid() == 0:
                    _hand_to_nobody(self.base, node)
            for node in self.nodes:
                self._launch(node, server, provider, extra, bootstrap=node is first)
                self._wait_synced(node, timeout)
        except BaseException as exc:
            donor = self.log(first)
            self.stop()
            if isinstance(exc, RuntimeError):
                raise RuntimeError(f"{exc}\n--- first node:\n{donor[-3000:]}") from exc
            raise

    def _shutdown(self, node: GaleraNode) -> None:
        if node.process is not None and node.process.poll() is None:
            node.process.terminate()
            try:
                node.process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                node.process.kill()
                node.process.wait(timeout=10)

    def _launch(self, node: GaleraNode, server: str, provider: str, extra: list[str], *, bootstrap: bool) -> None:
        members = ",".join(f"127.0.0.1:{n.gcomm_port}" for n in self.nodes)
        options = ";".join([f"gmcast.listen_addr=tcp://127.0.0.1:{node.gcomm_port}",
                            f"ist.recv_addr=127.0.0.1:{node.ist_port}", "gcache.size=64M",
                            "pc.wait_prim_timeout=PT60S"])
        args = [
            server, "--no-defaults", f"--datadir={node.dir / 'data'}", f"--port={node.port}",
            "--bind-address=127.0.0.1", f"--socket={node.socket}", f"--pid-file={node.dir / 'mysqld.pid'}",
            "--skip-name-resolve", "--innodb-buffer-pool-size=64M", "--innodb-log-file-size=16M",
            "--innodb-flush-log-at-trx-commit=2", "--character-set-server=utf8mb4",
            "--collation-server=utf8mb4_unicode_ci", "--max-connections=200",
            "--binlog-format=ROW", "--innodb-autoinc-lock-mode=2", "--default-storage-engine=InnoDB",
            "--wsrep-on=ON", f"--wsrep-provider={provider}", f"--wsrep-cluster-name={self.name}",
            f"--wsrep-cluster-address=gcomm://{'' if bootstrap else members}",
            f"--wsrep-node-address=127.0.0.1:{node.gcomm_port}", f"--wsrep-node-name=node{node.index}",
            f"--wsrep-node-incoming-address=127.0.0.1:{node.port}",
            f"--wsrep-provider-options={options}", "--wsrep-sst-method=rsync",
            f"--wsrep-sst-receive-address=127.0.0.1:{node.sst_port}", *extra,
        ]
        if bootstrap:
            args.append("--wsrep-new-cluster")
        log = open(node.dir / "server.log", "ab")
        node.process = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT, cwd=node.dir)

    def _wait_synced(self, node: GaleraNode, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while True:
            if node.process is not None and node.process.poll() is not None:
                raise RuntimeError(f"Galera node {node.index} stopped:\n{self.log(node)[-3000:]}")
            try:
                conn = pymysql.connect(unix_socket=node.socket, user="root", connect_timeout=2)
                with conn.cursor() as cur:
                    cur.execute("SHOW STATUS LIKE 'wsrep_local_state_comment'")
                    row = cur.fetchone()
                conn.close()
                if row and row[1] == "Synced":
                    return
            except pymysql.err.OperationalError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"Galera node {node.index} did not reach Synced:\n{self.log(node)[-3000:]}")
            time.sleep(0.3)

    def log(self, node: GaleraNode) -> str:
        path = node.dir / "server.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def stop(self) -> None:
        for node in reversed(self.nodes):
            self._shutdown(node)
        shutil.rmtree(self.base, ignore_errors=True)

    # --- use ---------------------------------------------------------------------------------
    def url(self, database: str, node: int = 0) -> str:
        port = self.nodes[node].port
        return f"mysql+pymysql://{self.user}:{self.password}@127.0.0.1:{port}/{database}?charset=utf8mb4"

    def urls(self, database: str) -> list[str]:
        return [self.url(database, i) for i in range(len(self.nodes))]

    def create_database(self, name: str) -> None:
        conn = pymysql.connect(host="127.0.0.1", port=self.nodes[0].port, user=self.user, password=self.password)
        with conn.cursor() as cur:
            cur.execute(f"DROP DATABASE IF EXISTS `{name}`")
            cur.execute(f"CREATE DATABASE `{name}` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci")
        conn.close()

    def cluster_size(self) -> int:
        conn = pymysql.connect(host="127.0.0.1", port=self.nodes[0].port, user=self.user, password=self.password)
        with conn.cursor() as cur:
            cur.execute("SHOW STATUS LIKE 'wsrep_cluster_size'")
            row = cur.fetchone()
        conn.close()
        return int(row[1]) if row else 0
