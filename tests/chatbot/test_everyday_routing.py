"""Everyday routing: the ways patients ask for a dose change, a price, what the assistant does,
what a condition is and what to do, in English, Hinglish and the regional forms typed at the clinic.

A calm complaint told in a regional language, Hinglish or Devanagari dialect is triaged with the topic
its signs point to (knee pain on the stairs, a weak urine stream, swollen ankles with breathlessness, eyes
stuck with discharge, an ear with pus, fever with shivering, a baby crying through the night, itching worse
at night in the whole family, lice eggs in the hair, water-filled spots with fever, shaking hands with a
slow walk, a swollen joint after meat, pain under the right ribs after oily food, forgetfulness in a
grandparent, wetting the bed, periods not coming, weeping after a delivery); a complaint ending "please
advise" is triaged rather than given home care; a heart attack named only as a figure of speech about a
match or a quiz names no topic; greetings in the name of a god, a question about what the assistant does
and a cancelled appointment are recognised.

None of these messages is in the patient set; each checks a concept, not one wording.
"""

from __future__ import annotations

import re

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_emergency, assert_intent, assert_not_emergency, assert_not_intent

#: an amount of a medicine in a reply ("500 mg", "2 tablets a day"; not a reading in mg/dL)
_DOSE_IN_TEXT = re.compile(r"\b\d+(?:\.\d+)?\s*(?:mg(?!\s*/\s*dl)|ml|mcg|units?|iu|tablets? (?:a|per|every)|times a day)\b", re.I)


@pytest.mark.parametrize(
    "message",
    [
        "amlodipine 5 chal rahi hai, bp abhi bhi 150, kya main usko 10 kar lu",
        "glimepiride 1 leti hu, sugar 250 aa rahi, 2 kar du kya",
        "can i double my metformin, sugar is still high",
        "should i increase my thyroxine, tsh came 7",
        "telmisartan apne aap se ghata du? bp 110 aa raha",
        "mummy ki atorvastatin khud se kam kar de kya, cholesterol normal aa gaya",
    ],
)
def test_changing_a_named_medicine_on_ones_own_is_redirected(bot: ChatBot, message: str) -> None:
    """Raising, lowering or setting a new strength of a named medicine asks for a dose: the reply sends
    the patient to the doctor or pharmacist and names no amount."""
    reply = bot.reply(message)
    assert reply.dose_redirect, (message, reply.intent)
    assert "pharmacist" in reply.text or "फार्मासिस्ट" in reply.text
    assert not _DOSE_IN_TEXT.search(reply.text)
    assert reply.intent != "emergency"


@pytest.mark.parametrize(
    "message",
    [
        "sugar 220 ho gayi hai, metformin leta hu, kya karu",
        "bp 150/95 aaya, amlodipine subah li thi",
        "how to increase haemoglobin naturally",
    ],
)
def test_a_reading_beside_a_medicine_is_no_dose_change(bot: ChatBot, message: str) -> None:
    assert not bot.reply(message).dose_redirect, message


@pytest.mark.parametrize(
    "message",
    [
        "how much is an x-ray in your clinic",
        "how much for thyroid test",
        "sonography ka kharcha kitna hai",
        "echo test kitne ka hai",
        "एक्स-रे का कितना खर्चा आएगा",
        "ecg na ketla rupiya lagse",
        "dialysis kitna kharcha aata hai ek baar ka",
    ],
)
def test_the_price_of_a_test_or_procedure_is_a_fees_question(bot: ChatBot, message: str) -> None:
    assert_intent(bot, message, "fees")


@pytest.mark.parametrize(
    "message",
    [
        "my pulse rate is 110 at rest, do i need an ecg",
        "how much is normal sugar in a blood test",
        "sugar test kitni baar karwana chahiye",
    ],
)
def test_a_rate_or_an_amount_that_is_no_price_is_not_fees(bot: ChatBot, message: str) -> None:
    assert_not_intent(bot, message, "fees")


@pytest.mark.parametrize(
    "message",
    [
        "what can this app do",
        "does this application keep my reports",
        "he app kay kay karta?",  # Marathi
        "aa app ma shu shu kari shakay",  # Gujarati
        "tusi ki ki kar sakde ho",  # Punjabi
        "is app me kai kai pooch sakan",  # Marwari
        "ei app ki ki korte pare",  # Bengali
        "ye kya karta hai bhai",
        "Sir, what all services do you provide? I am a new user",
    ],
)
def test_what_the_assistant_does_asked_in_everyday_forms_gets_help(bot: ChatBot, message: str) -> None:
    assert_intent(bot, message, "help")


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("sir dard ho raha hai subah se", "headache"),
        ("please sir me bahut dard hai", "headache"),
        ("what is this rash on my arm, itchy since 2 days", None),
    ],
)
def test_sir_and_this_are_words_not_complaints_only_where_they_address(
    bot: ChatBot, message: str, topic: str | None
) -> None:
    """ "Sir" beside a polite or question word addresses someone; beside a complaint it is the head.
    "this" is never "tees" (a shooting pain)."""
    reply = bot.reply(message)
    assert reply.intent == "symptom_check", message
    if topic:
        assert topic in reply.topics


