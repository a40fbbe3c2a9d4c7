"""My family: the dependants this account manages (children, elderly parents), and adding one.

Each family member has their own record; the booking dialog offers them under
"Who is the appointment for?", and their bills and prescriptions are theirs.
"""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from medlink.formatting import format_date
from medlink.errors import ValidationError
from medlink.services import families
from medlink.services.families import RELATIONSHIPS, FamilyMember
from medlink.services.patients import PatientForm
from medlink.ui.context import AppContext
from medlink.ui.labels import GENDER_LABELS, RELATIONSHIP_LABELS
from medlink.ui.errors import show_error
from medlink.ui.staff.common import button, muted, row
from medlink.ui.table import Column, RowsModel, make_table
from medlink.ui.tasks import run_task
from medlink.ui.widgets import FieldForm, empty_state, heading
from medlink.validation import GENDERS, parse_typed_date


class AddFamilyMemberDialog(QDialog):
    def __init__(self, ctx: AppContext, tz: tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tz = tz
        self.added: FamilyMember | None = None
        self.setObjectName("addFamilyMemberDialog")
        self.setWindowTitle(self.tr("Add a family member"))
        layout = QVBoxLayout(self)
        layout.addWidget(muted(self.tr("Their own record, managed from your account. Phone and address are "
                                       "copied from yours when left empty.")))
        self.form = FieldForm()
        self.full_name = self.form.add("full_name", self.tr("&Full name"), QLineEdit())
        self.date_of_birth = self.form.add("date_of_birth", self.tr("&Date of birth"), QLineEdit())
        self.date_of_birth.setPlaceholderText(self.tr("day-month-year, e.g. 02-03-2019"))
        self.gender = self.form.add("gender", self.tr("&Gender"), QComboBox())
        self.gender.addItem(self.tr("Choose…"), None)
        for value in GENDERS:
            self.gender.addItem(GENDER_LABELS.get(value, value), value)
        self.relationship = self.form.add("relationship", self.tr("&Relationship to you"), QComboBox())
        self.relationship.addItem(self.tr("Choose…"), None)
        for value in RELATIONSHIPS:
            self.relationship.addItem(RELATIONSHIP_LABELS.get(value, value), value)
        self.phone = self.form.add("phone", self.tr("Mobile number (optional)"), QLineEdit())
        layout.addWidget(self.form)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("Add"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("addFamilyMember")
        self.save_button.setProperty("role", "primary")
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.full_name.setFocus()

    def save(self) -> None:
        self.form.clear_errors()
        try:
            dob = parse_typed_date(self.date_of_birth.text(), field="date_of_birth", label=self.tr("Date of birth"))
        except ValidationError as exc:
            self.form.show_validation(exc)
            return
        form = PatientForm(full_name=self.full_name.text(), date_of_birth=dob, gender=self.gender.currentData(),
                           phone=self.phone.text() or None)
        relationship = self.relationship.currentData()
        db, actor = self.ctx.db, self.ctx.actor
        assert actor is not None
        self.save_button.setEnabled(False)
        run_task(lambda: families.add_dependant(db, actor=actor, form=form, relationship=relationship),
                 on_result=self._saved, on_error=self._failed, context=self)

    def _saved(self, member: FamilyMember) -> None:
        self.added = member
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationError) and self.form.show_validation(exc):
            return
        show_error(self, exc)


class MyFamilyPage(QWidget):
    def __init__(self, ctx: AppContext, tz: tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tz = tz
        self.dialog: AddFamilyMemberDialog | None = None
        layout = QVBoxLayout(self)
        self.add_button = button(self.tr("&Add a family member…"), "primary", "openAddFamilyMember")
        self.add_button.clicked.connect(self.add_member)
        layout.addLayout(row(heading(self.tr("My family")), None, self.add_button))
        layout.addWidget(muted(self.tr("Book appointments, upload records and see bills for your children or "
                                       "parents from your own account.")))
        self.model: RowsModel[FamilyMember] = RowsModel([
            Column(self.tr("Name"), lambda m: m.full_name),
            Column(self.tr("Relationship"), lambda m: RELATIONSHIP_LABELS.get(m.relationship, m.relationship)),
            Column(self.tr("Date of birth"), lambda m: format_date(m.date_of_birth, "dd MMM y") if m.date_of_birth else "—"),
        ], self)
        self.table = make_table(self.model, "familyTable", stretch_column=0)
        self.table.setTabKeyNavigation(False)
        self.stack = QStackedWidget()
        self.empty = empty_state(self.tr("No family members yet. Add a child or a parent to book for them."))
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.table)
        layout.addWidget(self.stack, 1)

    def refresh(self) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        assert actor is not None
        run_task(lambda: families.my_family(db, actor=actor), on_result=self._loaded,
                 on_error=lambda e: show_error(self, e), context=self)

    def _loaded(self, members: list[FamilyMember]) -> None:
        self.model.set_rows(members)
        self.stack.setCurrentWidget(self.table if members else self.empty)

    def add_member(self) -> AddFamilyMemberDialog:
        self.dialog = AddFamilyMemberDialog(self.ctx, self.tz, self)
        self.dialog.accepted.connect(self.refresh)
        self.dialog.open()
        return self.dialog
