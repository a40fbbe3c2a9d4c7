"""Administrator: user accounts — create staff, unlock, reset passwords, deactivate."""

from __future__ import annotations

import secrets

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from medlink.vocabulary import Role
from medlink.errors import ValidationError
from medlink.services import accounts
from medlink.services.accounts import UserSummary
from medlink.ui import operations, widgets
from medlink.ui.context import AppContext
from medlink.ui.errors import show_error
from medlink.ui.labels import ROLE_LABELS
from medlink.ui.staff.common import DOCTOR_STATUS_LABELS, button, muted, row
from medlink.ui.table import Column, RowsModel, make_table, selected_row
from medlink.ui.tasks import run_task
from medlink.ui.widgets import (
    FieldForm,
    connect_debounced,
    empty_state,
    format_when,
    heading,
    reserve_message_space,
)

_WORDS = ("mango", "river", "lotus", "tiger", "monsoon", "cedar", "pepper", "saffron", "harbour", "falcon",
          "marigold", "coral", "ember", "willow", "jasmine", "cobalt")


def suggest_password() -> str:
    """A temporary password that is easy to read out over the counter."""
    return f"{secrets.choice(_WORDS)}-{secrets.choice(_WORDS)}-{secrets.randbelow(900) + 100}"


def state_text(u: UserSummary) -> str:
    parts = [QCoreApplication.translate("UsersPage", "Active") if u.is_active
             else QCoreApplication.translate("UsersPage", "Deactivated")]
    if u.locked:
        parts.append(QCoreApplication.translate("UsersPage", "locked"))
    if u.must_change_password:
        parts.append(QCoreApplication.translate("UsersPage", "must change password"))
    if u.doctor_status and u.doctor_status != "verified":
        parts.append(DOCTOR_STATUS_LABELS.get(u.doctor_status, u.doctor_status).lower())
    return ", ".join(parts)


class _PasswordField(QWidget):
    def __init__(self) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(suggest_password())
        self.edit.setObjectName("temporaryPasswordEdit")
        regenerate = button(self.tr("New suggestion"), "link")
        regenerate.clicked.connect(lambda: self.edit.setText(suggest_password()))
        layout.addWidget(self.edit, 1)
        layout.addWidget(regenerate)
        self.setFocusProxy(self.edit)

    def text(self) -> str:
        return self.edit.text()


