"""Messages typed in India's other scripts — Gurmukhi, Gujarati, Bengali, Odia, Tamil, Telugu, Kannada,
Malayalam — are read as their speakers type the same words in Latin letters: an emergency gets 112 (a wish
to die also 14416), an everyday complaint its topic, in the user's preferred answer language.

The letters move to Devanagari by the blocks' shared layout; northern words are read by the Hindi path
(Punjabi "ਛਾਤੀ" = chhati), southern words are written out with every vowel and Tamil's voicing ("நெஞ்சு" =
nenju). None of these messages is in the patient set.
"""

from __future__ import annotations

import pytest

from medlink.chatbot import ChatBot
from medlink.chatbot.scripts import plain_devanagari, romanise_letters, script_of, to_devanagari

from .conftest import assert_emergency, assert_intent, assert_not_emergency


@pytest.mark.parametrize(
    ("word", "script", "typed"),
    [
        ("நெஞ்சு", "tamil", "nenju"),  # voiced after a nasal
        ("முடியல", "tamil", "mudiyala"),  # voiced between vowels, every vowel sounded
        ("சாகணும்", "tamil", "saaganum"),  # the Tamil "ச" said "s"
        ("காய்ச்சல்", "tamil", "kaaichal"),
        ("கால்", "tamil", "kaal"),
        ("నొప్పి", "telugu", "noppi"),  # the short "o" of the south
        ("ಆಗುತ್ತಿಲ್ಲ", "kannada", "aaguttilla"),
        ("കിട്ടുന്നില്ല", "malayalam", "kittunnilla"),
        ("എനിക്ക്", "malayalam", "enikku"),  # the last virama said "u"
        ("ഉണ്ട്", "malayalam", "undu"),
        ("হয়ে", "bengali", "hoye"),  # the Bengali inherent "o"; "য়" is "y"
        ("জ্বর", "bengali", "jwor"),  # "ব" after a consonant is "w"; the last vowel silent
        ("রক্ত", "bengali", "rokto"),  # ... but said after a conjunct
        ("করছে", "bengali", "korchhe"),  # a vowel between a vowel and a vowel sign is silent
        ("ଯନ୍ତ୍ରଣା", "odia", "jantrana"),  # Odia "ଯ" is "j"
        ("જવું", "gujarati", "javu"),  # the Gujarati nasal after a last "u" is not typed
        ("ਛਾਤੀ", "gurmukhi", "chhati"),
    ],
)
def test_a_word_is_written_as_its_speakers_type_it(word: str, script: str, typed: str) -> None:
    assert script_of(word) == script
    assert romanise_letters(to_devanagari(word), script) == typed


def test_letters_move_to_their_devanagari_twins() -> None:
    assert to_devanagari("ਛਾਤੀ") == "छाती"
    assert to_devanagari("ਵਿੱਚ") == "विच"  # the Gurmukhi addak is dropped, as typists write "vich"
    assert to_devanagari("ਸੰਗ") == "संग"  # the tippi is the nasal
    assert to_devanagari("১২৩") == "123"
    assert plain_devanagari(to_devanagari("ਜ਼ਹਿਰ")) == "जहिर"
    assert script_of("dard") is None and script_of("दर्द") is None


