"""Hindi (Devanagari) understanding: language detection and romanisation.

The engine's rules and knowledge base speak English and romanised Hindi ("Hinglish",
the way most Indian patients type: ``seene me dard``, ``bukhar``). A Devanagari message
is therefore mapped, word by word, to the Hinglish spelling a patient would type:

1. the **Hindi lexicon** below (about 600 everyday and medical words, keyed by their
   normalised Devanagari spelling) gives the usual Hinglish / English form;
2. any other word is transliterated with the ``indic-transliteration`` library
   (Harvard-Kyoto scheme) and simplified to plain Latin letters with Hindi schwa
   deletion (``झुनझुनी`` -> ``jhunjhuni``, ``दर्द`` -> ``dard``), so that words the
   lexicon lacks still meet the knowledge base's Hinglish keywords (and its typo
   tolerance).

:func:`detect_language` tells Hindi from English by script: a message with Devanagari
letters is Hindi. All functions are pure and cached.
"""

from __future__ import annotations

import re
from functools import lru_cache


__all__ = ["HINDI_LEXICON", "detect_language", "is_devanagari_token", "romanise_token", "split_particle", "vowel_left_out"]

_DEVANAGARI = re.compile(r"[\u0900-\u097f]")
_VOWEL_SIGNS = set("\u093e\u093f\u0940\u0941\u0942\u0943\u0944\u0945\u0946\u0947\u0948\u0949\u094a\u094b\u094c")
_VIRAMA = "\u094d"
_ANUSVARA = "\u0902"
_CONSONANTS = {chr(c) for c in range(0x0915, 0x093A)} | {"\u0958", "\u0959", "\u095a", "\u095b", "\u095c", "\u095d", "\u095e", "\u095f"}
_INDEPENDENT_VOWELS = {chr(c) for c in range(0x0904, 0x0915)}


def detect_language(text: str) -> str | None:
    """``"hi"`` when *text* contains Devanagari letters, ``"en"`` when it contains Latin
    letters only, ``None`` when it has no letters at all (emoji, digits)."""
    if _DEVANAGARI.search(text):
        return "hi"
    if any(ch.isalpha() for ch in text):
        return "en"
    return None


def is_devanagari_token(token: str) -> bool:
    return _DEVANAGARI.search(token) is not None


# Harvard-Kyoto output -> plain Latin as typed by Hindi speakers
_HK_SIMPLE = (
    # the English "o" and "e" of loanwords (ऑक्सीजन = oksijan, बॉटल = botal, ऍसिड = esid), which the
    # Harvard-Kyoto scheme leaves in Devanagari: dropped, they would part a word from its meaning
    ("aॉ", "o"), ("ॉ", "o"), ("ऑ", "o"), ("aॅ", "e"), ("ॅ", "e"), ("ऍ", "e"),
    ("kS", "ksh"), ("jJ", "gy"), ("R", "ri"), ("A", "a"), ("I", "i"), ("U", "u"),
    ("M", "n"), ("H", "h"), ("z", "sh"), ("S", "sh"), ("T", "t"), ("D", "d"), ("N", "n"),
    ("G", "n"), ("J", "n"), ("r3", "r"), ("~", "n"), ("'", ""), (".", ""),
)  # fmt: skip


def _aksharas(word: str) -> list[tuple[str, bool]]:
    """Split a Devanagari word into syllables; the flag says "ends in the inherent a"."""
    out: list[tuple[str, bool]] = []
    i = 0
    n = len(word)
    while i < n:
        ch = word[i]
        j = i + 1
        if ch in _CONSONANTS:
            while j + 1 < n and word[j] == _VIRAMA and word[j + 1] in _CONSONANTS:
                j += 2
            inherent = True
            if j < n and (word[j] in _VOWEL_SIGNS or word[j] == _VIRAMA):
                inherent = False
                j += 1
            while j < n and word[j] in (_ANUSVARA, "\u0903"):
                j += 1
            out.append((word[i:j], inherent))
        else:
            while j < n and (word[j] in _VOWEL_SIGNS or word[j] in (_ANUSVARA, "\u0903")):
                j += 1
            out.append((word[i:j], False))
        i = j
    return out


#: Harvard-Kyoto writes च as "c" and छ as "ch"; patients type "ch" and "chh" (चाचा = chacha, बचने =
#: bachne, उपचार = upchar, छाती = chhati, मच्छर = machchhar)
_HK_C = re.compile(r"c(h?)")


def _simple(hk: str) -> str:
    hk = _HK_C.sub(lambda m: "chh" if m.group(1) else "ch", hk)
    if hk.startswith("A"):
        hk = "aa" + hk[1:]  # आने -> aane, आंख -> aankh (as typed); elsewhere long a is "a"
    for a, b in _HK_SIMPLE:
        hk = hk.replace(a, b)
    hk = hk.lower()
    hk = re.sub(r"[^a-z0-9]", "", hk)
    return hk


