"""Injuries, burns and choking told in the words of the hills and the plains: the Garhwali / Kumaoni past
ending "-ige" read as "gaya" ("frock jalige" = the frock caught fire, "mungphali atkige" = the peanut got
stuck, "girige" = fell), a face turned blue in Garhwali ("muh nilu padnu"), an object stuck with the voice
gone or the face blue, a limb bent after a fall in Maithili ("haath tedh bha gel"), a fall in Punjabi ("dig
pae") before a shortened leg, a twisted or hurt neck ("gardan mud gi", "gardan pe chot") with the arms and
legs not moving or numb ("haath pair koni hil re", "haath pair sunn"), feeling lost below the waist after a
fall ("kamar ke neeche kuch mehsoos nahi"), and a child's frock, kurta or dupatta that caught fire.

A cough from food that went down the wrong way and is over, a voice gone hoarse, tea spilled on a frock or a
table, a stiff neck from sleeping, neck pain with tingling from desk work, numbness from diabetes or an old
injury and a small blister are no emergency.

None of these messages is in the patient set; each checks a concept, not one wording.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_emergency, assert_not_emergency

EMERGENCIES = [
    "coin atkige nati ku, awaz ni aani",
    "chana atak gaya baby ke gale me, neela pad raha",
    "nati ku mungphali atkige, muh nilu padnu",
    "chulla ma natin ku frock jalige, chhati par bada bada chhala",
    "diye se beti ka kurta jal gaya, chhati pe chhale",
    "ladka gachh sa khasi padal, haath tedh bha gel",
    "bebe ji dig pae, latt chhoti lag rahi",
    "akhade me chhore ki gardan mud gi, ib haath pair koni hil re",
    "kushti me gardan pe chot, haath pair sunn ho gaye",
    "papa seedhi se gire, kamar ke neeche kuch mehsoos nahi ho raha",
    "chhat se gira, gardan pe chot, haath pair hil nahi rahe",
]


@pytest.mark.parametrize("message", EMERGENCIES)
def test_injuries_burns_and_choking_in_hill_and_plains_words_are_emergencies(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message, number="108")


NOT_EMERGENCIES = [
    "kal raat khaana atak gaya tha gale me, ab theek hai, pani pi liya",
    "gale me kuch atka hua lagta hai, awaaz bhaari",
    "hot weather me skin peeling off from nose",
    "frock pe chai gir gayi, daag kaise hataye",
    "chai ulat gayi table pe, kapda gila",
    "gardan mud gayi sote sote, dard hai",
    "gardan me dard aur haath me jhunjhuni, computer pe kaam",
    "purani chot, gardan me dard, haath sunn rehta",
    "haath pair sunn ho jaate sugar ki wajah se",
    "chhota sa chhala pad gaya istri se",
]


@pytest.mark.parametrize("message", NOT_EMERGENCIES)
def test_look_alike_mild_or_old_complaints_are_no_emergency(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)
