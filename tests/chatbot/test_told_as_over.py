"""An emergency sign told as over — a low sugar reading of last night with a normal one now, a coin
swallowed hours ago by a child who is playing — is a question for a doctor, not an ambulance; the
same sign told as happening now still is."""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_emergency, assert_intent, assert_not_emergency


@pytest.mark.parametrize(
    "message",
    [
        "sugar 38 tha kal raat, ab 110 hai, doctor ko kab dikhaye",
        "kal raat sugar 45 aa gayi thi, abhi 120 hai, kya karu",
        "last night my sugar was 40, now it is 130, should i see a doctor",
        "my son swallowed a coin 2 hours ago, he is playing normally, should i worry",
        "beti ne 3 ghante pehle sikka nigal liya tha, ab khel rahi hai, x ray karwaye kya",
    ],
)
def test_a_sign_told_as_over_is_not_an_emergency(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        "sugar 38 hai abhi, pasina aa raha hai",
        "sugar 40 tha, ab 35 ho gayi, behosh si ho rahi hai",
        "my son swallowed a coin and now he is drooling and cannot breathe",
        "beti ne sikka nigal liya, saans nahi le pa rahi",
    ],
)
def test_the_same_sign_happening_now_still_is(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        "what to do if my toddler swallows a coin, asking in advance",
        "agar baccha sikka nigal le to kya karna chahiye",
    ],
)
def test_first_aid_for_a_swallowed_object_asked_in_advance_gets_first_aid(bot: ChatBot, message: str) -> None:
    assert_intent(bot, message, "remedy", "first_aid")


@pytest.mark.parametrize(
    "message",
    [
        "kal raat 20 goli kha li thi, ab thik hai",
        "beti ne chuhe maarne ki dawa kha li thi, ab normal lag rahi hai",
        "bachhe ne battery nigal li thi, ab khel raha hai",
        "my toddler swallowed a magnet an hour ago, seems fine now",
        "saanp ne kaata tha 1 ghante pehle, abhi thik hai",
        "mummy ka ek taraf ka haath sunn ho gaya tha 10 min ke liye, ab thik hai",
        "पापा ने कीटनाशक पी लिया था, अब ठीक लग रहे हैं",
    ],
)
def test_a_poison_a_bite_or_a_passing_stroke_sign_is_not_over_when_the_signs_are(bot: ChatBot, message: str) -> None:
    """A poison or venom keeps acting, a battery keeps burning, a stroke sign that passed is a warning
    stroke: "ab thik hai" does not make them over."""
    assert_emergency(bot, message)
