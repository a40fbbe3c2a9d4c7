"""The `medlink` command, run for real in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from medlink import __version__
from medlink.db import migrate


def run(args: list[str], tmp_path: Path, stdin: str | None = None, extra_env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    env = {k: v for k, v in os.environ.items() if not k.startswith("MEDLINK_")}
    env.update(MEDLINK_DATA_DIR=str(tmp_path / "data"), QT_QPA_PLATFORM="offscreen",
               PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")
    env.update(extra_env or {})
    return subprocess.run([sys.executable, "-m", "medlink", *args], input=stdin, capture_output=True, text=True,
                          env=env, timeout=120)


def test_version(tmp_path):
    result = run(["--version"], tmp_path)
    assert result.returncode == 0 and __version__ in result.stdout


def test_db_upgrade_and_create_admin_on_sqlite(tmp_path):
    url = f"sqlite:///{tmp_path / 'clinic.sqlite3'}"
    # No keyring on this machine (the null backend): MedLink refuses rather than lose the clinic key
    # (a new SQLite file is encrypted with it from the start).
    for refused in (run(["--database-url", url, "db", "upgrade"], tmp_path),
                    run(["--database-url", url, "create-admin", "--email", "boss@clinic.test", "--name",
                         "Clinic Boss", "--password-stdin"], tmp_path, stdin="a-long-admin-secret\n")):
        assert refused.returncode == 2 and "refuses to run without one" in refused.stderr
        assert "gnome-keyring" in refused.stderr and "key file" in refused.stderr
    assert not (tmp_path / "clinic.sqlite3").exists() or not (tmp_path / "clinic.sqlite3").stat().st_size
    # The documented alternative: a passphrase-protected key file for this OS account.
    key_file = {"MEDLINK_KEY_FILE": str(tmp_path / "kiosk.key"), "MEDLINK_KEY_FILE_PASSPHRASE": "kiosk passphrase 1"}
    upgraded = run(["--database-url", url, "db", "upgrade"], tmp_path, extra_env=key_file)
    assert upgraded.returncode == 0, upgraded.stderr
    assert f"revision {migrate.HEAD_REVISION}" in upgraded.stdout
    created = run(["--database-url", url, "create-admin", "--email", "boss@clinic.test", "--name", "Clinic Boss",
                   "--password-stdin"], tmp_path, stdin="a-long-admin-secret\n", extra_env=key_file)
    assert created.returncode == 0, created.stderr
    assert (tmp_path / "kiosk.key").stat().st_mode & 0o077 == 0
    assert b"clinic-data-key" not in (tmp_path / "kiosk.key").read_bytes()  # the file is encrypted
    status = run(["--database-url", url, "key", "status"], tmp_path, extra_env=key_file)  # a new process reads it
    assert status.returncode == 0 and "in this computer" in status.stdout, status.stderr
    wrong = run(["--database-url", url, "key", "status"], tmp_path,
                extra_env=key_file | {"MEDLINK_KEY_FILE_PASSPHRASE": "not the passphrase"})
    assert wrong.returncode == 2 and "passphrase is wrong" in wrong.stderr
    weak = run(["--database-url", url, "create-admin", "--email", "x@clinic.test", "--name", "X", "--password-stdin"],
               tmp_path, stdin="password\n", extra_env=key_file)
    assert weak.returncode == 2 and "too common" in weak.stderr


def test_db_upgrade_on_mariadb(tmp_path, mariadb_url):
    result = run(["--database-url", mariadb_url, "db", "status"], tmp_path)
    assert result.returncode == 0 and f"current: {migrate.HEAD_REVISION}" in result.stdout


def test_unreachable_server_is_explained_with_the_password_masked(tmp_path):
    url = "mysql+pymysql://clinic:s3cret-pw@127.0.0.1:1/medlink"
    result = run(["--database-url", url, "--self-check"], tmp_path)
    assert result.returncode == 1
    assert "127.0.0.1" in result.stderr and "s3cret-pw" not in result.stderr + result.stdout
    assert "Check that the server is running" in result.stderr


def test_config_refuses_passwords_in_the_url(tmp_path):
    result = run(["config", "set-database-url", "mysql+pymysql://u:pw@db.clinic.lan/medlink"], tmp_path)
    assert result.returncode == 2 and "keyring" in result.stderr
    ok = run(["config", "set-database-url", "mysql+pymysql://u@db.clinic.lan/medlink?charset=utf8mb4"], tmp_path)
    assert ok.returncode == 0
    shown = run(["config", "show"], tmp_path)
    assert "db.clinic.lan" in shown.stdout


def test_demo_clinic_and_gui_self_check(tmp_path):
    demo = run(["demo"], tmp_path)
    assert demo.returncode == 0, demo.stderr
    assert "admin@demo.medlink" in demo.stdout and "medlink-demo" in demo.stdout
    gui = run(["--demo", "--self-check"], tmp_path)
    assert gui.returncode == 0, gui.stderr
    assert "self-check: login window shown" in gui.stdout


def _all_parsers(parser):  # type: ignore[no-untyped-def]
    import argparse

    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                yield from _all_parsers(child)


def test_every_command_and_option_has_help_and_exit_codes_are_documented():
    import argparse

    from medlink.cli import build_parser

    parsers = list(_all_parsers(build_parser()))
    assert len(parsers) >= 15
    for parser in parsers:
        assert parser.description, parser.prog
        assert "exit codes:" in (parser.epilog or ""), parser.prog
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for choice in action._choices_actions:
                    assert choice.help, f"{parser.prog} {choice.dest}"
            elif not isinstance(action, (argparse._HelpAction, argparse._VersionAction)):
                assert action.help and action.help != argparse.SUPPRESS, f"{parser.prog} {action.dest}"


def test_set_db_password_without_a_terminal_is_a_sentence_not_a_traceback(tmp_path):
    url = "mysql+pymysql://medlink@db.clinic.test:3306/medlink"
    no_tty = run(["--database-url", url, "config", "set-db-password"], tmp_path, stdin="")
    assert no_tty.returncode == 2, no_tty.stderr
    assert "--password-stdin" in no_tty.stderr and "Traceback" not in no_tty.stderr and "EOFError" not in no_tty.stderr
    empty = run(["--database-url", url, "config", "set-db-password", "--password-stdin"], tmp_path, stdin="")
    assert empty.returncode == 2 and "No password on standard input" in empty.stderr


def test_set_db_password_from_stdin_reaches_the_keyring(tmp_path):
    url = "mysql+pymysql://medlink@db.clinic.test:3306/medlink"
    script = ("import keyring, sys; from tests.support.keyrings import MemoryKeyring; "
              "k = MemoryKeyring(); keyring.set_keyring(k); from medlink.cli import main; "
              "code = main(sys.argv[1:]); from medlink.security.secrets import database_account, get_secret; "
              "from sqlalchemy.engine import make_url; "
              "print('stored' if get_secret(database_account(make_url(sys.argv[2]))) == 's3cret pass' else 'missing'); "
              "sys.exit(code)")
    env = {k: v for k, v in os.environ.items() if not k.startswith("MEDLINK_")}
    env.update(MEDLINK_DATA_DIR=str(tmp_path / "data"))
    result = subprocess.run([sys.executable, "-c", script, "--database-url", url, "config", "set-db-password",
                             "--password-stdin"], input="s3cret pass\n", capture_output=True, text=True, env=env,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert "stored" in result.stdout


def test_create_admin_without_a_terminal_asks_for_options(tmp_path):
    url = f"sqlite:///{tmp_path / 'clinic.sqlite3'}"
    result = run(["--database-url", url, "create-admin"], tmp_path, stdin="")
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_commands_speak_the_language_medlink_language_names(tmp_path):
    url = f"sqlite:///{tmp_path / 'clinic.sqlite3'}"
    # The core's refusal (no usable keyring) and the command's own sentences, in Hindi.
    refused = run(["--database-url", url, "db", "upgrade"], tmp_path, extra_env={"MEDLINK_LANGUAGE": "hi"})
    assert refused.returncode == 2 and "इसके बिना नहीं चलता" in refused.stderr and "gnome-keyring" in refused.stderr
    no_password_in_url = run(["config", "set-database-url", "mysql+pymysql://medlink:secret@db.clinic.lan/medlink"],
                             tmp_path, extra_env={"MEDLINK_LANGUAGE": "hi"})
    assert no_password_in_url.returncode == 2 and "पासवर्ड URL में न लिखें" in no_password_in_url.stderr
    english = run(["config", "set-database-url", "mysql+pymysql://medlink:secret@db.clinic.lan/medlink"], tmp_path)
    assert "leave the password out of the URL" in english.stderr
