"""Phone, e-mail, GSTIN and config-file validation backed by well-kept libraries
(phonenumbers, email-validator, python-stdnum, tomli-w)."""

from __future__ import annotations

import tomllib

import pytest

from medlink.config import read_config_file, write_config_value
from medlink.errors import ValidationError
from medlink.services import clinic_settings
from medlink.validation import validate_email, validate_gstin, validate_phone


@pytest.mark.parametrize(("typed", "stored"), [
    ("022 2345 6789", "+912223456789"),          # Mumbai landline with its STD code
    ("080-4123 4567", "+918041234567"),          # Bengaluru landline
    ("1800 180 1104", "+9118001801104"),         # toll-free
    ("98765 43210", "+919876543210"),            # mobile
    ("+91 98765 43210", "+919876543210"),
    ("098765 43210", "+919876543210"),
    ("+44 20 7946 0958", "+442079460958"),       # a relative abroad
])
def test_indian_landlines_toll_free_and_mobiles_are_accepted(typed, stored):
    assert validate_phone(typed) == stored


@pytest.mark.parametrize("typed", ["+12345678", "12345", "98765 4321", "phone me", "+91 01234 56789"])
def test_impossible_numbers_are_refused_with_a_sentence(typed):
    with pytest.raises(ValidationError) as err:
        validate_phone(typed)
    assert err.value.field == "phone" and "STD code" in err.value.message


@pytest.mark.parametrize(("typed", "stored"), [
    ("user@müller.de", "user@müller.de"),
    ("Priya.Sharma@Example.COM", "Priya.Sharma@example.com"),
    ("प्रिया@उदाहरण.भारत", "प्रिया@उदाहरण.भारत"),
    ("boss@clinic.test", "boss@clinic.test"),
])
def test_internationalised_addresses_are_accepted(typed, stored):
    assert validate_email(typed) == stored


@pytest.mark.parametrize("typed", ["user.@x.com", "user..name@x.com", "user@localhost", "no-at-sign", "a@b@c.com",
                                   "user@-x.com"])
def test_malformed_addresses_are_refused(typed):
    with pytest.raises(ValidationError) as err:
        validate_email(typed)
    assert err.value.field == "email" and "valid e-mail address" in err.value.message


def test_gstin_check_digit_and_state_code():
    assert validate_gstin("29aabfm1234k1zc", state="Karnataka") == "29AABFM1234K1ZC"
    assert validate_gstin("", state="Karnataka") == ""
    with pytest.raises(ValidationError, match="check digit"):
        validate_gstin("29AABFM1234K1ZD", state="Karnataka")
    with pytest.raises(ValidationError, match="registered in Karnataka .* state is Maharashtra"):
        validate_gstin("29AABFM1234K1ZC", state="Maharashtra")
    assert validate_gstin("27AABFM1234K1ZG", state="Maharashtra") == "27AABFM1234K1ZG"
    with pytest.raises(ValidationError, match="15 characters"):
        validate_gstin("29ABCDE1234F1Z", state=None)


def test_the_demo_and_sample_gstins_are_valid():
    from medlink.receipts.sample import sample_clinic

    clinic = sample_clinic()
    assert validate_gstin(clinic.gstin, state=clinic.state) == clinic.gstin


def test_clinic_settings_refuse_a_gstin_of_another_state(clinic, db):
    admin = clinic.admin
    clinic_settings.update_settings(db, actor=admin, changes={"state": "Maharashtra", "gstin": "27AABFM1234K1ZG"})
    with pytest.raises(ValidationError) as err:
        clinic_settings.update_settings(db, actor=admin, changes={"gstin": "29AABFM1234K1ZC"})
    assert err.value.field == "gstin" and "Maharashtra" in err.value.message
    # Moving the clinic without its GSTIN is refused too: CGST+SGST against IGST depends on it.
    with pytest.raises(ValidationError):
        clinic_settings.update_settings(db, actor=admin, changes={"state": "Karnataka"})
    saved = clinic_settings.get_settings(db)
    assert (saved.state, saved.gstin) == ("Maharashtra", "27AABFM1234K1ZG")
    clinic_settings.update_settings(db, actor=admin, changes={"state": "Karnataka", "gstin": "29AABFM1234K1ZC"})
    assert clinic_settings.get_settings(db).gstin == "29AABFM1234K1ZC"


def test_clinic_phone_is_checked(clinic, db):
    with pytest.raises(ValidationError) as err:
        clinic_settings.update_settings(db, actor=clinic.admin, changes={"phone": "+12345678"})
    assert err.value.field == "phone"
    view = clinic_settings.update_settings(db, actor=clinic.admin, changes={"phone": "022 2345 6789"})
    assert view.phone == "+912223456789"


def test_config_values_round_trip_through_toml(tmp_path):
    path = tmp_path / "config.toml"
    url = 'mysql+pymysql://medlink@db.clinic.lan:3306/medlink?charset=utf8mb4&ssl_ca=C:\\certs\\ca "x".pem'
    write_config_value("database_url", url, path)
    write_config_value("records_dir", "D:\\MedLink\\records", path)
    assert read_config_file(path) == {"database_url": url, "records_dir": "D:\\MedLink\\records"}
    assert [p.name for p in tmp_path.iterdir()] == ["config.toml"]  # no temporary file left


@pytest.mark.parametrize("bad", ["mysql+pymysql://medlink@db\x01.lan/medlink", "sqlite:///x.db\n",
                                 "mysql+pymysql://medlink@db.lan/med\tlink", "sqlite:///a\x00b"])
def test_a_control_character_in_the_url_is_refused_and_nothing_is_saved(tmp_path, bad):
    path = tmp_path / "config.toml"
    write_config_value("database_url", "sqlite:///clinic.db", path)
    before = path.read_bytes()
    with pytest.raises(ValidationError) as err:
        write_config_value("database_url", bad, path)
    assert err.value.field == "database_url" and "control character" in err.value.message
    assert path.read_bytes() == before
    tomllib.loads(path.read_text("utf-8"))
    assert [p.name for p in tmp_path.iterdir()] == ["config.toml"]


def test_set_database_url_refuses_a_control_character_from_the_command_line(tmp_path):
    from tests.core.test_cli import run

    result = run(["config", "set-database-url", "mysql+pymysql://medlink@db.lan/med\x07link"], tmp_path)
    assert result.returncode == 2 and "control character" in result.stderr and "Traceback" not in result.stderr
    shown = run(["config", "show"], tmp_path)
    assert shown.returncode == 0, shown.stderr