def test_sir_addressing_the_assistant_is_no_headache(bot: ChatBot) -> None:
    reply = bot.reply("good morning sir, what can you do")
    assert reply.intent == "help"
    assert "headache" not in reply.topics
    # "this" beside "application" is no shooting pain ("tees") that would make it a complaint
    assert bot.reply("can this application show my lab reports").intent == "help"


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("aai la malaria zala, malaria kashi hote?", "malaria"),  # Marathi: how does it happen
        ("PCOD asel tar garbhdharana hote ka?", "pcos"),  # Marathi: does it happen?
        ("mara bhai ne typhoid thayo chhe, typhoid shu chhe?", "typhoid"),  # Gujarati: what is it
        ("mara papa ne dengue thayo, dengue kem thay chhe", "dengue"),  # Gujarati: how does it happen
        ("motiyo shu chhe, dada ne thayo", "cataract"),  # Gujarati name of cataract
        ("amar bhai er typhoid hoyeche, typhoid keno hoy", "typhoid"),  # Bengali: why
        ("hamar bhai ke chickenpox bhail ba, chhoyache ki?", "chickenpox"),  # Bengali word: is it catching
        ("hamar bhai ke malaria bhail ba, malaria ka hola?", "malaria"),  # Bhojpuri: what is it
        ("mere veer nu migraine hai, migraine ki hunda", "migraine"),  # Punjabi: what is it
        ("papa nu pathri hai, pathri kiven hundi", "kidney_stones"),  # Punjabi: how does it form
        ("mhare bhai ne dengue hai, dengue kai hove", "dengue"),  # Marwari: what is it
    ],
)
def test_what_a_condition_is_asked_in_regional_question_words(bot: ChatBot, message: str, topic: str) -> None:
    """A person's illness told, then asked about in the question words of another language
    (``language.question_forms``), asks what the condition is."""
    reply = bot.reply(message)
    assert reply.intent == "disease_info", (message, reply.intent)
    assert topic in reply.topics


def test_isnt_it_x_is_a_doubt_not_a_denial(bot: ChatBot) -> None:
    """Punjabi "sugar taan nahi?" (like "sugar to nahi?") asks whether it is diabetes: the topic is kept."""
    reply = bot.reply("bahut pyaas lagdi te baar baar peshab aunda, sugar taan nahi?")
    assert "diabetes" in reply.topics, reply.topics


def test_a_denial_is_still_a_denial(bot: ChatBot) -> None:
    assert "diabetes" not in bot.reply("sugar nahi hai, bas thakaan rehti hai").topics


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("beta ko khansi hai raat me, ka karein", None),  # Bhojpuri "ka" = what
        ("bachcha ke daane ho gail, ka lagai", None),
        ("bahu ke khoon kam ba, ka khilai", "anaemia"),
        ("amar chheler jor hoyeche, ki korbo", None),  # Bengali
        ("amar acidity hoy, ki khele bhalo", "gastritis"),
        ("ammi nu sugar hai, ki dhyan rakhan", "diabetes"),  # Punjabi
        ("aai la bp aahe, kay kalji ghyavi", "hypertension"),  # Marathi
    ],
)
def test_what_to_do_asked_in_regional_words_asks_for_care(bot: ChatBot, message: str, topic: str | None) -> None:
    reply = bot.reply(message)
    assert reply.intent == "remedy", (message, reply.intent)
    if topic:
        assert topic in reply.topics


def test_hindi_ka_before_a_noun_is_no_question(bot: ChatBot) -> None:
    """ "piles ka ilaj" is the genitive: the question is about the treatment, as before."""
    assert bot.reply("hernia ka ilaj bina operation ke ho sakta hai?").intent == "disease_info"


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("mulga raatri gadit susu karto, 8 varshacha", "bedwetting"),
        ("beta 6 saal ka hai, bistar par peshab kar deta hai roz", "bedwetting"),
        ("amar meye bichanay hisu kore", "bedwetting"),
        ("dant bahut dukhto chhe raatthi", "toothache"),
        ("baby kaan khinch rahi hai aur ro rahi hai", "ear_infection"),
        ("bete ke kaan se paani beh raha hai, dard bhi", "ear_infection"),
        ("galyat dukhtay 2 divas pasun", "sore_throat"),
        ("pali aali ki khup pot dukhte", "period_pain"),
        ("vaal khub khare chhe, kanski ma guchha", "hair_fall"),
        ("kes khup galtat, kay karu", "hair_fall"),
        ("बेटी के बालों में जूं पड़ गई", "head_lice"),
        ("bachche ki naal ki safai kaise kare", "newborn_care"),
    ],
)
def test_everyday_words_for_common_complaints_find_their_topic(bot: ChatBot, message: str, topic: str) -> None:
    reply = bot.reply(message)
    assert topic in reply.topics, (message, reply.intent, reply.topics)
    assert reply.intent != "emergency"


