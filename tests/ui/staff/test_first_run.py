"""The first-run wizard: the first administrator, then the recovery key that must be saved."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QMessageBox

from medlink.services import accounts, clinic_key
from medlink.services.actor import SYSTEM
from medlink.ui.first_run import FirstAdminDialog


def test_first_run_makes_the_administrator_save_a_working_recovery_key(db, make_ctx, qtbot, tmp_path,
                                                                       monkeypatch):
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warnings.append(text))
    dialog = FirstAdminDialog(make_ctx(None))
    qtbot.addWidget(dialog)
    dialog.resize(1366 // 2, 768 // 2)
    dialog.name.setText("Asha Admin")
    dialog.email.setText("asha@clinic.test")
    dialog.password.setText("a-long-admin-secret")
    dialog.create_admin()
    assert accounts.has_admin(db) and dialog.steps.currentIndex() == 1
    dialog.show()
    dialog.grab().save(str(tmp_path / "first-run-recovery.png"))

    dialog.reject()  # closing before the key is saved is refused with a sentence
    assert warnings and "Save the recovery key first" in warnings[0] and dialog.isVisible()
    assert not dialog.finish_button.isEnabled()

    dialog.passphrase.setText("clinic recovery 2026")
    dialog.passphrase_again.setText("clinic recovery 2027")
    assert not dialog.save_recovery(tmp_path / "recovery.medlink-key")
    assert not (tmp_path / "recovery.medlink-key").exists()
    dialog.passphrase_again.setText("clinic recovery 2026")
    assert dialog.save_recovery(tmp_path / "recovery.medlink-key")
    assert dialog.finish_button.isEnabled()
    key_id = clinic_key.unlock(db)
    assert key_id in dialog.saved_label.text()
    assert json.loads((tmp_path / "recovery.medlink-key").read_text())["label"]["key_id"] == key_id
    # the file really recovers the key on a computer that lacks it
    import keyring

    from tests.support.keyrings import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())
    clinic_key.forget(db)
    assert clinic_key.import_key(db, actor=SYSTEM, path=tmp_path / "recovery.medlink-key",
                                 passphrase="clinic recovery 2026") == key_id
    dialog.finish_button.click()
    assert dialog.result() == FirstAdminDialog.DialogCode.Accepted
