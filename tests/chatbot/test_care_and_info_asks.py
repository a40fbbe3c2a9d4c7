"""What kind of answer a health question wants, asked in the words of other Indian languages: what to
eat, feed or do and how to keep safe (a remedy), whether a disease spreads (information). None of
these messages is in the patient set; each checks a way of asking, not one wording.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_intent


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("माई के सुगर बा, का खाए के चाहीं", "diabetes"),
        ("बिटिया के खून कम बा, क खिलाए ओके", "anaemia"),
        ("barsaat me dengue ru kemiti bachiba, ghare pila achhanti", "dengue"),
        ("pua mundare ukun hela, kemiti chhadibi", "head_lice"),
        ("malaria bohut hoise, kenekoi bachibo", "malaria"),
    ],
)
def test_what_to_eat_or_feed_and_how_to_keep_safe_in_regional_words_ask_for_care(
    bot: ChatBot, message: str, topic: str
) -> None:
    """Bhojpuri "का खाए" / "क खिलाए" (the vowel of "khaye" left out), Odia "kemiti bachiba" (how to
    keep safe), "kemiti chhadibi" (how to get rid of it), Assamese "kenekoi bachibo": what to do."""
    reply = assert_intent(bot, message, "remedy")
    assert topic in reply.topics, (message, reply.topics)


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("TB kevi rite fele, ghar ma badha ne thay?", "tuberculosis"),
        ("chickenpox veetla ellarukkum paravuma", "chickenpox"),
        ("खसरा एक लइका ले दूसर ल फैलथे का", "measles"),
    ],
)
def test_whether_it_spreads_in_regional_words_asks_about_the_disease(bot: ChatBot, message: str, topic: str) -> None:
    """Gujarati "fele", Tamil "paravuma", Chhattisgarhi "फैलथे": whether a disease spreads is a question
    about the disease."""
    reply = assert_intent(bot, message, "disease_info")
    assert topic in reply.topics, (message, reply.topics)


def test_spreading_told_of_a_rash_is_still_a_complaint(bot: ChatBot) -> None:
    """A rash whose edges are "phailte ja rahe" is told, not asked about: still a triage."""
    assert_intent(bot, "pair pe gol laal daag, kinare phailte ja rahe, khujli hoti hai", "symptom_check")
