"""The scans and blood tests of a pregnancy (the NT scan, the double / triple marker, the anomaly or level 2
scan, the growth scan) and the onset of labour ("labour pain", "contractions", "false labour", "braxton
hicks", Hindi "prasav pida") name the pregnancy topic: asked about, they get what a pregnancy needs, not
"I didn't understand". Contractions told at a preterm week stay an emergency.

Body complaints told in regional words are complaints: a knee replacement in Punjabi ("gode badalne",
arthritis), fingers stiff in the morning in Bengali ("haater angul shokto hoye thake"), a leg swollen in
Malayalam ("kaal thadichu", "kaalil neeru"), hands that tremble in Nepali ("haath kampchha", "kapnai").

Sentences of our own, none of them in the patient set.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_emergency, assert_intent

HEALTH = ("symptom_check", "remedy", "disease_info")

PREGNANCY_ASKS = [
    "nt scan kis hafte me hota hai",
    "what does the double marker test check",
    "triple marker report me high risk likha hai, iska matlab",
    "anomaly scan kab karwana chahiye",
    "level 2 scan kyu zaroori hai",
    "growth scan me baby chota bataya",
    "how do i tell braxton hicks from real labour",
    "false labour aur asli dard me fark kaise kare",
    "prasav pida kaise pehchane",
    "labour pains start hone ke kya signs hain",
]

PRETERM_CONTRACTIONS = [
    "29 weeks pregnant and contractions every 10 minutes",
    "7 mahine ki pregnancy hai, contractions aa rahe hain aur paani nikla",
]

#: (message, topic)
TOPICS = [
    ("doctor ne papa de gode badalne nu keha, kinne din aaram", "arthritis"),
    ("mummy de gode da operation karwana hai, baad vich kasrat", "arthritis"),
]

#: (message, symptom)
SYMPTOMS = [
    ("mayer haater angul sokale shokto hoye thake", "stiffness"),
    ("ammayude kaal thadichu, randu divasam aayi", "leg_swelling"),
    ("appooppante kaalil neeru undu", "leg_swelling"),
    ("hajuraama ko haath kampchha, chiya khana garo", "tremor"),
    ("buba ko haath kapnai, lekhna sakdaina", "tremor"),
]


@pytest.mark.parametrize("message", PREGNANCY_ASKS)
def test_a_pregnancy_scan_or_the_onset_of_labour_asked_about_names_pregnancy(bot: ChatBot, message: str) -> None:
    assert_intent(bot, message, HEALTH, "pregnancy")


@pytest.mark.parametrize("message", PRETERM_CONTRACTIONS)
def test_contractions_at_a_preterm_week_stay_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)


@pytest.mark.parametrize(("message", "topic"), TOPICS)
def test_a_knee_replacement_in_punjabi_names_arthritis(bot: ChatBot, message: str, topic: str) -> None:
    assert_intent(bot, message, HEALTH, topic)


@pytest.mark.parametrize(("message", "symptom"), SYMPTOMS)
def test_a_regional_body_complaint_is_read_as_its_symptom(bot: ChatBot, message: str, symptom: str) -> None:
    assert_intent(bot, message, HEALTH)
    assert symptom in bot._analyse(message).symptoms, message
