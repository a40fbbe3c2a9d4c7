"""The difference between two diseases asked in the words of other languages (Bengali / Assamese
"parthokyo", "tofat", Tamil "vithiyasam", Malayalam "vyathyasam", Kannada "vyatyasa", Odia "prabhed"),
and what a disease is like ("parkinson kaisa hota hai"), ask about the diseases: a disease-information
answer, even when the message also tells that many people have it or what a relative shows.

A pain told with "kaisa hota hai pata nahi" (I cannot say what it is like) is still a complaint.

None of these messages is in the patient set; each checks a way of asking, not one wording.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_intent

ASKED = [
    ("malaria um dengue um enna vithiyasam, oorla niraya peruku", ("malaria", "dengue")),
    ("chechak aur khasra me vyathyasam entha, makalkku pani", ("chickenpox", "measles")),
    ("typhoid ar malaria r parthokyo ki, gram e onek hochhe", ("typhoid", "malaria")),
    ("dadaji ke haath kaanpte, chalna dheema, parkinson kaisa hota hai", "parkinsons"),
]


@pytest.mark.parametrize(("message", "topics"), ASKED)
def test_a_difference_asked_regionally_gets_what_the_diseases_are(
    bot: ChatBot, message: str, topics: str | tuple[str, ...]
) -> None:
    assert_intent(bot, message, "disease_info", topics)


def test_a_pain_told_with_kaisa_hota_is_still_a_complaint(bot: ChatBot) -> None:
    assert_intent(bot, "pet me dard kaisa hota hai pata nahi, 2 din se", "symptom_check")
