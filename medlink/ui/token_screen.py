"""The waiting-room token screen: a full-screen window for a TV, token numbers only, never names.

Per doctor it shows the token being seen and the next ones.  It reloads the
board when the waiting room changes (:class:`medlink.ui.token_board.TokenBoardFeed`:
its own change check every few seconds, so a front desk "Call next" on any
workstation appears within one) and redraws only when the board changed.  Start it with ``medlink --token-screen`` on the PC that drives
the TV; it needs no sign-in and shows no clinical data.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from typing import TYPE_CHECKING, cast

from medlink.services.tokens import DoctorBoard, TokenBoard
from medlink.ui.context import AppContext
from medlink.ui.operations import ChangeWatcher
from medlink.ui.tasks import run_task
from medlink.ui.token_board import TokenBoardFeed, replace_grid

if TYPE_CHECKING:  # pragma: no cover
    from medlink.config import AppConfig
    from medlink.db.session import Database

COLUMNS = 3


class TokenScreenWindow(QWidget):
    def __init__(self, ctx: AppContext, *, change_check_ms: int | None = ChangeWatcher.DEFAULT_INTERVAL_MS) -> None:
        """``change_check_ms``: how often this screen's own change check looks at the database
        (it runs unattended, without a role window's); None: rely on changes announced in this program."""
        super().__init__()
        self.ctx = ctx
        self.setObjectName("tokenScreen")
        self.setWindowTitle(self.tr("MedLink — waiting room"))
        self.setStyleSheet(
            "#tokenScreen { background: #0B2545; }"
            "QLabel { color: white; }"
            "QFrame[role='tokenCard'] { background: #13315C; border-radius: 18px; }"
            "QLabel[role='doctor'] { font-size: 24pt; font-weight: 600; }"
            "QLabel[role='nowLabel'] { font-size: 16pt; color: #8DA9C4; }"
            "QLabel[role='now'] { font-size: 72pt; font-weight: 800; color: #FFD166; }"
            "QLabel[role='next'] { font-size: 22pt; color: #EEF4ED; }"
            "QLabel#tokenTitle { font-size: 30pt; font-weight: 700; }"
            "QLabel#tokenEmpty { font-size: 26pt; color: #8DA9C4; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 28, 40, 28)
        title = QLabel(self.tr("Please wait for your token number"))
        title.setObjectName("tokenTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setSpacing(24)
        layout.addWidget(self.grid_host, 1)
        self.empty = QLabel(self.tr("No patients are waiting yet."))
        self.empty.setObjectName("tokenEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty, 1)
        self.feed = TokenBoardFeed(self, ctx.db, self.show_board)
        self.change_watcher: ChangeWatcher | None = None
        if change_check_ms is not None:
            self.change_watcher = ChangeWatcher(self, ctx.db, change_check_ms)
            self.change_watcher.start()
        self.refresh()

    def refresh(self) -> None:
        self.feed.refresh()

    def show_board(self, board: TokenBoard) -> None:
        replace_grid(self.grid, [self._card(doctor) for doctor in board.doctors], COLUMNS)
        self.grid_host.setVisible(bool(board.doctors))
        self.empty.setVisible(not board.doctors)

    def _card(self, doctor: DoctorBoard) -> QFrame:
        frame = QFrame()
        frame.setProperty("role", "tokenCard")
        frame.setObjectName(f"tokenCard_{doctor.doctor_id}")
        box = QVBoxLayout(frame)
        box.setContentsMargins(24, 18, 24, 18)
        name = QLabel(doctor.doctor_name)
        name.setProperty("role", "doctor")
        name.setWordWrap(True)
        box.addWidget(name)
        now_label = QLabel(self.tr("Now seeing"))
        now_label.setProperty("role", "nowLabel")
        box.addWidget(now_label)
        now = QLabel(str(doctor.now_serving) if doctor.now_serving is not None else "—")
        now.setProperty("role", "now")
        now.setObjectName(f"nowServing_{doctor.doctor_id}")
        now.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(now)
        waiting = "  ".join(str(n) for n in doctor.waiting)
        nxt = QLabel(self.tr("Next: %s") % waiting if waiting else self.tr("Nobody waiting"))
        nxt.setProperty("role", "next")
        nxt.setObjectName(f"waiting_{doctor.doctor_id}")
        nxt.setWordWrap(True)
        box.addWidget(nxt)
        return frame

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_F11:
            self.showNormal() if self.isFullScreen() else self.showFullScreen()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event) -> None:
        if self.change_watcher is not None:
            self.change_watcher.stop()
        super().closeEvent(event)


def run_token_screen(config: AppConfig) -> int:
    """``medlink --token-screen``: open the clinic's database and show the token screen full screen."""
    import sys

    from PySide6.QtWidgets import QMessageBox

    from medlink.errors import MedLinkError
    from medlink.logs import setup_logging
    from medlink.ui.app import create_application, shutdown_clinic
    from medlink.ui.errors import install_exception_hooks

    log_file = setup_logging()
    app = create_application()
    install_exception_hooks(str(log_file))
    state: dict[str, object] = {}

    def open_clinic() -> Database:
        from medlink.bootstrap import open_database

        return open_database(config)

    def opened(db: Database) -> None:
        window = TokenScreenWindow(AppContext(db=db, config=config))
        state.update(db=db, window=window)
        window.showFullScreen()

    def failed(exc: BaseException) -> None:
        message = exc.message if isinstance(exc, MedLinkError) else f"{type(exc).__name__}: {exc}"
        print(f"MedLink token screen cannot start: {message}", file=sys.stderr, flush=True)
        QMessageBox.critical(None, QCoreApplication.translate("TokenScreen", "MedLink"), message)
        app.exit(1)

    run_task(open_clinic, on_result=opened, on_error=failed)
    code = app.exec()
    shutdown_clinic(None, cast("Database | None", state.get("db")))  # cancel, wait for the workers, then dispose
    return code
