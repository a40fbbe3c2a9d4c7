"""Text normalisation and phrase matching shared by the knowledge base and the engine.

Everything here is pure and cheap: a message is put in Unicode NFC form, lower-cased,
stripped of apostrophes (``can't`` -> ``cant``) and split into word tokens. Latin
letters with accents are folded to ASCII (``café`` -> ``cafe``), but Indian scripts are
**kept**: Devanagari (and Bengali, Gurmukhi, Gujarati, Tamil, Telugu, Kannada,
Malayalam, Odia) letters, vowel signs and viramas stay in the token. Zero-width joiners
and non-joiners (U+200C/U+200D, used for half-forms) are removed, the nukta is dropped
and chandrabindu becomes anusvara so that spelling variants of one word meet
(``ज़्यादा`` = ``ज्यादा``, ``साँस`` = ``सांस``); Devanagari digits become ASCII digits.
Sentence punctuation, the danda and commas become a ``"."`` token so that clause
boundaries survive tokenisation.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

__all__ = [
    "BOUNDARY",
    "FILLER_WORDS",
    "MAX_INPUT_CHARS",
    "MAX_TOKENS",
    "PhraseIndex",
    "PhraseMatch",
    "build_phrase_index",
    "find_all_phrases",
    "find_longest_phrases",
    "has_indic",
    "normalize_phrase",
    "tokenize",
]

#: Only this many characters of a message are ever looked at (keeps 5 MB inputs fast).
MAX_INPUT_CHARS = 2000
#: ... and at most this many tokens.
MAX_TOKENS = 400
#: Token used for a sentence / clause boundary.
BOUNDARY = "."
#: Words ignored when matching entity phrases, so "blood in my urine" finds "blood in urine".
FILLER_WORDS: frozenset[str] = frozenset({"my", "the", "a", "an", "his", "her", "their", "our", "your"})

_APOSTROPHES = re.compile(r"['\u2018\u2019\u02bc`\u00b4]")
_ABBREVIATIONS = re.compile(r"\b(dr|mr|mrs|ms|smt|shri)\.")
_DECIMAL_POINT = re.compile(r"(\d)\.(\d)")
_BOUNDARIES = re.compile(r"[.!?;,\n\r\u2026\u0964\u0965|]+")
#: Indian scripts: U+0900 (Devanagari) .. U+0D7F (Malayalam); kept as word characters.
_INDIC = "\u0900-\u0963\u0966-\u0d7f"
_NON_WORD = re.compile(f"[^a-z0-9.{_INDIC}]+")
_INDIC_CHAR = re.compile(f"[{_INDIC}]")
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), None)
#: nukta dropped, chandrabindu -> anusvara, Devanagari digits -> ASCII digits
_DEVANAGARI_FOLD = {0x093C: None, 0x0901: "\u0902", **{0x0966 + i: str(i) for i in range(10)}}


#: laughing faces are the word "haha": a joke told with a red-flag word ("heart attack aa jayega 😅")
_LAUGHING = dict.fromkeys(map(ord, "\U0001f602\U0001f923\U0001f605\U0001f606\U0001f601\U0001f639\U0001f61c\U0001f61d\U0001f604\U0001f92a"), " haha ")


def has_indic(text: str) -> bool:
    """True if *text* contains a letter of an Indian script."""
    return _INDIC_CHAR.search(text) is not None


def _fold(text: str) -> str:
    """NFC; keep Indian scripts; fold accented Latin (and other scripts) to ASCII."""
    text = unicodedata.normalize("NFC", text).translate(_ZERO_WIDTH)
    if not _INDIC_CHAR.search(text):
        return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    out: list[str] = []
    for ch in text.translate(_DEVANAGARI_FOLD):
        if ch.isascii() or "\u0900" <= ch <= "\u0d7f":
            out.append(ch)
        else:
            out.append(unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode("ascii") or " ")
    return "".join(out)


def tokenize(text: str) -> list[str]:
    """Split *text* into normalised tokens (see module docstring). Never raises."""
    text = text[:MAX_INPUT_CHARS]
    text = _APOSTROPHES.sub("", text)
    if not text.isascii():
        text = _fold(text.translate(_LAUGHING))
    text = text.lower()
    text = _ABBREVIATIONS.sub(r"\1 ", text)
    text = _DECIMAL_POINT.sub(r"\1 \2", text)
    text = _BOUNDARIES.sub(" . ", text)
    raw = _NON_WORD.sub(" ", text).split()
    tokens: list[str] = []
    for tok in raw:
        if tok == BOUNDARY and (not tokens or tokens[-1] == BOUNDARY):
            continue
        tokens.append(tok)
        if len(tokens) >= MAX_TOKENS:
            break
    while tokens and tokens[-1] == BOUNDARY:
        tokens.pop()
    return tokens


@lru_cache(maxsize=65536)
def normalize_phrase(phrase: str) -> tuple[str, ...]:
    """Tokenise a knowledge-base phrase the same way as user text (boundaries dropped)."""
    return tuple(t for t in tokenize(phrase) if t != BOUNDARY)


@dataclass(frozen=True, slots=True)
class PhraseMatch:
    """A phrase found in a token list: ``tokens[start:end]`` maps to *targets*."""

    start: int
    end: int
    targets: tuple[tuple[str, str], ...]


#: first token -> ((phrase tokens, targets), ...) sorted longest phrase first.
PhraseIndex = Mapping[str, tuple[tuple[tuple[str, ...], tuple[tuple[str, str], ...]], ...]]


def build_phrase_index(
    entries: Iterable[tuple[str, str, str]], skip: frozenset[str] = frozenset()
) -> dict[
    str, tuple[tuple[tuple[str, ...], tuple[tuple[str, str], ...]], ...]
]:
    """Build a :data:`PhraseIndex` from ``(phrase, kind, id)`` triples.

    One phrase may carry several targets (e.g. "skin" is a body part and a
    speciality term); duplicates are collapsed, first-seen order kept.
    """
    by_phrase: dict[tuple[str, ...], list[tuple[str, str]]] = {}
    for phrase, kind, ident in entries:
        toks = normalize_phrase(phrase)
        if skip:
            toks = tuple(t for t in toks if t not in skip) or toks
        if not toks:
            continue
        targets = by_phrase.setdefault(toks, [])
        if (kind, ident) not in targets:
            targets.append((kind, ident))
    grouped: dict[str, list[tuple[tuple[str, ...], tuple[tuple[str, str], ...]]]] = {}
    for toks, targets in by_phrase.items():
        grouped.setdefault(toks[0], []).append((toks, tuple(targets)))
    return {
        first: tuple(sorted(items, key=lambda item: -len(item[0])))
        for first, items in grouped.items()
    }


def find_longest_phrases(tokens: Sequence[str], index: PhraseIndex) -> list[PhraseMatch]:
    """Greedy left-to-right longest match; matches never overlap."""
    out: list[PhraseMatch] = []
    n = len(tokens)
    i = 0
    while i < n:
        candidates = index.get(tokens[i])
        step = 1
        if candidates:
            for phrase, targets in candidates:
                size = len(phrase)
                if i + size <= n and (size == 1 or tuple(tokens[i : i + size]) == phrase):
                    out.append(PhraseMatch(i, i + size, targets))
                    step = size
                    break
        i += step
    return out


def find_all_phrases(tokens: Sequence[str], index: PhraseIndex) -> list[PhraseMatch]:
    """Every occurrence of every phrase (overlaps allowed). Used for intent cues."""
    out: list[PhraseMatch] = []
    n = len(tokens)
    for i in range(n):
        candidates = index.get(tokens[i])
        if not candidates:
            continue
        for phrase, targets in candidates:
            size = len(phrase)
            if i + size <= n and (size == 1 or tuple(tokens[i : i + size]) == phrase):
                out.append(PhraseMatch(i, i + size, targets))
    return out