@pytest.mark.parametrize(
    "message",
    [
        "parso ka time badal do please",
        "meri appointment shift kar do monday se friday",
        "change my appointment to next week",
        "मेरी मुलाकात बदल दीजिए, कल नहीं आ पाऊंगी",
        "udyachi appointment aahe ka majhi",
    ],
)
def test_moving_an_appointment_is_about_ones_appointments(bot: ChatBot, message: str) -> None:
    assert_intent(bot, message, "appointments")


@pytest.mark.parametrize("message", ["namaskar, kasa aahes", "kemon acho", "ki haal aa ji", "thnku bro, helpful tha"])
def test_greetings_and_thanks_in_everyday_forms(bot: ChatBot, message: str) -> None:
    assert_intent(bot, message, "greeting")


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("जांघ पर गोल गोल दाद, खंजवाल बहुत", "fungal_infection"),
        ("hostel me sabko raat ko jyada khujli hoti hai", "scabies"),
        ("स्केबीज़ कैसे फैलती है", "scabies"),
        ("7 mahine ho gaye, baccha hil raha hai par kamar dard bahut", "pregnancy"),
        ("bhabhi ke pet me baccho hai, ulti aave", "pregnancy"),
    ],
)
def test_everyday_words_for_itch_scabies_and_pregnancy(bot: ChatBot, message: str, topic: str) -> None:
    reply = bot.reply(message)
    assert topic in reply.topics, (message, reply.intent, reply.topics)


@pytest.mark.parametrize(
    "message",
    ["what is sarcoidosis", "vasculitis kya hota hai", "fibromyalgia mhanje kay?", "सारकॉइडोसिस क्या है"],
)
def test_a_condition_the_knowledge_base_lacks_is_still_a_question_about_a_condition(bot: ChatBot, message: str) -> None:
    """A disease's name by its form (-osis, -itis, -algia, ...) asked about gets an information answer
    that sends the patient to a General Physician, in the patient's language."""
    reply = bot.reply(message)
    assert reply.intent == "disease_info", (message, reply.intent)
    assert reply.speciality == "General Physician"
    if message.isascii():
        assert "General Physician" in reply.text
    else:
        assert reply.language == "hi" and "जनरल फिज़िशियन" in reply.text


@pytest.mark.parametrize("message", ["what is a diploma course", "what is your name"])
def test_everyday_words_are_no_unlisted_condition(bot: ChatBot, message: str) -> None:
    assert_not_intent(bot, message, "disease_info")


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("aajobanna kavil zala aahe", "jaundice_hepatitis"),  # Marathi
        ("amar bhai er jondis hoyeche", "jaundice_hepatitis"),  # Bengali spelling
        ("dikra ne kamlo thayo chhe", "jaundice_hepatitis"),  # Gujarati
        ("bete ko galsua ho gaya, gaal phool gaye", "mumps"),
        ("biwi ke pet me baccha hai, subah subah ulti hoti hai", "morning_sickness"),
    ],
)
def test_everyday_names_of_jaundice_mumps_and_morning_sickness(bot: ChatBot, message: str, topic: str) -> None:
    reply = bot.reply(message)
    assert topic in reply.topics, (message, reply.intent, reply.topics)


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("ba na ghutan ma dukhe chhe, kayu tel saru?", "arthritis"),  # Gujarati: which oil is good
        ("aaji chya gudghyat dukhta, konta vyayam changla", "arthritis"),  # Marathi
        ("दादी के घुटनों के लिए कौन सा तेल अच्छा है", "arthritis"),
    ],
)
def test_which_care_is_good_asked_in_other_languages_asks_for_care(bot: ChatBot, message: str, topic: str) -> None:
    reply = bot.reply(message)
    assert reply.intent == "remedy", (message, reply.intent)
    assert topic in reply.topics


def test_the_stream_of_urine_is_no_fear(bot: ChatBot) -> None:
    """Gujarati "pesab ni dhaar dhimi" (a slow stream) is a prostate complaint; "dhaar" is not "dar" (fear)."""
    reply = bot.reply("dada ne raate pesab ni dhaar dhimi aave chhe, 70 varas")
    assert "prostate" in reply.topics and "stress" not in reply.topics, reply.topics


