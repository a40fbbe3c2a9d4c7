"""Danger signs that other words used to hide: fits "in a row" or going on for minutes (no "fits in
well"), a sign of a family member told after an old event of the same sentence ("after angioplasty last
year my father suddenly ..."), a swollen belly with no stool and vomiting told with "nahi hui", pain "like
a knife" that stops a person standing, a child gagging with no sound or turning blue, and heat stroke
told without the sun (a burning body that stopped sweating, with a fall or a changed mind) or with the
temperature in Hindi spelling ("46 digri"), a severe asthma attack with the inhaler left at home, a
newborn's age told as the days since the birth ("pote ko 10 din hue"), a habit told of another clause
("he drinks daily") that no longer makes the sign a habit — beside the same words in their everyday senses.

None of these messages is in the patient set; each checks a concept, not one wording.
"""

from __future__ import annotations

import re

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_emergency, assert_not_emergency

_DEVANAGARI = re.compile("[\u0900-\u097f]")

EMERGENCIES = [
    "my daughter had two fits in a row and has not woken up since",
    "seizures in a row since 10 minutes, he is not coming back to his senses",
    "fits in the bus for more than five minutes, still jerking",
    "after bypass surgery two years ago my mother suddenly cannot speak properly, started 20 min ago",
    "after his stroke last year my uncle suddenly cant move his right hand since half an hour",
    "pet bahut phool gaya, 2 din se tatti nahi aayi, ulti ho rahi hai",
    "stomach swollen and hard, no motion since 3 days, vomiting green",
    "pet me chhuri jaisa dard, pasina aa raha, khade nahi ho pa rahe",
    "sudden knife like pain in the belly, cannot stand up",
    "पेट में छुरी जैसा दर्द, खड़े नहीं हो पा रहे",
    "toddler gagging on a grape, no sound, going blue",
    "baby ka chehra neela pad raha hai",
    "factory me 46 digri garmi, mazdoor gir gaya, sharir tap raha",
    "body very hot, stopped sweating and now confused",
    "chakkar aake gir gaye, sharir bahut garam, pasina bilkul band",
    "cricket match in june heat, he stopped sweating and is talking confused, temp 104",
    "dhoop me loo lagne se mama gir gaye, hosh kam hai",
    "severe pain in the belly going to the back, he is rolling and sweating, he drinks daily",
    "jahar pee liya lagta hai, ulti kar raha, aankh upar ja rahi hai",
    "asthma ka attack bahut badh gaya, inhaler ghar pe hai, saans nahi aa rahi",
    "dhidd vich tez dard, ulti, gas vi nahi nikal rahi",
    "बहू को दौरे पड़ रहे, मुंह से झाग आ रहा है",
    "pote ko 10 din hue, bukhar 101 aur doodh nahi pi raha",
]

EVERYDAY = [
    "she fits in well with her new class",
    "this shoe fits me perfectly",
    "ungli pe chot lagi, neeli pad gayi",
    "my son has a blue bruise on the knee, turning blue colour",
    "3 din se potty nahi hui, kya khaun",
    "baby gags on new foods, is it normal",
    "my son had fits in 2019, on medicine now, can he swim",
    "what to do if fits last more than 5 minutes",
    "heart attack ke baad last year se walking karta hu, kitna chalna chahiye",
    "stomach pain like a knife when i eat spicy food sometimes, for months",
    "inhaler ghar pe bhool gaya, abhi saans theek hai, kya karu",
    "loo lagne se kaise bache",
    "loo lag gayi thi kal, aaj theek hu, kya khaun",
    "no sweating at all even in summer, is it a disease",
    "dhidd vich gas, kya khaiye",
    "beti ko 3 din hue bukhar hai",
]