EMERGENCIES = [
    "ਮੇਰੀ ਛਾਤੀ ਵਿੱਚ ਬਹੁਤ ਦਰਦ ਹੈ ਤੇ ਸਾਹ ਨਹੀਂ ਆ ਰਿਹਾ",  # Punjabi: chest pain, no breath
    "ਬੱਚੇ ਨੂੰ ਸੱਪ ਨੇ ਡੰਗ ਲਿਆ",  # Punjabi: a snake bit the child
    "ਉਹ ਬੇਹੋਸ਼ ਹੋ ਗਿਆ",  # Punjabi: he fainted
    "ਬਹੁਤ ਖੂਨ ਵਗ ਰਿਹਾ ਹੈ",  # Punjabi: much blood flowing
    "મારી છાતીમાં ખૂબ દુખાવો થાય છે અને શ્વાસ નથી લેવાતો",  # Gujarati: chest pain, cannot breathe
    "બાળકે ઝેર પી લીધું",  # Gujarati: the child drank poison
    "તે બેભાન થઈ ગયો",  # Gujarati: he fainted
    "আমার বুকে খুব ব্যথা, শ্বাস নিতে পারছি না",  # Bengali: chest pain, cannot breathe
    "বাচ্চা অজ্ঞান হয়ে গেছে",  # Bengali: the child has fainted
    "ମୋ ଛାତିରେ ବହୁତ ଯନ୍ତ୍ରଣା ହେଉଛି, ନିଶ୍ୱାସ ନେଇ ପାରୁନି",  # Odia: chest pain, cannot breathe
    "நெஞ்சு வலி, மூச்சு விட முடியல",  # Tamil: chest pain, cannot breathe
    "பாம்பு கடிச்சிருச்சு",  # Tamil: a snake bit
    "விஷம் குடிச்சிட்டான்",  # Tamil: he drank poison
    "ఛాతీ నొప్పి, ఊపిరి ఆడటం లేదు",  # Telugu: chest pain, no breath
    "పాము కరిచింది",  # Telugu: a snake bit
    "స్పృహ తప్పి పడిపోయాడు",  # Telugu: he lost consciousness and fell
    "ಎದೆ ನೋವು, ಉಸಿರಾಡಲು ಆಗುತ್ತಿಲ್ಲ",  # Kannada: chest pain, cannot breathe
    "ಹಾವು ಕಚ್ಚಿದೆ",  # Kannada: a snake has bitten
    "നെഞ്ചുവേദന, ശ്വാസം കിട്ടുന്നില്ല",  # Malayalam: chest pain, no breath
    "പാമ്പ് കടിച്ചു",  # Malayalam: a snake bit
    "ബോധം പോയി",  # Malayalam: consciousness gone
    "সাপে কামড়েছে",  # Bengali: a snake has bitten
]

SELF_HARM = [
    "ਮੈਂ ਮਰਨਾ ਚਾਹੁੰਦਾ ਹਾਂ",  # Punjabi: I want to die
    "મારે મરી જવું છે",  # Gujarati
    "আমি আর বাঁচতে চাই না",  # Bengali: I do not want to live any more
    "நான் சாகணும்",  # Tamil
    "నాకు చనిపోవాలని ఉంది",  # Telugu
    "ನನಗೆ ಸಾಯಬೇಕು ಅನಿಸುತ್ತಿದೆ",  # Kannada
    "എനിക്ക് മരിക്കണം",  # Malayalam
    "ମୁଁ ମରିବାକୁ ଚାହୁଁଛି",  # Odia: I want to die
]

CALM = [
    ("ਮੈਨੂੰ ਦੋ ਦਿਨ ਤੋਂ ਬੁਖਾਰ ਹੈ", ()),  # Punjabi: fever for two days
    ("ਸਿਰ ਦਰਦ ਹੈ", "headache"),
    ("મને શરદી અને ઉધરસ છે", "common_cold"),  # Gujarati: cold and cough
    ("માથું દુખે છે", "headache"),
    ("আমার মাথা ব্যথা", "headache"),  # Bengali
    ("எனக்கு தலை வலி", "headache"),  # Tamil
    ("எனக்கு காய்ச்சல் இருக்கு", ()),  # Tamil: I have fever
    ("నాకు జ్వరం ఉంది", ()),  # Telugu: I have fever
    ("ತಲೆ ನೋವು", "headache"),  # Kannada
    ("ನನಗೆ ಜ್ವರ ಇದೆ", ()),
    ("എനിക്ക് തലവേദന", "headache"),  # Malayalam
]


@pytest.mark.parametrize("message", EMERGENCIES)
def test_an_emergency_in_another_script_gets_the_emergency_answer(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message)


@pytest.mark.parametrize("message", SELF_HARM)
def test_a_wish_to_die_in_another_script_gets_the_crisis_line(bot: ChatBot, message: str) -> None:
    assert_emergency(bot, message, number="14416")


@pytest.mark.parametrize(("message", "topics"), CALM)
def test_an_everyday_complaint_in_another_script_stays_calm(
    bot: ChatBot, message: str, topics: tuple[str, ...] | str
) -> None:
    reply = assert_not_emergency(bot, message, topics=topics)
    assert reply.intent != "fallback"


def test_the_answer_is_in_the_preferred_language(bot: ChatBot) -> None:
    assert bot.reply("எனக்கு தலை வலி").language == "en"
    hindi = bot.reply("ਸਿਰ ਦਰਦ ਹੈ", language="hi")
    assert hindi.language == "hi" and "headache" in hindi.topics
    assert_intent(bot, "ਸਿਰ ਦਰਦ ਹੈ", "symptom_check")