@lru_cache(maxsize=16384)
def _transliterate(word: str) -> str:
    parts = _aksharas(word)
    last = len(parts) - 1
    keep_a = [inherent and not syl.endswith(_ANUSVARA) for syl, inherent in parts]
    if last > 0 and keep_a[last]:
        keep_a[last] = False  # final schwa: दर्द -> dard
    protected = False
    for k in range(last - 1, 0, -1):  # medial schwa, right to left: झुनझुनी -> jhunjhuni
        syl, inherent = parts[k]
        single = sum(ch in _CONSONANTS for ch in syl) == 1
        nxt, nxt_inherent = parts[k + 1]
        nxt_has_vowel = keep_a[k + 1] or not nxt_inherent
        nxt_single = sum(ch in _CONSONANTS for ch in nxt) <= 1
        if keep_a[k] and single and not protected and nxt_has_vowel and nxt_single:
            keep_a[k] = False
            protected = True
        else:
            protected = False
    # imported on first use: the library takes ~0.3 s to import and most messages are not Devanagari
    from indic_transliteration import sanscript

    pieces: list[str] = []
    for k, (syl, inherent) in enumerate(parts):
        hk = sanscript.transliterate(syl, sanscript.DEVANAGARI, sanscript.HK)
        if inherent and not keep_a[k] and hk.endswith("a"):
            hk = hk[:-1]
        pieces.append(hk)
    return _simple("".join(pieces))


def _lexicon_form(token: str) -> str | None:
    hit = HINDI_LEXICON.get(token)
    if hit is None and token.endswith(("ों", "ें")):
        hit = HINDI_LEXICON.get(token[:-2]) or HINDI_LEXICON.get(token[:-2] + "ा")
    return hit


#: vowel signs patients confuse when typing Devanagari, put right: बेहौश for बेहोश, चैहरा for चेहरा,
#: गौलियां, सिना for सीना, दुध for दूध (ए / ओ are not turned into ऐ / औ: पेड is not पैड)
_VOWEL_SLIPS = {"\u094c": "\u094b", "\u0948": "\u0947", "\u093f": "\u0940", "\u0940": "\u093f", "\u0941": "\u0942",
                "\u0942": "\u0941"}
#: the vowel signs (and the nasal dot) most often left out when typing fast
_LEFT_OUT = ("\u093e", "\u093f", "\u0940", "\u0941", "\u0942", "\u0947", "\u0948", "\u094b", "\u0902", "\u0940\u0902")
#: postpositions and particles a phone keyboard joins to the word before or after them (सीनेमें, केसीने)
_PARTICLES = ("में", "मे", "को", "के", "का", "की", "से", "पर", "तक", "ने", "ना", "नहीं", "भी", "तो", "ही", "और")
_JOINED_PARTICLES = ("में", "मे", "को", "के", "का", "की", "से", "पर", "तक", "नहीं", "नही")


def _slip_variants(token: str) -> list[str]:
    """*token* with one confused vowel sign put right, or with a virama written where the word has a
    consonant cluster (दरद for दर्द): candidates to look up in the lexicon, nearest first."""
    out: list[str] = []
    for i, ch in enumerate(token):
        other = _VOWEL_SLIPS.get(ch)
        if other is not None:
            out.append(token[:i] + other + token[i + 1 :])
    for i in range(1, len(token)):
        if token[i - 1] in _CONSONANTS and token[i] in _CONSONANTS:
            out.append(token[:i] + _VIRAMA + token[i:])
    return out


@lru_cache(maxsize=16384)
def romanise_token(token: str) -> str:
    """The Hinglish form of one normalised Devanagari token (may be several words).

    A word of the lexicon is its lexicon form; a word the lexicon lacks is tried with one confused vowel
    sign put right (बेहौश = बेहोश), then as two lexicon words of two syllables or more typed without the
    space (मरनाचाहता = मरना चाहता, नवजातशिशु), else transliterated."""
    hit = _lexicon_form(token)
    if hit is not None:
        return hit
    if len(token) >= 3:
        for variant in _slip_variants(token):
            hit = _lexicon_form(variant)
            if hit is not None:
                return hit
        for k in range(2, len(token) - 1):
            head, tail = token[:k], token[k:]
            if tail[0] in _VOWEL_SIGNS or tail[0] in (_VIRAMA, _ANUSVARA, "\u0903") or head in _PARTICLES \
                    or tail in _PARTICLES or len(_aksharas(head)) < 2 or len(_aksharas(tail)) < 2:
                continue
            first, second = _lexicon_form(head), _lexicon_form(tail)
            if first is not None and second is not None:
                return f"{first} {second}"
    return _transliterate(token)


@lru_cache(maxsize=8192)
def vowel_left_out(token: str) -> str | None:
    """The lexicon form of *token* with a vowel sign (or the nasal dot) put back where it was left out
    (सने for सीने, नहं for नहीं, उल्ट for उल्टी), when exactly one lexicon word fits; else None. Many
    words are words without the sign (पत्ती is not पित्ती): the caller asks only for a token whose
    transliteration it does not know."""
    fits = {
        hit for i in range(1, len(token) + 1) if token[i - 1] in _CONSONANTS for sign in _LEFT_OUT
        if (hit := _lexicon_form(token[:i] + sign + token[i:])) is not None
    }  # fmt: skip
    return fits.pop() if len(fits) == 1 else None


