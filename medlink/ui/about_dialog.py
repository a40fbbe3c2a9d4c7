"""Help → About MedLink: version, licences (MedLink's and every package's), the folders in use.

Opened from every window (the "About MedLink" link in the sidebar or on the sign-in
screen, and F1).  On the kiosk the folders are left out: patients need not see them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from medlink.about import AboutInfo, about_info
from medlink.i18n import N_
from medlink.ui.i18n import LabelTable


#: medlink.about.about_info's folder names as shown.
FOLDER_LABELS = LabelTable("AboutDialog", {
    "Data folder": N_("AboutDialog", "Data folder"), "Records folder": N_("AboutDialog", "Records folder"),
    "Logs": N_("AboutDialog", "Logs"), "Window settings": N_("AboutDialog", "Window settings"),
    "Configuration file": N_("AboutDialog", "Configuration file"),
    "Machine-wide configuration": N_("AboutDialog", "Machine-wide configuration"),
})


class AboutDialog(QDialog):
    def __init__(self, info: AboutInfo, *, show_folders: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About MedLink"))
        self.resize(720, 520)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("<h2>MedLink {version}</h2>").format(version=info.version))
        title.setObjectName("aboutVersion")
        layout.addWidget(title)
        summary = QLabel(self.tr("The offline desktop application that runs a small clinic. "
                                 "Free software under the %1.").replace("%1", info.licence))
        summary.setWordWrap(True)
        layout.addWidget(summary)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)

        if show_folders:
            folders = QTableWidget(len(info.folders), 2)
            folders.setObjectName("aboutFolders")
            folders.setHorizontalHeaderLabels([self.tr("What"), self.tr("Folder")])
            for row, (what, path) in enumerate(info.folders):
                folders.setItem(row, 0, QTableWidgetItem(FOLDER_LABELS.get(what, what)))
                folders.setItem(row, 1, QTableWidgetItem(path))
            folders.horizontalHeader().setStretchLastSection(True)
            folders.verticalHeader().setVisible(False)
            folders.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            folders.resizeColumnToContents(0)
            self.folders = folders
            self.tabs.addTab(folders, self.tr("Folders"))

        packages = QTableWidget(len(info.third_party), 3)
        packages.setObjectName("aboutLicences")
        packages.setHorizontalHeaderLabels([self.tr("Package"), self.tr("Version"), self.tr("Licence")])
        for row, package in enumerate(info.third_party):
            for column, value in enumerate((package.name, package.version, package.licence)):
                packages.setItem(row, column, QTableWidgetItem(value))
        packages.horizontalHeader().setStretchLastSection(True)
        packages.verticalHeader().setVisible(False)
        packages.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        packages.resizeColumnsToContents()
        self.packages = packages
        self.tabs.addTab(packages, self.tr("Third-party licences"))

        notice = QPlainTextEdit(info.notice or self.tr("The NOTICE file is missing from this installation."))
        notice.setObjectName("aboutNotice")
        notice.setReadOnly(True)
        self.tabs.addTab(notice, self.tr("Notice"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        copy = buttons.addButton(self.tr("Copy details"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.setObjectName("aboutCopy")
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.details(info, show_folders)))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @staticmethod
    def details(info: AboutInfo, show_folders: bool) -> str:
        lines = [f"MedLink {info.version} ({info.licence})"]
        if show_folders:
            lines += [f"{what}: {path}" for what, path in info.folders]
        return "\n".join(lines)


def show_about(parent: QWidget, *, kiosk: bool = False, records_dir: Path | None = None,
               config_file: Path | None = None) -> AboutDialog:
    dialog = AboutDialog(about_info(records_dir=records_dir, config_file=config_file), show_folders=not kiosk,
                         parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def install_about_shortcut(window: QWidget, open_about: Callable[[], object]) -> None:
    """F1 (Help) opens the About dialog from this window."""
    QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), window, open_about)
