"""More everyday and regional words for common complaints are read as those complaints: Marathi "dhap
lagte" (breathless on exertion), Nepali "ghaanti dukhyo" (sore throat), "aankh ke aage andhera" (a
blackout on standing), Marwari "bistar gilo" (bedwetting), Tamil "potty aagala" and Bengali "potty kore
ni" (constipation), "potda" (the nappy area). A dream word ("sapne", "sapna", "dream") is a known word,
never corrected into another ("samne"), so a snakebite or heart attack seen in a dream stays a dream.

None of these messages is in the patient set.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_not_emergency

COMPLAINTS = [
    ("thoda chalne par dhap lagte, kay karu", "breathlessness"),
    ("chhora lai ghanti dukhyo, khana khadaina", "sore_throat"),
    ("uthte hi aankhon ke aage andhera aa jata hai", "dizziness"),
    ("chhoro roj bistar gilo kare, 8 saal ko", "bedwetting"),
    ("paiyan ku 3 naal potty aagala", "constipation"),
    ("meye 2 din potty kore ni", "constipation"),
    ("baby ke potda wali jagah laal ho gayi", "nappy_rash"),
]

DREAMS = [
    "sapna dekha ki bichhu ne kata, matlab kya hai",
    "kal sapne me papa ko heart attack aaya, bahut dar gaya",
]


@pytest.mark.parametrize(("message", "complaint"), COMPLAINTS)
def test_regional_complaint_word_is_read(bot: ChatBot, message: str, complaint: str) -> None:
    reply = bot.reply(message)
    assert reply.intent in ("symptom_check", "remedy", "disease_info"), (message, reply.intent)
    analysis = bot._analyse(message)
    assert complaint in {*analysis.symptoms, *analysis.conditions}, (message, analysis.symptoms, analysis.conditions)


@pytest.mark.parametrize("message", DREAMS)
def test_dream_word_is_kept_and_a_dream_is_no_emergency(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)
