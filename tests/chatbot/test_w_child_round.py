"""Child danger signs and injuries told in everyday words of India's languages, beside calm messages sharing them.

Checks that a baby who will not feed and has gone limp or worn out (Tamil "sorvaa", Kannada "nishakti",
Bhojpuri "murjhayal", "dudh piyat nai"), a sunken soft spot of the head with loose motions, a stiff neck with
fever told in Gujarati ("gardan jakdai"), a bone that has torn through the skin ("haddi chamdi fad ke") and
someone who does not get up after a lorry or vehicle hit (Telugu), a harsh or crowing sound of a child breathing
in (stridor), a baby who cannot suck, a hand or finger gone into a thresher or fodder cutter, being knocked
down by a truck ("udaa diya") and a deep cut with the flesh showing are emergencies, raw meat, a light nick
from a cutter, money blown, while a question about stridor, a snuffly nose,
thumb-sucking, a question about when the soft spot closes, a tired child who feeds well, a neck stiff from the pillow without fever, food for bones
and skin and an old accident stay calm.
None of these messages is in the patient set.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_emergency, assert_not_emergency


@pytest.mark.parametrize(
    "message",
    [
        "en kozhandhai kaalaiyilirundhu paal kudikkala, romba sorvaa irukku",
        "nanna magu haalu kudiyuttilla, tumba nishakti aagide",
        "hamar bachha dudh piyat nai, ekdam murjhayal ba",
        "baby ka taalu dhansa hua lag raha hai, subah se dast ho rahe",
        "chhotu ka taaloo dhansa hai, do din se patle dast",
        "baby ki fontanelle dhansi hui hai aur ulti",
        "mari dikri ne tav che ane gardan jakdai gai che",
        "kheton mein gira, haddi chamdi fad ke bahar nikal aayi",
        "auto guddindi, anna lechatledu",
        "bus guddindi, thammudu lechatledu",
        "my daughter makes a harsh sound when breathing in, even lying quietly",
        "toddler has a crowing noise with every breath tonight",
        "chhoti bachi doodh choos hi nahi pa rahi",
        "newborn is too weak to suck at the breast",
        "chacha ka haath thresher mein chala gaya, chilla rahe hain",
        "bete ki ungli chaff cutter mein chali gayi",
        "truck wale ne udaa diya mere dost ko, sadak pe pada hai",
        "kulhadi se pair mein gehra ghaav, andar ka maas dikh raha hai",
    ],
)
def test_child_danger_and_injury_in_own_words_are_emergencies(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        "baby ka taalu kab tak band hota hai",
        "kozhandhai vilayaadi romba sorvaa irukku, aana nalla saapdudhu",
        "bachha thoda murjhaya sa lagta hai par doodh theek pee raha hai",
        "ushiki thi gardan jakdai gai che, tav nathi",
        "haddi aur chamdi ke liye kya khana chahiye",
        "what is stridor in children",
        "kaccha chicken ka maas dikh raha hai, kitna pakaye",
        "cutter me ungli lagi, halka sa kata",
        "bike wale ne paise uda diye",
        "baby ko jukam hai, saans lete waqt naak se awaaz aati hai par khel raha hai",
        "baby angootha chus raha hai, kaise chhudaye",
        "do saal pehle truck se accident hua tha, ab ghutne mein dard rehta hai",
    ],
)
def test_calm_messages_sharing_those_words_stay_calm(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)
