"""The verbs of Marathi, Gujarati, Bengali, Assamese, Punjabi, Odia and Bhojpuri / Maithili / Magahi are read by
their endings as the Hindi verb with the Hindi ending of the same tense and aspect.

Checks the reader itself (``VerbEndings``: Marathi "girla" = "gir gaya", "dukhtoy" = "dukh raha", Bengali
"jolchhe" = "jal raha", Gujarati "bolto nathi" = "bol nahi raha", Bengali "pure gechhe" and Gujarati "dajhi
gayo" = "jal gaya", Bhojpuri "dub gail" = "doob gaya", Odia "uthuni" = "uth nahi raha"; a Hindi word, a word of
the lexicon, a short stem or a look-alike such as "jaldi" or "sunil" is never read), the concepts found through
it with their typed positions, and whole messages: a child drowned, a person who does not wake, speak or move,
bleeding that does not stop, told with those endings, are emergencies; calm messages with the same verbs (a
child who speaks and plays, a little tummy ache, a burn on a finger, bleeding that stopped, a fall with no
harm) stay calm.
None of these messages is in the patient set.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot
from medlink.chatbot.concepts import VerbEndings

from .conftest import assert_emergency, assert_intent, assert_not_emergency


def _reader(bot: ChatBot) -> VerbEndings:
    verbs = bot.knowledge_base.concepts.verbs
    assert verbs is not None
    return verbs


@pytest.mark.parametrize(
    ("token", "after", "wanted"),
    [
        ("girla", None, ("gir", "gaya", False)),  # Marathi: fell
        ("bhajlo", None, ("jal", "gaya", False)),  # Marathi: got burnt
        ("budla", None, ("doob", "gaya", False)),  # Marathi: drowned
        ("gudmartoy", None, ("ghut", "raha", False)),  # Marathi: is choking
        ("olakhat", "nahi", ("pehchan", "raha", False)),  # Marathi: does not recognise
        ("jalchhe", None, ("jal", "raha", False)),  # Bengali: is burning
        ("porlo", None, ("gir", "gaya", False)),  # Bengali: fell
        ("norchhe", "na", ("hil", "raha", False)),  # Bengali: is not moving
        ("kapyu", None, ("kat", "gaya", False)),  # Gujarati: got cut
        ("jagto", "nathi", ("jag", "-ta", False)),  # Gujarati: does not wake
        ("dukhe", "che", ("dukh", "raha", True)),  # Gujarati: is hurting
        ("pure", "gechhe", ("jal", "gaya", True)),  # Bengali: got burnt
        ("dajhi", "gayo", ("jal", "gaya", True)),  # Gujarati: got burnt
        ("dub", "gail", ("doob", "gaya", True)),  # Bhojpuri: drowned
        ("digeya", None, ("gir", "gaya", False)),  # Punjabi: fell
        ("uthde", "nahi", ("uth", "-te", False)),  # Punjabi: do not get up
        ("dukhuchi", None, ("dukh", "raha", False)),  # Odia: is hurting
        ("haluni", None, ("hil", "nahi", False)),  # Odia: does not move
        ("girlas", None, ("gir", "gaya", False)),  # Bhojpuri: fell
        ("uthta", "nathi", ("uth", "-ta", False)),  # a Hindi verb before a Gujarati denial is read
        ("bolte", "parchhe", ("bol", "pa", True)),  # Bengali: can (not) speak
        ("bolu", "shakat", ("bol", "pa", True)),  # Marathi: can (not) speak
        ("uthi", "paruni", ("uth", "nahi", True)),  # Odia: cannot get up
        ("peenda", "nahi", ("pee", "-ta", False)),  # Punjabi: does not drink
        ("pivat", "nahi", ("pee", "raha", False)),  # Marathi: is not drinking
    ],
)
def test_the_reader_reads_a_stem_and_its_ending_as_the_hindi_verb(
    bot: ChatBot, token: str, after: str | None, wanted: tuple[str, str, bool]
) -> None:
    assert _reader(bot).read(token, after) == wanted


@pytest.mark.parametrize(
    ("token", "after"),
    [
        ("jaldi", None),  # quickly
        ("sunil", None),  # a name
        ("katta", None),  # a country pistol
        ("sadda", None),  # Punjabi: ours
        ("uthta", "nahi"),  # Hindi, read by the lexicon as it is
        ("bolte", None),  # Hindi
        ("pila", None),  # Odia: a child; "pi" is too short a stem
        ("padla", None),  # a term of the lexicon by itself
        ("kamla", None),  # no verb stem
        ("pore", None),  # Bengali "pore" (later) without a verb of going after it
        ("uthata", "nahi"),  # the Hindi causative "uthata" (lifts), no Bhojpuri "-ata"
        ("chali", "gayi"),  # Hindi: went away
        ("bahar", "gaya"),  # Hindi: went out
        ("gir", "gaya"),  # Hindi as it is
        ("peeli", None),  # Hindi: yellow
    ],
)
def test_the_reader_leaves_other_words_alone(bot: ChatBot, token: str, after: str | None) -> None:
    assert _reader(bot).read(token, after) is None


def test_a_reader_of_its_own_words_reads_the_virtual_words_with_their_typed_positions() -> None:
    verbs = VerbEndings(
        {"gir": "gir", "bol": "bol", "dajh": "jal"},
        {"la": "gaya", "to": "-ta", "e che": "raha"},
        conjunctive=["i"],
        going={"gayo": "gaya"},
        denials=["nathi"],
        lookalikes=["girlo"],
    )
    assert verbs.virtual(["mulga", "girla"]) == (["mulga", "gir", "gaya"], [0, 1, 1], [-1, 0, 0], [(1, 3, -1)])
    # "bolto nathi": the denial typed after the verb is the "nahi" of "bol nahi raha", at the denial's place
    assert verbs.virtual(["bolto", "nathi"]) == (["bol", "nahi", "raha"], [0, 1, 1], [0, 0, 0], [(0, 3, 1)])
    assert verbs.virtual(["haath", "dajhi", "gayo"]) == (
        ["haath", "jal", "gaya"], [0, 1, 2], [-1, 0, 0], [(1, 3, -1)]
    )
    assert verbs.virtual(["girlo", "bole"]) is None
    assert verbs.is_verb("girla") and not verbs.is_verb("girlo") and not verbs.is_verb("gi")


def test_concepts_are_found_through_the_reader_at_the_typed_positions(bot: ChatBot) -> None:
    concepts = bot.knowledge_base.concepts
    burnt = {(name, start, end) for name, start, end in concepts.find(["haat", "bhajun", "gela"])}
    assert ("burn_injury", 1, 3) in burnt
    drowned = {name for name, _s, _e in concepts.find(["laika", "pokhra", "me", "dub", "gail"])}
    assert "drowning" in drowned
    # Gujarati "pag kapyu" (the foot got cut) is "pair kat gaya"; denied ("kapyu nathi"), it counts only with
    # its denial
    assert "limb_cut_told" in {name for name, _s, _e in concepts.find(["pair", "kapyu"])}
    assert "limb_cut_told" not in {name for name, _s, _e in concepts.find(["pair", "kapyu", "nathi"])}
    # Gujarati "jagto nathi" (does not wake) is "jag nahi raha", "jagto" alone is no danger
    assert "unconscious_words" in {name for name, _s, _e in concepts.find(["bacha", "jagto", "nathi"])}
    assert "unconscious_words" not in {name for name, _s, _e in concepts.find(["bacha", "jagto"])}
    # Bengali "pore giye" (having fallen) is "gir gaya"; "pore" alone is "later"
    assert "fall_words" in {name for name, _s, _e in concepts.find(["chhele", "pore", "giye"])}
    assert "fall_words" not in {name for name, _s, _e in concepts.find(["pore", "asbo"])}
    # a verb read by its ending is one word, never two words typed together ("khol chhe")
    assert bot.knowledge_base.split_joined("kholchhe") == ("kholchhe",)
    # "jage che" (is awake) is never "jhaag", froth at the mouth
    assert "fits" not in {name for name, _s, _e in concepts.find(["bhai", "jage", "che"])}


EMERGENCIES = [
    # Marathi
    "bala uthat nahi, halat nahi, ang thanda",
    "baal bolat nahi ani uthat nahi",
    "mulga vihirit budla, shwas ghet nahi",
    # Gujarati
    "chhokri kuva ma dubi gai",
    "chokro talav ma dubi gayo",
    "baa bolta nathi ane jagta nathi",
    "bhai jagto nathi, halto nathi",
    "lohi atakatu nathi kyarnu",
    "baby uthto nathi, dudh pito nathi",
    # Bengali / Assamese
    "chhele pukure dube gechhe",
    "chhele jole dube gelo, ekhon shash nichhe na",
    "baba uthchhe na, norchhe na",
    "ladka pukhurit dubi gol",
    # Punjabi
    "munda nehar vich dubbeya",
    "bapu ji bolde nahi, baanh hildi nahi",
    "bacha uthda nahi, saah hauli",
    "mata ji chhat ton digeya, sir vich satt",
    "dada ji uthde nahi, awaaz dende nahi",
    # Odia
    "pila pokhari re budi gala",
    "jeje uthuchhanti nahi, kichhi kahuchhanti nahi",
    # Bhojpuri / Maithili / Magahi
    "babuji chhat se girlas, mooh se khoon nikalat ba",
    "laika pokhra me dub gail",
    "ladka kuan me dub gail, saans naikhe",
    "dadi bolat naikhi, uthat naikhi",
    "maiya khasal chhat par sa, bolait nai",
    "chhele ke current legechhe",  # Bengali: the boy got an electric shock = "current lag gaya"
    "meyer haat e current legechhe, haat kalo hoye gechhe",
    # the eyes do not open, panting: Bengali "chokh kholchhe na", Marathi "dole ughadat nahi", Bengali "hapachhe"
    "baby chokh kholchhe na",
    "bacha dole ughadat nahi, sust ahe",
    "bacchu hapachhe, thot neel",
    # being able denied: Bengali "bolte parchhe na", Marathi "bolu shakat nahi", Gujarati "boli shakti nathi"
    "baba kotha bolte parchhe na",
    "baba uthte parchhe na, haat norchhe na",
    "aajoba bolu shakat nahi",
    "mummy boli shakti nathi",
    "pair kaapla, khoon vahat ahe",
]


@pytest.mark.parametrize("message", EMERGENCIES)
def test_a_danger_told_with_the_verb_endings_of_the_north_and_east_is_an_emergency(
    bot: ChatBot, message: str
) -> None:
    assert_emergency(bot, message, number="108")


CALM = [
    # the same verbs, told of a child who is well or a small trouble
    "mulga khelta khelta girla, thoda kharchatla, aata bara ahe",
    "baal aata changla bolto ani khelto",
    "pet thoda dukhtay jevan zalyavar",
    "aaji chi tabyet bari ahe, fakt gudgha dukhtoy",
    "chokro taravanu shikhe che, kyarey dubyo nathi",
    "bhai saro jage che ane rame che",
    "nani ne haath ma thodu dajhyu, nanu chhalu",
    "baba bhalo achhe, kotha bolchhe",
    "chhele sathar shikhchhe, jole nambte bhoy pay",
    "bacha theek hai, hun bolda hai te khed da hai",
    "khoon ruk gaya, hun theek aa",
    "munda tairna sikhda",
    "pila bhala achhi, khela karuchi",
    "babuji thik bate, bolat bate",
    "laika ke pet dukhat ba halka",
    "meye sindi theke porlo na, bhoy peyechhe shudhu",
    "current gelo, pakha cholchhe na",  # Bengali: the power went, the fan does not run
    "baby chokh khule takachhe, bhalo achhe",  # Bengali: the baby looks about with open eyes
    "bhook lagli ahe, kay khau",  # Marathi: I am hungry
    "baba ekhon kotha bolte parchhe, bhalo achhe",  # Bengali: he can speak now
    "aajoba aata bolu shakat ahet",  # Marathi: grandfather can speak now
    "bacha chalta yet nahi abhi, 10 mahine ka hai",  # Hinglish "yet": not walking yet at ten months
    "roz paani ki balti uthata hu, kandha dukhta hai",  # Hindi "uthata", lifts
    "beti school se ghar chali gayi, thoda sir dard tha",
    "mere daant peele ho gaye hain, kya karun",  # Hindi "peele", yellow, is no drinking
    # a danger of long ago, told with its time, stays calm
    "do saal pehle mulga vihirit budla hota, aata theek ahe",
    "pichle saal munda nehar vich dubbeya si, hun theek hai",
    "mala thandi lagtey",  # Marathi: I feel cold
    # words that only look like a stem and an ending
    "sunil ki dukaan kab khulti hai",
    "jaldi batao dawai kab leni hai",
    "sadda bacha theek hai",
    "ketli me chai garam hai",
    "porche gaadi nayi li",
]


@pytest.mark.parametrize("message", CALM)
def test_the_same_verbs_told_of_someone_well_stay_calm(bot: ChatBot, message: str) -> None:
    assert_not_emergency(bot, message)


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("haath kapyu, thodu lohi nikalyu", "wounds"),  # Gujarati: the hand got cut = "haath kat gaya"
        ("bot kaapla bhaji chirtana", "wounds"),  # Marathi: cut a finger chopping vegetables
        ("gala dukhda hai", "sore_throat"),  # Punjabi: the throat hurts = "gala dukhta"
    ],
)
def test_a_complaint_told_with_those_endings_names_its_topic(bot: ChatBot, message: str, topic: str) -> None:
    assert_intent(bot, message, ("symptom_check", "remedy"), topic)


def test_a_word_that_only_looks_like_a_verb_names_no_complaint(bot: ChatBot) -> None:
    # Gujarati "ketlo" (how much) is no "ket-lo", cut
    assert_intent(bot, "cricket ma ketlo score thayo", "fallback")
