"""A sick child, a baby just born and a pregnancy in danger, told in the everyday words of India.

The child named as Bhojpuri / Maithili "bachva", "butru", "lalna", Gujarati "dikro" / "dikri", Telugu
"koduku", Kannada "nanna maga", Tamil "en paiyan", Malayalam "ente makal", Konkani "mhojo poro"; a newborn as
Bengali "naba jatak", Odia "nava jatak", Tamil "pirandha kuzhandhai", Telugu "puttina papa", Kannada "hutida
magu", Nepali "bharkhar janmeko"; yellow as Bhojpuri "piyar", Nepali "pahelo", Tamil "manjal", with the hands
and feet as "haath god", "haat paa"; pus from the navel as "pib"; a baby in the womb that does not move as
Maithili "nahi doli", Bundeli "hilo nai", Nepali "chalna chhodyo", Telugu "kadaladam ledu", Kannada
"aadtilla"; a hand or the cord of the baby coming out in labour; blood as Konkani "ragot" and Assamese "tez
ulaise"; waters broken or pains before term told by the week ("31 aathavde", "29 weeks"); a high fever
after the birth as Malayalam "kadutha pani"; the time after the birth as Odia "pila hoiba pare", Gujarati
"suvavad pachi", Urdu "wiladat ke baad"; a young child with the age after the word ("poto 20 din ro").
Each gets the emergency answer (112 / 108).

Calm messages that share their words stay calm: a question about the illness in general, a hypothetical
asked in advance, a mild sign in a child who plays, a baby that moves well, a hand of a child out of a window, how to count the kicks,
a hot-water bottle ("garam paani di bottle") for a child's pain.

None of these messages is in the patient set; each checks a word family or a rule, not one wording.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_emergency, assert_not_emergency

SICK_CHILD = [
    "bachcha jhool raha hai, aankh nahi khol raha, bukhar",
    "maro dikro bahu sust che, taav che, kai pito nathi",
    "dikri ne jhada ulti, aankho andar utri gai, pishab nathi",
    "chhori susti me padi se, kuch na pive, ulti kare",
    "बच्चा सुतले रहत बा, जगावे पर ना जागत, बुखार तेज",
    "बउआ के देह गरम आ झटका आवत बा",
    "en paiyan romba sorvaa irukkan, kaichal, ezhundhirikka maatengiran",
    "naa koduku chala neerasam ga unnadu, jvaram, emi taagatledu",
    "nanna maga tumba sustagiddane, jwara, yenu kudiyalla",
    "mhojo poro khub sust, taap, kai piyena",
    "bache ke pair par purple dots aa gaye, bukhar hai",
    "mor suwali bohut durbol, jor ase, gakhir nakhai",
    "kolandha romba sorndhu irukku, kaichal, paal kudikkala",
    "kunjinte shwasam vegathil, nenju ullilekku pokunnu, pani und",
    "bachha lai jwaro chha, aankha mathi gayo, haat khutta kampyo",
    "naunyal ka bukhar ma jhatka aana lagi gaya",
]

NEWBORN = [
    "naba jatak dudh khachhe na, gaa thanda",
    "nava jatak dudha piuni, dehe thanda",
    "pirandha kuzhandhai paal kudikkala, udambu chillunu irukku",
    "puttina papa paalu taagatledu, body challaga undi",
    "hutida magu haalu kudiyalla, maiyella tannage ide",
    "छोटकी 15 दिन के, गोड़ हाथ पियर हो गइल",
    "दस दिन के बुतरू दूध नै पीबै छै",
    "बचवा के नाभि से पीब आवत बा, हफ्ता भर के बा",
    "shishu ti haat paa holud hoye gechhe, 12 din boyesh",
    "poto 20 din ro, doodh koni pive, sust pado",
    "10 din ki modi ki deh thandi pad gayi, doodh nai pi rai",
    "10 naal kuzhandhai manjal kaal varai",
    "15 din ko baccha ko naito bata ragat aairaheko",
    "navjat bal dudh piyena, kud thand zala",
]

PREGNANCY = [
    "पेट सँ बच्चा नहि डोलि रहल अछि, नौ मास",
    "baal potat halat nahi kalpasun, 9 mahine",
    "kadupulo bidda kadaladam ledu ninnati nunchi",
    "hotteyalli magu aadthilla ninne inda",
    "pet ma baccha chalna chhodyo hijo dekhi",
    "garbhavati 8 mhoine, khub ragot vata",
    "bhonti 8 maah'r gorbhoboti, tez ulaise",
    "pilla hoyeba pare rakta band heuni",
    "bachhe ka haath bahar aa gaya hai, dai ghar pe hai",
    "पेट वाली बहू के खून जात बा, सात महीना के",
    "pani gela 7 vya mahinyat",
    "bayko 32 aathavde pregnant, achanak pani gelam khalun",
    "ajun 31 aathavde zale, pani gelam achanak",
    "29 weeks and contractions every 5 minutes",
    "bhonti 6 mahina pet t, tez ulaise",
    "prasavam kazhinju 5 divasam, kadutha pani, vayaru vedana",
    "garbhavati chhu, tauko dherai dukhyo, anuhar sunniyo",
    "jachcha ko 3 din se tez bukhar, kaanp rahi",
    "nau maina ho gain, pet ma nauno hildu ni subeh bati",
]

CALM = [
    "mera beta jhula se gira, haath me halki moch, hil raha hai",  # a swing, not a limp child
    "bachva ke halka bukhar ba, khelat ba, khana khat ba",
    "dikro ramto che, thodo taav che, khay che",
    "agar bachva ke bukhar hoi tan ka kari",
    "agar butru ke bukhar me jhatka aabai ta ki kari, pahile jane le chahi",
    "agar bacche ke jhatka aabai ta ki kari",
    "agar munna ke bukhar me jhatka hoy tan ki karbai",
    "अगर बचवा के तेज बुखार होय तें कोन दवाई देबै",
    "navjaat ki naal kitne din me girti hai",
    "naba jatak ke kibhabe snan korabo",
    "9 mahine, bacha achhe se hil raha hai, checkup kab hai",
    "pregnancy me baby kab hilna shuru karta hai",
    "bacche ka haath khidki se bahar nikal raha tha, daant diya",
    "suvavad pachi ketla divas aaram karvo",
    "piyar kapda pahir ke puja kail",
    "29 weeks, how to know if contractions are real labour",
    "33 weeks pregnant, baby moving well, what to eat",
    "dolyatun pani yetanch aahe, 30 varsh vay",
    "mera pota 3 saal ka hai, khush hai, khelta hai",
    "meri kudi nu periods vich dard, garam paani di bottle theek aa",
    "how to count baby kicks in the third trimester",
    "kuttikku cheriya jaladosham, nannayi kalikkunnu",
    "jachcha ko kya khilana chahiye",
    "noni juice peena theek hai kya",
    "nauno bal khush che, dudh pinu che",
    "pet ma nauno khub hildu, aath maina",
    "poto nu raat nu pathari ma peshab thai jay che, garam paani ni bottle",
]


@pytest.mark.parametrize("message", SICK_CHILD)
def test_a_sick_child_in_everyday_words_is_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message, number="108")


@pytest.mark.parametrize("message", NEWBORN)
def test_a_newborn_in_danger_in_everyday_words_is_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message, number="108")


@pytest.mark.parametrize("message", PREGNANCY)
def test_a_pregnancy_in_danger_in_everyday_words_is_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message, number="108")


@pytest.mark.parametrize("message", CALM)
def test_calm_messages_sharing_these_words_stay_calm(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)
