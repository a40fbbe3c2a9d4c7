"""A concept's word marked "=" in the knowledge base is compared as typed, not by its spelling skeleton:
Bengali "kane" (in the ear) is no "khane" (eating), whose skeleton it is — so a meal told beside a
stomach ache never brings an ear infection into the answer — and Telugu "thala" (head) told as a headache
is no Hindi "tala" (fried) for gallstones. English words listed ``as_typed`` ("but", "book", "boy") meet no
regional sign word with their skeleton, and a Hinglish "ch" stays apart from an English "c" ("chhut",
missed, is no "cut"; "chadh", to climb, no "CAD"). None of these messages is in the patient set.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot
from medlink.chatbot.concepts import ConceptSet, Spellings

from .conftest import assert_intent


def test_a_word_marked_as_typed_meets_only_itself() -> None:
    concepts = ConceptSet({"ear": ["=kane", "kaan"], "ear_pain": ["dard =kane"]}, Spellings())
    assert {name for name, _s, _e in concepts.find(["kane"])} == {"ear"}
    assert concepts.find(["khane"]) == []  # the skeleton of "khane" is "kane"
    assert {name for name, _s, _e in concepts.find(["khaan"])} == {"ear"}  # unmarked: by skeleton
    assert {name for name, _s, _e in concepts.find(["dard", "kane"])} >= {"ear_pain"}
    assert "kane" in concepts.vocabulary


@pytest.mark.parametrize(
    "message",
    [
        "khana khane ke baad pet me dard hota hai",
        "khane ke baad pet phool jata hai aur gas banti hai",
        "2 saal se sugar hai, khane me kya kam karu",
        "khaane ke baad seene me jalan",
    ],
)
def test_a_meal_brings_no_ear_into_the_answer(bot: ChatBot, message: str) -> None:
    reply = bot.reply(message)
    assert not {"ear_infection", "earwax"} & set(reply.topics), (message, reply.topics)


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("amar kane khub byatha", "ear_infection"),  # Bengali: much pain in my ear
        ("kaane dukhe chhe ane paani nikle chhe", "ear_infection"),  # Gujarati: ear hurts, fluid comes
        ("tala khana khane ke baad pet me daayi taraf upar dard", "gallstones"),
    ],
)
def test_the_ear_and_the_fried_meal_are_still_read(bot: ChatBot, message: str, topic: str) -> None:
    assert_intent(bot, message, ("symptom_check", "disease_info", "remedy"), topic)


def test_a_headache_in_telugu_is_no_fried_meal(bot: ChatBot) -> None:
    reply = bot.reply("naaku thala noppi")
    assert "headache" in reply.topics and "gallstones" not in reply.topics


@pytest.mark.parametrize(
    ("message", "stray"),
    [
        ("fever since yesterday but no cough, should i worry", "piles"),  # "but" is no "butt"
        ("thyroid test kab karate hain, khali pet?", "sleep_apnea"),  # "karate" is no "kharrate"
        ("one boy in class has chickenpox, can my son go to school", "anxiety"),  # "boy" is no "bhoy" (fear)
        ("mumps is dangerous for boys?", "anxiety"),
        ("peeche ki daadh me bahut dard, thanda lagta hai", "fungal_infection"),  # "daadh" (a molar) is no "daad"
        ("kya TB chhune se failta hai", "worms"),  # "chhune" (touching) is no "chune" (pinworms)
        ("diabetes me kaunse phal kha sakte hai", "falls_elderly"),  # "phal" (fruit) is no "fall"
        ("subah uthti hu to kamar me dard hota hai", "uti"),  # "uthti" (gets up) is no "UTI"
        ("tikha khana khane se pet me jalan", "vaccination"),  # "tikha" (spicy) is no "tika" (a vaccine)
        ("jaada me ghutno ka dard badh jata hai", "diarrhoea"),  # "jaada" (winter) is no "jhaada"
    ],
)
def test_an_english_word_is_no_regional_sign_with_its_skeleton(bot: ChatBot, message: str, stray: str) -> None:
    reply = bot.reply(message)
    assert stray not in reply.topics, (message, reply.topics)


def test_a_word_as_typed_in_a_message_meets_no_concept_by_its_skeleton() -> None:
    spellings = Spellings(as_typed=["book"])
    concepts = ConceptSet({"chest": ["buk", "chhati"]}, spellings)
    assert concepts.find(["book"]) == []
    assert {name for name, _s, _e in concepts.find(["buk"])} == {"chest"}


@pytest.mark.parametrize(
    ("message", "stray"),
    [
        ("bachhe ka tika chhut gaya, ab kab lagwayein", "wounds"),  # "chhut" (missed) is no "cut"
        ("kya typhoid chhoot ki bimari hai", "wounds"),  # "chhoot" (contagion)
        ("seedhi chadhne me ghutno me dard hota hai", "coronary_artery_disease"),  # "chadh" (to climb) is no "CAD"
        ("bukhar chadh raha hai 102, sar dard", "coronary_artery_disease"),
    ],
)
def test_a_ch_word_is_no_english_c_word(bot: ChatBot, message: str, stray: str) -> None:
    reply = bot.reply(message)
    assert stray not in reply.topics, (message, reply.topics)


@pytest.mark.parametrize(
    ("message", "topic"),
    [("haath pe chhota sa cut lag gaya, kya lagayein", "wounds"), ("what is cad, my father has it", "coronary_artery_disease"),
     ("bachche ko khansi aur zukaam hai", "common_cold"), ("chhati me jalan hoti hai khana khane ke baad", "gastritis")],
)  # fmt: skip
def test_ch_and_c_words_are_still_read(bot: ChatBot, message: str, topic: str) -> None:
    reply = bot.reply(message)
    assert reply.intent == "emergency" or topic in reply.topics, (message, reply.intent, reply.topics)


@pytest.mark.parametrize("message", ["bhai jag raha hai", "baby jag gaya hai aur ro raha hai", "raat ko 2 baje tak jaag raha tha"])
def test_awake_is_no_froth(bot: ChatBot, message: str) -> None:
    """"jag" / "jaag" (awake) have the skeleton of "jhaag" (froth at the mouth, a sign of fits): compared as
    typed, being awake is no fit."""
    assert bot.reply(message).intent != "emergency", message


@pytest.mark.parametrize("message", ["jhaag aa raha hai muh se, haath pair akad gaye", "daura pada aur muh se jhag"])
def test_froth_with_fits_is_still_an_emergency(bot: ChatBot, message: str) -> None:
    assert bot.reply(message).intent == "emergency", message
