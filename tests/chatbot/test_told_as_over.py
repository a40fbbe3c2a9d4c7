"""An emergency sign told as over — a low sugar reading of last night with a normal one now, a coin
swallowed hours ago by a child who is playing, a cut whose bleeding has stopped — is a question for a
doctor, not an ambulance; the same sign told as happening now still is.

So are the other calm messages that share the words of an emergency: an old event told with a time of
the patient's own dialect ("teen baras pahile", "do baras pahile", "gaye saal", "pichhla ber", "jawani
me") or with a time in front ("a few years ago", "corona ke time"), a sign that used to come ("daure
padte the"), a complaint of long standing, a question about an illness asked in another language's words
for its signs ("lokkhon", "arikuri", "sanket"), a worry told with "agar ... to kya karein", a film scene,
a snake that only came into the house, the safety of a poison kept at home. The same words told as
happening now, again now, or as a long complaint that began or grew worse now still get 112/108.
None of these messages is in the patient set."""

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
        # a cut whose bleeding has stopped, an old stroke that is over
        "mere chacha ko do baras pahile lakwa maara tha, ab theek hain, kya khana chahiye",
        "kal blade se ungli kat gayi thi, khoon ruk gaya, patti lagayi hai",
        "chaku se sabzi kaatte hue haath kat gaya, khoon band ho gaya, dawa kya lagaun",
        "knife se hath pe cut laga, bleeding stopped, kya lagaun",
        "kal blade se haath kat gaya tha, khoon band ho gaya, ab bas halki jalan hai",
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
        # a stroke now or again, bleeding that will not stop, a stabbing, a collapse in the heat
        "abhi lakwa maar gaya, munh tedha ho gaya",
        "do baras pahile lakwa maara tha, aaj phir munh tedha ho gaya aur haath nahi uth raha",
        "chaku se haath kat gaya, khoon beh raha hai ruk nahi raha",
        "usne pet me chaku maar diya",
        "usko chaku maara, khoon ruk gaya par saans tez hai",
        "dhoop me loo lag gayi, behosh ho gaye, badan tap raha",
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


