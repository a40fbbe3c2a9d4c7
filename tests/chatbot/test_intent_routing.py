"""How a health message is routed: information, what to do, or a symptom check.

The rules, in words a patient might use (none of these messages is in the patient set):

* an explicit question about what a condition is (meaning, causes, signs, spread, who gets
  it, which vaccine or test) -> disease_info, also when a request for what to do follows it;
* a request for what to do, eat, avoid or prevent, or whether a home remedy helps -> remedy;
* a described complaint or a reading without such a question, or "should I worry" -> symptom_check;
* a minor accident told without a question -> first aid (remedy).
"""

from __future__ import annotations

import re

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_emergency, assert_intent, assert_not_emergency, assert_not_intent

#: an amount of a medicine in a reply ("500 mg", "2 tablets a day")
_DOSE_IN_TEXT = re.compile(r"\b\d+(?:\.\d+)?\s*(?:mg|ml|mcg|units?|iu|tablets? (?:a|per|every)|times a day)\b", re.I)


@pytest.mark.parametrize(
    ("message", "intent", "topic"),
    [
        # what it is, before what to do
        ("what is psoriasis and how do i manage it at home", "disease_info", "psoriasis"),
        ("typhoid kaise failta hai aur isse kaise bachein", "disease_info", "typhoid"),
        ("first aid seekhna chahti hu, cpr kaise karte hain", "disease_info", "first_aid"),
        ("kidney stone ka operation zaruri hai kya", "disease_info", "kidney_stones"),
        ("is malaria treatment free at the government hospital", "disease_info", "malaria"),
        ("thyroid kise zyada hota hai", "disease_info", "thyroid"),
        ("papa ko sugar hai, mujhe bhi hoga kya", "disease_info", "diabetes"),
        ("when should i see a doctor for a migraine", "disease_info", "migraine"),
        ("menopause", "disease_info", "menopause"),
        # what to do
        ("what is the best way to bring down cholesterol", "remedy", "high_cholesterol"),
        ("kya tulsi ka kadha khansi me theek rehta hai", "remedy", None),
        ("is garam sikai good for back pain", "remedy", "back_pain"),
        ("garam tawa chhu gaya, ungli pe halka jal gaya", "remedy", "burns"),
        ("what should an asthma patient do if the inhaler is finished", "remedy", "asthma"),
        # a described complaint or a reading
        ("fasting sugar 190 aayi aaj, kya karu", "symptom_check", "diabetes"),
        ("bp 90/58 aa raha, kamzori lagti hai", "symptom_check", "low_bp"),
        ("ghaav 6 din se bhar nahi raha, pus aa raha", "symptom_check", "wounds"),
        ("meri beti 3 hafte ki hai, aankh se thoda paani aata hai, normal hai kya", "symptom_check", "newborn_care"),
        ("sar me dard rehta hai shaam ko, should i worry", "symptom_check", "headache"),
        ("chakkar aate hain subah uthte hi", "symptom_check", "vertigo"),
        ("raat ko seene me seeti jaisi awaz aur khansi, kahin asthma ho sakta hai kya", "symptom_check", "asthma"),
        ("weight 95 kg aur height 160 cm hai, ghutne dukhte hain", "symptom_check", "obesity"),
        ("spo2 93 aa raha hai papa ka, theek hai na", "symptom_check", None),
        ("insulin lagane wale safar me kya saath rakhein", "remedy", "diabetes"),
        # everyday spellings of the question words
        ("bp kam kese kre", "remedy", "hypertension"),
        ("jaundice kyu hota h", "disease_info", "jaundice_hepatitis"),
    ],
)
def test_health_routing(bot: ChatBot, message: str, intent: str, topic: str | None) -> None:
    assert_intent(bot, message, intent, topic)


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("door ki cheezein dhundhli dikhti hain, paas ka theek", "myopia"),
        ("aadhe sar me dard, roshni se chubhan", "migraine"),
        ("naak band aur jhukne pe maathe me dard, peela balgam", "sinusitis"),
        ("bachcha raat ko potty ki jagah khujlata hai", "worms"),
        ("nanaji ko tv ki awaz bahut tez chahiye, kam sunai deta hai", "hearing_loss"),
        ("mujhe dhool se nahi, moongphali se allergy hai", "allergy"),
        ("cetirizine kitni deni chahiye 6 saal ke bete ko", "allergy"),
        ("bp kam karne ke liye kya khana chahiye", "hypertension"),
        ("लो बीपी में क्या करें", "low_bp"),
        ("naksir phoot jaye to kya kare", "first_aid"),
    ],
)
def test_everyday_words_find_the_topic(bot: ChatBot, message: str, topic: str) -> None:
    assert_not_emergency(bot, message, topics=topic)


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("jai shri krishna", "greeting"),
        ("shukriya, aapse bahut madad mili", "greeting"),
        ("thanks bhai", "greeting"),
        ("skin doctor ka appointment chahiye parso ka", "appointments"),
        ("mera thursday wala samay badalkar monday kar do", "appointments"),
        ("can papa consult online from home, he cannot travel", "video_link"),
        ("is the follow up free within a week", "fees"),
    ],
)
def test_clinic_and_small_talk(bot: ChatBot, message: str, intent: str) -> None:
    assert_intent(bot, message, intent)


