"""Doctor registration (and the profile form the doctor edits later)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from medlink.errors import MedLinkError, ValidationError
from medlink.services import doctors
from medlink.services.actor import Actor
from medlink.services.doctors import SPECIALITIES, DoctorForm, DoctorProfile
from medlink.ui.labels import speciality_label
from medlink.ui.context import AppContext
from medlink.ui.errors import show_error
from medlink.ui.tasks import run_task
from medlink.ui.widgets import FieldForm, heading, fit_to_screen


def _text_box(placeholder: str, height: int = 64) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    return box


class DoctorFormWidget(FieldForm):
    """Every field of :class:`DoctorForm`, with an error label under each."""

    def __init__(self, parent: QWidget | None = None, *, with_password: bool = False) -> None:
        super().__init__(parent)
        self.photo_bytes: bytes | None = None
        self.full_name: QLineEdit = self.add("full_name", self.tr("Full name"), QLineEdit())
        self.full_name.setPlaceholderText(self.tr("Dr. Firstname Lastname"))
        self.email: QLineEdit = self.add("email", self.tr("E-mail address"), QLineEdit())
        self.email.setPlaceholderText(self.tr("you@example.com"))
        self.phone: QLineEdit = self.add("phone", self.tr("Mobile number"), QLineEdit())
        self.phone.setPlaceholderText(self.tr("10-digit mobile, e.g. 98450 12345"))
        self.registration: QLineEdit = self.add("registration_number", self.tr("Medical registration no."),
                                                QLineEdit())
        self.registration.setPlaceholderText(self.tr("e.g. KMC-48211 (State Medical Council / NMC)"))
        self.qualifications: QPlainTextEdit = self.add(
            "qualifications", self.tr("Qualifications / education"),
            _text_box(self.tr("e.g. MBBS (Bangalore Medical College, 2008); MD General Medicine (2012)")))
        self.speciality: QComboBox = self.add("speciality", self.tr("Speciality"), QComboBox())
        self.speciality.addItem(self.tr("Choose a speciality…"), "")
        for name in SPECIALITIES:
            self.speciality.addItem(speciality_label(name), name)
        self.years: QSpinBox = self.add("years_experience", self.tr("Years of experience"), QSpinBox())
        self.years.setRange(0, 70)
        self.years.setSuffix(self.tr(" years"))
        self.hospital_name: QLineEdit = self.add("hospital_name", self.tr("Hospital / clinic"), QLineEdit())
        self.hospital_address: QPlainTextEdit = self.add("hospital_address", self.tr("Hospital address"),
                                                         _text_box(self.tr("Street, area, city, PIN code"), 56))
        self.languages: QLineEdit = self.add("languages", self.tr("Languages spoken"), QLineEdit())
        self.languages.setPlaceholderText(self.tr("e.g. English, Hindi, Kannada"))
        self.bio: QPlainTextEdit = self.add("bio", self.tr("Short bio"), _text_box(self.tr("A few lines patients will see"), 72))

        photo_row = QWidget()
        row = QHBoxLayout(photo_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.photo_preview = QLabel(self.tr("No photo"))
        self.photo_preview.setObjectName("photoPreview")
        self.photo_preview.setFixedSize(72, 72)
        self.photo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo_preview.setStyleSheet("border: 1px dashed #BCCCDC; border-radius: 6px; color: #627D98;"
                                         " font-size: 8.5pt; background: white;")
        row.addWidget(self.photo_preview)
        self.photo_button = QPushButton(self.tr("Choose photo…"))
        self.photo_button.setObjectName("choosePhoto")
        self.photo_button.clicked.connect(self.choose_photo)
        row.addWidget(self.photo_button)
        self.photo_clear = QPushButton(self.tr("Remove"))
        self.photo_clear.setProperty("role", "link")
        self.photo_clear.clicked.connect(lambda: self.set_photo(None))
        self.photo_clear.setVisible(False)
        row.addWidget(self.photo_clear)
        row.addStretch(1)
        self.add("photo", self.tr("Photo (optional)"), photo_row)

        self.password: QLineEdit | None = None
        self.repeat: QLineEdit | None = None
        if with_password:
            self.password = self.add("password", self.tr("Password"), QLineEdit())
            self.repeat = self.add("repeat_password", self.tr("Repeat password"), QLineEdit())
            for edit in (self.password, self.repeat):
                edit.setEchoMode(QLineEdit.EchoMode.Password)
            self.password.setPlaceholderText(self.tr("At least 10 characters"))

    # --- photo ---------------------------------------------------------------------------
    def choose_photo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose your photo"), str(Path.home()),
                                              self.tr("Images (*.png *.jpg *.jpeg)"))
        if name:
            self.load_photo(Path(name))

    def load_photo(self, path: Path) -> bool:
        self.errors["photo"].setVisible(False)
        try:
            data = path.read_bytes()
            small = doctors.normalise_photo(data)
        except OSError as exc:
            self.show_validation(ValidationError("photo", self.tr("The file could not be read: {value}.").format(value=exc.strerror or exc)))
            return False
        except ValidationError as exc:
            self.show_validation(exc)
            return False
        self.set_photo(small, original=data)
        return True

    def set_photo(self, png: bytes | None, *, original: bytes | None = None) -> None:
        self.photo_bytes = original if original is not None else png
        if png is None:
            self.photo_preview.setPixmap(QPixmap())
            self.photo_preview.setText(self.tr("No photo"))
            self.photo_clear.setVisible(False)
            return
        pixmap = QPixmap()
        pixmap.loadFromData(png)
        self.photo_preview.setPixmap(pixmap.scaled(70, 70, Qt.AspectRatioMode.KeepAspectRatio,
                                                   Qt.TransformationMode.SmoothTransformation))
        self.photo_clear.setVisible(True)

    # --- values --------------------------------------------------------------------------
    def form_values(self) -> DoctorForm:
        return DoctorForm(
            full_name=self.full_name.text(), email=self.email.text(), phone=self.phone.text(),
            registration_number=self.registration.text(), qualifications=self.qualifications.toPlainText(),
            speciality=self.speciality.currentData() or "", years_experience=self.years.value(),
            hospital_name=self.hospital_name.text(), hospital_address=self.hospital_address.toPlainText(),
            languages=self.languages.text(), bio=self.bio.toPlainText(), photo=self.photo_bytes,
        )

    def load_profile(self, profile: DoctorProfile) -> None:
        self.full_name.setText(profile.full_name)
        self.email.setText(profile.email)
        self.phone.setText(profile.phone or "")
        self.registration.setText(profile.registration_number)
        self.qualifications.setPlainText(profile.qualifications)
        index = self.speciality.findData(profile.speciality)
        self.speciality.setCurrentIndex(max(index, 0))
        self.years.setValue(profile.years_experience)
        self.hospital_name.setText(profile.hospital_name or "")
        self.hospital_address.setPlainText(profile.hospital_address or "")
        self.languages.setText(profile.languages or "")
        self.bio.setPlainText(profile.bio or "")
        self.photo_bytes = None  # unchanged unless a new one is chosen
        if profile.photo_png:
            pixmap = QPixmap()
            pixmap.loadFromData(profile.photo_png)
            self.photo_preview.setPixmap(pixmap.scaled(70, 70, Qt.AspectRatioMode.KeepAspectRatio,
                                                       Qt.TransformationMode.SmoothTransformation))


class DoctorSignUpDialog(QDialog):
    """A doctor registers; the account waits for the administrator's verification."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.actor: Actor | None = None
        self.setObjectName("doctorSignUpDialog")
        self.setWindowTitle(self.tr("Register as a doctor"))
        fit_to_screen(self, (720, 760))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 16)
        outer.addWidget(heading(self.tr("Register as a doctor")))
        intro = QLabel(self.tr("Fill in your professional details. The clinic's administrator checks your medical "
                       "registration before you can see patients in MedLink; you will get an e-mail when that is done."))
        intro.setWordWrap(True)
        intro.setProperty("role", "muted")
        outer.addWidget(intro)
        self.form = DoctorFormWidget(with_password=True)
        self.form.form.setContentsMargins(4, 8, 16, 8)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        from medlink.ui.doctor.common import transparent_scroll

        transparent_scroll(scroll)
        scroll.setWidget(self.form)
        outer.addWidget(scroll, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons.addWidget(cancel)
        self.submit = QPushButton(self.tr("Register"))
        self.submit.setObjectName("register")
        self.submit.setProperty("role", "primary")
        self.submit.setDefault(True)
        self.submit.clicked.connect(self.register)
        buttons.addWidget(self.submit)
        outer.addLayout(buttons)
        self.form.full_name.setFocus()

    def register(self) -> None:
        self.form.clear_errors()
        assert self.form.password is not None and self.form.repeat is not None
        password, repeat = self.form.password.text(), self.form.repeat.text()
        if not password:
            self.form.show_validation(ValidationError("password", self.tr("Choose a password.")))
            return
        if password != repeat:
            self.form.show_validation(ValidationError("repeat_password", self.tr("The two passwords are different.")))
            return
        values = self.form.form_values()
        db = self.ctx.db
        self.submit.setEnabled(False)
        run_task(lambda: doctors.sign_up_doctor(db, form=values, password=password),
                 on_result=self._registered, on_error=self._failed, context=self)

    def _registered(self, actor: Actor) -> None:
        self.submit.setEnabled(True)
        self.actor = actor
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.submit.setEnabled(True)
        if isinstance(exc, ValidationError) and self.form.show_validation(exc):
            return
        if isinstance(exc, MedLinkError):
            show_error(self, exc)
            return
        show_error(self, exc)
