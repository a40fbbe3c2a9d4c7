"""Danger signs told in everyday words: the places, body parts, persons and states patients name in
English, Hinglish and the romanised regional languages, and a place word that is a danger only with
its event (a "storey" is a fall only when someone falls from it)."""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_emergency, assert_not_emergency


# --- a height is a danger with a fall, not by itself ------------------------------------------------

@pytest.mark.parametrize(
    "message",
    [
        "Long story short, a boy in my son's class has mumps. Does it spread to other children?",
        "we live on the second floor and the kid next door has chickenpox, can it spread to us through the stairs",
        "chhat se paani tapak raha hai aur ghar me seelan hai, kya isse dama badh sakta hai",
    ],
)
def test_a_height_named_without_a_fall_is_no_emergency(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        "my brother fell down from the second floor balcony, he is awake but crying",
        "mazdoor scaffolding se gir gaya, pair mud gaya",
        "bhai chhat se neeche gira, sar me chot",
    ],
)
def test_a_fall_from_a_height_is_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message, number="108")


# --- someone who does not wake or answer when called, shaken or pinched ------------------------------

@pytest.mark.parametrize(
    "message",
    [
        "nani is not getting up, we kept calling her name, no reply at all",
        "my father is not answering, i called him again and again, his eyes are closed and he is just lying",
        "dada ji ko chikoti kaati tab bhi koi jawab nahi de rahe, saans chal rahi",
        "pinched his arm and he still is not responding, he just lies there",
        "amar baba padigale, kichhi kahu nahanti, akhi kholu nahanti",
        "appa keezha vizhundhutaru, kannu thirakala, bathil illa",
    ],
)
def test_no_answer_when_called_shaken_or_pinched_is_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message, number="108")


