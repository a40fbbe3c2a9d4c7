"""My records: upload (encrypted, with progress), list, preview, open, delete."""

from __future__ import annotations

from datetime import date, datetime, tzinfo
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from medlink.formatting import format_date
from medlink.errors import MedLinkError, ValidationError
from medlink.services import kiosk, records
from medlink.services.records import RECORD_TYPES, RecordView
from medlink.ui import operations, widgets
from medlink.ui.labels import record_type_label
from medlink.ui.context import AppContext
from medlink.ui.errors import show_error
from medlink.ui.patient.common import format_size
from medlink.ui.table import Column, RowsModel, make_table, selected_row
from medlink.ui.tasks import run_task
from medlink.ui.widgets import FieldForm, card, empty_state, heading, reserve_message_space, remember_geometry

FILE_FILTER = "Reports and scans (*.pdf *.jpg *.jpeg *.png);;PDF documents (*.pdf);;Images (*.jpg *.jpeg *.png)"
_SUFFIX = {"application/pdf": ".pdf", "image/jpeg": ".jpg", "image/png": ".png"}


def record_columns() -> list[Column[RecordView]]:
    return [
        Column(QCoreApplication.translate("PatientRecordsPage", "Date"), lambda r: format_date(r.record_date, "dd MMM y")),
        Column(QCoreApplication.translate("PatientRecordsPage", "Type"), lambda r: record_type_label(r.record_type)),
        Column(QCoreApplication.translate("PatientRecordsPage", "Title"), lambda r: r.title),
        Column(QCoreApplication.translate("PatientRecordsPage", "Size"), lambda r: format_size(r.size_bytes), align_right=True),
        Column(QCoreApplication.translate("PatientRecordsPage", "Uploaded by"), lambda r: r.uploaded_by or "—"),
    ]


