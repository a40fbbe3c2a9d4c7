"""Question shapes across Indian languages: a dose asked of a named medicine (a choice between amounts, a
count of tablets, a change), what to do, what a condition is or why it comes, and the clinic's own asks
(fees, a visit, greetings) in Hinglish, Devanagari and the regional languages typed in Latin letters.
None of these messages is in the patient set; each checks a family of words, not one wording.
"""

from __future__ import annotations

import re

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_intent, assert_not_emergency

_DOSE_IN_TEXT = re.compile(r"\b\d+(?:\.\d+)?\s*(?:mg(?!\s*/\s*dl)|ml|mcg|units?|iu|tablets? (?:a|per|every)|times a day)\b", re.I)


def _assert_dose_redirected(bot: ChatBot, message: str, topics: str | tuple[str, ...] = ()) -> None:
    reply = assert_not_emergency(bot, message, topics=topics)
    assert reply.dose_redirect, (message, reply.intent, reply.topics)
    assert "pharmacist" in reply.text or "फार्मासिस्ट" in reply.text, (message, reply.text)
    assert not _DOSE_IN_TEXT.search(reply.text), (message, reply.text)


@pytest.mark.parametrize(
    ("message", "topics"),
    [
        ("should I double the memantine my grandmother takes", "dementia"),
        ("rivastigmine patch 4.6 se 9.5 kar de kya", "dementia"),
        ("नानाजी की डोनेपेज़िल 5 की जगह 10 कर दें क्या", ()),
        ("silodosin raat la ghyaychi ki sakali", "prostate"),
        ("alfuzosin 10 chalu aahe, ek ki don gheu ka", "prostate"),
        ("levetiracetam 500 ki jagah 750 de du bete ko?", "epilepsy"),
        ("allopurinol 100 or 300, which one should dad take", "gout"),
        ("acetazolamide 250 twice daily before the climb, ok?", ()),
        ("syndopa aadhi ki puri, kitni deni hai papa ko", "parkinsons"),
    ],
)
def test_a_named_medicine_with_a_choice_or_change_of_amount_is_redirected(
    bot: ChatBot, message: str, topics: str | tuple[str, ...]
) -> None:
    """Medicines for dementia, the prostate, epilepsy, gout, Parkinson's and altitude are named medicines:
    two amounts, a change or a choice asked of them is a dose request, never answered with an amount."""
    _assert_dose_redirected(bot, message, topics)


@pytest.mark.parametrize(
    "message",
    [
        "kamar dard me roz 2 painkiller le raha hu, theek hai?",
        "rozana teen go goli khaat bani, thik ba ka",
        "din me do pain killer le leta hu, chalega na",
        "दिन में दो पेन किलर खा लूं, चलेगा?",
    ],
)
def test_a_count_said_before_a_medicine_with_an_is_it_all_right_ask_is_redirected(bot: ChatBot, message: str) -> None:
    """A count of tablets said right before the medicine ("2 painkiller", Bhojpuri "teen go ... goli")
    with "is it all right" ("chalega", "thik ba ka", "theek hai?") asks about an amount."""
    _assert_dose_redirected(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        "kutte ke kaatne ke baad 2 injection lag chuke, baaki kab lagenge",
        "school me 3 injection lage the bachpan me, ab yaad nahi",
    ],
)
def test_shots_of_a_course_counted_are_no_dose_request(bot: ChatBot, message: str) -> None:
    reply = assert_not_emergency(bot, message)
    assert not reply.dose_redirect, (message, reply.intent, reply.text[:80])


@pytest.mark.parametrize(
    ("message", "topics"),
    [
        ("ghutna ma dukhai cha, ke garne", "arthritis"),
        ("kabj bhayo, ke garnu parcha", "constipation"),
        ("pet kharap, ki koribo lage", ()),
        ("jwara heichi, kana kariba", ()),
        ("bacche ko dast hai, emi pettali", ()),
        ("kabz hai, ghar pe kya karein", "constipation"),
        ("खांसी हो रही है, क्या करें", ()),
    ],
)
def test_what_to_do_in_nepali_assamese_odia_telugu_and_hindi_asks_for_care(
    bot: ChatBot, message: str, topics: str | tuple[str, ...]
) -> None:
    assert_intent(bot, message, "remedy", topics)


