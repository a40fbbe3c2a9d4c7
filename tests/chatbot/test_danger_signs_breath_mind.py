"""Danger signs of the breath, the mind, the brain, poisons, burns, heat and choking, told
in the everyday words of the clinic's patients: English, Hinglish, Devanagari and romanised
Marathi, Bengali, Gujarati, Punjabi, Marwari and Bhojpuri.

Each wording is our own, not a copy of a labelled question: it shows that a concept (a
threat to harm oneself told of another person, all the tablets kept beside despair, a jump
into water threatened, a reflexive cut, a Bengali or Marathi word for ending one's life …)
catches a sentence the engine had not seen. The calm side holds the same words in an
everyday sense, so that each new rule needs its context.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_emergency, assert_not_emergency

EMERGENCIES = [
    # self-harm told of another person, with a threat or an intent in the same breath
    "my roommate keeps saying she will hurt herself, she has locked the door",
    "papa is threatening to harm himself since the loan got rejected",
    "he said he'll hurt himself",
    # all the tablets beside despair
    "kept all the sleeping pills in one place, i cant take it anymore",
    # a jump into water threatened or talked of
    "chhota bhai nahar me koodne ki baat karta hai, kehta hai sab khatam",
    "my sister says she will jump into the lake, nobody cares about her",
    "he keeps saying he will jump into the well, no one cares",
    "mhari beti kuve me padan ri dhamki de ri",
    # someone fallen into water
    "bachcha kuen me gir gaya, log keh rahe hai rassi lao",
    "my son fell into the lake, he is coughing",
    # Punjabi veins, Bengali and Marathi words for ending one's life
    "oh kehnda hai apniyan nasaan kaat lavega",
    "amar mone hoy nijeke shesh kore debo",
    "mala aata maraycha aahe, kuni nahi majha",
    "mari javu chhe, have sahan nahi thatu",
    # Punjabi: a whole strip eaten by mistake
    "bebe ne poori patti bp diyan golian kha layian",
    # burning oneself threatened; all the sleeping pills told as a threat; Marathi, Bengali and
    # Gujarati words for wishing one's life over
    "amar bhai bolche gaye agun lagiye debe",
    "wife ne kaha wo aaj raat sab neend ki goliyan kha legi",
    "mrutyu chi ichha ahe",
    "jeevan sampvayche ahe",
    "jibon ta shesh kore debo",
    "jivan tunkavvanu vichare chhe",
    # Marathi, Bengali, Gujarati and Punjabi words of the face, the lips and a crooked mouth
    "baba cha tond ekdam vakda zala ani bolta yet nahi",
    "mamar mukh beke geche, daan haat tulte parchhe na",
    "kaka nu modhu vaanku thai gayu che",
    "bebe de bullan kaale neele pai gaye",
    # allergy: the food named in Marathi or Bengali, the swelling in the patient's words
    "shengdane khallyavar mulachya othanvar sujan ali, shwas ghyayla tras",
    "chingri kheyechilo, ekhon thot ar chokh phule geche",
    # fluid on the lungs: sudden breathlessness with froth, or unable to lie flat
    "wife is breathless since evening, coughing up pink frothy sputum, suddenly worse",
    "dadu hothat hapachhe, mukh diye fena berochhe",
    "my mother is suddenly breathless tonight, she has to sit up to breathe",
    "bou er hothat shash nite parche na, shuye thakte parche na",
    # the airway closing: drooling, unable to swallow, noisy breathing
    "bete ke muh se laar gir rahi hai, paani bhi nahi nigal pa raha, saans me seeti",
    # smoke breathed in at a fire
    "fire in the kitchen, grandpa inhaled so much smoke, coughing and wheezing",
    # a few words at a time in an asthma attack
    "she is asthmatic, today she can get out only one two words",
    "asthma wali beti ek do lafz hi bol pa rahi",
    # heat: confusion or collapse in this heat, in Marathi sun
    "my father became confused in this heat, talking nonsense",
    "ajoba unhat firun aale, aata confuse zale ahet",
    # choking in Marathi and Gujarati words
    "balachya ghasat naanu adakla, shwas gheta yet nahi",
    # burns by extent in Bengali and Hindi words; a cleaner drunk, told in Marathi
    "meyer hate gorom jol pore geche, chamra uthe geche",
    "ubalta doodh pure haath par gira, bade chhale aa gaye",
    "mulane phenyl pila, tond jaltay",
    # an electric shock told as a live wire touched
    "devar ne bijli ka nanga taar chhu gaya, haath kaala pad gaya",
    "mazdoor ne transformer ka taar pakad liya, haath jal gaya",
    "pink frothy sputum and breathless",
    # Bengali chest pressure with sweating; blue lips in Marathi and Bengali
    "buke byatha, ghame bhije gechi",
    "shwas ghenyas tras hotoy, othe nile padle",
    "bacchar thot nil hoye geche, shash nite parche na",
    # Marathi and Punjabi snakes and scorpions; kerosene drunk with a cough
    "saapane chavla, paay sujla",
    "vinchvane dankh marla, khup dukhtay",
    "mulane kerosene pila, khokla yetoy",
    "kutryane chehryavar chavla, rakt vahtay",
    # a fish bone stuck in a Bengali throat, unable to speak
    "bachhar golay machher kata atke geche, kotha bolte parche na",
]

CALM = [
    # a reflexive cut without any intent, a threat without a wound
    "he cut himself while shaving, how to stop the bleeding",
    "she says she cut herself on the tin lid",
    "my son will go to the river for a swim, is it safe after eating",
    "bachche nadi me koodte hai garmi me, kaan me paani chala gaya",
    "nobody cares about my diet, which tablets should i take for sugar",
    # "khali pet" (an empty stomach) is not a Marathi "khalla" (ate)
    "bp ki goli khali pet leni hai ya khane ke baad",
    "dant dukhtoy, tond thoda sujla ahe",
    # teething drool, a sore throat, breathlessness on the stairs, first aid asked in advance
    "mere bete ke muh se laar bahut girti hai, daant nikal rahe hai",
    "gala kharab hai, nigalne me dikkat hai, halka bukhar",
    "seedhi chadhne par saans phoolti hai, kya karu",
    "lahan mulachya ghasat nani adakla tar kay karave",
    # a shock of the mind, a yellow cleaner kept at home, a small burn
    "mla shock basla jevha mi report pahila",
    "got a shock when i saw the hospital bill",
    "peela phenyl ghar me rakha hai, bacche se kaise door rakhe",
    "garam tel se ungli thodi si jal gayi, chhota chhala",
    # a hurt that may come of play, a question of ability, all the tablets used up, a loose wire
    "my son will hurt himself if he keeps climbing trees, how to stop him",
    "bacche ko tairna sikhana hai, kya wo nadi me kood sakta hai",
    "nobody cares about me, all my medicines are finished, how to refill",
    "bijli ka taar ghar me khula hai, kaise theek karwaye",
    # "well" as a word of speech, tablets running out
    "well my son wants to jump on the trampoline, is it safe with asthma",
    "mummy ne saari dawaiyan ek jagah rakhi hai, sab khatam ho rahi",
    # a phone in the river, a fall on its bank, a fall into a pond told as long past
    "mera phone nadi me gir gaya",
    "dada ji nadi ke kinare gir gaye, ghutne me chot",
    "beta talab me gir gaya tha pichle saal, ab paani se darta hai",
    # frothy phlegm with a cold
    "achanak thand lagi, sardi me saans phoolti hai, phlegm white frothy",
    # unable to lie down for a sudden back pain or a blocked nose, not for breathlessness
    "kamar me achanak dard utha, leta nahi ja raha, saans lene me bhi dard",
    "suddenly my nose is blocked, cannot lie down, breathing through mouth",
    # "nil" in a report is zero, not blue
    "urine report me sugar nil, albumin nil",
    # "dying of the heat" and "so that the fits do not come" are no intent
    "मरी जावां इस गर्मी में, ठंडा रहने का उपाय बताओ",
    "beti ko pehle jhatke aaye the, ab bukhar 101 hai, kya karu taaki jhatke na aaye",
    # slips of everyday words: "sarp" typed for sharp, "taki" for taaki
    "sarp pain in my lower back since morning",
    "beti ko pehle jhatke aaye the, ab bukhar hai, kya karu taki jhatke na aaye",
]


@pytest.mark.parametrize("message", EMERGENCIES)
def test_danger_sign_is_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)


@pytest.mark.parametrize("message", CALM)
def test_everyday_sense_stays_calm(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)
