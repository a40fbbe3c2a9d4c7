"""Loading, validating and indexing the chatbot knowledge base (JSON).

The knowledge base is plain JSON (``resources/chatbot/knowledge_base.json``) so a clinic
can edit wording, keywords, red flags and intent phrases without touching code. It is
validated on load; any problem raises :class:`KnowledgeBaseError` naming the file, the
entry and the field. Each file is parsed and indexed once per process
(:func:`load_knowledge_base` keeps a cache keyed by the resolved path).
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, fields
from functools import lru_cache
from itertools import groupby
from pathlib import Path
from typing import Any

from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein

from medlink.chatbot.concepts import ConceptRule, ConceptSet, Spellings, TopicRule, VerbEndings
from medlink.chatbot.text import FILLER_WORDS, PhraseIndex, build_phrase_index, normalize_phrase

__all__ = [
    "DEFAULT_KB_PATH",
    "SPECIALITIES",
    "BodyPart",
    "Condition",
    "KnowledgeBase",
    "KnowledgeBaseError",
    "LanguageWords",
    "RedFlag",
    "Symptom",
    "clear_cache",
    "load_count",
    "load_knowledge_base",
]


def _default_path() -> Path:
    from medlink.paths import resource_path

    return resource_path("chatbot", "knowledge_base.json")


#: The knowledge base shipped with MedLink.
DEFAULT_KB_PATH: Path = _default_path()

#: Exact speciality names used across MedLink.
SPECIALITIES: tuple[str, ...] = (
    "General Physician",
    "Cardiologist",
    "Dermatologist",
    "Neurologist",
    "Orthopaedist",
    "Gastroenterologist",
    "Pulmonologist",
    "Endocrinologist",
    "ENT",
    "Ophthalmologist",
    "Psychiatrist",
    "Gynaecologist",
    "Paediatrician",
    "Urologist",
    "Dentist",
)

REQUIRED_CUES: tuple[str, ...] = (
    "greeting", "help", "fees_strong", "fees_weak", "clinic_context", "video_strong",
    "video_link_words", "video_context", "appt_strong", "appt_weak", "booking_verbs",
    "remedy", "info", "report", "triage", "dose", "medicine_question", "clinic_booking", "eat_weak",
)  # fmt: skip

_ID_RE = re.compile(r"^[a-z0-9_]+$")
#: who a message is about, usable in topic rules besides the number concepts (see concepts.py)
_TOPIC_SPECIALS = frozenset({"@child", "@pregnant", "@elderly", "@young_infant", "@many_pills", "@low_glucose",
                             "@very_high_glucose", "@severe_bp", "@pills_counted_after", "@low_spo2",
                             "@abnormal_rr", "@hyperpyrexia", "@no_urine",
                             "@long_minutes"})

#: Typo correction: only tokens this long or longer are corrected ...
FUZZY_MIN_LEN = 5
#: ... and at most this many per message.
FUZZY_MAX_PER_MESSAGE = 24


class KnowledgeBaseError(ValueError):
    """The knowledge-base file is missing, not JSON, or fails validation."""

    def __init__(self, path: Path | str, entry: str, field: str, problem: str) -> None:
        self.path = str(path)
        self.entry = entry
        self.field = field
        self.problem = problem
        super().__init__(f"{self.path}: {entry}: field '{field}': {problem}")


@dataclass(frozen=True)
class Condition:
    id: str
    name: str
    summary: str
    symptoms: tuple[str, ...]
    self_care: tuple[str, ...]
    prevention: tuple[str, ...]
    diet: tuple[str, ...]
    warning_signs: tuple[str, ...]
    speciality: str
    keywords: tuple[str, ...]
    source: str = ""
    complaint: bool = False  # named alone ("back pain", "dast lag gaye") it is a complaint to triage
    #: plain-language Hindi texts: name, summary, self_care, warning_signs, and optionally symptoms and
    #: prevention (the whole mapping is optional: a condition without it is answered in English)
    hi: Mapping[str, Any] | None = None


@dataclass(frozen=True)
class Symptom:
    id: str
    name: str
    speciality: str
    weight: int
    keywords: tuple[str, ...]
    advice: str
    related: tuple[str, ...]
    generic: bool  # a complaint word ("itchy", "swollen") that defers to a body part
    needs_body_part: bool  # meaningless alone ("pain", "problem")
    name_hi: str = ""
    advice_hi: str = ""  # the advice in plain-language Hindi
    topic: str | None = None  # the condition to explain for "remedy for <symptom>"


@dataclass(frozen=True)
class BodyPart:
    id: str
    speciality: str
    keywords: tuple[str, ...]
    topic: str | None  # condition implied by "<part> + pain" (back -> back_pain)
    symptom: str | None  # symptom implied by "<part> + pain" (head -> headache)


@dataclass(frozen=True)
class LanguageWords:
    """The plain word lists the engine's rules read, one ``language`` key each in the knowledge base:
    a word set is ``{"note": ..., "words": [...]}``, a word map ``{"note": ..., "forms": {word: word}}``
    (the note says what the engine does with the words). Read once, when the knowledge base loads."""

    #: "thanks", "shukriya", "dhanyavad": a greeting that thanks
    thanks: frozenset[str]
    #: the days of the week, as typed and as romanised from Devanagari
    weekdays: frozenset[str]
    #: words that change or cancel a booking
    booking_changes: frozenset[str]
    #: words that tell a dream: an accident seen in it is no event
    dreams: frozenset[str]
    #: an ordinal ending typed apart from its number ("8 va mahina")
    ordinal_endings: frozenset[str]
    #: everyday words with the ending of a disease's name ("diploma", "aroma")
    condition_lookalikes: frozenset[str]
    #: "kar du", "karein" after a number: "make it" that amount
    make_it_verbs: frozenset[str]
    #: the words beside "sir" that make it a way of address, not the head
    address_neighbours: frozenset[str]
    #: Hindi question words: with only a copula they ask, they do not report
    hindi_question_words: frozenset[str]
    #: the words of intent, time, place and person the rules read (each key's note says what for)
    clause_starters: frozenset[str]
    pregnancy_words: frozenset[str]
    elderly_words: frozenset[str]
    name_followers: frozenset[str]
    name_triggers: frozenset[str]
    diet_asks: frozenset[str]
    prevention_asks: frozenset[str]
    #: "bachayein", "bachane": keeping someone from a danger; beside them a red flag is a question of prevention
    keep_from_forms: frozenset[str]
    goodbyes: frozenset[str]
    when_to_see_a_doctor: frozenset[str]
    when_to_go: frozenset[str]
    names_of_care: frozenset[str]
    advice_asks: frozenset[str]
    asking_words: frozenset[str]
    open_or_shut: frozenset[str]
    other_places: frozenset[str]
    levels_told: frozenset[str]
    if_words: frozenset[str]
    now_words: frozenset[str]
    first_aid_asks: frozenset[str]
    treatment_words: frozenset[str]
    way_fillers: frozenset[str]
    how_to_asks: frozenset[str]
    what_to_do_asks: frozenset[str]
    asks_if_it_helps: frozenset[str]
    helps_words: frozenset[str]
    which_words: frozenset[str]
    good_words: frozenset[str]
    not_a_choice_of_care: frozenset[str]
    which_vaccines: frozenset[str]
    get_it_done: frozenset[str]
    asks_to_ask: frozenset[str]
    this_app: frozenset[str]
    #: "kaun din baithte", "kehde din baithde", "kon din bosen": a day asked (a which-word before a day
    #: word) or a weekday named, then a verb of sitting: on which day a doctor sees patients
    sitting_verbs: frozenset[str]
    sitting_day_words: frozenset[str]
    sitting_which_words: frozenset[str]
    question_openers: frozenset[str]
    bare_copulas: frozenset[str]
    goes_away: frozenset[str]
    denied_state: frozenset[str]
    price_asks: frozenset[str]
    jokes: frozenset[str]
    stop_words: frozenset[str]
    spread_words: frozenset[str]
    treatment_runs: frozenset[str]
    treatment_time_units: frozenset[str]
    first_aid_names: frozenset[str]
    bare_what_is: frozenset[str]
    measures: frozenset[str]
    normal_words: frozenset[str]
    normal_of: frozenset[str]
    normal_fillers: frozenset[str]
    age_after: frozenset[str]
    state_words: frozenset[str]
    degree_and_time_words: frozenset[str]
    help_negations: frozenset[str]
    clause_subjects: frozenset[str]
    time_joiners: frozenset[str]
    #: "a", "about", "lagbhag": words that may stand before a time without making it a clause ("a few years ago")
    time_leaders: frozenset[str]
    #: "tab", "then": a clause begun with one happens at the time of the clause before it
    then_words: frozenset[str]
    other_people: frozenset[str]
    generic_medicine_words: frozenset[str]
    #: "chalega", "theek rahega", "is that ok": asks whether something told (an amount of a medicine) is all right
    all_right_asks: frozenset[str]
    #: "bimari", "disease", "rog", "illness": illness itself named (a question about illness in general)
    illness_words: frozenset[str]
    dose_units: frozenset[str]
    amount_asks: frozenset[str]
    drinks: frozenset[str]
    what_it_is_asks: frozenset[str]
    about_the_condition_asks: frozenset[str]
    strong_info_asks: frozenset[str]
    what_a_condition_is_asks: frozenset[str]
    verb_endings: frozenset[str]
    not_verbs_in_ni: frozenset[str]
    wt_before: frozenset[str]
    action_verbs: frozenset[str]
    ordinal_month_words: frozenset[str]
    baby_words: frozenset[str]
    women: frozenset[str]
    month_words: frozenset[str]
    avoid_forms: frozenset[str]
    avoid_context: frozenset[str]
    child_after: frozenset[str]
    wished_forms: frozenset[str]
    wish_auxiliaries: frozenset[str]
    future_forms: frozenset[str]
    future_auxiliaries: frozenset[str]
    #: the words of readings, counts of pills, ages and durations (medlink.chatbot.concepts)
    pill_words: frozenset[str]
    count_classifiers: frozenset[str]
    whole_words: frozenset[str]
    containers: frozenset[str]
    strength_units: frozenset[str]
    count_times: frozenset[str]
    reading_words: frozenset[str]
    strength_followers: frozenset[str]
    breath_words: frozenset[str]
    per_minute: frozenset[str]
    per_day: frozenset[str]
    how_many_words: frozenset[str]
    packs: frozenset[str]
    temperature_words: frozenset[str]
    oxygen_words: frozenset[str]
    sugar_words: frozenset[str]
    sugar_talk: frozenset[str]
    shown_words: frozenset[str]
    age_sayers: frozenset[str]
    shown_after: frozenset[str]
    money_words: frozenset[str]
    age_followers: frozenset[str]
    age_leaders: frozenset[str]
    #: Telugu units of a baby's age, the baby words read before them and the verbs that close the age after them
    telugu_age_units: frozenset[str]
    telugu_babies: frozenset[str]
    telugu_age_ends: frozenset[str]
    #: "which became" between a unit and a baby of the south ("10 naal aana kuzhandhai"): the baby's age
    became_words: frozenset[str]
    #: "my", "hamari": a number of years between one of these and a person is the person's age
    possessives: frozenset[str]
    birth_words: frozenset[str]
    years_of: frozenset[str]
    age_copulas: frozenset[str]
    age_units: frozenset[str]
    bp_words: frozenset[str]
    pulse_words: frozenset[str]
    bp_joiners: frozenset[str]
    hundreds: frozenset[str]
    minute_words: frozenset[str]
    hour_words: frozenset[str]
    urine_words: frozenset[str]
    wet_words: frozenset[str]
    nappy_words: frozenset[str]
    no_words: frozenset[str]
    hours_words: frozenset[str]
    mmol_units: frozenset[str]
    #: first-person and polite forms of the verbs of doing, as one form each
    action_forms: Mapping[str, str]
    #: "what" / "how" in other Indian languages before a verb of doing, as the Hindi word
    regional_question_words: Mapping[str, str]
    #: numbers told in words in a duration, and Hindi units of one, as the reply repeats them
    number_words: Mapping[str, str]
    hindi_time_units: Mapping[str, str]
    #: everyday spellings of the words of intent cues, one word for one word ("kese" = "kaise")
    cue_spellings: Mapping[str, str]
    #: the verbs of the south read by their endings as the Hindi verb (:meth:`ConceptSet.read_southern_verbs`):
    #: the endings that deny ("pesala" = bol nahi), those that deny a verb going on, the stems read only when
    #: denied, the stems as the Hindi verb and the affirming endings as the Hindi word of their tense
    southern_denying_endings: frozenset[str]
    southern_progressive_denials: frozenset[str]
    southern_denial_only_stems: frozenset[str]
    southern_auxiliaries: frozenset[str]
    southern_verb_stems: Mapping[str, str]
    southern_verb_endings: Mapping[str, str]
    southern_participles: Mapping[str, str]
    #: the verbs of the other Indo-Aryan languages read by their endings (medlink.chatbot.concepts.VerbEndings):
    #: the stems as typed and their Hindi stem, the endings and the Hindi word each is read as, the verbs of
    #: going after a participle and their Hindi word
    verb_stems_read: Mapping[str, str]
    verb_endings_read: Mapping[str, str]
    verb_auxiliaries: Mapping[str, str]
    #: the endings of a participle before a verb of going, the denials after a verb, and words that only
    #: look like a stem with an ending
    verb_conjunctive_endings: frozenset[str]
    verb_denials_after: frozenset[str]
    verb_lookalikes: frozenset[str]
    #: the verbs of care read by stem and ending after a regional question word ("em tinali", "ki lagabiyai"):
    #: the stems and their Hindi verb, the endings of should / shall, and the words that only look like one
    care_verb_stems: Mapping[str, str]
    care_verb_endings: frozenset[str]
    care_verb_lookalikes: frozenset[str]
    #: "what is it exactly": what a condition named in the message is
    name_explained_asks: frozenset[str]


#: the ``language`` keys of :class:`LanguageWords` by their kind: the word maps, and the word sets (every
#: other field)
WORD_MAPS: tuple[str, ...] = (
    "action_forms", "regional_question_words", "number_words", "hindi_time_units", "cue_spellings", "southern_verb_stems",
    "southern_verb_endings", "southern_participles", "verb_stems_read", "verb_endings_read", "verb_auxiliaries",
    "care_verb_stems",
)
WORD_SETS: tuple[str, ...] = tuple(f.name for f in fields(LanguageWords) if f.name not in WORD_MAPS)


_REGEX_SYNTAX = frozenset(".^$*+?{}[]\\|()")


def _leading_literal(pattern: str) -> str:
    """The plain text every match of *pattern* begins with ("chest " in ``chest (pain|ache)``,
    "pre" in ``pre ?eclampsia``); "" when the pattern begins with regex syntax."""
    out: list[str] = []
    for ch in pattern:
        if ch in _REGEX_SYNTAX:
            if ch in "?*{" and out:
                out.pop()  # the character before an optional mark may be absent
            break
        out.append(ch)
    return "".join(out)


def _top_level_alternatives(pattern: str) -> list[str]:
    """*pattern* split at each ``|`` outside groups and character classes."""
    parts: list[str] = []
    depth, in_class, escaped, begin = 0, False, False, 0
    for i, ch in enumerate(pattern):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[begin:i])
            begin = i + 1
    return [*parts, pattern[begin:]]


def match_starts(pattern: str) -> tuple[str, ...]:
    """Texts one of which every match of *pattern* begins with ("convuls" for ``convuls(ion|ing)``;
    "weakness", "numbness" for ``(weakness|numbness) in``); () when that is not plain to see.

    A message containing none of them cannot match, so its patterns need not be run.
    """
    alternatives = _top_level_alternatives(pattern)
    if len(alternatives) > 1:  # "heart attack|dil ka daura": one of each alternative's starts
        each = [match_starts(alt) for alt in alternatives]
        return tuple(s for starts in each for s in starts) if all(each) else ()
    if pattern.startswith("\\b"):
        pattern = pattern[2:]
    if pattern.startswith(("(?<!", "(?<=")):  # a look-behind: the match begins after it
        end = pattern.find(")")
        if end < 0 or any(c in pattern[4:end] for c in "()[]\\"):
            return ()
        return match_starts(pattern[end + 1 :])
    if not pattern.startswith("("):
        lead = _leading_literal(pattern)
        return (lead,) if lead else ()
    body = pattern[3:] if pattern.startswith("(?:") else pattern[1:]
    end = body.find(")")
    inner = body[:end]
    if end < 0 or any(c in inner for c in "()[]\\") or body[end + 1 : end + 2] in ("*", "{"):
        return ()
    leads = tuple(_leading_literal(alt) for alt in inner.split("|"))
    if not all(leads):
        return ()
    if body[end + 1 : end + 2] == "?":  # an optional group: the match may begin after it
        after = match_starts(body[end + 2 :])
        return leads + after if after else ()
    return leads


@dataclass(frozen=True)
class RedFlag:
    id: str
    label: str
    kind: str  # "medical" or "self_harm"
    patterns: tuple[re.Pattern[str], ...]
    unless: tuple[re.Pattern[str], ...]
    requires_any: tuple[re.Pattern[str], ...]
    needs_report: bool
    instructions: tuple[str, ...]
    label_hi: str = ""
    instructions_hi: tuple[str, ...] = ()
    #: any of these anywhere in the message vetoes ("i snore ... wife says i stop breathing")
    unless_anywhere: tuple[re.Pattern[str], ...] = ()
    #: the patterns with a leading ``\\b`` removed, plus "check the word boundary by hand".
    #: Python's ``re`` scans ~6x faster without the leading ``\\b`` (literal-prefix search).
    scan: tuple[tuple[re.Pattern[str], bool], ...] = ()
    #: texts one of which begins every match of every pattern (see :func:`match_starts`); a message
    #: containing none of them is not scanned for this flag. () when some pattern has no such texts.
    starts: tuple[str, ...] = ()
    #: the danger outlasts the signs (a poison or venom still acting, a stroke sign that passed, self-harm):
    #: "ab thik hai" does not make it over — unless one of ``over_with`` is named (a swallowed coin that
    #: passed) and none of ``never_over_with`` (a battery, a magnet, something sharp)
    outlasts_signs: bool = False
    over_with: tuple[re.Pattern[str], ...] = ()
    never_over_with: tuple[re.Pattern[str], ...] = ()

    def can_be_told_over(self, text: str) -> bool:
        """May a message that tells this sign in the past and as over ("kal raat ... tha, ab thik hai")
        be answered as no longer an emergency?"""
        if not self.outlasts_signs:
            return True
        return any(p.search(text) for p in self.over_with) and not any(p.search(text) for p in self.never_over_with)


class _Validator:
    """Collects typed values out of raw JSON, raising precise errors."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, entry: str, field: str, problem: str) -> KnowledgeBaseError:
        return KnowledgeBaseError(self.path, entry, field, problem)

    def obj(self, value: Any, entry: str, field: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(entry, field, f"expected an object, got {type(value).__name__}")
        return value

    def text(self, data: Mapping[str, Any], entry: str, field: str, *, optional: bool = False) -> str:
        value = data.get(field)
        if value is None and optional:
            return ""
        if not isinstance(value, str) or not value.strip():
            raise self.fail(entry, field, "expected a non-empty string")
        return value.strip()

    def texts(
        self, data: Mapping[str, Any], entry: str, field: str, *, optional: bool = False
    ) -> tuple[str, ...]:
        value = data.get(field)
        if value is None and optional:
            return ()
        if not isinstance(value, list) or (not value and not optional):
            raise self.fail(entry, field, "expected a non-empty list of strings")
        out: list[str] = []
        for i, item in enumerate(value):
            if not isinstance(item, str) or not item.strip():
                raise self.fail(entry, f"{field}[{i}]", "expected a non-empty string")
            out.append(item.strip())
        return tuple(out)

    def keywords(self, data: Mapping[str, Any], entry: str, field: str = "keywords") -> tuple[str, ...]:
        values = self.texts(data, entry, field)
        for i, kw in enumerate(values):
            if not normalize_phrase(kw):
                raise self.fail(entry, f"{field}[{i}]", f"keyword {kw!r} has no letters or digits")
        return values

    def speciality(self, data: Mapping[str, Any], entry: str, field: str = "speciality") -> str:
        value = self.text(data, entry, field)
        if value not in SPECIALITIES:
            raise self.fail(entry, field, f"unknown speciality {value!r}; use one of {', '.join(SPECIALITIES)}")
        return value

    def ident(self, data: Mapping[str, Any], entry: str, seen: set[str]) -> str:
        value = self.text(data, entry, "id")
        if not _ID_RE.match(value):
            raise self.fail(entry, "id", f"{value!r} must use only a-z, 0-9 and _")
        if value in seen:
            raise self.fail(entry, "id", f"duplicate id {value!r}")
        seen.add(value)
        return value

    def regexes(
        self, data: Mapping[str, Any], entry: str, field: str, *, optional: bool = False
    ) -> tuple[re.Pattern[str], ...]:
        out: list[re.Pattern[str]] = []
        for i, pattern in enumerate(self.texts(data, entry, field, optional=optional)):
            try:
                out.append(re.compile(pattern))
            except re.error as exc:
                raise self.fail(entry, f"{field}[{i}]", f"invalid regular expression {pattern!r}: {exc}") from None
        return tuple(out)

    def flag(self, data: Mapping[str, Any], entry: str, field: str) -> bool:
        """An optional true/false field (false when absent)."""
        value = data.get(field, False)
        if not isinstance(value, bool):
            raise self.fail(entry, field, f"expected true or false, got {value!r}")
        return value

    def word(self, value: Any, entry: str, field: str) -> str:
        """One lower-case word or phrase of a word list, as the engine's tokens are: no surrounding
        or doubled spaces."""
        if not isinstance(value, str) or not value or value != value.lower() or " ".join(value.split()) != value:
            raise self.fail(entry, field, f"{value!r} is not a lower-case word")
        return value

    def word_set(self, lang: Mapping[str, Any], key: str) -> frozenset[str]:
        """``language.<key>``: ``{"note": ..., "words": [...]}``, the words lower-case and each once."""
        entry = f"language.{key}"
        group = self.obj(lang.get(key), "language", key)
        self.text(group, entry, "note")
        raw = group.get("words")
        if not isinstance(raw, list) or not raw:
            raise self.fail(entry, "words", "expected a non-empty list of words")
        words = [self.word(w, entry, f"words[{i}]") for i, w in enumerate(raw)]
        if len(set(words)) != len(words):
            twice = next(w for i, w in enumerate(words) if w in words[:i])
            raise self.fail(entry, "words", f"{twice!r} is listed twice")
        return frozenset(words)

    def word_map(self, lang: Mapping[str, Any], key: str) -> dict[str, str]:
        """``language.<key>``: ``{"note": ..., "forms": {word: word}}``, lower-case words for words."""
        entry = f"language.{key}"
        group = self.obj(lang.get(key), "language", key)
        self.text(group, entry, "note")
        forms = self.obj(group.get("forms"), entry, "forms")
        if not forms:
            raise self.fail(entry, "forms", "expected at least one form")
        return {self.word(k, entry, f"forms.{k}"): self.word(w, entry, f"forms.{k}") for k, w in forms.items()}

    def combined(self, data: Mapping[str, Any], entry: str, field: str) -> re.Pattern[str]:
        """The patterns of *field* as one alternation, in their order. Consecutive patterns that
        begin with ``\\b`` share it ("\\b(?:(?:if ...)|(?:in case ...))"): the same matches, but
        a position that is no word boundary is tried once instead of once per pattern."""
        parts = [p.pattern for p in self.regexes(data, entry, field)]
        runs = []
        for bounded, run in groupby(parts, key=lambda p: p.startswith("\\b") and len(_top_level_alternatives(p)) == 1):
            if bounded:
                runs.append("\\b(?:" + "|".join(f"(?:{p[2:]})" for p in run) + ")")
            else:
                runs.extend(f"(?:{p})" for p in run)
        return re.compile("|".join(runs))


class KnowledgeBase:
    """Validated, indexed knowledge base. Build with :func:`load_knowledge_base`."""

    def __init__(self, raw: Any, path: Path) -> None:
        v = _Validator(path)
        self.path = path
        root = v.obj(raw, "knowledge base", "(root)")
        self.disclaimer: str = v.text(root, "knowledge base", "disclaimer")

        helplines = v.obj(root.get("helplines"), "knowledge base", "helplines")
        self.helplines: dict[str, str] = {
            key: v.text(helplines, "helplines", key)
            for key in ("emergency", "ambulance", "tele_manas", "tele_manas_alt")
        }

        # --- conditions ---------------------------------------------------------
        raw_conditions = root.get("conditions")
        if not isinstance(raw_conditions, list) or not raw_conditions:
            raise v.fail("knowledge base", "conditions", "expected a non-empty list")
        seen: set[str] = set()
        self.conditions: dict[str, Condition] = {}
        for i, item in enumerate(raw_conditions):
            label = f"conditions[{i}]"
            item = v.obj(item, label, "(entry)")
            cid = v.ident(item, label, seen)
            label = f"condition '{cid}'"
            self.conditions[cid] = Condition(
                id=cid,
                name=v.text(item, label, "name"),
                summary=v.text(item, label, "summary"),
                symptoms=v.texts(item, label, "symptoms"),
                self_care=v.texts(item, label, "self_care"),
                prevention=v.texts(item, label, "prevention"),
                diet=v.texts(item, label, "diet", optional=True),
                warning_signs=v.texts(item, label, "warning_signs"),
                speciality=v.speciality(item, label),
                keywords=v.keywords(item, label),
                source=v.text(item, label, "source"),
                complaint=bool(item.get("complaint", False)),
                hi=self._hindi(v, item, label),
            )

        # --- symptoms -----------------------------------------------------------
        raw_symptoms = root.get("symptoms")
        if not isinstance(raw_symptoms, list) or not raw_symptoms:
            raise v.fail("knowledge base", "symptoms", "expected a non-empty list")
        seen = set()
        self.symptoms: dict[str, Symptom] = {}
        for i, item in enumerate(raw_symptoms):
            label = f"symptoms[{i}]"
            item = v.obj(item, label, "(entry)")
            sid = v.ident(item, label, seen)
            label = f"symptom '{sid}'"
            weight = item.get("weight", 1)
            if not isinstance(weight, int) or isinstance(weight, bool) or weight < 0:
                raise v.fail(label, "weight", "expected a whole number >= 0")
            related = v.texts(item, label, "related", optional=True)
            for j, rid in enumerate(related):
                if rid not in self.conditions:
                    raise v.fail(label, f"related[{j}]", f"unknown condition id {rid!r}")
            self.symptoms[sid] = Symptom(
                id=sid,
                name=v.text(item, label, "name"),
                speciality=v.speciality(item, label),
                weight=weight,
                keywords=v.keywords(item, label),
                advice=v.text(item, label, "advice"),
                related=related,
                generic=bool(item.get("generic", False)),
                needs_body_part=bool(item.get("needs_body_part", False)),
                name_hi=v.text(item, label, "name_hi", optional=True),
                advice_hi=v.text(item, label, "advice_hi", optional=True),
                topic=self._topic(v, item, label),
            )

        # --- body parts ---------------------------------------------------------
        seen = set()
        self.body_parts: dict[str, BodyPart] = {}
        raw_parts = root.get("body_parts")
        if not isinstance(raw_parts, list):
            raise v.fail("knowledge base", "body_parts", "expected a list")
        for i, item in enumerate(raw_parts):
            label = f"body_parts[{i}]"
            item = v.obj(item, label, "(entry)")
            bid = v.ident(item, label, seen)
            label = f"body part '{bid}'"
            topic = item.get("topic")
            if topic is not None and topic not in self.conditions:
                raise v.fail(label, "topic", f"unknown condition id {topic!r}")
            symptom = item.get("symptom")
            if symptom is not None and symptom not in self.symptoms:
                raise v.fail(label, "symptom", f"unknown symptom id {symptom!r}")
            self.body_parts[bid] = BodyPart(
                bid, v.speciality(item, label), v.keywords(item, label), topic, symptom
            )

        # --- specialities, children, medicines ----------------------------------
        terms = v.obj(root.get("speciality_terms"), "knowledge base", "speciality_terms")
        self.speciality_terms: dict[str, tuple[str, ...]] = {}
        for name in terms:
            if name not in SPECIALITIES:
                raise v.fail("speciality_terms", name, f"unknown speciality {name!r}")
            self.speciality_terms[name] = v.keywords(terms, "speciality_terms", name)
        self.child_terms: tuple[str, ...] = v.keywords(root, "knowledge base", "child_terms")
        medicines = v.obj(root.get("medicines"), "knowledge base", "medicines")
        #: a medicine's main topic, and every topic it is commonly taken for (a list in the JSON:
        #: "cetirizine" -> allergy and allergic rhinitis, "paracetamol" -> headache and flu)
        self.medicines: dict[str, str | None] = {}
        self.medicine_topics: dict[str, tuple[str, ...]] = {}
        for name, value in medicines.items():
            topics = tuple(value) if isinstance(value, list) else () if value is None else (value,)
            for topic in topics:
                if not isinstance(topic, str) or topic not in self.conditions:
                    raise v.fail("medicines", name, f"unknown condition id {topic!r}")
            if isinstance(value, list) and not topics:
                raise v.fail("medicines", name, "empty list of topics")
            if not normalize_phrase(name):
                raise v.fail("medicines", name, "medicine name has no letters or digits")
            self.medicines[name] = topics[0] if topics else None
            self.medicine_topics[name] = topics

        # --- red flags ----------------------------------------------------------
        raw_flags = root.get("red_flags")
        if not isinstance(raw_flags, list) or not raw_flags:
            raise v.fail("knowledge base", "red_flags", "expected a non-empty list")
        seen = set()
        self.red_flags: list[RedFlag] = []
        for i, item in enumerate(raw_flags):
            label = f"red_flags[{i}]"
            item = v.obj(item, label, "(entry)")
            fid = v.ident(item, label, seen)
            label = f"red flag '{fid}'"
            kind = item.get("kind", "medical")
            if kind not in ("medical", "self_harm"):
                raise v.fail(label, "kind", "expected 'medical' or 'self_harm'")
            patterns = v.regexes(item, label, "patterns")
            scan = tuple(
                (re.compile(p.pattern[2:]), True) if p.pattern.startswith("\\b") else (p, False)
                for p in patterns
            )
            starts = tuple(match_starts(p.pattern) for p in patterns)
            self.red_flags.append(
                RedFlag(
                    id=fid,
                    label=v.text(item, label, "label"),
                    kind=kind,
                    patterns=patterns,
                    unless=v.regexes(item, label, "unless", optional=True),
                    requires_any=v.regexes(item, label, "requires_any", optional=True),
                    unless_anywhere=v.regexes(item, label, "unless_anywhere", optional=True),
                    needs_report=bool(item.get("needs_report", False)),
                    instructions=v.texts(item, label, "instructions"),
                    scan=scan,
                    starts=tuple(sorted({s for each in starts for s in each})) if all(starts) else (),
                    label_hi=v.text(item, label, "label_hi"),
                    instructions_hi=v.texts(item, label, "instructions_hi"),
                    outlasts_signs=v.flag(item, label, "outlasts_signs"),
                    over_with=v.regexes(item, label, "over_with", optional=True),
                    never_over_with=v.regexes(item, label, "never_over_with", optional=True),
                )
            )
        flag_ids = {f.id for f in self.red_flags}

        # --- red-flag concepts ----------------------------------------------------
        raw_concepts = v.obj(root.get("concepts"), "knowledge base", "concepts")
        concepts: dict[str, tuple[str, ...]] = {}
        for name in raw_concepts:
            concepts[name] = v.texts(raw_concepts, "concepts", name)
        self.spellings = self._spellings(v, v.obj(root.get("language"), "knowledge base", "language"))
        self.concepts = ConceptSet(concepts, self.spellings)
        self._concept_terms = concepts
        raw_rules = root.get("concept_rules")
        if not isinstance(raw_rules, list) or not raw_rules:
            raise v.fail("knowledge base", "concept_rules", "expected a non-empty list")
        seen = set()
        self.concept_rules: list[ConceptRule] = []
        for i, item in enumerate(raw_rules):
            label = f"concept_rules[{i}]"
            item = v.obj(item, label, "(entry)")
            rid = v.ident(item, label, seen)
            label = f"concept rule '{rid}'"
            flag = v.text(item, label, "flag")
            if flag not in flag_ids:
                raise v.fail(label, "flag", f"unknown red flag {flag!r}")
            needed = v.texts(item, label, "all")
            context = v.texts(item, label, "context", optional=True)
            for j, name in enumerate(needed + context):
                for part in name.split("|"):  # "baby|@child": either concept
                    if part not in concepts and not part.startswith("@"):
                        raise v.fail(label, "all/context", f"unknown concept {part!r} (item {j})")
            unless = v.texts(item, label, "unless", optional=True)
            unless_anywhere = v.texts(item, label, "unless_anywhere", optional=True)
            for name in unless + unless_anywhere:
                if name not in concepts and not name.startswith("@"):
                    raise v.fail(label, "unless/unless_anywhere", f"unknown concept {name!r}")
            self.concept_rules.append(
                ConceptRule(
                    rid, flag, needed, context, bool(item.get("needs_report", False)), unless, unless_anywhere
                )
            )
        self.red_flag_by_id: dict[str, RedFlag] = {f.id: f for f in self.red_flags}
        # --- symptom combinations that point to a topic (optional) ------------------
        raw_topic_rules = root.get("topic_rules", [])
        if not isinstance(raw_topic_rules, list):
            raise v.fail("knowledge base", "topic_rules", "expected a list")
        seen = set()
        self.topic_rules: list[TopicRule] = []
        for i, item in enumerate(raw_topic_rules):
            label = f"topic_rules[{i}]"
            item = v.obj(item, label, "(entry)")
            rid = v.ident(item, label, seen)
            label = f"topic rule '{rid}'"
            topic = v.text(item, label, "topic")
            if topic not in self.conditions:
                raise v.fail(label, "topic", f"unknown condition id {topic!r}")
            needed = v.texts(item, label, "all")
            unless = v.texts(item, label, "unless", optional=True)
            for name in needed + unless:
                if name not in concepts and name not in _TOPIC_SPECIALS:
                    raise v.fail(label, "all/unless", f"unknown concept {name!r}")
            self.topic_rules.append(TopicRule(rid, topic, needed, unless))

        # --- Hindi interface texts -------------------------------------------------
        self.texts_hi: dict[str, str] = {
            key: v.text(v.obj(root.get("texts_hi"), "knowledge base", "texts_hi"), "texts_hi", key)
            for key in v.obj(root.get("texts_hi"), "knowledge base", "texts_hi")
        }
        for key in ("disclaimer", "greeting", "thanks", "bye", "help", "fallback", "empty", "emergency",
                    "self_harm", "dose", "symptom_check", "see_doctor_today", "fees", "appointments", "video",
                    "fees_data", "appointments_data", "video_data", "which_doctor", "info_warning", "info_doctor", "remedy_title",
                    "prevention_title", "info_symptoms", "what_now", "child_note", "pregnancy_note", "elderly_note",
                    "unlisted_condition", "illness_in_general", "home_care"):
            if key not in self.texts_hi:
                raise v.fail("texts_hi", key, "missing Hindi text")
        self.speciality_hi: dict[str, str] = {
            name: v.text(v.obj(root.get("speciality_hi"), "knowledge base", "speciality_hi"), "speciality_hi", name)
            for name in SPECIALITIES
        }

        #: the suggestion chips in Hindi: an English suggestion -> its Hindi wording; "{topic}" stands
        #: for a topic's name (optional: a suggestion without a Hindi wording is shown as it is)
        raw_suggestions = root.get("suggestions_hi", {})
        self.suggestions_hi: dict[str, str] = {
            key: v.text(v.obj(raw_suggestions, "knowledge base", "suggestions_hi"), "suggestions_hi", key)
            for key in v.obj(raw_suggestions, "knowledge base", "suggestions_hi")
        }

        #: the sentences around the clinic's own data in Hindi (the engine's ``DATA_TEXTS`` in English),
        #: and the Hindi words of an appointment's mode and status (``mode_online``, ``status_booked``…)
        raw_data = v.obj(root.get("data_texts_hi", {}), "knowledge base", "data_texts_hi")
        self.data_texts_hi: dict[str, str] = {key: v.text(raw_data, "data_texts_hi", key) for key in raw_data}

        # --- language -----------------------------------------------------------
        lang = v.obj(root.get("language"), "knowledge base", "language")
        self._language_raw = lang
        self.common_words: frozenset[str] = frozenset(
            t for w in v.texts(lang, "language", "common_words") for t in normalize_phrase(w)
        )
        neg = v.obj(lang.get("negation"), "language", "negation")
        self.negation_before = frozenset(v.texts(neg, "language.negation", "before"))
        self.negation_after = frozenset(v.texts(neg, "language.negation", "after"))
        self.negation_breakers = frozenset(v.texts(neg, "language.negation", "breakers"))
        self.negation_false_followers = frozenset(
            v.texts(neg, "language.negation", "not_negation_followers", optional=True)
        )
        #: the particle of a doubt before a closing negation: "sugar to nahi?", Punjabi "sugar taan nahi?"
        #: ("isn't it diabetes?") asks, it does not deny
        self.negation_doubt_particles = frozenset(
            v.texts(neg, "language.negation", "doubt_particles", optional=True) or ("to", "toh")
        )
        #: the denials of the south that close a clause ("chora illa", "jwaram ledu"): a term right before one
        #: that ends the clause is denied ("X aa illa Y aa", X or Y, is no denial)
        self.negation_closing_after = frozenset(v.texts(neg, "language.negation", "closing_after", optional=True))
        #: the "na" of "na ... na ..." (neither ... nor): two in a clause deny the words after each
        self.negation_neither = frozenset(v.texts(neg, "language.negation", "neither", optional=True))
        window = neg.get("window", 3)
        if not isinstance(window, int) or isinstance(window, bool) or not 1 <= window <= 6:
            raise v.fail("language.negation", "window", "expected a whole number from 1 to 6")
        self.negation_window: int = window
        self.past_markers = v.combined(lang, "language", "past_markers")
        self.present_markers = v.combined(lang, "language", "present_markers")
        self.report_markers = v.combined(lang, "language", "report_markers")
        self.info_markers = v.combined(lang, "language", "info_markers")
        self.hypothetical_markers = (
            v.combined(lang, "language", "hypothetical_markers") if "hypothetical_markers" in lang else None
        )
        #: "kabhi kabhi", "sometimes": a complaint that comes and goes, anywhere in the message
        #: "asking in advance", "pehle se jaanna chahti hu": the whole message asks before anything happened
        self.advance_markers = (
            v.combined(lang, "language", "advance_markers") if "advance_markers" in lang else None
        )
        self.habitual_markers = (
            v.combined(lang, "language", "habitual_markers") if "habitual_markers" in lang else None
        )
        #: "... tha, ab thik hai": a red flag told in the past tense and said to be over
        self.resolved_markers = v.combined(lang, "language", "resolved_markers") if "resolved_markers" in lang else None
        self.past_tense_markers = (
            v.combined(lang, "language", "past_tense_markers") if "past_tense_markers" in lang else None
        )
        #: "seene me halka dard 2 hafte se", "for 3 months": a complaint of long standing, not one begun now ...
        self.long_spell_markers = (
            v.combined(lang, "language", "long_spell_markers") if "long_spell_markers" in lang else None
        )
        #: ... unless it began or grew worse now ("aaj bahut tez ho gaya", "suddenly", "since morning")
        self.onset_markers = v.combined(lang, "language", "onset_markers") if "onset_markers" in lang else None
        emergency_terms = v.texts(lang, "language", "emergency_terms", optional=True)
        cues = v.obj(lang.get("cues"), "language", "cues")
        for name in REQUIRED_CUES:
            if name not in cues:
                raise v.fail("language.cues", name, "missing cue list")
        #: each cue a list of phrases, or a group ``{"note": ..., "words": [...]}`` whose note says what
        #: the cue asks (the shape of ``language.spellings``)
        self.cues: dict[str, tuple[str, ...]] = {name: self._cue(v, cues, name) for name in cues}
        #: a cue that does not count when one of its patterns matches the message's words
        #: ("paani kitna pilaye": how much water to give is care, not a dose)
        raw_unless = v.obj(lang.get("cue_unless", {}), "language", "cue_unless")
        for name in raw_unless:
            if name not in self.cues:
                raise v.fail("language.cue_unless", name, "not a cue")
        self.cue_unless: dict[str, tuple[re.Pattern[str], ...]] = {
            name: v.regexes(raw_unless, "language.cue_unless", name) for name in raw_unless
        }

        words: dict[str, Any] = {key: v.word_set(lang, key) for key in WORD_SETS}
        words.update((key, v.word_map(lang, key)) for key in WORD_MAPS)
        #: the engine's plain word lists (``language.thanks``, ``language.action_forms`` ...)
        self.words = LanguageWords(**words)
        self.concepts.read_southern_verbs(self.words)
        self.question_forms = self._question_forms(v, lang)
        #: the same forms by their first word, longest first (what :func:`engine._cue_words` reads)
        by_first: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
        for form, same in sorted(self.question_forms.items(), key=lambda kv: -len(kv[0])):
            by_first.setdefault(form[0], []).append((form, same))
        self.question_forms_by_first_word: dict[str, tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]] = {
            first: tuple(forms) for first, forms in by_first.items()
        }

        self._build_indexes(v, emergency_terms)
        w = self.words
        self.concepts.read_verbs(
            VerbEndings(
                w.verb_stems_read, w.verb_endings_read, w.verb_conjunctive_endings, w.verb_auxiliaries,
                w.verb_denials_after, w.verb_lookalikes,
            ),
            self._words_known_alone,
        )

    @staticmethod
    def _cue(v: _Validator, cues: Mapping[str, Any], name: str) -> tuple[str, ...]:
        """The phrases of ``language.cues.<name>``: a list, or a group with a ``note`` and its ``words``."""
        if not isinstance(cues[name], dict):
            return v.keywords(cues, "language.cues", name)
        entry = f"language.cues.{name}"
        v.text(cues[name], entry, "note")
        return v.keywords(cues[name], entry, "words")

    @staticmethod
    def _question_forms(v: _Validator, lang: Mapping[str, Any]) -> dict[tuple[str, ...], tuple[str, ...]]:
        """``language.question_forms``: the question words of other Indian languages as typed in
        Latin letters, each with the Hindi words of the same question and the same number of words
        (Marathi "mhanje kay" = "matlab kya", Gujarati "shu chhe" = "kya hai", Bengali "keno hoy" =
        "kyu hota"), in groups with a ``note``. Intent cues read them as the Hindi words."""
        groups = lang.get("question_forms", [])
        if not isinstance(groups, list):
            raise v.fail("language", "question_forms", "expected a list of groups")
        out: dict[tuple[str, ...], tuple[str, ...]] = {}
        for i, group in enumerate(groups):
            entry = f"language.question_forms[{i}]"
            group = v.obj(group, entry, "group")
            v.text(group, entry, "note")
            forms = v.obj(group.get("forms"), entry, "forms")
            for form, hindi in forms.items():
                words, same = tuple(normalize_phrase(form)), tuple(normalize_phrase(str(hindi)))
                if not isinstance(hindi, str) or not words or len(words) != len(same):
                    raise v.fail(entry, f"forms.{form}", "expected the same number of Hindi words")
                out[words] = same
        return out

    def _topic(self, v: _Validator, item: Mapping[str, Any], label: str) -> str | None:
        topic = item.get("topic")
        if topic is not None and topic not in self.conditions:
            raise v.fail(label, "topic", f"unknown condition id {topic!r}")
        return topic

    @staticmethod
    def _spellings(v: _Validator, lang: Mapping[str, Any]) -> Spellings:
        """``language.spellings``: groups of words that are another spelling of a word (``same_word``),
        groups of everyday words never taken for a slip (``everyday_words``) and groups of words compared
        with the entities as typed, not by skeleton (``as_typed``), each group with a ``note`` saying why."""
        raw = v.obj(lang.get("spellings", {}), "language", "spellings")
        same_word: dict[str, str] = {}
        everyday: list[str] = []
        as_typed: list[str] = []
        for field, out in (("same_word", same_word), ("everyday_words", everyday), ("as_typed", as_typed)):
            groups = raw.get(field, [])
            if not isinstance(groups, list):
                raise v.fail("language.spellings", field, "expected a list of groups")
            for i, group in enumerate(groups):
                entry = f"language.spellings.{field}[{i}]"
                group = v.obj(group, entry, "group")
                v.text(group, entry, "note")
                if isinstance(out, dict):
                    words = v.obj(group.get("words"), entry, "words")
                    for word, same in words.items():
                        if not (isinstance(same, str) and word.isalpha() and same.isalpha()
                                and word == word.lower() and same == same.lower()):  # fmt: skip
                            raise v.fail(entry, f"words.{word}", "expected one lower-case word for another")
                    out.update(words)
                else:
                    for word in v.texts(group, entry, "words"):
                        if not (word.isalpha() and word == word.lower()):
                            raise v.fail(entry, "words", f"{word!r} is not one lower-case word")
                        out.append(word)
        return Spellings(same_word, everyday, as_typed)

    @staticmethod
    def _hindi(v: _Validator, item: Mapping[str, Any], label: str) -> Mapping[str, Any] | None:
        raw = item.get("hi")
        if raw is None:
            return None
        hi = v.obj(raw, label, "hi")
        return {
            "name": v.text(hi, f"{label} hi", "name"),
            "summary": v.text(hi, f"{label} hi", "summary"),
            "symptoms": v.texts(hi, f"{label} hi", "symptoms", optional=True),
            "self_care": v.texts(hi, f"{label} hi", "self_care"),
            "prevention": v.texts(hi, f"{label} hi", "prevention", optional=True),
            "warning_signs": v.texts(hi, f"{label} hi", "warning_signs"),
        }

    # ---------------------------------------------------------------------------
    def _build_indexes(self, v: _Validator, emergency_terms: Sequence[str]) -> None:
        entries: list[tuple[str, str, str]] = []
        owner: dict[tuple[str, ...], str] = {}

        def add(phrase: str, kind: str, ident: str, *, exclusive: bool) -> None:
            toks = tuple(t for t in normalize_phrase(phrase) if t not in FILLER_WORDS) or normalize_phrase(phrase)
            if exclusive:
                previous = owner.get(toks)
                if previous is not None and previous != f"{kind}:{ident}":
                    raise v.fail(
                        f"{kind} '{ident}'", "keywords",
                        f"keyword {phrase!r} is already used by {previous.replace(':', ' ')!r}",
                    )
                owner[toks] = f"{kind}:{ident}"
            entries.append((phrase, kind, ident))

        for c in self.conditions.values():
            for kw in c.keywords:
                add(kw, "condition", c.id, exclusive=True)
        for s in self.symptoms.values():
            for kw in s.keywords:
                add(kw, "symptom", s.id, exclusive=True)
        for b in self.body_parts.values():
            for kw in b.keywords:
                add(kw, "body", b.id, exclusive=False)
        for spec, words in self.speciality_terms.items():
            for kw in words:
                add(kw, "speciality", spec, exclusive=False)
        for name in self.medicines:
            add(name, "medicine", name, exclusive=False)
        for kw in self.child_terms:
            add(kw, "child", "child", exclusive=False)
        # indexed by spelling skeleton, like the message's words (see medlink.chatbot.concepts.Spellings)
        self.entity_index: PhraseIndex = build_phrase_index(
            ((" ".join(self.spellings.entity_key(t) for t in normalize_phrase(phrase)), kind, ident) for phrase, kind, ident in entries),
            skip=FILLER_WORDS,
        )
        self.cue_index: PhraseIndex = build_phrase_index(
            (phrase, "cue", name) for name, phrases in self.cues.items() for phrase in phrases
        )

        vocabulary: set[str] = set()
        alone: set[str] = set()  # the words that are a keyword, cue or term by themselves

        def learn(words: Sequence[str]) -> None:
            vocabulary.update(words)
            if len(words) == 1:
                alone.update(words)

        for phrase, _kind, _ident in entries:
            learn(normalize_phrase(phrase))
        for phrases in self.cues.values():
            for phrase in phrases:
                learn(normalize_phrase(phrase))
        for term in emergency_terms:
            learn(normalize_phrase(term))
        for form in self.question_forms:  # "mhanje" is itself, never a slip of "mhane"
            learn(form)
        concept_words = {t for t in self.concepts.vocabulary if t.isascii() and t.isalnum()}
        #: tokens that are never typo-corrected (a dream word too: "sapna aaya" is never "sadna")
        self.known_tokens: frozenset[str] = frozenset(
            vocabulary | self.common_words | concept_words | self.spellings.variants | self.words.dreams
        )
        #: the words the lexicon knows by themselves: all but those told only inside a phrase of several words
        #: ("uthda" of "uthda nahi", "legechhe" of "thanda legechhe"), which the verb reader reads
        #: (medlink.chatbot.concepts.VerbEndings)
        self._words_known_alone = frozenset(alone | self.common_words | self.concepts.single_words | self.spellings.variants)
        buckets: dict[str, list[str]] = {}
        # long red-flag and symptom words (7+ letters) are typo targets too ("unconcious", "vomitting");
        # shorter Hinglish ones are not ("jakda" must not become "jabda")
        for word in sorted(vocabulary | {t for t in concept_words if len(t) >= 7}):
            if len(word) >= FUZZY_MIN_LEN - 1 and word.isalpha():
                buckets.setdefault(word[0], []).append(word)
        self._fuzzy_buckets: dict[str, tuple[str, ...]] = {k: tuple(b) for k, b in buckets.items()}
        # red-flag words of 5-6 letters ("saanp", "myself", "jhatke", "dettol") are typo targets
        # only for the slips of a hurried thumb: two letters swapped, one letter left out or one
        # typed twice ("saapn", "mysefl", "jahtke", "snae", "dettlo"); a different letter is a
        # different word ("jakda" is not "jabda")
        flag_concepts = {part for r in self.concept_rules for name in r.all + r.context for part in name.split("|")}
        flag_words = {
            t for name in flag_concepts if name in self._concept_terms for term in self._concept_terms[name]
            for t in term.lower().split() if t.isascii() and t.isalpha()
        }  # fmt: skip
        self._slip_words = frozenset(w for w in flag_words if 5 <= len(w) <= 6)
        self._slip_shortened: dict[str, str] = {}  # the word with one letter left out -> the word
        for word in sorted(self._slip_words):
            for k in range(1, len(word)):
                self._slip_shortened.setdefault(word[:k] + word[k + 1 :], word)
        # the slips of a hurried thumb in short red-flag words and in the words that time or deny a
        # sign ("naih" = nahi, "pehe" = pehle, "tihk" = thik, "gloi" = goli, "hsoh" = hosh): each such
        # word with one letter left out, two neighbours swapped or one typed twice, read as the word
        # only where one word has that slip
        marker_words = set(self.negation_before | self.negation_after)
        lang = self._language_raw
        for key in ("past_markers", "present_markers", "resolved_markers", "past_tense_markers", "habitual_markers"):
            for pattern in lang.get(key, ()):
                marker_words.update(re.findall(r"[a-z]+", re.sub(r"\\[a-zA-Z]|\(\?[!=<:]+", " ", str(pattern))))
        targets = {w for w in flag_words if len(w) == 4} | {
w for w in marker_words if 4 <= len(w) <= 9 and w.isalpha()}
        forms: dict[str, set[str]] = {}
        for word in sorted(targets):
            for k in range(1, len(word)):
                forms.setdefault(word[:k] + word[k + 1 :], set()).add(word)  # a letter left out
                if k < len(word) - 1:
                    forms.setdefault(word[:k] + word[k + 1] + word[k] + word[k + 2 :], set()).add(word)  # swapped
            for k in range(len(word)):
                forms.setdefault(word[: k + 1] + word[k:], set()).add(word)  # a letter typed twice
        self._thumb_slips: dict[str, str] = {
            form: next(iter(words)) for form, words in forms.items()
            if len(words) == 1 and len(form) >= 3 and form not in self.known_tokens and form not in self.common_words
        }  # fmt: skip
        self.correct: Callable[[str], str | None] = lru_cache(maxsize=8192)(self._correct)
        self.split_joined: Callable[[str], tuple[str, ...]] = lru_cache(maxsize=8192)(self._split_joined)
        #: the red-flag word an unknown token is a slip of (see ``_slip``), or None
        self.slip: Callable[[str], str | None] = lru_cache(maxsize=8192)(self._slip)
        # short words (3-4 letters: "pian", "chst", "drd") are corrected only against a
        # small medical lexicon, never against the whole vocabulary
        medical = v.texts(root_language := self._language_raw, "language", "short_medical_words")
        self._short_words: tuple[str, ...] = tuple(sorted({w.lower() for w in medical}))
        self.correct_short: Callable[[str], str | None] = lru_cache(maxsize=8192)(self._correct_short)
        del root_language
        # SMS words typed without their vowels ("brthng", "bldng", "zhr", "ktnshk"): the consonant
        # skeleton of each word of the red-flag and medical lexicon (entity keywords, the red-flag
        # concepts' words, the short medical words), kept only where it is one word's (spelling
        # variants of one word count as one: "khoon"/"khun"); a skeleton that is itself a known word
        # ("bld" is not, "hrs" is) is never read so
        # words that differ only in their vowels are one word when they are spellings of one word or
        # share a meaning (a concept or an entity: "behosh"/"behoshi"), else ambiguous ("khoon"/"khana")
        meanings: dict[str, set[str]] = {}
        for phrase, kind, ident in entries:
            for t in normalize_phrase(phrase):
                meanings.setdefault(t, set()).add(f"{kind}:{ident}")
        for term in emergency_terms:
            for t in normalize_phrase(term):
                meanings.setdefault(t, set())
        for name, terms in self._concept_terms.items():
            for term in terms:
                for t in term.lower().split():
                    if t in flag_words or t in meanings:
                        meanings.setdefault(t, set()).add(name)
        for w in self._short_words:
            meanings.setdefault(w, set())
        # and the words that time, deny or ask ("phl" = pehle, "thk" = theek, "prvnt" = prevent)
        asking = set(marker_words)
        for key in ("info_markers", "hypothetical_markers", "advance_markers"):
            for pattern in lang.get(key, ()):
                asking.update(re.findall(r"[a-z]+", re.sub(r"\\[a-zA-Z]|\(\?[!=<:]+", " ", str(pattern))))
        for w in asking:
            meanings.setdefault(w, set())
        by_skeleton: dict[str, list[str]] = {}
        for word in sorted(meanings):
            if len(word) < 4 or not word.isascii() or not word.isalpha():
                continue
            bare = _unvowelled(word)
            if len(bare) >= 3 and bare != word:
                by_skeleton.setdefault(bare, []).append(word)
        self._unvowelled: dict[str, str] = {}
        for bare, group in by_skeleton.items():
            if bare in self.known_tokens or bare in self.common_words:
                continue  # "bld", "sns" typed as themselves are another word
            same: dict[str, set[str]] = {}  # spelling variants of one word ("kitnashak"/"keetnashak") join
            for w in group:
                same.setdefault(self.spellings.skeleton(w), {w}).update(meanings[w])
            if len(same) == 1 or set.intersection(*same.values()):
                self._unvowelled[bare] = min(group, key=lambda w: (len(w), w))

    def vowelless(self, token: str) -> str | None:
        """The one lexicon word *token* is when typed without its vowels ("bldng" = bleeding), or
        None (a token with a vowel after its first letter, unknown or ambiguous skeleton)."""
        if token[1:] != _unvowelled(token)[1:]:
            return None
        return self._unvowelled.get(token)

    def _split_joined(self, token: str) -> tuple[str, ...]:
        """Two known words typed without the space ("chestpain", "seenedard", "saansnahi"),
        else the token itself. Both parts have at least four letters; the longest first
        part wins. A verb read by its ending ("kholchhe", is opening) is one word, not "khol chhe"."""
        known = self.known_tokens
        if len(token) < 8 or token in known or not token.isascii() or not token.isalpha():
            return (token,)
        if self.concepts.is_southern_word(token) or self.concepts.reads_verb(token):
            return (token,)  # "maaridichu" (Tamil: it changed) is no "maar idichu", "kholchhe" no "khol chhe"
        for k in range(len(token) - 4, 3, -1):
            head, tail = token[:k], token[k:]
            if head in known and (tail in known or self.concepts.has_stem(tail)) and head not in self.common_words:
                return (head, tail)
        return (token,)

    def _slip(self, token: str) -> str | None:
        """The red-flag word *token* is a slip of (see ``_slip_words``), or None."""
        if not token.isalpha() or token in self.common_words:
            return None
        hit = self._slip_shortened.get(token)  # a letter left out ("snae" = "snake")
        if hit is not None:
            return hit
        words = self._slip_words
        for k in range(1, len(token) - 1):  # two neighbours swapped ("saapn" = "saanp")
            swapped = token[:k] + token[k + 1] + token[k] + token[k + 2 :]
            if swapped in words:
                return swapped
        if len(token) >= 6:  # one letter too many ("myseelf")
            for k in range(1, len(token)):
                if (shorter := token[:k] + token[k + 1 :]) in words:
                    return shorter
        return None

    def thumb_slip(self, token: str) -> str | None:
        """The word an unknown *token* is a hurried slip of: a short red-flag word or a word that
        times or denies a sign (see ``_thumb_slips``), or any known word with one of its letters
        typed twice ("weeek" = week, "daard" = dard, "burneed" = burned); None if there is none."""
        hit = self._thumb_slips.get(token)
        if hit is not None:
            return hit
        known = self.known_tokens
        for k in range(1, len(token)):
            if token[k] == token[k - 1] and (once := token[:k] + token[k:][1:]) in known and len(once) >= 3:
                return once
        return None

    def inflection_slip(self, token: str) -> str | None:
        """The known word of 7+ letters an unknown *token* that reads as an inflection of a concept
        stem is a hurried slip of ("leakng" = leaking, "collapsd" = collapsed, "behohsi" = behoshi),
        or None: the stem alone reads it as some form, the slip tells which."""
        if len(token) < 6:
            return None
        fixed = self.correct(token)
        return fixed if fixed is not None and len(fixed) >= 7 and _is_thumb_slip(token, fixed) else None

    def _correct_short(self, token: str) -> str | None:
        if not token.isalpha() or token in self.common_words:
            return None
        if len(token) == 4 and sum(ch in "aeiou" for ch in token) <= 1 and (slip := self._slip(token)) is not None:
            return slip  # "khon" = khoon, "drnk" = drank, "tght" = tight; "dara", "sake" are words
        if len(token) == 3 and any(v in token for v in "aeiou"):
            return None  # 3 letters with a vowel are usually real words; "drd", "pln" are not
        best = process.extractOne(token, self._short_words, scorer=DamerauLevenshtein.distance, score_cutoff=1)
        if best is None or best[0][0] != token[0]:
            return None
        return str(best[0])

    def _correct(self, token: str) -> str | None:
        """Best vocabulary word for an unknown *token*, or None.

        Conservative on purpose: same first letter, length >= 5, and at most one edit
        (two for words of 9+ letters; a swap of neighbours counts as one edit).
        """
        if len(token) < FUZZY_MIN_LEN or not token.isalpha():
            return None
        if token.endswith("s") and token[:-1] in self.known_tokens:
            return token[:-1]
        if len(token) <= 7 and (slip := self._slip(token)) is not None:
            return slip  # a slip explains the typo better than another word one letter away
        bucket = self._fuzzy_buckets.get(token[0])
        if not bucket:
            return None
        max_edits = 2 if len(token) >= 9 else 1
        found = process.extract(token, bucket, scorer=DamerauLevenshtein.distance, score_cutoff=max_edits, limit=8)
        if not found:
            return None
        nearest = [str(word) for word, distance, _ in found if distance == found[0][1]]
        # of words equally near, one the token is a hurried slip of (a letter left out, two swapped,
        # one typed twice) explains it better than one with a different letter ("breahing" is
        # breathing, not breaking)
        return next((w for w in nearest if _is_thumb_slip(token, w)), nearest[0])


