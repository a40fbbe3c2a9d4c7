"""Sugar told in regional words: a sugar tablet or injection named with the Haryanvi / Rajasthani "aali"
("sugar aali goli le li") or "wali sui" makes shaking with a sweat a low-sugar emergency; a sugar meter
showing "HI" (above its range) told in Malayalam, Tamil or Bengali ("HI ennu kaanikkunnu", "hi kaattudhu",
"HI dekhachhe") with thirst or vomiting is a sugar emergency.

The sugar tablet taken and all well, the meter showing HI with no sign beside it, or "meter me hi" (on the
meter itself) with a normal value is no emergency.

None of these messages is in the patient set; each checks a reading, not one wording.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_emergency, assert_not_emergency

SUGAR_EMERGENCIES = [
    "tau ne sugar aali goli le li, kuch khaya koni, ib kaanp rya hor pasina aa rya",
    "bhai ko sugar wali sui lagai, ab kaanp raha aur pasina pasina",
    "appachan glucometer il HI ennu kaanikkunnu, charddi, daham",
    "meter hi kaattudhu, romba thaagam, vaanthi",
    "babar glucometer HI dekhachhe, baar baar bomi",
]

NOT_AN_EMERGENCY = [
    "sugar aali goli le li, sab theek hai",
    "glucometer il HI ennu kaanikkunnu, battery maattanam",
    "sugar meter me hi dekha, 110 tha, thoda sir dard",
]


@pytest.mark.parametrize("message", SUGAR_EMERGENCIES)
def test_sugar_named_regionally_with_its_signs_is_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)


@pytest.mark.parametrize("message", NOT_AN_EMERGENCY)
def test_sugar_named_regionally_without_signs_is_no_emergency(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)
