"""Verbs of Tamil, Telugu, Kannada and Malayalam told by their affirmative endings are read as the Hindi verb.

A past, perfect, present or progressive ending after a verb stem of the south (Tamil "moozhg-ittaan",
Telugu "munig-indi", Kannada "mulug-idaane", Malayalam "mung-ippoyi": drowned) is read as the Hindi verb with
the Hindi word of the same tense ("doob gaya"), and a participle with its auxiliary typed apart ("mungi
poyi", "vizhundhu vittaar", "padi poyadu") the same way, so a fall into water, blood flowing, a drowning,
boiling milk poured over a child, lips turned blue, a faint or a breath that stopped told this way gets the
emergency answer. Calm messages sharing their words stay calm: a runny nose ("mookku ozhukunnu" = naak beh
raha), leg pain ("kaal vali"), a child who drank milk, bleeding that stopped, a spinning head ("tale
suttuttide"); a small burn told so names the burns topic, a leg ("kaalu") does not. The reader itself: the
Hindi words it gives, and the words it leaves alone (a word of the vocabulary, a stem without an ending, an
ending typed alone, a stem read only when denied, Hindi words with the same ending). None of these messages
is in the patient set.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot

from .conftest import assert_emergency, assert_not_emergency

EMERGENCIES = [
    # drowned: Tamil, Telugu, Kannada, Malayalam
    "paiyan kulathula moozhgittaan",
    "kuzhandhai swimming pool la moozhgiduchu",
    "thammudu cheruvulo munigipoyadu",
    "papa neellalo munigindi",
    "magu neeralli mulugidaane",
    "huduga nadiyalli mulugidanu",
    "achan vellathil mungippoyi",
    "mon kulathil mungi poyi",
    # fell into a well or a lake, or fell and the head bleeds
    "thatha kinathula vizhundhu vittaar",
    "paapa kinathu la vilundhuttaa",
    "ajji baaviyalli biddidaare",
    "magu keredalli biddubittide",
    "en paiyan cycle la irundhu vizhundhaan, thalai la adi pattu ratham varudhu",
    # blood flowing: Telugu "kaar-utundi", Tamil "vadiy-udhu", Kannada "hariy-uttide", Malayalam "ozhuk-unnu"
    "tala nunchi raktam kaarutondi",
    "bidda nooti nunchi raktam kaarutundi",
    "thalai la irundhu ratham vadiyudhu",
    "huduga kaalinda rakta hariyutide",
    # the breath stopped: Tamil "nindr-uchu", Kannada "nint-ide", "nintu hoytu"
    "thatha ku moochu nindruchu",
    "ajjige usiru nintide",
    "usiru nintuhoytu",
    # lips turned blue: Kannada "neeli-yaagide", Malayalam "neel-ikkunnu"
    "magu tutigalu neeliyaagide",
    "kunju chundu neelikkunnu",
    # fainted: Telugu "spruha kolpoy-aaru" (lost consciousness)
    "nanna spruha kolpoyaaru",
    "appa echara tappidaru",  # Kannada: lost consciousness ("echara", awareness; "tapp-idaru", lost)
    # lips turned blue: Telugu "neelam-ayyindi", Tamil "neelama maaridichu"
    "pillodi pedavulu neelamayyindi",
    "paati ku udhadu neelama maaridichu",
    # boiling milk poured over a child: Tamil "kothikira" (boiling), "kott-iduchu" (poured)
    "kuzhandhai mela kothikira paal kottiduchu",
    # vomiting after a blow to the head, Telugu "kakk-utunnadu"
    "babu kakkutunnadu, tala ki debba tagilindi",
]

CALM = [
    "kaal vali",
    "kaal valikkudhu nadandhaa",
    "thalai valikkudhu",
    "mookku ozhukunnu, thummal",
    "mookku vadiyudhu",
    "paiyan paal kudichuttaan, thoongittaan",
    "kai konjam veengirukku, vali illa",
    "rakta nintide, ega chennagide",
    "jwaram vachindi, kaalu noppestundi",
    "chali ki vanukutundi",
    "cheemai kadichuttu, konjam arippu",
    "kosu kadichuttu",
    "magu haalu kudididaane, nidde maadtide",
    "kunju paal kudichu urangi",
    "confuse aagiduchu, enna marundhu saapidanum",
    "kai bend aagide, swalpa novu",
    "nange tale suttuttide swalpa",
    "doctor vandhutaar, paathutaar",
    "magu bagge echara vahisi",
    "viyarvai romba kottudhu veyil la",
    "magu ge tale suttittu, vaanti aaytu",
]


@pytest.mark.parametrize("message", EMERGENCIES)
def test_a_southern_verb_told_by_its_ending_is_an_emergency(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message, number="108")


@pytest.mark.parametrize("message", CALM)
def test_calm_messages_with_the_same_verbs_stay_calm(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("amma kai kaalindhi, konjam", "burns"),  # Telugu: the hand got burnt a little
        ("akka kai konjam kaalipoyindhi, bobba vachindi", "burns"),
    ],
)
def test_a_southern_verb_read_by_its_ending_names_its_topic(bot: ChatBot, message: str, topic: str) -> None:
    assert_not_emergency(bot, message, topics=topic)


@pytest.mark.parametrize(
    ("message", "wanted"),
    [
        ("paiyan moozhgittaan", ("doob", "gaya")),  # Tamil: drowned
        ("amma kai kaalindhi", ("jal", "gaya")),  # Telugu: burnt
        ("kai kaalipoyindhi", ("jal", "gaya")),  # Telugu: burnt, the ending in another spelling
        ("raktam kaarutondi", ("beh", "raha")),  # Telugu: is flowing
        ("chora ozhukikkondirikkunnu", ("beh", "raha")),  # Malayalam: keeps flowing
        ("kaalu ubbipoyindi", ("sooj", "gaya")),  # Telugu: swelled
        ("amma kakkutundi", ("ulti", "kar", "raha")),  # Telugu: is vomiting
        ("kaalu noyuttide", ("dard", "ho", "raha")),  # Kannada: hurts
        ("vizhunthutan", ("gir", "gaya")),  # Tamil, the ending in another spelling ("uttaan")
        ("papa cheyyi kaali poyindi", ("jal", "gaya")),  # Telugu, the auxiliary typed apart
        ("thatha kizhe vizhundhu vittaar", ("gir", "gaya")),  # Tamil completive
        ("babu kinda padi poyadu", ("gir", "gaya")),  # Telugu: a participle read only before its auxiliary
        ("magu mai tannage aagide", ("thanda", "ho", "gaya")),  # Kannada: has become cold
        ("udhadu neelama maaridichu", ("neela", "ho", "gaya")),  # Tamil: turned blue
        ("kannu thurakkunnu", ("aankh", "khol", "raha")),  # Malayalam: the eyes open (no "nahi")
        ("amma paesala", ("bol", "nahi")),  # a denial is still read as before
    ],
)
def test_the_reader_gives_the_hindi_verb_and_the_word_of_its_tense(
    bot: ChatBot, message: str, wanted: tuple[str, ...]
) -> None:
    read = bot.knowledge_base.concepts.southern_verbs(message.split())
    assert read is not None, message
    virtual = read[0]
    start = virtual.index(wanted[0])
    assert tuple(virtual[start : start + len(wanted)]) == wanted, (message, virtual)


@pytest.mark.parametrize(
    "token",
    [
        "kaalu",  # Telugu / Kannada leg: a stem with no ending
        "kaalil",  # Malayalam "on the leg": no ending of a verb
        "padichu",  # Tamil / Malayalam "studied": "padi" (Telugu: fallen) is read only before "poyadu"
        "poyindi",  # an ending typed alone
        "aagide",  # Kannada "has become": "aag" (to stop) is read only when denied
        "aagiduchu",  # Tamil "it became"
        "vizhundhutaan",  # a word of the concepts' vocabulary is left to the concepts
        "vastu",  # Hindi: a thing ("vas" + "tu": an ending of two letters needs a stem of four)
        "kaaran",  # Hindi: a reason (the Tamil "-aan" is also the Malayalam infinitive)
        "vartan",  # Hindi: behaviour ("tan" is another spelling of "ttaan" only after a longer stem)
        "bartan",  # Hindi: a vessel
        "thurakkan",  # Malayalam "to open" ("thurakkan pattunnilla", cannot open)
    ],
)
def test_the_reader_leaves_other_words_alone(bot: ChatBot, token: str) -> None:
    concepts = bot.knowledge_base.concepts
    assert concepts.affirmed_southern_verb(token) is None, token


def test_a_verb_read_in_the_south_is_not_split_into_two_words(bot: ChatBot) -> None:
    # "maaridichu" (Tamil: it turned into) would otherwise be typed apart as "maar idichu"
    assert bot.knowledge_base.split_joined("maaridichu") == ("maaridichu",)


def test_the_virtual_words_map_back_to_the_typed_word(bot: ChatBot) -> None:
    words = "papa cheyyi kaali poyindi".split()
    read = bot.knowledge_base.concepts.southern_verbs(words)
    assert read is not None
    marks = [k for k, verb in enumerate(read.owner) if verb >= 0]
    assert [read.words[k] for k in marks] == ["jal", "gaya"]
    assert {read.origin[k] for k in marks} == {2}  # both on "kaali"; "poyindi" is told by "gaya"
    assert "poyindi" not in read.words
    # the same reading serves both readers: a term on either word tells the verb, one beside them does not
    assert read.tells(2, 3) and read.tells(3, 4) and not read.tells(0, 2)
    assert read.typed_span(2, 4) == (2, 3)


@pytest.mark.parametrize("message", ["kaalu noppi ga undi 2 rojula nundi", "kaalu novu jasti aagide"])
def test_the_leg_of_telugu_and_kannada_is_no_burn(bot: ChatBot, message: str) -> None:
    # "kaalu" is the leg; the Telugu burn is told by an ending ("kaal-indi", "kaali poyindi")
    reply = assert_not_emergency(bot, message)
    assert "burns" not in reply.topics, (message, reply.topics)