@pytest.mark.parametrize(
    ("message", "topic", "not_topic"),
    [
        ("bete ke pet me keeda hai, raat ko daant peesta hai", "worms", "toothache"),
        ("mulachya kanat mel jamla aahe", "earwax", None),  # Marathi: wax in the ear
    ],
)
def test_worms_and_ear_wax_in_everyday_words(bot: ChatBot, message: str, topic: str, not_topic: str | None) -> None:
    reply = bot.reply(message)
    assert topic in reply.topics, (message, reply.topics)
    if not_topic:
        assert not_topic not in reply.topics


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("sehat ke liye subah kya khana chahiye", "healthy_lifestyle"),
        ("office job hai, fit rehne ke liye kya karu", "healthy_lifestyle"),
        ("how to stay fit in my 40s", "healthy_lifestyle"),
    ],
)
def test_keeping_healthy_asked_in_everyday_words(bot: ChatBot, message: str, topic: str) -> None:
    reply = bot.reply(message)
    assert reply.intent == "remedy", (message, reply.intent)
    assert topic in reply.topics


def test_whether_a_home_remedy_may_be_used_asks_for_care(bot: ChatBot) -> None:
    """Marwari "de sakan kai" (can one give ...?) asks whether a home remedy may be used."""
    assert bot.reply("chhori ne zukam hai, haldi doodh de sakan kai").intent == "remedy"


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("chhoro 9 mahina ro hai, khasra ro tiko kad lagave", "vaccination"),  # Marwari: when to get it
        ("jape ke baad bahu ko doodh kam aa raha, ghar me kai khilavan", "breastfeeding"),  # Marwari: what to feed
    ],
)
def test_when_to_vaccinate_and_what_to_feed_in_regional_words(bot: ChatBot, message: str, topic: str) -> None:
    reply = bot.reply(message)
    assert reply.intent == "remedy", (message, reply.intent)
    assert topic in reply.topics


@pytest.mark.parametrize(
    "message",
    [
        "ba na ghutan mate kayu tel saru",  # Gujarati: which oil is good for grandma's knees
        "mara ghutan ma dukhavo chhe, su lagavu",
        "dada ni ghutan no dukhavo, kayu tel lagavu",
    ],
)
def test_gujarati_ghutan_is_the_knee_not_suffocation(bot: ChatBot, message: str) -> None:
    """In Gujarati "ghutan" is the knee; told with a Gujarati possessive or postposition it is a knee
    complaint asking for care, not the Hindi "ghutan" (suffocation)."""
    reply = bot.reply(message)
    assert reply.intent == "remedy", (message, reply.intent)
    assert "arthritis" in reply.topics


@pytest.mark.parametrize(
    "message",
    [
        "saans lene me ghutan ho rahi hai",
        "mummy ko ghutan ho rahi hai, saans nahi le pa rahi",
        "papa ko saans na aane se ghutan ho rahi hai",
    ],
)
def test_hindi_ghutan_with_breathing_words_stays_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        "bete ko kal raat 2 minute ka daura aaya tha, ab theek hai, kya karein",
        "beti ko subah daure aaye the, abhi bilkul thik hai, doctor ko kab dikhaye",
        "usi time se daure zyada aa rahe hain, kya connection hai periods se",
    ],
)
def test_fits_told_as_over_keep_their_topic(bot: ChatBot, message: str) -> None:
    """A fit that is over is no emergency, but the reply is still about epilepsy ("daura aaya",
    "daure aaye": a prefix term "daura aa*" matches the word as typed, whatever its skeleton)."""
    reply = bot.reply(message)
    assert reply.intent != "emergency", message
    assert "epilepsy" in reply.topics, (message, reply.intent, reply.topics)


@pytest.mark.parametrize(
    "message",
    [
        "papa ko dil ka daura aaya tha pichle saal, ab kya khana chahiye",
        "bacche ko bukhar me jhatke aaye the pichle saal, ab phir bukhar hai",
    ],
)
def test_a_heart_attack_or_a_fever_fit_is_no_epilepsy(bot: ChatBot, message: str) -> None:
    assert "epilepsy" not in bot.reply(message).topics, message


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("ghar me sabko khujli wale daane, raat me jyada, kaun si dawa lagaye", "scabies"),
        ("baal bahut jhad rahe hain, dandruff bhi hai, gharguti tel konta lavu", "hair_fall"),  # Marathi
        ("how to treat scabies, my whole hostel room is itching", "scabies"),
        ("बीपी कम रहता है 90/60, चक्कर आते हैं, नाश्ते में क्या लें", "low_bp"),
    ],
)
def test_what_to_apply_take_or_how_to_treat_asks_for_care(bot: ChatBot, message: str, topic: str) -> None:
    """"kaun si dawa lagaye", Marathi "konta lavu" (which to apply), "how to treat", "क्या लें" (what to
    take) ask what to do, even after the complaint is described."""
    reply = bot.reply(message)
    assert reply.intent == "remedy", (message, reply.intent)
    assert topic in reply.topics


@pytest.mark.parametrize(
    "message",
    [
        "bee ne haath pe kaat liya, sujan hai thodi, saans theek hai, what to put on it",
        "quit smoking last month, feeling irritable, any advice to stay off it",
    ],
)
def test_what_to_put_on_it_and_advice_ask_for_care(bot: ChatBot, message: str) -> None:
    assert_intent(bot, message, "remedy")


