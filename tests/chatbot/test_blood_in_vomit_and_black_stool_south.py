"""Blood in the vomit told in Malayalam and Tamil ("charddiyil chora", "vanthiyil ratham"), vomit like
coffee powder ("kaappi podi pole") and a black stool ("motion karuthu") beside it are a bleeding emergency.

The same denied by the southern "illa" / "illai" / Telugu "ledu" after it ("charddiyil chora illa",
"ulti me khoon illa") is no emergency, and neither is a dark stool alone after iron tablets.

None of these messages is in the patient set; each checks a reading, not one wording.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_emergency, assert_not_emergency

BLEEDING = [
    "achanu charddiyil chora, ksheenam",
    "amma ko vomitingil chora, kaappi podi pole",
    "thatha ku vanthiyil ratham varudhu",
    "charddi kaappi podi pole, motion karuthu",
]

NOT_BLEEDING = [
    "charddiyil chora illa, vayaru vedana maathram",
    "ulti me khoon illa, bas jee machal raha",
    "vanthi la ratham illai, kaichal mattum",
    "iron gulika kazhichu, motion karuthu",
]


@pytest.mark.parametrize("message", BLEEDING)
def test_blood_in_vomit_told_in_the_south_is_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)


@pytest.mark.parametrize("message", NOT_BLEEDING)
def test_blood_denied_by_illa_is_no_emergency(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)