@pytest.mark.parametrize(
    "message",
    [
        "मेरे ससुर को चार बरस पहिले लकवा मारा था, अब चलते फिरते हैं, क्या खिलाएं",
        "गये साल बाबूजी को लकवा मार गईल रहे, अब ठीक बाड़न, का खियाईं",
        "papa nu do saal pehlan attack aaya si, hun theek ne, ki khaan",
        "bachhe ko pichhli baar bukhar me jhatke aaye the, ab bukhar 99 hai, kaise bachaye",
        "हमार बेटा के पिछला बेर बुखार में झटका आइल रहे, अबकी बुखार बा, कइसे बचाईं",
        "meri nani ko mirgi ke daure padte the jab wo jawan thi",
        "nanaji ko jawani me mirgi aati thi, kya mujhe bhi hogi",
        "appa ku rendu varusham munnadi heart attack vandhuchu, ippo nalla irukkaru, enna saapdalam",
    ],
)
def test_an_old_event_told_in_a_dialect_is_not_an_emergency(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        "do baras pehle bhi lakwa hua tha, aaj phir se munh tedha ho gaya aur bol nahi pa rahe",
        "pichhli baar bhi jhatke aaye the, abhi 10 minute se jhatke aa rahe hai, hosh nahi",
        "usko daure padte the, abhi 10 minute se jhatke ruk nahi rahe",
        "papa ko achanak seene me tez dard, pasina, aisa pehle kabhi nahi hota tha",
        "gaye saal bhi attack aaya tha, abhi phir seene me dard aur pasina aa raha hai",
    ],
)
def test_the_same_event_again_now_is_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        "heart attack-er lokkhon ki ki",
        "maaradaippu arikuri enna",
        "dil da daura kive pata lagda hai",
        "dil de daure de lakshan ki hunde ne",
        "हार्ट अटैक आने से पहले क्या संकेत मिलते हैं",
        "how is heart attack different in diabetics",
        "what is cardiac arrest, is it the same as heart attack",
        "how does snake venom work",
        "how to childproof home from poisoning",
        "pambu kadicha enna pannanum, therinjukanum",
        "saap kamrale ki korbo, jante chai",
        "choking ke baare me batao",
        "heart attack ki pehchan kaise kare",
        "seizure ka risk kaise kam kare",
        "seizure aur behoshi me fark kaise kare",
        "asthma attack me kya nahi khana chahiye",
        "cardiac arrest kitna khatarnak hai",
        "can young people get a stroke",
        "zeher ke mareez ki dekhbhal kaise kare",
    ],
)
def test_a_question_about_an_illness_is_not_an_emergency(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        "heart attack aa gaya papa ko, seene me dard aur pasina",
        "dil da daura pai gaya lagda, chhati vich dard te pasina",
        "saanp ne kaat liya, pair suj raha hai",
        "pambu kadichiduchu kaal la, veekkam aagudhu",
        "mere bete ne chuhe ki dawai kha li",
        "papa ko heart attack aaya hai kitna khatarnak hai",
        "mummy ko lakwa maar gaya hai pehchan kaise kare",
        "bete ne zeher pi liya kitna khatarnak hai",
        "sugar ke mareez ko pasina aur behoshi aa gayi",
        "heart attack ke mareez ko abhi seene me dard ho raha hai",
    ],
)
def test_the_same_illness_happening_is_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        "kya karein agar bachhe ne dawai kha li galti se",
        "agar mujhe heart attack aa jaye akele ghar pe to kya karu",
        "je saap lad jaave taan ki kariye",
        "padathula heart attack scene paathen, appadi thaan varuma",
        "cinema lo heart attack scene chusanu, nijamga ala vastunda",
        "saanp ghar me ghus gaya tha, bhaga diya, ab kya karein dobara na aaye",
        "scorpion dekha bathroom me, kaise bhagaye",
        "is it safe to use rat poison at home with kids",
    ],
)
def test_a_worry_a_story_or_a_snake_seen_is_not_an_emergency(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        "bachhe ne galti se dawai ki puri patti kha li, ab so raha hai, utha nahi raha",
        "mujhe abhi heart attack aa raha hai, akele ghar pe hu",
        "saanp ghar me ghus gaya aur beti ko kaat liya",
        "bichhu dekha aur usne pair pe dank mar diya",
        "snake entered the house and bit my father",
        "garmi me kaam karte karte mazdoor behosh ho gaya",
        "rat poison kha liya, safe hai kya",
    ],
)
def test_the_same_words_told_as_happening_are_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        "a few years ago my father had a heart attack, what should he eat now",
        "jab main 12 saal ka tha papa ko lakwa maar gaya tha, ab kaunsi exercise karaye",
        "saal bhar pehle pati ko dil ka daura pada tha, ab kya khilaye",
        "bahut pehle bete ko jhatke aaye the, ab kya dhyan rakhe",
        "corona ke time nani ko lakwa maar gaya tha, ab theek hai, kya khilaye",
        "dadi ko lakwa maar gaya tha lockdown me, ab walker se chalti hai, kaunsa tel lagaye",
        "shaadi se pehle mujhe attack aaya tha, ab dawai kab tak leni hai",
        "long back my uncle had a seizure, is it hereditary",
    ],
)
def test_an_old_event_told_with_a_time_in_front_is_not_an_emergency(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        "a few years ago my father had a stroke and today again his face is drooping",
        "after angioplasty last year my father suddenly cant see",
        "bahut pehle se sugar hai, abhi papa behosh ho gaye aur pasina aa raha hai",
        "lockdown me bhi attack aaya tha, abhi phir seene me tez dard aur pasina",
    ],
)
def test_a_sign_now_after_an_old_event_is_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        "mummy ko chest tightness for 3 months, kya karu",
        "for 3 months i get chest tightness when climbing stairs, which test",
        "behoshi jaisi lagti hai mahine bhar se, gas ki wajah se hai kya",
        "dadi ko seene me dard kaafi dino se, kya karu",
    ],
)
def test_a_complaint_of_long_standing_is_not_an_emergency(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        "3 hafte se seene me dard hai, aaj bahut tez ho gaya",
        "2 mahine se saans phoolti thi, abhi saans bilkul nahi aa rahi",
        "papa ko 2 hafte se bolne me dikkat, aaj munh tedha ho gaya",
        "ek mahine se chakkar aate hai, aaj behosh ho gayi",
        "seene me dard 3 hafte se hai par kal raat se badh gaya",
        "for 2 weeks i have chest tightness and now it spread to my left arm",
        "mirgi 5 saal se hai, 10 minute se jhatke ruk nahi rahe",
    ],
)
def test_a_long_complaint_that_began_or_grew_worse_now_is_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)
