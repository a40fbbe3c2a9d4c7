"""The windows' language: chosen on the sign-in screen or the kiosk, switched live, remembered,
the same from compiled .qm files as from the .ts catalogues."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QTranslator

from medlink import i18n
from medlink.ui import tasks
from medlink.ui.context import AppContext, StartupContext
from medlink.ui.i18n import CatalogueTranslator, apply_language, remembered_language
from medlink.ui.login import LoginWindow

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def english_afterwards(tmp_path: Path) -> Iterator[None]:
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    apply_language("en")
    yield
    apply_language("en")
    tasks.set_synchronous(False)


def test_the_sign_in_screen_switches_language_live_and_remembers_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = LoginWindow(StartupContext(kiosk=False), "Sunrise Clinic")
    qtbot.addWidget(window)
    window.show()
    assert window.sign_in_button.text() == "&Sign in"
    combo = window.language_row.combo
    assert combo is not None and [combo.itemText(i) for i in range(combo.count())] == ["English", "हिन्दी"]
    combo.setCurrentIndex(combo.findData("hi"))
    combo.activated.emit(combo.currentIndex())
    assert i18n.current_language() == "hi"
    qtbot.waitUntil(lambda: window.sign_in_button.text() == "साइन इन करें (&S)")  # Qt's LanguageChange event
    assert window.windowTitle() == "Sunrise Clinic — साइन इन"
    assert window.subtitle.text() == "स्वागत है। कृपया साइन इन करें।"
    assert window.language_chosen and remembered_language() == "hi"
    apply_language("en")  # e.g. the next person picks English: every open window follows
    qtbot.waitUntil(lambda: window.sign_in_button.text() == "&Sign in")


def test_the_kiosk_has_large_language_buttons(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = LoginWindow(StartupContext(kiosk=True), "Sunrise Clinic")
    qtbot.addWidget(window)
    window.show()
    hindi = window.language_row.buttons["hi"]
    assert hindi.text() == "हिन्दी" and hindi.minimumHeight() >= 56
    hindi.click()
    qtbot.waitUntil(lambda: window.windowTitle() == "Sunrise Clinic — मरीज़ कियॉस्क")
    assert window.windowTitle() == "Sunrise Clinic — मरीज़ कियॉस्क"
    assert window.kiosk_exit_button is not None and window.kiosk_exit_button.text() == "स्टाफ़: कियॉस्क छोड़ें"
    assert hindi.isChecked() and not window.language_row.buttons["en"].isChecked()


def test_a_base_class_string_is_found_from_a_subclass(qtbot) -> None:  # type: ignore[no-untyped-def]
    """PySide6's tr() asks with the instance's class, then each base class (catalogue context = base)."""
    class KioskLogin(LoginWindow):
        pass

    apply_language("hi")
    window = KioskLogin(StartupContext(kiosk=False), "MedLink")
    qtbot.addWidget(window)
    assert window.sign_in_button.text() == "साइन इन करें (&S)"


def test_compiled_qm_files_translate_like_the_ts_catalogues(tmp_path: Path) -> None:
    lrelease = shutil.which("pyside6-lrelease") or str(Path(sys.executable).with_name("pyside6-lrelease"))
    source = ROOT / "resources" / "translations" / "medlink_hi.ts"
    qm = tmp_path / "medlink_hi.qm"
    subprocess.run([lrelease, "-silent", str(source), "-qm", str(qm)], check=True)
    compiled = QTranslator()
    assert compiled.load(str(qm))
    fallback = CatalogueTranslator("hi")
    checked = 0
    for context in ET.parse(source).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") or message.get("numerus") == "yes":
                continue
            text = message.findtext("source") or ""
            # (the fallback answers None for a translation identical to the source: the same text shows)
            assert compiled.translate(name, text) == (fallback.translate(name, text) or text) == translation.text
            checked += 1
    assert checked > 900


def test_an_untranslated_string_falls_through_to_english() -> None:
    apply_language("hi")
    assert QCoreApplication.translate("LoginWindow", "Not a string in any catalogue") == "Not a string in any catalogue"
    assert QCoreApplication.translate("Labels", "Booked") == "बुक"


def test_a_choice_made_at_sign_in_is_saved_to_the_account_and_used_next_time(  # type: ignore[no-untyped-def]
        qtbot, backend, clinic, tmp_path):
    if backend != "sqlite":
        pytest.skip("the service is tested on both back-ends in tests/core; this is the window's wiring")
    from medlink.config import AppConfig
    from medlink.services.languages import user_language
    from medlink.ui.app import AppController

    tasks.set_synchronous(True)
    patient = clinic.patient("Lakshmi Narayan")
    config = AppConfig(database_url=str(clinic.db.url), records_dir=tmp_path / "records", config_file=tmp_path / "c.toml")
    controller = AppController(AppContext(db=clinic.db, config=config))
    qtbot.addWidget(controller.login)
    controller.login.choose_language("hi")
    controller.apply_user_language(patient)
    assert user_language(clinic.db, actor=patient) == "hi"
    # Another day, the workstation is in English and nobody touches the chooser: the account's choice wins.
    apply_language("en")
    controller.login.reset()
    controller.apply_user_language(dataclasses.replace(patient, language="hi"))
    assert i18n.current_language() == "hi"
