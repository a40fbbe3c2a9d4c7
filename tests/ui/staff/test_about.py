"""Help → About MedLink from every window: version, licences, data folders."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from medlink import __version__, paths


def test_about_from_the_staff_window_shows_version_licences_and_folders(clinic, open_window, qtbot):
    window = open_window(clinic.admin)
    qtbot.mouseClick(window.findChild(QPushButton, "aboutMedLink"),
                     Qt.MouseButton.LeftButton)
    dialog = window.findChild(object, "aboutDialog")
    assert dialog is not None and dialog.isVisible()
    assert __version__ in dialog.findChild(object, "aboutVersion").text()
    packages = {dialog.packages.item(r, 0).text(): dialog.packages.item(r, 2).text()
                for r in range(dialog.packages.rowCount())}
    assert "LGPL-3.0" in packages["PySide6_Essentials"] and packages["SQLAlchemy"] == "MIT"
    folders = {dialog.folders.item(r, 0).text(): dialog.folders.item(r, 1).text()
               for r in range(dialog.folders.rowCount())}
    assert folders["Data folder"] == str(paths.data_dir())
    assert folders["Records folder"] == str(window.ctx.records_dir)
    assert "Apache License" in dialog.findChild(object, "aboutNotice").toPlainText()
    dialog.close()


def test_about_on_the_kiosk_sign_in_screen_hides_the_folders(qtbot):
    from medlink.ui.context import StartupContext
    from medlink.ui.login import LoginWindow

    login = LoginWindow(StartupContext(kiosk=True))
    qtbot.addWidget(login)
    login.show()
    dialog = login.open_about()
    assert dialog.isVisible() and not hasattr(dialog, "folders")
    assert dialog.packages.rowCount() > 10
    dialog.close()