@pytest.mark.parametrize(
    ("message", "intent", "topic"),
    [
        # first aid learnt ahead of need asks what to do
        ("if someone faints in the sun what should we do, asking for general knowledge", "remedy", "first_aid"),
        ("kisi ka dam ghut raha ho khana atakne se to kya karna chahiye, pehle se jaanna hai", "remedy", "first_aid"),
        ("burn first aid steps, want to learn", "remedy", "first_aid"),
        ("अगर किसी को गले में खाना अटक जाए तो क्या करें, जानकारी के लिए", "remedy", "first_aid"),
        # the normal values of a reading
        ("what is the normal blood sugar level", "disease_info", "normal_values"),
        ("sugar ka normal level kitna hota hai", "disease_info", "normal_values"),
        ("normal pulse rate kitni honi chahiye", "disease_info", "normal_values"),
        ("सामान्य बीपी कितना होता है", "disease_info", "normal_values"),
        ("what is a normal haemoglobin for women", "disease_info", "normal_values"),
    ],
)
def test_first_aid_ahead_of_need_and_normal_values(bot: ChatBot, message: str, intent: str, topic: str) -> None:
    assert_intent(bot, message, intent, topic)


@pytest.mark.parametrize(
    "message", ["tum kya kya bata sakte ho", "आप क्या क्या बता सकते हो", "what else can u do", "what all can u do"]
)
def test_what_can_you_do_is_help(bot: ChatBot, message: str) -> None:
    assert_intent(bot, message, "help")


@pytest.mark.parametrize(
    "message", ["creatine kitna lena chahiye roz", "how much whey protein per day", "mass gainer kinna laina chahida"]
)
def test_gym_supplement_amounts_are_redirected(bot: ChatBot, message: str) -> None:
    reply = bot.reply(message)
    assert reply.dose_redirect and "pharmacist" in reply.text, (message, reply.intent)


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("typhoid aur miyadi bukhar same hai?", "typhoid"),
        ("चेचक और खसरा एक ही है क्या", "measles"),
        ("is measles worse in adults, i never got it", "measles"),
        ("what even is pcos, my friend has it", "pcos"),
        ("मौसी को सोरायसिस है, छूत की बीमारी है क्या", "psoriasis"),
        ("is mumps worse in adults", "mumps"),
    ],
)
def test_questions_about_the_condition_itself_are_information(bot: ChatBot, message: str, topic: str) -> None:
    assert_intent(bot, message, "disease_info", topic)


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("vape chhodna hai kaise chhodu", "tobacco"),
        ("my son is vaping every day, how to help him stop", "tobacco"),
        ("how to get rid of a hangover fast", "alcohol"),
        ("raat ki party ke baad khumari hai, kya karu", "alcohol"),
    ],
)
def test_vaping_and_hangover_find_their_topics(bot: ChatBot, message: str, topic: str) -> None:
    assert_intent(bot, message, "remedy", topic)


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        # how much of a dose unit, whatever the medicine
        ("vitamin b12 kitne mcg roz lena theek hai", None),
        ("बच्चे को सिरप कितना ml पिलाना है", None),
        ("how many mg of iron should my wife have daily", None),
        # a named medicine for someone else, or a missed tablet doubled
        ("dad forgot his sugar tablet last night, can he take two today", "diabetes"),
        ("can she take combiflam for her tooth", "headache"),
        ("missed my thyroid pill yesterday, should i take double now", "thyroid"),
        # SMS spellings and Devanagari forms of medicine names
        ("cn i take crocin, hw many in a day", "headache"),
        ("मम्मी की थायरोक्सिन की गोली कितनी बढ़ानी है", "thyroid"),
        ("फोलिक एसिड रोज कितना लेना है", "anaemia"),
        ("finasteride kitna lena hai baal ke liye", "hair_fall"),
        # a complaint's medicine takes the complaint's topic
        ("pet dard ki goli kitni baar le sakte hai", None),
        ("sar dard ki goli kitni le sakte hai ek din me", "headache"),
    ],
)
def test_dose_requests_in_other_words_are_redirected(bot: ChatBot, message: str, topic: str | None) -> None:
    reply = bot.reply(message)
    assert reply.dose_redirect and reply.intent != "emergency", (message, reply.intent, reply.topics)
    assert "pharmacist" in reply.text or "फार्मासिस्ट" in reply.text, message
    if topic:
        assert topic in reply.topics, (message, reply.topics)


@pytest.mark.parametrize(
    "message", ["normal sugar kitne mg/dl hona chahiye", "baby ko din me kitne ml paani dena chahiye"]
)
def test_a_reading_unit_or_an_amount_of_water_is_not_a_dose(bot: ChatBot, message: str) -> None:
    assert not bot.reply(message).dose_redirect, message


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        # first-person and polite forms of "apply", "do", "eat", "quit"
        ("chehre pe daane bahut hai, kya lagau", "acne"),
        ("muh me chhale ho gaye, kya lagaiye", "mouth_ulcer"),
        ("kamar me dard rehta hai, aap batao kya kariye", "back_pain"),
        ("beedi peeta hu 20 saal se, kaise chhodu", "tobacco"),
        # the question word in Punjabi, Haryanvi, Gujarati
        ("kabj rehndi aa, ki khaiye", "constipation"),
        ("ghutne me dard rahve sai, ke karu", "arthritis"),
        ("mane sugar che, su khavu", "diabetes"),
        ("mane bidi ni aadat che, kem chhodu", "tobacco"),
    ],
)
def test_first_person_and_regional_requests_for_what_to_do(bot: ChatBot, message: str, topic: str) -> None:
    assert_intent(bot, message, "remedy", topic)


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("constipation ke karan kya hai", "disease_info"),
        ("kem cho", "greeting"),
        ("khansi ki dawai ke baare me batao", None),
    ],
)
def test_genitive_and_greeting_are_not_regional_question_words(bot: ChatBot, message: str, intent: str | None) -> None:
    reply = bot.reply(message)
    assert reply.intent != "remedy" if intent is None else reply.intent == intent, (message, reply.intent)


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("sugar fasting 170 aa rahi, glimepiride 2 leta hu, control theek hai?", "diabetes"),
        ("cholesterol 260 aaya, rosuvastatin shuru karni padegi?", "high_cholesterol"),
        ("my bp is 150/96 most days, i take telmisartan 40, is that fine", "hypertension"),
    ],
)
def test_a_reading_told_beside_a_medicine_is_triaged(bot: ChatBot, message: str, topic: str) -> None:
    reply = bot.reply(message)
    assert reply.intent == "symptom_check" and not reply.dose_redirect, (message, reply.intent, reply.topics)
    assert topic in reply.topics, (message, reply.topics)


