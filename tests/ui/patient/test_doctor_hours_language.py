"""A doctor's weekly hours read in the app's language, closed days included."""

from __future__ import annotations

from datetime import time
from types import SimpleNamespace

from medlink.ui.i18n import apply_language
from medlink.ui.patient.doctors_page import weekly_hours


def test_closed_days_and_weekday_names_follow_the_language(qapp) -> None:  # type: ignore[no-untyped-def]
    hours = SimpleNamespace(availability=[SimpleNamespace(weekday=d, start=time(9, 0), end=time(13, 0))
                                          for d in range(6)])
    try:
        assert weekly_hours(hours)[-1] == ("Sun", "Closed")  # type: ignore[arg-type]
        apply_language("hi")
        assert weekly_hours(hours)[-1] == ("रवि", "बंद")  # type: ignore[arg-type]
        assert weekly_hours(SimpleNamespace(availability=[])) == [("सोम–रवि", "बंद")]  # type: ignore[arg-type]
    finally:
        apply_language("en")
