"""More wordings of the same dangers, and the near-misses that must stay calm.

Written for the concepts widened after the fifth batch of patient questions: each case
is a wording of our own (not a copy of a labelled question): self-harm by means or
farewell, a blood-pressure crisis with organ signs, jaundice reaching the hands and feet
of a newborn, a baby who only sleeps, dengue warning signs, a bulging soft spot,
a diabetic sweating and shaking, drowsiness or confusion after a fall, a tight throat
after an allergen, an inhaler that does nothing, spurting blood, a deep dog bite on the
face or neck, a child shut in a hot car, a crush injury, Marathi words; and, on the calm
side, epilepsy and paralysis named as conditions, worry about the future, care at home,
prevention, complaints that come and go, snoring, the mother's fever beside a baby's age.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_emergency, assert_intent, assert_not_emergency


@pytest.mark.parametrize(
    "message",
    [
        # self-harm: means, plans and farewells
        "she has been collecting tablets in her drawer to take at once",
        "my son wants to hang himself, he said so tonight",
        "i slit my wrist",
        "no one will miss me anyway",
        "kisi ko fark nahi padega agar main na rahu",
        "bhai ne whatsapp pe alvida likha aur goliyan ki photo bheji",
        "mala aata jagaycha nahi",
        # blood pressure crisis with headache, blurred vision or confusion
        "mummy ka bp 190/120 aa raha hai aur sir me bahut dard",
        "bp 200/115 and my vision is blurred",
        "papa ka bp 180/120, baatein ulti seedhi kar rahe, confused",
        # newborn
        "5 din ke bete ki hatheli aur talve bhi peele hai",
        "my 3 week old baby has yellow palms",
        "15 din ki beti din bhar soyi rehti hai, jagti hi nahi",
        "bachhe ka sir ka tala phool gaya hai aur ulti",
        # dengue warning signs
        "dengue hai beti ko, ab naak se khoon aa raha",
        "papa ko dengue hua hai, masoodo se khoon nikal raha",
        # low sugar in other words
        "main diabetic hu, abhi pasina aur haath kaanp rahe",
        "sugar kam ho gayi hai lagta hai, pasina pasina ho raha",
        # after a fall or accident
        "road accident ke baad bhai ko bahut neend aa rahi hai",
        "seedhi se gire, sir pe chot, ab baatein bahki bahki",
        "after the fall his pupils look different sizes",
        # allergy, asthma, bleeding, bites, heat, crush
        "peanut khaya aur ab gala tight lag raha hai",
        "throat is closing after the bee sting",
        "asthma attack, inhaler se koi asar nahi ho raha",
        "chaaku se haath kata, khoon ki pichkari chal rahi",
        "street dog ne bacche ke chehre pe kaata, gehra ghaav",
        "beta dhoop me band car me reh gaya tha, ab bahut garam aur sust",
        "deewar gir gayi, mazdoor malbe ke neeche dab gaya",
        # Marathi: a child fitting with fever
        "mulila tap aani jhatke yet aahet",
    ],
)
def test_danger_in_new_words_is_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)


def test_a_seizure_reported_in_a_later_clause_is_found(bot: ChatBot) -> None:
    # the first clause names the condition; the second is the report ("for 5 minutes")
    assert_emergency(bot, "mirgi ka daura hai, 5 minute se jhatke")


def test_devanagari_farewell_with_pills_is_answered_in_hindi(bot: ChatBot) -> None:
    assert_emergency(bot, "बहन ने स्टेटस पर अलविदा लिखा है और गोलियां रखी है", lang="hi", number="14416")


@pytest.mark.parametrize(
    "message",
    [
        "dog bit me, halka sa kaata hai, face pe nahi",  # a mild bite
        "mirgi ke patient ko kya khilana chahiye",  # epilepsy named as a condition
        "epilepsy wale bacche ko cycle chalane de kya",
        "lakwa ke mareez ki physiotherapy kaise kare",
        "papa ko diabetes hai, mujhe bhi hogi kya",  # worry about the future
        "kya mujhe bhi stroke ho sakta hai kya, family me sabko hua",
        "heart attack aaye to kya kare aur kya na kare",  # what to do if
        "3 saal ho gaye lakwa ko, haath abhi bhi kamzor",  # a long-standing condition
        "bacchon se keetnashak kaise door rakhe taaki wo na pi le",  # prevention
        "what triggers an asthma attack",  # a question for information
        "beti kabhi kabhi khoyi khoyi rehti hai, jawab nahi deti",  # comes and goes
        "my husband snores and sometimes stops breathing at night",  # snoring: sleep apnoea
        "breast me dard aur gaanth, 2 week ka baby hai, mujhe halka bukhar",  # the mother's fever
        "dil baitha baitha sa lagta hai, tension bahut hai",  # the sinking feeling of anxiety
        "nana ladkhada ke baar baar gir jaate hai",  # falls that keep happening
        "sardiyon me saans me seeti aati hai",  # seasonal wheeze
        "pehli baar period aaya, pet dard hai, normal hai kya",  # "pehli" is not "pasli"
    ],
)
def test_near_misses_raise_no_red_flag(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


def test_a_veto_anywhere_in_the_message_applies_to_a_concept_rule(bot: ChatBot) -> None:
    rules = {r.id: r for r in bot.knowledge_base.concept_rules}
    assert "mother_breast" in rules["newborn_fever_age"].unless_anywhere
    # without the mother's breast complaint the same fever in a young infant is an emergency
    assert_emergency(bot, "2 week ka baby hai, halka bukhar")


@pytest.mark.parametrize(
    "message",
    ["pantop roz kitne din le sakte hai", "meftal spas kitni leni chahiye periods me", "ORS kitna pilaye 2 saal ke bacche ko"],
)
def test_a_dose_of_a_brand_is_redirected(bot: ChatBot, message: str) -> None:
    reply = bot.reply(message)
    assert reply.dose_redirect and reply.intent != "emergency", message
    assert "pharmacist" in reply.text or "फार्मासिस्ट" in reply.text


@pytest.mark.parametrize(
    "message",
    ["bukhar aur poore badan me dard hai", "fever with whole body aches since yesterday", "तेज बुखार, ठंड लग रही, बदन टूट रहा"],
)
def test_fever_with_body_ache_points_to_flu(bot: ChatBot, message: str) -> None:
    assert_intent(bot, message, "symptom_check", "influenza")


def test_how_long_a_condition_lasts_is_a_question_for_information(bot: ChatBot) -> None:
    assert_intent(bot, "typhoid kitne din tak rehta hai", "disease_info", "typhoid")


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("copper t kitne saal tak chalti hai", "disease_info"),  # a question with only the copula "hai"
        ("pathri ka dard ho raha hai", "symptom_check"),  # a report: "ho raha hai"
    ],
)
def test_a_hindi_question_with_only_a_copula_is_not_a_report(bot: ChatBot, message: str, intent: str) -> None:
    assert_intent(bot, message, intent)


def test_a_complaint_combination_asked_about_gets_self_care(bot: ChatBot) -> None:
    # a topic found by a symptom combination, with a remedy cue: what to do, not triage
    assert_intent(bot, "peshab me jalan ka gharelu upay", "remedy", "uti")
    assert_intent(bot, "peshab me jalan hoti hai aur baar baar jaana padta", "symptom_check")
