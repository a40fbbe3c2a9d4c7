"""The assistant generalises: other patients' wording of the same danger or complaint.

Each case below is worded differently from the labelled question sets: a synonym, an
inflection, a Hinglish spelling, Devanagari, another word order or a quantity. A red flag
must be recognised (with 112/108, or 14416 for self-harm) and a harmless question must not
raise one; a combination of complaints names the topic it points to; a dose is never given.
"""

from __future__ import annotations

import re

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_emergency, assert_intent, assert_not_emergency

_DOSE = re.compile(r"\b\d+(?:\.\d+)?\s*(?:mg(?!\s*/\s*dl)|ml|mcg|units?|iu|puffs?)\b", re.I)


@pytest.mark.parametrize(
    "message",
    [
        # acute abdomen (new red flag)
        "bhai ke pet me bahut tez dard hai neeche right side, aur ulti bhi",
        "terrible pain in my belly with vomiting since noon",
        "pet phool gaya hai, 3 din se gas aur potty band, ulti ho rahi",
        "achanak andkosh me bahut dard ho raha hai",
        # allergy after a sting or food, away from the airway words
        "stung by a wasp in the garden, now dizzy and throwing up",
        "after eating prawns his whole body red and he is throwing up",
        # bleeding that will not stop, melena with dizziness
        "nakseer 30 minute se ruk nahi rahi",
        "kali potty aa rahi hai aur chakkar bhi",
        # burns by extent, smoke
        "ubalta paani gir gaya, pura pair jal gaya",
        "aag lagi thi ghar me, dadi ne dhuan saans me le liya, khansi ruk nahi rahi",
        # children
        "my 2 year old has not peed since last night and keeps vomiting",
        "beta ulti hari kar raha hai",
        "bacche ko bukhar hai aur ajeeb baatein kar raha hai",
        "baby ko dast hai aur bahut sust hai",
        # head and spine
        "dada blood thinner lete hai, bathroom me gir ke sir takraya, ab ulti",
        "fell off the roof, now he cant feel his legs",
        # heat, sugar
        "dhoop me kaam karte waqt papa gir pade aur jawab nahi de rahe",
        "glucometer shows HI and she is drowsy and vomiting",
        "papa gliclazide lete hai, abhi pasina aur confusion",
        # newborn, pregnancy, after delivery
        "10 din ki beti ka taalu phool gaya hai",
        "my 2 week old is not latching at all today",
        "baby born yesterday is not feeding",
        "wife 30 weeks pregnant, feels no kicks since morning",
        "delivery hui thi 4 din pehle, ab tez bukhar aur kaanp rahi hai",
        "bacha hone ke baad placenta nahi nikla abhi tak",
        "our baby was born 5 days ago and has a fever",  # a time since birth is an age, not an old event
        "2 din pehle paida hui beti ko bukhar hai",
        # filler words inside a term, typos of long words
        "high fever and a stiff neck, he is not making any sense",
        "my uncle is unconcious after the fall",
        # poisoning
        "dadi ne saari bp ki goliyan ek saath kha li",
        "khet me spray karte waqt keetnashak munh me chala gaya",
        "बेटे ने सल्फास खा लिया",
        "my son ate his grandmother's bp pills, maybe 6 of them",  # the count after the pills
        "my father is clutching his chest and sweating a lot",
        "my wife's belly is hard as a board and she is in agony",
        "शुगर बहुत हाई है और सांस तेज चल रही है",  # a loanword in Devanagari
        "नवजात बच्चे की नाभि से पस और लाली, बुखार",
        "bhai ne kaha wo kal tak zinda nahi rahega",
        "बच्ची के पूरे शरीर पर लाल चकत्ते और होंठ सूज गए",
        "डेढ़ महीने का बच्चा दूध नहीं पी रहा और बुखार है",  # "dedh" (one and a half) is a number
        "सिर में अचानक बहुत तेज दर्द और उल्टी",
        "बिजली का झटका लगा, हाथ जल गया",
        # self-harm in farewell wording
        "everyone would be better off without me, i have said goodbye to everyone",
        "main train ke aage kudne ka soch raha hu",
        # seizures in a row, stroke by grip
        "she had seizures one after another and is not waking",
        "nani achanak chammach nahi pakad pa rahi, haath se gir jata hai",
    ],
)
def test_danger_in_other_words_is_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        "how many tablets of paracetamol can I take for a headache",  # a dose question, not an overdose
        "kamar dard ke liye garam pani ki thaili theek hai",  # a hot-water bag, not waters breaking
        "mirgi ki dawai le raha hu, kya main swimming kar sakta hu",  # on epilepsy medicine, no seizure
        "chest pain after lifting weights at the gym",  # a strained muscle
        "dadaji ko 2015 me stroke hua tha, dobara na ho iske liye kya karein",  # an old event
        "kaunsi cheezein ghar me zehreeli hoti hai bacchon ke liye",  # an information question
        "bees din se khansi hai",
        "can a paracetamol overdose damage the liver",  # an information question
        "sugar high rehti hai, kabhi kabhi ulti jaisa lagta hai",  # no sign of ketoacidosis
        "papa ko sugar hai, unhe gussa bahut aata hai",  # irritability alone is not low sugar
        "after delivery how long does bleeding last",  # a question about normal recovery
        "pet me dard aur ulti, kal bahar ka khana khaya",  # not severe
        "baby ko halka dast hai par khel raha hai",
        "bachhe ko bukhar hai 101, dawai di hai",  # a temperature, and the tablets in another clause
        "vitamin ki 10 goli ki strip kitne ki hai",  # a price question
        "sugar ki goliyan 10 saal se le raha hu",  # a duration, not a count of pills  # "bees" (twenty) is not a bee sting
        "mere pati raat ko kharrate lete hai",  # snoring alone is not a newborn's apnoea
        "meri shaadi ke liye bahut tension hai par khud ko nuksaan ka koi irada nahi",  # no intent stated
    ],
)
def test_harmless_wording_raises_no_red_flag(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


def test_devanagari_new_flags_are_answered_in_hindi(bot: ChatBot) -> None:
    for message in ("पेट में बहुत तेज दर्द और उल्टी", "बच्चे की उल्टी हरी है", "डिलीवरी के बाद तेज बुखार"):
        assert_emergency(bot, message, lang="hi")


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("peshab karte waqt jalan hoti hai", "uti"),
        ("always thirsty and I pee a lot", "diabetes"),
        ("thakaan rehti hai aur chehra peela pad gaya", "anaemia"),
        ("high fever with pain behind my eyes", "dengue"),
        ("room spins when I get up from bed", "vertigo"),
        ("sneezing every morning because of dust", "allergic_rhinitis"),
        ("nana ka haath aaram me kaanpta hai aur chaal dheemi", "parkinsons"),
        ("dadi baar baar same question puchti hai, 80 saal", "dementia"),
        ("bachhe ke dono gaal kaan ke neeche suj gaye", "mumps"),
        ("my big toe is red and swollen since last night", "gout"),
    ],
)
def test_a_combination_of_complaints_names_its_topic(bot: ChatBot, message: str, topic: str) -> None:
    reply = assert_intent(bot, message, "symptom_check", topic)
    assert bot.knowledge_base.conditions[topic].name.split(" (")[0] in reply.text  # named, not just tagged


