"""Danger signs told in the words of the hills, the east and the south: a leg that cannot move after a fall
(Garhwali / Nepali "khutta"), a house or wall brought down by a landslide with someone pinned under it, a
leg broken in a road accident (Tamil "kaal odanju"), a face pulled to one side (Nepali "bangiyo"), one side
that does not work (Odia "gote pakhe kama karunahin"), chest pain going to the arm (Tamil "nenju romba vali",
"left kai varaikum"), a pregnant woman's blurred sight (Magahi "pet se hiyo"), a baby falling with a bump on
the head and vomiting; with calm messages that share their words. None of these messages is in the patient set.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot
from tests.chatbot.conftest import assert_emergency, assert_not_emergency

EMERGENCIES = [
    "nani ghar ke bahar phisal ke giri gain, ab khutta hilai ni sakdi, umar 70",
    "pahiro le ghar khasyo, bhai muni thichiyo, ragat bagdai cha",
    "bike accident aachu, thambi kaal odanju poochu, romba vali",
    "buwa ko mukh achanak ekatir bangiyo, boli pani bujhidaina",
    "maa ra hata goda gote pakhe kama karu nahin, aji sakale ru",
    "appa ku nenju romba vali, vervai kottudhu, ippo thaan aarambichadhu",
    "main 7 mahine ke pet se hiyo, aankh ke aage andhera chha raha aur sir bahut dukhat",
    "mera 1 saal ka beta bed se gir gyo, sir pe gumad aa gaya, teen baar ulti kar chuka",
    "chhoro 2 barsa ko, jwaro cha, saas dherai chhito chhito, dudh khandaina",
    "bapa ra katha bujha jauni, kichi kahi paruni",
]

CALM = [
    "khutta me purana dard hai, kaunsa tel lagayein",
    "landslide wale area me rehte hain, first aid kit me kya rakhein",
    "kaal odanju 2 varusham aachu, ippo nadakka mudiyudhu, exercise enna",
    "pet se hiyo, kaun sa fal khayein",
    "daud ke aaya to saas chhito chal rahi thi, ab theek hai",
]


@pytest.mark.parametrize("message", EMERGENCIES)
def test_regional_danger_signs_are_emergencies(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)


@pytest.mark.parametrize("message", CALM)
def test_calm_messages_with_the_same_words_stay_calm(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)