class CreateStaffDialog(QDialog):
    created = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("createStaffDialog")
        self.setWindowTitle(self.tr("New staff account"))
        self.resize(520, 0)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("New staff account"), 2))
        self.form = FieldForm()
        self.full_name = self.form.add("full_name", self.tr("Full name"), QLineEdit())
        self.email = self.form.add("email", self.tr("E-mail address"), QLineEdit())
        self.role = self.form.add("role", self.tr("Role"), QComboBox())
        self.role.addItem(self.tr("Front desk"), Role.STAFF.value)
        self.role.addItem(self.tr("Administrator"), Role.ADMIN.value)
        self.password = self.form.add("password", self.tr("Temporary password"), _PasswordField())
        layout.addWidget(self.form)
        layout.addWidget(muted(self.tr("Give the temporary password to the person; they choose their own at first sign-in.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(self.tr("Create account"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setProperty("role", "primary")
        self.save_button.setDefault(True)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save(self) -> None:
        self.form.clear_errors()
        db, actor = self.ctx.db, self.ctx.actor
        assert actor is not None
        email, password, name = self.email.text(), self.password.text(), self.full_name.text()
        role = Role(self.role.currentData())
        run_task(lambda: accounts.create_staff(db, actor=actor, email=email, password=password, full_name=name,
                                               role=role),
                 on_result=self._done, on_error=self._failed, context=self)

    def _done(self, user_id: int) -> None:
        self.created.emit(user_id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            field = "password" if "password" in exc.field else exc.field
            if self.form.show_validation(ValidationError(field, exc.message)):
                return
        show_error(self, exc)


class ResetPasswordDialog(QDialog):
    done_reset = Signal()

    def __init__(self, ctx: AppContext, user: UserSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.user = ctx, user
        self.setObjectName("resetPasswordDialog")
        self.setWindowTitle(self.tr("Reset password"))
        self.resize(520, 0)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Reset the password of {full_name}").format(full_name=user.full_name), 2))
        layout.addWidget(muted(self.tr("{email} must choose a new password at the next sign-in. The account is unlocked as well.").format(email=user.email)))
        self.form = FieldForm()
        self.password = self.form.add("temporary_password", self.tr("Temporary password"), _PasswordField())
        layout.addWidget(self.form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(self.tr("Reset password"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setProperty("role", "primary")
        self.save_button.setDefault(True)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save(self) -> None:
        self.form.clear_errors()
        db, actor = self.ctx.db, self.ctx.actor
        assert actor is not None
        password, user_id = self.password.text(), self.user.id
        run_task(lambda: accounts.reset_password(db, actor=actor, user_id=user_id, temporary_password=password),
                 on_result=lambda _r: self._done(), on_error=self._failed, context=self)

    def _done(self) -> None:
        self.done_reset.emit()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError) and self.form.show_validation(exc):
            return
        show_error(self, exc)


class UsersPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.tz = ctx.clinic_settings().tz
        self.dialog: QDialog | None = None
        self._latest = operations.Latest()
        operations.watch(self, {"user"}, self.refresh)  # reloads itself on changes, here or elsewhere
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        self.new_button = button(self.tr("New staff account"), "primary", "newStaffButton")
        self.new_button.clicked.connect(self.open_create)
        layout.addLayout(row(heading(self.tr("Users")), None, self.new_button))
        self.search = QLineEdit()
        self.search.setObjectName("userSearch")
        self.search.setPlaceholderText(self.tr("Filter by name or e-mail"))
        self.search.setClearButtonEnabled(True)
        self.role = QComboBox()
        self.role.setObjectName("userRole")
        self.role.addItem(self.tr("All roles"), None)
        for role in (Role.ADMIN, Role.STAFF, Role.DOCTOR, Role.PATIENT):
            self.role.addItem(ROLE_LABELS[role.value], role.value)
        layout.addLayout(row(self.search, QLabel(self.tr("Role")), self.role))
        self.model: RowsModel[UserSummary] = RowsModel([
            Column(self.tr("Name"), lambda u: u.full_name),
            Column(self.tr("E-mail"), lambda u: u.email),
            Column(self.tr("Role"), lambda u: ROLE_LABELS.get(u.role, u.role)),
            Column(self.tr("State"), state_text,
                   colour=lambda u: "#B42318" if (u.locked or not u.is_active) else None),
            Column(self.tr("Last sign-in"), lambda u: format_when(u.last_login_at, self.tz)),
        ], self)
        self.table = make_table(self.model, "userTable", stretch_column=1)
        self.stack = QStackedWidget()
        self.empty = empty_state(self.tr("No accounts match."))
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.table)
        layout.addWidget(self.stack, 1)
        self.message = QLabel()
        self.message.setObjectName("userMessage")
        self.message.setProperty("role", "success")
        reserve_message_space(self.message)
        self.message.setVisible(False)
        layout.addWidget(self.message)
        self.unlock_button = button(self.tr("Unlock"), name="unlockButton")
        self.reset_button = button(self.tr("Reset password…"), name="resetButton")
        self.active_button = button(self.tr("Deactivate…"), "danger", "activeButton")
        self.unlock_button.clicked.connect(self.unlock)
        self.reset_button.clicked.connect(self.open_reset)
        self.active_button.clicked.connect(self.toggle_active)
        layout.addLayout(row(None, self.unlock_button, self.reset_button, self.active_button))
        connect_debounced(self.search.textChanged, self.refresh, 250, self)
        self.role.currentIndexChanged.connect(lambda *_: self.refresh())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    def refresh(self) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        assert actor is not None
        text = self.search.text()
        role = Role(self.role.currentData()) if self.role.currentData() else None
        run_task(lambda: accounts.list_users(db, actor=actor, role=role, text=text),
                 on_result=self._latest.wrap(lambda rows: self._loaded(rows)), on_error=lambda e: show_error(self, e),
                 context=self)

    def _loaded(self, rows: list[UserSummary]) -> None:
        selected = self.selected()
        self.model.set_rows(rows)
        self.stack.setCurrentWidget(self.table if rows else self.empty)
        if selected is not None:
            for i, u in enumerate(rows):
                if u.id == selected.id:
                    self.table.selectRow(i)
        self._update_buttons()

    def selected(self) -> UserSummary | None:
        return self.model.row_at(selected_row(self.table))

    def select_user(self, user_id: int) -> bool:
        for i, u in enumerate(self.model.rows):
            if u.id == user_id:
                self.table.selectRow(i)
                return True
        return False

    def _update_buttons(self) -> None:
        u = self.selected()
        self.unlock_button.setEnabled(bool(u and (u.locked or u.failed_logins)))
        self.reset_button.setEnabled(u is not None)
        self.active_button.setEnabled(u is not None and u.id != (self.ctx.actor.user_id if self.ctx.actor else None))
        self.active_button.setText(self.tr("Reactivate…") if u and not u.is_active else self.tr("Deactivate…"))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(True)

    def unlock(self) -> None:
        u = self.selected()
        if u is None:
            return
        db, actor = self.ctx.db, self.ctx.actor
        assert actor is not None
        run_task(lambda: accounts.unlock_account(db, actor=actor, user_id=u.id),
                 on_result=lambda _r: (self._say(self.tr("{name} can sign in again.").format(name=u.full_name)), self.refresh()),
                 on_error=lambda e: show_error(self, e), context=self)

    def toggle_active(self) -> None:
        u = self.selected()
        if u is None:
            return
        activate = not u.is_active
        if activate:
            ok = widgets.confirm(self, self.tr("Reactivate account"), self.tr("Let {full_name} ({email}) sign in again?").format(full_name=u.full_name, email=u.email),
                                 yes=self.tr("Reactivate"), no=self.tr("Back"), destructive=False)
        else:
            ok = widgets.confirm(self, self.tr("Deactivate account"),
                                 self.tr("Deactivate {full_name} ({email})? They can no longer sign in. Their records are kept.").format(full_name=u.full_name, email=u.email), yes=self.tr("Deactivate"), no=self.tr("Back"))
        if not ok:
            return
        db, actor = self.ctx.db, self.ctx.actor
        assert actor is not None
        run_task(lambda: accounts.set_account_active(db, actor=actor, user_id=u.id, active=activate),
                 on_result=lambda _r: (self._say(
                     (self.tr("{name} is active.") if activate else self.tr("{name} is deactivated.")).format(name=u.full_name)),
                                       self.refresh()),
                 on_error=lambda e: show_error(self, e), context=self)

    def open_reset(self) -> ResetPasswordDialog | None:
        u = self.selected()
        if u is None:
            return None
        dialog = ResetPasswordDialog(self.ctx, u, self)
        dialog.done_reset.connect(lambda: (self._say(self.tr(
                                               "{name}'s password was reset. Give them the temporary password; they "
                                               "must change it when they sign in.").format(name=u.full_name)),
                                           self.refresh()))
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_create(self) -> CreateStaffDialog:
        dialog = CreateStaffDialog(self.ctx, self)
        dialog.created.connect(lambda _id: (self._say(self.tr("The account was created. Give the person the "
                                                              "temporary password.")), self.refresh()))
        self.dialog = dialog
        dialog.open()
        return dialog
