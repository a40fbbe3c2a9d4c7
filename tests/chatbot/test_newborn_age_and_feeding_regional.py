"""A baby's age in days or weeks is read in the grammar of each region, so that a danger sign of the first two
months counts: the Odia child "chhua" and month "masa" ("chhua 1 masa ra"), the Bengali "boyesh 15 din"
(aged 15 days), the Gujarati feminine genitive before a child ("20 divas ni dikri"), the Punjabi "pote nu 12
din hoye ne" (12 days since the birth), the southern "which became" ("10 naal aana kuzhandhai", "12 divasam
aaya kunju") and the Telugu baby "papa" before a Telugu unit ending the clause ("papa ki 20 rojulu"). A baby
not breastfeeding is read in Gujarati ("dhavan nathi leto", "dhavti nathi"), Bengali ("bukor dudh tanchhe
na") and Odia ("dudha khauni"); a cord that has festered ("naal pak gayi") is a cord infection.

A duration or a stay ("papa ki 20 rojulu nundi jwaram", "papa 10 rojulu hospital lo"), a grown person's
age ("umar 60 saal"), hair turned grey ("baal pak gaye") and a healed cord are no emergency.

None of these messages is in the patient set; each checks a concept, not one wording.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_emergency, assert_not_emergency

YOUNG_INFANT_DANGER = [
    "chhua 1 masa ra, jwara asuchi",
    "pila 15 dinara, dudha khauni, thanda hei jaichi",
    "maru 15 divas nu baby dhavan nathi letu",
    "20 divas ni dikri dhavti nathi, aakhi divas oonghe che",
    "amar 20 diner chhele bukor dudh tanchhe na",
    "baby r boyesh 15 din, jor, dudh khacche na",
    "pote nu 12 din hoye ne, dudh nahi peenda",
    "10 naal aana kuzhandhai paal kudikkala",
    "12 divasam aaya kunju, pani undu",
    "papa ki 20 rojulu, paalu taagatledu",
    "2 hafte ka baby, naal pak gayi, laali aur pus",
]


@pytest.mark.parametrize("message", YOUNG_INFANT_DANGER)
def test_a_young_infants_danger_sign_told_in_regional_grammar_is_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message, number="108")


NOT_YOUNG_INFANT_DANGER = [
    "papa ki 20 rojulu nundi jwaram undi",
    "papa 10 rojulu hospital lo unnaru, ippudu jwaram",
    "10 naal aana piragu kaaichal kuraiyala",
    "2 din ni tav che, dikri ne",
    "umar 60 saal, 3 din se bukhar",
    "baal pak gaye 30 saal me, kya kare",
    "naal kata tha 2 hafte pehle, ab sookh gayi, baby theek",
    "10 din ka baby, kitni baar doodh pilana chahiye",
    "baby 3 weeks, thoda peela lag raha tha, ab saaf hai, doodh achha pee raha",
]


@pytest.mark.parametrize("message", NOT_YOUNG_INFANT_DANGER)
def test_durations_stays_and_healed_cords_are_no_emergency(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)
