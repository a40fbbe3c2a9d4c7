"""Danger signs told in the words of other Indian languages typed in Latin letters, or in Devanagari
dialects: bleeding that a Tamil, Malayalam, Konkani or Marathi word says will not stop (in its own clause
too), burns of a large area in Bhojpuri, Chhattisgarhi and Haryanvi, waters broken with the months of the
pregnancy told apart, fits that will not stop, not waking when called or shaken, a slow breath or one that
cannot be drawn, a person fallen who lies still or whose breathing is in doubt, a leg that cannot move after
a fall (Garhwali / Nepali "khutta"), someone pinned under a house brought down by a landslide, a leg broken in
a road accident (Tamil "kaal odanju"), a face pulled to one side (Nepali "bangiyo"), one side that does not work
(Odia "gote pakhe kama karunahin"), chest pain going to the arm (Tamil "nenju romba vali"), a pregnant woman's
blurred sight (Magahi "pet se hiyo"), a baby's fall with a bump on the head and vomiting, a small child
breathing fast who will not feed (Nepali "saas chhito chhito"), speech lost (Odia "katha bujha jauni"), small
pupils after spraying a field, a body hot as a griddle, sunken eyes, a goodbye message beside calls left
unanswered or "sab khatam kar lunga", the Haryanvi case marker "nai" (= ne / ko) that is no negation, and an age
typed with the genitive after a hyphen ("3 week-r"), a Tamil or Kannada face pulled to one side with speech and
an arm lost, fainted and not getting up, a low sugar with sweating (Tamil "sugar kammi") — beside the calm messages that share their words.

None of these messages is in the patient set; each checks a concept, not one wording.
"""

from __future__ import annotations

import re

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_emergency, assert_not_emergency

_DEVANAGARI = re.compile("[\u0900-\u097f]")