def test_which_medicine_to_take_is_no_dose_change(bot: ChatBot) -> None:
    """"kya dawai badhani padegi" asks whether a reading needs more medicine: a triage, not care."""
    assert_not_intent(bot, "bp aaj 160/100 aaya, dawai roz leta hu, kya dawai badhani padegi", "remedy")


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("do saal pehle papa ko saanp ne kaata tha, ab theek hain, khet me kya saavdhani rakhe", "remedy"),
        ("my uncle was bitten by a snake last year, he is fine now, what are the symptoms to watch", "disease_info"),
    ],
)
def test_a_snake_bite_told_as_over_keeps_its_topic(bot: ChatBot, message: str, intent: str) -> None:
    """"saanp ne kaata", "bitten by a snake": a bite that is over still names first aid."""
    reply = bot.reply(message)
    assert reply.intent == intent, (message, reply.intent)
    assert "first_aid" in reply.topics


@pytest.mark.parametrize(
    "message",
    ["sapne me dekha ki saanp ne kata, iska kya matlab hai", "i dreamt a dog bit me, what does it mean"],
)
def test_an_accident_dreamt_is_no_health_question(bot: ChatBot, message: str) -> None:
    assert_intent(bot, message, "fallback")


@pytest.mark.parametrize(
    "message",
    [
        "felt my heart skipping a beat few times today, had 3 coffees",
        "नानी को रात में पैर में नस चढ़ती है, बहुत दर्द होता है, कारण क्या है",
        "nani ki pindli me raat ko nas chadh jaati hai",
    ],
)
def test_skipped_beats_and_cramps_are_complaints(bot: ChatBot, message: str) -> None:
    """"skipped a beat" (palpitations) and "nas chadhna" / calf cramps (a cramp) are complaints to triage."""
    reply = bot.reply(message)
    assert reply.intent == "symptom_check", (message, reply.intent, reply.topics)


@pytest.mark.parametrize(
    "message",
    [
        "please move my cardiology appointment from tuesday to friday, i have dialysis",
        "papa ki sugar wale doctor ki appointment cancel karni hai, bukhar utar gaya",
        "can i come on saturday to show my knee pain, is the clinic open",
        "नानी को आँख वाले डॉक्टर से मिलना है, शनिवार का टाइम मिल जाएगा क्या",
    ],
)
def test_a_booking_changed_or_a_visit_on_a_day_is_an_appointment(bot: ChatBot, message: str) -> None:
    """Changing or cancelling a booking, or asking to come on a day of the week, is about appointments
    even when the complaint or the department is named."""
    assert_intent(bot, message, "appointments")


@pytest.mark.parametrize("message", ["monday se bukhar hai, doctor se milna hai", "since sunday my knee hurts, can i see a doctor"])
def test_a_day_told_as_since_when_is_no_booking(bot: ChatBot, message: str) -> None:
    assert_not_intent(bot, message, "appointments")


def test_how_an_online_consultation_works_is_the_video_link(bot: ChatBot) -> None:
    assert bot.reply("online consultation ka kya process hai, ghar se nahi nikal sakti").intent == "video_link"
    assert bot.reply("how to book online consultation").intent == "appointments"


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("papa ki sugar kal 60 ho gayi thi, ab normal hai, dobara na ho iske liye kya karein", "diabetes"),
        ("मम्मी का बीपी 150/90 रहता है, क्या करें कि दवाई कम हो जाए", "hypertension"),
        ("bp 145/95 rehta hai, what should i do so that i need fewer tablets", "hypertension"),
    ],
)
def test_what_to_do_for_a_purpose_after_a_reading_asks_for_care(bot: ChatBot, message: str, topic: str) -> None:
    """A reading told, then what to do so that something happens or does not happen again ("iske liye",
    "kya karein ki", "so that"), asks for care, not a triage of the reading."""
    reply = bot.reply(message)
    assert reply.intent == "remedy", (message, reply.intent)
    assert topic in reply.topics


def test_a_reading_with_what_to_do_alone_is_still_triaged(bot: ChatBot) -> None:
    assert bot.reply("fasting sugar 180 aa rahi, koi takleef nahi, kya karu").intent == "symptom_check"


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("डायलिसिस हफ्ते में कितनी बार होता है", "kidney_disease"),  # romanised "daylisis"
        ("what is the process of kidney transplant, papa is 60", "kidney_disease"),
        ("हार्ट फेलियर क्या होता है", "heart_failure"),
        ("echo report me EF 30 likha hai, iska matlab kya hai", "heart_failure"),
    ],
)
def test_kidney_and_heart_words_as_patients_type_them(bot: ChatBot, message: str, topic: str) -> None:
    reply = bot.reply(message)
    assert topic in reply.topics, (message, reply.intent, reply.topics)


def test_which_foods_to_keep_away_from_asks_for_care(bot: ChatBot) -> None:
    reply = bot.reply("mirgi ke mareez ko kin cheezon se bachana chahiye")
    assert reply.intent == "remedy", reply.intent
    assert "epilepsy" in reply.topics


