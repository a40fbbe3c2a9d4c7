"""Three everyday asks that fell through name their topic:

- losing weight told with "ghatana" ("weight ghatana hai", "wajan kaise ghatane") is the obesity topic, as
  "weight kam karna" already was;
- a leech on the skin ("leech bite", Hindi "jonk lag gayi", "jonk kaise nikale", Tamil "attai kadi",
  Malayalam "atta kadichu") asks for the care of a small wound;
- whether a young baby may be given water, in Bengali ("jol khaowate hobe"), is a feeding question
  (breastfeeding: no water before 6 months).

"jonk ki tarah chipak gaya" (clinging like a leech) is an idiom, no wound.

Sentences of our own, none of them in the patient set.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_intent

HEALTH = ("symptom_check", "remedy", "disease_info")

#: (message, topic)
CASES = [
    ("shaadi se pehle weight ghatana hai, kya khaun", "obesity"),
    ("wajan kaise ghatane, 92 kilo hu", "obesity"),
    ("trek pe leech bite hua, kya lagaye", "wounds"),
    ("dhaan ke khet me pair pe jonk lag gayi", "wounds"),
    ("jonk kaise nikale bina khoon ke", "wounds"),
    ("kaalil attai kadichu", "wounds"),
    ("3 mash er baby, jol khaowate hobe ki", "breastfeeding"),
]


@pytest.mark.parametrize(("message", "topic"), CASES)
def test_the_ask_names_its_topic(bot: ChatBot, message: str, topic: str) -> None:
    assert_intent(bot, message, HEALTH, topic)


def test_clinging_like_a_leech_is_no_wound(bot: ChatBot) -> None:
    assert "wounds" not in bot.reply("chhota bhai jonk ki tarah chipak gaya hai").topics