EMERGENCIES = [
    # bleeding that does not stop
    "thambi kaiyil periya vettu, ratham nikkala",
    "kaal la glass kuthiduchu, ratham nikkalai",
    "bhavak kuradi lagli, rogot thambona",
    "kaakachya paayala jakham, rakt band hot nahi",
    "ammayude kaalil murivu, ratham ozhukunnu, nirthaan pattunnilla",
    # burns of a large area
    "bhauji chulha pe jar gaili, pet pura jaral ba",
    "बहू का दुपट्टा चूल्हे तै आग पकड़ ग्या, छाती अर दोनूं बाजू जल गे",
    "dai ke lugra me aag lag ge, peeth au pet jal ge",
    # waters broken early
    "bhabhi ke 7 mahina bhail ba, ab paani gir gail",
    "भउजी के आठवां महीना चलत बा, पानी गिर गइल रात से",
    # fits that do not stop
    "mhaka fits aile, dole var, 10 min zale thambona",
    # not waking when called or shaken
    "monu vilichal eneekkunnilla, pani undu",
    "bhaiya daru pi ke gire, hilae ma nai uthat",
    # breath
    "appa ku moochu vaanga mudiyala, nenju vali",
    "dada ni shwas dhimo chale chhe, jagta nathi",
    # fallen and still
    "aaji ghari padli, shwas chalu ahe ka samjat nahi",
    "dost achanak zameen pe gir gaya, hil nahi raha",
    # poisoning and heat
    "kaka ne kapashivar fawarni keli, aata dole barik zale",
    "mazdoor ka ang tave jaisa garam, pasina bilkul nahi, gir pada",
    # a child dried out
    "dikri ne kale thi jhada ulti, aankh undi gai che, rade pan aansu nathi",
    # self-harm told as a farewell
    "colleague ne goodbye message bheja aur ab phone switched off hai",
    "wo bola aaj raat sab khatam kar lunga, sabko alvida",
    "naaku brathakalani ledu, evaru pattinchukovatledu",
    # the Haryanvi case marker
    "पोते नै 20 दिन होए, सुस्त सै अर दूध ना पी रया",
    "बाबू नै खेत मैं बिच्छू नै काट लिया, जी घबरा रया अर उल्टी",
    # an age typed with the genitive after a hyphen
    "mur 2 week-r nati doodh khua nai, jagi nai",
    # an age told in Odia weeks or in Malayalam years
    "2 saptaha ra pila, jara 101, khia piuni",
    "makan 5 vayasu, kaichal 104, urakkam maathram",
    # a belly pain that stops a person standing, a fall that breaks a hip or the back
    "ammage hotte tumba novu, nillakke aagtilla",
    "grandpa slipped on the stairs, cant stand, leg turned outward",
    "veer ped ton digi gaya, pith ch dard, tangan hildiyan nahi",
    # a blow to the head, then drowsy and vomiting
    "pua mundare pathara padila, bahut shoi jauchhi",
    # fits one after another, eyes rolled up with froth
    "maa er mirgi hocche ekta por ekta",
    "achan virachu veenu, kannu mele poyi, vaayil ninnu nura",
    # a blow to the chest, then pain on breathing
    "chechi vellathil veenu, nenju idichu, swasikkumbol vedana",
    # a coin swallowed and no cough
    "kutti coin gili dela, kasi paruni",
    # spots that do not fade when pressed
    "bacche ke pair pe laal daane, dabane se nahi jaate, bukhar bhi",
    # blood that will not stop, soaking the cloth
    "ammaykku kaiyil murivu, chora nirthathe ozhukunnu, towel nananju",
    # kerosene drunk, then coughing; a sting, then no breath
    "bhurgean kerosene pilo, ata khokta",
    "bhoni-k bhomora kamurile, uxah lobo para nai",
    # no urine for hours, told with a Telugu denial
    "baby 3 years, 10 hours nunchi urine raaledu, vomiting",
    # waters broken at nine months ("नौ" is nine, not "no"); a leg broken and turned; asthma in the AC's cold
    "मेहरारू के नौ महीना भइल, पानी गिर गइल",
    "thambi kaal odanji pochu, kaal vera pakkam thirumbi irukku",
    "mummy ko dama hai, AC ki thand me attack aa gaya, bol nahi pa rahi",
    # a verb denied by its ending, read as the verb and "nahi" whatever its form
    "kutti swasikkunnilla, chundu neelam",
    "chechiyude kaiyil murivu, ratham nirthunnilla",
    "appoopan veenu, vilichittum ezhunnelkkunnilla",
    # the hills, the east and the south: a leg that cannot move after a fall ("khutta"), someone pinned under a
    # landslide, a leg broken in a road accident, a face pulled to one side, one side that does not work, chest
    # pain going to the arm, a pregnant woman's blurred sight, a baby's fall with a bump and vomiting, a small
    # child breathing fast who will not feed, speech that cannot be understood
    "nani ghar ke bahar phisal ke giri gain, ab khutta hilai ni sakdi, umar 70",
    "pahiro le ghar khasyo, bhai muni thichiyo, ragat bagdai cha",
    "bike accident aachu, thambi kaal odanju poochu, romba vali",
    "buwa ko mukh achanak ekatir bangiyo, boli pani bujhidaina",
    "maa ra hata goda gote pakhe kama karu nahin, aji sakale ru",
    "appa ku nenju romba vali, vervai kottudhu, ippo thaan aarambichadhu",
    "main 7 mahine ke pet se hiyo, aankh ke aage andhera chha raha aur sir bahut dukhat",
    "mera 1 saal ka beta bed se gir gyo, sir pe gumad aa gaya, teen baar ulti kar chuka",
    "chhoro 2 barsa ko, jwaro cha, saas dherai chhito chhito, dudh khandaina",
    "bapa ra katha bujha jauni, kichi kahi paruni",
    # a face pulled to one side in Tamil ("moham koni pochu") and Kannada ("mukha onku aagide", speech
    # not coming); fainted and fallen and not getting up (Tamil); a low sugar with sweat (Tamil "kammi")
    "ammaku moham oru pakkam koni pochu, pesa mudiyala, kai thooka mudiyala",
    "appage mukha onku aagide, maathu baratilla, kai ethakke aagtilla",
    "thatha mayakkam pottu vizhundhutar, ezhundhirukkala",
    "ammaku sugar kammi aayi, vervai, confused aa irukanga",
]

