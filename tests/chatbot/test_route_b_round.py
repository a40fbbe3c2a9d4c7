"""Routing of calm messages: a complaint told in a regional language, Hinglish or Devanagari dialect is
triaged with the topic its signs point to (knee pain on the stairs, a weak urine stream, swollen ankles
with breathlessness, eyes stuck with discharge, an ear with pus, fever with shivering, a baby crying
through the night, itching worse at night in the whole family, lice eggs in the hair, water-filled spots
with fever, shaking hands with a slow walk, a swollen joint after meat, pain under
the right ribs after oily food, forgetfulness in a grandparent, wetting the bed, periods not coming,
weeping after a delivery); a complaint ending "please advise" is triaged rather than given home care; a
heart attack named only as a figure of speech about a match or a quiz names no topic; greetings in the
name of a god, a question about what the assistant does and a cancelled appointment are recognised.

None of these messages is in the patient set; each checks a word family or a way of saying a thing.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_emergency, assert_intent, assert_not_emergency


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("दादी का घुटना पिरात है, सीढ़ी चढ़त मा दिक्कत, सबेरे जकड़ जात है", "arthritis"),
        ("grandpa wakes up to pee 4 times at night, the stream is weak", "prostate"),
        ("my uncle gets up at night to pass urine many times, flow is weak", "prostate"),
        ("mummy ke ankles swell in the evening and she is breathless on stairs", "heart_failure"),
        ("appa kaal veengudhu, padi eruna moochu vaangudhu", "heart_failure"),
        ("chhorako aankha rato cha, chipchipa aauncha", "conjunctivitis"),
        ("aamako khutta ma nasa fulera nilo bhayo", "varicose_veins"),
        ("jhia ra kana ru pus baharuchi, byatha bhi", "ear_infection"),
        ("बुखार आवत बा, जाड़ा लग के, फिर पसीना, गाँव में मच्छर", "malaria"),
        ("baby raat bhar rove, pair upar kheenche, pet tight", "colic"),
        ("kai naal ah udambu sori, raathiri adhigam, veetla ellarukkum", "scabies"),
        ("idupu pakkathula vali, urine sivappa varudhu", "kidney_stones"),
        ("बिटिया के बाल में सफेद अंडा जइसन चिपकल बा, सिर में खुजली", "head_lice"),
        ("पूरे बदन पर पानी वाला दाना और बुखार", "chickenpox"),
        ("dadaji ke hands shake even at rest and walking has become slow", "parkinsons"),
        ("bou ra goda phuli jauchi, machha mansa khaile byatha adhika", "gout"),
        ("peta dahana pakhe upar byatha, tela jinisa khaile", "gallstones"),
        ("hajurba sabai kura bhulnu huncha, baato pani bhulnu huncha", "dementia"),
        ("beta 7 saal ka, ab bhi bister geela kar deta hai raat ko", "bedwetting"),
        ("पोती के रात में बिछौना पर पेशाब हो जाला", "bedwetting"),
        ("mo masika dui mahina hela asuni", "irregular_periods"),
        ("हमर मासिक तीन महीना से न होलई", "irregular_periods"),
        ("bahu delivery ke baad se rona aara, baby se judaav feel nahi hota", "depression"),
    ],
)
def test_a_complaint_told_regionally_is_triaged_with_its_topic(bot: ChatBot, message: str, topic: str) -> None:
    """The signs told in the words of a language or dialect point to the topic; the complaint is
    triaged (which doctor, what to do) and raises no alarm."""
    assert_intent(bot, message, "symptom_check", topic)


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("periods 12 days late, test negative, exams going on. please advise", "irregular_periods"),
        ("my daughter 3 yrs keeps pulling her ear at night, slight fever. kindly advise", "ear_infection"),
    ],
)
def test_a_complaint_ending_with_please_advise_is_triaged(bot: ChatBot, message: str, topic: str) -> None:
    """A bare request for advice after a complaint asks what it may be and whom to see."""
    assert_intent(bot, message, "symptom_check", topic)


@pytest.mark.parametrize(
    "message",
    [
        "semi final dekha, last ball pe mujhe heart attack aate aate bacha haha, kal ka match kab hai",
        "that horror movie literally gave me a heart attack lol, any other film like it",
        "the exam results gave me a literal heart attack lmao",
    ],
)
def test_a_heart_attack_told_as_a_figure_of_speech_names_no_topic(bot: ChatBot, message: str) -> None:
    """Nearly having a heart attack over a match, or a joke about one, is no complaint: no alarm and
    no heart topic."""
    reply = assert_not_emergency(bot, message)
    assert "coronary_artery_disease" not in reply.topics, (message, reply.intent, reply.topics)
    assert reply.intent != "symptom_check", (message, reply.intent)


@pytest.mark.parametrize(
    "message",
    [
        "match dekhte hue papa ko seene me tez dard, pasina, heart attack lag raha hai",
        "during the cricket final my uncle collapsed with chest pain, is it a heart attack",
    ],
)
def test_a_real_heart_attack_during_a_match_is_still_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message, number="108")


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("jai jagannath", "greeting"),
        ("jay siya ram ji", "greeting"),
        ("har har mahadev 🙏", "greeting"),
        ("यह सहायक किन किन विषयों में मदद कर सकता है", "help"),
        ("नमस्ते, यह सहायक किन किन विषयों में मेरी मदद कर सकता है", "help"),
        ("कल का मेरा दाँतों वाले डॉक्टर का समय निरस्त कर दीजिए", "appointments"),
    ],
)
def test_greetings_help_and_cancelled_bookings(bot: ChatBot, message: str, intent: str) -> None:
    assert_intent(bot, message, intent)


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("haathon me jhunjhuni rehti hai, kya ye thyroid ke karan ho sakta hai", "thyroid"),
        ("सातवाँ महीना है, पैरों में सूजन है, बच्चे को कोई दिक्कत तो नहीं", "pregnancy"),
        ("at 17 weeks, still can't feel baby moving, is that normal? my first", "pregnancy"),
    ],
)
def test_a_complaint_asked_about_its_cause_or_told_in_pregnancy_is_triaged(
    bot: ChatBot, message: str, topic: str
) -> None:
    """Asking whether a told complaint comes from a condition asks what it is; the month of a pregnancy
    told before the baby is named, or the baby's movements not yet felt, make the complaint a pregnancy's."""
    assert_intent(bot, message, "symptom_check", topic)


def test_a_joke_about_a_dropped_phone_names_no_heart_topic(bot: ChatBot) -> None:
    message = "mera phone 5 mahine purana hai, heart attack aate aate bacha jab gira haha, repair kahan"
    reply = assert_not_emergency(bot, message)
    assert "coronary_artery_disease" not in reply.topics, (reply.intent, reply.topics)


def test_a_cord_not_yet_fallen_is_newborn_care(bot: ChatBot) -> None:
    """"Not yet fallen" told of the cord is the complaint itself, not a denial of it."""
    assert_intent(bot, "beti ki naal abhi tak nahi giri, 2 hafte ho gaye", "symptom_check", "newborn_care")


def test_a_greeting_saying_who_sent_one_is_a_greeting(bot: ChatBot) -> None:
    assert_intent(bot, "hello sir, didi ne bola aapse baat karne ko", "greeting")


def test_years_told_before_the_person_are_a_childs_age(bot: ChatBot) -> None:
    """"my 4 yr sister": the years before the person are her age, so a child's poor eating is child nutrition."""
    assert_intent(
        bot, "my 4 yr sister not eating properly and is very thin, what should we feed her", "remedy", "child_nutrition"
    )
