"""The doctor's Google Meet links: a personal room or a pool used for online consultations."""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from medlink.errors import ValidationError
from medlink.services import meetings
from medlink.services.actor import Actor
from medlink.services.meetings import MeetLinkView
from medlink.ui import widgets
from medlink.ui.context import AppContext
from medlink.ui.doctor.common import muted, selected_row
from medlink.ui.errors import show_error
from medlink.ui.table import Column, RowsModel, make_table
from medlink.ui.tasks import run_task
from medlink.ui.widgets import card, empty_state, format_when, heading, reserve_message_space


class MeetLinksPage(QWidget):
    def __init__(self, ctx: AppContext, actor: Actor, tz: tzinfo) -> None:
        super().__init__()
        self.ctx, self.actor, self.tz = ctx, actor, tz
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("Meeting links")))
        layout.addWidget(muted(self.tr("Online consultations use Google Meet. Keep one personal room, or a few links that "
                               "MedLink shares out among your online appointments. Patients get the link by e-mail.")))
        self.waiting = QLabel()
        self.waiting.setObjectName("waitingBanner")
        self.waiting.setProperty("role", "banner")
        self.waiting.setWordWrap(True)
        self.waiting.setVisible(False)
        layout.addWidget(self.waiting)

        add = card()
        add_layout = QVBoxLayout(add)
        add_layout.setContentsMargins(18, 14, 18, 14)
        add_layout.addWidget(heading(self.tr("Add a link"), 2))
        row = QHBoxLayout()
        self.url = QLineEdit()
        self.url.setObjectName("meetUrl")
        self.url.setPlaceholderText("https://meet.google.com/abc-defg-hij")
        self.url.returnPressed.connect(self.add_link)
        row.addWidget(self.url, 1)
        paste = QPushButton(self.tr("Paste from clipboard"))
        paste.setObjectName("pasteMeet")
        paste.clicked.connect(self.paste)
        row.addWidget(paste)
        self.add_button = QPushButton(self.tr("Add link"))
        self.add_button.setObjectName("addMeet")
        self.add_button.setProperty("role", "primary")
        self.add_button.clicked.connect(self.add_link)
        row.addWidget(self.add_button)
        add_layout.addLayout(row)
        self.error = QLabel()
        self.error.setObjectName("error_meet_link")
        self.error.setProperty("role", "fieldError")
        reserve_message_space(self.error)
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        add_layout.addWidget(self.error)
        options = QHBoxLayout()
        self.personal = QCheckBox(self.tr("This is my personal room (used for every online appointment)"))
        self.personal.setObjectName("personalRoom")
        options.addWidget(self.personal)
        options.addStretch(1)
        create = QPushButton(self.tr("Create a new Meet…"))
        create.setObjectName("createMeet")
        create.setToolTip(self.tr("Opens meet.google.com/new in your browser; copy the new link and paste it here."))
        create.clicked.connect(self.create_new)
        options.addWidget(create)
        add_layout.addLayout(options)
        layout.addWidget(add)

        self.model: RowsModel[MeetLinkView] = RowsModel([
            Column(self.tr("Link"), lambda link: link.url),
            Column(self.tr("Use"), lambda link: self.tr("Personal room") if link.is_personal_room else self.tr("Pool")),
            Column(self.tr("Added"), lambda link: format_when(link.created_at, tz)),
        ])
        self.stack = QStackedWidget()
        self.view = make_table(self.model, stretch_column=0, name="meetLinksTable")
        self.stack.addWidget(self.view)
        self.stack.addWidget(empty_state(self.tr("No meeting links yet. Create a Meet in your browser, copy its link and "
                                         "paste it above — online appointments then get it automatically.")))
        layout.addWidget(self.stack, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.make_personal = QPushButton(self.tr("Make personal room"))
        self.make_personal.setObjectName("makePersonal")
        self.make_personal.clicked.connect(self.mark_personal)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.clicked.connect(self.copy_selected)
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.remove_button.setObjectName("removeMeet")
        self.remove_button.setProperty("role", "danger")
        self.remove_button.clicked.connect(self.remove_selected)
        for button in (self.copy_button, self.make_personal, self.remove_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        db, actor = self.ctx.db, self.actor
        run_task(lambda: (meetings.list_meet_links(db, actor=actor), meetings.appointments_waiting_for_link(db, actor=actor)),
                 on_result=self._loaded, on_error=lambda e: show_error(self, e), context=self)

    def _loaded(self, result: tuple[list[MeetLinkView], int]) -> None:
        links, waiting = result
        self.model.set_rows(links)
        self.stack.setCurrentIndex(0 if links else 1)
        if links:
            self.view.selectRow(0)
        if waiting:
            self.waiting.setText(f"{waiting} online appointment{'s are' if waiting != 1 else ' is'} waiting for a "
                                 "Meet link. Add one below and the patient{} will be e-mailed it straight away."
                                 .format("s" if waiting != 1 else ""))
        self.waiting.setVisible(bool(waiting))
        for button in (self.copy_button, self.make_personal, self.remove_button):
            button.setEnabled(bool(links))

    def paste(self) -> None:
        text = QGuiApplication.clipboard().text().strip()
        if not text:
            self._error(self.tr("The clipboard is empty. Copy the Meet link first."))
            return
        self.url.setText(text)
        try:
            meetings.validate_meet_link(text)
        except ValidationError as exc:
            self._error(exc.message)
            return
        self.error.setVisible(False)

    def _error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(True)
        self.url.setFocus()

    def add_link(self) -> None:
        self.error.setVisible(False)
        url, personal = self.url.text(), self.personal.isChecked()
        try:
            meetings.validate_meet_link(url)
        except ValidationError as exc:
            self._error(exc.message)
            return
        db, actor = self.ctx.db, self.actor

        def added(_: int) -> None:
            self.url.clear()
            self.personal.setChecked(False)
            self.refresh()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ValidationError):
                self._error(exc.message)
            else:
                show_error(self, exc)

        run_task(lambda: meetings.add_meet_link(db, actor=actor, url=url, personal_room=personal),
                 on_result=added, on_error=failed, context=self)

    def create_new(self) -> None:
        QDesktopServices.openUrl(QUrl(meetings.NEW_MEETING_URL))

    def copy_selected(self) -> None:
        link: MeetLinkView | None = selected_row(self.view)
        if link is not None:
            QGuiApplication.clipboard().setText(link.url)

    def mark_personal(self) -> None:
        """Make the selected link the personal room (the other links stay in the pool)."""
        link: MeetLinkView | None = selected_row(self.view)
        if link is None or link.is_personal_room:
            return
        db, actor = self.ctx.db, self.actor

        run_task(lambda: meetings.set_personal_room(db, actor=actor, link_id=link.id), on_result=lambda _: self.refresh(), on_error=lambda e: show_error(self, e), context=self)

    def remove_selected(self) -> None:
        link: MeetLinkView | None = selected_row(self.view)
        if link is None:
            return
        if not widgets.confirm(self, self.tr("Remove link"), self.tr("Remove {url} from your links? Appointments that already have this link keep it.").format(url=link.url), yes=self.tr("Remove"), no=self.tr("Keep")):
            return
        db, actor = self.ctx.db, self.actor
        run_task(lambda: meetings.remove_meet_link(db, actor=actor, link_id=link.id),
                 on_result=lambda _: self.refresh(), on_error=lambda e: show_error(self, e), context=self)
