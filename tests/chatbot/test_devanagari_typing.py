"""Devanagari as patients type it on a phone: a vowel sign confused with its neighbour (बेहौश, सिना), a
consonant cluster written out (दरद), a vowel sign left out (सने, नहं), a postposition or "नहीं" typed onto the word (सीनेमें, दूधनहीं),
and च / छ romanised as they are typed (ch / chh)."""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot
from medlink.chatbot.hindi import romanise_token, split_particle, vowel_left_out

from .conftest import assert_emergency, assert_intent, assert_not_emergency


@pytest.mark.parametrize(
    "message",
    [
        "दादी बैहोश पड़ी हैं",  # ै for े
        "बेटे ने 30 गौलियां खा ली हैं",  # औ for ओ
        "मुझे अब जीनै का मन नहीं",  # ै for े at the end
        "पापा के सिने में दरद और ठंडा पसीना",  # ि for ी, दरद for दर्द
        "नानी का चैहरा एक तरफ लटक गया अचानक",  # ै for े
        "मम्मी के सीनेमें तेज दर्द है और पसीना आ रहा",  # में typed onto the word
        "पति को सांसनहीं आ रही",  # नहीं typed onto the word
        "बच्चे कोझटके आ रहे हैं रुक नहीं रहे",  # को typed onto the next word
        "आठवां महीना है और खूनआ रहा है",  # a vowel letter after a consonant begins a word
        "पापा के सने में तेज दर्द और पसीना",  # a vowel sign left out (सीने)
        "दादी को होश नहं है",  # the nasal dot and the vowel sign left out (नहीं)
    ],
)
def test_devanagari_emergencies_typed_with_slips_get_the_hindi_emergency_answer(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message, lang="hi")


@pytest.mark.parametrize(
    "message",
    [
        "धीरे धीरे दिखना कम हो गया है, चश्मा बदलना है क्या",  # दिखना is a word, not दिख + ना
        "लड़की को दो दिन से हल्का बुखार है",
        "मच्छर से बचने के लिए क्या करें",
    ],
)
def test_whole_words_are_not_cut_into_pieces(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


def test_ch_and_chh_are_romanised_as_typed() -> None:
    # words the Hindi lexicon does not list go through the transliteration scheme, which writes च as "c"
    assert romanise_token("चाचा") == "chacha"
    assert romanise_token("उपचार") == "upchar"
    assert romanise_token("मच्छर") == "machchhar"
    assert romanise_token("बचने") == "bachne"


def test_a_prevention_question_in_devanagari_gets_the_prevention_advice(bot: ChatBot) -> None:
    reply = assert_intent(bot, "मलेरिया से बचने के लिए क्या करें", "remedy", "malaria")
    assert "मच्छरदानी" in reply.text  # the prevention list, not the care list


def test_a_joined_postposition_is_parted_only_from_a_word() -> None:
    assert split_particle("सीनेमें") == ("सीने", "में")
    assert split_particle("केसीने") == ("के", "सीने")
    assert split_particle("दूधनहीं") == ("दूध", "नहीं")
    assert split_particle("में") is None  # nothing left of a word
    assert romanise_token("नवजातशिशु") == "newborn baby"  # two lexicon words typed as one
    assert romanise_token("दिखना") == "dikhna"  # not "dikh na"


def test_a_left_out_vowel_sign_is_put_back_only_where_one_word_fits(bot: ChatBot) -> None:
    assert vowel_left_out("नहं") == "nahi"
    # पत्ती (a strip of tablets) is a word as typed: not पित्ती (hives)
    reply = bot.reply("बच्चे ने दवाई की पूरी पत्ती खा ली")
    assert reply.intent == "emergency" and "urticaria" not in reply.topics