def _is_thumb_slip(token: str, word: str) -> bool:
    """Whether *token* is *word* with one letter left out, two neighbours swapped or one typed twice."""
    if len(token) + 1 == len(word):
        return any(word[:k] + word[k + 1 :] == token for k in range(len(word)))
    if len(token) == len(word) + 1:
        return any(token[k] == token[k - 1] and token[:k] + token[k + 1 :] == word for k in range(1, len(token)))
    if len(token) == len(word):
        diff = [k for k in range(len(word)) if token[k] != word[k]]
        return len(diff) == 2 and diff[1] == diff[0] + 1 and token[diff[0]] == word[diff[1]] and token[diff[1]] == word[diff[0]]
    return False


_VOWELS = re.compile("[aeiou]")


def _unvowelled(word: str) -> str:
    """*word* without the vowels after its first letter, as SMS writes it ("bleeding" -> "bldng")."""
    return word[:1] + _VOWELS.sub("", word[1:])


_cache: dict[Path, KnowledgeBase] = {}
_cache_lock = threading.Lock()
_load_count = 0


def load_knowledge_base(path: Path | str | None = None) -> KnowledgeBase:
    """Load, validate and index the knowledge base at *path* (default: the shipped one).

    Cached per resolved path for the lifetime of the process.
    """
    global _load_count
    resolved = Path(path if path is not None else DEFAULT_KB_PATH).resolve()
    cached = _cache.get(resolved)
    if cached is not None:
        return cached
    with _cache_lock:
        cached = _cache.get(resolved)
        if cached is not None:
            return cached
        try:
            raw_text = resolved.read_text(encoding="utf-8")
        except OSError as exc:
            raise KnowledgeBaseError(resolved, "file", "(file)", f"cannot read: {exc}") from None
        try:
            raw = json.loads(raw_text)
        except json.JSONDecodeError as exc:
            raise KnowledgeBaseError(
                resolved, f"line {exc.lineno} column {exc.colno}", "(json)", f"invalid JSON: {exc.msg}"
            ) from None
        kb = KnowledgeBase(raw, resolved)
        _cache[resolved] = kb
        _load_count += 1
        return kb


def load_count() -> int:
    """How many knowledge-base files were parsed in this process (for tests)."""
    return _load_count


def clear_cache() -> None:
    """Forget loaded knowledge bases (tests / after editing the JSON)."""
    with _cache_lock:
        _cache.clear()
