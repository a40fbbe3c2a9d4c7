"""Hindi (Devanagari) understanding: language detection and romanisation.

The engine's rules and knowledge base speak English and romanised Hindi ("Hinglish",
the way most Indian patients type: ``seene me dard``, ``bukhar``). A Devanagari message
is therefore mapped, word by word, to the Hinglish spelling a patient would type:

1. the **Hindi lexicon** (about 900 everyday and medical words and English loanwords, keyed by
   their normalised Devanagari spelling) gives the usual Hinglish / English form;
2. any other word is transliterated with the ``indic-transliteration`` library
   (Harvard-Kyoto scheme) and simplified to plain Latin letters with Hindi schwa
   deletion (``झुनझुनी`` -> ``jhunjhuni``, ``दर्द`` -> ``dard``), so that words the
   lexicon lacks still meet the knowledge base's Hinglish keywords (and its typo
   tolerance).

:func:`detect_language` tells Hindi from English by script: a message with Devanagari
letters is Hindi. All functions are pure and cached.

The lexicon and the typing tables (the postpositions a phone keyboard joins to a word, the vowel
signs confused or left out) are language data, kept in ``resources/chatbot/hindi_lexicon.json``
beside the knowledge base, in groups each with a ``note``. :func:`hindi_lexicon` reads and validates
it on first use (a Devanagari word; most messages are not) and keeps it for the process; a mistake in
the file raises :class:`HindiLexiconError` naming the file, the group and the word. The script's own
facts (which code points are consonants, vowel signs, the virama) stay here.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any


__all__ = [
    "HindiLexicon",
    "HindiLexiconError",
    "detect_language",
    "hindi_lexicon",
    "is_devanagari_token",
    "load_hindi_lexicon",
    "romanise_token",
    "split_particle",
    "vowel_left_out",
]

_DEVANAGARI = re.compile(r"[\u0900-\u097f]")
_VOWEL_SIGNS = set("\u093e\u093f\u0940\u0941\u0942\u0943\u0944\u0945\u0946\u0947\u0948\u0949\u094a\u094b\u094c")
_VIRAMA = "\u094d"
_ANUSVARA = "\u0902"
_CONSONANTS = {chr(c) for c in range(0x0915, 0x093A)} | {"\u0958", "\u0959", "\u095a", "\u095b", "\u095c", "\u095d", "\u095e", "\u095f"}
_INDEPENDENT_VOWELS = {chr(c) for c in range(0x0904, 0x0915)}
#: a run of Devanagari letters, or of anything else (digits, Latin letters) typed onto it
_SCRIPT_RUNS = re.compile(r"[\u0900-\u097f]+|[^\u0900-\u097f]+")


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


class HindiLexiconError(ValueError):
    """The Hindi lexicon file is missing, not JSON, or fails validation."""

    def __init__(self, path: Path | str, entry: str, problem: str) -> None:
        self.path = str(path)
        self.entry = entry
        self.problem = problem
        super().__init__(f"{self.path}: {entry}: {problem}")


class HindiLexicon:
    """The language data of ``resources/chatbot/hindi_lexicon.json``, validated (see :func:`load_hindi_lexicon`).

    A plain class, not a dataclass: defining one costs the import of this module most of a millisecond."""

    __slots__ = ("joined_particles", "left_out", "particles", "vowel_slips", "words")

    def __init__(self, words: Mapping[str, str], particles: frozenset[str], joined_particles: tuple[str, ...],
                 vowel_slips: Mapping[str, str], left_out: tuple[str, ...]) -> None:  # fmt: skip
        #: normalised Devanagari word -> the Hinglish/English words a patient would type
        self.words = words
        #: postpositions and particles never taken for one of two words typed without the space
        self.particles = particles
        #: postpositions split off a word they were typed onto, in the order tried
        self.joined_particles = joined_particles
        #: a vowel sign -> the sign it is typed for
        self.vowel_slips = vowel_slips
        #: the vowel signs (and the nasal dot) put back where one was left out
        self.left_out = left_out


#: how a table of the file is read: (the field of each group, whether it holds a mapping)
_TABLES: dict[str, tuple[str, bool]] = {
    "lexicon": ("words", True), "loanwords": ("words", True), "particles": ("words", False),
    "joined_particles": ("words", False), "vowel_slips": ("signs", True), "left_out": ("signs", False),
}  # fmt: skip
#: one Devanagari word or a few (digits allowed: बी12) with at least one Devanagari letter, per line
_DEVANAGARI_LINES = r"(?:(?=[^\n]*[\u0900-\u097f])[\u0900-\u097f0-9]+(?: [\u0900-\u097f0-9]+)*\n)*"
#: one lower-case Latin word or a few, per line
_HINGLISH_LINES = r"(?:[a-z0-9]+(?: [a-z0-9]+)*\n)*"
_SIGNS = _VOWEL_SIGNS | {_ANUSVARA}


def _fold_key(word: str) -> str:
    # same folding as medlink.chatbot.text: nukta dropped, chandrabindu -> anusvara
    word = unicodedata.normalize("NFC", word)
    return word.replace("\u093c", "").replace("\u0901", "\u0902")


def _all_lines(pattern: str, items: list[Any]) -> bool:
    """Every item is a string matching one line of *pattern* (checked in one match: the file has ~1000)."""
    if not items:
        return True
    try:
        text = "\n".join(items) + "\n"
    except TypeError:  # an item that is not a string
        return False
    return text.count("\n") == len(items) and re.fullmatch(pattern, text) is not None


def load_hindi_lexicon(path: Path | str | None = None) -> HindiLexicon:
    """Read and validate the Hindi lexicon at *path* (default: the one shipped with MedLink).

    Every table is a list of groups, each an object with a ``note`` and its words (``words``) or vowel
    signs (``signs``): a mapping for ``lexicon``, ``loanwords`` (Devanagari word -> lower-case Latin
    words) and ``vowel_slips`` (sign -> sign), a list for ``particles``, ``joined_particles``
    (Devanagari words) and ``left_out`` (signs). A problem raises :class:`HindiLexiconError` naming the
    file, the group and the word. Not cached: :func:`hindi_lexicon` keeps the shipped one."""
    if path is None:
        from medlink.paths import resource_path

        path = resource_path("chatbot", "hindi_lexicon.json")
    resolved = Path(path)
    twice: list[str] = []

    def unique(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        out = dict(pairs)
        if len(out) < len(pairs):
            twice.extend(key for i, (key, _) in enumerate(pairs) if any(key == k for k, _ in pairs[:i]))
        return out

    try:
        raw = json.loads(resolved.read_text(encoding="utf-8"), object_pairs_hook=unique)
    except OSError as exc:
        raise HindiLexiconError(resolved, "file", f"cannot read: {exc}") from None
    except json.JSONDecodeError as exc:
        raise HindiLexiconError(resolved, f"line {exc.lineno} column {exc.colno}", f"invalid JSON: {exc.msg}") from None

    def fail(entry: str, problem: str) -> HindiLexiconError:
        return HindiLexiconError(resolved, entry, problem)

    if twice:
        raise fail("file", f"{twice[0]!r} is written twice in one object (the second would hide the first)")
    if not isinstance(raw, dict):
        raise fail("file", f"expected an object, got {type(raw).__name__}")
    unknown = sorted(set(raw) - set(_TABLES) - {"note"})
    if unknown:
        raise fail("file", f"unknown table(s) {', '.join(unknown)} (expected {', '.join(_TABLES)})")
    tables: dict[str, list[tuple[Any, Any]]] = {}
    for table, (field, is_mapping) in _TABLES.items():
        groups = raw.get(table)
        if not isinstance(groups, list) or not groups:
            raise fail(table, "expected a non-empty list of groups")
        items: list[tuple[Any, Any]] = []
        for i, group in enumerate(groups):
            entry = f"{table}[{i}]"
            if not isinstance(group, dict):
                raise fail(entry, f"expected a group (an object with 'note' and '{field}'), got {type(group).__name__}")
            extra = sorted(set(group) - {"note", field})
            if extra:
                raise fail(entry, f"unknown field(s) {', '.join(extra)} (a group has 'note' and '{field}')")
            note = group.get("note")
            if not isinstance(note, str) or not note.strip():
                raise fail(entry, "field 'note': expected a non-empty string saying what the group holds")
            content = group.get(field)
            pairs: list[tuple[Any, Any]]
            if is_mapping and isinstance(content, dict) and content:
                pairs = list(content.items())
            elif not is_mapping and isinstance(content, list) and content:
                pairs = [(item, None) for item in content]
            else:
                raise fail(entry, f"field '{field}': expected a non-empty {'object' if is_mapping else 'list'}")
            _check_group(fail, entry, field, pairs)
            items.extend(pairs)
        tables[table] = items

    entries = tables["lexicon"] + tables["loanwords"]
    folded = unicodedata.normalize("NFC", "\n".join(key for key, _ in entries))  # as _fold_key, in one call
    keys = folded.replace("\u093c", "").replace("\u0901", "\u0902").split("\n")
    values = [value for _, value in entries]
    words = dict(zip(keys, values, strict=True))
    if len(set(zip(keys, values, strict=True))) > len(words):  # a word with two meanings: name it
        seen: dict[str, tuple[str, str]] = {}
        for table in ("lexicon", "loanwords"):
            for key, value in tables[table]:
                first = seen.setdefault(_fold_key(key), (value, table))
                if first[0] != value:
                    raise fail(table, f"{key!r} is {value!r} here and {first[0]!r} in {first[1]}: one word, one meaning")
    return HindiLexicon(
        words=words,
        particles=frozenset(key for key, _ in tables["particles"]),
        joined_particles=tuple(key for key, _ in tables["joined_particles"]),
        vowel_slips=dict(tables["vowel_slips"]),
        left_out=tuple(key for key, _ in tables["left_out"]),
    )


def _check_group(fail: Callable[[str, str], HindiLexiconError], entry: str, field: str, pairs: list[tuple[Any, Any]]) -> None:
    """The words (or signs) of one group are what the table holds; else the first that is not, named."""
    if field == "signs":
        for key, value in pairs:
            for sign in (key,) if value is None else (key, value):
                if not (isinstance(sign, str) and sign and all(ch in _SIGNS for ch in sign)):
                    raise fail(entry, f"{sign!r} is not a vowel sign (or the nasal dot)")
        return
    keys = [key for key, _ in pairs]
    if not _all_lines(_DEVANAGARI_LINES, keys):
        bad = next(key for key in keys if not _all_lines(_DEVANAGARI_LINES, [key]))
        raise fail(entry, f"{bad!r} is not a Devanagari word")
    values = [value for _, value in pairs if value is not None]
    if not _all_lines(_HINGLISH_LINES, values):
        key, value = next((k, v) for k, v in pairs if v is not None and not _all_lines(_HINGLISH_LINES, [v]))
        raise fail(entry, f"{key!r}: {value!r} is not lower-case Latin words (an empty value reads as nothing)")


@lru_cache(maxsize=1)
def hindi_lexicon() -> HindiLexicon:
    """The shipped Hindi lexicon, read and validated on first use (most messages are not Devanagari)."""
    return load_hindi_lexicon()


def _lexicon_form(token: str) -> str | None:
    words = hindi_lexicon().words
    hit = words.get(token)
    if hit is None and token.endswith(("ों", "ें")):
        hit = words.get(token[:-2]) or words.get(token[:-2] + "ा")
    return hit


def _slip_variants(token: str) -> list[str]:
    """*token* with one confused vowel sign put right, or with a virama written where the word has a
    consonant cluster (दरद for दर्द): candidates to look up in the lexicon, nearest first."""
    out: list[str] = []
    slips = hindi_lexicon().vowel_slips
    for i, ch in enumerate(token):
        other = slips.get(ch)
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
        particles = hindi_lexicon().particles
        for k in range(2, len(token) - 1):
            head, tail = token[:k], token[k:]
            if tail[0] in _VOWEL_SIGNS or tail[0] in (_VIRAMA, _ANUSVARA, "\u0903") or head in particles \
                    or tail in particles or len(_aksharas(head)) < 2 or len(_aksharas(tail)) < 2:
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
    left_out = hindi_lexicon().left_out
    fits = {
        hit for i in range(1, len(token) + 1) if token[i - 1] in _CONSONANTS for sign in left_out
        if (hit := _lexicon_form(token[:i] + sign + token[i:])) is not None
    }  # fmt: skip
    return fits.pop() if len(fits) == 1 else None


def _lexicon_word(piece: str) -> str | None:
    """The lexicon form of *piece*, or of *piece* with one confused vowel sign put right; else None."""
    hit = _lexicon_form(piece)
    if hit is None:
        for variant in _slip_variants(piece):
            hit = _lexicon_form(variant)
            if hit is not None:
                break
    return hit


@lru_cache(maxsize=8192)
def slip_transliterations(token: str) -> tuple[tuple[str, ...], ...]:
    """The transliterations of *token* with one confused vowel sign put right (मरनै = marne, हौ = ho),
    nearest first, for a token whose own transliteration the caller does not know; short words too."""
    slips = hindi_lexicon().vowel_slips
    out: list[tuple[str, ...]] = []
    for i, ch in enumerate(token):
        other = slips.get(ch)
        if other is not None:
            variant = token[:i] + other + token[i + 1 :]
            hit = _lexicon_form(variant)
            out.append(tuple((hit if hit is not None else _transliterate(variant)).split()))
    return tuple(out)


def _piece(piece: str, known: frozenset[str]) -> tuple[int, tuple[str, ...]] | None:
    """How one piece of a token typed without its space reads: (2, its lexicon form) for a lexicon word,
    (1, its transliteration) for a word of two syllables or more whose transliteration the knowledge base
    knows, else None."""
    hit = _lexicon_word(piece)
    if hit is not None:
        return 2, tuple(hit.split())
    words = tuple(_transliterate(piece).split())
    if len(_aksharas(piece)) >= 2 and all(w in known for w in words):
        return 1, words
    return None


def split_words(token: str, known: frozenset[str]) -> tuple[str, ...] | None:
    """The Hinglish words of the two words a Devanagari token is made of when a patient typed them
    without the space (नहींहै = nahi hai, गोलियांखा = goliyan kha, औरखून = aur khoon, जानाहै = jana hai),
    or None. Every place a letter begins (never before a vowel sign, virama or nasal dot) is tried; a
    piece is a lexicon word (short ones and particles too) or a word of two syllables or more that the
    knowledge base (*known*) knows, but a one-syllable word is put before such a word never (कि + ताब is
    किताब); two lexicon words beat one, one beats none, then the longest first word wins. A token with digits or Latin letters typed onto it (शुगर38, 20गोलियां) is parted at the
    change of script. The caller asks only for a token it does not know as it stands."""
    return _split_words(token, known)


@lru_cache(maxsize=8192)
def _split_words(token: str, known: frozenset[str]) -> tuple[str, ...] | None:
    runs = _SCRIPT_RUNS.findall(token)
    if len(runs) > 1:
        out: list[str] = []
        for run in runs:
            if not _DEVANAGARI.search(run):
                out.append(run)
                continue
            hit = _lexicon_word(run)
            out.extend(hit.split() if hit is not None else _split_words(run, known) or romanise_token(run).split())
        return tuple(out)
    best: tuple[int, tuple[str, ...]] | None = None
    for k in range(len(token) - 1, 0, -1):
        head, tail = token[:k], token[k:]
        if tail[0] in _VOWEL_SIGNS or tail[0] in (_VIRAMA, _ANUSVARA, "\u0903") or head[-1] == _VIRAMA:
            continue
        first = _piece(head, known)
        second = _piece(tail, known) if first is not None else None
        if first is not None and second is not None:
            if first[0] == 2 and second[0] == 1 and len(_aksharas(head)) < 2:
                continue  # कि + ताब is किताब (a book): a one-syllable word before an unlisted one is no split
            rank = first[0] + second[0]
            if best is None or rank > best[0]:
                best = (rank, first[1] + second[1])
    return best[1] if best is not None else None


def split_particle(token: str) -> tuple[str, str] | None:
    """A Devanagari word with a postposition typed onto it, as ``(word, postposition)`` in the order
    typed (सीनेमें = सीने + में, केसीने = के + सीने, दूधनहीं = दूध + नहीं, खूनआ = खून + आ), or None. The word keeps two syllables or more; whether
    it is a word at all is for the caller to tell (झटके is a word, not झट + के)."""
    for i in range(1, len(token)):  # a vowel letter right after a consonant begins a word (खूनआ)
        if token[i] in _INDEPENDENT_VOWELS and token[i - 1] in _CONSONANTS:
            return token[:i], token[i:]
    for particle in hindi_lexicon().joined_particles:
        if token.endswith(particle) and len(_aksharas(token[: -len(particle)])) >= 2:
            rest = token[: -len(particle)]
            if rest[-1] not in _VIRAMA:
                return rest, particle
        if token.startswith(particle) and len(_aksharas(token[len(particle) :])) >= 2:
            rest = token[len(particle) :]
            if rest[0] not in _VOWEL_SIGNS and rest[0] not in (_VIRAMA, _ANUSVARA):
                return particle, rest
    return None
