"""Whether a disease is catching, asked in Marwari, Haryanvi, Punjabi or Assamese words ("kodh chhut se
hove", "chhut ri bimari hai kai", "chhut lage ne", "chhut lagda"), asks about the disease: a
disease-information answer (how it spreads), even when someone near has it, as "chhoot ki bimari hai
kya" already is.

Quitting told with the same word ("sharab ki aadat nahi chhut rahi", "beedi ki aadat chhut gayi thi") is no question of catching.

None of these messages is in the patient set; each checks a way of asking, not one wording.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_intent

CATCHING_ASKED = [
    ("kodh chhut se hove ke, padosi ne hai", "leprosy"),
    ("ringworm chhut lage ne, bhai r ase", "fungal_infection"),
    ("TB chhut ri bimari hai kai, kaka ne hui", "tuberculosis"),
    ("psoriasis chhut lagda hai, sathi nu hai", "psoriasis"),
    ("khaj chhut se hoti hai kya, hostel me sabko", "scabies"),
]


@pytest.mark.parametrize(("message", "topic"), CATCHING_ASKED)
def test_catching_asked_in_regional_words_gets_how_it_spreads(bot: ChatBot, message: str, topic: str) -> None:
    assert_intent(bot, message, "disease_info", topic)


@pytest.mark.parametrize("message", ["papa ki sharab ki aadat nahi chhut rahi, kya kare", "beedi ki aadat chhut gayi thi, phir se shuru ho gayi, kya karu"])
def test_quitting_told_with_the_same_word_asks_for_care(bot: ChatBot, message: str) -> None:
    assert_intent(bot, message, "remedy")
