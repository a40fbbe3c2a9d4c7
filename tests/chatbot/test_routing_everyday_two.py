"""More everyday routing: a dose asked by telling a strength, a number of tablets or a choice
between two amounts; what a condition is against what to do; the clinic's services asked in everyday
words. None of these messages is in the patient set; each checks a concept, not one wording.
"""

from __future__ import annotations

import re

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_intent, assert_not_emergency

#: an amount of a medicine in a reply ("500 mg", "2 tablets a day"; not a reading in mg/dL)
_DOSE_IN_TEXT = re.compile(r"\b\d+(?:\.\d+)?\s*(?:mg(?!\s*/\s*dl)|ml|mcg|units?|iu|tablets? (?:a|per|every)|times a day)\b", re.I)


def _assert_dose_redirected(bot: ChatBot, message: str) -> None:
    reply = assert_not_emergency(bot, message)
    assert reply.dose_redirect, (message, reply.intent, reply.topics)
    assert "pharmacist" in reply.text or "फार्मासिस्ट" in reply.text, (message, reply.text)
    assert not _DOSE_IN_TEXT.search(reply.text), (message, reply.text)


@pytest.mark.parametrize(
    "message",
    [
        "mummy ki thyroxine 25 mcg wali hai, aaj usne galti se do le li, chalega kya",
        "papa ne telma 40mg aaj galti se do baar le li, ab kya karein",
        "बेटे को 5ml सिरप दिया था, फिर से दे सकते हैं क्या",
        "nani ko sugar ki 2 goli de du kya aaj, kal bhool gayi thi",
        "can i give my son two tablets of his fever medicine at night?",
    ],
)
def test_a_strength_or_number_of_tablets_told_with_a_question_is_redirected(bot: ChatBot, message: str) -> None:
    """A medicine's strength ("25 mcg", "40mg") or a number of its tablets ("2 goli") told with a question
    asks for a dose: the reply sends the patient to the doctor or pharmacist and names no amount."""
    _assert_dose_redirected(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        "बीपी की 10mg वाली टैबलेट आधी दूं या पूरी",
        "calcium ki goli roz leni hai ya ek din chhod ke",
        "should my mother take the vitamin d capsule weekly or monthly",
        "b12 ki tablet ek ya do, doctor ne likha tha par parchi gum ho gayi",
    ],
)
def test_a_choice_between_two_amounts_of_a_medicine_is_redirected(bot: ChatBot, message: str) -> None:
    """Whole or half, daily or every other day, weekly or monthly, one or two: choosing between two
    amounts or rhythms of a medicine is a dose question."""
    _assert_dose_redirected(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        "ek din me kitni penkiller le sakte hain kamar dard me",
        "एक दिन में कितने पेनकिलर ले सकता हूं सिर दर्द है",
    ],
)
def test_painkiller_as_typed_in_devanagari_and_sms_is_a_medicine(bot: ChatBot, message: str) -> None:
    """ "पेनकिलर" (penkilar), "penkiller": the painkiller, whose number asked for is a dose question."""
    _assert_dose_redirected(bot, message)


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("HbA1c 8.4, 2 goli metformin leta hu, how worrying is this", "symptom_check"),
        ("sugar 180 mg/dl aayi khana khane ke baad, ye normal hai kya", "symptom_check"),
    ],
)
def test_a_reading_told_beside_a_strength_is_still_a_reading(bot: ChatBot, message: str, intent: str) -> None:
    """A reading asked about ("how worrying", "normal hai kya") beside a strength or in mg/dL is no dose."""
    reply = assert_intent(bot, message, intent)
    assert not reply.dose_redirect


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("do you give any discount for old people?", "fees"),
        ("kya buzurgon ko fees me chhoot milegi", "fees"),
        ("follow-up visit ke paise dobara lagenge kya", "fees"),
        ("revisit within a week, do I pay again?", "fees"),
        ("is the ecg free for pensioners?", "fees"),
        ("can the doctor check my mother over video, she cannot walk", "video_link"),
        ("video wale doctor se aaj baat ho sakti hai kya", "video_link"),
        ("can my grandfather be seen by video from the village", "video_link"),
        ("meri booking dikhao please", "appointments"),
        ("show my bookings", "appointments"),
        ("can you reply in marathi?", "help"),
        ("kya aap gujarati me jawab de sakte ho", "help"),
        ("which languages do you understand", "help"),
        ("kya kya services milti hain yahan", "help"),
        ("is me medicine ke baare me pooch sakte hai kya", "help"),
        ("nomoshkar", "greeting"),
        ("namaskara", "greeting"),
        ("johar", "greeting"),
    ],
)
def test_the_clinics_services_asked_in_everyday_words(bot: ChatBot, message: str, intent: str) -> None:
    """A discount or concession, a follow-up visit's charge, whether a test is free; a doctor seen "on /
    over / by video"; one's bookings shown; the languages the assistant answers in and what may be asked
    of it; the greetings of Bengal, Karnataka and Jharkhand."""
    assert_intent(bot, message, intent)


