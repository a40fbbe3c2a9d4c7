"""A workstation without the clinic key is told so and imports it; bad key files get a sentence."""

from __future__ import annotations

from datetime import date

import keyring
from PySide6.QtWidgets import QLabel

from medlink.config import AppConfig
from medlink.services import clinic_key, records
from medlink.services.actor import SYSTEM
from medlink.ui.key_import import ClinicKeyImportDialog
from tests.core.test_records import png_bytes
from tests.support.keyrings import MemoryKeyring


def test_missing_key_dialog_imports_the_key_and_the_records_read(qtbot, clinic, db, records_dir, tmp_path):
    patient = clinic.patient()
    view = records.upload_record(db, actor=patient, records_dir=records_dir, patient_id=patient.patient_id,
                                 title="Scan", record_type="imaging", record_date=date(2026, 1, 1),
                                 filename="s.png", data=png_bytes())
    clinic_key.export_key(db, actor=SYSTEM, path=tmp_path / "k.medlink-key", passphrase="export passphrase")
    keyring.set_keyring(MemoryKeyring())  # another workstation
    clinic_key.forget(db)
    from medlink.errors import ClinicKeyMissing

    try:
        clinic_key.unlock(db)
    except ClinicKeyMissing as exc:
        reason = exc.message
    config = AppConfig(database_url=db.url.render_as_string(hide_password=False), records_dir=records_dir,
                       config_file=tmp_path / "c.toml")
    dialog = ClinicKeyImportDialog(config, reason)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "does not have the clinic key" in dialog.findChild(QLabel, "keyMissingReason").text()
    dialog.grab().save(str(tmp_path / "key-import.png"))
    assert not dialog.import_from(str(tmp_path / "k.medlink-key"), "wrong passphrase")
    assert dialog.result() != ClinicKeyImportDialog.DialogCode.Accepted
    assert keyring.get_keyring().entries() == {}  # type: ignore[attr-defined]
    assert dialog.import_from(str(tmp_path / "k.medlink-key"), "export passphrase")
    clinic_key.forget(db)
    assert records.read_record(db, actor=patient, records_dir=records_dir, record_id=view.id)[1] == png_bytes()