@pytest.mark.parametrize(
    "message",
    [
        "sugar 220 aa rahi, glycomet 500 se 1000 kar du?",
        "tsh 8 hai, eltroxin 25 ya 50 kaunsi sahi",
        "bp 150/95, telma 40 ki jagah 80 le lu?",
        "bp 105/70 aa raha, amlodipine ki aadhi goli kar du?",
        "my sugar is 90 now, can i take half a tablet of glimepiride",
    ],
)
def test_a_change_of_strength_beside_a_reading_is_redirected(bot: ChatBot, message: str) -> None:
    reply = bot.reply(message)
    assert reply.dose_redirect and reply.intent != "emergency", (message, reply.intent)


@pytest.mark.parametrize(
    ("message", "intent", "topic"),
    [
        # "-ni/-ne chahiye" is the "-na chahiye" of a request for what to do
        ("asthma ke mareez ko ghar me kya cheezein rakhni chahiye", "remedy", "asthma"),
        ("typhoid ke baad kaunsi cheezein khani chahiye", "remedy", "typhoid"),
        ("normal hb kitni honi chahiye aurat me", "disease_info", None),
        # SMS "wt" is "what" before a question's verb, "2" is "to" after what/how
        ("wt is dengue", "disease_info", "dengue"),
        ("wt causes kidney stones", "disease_info", "kidney_stones"),
        ("wt 2 do for acidity", "remedy", "gastritis"),
        ("how 2 stop smoking", "remedy", "tobacco"),
    ],
)
def test_verb_forms_and_sms_question_words(bot: ChatBot, message: str, intent: str, topic: str | None) -> None:
    assert_intent(bot, message, intent, topic)


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        # which food or way of care is good
        ("sugar ke mareez ke liye kaunsa atta achha hai", "diabetes"),
        ("kabj me kaunsi daal sahi rehti hai", "constipation"),
        # whether a remedy helps, in the words of a question
        ("haldi wala doodh se sardi zukam theek hota hai kya", "common_cold"),
        ("pranayam se asthma sach me kam hota hai kya", "asthma"),
        ("methi dana se sugar kam hoti hai kya", "diabetes"),
    ],
)
def test_which_is_good_and_does_it_help_ask_what_to_do(bot: ChatBot, message: str, topic: str) -> None:
    assert_intent(bot, message, "remedy", topic)


@pytest.mark.parametrize(
    ("message", "intent"),
    [("which doctor is best for sugar", "symptom_check"), ("thyroid ke liye kaunsa test sahi hai", "disease_info")],
)
def test_a_choice_of_doctor_or_test_is_not_a_remedy(bot: ChatBot, message: str, intent: str) -> None:
    assert_intent(bot, message, intent)


@pytest.mark.parametrize(
    ("message", "intent", "topic"),
    [
        ("hdl badhane ke liye kya khaye", "remedy", "high_cholesterol"),
        ("ejection fraction 35 ka matlab kya hai", "disease_info", "heart_failure"),
        ("जले पे बर्फ लगा सकते हैं क्या", "remedy", "burns"),
        ("munhase ke nishan kaise jayenge", "remedy", "acne"),
        ("बच्चे को पेट के कीड़ों की दवा कब दें", "remedy", "worms"),
        ("गर्भनिरोधक गोली कब से शुरू करें", "remedy", "contraception"),
        ("pre eclampsia kya hota hai", "disease_info", "pregnancy"),
        ("how to sleep early, phone till 2am daily", "remedy", "insomnia"),
        ("arm fat kaise kam kare", "remedy", "obesity"),
        ("papa ko knee oa hai, kaunsi exercise kare", "remedy", "arthritis"),
        ("bichhu se bachne ke liye kya kare gaon me", "remedy", "first_aid"),
        ("chhala phodna theek hai kya jalne ke baad", "remedy", "burns"),
    ],
)
def test_everyday_names_of_topics_in_latin_and_devanagari(bot: ChatBot, message: str, intent: str, topic: str) -> None:
    assert_intent(bot, message, intent, topic)


@pytest.mark.parametrize(
    ("message", "intent"),
    [("video se doctor se baat karni hai", "video_link"), ("वीडियो पे बात कैसे होगी", "video_link"),
     ("thx", "greeting"), ("tysm", "greeting")],
)
def test_video_and_thanks_in_other_words(bot: ChatBot, message: str, intent: str) -> None:
    assert_intent(bot, message, intent)


@pytest.mark.parametrize(
    "message",
    [
        # "what is this" in the other word order, "am I pregnant" asked first
        ("haath pe gol laal nishaan aur khujli, kya hai ye"),
        ("kya main pregnant hu, periods 2 hafte late hai aur ji machlata hai"),
        ("could i be pregnant, my period is late and my breasts hurt"),
        # why do I feel so, asked about one's own complaint
        ("why do i get headaches every evening after office"),
        ("why am i so tired all day even after 8 hours sleep"),
        # should we show a doctor
        ("mummy ko 3 din se khansi hai aur halka bukhar, dikhaye kya"),
        ("sugar 250 aa rahi hai aaj, doctor ke paas jana chahiye kya"),
    ],
)
def test_own_complaint_asked_about_is_triaged(bot: ChatBot, message: str) -> None:
    assert_intent(bot, message, "symptom_check")