@pytest.mark.parametrize(
    ("message", "intent", "topic"),
    [
        ("bachcha ke haath me khujli wala daana ba, raat me jyada, ka dawai lagai", "remedy", "scabies"),  # Bhojpuri
        ("sugar ante enti, nanna ki kuda vachindi", "disease_info", "diabetes"),  # Telugu: what does it mean
    ],
)
def test_bhojpuri_what_medicine_and_telugu_what_it_means(bot: ChatBot, message: str, intent: str, topic: str) -> None:
    reply = bot.reply(message)
    assert reply.intent == intent, (message, reply.intent, reply.topics)
    assert topic in reply.topics


@pytest.mark.parametrize(
    "message",
    [
        "what can this chat do? can it tell medicine for kids",
        "kya aap pregnancy ke baare me bata sakte ho? kya kya pooch sakti hu",
        "sugar ke baare me kya kya puch sakte hai",
        "what all can i ask about diabetes",
        "क्या क्या पूछ सकते हैं",
    ],
)
def test_what_may_be_asked_of_the_assistant_is_a_help_question(bot: ChatBot, message: str) -> None:
    assert_intent(bot, message, "help")


def test_a_named_medicine_asked_of_the_assistant_is_still_a_dose_question(bot: ChatBot) -> None:
    reply = assert_not_emergency(bot, "can this app tell the dose of calpol 250 for my son")
    assert reply.intent != "help", reply.intent


@pytest.mark.parametrize(
    "message",
    [
        "gallbladder me pathri kya hoti hai, mummy ki report me aaya hai",
        "pittashay me pathri ka ilaj",
        "पित्त की थैली में पथरी है",
        "USG me GB calculus aaya",
        "gall stone kya hai",
    ],
)
def test_a_stone_of_the_gall_bladder_is_no_kidney_stone(bot: ChatBot, message: str) -> None:
    reply = assert_not_emergency(bot, message, topics="gallstones")
    assert "kidney_stones" not in reply.topics, (message, reply.topics)


def test_a_stone_with_no_organ_named_is_still_a_kidney_stone(bot: ChatBot) -> None:
    assert_not_emergency(bot, "pathri ka dard kamar se neeche jaata hai", topics="kidney_stones")


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("teesra mahina hai, subah ulti bahut hoti hai", "morning_sickness"),  # month told: rules see a pregnancy
        ("तीसरा महीना है, सुबह उल्टी बहुत होती है", "morning_sickness"),
        ("do mahine ka pet hai, subah ulti jaisa lagta hai", "morning_sickness"),  # "N mahine ka pet"
        ("abhi 7 mahina chal raha, pair me sujan", "pregnancy"),
        ("is baar 6 mahina hai, pet me jalan aur khatta dakar", "pregnancy"),
    ],
)
def test_the_month_of_a_pregnancy_told_names_the_pregnancy(bot: ChatBot, message: str, topic: str) -> None:
    assert_not_emergency(bot, message, topics=topic)


@pytest.mark.parametrize("message", ["khansi 5 mahina hai", "ghutne me dard 4 mahine se hai"])
def test_a_complaint_of_some_months_is_no_pregnancy(bot: ChatBot, message: str) -> None:
    reply = assert_not_emergency(bot, message)
    assert "pregnancy" not in reply.topics, (message, reply.topics)


@pytest.mark.parametrize(
    "message",
    [
        "नवजात 20 दिन का है, आँखों और चेहरे पर हल्का पीलापन है",  # "peelapan": yellowness
        "twin babies 2 weeks old, skin looks yellowish",
        "judwa bachche 10 din ke, ek ki aankhon me peelapan",  # twins are babies
    ],
)
def test_yellowness_of_a_young_baby_or_of_twins_is_newborn_jaundice(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message, topics="newborn_jaundice")


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("हमार सास के घुटना के दरद खातिर कवन तेल लगाईं", "arthritis"),  # Bhojpuri: which oil shall I apply
        ("ghutna me dard ba, kavan tel lagain", "arthritis"),
        ("kamar dard me kawan dawai khayi", "back_pain"),
    ],
)
def test_bhojpuri_which_oil_or_medicine_asks_for_care(bot: ChatBot, message: str, topic: str) -> None:
    assert_intent(bot, message, "remedy", topic)


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("गर्म तवे से हथेली पर छोटा सा जल गया है, हल्की जलन है, टूथपेस्ट लगाना ठीक है क्या", "burns"),
        ("khansi hai, honey thik hai kya", None),  # whether a remedy is all right, not "is it X"
    ],
)
def test_whether_a_remedy_is_all_right_asks_for_care(bot: ChatBot, message: str, topic: str | None) -> None:
    assert_intent(bot, message, "remedy", topic)


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("गरम दूध हाथ पर गिर गया, थोड़ा लाल है", "burns"),  # hot milk spilled on the hand: a scald
        ("hot water fell on my foot while cooking", "burns"),
        ("are twins more likely to get jaundice after birth?", "newborn_jaundice"),
        ("janam ke baad baby ko peeliya tha", "newborn_jaundice"),
    ],
)
def test_a_spilled_hot_drink_is_a_burn_and_yellowness_after_birth_newborn_jaundice(
    bot: ChatBot, message: str, topic: str
) -> None:
    assert_not_emergency(bot, message, topics=topic)


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("how can students avoid sprains during sports day", "sprain"),  # plural
        ("mainu shakkar di bimari aa, mithai band karni pavegi", "diabetes"),  # Punjabi: the sugar disease
        ("resident can barely hear now, keeps TV volume very high", "hearing_loss"),
        ("नॉर्मल डिलीवरी और सिज़ेरियन में क्या फर्क है", "pregnancy"),
        ("1 saal ke bacche ko kitna khana chahiye din me", "child_nutrition"),  # how much food for a child
    ],
)
def test_everyday_words_for_sprains_sugar_hearing_delivery_and_feeding(bot: ChatBot, message: str, topic: str) -> None:
    assert_not_emergency(bot, message, topics=topic)


