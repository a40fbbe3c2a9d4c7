"""The patient window (also the kiosk).

Pages are listed by :func:`patient_pages`; other features add their own page
by appending a factory to :data:`EXTRA_PAGES` (e.g. the health assistant)::

    EXTRA_PAGES.append(lambda window: PageSpec("assistant", "Health assistant", lambda: Panel(window.ctx)))
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from medlink.services.actor import Actor
from medlink.ui.context import AppContext
from medlink.ui.patient.appointments_page import MyAppointmentsPage
from medlink.ui.patient.bills_page import MyBillsPage
from medlink.ui.patient.booking import BookingDialog
from medlink.ui.patient.checkin_page import CheckInPage
from medlink.ui.patient.doctors_page import FindDoctorPage
from medlink.ui.patient.profile_page import MyProfilePage
from medlink.ui.patient.records_page import MyRecordsPage
from medlink.ui.shell import PageSpec, RoleWindow

KIOSK_SIDEBAR = """
QFrame[role="sidebar"] QPushButton { font-size: 14pt; padding: 6px 16px; }
"""

EXTRA_PAGES: list[Callable[[PatientWindow], PageSpec]] = []
"""Factories for pages added by other features; each receives the window."""


class PatientWindow(RoleWindow):
    def __init__(self, ctx: AppContext, actor: Actor) -> None:
        settings = ctx.clinic_settings()
        self.tz = settings.tz
        self.booking_dialog: BookingDialog | None = None
        self._may_close = not ctx.kiosk
        self.ctx = ctx
        super().__init__(ctx, actor,
                         title=(self.tr("{clinic_name} — Patient kiosk").format(clinic_name=settings.clinic_name) if ctx.kiosk
                                else f"{settings.clinic_name} — {actor.display_name}"),
                         pages=self.patient_pages(ctx),
                         idle_seconds=settings.kiosk_idle_seconds if ctx.kiosk else settings.staff_idle_seconds,
                         style_extra=KIOSK_SIDEBAR if ctx.kiosk else "")
        self.setObjectName("patientWindow")

    def patient_pages(self, ctx: AppContext) -> list[PageSpec]:
        pages = []
        if ctx.kiosk:
            pages.append(PageSpec("check_in", self.tr("Check in"), self._check_in_page))
        pages += [
            PageSpec("appointments", self.tr("My appointments"), self._appointments_page),
            PageSpec("doctors", self.tr("Find a doctor"), self._doctors_page),
            PageSpec("records", self.tr("My records"), lambda: MyRecordsPage(ctx, self.tz)),
            PageSpec("readings", QCoreApplication.translate("PatientWindow", "My readings"), self._readings_page),
            PageSpec("prescriptions", QCoreApplication.translate("PatientWindow", "My prescriptions"),
                     self._prescriptions_page),
            PageSpec("bills", self.tr("My bills"), lambda: MyBillsPage(ctx, self.tz)),
            PageSpec("profile", self.tr("My profile"), lambda: MyProfilePage(ctx, self.tz)),
            PageSpec("family", self.tr("My family"), self._family_page),
            PageSpec("assistant", self.tr("Health assistant"), self._assistant_page),
        ]
        pages += [factory(self) for factory in EXTRA_PAGES]
        return pages

    def _readings_page(self) -> QWidget:
        from medlink.ui.readings_panel import ReadingsPanel

        return ReadingsPanel(self.ctx, self.actor, self.tz)

    def _prescriptions_page(self) -> QWidget:
        from medlink.ui.patient.prescriptions_page import MyPrescriptionsPage

        return MyPrescriptionsPage(self.ctx, self.tz)

    def _family_page(self) -> QWidget:
        from medlink.ui.patient.family_page import MyFamilyPage

        return MyFamilyPage(self.ctx, self.tz)

    def _check_in_page(self) -> CheckInPage:
        page = CheckInPage(self.ctx, self.tz)
        page.find_doctor_requested.connect(lambda: self.show_page("doctors"))
        return page

    def _appointments_page(self) -> MyAppointmentsPage:
        page = MyAppointmentsPage(self.ctx, self.tz)
        page.find_doctor_requested.connect(lambda: self.show_page("doctors"))
        return page

    def _doctors_page(self) -> FindDoctorPage:
        page = FindDoctorPage(self.ctx, self.tz)
        page.book_requested.connect(self.book)
        return page

    def _assistant_page(self) -> QWidget:
        from medlink.ui.chat_panel import ChatPanel

        panel = ChatPanel(self.ctx)
        panel.book_speciality_requested.connect(self._book_speciality)
        return panel

    def _book_speciality(self, speciality: str) -> None:
        page = self.show_page("doctors")
        assert isinstance(page, FindDoctorPage)
        page.show_speciality(speciality)

    def book(self, doctor_id: int, doctor_name: str) -> BookingDialog:
        dialog = BookingDialog(self.ctx, self.tz, doctor_id, doctor_name, self)
        dialog.accepted.connect(lambda: self._after_booking(dialog))
        self.booking_dialog = dialog
        dialog.open()
        return dialog

    def _after_booking(self, dialog: BookingDialog) -> None:
        if dialog.result_view is None:
            return
        page = self.show_page("appointments")
        assert isinstance(page, MyAppointmentsPage)
        page.select_appointment(dialog.result_view.id)

    # --- leaving: nothing of this patient may remain ----------------------------------------

    def sign_out(self, reason: str = "user") -> None:
        self._may_close = True
        # Close every dialog and file picker, visible or not, before the window goes.
        for child in self.findChildren(QDialog):
            if isinstance(child, QFileDialog) or child.isVisible():
                child.reject()
        self._clear_clipboard()
        chat = self._pages.get("assistant")
        if chat is not None:
            chat.clear_history()  # type: ignore[attr-defined]
        super().sign_out(reason)

    def _clear_clipboard(self) -> None:
        page = self._pages.get("appointments")
        copied = getattr(page, "copied_text", None)
        clipboard = QGuiApplication.clipboard()
        if copied and clipboard.text() == copied:
            clipboard.clear()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_close:
            event.ignore()  # the kiosk is left only by signing out
            return
        super().closeEvent(event)

    def open_pages(self) -> dict[str, QWidget]:
        return dict(self._pages)