def test_how_often_to_see_the_doctor_is_not_triage(bot: ChatBot) -> None:
    assert_not_intent(bot, "pregnancy me doctor ko kitni baar dikhana chahiye", "symptom_check")


@pytest.mark.parametrize(
    "message",
    [
        "प्रसव के बाद मां की देखभाल कैसे करें",
        "new mother ko kitna aaram karna chahiye",
        "after my c section what should i eat to heal",
        "jaapa me bahu ko kya khilaye",
        "what's a good routine for a new mom",
    ],
)
def test_care_after_delivery_is_a_topic(bot: ChatBot, message: str) -> None:
    assert_intent(bot, message, "remedy", "postpartum_care")


def test_care_after_delivery_names_no_dose_and_has_hindi_texts(bot: ChatBot) -> None:
    c = bot.knowledge_base.conditions["postpartum_care"]
    texts = [c.summary, *c.symptoms, *c.self_care, *c.diet, *c.prevention, *c.warning_signs]
    assert c.hi is not None and c.hi["self_care"] and c.hi["warning_signs"]
    texts += [c.hi["summary"], *c.hi["self_care"], *c.hi["warning_signs"]]
    assert not [t for t in texts if _DOSE_IN_TEXT.search(t)]
    assert "WHO" in c.source and c.speciality == "Gynaecologist"


def test_postpartum_depression_stays_depression(bot: ChatBot) -> None:
    reply = bot.reply("postnatal depression kya hota hai")
    assert reply.intent == "disease_info" and reply.topics[0] == "depression", reply.topics


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("3 din se potty theek se nahi ho rahi, pet phoola hai", "constipation"),
        ("bete ki chamdi peeli si lag rahi hai aur bhook kam", "jaundice_hepatitis"),
        ("kandhe pe white flakes girte rehte hain baalon se", "dandruff"),
        ("itching between my toes since the monsoon started", "fungal_infection"),
        ("nani ke chalne me chhote kadam aur haath dheere chalte hain", "parkinsons"),
        ("the pressure machine showed 162/100 at the pharmacy today", "hypertension"),
        ("pressure 88/55 aa raha hai aaj, chakkar sa hai", "low_bp"),
    ],
)
def test_everyday_words_of_a_complaint_find_its_topic(bot: ChatBot, message: str, topic: str) -> None:
    assert_intent(bot, message, "symptom_check", topic)


@pytest.mark.parametrize(
    ("message", "intent", "topic"),
    [
        # which vaccines to get is what to do; which are given, or who should have one, is information
        ("दादी को कौन से टीके लगवाने चाहिए", "remedy", "vaccination"),
        ("school jaane se pehle bete ko kaun se tike lagwane hain", "remedy", "vaccination"),
        ("टाइफाइड का टीका किसे लगवाना चाहिए", "disease_info", "typhoid"),
        ("bachhe ko 9 mahine pe kaunse tike lagte hain", "disease_info", "vaccination"),
        # first-person forms of feeding and giving to drink
        ("बेटे को दस्त हैं, क्या पिलाऊं", "remedy", "diarrhoea"),
        ("बच्ची को कब्ज है, क्या खिलाऊं", "remedy", "constipation"),
        # the Hindi name of gestational diabetes
        ("गर्भावधि मधुमेह में क्या खाएं", "remedy", "gestational_diabetes"),
    ],
)
def test_vaccines_to_get_feeding_forms_and_gestational_diabetes(
    bot: ChatBot, message: str, intent: str, topic: str
) -> None:
    assert_intent(bot, message, intent, topic)


@pytest.mark.parametrize(
    "message",
    [
        "7वें महीने में कमर में दर्द रहता है",
        "8th month chal raha hai, pair sooj jaate hain shaam ko",
        "chhatha mahina hai, raat ko neend nahi aati",
        "biwi ko 7 mahina hai, haath pair me jhunjhuni",
    ],
)
def test_a_month_of_pregnancy_told_is_the_pregnancy_topic(bot: ChatBot, message: str) -> None:
    assert_intent(bot, message, "symptom_check", "pregnancy")


@pytest.mark.parametrize("message", ["baby ka 4th month chal raha hai, kya khilaye", "4th month ki salary nahi aayi, tension hai"])
def test_a_baby_s_month_or_a_salary_month_is_no_pregnancy(bot: ChatBot, message: str) -> None:
    assert "pregnancy" not in bot.reply(message).topics, message


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("swimming for back pain, good or bad?", "back_pain"),
        ("sugar me gud khana achha hai ya bura", "diabetes"),
        ("what can papa have instead of sugar in tea, he is diabetic", "diabetes"),
        ("kamar dard ke liye koi tel batao", "back_pain"),
        ("ghutne ke dard me garam sek kare ya thanda", "arthritis"),
    ],
)
def test_good_or_bad_substitutes_and_an_oil_asked_for_are_remedies(bot: ChatBot, message: str, topic: str) -> None:
    assert_intent(bot, message, "remedy", topic)


def test_is_this_reading_fine_or_not_is_triaged(bot: ChatBot) -> None:
    assert_intent(bot, "fasting sugar 130 aayi, theek hai ya nahi", "symptom_check")


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("main school teacher hu, kya bacchon ki health ke baare me sawal puch sakta hu yahan", "help"),
        ("hello, can i ask you something about using this app", "help"),
        ("can u write a song for my wife", "fallback"),
    ],
)
def test_asking_to_ask_is_help(bot: ChatBot, message: str, intent: str) -> None:
    assert_intent(bot, message, intent)


