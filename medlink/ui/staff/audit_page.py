"""Administrator: the audit log — read-only, filtered, loaded page by page as you scroll."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from medlink.formatting import format_datetime
from medlink.cancellation import check_cancelled
from medlink.errors import ValidationError
from medlink.services import accounts, audit
from medlink.services.audit import AuditEntry
from medlink.ui import operations
from medlink.ui.context import AppContext
from medlink.ui.errors import show_error
from medlink.ui.staff.common import (
    ask_csv_path,
    button,
    muted,
    pydate,
    qdate,
    row,
    write_csv,
)
from medlink.ui.table import Column, RowsModel, make_table
from medlink.ui.tasks import run_task
from medlink.ui.widgets import empty_state, heading, reserve_message_space

PAGE_SIZE = 200
EXPORT_LIMIT = 200_000


class AuditModel(RowsModel[AuditEntry]):
    """Rows arrive a page at a time: the view asks for more (fetchMore) when scrolled to the end."""

    def __init__(self, columns: list[Column[AuditEntry]], parent: Any = None) -> None:
        super().__init__(columns, parent)
        self.loader: Callable[[int], None] | None = None
        self.more = False
        self.loading = False

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self.more and not self.loading

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent) and self.loader is not None:
            self.loading = True
            self.loader(len(self.rows))


class AuditPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.tz = ctx.clinic_settings().tz
        self._latest = operations.Latest()  # new filters make pages still loading for the old ones stale
        self._pages = self._latest.start()
        self._filters: dict[str, Any] = {}
        self._users_loaded = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        self.export_button = button(self.tr("Export CSV…"), name="auditExport")
        self.export_button.clicked.connect(self.export_csv)
        layout.addLayout(row(heading(self.tr("Audit log")), None, self.export_button))
        layout.addWidget(muted(self.tr("Who did what, and when — every sign-in, every look at a patient's data, every change. "
                               "The log cannot be edited or deleted.")))
        self.user = QComboBox()
        self.user.setObjectName("auditUser")
        self.user.setMinimumWidth(260)
        self.user.addItem(self.tr("Everyone"), None)
        self.action = QComboBox()
        self.action.setObjectName("auditAction")
        self.action.setEditable(True)
        self.action.setMinimumWidth(260)
        action_edit = self.action.lineEdit()
        assert action_edit is not None  # the combo box is editable
        action_edit.setPlaceholderText(self.tr("Any action (e.g. patient. or auth.login)"))
        self.patient = QLineEdit()
        self.patient.setObjectName("auditPatient")
        self.patient.setPlaceholderText(self.tr("Patient no."))
        self.patient.setMaximumWidth(110)
        today = datetime.now(self.tz).date()
        self.since = QDateEdit()
        self.until = QDateEdit()
        for edit, name in ((self.since, "auditSince"), (self.until, "auditUntil")):
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd MMM yyyy")
        self.since.setDate(qdate(today - timedelta(days=30)))
        self.until.setDate(qdate(today))
        apply = button(self.tr("Show"), "primary", "auditApply")
        apply.clicked.connect(self.reload)
        layout.addLayout(row(QLabel(self.tr("User")), self.user, QLabel(self.tr("Action")), self.action, QLabel(self.tr("Patient")),
                             self.patient, None))
        layout.addLayout(row(QLabel(self.tr("From")), self.since, QLabel(self.tr("to")), self.until, apply, None))
        self.filter_error = QLabel()
        self.filter_error.setObjectName("auditFilterError")
        self.filter_error.setProperty("role", "fieldError")
        reserve_message_space(self.filter_error)
        self.filter_error.setVisible(False)
        layout.addWidget(self.filter_error)
        self.model = AuditModel([
            Column(self.tr("When"), lambda e: format_datetime(e.at, "dd MMM y HH:mm:ss", tz=self.tz)),
            Column(self.tr("Who"), lambda e: e.actor_label.split(" <")[0]),
            Column(self.tr("Action"), lambda e: e.action),
            Column(self.tr("Result"), lambda e: self.tr("OK") if e.success else self.tr("Refused / failed"),
                   colour=lambda e: None if e.success else "#B42318"),
            Column(self.tr("Record"), lambda e: f"{e.entity} {e.entity_id}" if e.entity and e.entity_id else (e.entity or "")),
            Column(self.tr("Patient"), lambda e: str(e.patient_id) if e.patient_id else ""),
            Column(self.tr("Detail"), lambda e: e.detail or ""),
        ], self)
        self.model.loader = self._load_page
        self.table = make_table(self.model, "auditTable", stretch_column=6)
        self.stack = QStackedWidget()
        self.empty = empty_state(self.tr("Nothing was logged with these filters."))
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.table)
        layout.addWidget(self.stack, 1)
        self.count = muted("", "auditCount")
        layout.addWidget(self.count)
        action_edit.returnPressed.connect(self.reload)
        self.patient.returnPressed.connect(self.reload)
        self._started = False

    def refresh(self) -> None:
        if not self._users_loaded:
            self._users_loaded = True
            db, actor = self.ctx.db, self.ctx.actor
            assert actor is not None
            run_task(lambda: (accounts.list_users(db, actor=actor, limit=2000), audit.audit_actions(db, actor=actor)),
                     on_result=self._choices_loaded, on_error=lambda e: show_error(self, e), context=self)
        if not self._started:
            self._started = True
            self.reload()

    def _choices_loaded(self, loaded: tuple[list[Any], list[str]]) -> None:
        users, actions = loaded
        for u in users:
            self.user.addItem(f"{u.full_name} <{u.email}>", u.id)
        text = self.action.currentText()
        self.action.clear()
        self.action.addItem("")
        self.action.addItems(actions)
        self.action.setEditText(text)

    def filters(self) -> dict[str, Any]:
        patient_text = self.patient.text().strip()
        patient_id = None
        if patient_text:
            if not patient_text.isdigit():
                raise ValidationError("patient", self.tr("The patient number is a whole number (shown in the patient list)."))
            patient_id = int(patient_text)
        first, last = pydate(self.since.date()), pydate(self.until.date())
        if last < first:
            raise ValidationError("until", self.tr("The end date must be on or after the start date."))
        return {
            "user_id": self.user.currentData(), "patient_id": patient_id,
            "action": self.action.currentText().strip() or None,
            "since": datetime.combine(first, time.min, tzinfo=self.tz),
            "until": datetime.combine(last + timedelta(days=1), time.min, tzinfo=self.tz),
        }

    def reload(self) -> None:
        self.filter_error.setVisible(False)
        try:
            self._filters = self.filters()
        except ValidationError as exc:
            self.filter_error.setText(exc.message)
            self.filter_error.setVisible(True)
            return
        self._pages = self._latest.start()
        self.model.set_rows([])
        self.model.more = True
        self.model.loading = True
        self._load_page(0)

    def _load_page(self, offset: int) -> None:
        filters = dict(self._filters)
        db, actor = self.ctx.db, self.ctx.actor
        assert actor is not None
        operations.query(self, lambda: audit.search_audit_log(db, actor=actor, limit=PAGE_SIZE, offset=offset,
                                                              **filters),
                         self._pages(self._page_loaded), on_error=self._pages(self._page_failed))

    def _page_loaded(self, rows: list[AuditEntry]) -> None:
        self.model.loading = False
        self.model.more = len(rows) == PAGE_SIZE
        self.model.append_rows(rows)
        self.stack.setCurrentWidget(self.table if self.model.rows else self.empty)
        shown = len(self.model.rows)
        self.count.setText(self.tr("{shown} entries").format(shown=shown)
                           + (self.tr(" — scroll down for more") if self.model.more else ""))

    def _page_failed(self, exc: BaseException) -> None:
        self.model.loading = False
        self.model.more = False
        show_error(self, exc)

    def export_csv(self) -> None:
        path = ask_csv_path(self, "medlink-audit-log.csv")
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> None:
        """Every entry matching the filters (not only the loaded pages)."""
        try:
            filters = self.filters()
        except ValidationError as exc:
            self.filter_error.setText(exc.message)
            self.filter_error.setVisible(True)
            return
        db, actor, tz = self.ctx.db, self.ctx.actor, self.tz
        assert actor is not None

        def work() -> int:
            rows: list[list[str]] = []
            offset = 0
            while offset < EXPORT_LIMIT:
                check_cancelled()  # the window closed or the user signed out: no file is written
                page = audit.search_audit_log(db, actor=actor, limit=1000, offset=offset, **filters)
                rows += [[e.at.astimezone(tz).isoformat(timespec="seconds"), e.actor_label, e.action,
                          "ok" if e.success else "failed", e.entity or "", str(e.entity_id or ""),
                          str(e.patient_id or ""), e.detail or ""] for e in page]
                if len(page) < 1000:
                    break
                offset += 1000
            write_csv(path, [self.tr("When"), self.tr("Who"), self.tr("Action"), self.tr("Result"), self.tr("Record"), self.tr("Record id"), self.tr("Patient"), self.tr("Detail")], rows)
            return len(rows)

        run_task(work, on_result=lambda n: self.count.setText(self.tr("Exported {n} entries to {path}").format(n=n, path=path)),
                 on_error=lambda e: show_error(self, e), context=self)
