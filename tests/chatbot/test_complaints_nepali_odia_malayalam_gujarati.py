"""Everyday complaints told in the words of Nepali, Odia, Kannada, Gujarati and Malayalam (typed in Latin
letters) are health questions, not "I didn't understand":

- Nepali: "tauko" (head) with "dukhyo / dukhchha" (hurts) is a headache, "ghaanti dukhyo" a sore throat,
  "khoki" a cough, "rugha" a cold, "pakhala lagyo" diarrhoea, "ringata lagyo" dizziness and "banta aayo"
  vomiting;
- Odia: "jara hauchi / hela / asuchi" (fever comes), "banti hauchi" (vomiting), "peta bindhuchi" (the belly
  pierces: pain) and "bichana re pani" (water in the bed: bedwetting);
- Kannada "vaanti" and Gujarati "udharas" (cough), "toilet kadak" (hard stools), "door nu dhundhlu"
  (far is blurred: short sight), "maathe ju" (lice on the head);
- Malayalam "pani undu / vannu" (fever), "kurukal" (pimples), "thalayil pen" (lice on the head), "kannu
  manja" (yellow eyes), "dehathil kumilakal" (blisters over the body: chickenpox).

The same words where they mean something else are no complaint: Hindi "jara" (a little), "banti" (a
name), "pani" (water), "pen", "jau" (I go), the Marathi "kasa" (how), the Odia dish "pakhala bhata".

Sentences of our own, none of them in the patient set.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_intent, assert_not_intent

HEALTH = ("symptom_check", "remedy", "disease_info")

#: (message, the symptom read in it)
SYMPTOMS = [
    ("aama ko tauko dukhchha, ke garne", "headache"),
    ("hijo dekhi tauko dukhyo", "headache"),
    ("babu ko ghaanti dukhyo, khana khana sakdaina", "sore_throat"),
    ("bhai lai khoki lagyo, ke garne", "cough"),
    ("hajurbuba lai ringata lagchha bihana", "dizziness"),
    ("chhori lai banta aayo duita choti", "vomiting"),
    ("mo jhia ku jara hauchi", "fever"),
    ("mo pua ku jara asuchi 2 dina heba", "fever"),
    ("bou ku rati re jara hela", "fever"),
    ("chhua ku banti hauchi, kana karibi", "vomiting"),
    ("magalige vaanti aagtide", "vomiting"),
    ("dikra ne udharas che, shu karvu", "cough"),
    ("ammaykku pani undu, enthu cheyyanam", "fever"),
    ("innale muthal pani vannu, thalavedana", "fever"),
    ("kunjinte kannu manjayayi", "yellow_eyes"),
]

#: (message, topic)
TOPICS = [
    ("chhoro lai pakhala lageko chha, ke khuwaune", "diarrhoea"),
    ("ghar ma sabai lai pakhala lagyo", "diarrhoea"),
    ("nani lai rugha lagyo", "common_cold"),
    ("mo nati raati re bichana re pani karuchi", "bedwetting"),
    ("dikri ne toilet kadak aave che", "constipation"),
    ("mane door nu dhundhlu dekhay", "myopia"),
    ("chhokri na maathe ju padi gai", "head_lice"),
    ("monte mukhathu kurukal, enthu cheyyanam", "acne"),
    ("molude thalayil peen undu", "head_lice"),
    ("kuttikku dehathil kumilakal, choriyunnu", "chickenpox"),
]

NOT_COMPLAINTS = [
    "jara jaldi batao clinic kahan hai",
    "banti ki shaadi kab hai",
    "thoda pani pila do",
    "school ka pen kho gaya",
    "mera beta ghar jau bolta hai",
    "kasa aahes bhau",
    "mu pakhala bhata khaibi",
]


@pytest.mark.parametrize(("message", "symptom"), SYMPTOMS)
def test_a_regional_complaint_word_is_read_as_its_symptom(bot: ChatBot, message: str, symptom: str) -> None:
    assert_intent(bot, message, HEALTH)
    assert symptom in bot._analyse(message).symptoms, message


@pytest.mark.parametrize(("message", "topic"), TOPICS)
def test_a_regional_complaint_names_its_topic(bot: ChatBot, message: str, topic: str) -> None:
    assert_intent(bot, message, HEALTH, topic)


@pytest.mark.parametrize("message", NOT_COMPLAINTS)
def test_the_same_words_meaning_something_else_are_no_complaint(bot: ChatBot, message: str) -> None:
    assert_not_intent(bot, message, HEALTH + ("emergency",))
