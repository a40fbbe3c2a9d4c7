"""Injuries told in the patient's own words and languages get the emergency answer (112 / 108):

* a fall and then not being able to get up or stand, as Hinglish, Punjabi, Gujarati, Marathi, Bengali,
  Assamese, Odia, Tamil, Telugu, Kannada, Malayalam and Nepali say it ("uth nahi sakti", "uthi nahi hunda",
  "ubha nathi thai sakta", "uthte parchhe na", "ezhundhirikka mudiyala", "uthna sakdainan");
* a limb bent the wrong way ("ulto mudi gayo", "haddi tedi dikhdi", "mud gi ulti") after a fall, an overturned
  vehicle, or with the person unable to stand;
* a blow to the head in the words of the south, east and the hills ("thalaila adi pattu", "talege petta",
  "munda re badhila", "tauko ma chot") followed by vomiting, sleepiness or confusion, or by blood from the
  ear or nose;
* a scald or burn with the skin coming off ("chamda uthi gala", "tholi poyi", "chamda utri") or with big
  blisters, or after something boiled over ("chai ubal ke haath pe giri, chamdi nikal aayi"), and a burst
  cooker or cracker that burnt someone;
* a hurt neck after a fall with tingling or numb hands ("maan dukhtey, hatala mungya", "kazhuthu vali, kai
  marathu pochu"), a limb run over ("truck chadh gaya") and a break bent out of shape ("haat modla, haad vakda");
* an injury typed in haste ("hit his hed", "blood comming from his ear after he fell", "cooker
  blasted on my wifes face");
* an electric pole touched and then a black burn mark ("bijli ke khambe ko chhu liya, haath kala pad
  gaya"), a dislocated joint with a cold or numb limb;
* bleeding told as black stools with giddiness ("kali sandas, chakkar"), vomited blood ("rakta vaanti"),
  blood that soaks cloth after cut, and the Nepali "ragat" (blood).

Their calm counterparts stay calm: an old or mild injury, a question about a condition in general,
boiled drinking water, rotten teeth, a fall asleep, a limb bent since birth, a headache that began ("sir dukhne
laga", "doka dukhu lagla": the verb "to begin", no blow) with vomiting, and a question of what to do
"when someone" is hurt ("jab kisi ko ...", "jab kauno ke ...", "agar kisi ...": the Hindi and Bhojpuri
"if someone"), an alarm or grab bar for people who cannot get up after a fall; while someone hurt now,
with "jab koi" told beside it, is still an emergency.

None of these messages is in the patient set; each checks a concept, not one wording.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_emergency, assert_not_emergency

FALLS_CANNOT_GET_UP = [
    "dadi gir gayi, uth nahi sakti",
    "baba khet me gire, ab khade nahi ho sakte",
    "nani bathroom ch dig payi, uthi nahi hunda",
    "ba bathroom ma padi gaya, ubha nathi thai sakta",
    "aai padli bathroom madhe, ubhi rahu shakat nahi",
    "ammamma bathroom e pore gelen, darate parchhe na",
    "aita bathroom t pori gol, uthibo pora nai",
    "jeje padi gale, uthi paru nahanti",
    "paati bathroom la vizhundhuttanga, ezhundhirikka mudiyala",
    "ammamma bathroom lo padipoyindi, lechi nilabadaleka potundi",
    "ajji bathroom nalli biddaru, eddu nillakke aagtilla",
    "ammachi bathroomil veenu, ezhunelkkan pattunnilla",
    "hajurama bhuin ma lottiyo, uthna sakdainan",
    "bapu ji tractor to diggeya, hil nahi sakde",
]

LIMBS_BENT_WRONG = [
    "dadaji padi gaya, pag ulto vali gayo",
    "munda cycle ton diggeya, baanh di haddi tedi dikhdi",
    "tempo palat gi, driver da pair mud gi ulti",
    "pair ulto mudi gayo, uthi ni sakdi",
    "aita pori gol, bhori beka hoi gol",
    "knee bent wrong way after fall, cant walk",
    "bapu ji dig paye, lat chhoti lagdi, kulhe ch dard, uth nahi sakde",
]

HEAD_BLOWS = [
    "magan maram ninnu veenu, thalakku adi pattu, chharthikkunnu",
    "chinna papa mancham nunchi paddadi, talaki debba, vanthulu chestondi",
    "bhai ne sir me sattan khadi, hun ulti aa rahi te neend",
    "maga bidda, talege petta aaytu, nidde maadtiddane",
    "pila khata ru padila, munda re badhila, soi jauchi",
    "chhora kharo, tauko ma chot, ulti garira cha",
    "thalakku adi kitti, cheviyil ninnu chora varunnu",
    "tauko ma chot lagyo, kaan bata ragat aayo",
    "trek ma lade ra tauko ma chot, bantha garchha, kura bujhdaina",
    "mulga jinyavrun padla, dokyala mar lagla, ulatya kartoy",
]

BURNS = [
    "pila upare garam pani padila, chamda uthi gala",
    "kunjinte mele choodu vellam veenu, tholi poyi",
    "gorom tel pori gol, chal uthi gol",
    "chulhe par garam paani bitiya par giri, peeth ke chamda utri gelai",
    "maguvina mele bisi haalu bittu, dodda dodda bobbe",
    "pattasu vedichu kai venthuduchu, ratham varudhu",
    "kukar phat gaya, mummy ka haath jal gaya",
]

BLEEDS = [
    "kali sandas hot ahe, ashakt vatate, chakkar",
    "kala paikhana, khub durbol, matha ghure",
    "chora chharthichu, thala karangunnu",
    "ragat ko ulti garyo, ringata lagyo",
    "hat kaatiyo, ragat rokdai chaina",
    "daranti se pair kata, kapda bhi bheeg gaya khoon se",
    "wound is bleeding through the bandage and he is pale",
]


@pytest.mark.parametrize("message", FALLS_CANNOT_GET_UP + LIMBS_BENT_WRONG)
def test_a_fall_with_no_getting_up_or_a_bent_limb_is_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message, number="108")


@pytest.mark.parametrize("message", HEAD_BLOWS)
def test_a_blow_to_the_head_with_its_danger_signs_is_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message, number="108")


@pytest.mark.parametrize("message", BURNS)
def test_a_burn_with_skin_coming_off_is_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message, number="108")


@pytest.mark.parametrize("message", BLEEDS)
def test_a_bleed_told_regionally_is_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message, number="108")


CALM = [
    "I fell asleep late and cant get up early in the morning",
    "dadi do saal pehle gir gayi thi, ab uth nahi sakti bina sahare, physio kaunsa kare",
    "mere bete ka pair janam se tedha hai, chal nahi pata theek se",
    "dadi ke ghutne tedhe ho gaye gathiya se, chal nahi pati",
    "bacche ko paani ubal ke pilana chahiye?",
    "bacche ka daant sad gaya, kya kare",
    "sir pe chot lagne ke baad sona chahiye ya nahi",
    "I bumped my head, do I need a CT scan?",
    "sir ke baal gir rahe hai aur neend nahi aati",
    "naak se khoon aata hai garmi me, sir dard bhi",
    "thala vedana, chharthi, pani",
    "roti banate hue ungli jal gayi thodi si, chhala",
    "kaala potty aa raha hai, iron ki goli khata hu, aur kuch takleef nahi",
    "aankh me jalan hai computer se",
    "haddi tootne ke baad kitne din me judti hai",
    "ungli kat gayi thodi si, khoon ruk gaya, bandage lagaun?",
]


@pytest.mark.parametrize("message", CALM)
def test_old_mild_general_or_other_meanings_stay_calm(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


WHEN_SOMEONE_ASKS = [
    "jab kisi ko garam tel se chhale pad jaye, chamdi utar jaye to kya lagaye",
    "jab kauno ke sir me chot lage aur ulti hoye ta ka kari",
]


@pytest.mark.parametrize("message", WHEN_SOMEONE_ASKS)
def test_what_to_do_when_someone_is_hurt_is_a_question_not_an_emergency(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


def test_someone_hurt_now_beside_a_when_someone_is_still_an_emergency(bot: ChatBot) -> None:
    assert_emergency(bot, "papa chhat se gir gaye, jab koi uthane gaya to behosh the", number="108")


NECK_CRUSH_BREAK = [
    "fell down stairs, neck hurts a lot and hands are tingling",
    "ajoba padle, maan dukhtey, hatala mungya yetat",
    "appa vizhundhutaaru, kazhuthu vali, kai marathu pochu",
    "pair pe truck chadh gaya, pair pichak gaya",
    "majhya mulacha haat modla, haad vakda disat ahe",
]


@pytest.mark.parametrize("message", NECK_CRUSH_BREAK)
def test_a_hurt_neck_with_tingling_a_run_over_limb_or_a_bent_break_is_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message, number="108")


HEADACHE_BEGUN = [
    "sir dukhne laga aur ulti aa rahi",
    "sir bhaari laga subah se, ulti hui",
    "doka dukhu lagla ani ulti hotey",
    "matha ghurte laglo, bomi pacche",
    "gardan me dard hai computer se, haath sunn hota hai",
    "pet pichak gaya hai dast se",
]


@pytest.mark.parametrize("message", HEADACHE_BEGUN)
def test_a_headache_that_began_with_vomiting_is_no_head_injury(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


def test_a_blow_that_began_to_hurt_with_vomiting_is_still_a_head_injury(bot: ChatBot) -> None:
    assert_emergency(bot, "sir pe chot lagi, dukhne laga, ulti ho rahi", number="108")


TYPED_IN_HASTE = [
    "husbend hit his hed on the floor now he is vomitting and very sleepy",
    "blood comming from his ear after he fell",
    "cooker blasted on my wifes face, burns on face and neck",
]


@pytest.mark.parametrize("message", TYPED_IN_HASTE)
def test_an_injury_typed_in_haste_is_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message, number="108")


@pytest.mark.parametrize(
    "message", ["kaan chhidwaya tha, thoda khoon aaya", "cooker blasted, no one hurt, kitchen dirty"]
)
def test_an_ear_piercing_or_a_blast_that_hurt_nobody_stays_calm(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        "bijli ke khambe ko chhu liya, haath kala pad gaya",
        "ladke ka kandha utar gaya aur haath thanda aur sunn ho raha",
        "shoulder dislocated playing kabaddi, arm numb and cold",
    ],
)
def test_a_pole_that_burnt_or_a_dislocation_with_a_cold_numb_limb_is_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message, number="108")


@pytest.mark.parametrize(
    "message",
    [
        "bijli ke khambe pe kaam karte hai papa, koi safety tips",
        "kandha utar jata hai baar baar, haath sunn hota hai thoda",
    ],
)
def test_work_on_a_pole_or_a_shoulder_that_often_slips_stays_calm(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


@pytest.mark.parametrize(
    "message",
    [
        "gir ke uth nahi sakte elderly, unke liye kya alarm lagaye",
        "budhe log gir ke uth nahi sakte, bathroom me grab bar kaise lagaye",
    ],
)
def test_an_alarm_or_grab_bar_for_falls_stays_calm(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


def test_skin_coming_off_after_something_boiled_over_is_an_emergency(bot: ChatBot) -> None:
    assert_emergency(bot, "chai ubal ke haath pe giri, chamdi nikal aayi", number="108")


def test_boiled_drinking_water_beside_peeling_palms_stays_calm(bot: ChatBot) -> None:
    assert_not_emergency(bot, "paani ubal ke piya, skin peeling on palms")
