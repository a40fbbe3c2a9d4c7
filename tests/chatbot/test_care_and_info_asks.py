"""What kind of answer a health question wants, asked in the words of other Indian languages: what to
eat, feed or do and how to keep safe (a remedy), whether a disease spreads (information).

Among them: an old stroke told in Awadhi years ("do baras pahile") asks how to prevent another, a cut
whose bleeding has stopped asks about care and a tetanus shot, "kaun kaun se teeke lagwana" asks which
vaccines to get, Nepali "ke khanu" and Magahi "ka ka deve" ask what to eat or give, "kaise hove" asks how
an illness comes, "dusre ko lagta" how it spreads, "phail sakta hai" what it may lead to, "aur kya kare"
what else to do, "toothpaste lagaun?" whether a way of care is right, Gujarati "koi rasto batavo" how to
quit, Tamil "ok ah" whether an activity is all right, "आलू लगाऊँ" (potato) a home remedy for a burn; a low
reading on blood pressure tablets names high blood pressure too; jellyfish and "smaranshakti" (memory)
name their topics.

None of these messages is in the patient set; each checks a way of asking, not one wording.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_intent


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("माई के सुगर बा, का खाए के चाहीं", "diabetes"),
        ("बिटिया के खून कम बा, क खिलाए ओके", "anaemia"),
        ("barsaat me dengue ru kemiti bachiba, ghare pila achhanti", "dengue"),
        ("pua mundare ukun hela, kemiti chhadibi", "head_lice"),
        ("malaria bohut hoise, kenekoi bachibo", "malaria"),
    ],
)
def test_what_to_eat_or_feed_and_how_to_keep_safe_in_regional_words_ask_for_care(
    bot: ChatBot, message: str, topic: str
) -> None:
    """Bhojpuri "का खाए" / "क खिलाए" (the vowel of "khaye" left out), Odia "kemiti bachiba" (how to
    keep safe), "kemiti chhadibi" (how to get rid of it), Assamese "kenekoi bachibo": what to do."""
    reply = assert_intent(bot, message, "remedy")
    assert topic in reply.topics, (message, reply.topics)


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("TB kevi rite fele, ghar ma badha ne thay?", "tuberculosis"),
        ("chickenpox veetla ellarukkum paravuma", "chickenpox"),
        ("खसरा एक लइका ले दूसर ल फैलथे का", "measles"),
    ],
)
def test_whether_it_spreads_in_regional_words_asks_about_the_disease(bot: ChatBot, message: str, topic: str) -> None:
    """Gujarati "fele", Tamil "paravuma", Chhattisgarhi "फैलथे": whether a disease spreads is a question
    about the disease."""
    reply = assert_intent(bot, message, "disease_info")
    assert topic in reply.topics, (message, reply.topics)


def test_spreading_told_of_a_rash_is_still_a_complaint(bot: ChatBot) -> None:
    """A rash whose edges are "phailte ja rahe" is told, not asked about: still a triage."""
    assert_intent(bot, "pair pe gol laal daag, kinare phailte ja rahe, khujli hoti hai", "symptom_check")


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("दमा है मुझे, होली के रंगों से क्या एहतियात रखूं", "asthma"),
        ("दादी को शुगर है, उनके पैरों की देखभाल कैसे करें", "diabetes"),
        ("thyroid halka badha hai, bina dawa ke control ho sakta hai kya", "thyroid"),
        ("भाई की गुटखा की आदत छुड़वानी है", "tobacco"),
        ("पीलिया के बाद कौन सी चीज़ खाऊं", "jaundice_hepatitis"),
    ],
)
def test_precautions_care_quitting_and_care_without_medicine_ask_what_to_do(
    bot: ChatBot, message: str, topic: str
) -> None:
    """"एहतियात" (precautions), "देखभाल कैसे करें" (how to look after), "bina dawa ke" (without
    medicine), "छुड़वानी है" (to make someone quit), "कौन सी चीज़ खाऊं" (which thing to eat)."""
    reply = assert_intent(bot, message, "remedy")
    assert topic in reply.topics, (message, reply.topics)


@pytest.mark.parametrize(
    "message",
    [
        "bhata khaiba pare peta re jwala, khatta dhekar, 3 din hela",
        "maa ki dekhbhal karte karte thak gayi hu, neend nahi aati",
    ],
)
def test_eating_or_caring_told_of_a_day_asks_nothing(bot: ChatBot, message: str) -> None:
    """"khaiba pare" (after eating) and "dekhbhal karte karte" (while looking after someone) tell
    of a day; they do not ask what to eat or how to look after someone."""
    assert_intent(bot, message, "symptom_check")


@pytest.mark.parametrize(
    ("message", "intent", "topic"),
    [
        ("mummy ka bp 158/96 rehta hai, koi takleef nahi, kya ye chinta ka vishay hai", "symptom_check", "hypertension"),
        ("papa ke pair ka ghaav 2 hafte se nahi bhar raha, sugar hai, ye kitna serious hai", "symptom_check", "diabetes"),
        ("is gout common in men after forty?", "disease_info", "gout"),
        ("are smokers more likely to get tb?", "disease_info", "tuberculosis"),
        ("bacche ko chickenpox hai, kya chhote bhai ko bhi failega", "disease_info", "chickenpox"),
    ],
)
def test_concern_about_a_case_and_questions_about_who_gets_a_disease(
    bot: ChatBot, message: str, intent: str, topic: str
) -> None:
    """"chinta ka vishay" / "kitna serious" about one's own case is a triage; "common in", "more
    likely to get" and "failega" (will it spread) ask about the disease."""
    reply = assert_intent(bot, message, intent)
    assert topic in reply.topics, (message, reply.topics)


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("gale me kharash baar baar", "remedy"),
        ("nani ke pair me baar baar sujan aa jati hai, chalne me dikkat hoti hai", "symptom_check"),
        ("पेट में बार बार जलन होती है, खाना खाते ही खट्टी डकार आती है", "symptom_check"),
    ],
)
def test_again_and_again_asks_what_to_do_only_beside_a_bare_topic(bot: ChatBot, message: str, intent: str) -> None:
    """"baar baar" beside a bare topic ("gale me kharash baar baar") asks what to do about something
    that keeps coming back; told within a complaint it says how often the complaint comes."""
    assert_intent(bot, message, intent)