@pytest.mark.parametrize(
    "message",
    [
        "my dad has fever since 2 days",
        "dad is 70 and gets breathless on the stairs",
        "caring for my daddy after his stroke, what should we watch for",
    ],
)
def test_dad_is_the_father_not_ringworm(bot: ChatBot, message: str) -> None:
    """ "dad" (the father) has the skeleton of "daad" (ringworm): it is compared as typed."""
    reply = bot.reply(message)
    assert "fungal_infection" not in reply.topics, (message, reply.topics)


def test_ringworm_is_still_ringworm(bot: ChatBot) -> None:
    assert_intent(bot, "jangh pe daad ho gaya hai, bahut khujli", ("symptom_check", "remedy"), "fungal_infection")
    assert_intent(bot, "dad khaj ki dawa batao", ("remedy", "symptom_check"), "fungal_infection")


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("can TB be cured fully, my neighbour has cough since a month", "tuberculosis"),
        ("is psoriasis curable? my sister has patches on her elbows", "psoriasis"),
        ("kidney stone kaise bante hai, papa ka operation hua tha", "kidney_stones"),
        ("doctor bola dadi ko heart failure hai, does that mean her heart will stop", "heart_failure"),
        ("what causes high bp? chemist ki machine me 150/95 aaya", "hypertension"),
        ("kitne sugar ko diabetes maana jata hai", "diabetes"),
        ("anxiety sach me bimari hai ya bas dar", "anxiety"),
    ],
)
def test_a_question_about_the_condition_itself_beside_a_complaint_is_information(
    bot: ChatBot, message: str, topic: str
) -> None:
    """Whether it is curable, what a name means, how it forms, what causes it, what is counted as it,
    whether it is a disease at all: asked beside someone's complaint or reading, it still asks what the
    condition is."""
    assert_intent(bot, message, "disease_info", topic)


def test_what_ones_own_reading_means_is_still_triaged(bot: ChatBot) -> None:
    assert_intent(bot, "my ldl is 175 and total 255, no symptoms, what does this mean for me", "symptom_check")


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("घुटने के दर्द में कौन सी एक्सरसाइज करें", ()),
        ("feet cracked and itchy from standing in water all day, which ointment", ()),
        ("ghar me sabko scabies hai, bedsheet kaise dhoyein", "scabies"),
        ("hernia ka bina operation ilaj bataiye", "hernia"),
        ("sugar 200 aa rahi, bina goli ke kaise ghatayein", "diabetes"),
        ("बुज़ुर्गों को सर्दी में क्या सलाह दूं, खांसी बहुत है", ()),
        ("कॉपर टी के अलावा बच्चे रोकने के और तरीके बताओ", "contraception"),
    ],
)
def test_asking_which_exercise_or_cream_how_to_clean_or_what_advice_asks_what_to_do(
    bot: ChatBot, message: str, topic: str | tuple[str, ...]
) -> None:
    """Which exercise ("एक्सरसाइज" = eksarsaij) or cream, how to wash the bedding, the treatment told
    ("ilaj bataiye"), how to bring a reading down without tablets, what advice (सलाह) to give, other ways
    to stop having children (बच्चे रोकने): all ask what to do."""
    assert_intent(bot, message, "remedy", topic)


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("haija kaise failta hai", "cholera"),
        ("हैजा किससे होता है", "cholera"),
        ("रूमेटॉइड आर्थराइटिस क्या है", "rheumatoid_arthritis"),
        ("rumetoid arthritis aur gathiya me kya fark hai", "rheumatoid_arthritis"),
    ],
)
def test_condition_names_as_typed_in_devanagari(bot: ChatBot, message: str, topic: str) -> None:
    """ "हैजा" (haija: cholera) is not split into "hai ja"; "रूमेटॉइड" (rumetoid) is rheumatoid."""
    assert_intent(bot, message, "disease_info", topic)