#: danger signs told in romanised Telugu, Malayalam, Tamil, Odia and Bengali (a lexicon of their
#: words, not their grammar)
REGIONAL_EMERGENCIES = [
    "baby 10 days old, paalu taagatledu, body challaga undi",
    "na koduku pesticide taagesadu, vanti chestunnadu",
    "amma kitchen lo padipoyindi, tala ki debba, vomiting",
    "kunju kai kaal vettunnu, kannu mele pokunnu",
    "achan thondayil meen mullu kudungi, swasam kittunnilla",
    "9 months pregnant, since morning baby kadalatledu",
    "nana chehra aur haath kaalipoyayi gas stove se",
    "bou ra saans nei paruni, mukha phuli gala, madhu machi kamudila",
    "baba padi gale, daka le uthunahanti",
    "didir haat puriye geche, chamra utthe geche",
    "bhai er fits ekta por ekta, jaan firchhe na",
    "appa ku moochu vida mudiyala, pesa mudiyala",
    "thatha meedhu kothikkira thanni kottiduchu, thol urinjiduchu",
    "ammaykku swasam kittunnilla, inhaler phalam illa",
]

#: a complaint's length is no age, a denied list is denied whole, cigarettes are no tablets; a payment
#: that is stuck, red eyes one after another, chest heaviness when stressed, what an old stroke left,
#: a question about the normal temperature, breathlessness while playing, a small cut, the baby moving
#: well again
CALM = [
    "beti ko 3 din ka bukhar hai, kya du",
    "2 hafte ki khansi hai, sirap batao",
    "no fever or vomiting, just mild loose motion",
    "bukhar hai, no rash or bleeding, platelets normal",
    "papa 2 packet bidi daily peete hain, kaise chhudaye",
    "meen vettunnu, kai muriyumo",
    "payment atak gaya, refund kab aayega",
    "students in the hostel got red eyes one after another",
    "chest feels heavy when i am stressed at work, how to relax",
    "had a stroke last year, left leg still weak, which physiotherapy",
    "8 mahine ki baby ka normal temperature kitna hota hai",
    "baby ka pet tight lagta hai gas se, kya karein",
    "beta 10 saal ka, khelte hue hanfta hai, kya asthma hai",
    "sabzi kaatte waqt chaaku laga chhota sa, dettol lagau?",
    "9 mahina, kal kam hila, aaj phir theek se hil raha hai, normal?",
    "cooker ki sitti se darr lagta hai baby ko",
    "chardi kala, sab theek hai ji",
    "kichu khete parchhe na 2 din, gas",
    "ungli pe chaku se chhota sa cut, khoon ruk gaya, dettol laga du?",
    "chora school se aaya, bukhar hai",
    "period me khoon aa raha hai, 10 din se ruk nahi raha",
    "haath pe chhota sa cut, khoon aa raha tha, ab ruk gaya",
    "khansi ruk nahi rahi, khoon ki jaanch karwani hai kya",
    "ac se paani leak ho raha hai, pregnant hu, fungus ka dar",
]


#: the same signs when they are new; bleeding whose "not stopping" is told in a clause of its own; the
#: waters leaking in pregnancy; a dog bite with a deep wound told apart
STILL_EMERGENCIES = [
    "had a stroke last year, since morning suddenly his left leg is weak again",
    "khana gale me atak gaya, saans nahi aa rahi",
    "my baby is 20 days old and has fever 100.8",
    "beta 5 saal, saans bahut tez chal rahi, pasli chal rahi",
    "naak se khoon aa raha hai, ruk nahi raha, aadha ghanta ho gaya",
    "my wife is 7 months pregnant and water is leaking",
    "kutte ne bahut buri tarah kaata, gehra ghav, khoon",
]


@pytest.mark.parametrize("message", EMERGENCIES + REGIONAL_EMERGENCIES + STILL_EMERGENCIES)
def test_the_sign_is_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message, lang="hi" if _DEVANAGARI.search(message) else None)


@pytest.mark.parametrize("message", EVERYDAY + CALM)
def test_the_everyday_sense_stays_calm(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


@pytest.mark.parametrize(
    ("message", "months"),
    [("baby ka 8 din, doodh nahi pi raha", 8 / 30), ("pote ko 12 din hue.", 12 / 30), ("mera 3 din ka baby", 3 / 30),
     ("3 din ka bukhar", None), ("beti ko 2 hafte ki khansi hai", None), ("70 saal ke papa", 70 * 12)],
)  # fmt: skip
def test_an_age_is_told_apart_from_how_long_a_complaint_lasted(message: str, months: float | None) -> None:
    from medlink.chatbot.concepts import age_in_months
    from medlink.chatbot.text import tokenize

    found = age_in_months(tokenize(message))
    if months is None:
        assert found is None
    else:
        assert found is not None and abs(found - months) < 0.01
