"""The ``medlink`` command: the GUI by default, plus administration subcommands."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Sequence

from medlink.i18n import set_language, tr


EXIT_CODES = """\
exit codes:
  0    done
  1    `medlink check` found problems; the GUI could not start
  2    refused: bad input, a rule, a missing permission, a wrong command line (the sentence says why)
  3    `medlink outbox send`: the mail server set-up is wrong, nothing was delivered
  130  interrupted (Ctrl+C)
"""


class _VersionAction(argparse.Action):
    """``--version``: the version is read from the package metadata only when asked for."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)  # type: ignore[arg-type]

    def __call__(self, parser, namespace, values, option_string=None):  # type: ignore[no-untyped-def]
        from medlink import version

        print(f"MedLink {version()}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="medlink", description="MedLink — the clinic desktop application. Without a command it opens the "
        "application window; the commands below administer a clinic from a terminal or a scheduled job.",
        epilog=EXIT_CODES, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action=_VersionAction, help="print MedLink's version and exit")
    parser.add_argument("--database-url", metavar="URL",
                        help="database URL (overrides MEDLINK_DATABASE_URL and config.toml)")
    parser.add_argument("--records-dir", metavar="FOLDER", help="folder for medical records and receipts")
    parser.add_argument("--demo", action="store_true", help="open (or create) the demo clinic")
    parser.add_argument("--kiosk", action="store_true", help="patient kiosk: full screen, patient side only")
    parser.add_argument("--token-screen", action="store_true",
                        help="waiting-room token screen for a TV: full screen, token numbers only, no sign-in")
    parser.add_argument("--self-check", action="store_true",
                        help="start, open the database, check the installed data files, then exit (0 = fine)")
    sub = parser.add_subparsers(dest="command", title="commands", metavar="COMMAND")

    def command(parent, name: str, summary: str, description: str | None = None):  # type: ignore[no-untyped-def]
        return parent.add_parser(name, help=summary, description=description or summary[0].upper() + summary[1:] + ".",
                                 epilog=EXIT_CODES, formatter_class=argparse.RawDescriptionHelpFormatter)

    db_cmd = command(sub, "db", "database maintenance")
    db_sub = db_cmd.add_subparsers(dest="db_command", required=True, title="commands", metavar="COMMAND")
    command(db_sub, "upgrade", "create or upgrade the schema (needed once per MySQL/MariaDB server)")
    command(db_sub, "status", "show the schema revision in use and the newest one")
    grants = command(db_sub, "grants", "print least-privilege MariaDB/MySQL accounts (SQL to run as root)",
                     "Print the SQL that creates two MariaDB/MySQL accounts: the application's (no UPDATE or DELETE "
                     "on the audit log, no DDL) and a separate one for migrations.")
    grants.add_argument("--database", help="database name (default: the one in the configured URL)")
    grants.add_argument("--host", default="%", help="host the accounts connect from (default: any)")
    grants.add_argument("--app-user", default="medlink_app", help="the application account's name")
    grants.add_argument("--migrate-user", default="medlink_migrate", help="the migration account's name")
    grants.add_argument("--app-password", default="CHANGE-ME-app-password", help="the application account's password")
    grants.add_argument("--migrate-password", default="CHANGE-ME-migration-password",
                        help="the migration account's password")

    audit_cmd = command(sub, "audit", "the audit log")
    audit_sub = audit_cmd.add_subparsers(dest="audit_command", required=True, title="commands", metavar="COMMAND")
    command(audit_sub, "verify", "check the audit log's hash chain and name the first broken link (exit 1 if broken)")

    admin = command(sub, "create-admin", "create an administrator account",
                    "Create an administrator account (also to recover a clinic that lost its only administrator). "
                    "Prompts for what is not given.")
    admin.add_argument("--email", help="the administrator's e-mail address (the sign-in name)")
    admin.add_argument("--name", help="the administrator's full name")
    admin.add_argument("--password-stdin", action="store_true",
                       help="read the password from the first line of standard input (for scripts)")

    config = command(sub, "config", "configuration and secrets")
    config_sub = config.add_subparsers(dest="config_command", required=True, title="commands", metavar="COMMAND")
    set_password = command(config_sub, "set-db-password", "store the MySQL/MariaDB password in the OS keyring")
    set_password.add_argument("--password-stdin", action="store_true",
                              help="read the password from the first line of standard input (for scripts)")
    set_url = command(config_sub, "set-database-url", "save the database URL in config.toml (without its password)")
    set_url.add_argument("url", metavar="URL", help="e.g. mysql+pymysql://medlink@db.clinic.lan:3306/medlink")
    command(config_sub, "show", "show the database, records folder, data folders and config file in use")

    demo = command(sub, "demo", "create the demo clinic and print its logins (no window)")
    demo.add_argument("--print-path", action="store_true", help="also print the demo database's URL")

    check = command(sub, "check", "compare the records folder with the database",
                    "Compare the records folder with the database: missing files, orphan files and temporary "
                    "files left by a crash. Exits 1 when a problem is found.")
    check.add_argument("--verify-contents", action="store_true", help="also decrypt every record, receipt and prescription to verify it")
    check.add_argument("--repair", action="store_true",
                       help="remove temporary and unreferenced record files older than 10 minutes, and "
                            "encrypt receipts and prescriptions an older version left in plaintext")
    backup = command(sub, "backup", "write a verified backup (database + encrypted records) to FILE")
    backup.add_argument("file", metavar="FILE", help="the zip file to write")
    restore = command(sub, "restore", "restore a backup into an empty database and records folder")
    restore.add_argument("file", metavar="FILE", help="a zip written by `medlink backup`")

    key = command(sub, "key", "the clinic data key (status, export, import, rotate)")
    key_sub = key.add_subparsers(dest="key_command", required=True, title="commands", metavar="COMMAND")
    command(key_sub, "status", "show the clinic key's id and whether this computer holds it (exit 1 if it does not)")
    key_export = command(key_sub, "export", "write the clinic key, protected by a passphrase, to FILE")
    key_export.add_argument("file", metavar="FILE", help="the key file to write (keep it safe, apart from the passphrase)")
    key_import = command(key_sub, "import", "store the clinic key from a recovery or export FILE in this computer's "
                                            "keyring")
    key_import.add_argument("file", metavar="FILE", help="a recovery file or a `medlink key export` file")
    command(key_sub, "rotate", "make a new clinic key and re-encrypt every file with it (resumable)")
    for cmd in (key_export, key_import):
        cmd.add_argument("--passphrase-stdin", action="store_true", help="read the passphrase from standard input")

    outbox = command(sub, "outbox", "e-mail outbox")
    outbox_sub = outbox.add_subparsers(dest="outbox_command", required=True, title="commands", metavar="COMMAND")
    command(outbox_sub, "send", "deliver due e-mails once (for a scheduled job); exits 3 if the mail set-up is wrong")

    alerts = command(sub, "alerts", "clinical alerts raised by a scheduled job")
    alerts_sub = alerts.add_subparsers(dest="alerts_command", required=True, title="commands", metavar="COMMAND")
    alerts_run = command(
        alerts_sub, "run", "raise the alerts that are due (overdue planned readings) once, for a scheduled job",
        "Raise one alert for every monitoring plan whose reading is overdue, and queue the doctor's e-mail "
        "(sent by `medlink outbox send` or by any open MedLink window). Every open MedLink window already does "
        "this each minute; schedule this command (cron, Task Scheduler) for when none is open. Safe to run "
        "at any time, on several computers at once: an alert is raised once only.")
    alerts_run.add_argument("--batch", type=int, default=None, metavar="N",
                            help="how many alerts one batch raises (default 200); batches repeat until none is due")
    return parser


