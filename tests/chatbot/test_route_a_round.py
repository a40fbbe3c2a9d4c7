"""Calm questions about an illness, its home care, diet and prevention, asked in everyday and regional
words, are answered with information or care tips on the right topic: an old stroke told in Awadhi years
("do baras pahile") asks how to prevent another, a cut whose bleeding has stopped asks about care and a
tetanus shot, "kaun kaun se teeke lagwana" asks which vaccines to get, Nepali "ke khanu" and Magahi
"ka ka deve" ask what to eat or give, "kaise hove" asks how an illness comes, "dusre ko lagta" how it
spreads, "phail sakta hai" what it may lead to, "aur kya kare" what else to do, "toothpaste lagaun?" whether
a way of care is right, Gujarati "koi rasto batavo" how to quit, Tamil "ok ah" whether an activity is all
right, "आलू लगाऊँ" (potato) a home remedy for a burn; a low reading on blood pressure tablets names high blood pressure too; jellyfish and "smaranshakti" (memory) name their topics.
Emergencies that share these words (a stroke now or again, bleeding that will not stop, a stabbing)
stay emergencies.

None of these messages is in the patient set.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_emergency, assert_intent, assert_not_emergency

#: (message, intent, topics)
ROUTED = [
    # an old stroke, told in years ("baras") with Awadhi "pahile", asks how to prevent another
    ("mere chacha ko do baras pahile lakwa maara tha, ab theek hain, kya khana chahiye", "remedy", "stroke"),
    ("दादी को चार बरस पहिले लकवा मारा था, अब ठीक हैं, दोबारा न हो इसके लिए का करें", "remedy", "stroke"),
    # a cut whose bleeding has stopped, and whether a tetanus shot is needed
    ("knife slipped and cut my palm, bleeding stopped after pressing, need a tetanus shot?", "remedy", "wounds"),
    ("Do I need a tetanus shot after a small scratch from a rusty nail?", "remedy", ("vaccination", "wounds")),
    # which vaccines to get
    ("बेटवा के कौन कौन टीका लगवावे के चाही", "remedy", "vaccination"),
    # Nepali: what to eat and not eat
    ("gout bhayo, ke khanu hunna?", "remedy", "gout"),
    ("sugar cha, ke khanu?", "remedy", "diabetes"),
    ("gout bhayo, ke khanu ra ke nakhanu?", "remedy", "gout"),
    # Magahi / Bhojpuri: what to give
    ("sugar wale babuji ke khana me ka ka deve", "remedy", "diabetes"),
    # how an illness comes about
    ("पीलिया कइसे होवऽ हई", "disease_info", "jaundice_hepatitis"),
    ("टाइफाइड कइसे होवे ला", "disease_info", "typhoid"),
    # how it spreads from one to another
    ("khasra ek bachche se dusre ke lag jata hai ka", "disease_info", "measles"),
    # what it may spread into
    ("kya ghav ka infection haddi tak phail sakta hai", "disease_info", "wounds"),
    ("kya bedsore ka infection haddi tak phail sakta hai", "disease_info", "wounds"),
    # jellyfish and memory name their topics
    ("jellyfish ne kaat liya pair pe, jalan hai, kya lagaye", "remedy", "first_aid"),
    ("jelly fish sting on leg, burning, what to apply", "remedy", "first_aid"),
    ("umar ke saath smaranshakti kaise bachaye", "remedy", "dementia"),
    ("बुढ़ापे में स्मरणशक्ति कैसे बनाए रखें", "remedy", "dementia"),
    # a low reading on blood pressure tablets is about high blood pressure's treatment too
    ("mummy ki BP ki goli chal rahi hai, aaj bp 98/60 aaya, chakkar aa raha", "symptom_check", ("low_bp", "hypertension")),
    ("bp ki dawai leti hu, aaj bp 95/60 aaya, kya karu", "symptom_check", ("low_bp", "hypertension")),
    ("bp 95/60 aaya, chakkar aa raha", "symptom_check", "low_bp"),
    # a way of care asked with a question mark at the end ("toothpaste lagaun?")
    ("गरम दूध पैर पर गिर गया, थोड़ा लाल है, टूथपेस्ट लगाऊँ?", "remedy", "burns"),
    ("kal garam doodh haath pe gir gaya, thoda laal hai, chhale nahi, toothpaste lagaun?", "remedy", "burns"),
    ("garam daal haath pe gir gayi, laal hai, aloe vera lagaye?", "remedy", "burns"),
    # "आलू" (potato) put on a small burn is a home remedy, not "loo" (heatstroke)
    ("उबलता पानी हाथ पर गिर गया, हल्का लाल है, छाले नहीं, आलू लगाऊँ?", "remedy", "burns"),
    ("jale hue pe aloo laga sakte hai kya", "remedy", "burns"),
    # what else to do, after a reading and a change already made
    ("papa ka sugar 200 rehta hai, meetha band kar diya, aur kya kare", "remedy", "diabetes"),
    ("bhaiya ka sugar 180 rehta hai, chawal band kar diya, aur kya karein", "remedy", "diabetes"),
    ("cholesterol 250 aaya, tel kam kar diya, what else can I do", "remedy", "high_cholesterol"),
    # Gujarati: a way to quit; Tamil and Rajasthani: whether an activity is all right
    ("bidi pivanu chhodvu che 30 varas thi pivu chu, mane koi rasto batavo", "remedy", "tobacco"),
    ("thatha bypass aachu, stairs yerarathu ok ah", "remedy", "coronary_artery_disease"),
    ("bypass ke 3 mahine baad dadaji mandir jaye ki ni", "remedy", "coronary_artery_disease"),
]


@pytest.mark.parametrize(("message", "intent", "topics"), ROUTED)
def test_calm_question_is_routed(bot: ChatBot, message: str, intent: str, topics: str | tuple[str, ...]) -> None:
    assert_intent(bot, message, intent, topics)


CALM = [
    "mere chacha ko do baras pahile lakwa maara tha, ab theek hain, kya khana chahiye",
    "kal blade se ungli kat gayi thi, khoon ruk gaya, patti lagayi hai",
    "chaku se sabzi kaatte hue haath kat gaya, khoon band ho gaya, dawa kya lagaun",
    "knife se hath pe cut laga, bleeding stopped, kya lagaun",
    "kal blade se haath kat gaya tha, khoon band ho gaya, ab bas halki jalan hai",
]


@pytest.mark.parametrize("message", CALM)
def test_over_and_old_events_are_calm(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


URGENT = [
    "abhi lakwa maar gaya, munh tedha ho gaya",
    "do baras pahile lakwa maara tha, aaj phir munh tedha ho gaya aur haath nahi uth raha",
    "chaku se haath kat gaya, khoon beh raha hai ruk nahi raha",
    "usne pet me chaku maar diya",
    "usko chaku maara, khoon ruk gaya par saans tez hai",
    "dhoop me loo lag gayi, behosh ho gaye, badan tap raha",
]


@pytest.mark.parametrize("message", URGENT)
def test_the_same_words_now_are_emergencies(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)
