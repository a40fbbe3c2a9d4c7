"""Black stool told with its words apart ("my stools have been jet black", "kaali chipchipi
si latrine") is bleeding in the gut when faintness, dizziness or a tar likeness is told
beside it; a black stool denied, or faintness denied, raises no alarm."""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_emergency, assert_not_emergency

EMERGENCIES = [
    "since yesterday his stools have turned completely black like tar, he looks very pale",
    "papa ki latrine 3 din se ekdam kaali aa rahi hai aur aaj chakkar aa rahe",
    "her motion is coming black and sticky, she fainted this morning",
    "dadi ko kaala sa tar jaisa potty ho raha hai",
]

NOT_EMERGENCIES = [
    "my stools are not black, just a little loose since yesterday",
    "iron tablets se potty thodi dark ho gayi, koi chakkar nahi",
    "wore a black shirt to the clinic, the stool in the waiting room was broken",
]


@pytest.mark.parametrize("message", EMERGENCIES)
def test_black_stool_told_apart_is_bleeding(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)


@pytest.mark.parametrize("message", NOT_EMERGENCIES)
def test_denied_or_unrelated_black_raises_no_alarm(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


def test_stood_is_kept_as_typed_never_read_as_stool(bot: ChatBot) -> None:
    """ "stood" is a known word, never corrected to "stool": eyes going black on standing up is no black stool."""
    assert_not_emergency(bot, "when i stood up my eyes went black and i felt dizzy for a moment")
    assert_not_emergency(bot, "stood near black smoke at the bus stand, feel a little dizzy")
