"""Danger signs told in everyday words: the places, body parts, persons and states patients name in
English, Hinglish and the romanised regional languages, and a place word that is a danger only with
its event (a "storey" is a fall only when someone falls from it)."""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_emergency, assert_not_emergency


# --- a height is a danger with a fall, not by itself ------------------------------------------------

@pytest.mark.parametrize(
    "message",
    [
        "Long story short, a boy in my son's class has mumps. Does it spread to other children?",
        "we live on the second floor and the kid next door has chickenpox, can it spread to us through the stairs",
        "chhat se paani tapak raha hai aur ghar me seelan hai, kya isse dama badh sakta hai",
    ],
)
def test_a_height_named_without_a_fall_is_no_emergency(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        "my brother fell down from the second floor balcony, he is awake but crying",
        "mazdoor scaffolding se gir gaya, pair mud gaya",
        "bhai chhat se neeche gira, sar me chot",
    ],
)
def test_a_fall_from_a_height_is_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message, number="108")
