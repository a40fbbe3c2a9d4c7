"""Danger signs of a sick child or young infant, of pregnancy and childbirth and of the acute abdomen,
told in everyday words of several Indian languages (a limp child who will not feed, a baby worn out who
will not feed (Tamil "sorvaa", Kannada "nishakti", Bhojpuri "murjhayal", "dudh piyat nai"), a sunken soft
spot with loose motions, a stiff neck with fever (Gujarati "gardan jakdai"), a harsh or crowing sound of a
child breathing in (stridor), a baby who cannot suck, one who keeps nothing down, a red and smelly cord,
waters that broke, a placenta still inside, coffee-coloured or black vomit, tar-like stool, no stool and no
gas, a sudden pain in a testicle) — beside mild versions, plain questions (when the soft spot closes, what
stridor is) and the same words in their everyday senses (a tired child who feeds well, a neck stiff from
the pillow without fever, a snuffly nose, thumb-sucking), which stay calm.

None of these messages is in the patient set; each checks a family of words, not one wording.
"""

from __future__ import annotations

import re

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_emergency, assert_not_emergency

_DEVANAGARI = re.compile("[\u0900-\u097f]")

EMERGENCIES = [
    # a sick child: limp or dull and not feeding, keeping nothing down, a red cord, cold, fits
    "our 9 month old stopped drinking milk today and is very dull",
    "munni subah se kuch nahi khaya piya, ekdum sust padi hai",
    "mharo laika doodh konya pee rayo, susat pado se",
    "majha bal dudh pit nahi, khup sust ahe",
    "mo pila khir piuni, nistej hei jaichi",
    "en kuzhandhai paal kudikkala, sornthu irukku",
    "munnu jo kuch khaye sab ulat deta hai, paani bhi nahi tik raha",
    "mere 4 saal ke bete ko sab ulat deta hai, pani bhi nahi tikta",
    "bachhi ki naal se badbu aa rahi hai aur lal ho gayi",
    "our baby's cord stump is red and oozing pus",
    "नवजात शिशु एकदम ठंडा पड़ गया है",
    "navjat bacha barf jaisa thanda hai",
    "lalla ko bukhar me jhatke aa rahe hain",
    # pregnancy and childbirth
    "bahu pet se hai aur khoon aa raha hai",
    "gharwali ke paon bhari hain, neeche se khoon ja raha",
    "placenta abhi tak bahar nahi aaya, delivery ko do ghante ho gaye",
    "baccha ho gaya par aanval abhi tak nahi nikla",
    # the acute abdomen
    "ulti coffee jaisi kaali aa rahi hai",
    "dadi ko kali ulti ho rahi hai, chai patti jaisi",
    "he is vomiting something like coffee grounds",
    "latrine kaali aa rahi hai, dambar jaisi",
    "teen din se na latrine hui na gas nikli",
    "potty nahi ho rahi aur gas bhi nahi nikal rahi, pet phool gaya",
    "pet dhol jaisa phool gaya, latrine nahi hui, ulti ho rahi",
    "bhaiya ke pet me bahut jor ke dard hai, ulti bhi ho rahi",
    "vayiru romba vali, vaanti varudhu",
    "kadupulo chala noppi, vantulu avutunnayi",
    "pot khup dukhtay ani ulti hot ahe",
    "pet vich ghano dard se, ulti ho rahi se",
    "chhore ki goti me achanak tez dard",
    "beti ka talu bahar ko utha hua hai, bukhar aur ulti",
    "the soft spot on my baby's head is bulging and she is crying non stop",
    "chhelér pete khub byatha, jor o achhe",
    "belly pain so bad she cannot get up, throwing up since noon",
    "pet gubbare jaisa phool gaya, latrine nahi hui, ulti",
    "lagta hai bete ka andkosh mud gaya, bahut dard",
    "my 14 year old may have a twisted testicle",
    "didi garbhawati chhin, ragat bagiraheko chha",
    "sutkeri pachhi ragat dherai bagdai chha",
    "prasavam kazhinju valare blood pokunnu",
    "delivery tarvata rakthasravam aagatledu",
    "pet ma dherai dukhiraheko chha, banta bhairaheko",
    "dedh mahine ki bitiya doodh chhod chuki hai aur nidhaal hai",
    "भाभी को उल्टी में कॉफी जैसा काला आ रहा है",
    # a baby who will not feed and has gone limp or worn out (Tamil "sorvaa", Kannada "nishakti", Bhojpuri
    # "murjhayal"), a sunken soft spot with loose motions, a stiff neck with fever (Gujarati "gardan jakdai"),
    # a harsh or crowing sound breathing in (stridor), a baby who cannot suck
    "en kozhandhai kaalaiyilirundhu paal kudikkala, romba sorvaa irukku",
    "nanna magu haalu kudiyuttilla, tumba nishakti aagide",
    "hamar bachha dudh piyat nai, ekdam murjhayal ba",
    "baby ka taalu dhansa hua lag raha hai, subah se dast ho rahe",
    "chhotu ka taaloo dhansa hai, do din se patle dast",
    "baby ki fontanelle dhansi hui hai aur ulti",
    "mari dikri ne tav che ane gardan jakdai gai che",
    "my daughter makes a harsh sound when breathing in, even lying quietly",
    "toddler has a crowing noise with every breath tonight",
    "chhoti bachi doodh choos hi nahi pa rahi",
    "newborn is too weak to suck at the breast",
    # a child who does not feed and keeps sleeping ('soya rehta hai' is no habit here); a little one ('nanhi')
    # who ate a grandparent's tablets
    "bachcha doodh nahi pi raha, bas soya rehta hai, uthane pe bhi nahi uthta",
    "nanhi ne dadi ki bp ki goliyan kha li",
]