@pytest.mark.parametrize(
    "message",
    [
        "my husband is not answering my calls on his phone since morning, i am worried",
        "kept calling the clinic, nobody is answering, how do i book an appointment",
        "beta subah jaldi uthta nahi school ke liye, kya karu",
    ],
)
def test_an_unanswered_phone_or_a_late_riser_is_no_emergency(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


# --- a threat to jump or to cut oneself, told of another person or in Bengali -------------------------

@pytest.mark.parametrize(
    "message",
    [
        "my cousin shut herself in her room and told me she will cut her hands",
        "flatmate texted that he is going to cut his arm tonight",
        "didi building ki terrace pe hai, bol rahi hai jump karegi",
        "train er samne jhap dibo, ami r parbo na",
        "or sathe kotha hochhe, bolche sob shesh kore debo, ar parchi na",
    ],
)
def test_a_threat_to_jump_or_cut_is_a_self_harm_crisis(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message, number="14416")


@pytest.mark.parametrize(
    "message",
    [
        "my son cut his hand while chopping vegetables, small cut, how to clean it",
        "we sleep on the terrace in summer and the kids jump around, will mosquito bites give them dengue",
    ],
)
def test_a_cut_in_the_kitchen_or_children_playing_is_no_crisis(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


# --- chest pain in Tamil and Telugu, and a pain spreading to the left arm with sweat -----------------

@pytest.mark.parametrize(
    "message",
    [
        "appa ku nenju vali romba, vervai kottudhu",
        "nanna ki gunde noppi ga undi, chemata padutundi",
        "papa ko bahut dard ho raha hai jo left bazu tak ja raha, thanda pasina",
        "pain is spreading to his left arm and he is drenched in sweat",
    ],
)
def test_chest_pain_in_regional_words_or_spreading_to_the_arm_is_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message, number="108")


@pytest.mark.parametrize(
    "message",
    [
        "my left hand hurts after typing all day and i sweat a lot in this heat",
        "left arm pain since a week when i lift, no sweating",
        "dard left kandhe tak jaata hai jab gym me workout karta hu, pasina to aata hi hai",
        "dil wali baat kahun to mujhe darr lagta hai, kya karu",
    ],
)
def test_an_arm_that_hurts_and_sweat_of_the_weather_are_no_heart_attack(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


# --- a diabetes tablet and a missed meal; a small child and the tablets of a grown-up ----------------

@pytest.mark.parametrize(
    "message",
    [
        "papa ne sugar ki tablet li aur khana nahi khaya, ab ajeeb behave kar rahe hai, pasina pasina",
        "wife took her sugar medicine and slept without food, now confused and sweaty",
        "bapuji ne sugar ni tablet lidhi pan jamya nahi, have ajeeb vartan kare che",
        "kuzhandhai ate paati's sugar tablets from the table, 4 or 5, now drowsy",
        "magu swallowed ajji bp tablets, strip khali",
    ],
)
def test_diabetes_tablets_with_a_changed_mind_or_a_child_with_adult_tablets_is_an_emergency(
    bot: ChatBot, message: str
) -> None:
    assert_emergency(bot, message, number="108")


@pytest.mark.parametrize(
    "message",
    [
        "what is a sugar tablet, do i need one for type 2",
        "sugar ki tablet khane ke baad kitni der me khana khana chahiye",
    ],
)
def test_questions_about_diabetes_tablets_are_no_emergency(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


# --- a bite unseen at night with the signs of a krait's venom; a snake typed as "snack"; a black hand
#     after a shock --------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "message",
    [
        "raat ko zameen pe soye the, kuch kaat gaya, ab palken jhuk rahi hai aur do do dikh raha",
        "something has bitten my daughter while she slept, she cant keep her eyes open and has trouble swallowing",
        "a snack bit my son on the foot near the well, it is swelling",
        "amma ko paambu kadichiruchu, kaal veengudhu",
        "karant lagla, haath kala padla ani bolta yet nahi",
    ],
)
def test_venom_signs_a_mistyped_snake_and_a_shock_burn_are_emergencies(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message, number="108")


@pytest.mark.parametrize(
    "message",
    [
        "i had a snack at night and now stomach pain",
        "i took a bite of a snack and my tooth hurts",
        "my eyelids are drooping since a month and i see double sometimes, which doctor",
    ],
)
def test_a_snack_and_a_slow_drooping_of_the_eyelids_are_no_emergency(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


# --- a fit told as happening now in Tamil, Telugu and Bengali ----------------------------------------

@pytest.mark.parametrize(
    "message",
    [
        "thambi ku ippo fits varudhu, vaayila nurai",
        "nanna ki fits vachindi, aagatledu",
        "lathi diye matha te marlo, ekhon khichuni",
    ],
)
def test_a_fit_told_as_now_in_the_regional_languages_is_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message, number="108")


@pytest.mark.parametrize("message", ["fits ki hoy, ki korle sare", "fits vandha enna seiyanum"])
def test_what_fits_are_or_what_to_do_if_they_come_is_no_emergency(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


# --- heat stroke: the sun in the southern languages, eyes rolling, a body hot as fire that collapsed ---

@pytest.mark.parametrize(
    "message",
    [
        "construction site la veyil la vela senjutu irundhaar, mayangi vizhundhutaar, udambu romba soodu",
        "dhoop me kaam kar raha tha, ab chacha ka badan aag jaisa aur aankhen ulat rahi",
        "baba factory te kaaj korte korte pore gelen, gaa aguner moto, kotha bolchen na",
    ],
)
def test_heat_with_a_collapse_rolling_eyes_or_a_burning_body_is_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message, number="108")


@pytest.mark.parametrize(
    "message",
    [
        "khub gorom porche, ki khabo jate shorir thanda thake",
        "dhoop me aankhen jalti hai, kaunsa chashma lu",
        "bukhar me badan aag jaisa garam hai, kaunsi dawai du",
    ],
)
def test_hot_weather_or_a_hot_fever_alone_is_no_emergency(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


# --- stroke: one side that cannot feel, a face gone crooked in Bengali and Assamese -----------------

@pytest.mark.parametrize(
    "message",
    [
        "dadir mukh beka hoye gelo, haat obosh hoye gache",
        "dadi ka ek taraf se mehsus nahi ho raha, aankh se dhundhla",
        "pati ki ek taraf kuch feel nahi ho rahi hai abhi se",
        "my left side i cant feel anything since 20 min",
    ],
)
def test_one_side_without_feeling_or_a_crooked_face_is_a_stroke(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message, number="108")


def test_numbness_that_comes_on_sitting_long_is_no_stroke(bot: ChatBot) -> None:
    assert_not_emergency(bot, "ek taraf se kuch mehsoos nahi hota jab der tak baithta hu")


# --- blood coughed up by the cupful, its amount told in a clause of its own -------------------------

@pytest.mark.parametrize(
    "message",
    [
        "nana ko khansi me khoon aaya, lagbhag aadha cup",
        "she coughed blood again, about half a glass this time",
        "khasi ke saath khoon, ek katori bhar nikla",
        "babar kashir sathe rokto, ek cup bhar",
        "irumal la rattham, oru cup full",
    ],
)
def test_a_cupful_of_blood_coughed_up_is_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message, number="108")


def test_a_cough_beside_a_glass_of_milk_is_no_emergency(bot: ChatBot) -> None:
    assert_not_emergency(bot, "my father coughs at night, he drinks a glass of warm milk daily, is it asthma")


# --- a child with fever who only sleeps, or a rash that stays when pressed, in Bengali and Tamil ----

@pytest.mark.parametrize(
    "message",
    [
        "meye r jor hoyeche, shudhu ghumachhe",
        "2 vayasu kuzhandhai ku kaichal, thoongite irukku, ezhundhirikala",
        "chheler gaye beguni daag, chaple jaye na, jor",
    ],
)
def test_a_feverish_child_who_only_sleeps_or_has_a_rash_that_stays_is_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message, number="108")


@pytest.mark.parametrize(
    "message",
    [
        "baby ko bukhar hai, laal dane hai, dabane pe chale jaate hai",
        "zor zor se ro raha hai baccha, pet me dard hai kya",
        "chheleta khali ghumay, ki khabar dile bhalo",
    ],
)
def test_a_rash_that_fades_a_loud_cry_or_a_sleepy_boy_asking_for_food_is_no_emergency(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


# --- a heart patient or swollen feet with breathlessness that is bad now -----------------------------

@pytest.mark.parametrize(
    "message",
    [
        "my mother has heart failure, since morning she is very breathless and her ankles are swollen",
        "dadi ke pair sooje hai aur saans bahut chadh rahi hai",
    ],
)
def test_bad_breathlessness_in_a_heart_patient_or_with_swollen_feet_is_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message, number="108")


@pytest.mark.parametrize(
    "message",
    [
        "heart patient hu, seedhi chadhne pe saans phoolti hai thodi, kya exercise karu",
        "dil ke marij ko saans phoolne par kya khana chahiye",
    ],
)
def test_mild_breathlessness_on_stairs_or_a_diet_question_is_no_emergency(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


# --- a sign timed now is not made a habit by the usual told in another clause -----------------------

def test_no_movements_since_morning_beside_the_usual_kicks_is_an_emergency(bot: ChatBot) -> None:
    assert_emergency(bot, "7 months pregnant and i have not felt any kicks since yesterday evening, usually he kicks a lot")


def test_movements_that_sometimes_pause_are_no_emergency(bot: ChatBot) -> None:
    assert_not_emergency(bot, "7 months pregnant, sometimes the baby does not move for an hour, is that normal")