@pytest.mark.parametrize(
    ("message", "topics"),
    [
        ("mummy ko thyroid hai, ye kina huncha", "thyroid"),
        ("nani ko sugar hai, ye kasari huncha", "diabetes"),
        ("ammaku sugar undi, idi ela vastundi", "diabetes"),
        ("appa ku sugar irukku, idhu eppadi varum", "diabetes"),
        ("amma ku thyroid, yen varudhu", "thyroid"),
        ("appanige sugar ide, hege baruthe", "diabetes"),
        ("achanu sugar und, engane varunnu", "diabetes"),
        ("deuta r sugar ase, kenekoi hoi", "diabetes"),
        ("bapa nku sugar achhi, kemiti hue", "diabetes"),
        ("papa ko sugar hai, iske baare me batao", "diabetes"),
        ("पिताजी को शुगर है, इसके बारे में बताइए", "diabetes"),
    ],
)
def test_how_or_why_it_comes_and_tell_me_about_it_ask_what_a_condition_is(
    bot: ChatBot, message: str, topics: str | tuple[str, ...]
) -> None:
    """"why does it happen" / "how does it come" in Nepali, Telugu, Tamil, Kannada, Malayalam, Assamese and
    Odia, and "tell me about it", asked of a condition someone has, ask what it is: information."""
    assert_intent(bot, message, "disease_info", topics)


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("assalamu alaikum", "greeting"),
        ("acha theek hai, phir baat karenge", "greeting"),
        ("onek dhonyobad didi", "greeting"),
        ("doctor dikhane ka katka paisa lagi", "fees"),
        ("डॉक्टर को दिखाने का एक्स्ट्रा चार्ज लगेगा क्या", "fees"),
        ("ecg ka rate kya hai", "fees"),
        ("skin wale doctor ka samay mil jayega kal?", "appointments"),
        ("बच्चों के डॉक्टर का टाइम चाहिए शुक्रवार को", "appointments"),
        ("parva doctor la dakhvaycha aahe, vel milel ka", "appointments"),
        ("ee machine ke ka ka puch sakila", "help"),
    ],
)
def test_clinic_asks_and_small_talk_in_everyday_words(bot: ChatBot, message: str, intent: str) -> None:
    assert_intent(bot, message, intent)


@pytest.mark.parametrize(
    "message",
    ["sabzi mandi me pyaz ka rate kya hai", "sone ka rate kya chal raha", "nadi ki ret me khelte the bachpan me"],
)
def test_a_rate_of_something_else_is_no_fee_question(bot: ChatBot, message: str) -> None:
    reply = bot.reply(message)
    assert reply.intent != "fees", (message, reply.intent)


@pytest.mark.parametrize(
    "message",
    [
        "mala thyroid aahe, gambhir aahe ka",
        "pet dukhtay, kay asel",
        "gala dukhe, shu hoi shake",
        "kamar dukhchha, khatra cha?",
        "kadupu noppi, serious aa?",
        "thala vedana, pedikkanundo",
        "pet dard rehta hai, kehde doctor nu dikhaiye",
        "पेट में दर्द रहता है, चिंता की बात है क्या",
    ],
)
def test_is_it_serious_or_what_could_it_be_in_regional_words_is_triaged(bot: ChatBot, message: str) -> None:
    """"is it serious", "what could it be", "which doctor" in Marathi, Gujarati, Nepali, Telugu, Malayalam,
    Punjabi and Hindi, asked of a complaint, are triaged."""
    assert_intent(bot, message, "symptom_check")


@pytest.mark.parametrize("message", ["IBS kya hota hai, kitna khatarnak hai", "what is gout and is it dangerous"])
def test_how_dangerous_a_condition_is_asked_in_general_stays_information(bot: ChatBot, message: str) -> None:
    assert_intent(bot, message, "disease_info")


