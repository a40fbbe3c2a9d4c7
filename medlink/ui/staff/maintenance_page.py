"""Administration → Maintenance: check the records folder, back up, export receipts.

Each job runs off the GUI thread; long ones show a progress dialog.
"""

from __future__ import annotations

import functools
from datetime import datetime, timezone, tzinfo
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from medlink.i18n import N_
from medlink.ui.i18n import LabelTable
from medlink.maintenance import Problem
from medlink.services import admin_tools, break_glass
from medlink.services.audit import ChainReport
from medlink.services.break_glass import BreakGlassView
from medlink.services.clinic_key import KeyStatus, RotationReport
from medlink.services.clinic_settings import get_settings
from medlink.ui.context import AppContext
from medlink.ui.errors import show_error
from medlink.ui.table import Column, RowsModel, make_table
from medlink.cancellation import CancelToken
from medlink.ui.tasks import run_task, window_token
from medlink.ui.widgets import LaterSteps, card, format_when, heading, to_date

PROBLEM_TEXT = LabelTable("MaintenancePage", {"missing_file": N_("MaintenancePage", "File missing"), "orphan_file": N_("MaintenancePage", "File without a record"),
                "temporary_file": N_("MaintenancePage", "Left by an interrupted write"), "unreadable_file": N_("MaintenancePage", "Fails its integrity check")})


def _button(text: str, name: str, primary: bool = False) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    if primary:
        button.setProperty("role", "primary")
    return button


