"""Complaints and care questions told in the words of the Hindi belt's dialects and its neighbours, often
in Devanagari, name their topic or symptom instead of falling through:

- feeding a baby: "doodh pilaun" (how often do I feed), weaning "doodh chhudana / chhudaye" (Dogri
  "दुद्ध छुड़ाना"), Odia "dudha debi" -> breastfeeding;
- nausea in formal Hindi "मिचली" (morning nausea "प्रातःकालीन मिचली" -> morning sickness) and the Marathi
  plural "उलट्या" (vomits);
- Bhojpuri / Chhattisgarhi "khoon ke kami" (anaemia) and "पेट म कीरा" (worms in the belly);
- drink: Jharkhand rice beer "हड़िया" drunk daily, Odia "mada piye" -> alcohol;
- Garhwali "घुंडों" (knees), Nepali "नाक बगिरहन्छ" (runny nose) and "हाछ्युँ" (sneezing), Marathi
  "दम्याचा पंप" (the asthma pump), Kumaoni "बात बिसरि जानी" (forgets things), "khaanste hain" (they cough).

A name or a word of another sense ("Hadiya ko bukhar hai" is a girl with fever, not drink; "doodh
garam karo" is no feeding question) does not name these topics.

Sentences of our own, none of them in the patient set.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_intent

HEALTH = ("symptom_check", "remedy", "disease_info")

#: (message, topic)
TOPICS = [
    ("नवजात को दिन में कितनी बार दूध पिलाऊं", "breastfeeding"),
    ("beti 1 saal ki hai, doodh kaise chhudaye", "breastfeeding"),
    ("मुन्ने दा दुद्ध छुड़ाना ऐ", "breastfeeding"),
    ("jhia ku rati re kete thara dudha debi", "breastfeeding"),
    ("गर्भावस्था में प्रातःकालीन मिचली से राहत कैसे मिले", "morning_sickness"),
    ("hamra khoon ke kami ba, ka khaayi", "anaemia"),
    ("नोनी के पेट म कीरा होगे हे", "worms"),
    ("घरवाला रोज हड़िया पियत हे, कइसे छुड़ाई", "alcohol"),
    ("bapa roj mada piye, kana karibi", "alcohol"),
    ("दम्याचा पंप कसा वापरायचा", "asthma"),
]

#: (message, symptom)
SYMPTOMS = [
    ("नानी को मिचली आ रही है सुबह से", "vomiting"),
    ("पोराला सारख्या उलट्या होतात", "vomiting"),
    ("बाबुको नाक बगिरहन्छ", "nose"),
    ("हिजो देखि हाछ्युँ आइरहेको छ", "nose"),
    ("बुबा कैं सब बात बिसरि जानी", "memory"),
    ("dadaji raat bhar khaanste hain", "cough"),
]

#: a knee in Garhwali, with pain: a complaint about that body part
KNEE_PAIN = ["बाबू के घुंडों में पीड़ रैंद", "ghundon me dard rehta hai"]

NOT_THESE_TOPICS = [
    ("Hadiya ko bukhar hai", "alcohol"),
    ("doodh garam karke rakh do", "breastfeeding"),
]


@pytest.mark.parametrize(("message", "topic"), TOPICS)
def test_a_dialect_word_names_its_topic(bot: ChatBot, message: str, topic: str) -> None:
    assert_intent(bot, message, HEALTH, topic)


@pytest.mark.parametrize(("message", "symptom"), SYMPTOMS)
def test_a_dialect_word_is_read_as_its_symptom(bot: ChatBot, message: str, symptom: str) -> None:
    assert_intent(bot, message, HEALTH)
    assert symptom in bot._analyse(message).symptoms, message


@pytest.mark.parametrize("message", KNEE_PAIN)
def test_the_garhwali_knee_with_pain_is_a_complaint_about_the_joints(bot: ChatBot, message: str) -> None:
    assert_intent(bot, message, HEALTH)
    assert "joints" in bot._analyse(message).body_parts, message


@pytest.mark.parametrize(("message", "topic"), NOT_THESE_TOPICS)
def test_a_name_or_another_sense_names_no_such_topic(bot: ChatBot, message: str, topic: str) -> None:
    assert topic not in bot.reply(message).topics, message
