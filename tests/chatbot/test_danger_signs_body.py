"""Danger signs of the body told in the words of the clinic's patients: a person who cannot be
woken, a baby's age in Marathi, Bengali or Punjabi, blood and falls in Marathi, a vehicle that hit
someone; and the everyday or past senses of the same words, which stay calm."""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot
from medlink.chatbot.concepts import age_in_months

from .conftest import assert_emergency, assert_not_emergency


@pytest.mark.parametrize(
    ("words", "months"),
    [
        ("bala 12 divasacha", 12 / 30),  # Marathi: a baby of 12 days
        ("mulgi 3 varshachi", 36.0),
        ("meye 2 bochorer", 24.0),  # Bengali
        ("putt 15 dina da", 15 / 30),  # Punjabi
        ("baby 4 mahinyachi", 4.0),
    ],
)
def test_regional_ages_are_read_as_ages(words: str, months: float) -> None:
    assert age_in_months(words.split()) == pytest.approx(months)


def test_a_regional_duration_is_not_an_age() -> None:
    assert age_in_months("taap 3 divas pasun".split()) is None


@pytest.mark.parametrize(
    "message",
    [
        "aamchi baby 12 divasachi, sakal pasun khup sust ahe",  # Marathi: 12 days old, very listless
        "bala 8 divsacha, dudh pit nahi",  # not feeding
        "putt 15 dina da, dudh nahi pee reha",  # Punjabi
        "chhele 3 bochor, ekdom nistej hoye ache",  # Bengali: a listless child of three
    ],
)
def test_a_young_child_told_with_a_regional_age_and_a_danger_sign_is_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        "aajobanna halvun pahila pan jaag yet nahi",  # Marathi: shaken, does not wake
        "nani ke hila rahe bani, jagat naikhe",  # Bhojpuri
        "kaka ne halaviya to pan javab nathi aapta",  # Gujarati
        "bebe nu jagaun di koshish kiti, jagdi nahi",  # Punjabi
        "thakuma ke daaklam, sara dicche na",  # Bengali: called her, no answer
        "uncle collapsed, we shook him and called his name, no response",
    ],
)
def test_a_person_shaken_or_called_who_does_not_answer_is_unconscious(bot: ChatBot, message: str) -> None:
    reply = bot.reply(message)
    assert reply.intent == "emergency", message