@pytest.mark.parametrize(
    ("message", "intent", "topic"),
    [
        ("i lose my temper fast and then get a headache", "symptom_check", "headache"),
        ("how to lose weight after delivery", "remedy", "obesity"),
        ("raat ko pair me jalan, subah sunn lagte, kya mujhe koi bimari hai", "symptom_check", None),
        ("60 vay, sakali hath thartharte, he kay aahe", "symptom_check", None),
        ("hath par safed daag aave chhe, aa su chhe", "symptom_check", None),
        ("kya sugar free mithai kam nuksaan wali hai diabetes me", "disease_info", "diabetes"),
    ],
)
def test_losing_what_it_could_be_and_whether_it_harms_less(
    bot: ChatBot, message: str, intent: str, topic: str | None
) -> None:
    """"lose" is care only as losing weight or fat; "kya mujhe koi bimari hai", Marathi "he kay aahe"
    and Gujarati "aa su chhe" after a complaint ask what it could be; "kam nuksaan wali" asks about
    the harm of a thing."""
    reply = assert_intent(bot, message, intent)
    if topic:
        assert topic in reply.topics, (message, reply.topics)


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("thyroid ase, kitem khaunk ani kitem naka", "thyroid"),
        ("garmi me lu lagu naye mhanun kay khava", "heat_exhaustion"),
        ("loose motion aagudhu, enna kudikkanum", "diarrhoea"),
        ("mur sugar ase, aam khabo pare ne?", "diabetes"),
    ],
)
def test_what_to_eat_or_drink_in_konkani_marathi_tamil_and_assamese(bot: ChatBot, message: str, topic: str) -> None:
    """Konkani "kitem khaunk", Marathi "kay khava", Tamil "enna kudikkanum", Assamese "khabo pare":
    what to eat or drink, or whether one may eat it, asks for care."""
    reply = assert_intent(bot, message, "remedy")
    assert topic in reply.topics, (message, reply.topics)


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("thyroid hai, kya khane se jaldi control hoga", "thyroid"),
        ("papa ki sugar badhi rehti hai, khane me kya kam karein", "diabetes"),
    ],
)
def test_by_eating_what_and_what_in_food_ask_for_care(bot: ChatBot, message: str, topic: str) -> None:
    """"kya khane se" (by eating what) and "khane me kya" (what in the food) ask what to eat."""
    reply = assert_intent(bot, message, "remedy")
    assert topic in reply.topics, (message, reply.topics)


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("sardi aate hi pairon ki ungliyan laal hoke phool jati hain, garam karne pe jalti, ye kya hai", "symptom_check"),
        ("doctor ne kal jaakar bataya ki mamaji ko parkinson hai, ye kya bimari hai", "disease_info"),
        ("dengue ye kya hai", "disease_info"),
    ],
)
def test_what_is_this_after_a_long_telling_is_a_complaint(bot: ChatBot, message: str, intent: str) -> None:
    """"ye kya hai" after a complaint told in many words the knowledge base does not know asks what it
    could be, even when only a topic is recognised ("sardi"); a diagnosis given by a doctor and asked
    about, or a topic's bare name, asks what the disease is."""
    assert_intent(bot, message, intent)


