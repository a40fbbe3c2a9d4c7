"""A child dried out by loose motions, and a baby in the womb no longer felt, told in the words of each region:
loose motions in Marathi ("julab"), Bengali ("patla paikhana"), Tamil ("vayithupokku"), Telugu
("virechanalu"), Malayalam ("vayarilakkam"), Gujarati / Odia ("jhada"); the eyes in the region's word
("aankhyan dhans gi", "dole khol gele", "chokh bose geche"); not even water taken ("pani koni pi ri", "jol o
khachhe na", "thanni kudikkala"); a limp, lifeless child in Bengali ("ekdom nirjib"); and the kicks of a
baby in late pregnancy not felt in the south or east ("baby kick feel aagave illa", "feel avvatledu", "feel
hochhe na"). Each is an emergency.

A child with loose motions who plays and drinks, a laxative asked about, tired eyes after a night awake, and
kicks felt well or a little less once are no emergency.

None of these messages is in the patient set; each checks a concept, not one wording.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_emergency, assert_not_emergency

EMERGENCIES = [
    "3 saal ri chhori ne dast lag riya, aankhyan dhans gi, pani koni pi ri",
    "mulga 2 varshacha, julab, dole khol gele, pani pit nahi",
    "chhele 1 bochor, patla paikhana, chokh bose geche, ekdom nirjib",
    "meye 4 bochor, jor, aaj ekdom nirjib hoye shuye ache, jol o khachhe na",
    "kuzhandhai 2 vayasu, vayithupokku, kannu kuzhi vizhundhu, thanni kudikkala",
    "bachhi 2 saal, jhada, aankh dhans gayi",
    "wife 34 weeks, since morning baby kick feel aagave illa",
    "8 nelalu pregnant, baby kick feel avvatledu nenati nundi",
    "bou 36 weeks, baby r kick feel hochhe na sokal theke",
]


@pytest.mark.parametrize("message", EMERGENCIES)
def test_a_dried_out_child_or_kicks_not_felt_in_regional_words_is_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message, number="108")


NOT_EMERGENCIES = [
    "baby 8 mahine, dast 2 baar, khel raha hai, doodh pee raha",
    "julab ki goli kab le",
    "mulgi 4 varshachi, julab zala, pan khelte aahe, pani pite",
    "chhele 3 bochor, patla paikhana, kintu khelche, dudh khacche",
    "dole khol gele jagranamule",
    "30 weeks, kick feel aagudhu nalla",
    "8 mahina, baby movement achha hai, kal thoda kam feel hua",
]


@pytest.mark.parametrize("message", NOT_EMERGENCIES)
def test_a_child_who_plays_and_drinks_or_kicks_felt_are_no_emergency(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)
