"""Find a doctor: as-you-type search, speciality filter, profile and booking."""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from medlink.formatting import format_clock, format_date, format_weekday
from medlink.services import doctors
from medlink.services.doctors import DoctorCard, DoctorProfile
from medlink.ui.labels import speciality_label
from medlink.ui import operations
from medlink.ui.context import AppContext
from medlink.ui.errors import show_error
from medlink.ui.patient.common import set_scroll_widget, short_when
from medlink.ui.table import Column, RowsModel, make_table, selected_row
from medlink.ui.tasks import run_task
from medlink.ui.widgets import (
    card,
    connect_debounced,
    empty_state,
    format_money,
    heading,
    remember_geometry,
)


def doctor_columns(tz: tzinfo) -> list[Column[DoctorCard]]:
    return [
        Column(QCoreApplication.translate("PatientDoctorsPage", "Doctor"), lambda d: d.full_name),
        Column(QCoreApplication.translate("PatientDoctorsPage", "Speciality"), lambda d: speciality_label(d.speciality)),
        Column(QCoreApplication.translate("PatientDoctorsPage", "Qualifications"), lambda d: d.qualifications.replace("\n", ", ")),
        Column(QCoreApplication.translate("PatientDoctorsPage", "Exp."), lambda d: QCoreApplication.translate("PatientDoctorsPage", "{years} yrs").format(years=d.years_experience)),
        Column(QCoreApplication.translate("PatientDoctorsPage", "Clinic"), lambda d: d.hospital_name or "—"),
        Column(QCoreApplication.translate("FindDoctor", "Fee incl. GST"),
               lambda d: format_money(d.consultation_total if d.consultation_total is not None
                                      else d.consultation_fee), align_right=True),
        Column(QCoreApplication.translate("PatientDoctorsPage", "Languages"), lambda d: d.languages or "—"),
        Column(QCoreApplication.translate("PatientDoctorsPage", "Next free slot"), lambda d: short_when(d.next_free_slot, tz) if d.next_free_slot
               else "None in 2 weeks"),
    ]