@pytest.mark.parametrize(
    ("message", "intent", "topic"),
    [
        ("mare vajan ghatadvu che, 85 kilo chhu", "remedy", "obesity"),
        ("sugar me insulin lena theek rahega ya goli hi chalu rakhu", "remedy", "diabetes"),
        ("baby ki malish ela cheyali", "remedy", "newborn_care"),
        ("malaria kahinki hue", "disease_info", "malaria"),
        ("thyroid bansa ru hue ki", "disease_info", "thyroid"),
        ("can you get typhoid from street food", "disease_info", "typhoid"),
        ("papa ko 3 din se bukhar aur khansi, covid test karaye kya", "symptom_check", "covid19"),
        ("teen din se bukhar utar chadh raha, typhoid report negative aayi, ab kya ho sakta hai", "symptom_check", "typhoid"),
        ("seedhi chadhte hi saans phoolti hai, pair sujte hain, heart problem hai kya", "symptom_check", "coronary_artery_disease"),
        ("dark patches on neck since weight gain, is it diabetes or what", "symptom_check", "diabetes"),
    ],
)
def test_more_ways_to_ask_for_care_about_a_disease_or_about_ones_case(
    bot: ChatBot, message: str, intent: str, topic: str
) -> None:
    """Gujarati "ghatadvu" (to reduce), "theek rahega ya" (which of two is better), Telugu "ela cheyali"
    (how to do it) ask for care; Odia "kahinki" (why), "bansa ru" (from the family), "can you get ...
    from" ask about the disease; "test karaye kya", "ab kya ho sakta hai", "X problem hai kya" and
    "is it X or what" after a complaint ask about one's own case."""
    reply = assert_intent(bot, message, intent)
    assert topic in reply.topics, (message, reply.topics)


@pytest.mark.parametrize(
    ("message", "intent", "topic"),
    [
        ("mummy ke liye subah ki sair kitni der theek hai, ghutno me dard rehta", "remedy", "arthritis"),
        ("kya sugar aur thyroid ek dusre se jude hai", "disease_info", "thyroid"),
    ],
)
def test_how_long_a_way_of_care_and_whether_two_diseases_are_linked(
    bot: ChatBot, message: str, intent: str, topic: str
) -> None:
    """"kitni der theek hai" (how long is all right) asks about a way of care; "ek dusre se jude hai"
    (linked to each other) asks about the diseases."""
    reply = assert_intent(bot, message, intent)
    assert topic in reply.topics, (message, reply.topics)


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("7 mahine ki pregnancy hai, pet kabhi kabhi sakht ho jata phir dheela, normal hai kya", "symptom_check"),
        ("pregnancy me ulti normal hai kya", "remedy"),
    ],
)
def test_is_it_normal_after_a_state_told_in_many_words_is_a_triage(bot: ChatBot, message: str, intent: str) -> None:
    """"normal hai kya" after a state told in words the knowledge base does not list asks whether
    this case is all right (a triage); asked of a topic in general it still gets the care tips."""
    assert_intent(bot, message, intent)


