"""A place is read as the word typed: "hall", "theatre", "welding" and "temple" are known words, never
"corrected" to a look-alike ("hall" is no "hal", "welding" no "wedding"). Someone collapsing in a cinema
hall or a movie theatre is an emergency where they are, not a story seen in a film; what happened in a
film stays a story.

None of these messages is in the patient set; each checks a concept, not one wording.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_emergency, assert_not_emergency

IN_A_HALL = [
    "my father collapsed in the movie hall",
    "nani fainted in the film theatre and is not waking up",
    "my husband fell down in the movie house, not responding",
]


@pytest.mark.parametrize("message", IN_A_HALL)
def test_collapsing_in_a_cinema_is_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)


IN_A_STORY = [
    "in the movie the hero collapsed and died, so sad",
    "in the film the heroine fainted and never woke up",
]


@pytest.mark.parametrize("message", IN_A_STORY)
def test_a_collapse_in_a_film_is_a_story(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


@pytest.mark.parametrize("word", ["hall", "theatre", "welding", "temple", "stadium"])
def test_a_place_word_is_kept_as_typed(bot: ChatBot, word: str) -> None:
    assert word in bot._analyse(f"papa {word} me the").tokens
