"""Romanised Gujarati words of the commonest emergencies, and a bite that was not seen followed by the
bleeding of a venom (gums, red urine)."""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_emergency, assert_intent, assert_not_emergency


@pytest.mark.parametrize(
    "message",
    [
        "mummy ne achanak ek aankh thi dekhvanu bandh thai gayu, jamno haath upar nathi thato",
        "dikri ne vinchhi karadyo, khub rade che ane shwas jaldi le che",
        "fatakda thi beta nu moh ane aankh dajhi gaya",
        "raat ko khet me kuch kaat gaya, ab masoodon se khoon aa raha hai",
        "something bit my son while sleeping, now his gums are bleeding and urine is red",
    ],
)
def test_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        "masoodon se khoon aata hai brush karte waqt",
        "daant kaat ke khana khata hu, masoodo se khoon aata hai",
        "kem cho, mane halvo taav che",
    ],
)
def test_not_an_emergency(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


def test_first_aid_asked_in_devanagari_is_a_question_and_a_bite_now_is_not(bot: ChatBot) -> None:
    """'प्राथमिक उपचार' romanises as 'prathmik upcar'; asked in general it is a first-aid question."""
    assert_intent(bot, "साँप काटने पर क्या प्राथमिक उपचार करना चाहिए?", "remedy")
    assert_emergency(bot, "मेरे भाई को अभी साँप ने काटा है, प्राथमिक उपचार बताओ")


def test_how_much_of_a_home_remedy_to_give_is_redirected_water_is_not(bot: ChatBot) -> None:
    assert bot.reply("bukhar me giloy ka kadha kitna pilaye bacche ko").dose_redirect
    assert not bot.reply("dast me bacche ko paani kitna pilaye").dose_redirect


@pytest.mark.parametrize(
    "message",
    [
        "नोनी ल बुखार हे, पैरासिटामोल कतका देना हे",  # Chhattisgarhi "katka" (how much)
        "cough syrup katek pilaun bachha ke",  # Maithili / Bhojpuri "katek"
        "naanna ki amlodipine 5 ichcharu, rendu veyyocha",  # Telugu "veyyocha" (may I give)
    ],
)
def test_how_much_asked_in_chhattisgarhi_or_telugu_is_a_dose_request(bot: ChatBot, message: str) -> None:
    reply = bot.reply(message)
    assert reply.dose_redirect and reply.intent != "emergency", (message, reply.intent)


def test_how_much_water_in_chhattisgarhi_is_no_dose_request(bot: ChatBot) -> None:
    assert not bot.reply("garmi me paani katka pina chahiye").dose_redirect


@pytest.mark.parametrize(
    "message",
    [
        "amlodipine kal bhool gaya, aaj rendu serthu podalama",  # Tamil: may I take two together
        "mom is on losartan 25, can she go to 50 on her own",  # a stronger dose asked for
        "vitamin d ki goli hafte me do baar kha lun kya",
    ],
)
def test_taking_more_of_a_named_medicine_is_a_dose_request(bot: ChatBot, message: str) -> None:
    reply = bot.reply(message)
    assert reply.dose_redirect and reply.intent != "emergency", (message, reply.intent)


@pytest.mark.parametrize("message", ["can she go to school with chickenpox", "sugar hai, aam kha lu kya"])
def test_the_same_words_without_a_medicine_are_no_dose_request(bot: ChatBot, message: str) -> None:
    assert not bot.reply(message).dose_redirect
