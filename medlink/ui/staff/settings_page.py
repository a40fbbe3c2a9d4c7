"""Administrator: the clinic's settings (details, billing and GST, e-mail server, limits)."""

from __future__ import annotations

import functools
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from medlink.ui.i18n import tr_label
from medlink.i18n import N_
from medlink.errors import ValidationError
from medlink.services import clinic_settings, doctors, mail_admin
from medlink.services.clinic_settings import INDIAN_STATES, ClinicSettingsView
from medlink.ui.context import AppContext
from medlink.ui.errors import show_error
from medlink.ui.staff.common import button, muted, row
from medlink.ui.tasks import run_task
from medlink.ui.widgets import FieldForm, LaterSteps, heading, reserve_message_space

SECURITY_LABELS = (("starttls", "STARTTLS (port 587)"), ("ssl", "SSL/TLS (port 465)"),
                   ("none", N_("Labels", "None — local relay only")))
MONEY_FIELDS = (("default_consultation_fee", N_("Labels", "Consultation fee (₹)")),
                ("default_lab_test_fee", N_("Labels", "Lab test fee (₹)")),
                ("default_medication_fee", N_("Labels", "Medication fee (₹)")),
                ("default_other_fee", N_("Labels", "Other fee (₹)")),
                ("extra_charge", N_("Labels", "Clinic service charge (₹)")))
RATE_FIELDS = (("gst_consultation_rate", N_("Labels", "Consultation")), ("gst_lab_test_rate", N_("Labels", "Lab tests")),
               ("gst_medication_rate", N_("Labels", "Medication")), ("gst_other_rate", N_("Labels", "Other")),
               ("gst_extra_charge_rate", N_("Labels", "Service charge")))
MB = 1024 * 1024


def _scroll(widget: QWidget | None) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    if widget is not None:
        area.setWidget(widget)
    area.setProperty("role", "white")  # the application's style sheet (see transparent_scroll)
    return area


def _spin(lo: int, hi: int, suffix: str = "") -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(lo, hi)
    spin.setSuffix(suffix)
    spin.setMaximumWidth(200)
    return spin


class SettingsPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.version: int | None = None
        self.logo_png: bytes | None = None
        self.forms: list[FieldForm] = []
        self._tab_of: dict[int, int] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        self.save_button = button(self.tr("&Save settings"), "primary", "saveSettings")
        self.save_button.clicked.connect(self.save)
        layout.addLayout(row(heading(self.tr("Clinic settings")), None, self.save_button))
        self.saved_label = QLabel()
        self.saved_label.setObjectName("settingsSaved")
        self.saved_label.setProperty("role", "success")
        reserve_message_space(self.saved_label)
        self.saved_label.setVisible(False)
        layout.addWidget(self.saved_label)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settingsTabs")
        layout.addWidget(self.tabs, 1)
        # Every tab's fields exist at once (the settings are loaded into them when they arrive), but
        # only the first tab's go into the page as it shows: the others are put into their tabs on
        # the next turns of the event loop (the four at once took the turn the page opened in about
        # 45 ms of the GUI thread), or at once when another tab is chosen.
        self._later = LaterSteps(self)
        self._build_clinic()
        self._build_billing()
        self._build_email()
        self._build_limits()
        self.tabs.currentChanged.connect(lambda _index: self._later.finish())
        self._loaded = False

    # --- building ------------------------------------------------------------------------------

    def _tab(self, title: str, intro: str) -> tuple[QVBoxLayout, int]:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(muted(intro))
        area = _scroll(None if self.tabs.count() else page)
        if self.tabs.count():
            self._later.add(functools.partial(area.setWidget, page))
        index = self.tabs.addTab(area, title)
        return layout, index

    def _form(self, layout: QVBoxLayout, index: int) -> FieldForm:
        form = FieldForm()
        form.form.setVerticalSpacing(8)
        form.setMaximumWidth(760)
        layout.addWidget(form)
        self.forms.append(form)
        self._tab_of[id(form)] = index
        return form

    def _build_clinic(self) -> None:
        layout, index = self._tab(self.tr("Clinic"), self.tr("How the clinic appears on receipts, e-mails and the kiosk."))
        form = self._form(layout, index)
        self.clinic_name = form.add("clinic_name", self.tr("Clinic name"), QLineEdit())
        self.address = form.add("address", self.tr("Address"), QPlainTextEdit())
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(70)
        self.phone = form.add("phone", self.tr("Phone"), QLineEdit())
        self.email = form.add("email", self.tr("E-mail"), QLineEdit())
        self.gstin = form.add("gstin", self.tr("GSTIN"), QLineEdit())
        self.gstin.setPlaceholderText(self.tr("e.g. 29AABFM1234K1ZC — leave empty if not registered"))
        self.state = form.add("state", self.tr("State"), QComboBox())
        for name in INDIAN_STATES:
            self.state.addItem(name, name)
        self.timezone = form.add("timezone", self.tr("Time zone"), QComboBox())
        self.timezone.setEditable(True)
        # ~600 names: sized by a typical name, not by measuring every item when the page shows
        self.timezone.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.timezone.setMinimumContentsLength(24)
        # filled when the settings arrive: with its items the combo took ~20 ms more to show
        logo_box = QWidget()
        logo_row = QHBoxLayout(logo_box)
        logo_row.setContentsMargins(0, 0, 0, 0)
        self.logo_preview = QLabel(self.tr("No logo"))
        self.logo_preview.setObjectName("logoPreview")
        self.logo_preview.setFixedSize(120, 64)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("background: white; border: 1px dashed #BCCCDC; border-radius: 6px;"
                                        " color: #627D98;")
        choose = button(self.tr("Choose image…"), name="chooseLogo")
        choose.clicked.connect(self.choose_logo)
        remove = button(self.tr("Remove"), "link", "removeLogo")
        remove.clicked.connect(lambda: self.set_logo(None))
        logo_row.addWidget(self.logo_preview)
        logo_row.addWidget(choose)
        logo_row.addWidget(remove)
        logo_row.addStretch(1)
        form.add("logo_png", self.tr("Logo"), logo_box)
        form.add("state_note", "", muted(self.tr("The state decides CGST + SGST (same state) or IGST (other states).")))
        layout.addStretch(1)

    def _build_billing(self) -> None:
        layout, index = self._tab(self.tr("Billing and GST"), self.tr("Defaults for doctors who have not set their own fees, "
                                                     "GST rates per category and how receipts are numbered."))
        layout.addWidget(heading(self.tr("Default fees"), 2))
        fees = self._form(layout, index)
        self.money: dict[str, QLineEdit] = {}
        for key, label in MONEY_FIELDS:
            edit = fees.add(key, tr_label(label), QLineEdit())
            edit.setMaximumWidth(200)
            self.money[key] = edit
        layout.addWidget(heading(self.tr("GST rate per category (%)"), 2))
        rates = self._form(layout, index)
        self.gst_treatment = rates.add("gst_treatment", self.tr("Consultations"), QComboBox())
        self.gst_treatment.setObjectName("gstTreatment")
        self.gst_treatment.addItem(self.tr("18 % GST on consultations (founding design)"), "gst_18")
        self.gst_treatment.addItem(self.tr("Exempt health care — 0 % (notification 12/2017, entry 74)"), "exempt")
        self.gst_treatment.addItem(self.tr("Another rate (below)"), None)
        self.gst_treatment.activated.connect(lambda _i: self._treatment_chosen())
        self.rates: dict[str, QLineEdit] = {}
        for key, label in RATE_FIELDS:
            edit = rates.add(key, tr_label(label), QLineEdit())
            edit.setMaximumWidth(120)
            self.rates[key] = edit
        self.rates["gst_consultation_rate"].textEdited.connect(lambda _t: self._show_treatment())
        layout.addWidget(heading(self.tr("Receipts"), 2))
        receipts = self._form(layout, index)
        self.prices_include_gst = receipts.add("prices_include_gst", "", QCheckBox(self.tr("Prices include GST")))
        self.round_off = receipts.add("round_off_to_rupee", "", QCheckBox(self.tr("Round the total to the nearest rupee")))
        self.bilingual = receipts.add("bilingual_documents", "", QCheckBox(
            self.tr("Headings in English and Hindi on receipts and prescriptions")))
        self.receipt_prefix = receipts.add("receipt_prefix", self.tr("Receipt number prefix"), QLineEdit())
        self.receipt_prefix.setMaximumWidth(120)
        layout.addStretch(1)

    def _build_email(self) -> None:
        layout, index = self._tab(self.tr("E-mail"), self.tr("The mail server that sends appointment confirmations, reminders and "
                                            "receipts. The password is kept in the system keyring, never in the "
                                            "database."))
        form = self._form(layout, index)
        self.smtp_host = form.add("smtp_host", self.tr("SMTP server"), QLineEdit())
        self.smtp_host.setPlaceholderText(self.tr("e.g. smtp.gmail.com"))
        self.smtp_port = form.add("smtp_port", self.tr("Port"), _spin(1, 65535))
        self.smtp_security = form.add("smtp_security", self.tr("Security"), QComboBox())
        for value, label in SECURITY_LABELS:
            self.smtp_security.addItem(tr_label(label), value)
        self.smtp_username = form.add("smtp_username", self.tr("User name"), QLineEdit())
        self.smtp_password = form.add("smtp_password", self.tr("Password"), QLineEdit())
        self.smtp_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.smtp_password.setPlaceholderText(self.tr("leave empty to keep the stored password"))
        self.smtp_sender_name = form.add("smtp_sender_name", self.tr("Sender name"), QLineEdit())
        self.smtp_sender_address = form.add("smtp_sender_address", self.tr("Sender address"), QLineEdit())
        ca_box = QWidget()
        ca_row = QHBoxLayout(ca_box)
        ca_row.setContentsMargins(0, 0, 0, 0)
        self.smtp_ca_file = QLineEdit()
        self.smtp_ca_file.setPlaceholderText(self.tr("optional: the CA certificate of a private mail server"))
        browse = button(self.tr("Browse…"))
        browse.clicked.connect(self._choose_ca)
        ca_row.addWidget(self.smtp_ca_file, 1)
        ca_row.addWidget(browse)
        form.add("smtp_ca_file", self.tr("CA certificate"), ca_box)
        form.fields["smtp_ca_file"] = self.smtp_ca_file  # focus the line edit on an error
        layout.addWidget(heading(self.tr("Test"), 2))
        test = self._form(layout, index)
        test_box = QWidget()
        test_row = QHBoxLayout(test_box)
        test_row.setContentsMargins(0, 0, 0, 0)
        self.test_address = QLineEdit()
        self.test_address.setObjectName("testAddress")
        self.test_address.setPlaceholderText(self.tr("your own address"))
        self.test_button = button(self.tr("Send test e-mail"), name="sendTestEmail")
        self.test_button.clicked.connect(self.send_test)
        test_row.addWidget(self.test_address, 1)
        test_row.addWidget(self.test_button)
        test.add("to_address", self.tr("Send to"), test_box)
        test.fields["to_address"] = self.test_address
        self.test_result = QLabel()
        self.test_result.setObjectName("testResult")
        self.test_result.setWordWrap(True)
        self.test_result.setVisible(False)
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.test_result)
        layout.addStretch(1)

    def _build_limits(self) -> None:
        layout, index = self._tab(self.tr("Security and limits"), self.tr("Screens sign out by themselves after the idle time, "
                                                         "so an unattended screen does not show patient data."))
        form = self._form(layout, index)
        self.kiosk_idle = form.add("kiosk_idle_seconds", self.tr("Kiosk idle sign-out"), _spin(30, 24 * 3600, self.tr(" seconds")))
        self.staff_idle = form.add("staff_idle_seconds", self.tr("Staff and doctor idle sign-out"),
                                   _spin(30, 24 * 3600, self.tr(" seconds")))
        self.record_limit = form.add("record_max_bytes", self.tr("Largest medical record upload"), _spin(1, 500, " MB"))
        self.chart_access = form.add("chart_access_days", self.tr("Doctors keep chart access after the last visit"),
                                     _spin(0, 36500, self.tr(" days")))
        self.chart_access.setSpecialValueText(self.tr("Always"))
        self.check_in_opens = form.add("check_in_opens_minutes", self.tr("Check-in opens before the appointment"),
                                       _spin(5, 720, self.tr(" minutes")))
        layout.addStretch(1)

    # --- loading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        if self._loaded:
            return
        self._loaded = True
        self.reload()

    def reload(self) -> None:
        db = self.ctx.db
        run_task(lambda: (clinic_settings.get_settings(db), clinic_settings.timezones()),
                 on_result=lambda loaded: self.load(*loaded), on_error=lambda e: show_error(self, e), context=self)

    def load(self, s: ClinicSettingsView, timezones: list[str] | None = None) -> None:
        if not self.timezone.count():
            self.timezone.addItems(timezones if timezones is not None else clinic_settings.timezones())
        self.version = s.version
        self.clinic_name.setText(s.clinic_name)
        self.address.setPlainText(s.address)
        self.phone.setText(s.phone)
        self.email.setText(s.email)
        self.gstin.setText(s.gstin)
        self.state.setCurrentIndex(max(self.state.findData(s.state), 0))
        self.timezone.setCurrentText(s.timezone)
        self.set_logo(s.logo_png)
        for key, edit in self.money.items():
            edit.setText(str(getattr(s, key)))
        for key, edit in self.rates.items():
            edit.setText(f"{getattr(s, key).normalize():f}")
        self._show_treatment()
        self.prices_include_gst.setChecked(s.prices_include_gst)
        self.round_off.setChecked(s.round_off_to_rupee)
        self.bilingual.setChecked(s.bilingual_documents)
        self.receipt_prefix.setText(s.receipt_prefix)
        self.smtp_host.setText(s.smtp_host)
        self.smtp_port.setValue(s.smtp_port)
        self.smtp_security.setCurrentIndex(max(self.smtp_security.findData(s.smtp_security), 0))
        self.smtp_username.setText(s.smtp_username)
        self.smtp_password.clear()
        self.smtp_sender_name.setText(s.smtp_sender_name)
        self.smtp_sender_address.setText(s.smtp_sender_address)
        self.smtp_ca_file.setText(s.smtp_ca_file)
        self.kiosk_idle.setValue(s.kiosk_idle_seconds)
        self.staff_idle.setValue(s.staff_idle_seconds)
        self.record_limit.setValue(max(1, round(s.record_max_bytes / MB)))
        self.chart_access.setValue(s.chart_access_days)
        self.check_in_opens.setValue(s.check_in_opens_minutes)
        if not self.test_address.text() and self.ctx.actor is not None:
            self.test_address.setText(self.ctx.actor.email)
        for form in self.forms:
            form.clear_errors()

    def set_logo(self, png: bytes | None) -> None:
        self.logo_png = png
        if png:
            pixmap = QPixmap()
            pixmap.loadFromData(png)
            self.logo_preview.setPixmap(pixmap.scaled(116, 60, Qt.AspectRatioMode.KeepAspectRatio,
                                                      Qt.TransformationMode.SmoothTransformation))
        else:
            self.logo_preview.clear()
            self.logo_preview.setText(self.tr("No logo"))

    def choose_logo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the clinic's logo"), str(Path.home()),
                                              self.tr("Images (*.png *.jpg *.jpeg)"))
        if name:
            self.load_logo_file(Path(name))

    def load_logo_file(self, path: Path) -> None:
        self._clear_error("logo_png")
        try:
            data = path.read_bytes()
            png = doctors.normalise_photo(data, max_side=400)
        except OSError as exc:
            self._show(ValidationError("logo_png", self.tr("The file could not be read: {value}.").format(value=exc.strerror or exc)))
            return
        except ValidationError as exc:
            self._show(ValidationError("logo_png", exc.message.replace("photo", "logo")))
            return
        self.set_logo(png)

    def _choose_ca(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("CA certificate"), str(Path.home()),
                                              self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"))
        if name:
            self.smtp_ca_file.setText(name)

    # --- saving --------------------------------------------------------------------------------

    def _treatment_chosen(self) -> None:
        key = self.gst_treatment.currentData()
        if key in clinic_settings.CONSULTATION_GST_TREATMENTS:
            self.rates["gst_consultation_rate"].setText(f"{clinic_settings.CONSULTATION_GST_TREATMENTS[key]:f}")

    def _show_treatment(self) -> None:
        try:
            rate = Decimal(self.rates["gst_consultation_rate"].text().strip())
        except ArithmeticError:
            key = None
        else:
            key = clinic_settings.consultation_gst_treatment(rate)
        self.gst_treatment.setCurrentIndex(max(self.gst_treatment.findData(key), 0) if key else
                                           self.gst_treatment.count() - 1)

    def changes(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "clinic_name": self.clinic_name.text(), "address": self.address.toPlainText(),
            "phone": self.phone.text(), "email": self.email.text(), "gstin": self.gstin.text(),
            "state": self.state.currentData(), "timezone": self.timezone.currentText().strip(),
            "logo_png": self.logo_png,
            "prices_include_gst": self.prices_include_gst.isChecked(),
            "round_off_to_rupee": self.round_off.isChecked(), "receipt_prefix": self.receipt_prefix.text(),
            "bilingual_documents": self.bilingual.isChecked(),
            "smtp_host": self.smtp_host.text(), "smtp_port": self.smtp_port.value(),
            "smtp_security": self.smtp_security.currentData(), "smtp_username": self.smtp_username.text(),
            "smtp_sender_name": self.smtp_sender_name.text(),
            "smtp_sender_address": self.smtp_sender_address.text(), "smtp_ca_file": self.smtp_ca_file.text(),
            "kiosk_idle_seconds": self.kiosk_idle.value(), "staff_idle_seconds": self.staff_idle.value(),
            "record_max_bytes": self.record_limit.value() * MB,
            "chart_access_days": self.chart_access.value(), "check_in_opens_minutes": self.check_in_opens.value(),
        }
        values.update({k: e.text() for k, e in self.money.items()})
        values.update({k: e.text() for k, e in self.rates.items()})
        return values

    def save(self) -> None:
        for form in self.forms:
            form.clear_errors()
        self.saved_label.setVisible(False)
        db, actor = self.ctx.db, self.ctx.actor
        assert actor is not None
        changes, version = self.changes(), self.version
        password = self.smtp_password.text()
        user, host = self.smtp_username.text().strip(), self.smtp_host.text().strip()

        def work() -> ClinicSettingsView:
            if password and (not user or not host):
                raise ValidationError("smtp_password", self.tr("Enter the SMTP server and user name with the password."))
            view = clinic_settings.update_settings(db, actor=actor, changes=changes, expected_version=version)
            if password:
                mail_admin.save_smtp_password(db, actor=actor, username=user, host=host, password=password)
            return view

        self.save_button.setEnabled(False)
        run_task(work, on_result=self._saved, on_error=self._failed, context=self)

    def _saved(self, view: ClinicSettingsView) -> None:
        self.save_button.setEnabled(True)
        if self.ctx.settings is not None:
            self.ctx.settings = view  # pages opened from now on in this session use the new settings
        self.load(view)
        self.saved_label.setText(self.tr("Settings saved."))
        self.saved_label.setVisible(True)

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationError) and self._show(exc):
            return
        show_error(self, exc)

    def _form_of(self, field: str) -> FieldForm | None:
        return next((f for f in self.forms if field in f.errors), None)

    def _show(self, exc: ValidationError) -> bool:
        form = self._form_of(exc.field)
        if form is None:
            return False
        self.tabs.setCurrentIndex(self._tab_of[id(form)])
        return form.show_validation(exc)

    def _clear_error(self, field: str) -> None:
        form = self._form_of(field)
        if form is not None:
            form.errors[field].setVisible(False)

    def error_text(self, field: str) -> str:
        form = self._form_of(field)
        return form.error_text(field) if form else ""

    # --- test e-mail ---------------------------------------------------------------------------

    def send_test(self) -> None:
        self._clear_error("to_address")
        self.test_result.setVisible(False)
        db, actor = self.ctx.db, self.ctx.actor
        assert actor is not None
        to = self.test_address.text()
        draft = mail_admin.SmtpDraft(
            host=self.smtp_host.text().strip(), port=self.smtp_port.value(),
            security=self.smtp_security.currentData(), username=self.smtp_username.text().strip(),
            password=self.smtp_password.text(), sender_name=self.smtp_sender_name.text().strip(),
            sender_address=self.smtp_sender_address.text().strip(),
            ca_file=self.smtp_ca_file.text().strip() or None,
        )

        def work() -> str:
            return mail_admin.send_test_email(db, actor=actor, to_address=to, draft=draft)

        self.test_button.setEnabled(False)
        self.test_button.setText(self.tr("Sending…"))
        run_task(work, on_result=self._test_ok, on_error=self._test_failed, context=self)

    def _test_done(self) -> None:
        self.test_button.setEnabled(True)
        self.test_button.setText(self.tr("Send test e-mail"))

    def _test_ok(self, message: str) -> None:
        self._test_done()
        self.test_result.setProperty("role", "success")
        reserve_message_space(self.test_result)
        self.test_result.setText(message)
        self._restyle(self.test_result)
        self.test_result.setVisible(True)

    def _test_failed(self, exc: BaseException) -> None:
        self._test_done()
        if isinstance(exc, ValidationError) and self._show(exc):
            return
        text = getattr(exc, "message", None)
        if text is None:
            show_error(self, exc)
            return
        self.test_result.setProperty("role", "banner")
        self.test_result.setText(self.tr("The test e-mail was not sent: {text}").format(text=text))
        self._restyle(self.test_result)
        self.test_result.setVisible(True)

    @staticmethod
    def _restyle(widget: QWidget) -> None:
        widget.style().unpolish(widget)
        widget.style().polish(widget)