class RecordUploadDialog(QDialog):
    """Choose a file, give it a title, date and type; encrypts and stores it."""

    uploaded = Signal(object)  # RecordView

    def __init__(self, ctx: AppContext, tz: tzinfo, parent: QWidget | None = None, *,
                 appointment_id: int | None = None, context_text: str | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.appointment_id = appointment_id
        self.result_view: RecordView | None = None
        self.progress: QProgressDialog | None = None
        self.file_dialog: QDialog | None = None
        self.tz = tz
        self._auto_title = ""
        self.setObjectName("recordUploadDialog")
        self.setWindowTitle(self.tr("Upload a record"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.addWidget(heading(self.tr("Upload a report or scan")))
        hint = QLabel(context_text or self.tr("PDF, JPEG or PNG. The file is encrypted before it is stored."))
        hint.setProperty("role", "muted")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.form = FieldForm()
        chooser = QWidget()
        row = QHBoxLayout(chooser)
        row.setContentsMargins(0, 0, 0, 0)
        self.path = QLineEdit()
        self.path.setReadOnly(True)
        self.path.setPlaceholderText(self.tr("No file chosen"))
        browse = QPushButton(self.tr("Choose file…"))
        browse.setObjectName("browseFile")
        browse.clicked.connect(self.browse)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.form.add("file", self.tr("File"), chooser)
        self.path.setObjectName("filePath")
        self.title = self.form.add("title", self.tr("Title"), QLineEdit())
        self.title.setPlaceholderText(self.tr("e.g. Blood test — CBC"))
        self.record_type = self.form.add("record_type", self.tr("Type"), QComboBox())
        for value in RECORD_TYPES:
            self.record_type.addItem(record_type_label(value), value)
        self.record_date = self.form.add("record_date", self.tr("Date of the report"), QDateEdit())
        today = datetime.now(tz).date()
        self.record_date.setCalendarPopup(True)
        self.record_date.setDisplayFormat("dd MMM yyyy")
        self.record_date.setMaximumDate(QDate(today.year, today.month, today.day))
        self.record_date.setDate(QDate(today.year, today.month, today.day))
        layout.addWidget(self.form)
        layout.addStretch(1)
        bar = QHBoxLayout()
        bar.addStretch(1)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        self.upload_button = QPushButton(self.tr("&Upload"))
        self.upload_button.setObjectName("uploadRecord")
        self.upload_button.setProperty("role", "primary")
        self.upload_button.setDefault(True)
        self.upload_button.clicked.connect(self.upload)
        bar.addWidget(cancel)
        bar.addWidget(self.upload_button)
        layout.addLayout(bar)
        remember_geometry(self, "record_upload", (560, 380))

    def browse(self) -> None:
        if self.ctx.kiosk:
            # The kiosk never shows a file dialog: only its USB drive / scanner inbox, read-only.
            from medlink.ui.patient.kiosk_picker import KioskFilePicker

            picker = KioskFilePicker(self.ctx.config.kiosk_inbox, self.tz, self)
            picker.fileSelected.connect(self.set_file)
            self.file_dialog = picker
            picker.open()
            return
        dialog = QFileDialog(self, self.tr("Choose a report or scan"), str(Path.home()), FILE_FILTER)
        dialog.setObjectName("recordFileDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, self.ctx.kiosk)
        dialog.fileSelected.connect(self.set_file)
        self.file_dialog = dialog
        dialog.open()

    def set_file(self, path: str) -> None:
        self.path.setText(path)
        # The title follows the file unless the patient typed their own (never the previous file's name).
        if not self.title.text().strip() or self.title.text() == self._auto_title:
            self._auto_title = Path(path).stem.replace("_", " ").replace("-", " ").strip()[:200]
            self.title.setText(self._auto_title)
        self.form.clear_errors()

    def upload(self) -> None:
        self.form.clear_errors()
        path = self.path.text()
        if not path:
            self.form.show_validation(ValidationError("file", self.tr("Choose the file to upload.")))
            return
        actor = self.ctx.actor
        assert actor is not None and actor.patient_id is not None
        qdate = self.record_date.date()
        record_date = date(qdate.year(), qdate.month(), qdate.day())
        title, record_type = self.title.text(), self.record_type.currentData()
        db, records_dir, patient_id, appointment_id = self.ctx.db, self.ctx.records_dir, actor.patient_id, \
            self.appointment_id
        self.upload_button.setEnabled(False)
        progress = QProgressDialog(self.tr("Encrypting and saving the file…"), "", 0, 100, self)
        progress.setObjectName("uploadProgress")
        progress.setWindowTitle(self.tr("Uploading"))
        progress.setCancelButton(None)
        progress.setMinimumDuration(0)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setValue(0)
        self.progress = progress

        inbox = self.ctx.config.kiosk_inbox if self.ctx.kiosk else None
        at_kiosk = self.ctx.kiosk

        def work(report) -> RecordView:
            # at the kiosk only a file really inside its inbox (checked again here, not just in the picker)
            source = kiosk.checked_inbox_path(inbox, Path(path)) if at_kiosk else Path(path)
            return records.upload_record(db, actor=actor, records_dir=records_dir, patient_id=patient_id,
                                         title=title, record_type=record_type, record_date=record_date,
                                         filename=Path(path).name, source=source,
                                         appointment_id=appointment_id, progress=report)

        run_task(work, on_result=self._done, on_error=self._failed, on_progress=self._progress, context=self)

    def _progress(self, done: int, total: int) -> None:
        if self.progress is not None and total > 0:
            self.progress.setValue(int(done * 100 / total))

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _done(self, view: RecordView) -> None:
        self._close_progress()
        self.result_view = view
        self.uploaded.emit(view)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._close_progress()
        self.upload_button.setEnabled(True)
        if isinstance(exc, ValidationError) and self.form.show_validation(exc):
            return
        show_error(self, exc)


class MyRecordsPage(QWidget):
    """The patient's own reports and scans."""

    def __init__(self, ctx: AppContext, tz: tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        operations.watch(self, {"record"}, self.refresh)  # e.g. a record added at the front desk
        self.tz = tz
        self._latest = operations.Latest()
        self._previews = operations.Latest()
        self._own: set[int] = set()
        self.upload_dialog: RecordUploadDialog | None = None
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("My records")), 1)
        upload = QPushButton(self.tr("Upload a record…"))
        upload.setObjectName("openUpload")
        upload.setProperty("role", "primary")
        upload.clicked.connect(self.open_upload)
        top.addWidget(upload)
        layout.addLayout(top)
        note = QLabel(self.tr("Lab reports, prescriptions and scans. Your doctors at this clinic can see them; "
                      "files are stored encrypted."))
        note.setProperty("role", "muted")
        note.setWordWrap(True)
        layout.addWidget(note)
        self.status = QLabel()
        self.status.setObjectName("recordsStatus")
        self.status.setProperty("role", "success")
        reserve_message_space(self.status)
        self.status.setVisible(False)
        layout.addWidget(self.status)

        body = QHBoxLayout()
        body.setSpacing(14)
        self.model: RowsModel[RecordView] = RowsModel(record_columns(), self)
        self.table = make_table(self.model, "recordsTable", stretch_column=2)
        self.table.doubleClicked.connect(lambda _: self.open_selected())
        self.empty = empty_state(self.tr("No records yet. Use “Upload a record…” to add a lab report, prescription or scan "
                                 "(PDF, JPEG or PNG)."))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        body.addWidget(self.stack, 1)

        preview = card()
        preview.setFixedWidth(300)
        side = QVBoxLayout(preview)
        side.setContentsMargins(14, 14, 14, 14)
        self.preview_image = QLabel()
        self.preview_image.setObjectName("recordPreview")
        self.preview_image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview_image.setMinimumHeight(240)
        self.preview_image.setFrameShape(QFrame.Shape.NoFrame)
        self.preview_image.setStyleSheet("background:#F0F4F8; border-radius:8px; color:#627D98;")
        self.preview_image.setWordWrap(True)
        side.addWidget(self.preview_image)
        self.preview_title = QLabel()
        self.preview_title.setObjectName("previewTitle")
        self.preview_title.setWordWrap(True)
        self.preview_title.setStyleSheet("font-weight:600;")
        side.addWidget(self.preview_title)
        self.preview_meta = QLabel()
        self.preview_meta.setProperty("role", "muted")
        self.preview_meta.setWordWrap(True)
        side.addWidget(self.preview_meta)
        side.addStretch(1)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setObjectName("openRecord")
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setObjectName("deleteRecord")
        self.delete_button.setProperty("role", "danger")
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.delete_button)
        side.addLayout(buttons)
        body.addWidget(preview)
        layout.addLayout(body, 1)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self._selection_changed()

    # --- data --------------------------------------------------------------------------------

    def refresh(self) -> None:
        actor = self.ctx.actor
        assert actor is not None and actor.patient_id is not None
        db, patient_id = self.ctx.db, actor.patient_id

        def load() -> tuple[list[RecordView], set[int]]:
            return (records.list_records(db, actor=actor, patient_id=patient_id),
                    kiosk.own_upload_ids(db, actor=actor))

        operations.query(self, load, lambda result: self._loaded(*result), latest=self._latest)

    def _loaded(self, rows: list[RecordView], own: set[int]) -> None:
        self._own = own
        keep = self.selected()
        self.model.set_rows(rows)
        self.stack.setCurrentWidget(self.table if rows else self.empty)
        if rows:
            target = 0
            if keep is not None:
                target = next((i for i, r in enumerate(rows) if r.id == keep.id), 0)
            self.table.selectRow(target)
        self._selection_changed()

    def selected(self) -> RecordView | None:
        return self.model.row_at(selected_row(self.table))

    def select_record(self, record_id: int) -> bool:
        for row, item in enumerate(self.model.rows):
            if item.id == record_id:
                self.table.selectRow(row)
                return True
        return False

    def _selection_changed(self) -> None:
        record = self.selected()
        actor = self.ctx.actor
        self.open_button.setEnabled(record is not None)
        self.delete_button.setEnabled(record is not None and record.id in self._own)
        self._previews.forget()  # a preview still loading for the previous selection is not shown
        self.preview_image.setPixmap(QPixmap())
        if record is None:
            self.preview_image.setText(self.tr("Select a record to preview it."))
            self.preview_title.setText("")
            self.preview_meta.setText("")
            return
        self.preview_title.setText(record.title)
        self.preview_meta.setText(f"{record_type_label(record.record_type)} · {format_date(record.record_date, 'dd MMM y')}\n"
                                  f"{format_size(record.size_bytes)} · {record.original_filename or ''}".rstrip(" ·"))
        if not record.is_image:
            self.preview_image.setText(self.tr("PDF document\n\nUse “Open” to read it here; nothing is copied out of MedLink."))
            return
        self.preview_image.setText(self.tr("Loading preview…"))
        db, records_dir = self.ctx.db, self.ctx.records_dir
        assert actor is not None

        def load() -> bytes | None:
            view, data = records.read_record(db, actor=actor, records_dir=records_dir, record_id=record.id)
            return records.thumbnail_png(data, view.content_type, max_side=268)

        operations.query(self, load, self._show_thumbnail, latest=self._previews, on_error=self._preview_failed)

    def _show_thumbnail(self, png: bytes | None) -> None:
        pixmap = QPixmap()
        if png and pixmap.loadFromData(png):
            self.preview_image.setText("")
            self.preview_image.setPixmap(pixmap)
        else:
            self.preview_image.setText(self.tr("No preview available."))

    def _preview_failed(self, exc: BaseException) -> None:
        self.preview_image.setText(exc.message if isinstance(exc, MedLinkError) else self.tr("No preview available."))

    # --- actions -----------------------------------------------------------------------------

    def open_upload(self) -> RecordUploadDialog:
        dialog = RecordUploadDialog(self.ctx, self.tz, self)
        dialog.uploaded.connect(self._uploaded)
        self.upload_dialog = dialog
        dialog.open()
        return dialog

    def _uploaded(self, view: RecordView) -> None:
        self.status.setText(self.tr("“{title}” was uploaded and stored encrypted.").format(title=view.title))
        self.status.setVisible(True)
        self.refresh()
        self.select_record(view.id)

    def open_selected(self) -> None:
        record = self.selected()
        if record is None:
            return
        actor = self.ctx.actor
        assert actor is not None
        db, records_dir = self.ctx.db, self.ctx.records_dir

        from medlink.ui.viewer import open_record_viewer

        open_record_viewer(self, db=db, actor=actor, records_dir=records_dir, record_id=record.id,
                           on_open=self._viewer_opened)

    def _viewer_opened(self, viewer) -> None:
        self.viewer = viewer  # shown from memory: no decrypted file is written for viewing

    def delete_selected(self) -> None:
        record = self.selected()
        if record is None:
            return
        if not widgets.confirm(self, self.tr("Delete record"), self.tr("Delete “{title}” from your records?\n\nThis cannot be undone.").format(title=record.title), yes=self.tr("Delete"), no=self.tr("Keep")):
            return
        actor = self.ctx.actor
        assert actor is not None
        db, records_dir = self.ctx.db, self.ctx.records_dir

        def done(_: object) -> None:
            self.status.setText(self.tr("“{title}” was deleted.").format(title=record.title))
            self.status.setVisible(True)
            self.refresh()

        run_task(lambda: records.delete_record(db, actor=actor, records_dir=records_dir, record_id=record.id),
                 on_result=done, on_error=lambda exc: show_error(self, exc), context=self)
