"""Stories from a film or the news are not the patient's emergency; real ones stay urgent."""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot


@pytest.mark.parametrize(
    "text",
    [
        "in the movie the hero had a heart attack, is that realistic",
        "news mein dekha ek aadmi ko snake bite hua",
    ],
)
def test_story_from_a_film_or_the_news_is_not_an_emergency(bot: ChatBot, text: str) -> None:
    assert bot.reply(text).intent != "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "I am having chest pain right now and sweating",
        "mujhe abhi seene mein dard ho raha hai aur pasina aa raha hai",
        "gala band ho raha hai peanut khane ke baad",
        "सांस नहीं ले पा रहा, पंप से भी आराम नहीं",
    ],
)
def test_the_same_told_as_happening_now_stays_an_emergency(bot: ChatBot, text: str) -> None:
    assert bot.reply(text).intent == "emergency"
