"""Hindi in and out, concept red flags, time per clause, and who is asking."""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot, StaticChatContext, detect_language
from medlink.chatbot.text import tokenize

from .conftest import DOCTORS, assert_emergency, assert_intent, assert_not_emergency


def test_normalisation_keeps_devanagari_and_folds_variants() -> None:
    assert tokenize("मुझे बुखार है") == ["मुझे", "बुखार", "है"]
    assert tokenize("साँस") == tokenize("सांस")  # chandrabindu = anusvara
    assert tokenize("ज़्यादा") == tokenize("ज्यादा")  # nukta dropped
    assert tokenize("क्\u200dष") == ["क्ष"]  # zero-width joiner removed
    assert tokenize("café, ठीक") == ["cafe", ".", "ठीक"]
    assert detect_language("सीने में दर्द") == "hi" and detect_language("seene me dard") == "en"
    assert detect_language("🙂") is None


def test_language_preference_and_detection(bot: ChatBot) -> None:
    assert bot.reply("what is dengue").language == "en"
    hindi = bot.reply("what is dengue", language="hi")
    assert hindi.language == "hi" and "डेंगू" in hindi.text and "dengue" in hindi.topics
    assert bot.reply("डेंगू क्या है", language="en").language == "hi"  # asked in Hindi
    assert ChatBot(language="hi").reply("hello").text.startswith("नमस्ते")
    assert bot.reply("hello", language="xx").language == "en"


@pytest.mark.parametrize(
    "message",
    [
        "papa ka muh tedha ho gaya aur bol nahi pa rahe",  # FAST in Hinglish
        "heaviness in my chest and sweating",  # no word "pain"
        "my daughter swallowed 12 of my tablets",  # a count, not "too many"
        "bachche ne keede maarne ki dawa pee li",  # poisoning in Hinglish
        "sugar 42 and he is confused",  # a glucose value
        "inhaler is not helping at all",
        "7 months pregnant, severe headache and blurred vision",  # pre-eclampsia signs
        "my 3 week old baby is not feeding",  # newborn danger sign
        "son fell off the bike, hit his head, now very drowsy",
        "my face and tongue are swelling after eating peanuts and i can barely breathe",
    ],
)
def test_concept_red_flags(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message, number="108")


def test_old_events_stay_old_per_clause(bot: ChatBot) -> None:
    assert_intent(bot, "had a stroke 3 years ago, how to prevent another", "remedy")
    assert_not_emergency(bot, "my father had a heart attack in 2019, what diet now")
    assert_emergency(bot, "he had a stroke years ago but now his face is drooping")
    assert_intent(bot, "what are the signs of a stroke", "disease_info")
    assert_not_emergency(bot, "seene me dard nahi hai, bas khansi")


def test_self_harm_in_hindi_gets_tele_manas(bot: ChatBot) -> None:
    assert_emergency(bot, "मैं अपनी जान दे दूंगा", lang="hi", number="14416")


def test_short_word_typos_against_the_medical_lexicon(bot: ChatBot) -> None:
    assert_emergency(bot, "severe chst pian")
    assert_intent(bot, "pet drd", "symptom_check")


def test_age_pregnancy_and_profile_route_the_answer(bot: ChatBot) -> None:
    assert bot.reply("my 4 year old has fever and cough").speciality == "Paediatrician"
    assert bot.reply("I am pregnant and have heartburn").speciality == "Gynaecologist"
    child = ChatBot(StaticChatContext(patient_name="Ravi", doctors=DOCTORS, patient_age_years=7))
    assert child.reply("I have fever and cough").speciality == "Paediatrician"
    assert child.reply("my father has fever and cough").speciality != "Paediatrician"
    pregnant = ChatBot(StaticChatContext(patient_name="Asha", patient_sex="female", patient_pregnant=True))
    assert pregnant.reply("I have bleeding").intent == "emergency"


def test_dose_request_is_redirected(bot: ChatBot) -> None:
    for q in ("metformin 500 ya 1000 kitna lu", "बच्चे को बुखार की दवा कितनी दें", "how many puffs of inhaler"):
        reply = bot.reply(q)
        assert reply.dose_redirect and reply.intent != "emergency", q
        assert "pharmacist" in reply.text or "फार्मासिस्ट" in reply.text


def test_spelling_skeleton_joins_hinglish_variants() -> None:
    from medlink.chatbot.knowledge import load_knowledge_base

    skeleton = load_knowledge_base().spellings.skeleton

    for a, b in [("zeher", "jeher"), ("saans", "sans"), ("khoon", "khun"), ("chhati", "chati"),
                 ("bhaari", "bhari"), ("phool", "fool"), ("nhi", "nahi")]:  # fmt: skip
        assert skeleton(a) == skeleton(b), (a, b)
    assert skeleton("pain") != skeleton("pen") and skeleton("pet") != skeleton("peeth")
    assert skeleton("ji") == "ji" and skeleton("12") == "12" and skeleton("दर्द") == "दर्द"


