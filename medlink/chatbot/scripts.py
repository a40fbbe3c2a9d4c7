"""India's other scripts read the way their speakers type them in Latin letters.

The assistant understands Devanagari (:mod:`medlink.chatbot.hindi`) and the Latin-letter Hinglish and
regional words of its knowledge base ("chhati", Bengali "buke byatha", Tamil "nenju vali", Malayalam
"shwasam kittunnilla"). A message typed in Gurmukhi, Gujarati, Bengali / Assamese, Odia, Tamil, Telugu,
Kannada or Malayalam script is read here word by word:

* The Unicode blocks of these scripts are laid out letter for letter like Devanagari's (they come from one
  Indian standard, ISCII), so a letter moves to its Devanagari twin by a fixed offset; the few letters a
  script has of its own are mapped by hand (Gurmukhi tippi and addak, Bengali khanda ta, Assamese ra and wa,
  Malayalam chillu letters).
* A word of a northern script (Gurmukhi, Gujarati, Bengali, Odia) is then a Devanagari word and is read by
  the Hindi path, lexicon first: Punjabi "ਛਾਤੀ" is "छाती" is "chhati".
* A word of a southern script (Tamil, Telugu, Kannada, Malayalam) is written out in Latin letters here,
  keeping every vowel (these languages sound the final and middle "a" that Hindi drops: "वेदन" is
  "vedana", not "vedan") and, for Tamil, whose script has one letter for "k" and "g", "ch", "j" and "s",
  "t" and "d", "p" and "b", the voicing its speakers type: after a nasal and between vowels a stop is voiced
  ("நெஞ்சு" = "nenju", "முடியல" = "mudiyala"), "ச" between vowels is "s" ("பேசு" = "pesu").

Pure functions, cached; nothing is imported that a Latin-letter message does not need.
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["NORTHERN", "SOUTHERN", "plain_devanagari", "romanise_letters", "script_of", "to_devanagari"]

#: the first code point of each script's block and its name
_BLOCKS = {
    0x0980: "bengali", 0x0A00: "gurmukhi", 0x0A80: "gujarati", 0x0B00: "odia",
    0x0B80: "tamil", 0x0C00: "telugu", 0x0C80: "kannada", 0x0D00: "malayalam",
}  # fmt: skip
#: scripts whose words are read by the Hindi (Devanagari) path
NORTHERN = frozenset({"bengali", "gurmukhi", "gujarati", "odia"})
#: scripts whose words are written out in Latin letters with every vowel sounded
SOUTHERN = frozenset({"tamil", "telugu", "kannada", "malayalam"})

#: letters a script has of its own, and where they go in Devanagari ("" = dropped)
_OWN_LETTERS = {
    "\u0a70": "\u0902",  # Gurmukhi tippi: the nasal
    "\u0a71": "",  # Gurmukhi addak doubles the next consonant; typists write it once ("vich")
    "\u0a72": "\u0907", "\u0a73": "\u0909",  # Gurmukhi vowel bearers
    "\u09ce": "\u0924\u094d",  # Bengali khanda ta
    "\u09f0": "\u0930", "\u09f1": "\u0935",  # Assamese ra, wa
    "\u0b71": "\u0935",  # Odia wa
    "\u0d7a": "\u0923\u094d", "\u0d7b": "\u0928\u094d", "\u0d7c": "\u0930\u094d",  # Malayalam chillu letters
    "\u0d7d": "\u0932\u094d", "\u0d7e": "\u0933\u094d", "\u0d7f": "\u0915\u094d",
    "\u0d57": "",  # Malayalam au length mark
    "\u09bc": "", "\u0a3c": "", "\u0abc": "", "\u0b3c": "",  # nukta: dropped as in Devanagari
    "\u0981": "\u0902", "\u0a01": "\u0902", "\u0a81": "\u0902", "\u0b01": "\u0902",  # chandrabindu: the nasal
}  # fmt: skip


_NUKTAS = frozenset("\u09bc\u0a3c\u0abc\u0b3c")
#: a Devanagari consonant and the letter it is with a nukta under it
_WITH_NUKTA = {
    "\u0915": "\u0958", "\u0916": "\u0959", "\u0917": "\u095a", "\u091c": "\u095b", "\u0921": "\u095c",
    "\u0922": "\u095d", "\u092b": "\u095e", "\u092f": "\u095f",
}  # fmt: skip


def script_of(token: str) -> str | None:
    """The name of the first Indian script (other than Devanagari) with a letter in *token*, else None."""
    for ch in token:
        code = ord(ch)
        if 0x0980 <= code <= 0x0D7F:
            return _BLOCKS[code & ~0x7F]
    return None


@lru_cache(maxsize=8192)
def to_devanagari(token: str) -> str:
    """*token* with the letters of the other Indian scripts moved to their Devanagari twins (digits to
    ASCII digits); other characters are kept."""
    out: list[str] = []
    for ch in token:
        code = ord(ch)
        if not 0x0980 <= code <= 0x0D7F:
            out.append(ch)
            continue
        if ch in _NUKTAS and out and out[-1] in _WITH_NUKTA:
            out[-1] = _WITH_NUKTA[out[-1]]  # Bengali "য়" = य़ (y), "ড়" = ड़ (r): not the letter without the dot
            continue
        own = _OWN_LETTERS.get(ch)
        if own is not None:
            out.append(own)
            continue
        twin = code - (code & ~0x7F) + 0x0900
        if 0x0966 <= twin <= 0x096F:
            out.append(str(twin - 0x0966))
        else:
            out.append(chr(twin))
    return "".join(out)


_NUKTA_FOLD = {ord(with_dot): base for base, with_dot in _WITH_NUKTA.items()}


def plain_devanagari(letters: str) -> str:
    """*letters* with the dot of a nukta letter dropped ("ज़" = ज), as the Hindi path folds Devanagari."""
    return letters.translate(_NUKTA_FOLD)


# ---------------------------------------------------------------- the words as typed in Latin letters
#: the Devanagari twins of the letters, as typed in Latin letters (a dental "t" is "th" in the south)
_CONSONANT_SOUNDS = {
    "क": "k", "ख": "kh", "ग": "g", "घ": "gh", "ङ": "n", "च": "ch", "छ": "chh", "ज": "j", "झ": "jh", "ञ": "n",
    "ट": "t", "ठ": "th", "ड": "d", "ढ": "dh", "ण": "n", "त": "th", "थ": "th", "द": "d", "ध": "dh", "न": "n",
    "ऩ": "n", "प": "p", "फ": "ph", "ब": "b", "भ": "bh", "म": "m", "य": "y", "र": "r", "ऱ": "r", "ल": "l",
    "ळ": "l", "ऴ": "zh", "व": "v", "श": "sh", "ष": "sh", "स": "s", "ह": "h",
    "\u095f": "y", "\u095c": "r", "\u095d": "rh",
    "\u0958": "k", "\u0959": "kh", "\u095a": "g", "\u095b": "z", "\u095e": "f",
}  # fmt: skip
_VOWEL_SOUNDS = {
    "अ": "a", "आ": "aa", "इ": "i", "ई": "ee", "उ": "u", "ऊ": "oo", "ऋ": "ru", "ऎ": "e", "ए": "e", "ऐ": "ai",
    "ऒ": "o", "ओ": "o", "औ": "au",
    "ा": "aa", "ि": "i", "ी": "ee", "ु": "u", "ू": "oo", "ृ": "ru", "ॆ": "e", "े": "e", "ै": "ai", "ॊ": "o",
    "ो": "o", "ौ": "au",
}  # fmt: skip
#: the long "i" and "u" signs as typed in the north ("ਪੀ" = pi, "ਛਾਤੀ" = chhati; Tamil "தீ" = thee)
_NORTHERN_VOWELS = {**_VOWEL_SOUNDS, "ी": "i", "ू": "u", "ा": "a", "आ": "a", "ई": "i", "ऊ": "u"}
_VIRAMA = "्"
_VOWEL_SIGNS = frozenset("ािीुूृॆेैॊोौ")
_NASALS = frozenset("ङञणनमऩ")
#: Tamil's one letter for a voiceless and a voiced stop: the voiced sound, said after a nasal or between vowels
_TAMIL_VOICED = {"क": "g", "च": "j", "ट": "d", "त": "dh", "प": "b"}


#: how each script's words are said where the letters leave it open: the inherent vowel ("a"; Bengali "o":
#: "হয়ে" = hoye), whether a word's last inherent vowel is silent as in Hindi (Bengali "জ্বর" = jwor; not in
#: the south: Kannada "ಜ್ವರ" = jvara)
_SOUNDS = {
    "bengali": ("o", True), "gurmukhi": ("a", True), "gujarati": ("a", True), "odia": ("a", False),
    "tamil": ("a", False), "telugu": ("a", False), "kannada": ("a", False), "malayalam": ("a", False),
}  # fmt: skip


@lru_cache(maxsize=8192)
def romanise_letters(token: str, script: str) -> str:
    """A word of *script* (already moved to Devanagari letters by :func:`to_devanagari`) in Latin letters
    as its speakers type it: the inherent vowel sounded as the script's language says it, Tamil's stops
    voiced where Tamil voices them, a Malayalam word's last virama said "u", a Bengali "b" after another
    consonant said "w"."""
    inherent, final_silent = _SOUNDS.get(script, ("a", False))
    tamil = script == "tamil"
    vowels = _NORTHERN_VOWELS if script in NORTHERN else _VOWEL_SOUNDS
    out: list[str] = []
    n = len(token)
    i = 0
    prev_vowel = False  # the sound before is a vowel
    prev_nasal = False  # ... or a nasal consonant without its vowel
    while i < n:
        ch = token[i]
        if ch in _CONSONANT_SOUNDS:
            doubled = i + 2 < n and token[i + 1] == _VIRAMA and token[i + 2] == ch
            sound = _CONSONANT_SOUNDS[ch]
            if tamil and ch in _TAMIL_VOICED and not doubled:
                if ch == "च" and not prev_nasal:
                    sound = "s"  # "சாகணும்" = saaganum, "பேசு" = pesu
                elif prev_nasal or (prev_vowel and out):
                    sound = _TAMIL_VOICED[ch]  # "நெஞ்சு" = nenju, "முடியல" = mudiyala
            elif script == "malayalam" and ch == "ट" and not doubled and (prev_nasal or prev_vowel):
                sound = "d"  # "ഉണ്ട്" = undu, "കടിച്ചു" = kadichu
            elif script == "bengali" and ch == "ब" and i and token[i - 1] == _VIRAMA:
                sound = "w"  # "জ্বর" = jwor, "শ্বাস" = shwas
            elif script in NORTHERN and ch == "त":
                sound = "t"  # a dental "t" is typed "th" only in the south ("தலை" = thalai)
            elif script in ("bengali", "odia") and ch == "य" and not (i and token[i - 1] == _VIRAMA):
                sound = "j"  # Bengali and Odia "য", "ଯ" are said "j" ("ଯନ୍ତ୍ରଣା" = jantrana)
            elif script in SOUTHERN and ch == "य" and i + 2 < n and token[i + 1] == _VIRAMA and prev_vowel:
                sound = "i"  # "காய்ச்சல்" = kaaichal
            if doubled and ch in "टत":
                sound = "t"  # "ட்ட", "త్త": typed "tt"
            out.append(sound)
            i += 1
            if doubled:  # "க்க" = kk, "ச்ச" = chch (typed "ch"): the letter once more, voiceless
                out.append({"च": "", "ट": "t", "त": "t"}.get(ch, _CONSONANT_SOUNDS[ch]))
                i += 2
            if i < n and token[i] == _VIRAMA:
                i += 1
                prev_vowel, prev_nasal = False, ch in _NASALS
                if i == n and script == "malayalam":
                    out.append("u")  # a Malayalam word's last virama is said "u": "എനിക്ക്" = enikku
                continue
            if i < n and token[i] in _VOWEL_SIGNS:
                out.append(vowels[token[i]])
                i += 1
            elif final_silent and i == n and len(out) > 1 and not (script == "bengali" and token[i - 2] == _VIRAMA):
                pass  # a word's last inherent vowel is silent ("জ্বর" = jwor), not after a Bengali conjunct (rokto)
            elif final_silent and prev_vowel and token[i + 1 : i + 2] in _VOWEL_SIGNS and token[i] in _CONSONANT_SOUNDS:
                pass  # nor between a vowel and a syllable with a vowel sign ("করছে" = korchhe, "পারছি" = parchhi)
            else:
                out.append(inherent)  # the inherent vowel, sounded
            prev_vowel, prev_nasal = True, False
        elif ch in _VOWEL_SOUNDS:
            out.append("o" if ch == "अ" and script == "bengali" else vowels[ch])
            prev_vowel, prev_nasal = True, False
            i += 1
        elif ch in "ंँ":
            if not (script == "gujarati" and i + 1 == n and out and out[-1] in ("u", "oo")):
                out.append("m" if i + 1 == n and script in SOUTHERN else "n")  # Gujarati "જવું" = javu
            prev_vowel, prev_nasal = False, True
            i += 1
        elif ch == "ः":
            i += 1
        else:
            out.append(ch if ch.isascii() else "")
            prev_vowel = prev_nasal = False
            i += 1
    return "".join(out)
