"""A pregnancy is often told only by its months beside a word for the wife or the daughter-in-law, in the
words of each region: Bhojpuri "mehraru" / "patoh", Haryanvi "lugai", Maithili "kaniya", Odia / Assamese
"bohu", Tamil "manaivi", Telugu "bharya", Kannada "hendathi", "ghar wali" typed apart, and the months in
the region's own word ("8 mash", "8 masa", "8 maasam", "8 nelalu", Marathi "8 mahinyachi"). A danger sign
beside such months (bleeding, the waters breaking, fits, blurred sight with headache) is an obstetric
emergency, and so it is when the months are told in a clause of their own after the woman's complaint
("wife ke pair sooj gaye, 8 mahina, dhundhla dikh raha"). "bayko 8 mahinyachi" is the wife's months, not a
child of eight months.

Months that are a time gone by ("6 mahine se", "2 mahine ho gaye", "6 mahina pahile"), a child's age told
after the woman ("biwi ki beti 7 mahine ki", "bahu 8 mahine ki baby") or months beside a complaint that is
no danger sign are no emergency.

None of these messages is in the patient set; each checks a concept, not one wording.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_emergency, assert_not_emergency

PREGNANCY_DANGER_BY_MONTHS = [
    "bayko 8 mahinyachi aahe, pani gela",
    "bou 8 mash, rokto jachhe",
    "patoh ke 9 mahina chalat ba, pani gir gail",
    "manaivi 8 maasam, bleeding aagudhu",
    "bharya ki 8 nelalu, bleeding avuthundi",
    "lugai ke 8 mahina h, khoon jaa rya",
    "ghar wali 7 mahine, pet me bahut dard aur khoon",
    "bohu ra 8 masa, rakta jauchi",
    "kaniya ke 8 mahina, haath pair phool gel, aankh me andhar",
    "hendathi 8 tingalu, bleeding aagtide",
    "wife ke pair bahut soojh gaye, 8 mahina, sir dard, dhundhla dikh raha",
    "mehraru ke 9 mahina, aankh ke aage andhera, sir fat raha",
]


@pytest.mark.parametrize("message", PREGNANCY_DANGER_BY_MONTHS)
def test_a_danger_sign_beside_a_womans_months_is_an_obstetric_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message, number="108")


NOT_PREGNANCY_DANGER = [
    "behen ko periods me bahut bleeding hoti hai. 6 months",
    "wife ko piles hai, khoon aata hai latrine me, 6 mahine se",
    "meri wife 6 months ki delivery ke baad bahut kamzor",
    "bahu 8 mahine ki baby ko doodh pilati hai, khud ko bukhar",
    "biwi ki beti 7 mahine ki hai, dast",
    "mehraru ke 6 mahina pahile operation bhail, ab dard",
    "lugai ko 2 din se khansi hai",
    "wife ke pair me dard, 2 mahine ho gaye",
    "wife ke 8 mahine ho gaye, neend nahi aati",
]


@pytest.mark.parametrize("message", NOT_PREGNANCY_DANGER)
def test_months_gone_by_or_a_childs_age_are_no_emergency(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)
