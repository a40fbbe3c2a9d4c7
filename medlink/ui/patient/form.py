"""The patient's details form, shared by sign-up and "My profile".

Fields are arranged in sections (each a FieldForm with error labels under
every field).  Leaving a field runs the matching validator from
``medlink.validation`` and shows its sentence at once; the service
call on Save validates everything again.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from medlink.errors import ValidationError
from medlink.i18n import current_language
from medlink.services.clinic_settings import INDIAN_STATES
from medlink.services.languages import available_languages
from medlink.services.patients import PatientForm, PatientView
from medlink.validation import (
    BLOOD_GROUPS,
    GENDERS,
    clean_text,
    validate_choice,
    parse_typed_date,
    validate_date_of_birth,
    validate_email,
    validate_name,
    validate_phone,
)
from medlink.ui.labels import GENDER_LABELS
from medlink.ui.widgets import FieldForm, heading

STATES = INDIAN_STATES + ("Outside India",)


class _FocusOut(QObject):
    """Calls ``callback`` when a widget without editingFinished (text areas, combos) loses focus."""

    def __init__(self, callback: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self.callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.callback()
        return False


def _combo(items: tuple[str, ...], placeholder: str, labels: Mapping[str, str] | None = None) -> QComboBox:
    combo = QComboBox()
    combo.addItem(placeholder, "")
    for item in items:
        combo.addItem(labels.get(item, item) if labels else item, item)
    return combo


def _area(placeholder: str, height: int = 64) -> QPlainTextEdit:
    area = QPlainTextEdit()
    area.setPlaceholderText(placeholder)
    area.setTabChangesFocus(True)
    area.setFixedHeight(height)
    return area


class PatientFields(QWidget):
    """Every field of PatientForm, in two columns, with per-field messages."""

    def __init__(self, *, today: date, email_required: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.email_required = email_required
        self.sections: list[FieldForm] = []
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(28)
        grid.setVerticalSpacing(6)

        about = self._section(grid, 0, 0, self.tr("About you"))
        self.full_name = about.add("full_name", self.tr("Full name"), QLineEdit())
        self.full_name.setPlaceholderText(self.tr("As on your ID, e.g. Priya Sharma"))
        # Typed day-month-year (15-08-1985, 15/8/1985 or 15.08.1985): faster than any calendar for a
        # birthday decades ago, and Tab leaves it like any text field.
        self.date_of_birth = about.add("date_of_birth", self.tr("Date of birth"), QLineEdit())
        self.date_of_birth.setPlaceholderText(self.tr("DD-MM-YYYY, e.g. 15-08-1985"))
        self.date_of_birth.setMaxLength(10)
        self.date_of_birth.setInputMethodHints(Qt.InputMethodHint.ImhPreferNumbers)
        self.gender = about.add("gender", self.tr("Gender"), _combo(GENDERS, self.tr("Choose…"), GENDER_LABELS))
        self.phone = about.add("phone", self.tr("Mobile number"), QLineEdit())
        self.phone.setPlaceholderText("98765 43210")
        self.phone.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self.email = about.add("email", self.tr("E-mail address"), QLineEdit())
        self.email.setPlaceholderText(self.tr("you@example.com") if email_required else self.tr("optional"))
        self.email.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)
        self.address = about.add("address", self.tr("Address"), _area(self.tr("House, street, area, city, PIN code")))
        self.state = about.add("state", self.tr("State"), _combo(STATES, self.tr("Choose…")))
        # E-mails, reminders and printed documents for this patient come in this language.
        self.preferred_language = about.add("preferred_language", self.tr("Preferred language"), QComboBox())
        for option in available_languages():
            self.preferred_language.addItem(option.name, option.code)
        _select(self.preferred_language, current_language())  # a new patient: the language they use here
        self.preferred_language.setToolTip(self.tr("E-mails, reminders and printed documents use this language."))

        health = self._section(grid, 0, 1, self.tr("Health and emergency contact"))
        self.blood_group = health.add("blood_group", self.tr("Blood group"), _combo(BLOOD_GROUPS, self.tr("Not known")))
        self.allergies = health.add("allergies", self.tr("Allergies"), _area(self.tr("e.g. penicillin, peanuts — or leave empty")))
        self.medical_history = health.add("medical_history", self.tr("Known conditions"),
                                          _area(self.tr("e.g. diabetes since 2015, asthma"), 84))
        self.emergency_contact_name = health.add("emergency_contact_name", self.tr("Emergency contact"), QLineEdit())
        self.emergency_contact_name.setPlaceholderText(self.tr("Name and relation, e.g. Anil (husband)"))
        self.emergency_contact_phone = health.add("emergency_contact_phone", self.tr("Their phone"), QLineEdit())
        self.emergency_contact_phone.setPlaceholderText("98765 43210")
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        self._validators: dict[str, Callable[[], object]] = {
            "full_name": lambda: validate_name(self.full_name.text()),
            "date_of_birth": lambda: validate_date_of_birth(
                parse_typed_date(self.date_of_birth.text(), field="date_of_birth", label=self.tr("Date of birth"),
                                 required=False), today=self.today),
            "gender": lambda: validate_choice(self.gender.currentData(), GENDERS, field="gender", label=self.tr("Gender"),
                                              required=True),
            "phone": lambda: validate_phone(self.phone.text()),
            "email": lambda: validate_email(self.email.text(), required=self.email_required),
            "address": lambda: clean_text(self.address.toPlainText(), field="address", label=self.tr("Address"),
                                          max_length=500, multiline=True, required=True),
            "state": lambda: validate_choice(self.state.currentData(), STATES, field="state", label=self.tr("State")),
            "allergies": lambda: clean_text(self.allergies.toPlainText(), field="allergies", label=self.tr("Allergies"),
                                            max_length=2000, multiline=True),
            "medical_history": lambda: clean_text(self.medical_history.toPlainText(), field="medical_history",
                                                  label=self.tr("Known conditions / medical history"), max_length=5000,
                                                  multiline=True),
            "emergency_contact_name": lambda: clean_text(self.emergency_contact_name.text(),
                                                         field="emergency_contact_name", label=self.tr("Emergency contact"),
                                                         max_length=120),
            "emergency_contact_phone": lambda: validate_phone(self.emergency_contact_phone.text(),
                                                              field="emergency_contact_phone", required=False,
                                                              label=self.tr("Emergency contact phone")),
        }
        for name, validator in self._validators.items():
            self.watch(name, validator)

    # --- sections and messages ---------------------------------------------------------------

    def _section(self, grid: QGridLayout, row: int, column: int, title: str) -> FieldForm:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(title, 2))
        form = FieldForm()
        form.form.setContentsMargins(0, 4, 0, 0)
        form.form.setVerticalSpacing(6)
        layout.addWidget(form)
        layout.addStretch(1)
        grid.addWidget(box, row, column, Qt.AlignmentFlag.AlignTop)
        self.sections.append(form)
        return form

    def add_section(self, grid_row: int, column: int, title: str) -> FieldForm:
        layout = self.layout()
        assert isinstance(layout, QGridLayout)
        return self._section(layout, grid_row, column, title)

    def form_for(self, name: str) -> FieldForm | None:
        for form in self.sections:
            if name in form.fields:
                return form
        return None

    def field(self, name: str) -> QWidget:
        form = self.form_for(name)
        assert form is not None, name
        return form.fields[name]

    def show_validation(self, exc: ValidationError) -> bool:
        form = self.form_for(exc.field)
        return form.show_validation(exc) if form else False

    def clear_errors(self) -> None:
        for form in self.sections:
            form.clear_errors()

    def clear_error(self, name: str) -> None:
        form = self.form_for(name)
        if form:
            form.errors[name].clear()
            form.errors[name].setVisible(False)

    def error_text(self, name: str) -> str:
        form = self.form_for(name)
        if form is None:
            return ""
        label = form.errors[name]
        return label.text() if not label.isHidden() else ""

    def watch(self, name: str, validator: Callable[[], object]) -> None:
        """Validate ``name`` as the user leaves it."""
        widget = self.field(name)

        def check() -> None:
            self.validate_field(name, validator)

        if isinstance(widget, (QLineEdit, QDateEdit)):
            widget.editingFinished.connect(check)
        elif isinstance(widget, QComboBox):
            widget.activated.connect(lambda _=0: check())
        else:
            widget.installEventFilter(_FocusOut(check, widget))

    def validate_field(self, name: str, validator: Callable[[], object] | None = None) -> bool:
        validator = validator or self._validators[name]
        try:
            validator()
        except ValidationError as exc:
            self.show_message(exc)
            return False
        self.clear_error(name)
        return True

    def show_message(self, exc: ValidationError) -> None:
        """Show the message without moving the focus (the user is on their way elsewhere)."""
        form = self.form_for(exc.field)
        if form is None:
            return
        form.errors[exc.field].setText(exc.message)
        form.errors[exc.field].setVisible(True)

    # --- values ------------------------------------------------------------------------------

    def dob_value(self) -> date | None:
        """The typed date of birth, or None when empty or not a date (the field's check says which)."""
        try:
            return parse_typed_date(self.date_of_birth.text(), field="date_of_birth", label=self.tr("Date of birth"),
                                    required=False)
        except ValidationError:
            return None

    def to_form(self) -> PatientForm:
        return PatientForm(
            full_name=self.full_name.text(), date_of_birth=self.dob_value(), gender=self.gender.currentData() or None,
            phone=self.phone.text(), email=self.email.text(), address=self.address.toPlainText(),
            state=self.state.currentData() or None, blood_group=self.blood_group.currentData() or None,
            allergies=self.allergies.toPlainText(), medical_history=self.medical_history.toPlainText(),
            emergency_contact_name=self.emergency_contact_name.text(),
            emergency_contact_phone=self.emergency_contact_phone.text(),
            preferred_language=self.preferred_language.currentData() or None,
        )

    def load(self, view: PatientView) -> None:
        self.full_name.setText(view.full_name)
        dob = view.date_of_birth
        self.date_of_birth.setText(f"{dob.day:02d}-{dob.month:02d}-{dob.year:04d}" if dob else "")
        _select(self.gender, view.gender)
        self.phone.setText(_pretty_phone(view.phone))
        self.email.setText(view.email or "")
        self.address.setPlainText(view.address or "")
        _select(self.state, view.state)
        _select(self.blood_group, view.blood_group)
        self.allergies.setPlainText(view.allergies or "")
        self.medical_history.setPlainText(view.medical_history or "")
        self.emergency_contact_name.setText(view.emergency_contact_name or "")
        self.emergency_contact_phone.setText(_pretty_phone(view.emergency_contact_phone))
        _select(self.preferred_language, view.preferred_language or "en")
        self.clear_errors()

    def clear(self) -> None:
        for edit in (self.full_name, self.date_of_birth, self.phone, self.email, self.emergency_contact_name,
                     self.emergency_contact_phone):
            edit.clear()
        for area in (self.address, self.allergies, self.medical_history):
            area.clear()
        for combo in (self.gender, self.state, self.blood_group, self.preferred_language):
            combo.setCurrentIndex(0)
        self.clear_errors()


def _select(combo: QComboBox, value: str | None) -> None:
    index = combo.findData(value or "")
    combo.setCurrentIndex(max(index, 0))


def _pretty_phone(phone: str | None) -> str:
    """+919876543210 → 98765 43210 (what people type); other numbers unchanged."""
    if not phone:
        return ""
    if phone.startswith("+91") and len(phone) == 13:
        return f"{phone[3:8]} {phone[8:]}"
    return phone


def section_label(text: str) -> QLabel:
    return heading(text, 2)
