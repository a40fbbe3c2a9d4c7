"""Who is acting: the signed-in user as the services see them."""

from __future__ import annotations

from dataclasses import dataclass

from medlink.db.models import Role


@dataclass(frozen=True)
class Actor:
    user_id: int | None
    role: Role
    display_name: str
    email: str = ""
    patient_id: int | None = None
    doctor_id: int | None = None
    must_change_password: bool = False
    doctor_status: str | None = None
    session_epoch: int = 0
    """The account's session generation at sign-in; sign-out, deactivation and password
    changes raise it in the database, which ends every session holding the old value."""
    language: str | None = None
    """The account's chosen language (``"hi"``), or ``None`` when it never chose one
    (the workstation's choice on the sign-in screen then stays)."""

    @property
    def is_patient(self) -> bool:
        return self.role is Role.PATIENT

    @property
    def is_doctor(self) -> bool:
        return self.role is Role.DOCTOR

    @property
    def is_staff(self) -> bool:
        """Front-desk rights: staff and admin."""
        return self.role in (Role.STAFF, Role.ADMIN)

    @property
    def is_admin(self) -> bool:
        return self.role is Role.ADMIN

    @property
    def label(self) -> str:
        return f"{self.display_name} <{self.email}> ({self.role.value})" if self.email else self.display_name


SYSTEM = Actor(user_id=None, role=Role.ADMIN, display_name="MedLink (system)")
"""A label for command-line tools run by the clinic's operator.  It carries no rights:
the services refuse every actor without a user id (see ``permissions.current_actor``)."""
