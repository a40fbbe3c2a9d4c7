"""Whether to do, take or apply something, and what more may be done, asked in the words of other
languages asks for care: the Marathi "... karu ka" / "gheu ka" / "lavu ka" (shall I do / take / apply
it?), the Bengali "ar ki kora jay" (what more can be done) and "ki kora dorkar" (what needs doing), the
Nepali "ke khane ke na khane" (what to eat and what not), and a food or a way of care asked about with
"... is ok or not" / "safe or not" beside a condition: a remedy answer, not a triage.

A reading or a complaint asked about with "ok or not" is still triaged, and the Hindi "ghar ke khane"
(home food) is no question of what to eat.

None of these messages is in the patient set; each checks a way of asking, not one wording.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_intent

CARE_ASKED = [
    ("khokla aahe, halad doodh gheu ka", ()),
    ("kambar dukhte, garam sikai karu ka", "back_pain"),
    ("babur pet kharap, ar ki kora jay", "diarrhoea"),
    ("mayer sugar beshi, ki kora dorkar", "diabetes"),
    ("hajurbuwa lai sugar cha, ke khane ke na khane", "diabetes"),
    ("eating jackfruit in pregnancy is ok or not", "pregnancy"),
]


@pytest.mark.parametrize(("message", "topic"), CARE_ASKED)
def test_whether_to_do_it_asked_regionally_gets_care(bot: ChatBot, message: str, topic: str | tuple[str, ...]) -> None:
    assert_intent(bot, message, "remedy", topic)


TOLD = [
    "bp 150/95 aaya, ok or not",
    "sir dard aur ulti 2 din se, ok or not",
    "ghar ke khane ke baad pet dard",
]


@pytest.mark.parametrize("message", TOLD)
def test_a_reading_or_complaint_asked_about_is_triaged(bot: ChatBot, message: str) -> None:
    assert_intent(bot, message, "symptom_check")
