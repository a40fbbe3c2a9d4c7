"""Front desk: likely duplicate patients, and merging two records of one person (confirmed, with a reason)."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from medlink.formatting import format_date
from medlink.services import duplicates
from medlink.services.duplicates import DuplicateCandidate, MergeResult
from medlink.ui import widgets
from medlink.ui.context import AppContext
from medlink.ui.errors import show_error
from medlink.ui.staff.common import button, muted, pretty_phone, row
from medlink.ui.tasks import run_task
from medlink.ui.widgets import empty_state, heading


def _describe(c: DuplicateCandidate) -> str:
    born = format_date(c.date_of_birth, "dd MMM y") if c.date_of_birth else "—"
    account = " · has a sign-in" if c.has_account else ""
    return f"P{c.patient_id:06d}  {c.full_name}  ·  {pretty_phone(c.phone)}  ·  born {born}{account}"


class DuplicatesPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.groups: list[list[DuplicateCandidate]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addLayout(row(heading(self.tr("Duplicate patients")), None))
        layout.addWidget(muted(self.tr(
            "Records that share a phone number and have a similar name or the same date of birth. Choose the record "
            "to keep first, then the duplicate: its appointments, bills, records and prescriptions move to the "
            "record you keep.")))
        self.list = QListWidget()
        self.list.setObjectName("duplicateList")
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        layout.addWidget(self.list, 1)
        self.empty = empty_state(self.tr("No likely duplicates. New registrations are checked as they are typed."))
        layout.addWidget(self.empty)
        self.message = QLabel()
        self.message.setObjectName("mergeMessage")
        self.message.setWordWrap(True)
        self.message.setMinimumHeight(40)
        self.merge_button = button(self.tr("&Merge selected…"), "danger", "mergeSelected")
        self.merge_button.clicked.connect(self.merge_selected)
        layout.addLayout(row(self.message, self.merge_button))
        self.list.itemSelectionChanged.connect(self._update)
        self._update()

    def refresh(self) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        assert actor is not None
        run_task(lambda: duplicates.duplicate_groups(db, actor=actor), on_result=self._loaded,
                 on_error=lambda e: show_error(self, e), context=self)

    def _loaded(self, groups: list[list[DuplicateCandidate]]) -> None:
        self.groups = groups
        self.list.clear()
        for number, group in enumerate(groups, start=1):
            header = QListWidgetItem(self.tr("Group %s — %s") % (number, group[0].why))
            header.setFlags(header.flags() & ~header.flags().ItemIsSelectable)
            self.list.addItem(header)
            for candidate in group:
                item = QListWidgetItem("    " + _describe(candidate))
                item.setData(256, candidate.patient_id)
                self.list.addItem(item)
        self.list.setVisible(bool(groups))
        self.empty.setVisible(not groups)
        self._update()

    def _selected_ids(self) -> list[int]:
        return sorted(int(item.data(256)) for item in self.list.selectedItems() if item.data(256) is not None)

    def _update(self) -> None:
        self.merge_button.setEnabled(len(self._selected_ids()) == 2)

    def merge_selected(self) -> None:
        ids = self._selected_ids()
        if len(ids) != 2:
            return
        names = {c.patient_id: _describe(c) for group in self.groups for c in group}
        choices = [names.get(i, f"P{i:06d}") for i in ids]
        kept, ok = QInputDialog.getItem(self, self.tr("Merge records"), self.tr("Which record do you keep?"),
                                        choices, 0, False)
        if not ok:
            return
        survivor = ids[choices.index(kept)]
        duplicate = ids[1 - choices.index(kept)]
        reason, ok = QInputDialog.getText(self, self.tr("Merge records"),
                                          self.tr("Why are these the same person? (kept in the audit log)"))
        if not ok:
            return
        if not widgets.confirm(self, self.tr("Merge records"),
                               self.tr("Keep P%06d and move everything of P%06d into it? This cannot be undone.")
                               % (survivor, duplicate), yes=self.tr("Merge"), no=self.tr("Back")):
            return
        db, actor = self.ctx.db, self.ctx.actor
        assert actor is not None
        run_task(lambda: duplicates.merge_patients(db, actor=actor, survivor_id=survivor, duplicate_id=duplicate,
                                                   reason=reason),
                 on_result=self._merged, on_error=lambda e: show_error(self, e), context=self)

    def _merged(self, result: MergeResult) -> None:
        moved = ", ".join(f"{n} {label}" for label, n in result.moved.items() if n)
        self.message.setText(self.tr("Merged P%06d into P%06d (moved: %s).")
                             % (result.merged_id, result.survivor_id, moved or self.tr("nothing")))
        self.refresh()
