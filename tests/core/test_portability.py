"""What keeps MedLink working on Windows as well as Linux, checked on Linux."""

from __future__ import annotations

import ast
import logging
import os
from pathlib import Path

import pytest

from medlink import paths

ROOT = Path(__file__).resolve().parents[2]
PRODUCT = ROOT / "medlink"

# Calls and modules that do not exist, or do nothing, on Windows.
POSIX_ONLY_CALLS = {"chmod", "fchmod", "lchmod", "chown", "fchown", "lchown", "getuid", "geteuid", "getgid",
                    "getegid", "fork", "forkpty", "killpg", "setsid", "setpgid", "getpgid", "mkfifo", "statvfs",
                    "symlink", "sync", "nice", "getloadavg", "sched_getaffinity"}
POSIX_ONLY_MODULES = {"fcntl", "pwd", "grp", "termios", "tty", "pty", "resource", "posix", "crypt", "syslog",
                      "readline"}
POSIX_ONLY_SIGNALS = {"SIGKILL", "SIGHUP", "SIGUSR1", "SIGUSR2", "SIGALRM", "SIGCHLD", "SIGPIPE", "SIGQUIT",
                      "SIGSTOP", "SIGCONT"}
MARKER = "posix-only:"


def _findings(path: Path, root: Path = ROOT) -> list[str]:
    source = path.read_text("utf-8")
    lines = source.splitlines()
    found = []

    def flag(node: ast.AST, what: str) -> None:
        line = lines[node.lineno - 1]  # type: ignore[attr-defined]
        if MARKER not in line:
            found.append(f"{path.relative_to(root).as_posix()}:{node.lineno}: {what}")  # type: ignore[attr-defined]

    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            if node.value.id == "os" and node.attr in POSIX_ONLY_CALLS:
                flag(node, f"os.{node.attr}")
            if node.value.id == "signal" and node.attr in POSIX_ONLY_SIGNALS:
                flag(node, f"signal.{node.attr}")
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] in POSIX_ONLY_MODULES:
                    flag(node, f"import {alias.name}")
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] in POSIX_ONLY_MODULES:
            flag(node, f"from {node.module} import …")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and (
                node.value.startswith(("/tmp/", "/var/", "/etc/", "/home/")) or node.value in ("/tmp", "~/.config")):
            flag(node, f"hard-coded POSIX path {node.value!r}")
    return found


def test_product_code_makes_no_posix_only_calls():
    """Each POSIX-only call must sit behind a platform check and say so with a `posix-only:` comment."""
    findings = [f for path in sorted(PRODUCT.rglob("*.py")) for f in _findings(path)]
    assert not findings, "POSIX-only code without a Windows path:\n" + "\n".join(findings)


def test_the_guard_finds_what_it_looks_for(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("import os, fcntl\nos.chmod('x', 0o600)\nos.getuid()  # posix-only: guarded above\n"
                      "open('/tmp/x')\n")
    assert _findings(sample, tmp_path) == ["sample.py:1: import fcntl", "sample.py:2: os.chmod",
                                           "sample.py:4: hard-coded POSIX path '/tmp/x'"]


def test_machine_wide_data_folder_is_shared_by_every_user(tmp_path, monkeypatch):
    machine = tmp_path / "ProgramData" / "MedLink" / "config.toml"
    machine.parent.mkdir(parents=True)
    clinic = tmp_path / "ProgramData" / "MedLink" / "clinic"
    import tomli_w

    machine.write_text(tomli_w.dumps({"data_dir": str(clinic)}), "utf-8")
    monkeypatch.delenv("MEDLINK_DATA_DIR", raising=False)
    monkeypatch.setenv("MEDLINK_MACHINE_CONFIG", str(machine))
    for user in ("reception", "doctor"):
        monkeypatch.setenv("HOME", str(tmp_path / user))
        monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / user / ".local" / "share"))
        assert paths.data_dir() == clinic
        assert paths.default_sqlite_path() == clinic / "medlink.sqlite3"
        assert paths.settings_dir() == clinic / "settings"
    monkeypatch.setenv("MEDLINK_DATA_DIR", str(tmp_path / "override"))
    assert paths.data_dir() == tmp_path / "override"


def test_no_machine_config_means_the_users_own_folder(tmp_path, monkeypatch):
    monkeypatch.delenv("MEDLINK_DATA_DIR", raising=False)
    monkeypatch.setenv("MEDLINK_MACHINE_CONFIG", str(tmp_path / "missing.toml"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    assert paths.data_dir() == tmp_path / "share" / "MedLink"


def test_log_rollover_blocked_by_another_process_keeps_logging(tmp_path, monkeypatch):
    """On Windows the rename fails while `medlink outbox send` holds the file; nothing may be lost."""
    from medlink.logs import SharedRotatingFileHandler

    log_file = tmp_path / "medlink.log"
    handler = SharedRotatingFileHandler(log_file, maxBytes=200, backupCount=2, encoding="utf-8", delay=True)
    handler.setFormatter(logging.Formatter("%(message)s"))

    def refuse(src, dst):  # type: ignore[no-untyped-def]
        raise PermissionError(32, "The process cannot access the file because it is being used by another process")

    monkeypatch.setattr(os, "rename", refuse)
    monkeypatch.setattr(handler, "rotate", lambda src, dst: refuse(src, dst))
    logger = logging.getLogger("medlink.test.rollover")
    logger.propagate = False
    logger.addHandler(handler)
    try:
        for i in range(50):
            logger.warning("record %03d %s", i, "x" * 20)
    finally:
        logger.removeHandler(handler)
        handler.close()
    text = log_file.read_text("utf-8")
    assert all(f"record {i:03d}" in text for i in range(50))


@pytest.mark.parametrize("script", ["run-app", "test", "build"])
def test_windows_users_have_powershell_equivalents(script):
    assert (ROOT / "scripts" / f"{script}.ps1").is_file()


def test_inno_setup_script_installs_the_bundle_and_writes_a_readable_machine_config(tmp_path, monkeypatch):
    iss = (ROOT / "packaging" / "windows" / "medlink.iss").read_text("utf-8")
    assert 'Source: "..\\..\\dist\\medlink\\*"' in iss and "{app}\\medlink.exe" in iss
    assert "LicenseFile=..\\..\\LICENSE" in iss and (ROOT / "packaging" / "windows" / "medlink.ico").is_file()
    # What the [Code] section writes (a TOML literal string keeps the backslashes):
    machine = tmp_path / "config.toml"
    machine.write_text("# MedLink, machine-wide\r\ndata_dir = 'C:\\ProgramData\\MedLink\\clinic'\r\n", "utf-8")
    monkeypatch.setenv("MEDLINK_MACHINE_CONFIG", str(machine))
    assert str(paths._machine_data_dir()) .replace("/", "\\") == "C:\\ProgramData\\MedLink\\clinic"