@pytest.mark.parametrize("message", ["the ointment doesnt help at all", "kuch bhi help nahi karta, neend nahi aati"])
def test_a_remedy_that_did_not_help_is_no_request_for_help(bot: ChatBot, message: str) -> None:
    assert_not_intent(bot, message, "help")


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("बेटी को 4 दिन से पॉटी नहीं हुई", "constipation"),
        ("my toddler hasnt pooped in 3 days", "constipation"),
        ("tetanus ka injection kitne saal me lagwana chahiye", "vaccination"),
        ("is a tetanus booster needed every 10 years", "vaccination"),
    ],
)
def test_more_everyday_words_find_the_topic(bot: ChatBot, message: str, topic: str) -> None:
    assert_not_emergency(bot, message, topics=topic)


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("aankh aayi hai, kya daalu", "conjunctivitis"),
        ("naak band hai, kya daalein", "common_cold"),
        ("what foods increase platelets", "dengue"),
        ("platelets kam ho gaye to kya khilaye", "dengue"),
    ],
)
def test_putting_drops_in_and_raising_platelets_ask_what_to_do(bot: ChatBot, message: str, topic: str) -> None:
    reply = bot.reply(message)
    assert reply.intent == "remedy" or reply.dose_redirect, (message, reply.intent, reply.topics)
    assert topic in reply.topics, (message, reply.topics)


@pytest.mark.parametrize(
    "message",
    ["kya main ibuprofen le sakti hu periods me", "bacche ko crocin de sakte hai kya bukhar me", "combiflam kha sakta hu kya"],
)
def test_may_i_take_a_named_medicine_is_redirected(bot: ChatBot, message: str) -> None:
    reply = bot.reply(message)
    assert reply.dose_redirect and reply.intent != "emergency", (message, reply.intent)


@pytest.mark.parametrize(
    ("message", "topic"),
    [("kya garam paani peene se weight kam hota hai", "obesity"), ("namak paani se gale ki kharash theek hoti hai kya", "sore_throat")],
)
def test_does_warm_water_help_asks_what_to_do(bot: ChatBot, message: str, topic: str | None) -> None:
    assert_intent(bot, message, "remedy", topic)


@pytest.mark.parametrize(
    ("message", "intent"),
    [("dhanyavaad ji", "greeting"), ("bahut shukriyaa", "greeting"), ("doctor se online baat karni hai", "video_link")],
)
def test_thanks_spellings_and_talking_online(bot: ChatBot, message: str, intent: str) -> None:
    assert_intent(bot, message, intent)


@pytest.mark.parametrize(
    ("message", "intent", "topic"),
    [
        ("beta palang se gir gaya, sir pe halki si gaanth hai, khel raha hai", "symptom_check", "head_injury"),
        ("my toddler fell off the bed this morning, cried and is fine now", "symptom_check", "head_injury"),
        ("baby har feed ke baad thoda doodh nikal deta hai, normal hai kya", "symptom_check", "newborn_care"),
        ("roz shaam ko sir dukhta hai", "symptom_check", "headache"),
    ],
)
def test_a_child_s_fall_spitting_up_and_a_headache_in_everyday_words(
    bot: ChatBot, message: str, intent: str, topic: str
) -> None:
    assert_intent(bot, message, intent, topic)


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("darwaze se takra ke maathe pe gumad ho gaya hai", "head_injury"),
        ("chhota bhai detergent pee gaya thoda sa, abhi theek hai", "poisoning"),
    ],
)
def test_a_bump_on_the_head_and_a_household_liquid_swallowed(bot: ChatBot, message: str, topic: str) -> None:
    reply = bot.reply(message)
    assert topic in reply.topics, (message, reply.intent, reply.topics)


@pytest.mark.parametrize(
    ("message", "topic"),
    [("din me kitna paani peena chahiye", "healthy_lifestyle"), ("wt loss tips for office workers", "obesity")],
)
def test_how_much_water_and_sms_weight_loss(bot: ChatBot, message: str, topic: str) -> None:
    reply = bot.reply(message)
    assert reply.intent == "remedy" and not reply.dose_redirect, (message, reply.intent, reply.topics)
    assert topic in reply.topics, (message, reply.topics)


@pytest.mark.parametrize("message", ["आंखों की रोशनी कैसे बढ़ाएं", "how to improve eyesight naturally"])
def test_eyesight_is_a_topic(bot: ChatBot, message: str) -> None:
    assert_intent(bot, message, "remedy", "myopia")


@pytest.mark.parametrize(
    ("message", "topic"),
    [("kamar dard ke liye garam sikai", "back_pain"), ("ajwain for gas and bloating", None), ("zukam ke liye bhaap", None)],
)
def test_a_home_remedy_named_for_a_complaint_asks_about_it(bot: ChatBot, message: str, topic: str | None) -> None:
    assert_intent(bot, message, "remedy", topic)


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("how long should i rest after dengue", "remedy"),
        ("how long should my son stay home with chickenpox", "remedy"),
        ("how long does chickenpox last", "disease_info"),
    ],
)
def test_how_long_to_do_something_asks_what_to_do(bot: ChatBot, message: str, intent: str) -> None:
    assert_intent(bot, message, intent)


@pytest.mark.parametrize(
    ("message", "topic"),
    [("signs to look for after a fall in elderly", "falls_elderly"), ("what to watch for after a dog scratch", "dog_bite")],
)
def test_what_to_watch_for_asks_what_to_do(bot: ChatBot, message: str, topic: str) -> None:
    assert_intent(bot, message, "remedy", topic)


