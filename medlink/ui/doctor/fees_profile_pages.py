"""The doctor's default fees and their own profile."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from medlink.errors import ValidationError
from medlink.services import doctors
from medlink.services.actor import Actor
from medlink.services.doctors import DoctorProfile, FeeSchedule
from medlink.ui.context import AppContext
from medlink.ui.doctor.common import muted, set_role, transparent_scroll
from medlink.ui.doctor.sign_up import DoctorFormWidget
from medlink.ui.errors import show_error
from medlink.ui.tasks import run_task
from medlink.ui.widgets import FieldForm, card, heading

FEE_FIELDS = (("consultation", "Consultation"), ("lab_test", "Lab tests"), ("medication", "Medication"),
              ("other", "Other charges"))


class FeesPage(QWidget):
    def __init__(self, ctx: AppContext, actor: Actor) -> None:
        super().__init__()
        self.ctx, self.actor = ctx, actor
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(heading("Fees"))
        layout.addWidget(muted("Your default charges. A new bill starts from these lines; you can change any line "
                               "on the bill itself. Amounts are in rupees, before GST (the clinic's GST settings apply)."))
        self.state = QLabel()
        self.state.setObjectName("feesState")
        self.state.setWordWrap(True)
        layout.addWidget(self.state)
        box = card()
        box.setMaximumWidth(560)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(18, 16, 18, 16)
        self.form = FieldForm()
        self.edits: dict[str, QLineEdit] = {}
        for name, label in FEE_FIELDS:
            edit = QLineEdit()
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.setPlaceholderText("0.00")
            edit.returnPressed.connect(self.save)
            self.edits[name] = self.form.add(name, f"{label} (₹)", edit)
        inner.addWidget(self.form)
        row = QHBoxLayout()
        row.addStretch(1)
        self.saved = QLabel()
        self.saved.setProperty("role", "muted")
        row.addWidget(self.saved)
        self.save_button = QPushButton("Save fees")
        self.save_button.setObjectName("saveFees")
        self.save_button.setProperty("role", "primary")
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.save_button)
        inner.addLayout(row)
        layout.addWidget(box)
        layout.addStretch(1)

    def refresh(self) -> None:
        db, actor = self.ctx.db, self.actor
        run_task(lambda: doctors.doctor_profile(db, doctor_id=actor.doctor_id, actor=actor),  # type: ignore[arg-type]
                 on_result=lambda p: self.show_fees(p.fees), on_error=lambda e: show_error(self, e), context=self)

    def show_fees(self, fees: FeeSchedule) -> None:
        for name, _ in FEE_FIELDS:
            self.edits[name].setText(f"{getattr(fees, name):.2f}")
        if fees.is_clinic_default:
            self.state.setText("You have not set your own fees yet — these are the clinic's defaults. "
                               "Save them (changed or not) to make them yours.")
            set_role(self.state, "banner")
        else:
            self.state.setText("These are your own fees.")
            set_role(self.state, "muted")

    def save(self) -> None:
        self.form.clear_errors()
        self.saved.clear()
        values = {name: self.edits[name].text() for name, _ in FEE_FIELDS}
        db, actor = self.ctx.db, self.actor

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ValidationError) and self.form.show_validation(exc):
                return
            show_error(self, exc)

        def saved(fees: FeeSchedule) -> None:
            self.show_fees(fees)
            self.saved.setText("Saved ✓")

        run_task(lambda: doctors.set_fees(db, actor=actor, **values), on_result=saved, on_error=failed, context=self)


class ProfilePage(QWidget):
    def __init__(self, ctx: AppContext, actor: Actor) -> None:
        super().__init__()
        self.ctx, self.actor = ctx, actor
        self.password_dialog: QWidget | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(heading("My profile"))
        top.addStretch(1)
        change = QPushButton("Change password…")
        change.setObjectName("changePassword")
        change.clicked.connect(self.change_password)
        top.addWidget(change)
        outer.addLayout(top)
        outer.addWidget(muted("What patients see when they choose a doctor. Your e-mail address and registration "
                              "number were verified by the clinic and can only be changed by the administrator."))
        self.form = DoctorFormWidget()
        self.form.email.setReadOnly(True)
        self.form.registration.setReadOnly(True)
        for edit in (self.form.email, self.form.registration):
            edit.setStyleSheet("background: #F0F4F8; color: #486581;")
        self.form.form.setContentsMargins(4, 8, 16, 8)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        transparent_scroll(scroll)
        scroll.setWidget(self.form)
        outer.addWidget(scroll, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.saved = QLabel()
        self.saved.setObjectName("profileSaved")
        self.saved.setProperty("role", "muted")
        row.addWidget(self.saved)
        self.save_button = QPushButton("Save profile")
        self.save_button.setObjectName("saveProfile")
        self.save_button.setProperty("role", "primary")
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.save_button)
        outer.addLayout(row)

    def refresh(self) -> None:
        db, actor = self.ctx.db, self.actor
        run_task(lambda: doctors.doctor_profile(db, doctor_id=actor.doctor_id, actor=actor),  # type: ignore[arg-type]
                 on_result=self.form.load_profile, on_error=lambda e: show_error(self, e), context=self)

    def save(self) -> None:
        self.form.clear_errors()
        self.saved.clear()
        values = self.form.form_values()
        db, actor = self.ctx.db, self.actor

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ValidationError) and self.form.show_validation(exc):
                return
            show_error(self, exc)

        def saved(profile: DoctorProfile) -> None:
            self.form.load_profile(profile)
            self.saved.setText("Saved ✓")

        run_task(lambda: doctors.update_own_profile(db, actor=actor, form=values), on_result=saved, on_error=failed,
                 context=self)

    def change_password(self) -> None:
        from medlink.ui.password_dialog import ChangePasswordDialog

        dialog = ChangePasswordDialog(self.ctx, self)
        self.password_dialog = dialog
        dialog.open()