@pytest.mark.parametrize(
    ("message", "topics"),
    [
        ("sugar wale chawal kha sake ke", "diabetes"),
        ("bp hai mainu, namak bilkul band karna pavega?", "hypertension"),
        ("sugar hai, kya mithai chhodni padegi", "diabetes"),
        ("asthma wale bhaiya bike chala sakte hai kya", "asthma"),
        ("can she drive now that her asthma is under control", "asthma"),
        ("मिर्गी के मरीज़ गाड़ी चला सकते हैं क्या", "epilepsy"),
    ],
)
def test_what_one_may_do_or_must_give_up_asks_for_care(bot: ChatBot, message: str, topics: str) -> None:
    """"may one eat / drive / travel" and "will it have to be given up", in Haryanvi, Punjabi, Hinglish,
    English and Devanagari, ask what to do with the condition."""
    assert_intent(bot, message, "remedy", topics)


@pytest.mark.parametrize(
    ("message", "topics"),
    [
        ("sugar hai, aam khaye ke chahi ki na", "diabetes"),
        ("खून की कमी बा, का खवाएं लइका के", "anaemia"),
        ("ammaku sugar undi, mango tinavacha", "diabetes"),
        ("appa ku sugar, mango saapidalama", "diabetes"),
        ("babar sugar, mishti khawa jabe?", "diabetes"),
        ("papa la sugar aahe, amba khau shakto ka", "diabetes"),
        ("pappa ne diabetes che, keri khai shakay?", "diabetes"),
    ],
)
def test_may_one_eat_or_give_it_in_bhojpuri_telugu_tamil_bengali_marathi_and_gujarati(
    bot: ChatBot, message: str, topics: str
) -> None:
    assert_intent(bot, message, "remedy", topics)


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("कमर म दरद हे, का करंव", "remedy"),
        ("कमर में दर्द अछि, की करी", "remedy"),
        ("kamar dukhe chhe, shun karun", "remedy"),
        ("थायराइड काबर होथे", "disease_info"),
        ("thyroid kabar hothe", "disease_info"),
    ],
)
def test_chhattisgarhi_maithili_and_gujarati_in_devanagari_question_words(bot: ChatBot, message: str, intent: str) -> None:
    assert_intent(bot, message, intent)


@pytest.mark.parametrize(
    ("message", "intent", "topics"),
    [
        ("how serious is malaria", "disease_info", "malaria"),
        ("is jaundice a serious illness", "disease_info", ()),
        ("मलेरिया कितना गंभीर होता है", "disease_info", "malaria"),
        ("mujhe malaria hai, serious hai kya", "symptom_check", "malaria"),
        ("beti ko malaria hua, chinta ki baat hai kya", "symptom_check", "malaria"),
        ("whom should I see for pimples", "symptom_check", ()),
    ],
)
def test_how_grave_a_disease_is_in_general_against_for_someone_who_has_it(
    bot: ChatBot, message: str, intent: str, topics: str | tuple[str, ...]
) -> None:
    """How serious a disease is, asked with nobody's illness told, is information; asked of one's own or a
    family member's illness it is triaged."""
    assert_intent(bot, message, intent, topics)


@pytest.mark.parametrize(
    "message",
    [
        "factory ki dhool se kaun si bimariyan ho sakti hain",
        "which diseases can spread from pigeons",
        "कबूतर से कौन सी बीमारी फैलती है",
        "gaay ka kaccha doodh peene se koi rog hota hai kya",
    ],
)
def test_a_question_about_illness_in_general_gets_information_not_the_fallback(bot: ChatBot, message: str) -> None:
    """Which illnesses something can bring, asked with no topic the knowledge base describes, is answered as
    information (a General Physician explains), in Hindi for a Devanagari message."""
    reply = assert_intent(bot, message, "disease_info")
    if any("\u0900" <= ch <= "\u097f" for ch in message):
        assert reply.language == "hi" and "जनरल फिज़िशियन" in reply.text, reply.text


@pytest.mark.parametrize("message", ["what is love", "tell me a joke about doctors", "mandi me aaj pyaz ka bhav kya hai"])
def test_questions_with_no_illness_in_them_stay_outside_health(bot: ChatBot, message: str) -> None:
    assert bot.reply(message).intent not in ("disease_info", "remedy", "symptom_check"), message


