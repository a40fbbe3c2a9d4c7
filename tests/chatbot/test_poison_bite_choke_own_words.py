"""Poisoning, bites and choking told in the patient's own words are emergencies: kerosene by its
regional names (Marathi "rockel", Gujarati "ghaslet", Bengali "kerasin", Malayalam "mannenna"), phenyl as
it is misspelt ("phinail"), pesticide as Bengali "keet nashok" or as "the farm's insect medicine" ("kheti
ki keede wali dawai"), the Odia and Marathi verbs of having drunk or eaten ("khaichhanti", "pyayalan"), a
household cleaner told as "safai wala liquid"; fumes of a heater or an angithi in a shut room with a
sleeper who does not wake or move ("uth na raha", Bhojpuri "na uthat", "hil nahi rahe"), a generator
run indoors; an elder's empty strip of pills beside a drowsy child; Marathi "vish pila"; a swarm of
wasps ("bhide") with giddiness and vomiting; snakes and scorpions by their regional
names (gehuan / gohuan, Bengali gokhro and kankra bichhe, Malayalam moorkhan, Kannada chelu, Assamese
xaap, Nepali "sarpale") and their verbs ("dans liya", Assamese "kamuri dile", Nepali "tokyo", Gujarati "karde
gayo"); a dog bite on the cheek with a deep wound (Gujarati "gaal par ... undo ghaa"); two fang marks
where something bit; a coin swallowed in Gujarati ("sikko gali lidho") or Marathi
("gilun takla, shwas ghet nahi"), "some thing" swallowed by a child turning blue in Dakhni ("cheez nigal
li, neeli padri"); Assamese "xaape dongshile" and Marathi "naagane dansh kela" (bitten by a
snake, by a cobra).

Calm counterparts stay calm: a question of which things are poisonous, keeping poison away from
children, what to put on a scorpion sting "if it happens" ("bichhu ke kaatne par kya lagana chahiye",
"saanp kate to ..."), a tablet that often sticks in the throat, a
question of what "would" happen ("agar ... kha li to kya khatra hai", Malayalam "... aayal engane", "kadichal enthu
cheyyanam"), a scene
seen in a film or serial ("serial il kandathu pole"), snake oil ("saanp ka tel"), whether the snake-bite
injection is free, a person called "zehreeli" (venomous in temper), a throat that only feels as if
something stuck.

None of these messages is in the patient set; each checks a concept, not one wording.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_emergency, assert_not_emergency

POISONINGS = [
    "meri beti ne rockel pyayla, khoklat ahe",
    "bhaiyo ghaslet pi gayo, ulti kare che",
    "chhele kerasin kheye feleche, kashi hocche",
    "kunju mannenna kudichu, chumakkunnu",
    "dadi ne phinail pee liya galti se",
    "amar baba keet nashok kheye felechen",
    "mama ne kheti ki keede wali dawai pi li, ulti ho rahi",
    "jeja bisha khaichhanti, banti hauchi",
    "पोरानं रॉकेल प्यायलं",
    "bacche ne safai wala liquid pi liya, ro raha hai",
    "raat bhar heater chala ke soye, nana uth na rahe",
    "kothri me angithi jalal rahe, babuji na uthat baade",
    "bachi ne aayodeks ka dabba khol ke kha liya, ulti",
    "thatha poochi mani saapttaaru, vaandhi varudhu",
    "generator ghar ke andar chala ke soye the, sabko ulti aur chakkar",
    "sigdi jala ke soye the, chacha hil nahi rahe",
    "nana ki neend ki goliyon ka patta khali pada hai, 2 saal ka beta bahut sust hai",
    "aaine vish pila, ulti karte",
]

BITES = [
    "papa ko gehuan ne dans liya khet me",
    "गोहुअन काट लिहलस भइया के",
    "didi ke gokhro kamreche",
    "dada ke kankra bichhe kamriyeche, khub byatha",
    "achanu moorkhan kadichu",
    "thatha ge chelu kachide, tumba novu",
    "mama ke xaap e kamuri dile",
    "bhai lai saap le tokyo, khutta sunniyo",
    "didi lai sarpale tokyo",
    "nani ke pair me kuch kaat gaya, do daant ke nishaan hain, sujan",
    "kutro bhai na moh par karde gayo, undo ghaa",
    "bandar ne mere bete ka gaal nonch liya, gehra ghav",
    "kutri bhai na gaal par karde gayu, undo ghaa",
    "bhide ke jhund ne bete ko kaat liya, chakkar aur ulti",
    "mamala xaape dongshile, bhori fulise",
    "aajobanna naagane dansh kela",
]

CHOKINGS = [
    "baba e sikko gali lidho, avaaj nathi nikalto",
    "bachcha sikka gilun takla, shwas ghet nahi",
    "chhoti ne koi cheez nigal li, khaans rahi, neeli padri",
]

CALM = [
    "which plants in the garden are poisonous to children",
    "ghar me chuha maar dawa hai, bacchon se kaise door rakhe",
    "bichhu ke kaatne par kya lagana chahiye, bas poochh raha hu",
    "saanp kate to kya turant hospital le jaana chahiye",
    "badi tablet gale me atak jati hai, kaise nigle",
    "gale me kuch atka hua jaisa lag raha hai subah se, khana theek se nigal raha hu",
    "rockel ka stove kitne saal chalta hai",
    "heater chala ke sona theek hai kya sardi me",
    "kutte ne kal halka sa kaata tha, teeka lag gaya",
    "gehun me keede lag gaye, kya kare",
    "serial il kandathu pole paambu kadichal enthu cheyyum, just curious",
    "agar bacche ne galti se dadi ki bp ki ek goli kha li to kya khatra hai",
    "cinema yil choking aayal engane sahayikkum ennu kandu, ithu sheriyano",
    "saanp ka tel ghutno ke dard me lagate hain kya",
    "snake bite ka injection sarkari aspatal me free milta hai kya",
    "meri saas bahut zehreeli hai, roz ladai",
    "bees din se chakkar aa raha hai",
    "bacche ki dawa ka patta khali ho gaya, wo abhi bhi thoda sust hai, aur leni chahiye kya",
    "gas geyser lagwana safe hai kya",
    "thel kadichal enthu cheyyanam, summa ariyan",
    "bachche ne koi cheez kha li, pet me halka dard",
]


@pytest.mark.parametrize("message", POISONINGS)
def test_poisoning_in_own_words_is_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message, number="108")


@pytest.mark.parametrize("message", BITES)
def test_bite_in_own_words_is_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message, number="108")


@pytest.mark.parametrize("message", CHOKINGS)
def test_choking_in_own_words_is_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message, number="108")


@pytest.mark.parametrize("message", CALM)
def test_calm_messages_sharing_their_words_stay_calm(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)
