"""Background jobs while the app runs: the e-mail outbox, reminders and overdue-reading alerts.

Every ``interval`` seconds a worker (off the GUI thread) runs the alert job
(``measurements.raise_due_alerts``: overdue planned readings), queues due
reminders and delivers due e-mails.  With several workstations each one runs
it; the alerts' dedupe keys and the outbox's claiming guarantee that an alert
is raised, and a message sent, by one of them only.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from medlink.ui.context import AppContext
from medlink.ui.tasks import run_task

if TYPE_CHECKING:  # pragma: no cover - the mail modules load with the first pump run
    from medlink.services.mail_admin import DeliveryReport

log = logging.getLogger(__name__)


class OutboxPump(QObject):
    def __init__(self, ctx: AppContext, interval_s: int = 60, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._busy = False
        self._timer = QTimer(self)
        self._timer.setInterval(interval_s * 1000)
        self._timer.timeout.connect(self.run_now)

    def start(self) -> None:
        self._timer.start()
        QTimer.singleShot(5000, self.run_now)

    def stop(self) -> None:
        self._timer.stop()

    def run_now(self) -> None:
        if self._busy:
            return
        self._busy = True
        db, records_dir = self.ctx.db, self.ctx.records_dir

        def work() -> DeliveryReport:
            from medlink.services import mail_admin

            return mail_admin.deliver_due_mail(db, records_dir, max_rounds=5)

        run_task(work, on_result=self._done, on_error=self._failed, context=self)

    def _done(self, report: DeliveryReport) -> None:
        self._busy = False
        if report.handled or report.problem:
            log.info("outbox: %s", report)

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        log.warning("outbox run failed: %s", exc)
