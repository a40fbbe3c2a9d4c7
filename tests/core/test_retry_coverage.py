"""Every use case that opens a unit of work is retried when the database is busy — or says why not.

A deadlock (1213), a lock-wait time-out (1205), a Galera certification failure or SQLite busy only
reaches the user as "the database is busy" when the use case is not marked
``@retry_on_contention``.  Refactors and merges have silently dropped that decorator before; this
test finds every public function (and public method of a public class) defined in
``medlink.services`` and ``medlink.mail`` (the outbox pump) whose own source opens a unit of work, and fails naming each one that is
neither retried nor listed below with the reason it must not be repeated from the start.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import textwrap
from collections.abc import Callable, Iterator
from types import ModuleType
from typing import Any

import medlink.mail
import medlink.services
from medlink.db.session import Database

#: Use cases that open a unit of work but must not be repeated from the start: {qualified name: why}.
NOT_RETRIED = {
    "medlink.services.admin_tools.export_receipts":
        "a long job that writes decrypted receipts into a folder and reports progress; each receipt's read "
        "is retried on its own (billing.receipt_for_export) and a repeat would audit-log the export twice",
    "medlink.services.clinic_key.import_key":
        "stores keys in the OS keyring and re-opens the SQLite file before its audit row, so a repeat would "
        "not start from the same state; the administrator may simply run it again",
    "medlink.services.clinic_key.rotate":
        "a long maintenance job (a new key in the keyring, files re-encrypted between its transactions, "
        "progress reported); stopped at any point it resumes when run again",
    "medlink.services.mail_admin.send_test_email":
        "the e-mail is sent between its units of work; a repeat would send it twice",
}


def _unit_of_work_methods() -> frozenset[str]:
    """``Database``'s context managers (``transaction``, ``read``, and any added later)."""
    return frozenset(name for name, value in vars(Database).items()
                     if inspect.isfunction(value) and hasattr(value, "__wrapped__") and not name.startswith("_"))


def _service_modules() -> Iterator[ModuleType]:
    for package in (medlink.services, medlink.mail):
        for info in pkgutil.iter_modules(package.__path__, prefix=f"{package.__name__}."):
            yield importlib.import_module(info.name)


def _public_functions(module: ModuleType) -> Iterator[tuple[str, Callable[..., Any]]]:
    """(qualified name, function) for every public function and public method defined in ``module``."""
    for name, value in vars(module).items():
        if name.startswith("_"):
            continue
        if inspect.isclass(value) and value.__module__ == module.__name__:
            for attr, member in vars(value).items():
                if not attr.startswith("_") and inspect.isfunction(member):
                    yield f"{module.__name__}.{value.__qualname__}.{attr}", member
        elif inspect.isfunction(value) and inspect.unwrap(value).__module__ == module.__name__:  # not re-exports
            yield f"{module.__name__}.{value.__qualname__}", value


def opens_unit_of_work(function: Callable[..., Any], methods: frozenset[str]) -> bool:
    """Whether the function's own source has ``with <something>.transaction()`` (or another of ``methods``)."""
    tree = ast.parse(textwrap.dedent(inspect.getsource(inspect.unwrap(function))))
    return any(isinstance(item.context_expr, ast.Call) and isinstance(item.context_expr.func, ast.Attribute)
               and item.context_expr.func.attr in methods
               for node in ast.walk(tree) if isinstance(node, (ast.With, ast.AsyncWith)) for item in node.items)


def _units_of_work() -> dict[str, bool]:
    """{qualified name: retried?} for every public service function that opens a unit of work."""
    methods = _unit_of_work_methods()
    return {name: bool(getattr(function, "retries_on_contention", False))
            for module in _service_modules() for name, function in _public_functions(module)
            if opens_unit_of_work(function, methods)}


def test_the_scan_sees_the_units_of_work() -> None:
    """The scan itself works: it knows both context managers and finds use cases that are known to exist."""
    assert {"transaction", "read"} <= _unit_of_work_methods()
    found = _units_of_work()
    assert len(found) > 100
    assert found["medlink.services.appointments.book_appointment"] is True  # a write
    assert found["medlink.services.doctors.search_doctors"] is True  # a read
    assert found["medlink.services.changes.ChangeTracker.poll"] is True  # a method
    assert found["medlink.mail.delivery.OutboxSender.claim"] is True  # the outbox pump
    assert "medlink.services.appointments._load" not in found  # private helpers are not use cases


def test_every_unit_of_work_is_retried_when_the_database_is_busy() -> None:
    missing = sorted(name for name, retried in _units_of_work().items() if not retried and name not in NOT_RETRIED)
    assert not missing, (
        "These service functions open a unit of work but are not @retry_on_contention, so a deadlock or a "
        "lock-wait time-out reaches the user as \"the database is busy\". Decorate them, or (if repeating "
        "them from the start is unsafe) add them to NOT_RETRIED with the reason:\n  " + "\n  ".join(missing))


def test_the_list_of_use_cases_not_retried_is_current() -> None:
    found = _units_of_work()
    stale = sorted(name for name in NOT_RETRIED if name not in found)
    assert not stale, f"NOT_RETRIED names functions that no longer exist or open no unit of work: {stale}"
    retried = sorted(name for name in NOT_RETRIED if found[name])
    assert not retried, f"NOT_RETRIED names functions that are retried now (remove them from the list): {retried}"
    assert all(len(reason) > 20 for reason in NOT_RETRIED.values())
