"""The small changes patients make when typing do not change what the assistant reads.

A word typed without its vowels, a slip of a hurried thumb, a plea or a word of hurry around a
question, and a message with its commas left out: each is answered as the message typed carefully.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot
from medlink.chatbot.knowledge import KnowledgeBase, load_knowledge_base

from .conftest import assert_emergency, assert_not_emergency


@pytest.fixture(scope="module")
def bot() -> ChatBot:
    return ChatBot()


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_knowledge_base()


# --- SMS words without vowels -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "word"),
    [("brthng", "breathing"), ("prgnnt", "pregnant"), ("pstcd", "pesticide"), ("bhsh", "behosh")],
)
def test_a_word_without_vowels_is_read_as_the_one_lexicon_word_of_its_skeleton(kb: KnowledgeBase, typed: str, word: str) -> None:
    assert kb.vowelless(typed) == word


@pytest.mark.parametrize("typed", ["khn", "hrs", "bleeding", "snk"])
def test_an_ambiguous_or_known_skeleton_or_a_word_with_vowels_is_left_alone(kb: KnowledgeBase, typed: str) -> None:
    # "khn": khoon or khana; "hrs" is hours; "snk": snake or sunk
    assert kb.vowelless(typed) is None


@pytest.mark.parametrize(
    "message",
    [
        "bete ne galti se zhr pi liya",
        "chachi ko kheton me snp ne kaat liya",
        "nana ji bhsh ho gaye bathroom me",
        "meri behen prgnnt hai aur tez sar dard, aankhon ke aage andhera",
    ],
)
def test_emergencies_typed_without_vowels_are_recognised(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)


# --- slips of a hurried thumb -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "word"),
    [("naih", "nahi"), ("pehe", "pehle"), ("tihk", "thik"), ("gloi", "goli"), ("hsoh", "hosh"),
     ("weeek", "week"), ("daard", "dard"), ("lasst", "last")],
)  # fmt: skip
def test_a_slip_in_a_short_red_flag_word_or_a_marker_word_is_read_as_the_word(kb: KnowledgeBase, typed: str, word: str) -> None:
    assert kb.thumb_slip(typed) == word


def test_of_equally_near_corrections_the_one_the_token_is_a_slip_of_wins(kb: KnowledgeBase) -> None:
    assert kb.correct("breahing") == "breathing"  # a letter left out, not "breaking" with another letter


@pytest.mark.parametrize(
    "message",
    [
        "papa gir gaye aur ab hosh naih hai",
        "seene me daard aur bahut paseena aa raha",
    ],
)
def test_emergencies_with_a_slip_are_recognised(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)


def test_a_past_event_with_a_slip_in_its_time_word_is_not_an_emergency(bot: ChatBot) -> None:
    assert_not_emergency(bot, "my uncle had a stroke lasst year, which exercises are safe for him")


# --- a plea or a word of hurry around a question -------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "saanp ke kaatne se kaise bache jaldi batao",
        "what does a seizure look like plz reply",
        "stroke ke lakshan kya hain please batao jaldi",
    ],
)
def test_a_plea_around_an_information_or_prevention_question_is_no_emergency(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


def test_a_plea_with_a_complaint_is_still_an_emergency(bot: ChatBot) -> None:
    # only the plea tells these as happening; without a question it still does
    assert_emergency(bot, "lakwa please help")
    assert_emergency(bot, "dadi ko stroke hua hai please help")


# --- the commas left out -------------------------------------------------------------------------


def test_a_time_told_of_another_clause_does_not_cancel_a_present_sign(bot: ChatBot) -> None:
    assert_emergency(bot, "baby not breathing properly we had covid last month")
    assert_emergency(bot, "severe chest pain and sweating i had angioplasty 3 years back")


def test_a_past_event_told_without_commas_stays_in_the_past(bot: ChatBot) -> None:
    assert_not_emergency(bot, "my father had a stroke 5 years ago what diet should he follow")
    assert_not_emergency(bot, "2 saal pehle mujhe heart attack aaya tha ab kaunsa tel use karu")


@pytest.mark.parametrize(("typed", "word"), [("leakng", "leaking"), ("collapsd", "collapsed"), ("behohsi", "behoshi")])
def test_a_slip_in_a_word_a_concept_stem_reads_as_some_form_is_read_as_the_word(
    kb: KnowledgeBase, typed: str, word: str
) -> None:
    assert kb.inflection_slip(typed) == word


def test_the_asker_of_a_prevention_question_reports_nothing(bot: ChatBot) -> None:
    assert_not_emergency(bot, "please help how can i prevent a heart attack")
    assert_not_emergency(bot, "what should we do to avoid a stroke")
    # a complaint told beside it still counts
    assert_emergency(bot, "i am having chest pain how can i avoid a heart attack")
