"""The frame every role window shares: a sidebar of pages, a header with the
signed-in user, sign-out, and idle log-off with a visible countdown.

Each page is its own widget in its own module; the shell builds a page the
first time it is opened.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from medlink.ui.labels import ROLE_LABELS
from medlink.services.actor import Actor
from medlink.ui import tasks
from medlink.ui.about_dialog import AboutDialog, install_about_shortcut
from medlink.ui.context import AppContext
from medlink.ui.operations import ChangeWatcher
from medlink.ui.style import style_window
from medlink.ui.widgets import IdleWatcher, LaterSteps, RememberingWindow


@dataclass(frozen=True)
class PageSpec:
    key: str
    label: str
    factory: Callable[[], QWidget]


class RoleWindow(RememberingWindow):
    """Navigation only: the pages do the work."""

    signed_out = Signal(str)  # reason: "user" or "idle"

    def __init__(self, ctx: AppContext, actor: Actor, *, title: str, pages: list[PageSpec],
                 idle_seconds: int | None = None, style_extra: str = "") -> None:
        super().__init__()
        self.ctx = ctx
        self.actor = actor
        # Work started from this window's pages and dialogs stops (and its results are
        # dropped) when the window closes or its user signs out.
        self.task_token = tasks.manager().new_token()
        self.change_watcher: ChangeWatcher | None = None
        self.settings_key = f"window/{actor.role.value}"
        self.setWindowTitle(title)
        self._pages: dict[str, QWidget] = {}
        self._specs = {spec.key: spec for spec in pages}
        self._buttons: dict[str, QPushButton] = {}

        root = QWidget()
        layout = QHBoxLayout(root)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        sidebar = QFrame()
        sidebar.setProperty("role", "sidebar")
        sidebar.setFixedWidth(230 if not ctx.kiosk else 280)
        side = QVBoxLayout(sidebar)
        side.setContentsMargins(12, 18, 12, 18)
        brand = QLabel(self.tr("MedLink"))
        brand.setStyleSheet("font-size: 17pt; font-weight: 700; color: white; padding: 4px 8px 16px 8px;")
        side.addWidget(brand)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        # The page buttons scroll when they are more than the screen's height holds (an administrator's
        # thirteen pages in Hindi on a 1366×768 laptop), so the window never grows taller than the screen.
        nav = QWidget()
        nav.setObjectName("navButtons")
        nav_layout = QVBoxLayout(nav)
        nav_layout.setContentsMargins(0, 0, 0, 0)
        nav_layout.setSpacing(2)
        for index, spec in enumerate(pages):
            button = QPushButton(spec.label)
            button.setObjectName(f"nav_{spec.key}")
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, key=spec.key: self.show_page(key))
            self._group.addButton(button)
            self._buttons[spec.key] = button
            nav_layout.addWidget(button)
            if index < 9:
                shortcut = QShortcut(QKeySequence(f"Ctrl+{index + 1}"), self)
                shortcut.activated.connect(functools.partial(self.show_page, spec.key))
        nav_layout.addStretch(1)
        self.nav_scroll = QScrollArea()
        self.nav_scroll.setObjectName("navScroll")
        self.nav_scroll.setWidget(nav)
        self.nav_scroll.setWidgetResizable(True)
        self.nav_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.nav_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav_scroll.setStyleSheet("QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }")
        self.nav_scroll.setMinimumHeight(120)
        side.addWidget(self.nav_scroll, 1)
        who = QLabel(f"{actor.display_name}\n{ROLE_LABELS.get(actor.role.value, actor.role.value.title())}")
        who.setObjectName("signedInAs")
        who.setWordWrap(True)
        who.setStyleSheet("padding: 8px;")
        side.addWidget(who)
        sign_out = QPushButton(self.tr("Sign out"))
        sign_out.setObjectName("signOut")
        sign_out.clicked.connect(lambda: self.sign_out("user"))
        side.addWidget(sign_out)
        about = QPushButton(self.tr("About MedLink"))
        about.setObjectName("aboutMedLink")
        about.setProperty("role", "link")
        about.setToolTip(self.tr("Version, licences and data folders (F1)"))
        about.clicked.connect(self.open_about)
        side.addWidget(about)
        install_about_shortcut(self, self.open_about)
        layout.addWidget(sidebar)

        main = QVBoxLayout()
        main.setContentsMargins(0, 0, 0, 0)
        self.idle_banner = QLabel()
        self.idle_banner.setObjectName("idleBanner")
        self.idle_banner.setProperty("role", "banner")
        self.idle_banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.idle_banner.setVisible(False)
        main.addWidget(self.idle_banner)
        self.stack = QStackedWidget()
        self.stack.setContentsMargins(20, 16, 20, 16)
        main.addWidget(self.stack, 1)
        layout.addLayout(main, 1)
        self.setCentralWidget(root)

        self.idle: IdleWatcher | None = None
        if idle_seconds:
            self.idle = IdleWatcher(idle_seconds, parent=self)
            self.idle.warning.connect(self._idle_warning)
            self.idle.activity.connect(lambda: self.idle_banner.setVisible(False))
            self.idle.timed_out.connect(lambda: self.sign_out("idle"))
            self.idle.start()
        style_window(self, style_extra)  # before the first page: pages take the window's style once, as they are added
        self._page_shown = False
        if pages:
            # The first page is built on the event loop's next turn, after the window itself: building both in
            # the sign-in's turn held the GUI thread for 35-50 ms. Asking for a page (show_page) first wins.
            self._buttons[pages[0].key].setChecked(True)
            LaterSteps(self).add(functools.partial(self._show_first_page, pages[0].key))

    def _show_first_page(self, key: str) -> None:
        # Not after a sign-out or close in the same turn: the pages would load for an actor who is gone.
        if not self._page_shown and not self.task_token.cancelled:
            self.show_page(key)

    @property
    def first_page_shown(self) -> bool:
        """Whether a page has been shown (the first one is, on the turn after the window is built)."""
        return self._page_shown

    def page(self, key: str) -> QWidget:
        if key not in self._pages:
            widget = self._specs[key].factory()
            widget.setObjectName(f"page_{key}")
            self._pages[key] = widget
            self.stack.addWidget(widget)
        return self._pages[key]

    def start_change_watch(self, interval_ms: int | None = None) -> ChangeWatcher:
        """Pick up other workstations' changes: pages that ``watch`` a topic reload themselves."""
        if self.change_watcher is None:
            self.change_watcher = ChangeWatcher(self, self.ctx.db, interval_ms or ChangeWatcher.DEFAULT_INTERVAL_MS)
            self.change_watcher.start()
        return self.change_watcher

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        if event.isAccepted():
            self._stop_work("window closed")

    def _stop_work(self, reason: str) -> None:
        if self.change_watcher is not None:
            self.change_watcher.stop()
        self.task_token.cancel(reason)

    def show_page(self, key: str) -> QWidget:
        self._page_shown = True
        widget = self.page(key)
        self.stack.setCurrentWidget(widget)
        self._buttons[key].setChecked(True)
        self.nav_scroll.ensureWidgetVisible(self._buttons[key])
        refresh = getattr(widget, "refresh", None)
        if callable(refresh):
            refresh()
        return widget

    def open_about(self) -> AboutDialog:
        from medlink.ui.about_dialog import show_about

        return show_about(self, kiosk=self.ctx.kiosk, records_dir=self.ctx.records_dir,
                          config_file=self.ctx.config.config_file)

    def _idle_warning(self, seconds_left: int) -> None:
        self.idle_banner.setText(self.tr("No activity — you will be signed out in {seconds_left} s. Touch or move the mouse to stay.").format(seconds_left=seconds_left))
        self.idle_banner.setVisible(True)

    def sign_out(self, reason: str = "user") -> None:
        self._stop_work(f"signed out ({reason})")
        if self.idle is not None:
            self.idle.stop()
        # Close every dialog this window opened (file pickers, previews, message boxes).
        for child in self.findChildren(QWidget):
            if child.isWindow() and child is not self and child.isVisible():
                child.close()
        self.signed_out.emit(reason)