def test_quantities_and_ages_in_words_and_short_forms() -> None:
    from medlink.chatbot.concepts import age_in_months, special_concepts

    assert age_in_months(tokenize("das din ke bacche ko bukhar")) == pytest.approx(10 / 30)
    assert age_in_months(tokenize("baby 2 weeks, skin yellow")) == pytest.approx(14 / 30)
    assert age_in_months(tokenize("my 3 yo is drowsy")) == 36
    assert age_in_months(tokenize("fever since 2 weeks")) is None  # a duration, not an age
    found = {name for name, _s, _e in special_concepts(tokenize("she took ten tablets"))}
    assert "@many_pills" in found
    found = {name for name, _s, _e in special_concepts(tokenize("she took two tablets"))}
    assert "@many_pills" not in found


@pytest.mark.parametrize(
    ("message", "band"),
    [("sugar 9", None), ("sugar 10", "@low_glucose"), ("sugar 60", "@low_glucose"), ("sugar 61", None),
     ("sugar 299", None), ("sugar 300", "@high_glucose"), ("sugar 449", "@high_glucose"),
     ("sugar 450", "@very_high_glucose"), ("sugar 2000", "@very_high_glucose"),
     ("papa ko diabetes hai, meter me 38 aaya", "@low_glucose"), ("papa ko diabetes hai, meter me 320 aaya", "@high_glucose"),
     ("papa ko diabetes hai, meter me 1500 aaya", "@very_high_glucose"), ("papa ko diabetes hai, meter me 1501 aaya", None),
     ("sugar is 1.0 mmol", "@low_glucose"), ("sugar is 3.4 mmol", "@low_glucose"), ("sugar is 3.5 mmol", None),
     ("sugar is 80 mmol", "@very_high_glucose"), ("sugar is 81 mmol", None),
     # a whole number before "mmol" is read in mmol/L only: 20 mmol/L is high, never a low 20 mg/dL
     ("sugar is 20 mmol", None), ("sugar is 25 mmol", "@very_high_glucose"), ("sugar 12 mmol/l", None)],
)  # fmt: skip
def test_a_blood_sugar_is_read_into_its_band(message: str, band: str | None) -> None:
    """10-60 mg/dL is low, 300-449 high, 450 or more very high (a meter shows at most 1500); in mmol/L,
    1.0-3.4 is low and 25-80 very high (a number before "mmol" is never read in mg/dL); a reading between
    the bands is no concept."""
    from medlink.chatbot.concepts import special_concepts

    found = {name for name, _s, _e in special_concepts(tokenize(message)) if name.endswith("_glucose")}
    assert found == ({band} if band else set()), (message, found)


@pytest.mark.parametrize(
    "message",
    [
        "squeezing in chest while climbing stairs just now",  # a prefix term word is never "corrected"
        "mere pati ki zubaan atak rahi hai achanak",
        "papa diabetic hain, confused baat kar rahe hain aur kaanp rahe",  # confusion in a diabetic
        "dadaji seedhi se gire sar pe chot, baat samajh nahi aa rahi",
        "garam tel gir gaya, bahut bada jala hua hai chehra",
        "my 3 yo is very drowsy and floppy",  # a child's age with a danger sign
        "दस दिन के बच्चे को बुखार है",  # a number word as the age of a young infant
        "saans nhi aa rahi asthma",
        "जीभ और गला सूज रहा है",
        "toddler chewed a tablet strip, dont know how many",
    ],
)
def test_more_concept_red_flags(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        "kal raat seene me dard tha ab thik hai",  # told in the past and over
        "dil ka daura 3 saal pehle aaya tha ab kya khana chahiye",
        "baby bumped head on table, crying for a minute then playing normally",
        "pregnancy mein thoda spotting after sex",
        "my diabetic father is confused about which tablet to take",
        "face pe burning hoti hai cream lagane se",
    ],
)
def test_near_misses_are_not_emergencies(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


def test_hindi_plural_endings_and_situations(bot: ChatBot) -> None:
    assert bot.reply("हड्डियों में दर्द").intent == "symptom_check"  # haddiyon -> haddi
    reply = bot.reply("nasein phool gayi pair me")  # a complaint told without a question: triaged
    assert reply.intent == "symptom_check" and "varicose_veins" in reply.topics
    reply = bot.reply("nasein phool gayi pair me, kya karu")  # the same complaint asking what to do
    assert reply.intent == "remedy" and "varicose_veins" in reply.topics
    assert bot.reply("pet me gas aur khatti dakar").intent == "symptom_check"  # several complaints
    assert bot.reply("varicose veins").intent == "disease_info"  # a topic's name alone
    # a reported complaint in words the knowledge base lacks is triaged by the body part
    reply = bot.reply("meri aankhon me kuch ajeeb sa lagta hai")
    assert reply.intent == "symptom_check" and reply.speciality == "Ophthalmologist"