CALM = [
    "garbhavastha me khoon kami hai, kya khaaye",
    "bee ne haath pe kaata, thodi sujan, saans aur awaz thik hai",
    "during exams for a few seconds i cant breathe properly and then its fine, is it stress",
    "sugar 50 ho gyi thi kal, juice diya thik ho gyi, ab kya dhyan rakhe",
    "rasoi me kaam karte waqt roz haath thoda jal jata, kya lagaye",
    "weight koodi, mukhathu kuru, enthu cheyyanam",
    "7 mahine ke bacche ki aankh se paani aa raha",
    "आप किन विषयों पर जानकारी देते हैं",
    "khet me fawarni ki, haath me thodi khujli hai, aur kuch nahi",
    "meri aankh chhoti hai kya yeh normal hai",
    "yoga me saans dheere dheere leni hai kya",
    "my colleague sent a leave message and is not picking calls, he is on holiday",
    "kamar me dard hai, kya slipped disc ho sakta hai",
    "nahane ke baad towel nananju, bas",
    "3 din ra jara, dehare dard",
    "mirgi ki dawai kab tak leni hai",
    "gili mitti se haath dhona theek hai kya",
    "phisal ke gir gaya, thodi si kharonch",
    "jar konala saap chavla tar kay karave, aadhi mahit hava",
    "haatavar purli ali, he kitaknashak mule ahe ka",
    "sardi me dama ka attack aata hai, kya precaution le",
    "phone odanji pochu, screen vera pakkam thirumbi irukku",
    "kutti paal kudikkunnilla, vayaru vedana, pani illa",
    # the same words of the hills, the east and the south in calm messages
    "khutta me purana dard hai, kaunsa tel lagayein",
    "landslide wale area me rehte hain, first aid kit me kya rakhein",
    "kaal odanju 2 varusham aachu, ippo nadakka mudiyudhu, exercise enna",
    "pet se hiyo, kaun sa fal khayein",
    "daud ke aaya to saas chhito chal rahi thi, ab theek hai",
    # a low sugar over, a little dizziness, pimples on the face
    "ammaku sugar kammi aayiduchu yesterday, ippo ok, enna saapidanum",
    "thatha ku konjam mayakkam irukku, sugar check pannanum",
    "amma mugam la pimples, enna cream",
]


@pytest.mark.parametrize("message", EMERGENCIES)
def test_the_sign_is_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message, lang="hi" if _DEVANAGARI.search(message) else None)


@pytest.mark.parametrize("message", CALM)
def test_the_everyday_sense_stays_calm(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


@pytest.mark.parametrize(
    ("message", "months"),
    [("mur 3 week-r bhatija", 3 * 7 / 30), ("15 din ka ha", 15 / 30), ("3 din ka bukhar", None),
     ("mon 4 vayasu", 48.0), ("3 saptaha ra pila", 3 * 7 / 30), ("3 din ra jara", None)],
)  # fmt: skip
def test_an_age_told_in_other_words(message: str, months: float | None) -> None:
    from medlink.chatbot.concepts import age_in_months
    from medlink.chatbot.text import tokenize

    found = age_in_months(tokenize(message))
    if months is None:
        assert found is None
    else:
        assert found is not None and abs(found - months) < 0.01


def test_a_verb_denied_by_its_ending_is_read_with_its_denial_only(bot: ChatBot) -> None:
    concepts = bot._kb.concepts
    found = {name for name, _start, _end in concepts.find(["ratham", "nirthunnilla"])}
    assert "nonstop" in found
    # the bare verb is never read from a denied form: not drinking is no drink swallowed
    drank = {name for name, _start, _end in concepts.find(["vellam", "kudikkunnilla"])}
    assert "ingest" not in drank