@pytest.mark.parametrize("message", ["pehli baar use kar rahi hu, mujhe kya puchna chahiye", "मुझे इसमें क्या पूछना चाहिए, नया हूं"])
def test_what_may_be_asked_said_with_mujhe_asks_what_the_assistant_does(bot: ChatBot, message: str) -> None:
    assert_intent(bot, message, "help")


def test_what_to_ask_beside_a_complaint_stays_about_the_complaint(bot: ChatBot) -> None:
    assert_intent(bot, "mujhe 3 din se bukhar hai, doctor se kya puchna chahiye", ("symptom_check", "remedy"))


@pytest.mark.parametrize(
    "message",
    [
        "sardi aahe, kiti golya ghyavya",
        "matha byatha, koita tablet khabo",
        "thalai vali, evvalavu maathirai podanum",
        "tale novu, eshtu maatre tagobeku",
        "thalavedana, ethra gulika kazhikkanam",
        "munda bindhuchi, keteta tablet khaibi",
        "tauko dukhyo, kati ota chakki khane",
        "सर्दी आहे, किती गोळ्या घ्याव्या",
    ],
)
def test_how_many_tablets_in_regional_languages_is_redirected(bot: ChatBot, message: str) -> None:
    """"how many tablets" in Marathi, Bengali, Tamil, Kannada, Malayalam, Odia and Nepali (with their words for
    a tablet: golya, maathirai, maatre, gulika, chakki) is a dose request."""
    _assert_dose_redirected(bot, message)


def test_a_cut_finger_with_a_word_for_medicine_is_no_dose_request(bot: ChatBot) -> None:
    assert not bot.reply("ungli kat gayi, kaunsi cream lagaye").dose_redirect


def test_a_cheap_diet_for_a_condition_the_doctor_named_is_care_not_a_fee(bot: ChatBot) -> None:
    assert_intent(bot, "doctor told thyroid is low, which food is cheap and good for it", "remedy", "thyroid")
    assert_intent(bot, "thyroid doctor ki consultation fees kitni hai", "fees")


@pytest.mark.parametrize(
    "message",
    [
        "missed my amlodipine last night, should I take two today",
        "glimepiride lena bhool gayi subah, ab kha lu?",
        "thyroxine visarlo sakali, aata gheu ka",
        "rosuvastatin subah ya raat, kab better hai",
        "clopidogrel aur ecosprin ek saath le sakte hai na",
        "how long should i continue the cefixime",
        "can i split the metformin tablet to make it easier",
        "सुबह की गोली आधी कर दूं क्या, बीपी कम आ रहा",
    ],
)
def test_a_missed_dose_a_time_of_day_two_medicines_together_or_a_split_tablet_is_redirected(
    bot: ChatBot, message: str
) -> None:
    """A missed dose, morning or night, two medicines together, how long to go on, or a tablet broken in half:
    each asks how to take a medicine, which only the doctor or pharmacist should answer."""
    _assert_dose_redirected(bot, message)


def test_forgetting_in_general_is_no_dose_request(bot: ChatBot) -> None:
    assert not bot.reply("papa sab kuch bhool jaate hai, naam bhi yaad nahi rehta").dose_redirect


def test_thanks_with_news_is_a_greeting_but_thanks_with_a_question_mark_asks_something(bot: ChatBot) -> None:
    assert_intent(bot, "thank you, mummy ab theek hain", "greeting")
    assert bot.reply("shukriya, parso fir aana padega?").intent != "greeting"


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("क्लिनिक शनिवार को खुला रहता है क्या", "appointments"),
        ("dawakhana somvari ughda aahe ka", "appointments"),
        ("canteen shaam ko khula rahta hai kya", "fallback"),
    ],
)
def test_whether_the_clinic_stays_open_in_everyday_words(bot: ChatBot, message: str, intent: str) -> None:
    """Whether the clinic stays open ("khula rahta", Marathi "ughda aahe ka") asks about its timings;
    whether some other place is open does not."""
    assert_intent(bot, message, intent)
