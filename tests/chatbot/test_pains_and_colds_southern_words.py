"""Everyday pains, colds and giddiness in the words of the southern languages (typed in Latin letters) are
complaints, not "I didn't understand": Tamil "vayiru vali" (belly pain), "mutti vali" (knee pain), "pallu
vali" (toothache), "mookku adaippu" (blocked nose), "thummal" (sneezing), "thalai suttral" (giddiness);
Telugu "vollu noppulu" (body aches), "panti noppi" (toothache), "tummulu" (sneezes), "thala tirugudu"
(giddiness); Kannada "negadi" (a cold), "mai kai novu" (body ache), "turike" (itching); Malayalam
"dehavedana" (body ache).

Tamil "vali" (pain) is never read alone: Hindi "vali" / "wali" (of, the one) stays a plain word ("ghar vali",
"wali baat").

Sentences of our own, none of them in the patient set.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_intent, assert_not_intent

HEALTH = ("symptom_check", "remedy", "disease_info")

#: (message, symptom)
SYMPTOMS = [
    ("paiyanukku vayiru vali, enna seiyanum", "stomach_pain"),
    ("rendu naala vayitru vali", "stomach_pain"),
    ("paatikku mutti vali romba", "joint_pain"),
    ("mookku adaippu, thoongave mudiyala", "nose"),
    ("kaalaila irundhu thummal nikkala", "nose"),
    ("ammavukku thalai suttral varuthu", "dizziness"),
    ("naanna ki vollu noppulu ekkuva", "body_ache"),
    ("papa ki tummulu vastunnayi", "nose"),
    ("thala tirugudu ga undi", "dizziness"),
    ("ajji ge mai kai novu jasti", "body_ache"),
    ("kai mele turike aagtide", "itching"),
    ("achanu dehavedana undu", "body_ache"),
]

#: (message, topic)
TOPICS = [
    ("pallu vali thaangala, enna pannalam", "toothache"),
    ("panti noppi tagginchadaniki emi cheyali", "toothache"),
    ("magu ge negadi aagide", "common_cold"),
]

NOT_PAIN = [
    "ghar vali ko bolna hai",
    "wali baat yaad hai",
    "vali mohammad ki dukaan kahan hai",
]


@pytest.mark.parametrize(("message", "symptom"), SYMPTOMS)
def test_a_southern_word_for_a_pain_or_a_cold_is_its_symptom(bot: ChatBot, message: str, symptom: str) -> None:
    assert_intent(bot, message, HEALTH)
    analysis = bot._analyse(message)
    assert symptom in analysis.symptoms + analysis.generic, message


@pytest.mark.parametrize(("message", "topic"), TOPICS)
def test_a_southern_word_names_its_topic(bot: ChatBot, message: str, topic: str) -> None:
    assert_intent(bot, message, HEALTH, topic)


@pytest.mark.parametrize("message", NOT_PAIN)
def test_hindi_vali_is_no_pain(bot: ChatBot, message: str) -> None:
    assert_not_intent(bot, message, HEALTH + ("emergency",))