@pytest.mark.parametrize(
    "message",
    [
        "papa sugar ke mareez hain, aaj subah uthe hi nahi, pasine me bhige hain",
        "मम्मी को डायबिटीज है, सुबह से उठी नहीं",
        "my diabetic grandmother did not wake up this morning",
    ],
)
def test_a_diabetic_who_does_not_wake_is_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        "nanaji ki sugar machine me HIGH aa raha, bahut sust hain",
        "mummy ne sugar ri goli li aur khana nahi khaya, ab ulta sulta bol rahi",
        "cycle se gir gaya, ab uljhi uljhi baatein kar raha",
        "kaka bike varun padle, helmet navhta, aata gondhallele ahet",
    ],
)
def test_confusion_in_everyday_words_with_its_cause_is_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        "aaila raktachi ulti zali, chakkar yetey",  # Marathi: vomited blood, dizzy
        "dadanchya ultit rakta disla, khup ghaam",
        "नानी की पॉटी में काला खून, चक्कर आ रहे हैं",  # black stool with dizziness
        "bhai ke pair me kulhadi lagi, khoon fuhaara jaisa",  # spurting
    ],
)
def test_serious_bleeding_in_regional_words_is_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        "a truck hit my uncle, his arm is bent at an odd angle",
        "auto ulatli, aaila chakkar yetey ani oth pandhre",
        "she fell off the ladder and now cannot feel her legs",
        "tempo ulatla, bhauchya potala mar, pot phugla",
    ],
)
def test_a_road_accident_or_fall_with_a_sign_of_shock_or_spine_is_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        "our car hit a pothole, my back aches a little",
        "phone uthaya nahi papa ne, wo so rahe hain kya",
        "diabetes ke mareez ko subah kitne baje uthna chahiye",
        "potty ka rang kala kyu hota hai iron ki goli se",
        "mera pota 5 saal ka hai, pet me dard rehta hai",
    ],
)
def test_the_same_words_without_the_danger_stay_calm(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        "majhya vahinila 7 va mahina, aata fit aali",  # Marathi: seventh month of pregnancy, a fit
        "amar bou 34 week pregnant, pani bhenge geche",  # Bengali: the waters broke
        "bouma 8 mash cholche, sokal theke baby nadche na",  # the baby does not move
        "sunbai garodar ahe, pishvi futli",  # Marathi: pregnant, the water bag burst
    ],
)
def test_danger_signs_of_pregnancy_in_regional_words_are_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        "amar meye 2 bochor, khichuni hocche, thamche na",  # Bengali: a child's fits that do not stop
        "amar bor mati te pore gelo, chokh ulte geche, jibh kete gache",  # fell down, eyes rolled up, bit his tongue
    ],
)
def test_fits_in_bengali_words_are_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        "majhya vahinila 7 va mahina, konta ahar ghyava",  # what to eat in the seventh month
        "amar bou 30 week pregnant, baby khub nadche, normal?",  # the baby moves a lot
        "khichuri ki recipe batao bachche ke liye",  # a dish, not fits
    ],
)
def test_pregnancy_and_food_words_alone_stay_calm(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        "yesterday my son had a fit with high fever for a minute, now completely fine and eating, see a doctor?",
        "kal bete ko 2 minute ka daura aaya tha, ab ekdum theek hai",
        "pachhle mahine chhori ne daura aaya tha, doctor ne mirgi batayi, ke khana chahiye",  # Haryanvi: last month
        "dada ne 2 varas pehla stroke aavyo hato, have chalva ma taklif chhe",  # Gujarati: two years ago
        "usi time se uske daure zyada aa rahe hain, kya relation hai",  # a course over months
    ],
)
def test_a_sign_of_the_past_or_of_a_known_course_is_not_an_emergency(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        "that movie was pure poison, three hours wasted",
        "is sugar poison for the kidneys?",
        "ghar me chuhe maar dawa rakhi hai. pehle se jaanna chahti hu koi kha le to kya karein",  # asked in advance
        "we keep rat poison in the kitchen, asking in advance. what should we do if a child eats some",
        "dudh pilate waqt chhati me dard aur gaanth, kya karu",  # the breast of a feeding mother
        "baby ko feed karate time seene me dard aur lump, kya lagau",
        "a fish bone is stuck in my throat, i can breathe fine but it pricks",
        "itna assignment pending hai mar jaungi yaar, koi tips",  # a workload, not self-harm
        "7 mahine, subah kam hila lekin abhi khane ke baad hila",  # the baby moved after all
        "baby din me kam hilta hai par raat ko theek se hilta hai, normal hai?",
    ],
)
def test_everyday_and_advance_senses_of_danger_words_stay_calm(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        "my son is having a fit right now with fever",
        "mere bete ne abhi keetnashak pi liya",
        "fish bone stuck in throat, he cannot breathe",
        "main mar jaungi, jeene ka mann nahi karta",
        "beti ko aaj 3 baar daure aa chuke hai, ruk nahi rahe",
        "7 mahine ki pregnancy, subah se baby bilkul nahi hila",
        "dudh pilate waqt achanak saans nahi aa rahi, behosh si ho rahi",
    ],
)
def test_the_same_signs_happening_now_stay_emergencies(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        "baba shuddhit nahit, shwas chalu ahe",  # Marathi: not conscious
        "amar baba hotat ogyan hoye gelen",  # Bengali: fainted, unconscious
        "baby 15 diner, dudh khacche na, khub thanda",  # Bengali: 15 days old, not feeding, cold
        "kaka zaadavarun padle, pay halat nahit",  # Marathi: fell from a tree, legs do not move
        "fever and loose motions since morning, too weak even to cry",  # a weak cry with an illness
    ],
)
def test_more_regional_danger_signs_are_emergencies(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        "kal cycle varun padlo, gudgha kharchatla, thoda rakta aala",  # a small fall with a little blood
        "beta cycle se gir gaya, ghutne se thoda khoon aaya, kya lagaye",
    ],
)
def test_a_small_fall_with_a_little_blood_gets_first_aid(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        "beta gir gaya, sir se thoda khoon, baar baar ulti ho rahi",
        "papa gir gaye, sir fat gaya thoda khoon, behosh",
    ],
)
def test_a_fall_with_a_little_blood_and_a_head_danger_sign_stays_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        "amar chhele 1 mash, dudh khacche na, gaa thanda",  # Bengali: a month old, not feeding, body cold
        "maru balak 6 mahina nu, khub taav ane khenchh aavi",  # Gujarati: six months old, fever and a fit
        "sadda munda 10 din da, peela pai gaya, pair de tale vi peele",  # Punjabi: yellow up to the soles
    ],
)
def test_a_baby_described_in_gujarati_bengali_or_punjabi_words_is_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)


