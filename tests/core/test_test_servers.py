"""The throwaway MariaDB servers of the tests and benchmarks start even when their port is taken.

A port picked as free can be taken before the server binds it (another engineer's server, or any
client connection's source port on a busy machine): the test session's fixture then failed at set-up.
"""

from __future__ import annotations

import socket
from pathlib import Path

import pymysql
import pytest

from tests.support.mariadb import SERVER_PORTS, MariaDBServer, _free_port, port_taken


def test_a_server_whose_port_was_taken_meanwhile_starts_on_another_port() -> None:
    server = MariaDBServer()
    taken = server.port
    squatter = socket.socket()  # another program binds the port after it was chosen
    squatter.bind(("127.0.0.1", taken))
    squatter.listen()
    try:
        server.start()
        assert server.port != taken
        log = server.log()
        assert f"--- starting on port {taken}\n" in log and port_taken(log.split(f"port {server.port}\n")[0])
        conn = pymysql.connect(host="127.0.0.1", port=server.port, user=server.user, password=server.password)
        with conn.cursor() as cur:
            cur.execute("SELECT 1")
            assert cur.fetchone() == (1,)
        conn.close()
    finally:
        squatter.close()
        server.stop()


def test_server_ports_are_not_the_ports_outgoing_connections_are_given() -> None:
    ranges = Path("/proc/sys/net/ipv4/ip_local_port_range")
    if not ranges.exists():
        pytest.skip("Linux only (the kernel's source-port range)")
    low, high = (int(v) for v in ranges.read_text().split())
    ports = {_free_port() for _ in range(50)}
    assert all(port in SERVER_PORTS and not low <= port <= high for port in ports)
    assert len(ports) > 1  # chosen at random, so two sessions starting together rarely pick the same one