@pytest.mark.parametrize(
    "message",
    [
        "baba ku bp tablet keta thara khaiba",  # Odia: how many times
        "pila ku syrup kete chamach deba",
        "bachcha ke syrup koto ta debo",  # Bengali
        "aaila thyroid chi goli kiti ghyaychi",  # Marathi
        "paracetamol ni ketli goli levay divas ma",  # Gujarati
        "calpol kinni vaari deni a bache nu",  # Punjabi
        "crocin evvalavu kodukanum kuzhandaikku",  # Tamil
        "dolo enni sarlu vesukovachu",  # Telugu
        "what is the maximum number of tablets that can be taken in a day of cetirizine",
        "baby ko nose drop kitni baar dalein",  # a nose drop is a medicine, as "nose drops" is
        "nasal spray din me kitni baar",
        # how many tablets may be taken: a dose question, no overdose
        "How many tablets of paracetamol 650 can be taken in a day at maximum?",
        "how many pills of ibuprofen can be taken safely in one day",
        "can i take 5 tablets of crocin together for bad headache",
        "kya 4 goli ek saath le sakte hai dard ki",
    ],
)
def test_how_much_or_how_many_may_be_taken_asks_for_a_dose(bot: ChatBot, message: str) -> None:
    reply = assert_not_emergency(bot, message)
    assert reply.dose_redirect, (message, reply.intent)


@pytest.mark.parametrize(
    "message",
    [
        "my son took many sleeping pills, he is very drowsy",
        "he swallowed many tablets of his bp medicine, how many can be taken safely?",
        "took 10 tablets of crocin, can i take something to reverse it",
        "usne 15 goli kha li neend ki",
    ],
)
def test_tablets_taken_beside_a_question_of_what_may_be_taken_stay_an_overdose(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)


# --- a complaint told in a regional language, Hinglish or a Devanagari dialect is triaged with the topic its
# signs point to; a heart attack only as a figure of speech; greetings, help and a cancelled booking -------
@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("दादी का घुटना पिरात है, सीढ़ी चढ़त मा दिक्कत, सबेरे जकड़ जात है", "arthritis"),
        ("grandpa wakes up to pee 4 times at night, the stream is weak", "prostate"),
        ("my uncle gets up at night to pass urine many times, flow is weak", "prostate"),
        ("mummy ke ankles swell in the evening and she is breathless on stairs", "heart_failure"),
        ("appa kaal veengudhu, padi eruna moochu vaangudhu", "heart_failure"),
        ("chhorako aankha rato cha, chipchipa aauncha", "conjunctivitis"),
        ("aamako khutta ma nasa fulera nilo bhayo", "varicose_veins"),
        ("jhia ra kana ru pus baharuchi, byatha bhi", "ear_infection"),
        ("बुखार आवत बा, जाड़ा लग के, फिर पसीना, गाँव में मच्छर", "malaria"),
        ("baby raat bhar rove, pair upar kheenche, pet tight", "colic"),
        ("kai naal ah udambu sori, raathiri adhigam, veetla ellarukkum", "scabies"),
        ("idupu pakkathula vali, urine sivappa varudhu", "kidney_stones"),
        ("बिटिया के बाल में सफेद अंडा जइसन चिपकल बा, सिर में खुजली", "head_lice"),
        ("पूरे बदन पर पानी वाला दाना और बुखार", "chickenpox"),
        ("dadaji ke hands shake even at rest and walking has become slow", "parkinsons"),
        ("bou ra goda phuli jauchi, machha mansa khaile byatha adhika", "gout"),
        ("peta dahana pakhe upar byatha, tela jinisa khaile", "gallstones"),
        ("hajurba sabai kura bhulnu huncha, baato pani bhulnu huncha", "dementia"),
        ("beta 7 saal ka, ab bhi bister geela kar deta hai raat ko", "bedwetting"),
        ("पोती के रात में बिछौना पर पेशाब हो जाला", "bedwetting"),
        ("mo masika dui mahina hela asuni", "irregular_periods"),
        ("हमर मासिक तीन महीना से न होलई", "irregular_periods"),
        ("bahu delivery ke baad se rona aara, baby se judaav feel nahi hota", "depression"),
    ],
)
def test_a_complaint_told_regionally_is_triaged_with_its_topic(bot: ChatBot, message: str, topic: str) -> None:
    """The signs told in the words of a language or dialect point to the topic; the complaint is
    triaged (which doctor, what to do) and raises no alarm."""
    assert_intent(bot, message, "symptom_check", topic)


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("periods 12 days late, test negative, exams going on. please advise", "irregular_periods"),
        ("my daughter 3 yrs keeps pulling her ear at night, slight fever. kindly advise", "ear_infection"),
    ],
)
def test_a_complaint_ending_with_please_advise_is_triaged(bot: ChatBot, message: str, topic: str) -> None:
    """A bare request for advice after a complaint asks what it may be and whom to see."""
    assert_intent(bot, message, "symptom_check", topic)