def split_particle(token: str) -> tuple[str, str] | None:
    """A Devanagari word with a postposition typed onto it, as ``(word, postposition)`` in the order
    typed (सीनेमें = सीने + में, केसीने = के + सीने, दूधनहीं = दूध + नहीं, खूनआ = खून + आ), or None. The word keeps two syllables or more; whether
    it is a word at all is for the caller to tell (झटके is a word, not झट + के)."""
    for i in range(1, len(token)):  # a vowel letter right after a consonant begins a word (खूनआ)
        if token[i] in _INDEPENDENT_VOWELS and token[i - 1] in _CONSONANTS:
            return token[:i], token[i:]
    for particle in _JOINED_PARTICLES:
        if token.endswith(particle) and len(_aksharas(token[: -len(particle)])) >= 2:
            rest = token[: -len(particle)]
            if rest[-1] not in _VIRAMA:
                return rest, particle
        if token.startswith(particle) and len(_aksharas(token[len(particle) :])) >= 2:
            rest = token[len(particle) :]
            if rest[0] not in _VOWEL_SIGNS and rest[0] not in (_VIRAMA, _ANUSVARA):
                return particle, rest
    return None


_RAW_LEXICON: dict[str, str] = {
    # --- pronouns, family, people
    "मैं": "main", "मै": "main", "मुझे": "mujhe", "मुझको": "mujhe", "मेरा": "mera", "मेरी": "meri", "मेरे": "mere",
    "हम": "hum", "हमें": "hume", "हमारा": "hamara", "हमारी": "hamari", "आप": "aap", "आपका": "aapka", "आपकी": "aapki",
    "तुम": "tum", "वह": "woh", "वो": "woh", "वे": "woh", "उसे": "use", "उसको": "usko", "उसका": "uska", "उसकी": "uski",
    "उसके": "uske", "उन्हें": "unhe", "उनको": "unko", "उनका": "unka", "उनकी": "unki", "उनके": "unke", "उसने": "usne",
    "उन्होंने": "unhone", "मैंने": "maine", "इसे": "ise", "यह": "yeh", "ये": "ye", "कोई": "koi", "किसी": "kisi",
    "खुद": "khud", "अपनी": "apni", "अपना": "apna", "अपने": "apne", "जी": "ji",
    "बच्चा": "baccha", "बच्चे": "bacche", "बच्ची": "bacchi", "बच्चों": "bacchon", "बेटा": "beta", "बेटे": "bete",
    "बेटी": "beti", "शिशु": "baby", "नवजात": "newborn", "पापा": "papa", "पिता": "father", "पिताजी": "father",
    "पिताज": "father", "मां": "maa", "मा": "maa", "माँ": "maa", "मम्मी": "mummy", "माता": "mother", "पति": "husband",
    "पत्नी": "wife", "बीवी": "wife", "भाई": "bhai", "बहन": "behen", "दादा": "dada", "दादी": "dadi", "दादाजी": "dada",
    "नाना": "nana", "नानी": "nani", "सास": "saas", "ससुर": "sasur", "बहू": "bahu", "दोस्त": "friend",
    "महिला": "woman", "आदमी": "man", "बुजुर्ग": "elderly", "लड़का": "boy", "लडका": "boy", "लड़की": "girl", "लडकी": "girl",
    "मरीज": "patient", "डॉक्टर": "doctor", "डाक्टर": "doctor", "डॉ": "dr", "डा": "dr",
    # --- verbs, auxiliaries, particles
    "है": "hai", "हैं": "hai", "हूं": "hun", "हूँ": "hun", "हो": "ho", "था": "tha", "थी": "thi", "थे": "the",
    "रहा": "raha", "रही": "rahi", "रहे": "rahe", "गया": "gaya", "गई": "gayi", "गयी": "gayi", "गए": "gaye", "गईं": "gayi",
    "आ": "aa", "आता": "aata", "आती": "aati", "आते": "aate", "आया": "aaya", "आई": "aayi", "आए": "aaye", "आना": "aana",
    "जा": "ja", "जाता": "jata", "जाती": "jati", "कर": "kar", "करें": "kare", "करे": "kare", "करना": "karna",
    "करता": "karta", "करती": "karti", "करते": "karte", "करूं": "karu", "करू": "karu", "किया": "kiya",
    "लिया": "liya", "ली": "li", "लीं": "li", "लिये": "liye", "लिए": "liye", "ले": "le", "लें": "le", "लेना": "lena",
    "लेनी": "leni", "दें": "de", "दे": "de", "देना": "dena", "दिया": "diya", "खा": "kha", "खाना": "khana",
    "खाएं": "khaye", "खाये": "khaye", "खाएँ": "khaye", "खाने": "khane", "खाई": "khayi", "पी": "pi", "पिया": "piya",
    "पीना": "pina", "पिलाएं": "pilaye", "पीता": "peeta", "पीती": "peeti", "पा": "pa", "सकते": "sakte", "सकता": "sakta",
    "सकती": "sakti", "चाहिए": "chahiye", "चाहता": "chahta", "चाहती": "chahti", "लग": "lag", "लगी": "lagi", "लगा": "laga",
    "लगता": "lagta", "लगती": "lagti", "लगे": "lage", "लगवाएं": "lagwaye", "मिल": "mil", "मिलने": "milne",
    "मिलता": "milta", "बोल": "bol", "बोलने": "bolne", "उठ": "uth", "उठा": "utha", "चल": "chal", "चलने": "chalne",
    "गिर": "gir", "गिरने": "girne", "फंस": "phans", "फंसा": "phansa", "फंसी": "phansi", "काट": "kaat", "काटा": "kaata",
    "काटने": "kaatne", "सूज": "sooj", "सूजा": "sooja", "सूजी": "sooji", "बह": "beh", "हिल": "hil", "धड़कता": "dhadakta",
    "धडकता": "dhadakta", "मरना": "marna", "मर": "mar", "दूंगा": "dunga", "दूंगी": "dungi", "लूंगा": "lunga",
    "लूंगी": "lungi", "बताओ": "batao", "बताइए": "batao", "सुनाओ": "sunao", "पड़ा": "pada", "पडा": "pada",
    "पड़": "pad", "पड़ी": "padi", "पड़े": "pade", "पड़ता": "padta", "हुआ": "hua", "हुई": "hui", "हुए": "hue",
    "होता": "hota", "होती": "hoti", "होते": "hote", "होना": "hona", "हों": "ho", "रखें": "rakhe", "बचें": "bache",
    "बचाव": "bachav", "सुनाई": "sunai", "दिखता": "dikhta", "दिख": "dikh", "देखभाल": "dekhbhal",
    "धंस": "dhans", "फट": "phat", "बढ़ाएं": "badhaye", "बढाएं": "badhaye", "बढ़ने": "badhne", "बढने": "badhne",
    "छोड़ें": "chhode", "छोडें": "chhode", "छोड़ने": "chhodne", "छोडने": "chhodne", "बनाएं": "banaye", "लगाएं": "lagaye",
    "पूछ": "puch", "रद्द": "cancel", "बुक": "book", "आने": "aane", "फिनाइल": "phenyl", "फिनायल": "phenyl", "फ़िनाइल": "phenyl", "काम": "kaam", "बोलना": "bolna", "हिलना": "hilna", "भूलने": "bhoolne", "भूल": "bhool",
    "फूलती": "phoolti", "फूल": "phool", "फूलना": "phoolna", "निपटें": "nipte", "अच्छी": "achhi", "अच्छा": "achha",
    # --- negation, question words, time
    "नहीं": "nahi", "नही": "nahi", "ना": "na", "न": "na", "मत": "mat", "बिना": "bina",
    "क्या": "kya", "क्यों": "kyu", "क्यो": "kyu", "कैसे": "kaise", "कैसा": "kaisa", "कब": "kab", "कहां": "kahan",
    "कहाँ": "kahan", "कौन": "kaun", "कितना": "kitna", "कितनी": "kitni", "कितने": "kitne", "कौनसा": "konsa",
    "कौनसी": "konsi", "सा": "sa", "अगर": "agar", "तो": "to", "भी": "bhi", "और": "aur", "या": "ya", "लेकिन": "lekin",
    "पर": "par", "से": "se", "में": "me", "मे": "me", "को": "ko", "का": "ka", "की": "ki", "के": "ke", "ने": "ne",
    "तक": "tak", "बाद": "baad", "पहले": "pehle", "साथ": "saath", "बहुत": "bahut", "ज्यादा": "zyada",
    "जादा": "zyada", "कम": "kam", "थोड़ा": "thoda", "थोडा": "thoda", "थोड़ी": "thodi", "थोडी": "thodi", "सब": "sab",
    "सारी": "saari", "सारे": "saare", "कुछ": "kuch", "तेज": "tez", "तेज़": "tez", "हल्का": "halka",
    "हल्की": "halki", "अचानक": "achanak", "अभी": "abhi", "अब": "ab", "आज": "aaj", "कल": "kal", "रात": "raat",
    "सुबह": "subah", "शाम": "shaam", "दिन": "din", "दिनों": "dino", "हफ्ते": "hafte", "हफ्ता": "hafta",
    "महीने": "mahine", "महीना": "mahina", "साल": "saal", "वर्ष": "saal", "बार": "baar", "पिछले": "pichhle",
    "पिछला": "pichhla", "दोबारा": "dobara", "फिर": "phir", "हमेशा": "hamesha", "रोज": "roz", "रोज़": "roz",
    "दौरान": "dauran", "समय": "samay", "एक": "ek", "दो": "do", "तीन": "teen", "चार": "char", "पांच": "paanch",
    "तरफ": "taraf", "ऊपर": "upar", "नीचे": "neeche", "अंदर": "andar", "बाहर": "bahar",
    # --- greetings, help, clinic
    "नमस्ते": "namaste", "नमस्कार": "namaskar", "प्रणाम": "pranam", "राम": "ram", "सुप्रभात": "good morning",
    "धन्यवाद": "dhanyavad", "शुक्रिया": "shukriya", "मदद": "madad", "सहायता": "madad", "फीस": "fees",
    "शुल्क": "fees", "पैसे": "paise", "अपॉइंटमेंट": "appointment", "अपॉइंटमेंट्स": "appointments",
    "अपाइंटमेंट": "appointment", "वीडियो": "video", "कॉल": "call", "काल": "call", "लिंक": "link",
    "गूगल": "google", "मीट": "meet", "ऑनलाइन": "online", "दवा": "dawa", "दवाई": "dawai", "दवाइयां": "dawaiyan",
    "गोली": "goli", "गोलियां": "goliyan", "गोलियाँ": "goliyan", "सिरप": "syrup", "मात्रा": "matra", "खुराक": "khurak",
    "इंजेक्शन": "injection", "टीका": "tika", "टीके": "tike", "टीकाकरण": "tikakaran", "इलाज": "ilaj",
    "उपाय": "upay", "घरेलू": "gharelu", "लक्षण": "lakshan", "कारण": "karan", "बीमारी": "bimari", "रोग": "rog",
    "संक्रमण": "infection", "इन्फेक्शन": "infection", "जांच": "test", "टेस्ट": "test", "अस्पताल": "hospital",
    "मौसम": "mausam", "क्रिकेट": "cricket", "स्कोर": "score", "गाना": "gaana", "चुटकुला": "chutkula",
    # --- body parts
    "सिर": "sir", "सर": "sir", "माथा": "matha", "चेहरा": "chehra", "चेहरे": "chehre", "मुंह": "muh", "मुँह": "muh",
    "मुह": "muh", "होंठ": "hoth", "होठ": "hoth", "जीभ": "jeebh", "दांत": "daant", "दाँत": "daant", "मसूड़े": "masude",
    "आंख": "aankh", "आंखें": "aankhen", "आंखों": "aankhon", "आँख": "aankh", "आँखों": "aankhon", "कान": "kaan",
    "नाक": "naak", "गला": "gala", "गले": "gale", "गर्दन": "gardan", "कंधा": "kandha", "कंधे": "kandhe",
    "सीना": "seena", "सीने": "seene", "छाती": "chhati", "दिल": "dil", "हृदय": "dil", "फेफड़े": "lungs",
    "पेट": "pet", "कमर": "kamar", "पीठ": "peeth", "हाथ": "haath", "हाथों": "haath", "बांह": "baah", "उंगली": "ungli",
    "उंगलियों": "ungliyon", "पैर": "pair", "पैरों": "pairon", "पांव": "paon", "टांग": "taang", "घुटना": "ghutna",
    "घुटने": "ghutne", "घुटनों": "ghutno", "एड़ी": "aedi", "एडी": "aedi", "जोड़": "jod", "जोड़ों": "jodo",
    "जोडों": "jodo", "हड्डी": "haddi", "हड्डियां": "haddiyan", "त्वचा": "skin", "चमड़ी": "skin", "बाल": "baal",
    "नस": "nas", "नसें": "nase", "खून": "khoon", "रक्त": "khoon", "पेशाब": "peshab", "मूत्र": "peshab",
    "मल": "potty", "शरीर": "sharir", "बदन": "badan", "नाभि": "nabhi", "गुर्दे": "kidney", "गुर्दा": "kidney",
    "पसलियां": "pasliyan", "पसलियाँ": "pasliyan", "पसली": "pasli", "छाले": "chhale", "छालों": "chhale",
    "गर्भ": "garbh", "थैली": "thaili",
    # --- symptoms, sensations
    "दर्द": "dard", "पीड़ा": "dard", "बुखार": "bukhar", "ताप": "bukhar", "खांसी": "khansi", "खाँसी": "khansi",
    "जुकाम": "zukam", "जुखाम": "zukam", "सर्दी": "sardi", "छींक": "chheenk", "छींकें": "chheenk", "सांस": "saans",
    "साँस": "saans", "श्वास": "saans", "उल्टी": "ulti", "उलटी": "ulti", "दस्त": "dast", "कब्ज": "kabz",
    "कब्ज़": "kabz", "चक्कर": "chakkar", "कमजोरी": "kamzori", "कमज़ोरी": "kamzori", "कमजोर": "kamzor",
    "थकान": "thakan", "खुजली": "khujli", "खाज": "khaj", "दाने": "daane", "दाना": "daana", "लाल": "laal",
    "सूजन": "sujan", "झुनझुनी": "jhunjhuni", "सुन्न": "sunn", "जलन": "jalan", "जल": "jal", "जला": "jala",
    "जले": "jale", "जलने": "jalne", "भारीपन": "bhaaripan", "भारी": "bhaari", "दबाव": "dabav", "जकड़न": "jakdan",
    "जकडन": "jakdan", "घबराहट": "ghabrahat", "बेचैनी": "bechaini", "पसीना": "pasina", "बेहोश": "behosh",
    "बेहोशी": "behoshi", "होश": "hosh", "झटके": "jhatke", "झटका": "jhatka", "दौरा": "daura", "दौरे": "daure",
    "मिर्गी": "mirgi", "लकवा": "lakwa", "टेढ़ा": "tedha", "टेढा": "tedha", "लटक": "latak", "धुंधला": "dhundhla",
    "सुस्त": "sust", "नींद": "neend", "भूख": "bhookh", "प्यास": "pyaas", "उदास": "udaas", "उदासी": "udasi",
    "तनाव": "tension", "चिंता": "chinta", "मन": "mann", "डर": "dar", "चिड़चिड़ापन": "chidchidapan",
    "चिडचिडापन": "chidchidapan", "आवाज": "awaz", "आवाज़": "awaz", "बैठ": "baith", "खराश": "kharash", "खराब": "kharab",
    "तकलीफ": "takleef", "तकलीफ़": "takleef", "दिक्कत": "dikkat", "परेशानी": "pareshani", "समस्या": "samasya",
    "चोट": "chot", "घाव": "ghaav", "फोड़ा": "phoda", "फोडा": "phoda", "गांठ": "gaanth", "मोच": "moch",
    "पीला": "peela", "पीली": "peeli", "सफेद": "safed", "सफ़ेद": "safed", "पानी": "paani", "गैस": "gas",
    "एसिडिटी": "acidity", "झड़": "jhad", "झड़ने": "jhadne", "झड़ना": "jhadna", "झडने": "jhadne",
    "नीला": "neela", "नीले": "neele", "ठंडा": "thanda", "गर्म": "garam", "गरम": "garam", "सख्त": "sakht",
    # --- conditions
    "मधुमेह": "madhumeh", "शुगर": "sugar", "शक्कर": "sugar", "डायबिटीज": "diabetes", "बीपी": "bp",
    "रक्तचाप": "raktchap", "उच्च": "high", "कोलेस्ट्रॉल": "cholesterol", "थायराइड": "thyroid", "थाइराइड": "thyroid",
    "डेंगू": "dengue", "मलेरिया": "malaria", "टाइफाइड": "typhoid", "टीबी": "tb", "तपेदिक": "tb", "क्षय": "tb",
    "कोरोना": "corona", "कोविड": "covid", "फ्लू": "flu", "निमोनिया": "pneumonia", "अस्थमा": "asthma", "दमा": "dama",
    "इनहेलर": "inhaler", "पंप": "pump", "एलर्जी": "allergy", "पीलिया": "piliya", "बवासीर": "bawaseer",
    "पथरी": "pathri", "गठिया": "gathiya", "माइग्रेन": "migraine", "आधासीसी": "adhasisi", "सिरदर्द": "sirdard",
    "एनीमिया": "anaemia", "मोटापा": "motapa", "वजन": "wajan", "वज़न": "wajan", "डिप्रेशन": "depression",
    "अवसाद": "depression", "मुंहासे": "muhase", "मुँहासे": "muhase", "दाद": "daad", "चेचक": "chechak",
    "चिकनपॉक्स": "chickenpox", "खसरा": "khasra", "मोतियाबिंद": "motiyabind", "पीरियड्स": "periods",
    "पीरियड": "period", "माहवारी": "mahwari", "मासिक": "masik", "धर्म": "dharm", "मेनोपॉज": "menopause",
    "रजोनिवृत्ति": "rajonivritti", "पीसीओडी": "pcod", "पीसीओएस": "pcos", "गर्भावस्था": "garbhavastha",
    "गर्भवती": "garbhvati", "प्रेग्नेंट": "pregnant", "प्रेगनेंसी": "pregnancy", "डिलीवरी": "delivery",
    "प्रसव": "delivery", "स्तनपान": "stanpan", "दूध": "doodh", "फंगल": "fungal", "स्ट्रोक": "stroke",
    "हार्ट": "heart", "अटैक": "attack", "ओआरएस": "ors", "हीमोग्लोबिन": "hemoglobin", "प्लेटलेट": "platelet",
    "प्लेटलेट्स": "platelets", "आंख आना": "aankh aana", "लू": "loo", "सिगरेट": "cigarette", "बीड़ी": "beedi",
    "बीडी": "beedi", "शराब": "sharab", "तंबाकू": "tambaku", "कैंसर": "cancer", "व्यायाम": "exercise",
    "योग": "yoga", "स्वस्थ": "swasth", "सेहत": "sehat", "भोजन": "khana", "आहार": "diet",
    # --- emergencies
    "जहर": "zeher", "ज़हर": "zeher", "विष": "zeher", "कीटनाशक": "keetnashak", "मिट्टी": "mitti", "तेल": "tel",
    "तेजाब": "tezab", "एसिड": "acid", "आत्महत्या": "aatmhatya", "खुदकुशी": "khudkushi", "जान": "jaan",
    "जीने": "jeene", "जीना": "jeena", "इच्छा": "ichha", "खत्म": "khatam", "ख़त्म": "khatam", "सांप": "saanp",
    "साँप": "saanp", "कुत्ते": "kutte", "कुत्ता": "kutta", "मधुमक्खी": "madhumakhi", "बिच्छू": "bichhu",
    "सिक्का": "sikka", "आग": "aag", "करंट": "current", "दुर्घटना": "accident", "एक्सीडेंट": "accident",
    "रुक": "ruk", "रुकना": "rukna", "बचाओ": "bachao", "जल्दी": "jaldi", "एम्बुलेंस": "ambulance",
    "पैरासिटामोल": "paracetamol", "पेरासिटामोल": "paracetamol", "क्रोसिन": "crocin", "डोलो": "dolo",
    "मेटफॉर्मिन": "metformin", "एंटीबायोटिक": "antibiotic", "लूं": "lu",
    "वजह": "wajah", "बची": "bachi", "चूहे": "chuhe", "चूहा": "chuha",
    "छत": "chhat", "बुरी": "buri", "बुरा": "bura", "दस": "das", "सातवां": "satvan", "आठवां": "aathvan",
    "साफ": "saaf", "बोली": "boli", "जिंदगी": "zindagi", "ज़िंदगी": "zindagi", "जिन्दगी": "zindagi",
    # danger signs: body, sign and severity words whose transliteration misses the usual spelling
    "अकड़": "akad", "अकड़ा": "akda", "अकड़ी": "akdi", "अकड़े": "akde", "अकड़न": "akdan",
    "लड़खड़ा": "ladkhada", "लड़खड़ाना": "ladkhadana", "लड़खड़ाने": "ladkhadane", "लड़खड़ाती": "ladkhadati",
    "लड़खड़ाता": "ladkhadata", "लड़खड़ाई": "ladkhadai", "बाएं": "left", "बाएँ": "left", "बायां": "left",
    "बाईं": "left", "बाये": "left", "बाँया": "left", "दाएं": "right", "दाएँ": "right", "दायां": "right",
    "दाईं": "right", "दाये": "right", "अटका": "atka", "अटकी": "atki", "अटके": "atke", "अटक": "atak",
    "घुटन": "ghutan", "घुट": "ghut", "हांफ": "haanf", "हांफना": "haanfna", "हांफ़": "haanf", "हाँफ": "haanf",
    "तालू": "taalu", "तालु": "taalu", "पीप": "pus", "हलचल": "halchal", "लार": "laar", "अधरंग": "adharang",
    "बेसुध": "behosh", "अचेत": "behosh", "मूर्छित": "behosh", "मूर्छा": "behoshi", "रक्तस्राव": "bleeding",
    "केरोसिन": "kerosene", "केरोसीन": "kerosene", "कलाई": "kalai", "बैंगनी": "baingani", "जामुनी": "jamuni",
    "उलझन": "uljhan", "पहचान": "pehchan", "पहचाना": "pehchana", "पहचानते": "pehchante", "पहचानती": "pehchanti",
    "बाँह": "baah", "बाजू": "baju", "जबड़े": "jabde", "जबड़ा": "jabda",
    "डसा": "dasa", "डस": "das", "डंक": "dank", "ततैया": "tataiya", "बर्र": "barr", "धूप": "dhoop",
    "गर्मी": "garmi", "झुलस": "jhulas", "झुलसा": "jhulsa", "झुलसी": "jhulsi", "ज़हरीला": "zehreela",
    "जहरीला": "zehreela", "जहरीली": "zehreeli", "ज़हरीली": "zehreeli", "असहनीय": "asahniya", "बर्दाश्त": "bardasht",
    "फूला": "phoola", "फूली": "phooli", "फूले": "phoole", "चकत्ते": "chakatte",
    "पित्ती": "pitti", "फांसी": "phansi", "फंदा": "phanda", "कूद": "kood", "कूदने": "koodne",
    "निगल": "nigal", "उल्टियां": "ulti", "उल्टियाँ": "ulti", "उलटियां": "ulti",
    "चाय": "chai", "चढ़": "chadh", "चढ़ी": "chadhi", "चीज़": "cheez", "चीज": "cheez", "चिपक": "chipak",
    "चला": "chala", "चली": "chali", "चले": "chale", "चुभ": "chubh", "चुभन": "chubhan", "छोटा": "chhota", "छोटी": "chhoti",
    "छोड़": "chhod", "छू": "chhoo", "चना": "chana", "चम्मच": "chammach", "चाकू": "chaku", "चूना": "chuna",
    "छुरी": "chhuri", "चिल्ला": "chilla", "चीख": "cheekh", "चोकिंग": "choking", "छिल": "chhil", "छाला": "chhala",
    "छालें": "chhale", "चक्करे": "chakkar", "नौवां": "navan", "नौवाँ": "navan", "हिला": "hila", "हिली": "hili", "निगला": "nigla", "निगली": "nigli", "निगले": "nigle",
    "जीवन": "jeevan", "ताकत": "takat", "नुकसान": "nuksan", "हरकत": "harkat", "अजीब": "ajeeb",
}  # fmt: skip