CALM = [
    "which danger signs in a small baby need a doctor",
    "baby doodh thoda kam pee raha hai par khel raha hai",
    "munna aaj thoda chidchida hai par khana kha raha hai",
    "bachha doodh pee ke thoda sa ulat deta hai, khush rehta hai",
    "my son vomited once after a big meal, now fine",
    "baby ki naal kab girti hai",
    "newborn ko peeliya kitne din rehta hai",
    "pregnancy me kya kya khatre ke sanket hote hain",
    "my wife is pregnant, what diet should she take",
    "delivery kab tak ho sakti hai 9 mahine me",
    "iron ki goli se latrine kali aati hai kya",
    "what causes black stools after iron tablets",
    "coffee peene ke baad ulti jaisa lagta hai",
    "gas nahi nikal rahi thodi si, pet bhari lagta hai",
    "do din se latrine nahi hui, baaki sab theek",
    "raat ko daal khaane se pet thoda fool jata hai",
    "pet me halka dard hai gas ki wajah se",
    "the pot in the kitchen fell on my foot",
    "ludo ki goti kho gayi",
    "baby thoda sust hai teeka lagne ke baad, baaki khel raha hai",
    "the movie made my stomach churn",
    "our baby gets hiccups every evening, is that okay",
    "bachpan me use bukhar me jhatke aate the, ab 15 saal ka hai",
    "my baby sleeps a lot during the day, is it normal",
    "bachche ka talu kab bhar jata hai",
    "baby ko halka bukhar hai, doodh pee raha hai",
    "testicle me halka sa dard hota hai cycling ke baad",
    "pet me gola sa lagta hai gas ka",
    "kids' balloon party decorations ideas",
    "i have a soft spot for my niece",
    "baby ka soft spot kab band hota hai",
    "garbhawati mahila le ke khanu parcha",
    "बच्चे को दूध कितनी बार पिलाना चाहिए",
    "प्रेगनेंसी में कौन से फल खाएं",
    # a question about the soft spot or stridor, a tired child who feeds well, a neck stiff from the pillow
    # without fever, a snuffly nose, thumb-sucking
    "baby ka taalu kab tak band hota hai",
    "kozhandhai vilayaadi romba sorvaa irukku, aana nalla saapdudhu",
    "bachha thoda murjhaya sa lagta hai par doodh theek pee raha hai",
    "ushiki thi gardan jakdai gai che, tav nathi",
    "what is stridor in children",
    "baby ko jukam hai, saans lete waqt naak se awaaz aati hai par khel raha hai",
    "baby angootha chus raha hai, kaise chhudaye",
    # a child feeding a little less but playing; keeping rat poison away from children
    "bachcha thoda kam doodh pi raha hai aaj, khel raha hai",
    "chuhe maar dawa bachon se kaise door rakhe",
]


@pytest.mark.parametrize("message", EMERGENCIES)
def test_a_danger_sign_told_in_everyday_words_is_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message, lang="hi" if _DEVANAGARI.search(message) else None)


@pytest.mark.parametrize("message", CALM)
def test_mild_versions_questions_and_everyday_senses_stay_calm(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)
