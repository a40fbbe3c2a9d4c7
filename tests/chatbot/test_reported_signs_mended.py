"""Reported signs told in our own sentences that used to get the wrong answer, and the calm or urgent
messages that share their words: an attack, a stroke or a fit happening now asked "kya khatarnak hai" is an
emergency, one told as done ("aaya tha", "had a stroke", "aala hota") followed by "ab" and a question of what
may be done now is a question of care (not when recent, still there, or asked of a hospital or aspirin); a
pregnancy's first movements not yet felt are no reduced movements, movements felt and gone stay urgent; a
head bump or a burn whose bleeding stopped and a foot cut by a blade are no emergency, a road accident or a
part cut off stays one; a child's whistling breath with the belly pulling in or no words, someone stuck to a
live pole or wire, acid on the skin or a cleaner in the eye, a firecracker burst on the body and Gujarati
"mathu phati gayu" with a fall or blood are emergencies; "छोटी माता" is chickenpox and care at home for a
catheter, a feeding tube or a bedridden patient gets a care answer. None of these messages is in the
patient set.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot
from tests.chatbot.conftest import assert_emergency, assert_intent, assert_not_emergency

# an event told as happening now ("aaya hai", "hua hai", "pada hai") and a question whether it is dangerous
HAPPENING_NOW_IS_IT_DANGEROUS = [
    "papa ko heart attack aaya hai kya khatarnak hai",
    "mummy ko lakwa hua hai, kya ye serious hai",
    "dadaji ko dil ka daura pada hai kya khatarnak hai",
    "bhai ko fits aaya hai kya ye khatarnak hai",
    "nana ko stroke hua hai kya gambhir hai",
    "baba la attack aala aahe, kay karu",
    "papa ka heart attack hua hai kya khatarnak hai",
    "grandpa has had a stroke, is it serious",
]

DANGER_ASKED_IN_GENERAL = [
    "kya heart attack khatarnak hota hai",
    "heart attack aaya hai ye kaise pata chalega",
    "papa ko 5 saal pehle heart attack hua tha, kya ab khatarnak hai",
    "kya fits aana khatarnak hai",
    "he has had a stroke before, what diet is good",
]

# told as done and over, then "ab" and what may be done now
OVER_AND_ASKED_ABOUT_NOW = [
    ("papa ko attack aaya tha, ab subah ghumne jaye ki nahi", "coronary_artery_disease"),
    ("dadaji ko heart attack hua tha, ab kya wo seedhi chadh sakte hain", "coronary_artery_disease"),
    ("bhai ko daura pada tha, ab school ja sakta hai kya", "epilepsy"),
    ("my dad had a heart attack, can he go for morning walks now", "coronary_artery_disease"),
    ("my mother had a stroke, now can she travel by train", "stroke"),
    ("papa behosh ho gaye the, ab kya gaadi chala sakte hain", ()),
    ("baba la attack aala hota, aata te firayla jau shaktat ka", "coronary_artery_disease"),
    ("papa ne attack aavyo hato, have te chalva jai shake ke nahi", "coronary_artery_disease"),
    ("papa nu attack aaya si, hun oh sair te ja sakde ne", "coronary_artery_disease"),
]

# the same start with a sign told now after it stays an emergency
DONE_THEN_A_SIGN_NOW = [
    "papa ko attack aaya tha, ab phir se seene me dard ho raha hai",
    "papa ko attack aaya tha, ab saans nahi le pa rahe",
    "papa ko attack aaya tha, ab pasina aa raha hai, kya hospital jaana chahiye",
    "dadaji ko heart attack hua tha ab wo bol nahi pa rahe kya kar sakte hain",
    # a recent event, a sign still there, or a question of urgent care
    "papa ko attack aaya tha aadha ghanta pehle, ab kya hospital jaana chahiye",
    "abhi abhi papa ko attack aaya tha, ab hospital le jaye ki nahi",
    "bhai ko daura pada tha abhi, ab kya usko sula sakte hain",
    "seene me dard hua tha subah, ab bhi thoda hai, kya office ja sakta hu",
    "papa ko attack aaya tha, ab kya aspirin de sakte hai",
    "my dad had a heart attack an hour ago, can he sleep now",
]


@pytest.mark.parametrize("message", HAPPENING_NOW_IS_IT_DANGEROUS)
def test_an_event_now_asked_if_dangerous_is_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message, number="108")


@pytest.mark.parametrize("message", DANGER_ASKED_IN_GENERAL)
def test_the_danger_of_an_illness_asked_in_general_stays_calm(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


@pytest.mark.parametrize(("message", "topics"), OVER_AND_ASKED_ABOUT_NOW)
def test_an_event_told_as_done_with_a_question_of_now_is_care(bot: ChatBot, message: str, topics: str) -> None:
    assert_not_emergency(bot, message, topics=topics)


@pytest.mark.parametrize("message", DONE_THEN_A_SIGN_NOW)
def test_a_sign_told_now_after_an_old_event_stays_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message, number="108")


# the first movements of a pregnancy not yet felt, before about 24 weeks or told as the first
FIRST_MOVEMENTS_NOT_YET_FELT = [
    "20 weeks and I haven't felt the baby move yet",
    "19 weeks pregnant, no kicks yet, is that normal",
    "5th month chal raha hai, abhi tak baby ki harkat mehsoos nahi hui",
    "abhi tak pehli baar baby ka hilna mehsoos nahi hua, 4 mahine ki pregnant hu",
    "paanchva mahina hai, ab tak baby hila nahi",
    "22 hafte ho gaye, abhi tak bacche ka hilna mehsoos nahi hua",
    "20 हफ्ते हो गए, अभी तक बच्चे की हलचल महसूस नहीं हुई",
]

# movements felt before and now less or stopped, late in pregnancy
MOVEMENTS_LESS_LATE_IN_PREGNANCY = [
    "34 weeks and baby hasn't moved since morning",
    "32 weeks, haven't felt the baby move yet today",
    "aaj pehli baar baby ne kick nahi kiya, 8 mahina hai",
    "9 mahine ki pregnant hu, baby ka hilna band ho gaya",
    # movements felt before and now gone, even early
    "22 weeks, baby was kicking daily, but still no movement since yesterday",
    "20 weeks, pehle hilta tha, abhi tak aaj nahi hila",
]


@pytest.mark.parametrize("message", FIRST_MOVEMENTS_NOT_YET_FELT)
def test_first_movements_not_yet_felt_are_a_pregnancy_question(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message, topics="pregnancy")


@pytest.mark.parametrize("message", MOVEMENTS_LESS_LATE_IN_PREGNANCY)
def test_movements_less_late_in_pregnancy_stay_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message, number="108")


# a head bump or a burn whose bleeding is told as stopped, and a foot cut by a blade or glass
BLEEDING_STOPPED_OR_A_SMALL_CUT = [
    ("bachche ka sar table se takraya, thoda khoon aaya tha ab khoon ruk gaya", "head_injury"),
    ("beta gir gaya sar pe chot, khoon ruk gaya", "head_injury"),
    ("head bump, bleeding stopped", "head_injury"),
    ("beti ka sar darwaze se takraya, khoon band ho gaya, khel rahi hai", "head_injury"),
    ("chai gir gayi haath pe jal gaya khoon ruk gaya", "burns"),
    ("blade se pair kat gaya", "wounds"),
    ("kaanch pe pair pad gaya aur pair kat gaya, kya lagaye", "wounds"),
    ("mera haath ka plaster kat ke alag kiya doctor ne", ()),
]

# the same words with a danger sign beside them, a bleeding that goes on, or a part cut off
HEAD_SIGNS_BLEEDING_OR_A_PART_CUT_OFF = [
    "sar pe chot lagi, khoon ruk gaya par ulti ho rahi hai",
    "sar pe chot lagi, khoon ruk gaya tha, phir se khoon beh raha hai",
    "sar pe chot lagi, khoon ruk gaya, ab neend aa rahi hai bahut",
    "accident hua bike se, sar se khoon nikla, ab khoon ruk gaya",
    "bacha chhat se gir gaya, sar se khoon aaya, ab khoon ruk gaya",
    "dadi seedhi se giri, sar pe chot, khoon ruk gaya, blood thinner leti hai",
    "train se pair kat gaya",
    "blade se ungli pura kat ke gir gayi",
    "chaara machine me ungli kat gayi, alag ho gayi",
    "ungli kat ke latak rahi hai",
]


@pytest.mark.parametrize(("message", "topics"), BLEEDING_STOPPED_OR_A_SMALL_CUT)
def test_bleeding_told_stopped_and_a_cut_foot_are_not_emergencies(bot: ChatBot, message: str, topics: str) -> None:
    assert_not_emergency(bot, message, topics=topics)


@pytest.mark.parametrize("message", HEAD_SIGNS_BLEEDING_OR_A_PART_CUT_OFF)
def test_head_signs_bleeding_on_and_parts_cut_off_stay_emergencies(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message, number="108")


# a child's whistling or rattling breath with the belly or chest pulling in or unable to speak; a person stuck
# to a live pole or wire; a strong acid fallen on the skin; a firecracker burst on the body; Gujarati "mathu
# phati gayu" told with a fall or blood
MISSED_EMERGENCIES = [
    "saans me ghar ghar, bolte nahi ban raha",
    "bachhe ki saans se seeti baj rahi hai, pet andar ja raha hai",
    "बच्चे की सांस में सीटी जैसी आवाज़ है और पेट अंदर जा रहा है",
    "balachya shwasat shitti sarkha awaj, pot aat jatay",
    "khambe me current hai, ladka chipak gaya",
    "बिजली के खंभे से लड़का चिपक गया है",
    "cooler me current aa raha tha, bhai ka haath chipak gaya",
    "motor ke paas current hai, chipak gaye papa chhod nahi rahe",
    "chele ke current dhoreche, chharte parche na",
    "mulga khambala chiktun gela, current aahe",
    "bhai ne vij no taar pakdyo, chhodi nathi shakto",
    "acid haath var padla",
    "mulachya hatat fatake phutla",
    "pataka hathma futyo",
    "sulphuric acid haath pe gir gaya",
    "battery ka acid pair pe gir gaya",
    "toilet cleaner ka chheenta aankh me gaya jal raha hai",
    "harpic aankh me gaya",
    "pataka haath me phat gaya",
    "पटाखा हाथ में फट गया",
    "cracker aankh ke paas phata",
    "bomb phat gaya hath me, khoon aa raha",
    "firecracker burst in my son's hand",
    "rocket cracker lagi aankh me",
    "cracker laga bacche ke chehre pe",
    "dikro padi gayo, mathu phati gayu, lohi nikle che",
    "bhai bike parthi padi gayo, mathu phati gayu",
]

# the same words with nothing dangerous told
CALM_WITH_THOSE_WORDS = [
    "meri saans me seeti jaisi awaaz aati hai thand me",
    "bacche ka pet andar ja raha hai khana nahi khata",
    "pet andar ja raha hai, diet se",
    "majha pot aat gela, diet kela",
    "kukarachi shitti vajli",
    "bacche ki saans me ghar ghar hai, doodh pe raha hai theek se",
    "poster khambe pe chipka diya",
    "sticker haath pe chipak gaya",
    "khambe me current aa raha hai, bijli wale ko bulana hai",
    "cooler me current aata hai kya kare",
    "acid reflux ho raha hai seene me jalan",
    "pet me acid ban raha hai",
    "aankh me dhool gayi",
    "harpic kahan milega",
    "diwali pe patake phodne hain, kaunse safe hai",
    "cracker khaya aur pet dard",
    "patakhe ki dukaan pe chot lagi thodi si",
    "diwali pe patake lagane ki jagah kahan hai",
    "mathu phati gayu che dard thi",
    "tension thi mathu phati gayu",
    "mulga khambala tekun ubha hota",
    "vij no taar tuti gayo",
    "diwali la fatake phodle, maja aali",
    "taar pe kapde sukha rahe hai",
]


@pytest.mark.parametrize("message", MISSED_EMERGENCIES)
def test_breath_current_acid_crackers_and_a_split_head_are_emergencies(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message, number="108")


@pytest.mark.parametrize("message", CALM_WITH_THOSE_WORDS)
def test_the_same_words_without_a_danger_stay_calm(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


# chickenpox called "छोटी माता" (read "chhoti mother") or "mata nikli"
CHICKENPOX_BY_ITS_EVERYDAY_NAME = [
    "छोटी माता",
    "छोटी माता के लक्षण",
    "बच्चे को माता निकली है",
]

# care at home for a tube, a bag or a bedridden patient, with no topic named
HOME_CARE_HOW_TOS = [
    "catheter care kaise kare",
    "catheter kaise saaf kare",
    "urine bag kab khali kare",
    "how to take care of a urinary catheter at home",
    "bistar pe pade mareez ki dekhbhal kaise kare",
    "bedridden patient care at home",
    "ryles tube se khana kaise de",
    "कैथेटर कैसे साफ करें",
    "patient ko nehla kaise de jo bistar pe hai",
]

# a device or a care named by its everyday word goes to its topic
CARE_NAMED_BY_ITS_DEVICE = [
    ("glucometer kaise use kare", "diabetes"),
    ("dressing kaise badle ghar pe", "wounds"),
]


@pytest.mark.parametrize("message", CHICKENPOX_BY_ITS_EVERYDAY_NAME)
def test_chhoti_mata_in_devanagari_is_chickenpox(bot: ChatBot, message: str) -> None:
    assert_intent(bot, message, ("disease_info", "symptom_check", "remedy"), topics="chickenpox")


@pytest.mark.parametrize("message", HOME_CARE_HOW_TOS)
def test_care_at_home_for_a_tube_or_a_bedridden_patient_gets_a_care_answer(bot: ChatBot, message: str) -> None:
    reply = assert_intent(bot, message, "remedy")
    assert "hands" in reply.text or "हाथ" in reply.text, (message, reply.text)
    assert reply.speciality == "General Physician", (message, reply.speciality)


def test_my_mother_in_devanagari_is_not_chickenpox(bot: ChatBot) -> None:
    reply = bot.reply("मेरी माता जी को बुखार है")
    assert "chickenpox" not in reply.topics, reply.topics


@pytest.mark.parametrize(("message", "topic"), CARE_NAMED_BY_ITS_DEVICE)
def test_care_named_by_its_device_goes_to_its_topic(bot: ChatBot, message: str, topic: str) -> None:
    assert_intent(bot, message, "remedy", topics=topic)


def test_a_salad_dressing_is_no_wound(bot: ChatBot) -> None:
    assert "wounds" not in bot.reply("salad dressing recipe").topics


def test_driving_a_car_is_no_blister(bot: ChatBot) -> None:
    assert "burns" not in bot.reply("ab kya wo gaadi chala sakte hai").topics


@pytest.mark.parametrize(
    ("message", "lang"),
    [("मुझे बार बार बेहोशी आती है", "hi"), ("khade khade behoshi aa jati hai", "en"),
     ("baar baar behosh ho jati hai beti, kya karein", "en"), ("what causes fainting", "en"),
     ("my mother fainted twice this month, what tests", "en"), ("fainting ke kya karan hai", "en")],
)  # fmt: skip
def test_fainting_told_as_a_habit_gets_the_fainting_topic(bot: ChatBot, message: str, lang: str) -> None:
    reply = bot.reply(message)
    assert reply.intent != "emergency" and "fainting" in reply.topics, (message, reply.intent, reply.topics)
    assert reply.language == lang