class FindDoctorPage(QWidget):
    """The clinic's directory of verified doctors."""

    book_requested = Signal(int, str)  # doctor id, name

    def __init__(self, ctx: AppContext, tz: tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tz = tz
        self._searches = operations.Latest()
        self._specialities_loaded = False
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("Find a doctor")))
        sub = QLabel(self.tr("Search by the doctor's name or choose a speciality. Double-click a doctor to see their profile."))
        sub.setProperty("role", "muted")
        layout.addWidget(sub)

        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("doctorSearch")
        self.search.setPlaceholderText(self.tr("Doctor's name, e.g. Meera"))
        self.search.setClearButtonEnabled(True)
        bar.addWidget(self.search, 3)
        self.speciality = QComboBox()
        self.speciality.setObjectName("specialityFilter")
        self.speciality.addItem(self.tr("All specialities"), "")
        self.speciality.setMinimumWidth(220)
        bar.addWidget(self.speciality, 1)
        layout.addLayout(bar)

        self.model: RowsModel[DoctorCard] = RowsModel(doctor_columns(tz), self)
        self.table = make_table(self.model, "doctorTable", stretch_column=2, fixed={4: 125, 6: 150})
        if ctx.kiosk:  # large type: the clinic and languages are on the profile
            self.table.setColumnHidden(4, True)
            self.table.setColumnHidden(6, True)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.activated.connect(self._double_clicked)
        self.empty = empty_state("")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        layout.addWidget(self.stack, 1)

        actions = QHBoxLayout()
        self.count = QLabel()
        self.count.setObjectName("doctorCount")
        self.count.setProperty("role", "muted")
        actions.addWidget(self.count, 1)
        self.profile_button = QPushButton(self.tr("View profile"))
        self.profile_button.setObjectName("viewProfile")
        self.profile_button.clicked.connect(self.view_profile)
        self.book_button = QPushButton(self.tr("&Book appointment"))
        self.book_button.setObjectName("bookDoctor")
        self.book_button.setProperty("role", "primary")
        self.book_button.clicked.connect(self.book_selected)
        actions.addWidget(self.profile_button)
        actions.addWidget(self.book_button)
        layout.addLayout(actions)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

        self._debounce = connect_debounced(self.search.textChanged, self.run_search, 250, self)
        self.speciality.currentIndexChanged.connect(lambda _: self.run_search())
        self.search.returnPressed.connect(self.run_search)
        self.profile_dialog: DoctorProfileDialog | None = None

    # --- data --------------------------------------------------------------------------------

    def refresh(self) -> None:
        if not self._specialities_loaded:
            db = self.ctx.db
            run_task(lambda: doctors.specialities_in_use(db), on_result=self._fill_specialities,
                     on_error=lambda exc: show_error(self, exc), context=self)
        self.run_search()

    def show_speciality(self, name: str) -> None:
        """Filter by one speciality (e.g. asked for by the health assistant)."""
        self._wanted_speciality: str | None = name
        if self._specialities_loaded:
            index = self.speciality.findData(name)
            if index >= 0:
                self.speciality.setCurrentIndex(index)
        self.run_search()

    def _fill_specialities(self, names: list[str]) -> None:
        self._specialities_loaded = True
        current = getattr(self, "_wanted_speciality", None) or self.speciality.currentData()
        self.speciality.blockSignals(True)
        self.speciality.clear()
        self.speciality.addItem(self.tr("All specialities"), "")
        for name in names:
            self.speciality.addItem(speciality_label(name), name)
        index = self.speciality.findData(current)
        self.speciality.setCurrentIndex(max(index, 0))
        self.speciality.blockSignals(False)
        if getattr(self, "_wanted_speciality", None):
            self._wanted_speciality = None
            self.run_search()

    def run_search(self) -> None:
        self._debounce.stop()
        ticket = self._searches.start()  # an older search finishing late is not shown
        text, speciality, db = self.search.text(), self.speciality.currentData() or None, self.ctx.db
        self.count.setText(self.tr("Searching…"))
        run_task(lambda: doctors.search_doctors(db, text=text, speciality=speciality),
                 on_result=ticket(self._show_results), on_error=ticket(self._search_failed), context=self)

    def _show_results(self, rows: list[DoctorCard]) -> None:
        self.model.set_rows(rows)
        if rows:
            self.stack.setCurrentWidget(self.table)
            self.count.setText((self.tr("{n} doctor") if len(rows) == 1 else self.tr("{n} doctors")).format(n=len(rows)))
            self.table.selectRow(0)
        else:
            filtered = self.search.text().strip() or self.speciality.currentData()
            self.empty.setText(self.tr("No doctor matches your search. Try another name or choose “All specialities”.")
                               if filtered else self.tr("No doctors are taking appointments yet. Please ask at the front desk."))
            self.stack.setCurrentWidget(self.empty)
            self.count.setText("")
        self._update_buttons()

    def _search_failed(self, exc: BaseException) -> None:
        self.count.setText("")
        show_error(self, exc)

    # --- actions -----------------------------------------------------------------------------

    def selected(self) -> DoctorCard | None:
        return self.model.row_at(selected_row(self.table))

    def _update_buttons(self) -> None:
        has = self.selected() is not None and self.stack.currentWidget() is self.table
        self.profile_button.setEnabled(has)
        self.book_button.setEnabled(has)

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.table.selectRow(index.row())
            self.view_profile()

    def view_profile(self) -> None:
        doctor = self.selected()
        if doctor is None:
            return
        dialog = DoctorProfileDialog(self.ctx, doctor.id, self)
        dialog.book_requested.connect(lambda: self.book_requested.emit(doctor.id, doctor.full_name))
        self.profile_dialog = dialog
        dialog.open()

    def book_selected(self) -> None:
        doctor = self.selected()
        if doctor is not None:
            self.book_requested.emit(doctor.id, doctor.full_name)


