"""The doctor's default fees and their own profile."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from medlink.errors import ValidationError
from medlink.services import doctors, follow_up
from medlink.services.actor import Actor
from medlink.services.doctors import DoctorProfile, FeeSchedule
from medlink.ui import operations
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
        layout.addWidget(heading(self.tr("Fees")))
        layout.addWidget(muted(self.tr("Your default charges. A new bill starts from these lines; you can change any line "
                               "on the bill itself. Amounts are in rupees, before GST (the clinic's GST settings apply).")))
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
        self.save_button = QPushButton(self.tr("Save fees"))
        self.save_button.setObjectName("saveFees")
        self.save_button.setProperty("role", "primary")
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.save_button)
        inner.addLayout(row)
        layout.addWidget(box)
        layout.addWidget(self._follow_up_card())
        layout.addStretch(1)

    def _follow_up_card(self) -> QFrame:
        """The doctor's free follow-up rule ("free within N days, up to M visits"), applied in the bill."""
        box = card()
        box.setObjectName("followUpCard")
        box.setMaximumWidth(560)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(18, 16, 18, 16)
        inner.addWidget(heading(self.tr("Free follow-up visits"), 2))
        inner.addWidget(muted(self.tr("A return visit within the period after a paid consultation is billed at "
                                      "no charge, and the receipt says so.")))
        self.follow_up_enabled = QCheckBox(self.tr("&Offer free follow-ups"))
        self.follow_up_enabled.setObjectName("followUpEnabled")
        inner.addWidget(self.follow_up_enabled)
        self.follow_up_form = FieldForm()
        self.follow_up_days = QSpinBox()
        self.follow_up_days.setObjectName("followUpDays")
        self.follow_up_days.setRange(1, follow_up.MAX_DAYS)
        self.follow_up_days.setValue(7)
        self.follow_up_days.setSuffix(self.tr(" days"))
        self.follow_up_visits = QSpinBox()
        self.follow_up_visits.setObjectName("followUpVisits")
        self.follow_up_visits.setRange(1, follow_up.MAX_VISITS)
        self.follow_up_visits.setSuffix(self.tr(" visit(s)"))
        self.follow_up_form.add("follow_up_free_days", self.tr("Within"), self.follow_up_days)
        self.follow_up_form.add("follow_up_free_visits", self.tr("Up to"), self.follow_up_visits)
        inner.addWidget(self.follow_up_form)
        self.follow_up_enabled.toggled.connect(self._follow_up_toggled)
        self._follow_up_toggled(False)
        row = QHBoxLayout()
        row.addStretch(1)
        self.follow_up_saved = QLabel()
        self.follow_up_saved.setProperty("role", "muted")
        row.addWidget(self.follow_up_saved)
        self.follow_up_button = QPushButton(self.tr("Save &rule"))
        self.follow_up_button.setObjectName("saveFollowUp")
        self.follow_up_button.clicked.connect(self.save_follow_up)
        row.addWidget(self.follow_up_button)
        inner.addLayout(row)
        return box

    def _follow_up_toggled(self, on: bool) -> None:
        self.follow_up_days.setEnabled(on)
        self.follow_up_visits.setEnabled(on)

    def show_follow_up(self, rule: follow_up.FollowUpRule) -> None:
        self.follow_up_enabled.setChecked(rule.active)
        if rule.free_days:
            self.follow_up_days.setValue(rule.free_days)
        self.follow_up_visits.setValue(rule.free_visits)

    def save_follow_up(self) -> None:
        self.follow_up_form.clear_errors()
        self.follow_up_saved.clear()
        db, actor = self.ctx.db, self.actor
        days = self.follow_up_days.value() if self.follow_up_enabled.isChecked() else None
        visits = self.follow_up_visits.value()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ValidationError) and self.follow_up_form.show_validation(exc):
                return
            show_error(self, exc)

        def saved(rule: follow_up.FollowUpRule) -> None:
            self.show_follow_up(rule)
            self.follow_up_saved.setText(self.tr("Saved ✓"))

        operations.command(self, lambda: follow_up.set_follow_up_rule(db, actor=actor, free_days=days,
                                                                      free_visits=visits),
                           saved, busy=self.follow_up_button, on_error=failed)

    def refresh(self) -> None:
        db, actor, doctor_id = self.ctx.db, self.actor, self.actor.doctor_id
        assert doctor_id is not None  # the page exists only for a doctor
        run_task(lambda: doctors.doctor_profile(db, doctor_id=doctor_id, actor=actor),
                 on_result=lambda p: self.show_fees(p.fees), on_error=lambda e: show_error(self, e), context=self)
        run_task(lambda: follow_up.follow_up_rule(db, doctor_id=doctor_id),
                 on_result=self.show_follow_up, on_error=lambda e: show_error(self, e), context=self)

    def show_fees(self, fees: FeeSchedule) -> None:
        for name, _ in FEE_FIELDS:
            self.edits[name].setText(f"{getattr(fees, name):.2f}")
        if fees.is_clinic_default:
            self.state.setText(self.tr("You have not set your own fees yet — these are the clinic's defaults. "
                               "Save them (changed or not) to make them yours."))
            set_role(self.state, "banner")
        else:
            self.state.setText(self.tr("These are your own fees."))
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
            self.saved.setText(self.tr("Saved ✓"))

        run_task(lambda: doctors.set_fees(db, actor=actor, **values), on_result=saved, on_error=failed, context=self)


class ProfilePage(QWidget):
    def __init__(self, ctx: AppContext, actor: Actor) -> None:
        super().__init__()
        self.ctx, self.actor = ctx, actor
        self.password_dialog: QWidget | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("My profile")))
        top.addStretch(1)
        change = QPushButton(self.tr("Change password…"))
        change.setObjectName("changePassword")
        change.clicked.connect(self.change_password)
        top.addWidget(change)
        outer.addLayout(top)
        outer.addWidget(muted(self.tr("What patients see when they choose a doctor. Your e-mail address and registration "
                              "number were verified by the clinic and can only be changed by the administrator.")))
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
        self.save_button = QPushButton(self.tr("Save profile"))
        self.save_button.setObjectName("saveProfile")
        self.save_button.setProperty("role", "primary")
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.save_button)
        outer.addLayout(row)

    def refresh(self) -> None:
        db, actor, doctor_id = self.ctx.db, self.actor, self.actor.doctor_id
        assert doctor_id is not None  # the page exists only for a doctor
        run_task(lambda: doctors.doctor_profile(db, doctor_id=doctor_id, actor=actor),
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
            self.saved.setText(self.tr("Saved ✓"))

        run_task(lambda: doctors.update_own_profile(db, actor=actor, form=values), on_result=saved, on_error=failed,
                 context=self)

    def change_password(self) -> None:
        from medlink.ui.password_dialog import ChangePasswordDialog

        dialog = ChangePasswordDialog(self.ctx, self)
        self.password_dialog = dialog
        dialog.open()