def test_a_negated_complaint_does_not_name_a_topic(bot: ChatBot) -> None:
    assert "uti" not in bot.reply("peshab me jalan nahi hai, bas kamar dard").topics


@pytest.mark.parametrize(
    "message",
    [
        "how much cefpodoxime for my son",  # not in the medicine list: known by its stem
        "rifaximin kitni baar lu",
        "valacyclovir dose for adults",
        "कितनी गोली लूं बुखार में",
        "kya main 1000 mg paracetamol le sakta hu",  # a strength is not a number of pills
        "sugar ki goli double kar du kya",
        "इंसुलिन की कितनी यूनिट लगाएं",
    ],
)
def test_a_dose_of_any_medicine_is_redirected(bot: ChatBot, message: str) -> None:
    reply = bot.reply(message)
    assert reply.dose_redirect and reply.intent != "emergency", message
    assert "pharmacist" in reply.text or "फार्मासिस्ट" in reply.text
    assert not _DOSE.search(reply.text)



def test_terms_match_across_filler_words(bot: ChatBot) -> None:
    concepts = bot.knowledge_base.concepts
    found = {(name, start, end) for name, start, end in concepts.find("he hit the head on the door".split())}
    assert ("head_hit", 1, 4) in found  # "hit head" with "the" between
    assert not any(name == "head_hit" for name, *_ in concepts.find("he hit the wall with his head".split()))