@pytest.mark.parametrize(
    "message",
    ["what is japanese encephalitis", "nipah virus kya hota hai", "sickle cell kya hai, hamare gaon me bahut hai",
     "kalazar kaise failta hai", "what is scrub typhus, two workers got it"],
)
def test_a_disease_the_knowledge_base_does_not_describe_asked_about_by_its_everyday_name(
    bot: ChatBot, message: str
) -> None:
    """A disease named by its everyday name (not only by an ending like -osis or -itis) that the knowledge
    base does not describe: the reply says so and sends to a General Physician, as a question about it."""
    reply = assert_intent(bot, message, "disease_info")
    assert "General Physician" in reply.text


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("papa ko pichle saal stent pada tha, ab thoda saans phoolta hai, should we show him to a cardiologist", ()),
        ("beti 3 saal ki sofa se giri, maathe pe gumad hai, khel rahi hai, hospital le jaana padega?", "head_injury"),
        ("my daughter bumped her forehead on the table, small swelling, do we need to go to hospital", "head_injury"),
        ("do din se bukhar hai, malaria pehle ho chuka hai, blood test karau kya", ()),
    ],
)
def test_whether_to_show_a_doctor_go_to_hospital_or_get_tested_is_a_triage(
    bot: ChatBot, message: str, topic: str | tuple[str, ...]
) -> None:
    """ "should we show him to a cardiologist" (Indian English: to consult), "hospital le jaana padega",
    "do we need to go to hospital", "test karau kya" with a complaint told ask whether it needs a doctor;
    a knock on the forehead (maathe, lalat, kapal) is a head injury."""
    reply = assert_intent(bot, message, "symptom_check", topic)
    assert reply.intent != "emergency"


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("exam ke time dil bahut ghabrata hai, haath kaanpte hain", "anxiety"),
        ("office meeting se pehle bahut bechaini hoti hai, pet me gola sa", "anxiety"),
        ("chacha ke pair par halka daag hai jisme kuch mahsus nahi hota", "leprosy"),
        ("there is a pale patch on my arm and i cannot feel anything when i touch it", "leprosy"),
    ],
)
def test_everyday_words_for_unease_and_for_a_patch_without_feeling(bot: ChatBot, message: str, topic: str) -> None:
    """ "dil ghabrata hai", "bechaini" point to anxiety; a patch where nothing is felt ("mahsus nahi",
    "cannot feel") to leprosy."""
    assert_intent(bot, message, "symptom_check", topic)


@pytest.mark.parametrize(
    ("message", "intent", "topic"),
    [
        ("तीन दिन से फीवर और बॉडी पेन है", "symptom_check", ()),
        ("kal se body toot rahi hai aur halka fivar bhi", "symptom_check", ()),
        ("bp machine pe pressar 160/100 dikha raha hai", "symptom_check", "hypertension"),
        ("blood presure 150/95 aaya, chinta ki baat hai?", "symptom_check", "hypertension"),
        ("gali ke pilla ne haath pe kaat liya, thodi kharonch hai", "remedy", "dog_bite"),
    ],
)
def test_english_words_as_typed_in_devanagari_and_sms(
    bot: ChatBot, message: str, intent: str, topic: str | tuple[str, ...]
) -> None:
    """ "फीवर" (phivar) and "fivar" are fever, "बॉडी" (bodi) the body ("body toot rahi" = body ache),
    "pressar" / "presure" the blood pressure; "pilla" is a puppy (not "pile")."""
    assert_intent(bot, message, intent, topic)


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("bijli ka jhatka laga tha kal, ab theek hu, aage se kaise bachun", "first_aid"),
        ("what to do if someone gets an electric shock, asking for my school", "first_aid"),
        ("kheti ke kaam se haath phat gaye hain, kya lagaun", ()),
        ("edi fat gayi hai, daraar me dard, koi cream batao", ()),
    ],
)
def test_an_electric_shock_past_and_cracked_skin_ask_what_to_do(
    bot: ChatBot, message: str, topic: str | tuple[str, ...]
) -> None:
    """An electric shock (every word of the concept ``electric``: "current laga", "bijli ka jhatka") points to
    first aid; cracked skin ("haath phat gaye", "daraar", "bivai") is a skin complaint to care for."""
    reply = assert_intent(bot, message, "remedy", topic)
    assert reply.intent != "emergency"


