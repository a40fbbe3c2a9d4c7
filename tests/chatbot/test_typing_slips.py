"""A message typed a little differently keeps its meaning: two Devanagari words typed without the space
between them, one word typed without its vowels, punctuation left out."""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_emergency, assert_intent, assert_not_emergency

# --- two Devanagari words typed as one ---------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "बहन ने जहरखा लिया है",  # a noun + a one-syllable verb
        "बेटे ने तेजाबपी लिया",  # the same with पी
        "मुझे मरजाना है",  # a verb + a word the lexicon does not list but the assistant knows
        "बच्चे ने 12गोलियां निगल लीं",  # digits typed onto a word
    ],
)
def test_two_devanagari_words_without_the_space_keep_the_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message, lang="hi")


@pytest.mark.parametrize(
    "message",
    [
        "बुखार मेंक्या खाना चाहिए",  # a postposition typed onto क्या
        "किताब पढ़ने से सिर में हल्का दर्द होता है",  # किताब is one word, not कि + ताब
    ],
)
def test_a_word_typed_onto_another_raises_no_false_alarm(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


def test_a_split_word_still_asks_its_question(bot: ChatBot) -> None:
    assert_intent(bot, "डेंगू में क्याखाना चाहिए", "remedy", "dengue")  # क्या + खाना: what to eat


# --- one Devanagari vowel sign confused with its neighbour (े / ै, ो / ौ) ------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "भाई बेहोश हौ गया क्या करें",  # हौ for हो: a two-letter word
        "अब मरनै का मन करता है",  # मरनै for मरने: a word the lexicon does not list
    ],
)
def test_a_confused_vowel_sign_keeps_the_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message, lang="hi")