def _muted(text: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("role", "muted")
    label.setWordWrap(True)
    return label


class MaintenancePage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._tz: tzinfo = timezone.utc
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(heading(self.tr("Maintenance")))
        outer.addWidget(_muted(self.tr("Keep the clinic's data safe. Each task runs in the background; "
                                       "you can keep working meanwhile.")))
        # The cards scroll: their results (problems found, emergency access, a backup's path) make the page
        # taller than a 1366×768 screen.
        self.cards_scroll = QScrollArea()
        self.cards_scroll.setObjectName("maintenanceScroll")
        self.cards_scroll.setWidgetResizable(True)
        self.cards_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.cards_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.cards_scroll.setStyleSheet("QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }")
        content = QWidget()
        content.setObjectName("maintenanceCards")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 8, 0)
        self.cards_scroll.setWidget(content)
        outer.addWidget(self.cards_scroll, 1)

        check = card()
        check_layout = QVBoxLayout(check)
        check_layout.addWidget(heading(self.tr("Records folder check"), 2))
        check_layout.addWidget(_muted(self.tr("Compares the records folder with the database: files that are missing, "
                                      "files no record refers to, and files left by an interrupted write.")))
        row = QHBoxLayout()
        self.verify = QCheckBox(self.tr("Also decrypt every record to verify it (slower)"))
        self.verify.setObjectName("verifyContents")
        self.check_button = _button(self.tr("Check now"), "checkRecords", primary=True)
        self.check_button.clicked.connect(self.run_check)
        row.addWidget(self.verify)
        row.addStretch(1)
        row.addWidget(self.check_button)
        check_layout.addLayout(row)
        self.check_result = QLabel(self.tr("Not checked yet."))
        self.check_result.setObjectName("checkResult")
        check_layout.addWidget(self.check_result)
        self.problems: RowsModel[Problem] = RowsModel([
            Column(self.tr("Problem"), lambda p: PROBLEM_TEXT.get(p.kind, p.kind)),
            Column(self.tr("File"), lambda p: p.path),
            Column(self.tr("Detail"), lambda p: p.detail),
        ], self)
        self.problem_table = make_table(self.problems, "problemTable", stretch_column=2)
        self.problem_table.setMinimumHeight(140)
        check_layout.addWidget(self.problem_table)
        layout.addWidget(check)

        trail = card()
        trail_layout = QVBoxLayout(trail)
        trail_layout.addWidget(heading(self.tr("Audit log"), 2))
        trail_layout.addWidget(_muted(self.tr(
            "Every audit row is sealed with the clinic key and the seal of the row before it. "
            "Verifying recomputes every seal and names the first row that was changed or deleted. "
            "Emergency (break-glass) chart access by doctors is listed below for review.")))
        trail_row = QHBoxLayout()
        self.audit_result = QLabel(self.tr("Not verified yet."))
        self.audit_result.setObjectName("auditResult")
        self.audit_result.setWordWrap(True)
        trail_row.addWidget(self.audit_result, 1)
        self.audit_button = _button(self.tr("Verify audit log"), "verifyAudit", primary=True)
        self.audit_button.clicked.connect(self.run_audit_verify)
        trail_row.addWidget(self.audit_button, 0, Qt.AlignmentFlag.AlignTop)
        trail_layout.addLayout(trail_row)
        self.emergencies: RowsModel[BreakGlassView] = RowsModel([
            Column(self.tr("When"), lambda g: format_when(g.granted_at, self._tz)),
            Column(self.tr("Doctor"), lambda g: g.doctor_name),
            Column(self.tr("Patient"), lambda g: g.patient_name),
            Column(self.tr("Workstation"), lambda g: g.workstation or ""),
            Column(self.tr("Reason"), lambda g: g.reason),
        ], self)
        self.emergency_table = make_table(self.emergencies, "breakGlassTable", stretch_column=4)
        self.emergency_table.setMinimumHeight(90)
        trail_layout.addWidget(self.emergency_table)
        self.no_emergencies = _muted(self.tr("No emergency chart access has been recorded."))
        self.no_emergencies.setObjectName("noBreakGlass")
        self.no_emergencies.setVisible(False)
        trail_layout.addWidget(self.no_emergencies)
        layout.addWidget(trail)

        key = card()
        key_layout = QVBoxLayout(key)
        key_layout.addWidget(heading(self.tr("Clinic key"), 2))
        key_layout.addWidget(_muted(self.tr(
            "Every record, the database and every backup are encrypted with the clinic key. Rotating it makes a "
            "new key and re-encrypts everything in the background; it can be stopped and resumed later. Close "
            "MedLink on the other workstations first, and export the new key afterwards.")))
        key_row = QHBoxLayout()
        self.key_status = QLabel(self.tr("Reading the clinic key…"))
        self.key_status.setObjectName("keyStatus")
        self.key_status.setWordWrap(True)
        key_row.addWidget(self.key_status, 1)
        self.rotate_button = _button(self.tr("Rotate the clinic key…"), "rotateKey")
        self.rotate_button.clicked.connect(self.ask_rotation)
        key_row.addWidget(self.rotate_button, 0, Qt.AlignmentFlag.AlignTop)
        key_layout.addLayout(key_row)
        # The cards below the first two go into the page on the turns after it shows (all five at once
        # took the page's first turn ~40 ms of the GUI thread); their widgets exist from the start.
        self._later = LaterSteps(self)
        self._later.add(functools.partial(layout.insertWidget, 2, key))
        self._rotation_token: CancelToken | None = None
        self.refresh_key_status()

        lower = QHBoxLayout()
        backup = card()
        backup_layout = QVBoxLayout(backup)
        backup_layout.addWidget(heading(self.tr("Backup"), 2))
        backup_layout.addWidget(_muted(self.tr(
            "One encrypted, signed file with every table and every record, verified after writing. It can be "
            "restored only with the clinic key: keep the recovery key file and its passphrase safe as well. "
            "Restore with the command \u201cmedlink restore FILE\u201d.")))
        self.backup_button = _button(self.tr("Back up now…"), "backupNow", primary=True)
        self.backup_button.clicked.connect(self.run_backup)
        backup_layout.addWidget(self.backup_button, 0, Qt.AlignmentFlag.AlignRight)
        self.backup_result = QLabel()
        self.backup_result.setObjectName("backupResult")
        self.backup_result.setWordWrap(True)
        backup_layout.addWidget(self.backup_result)
        backup_layout.addStretch(1)
        lower.addWidget(backup, 1)

        export = card()
        export_layout = QVBoxLayout(export)
        export_layout.addWidget(heading(self.tr("Export receipts"), 2))
        export_layout.addWidget(_muted(self.tr("Copies every receipt PDF of a period, decrypted, into a folder you "
                                       "choose (e.g. for the accountant); the copies there are no longer "
                                       "protected by MedLink, and the export is recorded in the audit log. "
                                       "Missing PDFs are regenerated with their number.")))
        dates = QHBoxLayout()
        # The clinic's day, not the computer's (a server abroad or a wrong OS time zone).
        clinic_today = datetime.now(ctx.clinic_settings().tz).date()
        self.clinic_today = clinic_today
        today = QDate(clinic_today.year, clinic_today.month, clinic_today.day)
        self.first_day = QDateEdit(QDate(today.year(), today.month(), 1))
        self.last_day = QDateEdit(today)
        for edit, name in ((self.first_day, "exportFrom"), (self.last_day, "exportTo")):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            edit.setObjectName(name)
        dates.addWidget(QLabel(self.tr("From")))
        dates.addWidget(self.first_day)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.last_day)
        dates.addStretch(1)
        export_layout.addLayout(dates)
        self.export_button = _button(self.tr("Export…"), "exportReceipts", primary=True)
        self.export_button.clicked.connect(self.run_export)
        export_layout.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignRight)
        self.export_result = QLabel()
        self.export_result.setObjectName("exportResult")
        self.export_result.setWordWrap(True)
        export_layout.addWidget(self.export_result)
        export_layout.addStretch(1)
        lower.addWidget(export, 1)
        self._lower = lower  # held until it is in the page
        self._later.add(functools.partial(layout.insertLayout, 3, lower))
        layout.addStretch(1)

    # --- check -------------------------------------------------------------------------------

    def run_check(self) -> None:
        self.check_button.setEnabled(False)
        self.check_result.setText(self.tr("Checking…"))
        db, actor, folder, verify = self.ctx.db, self.ctx.actor, self.ctx.records_dir, self.verify.isChecked()
        assert actor is not None
        run_task(lambda: admin_tools.check_records(db, actor=actor, records_dir=folder, verify_contents=verify),
                 on_result=self._checked, on_error=self._check_failed, context=self)

    def _checked(self, problems: list[Problem]) -> None:
        self.check_button.setEnabled(True)
        self.problems.set_rows(problems)
        self.check_result.setText(self.tr("Everything matches: no problems found.") if not problems
                                  else self.tr("{len} problem(s) found. “medlink check --repair” removes leftovers older than 10 minutes; missing receipts are regenerated when opened.").format(len=len(problems)))

    def _check_failed(self, exc: BaseException) -> None:
        self.check_button.setEnabled(True)
        self.check_result.setText(self.tr("The check could not run."))
        show_error(self, exc)

    # --- audit log ---------------------------------------------------------------------------

    def run_audit_verify(self) -> None:
        self.audit_button.setEnabled(False)
        self.audit_result.setText(self.tr("Verifying…"))
        db, actor = self.ctx.db, self.ctx.actor
        assert db is not None and actor is not None

        def work() -> tuple[ChainReport, list[BreakGlassView], tzinfo]:
            report = admin_tools.verify_audit_log(db, actor=actor)
            grants = break_glass.list_break_glass(db, actor=actor, limit=200)
            return report, grants, get_settings(db).tz

        run_task(work, on_result=self._audit_verified, on_error=self._audit_failed, context=self)

    def _audit_verified(self, result: tuple[ChainReport, list[BreakGlassView], tzinfo]) -> None:
        report, grants, self._tz = result
        self.audit_button.setEnabled(True)
        self.audit_result.setProperty("problem", not report.ok)
        self.audit_result.setStyleSheet("" if report.ok else "color: #b3261e; font-weight: 600;")
        self.audit_result.setText(self.tr("The audit log is intact: {0} rows checked, every link holds.")
                                  .format(report.rows_checked) if report.ok else report.summary)
        self.emergencies.set_rows(grants)
        self.emergency_table.setVisible(bool(grants))
        self.no_emergencies.setVisible(not grants)

    def _audit_failed(self, exc: BaseException) -> None:
        self.audit_button.setEnabled(True)
        self.audit_result.setText(self.tr("The audit log could not be verified."))
        show_error(self, exc)

    # --- clinic key --------------------------------------------------------------------------

    def refresh_key_status(self) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        run_task(lambda: admin_tools.clinic_key_status(db, actor=actor),  # type: ignore[arg-type]
                 on_result=self._show_key_status, on_error=lambda exc: self.key_status.setText(
                     self.tr("The clinic key's state could not be read.")), context=self)

    def _show_key_status(self, status: KeyStatus) -> None:
        self.unfinished_rotation = bool(status.next_key_id)
        if status.next_key_id:
            self.key_status.setText(self.tr("Clinic key {0}. A rotation to {1} is unfinished: resume it to "
                                            "finish re-encrypting.").format(status.key_id, status.next_key_id))
            self.rotate_button.setText(self.tr("Resume the rotation"))
        else:
            self.key_status.setText(self.tr("Clinic key {0}, in this computer’s keyring.").format(status.key_id))
            self.rotate_button.setText(self.tr("Rotate the clinic key…"))

    def ask_rotation(self) -> None:
        if not getattr(self, "unfinished_rotation", False):
            answer = QMessageBox.question(
                self, self.tr("Rotate the clinic key"),
                self.tr("Make a new clinic key and re-encrypt every record and the database with it?\n\n"
                        "Close MedLink on the other workstations first. Afterwards, export the new key "
                        "(medlink key export FILE) and keep it with the recovery file."))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.run_rotation()

    def run_rotation(self) -> None:
        self.rotate_button.setEnabled(False)
        self.key_status.setText(self.tr("Re-encrypting with a new clinic key…"))
        self.rotation_progress = QProgressDialog(self.tr("Re-encrypting the clinic's files…"), self.tr("Stop"),
                                                 0, 0, self)
        self.rotation_progress.setObjectName("rotationProgress")
        self.rotation_progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.rotation_progress.setMinimumDuration(300)
        self.rotation_progress.canceled.connect(self.stop_rotation)
        parent = window_token(self)
        self._rotation_token = parent.child() if parent is not None else CancelToken()
        db, actor, records = self.ctx.db, self.ctx.actor, self.ctx.records_dir
        run_task(lambda progress: admin_tools.rotate_clinic_key(db, actor=actor, records_dir=records,  # type: ignore[arg-type]
                                                                progress=progress),
                 on_result=self._rotated, on_error=self._rotation_failed, on_progress=self._rotation_step,
                 context=self, token=self._rotation_token)

    def _rotation_step(self, done: int, total: int) -> None:
        self.rotation_progress.setMaximum(total)
        self.rotation_progress.setValue(done)

    def stop_rotation(self) -> None:
        """The administrator pressed Stop: the worker stops before its next file; the rotation stays resumable."""
        if self._rotation_token is not None:
            self._rotation_token.cancel("stopped by the administrator")
        self.rotate_button.setEnabled(True)
        self.key_status.setText(self.tr("The rotation was stopped; the files done so far keep the new key. "
                                        "Resume it to finish."))
        self.unfinished_rotation = True
        self.rotate_button.setText(self.tr("Resume the rotation"))

    def _rotated(self, report: RotationReport) -> None:
        self.rotation_progress.close()
        self.rotate_button.setEnabled(True)
        self.refresh_key_status()
        self.key_status.setText(self.tr("The clinic key is now {0} ({1} files re-encrypted, {2} already done). "
                                        "Export the new key now and keep it with the recovery file.")
                                .format(report.new_key_id, report.files, report.already_done))

    def _rotation_failed(self, exc: BaseException) -> None:
        self.rotation_progress.close()
        self.rotate_button.setEnabled(True)
        self.key_status.setText(self.tr("The rotation did not finish; resume it to continue where it stopped."))
        show_error(self, exc)

    # --- backup ------------------------------------------------------------------------------

    def run_backup(self, target: str | None = None) -> None:
        if not target:
            suggested = str(Path.home() / f"medlink-backup-{self.clinic_today.isoformat()}.zip")
            target, _ = QFileDialog.getSaveFileName(self, self.tr("Save backup as"), suggested, self.tr("Backup (*.zip)"))
            if not target:
                return
        self.backup_button.setEnabled(False)
        self.backup_result.setText(self.tr("Writing and verifying the backup…"))
        db, actor, folder = self.ctx.db, self.ctx.actor, self.ctx.records_dir
        assert actor is not None
        run_task(lambda: admin_tools.backup_clinic(db, actor=actor, records_dir=folder, target=Path(target)),
                 on_result=self._backed_up, on_error=self._backup_failed, context=self)

    def _backed_up(self, report) -> None:
        self.backup_button.setEnabled(True)
        self.backup_result.setText(self.tr("Backup written and verified: {path} ({value:.1f} MB, {sum} rows, {files} files).").format(path=report.path, value=report.size_bytes / 1e6, sum=sum(report.tables.values()), files=report.files))

    def _backup_failed(self, exc: BaseException) -> None:
        self.backup_button.setEnabled(True)
        self.backup_result.setText(self.tr("The backup was not written."))
        show_error(self, exc)

    # --- receipts export ---------------------------------------------------------------------

    def run_export(self, folder: str | None = None) -> None:
        if not folder:
            folder = QFileDialog.getExistingDirectory(self, self.tr("Export receipts into"))
            if not folder:
                return
        first, last = to_date(self.first_day.date()), to_date(self.last_day.date())
        self.export_button.setEnabled(False)
        self.progress = QProgressDialog(self.tr("Exporting receipts…"), "", 0, 0, self)
        self.progress.setObjectName("exportProgress")
        self.progress.setCancelButton(None)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        db, actor, records = self.ctx.db, self.ctx.actor, self.ctx.records_dir
        assert actor is not None
        run_task(lambda progress: admin_tools.export_receipts(db, actor=actor, records_dir=records,
                                                              first_day=first, last_day=last,
                                                              target_dir=Path(folder), progress=progress),
                 on_result=self._exported, on_error=self._export_failed, on_progress=self._export_progress,
                 context=self)

    def _export_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def _exported(self, report) -> None:
        self.progress.close()
        self.export_button.setEnabled(True)
        extra = self.tr(" ({regenerated} regenerated)").format(regenerated=report.regenerated) if report.regenerated else ""
        self.export_result.setText(self.tr("{exported} receipt(s) exported to {folder}{extra}.").format(exported=report.exported, folder=report.folder, extra=extra)
                                   if report.exported else self.tr("No receipts were issued in that period."))

    def _export_failed(self, exc: BaseException) -> None:
        self.progress.close()
        self.export_button.setEnabled(True)
        self.export_result.setText(self.tr("The export did not finish."))
        show_error(self, exc)
