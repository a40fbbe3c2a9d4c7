"""Front desk: the waiting room — call the next token in to each doctor, open the TV token screen."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from medlink.services import tokens
from medlink.services.tokens import CalledToken, DoctorBoard, TokenBoard
from medlink.ui import operations
from medlink.ui.context import AppContext
from medlink.ui.errors import show_error
from medlink.ui.staff.common import button, muted, row
from medlink.ui.token_board import TokenBoardFeed, replace_grid
from medlink.ui.widgets import card, empty_state, heading


class WaitingRoomPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        self.open_screen = button(self.tr("Open token screen"), name="openTokenScreen")
        self.open_screen.setToolTip(self.tr("Shows token numbers (never names) full screen, for a TV in the "
                                            "waiting room. F11 leaves full screen."))
        self.open_screen.clicked.connect(self.show_token_screen)
        layout.addLayout(row(heading(self.tr("Waiting room")), None, self.open_screen))
        layout.addWidget(muted(self.tr("Patients get a token when they check in. Call the next token when the "
                                       "doctor is ready; the token screen shows it at once.")))
        self.message = QLabel()
        self.message.setObjectName("waitingMessage")
        self.message.setMinimumHeight(24)
        layout.addWidget(self.message)
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setSpacing(16)
        layout.addWidget(self.grid_host)
        self.empty = empty_state(self.tr("Nobody has checked in today yet. Check patients in on Today's queue; "
                                         "their tokens appear here."))
        layout.addWidget(self.empty)
        layout.addStretch(1)
        self._screen: QWidget | None = None
        # Check-ins and calls on any workstation redraw the cards (the app-wide change check).
        self.feed = TokenBoardFeed(self, ctx.db, self._loaded)

    def refresh(self) -> None:
        self.feed.refresh()

    def _loaded(self, board: TokenBoard) -> None:
        replace_grid(self.grid, [self._card(doctor) for doctor in board.doctors], 3)
        self.empty.setVisible(not board.doctors)

    def _card(self, doctor: DoctorBoard) -> QFrame:
        frame = card()
        box = QVBoxLayout(frame)
        box.setContentsMargins(16, 12, 16, 12)
        box.addWidget(heading(doctor.doctor_name, 2))
        now = doctor.now_serving
        box.addWidget(QLabel(self.tr("Now seeing: token %s") % now if now is not None
                             else self.tr("Nobody called in yet")))
        waiting = ", ".join(str(n) for n in doctor.waiting)
        box.addWidget(muted(self.tr("Waiting: %s") % waiting if waiting else self.tr("Nobody waiting")))
        call = button(self.tr("Call next"), "primary", f"callNext_{doctor.doctor_id}")
        call.setEnabled(bool(doctor.waiting))
        call.clicked.connect(lambda _=False, d=doctor.doctor_id, b=call: self.call_next(d, b))
        box.addWidget(call)
        return frame

    def call_next(self, doctor_id: int, trigger: QWidget | None = None) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        assert actor is not None
        # The announced "queue" change redraws this page and the token screen.
        operations.command(self, lambda: tokens.call_next(db, actor=actor, doctor_id=doctor_id), self._called,
                           busy=trigger, changes={"queue"}, on_error=self._call_failed)

    def _call_failed(self, exc: BaseException) -> None:
        show_error(self, exc)
        self.feed.redraw()  # what the board is now (another desk may have called that token)

    def _called(self, called: CalledToken) -> None:
        self.message.setText(self.tr("Token %(token)s called in: %(name)s")
                             .replace("%(token)s", str(called.token_number)).replace("%(name)s", called.patient_name))

    def show_token_screen(self) -> None:
        from medlink.ui.token_screen import TokenScreenWindow

        if self._screen is None:
            self._screen = TokenScreenWindow(self.ctx)
            self._screen.destroyed.connect(lambda *_: setattr(self, "_screen", None))
        self._screen.showFullScreen()
        self._screen.raise_()