def test_a_kitchen_burn_with_put_is_not_about_a_child(bot: ChatBot) -> None:
    assert_not_emergency(bot, "burnt my hand on the tawa, small blister, what to put on it?")


@pytest.mark.parametrize(
    "message",
    ["ulti me kala kala khoon", "he is vomiting and there is dark blood in it", "ulti ke saath khoon nikal raha hai"],
)
def test_vomit_told_with_blood_in_any_words_is_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    ["ulti ho rahi hai, blood test karwaya, report normal", "khoon ki kami hai aur ulti jaisa lagta hai"],
)
def test_vomiting_beside_a_blood_test_or_anaemia_stays_calm(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        "amar baba sugar er rogi, ghame bhije gechen, kanpchen, ulta palta bolchen",  # Bengali: a diabetic sweating, shaking
        "majha bhau bike varun padla, doka aaptla, ulti hotey",  # Marathi: hit his head, vomiting
        "amar chhele sire chot peyeche, bomi korche, ghum ghum",  # Bengali: head injury, vomiting, drowsy
        "munde de sir vich satt laggi, hun neend aa rahi",  # Punjabi: head injury, drowsy
        "bahu nu 9va mahina, paani nikal gaya",  # the ninth month told as one word, waters breaking
    ],
)
def test_head_injury_low_sugar_and_labour_signs_in_regional_words_are_emergencies(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    ["ulta palta khana kha liya, pet kharab", "bhai ne game khela raat bhar, ab neend aa rahi", "bahu nu 9va mahina, kayu khavanu"],
)
def test_the_same_words_in_everyday_talk_stay_calm(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    ["काली पॉटी हो रही है, कमजोरी और चक्कर", "sugr bht low lg rhi papa ko psina aa rha kaanp rhe"],
)
def test_black_stool_in_devanagari_and_low_sugar_in_sms_are_emergencies(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)


def test_a_long_standing_black_stool_on_iron_tablets_stays_calm(bot: ChatBot) -> None:
    assert_not_emergency(bot, "bht din se kali potty ho rahi iron ki goli se, normal hai?")


@pytest.mark.parametrize(
    "message",
    [
        "garodar ahe 6 va mahina, sardi ahe, nakatun pani yetay",  # Marathi: a runny nose in pregnancy
        "pregnant hu, dolyatun pani yet ahe, khaj",  # watering eyes
        "bala 2 mahinyacha, lasikaran nantar taap",  # Marathi: fever after a vaccination
        "amar chhele 6 soptaher, tika por jor",  # Bengali: fever after the shot
    ],
)
def test_water_from_the_nose_or_eyes_and_fever_after_a_vaccine_stay_calm(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        "papa sugar patient hain, aaj walk ke liye uthe nahi, aalas aa raha tha",
        "mummy ko diabetes hai, subah jaldi uthi nahi kyunki raat ko der se soyi",
    ],
)
def test_a_diabetic_who_slept_in_is_not_an_emergency(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


def test_a_child_who_will_not_get_up_for_school_is_not_an_emergency(bot: ChatBot) -> None:
    assert_not_emergency(bot, "baccha subah school ke liye uthta nahi, bahut sota hai, kya kare")


@pytest.mark.parametrize(
    "message",
    ["beta 5 saal, bahut sust hai, uth nahi raha, school ke liye tayyar kiya tha", "beti 3 saal ki, tez bukhar, bilkul sust, uthti nahi"],
)
def test_a_listless_child_told_beside_school_stays_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)


def test_knowing_of_a_condition_before_is_not_a_question_asked_in_advance(bot: ChatBot) -> None:
    message = "mujhe pehle se pata tha dil ki bimari hai, seene me tez dard aur pasina"
    assert_emergency(bot, message)


def test_fine_before_a_collapse_is_not_fine_now(bot: ChatBot) -> None:
    assert_emergency(bot, "he was fine and playing when suddenly he collapsed")


@pytest.mark.parametrize(
    "message", ["khoon zyada aa raha hai delivery ke baad", "bleeding zyada ho rahi hai pregnancy me"]
)
def test_heavy_bleeding_told_with_zyada_is_happening_now(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        "she can speak but breathing very fast and chest pulling in",
        "coin stuck in throat, he can breathe but wheezing and drooling",
        "lips swollen after peanut, she can talk, hives all over",
    ],
)
def test_breathing_told_as_possible_beside_a_danger_sign_stays_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)


def test_a_feeding_mother_with_chest_pain_and_sweating_is_an_emergency(bot: ChatBot) -> None:
    assert_emergency(bot, "stanpan karte samay chhati me dard aur bahut pasina")