def test_a_head_knocked_on_a_wall_or_table_names_head_injury(bot: ChatBot) -> None:
    message = "my son banged his head on the table, small bump, playing normally, what to do"
    assert_intent(bot, message, "remedy", "head_injury")
    assert_intent(bot, "bachhe ka sir deewar se laga, thoda laal hai, kya kare", "remedy", "head_injury")


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("what's the first aid for a scald from boiling milk", "burns"),
        ("kutte ke kaatne ka first aid kya hota hai", "dog_bite"),
        ("बिच्छू या सांप काटे तो प्राथमिक चिकित्सा क्या है", "first_aid"),
        ("nakseer me prathmik upchar kya hai, jaankari ke liye", "first_aid"),
    ],
)
def test_what_is_the_first_aid_asks_what_to_do(bot: ChatBot, message: str, topic: str) -> None:
    assert_intent(bot, message, "remedy", topic)


@pytest.mark.parametrize(
    ("message", "intent", "topic"),
    [
        # a laxative's amount is a dose
        ("papa ko isabgul roz kitne chammach du", None, "constipation"),
        ("how many spoons of psyllium husk can my mother take", None, "constipation"),
        # Devanagari and Hinglish names of rabies and filaria
        ("रेबीज़ कैसे फैलता है", "disease_info", "dog_bite"),
        ("हाथीपांव की बीमारी क्या होती है", "disease_info", "filariasis"),
        # a baby's first solid food
        ("7 mahine ki beti ko upar ka khana kaise shuru karu", "remedy", "child_nutrition"),
    ],
)
def test_everyday_names_of_laxatives_rabies_filaria_and_first_food(
    bot: ChatBot, message: str, intent: str | None, topic: str
) -> None:
    reply = bot.reply(message)
    if intent is None:
        assert reply.dose_redirect and reply.intent != "emergency", (message, reply.intent, reply.topics)
    else:
        assert reply.intent == intent, (message, reply.intent, reply.topics)
    assert topic in reply.topics, (message, reply.topics)


@pytest.mark.parametrize(
    "message",
    [
        "kohni ki chamdi kaali aur sakht ho gayi, kya lagaye",
        "papa ke talve me daraar pad gayi hai, kya lagaye",
        "hothon ke kone kat gaye hai, koi upay",
    ],
)
def test_a_body_part_complaint_asking_what_to_put_on_it_asks_for_care(bot: ChatBot, message: str) -> None:
    reply = assert_intent(bot, message, "remedy")
    assert reply.text.strip() and "doctor" in reply.text, reply.text


def test_papaya_leaf_amount_is_redirected_and_fluid_blisters_name_chickenpox(bot: ChatBot) -> None:
    reply = bot.reply("platelets gir rahe hai, papaya leaf juice roz kitna de")
    assert reply.dose_redirect and "dengue" in reply.topics, (reply.intent, reply.topics)
    assert_intent(bot, "bete ke pet aur peeth pe paani wale daane nikle, thoda bukhar bhi", "symptom_check", "chickenpox")


@pytest.mark.parametrize(
    "message",
    ["which doctor should I see?", "Which specialist should I consult", "kaun sa doctor dekhna chahiye",
     "kis doctor ko dikhaye", "किस डॉक्टर को दिखाऊं?", "who should i see"],
)
def test_which_doctor_asked_alone_asks_for_the_complaint_and_lists_the_doctors(bot: ChatBot, message: str) -> None:
    reply = assert_intent(bot, message, "help")
    if reply.language == "hi":
        assert "तकलीफ़ बताइए" in reply.text and "हड्डी रोग विशेषज्ञ" in reply.text
    else:
        assert "Tell me what the problem is" in reply.text
        assert "Orthopaedist" in reply.text and "Paediatrician" in reply.text and "Dermatologist" in reply.text


@pytest.mark.parametrize(
    ("message", "speciality"),
    [("which doctor for my knee", "Orthopaedist"), ("aankh ke liye kaunsa doctor", "Ophthalmologist"),
     ("doctor for my son", "Paediatrician")],
)
def test_which_doctor_for_a_body_part_or_a_child_names_the_doctor(bot: ChatBot, message: str, speciality: str) -> None:
    reply = assert_intent(bot, message, "symptom_check")
    assert reply.speciality == speciality