@pytest.mark.parametrize(
    "message",
    [
        "beta cycle se gira, ghutne chhil gaye, khoon band ho gaya, dikhana hai kya",
        "haath thoda jal gaya tawa se, chhala nahi, dikhana hai kya",
        "bacche ka gir ke ghutna chhil gaya, pani se dho diya, koi chinta?",
    ],
)
def test_whether_a_small_accident_needs_a_doctor_is_a_triage(bot: ChatBot, message: str) -> None:
    """"dikhana hai kya" (must it be shown to a doctor), Gujarati "koi chinta?" and Bengali "chinta
    korbo?" (should I worry) after a small accident ask whether this case needs a doctor."""
    assert_intent(bot, message, "symptom_check")


def test_the_signs_of_a_disease_the_knowledge_base_does_not_describe_are_asked_about_it(bot: ChatBot) -> None:
    """"lupus ke shuruaati lakshan kya hote hai, jodon me dard rehta hai kya": the signs of a disease the
    knowledge base does not describe, asked with one of them, still ask what the disease is."""
    reply = assert_intent(bot, "lupus ke shuruaati lakshan kya hote hai, jodon me dard rehta hai kya", "disease_info")
    assert "lupus" in reply.text, reply.text


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("I had knee surgery last year, now it clicks when I climb stairs, should I get a checkup?", "arthritis"),
        ("subah uthte hi sir bhari, raat ko neend kam aati, bp high hota hoga kya", "hypertension"),
        ("bete ko 3 din se bukhar, aaj pet me dard, typhoid test karana chahiye kya", "typhoid"),
    ],
)
def test_whether_to_get_checked_and_what_it_might_be_ask_about_ones_case(bot: ChatBot, message: str, topic: str) -> None:
    """"should I get a checkup", "test karana chahiye kya" (should a test be done) and "hota hoga kya"
    (might it be that) after a complaint ask about this case: a triage."""
    reply = assert_intent(bot, message, "symptom_check")
    assert topic in reply.topics, (message, reply.topics)


@pytest.mark.parametrize(
    "message",
    ["motiyabind kis umar me hota hai aur kya parhez kare", "chickenpox kis umar me hota hai, kaise bachaye"],
)
def test_at_what_age_a_disease_comes_asked_first_asks_about_the_disease(bot: ChatBot, message: str) -> None:
    """"kis umar me hota hai" (at what age does it come) asked before what to do asks first about the
    disease, as "how does it spread and how to prevent it" does."""
    assert_intent(bot, message, "disease_info")


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("डेंगू की रोकथाम", "dengue"),
        ("acidity se nijat", "gastritis"),
        ("पथरी का निवारण", "kidney_stones"),
        ("कब्ज़ से छुटकारा कैसे पाएं", "constipation"),
    ],
)
def test_formal_hindi_words_of_prevention_and_relief_ask_for_care(bot: ChatBot, message: str, topic: str) -> None:
    """"रोकथाम" (prevention), "निवारण" (remedy), "nijat" and "छुटकारा" (riddance), "परहेज़" (what to
    avoid): a topic with them asks what to do."""
    reply = assert_intent(bot, message, "remedy")
    assert topic in reply.topics, (message, reply.topics)
    assert "wounds" not in reply.topics, reply.topics


@pytest.mark.parametrize(
    ("message", "topic"),
    [("malaria ani typhoid ek-ch?", "typhoid"), ("पीलिया अर हेपेटाइटिस एक ए बात सै के", "jaundice_hepatitis")],
)
def test_whether_two_names_are_one_disease_in_marathi_and_haryanvi(bot: ChatBot, message: str, topic: str) -> None:
    """Marathi "ek-ch" and Haryanvi "एक ए बात" (one and the same) ask whether two names are one disease."""
    reply = assert_intent(bot, message, "disease_info")
    assert topic in reply.topics, (message, reply.topics)


@pytest.mark.parametrize(
    "message",
    ["dawai ke saath doodh dena hai ya nahi, bacche ko khansi hai", "got a small cut from a clean knife, washed it, do i need anything else"],
)
def test_whether_to_give_something_or_need_anything_more_asks_what_to_do(bot: ChatBot, message: str) -> None:
    """"dena hai ya" (is it to be given or not) and "do I need anything" ask what to do."""
    assert_intent(bot, message, "remedy")


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
def test_calm_questions_of_care_diet_and_prevention_are_routed_to_their_topic(
    bot: ChatBot, message: str, intent: str, topics: str | tuple[str, ...]
) -> None:
    assert_intent(bot, message, intent, topics)