@pytest.mark.parametrize(
    "message",
    [
        "aai la bp chi goli ardhi ki purna dyavi",
        "mummy ne thyroid ni goli adadhi ke akhi aapvani",
        "papa nu bp di goli ik ja do deni hai",
        "aaji la sugar chi goli roj kinva ekda aathvadyat",
    ],
)
def test_a_choice_between_amounts_in_regional_words_is_redirected(bot: ChatBot, message: str) -> None:
    """Marathi "ardhi ki purna" / "roj kinva ekda aathvadyat", Gujarati "adadhi ke akhi", Punjabi "ik ja do":
    "ki", "ke", "ja" are "or" only between two amounts, right beside them."""
    _assert_dose_redirected(bot, message)


@pytest.mark.parametrize(
    "message",
    ["क्या आप मराठी में जवाब दे सकते हैं", "tamil la pesuvingala", "telugu lo matladutara", "bangla te bolte paren?"],
)
def test_asking_the_language_of_the_answers_in_regional_words_is_help(bot: ChatBot, message: str) -> None:
    """ "जवाब" (javab), Tamil "tamil la pesuvingala", Telugu "telugu lo matladutara", Bengali "bangla te
    bolte paren": whether the assistant answers in a language asks what it does."""
    assert_intent(bot, message, "help")


@pytest.mark.parametrize("message", ["hu gujarat ma rahu chu", "main punjab vich rehnda haan", "bengal te thaki"])
def test_a_state_named_is_no_language_asked_for(bot: ChatBot, message: str) -> None:
    """ "gujarat ma" (in Gujarat) is not "gujarati ma" (in Gujarati): no help answer for where one lives."""
    assert bot.reply(message).intent != "help"


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("eczema ke liye kaunsa moisturiser", "eczema"),
        ("psoriasis me konsa tel lagana chahiye", "psoriasis"),
        ("dandruff ke liye kaun sa shampoo", "dandruff"),
        ("which soap should we use, whole family has scabies", "scabies"),
    ],
)
def test_which_product_to_use_for_a_condition_asks_what_to_do(bot: ChatBot, message: str, topic: str) -> None:
    """Which cream, moisturiser, oil, shampoo or soap (the ``care_product`` cues) for a named condition."""
    assert_intent(bot, message, "remedy", topic)


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("वरिष्ठ नागरिकों को डिस्काउंट मिलता है क्या", "fees"),
        ("मेरी सारी बुकिंग दिखाइए", "appointments"),
    ],
)
def test_the_clinics_services_as_typed_in_devanagari(bot: ChatBot, message: str, intent: str) -> None:
    """ "डिस्काउंट" (diskaunt) is a discount; "सारी बुकिंग दिखाइए" (saari buking dikhaie) one's bookings."""
    assert_intent(bot, message, intent)


@pytest.mark.parametrize("message", ["tau ko dard hai bahut", "mere tau ko khujli ho rahi hai", "tauji ko khujli hai"])
def test_tau_the_uncle_is_no_palate(bot: ChatBot, message: str) -> None:
    """ "tau" / "tauji" (the father's elder brother) is never typo-corrected into "talu" (the palate): no
    dentist for the uncle's itch."""
    assert bot.reply(message).speciality != "Dentist", message


@pytest.mark.parametrize(
    "message",
    [
        "husband snores loudly and stops breathing at night for few seconds, very sleepy in day",
        "papa khurrate lete hain aur neend me stop breathing kar dete hain thodi der, din bhar neend aati hai",
        "my wife says I stop breathing while sleeping and snore a lot, always sleepy",
        "exhausted every morning, gf says i snore and stop breathing in between sleep",
    ],
)
def test_stopping_breathing_in_sleep_is_a_complaint_not_a_wish_to_stop(bot: ChatBot, message: str) -> None:
    """ "stop(s) breathing" tells a complaint: its "stop" is no cue of care ("how to stop snoring" is)."""
    assert_intent(bot, message, "symptom_check", "sleep_apnea")


def test_how_to_stop_snoring_still_asks_what_to_do(bot: ChatBot) -> None:
    assert_intent(bot, "how to stop snoring, husband is 95 kg", "remedy")