@pytest.mark.parametrize(
    ("message", "topics"),
    [
        ("levocetirizine roz kitni khani chahiye, naak behti hai", {"allergic_rhinitis", "allergy"}),
        ("how many allegra can i take in a day for hay fever", {"allergic_rhinitis"}),
        ("calpol kitna dena hai 4 saal ki beti ko", {"influenza"}),
        ("gripe water kitne drops dena chahiye 2 mahine ke baby ko", {"colic"}),
    ],
)
def test_a_dose_request_names_every_topic_the_medicine_is_taken_for(
    bot: ChatBot, message: str, topics: set[str]
) -> None:
    reply = bot.reply(message)
    assert reply.dose_redirect and "pharmacist" in reply.text
    assert _DOSE_IN_TEXT.search(reply.text) is None
    assert topics <= set(reply.topics)


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("tatayya ne kaat liya gardan pe, thoda sooja hai, kya lagaun", "first_aid"),
        ("got stung by a wasp in the garden, what should i put on it", "first_aid"),
        ("chinti ne kaata pair pe, laal ho gaya, kya lagaye", "first_aid"),
        ("baalon me ande jaise safed dane chipke hai, khujli hoti", "head_lice"),
        ("white eggs in hair of my daughter, scratching her head all day", "head_lice"),
        ("garam tel gir gaya ungli pe, kya lagaye", "burns"),
        ("ubalta paani pair pe gir gaya, thoda laal hai", "burns"),
        ("lost my voice after the wedding sangeet, what can i do", "sore_throat"),
        ("cricket match me chilla ke awaaz nahi nikal rahi, kya karu", "sore_throat"),
    ],
)
def test_everyday_words_for_stings_nits_hot_spills_and_a_lost_voice_name_their_topic(
    bot: ChatBot, message: str, topic: str
) -> None:
    assert_intent(bot, message, ("remedy", "symptom_check"), topic)


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("shukriya, aapki baat maan li aur ab beta khel raha hai", "greeting"),
        ("thank you so much, that was really useful", "greeting"),
        ("धन्यवाद, आपकी सलाह काम आई", "greeting"),
        ("is app se doctor ko call ho sakta hai kya emergency me", "help"),
        ("यह चैट क्या क्या कर सकता है, दवा भी बताएगा?", "help"),
        ("what is this chat for", "help"),
        ("can you help with my english essay on pollution and trees", "fallback"),
        ("send my bff a happy birthday message", "fallback"),
    ],
)
def test_thanks_told_with_news_questions_about_the_app_and_requests_outside_health(
    bot: ChatBot, message: str, intent: str
) -> None:
    assert_intent(bot, message, intent)


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("dengue me kab hospital jana chahiye", "dengue"),
        ("asthma kab khatarnak hota hai", "asthma"),
        ("when should we go to the hospital for dengue", "dengue"),
        ("diabetes me kitni baar checkup karana chahiye", "diabetes"),
        ("छोटे बच्चे को कितना दस्त होने पर अस्पताल ले जाना चाहिए", "diarrhoea"),
        ("bacche ko kitna bukhar hone par doctor ko dikhaye", "child_danger_signs"),
    ],
)
def test_when_to_go_to_a_doctor_asked_in_general_asks_for_the_warning_signs(
    bot: ChatBot, message: str, topic: str
) -> None:
    assert_intent(bot, message, "disease_info", topic)


def test_when_to_go_asked_about_a_present_complaint_is_not_a_general_question(bot: ChatBot) -> None:
    assert_intent(bot, "beti ko kal se ulti ho rahi, kab doctor ko dikhana chahiye", "symptom_check")


@pytest.mark.parametrize(
    ("message", "topic", "speciality"),
    [
        ("i-pill kab tak le sakte hai", "contraception", None),
        ("shaadi ko 2 mahine hue, abhi baccha nahi chahiye, kya upay hai", "contraception", None),
        ("dadi bistar pe rehti hai, bed sores se kaise bachaye", "wounds", None),
        ("mara ghutan ma dukhe che roj savare", None, "Orthopaedist"),
        ("my watch shows irregular pulse at night, i feel ok", None, "Cardiologist"),
        ("haath ki chamdi sukh ke phat rahi hai, khoon bhi aata", None, "Dermatologist"),
    ],
)
def test_everyday_words_for_birth_spacing_bed_sores_and_regional_signs_name_the_complaint(
    bot: ChatBot, message: str, topic: str | None, speciality: str | None
) -> None:
    reply = assert_intent(bot, message, ("remedy", "symptom_check", "disease_info"), topic)
    if speciality:
        assert reply.speciality == speciality


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("dhabe ka khana kha ke pet kharab ho gaya", "food_poisoning"),
        ("hotel ka khana khaya tha raat ko, subah se dast", "food_poisoning"),
        ("neck is stiff since i slept wrong, cant turn my neck to the right", "neck_pain"),
        ("neck stiff after a long drive", "neck_pain"),
    ],
)
def test_a_meal_outside_and_a_stiff_neck_name_their_topic(
    bot: ChatBot, message: str, topic: str
) -> None:
    assert_intent(bot, message, "symptom_check", topic)


@pytest.mark.parametrize(
    ("message", "intent", "topic"),
    [
        ("how can we stop measles spreading in the school", "remedy", "measles"),
        ("how do we stop scabies from spreading to the children", "remedy", "scabies"),
        ("how does dengue spread and how to prevent it", "disease_info", "dengue"),
        ("bp badh jaye to kya khana chahiye, pehle se jaanna hai", "remedy", "hypertension"),
        ("bachche ko dengue se kaise bachaye, pehle se seekhna hai", "remedy", "dengue"),
    ],
)
def test_stopping_the_spread_and_care_learnt_in_advance_ask_what_to_do(
    bot: ChatBot, message: str, intent: str, topic: str
) -> None:
    assert_intent(bot, message, intent, topic)


@pytest.mark.parametrize(
    "message",
    [
        "i get breathless after exercise these days and my knees ache",
        "acidity rehti hai roz subah, baaki healthy hu, 38 saal",
        "papa ki sugar 180 aayi hai routine checkup me, 50 saal",
        "Should I see a cardiologist, my heart races at night",
    ],
)
def test_a_word_of_care_told_within_a_complaint_is_triaged(bot: ChatBot, message: str) -> None:
    assert_intent(bot, message, "symptom_check")


@pytest.mark.parametrize(
    "message",
    ["kamar dard rehta hai, koi exercise batao", "mujhe acidity rehti hai, diet suggest karo", "periods me pain hota hai, kuch tips"],
)
def test_a_word_of_care_asked_for_is_a_request_for_care(bot: ChatBot, message: str) -> None:
    assert_intent(bot, message, "remedy")


@pytest.mark.parametrize(
    "message",
    [
        "kal raat se dant me dard hai, kya lu",
        "sir dard ho raha hai office me, koi goli batao",
        "baarish me bacchon ko bukhar se bachane ke liye school me kya kya intezaam rakhu",
        "बच्चे को जुकाम है, क्या दूं",
    ],
)
def test_asking_what_to_take_give_or_arrange_asks_for_care(bot: ChatBot, message: str) -> None:
    reply = assert_intent(bot, message, "remedy")
    assert _DOSE_IN_TEXT.search(reply.text) is None