#: English medical words as written in Devanagari ("प्रोस्टेट", "एचआईवी"): the spelling a
#: patient types in Latin letters, which the transliteration alone does not reach
_LOANWORDS: dict[str, str] = {
    "बड़ा": "bada", "बड़ी": "badi", "बड़े": "bade", "छोटे": "chhote", "चैट": "chat", "चैटबॉट": "chatbot", "ऐप": "app", "एप": "app", "प्रोस्टेट": "prostate", "सीओपीडी": "copd", "एचआईवी": "hiv", "एड्स": "aids", "क्रिएटिनिन": "creatinine",
    "क्रेटिनिन": "creatinine", "किडनी": "kidney", "लिवर": "liver", "लीवर": "liver", "चश्मे": "specs", "चश्मा": "specs",
    "नंबर": "number", "अल्सर": "ulcer", "अपेंडिक्स": "appendix", "अपेंडिसाइटिस": "appendicitis", "ऑपरेशन": "operation",
    "आपरेशन": "operation", "सर्जरी": "surgery", "बी12": "b12", "विटामिन": "vitamin", "टीबी": "tb", "कैंसर": "cancer",
    "थायराइड": "thyroid", "थायरॉइड": "thyroid", "थाइराइड": "thyroid", "शुगर": "sugar", "डायबिटीज": "diabetes",
    "डायबिटीज़": "diabetes", "बीपी": "bp", "ब्लड": "blood", "प्रेशर": "pressure", "कोलेस्ट्रॉल": "cholesterol",
    "कोलेस्ट्रोल": "cholesterol", "हार्ट": "heart", "अटैक": "attack", "स्ट्रोक": "stroke", "अस्थमा": "asthma",
    "इनहेलर": "inhaler", "एलर्जी": "allergy", "डेंगू": "dengue", "मलेरिया": "malaria", "टाइफाइड": "typhoid",
    "टायफाइड": "typhoid", "हेपेटाइटिस": "hepatitis", "कोविड": "covid", "कोरोना": "corona", "वैक्सीन": "vaccine",
    "इंजेक्शन": "injection", "टेस्ट": "test", "रिपोर्ट": "report", "डायपर": "diaper", "क्रीम": "cream",
    "प्लेटलेट": "platelet", "प्लेटलेट्स": "platelets", "सोरायसिस": "psoriasis", "एक्जिमा": "eczema",
    "माइग्रेन": "migraine", "पीसीओडी": "pcod", "पीसीओएस": "pcos", "पीरियड": "period", "पीरियड्स": "periods",
    "प्रेगनेंसी": "pregnancy", "प्रेग्नेंसी": "pregnancy", "अल्ट्रासाउंड": "ultrasound", "एमआरआई": "mri",
    "एक्सरे": "xray", "ईसीजी": "ecg", "हीमोग्लोबिन": "haemoglobin", "आयरन": "iron", "कैल्शियम": "calcium",
    "प्रोटीन": "protein", "डिप्रेशन": "depression", "एंग्जायटी": "anxiety", "स्ट्रेस": "stress", "टेंशन": "tension",
    "गैस": "gas", "एसिडिटी": "acidity", "इन्फेक्शन": "infection", "इंफेक्शन": "infection", "फंगल": "fungal",
    "वायरल": "viral", "फ्लू": "flu", "निमोनिया": "pneumonia", "पार्किंसन": "parkinson", "पार्किंसंस": "parkinsons",
    "डिमेंशिया": "dementia", "अल्जाइमर": "alzheimer", "ऑस्टियोपोरोसिस": "osteoporosis", "गाउट": "gout",
    "यूरिक": "uric", "एसिड": "acid", "आर्थराइटिस": "arthritis", "हर्निया": "hernia", "पाइल्स": "piles",
    "ग्लूकोमा": "glaucoma", "साइनस": "sinus", "टॉन्सिल": "tonsil", "सीपीआर": "cpr", "ओआरएस": "ors",
    "ब्रूफेन": "brufen", "कैल्पोल": "calpol", "एम्लोडिपिन": "amlodipine", "इंसुलिन": "insulin", "एंटासिड": "antacid",
    "सिरप": "syrup", "टैबलेट": "tablet", "कैप्सूल": "capsule", "ड्रॉप्स": "drops", "डोज": "dose", "डोज़": "dose",
    "पीएसए": "psa", "टीएसएच": "tsh", "एचबी": "hb", "बीएमआई": "bmi", "कॉपर": "copper", "कंडोम": "condom",
    "सेनेटरी": "sanitary", "पैड": "pad", "मेनोपॉज": "menopause", "मेनोपॉज़": "menopause", "जिम": "gym",
    "डाइट": "diet", "बैटरी": "battery", "पाखाना": "potty", "पखाना": "potty", "टट्टी": "tatti", "शौच": "potty", "लैट्रिन": "latrine", "कोबरा": "cobra", "करैत": "krait", "नाग": "naag", "वाइपर": "viper", "मैग्नेट": "magnet", "चुंबक": "magnet", "सिक्के": "sikka", "योगा": "yoga", "मोबाइल": "mobile", "स्क्रीन": "screen", "लैपटॉप": "laptop", "कंप्यूटर": "computer",
    "हॉस्पिटल": "hospital", "अस्पताल": "hospital", "क्लिनिक": "clinic", "फीस": "fees", "अपॉइंटमेंट": "appointment",
    "वीडियो": "video", "लिंक": "link", "ऑनलाइन": "online", "हाई": "high", "पस": "pus", "मवाद": "mawad",
    "लाली": "laali", "नॉर्मल": "normal", "लेवल": "level", "रीडिंग": "reading",
    "ऑक्सीजन": "oxygen", "ऑक्सिजन": "oxygen", "आक्सीजन": "oxygen", "ऑक्सीमीटर": "oximeter", "सुसाइड": "suicide",
    "नोट": "note", "मीटर": "meter", "ग्लूकोमीटर": "glucometer", "टॉयलेट": "toilet", "टायलेट": "toilet",
    "क्लीनर": "cleaner", "केमिकल": "chemical", "हार्पिक": "harpic", "ब्लीच": "bleach", "स्कूप": "scoop",
}  # fmt: skip


def _fold_key(word: str) -> str:
    # same folding as medlink.chatbot.text: nukta dropped, chandrabindu -> anusvara
    import unicodedata

    word = unicodedata.normalize("NFC", word)
    return word.replace("\u093c", "").replace("\u0901", "\u0902")


#: normalised Devanagari word -> the Hinglish/English words a patient would type
HINDI_LEXICON: dict[str, str] = {_fold_key(k): v for k, v in {**_LOANWORDS, **_RAW_LEXICON}.items()}
