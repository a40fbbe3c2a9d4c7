"""Red flags as concepts: word order, inflection and quantities do not matter.

The knowledge base's ``concepts`` section names sets of terms ("chest": chest, seena,
chhati …; "heaviness": heavy, pressure, tight*, bhaaripan …). A term is one or more
tokens; a token ending in ``*`` matches any word starting with it (``swallow*`` =
swallowed, swallowing; ``behosh*`` = behoshi). ``concept_rules`` combine concepts:

* ``all``: every concept must occur in the **same clause** (any order);
  a name ``a|b`` is satisfied by either concept ("baby|@child": a child word or an age);
* ``context``: concepts that may occur anywhere in the message ("pregnant", "diabetic");
* ``flag``: the red flag (label and first-aid instructions) the rule raises.

Special concepts computed from numbers, so a count or a reading counts, not a phrase:

* ``@many_pills`` — a number >= 5 next to tablet words ("took 20 paracetamol
  tablets", "10 goliyan kha li"), two or more strips or bottles, or "whole strip/bottle";
* ``@pills_counted_after`` — a number >= 5 after tablet words ("ate her bp pills, maybe 6
  of them"), not a strength ("500 mg") nor a time ("for 10 days");
* ``@low_glucose`` — sugar/glucose followed by a value from 10 to 60 mg/dL (1.0-3.4 mmol/L);
* ``@very_high_glucose`` — a value of 450 or more (a meter's reading up to 1500; 25-80 mmol/L);
* ``@high_glucose`` — a value from 300 to 449 (a danger only with vomiting and drowsiness beside it);
  the three are read from one table of bands, ``_GLUCOSE_BANDS``;
* ``@severe_bp`` — a blood pressure of 160/110 or more, or an upper value of 200 or more told alone;
* ``@shock_bp`` — a blood pressure with the upper value below 80 ("bp 70/40");
* ``@pulse_extreme`` — a pulse of 150 or more, or 40 or less ("pulse 180");
* ``@low_spo2`` — an oxygen saturation below 90 % ("oxygen 85", "spo2 82 aa raha");
* ``@abnormal_rr`` — a breathing rate per minute that is fast for the age (30 in an adult,
  40 / 50 / 60 in a child under 5 / 1 / 2 months old) or 8 or fewer;
* ``@hyperpyrexia`` — a temperature of 104-110 °F (41-42 °C);
* ``@no_urine`` — no urine for six hours or more ("peshab 12 ghante se nahi");
* ``@long_minutes`` — a duration of 20 minutes or more ("for 40 minutes", "2 ghante se");
* ``@young_infant`` — an age under two months ("2 week old", "10 din ka", "15 दिन के");
* ``@child`` — an age under twelve years ("my 3 yo", "5 saal ka beta");
* ``@preterm_weeks`` — a week of pregnancy before term, 20 to 36 ("33 weeks", "32 hafte", "33 aathavde");
* ``@first_movements_awaited`` — a pregnancy's first movements not yet felt: "yet" / "abhi tak" with a week
  or month before about 24 weeks ("20 weeks, no kicks yet"), "abhi tak pehli baar", "the first kick".

A verb of another language is read as the Hindi verb its ending says, the terms found in the words so read
and placed at the words as typed: a verb of the south denied by its ending (Malayalam "nilkkunnilla" = "ruk
nahi"), and a verb of Marathi, Gujarati, Bengali, Assamese, Punjabi, Odia, Bhojpuri or Nepali by its tense and
aspect (:class:`VerbEndings`: "girla" = "gir gaya", "bolto nathi" = "bol nahi raha").

Each hit is then checked by the engine like any red flag (negation, an old event in its
own clause, an information question without a present report).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from medlink.chatbot.text import BOUNDARY, FILLER_WORDS

if TYPE_CHECKING:
    from medlink.chatbot.knowledge import LanguageWords

__all__ = [
    "ConceptHit", "ConceptRule", "ConceptSet", "Spellings", "TopicRule", "VerbEndings", "VerbReading", "age_in_months",
    "find_concept_hits", "find_topics",
]

_UNIT_MONTHS = {
    "day": 1 / 30, "days": 1 / 30, "din": 1 / 30, "dino": 1 / 30, "dinon": 1 / 30,
    "week": 7 / 30, "weeks": 7 / 30, "wk": 7 / 30, "wks": 7 / 30, "hafte": 7 / 30, "hafta": 7 / 30, "hafton": 7 / 30,
    "month": 1.0, "months": 1.0, "mahine": 1.0, "mahina": 1.0, "mahino": 1.0, "mo": 1.0,
    "year": 12.0, "years": 12.0, "yo": 12.0, "yr": 12.0, "yrs": 12.0, "saal": 12.0, "sal": 12.0, "varsh": 12.0,
    "baras": 12.0, "baris": 12.0, "barsa": 12.0,
    # Marathi, Gujarati, Bengali and Punjabi units ("20 divas", "2 bochor", "3 mas", "20 dina da")
    "divas": 1 / 30, "divs": 1 / 30, "divsa": 1 / 30, "dina": 1 / 30, "dinan": 1 / 30,
    "aathavda": 7 / 30, "aathvade": 7 / 30, "hapta": 7 / 30, "hafteyan": 7 / 30, "soptah": 7 / 30, "soptaho": 7 / 30,
    "mas": 1.0, "maas": 1.0, "mash": 1.0, "mahinya": 1.0, "mahinyan": 1.0,
    # Odia "masa" (a month: "chhua 1 masa ra")
    "masa": 1.0,
    "varas": 12.0, "bochor": 12.0, "bochhor": 12.0, "bachhar": 12.0, "bachar": 12.0,
    # Odia / Sanskrit "saptaha" (a week)
    "saptaha": 7 / 30, "saptah": 7 / 30,
    # Tamil, Telugu, Kannada and Malayalam units ("7 naal", "10 rojulu", "2 nelalu", "3 tingalu", "20 divasam")
    "naal": 1 / 30, "naatkal": 1 / 30, "roju": 1 / 30, "rojulu": 1 / 30, "rojuluga": 1 / 30,
    "divasam": 1 / 30, "divasangal": 1 / 30, "vaaram": 7 / 30, "varam": 7 / 30, "vaarangal": 7 / 30,
    "nela": 1.0, "nelalu": 1.0, "maasam": 1.0, "masam": 1.0, "maasangal": 1.0, "tingalu": 1.0, "tingal": 1.0,
    "varusham": 12.0, "varudam": 12.0, "samvatsaram": 12.0, "samvatsaralu": 12.0, "varsham": 12.0,
}  # fmt: skip
#: units that are genitive by their own form, an age as "din ka" is: Telugu "8 rojula papa", "2 nelala baby",
#: Kannada "9 dinada magu", "3 tingala magu", Odia "10 dinara pila", "2 masara pila", Malayalam "6 divasam aaya"
_GENITIVE_UNITS = {
    "rojula": 1 / 30, "rojuala": 1 / 30, "nelala": 1.0, "dinada": 1 / 30, "dinaada": 1 / 30, "dinara": 1 / 30,
    "dinaro": 1 / 30, "masara": 1.0, "maasara": 1.0, "barsara": 12.0, "tingala": 1.0, "varshada": 12.0,
    "saptahara": 7 / 30, "vaarada": 7 / 30, "naalaana": 1 / 30,
}  # fmt: skip
#: words of the south that say "years of age" by themselves: Malayalam / Tamil / Telugu "mon 4 vayasu"
_AGE_YEARS = frozenset({"vayasu", "vayassu", "vayasa", "vayassa"})
#: the genitive endings that make a unit an age by themselves, as "ka" does after it: Marathi
#: "20 divasachi", "3 varshacha", Bengali "2 bochorer", "10 diner", Gujarati "3 mahinanu"
_GENITIVE_ENDINGS = ("achya", "achi", "acha", "ache", "anchi", "ancha", "chya", "chi", "cha", "che", "er", "nu", "ni", "no")
#: the same genitive typed after a hyphen, a word of its own: Assamese / Bengali "3 week-r", "10 din-er";
#: Odia "ra" ("3 saptaha ra pila") only before a word of a child, "ra" being also the SMS "raha"
_SPLIT_GENITIVES = frozenset({"r", "er"})
_CHILD_AFTER_RA = frozenset({"pila", "pilaku", "shishu", "baby", "bachha", "jhia", "pua", "nati", "natuni"})
#: the Marwari genitive "ko" ("7 din ko tabar") is an age only before a word of a child, "ko" being also "to"
_CHILD_AFTER_KO = frozenset({"tabar", "tabbar", "tabariyo", "tabariya", "baby", "bachho", "bachhi", "chhoro", "chhori",
                             "lalo", "lali", "balak", "shishu", "navjaat", "bachha", "baccha", "bachcha"})
#: words of a baby that make the number and unit before them an age ("7 naal kuzhandhai", "10 divasam kunju")
_CHILD_AFTER_UNIT = frozenset({"kuzhandhai", "kuzhanthai", "kuzhandai", "kunju", "kunjinu", "magu", "maguvige",
                               "pilla", "pillaki", "bidda", "biddaki", "tabar", "tabbar"})


def _unit_of(token: str) -> tuple[float | None, bool]:
    """The unit of an age or a duration in months, and whether *token* carries a genitive ending
    that makes the number before it an age ("divasachi" = "din ki")."""
    if token in _AGE_YEARS:
        return 12.0, True
    if (told := _GENITIVE_UNITS.get(token)) is not None:
        return told, True
    unit = _UNIT_MONTHS.get(token)
    if unit is not None:
        return unit, False
    for ending in _GENITIVE_ENDINGS:
        if token.endswith(ending) and (stem := _UNIT_MONTHS.get(token[: -len(ending)])) is not None:
            return stem, True
    return None, False
_NUMBER = re.compile(r"^\d{1,4}$")


@dataclass(frozen=True)
class ConceptRule:
    id: str
    flag: str
    all: tuple[str, ...]
    context: tuple[str, ...] = ()
    needs_report: bool = False  # alone too common in questions ("fits"): needs "my son is …"
    unless: tuple[str, ...] = ()  # any of these in the same clause vetoes ("slight chest discomfort")
    #: any of these anywhere in the message vetoes: the complaint belongs to someone else
    #: ("breast hard and painful, baby 3 weeks, slight fever": the mother's fever)
    unless_anywhere: tuple[str, ...] = ()


@dataclass(frozen=True)
class TopicRule:
    """A combination of symptoms that points to a topic ("burning" + "urine" -> UTI): every
    concept in ``all`` occurs, not negated, anywhere in the message, and none in ``unless``.
    ``@child``, ``@pregnant`` and ``@elderly`` name who the message is about."""

    id: str
    topic: str
    all: tuple[str, ...]
    unless: tuple[str, ...] = ()


@dataclass(frozen=True)
class ConceptHit:
    rule: ConceptRule
    token_index: int  # where the rule's first concept occurred (for the clause checks)


#: words that may stand inside a term of several words ("halchal bilkul band" = "halchal band",
#: "pump se bhi aaram nahi" = "pump se aaram nahi", "khoon bahut beh raha" = "khoon beh raha")
_CONCEPT_FILLER = FILLER_WORDS | frozenset({"bilkul", "ekdum", "ekdam", "bhi", "hi", "bahut", "bohot", "sa", "si", "to", "toh", "pan",
                                            "jaise", "jaisa", "jaisi", "very", "so", "really", "just",
                                            # "very" of the south: Tamil "romba", Kannada "tumba", Telugu "chala"
                                            "romba", "tumba", "thumba", "chala", "chaala"})

_SKELETON_RULES = (
    ("chch", "ch"), ("cchh", "ch"), ("cch", "ch"), ("chh", "ch"),
    ("ph", "f"), ("w", "v"), ("z", "j"), ("q", "k"), ("ee", "i"), ("ii", "i"), ("oo", "u"), ("uu", "u"),
    ("aa", "a"),
)  # fmt: skip
_AFTER_H = re.compile(r"(?<=[bdgjkpt])h+")
_DOUBLE = re.compile(r"(.)\1+")


def _squeezed(text: str) -> str:
    """*text* by the spelling rules of :meth:`Spellings.skeleton`, whatever its length ("uttaan", "utaan" and
    "uttan" are "utan")."""
    for a, b in _SKELETON_RULES:
        text = text.replace(a, b)
    return _DOUBLE.sub(r"\1", _AFTER_H.sub("", text))


def _last_of_chain(same_word: Mapping[str, str], token: str) -> str:
    """Where ``same_word`` leads *token*, followed to its end (a loop ends where it closes)."""
    seen = {token}
    word = same_word[token]
    while word in same_word and same_word[word] not in seen | {word}:
        seen.add(word)
        word = same_word[word]
    return word


class Spellings:
    """How the words of a message are compared: by spelling skeleton, so that the usual spelling
    variants of one word meet (``zeher`` = ``jeher``, ``saans`` = ``sans``, ``khoon`` = ``kun``,
    ``bhaari`` = ``bari``, ``phool`` = ``ful``, ``chhati`` = ``chati``; a "ch" stays apart from an English
    "c": "chhut", missed, is no "cut", "chadh", to climb, no "CAD"), after ``same_word`` has joined the
    spellings that the rules alone would not (SMS shortenings "gya", "rhi"; Punjabi "saah" = saans;
    romanised Gujarati "lohi" = khoon — the knowledge base's ``language.spellings``). ``everyday``
    words ("cooking", "jakar") are themselves as typed, never a slip of a red-flag word. Words ``as_typed``
    ("chilla", to shout, has the skeleton of "chhila", a scrape; "bff" that of "bph") are compared with
    the entities as they are typed, not by their skeleton."""

    def __init__(
        self, same_word: Mapping[str, str] | None = None, everyday: Iterable[str] = (), as_typed: Iterable[str] = ()
    ) -> None:
        words = dict(same_word or {})
        # a spelling joined to a word that is itself joined to another ("mulga" = "beta" = "bete") meets the last
        self.same_word: dict[str, str] = {token: _last_of_chain(words, token) for token in words}
        self.everyday = frozenset(everyday)
        self.as_typed = frozenset(as_typed)
        #: words known as another spelling of a word, and everyday words: never typo-corrected
        self.variants = frozenset(self.same_word) | self.everyday
        self.skeleton = lru_cache(maxsize=32768)(self._skeleton)

    def _skeleton(self, token: str) -> str:
        """The spelling skeleton of a romanised Hindi / English word. Words of one or two letters,
        numbers and Devanagari are returned unchanged."""
        same = self.same_word.get(token)
        if same is not None:
            token = same
        if len(token) < 3 or not token.isascii() or not token.isalpha():
            return token
        out = token
        for a, b in _SKELETON_RULES:
            out = out.replace(a, b)
        out = _AFTER_H.sub("", out)
        out = _DOUBLE.sub(r"\1", out)
        return out if len(out) >= 2 else token

    def entity_key(self, token: str) -> str:
        """How *token* is compared with the entities' words: its skeleton, or, for a word ``as_typed``, the
        word itself marked so that it meets only that word ("dad", the father, is no "daad", ringworm,
        whose skeleton it is)."""
        return "=" + token if token in self.as_typed else self.skeleton(token)


#: the Hindi words of a verb told as done: a denial after it is "nahi" alone ("porlo na" = "gir nahi"), after a
#: verb told as going on it is "nahi raha" ("bolchhe na" = "bol nahi raha")
_DONE_FORMS = frozenset({"gaya", "gayi", "gaye"})
#: the Hindi denials: a Hindi verb before one ("uthta nahi", "bolte na") is the lexicon's, before another ("uthta
#: nathi") it is read
_HINDI_DENIALS = frozenset({"nahi", "nahin", "nhi", "na", "naa"})


class VerbEndings:
    """The verbs of India's other Indo-Aryan languages read by their endings as the Hindi verb with the
    Hindi ending of the same tense and aspect: Marathi "girla" = "gir gaya", Bengali "jolchhe" = "jal
    raha", Marathi "dukhtoy" = "dukh raha", Gujarati "bolto nathi" = "bol nahi raha", Odia "uthuni" =
    "uth nahi raha". The words are the knowledge base's (``language.verb_*``): the stems as typed and the
    Hindi stem of each, the endings and the Hindi word each is read as ("gaya", "raha", "nahi", or a Hindi
    ending "-ta" joined to the stem), the endings of a participle before a verb of going ("pure gechhe",
    "dajhi gayo" = "jal gaya"), the denials that follow a verb, and words that only look like a stem
    with an ending ("sunil", a name). A stem under three letters is never read, nor a word the lexicon
    knows by itself but with a denial after it or in a form of two words ("bolchhe na", "pure gechhe"), nor a
    Hindi word as it is ("uthta nahi")."""

    def __init__(
        self,
        stems: Mapping[str, str],
        endings: Mapping[str, str],
        conjunctive: Iterable[str] = (),
        going: Mapping[str, str] | None = None,
        denials: Iterable[str] = (),
        lookalikes: Iterable[str] = (),
    ) -> None:
        self.stems = dict(stems)
        single = {ending: hindi for ending, hindi in endings.items() if " " not in ending}
        self._hindi = single
        self._endings = tuple(sorted(single, key=lambda e: (-len(e), e)))  # longest first
        pairs: dict[str, dict[str, str]] = {}  # the word after -> {the ending before it: the Hindi word}
        for ending, hindi in endings.items():
            if " " in ending:
                first, second = ending.split(" ", 1)
                pairs.setdefault(second, {})[first] = hindi
        self._going = dict(going or {})
        for aux, hindi in self._going.items():
            for ending in conjunctive:
                pairs.setdefault(aux, {}).setdefault(ending, hindi)
        self._before: dict[str, tuple[tuple[str, ...], dict[str, str]]] = {
            after: (tuple(sorted(firsts, key=lambda e: (-len(e), e))), firsts) for after, firsts in pairs.items()
        }
        #: every ending a read word may end with, for one ``str.endswith``
        self._any_ending = tuple(sorted(set(self._endings) | {e for firsts in pairs.values() for e in firsts}))
        self.denials = frozenset(denials)
        self.lookalikes = frozenset(lookalikes)
        #: words known to the lexicon: never read (set when the knowledge base has built its indexes)
        self.known: frozenset[str] = frozenset()

    def _verb(self, token: str, ending: str, hindi_too: bool = False) -> str | None:
        stem = token[: len(token) - len(ending)]
        if len(stem) < 3:
            return None
        verb = self.stems.get(stem)
        if verb == stem and self._hindi.get(ending) == "-" + ending and not hindi_too:
            return None  # a Hindi word ("uthta", "bolte"): the lexicon's, but before "nathi" or "parchhe" it is read
        return verb

    def read(self, token: str, after: str | None = None) -> tuple[str, str, bool] | None:
        """The Hindi stem of *token*, the Hindi word its ending is read as, and whether the word *after*
        it is part of the form ("vahe che" = "bah raha", the stem itself before a verb of going: Bhojpuri "jar
        gail" = "jal gaya"); None for any other word."""
        if after in self._going and token in self.stems and token not in self.lookalikes:
            stem, aux = self.stems[token], self._going[after]
            # the stem itself before "gail": "dub gail" (the Hindi "gir gaya" is the lexicon's)
            return (stem, aux, True) if (stem, aux) != (token, after) else None
        if not token.endswith(self._any_ending) or token in self.lookalikes:
            return None
        if after is not None and after in self._before:  # the word after tells the verb, a known word too
            endings, forms = self._before[after]
            for ending in endings:
                if token.endswith(ending) and (verb := self._verb(token, ending, hindi_too=True)) is not None:
                    return verb, forms[ending], True
        if token in self.known and after not in self.denials:
            return None  # a word of the lexicon is read only with a denial after it ("bolchhe na")
        hindi_too = after in self.denials and after not in _HINDI_DENIALS
        for ending in self._endings:
            if token.endswith(ending) and (verb := self._verb(token, ending, hindi_too)) is not None:
                return verb, self._hindi[ending], False
        return None

    def is_verb(self, token: str) -> bool:
        """Is *token* a verb this reader reads, alone or before the word that completes its form?"""
        if not token.endswith(self._any_ending) or token in self.known or token in self.lookalikes:
            return False
        return any(token.endswith(e) and self._verb(token, e) is not None for e in self._any_ending)

    def virtual(self, words: Sequence[str]) -> VerbReading | None:
        """*words* with each verb read as its Hindi form ("girla" = "gir gaya"; "bolchhe na" = "bol nahi
        raha"); None when no word is read."""
        n = len(words)
        found: dict[int, tuple[str, str, bool]] = {}
        for i, tok in enumerate(words):
            read = self.read(tok, words[i + 1] if i + 1 < n else None)
            if read is not None:
                found[i] = read
        if not found:
            return None
        virtual: list[str] = []
        origin: list[int] = []
        owner: list[int] = []
        verbs: list[tuple[int, int, int]] = []  # (the verb's first virtual word, its end, its "nahi" or -1)
        i = 0
        while i < n:
            if i not in found:
                virtual.append(words[i])
                origin.append(i)
                owner.append(-1)
                i += 1
                continue
            verb, hindi, takes_next = found[i]
            k = len(verbs)
            after = i + 2 if takes_next else i + 1
            denied_after = after < n and words[after] in self.denials
            form = [verb + hindi[1:]] if hindi.startswith("-") else [verb, hindi]
            nahi = -1
            if hindi == "nahi":  # denied by its ending (Odia "uthuni", "uthi paruni"): "uth nahi raha"
                nahi = len(virtual) + 1
                parts = [(i, [verb]), (i + 1, ["nahi", "raha"])] if takes_next else [(i, [verb, "nahi", "raha"])]
            elif denied_after:  # "bolchhe na", "uthto nathi" = "bol / uth nahi raha", "porlo na" = "gir nahi"
                tail = ["nahi"] if hindi in _DONE_FORMS else ["nahi", "raha"]
                parts = [(i, [verb])] + ([(i + 1, [])] if takes_next else []) + [(after, tail)]
                nahi = len(virtual) + 1
            elif takes_next:
                parts = [(i, form), (i + 1, [])] if len(form) == 1 else [(i, [verb]), (i + 1, [hindi])]
            else:
                parts = [(i, form)]
            first = len(virtual)
            for at, phrase in parts:
                for word in phrase:
                    virtual.append(word)
                    origin.append(at)
                    owner.append(k)
            verbs.append((first, len(virtual), nahi))
            i = parts[-1][0] + 1
        return VerbReading(virtual, origin, owner, verbs)


def told_whole(verb: tuple[int, int, int], start: int, end: int) -> bool:
    """Does a term found at *start*..*end* of the words read take in the whole of a read *verb* (its first
    word, its end), its stem after another word of the term ("current lag" of "current lag gaya"), or, denied,
    its stem and its denial ("bol nahi" of "bol nahi raha")? The stem alone is a term only as written
    (:meth:`ConceptSet._is_term_as_written`), never by its skeleton."""
    first, last, nahi = verb
    if not start <= first < end:
        return False
    if nahi >= 0:
        return nahi < end
    return last <= end or start < first  # the whole form, or the stem after a word of the term ("current lag")


class VerbReading(NamedTuple):
    """A message's words with its verbs read as the Hindi verb, by either reader (:meth:`VerbEndings.virtual`
    for the Indo-Aryan languages, :meth:`ConceptSet.southern_verbs` for the south): the words, the position
    typed of each, for each word the read verb it belongs to (-1 for a word as typed), and for each read verb
    its first word, its end and the position of its "nahi" (-1 when it is not denied)."""

    words: list[str]
    origin: list[int]
    owner: list[int]
    verbs: list[tuple[int, int, int]]

    def touches(self, start: int, end: int) -> bool:
        """Does a term found at *start*..*end* of the words take in a word of a read verb?"""
        return any(self.owner[k] >= 0 for k in range(start, end))

    def tells(self, start: int, end: int) -> bool:
        """Does a term found at *start*..*end* take in a read verb, and each one it touches as a whole
        (:func:`told_whole`)?"""
        told = {self.owner[k] for k in range(start, end) if self.owner[k] >= 0}
        return bool(told) and all(told_whole(self.verbs[k], start, end) for k in told)

    def typed_span(self, start: int, end: int) -> tuple[int, int]:
        """The typed words a term found at *start*..*end* of the read words lies on."""
        return self.origin[start], self.origin[end - 1] + 1


#: "want 2 live", "going 2 die", "hv 2 go": after these a lone "2" is the word "to"
_TO_BEFORE = frozenset({"want", "wnt", "wanna", "going", "gonna", "have", "hv", "need", "ready", "trying", "try",
                        "decided", "plan", "planning", "like", "wish", "about"})


#: Gujarati "mo ma / mo par" is the mouth; "3 mo baby", "6 mo ka" is a month
_MOUTH_AFTER = frozenset({"ma", "me", "mein", "par", "pe", "se", "thi", "mathi", "ni", "nu", "na"})


def _sms_words(tokens: Sequence[str]) -> Sequence[str]:
    """*tokens* with words whose sense their neighbours tell: the SMS "2" read as "to" between a
    verb and a word ("dont want 2 live"), the Gujarati "mo" as the mouth before a postposition."""
    if "2" not in tokens and "mo" not in tokens:
        return tokens
    out = list(tokens)
    for i in range(1, len(out) - 1):
        if out[i] == "2" and out[i - 1] in _TO_BEFORE and out[i + 1].isalpha():
            out[i] = "to"
    for i in range(len(out) - 1):
        if out[i] == "mo" and out[i + 1] in _MOUTH_AFTER and not (i and out[i - 1].isdigit()):
            out[i] = "munh"
    return out


class ConceptSet:
    """Compiled ``concepts``: terms by the skeleton of their first token, prefix terms
    in a list. Tokens are compared by spelling skeleton (:meth:`Spellings.skeleton`), so Hinglish
    spelling variants ("seena"/"sina", "zeher"/"jahar" …) need no entry of their own."""

    def __init__(self, concepts: Mapping[str, Sequence[str]], spellings: Spellings) -> None:
        skeleton = spellings.skeleton
        #: how a message's word is compared: by skeleton, or as typed for a word ``as_typed`` ("but" is no
        #: "butt", "book" no Bengali "buk", the chest, whose skeletons they have)
        self._skeleton = spellings.entity_key
        self._same_word = spellings.same_word
        self.names = frozenset(concepts)
        # a term is found by its first token (exactly, or by its stem for a prefix token "squeez*");
        # the rest of it is kept as (text, is_prefix) pairs, compared token by token
        self._exact: dict[str, list[tuple[tuple[tuple[str, bool, str], ...], str]]] = {}
        self._prefix: dict[str, list[tuple[str, tuple[tuple[str, bool, str], ...], str]]] = {}
        for name, terms in concepts.items():
            for term in terms:
                # a prefix token keeps its stem as typed too: the skeleton of a short stem ("aa*") is
                # the stem itself, while that of the words it begins ("aaya", "aaye") is shortened
                # a token marked "=" is compared as typed, not by its skeleton: Bengali "=kane" (in the
                # ear) is no "khane" (eating), whose skeleton it is
                toks = tuple(
                    (skeleton(t[:-1]), True, t[:-1]) if t.endswith("*")
                    else (t, False, t[1:]) if t.startswith("=") else (spellings.entity_key(t), False, t)
                    for t in term.lower().split()
                )  # fmt: skip
                if not toks:
                    continue
                (first, first_is_prefix, _), rest = toks[0], toks[1:]
                if first_is_prefix:
                    self._prefix.setdefault(first[:2], []).append((first, rest, name))
                else:
                    self._exact.setdefault(first, []).append((rest, name))
        self.vocabulary = frozenset(
            t.removeprefix("=") for terms in concepts.values() for term in terms for t in term.lower().split()
            if not t.endswith("*")
        )  # fmt: skip
        #: the terms of one word, not a prefix ("padla", "jhatke")
        self.single_words = frozenset(
            term.lower().removeprefix("=") for terms in concepts.values() for term in terms
            if " " not in term and not term.endswith("*")
        )
        #: each concept's terms of one word as written, a prefix ending in "*" ("burn": "jal", "gir*")
        self._one_word_terms: dict[str, tuple[str, ...]] = {
            name: tuple(term.lower() for term in terms if " " not in term) for name, terms in concepts.items()
        }
        #: stems of prefix tokens anywhere in a term ("squeez*", "lad khad*")
        self.stems = tuple(sorted({
            t[:-1] for terms in concepts.values() for term in terms for t in term.lower().split()
            if t.endswith("*") and len(t) > 3
        }))  # fmt: skip
        self._long_stems = tuple(stem for stem in self.stems if len(stem) >= 4)
        # the verbs of the south, read by their endings once the language's word lists are known
        self._southern_stems: Mapping[str, str] = {}
        self._southern_denial_only: frozenset[str] = frozenset()
        self._denying_endings: tuple[str, ...] = ()
        self._progressive_denials: frozenset[str] = frozenset()
        self._affirming_endings: tuple[str, ...] = ()
        self._affirming_words: Mapping[str, tuple[str, ...]] = {}
        self._auxiliaries: frozenset[str] = frozenset()
        self._participles: Mapping[str, str] = {}
        self._respelled_endings: Mapping[str, tuple[str, ...]] = {}
        self.southern_verb = lru_cache(maxsize=32768)(self._southern_verb)
        #: the verbs of the other Indo-Aryan languages read by their endings (:class:`VerbEndings`), set by
        #: the knowledge base with its word lists
        self.verbs: VerbEndings | None = None

    def read_southern_verbs(self, words: LanguageWords) -> None:
        """Read the verbs of Tamil, Telugu, Kannada and Malayalam by their endings with the knowledge base's
        tables (``language.southern_verb_stems``, ``southern_verb_endings``, ``southern_denying_endings`` ...),
        the endings longest first."""
        self._southern_stems = dict(words.southern_verb_stems)
        self._southern_denial_only = words.southern_denial_only_stems
        self._denying_endings = tuple(sorted(words.southern_denying_endings, key=lambda e: (-len(e), e)))
        self._progressive_denials = words.southern_progressive_denials
        self._affirming_endings = tuple(sorted(words.southern_verb_endings, key=lambda e: (-len(e), e)))
        self._affirming_words = {ending: tuple(w.split()) for ending, w in words.southern_verb_endings.items()}
        unknown = sorted(words.southern_auxiliaries - words.southern_verb_endings.keys())
        if unknown:
            raise ValueError(f"language.southern_auxiliaries: {unknown} are not in language.southern_verb_endings")
        self._auxiliaries = words.southern_auxiliaries
        self._participles = dict(words.southern_participles)
        # the endings by their spelling skeleton; two endings of one skeleton and different tenses ("uttu", a
        # past, and "uthu", a present) are read only as typed
        by_skeleton: dict[str, set[tuple[str, ...]]] = {}
        for ending, told in self._affirming_words.items():
            by_skeleton.setdefault(_squeezed(ending), set()).add(told)
        self._respelled_endings = {key: next(iter(told)) for key, told in by_skeleton.items() if len(told) == 1}
        self.southern_verb.cache_clear()

    def read_verbs(self, verbs: VerbEndings, known: Iterable[str]) -> None:
        """Read the verbs of *verbs* in every message; a word the lexicon knows by itself (*known*, a term of
        one word, ``same_word``) is never read, a word told only inside a term of several words is ("uthda" of
        "uthda nahi" is also "uth nahi raha")."""
        verbs.known = frozenset(known) | self.single_words | frozenset(self._same_word)
        self.verbs = verbs

    def _is_term_as_written(self, name: str, words: Sequence[str]) -> bool:
        """Is *words* the Hindi stem alone, a term of concept *name* as written ("jal" of "jalla" is the
        burn's "jal"; "jag" of "jage che" is spelt like "jhaag", froth, but is not written so)?"""
        if len(words) != 1:
            return False
        stem = words[0]
        return any(term == stem or (term.endswith("*") and stem.startswith(term[:-1]))
                   for term in self._one_word_terms.get(name, ()))

    def reads_verb(self, token: str) -> bool:
        """Is *token* a verb of another Indo-Aryan language the reader reads ("bhajlo", "peeto")?"""
        return self.verbs is not None and self.verbs.is_verb(token)

    def has_stem(self, token: str) -> bool:
        """Does *token* start with the stem of a prefix term ("squeezing": ``squeez*``), or is it a verb
        of the south read by its ending ("maatadtilla", "moozhgittaan"), a participle of one ("mungi") or a verb
        of another Indo-Aryan language ("bhajlo")? Such a token is a known word and is never typo-corrected."""
        return (
            token.startswith(self.stems) or self.southern_verb(token) is not None or self._southern_participle_stem(token)
            or self.reads_verb(token)
        )

    def has_long_stem(self, token: str) -> bool:
        """Like :meth:`has_stem` with a stem of four letters or more: a stem of three letters
        ("beh*" in "behsoh", "man*" in "manra") may begin a slip of another word."""
        return (
            token.startswith(self._long_stems)
            or self.southern_verb(token) is not None
            or self._southern_participle_stem(token)
            or self.reads_verb(token)
        )

    def denied_verb(self, token: str) -> tuple[str, bool] | None:
        """The Hindi verb of a verb of the south denied by its ending ("nilkkunnilla": "ruk") and whether
        the denial goes on ("is not stopping"); None for any other word."""
        if len(token) < 5 or not token.endswith(self._denying_endings) or token in self._same_word:
            return None
        for ending in self._denying_endings:
            if not token.endswith(ending):
                continue
            stem = token[: -len(ending)]
            verb = self._same_word.get(stem) or self._southern_stems.get(stem)
            if verb is not None:
                return verb, ending in self._progressive_denials
        return None

    def affirmed_southern_verb(self, token: str) -> tuple[str, ...] | None:
        """A verb of the south told by an affirming ending as the Hindi verb and the Hindi word of the same
        tense ("vizhundhuttaan" = gir gaya, "kaalindi" = jal gaya, "ozhukunnu" = beh raha): the longest ending
        after a stem of three letters or more in the stem table (four before an ending of two), the ending as
        listed or, after a stem of four letters or more, in another spelling of it (doubled or single letters,
        long or short vowels: "utaan", "uttan" = "uttaan"). None for any other word, for a word of the concepts'
        vocabulary or of ``same_word``, and for an ending typed alone ("aachu", "poyi")."""
        if len(token) < 5 or token in self._same_word or token in self._affirming_words or token in self.vocabulary:
            return None
        stems, listed, respelled = self._southern_stems, self._affirming_words, self._respelled_endings
        for cut in range(3, len(token) - 1):
            verb = stems.get(token[:cut])
            if verb is None or token[:cut] in self._southern_denial_only:
                continue
            ending = token[cut:]
            if len(ending) < 3 and cut < 4:
                continue  # "vas-tu" is the Hindi "vastu" (a thing); "kach-tu" (Kannada: bit) is read
            told = listed.get(ending)
            if told is None and cut >= 4:  # another spelling of an ending after a stem of four letters or more
                told = respelled.get(_squeezed(ending))  # ("var-tan" is the Hindi "vartan", behaviour)
            if told is not None:
                return (*(w for w in verb.split() if w != "nahi"), *told)
        return None

    def is_southern_word(self, token: str) -> bool:
        """Is *token* a verb of the south read by its ending, or one of its endings typed alone ("poyindi")?"""
        return token in self._affirming_words or self.southern_verb(token) is not None

    def _southern_participle_stem(self, token: str) -> bool:
        """Is *token* a stem of the south's verbs, alone or with its linking vowel ("mungi", "kaali"), that an
        auxiliary typed apart may follow ("mungi poyi")? Such a word is no slip of another."""
        stems = self._southern_stems
        if len(token) < 4 or not stems:
            return False
        if token in self._participles:
            return True
        stem = token[:-1] if token[-1] in "aiu" else token
        return (token in stems or stem in stems) and stem not in self._southern_denial_only

    def southern_participle(self, token: str, after: str) -> tuple[str, ...] | None:
        """A verb of the south typed as a participle and an auxiliary apart, as the Hindi verb and the Hindi
        word of the auxiliary's tense (Telugu "kaali poyindi" = jal gaya, Malayalam "mungi poyi" = doob gaya,
        Tamil "vizhundhu vittaar" = gir gaya, Kannada "biddu hoda" = gir gaya): the participle a stem of the
        table of four letters or more, alone or with its linking vowel, or a participle read only so
        (``language.southern_participles``: Telugu "padi", fallen, is the Tamil "padi-chu", studied), the
        auxiliary a word of ``language.southern_auxiliaries``."""
        if after not in self._auxiliaries or not self._southern_participle_stem(token):
            return None
        verb = self._participles.get(token) or self._southern_stems.get(token) or self._southern_stems[token[:-1]]
        return (*(w for w in verb.split() if w != "nahi"), *self._affirming_words[after])

    def _southern_verb(self, token: str) -> tuple[tuple[str, ...], tuple[int, ...]] | None:
        """How a verb of the south is read: the Hindi words, and the places among them a term found in them
        must cover (the "nahi" of a denial: "ruk nahi", never the bare "ruk"; any word of an affirmed verb)."""
        denied = self.denied_verb(token)
        if denied is not None:
            verb, going_on = denied
            phrase = verb.split()
            if "nahi" not in phrase:
                phrase.append("nahi")  # "nilkkunnilla" = "ruk nahi"
            if going_on:
                phrase.append("raha")  # "lechatledu" = "jaag nahi raha"
            return tuple(phrase), tuple(k for k, word in enumerate(phrase) if word == "nahi")
        affirmed = self.affirmed_southern_verb(token)
        if affirmed is not None:
            return affirmed, tuple(range(len(affirmed)))
        return None

    def find(self, tokens: Sequence[str]) -> list[tuple[str, int, int]]:
        """Every ``(concept, start, end)`` occurrence in *tokens*; a term of several words
        also matches with filler words between them ("pain behind my eyes" = "pain behind
        eyes", "hit the head" = "hit head")."""
        skeleton = self._skeleton
        words = _sms_words(tokens)
        skeletons = [skeleton(t) for t in words]
        out = self._find(skeletons, words)
        kept = [i for i, t in enumerate(tokens) if t not in _CONCEPT_FILLER]
        if len(kept) < len(tokens):
            if words is not tokens:  # an SMS word read otherwise: the second pass takes the words as typed
                skeletons = [skeleton(t) for t in tokens]
            seen = set(out)
            for name, start, end in self._find([skeletons[i] for i in kept], [tokens[i] for i in kept]):
                if end - start < 2:
                    continue
                hit = (name, kept[start], kept[end - 1] + 1)
                if hit not in seen:
                    seen.add(hit)
                    out.append(hit)
        for reading in (self.southern_verbs(words), self.verbs.virtual(words) if self.verbs is not None else None):
            if reading is not None:
                self._find_read(reading, out)
        return out

    def _find_read(self, reading: VerbReading, out: list[tuple[str, int, int]]) -> None:
        """Add to *out* the terms found in the words with the verbs read (:class:`VerbReading`), also with
        filler words between them ("rakta tumba baruttide" = khoon aa raha), each placed on the words typed;
        only a term told with a verb read as a whole ("ruk nahi", "gir gaya", "current lag" of "current lag
        gaya"), or one touching it that is written so in the concepts; never one without a verb read."""
        virtual = reading.words
        skeletons = [self._skeleton(t) for t in virtual]
        kept = [i for i, t in enumerate(virtual) if t not in _CONCEPT_FILLER]
        passes: list[tuple[list[str], list[str], list[int] | None]] = [(skeletons, virtual, None)]
        if len(kept) < len(virtual):
            passes.append(([skeletons[i] for i in kept], [virtual[i] for i in kept], kept))
        seen = set(out)
        for tokens, typed, at in passes:
            for name, start, end in self._find(tokens, typed):
                if at is not None:
                    start, end = at[start], at[end - 1] + 1
                if not reading.tells(start, end) and not (
                    reading.touches(start, end) and self._is_term_as_written(name, virtual[start:end])
                ):
                    continue
                hit = (name, *reading.typed_span(start, end))
                if hit not in seen:
                    seen.add(hit)
                    out.append(hit)

    def southern_verbs(self, words: Sequence[str]) -> VerbReading | None:
        """*words* with each verb of a language of the south read by its ending as the Hindi verb: denied, as
        the verb and "nahi" (Malayalam "nilkkunnilla" = ruk nahi, "eneekkunnilla" = jaag nahi, Tamil "pesala" =
        bol nahi, Telugu "lechatledu" = jaag nahi raha), the stem a word of the lexicon's ``same_word`` or of the
        stem table; affirmed, as the verb and the Hindi word of its tense (Tamil "vizhundhuttaan" = gir gaya,
        Telugu "kaarutundi" = beh raha); None when no word is such a verb. Each word a term must cover (see
        :meth:`_southern_verb`) is a read verb of its own, so a term covering any of them tells the verb."""
        vocabulary, auxiliaries = self.vocabulary, self._auxiliaries
        found: dict[int, tuple[tuple[str, ...], tuple[int, ...]]] = {}
        told_with: set[int] = set()  # the auxiliaries typed apart after a participle read with them
        last = len(words) - 1
        for i, tok in enumerate(words):
            read = None if tok in vocabulary else self.southern_verb(tok)
            if read is None and i < last and words[i + 1] in auxiliaries:
                phrase = self.southern_participle(tok, words[i + 1])
                if phrase is not None:
                    read = phrase, tuple(range(len(phrase)))
                    told_with.add(i + 1)
            if read is not None:
                found[i] = read
        if not found:
            return None
        virtual: list[str] = []
        origin: list[int] = []
        owner: list[int] = []
        verbs: list[tuple[int, int, int]] = []
        for i, tok in enumerate(words):
            if i in told_with:
                continue  # "poyindi" after "kaali": told by the "gaya" of "jal gaya"
            if i not in found:
                virtual.append(tok)
                origin.append(i)
                owner.append(-1)
                continue
            phrase, covered = found[i]
            at = len(virtual)
            virtual.extend(phrase)
            origin.extend(i for _ in phrase)
            owner.extend(-1 for _ in phrase)
            for k in covered:
                owner[at + k] = len(verbs)
                verbs.append((at + k, at + k + 1, -1))
        return VerbReading(virtual, origin, owner, verbs)

    def _find(self, tokens: Sequence[str], typed: Sequence[str]) -> list[tuple[str, int, int]]:
        out: list[tuple[str, int, int]] = []
        n = len(tokens)
        exact, prefix = self._exact, self._prefix
        for i, tok in enumerate(tokens):
            candidates = exact.get(tok, [])
            as_typed = exact.get("=" + typed[i]) if tok[:1] != "=" else None
            if as_typed:
                candidates = candidates + as_typed
            stems = prefix.get(tok[:2])
            if stems:
                candidates = candidates + [(rest, name) for stem, rest, name in stems if tok.startswith(stem)]
            for rest, name in candidates:
                end = i + 1 + len(rest)
                if end > n:
                    continue
                j = i + 1
                for text, is_prefix, stem in rest:
                    if not (
                        (tokens[j].startswith(text) or typed[j].startswith(stem)) if is_prefix
                        else tokens[j] == text or (text[0] == "=" and typed[j] == stem)
                    ):  # fmt: skip
                        break
                    j += 1
                else:
                    out.append((name, i, end))
        return out


#: number words (English and Hindi, as typed or romanised from Devanagari)
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "fifty": 50,
    "ek": 1, "teen": 3, "char": 4, "chaar": 4, "panch": 5, "paanch": 5, "chhe": 6, "che": 6, "chah": 6, "chhah": 6,
    "chheh": 6, "saat": 7,
    "sat": 7, "aath": 8, "ath": 8, "nau": 9, "das": 10, "gyarah": 11, "barah": 12, "baarah": 12,
    "dedh": 1, "derh": 1, "dhai": 2, "dhaai": 2,  # one and a half, two and a half (ages under two months)
    "pandrah": 15, "bees": 20, "bis": 20, "tees": 30, "pachas": 50, "pachaas": 50,
    # Telugu, Tamil, Kannada and Malayalam two to five ("rendu nelala papa", "moonu naal kuzhandhai")
    "rendu": 2, "randu": 2, "eradu": 2, "moodu": 3, "moonu": 3, "moonnu": 3, "mooru": 3, "naalugu": 4, "naalu": 4,
    "naalku": 4, "anju": 5, "aidu": 5,
}  # fmt: skip


def _shipped_words() -> LanguageWords:
    """The word lists of the shipped knowledge base (which imports this module, so it is read here)."""
    from medlink.chatbot.knowledge import load_knowledge_base

    return load_knowledge_base().words


def _num(tok: str) -> int | None:
    if tok.isdigit() and len(tok) <= 4 and tok.isascii():
        return int(tok)
    return _NUMBER_WORDS.get(tok)


_AGE_NOUNS = frozenset({"hai", "hain", "he", "h", "ho", "hua", "hui", "hue", "hoga", "hogi", "tha", "thi", "the", BOUNDARY, "umar", "umr", "age", "mera", "meri", "mere", "hamara", "hamari", "bachhe", "bacche", "bachche", "bache", "bachi", "bacchi", "bachha", "shishu", "navjaat", "old", "ko", "ne", "bete", "betey", "babua", "babu", "bebi", "ba", "bani", "sai", "sa", "se", "hei", "ha", "ahe", "aahe", "che", "chhe", "cha", "aase", "ache", "achhe", "bhail", "hoye", "hoe",
                        # the Nagpuri / Khortha "is" and the Garhwali "chha" ("10 din ka heke", "3 hafta ko chha")
                        "heke", "hekai", "hake", "chha", "chhan"})
_SMOKES = frozenset({"bidi", "beedi", "bidis", "beedis", "cigarette", "cigarettes", "cigrette", "cigret", "sigret", "sigrate", "gutka", "gutkha", "sutta", "khaini", "tambaku", "tobacco", "paan"})
_BEEN = frozenset({"hue", "hoe", "huye", "hoye", "hua", "huwe"})
_PERSON_CASE = frozenset({"ko", "ne", "nai", "nu", "ke", "ki"})
_YOUNG_ONES = frozenset({"pota", "pote", "poti", "nati", "natin", "navasa", "navasi", "baby", "shishu", "navjaat", "munna", "munni",
                         # Punjabi and Hindi words of a baby ("kuri nu 3 hafte hoye ne", "bachi ko 10 din hue")
                         "kuri", "kudi", "munda", "bachi", "bacchi", "bachha", "bacha", "baccha", "bachcha",
                         "chhua", "chhuaa", "nano", "lalla", "lalli"})
#: "not even": the word between an age and its denial ("1 mahina bhi nahi hua", Bengali "1 mash o hoyni")
_INFANT_WORDS = frozenset({"infant", "newborn", "bebi", "babu", "nunu", "navjat"})
_EVEN_WORDS = frozenset({"bhi", "o", "hi", "pan", "bi", "vi", "ui", "v"})
#: "has not become" after a baby's days, weeks or months: Hindi "nahi hua", Bengali "hoyni", Marathi "jhala nahi",
#: Gujarati "thayo nathi", Punjabi "ni hoya", Nepali "bhayeko chhaina", Bhojpuri "na bhail"
_NOT_YET_BECOME = (
    ("nahi", "hua"), ("nahi", "hue"), ("nahi", "hui"), ("nai", "hua"), ("nahin", "hua"), ("na", "hua"), ("ni", "hua"),
    ("hoyni",), ("hoy", "ni"), ("hoini",), ("hoyeni",), ("jhala", "nahi"), ("zala", "nahi"), ("nahi", "jhala"),
    ("thayo", "nathi"), ("nathi", "thayo"), ("thaya", "nathi"), ("nahi", "hoya"), ("ni", "hoya"), ("nai", "hoya"),
    ("bhayeko", "chhaina"), ("bhayeko", "chaina"), ("bhaeko", "chaina"), ("bhayena",), ("bhaena",), ("na", "bhail"),
    ("nahi", "bhail"), ("hoi", "nai"), ("nai", "hoi"),
)


def _not_yet_of_age(tokens: Sequence[str], i: int, words: LanguageWords) -> bool:
    """A baby's age told as the time it has not yet reached: "baby 1 mahina bhi nahi hua", Bengali "1 mash o
    hoyni" (not even a month old), with a word of a baby in the message (not "beti", who may be grown up)."""
    j = i + 2
    if j < len(tokens) and tokens[j] in _EVEN_WORDS:
        j += 1
    if not any(tuple(tokens[j : j + len(told)]) == told for told in _NOT_YET_BECOME):
        return False
    return any(t in _YOUNG_ONES or t in words.telugu_babies or t in _INFANT_WORDS for t in tokens)




def _months_of_a_woman(tokens: Sequence[str], i: int, genitive: bool, words: LanguageWords) -> bool:
    """Are the months at *i* a woman's months of pregnancy, no age: "bahu 8 mahine ki hai", Marathi "bayko 8
    mahinyachi aahe" (a woman before them who leads no age, and no child named after them: "bahu 8 mahine ki
    beti" is still the daughter's age)?"""
    before = tokens[i - 1] if i else ""
    if before not in words.women or before in words.age_leaders or tokens[i + 1] not in words.month_words:
        return False
    rest = i + 2 if genitive else i + 3
    if not genitive and (i + 2 >= len(tokens) or tokens[i + 2] not in ("ki", "ke", "ka", "di", "de")):
        return False
    child_after = rest < len(tokens) and (tokens[rest] in words.baby_words or tokens[rest] in words.age_leaders)
    return not child_after


def age_in_months(tokens: Sequence[str], words: LanguageWords | None = None) -> float | None:
    """The age stated in the message ("my 2 week old", "3 saal ki beti", "70 year old
    father"), in months; ``None`` when no age is stated. Durations ("fever for 2 days",
    "2 din se") are not ages. *words*: the knowledge base's (default: the shipped one's)."""
    if words is None:
        words = _shipped_words()
    n = len(tokens)
    for i in range(n - 1):
        value = _num(tokens[i])
        if value is None:
            continue
        unit, genitive = _unit_of(tokens[i + 1])
        if unit is None:
            continue
        after = tokens[i + 2] if i + 2 < n else ""
        before = tokens[i - 1] if i else ""
        if before in {"for", "since", "from", "last", "past", "in", "after", "within"}:
            continue
        if (
            tokens[i + 1] in words.telugu_age_units and (i + 2 >= n or after == BOUNDARY or after in words.telugu_age_ends)
            and any(t in words.telugu_babies for t in tokens[max(0, i - 3) : i])
        ):  # fmt: skip
            return value * unit  # "papa ki 20 rojulu." (the baby is 20 days), not "papa ki 20 rojulu nundi jwaram"
        if (
            after in _BEEN and i >= 2 and tokens[i - 1] in _PERSON_CASE and tokens[i - 2] in _YOUNG_ONES
            and unit < 12 and (i + 3 >= n or tokens[i + 3] in (BOUNDARY, "hai", "hain", "he", "ne"))
        ):  # fmt: skip
            return value * unit  # "pote ko 12 din hue.": a baby's age told as the time since the birth
        if unit * value <= 3 and _not_yet_of_age(tokens, i, words):
            return value * unit  # "1 mahina bhi nahi hua": the baby is younger than that
        if before in words.telugu_babies and unit < 12 and (i + 2 >= n or after == BOUNDARY):
            return value * unit  # "papa 6 weeks." (the Telugu baby is six weeks old)
        if after in {"se", "ago", "back", "pehle", "pahle", "baad", "tak", "later"}:
            near = set(tokens[max(0, i - 3) : i]) | set(tokens[i + 2 : i + 5])
            if after in {"ago", "back", "pehle", "pahle"} and near & words.birth_words:
                return value * unit  # "born 5 days ago", "10 din pehle paida hua": an age
            continue
        if (
            after in ("ka", "ki", "ke", "kaa") and unit < 12 and i + 3 < n
            and tokens[i + 3] not in _AGE_NOUNS and tokens[i + 3] not in words.age_leaders
            and tokens[i + 3] not in words.baby_words and tokens[i + 3] not in words.other_people
        ):  # fmt: skip
            continue  # "3 din ka bukhar", "2 hafte ki khansi": how long a complaint has lasted, not an age
        if _months_of_a_woman(tokens, i, genitive, words):
            continue
        split_genitive = (
            after in _SPLIT_GENITIVES or (after == "ra" and i + 3 < n and tokens[i + 3] in _CHILD_AFTER_RA)
            or (after == "ko" and i + 3 < n and tokens[i + 3] in _CHILD_AFTER_KO) or after in _CHILD_AFTER_UNIT
            or (after in words.became_words and i + 3 < n and tokens[i + 3] in _CHILD_AFTER_UNIT)
            # the Gujarati feminine genitive ("20 divas ni dikri") only before a child, "ni" being also "nahi"
            or (after == "ni" and i + 3 < n and tokens[i + 3] in words.age_leaders)
        )
        if genitive or split_genitive or after in words.age_followers or before in {"aged", "age"} or (
            after == "of" and before == "baby"
        ):
            return value * unit
        if after in words.years_of and unit >= 12:  # Rajasthani "3 baras ro", "5 saal ri": years old
            return value * unit
        if unit >= 12 and before in words.possessives and (after in words.other_people or after in words.age_leaders):
            return value * unit  # "my 3 yr brother", "our 70 year grandfather": years before the person
        if after in {"pregnant", "pregnancy", "garbh", "garbhvati"}:
            continue  # "girl 3 months pregnant": a pregnancy's length
        if before in words.age_leaders or tokens[i + 1] in words.age_units:  # "baby 2 weeks", "my 3 yo"
            return value * unit
        if before in ("ka", "ki", "ke") and i >= 2 and tokens[i - 2] in words.age_leaders and unit < 12:
            return value * unit  # "baby ka 8 din": the baby's days
        if before in words.age_copulas and i >= 2 and tokens[i - 2] in words.age_leaders:  # "baby is 21 days", "beta hai 3 saal"
            return value * unit
        if unit >= 12 and value >= 40 and (after in ("", BOUNDARY) or after in words.age_copulas) and (
            i == 0 or before in words.other_people or before in words.elderly_words
        ):
            # "74 bochhor, bar bar pore jai", "papa 72 years.": the years of the one told of (a grown-up's;
            # "2 years, cough" may be how long)
            return value * unit
    return _bare_age_in_months(tokens, words)


def _bare_age_in_months(tokens: Sequence[str], words: LanguageWords) -> float | None:
    """An age told as a bare number after a word that says so ("umar 70, ghutno me dard", "papa ki umar 75
    hai", "age 72, knee pain"): years, as months. Not "age 5 mg" nor a number running on to another word."""
    n = len(tokens)
    for i in range(1, n):
        value = _num(tokens[i])
        if value is None or not 0 < value <= 110 or tokens[i - 1] not in words.age_sayers:
            continue
        if i + 1 == n or tokens[i + 1] == BOUNDARY or tokens[i + 1] in words.age_copulas:
            return value * 12
    return None


#: verbs denied by their ending in the languages of the south: Telugu "raaledu" (has not come), Kannada /
#: Malayalam "barutilla", "pokunnilla", Tamil "varala"
_DENYING_ENDINGS = ("ledu", "ledhu", "illa", "illai", "ala", "alai")


def _no_urine_for_hours(tokens: Sequence[str], i: int, words: LanguageWords) -> bool:
    """No urine for six hours or more, told around a urine word (a danger sign in a child)."""
    window = tokens[max(0, i - 4) : i + 6]
    if not any(t in words.no_words or (len(t) > 5 and t.endswith(_DENYING_ENDINGS)) for t in window):
        return False
    for k in range(len(window) - 1):
        value = _num(window[k])
        if value is not None and window[k + 1] in words.hours_words:
            return value >= 6 or window[k + 1] in {"din", "days"}
    return False


def _told_as_age(tokens: Sequence[str], i: int, words: LanguageWords) -> bool:
    """Is the number at *i* an age ("I'm 45", "i am 45", "age 52", "meri umar 60")?"""
    prev = tokens[i - 1] if i else ""
    return prev in words.age_sayers or (prev == "am" and i >= 2 and tokens[i - 2] == "i")


def _shown_glucose(tokens: Sequence[str], i: int, sugar_talk: bool, words: LanguageWords) -> bool:
    """Is the number at *i* a meter's reading in a message about blood sugar: a device or
    "showed" word just before it ("meter me 480", "machine pe 38") or "aa raha / aaya / showed"
    just after it ("520 aa rahi"), and no money, blood pressure or second number beside it?"""
    if not sugar_talk:
        return False
    if _told_as_age(tokens, i, words):
        return False  # "sugar 162 in my test, I'm 45": an age, not a reading
    n = len(tokens)
    before = tokens[max(0, i - 3) : i]
    after = tokens[i + 1 : i + 3]
    if any(t in words.money_words for t in tokens[max(0, i - 3) : i + 3]) or any(t in words.reading_words - words.sugar_words for t in before):
        return False
    if i + 1 < n and (_num(tokens[i + 1]) is not None or tokens[i + 1] in words.strength_units):
        return False  # "140 90", "500 mg"
    return any(t in words.shown_words for t in before) or (bool(after) and after[0] in words.shown_after)


#: a strength typed as one word: "5mg", "50mcg", "2.5ml" ("180mg/dl" is a reading's unit)
_JOINED_STRENGTH = re.compile(r"^\d+(?:\.\d+)?(?:mg|mgs|mcg|ml|iu|k)$")  # "60k": 60 000 units of vitamin D


def _mmol_value(tokens: Sequence[str], i: int) -> float | None:
    """The value told before the unit at *i*: "2.5 mmol" arrives as "2", "5", "mmol"."""
    if not tokens[i - 1].isdigit():
        return None
    if i >= 2 and tokens[i - 2].isdigit() and len(tokens[i - 1]) == 1 and len(tokens[i - 2]) <= 2:
        return float(f"{tokens[i - 2]}.{tokens[i - 1]}")
    return float(tokens[i - 1]) if len(tokens[i - 1]) <= 2 else None


#: the bands of a blood sugar reading that are concepts: (concept, lowest, highest, units), both ends in the
#: band. A reading in mg/dL is a number after a sugar word or shown by a meter; one in mmol/L is read to one
#: decimal before its unit ("2.5 mmol" arrives as "2", "5"), so 3.4 is the highest below 3.5.
_GLUCOSE_BANDS: tuple[tuple[str, float, float, str], ...] = (
    ("@low_glucose", 10, 60, "mg/dL"),
    ("@high_glucose", 300, 449, "mg/dL"),  # a danger only with vomiting and drowsiness beside it
    ("@very_high_glucose", 450, math.inf, "mg/dL"),
    ("@low_glucose", 1.0, 3.4, "mmol/L"),
    ("@very_high_glucose", 25.0, 80.0, "mmol/L"),
)
#: the highest number a glucose meter shows as a reading (a number shown above it is no blood sugar)
_METER_HIGHEST = 1500


def _glucose_band(value: float, units: str) -> str | None:
    """The concept of a blood sugar *value* in *units* ("mg/dL" or "mmol/L"); ``None`` outside every band."""
    return next((name for name, low, high, unit in _GLUCOSE_BANDS if unit == units and low <= value <= high), None)


def special_concepts(tokens: Sequence[str], words: LanguageWords | None = None) -> list[tuple[str, int, int]]:
    """Counts of pills, readings, ages and durations that are concepts (``@pills_counted_after``,
    ``@low_spo2``...), read with the knowledge base's *words* (default: the shipped one's)."""
    if words is None:
        words = _shipped_words()
    sugar_talk_words = words.sugar_words | words.sugar_talk
    minutes_hours = words.minute_words | words.hour_words
    out: list[tuple[str, int, int]] = []
    n = len(tokens)
    sugar_talk = any(t in sugar_talk_words for t in tokens)
    for i, tok in enumerate(tokens):
        value = _num(tok)
        if value is not None and value < 20 and i + 1 < n and tokens[i + 1] in words.hundreds:
            value *= 100  # "chah sau" = 600 ("छह सौ से ऊपर")
        if value is not None:
            near = tokens[i + 1 : i + 6]
            if "." in near:  # the count and the tablets in one clause ("bukhar 101. dawai di")
                near = near[: near.index(".")]
            if any(t in words.reading_words for t in tokens[max(0, i - 3) : i]):
                near = []  # "fever 102", "bp 150": a reading, not a count
            strength = i + 1 < n and (
                tokens[i + 1] in words.strength_units or (value >= 100 and tokens[i + 1] in words.strength_followers)
            )  # "1000 mg paracetamol", "500 ki goli": a strength
            if (
                i + 1 < n and tokens[i + 1] in words.strength_units and tokens[i + 2 : i + 3] != ["dl"]
                and not any(t in words.reading_words for t in tokens[max(0, i - 3) : i])
            ):  # fmt: skip
                out.append(("@strength", i, i + 2))  # "50 mcg", "5 mg", "10 units" (not "sugar 180 mg/dl")
            if value <= 4 and i + 1 < n and (tokens[i + 1] in words.pill_words or tokens[i + 1] in words.count_classifiers):
                out.append(("@pill_count", i, i + 2))  # "2 goli", "do tablet", "one pill", "2 ta": a number of tablets
            if any(t in words.how_many_words for t in near):
                near = []  # "500 ki kitni goli": a question about a dose
            if value <= 8 and any(t in words.per_day for t in tokens[i + 1 : i + 9]):
                near = []  # "5 tablets of vitamin c in a day": a daily regimen, not a count swallowed
            if i + 1 < n and (tokens[i + 1] in _UNIT_MONTHS or tokens[i + 1] in words.count_times):
                near = []  # "8 saal ke bete ki dawai", "5 din se goli": an age or a time, not a count
            packs = i + 1 < n and tokens[i + 1] in words.packs
            if packs and i + 2 < n and tokens[i + 2] in _SMOKES:
                near, packs = [], False  # "2 packet bidi": cigarettes smoked, not tablets swallowed
            if value >= 5 and not strength and any(t in words.pill_words for t in near):
                out.append(("@many_pills", i, i + 1))
            elif value >= 2 and packs:  # "3 strips", "2 bottles"
                out.append(("@many_pills", i, i + 2))
            elif (
                value >= 5 and not strength and any(t in words.pill_words for t in tokens[max(0, i - 4) : i])
                and (i + 1 >= n or (tokens[i + 1] not in _UNIT_MONTHS and tokens[i + 1] not in words.count_times))
            ):  # fmt: skip
                out.append(("@pills_counted_after", i, i + 1))  # "ate the pills, maybe 6 of them"
            before = tokens[max(0, i - 4) : i]
            timed = i + 1 < n and (tokens[i + 1] in _UNIT_MONTHS or tokens[i + 1] in words.count_times)
            band = None
            if any(t in words.mmol_units for t in tokens[i + 1 : i + 3]):
                pass  # "sugar is 20 mmol", "2.5 mmol" ("2", "5", "mmol"): read in mmol/L at the unit, never as mg/dL
            elif any(t in words.sugar_words for t in before) and not timed and not _told_as_age(tokens, i, words):  # "sugar ki goli 10 saal se": a duration
                band = _glucose_band(value, "mg/dL")
            elif not timed and value <= _METER_HIGHEST and _shown_glucose(tokens, i, sugar_talk, words):
                # "beti ko sugar hai ... meter me 480", "glucometer pe 38 aaya": the meter's reading
                band = _glucose_band(value, "mg/dL")
            if band is not None:
                out.append((band, i, i + 1))
            if 50 <= value < 90 and any(t in words.oxygen_words for t in before[-3:]) and not timed:
                out.append(("@low_spo2", i, i + 1))  # "oxygen 85": below 90 % needs hospital oxygen
            after = tokens[i + 1 : i + 3]
            if any(t in words.breath_words for t in before[-3:]) and any(t in words.per_minute for t in after):
                age = age_in_months(tokens, words)
                fast = 60 if age is not None and age < 2 else 50 if age is not None and age < 12 else 40 \
                    if age is not None and age < 60 else 30
                if value >= fast or 0 < value <= 8:
                    out.append(("@abnormal_rr", i, i + 1))  # "breathing 40 per min", "6 breaths a minute"
            if any(t in words.temperature_words for t in before[-3:]) and (104 <= value <= 110 or (value == 41 or value == 42)):
                out.append(("@hyperpyrexia", i, i + 1))  # "temp 105", "bukhar 106"
            if value >= 160 and i + 1 < n and (d := _num(tokens[i + 1])) is not None and d >= 110 and d < 200:
                out.append(("@severe_bp", i, i + 2))
            elif (
                value >= 160 and i + 2 < n and tokens[i + 1] in words.bp_joiners
                and (d := _num(tokens[i + 2])) is not None and 110 <= d < 200
            ):  # fmt: skip
                out.append(("@severe_bp", i, i + 3))  # "220 by 120", "200 over 115"
            elif (
                200 <= value < 300 and any(t in words.bp_words for t in before[-3:])
                and (i + 1 >= n or _num(tokens[i + 1]) is None) and not timed
            ):  # fmt: skip
                out.append(("@severe_bp", i, i + 1))  # "bp 220 aa gaya": the upper value alone, 200 or more
            if (
                40 <= value < 80 and any(t in words.bp_words for t in before[-3:]) and i + 1 < n
                and (d := _num(tokens[i + 1])) is not None and 20 <= d < value
            ):  # fmt: skip
                out.append(("@shock_bp", i, i + 2))  # "bp 70/40": too low to keep the organs fed
            if (150 <= value <= 300 or 0 < value <= 40) and any(t in words.pulse_words for t in before[-3:]) and not timed:
                out.append(("@pulse_extreme", i, i + 1))  # "pulse 180", "dhadkan 35"
        elif _JOINED_STRENGTH.match(tok) is not None:
            out.append(("@strength", i, i + 1))  # "5mg", "50mcg": a strength typed as one word
        if value is None and tok in words.whole_words and i + 1 < n and tokens[i + 1] in words.containers and (not i or tokens[i - 1] not in words.how_many_words):
            out.append(("@many_pills", i, i + 2))  # "whole strip", but not "how many tablets can I take"
        if value is not None and i + 1 < n and tokens[i + 1] in minutes_hours:
            long_enough = value >= 20 or tokens[i + 1] not in words.minute_words
            told_as_duration = (i and tokens[i - 1] in {"for", "since", "past", "last"}) or (
                i + 2 < n and tokens[i + 2] in {"se", "sey", "tak"}
            )
            if long_enough and told_as_duration:
                out.append(("@long_minutes", i, i + 2))  # "for 40 minutes", "2 ghante se"
        if tok in words.mmol_units and i and any(t in sugar_talk_words for t in tokens[max(0, i - 7) : i]):
            mmol = _mmol_value(tokens, i)  # "sugar is 2.5 mmol": 2.5 mmol/L = 45 mg/dL
            band = None if mmol is None else _glucose_band(mmol, "mmol/L")
            if band is not None:
                out.append((band, i - 1, i + 1))
        wet_nappy = tok in words.wet_words and any(t in words.nappy_words for t in tokens[max(0, i - 5) : i + 3])
        if (tok in words.urine_words or wet_nappy) and _no_urine_for_hours(tokens, i, words):
            out.append(("@no_urine", i, i + 1))  # "peshab 12 ghante se nahi", "hasnt peed in 10 hours"
    if _first_movements_awaited(tokens, words):
        out.append(("@first_movements_awaited", 0, 1))
    preterm = _preterm_weeks(tokens)
    if preterm is not None:
        out.append(("@preterm_weeks", preterm, preterm + 2))
    age = age_in_months(tokens, words)
    if age is not None and age <= 2:  # WHO/IAP young infant: 0-2 months
        out.append(("@young_infant", 0, 1))
    if age is not None and age < 12 * 12:  # a child (IAP: under 12 for these danger signs)
        out.append(("@child", 0, 1))
    return out


#: "yet", "abhi tak", "ab tak", "still": what has not begun so far
_NOT_YET = frozenset({"yet", "abhi tak", "ab tak", "abhitak", "abtak", "never", "ajun", "haju", "ekhono"})
#: movements that were felt and have changed ("pehle hilta tha", "was kicking", "kam ho gaya", "stopped", "since")
_FELT_BEFORE = frozenset({"pehle", "pahle", "earlier", "before", "was", "were", "used", "tha", "thi", "band", "stopped",
                          "stop", "less", "kam", "reduced", "decreased", "since", "anymore", "fewer", "slow", "slowed"})
#: the first movements named as such ("first kick", "pehli harkat", "quickening")
_FIRST_MOVES = frozenset({"first kick", "first kicks", "first movement", "first movements", "first flutter",
                          "first flutters", "pehli kick", "pehli harkat", "pehla kick", "pehli movement", "quickening"})
_WEEK_WORDS = frozenset({"weeks", "week", "wks", "wk", "hafte", "hafta", "saptah", "saptaha"})
_EARLY_ORDINAL_MONTHS = frozenset({"second", "third", "fourth", "fifth", "dusra", "doosra", "teesra", "tisra", "teesre",
                                   "chautha", "chauthe", "chotha", "panchva", "paanchva", "panchve", "paanchve"})


#: a pregnancy's weeks in Marathi, Tamil / Malayalam, Bengali and Gujarati too ("33 aathavde", "32 vaaram")
_PREGNANCY_WEEKS = _WEEK_WORDS | {"aathavde", "aathavda", "aathvade", "athavde", "aathavdyat", "vaaram", "varam",
                                  "soptah", "soptaho", "saptahe", "athvadiya", "athvadiyu", "hapta", "hafteyan"}


def _preterm_weeks(tokens: Sequence[str]) -> int | None:
    """Where a week of pregnancy before term is told ("33 weeks", "32 hafte", "33 aathavde"): a number from 20
    to 36 before a word for weeks, not an age or a time ago ("baby 24 weeks old", "24 weeks ago", "for 30
    weeks"); the index of the number, or None."""
    for i in range(len(tokens) - 1):
        tok = tokens[i]
        if not (tok.isdigit() and tok.isascii() and 20 <= int(tok) <= 36) or tokens[i + 1] not in _PREGNANCY_WEEKS:
            continue
        after = tokens[i + 2] if i + 2 < len(tokens) else ""
        before = tokens[i - 1] if i else ""
        if after in ("old", "ago", "back", "se", "baad", "pehle", "pahle") or before in ("for", "since", "last", "past"):
            continue
        return i
    return None


def _first_movements_awaited(tokens: Sequence[str], words: LanguageWords) -> bool:
    """ "20 weeks and I haven't felt the baby move yet", "5th month, abhi tak koi kick nahi", "abhi tak pehli
    baar hilna mehsoos nahi hua", "haven't felt the first kick": the first movements of a pregnancy not yet
    felt (they come by about 24 weeks), not movements that were felt and have grown less."""
    pairs = {" ".join(tokens[i : i + 2]) for i in range(len(tokens) - 1)}
    if pairs & _FIRST_MOVES or "quickening" in tokens:
        return True
    if not (set(tokens) | pairs) & _NOT_YET or not _FELT_BEFORE.isdisjoint(tokens):
        return False
    if "pehli baar" in pairs or "pahli baar" in pairs or "first time" in pairs:
        return True  # "abhi tak pehli baar ...": not yet for the first time
    for i in range(1, len(tokens)):
        before, tok = tokens[i - 1], tokens[i]
        after = tokens[i + 1] if i + 1 < len(tokens) else ""
        if after in ("old", "ka", "ki", "ke", "ago", "back", "se", "baad"):
            continue  # an age or a time ago, not the week of the pregnancy
        if tok in _WEEK_WORDS and before.isdigit() and 8 <= int(before) <= 23:
            return True  # "20 weeks", "18 hafte"
        if tok in words.month_words and (
            before in _EARLY_ORDINAL_MONTHS or (before[:1].isdigit() and 2 <= int(before[:1]) <= 5 and len(before) <= 3)
        ):
            return True  # "5th month", "paanchva mahina", "4 months"
    return False


#: computed concepts whose own reading contains the negation ("hasnt wet a nappy in 12 hours")
_TOLD_WITH_NEGATION = frozenset({"@no_urine"})

_ALTERNATIVES: dict[int, tuple[Sequence[ConceptRule], dict[str, tuple[tuple[str, tuple[str, ...]], ...]]]] = {}


_BY_FIRST: dict[int, tuple[Sequence[ConceptRule], dict[str, tuple[int, ...]]]] = {}


def _rules_by_first(rules: Sequence[ConceptRule]) -> dict[str, tuple[int, ...]]:
    """The positions in *rules* of the rules by their first concept (computed once per rule list),
    so that only the rules whose first concept is in the message are looked at."""
    cached = _BY_FIRST.get(id(rules))
    if cached is not None and cached[0] is rules:
        return cached[1]
    by_first: dict[str, list[int]] = {}
    for i, rule in enumerate(rules):
        by_first.setdefault(rule.all[0], []).append(i)
    out = {name: tuple(positions) for name, positions in by_first.items()}
    _BY_FIRST[id(rules)] = (rules, out)
    return out


def _alternatives(rules: Sequence[ConceptRule]) -> dict[str, tuple[tuple[str, tuple[str, ...]], ...]]:
    """The ``a|b`` names used by *rules* with their parts, by each part (computed once per rule
    list), so that only the names with a part in the message are looked at."""
    cached = _ALTERNATIVES.get(id(rules))
    if cached is not None and cached[0] is rules:
        return cached[1]
    names = sorted({name for rule in rules for name in rule.all + rule.context if "|" in name})
    by_part: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for name in names:
        parts = tuple(name.split("|"))
        for part in parts:
            by_part.setdefault(part, []).append((name, parts))
    out = {part: tuple(entries) for part, entries in by_part.items()}
    _ALTERNATIVES[id(rules)] = (rules, out)
    return out


def _merge_fragments(tokens: Sequence[str], clause_of: Sequence[int]) -> Sequence[int]:
    """Clause numbers where a fragment of one or two words joins the clause after it: a comma
    typed inside a phrase ("heavy, feeling in chest", "throat, closing after a sting") does not
    part the words of one complaint."""
    if not clause_of:
        return clause_of
    sizes: dict[int, int] = {}
    for tok, c in zip(tokens, clause_of, strict=False):
        if tok != ".":
            sizes[c] = sizes.get(c, 0) + 1
    last = clause_of[-1]
    target = {last: last}
    for c in range(last - 1, -1, -1):
        target[c] = target[c + 1] if sizes.get(c, 0) <= 2 else c
    if all(target[c] == c for c in target):
        return clause_of
    return [target[c] for c in clause_of]


#: the light verbs that end a completed act ("kaat liya", "pila diya"): "nahi" never stands before them
_DONE_AUXILIARIES = frozenset({"liya", "lia", "li", "liye", "diya", "dia", "di", "diye", "gaya", "gayi", "gya", "gyi"})


def _case_nai_masked(tokens: Sequence[str]) -> list[str]:
    """*tokens* with the Haryanvi case marker "nai" (= ne / ko) put out of the way of the negation checks:
    before a number ("pote nai 12 din hoe" = pote ko 12 din hue) or before a verb that ends in a completed
    act ("bichhu nai kaat liya" = bichhu ne kaat liya), where a "nahi" would not stand."""
    out = list(tokens)
    if "nai" not in tokens:
        return out
    n = len(tokens)
    for k, tok in enumerate(tokens):
        if tok != "nai" or not k or tokens[k - 1] == BOUNDARY or k + 1 >= n:
            continue
        if tokens[k + 1].isdigit() or (k + 2 < n and tokens[k + 2] in _DONE_AUXILIARIES):
            out[k] = "_"
    return out


def _denials_begun(
    tokens: Sequence[str], found: Sequence[tuple[str, int, int]], read: frozenset[str], negation_words: frozenset[str]
) -> dict[int, frozenset[str]]:
    """Where a term of a concept the rules read begins with a denial ("nahi hua", "nahi ho raha": not felt), the
    concepts of such terms by the token they begin at. Such a term denies the word before it ("harkat nahi hui"):
    its denial is shielded only from a concept it makes a sign with, not from any other ("behosh nahi hua")."""
    out: dict[int, set[str]] = {}
    for name, start, end in found:
        if name in read and end - start > 1 and tokens[start] in negation_words:
            out.setdefault(start, set()).add(name)
    return {start: frozenset(names) for start, names in out.items()}


_PARTNERS: dict[int, tuple[Sequence[ConceptRule], dict[str, frozenset[str]]]] = {}


def _partners(rules: Sequence[ConceptRule]) -> dict[str, frozenset[str]]:
    """For each concept, the concepts named with it in one rule's ``all`` or ``context`` (``a|b`` names
    both), computed once per rule list."""
    cached = _PARTNERS.get(id(rules))
    if cached is not None and cached[0] is rules:
        return cached[1]
    partners: dict[str, set[str]] = {}
    for rule in rules:
        names = {name for group in (rule.all, rule.context) for alternatives in group for name in alternatives.split("|")}
        for name in names:
            partners.setdefault(name, set()).update(names - {name})
    out = {name: frozenset(others) for name, others in partners.items()}
    _PARTNERS[id(rules)] = (rules, out)
    return out


_READ_BY: dict[int, tuple[Sequence[ConceptRule], frozenset[str]]] = {}


def _concepts_read(rules: Sequence[ConceptRule]) -> frozenset[str]:
    """Every concept named by *rules* (in ``all``, ``context``, ``unless`` or ``unless_anywhere``;
    ``a|b`` names both), computed once per rule list."""
    cached = _READ_BY.get(id(rules))
    if cached is not None and cached[0] is rules:
        return cached[1]
    names = frozenset(
        name
        for rule in rules
        for group in (rule.all, rule.context, rule.unless, rule.unless_anywhere)
        for alternatives in group
        for name in alternatives.split("|")
    )
    _READ_BY[id(rules)] = (rules, names)
    return names


def find_concept_hits(
    tokens: Sequence[str],
    clause_of: Sequence[int],
    concepts: ConceptSet,
    rules: Sequence[ConceptRule],
    is_negated: object,
    given: frozenset[str] = frozenset(),
    negation_words: frozenset[str] = frozenset(),
    found: list[tuple[str, int, int]] | None = None,
) -> list[ConceptHit]:
    """Rules whose concepts all occur (not negated) in one clause, with their context.

    *is_negated* is ``callable(start, end) -> bool`` supplied by the engine; *given*
    names context concepts known from elsewhere (the signed-in patient is pregnant).
    """
    if found is None:
        found = concepts.find(tokens) + special_concepts(tokens)
    clause_of = _merge_fragments(tokens, clause_of)
    # a negation inside a concept term ("cant speak", "saans nahi") negates nothing else
    # several concepts often share one span ("chest pain": chest, pain, chest_pain): each span is
    # looked at once
    # only the concepts the red-flag rules read shield their words: a topic's term with a denial in it
    # ("khata nahi", not eating) must not take the denial from a red-flag word spelt like it
    # ("kaata nahi", not bitten)
    read = _concepts_read(rules)
    spans = {(start, end) for name, start, end in found if name in read}
    neg_tokens = _case_nai_masked(tokens)
    for start, end in spans:
        if any(t in negation_words for t in tokens[start:end]):
            for k in range(start, end):
                if neg_tokens[k] in negation_words:
                    neg_tokens[k] = "_"
    negated: dict[tuple[int, int], bool] = {}
    by_concept: dict[str, list[tuple[int, int]]] = {}
    denials = _denials_begun(tokens, found, read, negation_words)
    for name, start, end in found:
        if name not in _TOLD_WITH_NEGATION:
            if (start, end) not in negated:
                negated[start, end] = is_negated(neg_tokens, start, end)  # type: ignore[operator]
            if negated[start, end]:
                continue
            if end in denials and not denials[end] & _partners(rules).get(name, frozenset()):
                if is_negated(_case_nai_masked(tokens), start, end):  # type: ignore[operator]
                    continue  # "behosh nahi hua": "nahi hua" (not felt) denies the fainting it follows
        by_concept.setdefault(name, []).append((start, end))
    for name in given:
        by_concept.setdefault(name, []).append((0, 0))
    alternatives = _alternatives(rules)
    named = {entry for part in list(by_concept) for entry in alternatives.get(part, ())}
    for name, parts in sorted(named):  # "baby|@child": any of the named concepts
        by_concept[name] = [spot for part in parts for spot in by_concept.get(part, ())]
    hits: list[ConceptHit] = []
    by_first = _rules_by_first(rules)  # most rules fail on their first concept: only the others, in order
    for i in sorted(i for name in by_concept for i in by_first.get(name, ())):
        rule = rules[i]
        if not all(map(by_concept.__contains__, rule.all)) or not all(map(by_concept.__contains__, rule.context)):
            continue
        if any(map(by_concept.__contains__, rule.unless_anywhere)):
            continue
        first = rule.all[0]
        seen_clauses: set[int] = set()
        for start, _end in by_concept[first]:
            clause = clause_of[start]
            if clause in seen_clauses:
                continue
            if all(any(clause_of[s] == clause for s, _e in by_concept[c]) for c in rule.all[1:]):
                if any(clause_of[s] == clause for c in rule.unless for s, _e in by_concept.get(c, ())):
                    continue
                # one hit per clause: the engine checks each clause on its own ("mirgi ka daura
                # hai, 10 minat se jhatke": the second clause is the report)
                seen_clauses.add(clause)
                hits.append(ConceptHit(rule, start))
    return hits


def find_topics(
    tokens: Sequence[str],
    found: Sequence[tuple[str, int, int]],
    rules: Sequence[TopicRule],
    is_negated: object,
    given: frozenset[str] = frozenset(),
    negation_words: frozenset[str] = frozenset(),
) -> list[str]:
    """Topics whose symptom combination occurs in the message, in rule order (no repeats).

    Unlike red flags, the concepts of a topic rule may be spread over the whole message
    ("peshab me jalan, aur baar baar jaana"); a negated concept ("no fever") does not count.
    A term that itself contains a negation ("neend nahi aati") is not negated by it.
    """
    present = set(given)
    counts: dict[tuple[int, int], bool] = {}  # by span: several concepts often share one
    for name, start, end in found:
        if name in present:
            continue
        span = (start, end)
        if span not in counts:
            inside = any(t in negation_words for t in tokens[start:end])  # "neend nahi aati"
            counts[span] = inside or not is_negated(tokens, start, end)  # type: ignore[operator]
        if counts[span]:
            present.add(name)
    out: list[str] = []
    for rule in rules:
        if not present.issuperset(rule.all) or not present.isdisjoint(rule.unless) or rule.topic in out:
            continue
        out.append(rule.topic)
    return out