@pytest.mark.parametrize(
    "message",
    [
        "semi final dekha, last ball pe mujhe heart attack aate aate bacha haha, kal ka match kab hai",
        "that horror movie literally gave me a heart attack lol, any other film like it",
        "the exam results gave me a literal heart attack lmao",
    ],
)
def test_a_heart_attack_told_as_a_figure_of_speech_names_no_topic(bot: ChatBot, message: str) -> None:
    """Nearly having a heart attack over a match, or a joke about one, is no complaint: no alarm and
    no heart topic."""
    reply = assert_not_emergency(bot, message)
    assert "coronary_artery_disease" not in reply.topics, (message, reply.intent, reply.topics)
    assert reply.intent != "symptom_check", (message, reply.intent)


@pytest.mark.parametrize(
    "message",
    [
        "match dekhte hue papa ko seene me tez dard, pasina, heart attack lag raha hai",
        "during the cricket final my uncle collapsed with chest pain, is it a heart attack",
    ],
)
def test_a_real_heart_attack_during_a_match_is_still_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message, number="108")


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("jai jagannath", "greeting"),
        ("jay siya ram ji", "greeting"),
        ("har har mahadev 🙏", "greeting"),
        ("यह सहायक किन किन विषयों में मदद कर सकता है", "help"),
        ("नमस्ते, यह सहायक किन किन विषयों में मेरी मदद कर सकता है", "help"),
        ("कल का मेरा दाँतों वाले डॉक्टर का समय निरस्त कर दीजिए", "appointments"),
    ],
)
def test_greetings_help_and_cancelled_bookings(bot: ChatBot, message: str, intent: str) -> None:
    assert_intent(bot, message, intent)


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("haathon me jhunjhuni rehti hai, kya ye thyroid ke karan ho sakta hai", "thyroid"),
        ("सातवाँ महीना है, पैरों में सूजन है, बच्चे को कोई दिक्कत तो नहीं", "pregnancy"),
        ("at 17 weeks, still can't feel baby moving, is that normal? my first", "pregnancy"),
    ],
)
def test_a_complaint_asked_about_its_cause_or_told_in_pregnancy_is_triaged(
    bot: ChatBot, message: str, topic: str
) -> None:
    """Asking whether a told complaint comes from a condition asks what it is; the month of a pregnancy
    told before the baby is named, or the baby's movements not yet felt, make the complaint a pregnancy's."""
    assert_intent(bot, message, "symptom_check", topic)


def test_a_joke_about_a_dropped_phone_names_no_heart_topic(bot: ChatBot) -> None:
    message = "mera phone 5 mahine purana hai, heart attack aate aate bacha jab gira haha, repair kahan"
    reply = assert_not_emergency(bot, message)
    assert "coronary_artery_disease" not in reply.topics, (reply.intent, reply.topics)


def test_a_cord_not_yet_fallen_is_newborn_care(bot: ChatBot) -> None:
    """"Not yet fallen" told of the cord is the complaint itself, not a denial of it."""
    assert_intent(bot, "beti ki naal abhi tak nahi giri, 2 hafte ho gaye", "symptom_check", "newborn_care")


def test_a_greeting_saying_who_sent_one_is_a_greeting(bot: ChatBot) -> None:
    assert_intent(bot, "hello sir, didi ne bola aapse baat karne ko", "greeting")


def test_years_told_before_the_person_are_a_childs_age(bot: ChatBot) -> None:
    """"my 4 yr sister": the years before the person are her age, so a child's poor eating is child nutrition."""
    assert_intent(
        bot, "my 4 yr sister not eating properly and is very thin, what should we feed her", "remedy", "child_nutrition"
    )
