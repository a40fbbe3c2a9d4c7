"""An inhaler that does not work in an asthma attack, and a bite by a mad dog, told in the words of the east and
the south: the pump "kaaj hochhe na" (Bengali), "kaam nathi kartu" (Gujarati), "velai seiyala" (Tamil), "pani
cheyyatledu" (Telugu); a mad dog "veri naai" (Tamil), "pey patti" (Malayalam), "huchchu nayi" (Kannada), "baula
kukura" (Odia). Each is an emergency.

A bite by such a dog years ago that is over, a question about rabies, and a phone that does not work are no
emergency.

None of these messages is in the patient set; each checks a concept, not one wording.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_emergency, assert_not_emergency

EMERGENCIES = [
    "hapani, pump e kaaj hochhe na",
    "dama che, pump kaam nathi kartu, shwas nathi aavto",
    "asthma, inhaler velai seiyala, moochu vida mudiyala",
    "ubbasam, inhaler pani cheyyatledu",
    "veri naai kadichu en paiyanai",
    "pey patti kadichu",
    "huchchu nayi kachitu",
    "baula kukura kamudila",
]


@pytest.mark.parametrize("message", EMERGENCIES)
def test_a_failing_inhaler_or_a_mad_dogs_bite_is_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message, number="108")


NOT_EMERGENCIES = [
    "veri naai kadichu 5 varusham munnadi, ippo ok",
    "pey patti pathi therinjikanum, rabies eppadi varum",
    "mobile kaaj korchhe na",
    "pichli baar 7 mahine me pani ki thaili phat gayi thi, is pregnancy me kya dhyan rakhe",
]


@pytest.mark.parametrize("message", NOT_EMERGENCIES)
def test_old_bites_questions_and_other_things_not_working_are_no_emergency(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)