@pytest.mark.parametrize(
    ("message", "topic"),
    [("thyroid ki dawai kitne saal chalegi", "thyroid"), ("टीबी की दवा कितने महीने चलती है", "tuberculosis")],
)
def test_how_long_a_treatment_runs_asks_about_the_condition(bot: ChatBot, message: str, topic: str) -> None:
    reply = bot.reply(message)
    assert reply.intent == "disease_info" and not reply.dose_redirect
    assert topic in reply.topics


@pytest.mark.parametrize(
    "message", ["typhoid antibiotic kitne din", "antibiotic kitne din chalegi aur kitni goli", "metformin kitne saal chalegi"]
)
def test_the_course_of_a_medicine_is_still_redirected(bot: ChatBot, message: str) -> None:
    reply = bot.reply(message)
    assert reply.dose_redirect and "pharmacist" in reply.text


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("mummy ko thakaan rehti hai, thyroid ki jaanch kaise hoti hai", "thyroid"),
        ("pichle hafte bukhar tha, ab theek hu, malaria ki jaanch kaise hoti hai", "malaria"),
        ("cholesterol ki janch kaise hoti, khali pet jana hai kya", "high_cholesterol"),
    ],
)
def test_how_a_test_is_done_asks_about_the_condition(bot: ChatBot, message: str, topic: str) -> None:
    assert_intent(bot, message, "disease_info", topic)


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("pregnant, little nausea", "symptom_check"),
        ("migraine every week", "symptom_check"),
        ("eczema haathon me", "symptom_check"),
        ("ringworm on my thigh", "symptom_check"),
        ("morning sickness", "disease_info"),
        ("knee arthritis", "disease_info"),
    ],
)
def test_a_topic_told_with_where_or_how_much_is_a_complaint_its_bare_name_is_not(
    bot: ChatBot, message: str, intent: str
) -> None:
    assert_intent(bot, message, intent)


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("LPG leak hone pe kya kare", "first_aid"),
        ("what should we do if we smell of gas in the kitchen", "first_aid"),
        ("mummy ko baar baar peshab me infection hota hai, kaise bachaye", "uti"),
        ("neend puri nahi hoti, kya karu", "insomnia"),
    ],
)
def test_a_gas_leak_a_recurring_urine_infection_and_too_little_sleep_name_their_topic(
    bot: ChatBot, message: str, topic: str
) -> None:
    assert_intent(bot, message, "remedy", topic)


def test_a_gas_leak_with_someone_unconscious_is_still_an_emergency(bot: ChatBot) -> None:
    assert_emergency(bot, "gas leak ho gaya, mummy behosh ho gayi")


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("bank aaj khula hai kya", "fallback"),
        ("is the market open on sunday", "fallback"),
        ("clinic aaj khula hai kya", "appointments"),
        ("kal clinic khulta hai", "appointments"),
    ],
)
def test_whether_another_place_is_open_is_no_question_about_the_clinic(
    bot: ChatBot, message: str, intent: str
) -> None:
    assert_intent(bot, message, intent)


@pytest.mark.parametrize(
    ("message", "intent"),
    [("sugar high", "symptom_check"), ("cholesterol high", "symptom_check"), ("high bp", "disease_info")],
)
def test_a_level_told_after_its_measurement_is_a_reading_the_name_is_not(
    bot: ChatBot, message: str, intent: str
) -> None:
    assert_intent(bot, message, intent)


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        # Marathi "kay" / Marwari "kai" before a verb of doing or eating, Punjabi "chahida"
        ("mala khokla ahe, kay karu", None),
        ("mala acidity hote, kay khau", "gastritis"),
        ("mhari maa ne sugar hai, kai khave", "diabetes"),
        ("ghutne me dard rahve, kai karaan", "arthritis"),
        ("mainu acidity rehndi aa, ki khana chahida", "gastritis"),
        ("mala kabj ahe, kay karaycha", "constipation"),
    ],
)
def test_marathi_marwari_and_punjabi_requests_for_what_to_do(bot: ChatBot, message: str, topic: str | None) -> None:
    reply = assert_intent(bot, message, "remedy")
    assert topic is None or topic in reply.topics, (message, reply.topics)


@pytest.mark.parametrize(
    "message", ["kai din se khansi hai, kai baar ulti bhi hui", "kai logon ko sugar hai kya"]
)
def test_hindi_kai_several_is_no_question_word(bot: ChatBot, message: str) -> None:
    assert_not_intent(bot, message, "remedy")


@pytest.mark.parametrize(
    "message",
    [
        "majhya aaila gudghe khup dukhtat, sakali jakadtat",
        "navryala 2 divas pasun khokla ahe ani ghasa dukhto",
        "mulgi 5 varshachi, dola laal ahe ani pani yeta",
        "mhari sasu ne ghutna me soj, chaal koni paave",
        "mharo chhoro ne tav hai do din su",
    ],
)
def test_complaints_told_in_marathi_or_marwari_are_triaged(bot: ChatBot, message: str) -> None:
    assert_intent(bot, message, "symptom_check")


@pytest.mark.parametrize(
    "message",
    [
        "what sort of questions can this assistant answer",
        "ye machine kya kya karti hai",
        "kya isme doctor se baat ho sakti hai",
    ],
)
def test_questions_about_the_assistant_itself_get_help(bot: ChatBot, message: str) -> None:
    assert_intent(bot, message, "help")
