"""Asking how a complaint will get well or go away, in the words of other languages, asks what to do
(a ``remedy``): Punjabi "kiven theek hovega", Gujarati "kem saru thase" and "kem karvu" (how to do it),
Tamil "eppadi sari aagum", Malayalam "engane maarum", Kannada "hege kadime aagutte", Telugu "ela
taggutundi" and Nepali "kasari niko huncha", as the Hindi "kaise thik hoga". The same complaint told
without such a question, or asked about in the words of how it comes ("kiven hunda"), is not read so.

None of these messages is in the patient set; each checks a question shape, not one wording.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_intent, assert_not_intent

HOW_IT_GETS_WELL = [
    "do din ton khansi hai, kiven theek hovegi",
    "bukhar kiven theek hunda jaldi",
    "gala kharab che, kem saru thase",
    "pet dukhe che, kem karvu",
    "irumal romba irukku, eppadi sari aagum",
    "chuma kure naalayi, engane maarum",
    "kemmu jaasti ide, hege kadime aagutte",
    "daggu vastundi, ela taggutundi",
    "khoki lagyo, kasari niko huncha",
]

NOT_ASKED_SO = [
    "do din ton khansi hai te bukhar vi",
    "dengue kiven hunda",
]


@pytest.mark.parametrize("message", HOW_IT_GETS_WELL)
def test_how_it_gets_well_asks_for_care(bot: ChatBot, message: str) -> None:
    assert_intent(bot, message, "remedy")


@pytest.mark.parametrize("message", NOT_ASKED_SO)
def test_told_or_asked_how_it_comes_is_not_care(bot: ChatBot, message: str) -> None:
    assert_not_intent(bot, message, "remedy")