class DoctorProfileDialog(QDialog):
    """A doctor's public profile: contact, qualifications, clinic, fees, weekly hours."""

    book_requested = Signal()

    def __init__(self, ctx: AppContext, doctor_id: int, parent: QWidget | None = None, *,
                 can_book: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("doctorProfileDialog")
        self.setWindowTitle(self.tr("Doctor profile"))
        self.profile: DoctorProfile | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        self.body = QScrollArea()
        self.body.setWidgetResizable(True)
        self.body.setFrameShape(QFrame.Shape.NoFrame)
        set_scroll_widget(self.body, empty_state(self.tr("Loading the profile…")))
        layout.addWidget(self.body, 1)
        buttons = QDialogButtonBox()
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setObjectName("closeProfile")
        if can_book:
            book = buttons.addButton(self.tr("Book appointment"), QDialogButtonBox.ButtonRole.AcceptRole)
            book.setObjectName("bookFromProfile")
            book.setProperty("role", "primary")
            book.setDefault(True)
            buttons.accepted.connect(self._book)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        remember_geometry(self, "doctor_profile", (760, 640))
        db = ctx.db
        actor = ctx.actor
        run_task(lambda: doctors.doctor_profile(db, doctor_id=doctor_id, actor=actor), on_result=self.show_profile,
                 on_error=self._failed, context=self)

    def _book(self) -> None:
        self.accept()
        self.book_requested.emit()

    def _failed(self, exc: BaseException) -> None:
        set_scroll_widget(self.body, empty_state(self.tr("The profile could not be loaded.")))
        show_error(self, exc)

    def show_profile(self, p: DoctorProfile) -> None:
        self.profile = p
        page = QWidget()
        page.setObjectName("profileBody")
        layout = QVBoxLayout(page)
        layout.setSpacing(14)
        top = QHBoxLayout()
        photo = QLabel()
        photo.setObjectName("doctorPhoto")
        photo.setFixedSize(112, 112)
        photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        pixmap = QPixmap()
        if p.photo_png and pixmap.loadFromData(p.photo_png):
            photo.setPixmap(pixmap.scaled(112, 112, Qt.AspectRatioMode.KeepAspectRatio,
                                          Qt.TransformationMode.SmoothTransformation))
        else:
            initials = "".join(w[0] for w in p.full_name.replace("Dr.", "").split()[:2]).upper()
            photo.setText(initials)
            photo.setStyleSheet("background:#CCEBE7; color:#0B4F4A; border-radius:56px; font-size:28pt; "
                                "font-weight:600;")
        top.addWidget(photo, 0, Qt.AlignmentFlag.AlignTop)
        who = QVBoxLayout()
        name = heading(p.full_name)
        name.setObjectName("profileName")
        who.addWidget(name)
        who.addWidget(_muted(self.tr("{speciality} · {years_experience} years of experience").format(speciality=speciality_label(p.speciality), years_experience=p.years_experience)))
        who.addWidget(QLabel(p.qualifications))
        if p.languages:
            who.addWidget(_muted(self.tr("Speaks {languages}").format(languages=p.languages)))
        who.addStretch(1)
        top.addLayout(who, 1)
        layout.addLayout(top)
        if p.bio:
            bio = QLabel(p.bio)
            bio.setWordWrap(True)
            layout.addWidget(bio)

        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(14)
        contact = _info_card(self.tr("Contact"), [(self.tr("E-mail"), p.email), (self.tr("Phone"), p.phone or "—")])
        clinic = _info_card(self.tr("Clinic"), [("", p.hospital_name or "—"), ("", p.hospital_address or "")])
        fees_ = p.fees
        if fees_.consultation_gst_rate and not fees_.prices_include_gst:
            consultation = self.tr("{fee} + {rate} % GST = {total}").format(
                fee=format_money(fees_.consultation), rate=f"{fees_.consultation_gst_rate.normalize():f}",
                total=format_money(fees_.consultation_total))
        elif fees_.consultation_gst_rate:
            consultation = self.tr("{total} incl. {rate} % GST").format(
                total=format_money(fees_.consultation_total), rate=f"{fees_.consultation_gst_rate.normalize():f}")
        else:
            consultation = self.tr("{fee} (no GST: exempt health care)").format(fee=format_money(fees_.consultation))
        fees = _info_card(self.tr("Fees"), [
            (self.tr("Consultation"), consultation), (self.tr("Lab tests"), format_money(p.fees.lab_test)),
            (self.tr("Medication"), format_money(p.fees.medication)), (self.tr("Other"), format_money(p.fees.other)),
        ], note=self.tr("Lab tests, medication and other items: GST as applicable is added on the receipt."))
        fees.setObjectName("feeCard")
        hours = _info_card(self.tr("Weekly hours"), weekly_hours(p), note=self.tr("{minutes}-minute appointments").format(minutes=p.slot_minutes))
        hours.setObjectName("hoursCard")
        grid.addWidget(contact, 0, 0)
        grid.addWidget(clinic, 0, 1)
        grid.addWidget(fees, 1, 0)
        grid.addWidget(hours, 1, 1)
        layout.addLayout(grid)
        if p.leave_days:
            upcoming = ", ".join(format_date(d, "dd MMM") for d in p.leave_days[:6])
            layout.addWidget(_muted(self.tr("On leave: {upcoming}{value}").format(upcoming=upcoming, value=' …' if len(p.leave_days) > 6 else '')))
        layout.addStretch(1)
        set_scroll_widget(self.body, page)
        self.setWindowTitle(self.tr("{full_name} — profile").format(full_name=p.full_name))


def weekly_hours(p: DoctorProfile) -> list[tuple[str, str]]:
    """Consecutive days with the same hours share a row: ("Mon–Sat", "9:30 AM–1 PM, 5–8 PM")."""
    texts = []
    for weekday in range(7):
        ranges = [r for r in p.availability if r.weekday == weekday]
        texts.append(", ".join(_span(r.start, r.end) for r in ranges) if ranges
                     else QCoreApplication.translate("PatientDoctorsPage", "Closed"))
    rows: list[tuple[str, str]] = []
    start = 0
    for weekday in range(1, 8):
        if weekday == 7 or texts[weekday] != texts[start]:
            first, last = format_weekday(start), format_weekday(weekday - 1)  # Mon–Sat / सोम–शनि
            rows.append((first if first == last else f"{first}–{last}", texts[start]))
            start = weekday
    return rows


def _t(value, with_period: bool = True) -> str:
    text = format_clock(value, "h:mm").replace(":00", "")
    return f"{text} {format_clock(value, 'a')}" if with_period else text


def _span(start, end) -> str:
    same_period = format_clock(start, "a") == format_clock(end, "a")
    return f"{_t(start, with_period=not same_period)}–{_t(end)}"


def _muted(text: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("role", "muted")
    label.setWordWrap(True)
    return label


def _info_card(title: str, rows: list[tuple[str, str]], note: str | None = None) -> QFrame:
    frame = card()
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(16, 12, 16, 12)
    layout.addWidget(heading(title, 2))
    grid = QGridLayout()
    grid.setHorizontalSpacing(16)
    for row, (label, value) in enumerate(rows):
        if label:
            key = QLabel(label)
            key.setProperty("role", "muted")
            grid.addWidget(key, row, 0, Qt.AlignmentFlag.AlignTop)
        text = QLabel(value)
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid.addWidget(text, row, 1 if label else 0, 1, 1 if label else 2)
    grid.setColumnStretch(1, 1)
    layout.addLayout(grid)
    if note:
        layout.addWidget(_muted(note))
    layout.addStretch(1)
    return frame


__all__: list[str] = ["FindDoctorPage", "DoctorProfileDialog", "weekly_hours"]
