"""A question of what to do if someone is bitten, faints or has a fit, asked ahead in the words of other
languages, is a question, not an event: the Tamil "yaaravadhu ... enna pannanum", the Telugu "evarikaina ...
emi cheyali", the Kannada "yarigadaru ... enu maadbeku", the Gujarati "je koi ne ... to su karvu", the Hindi
"saanp ke kaatne pe" and "daura padne pe" (upon being bitten, upon a fit) with nothing told as happening,
and a drill or a role play ("mock drill me behosh hone ki acting"). So is an event told as over in Telugu
("poyina samvatsaram", last year) or at a past festival ("pichli diwali pe"), a film told in Devanagari
("फिल्म में हीरो को"), and the Marathi "kay khayla dyave" (what to give to eat), which is no coal smoke
("kayla"). The same bite or fit told of one's own family, happening now, or in a drill that went wrong,
is still an emergency.

None of these messages is in the patient set; each checks a kind of question, not one wording.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_emergency, assert_not_emergency

ASKED_AHEAD_OR_OVER = [
    "yaaravadhu paambu kadichaa enna pannanum",
    "evarikaina paamu karisthe emi cheyali",
    "yarigadaru haavu kachidre enu maadbeku",
    "je koi ne saap karde to su karvu",
    "dadi kehti hai saanp kaatne pe jhaad phoonk karo, kya ye sahi hai",
    "mirgi ka daura padne pe chamach muh me daalna sahi hai kya",
    "mock drill me behosh hone ki acting karni hai, kaise kare",
    "poyina samvatsaram nannaku heart attack vachindi, ippudu baagane unnaru, emi tinali",
    "papa ko pichli diwali pe dil ka daura pada tha, ab diet kya ho",
    "फिल्म में हीरो को हार्ट अटैक आया, क्या सच में ऐसा होता है",
    "gelya mahinyat aaila chakkar yeun padli hoti, aata bari aahe, kay khayla dyave",
]

STILL_EMERGENCIES = [
    "papa ko paambu kadichiduchu, enna pannanum",
    "amma ki paamu karichindi, emi cheyali",
    "appanige haavu kachide, enu maadbeku",
    "baba ne saap karde gayo, su karvu",
    "papa ko saanp ke kaatne pe hospital le gaye, ab kya kare",
    "bachhe ko daura padne pe usne jeebh kaat li, ab bhi behosh hai",
    "drill me ek aadmi behosh ho gaya, saans nahi le raha",
    "koyla jala ke band kamre me soye, sab behosh",
]


@pytest.mark.parametrize("message", ASKED_AHEAD_OR_OVER)
def test_asked_ahead_or_told_as_over_is_no_emergency(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


@pytest.mark.parametrize("message", STILL_EMERGENCIES)
def test_the_same_signs_happening_are_still_emergencies(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message, number="108")
