"""The demo clinic is alive on first launch: appointments today, tokens in the waiting room, bills."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from medlink import demo
from medlink.config import AppConfig
from medlink.db.session import Database
from medlink.services import accounts, appointments, billing, kiosk, tokens


@pytest.mark.parametrize("local_time", [(11, 0), (23, 50), (0, 5)])
def test_demo_clinic_has_today_a_queue_tokens_and_bills(tmp_path: Path, local_time: tuple[int, int]) -> None:
    ist = ZoneInfo("Asia/Kolkata")
    now = datetime(2026, 12, 2, *local_time, tzinfo=ist).astimezone(timezone.utc)
    config = AppConfig(database_url=f"sqlite:///{tmp_path / 'demo.sqlite3'}", records_dir=tmp_path / "records",
                       config_file=tmp_path / "config.toml")
    demo.ensure_demo_clinic(config, now=now)
    db = Database(config.database_url)
    try:
        staff = accounts.authenticate(db, email=demo.STAFF_EMAIL, password=demo.DEMO_PASSWORD)
        ravi = accounts.authenticate(db, email=demo.PATIENTS[0][1], password=demo.DEMO_PASSWORD)
        today = now.astimezone(ist).date()
        queue = appointments.day_queue(db, actor=staff, day=today)
        assert len(queue) >= 7
        assert {a.status for a in queue} >= {"booked", "checked_in", "completed"}
        mine = kiosk.todays_appointments(db, actor=ravi, now=now)
        assert any(kiosk.can_check_in(a) for a in mine)  # the kiosk has something to check in
        board = tokens.token_board(db, now=now)
        serving = {d.doctor_name: (d.now_serving, d.waiting) for d in board.doctors}
        assert serving["Dr. Arjun Nair"] == (1, (2,)) and serving["Dr. Meera Rao"] == (None, (1,))
        bills = billing.list_bills(db, actor=staff)
        assert sorted(b.status for b in bills) == ["paid", "unpaid"]
        assert all((config.records_dir / b.pdf_path).is_file() for b in bills if b.pdf_path)
    finally:
        db.dispose()