def _read_password(prompt: str, *, from_stdin: bool, confirm: bool = False) -> str:
    """A password from standard input (``--password-stdin``) or typed at the terminal.

    Without a terminal and without ``--password-stdin`` this is refused with a
    sentence (never an ``EOFError`` traceback).
    """
    from medlink.errors import ValidationError

    if from_stdin:
        line = sys.stdin.readline()
        password = line.rstrip("\r\n")
        if not password:
            raise ValidationError("password", tr("cli", "No password on standard input."))
        return password
    if not sys.stdin or not sys.stdin.isatty():
        raise ValidationError("password", tr("cli", "No terminal to type the password in: pipe it in with "
                                                    "--password-stdin."))
    try:
        password = getpass.getpass(prompt)
        if confirm and getpass.getpass(tr("cli", "Repeat password: ")) != password:
            raise ValidationError("password", tr("cli", "The passwords do not match."))
    except EOFError as exc:
        raise ValidationError("password", tr("cli", "No password was typed.")) from exc
    return password


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is not None:
        # A command speaks the language MEDLINK_LANGUAGE names (English by default): its confirmations
        # and every refusal the core raises. The options and --help stay in English, like argparse's own words.
        set_language(os.environ.get("MEDLINK_LANGUAGE"))
    from medlink.logs import setup_logging

    setup_logging()
    from medlink.errors import MedLinkError

    try:
        from medlink.security.secrets import use_key_file_if_configured

        use_key_file_if_configured()
        return _dispatch(args)
    except MedLinkError as exc:
        print(f"medlink: {exc.message}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def _config(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from medlink.config import load_config

    if args.demo:
        from medlink.demo import demo_config, use_demo_keyring_if_needed

        use_demo_keyring_if_needed()
        return demo_config()
    return load_config(database_url=args.database_url, records_dir=args.records_dir)


def _dispatch(args: argparse.Namespace) -> int:
    if args.command is None and getattr(args, "token_screen", False):
        from medlink.ui.token_screen import run_token_screen

        return run_token_screen(_config(args))
    if args.command is None:
        from medlink.ui.app import run_gui

        demo_text = prepare = None
        if args.demo:
            from medlink.demo import demo_config, demo_logins, ensure_demo_clinic, use_demo_keyring_if_needed

            demo_text = demo_logins().describe()
            print(demo_text)

            def prepare() -> None:  # in the background while the login window shows
                use_demo_keyring_if_needed()  # (loading keyring is slow; nothing needs it before)
                ensure_demo_clinic()

            config = demo_config()
        else:
            config = _config(args)
        return run_gui(config, kiosk=args.kiosk, demo_logins=demo_text, self_check=args.self_check,
                       prepare=prepare)
    if args.command == "demo":
        from medlink.demo import ensure_demo_clinic, use_demo_keyring_if_needed

        use_demo_keyring_if_needed()
        config, logins = ensure_demo_clinic()
        print(logins.describe())
        if args.print_path:
            print(config.database_url)
        return 0
    config = _config(args)
    if args.command == "db" and args.db_command == "grants":
        from sqlalchemy.engine import make_url

        from medlink.db.grants import grants_script

        name = args.database or make_url(config.database_url).database
        if not name or (make_url(config.database_url).get_backend_name() == "sqlite" and not args.database):
            name = "medlink"
        print(grants_script(name, app_user=args.app_user, migrate_user=args.migrate_user, host=args.host,
                            app_password=args.app_password, migrate_password=args.migrate_password), end="")
        return 0
    if args.command == "audit":
        from medlink.bootstrap import open_database
        from medlink.services.audit import verify_chain

        chain = verify_chain(open_database(config))
        print(chain.summary)
        return 0 if chain.ok else 1
    if args.command == "db":
        from medlink.db import migrate
        from medlink.db.session import masked_url

        db = _raw_database(config.database_url)
        if args.db_command == "upgrade":
            migrate.upgrade(db)
            print(tr("cli", "Schema of {database} is at revision {revision}.").format(
                database=masked_url(config.database_url), revision=migrate.current_revision(db)))
        else:
            print(f"current: {migrate.current_revision(db)}  head: {migrate.head_revision(db)}")
        return 0
    if args.command == "create-admin":
        from medlink.bootstrap import open_database
        from medlink.services import accounts

        email = args.email or _ask(tr("cli", "E-mail: "))
        name = args.name or _ask(tr("cli", "Full name: "))
        password = _read_password(tr("cli", "Password: "), from_stdin=args.password_stdin, confirm=True)

        db = open_database(config)
        # Whoever runs the CLI holds the database's credentials: it may always
        # create an administrator (e.g. to recover a clinic that lost its only admin).
        accounts.create_admin(db, email=email, password=password, full_name=name, by_operator=True)
        print(tr("cli", "Administrator {email} created.").format(email=email))
        return 0
    if args.command == "config":
        from medlink.config import write_config_value

        if args.config_command == "set-db-password":
            from sqlalchemy.engine import make_url

            from medlink.security.secrets import database_account, set_secret

            url = make_url(config.database_url)
            if url.get_backend_name() == "sqlite":
                print("medlink: " + tr("cli", "the database is SQLite; it has no password."), file=sys.stderr)
                return 2
            password = _read_password(tr("cli", "Password for {account}: ").format(
                account=f"{url.username}@{url.host}"),
                                      from_stdin=args.password_stdin)
            set_secret(database_account(url), password)
            print(tr("cli", "Password stored in the OS keyring."))
        elif args.config_command == "set-database-url":
            from sqlalchemy.engine import make_url

            if make_url(args.url).password:
                print("medlink: " + tr("cli", "leave the password out of the URL: it belongs in the OS keyring "
                                              "(`medlink config set-db-password`)."), file=sys.stderr)
                return 2
            path = write_config_value("database_url", args.url)
            print(tr("cli", "Saved in {path}.").format(path=path))
        else:
            from medlink.db.session import masked_url

            from medlink import paths

            print(f"database: {masked_url(config.database_url)}\nrecords:  {config.records_dir}\n"
                  f"config:   {config.config_file}\ndata:     {paths.data_dir()}\nlogs:     {paths.log_dir()}")
        return 0
    if args.command in ("check", "backup", "restore"):
        from medlink import maintenance
        from medlink.bootstrap import open_database

        if args.command == "restore":
            db = _raw_database(config.database_url)
            from medlink.db import migrate

            migrate.upgrade(db)
            outcome = maintenance.finish_interrupted_restore(db, config.records_dir)
            if outcome:
                print(tr("cli", "An interrupted restore was found and {outcome}.").format(outcome=outcome))
            report = maintenance.restore(db, config.records_dir, args.file)
            print(tr("cli", "Restored {rows} rows and {files} files.").format(rows=sum(report.tables.values()),
                                                                             files=report.files))
            return 0
        db = open_database(config)
        if args.command == "backup":
            result = maintenance.backup(db, config.records_dir, args.file)
            print(tr("cli", "Backup written and verified: {path} ({size} bytes, {rows} rows, {files} files).\n"
                            "The backup is encrypted with the clinic key: keep the recovery key file and its "
                            "passphrase safe too.").format(path=result.path, size=result.size_bytes,
                                                           rows=sum(result.tables.values()), files=result.files))
            return 0
        if args.repair:
            for removed in maintenance.recover_records_folder(db, config.records_dir):
                print(f"removed          {removed}")
            for removed in maintenance.remove_stale_backup_parts(config.records_dir):
                print(f"removed          {removed}  " + tr("cli", "(an unfinished backup)"))
            from medlink.services.documents import encrypt_plaintext_documents

            for encrypted in encrypt_plaintext_documents(db, config.records_dir):
                print(f"encrypted        {encrypted}  " + tr("cli", "(left in plaintext by an older version)"))
            from medlink.services.billing import finish_pending_receipts

            for number in finish_pending_receipts(db, config.records_dir, older_than_s=0):
                print(f"receipt written  {number}  " + tr("cli", "(its bill was issued while the receipt could not be saved)"))
        problems = maintenance.integrity_check(db, config.records_dir, verify_contents=args.verify_contents)
        for problem in problems:
            print(f"{problem.kind:16} {problem.path}  — {problem.detail}")
        from medlink.services.audit import verify_chain

        chain = verify_chain(db)
        if not chain.ok:
            print(f"{'audit log':16} {chain.summary}")
        found = len(problems) + (0 if chain.ok else 1)
        print(tr("cli", "No problems found.") if not found else
              tr("cli", "{count} problem(s) found.").format(count=found))
        return 0 if not found else 1
    if args.command == "key":
        return _key_command(args, config)
    if args.command == "alerts":
        from medlink.bootstrap import open_database
        from medlink.services.measurements import ALERT_JOB_BATCH, AlertJobReport, raise_due_alerts

        db = open_database(config)
        batch = ALERT_JOB_BATCH if args.batch is None else args.batch
        if batch < 1:
            from medlink.errors import ValidationError

            raise ValidationError("batch", tr("cli", "The batch size is a whole number from 1 up."))
        raised = skipped = 0
        for _ in range(1000):  # batch after batch until nothing is due (bounded: a runaway never loops forever)
            run = raise_due_alerts(db, batch=batch)
            raised, skipped = raised + run.raised, skipped + run.skipped
            if not run.remaining or not (run.raised or run.skipped):
                break
        summary = AlertJobReport(raised, skipped, run.remaining).describe()
        print(summary[0].upper() + summary[1:])
        db.dispose()
        return 0
    if args.command == "outbox":
        from medlink.bootstrap import open_database
        from medlink.mail.delivery import run_outbox_cli
        from medlink.services.measurements import check_overdue_readings

        db = open_database(config)
        check_overdue_readings(db)
        delivered = run_outbox_cli(db, config.records_dir)
        print(tr("cli", "sent {sent}, retried later {retried}, failed {failed}").format(
            sent=delivered.sent, retried=delivered.retried, failed=delivered.failed))
        if delivered.problem:
            print("medlink: " + tr("cli", "mail not delivered: {problem}").format(problem=delivered.problem),
                  file=sys.stderr)
            return 3
        return 0
    return 1


def _passphrase(args: argparse.Namespace, *, confirm: bool) -> str:
    if args.passphrase_stdin:
        return sys.stdin.readline().rstrip("\n")
    passphrase = getpass.getpass(tr("cli", "Passphrase of the key file: "))
    if confirm and getpass.getpass(tr("cli", "Repeat the passphrase: ")) != passphrase:
        from medlink.errors import ValidationError

        raise ValidationError("passphrase", tr("cli", "The passphrases do not match."))
    return passphrase


def _key_command(args: argparse.Namespace, config) -> int:  # type: ignore[no-untyped-def]
    from pathlib import Path

    from medlink.bootstrap import open_database
    from medlink.services import clinic_key
    from medlink.services.actor import SYSTEM

    command = args.key_command
    db = open_database(config, unlock=command in ("export", "rotate"))
    try:
        if command == "status":
            state = clinic_key.status(db)
            print(state.describe())
            return 0 if state.present_here or state.key_id is None else 1
        if command == "export":
            key_id = clinic_key.export_key(db, actor=SYSTEM, path=Path(args.file),
                                           passphrase=_passphrase(args, confirm=True))
            print(tr("cli", "Clinic key {key_id} exported to {file}.\n"
                            "Keep this file and its passphrase in two different safe places: with both, anyone can "
                            "read the clinic's records; without them, a lost computer means lost records.").format(
                key_id=key_id, file=args.file))
            return 0
        if command == "import":
            key_id = clinic_key.import_key(db, actor=SYSTEM, path=Path(args.file),
                                           passphrase=_passphrase(args, confirm=False))
            print(tr("cli", "Clinic key {key_id} stored in this computer's keyring.").format(key_id=key_id))
            return 0
        last = [-1]

        def progress(done: int, total: int) -> None:
            percent = 100 * done // max(total, 1)
            if percent != last[0]:
                last[0] = percent
                print(tr("cli", "re-encrypting: {done}/{total} files ({percent} %)").format(
                    done=done, total=total, percent=percent), flush=True)

        report = clinic_key.rotate(db, actor=SYSTEM, records_dir=config.records_dir, progress=progress)
        print(tr("cli", "The clinic key is now {new_key} ({files} files re-encrypted, {done} already done).\n"
                        "Export the new key now (`medlink key export FILE`) and keep it with the recovery file; the "
                        "old key {old_key} stays in this keyring for older backups.").format(
            new_key=report.new_key_id, files=report.files, done=report.already_done, old_key=report.old_key_id))
        return 0
    finally:
        db.dispose()


def _ask(prompt: str) -> str:
    from medlink.errors import ValidationError

    try:
        return input(prompt).strip()
    except EOFError as exc:
        raise ValidationError("input", tr("cli", "{what} is needed: give it as an option.").format(
            what=prompt.rstrip(": "))) from exc


def _raw_database(url: str):  # type: ignore[no-untyped-def]
    from sqlalchemy.engine import make_url

    from medlink.db.session import Database
    from medlink.security.secrets import database_password

    parsed = make_url(url)
    from medlink.bootstrap import require_tls_for_network_server

    require_tls_for_network_server(parsed)
    password = database_password(parsed) if parsed.get_backend_name() != "sqlite" and parsed.password is None else None
    return Database(parsed, password=password)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
