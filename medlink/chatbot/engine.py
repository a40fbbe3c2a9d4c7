"""The rule-based, offline health chatbot engine.

Pipeline for one message (all data comes from the JSON knowledge base):

1. **Tokenise** (:func:`medlink.chatbot.text.tokenize`): lower-case, ASCII-fold, drop
   apostrophes, clause boundaries as ``"."`` tokens, at most 2000 chars / 400 tokens.
2. **Typo correction**: unknown tokens of 5+ letters are matched against the
   knowledge-base vocabulary (same first letter, Damerau-Levenshtein <= 1, or <= 2 for
   9+ letters; cached). Common English/Hinglish words are protected.
3. **Emergency check first**: red-flag regexes run on the corrected text. A hit is
   ignored when it is negated ("no chest pain"), clearly past ("5 years ago", "last
   year" with no "now/again"), or part of an information question without a present
   report ("what are the signs of a stroke"). Negation logic never uses fuzzy matching.
4. **Entities**: greedy longest-phrase match of condition, symptom, body-part,
   speciality, medicine and child terms; each entity is checked for negation
   ("no fever", "not coughing", "without fever", Hinglish "bukhar nahi hai").
5. **Intent rules** in priority order: emergency > medicine-dose question > fees >
   video link > "my appointments" > health (remedy / disease_info / symptom_check) >
   booking > help > greeting > fallback.

Prescription safety: the bot never gives doses. A question about the dose or choice of
a medicine gets a "please ask your doctor or pharmacist" answer with intent ``remedy``
when a health topic or symptom is recognised (``metformin`` -> diabetes), otherwise
intent ``fallback``.
"""

from __future__ import annotations

import re
from datetime import datetime
from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from medlink.chatbot.concepts import age_in_months, find_concept_hits, find_topics, special_concepts
from medlink.chatbot.context import IST, ChatContext, DoctorBrief
from medlink.chatbot.hindi import detect_language, is_devanagari_token, romanise_token, slip_transliterations, split_particle, split_words, vowel_left_out
from medlink.chatbot.scripts import NORTHERN, plain_devanagari, romanise_letters, script_of, to_devanagari
from medlink.chatbot.formatting import format_inr, format_when
from medlink.chatbot.knowledge import (
    FUZZY_MAX_PER_MESSAGE,
    Condition,
    KnowledgeBase,
    LanguageWords,
    RedFlag,
    load_knowledge_base,
)
from medlink.formatting import format_datetime
from medlink.chatbot.text import BOUNDARY, FILLER_WORDS, PhraseMatch, find_all_phrases, find_longest_phrases, tokenize

LANGUAGES: tuple[str, ...] = ("en", "hi")
#: topics that already speak of a pregnancy
_PREGNANCY_TOPICS = frozenset({"pregnancy", "morning_sickness", "gestational_diabetes", "postpartum_care"})

__all__ = ["ACTION_KINDS", "INTENTS", "LANGUAGES", "ChatAction", "ChatBot", "Reply"]

INTENTS: tuple[str, ...] = (
    "greeting", "help", "disease_info", "remedy", "symptom_check",
    "fees", "video_link", "appointments", "emergency", "fallback",
)  # fmt: skip
HEALTH_INTENTS: frozenset[str] = frozenset({"disease_info", "remedy", "symptom_check", "emergency"})
ACTION_KINDS: tuple[str, ...] = ("book_speciality", "open_link", "call")

_BULLET = "\u2022 "
_DURATION = re.compile(
    r"\b(?:since|for|from|past|last)\s+(?:the\s+)?(?:past\s+|last\s+)?"
    r"(\d{1,3}|one|two|three|four|five|six|seven|a|few|couple)\s+(?:of\s+)?"
    r"(hours?|days?|weeks?|months?|years?)\b"
    r"|\b(\d{1,3})\s+(din|dino|hafte|hafton|mahine)\s+se\b"
)
#: words for the one who writes ("mujhe dengue hai, serious hai kya" tells an illness of one's own)
_OWN_PERSON = frozenset({
    "i", "me", "my", "mine", "mujhe", "mera", "meri", "mere", "main", "mai", "hum", "hame", "hamein", "humko", "mujhko",
    "mala", "majha", "mazha", "majhi", "mazi", "amar", "ami", "amake", "mane", "maru", "mari", "mainu", "menu", "enakku",
    "naaku", "naku", "nanage", "enikku", "hamar", "humar", "moke", "mor", "mora", "mhane", "mharo", "mhari",
})
#: how the answer to a question about illness in general begins (its Hindi text is ``texts_hi.illness_in_general``)
_ILLNESS_IN_GENERAL_INTRO = "I don't have information on that exact question about illness."
#: the start of the answer on care at home for a tube, a bag or a bedridden patient ("catheter kaise saaf kare")
_HOME_CARE_INTRO = "Caring at home for a urinary catheter, a feeding tube, a bedridden patient or a dressing:"
#: shots of a course ("3 injection lage"): counted, they tell a course, not an amount asked about
_COURSE_SHOTS = frozenset({"injection", "injections", "shot", "shots"})
#: words of how often or how fully, not how much: "ek vaar chalu kari" (once begun), "puri tarah" (fully),
#: "tablets twice today" (taken twice: what it does, asked as a symptom)
_TIMES_WORDS = frozenset({"baar", "bar", "vaar", "var", "vaari", "bari", "tarah", "taraha", "times", "time", "twice",
                          "once", "thrice"})
#: accidents and injuries: told about, they ask for first aid ("kaan me mail jam gaya", "minor burn")
_FIRST_AID_TOPICS = frozenset({"burns", "wounds", "sprain", "dog_bite", "earwax", "first_aid"})
#: "baar baar" (again and again): a ``remedy_weak`` cue by itself beside a bare topic, only how often
#: a complaint comes when more is told
_AGAIN_AND_AGAIN = frozenset({"baar baar"})
#: requests for what to do in general: with a reading they still ask whether it is all right
#: what to do asked for a purpose ("aisa dobara na ho iske liye kya kare", "kya karein ki dawai kam ho
#: jaye", "so that it does not happen again"): care for what comes next, not a triage of the reading
_FOR_A_PURPOSE = re.compile(
    r"\b(?:taaki|taki|jisse|jis se|iske liye|is ke liye|uske liye|so that|to avoid|to prevent|"
    r"(?:dobara|dubara|phir se|fir se|again) (?:na|nahi|naa|not)|never again|"
    r"(?:kare|karein|karen|karu|karun) ki)\b"
)


#: cues of a task done through the clinic (a booking, a fee, a video consultation): asked "in this app",
#: the task is the question, not what the assistant does
_CLINIC_TASK_CUES = frozenset({"appt_strong", "appt_book", "booking_verbs", "fees_strong", "fees_howmuch", "video_strong"})


def _cue_words(
    tokens: Sequence[str],
    question_forms: Mapping[str, Sequence[tuple[tuple[str, ...], tuple[str, ...]]]] | None,
    words_of: LanguageWords,
) -> list[str]:
    """The tokens as intent cues read them: everyday spellings and verb forms made one
    (``language.action_forms``), the question words of other languages read as the Hindi ones
    (``language.question_forms``: "mhanje kay" = "matlab kya"), and a regional question word before a
    verb of doing read as "kya" / "kaise" (``language.regional_question_words``)."""
    words = list(tokens)
    if question_forms:
        i = 0
        while i < len(words):
            for form, same in question_forms.get(words[i], ()):
                n = len(form)
                if tuple(words[i : i + n]) == form:
                    words[i : i + n] = same
                    i += n - 1
                    break
            i += 1
    action_forms, regional_what = words_of.action_forms, words_of.regional_question_words
    words = [action_forms.get(w, w) for w in (words_of.cue_spellings.get(t, t) for t in words)]
    for i, w in enumerate(words[:-1]):
        nxt = words[i + 1]
        if w in regional_what and nxt in words_of.action_verbs and (w != "kem" or nxt != "karein"):
            words[i] = regional_what[w]
        elif w in regional_what and (verb := _care_verb(nxt, words_of)) is not None:
            words[i], words[i + 1] = regional_what[w], verb  # "em tinali", "ki lagabiyai" = "kya khaye", "kya lagaye"
        elif nxt in ("chahiye", "chahie") and len(w) >= 4 and w[-2:] in ("ni", "ne") and w not in words_of.not_verbs_in_ni:
            # "rakhni chahiye", "leni chahiye", "khani chahiye" = "rakhna", "lena", "khana chahiye"
            words[i] = w[:-2] + "na"
        elif w == "wt" and nxt in words_of.wt_before:
            words[i] = "what"  # "wt is pcod", "wt to do"; not "wt loss" (weight)
        elif w == "2" and i and words[i - 1] in ("what", "how") and nxt.isalpha():
            words[i] = "to"  # "what 2 do", "how 2 stop"
    return words


def _care_verb(word: str, words_of: LanguageWords) -> str | None:
    """The Hindi verb of care a word is, read as a stem of ``language.care_verb_stems`` and an ending
    of should / shall of another language (``language.care_verb_endings``): "tinali" (Telugu, should
    eat) = "khaye", "lagabiyai" (Angika, shall apply) = "lagaye", "deb" (Bhojpuri, shall give) = "dun";
    ``None`` for any other word and for the words that only look like one ("garam", "khaali")."""
    if word in words_of.care_verb_lookalikes or word in words_of.action_forms:
        return None
    for n in range(len(word) - 1, 1, -1):  # the longest stem first: "kodukkam" is "kodukk" + "am"
        stem = words_of.care_verb_stems.get(word[:n])
        if stem is not None and word[n:] in words_of.care_verb_endings:
            return stem
    return None


#: the endings of generic drug names (INN stems): a medicine the knowledge base does not list
#: ("rifaximin" is not, "cefpodoxime" is not) is still a medicine, so its dose is never given
_DRUG_NAME = re.compile(
    r"^[a-z]{3,}(?:mycin|micin|cillin|floxacin|cycline|azole|prazole|tidine|olol|pril|sartan|dipine|statin|gliptin"
    r"|gliflozin|formin|profen|fenac|zepam|zolam|oxetine|triptan|semide|thiazide|ciclovir|clovir|lukast|xaban"
    r"|gatran|dronate|setron|pramine|triptyline|oxime|afil|parin|dazole|thromycin|ximin|vudine"
    r"|zosin|ulosin|pezil|stigmine|racetam|zolamide|glitazone|coxib|azepine|trigine|dopa|asteride)$"
)


@dataclass(frozen=True)
class ChatAction:
    """A button offered with a reply.

    ``kind`` is one of :data:`ACTION_KINDS`: ``book_speciality`` (value = speciality
    name), ``open_link`` (value = URL) or ``call`` (value = phone number).
    """

    kind: str
    label: str
    value: str


@dataclass(frozen=True)
class Reply:
    """The chatbot's answer to one message."""

    intent: str
    text: str
    topics: tuple[str, ...] = ()
    speciality: str | None = None
    suggestions: tuple[str, ...] = ()
    actions: tuple[ChatAction, ...] = ()
    #: the language of ``text``: "en" or "hi" (Devanagari Hindi)
    language: str = "en"
    #: True when the message asked for a medicine dose and the reply redirects instead
    dose_redirect: bool = False


@dataclass
class _Analysis:
    """Everything extracted from one message."""

    tokens: list[str]
    text: str
    starts: list[int]  # char offset of each token in text
    clause_of: list[int]  # clause number of each token
    clause_spans: list[tuple[int, int]]  # char span of each clause
    conditions: list[str] = field(default_factory=list)
    negated_conditions: list[str] = field(default_factory=list)
    symptoms: list[str] = field(default_factory=list)  # specific, non-negated
    generic: list[str] = field(default_factory=list)  # generic complaint symptoms
    negated_symptoms: list[str] = field(default_factory=list)
    body_parts: list[str] = field(default_factory=list)
    specialities: list[str] = field(default_factory=list)
    medicines: list[str] = field(default_factory=list)
    #: the token index where each medicine's name begins ("du go pen kilar": 2)
    medicine_at: list[int] = field(default_factory=list)
    child: bool = False
    cues: set[str] = field(default_factory=set)
    cue_phrases: set[str] = field(default_factory=set)
    #: token index of each cue phrase's first occurrence ("what is pcod and how to control":
    #: the information question comes first)
    cue_at: dict[str, int] = field(default_factory=dict)
    order: list[tuple[str, str]] = field(default_factory=list)  # (kind, id) in text order
    complaint: bool = False  # a body part with a complaint word: "my knee hurts"
    body_words: list[str] = field(default_factory=list)  # the words used for body parts
    subclause_of: list[int] = field(default_factory=list)  # time clause of each token
    subclause_spans: list[tuple[int, int]] = field(default_factory=list)
    lang: str = "en"
    #: the message as typed has a question mark ("?" is a clause boundary among the tokens)
    question_mark: bool = False
    #: the clinic's doctors already looked up for this message, by (speciality, limit): the Hindi
    #: answer shows the same doctors as the English reply it is built beside, without asking again
    doctors_seen: dict[tuple[str, int], list[DoctorBrief]] = field(default_factory=dict)
    flags: list[RedFlag] = field(default_factory=list)
    age_months: float | None = None
    pregnant: bool = False
    elderly: bool = False
    #: the pregnancy topic comes from a month of pregnancy told ("8वें महीने में पेट सख़्त, ये क्या है")
    month_of_pregnancy: bool = False
    #: words that are neither a health entity, a cue nor a common word: "baby ke pet me gas"
    #: says more than a topic's name ("gas"), which asks for information
    extra_words: int = 0
    #: every concept occurrence (concept, start, end), shared by the red-flag and topic checks
    found: list[tuple[str, int, int]] = field(default_factory=list)
    #: topics pointed to by a combination of symptoms ("thirst" + "passing urine often" -> diabetes)
    inferred: list[str] = field(default_factory=list)
    #: token spans told as nearly happening ("heart attack aate aate bacha"), set by the red-flag check
    nearly: list[tuple[int, int]] = field(default_factory=list)
    #: clauses with a joke word ("lol", "haha"), set by the red-flag check
    joke_clauses: set[int] = field(default_factory=set)
    #: the token index of each occurrence of each condition named (not negated)
    condition_at: dict[str, list[int]] = field(default_factory=dict)

    def subclause_text(self, token_index: int) -> str:
        start, end = self.subclause_spans[self.subclause_of[token_index]]
        return self.text[start:end]

    def clause_text(self, token_index: int) -> str:
        start, end = self.clause_spans[self.clause_of[token_index]]
        return self.text[start:end]


def _short(condition: Condition) -> str:
    """``"Diabetes (high blood sugar)"`` -> ``"diabetes"``; keeps acronyms like PCOS."""
    base = condition.name.split(" (")[0].split(" / ")[0].split(" and ")[0]
    return base if base.isupper() or base[:3].isupper() else base[:1].lower() + base[1:]


#: Hindi plural and oblique endings, longest first, with what replaces them
_HINDI_ENDINGS = (("iyaan", "i"), ("iyon", "i"), ("iyan", "i"), ("iyo", "i"), ("yon", ""), ("on", ""),
                  ("ein", ""), ("en", ""), ("o", ""))  # fmt: skip


def _hindi_base(token: str, known: frozenset[str]) -> str | None:
    """The known base of an inflected Hinglish word ("haddiyon" -> "haddi"), or None."""
    if len(token) < 5 or not token.isalpha():
        return None
    for ending, repl in _HINDI_ENDINGS:
        if token.endswith(ending):
            base = token[: -len(ending)] + repl
            if len(base) >= 3 and base in known:
                return base
    return None


def _gestation_stated(tokens: Sequence[str], words: LanguageWords) -> bool:
    """ "36 weeks, leaking fluid", "34 weeks me": a week count of a pregnancy (20-42 weeks,
    not an age: "6 weeks old", not a duration: "for 3 weeks"); "8 va mahina" (the ordinal
    endings of ``language.ordinal_endings``, told of a woman: ``language.women``)."""
    for i in range(1, len(tokens)):
        if tokens[i] not in ("weeks", "week", "wks", "hafte") or not tokens[i - 1].isdigit():
            continue
        after = tokens[i + 1] if i + 1 < len(tokens) else ""
        before = tokens[i - 2] if i >= 2 else ""
        if 20 <= int(tokens[i - 1]) <= 42 and after not in ("old", "ka", "ki", "ke", "se", "ago", "back", "baby") \
                and before not in ("for", "since", "last", "past", "baby", "my"):
            return True
    # "biwi ko 6 mahina", "bahu 8 mahine ki hai": months of a woman's pregnancy
    for i in range(1, len(tokens)):
        if tokens[i] not in words.month_words:
            continue
        number = i - 2 if tokens[i - 1] in words.ordinal_endings and i >= 2 else i - 1  # "8 va mahina"
        value = tokens[number][:1] if _ORDINAL.match(tokens[number]) else tokens[number]  # "9va mahina"
        if not value.isdigit() or not 3 <= int(value) <= 9:
            continue
        after = tokens[i + 1] if i + 1 < len(tokens) else ""
        if after in ("ka", "ke", "old", "se", "ago", "back", "pehle", "pahle", "pahile", "baad", "tak", "baby") or not (
            _woman_among(tokens[max(0, number - 3) : number], words)
            or (_told_bare(tokens, number, i) and 5 <= int(value) and _woman_among(tokens[max(0, number - 12) : number], words))
        ):
            continue
        return True
    return False


def _woman_among(tokens: Sequence[str], words: LanguageWords) -> bool:
    """A woman named among *tokens* (``language.women``; "ghar wali" typed apart is "gharwali")."""
    return any(t in words.women or (t in ("wali", "vali") and k and tokens[k - 1] == "ghar") for k, t in enumerate(tokens))


def _told_bare(tokens: Sequence[str], number: int, month: int) -> bool:
    """ "wife ke pair sooj gaye, 8 mahina, sir dard": the months told by themselves as a clause of their own
    (or with "hai" / "chal raha"), which a woman named earlier in the message makes the months of her pregnancy;
    not a time gone by ("4 mahine ho gaye", "6 months se")."""
    after = tokens[month + 1] if month + 1 < len(tokens) else BOUNDARY
    return (number == 0 or tokens[number - 1] == BOUNDARY) and after in (BOUNDARY, "hai", "he", "h", "chal", "chalu", "aahe", "ahe")


_ORDINAL = re.compile(r"^[3-9](?:st|nd|rd|th|va|ve|ven|van|vaan|vein|vi|wa|we|wen|wan)$")


def _month_of_pregnancy(tokens: Sequence[str], words: LanguageWords) -> bool:
    """ "5वें महीने में", "8th month me", "teesra mahina hai": an ordinal month (3rd to 9th) is a month of
    pregnancy when no baby or child is named before it ("baby ka 4th month", "beta 5th month
    me hai" is the baby's age; "aathvan mahina hai, kal baccha kam hila" names the baby of the pregnancy)."""
    for i in range(len(tokens) - 1):
        if tokens[i] in words.baby_words:
            return False
        after = tokens[i + 2] if i + 2 < len(tokens) else ""
        if (
            tokens[i + 1] in words.month_words and (_ORDINAL.match(tokens[i]) or tokens[i] in words.ordinal_month_words)
            and after not in ("ka", "ki", "ke", "ko", "se", "tak", "ago", "pehle", "baad", "of")
        ):
            return True  # not "4th month ki salary", "5th month of the course"
        if tokens[i + 1] in words.month_words and (
            (after == "ka" and i + 3 < len(tokens) and tokens[i + 3] == "pet")
            or (
                tokens[i].isdigit() and 3 <= int(tokens[i]) <= 9 and after in ("hai", "he", "h", "chal", "chalu")
                and (i == 0 or tokens[i - 1] in (BOUNDARY, "baar", "ab", "abhi", "mujhe", "muje", "mereko"))
            )
        ):
            # "do mahine ka pet hai" (the everyday way of telling a pregnancy), "is baar 5 mahina hai":
            # the month it is now, not a duration ("5 mahine se", "5 mahine ho gaye", "khansi 5 mahina hai")
            return True
    return False


def _bmi(tokens: Sequence[str]) -> float:
    """The body-mass index from a weight in kg and a height in cm, feet/inches or metres in the
    message ("102 kg, height 170 cm", "5 feet 4 inch, 85 kilo"), or 0."""
    weight = height = 0.0
    for i, tok in enumerate(tokens[1:], 1):
        prev = tokens[i - 1]
        if not prev.isdigit():
            continue
        value = float(prev)
        if tok in ("kg", "kgs", "kilo", "kilos", "kilogram", "kilograms", "kilo") and 25 <= value <= 250:
            weight = value
        elif tok in ("cm", "cms") and 120 <= value <= 220:
            height = value / 100
        elif tok in ("feet", "foot", "ft", "fut") and 4 <= value <= 7:
            inches = tokens[i + 1] if i + 1 < len(tokens) and tokens[i + 1].isdigit() else "0"
            height = (value * 12 + min(float(inches), 11)) * 0.0254
    return weight / (height * height) if weight and height else 0.0


def _avoid_verb(tokens: Sequence[str], at: int, words: LanguageWords) -> bool:
    """Is the word at *at* "bache" / "बचें" in the sense of avoiding ("dengue se kaise bache", "kaise
    bache iss se") rather than children ("bache ko bukhar")? Its spelling skeleton is that of
    "bacche", so it is told apart by the words around it."""
    if tokens[at] not in words.avoid_forms:
        return False
    before = tokens[at - 1] if at else ""
    after = tokens[at + 1] if at + 1 < len(tokens) else ""
    if after in words.child_after:
        return False
    return before in words.avoid_context or after in words.avoid_context - {"se"}


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _bullets(items: Iterable[str]) -> str:
    return "\n".join(_BULLET + item for item in items)


def _article(word: str) -> str:
    return "an" if word[:1].upper() in "AEIOU" else "a"


def _southern_closing_denial(tokens: Sequence[str], start: int, end: int, closing: frozenset[str]) -> bool:
    """Is the term at *start*..*end* denied by one of the *closing* denials of the south (``language.negation.
    closing_after``: "illa", "ledu") right after it that ends the clause ("charddiyil chora illa", "vanthi la
    ratham illai, kaichal mattum")? A term that holds a denial itself ("response illa") is not; nor is "X aa illa
    Y aa", where "illa" means "or"."""
    if end >= len(tokens) or tokens[end] not in closing:
        return False
    if end + 1 < len(tokens) and tokens[end + 1] != BOUNDARY:
        return False
    return not any(t in closing for t in tokens[start:end])


class ChatBot:
    """Offline health assistant. Thread-safe for concurrent :meth:`reply` calls.

    :param context: the clinic/patient data source; ``None`` means no login and no
        clinic data (the bot then explains where to find fees, links and appointments).
    :param knowledge_base_path: an alternative knowledge-base JSON file.
    :raises KnowledgeBaseError: if the knowledge base is missing or invalid.
    """

    def __init__(
        self,
        context: ChatContext | None = None,
        knowledge_base_path: Path | None = None,
        *,
        language: str = "en",
    ) -> None:
        self._context = context
        self._kb: KnowledgeBase = load_knowledge_base(knowledge_base_path)
        self._remedy_cues = frozenset(self._kb.cues.get("remedy", ()))
        self._appt_weak = frozenset(self._kb.cues.get("appt_weak", ()))
        self._remedy_weak = frozenset(self._kb.cues.get("remedy_weak", ()))
        self._dose_asks = frozenset(self._kb.cues.get("dose", ()) + self._kb.cues.get("medicine_question", ()))
        self._dose_changes = frozenset(self._kb.cues.get("dose_change", ()))
        words = self._kb.words
        #: information cues that are questions by themselves, and explicit questions about what a
        #: condition is (``language.strong_info_asks`` / ``what_a_condition_is_asks``, each with the
        #: what-it-is and about-the-condition asks they share), with the questions about a condition itself
        #: (the ``info_strong`` cues: "is it curable", "does that mean", "how do they form"), which a
        #: complaint told beside them does not make a triage
        self._strong_info = (
            words.what_it_is_asks | words.about_the_condition_asks | words.strong_info_asks
            | frozenset(self._kb.cues.get("info_strong", ()))
        )
        self._asks_what_it_is = words.what_it_is_asks | words.about_the_condition_asks | words.what_a_condition_is_asks
        self._verb_endings = tuple(words.verb_endings)  # for str.endswith
        self._prevention = _prevention(words.keep_from_forms)
        #: the concepts red-flag rules are made of: a clause naming none of them tells no complaint
        self._flag_concepts = frozenset(
            part for r in self._kb.concept_rules for name in r.all + r.context for part in name.split("|")
        )
        #: the complaints among them: who the message is about ("dobara pregnant hu") is no recurrence
        self._complaint_concepts = self._flag_concepts - _WHO_CONCEPTS
        self.language = language if language in LANGUAGES else "en"
        # Hindi suggestion chips: fixed wordings, and templates around a topic's short English name
        table = self._kb.suggestions_hi
        self._suggestions_hi = {k: h for k, h in table.items() if "{" not in k}
        self._suggestion_templates = [
            (re.compile("^" + re.sub(r"\\\{(topic|complaint)\\\}", "(?P<name>.+)", re.escape(k)) + "$"), h)
            for k, h in table.items() if "{" in k
        ]  # fmt: skip
        self._topic_by_short = {_short(c): c for c in self._kb.conditions.values()}
        self._complaint_hi = {s.name: s.name_hi for s in self._kb.symptoms.values() if s.name_hi}

    @property
    def knowledge_base(self) -> KnowledgeBase:
        return self._kb

    # ------------------------------------------------------------------ public API
    def reply(self, text: str, language: str | None = None) -> Reply:
        """Answer *text*. Never raises for any input string.

        *language* is the user's preferred answer language ("en" or "hi"; default: the
        one given to the constructor). A message written in Devanagari is always
        answered in Hindi; a message in Latin letters is answered in the preferred
        language. ``Reply.language`` says which language the answer is in.
        """
        if not isinstance(text, str):
            text = "" if text is None else str(text)
        preferred = language if language in LANGUAGES else self.language
        analysis = self._analyse(text)
        detected = detect_language(text[:2000])
        analysis.lang = "hi" if detected == "hi" else preferred
        reply = self._decide(analysis)
        if analysis.lang == "hi":
            reply = self._in_hindi(analysis, reply)
        return reply

    # ------------------------------------------------------------------ analysis
    def _romanised(self, token: str) -> list[str]:
        """The Hinglish words of a Devanagari token. When the knowledge base does not know them, a
        postposition typed onto a word is parted from it if the word alone is known (सीनेमें = seene me,
        कोझटके = ko jhatke), else a vowel sign left out is put back if one lexicon word fits (सने = seene)."""
        words = romanise_token(token).split()
        known = self._kb.known_tokens
        if all(w in known for w in words):
            return words
        parts = split_particle(token)
        if parts is not None:
            split = [w for part in parts for w in romanise_token(part).split()]
            if all(w in known for w in split):
                return split
        for variant in slip_transliterations(token):  # "मरनै" = marne: a confused vowel sign
            if all(w in known for w in variant):
                return list(variant)
        restored = vowel_left_out(token)  # "सने" = seene: a vowel sign left out
        if restored is not None:
            return restored.split()
        joined = split_words(token, known)  # "नहींहै" = nahi hai: two words typed without the space
        if joined is not None and all(w in known or w.isdigit() for w in joined):
            return list(joined)
        return words

    def _read_script(self, token: str, script: str) -> list[str]:
        """The words of a *token* of another Indian script (:mod:`medlink.chatbot.scripts`). A word of a
        northern script is a Devanagari word (Punjabi "ਛਾਤੀ" = छाती = chhati) unless the knowledge base knows
        it only as its own speakers type it (Bengali "হয়ে" = hoye); a word of a southern script is typed
        out with every vowel (Tamil "நெஞ்சு" = nenju)."""
        letters = to_devanagari(token)
        typed = romanise_letters(letters, script)
        if script in NORTHERN:
            words = self._romanised(plain_devanagari(letters))
            if not typed or typed not in self._kb.known_tokens or all(w in self._kb.known_tokens for w in words):
                return words
        return list(self._kb.split_joined(typed)) if typed else []

    def _analyse(self, text: str) -> _Analysis:
        kb = self._kb
        raw_tokens = tokenize(text)
        tokens: list[str] = []
        for tok in raw_tokens:
            script = script_of(tok) if not tok.isascii() else None
            if script is not None:
                tokens.extend(self._read_script(tok, script))
            elif is_devanagari_token(tok):
                tokens.extend(self._romanised(tok))
            else:
                tokens.extend(kb.split_joined(tok))  # "chestpain" = "chest pain"
        corrections = 0
        for i, tok in enumerate(tokens):
            if tok in kb.known_tokens or tok == BOUNDARY or len(tok) < 3 or tok in kb.words.age_leaders:
                continue  # a child's word ("munna", "dikro") is never a slip of another word
            if kb.concepts.has_stem(tok):
                named = (i and tokens[i - 1] in self._kb.words.name_triggers) or (
                    i + 1 < len(tokens) and tokens[i + 1] in self._kb.words.name_followers
                )  # "khan sahab" is a name, not a slip of "khana"
                if named:
                    continue
                if (slip := kb.thumb_slip(tok)) is not None or (
                    not kb.concepts.has_long_stem(tok) and (slip := kb.slip(tok)) is not None
                ) or (slip := kb.inflection_slip(tok)) is not None:
                    tokens[i] = slip  # "behsoh" = behosh, not an inflection of "beh*"; "burneed" = burned
                continue
            if i and tokens[i - 1] in self._kb.words.name_triggers:
                continue  # probably a doctor's name: never "correct" it
            if _DRUG_NAME.match(tok) is not None:
                continue  # a medicine's generic name the knowledge base does not list
            if i + 1 < len(tokens) and tokens[i + 1] in self._kb.words.name_followers:
                continue  # "sharma ji", "verma madam"
            if (slip := kb.thumb_slip(tok)) is not None:  # "naih" = nahi, "pehe" = pehle, "weeek" = week
                tokens[i] = slip
                continue
            base = _hindi_base(tok, kb.known_tokens)
            if base is not None:  # Hindi plural / oblique forms: "haddiyon" -> "haddi", "pairon" -> "pair"
                tokens[i] = base
                continue
            if corrections >= FUZZY_MAX_PER_MESSAGE:
                break
            corrections += 1
            if (bare := kb.vowelless(tok)) is not None:  # SMS without vowels: "bldng" = bleeding
                tokens[i] = bare
                continue
            fixed = kb.correct(tok) if len(tok) >= 5 else kb.correct_short(tok)
            if fixed is not None:
                tokens[i] = fixed

        starts: list[int] = []
        clause_of: list[int] = []
        clause_spans: list[tuple[int, int]] = []
        pos = 0
        clause = 0
        clause_start = 0
        for tok in tokens:
            starts.append(pos)
            if tok == BOUNDARY:
                clause_spans.append((clause_start, max(clause_start, pos - 1)))
                clause += 1
                clause_start = pos + 2
            clause_of.append(clause)
            pos += len(tok) + 1
        joined = " ".join(tokens)
        clause_spans.append((clause_start, len(joined)))
        a = _Analysis(tokens, joined, starts, clause_of, clause_spans)
        a.question_mark = "?" in text or "\uff1f" in text
        sub = 0
        sub_start = 0
        for i, tok in enumerate(tokens):
            if i and (tok == BOUNDARY or (tok in self._kb.words.clause_starters and tokens[i - 1] != BOUNDARY)):
                a.subclause_spans.append((sub_start, max(sub_start, starts[i] - 1)))
                sub += 1
                sub_start = starts[i]
            a.subclause_of.append(sub)
        a.subclause_spans.append((sub_start, len(joined)))
        a.age_months = age_in_months(tokens, kb.words)
        token_set = set(tokens)
        a.pregnant = (
            bool(token_set & self._kb.words.pregnancy_words) and not self._negated_word(tokens, self._kb.words.pregnancy_words)
        ) or _gestation_stated(tokens, kb.words)
        a.elderly = bool(token_set & self._kb.words.elderly_words) or (a.age_months is not None and a.age_months >= 65 * 12)
        self._apply_profile(a)

        # intent cues are read with everyday spellings of their words made one ("kese" = "kaise",
        # "krun" = "karu", "kia" = "kya"); the tokens themselves stay as typed
        cue_tokens = _cue_words(tokens, kb.question_forms_by_first_word, kb.words)
        cue_words: set[str] = set()
        for match in find_all_phrases(cue_tokens, kb.cue_index):
            for _kind, name in match.targets:
                a.cues.add(name)
            phrase = " ".join(cue_tokens[match.start : match.end])
            a.cue_phrases.add(phrase)
            a.cue_at.setdefault(phrase, match.start)
            cue_words.update(tokens[match.start : match.end])
        if kb.cue_unless and a.cues.intersection(kb.cue_unless):
            words = " ".join(cue_tokens)
            a.cues -= {c for c in a.cues & kb.cue_unless.keys() if any(p.search(words) for p in kb.cue_unless[c])}

        # entities are matched with filler words removed ("blood in my urine")
        content_at = [i for i, t in enumerate(tokens) if t not in FILLER_WORDS]
        content = [tokens[i] for i in content_at]
        covered = [t == BOUNDARY or t in kb.common_words or t in cue_words for t in content]
        # entities are compared by spelling skeleton ("chhati"/"chati", "sujan"/"soojan")
        # (except the words the knowledge base says are compared as typed: "chilla" shouts, no "chhila")
        entity_key, as_typed = kb.spellings.entity_key, kb.spellings.as_typed
        skeletons = [entity_key(t if t in as_typed else self._kb.words.cue_spellings.get(t, t)) for t in content]
        for i in _forms_of_address(content, kb.words.address_neighbours):
            skeletons[i] = "~" + content[i]  # "Sir, what all services ...": a way of address, not "sar" (the head)
        found = find_longest_phrases(skeletons, kb.entity_index)
        matches = [(m.start, m.end, m.targets) for m in found + self._read_verb_entities(content, found)]
        for start, end, targets in matches:
            for k in range(start, end):
                covered[k] = True
            negated = self._is_negated(content, start, end)
            for kind, ident in targets:
                if kind == "condition":
                    (a.negated_conditions if negated else a.conditions).append(ident)
                    if not negated:
                        a.condition_at.setdefault(ident, []).append(content_at[start])
                elif kind == "symptom":
                    sym = kb.symptoms[ident]
                    if negated:
                        a.negated_symptoms.append(ident)
                    elif sym.generic or sym.needs_body_part:
                        a.generic.append(ident)
                    else:
                        a.symptoms.append(ident)
                elif kind == "body" and not negated:
                    a.body_parts.append(ident)
                    a.body_words.append(" ".join(content[start : end]))
                elif kind == "speciality":
                    a.specialities.append(ident)
                elif kind == "medicine":
                    a.medicines.append(ident)
                    a.medicine_at.append(content_at[start])
                elif kind == "child":
                    if _avoid_verb(content, start, kb.words):
                        continue  # "dengue se kaise bache": how to avoid it, not a child
                    a.child = True
                if not negated:
                    a.order.append((kind, ident))
        for k, tok in enumerate(content):
            if _DRUG_NAME.match(tok) is not None:
                if tok not in a.medicines:
                    a.medicines.append(tok)
                a.medicine_at.append(content_at[k])
        a.extra_words = covered.count(False)
        a.conditions = _unique(a.conditions)
        month = _month_of_pregnancy(tokens, kb.words)
        if (
            "pregnancy" in kb.conditions and not set(a.conditions) & _PREGNANCY_TOPICS
            and ((not a.child and _gestation_stated(tokens, kb.words)) or month)
        ):
            # "biwi ko 8 mahine, kamar dard", "5वें महीने में पैरों में सूजन", "teesra mahina hai": the
            # month of a pregnancy told is the pregnancy topic, beside the complaint; a baby named after
            # it is the baby of the pregnancy ("chhatha mahina hai, bacche ko khatra hai kya")
            a.conditions.append("pregnancy")
            a.month_of_pregnancy = True
            a.child = a.child and not month
        self._bp_by_value(a)
        if "obesity" in kb.conditions and "obesity" not in a.conditions and _bmi(tokens) >= 27.5:
            a.conditions.append("obesity")  # "weight 102 kg, height 170 cm": the numbers say obesity
        a.symptoms = _unique(a.symptoms)
        a.generic = _unique(a.generic)
        a.body_parts = _unique(a.body_parts)
        a.specialities = _unique(a.specialities)
        # a body part + a complaint word can imply a symptom or topic ("my back hurts")
        if a.generic and a.body_parts:
            a.complaint = True
            for part_id in a.body_parts:
                part = kb.body_parts[part_id]
                if part.symptom and part.symptom not in a.symptoms:
                    a.symptoms.append(part.symptom)
                if part.topic and part.topic not in a.conditions:
                    a.conditions.append(part.topic)
        a.found = kb.concepts.find(tokens) + special_concepts(tokens, kb.words)
        if kb.topic_rules:
            # a month of pregnancy told ("teesra mahina hai, subah ulti") is a pregnancy for the rules too
            who = {"@pregnant"} if a.pregnant or a.month_of_pregnancy else set()
            if a.elderly:
                who.add("@elderly")
            if a.child or (a.age_months is not None and a.age_months < 16 * 12):
                who.add("@child")
            a.inferred = [
                t for t in find_topics(
                    tokens, a.found, kb.topic_rules, lambda toks, start, end: self._concept_negated(toks, start, end),
                    frozenset(who), kb.negation_before | kb.negation_after,
                )
                if t not in a.conditions and t not in a.negated_conditions
            ][:2]  # fmt: skip
        return a

    def _read_verb_entities(self, content: Sequence[str], found: Sequence[PhraseMatch]) -> list[PhraseMatch]:
        """The entities told by a verb read as the Hindi verb (:class:`VerbReading`), at the typed words, those
        not found already: a verb of another Indo-Aryan language (Marathi "pet dukhtoy" = "pet dukh raha",
        stomach pain; Gujarati "pag dajhyo" = "pair jal gaya", a burn) or of the south (Telugu "kai kaalindhi"
        = haath jal gaya: burns; "kakkutunnadu" = ulti kar raha: vomiting). An entity counts with the whole
        Hindi form, or with the stem and the word before it ("pet dukh"), a denied verb only with its denial;
        never the stem alone."""
        concepts = self._kb.concepts
        key = self._kb.spellings.entity_key
        have = {target for match in found for target in match.targets}
        out: list[PhraseMatch] = []
        for reading in (concepts.verbs.virtual(content) if concepts.verbs is not None else None,
                        concepts.southern_verbs(content)):  # fmt: skip
            if reading is None:
                continue
            for match in find_longest_phrases([key(w) for w in reading.words], self._kb.entity_index):
                if not reading.tells(match.start, match.end) or all(target in have for target in match.targets):
                    continue
                out.append(PhraseMatch(*reading.typed_span(match.start, match.end), match.targets))
        return out

    def _bp_by_value(self, a: _Analysis) -> None:
        """ "bp 90/58", "BP readings around 95/60": a low reading is low blood pressure, a high one
        (140/90 or more) is hypertension, whatever word ("bp", "pressure") named it."""
        kb = self._kb
        if "hypertension" not in kb.conditions or "low_bp" not in kb.conditions:
            return
        tokens = a.tokens
        for i, tok in enumerate(tokens):
            if tok not in ("bp", "pressure", "readings", "reading"):
                continue
            nums = [t for t in tokens[i + 1 : i + 9] if t.isdigit()][:2]
            if len(nums) < 2 or not (60 <= int(nums[0]) <= 250 and 30 <= int(nums[1]) <= 150):
                continue
            high, low = int(nums[0]), int(nums[1])
            new = "low_bp" if high <= 100 or low < 60 else "hypertension" if high >= 140 or low >= 90 else None
            old = "hypertension" if new == "low_bp" else "low_bp" if new == "hypertension" else None
            if new == "low_bp" and self._takes_bp_medicine(tokens):
                # "BP goli 2 di, ab BP 100/60": a low reading on blood pressure tablets is about the
                # treatment of high blood pressure as much as low blood pressure
                a.conditions = _unique(["low_bp", "hypertension", *a.conditions])
                return
            if new is not None and old in a.conditions:
                a.conditions = _unique(new if c == old else c for c in a.conditions)
            elif new is not None and new not in a.conditions:
                a.conditions = [new, *a.conditions]  # "pressure came 150/95": the reading names the topic
            return

    def _takes_bp_medicine(self, tokens: Sequence[str]) -> bool:
        """ "BP goli", "bp ki dawai", "pressure ki tablet": a word for blood pressure with a word for
        a tablet or medicine within three words after it."""
        kb = self._kb
        for i, tok in enumerate(tokens):
            if tok in kb.words.bp_words and any(t in kb.words.pill_words for t in tokens[i + 1 : i + 4]):
                return True
        return False

    def _negated_word(self, tokens: Sequence[str], words: frozenset[str]) -> bool:
        return all(self._is_negated(tokens, i, i + 1) for i, t in enumerate(tokens) if t in words)

    def _apply_profile(self, a: _Analysis) -> None:
        """Age, sex and pregnancy of the signed-in patient, when the message names no one else."""
        ctx = self._context
        if ctx is None:
            return
        about_other = a.child or any(t in self._kb.words.other_people for t in a.tokens)
        if about_other:
            return
        age = getattr(ctx, "patient_age_years", None)
        if a.age_months is None and isinstance(age, int | float):
            a.age_months = float(age) * 12
            if age < 13:
                a.child = True
            if age >= 65:
                a.elderly = True
        if getattr(ctx, "patient_pregnant", False) and getattr(ctx, "patient_sex", None) != "male":
            a.pregnant = True

    def _is_negated(self, tokens: Sequence[str], start: int, end: int, *, check_after: bool = True) -> bool:
        """Is ``tokens[start:end]`` negated by a nearby word ("no", "not", "without", "nahi")?

        Hinglish puts the negation after the word ("bukhar nahi hai"); *check_after*
        is off for red flags, whose own patterns may contain "nahi" ("saans nahi aa rahi").
        """
        kb = self._kb
        window = kb.negation_window
        if _neither_nor(tokens, start, window, kb.negation_neither):
            return True
        if start and tokens[start - 1] in ("or", "nor"):
            window += 3  # "no black stools or blood vomiting": the denial covers the list
        for j in range(start - 1, max(-1, start - 1 - window), -1):
            tok = tokens[j]
            if tok in kb.negation_breakers:
                break
            if tok in kb.negation_before:
                follower = tokens[j + 1] if j + 1 < len(tokens) else ""
                if follower not in kb.negation_false_followers:
                    return True
        for j in range(end, min(len(tokens), end + 2) if check_after else end):
            tok = tokens[j]
            if tok in kb.negation_breakers:
                break
            if tok in kb.negation_after:
                if j == end + 1 and tokens[end] in kb.negation_doubt_particles and (
                    j + 1 == len(tokens) or tokens[j + 1] == BOUNDARY
                ):
                    return False  # "sugar to nahi?": a doubt ("isn't it diabetes?"), not "no sugar"
                return True
        return False

    # ------------------------------------------------------------------ emergencies
    def _red_flags(self, a: _Analysis) -> list[RedFlag]:
        fired: list[RedFlag] = []
        if not a.text:
            return fired
        kb = self._kb
        text = a.text
        a.nearly = _nearly_spans(a)
        if not self._kb.words.jokes.isdisjoint(a.tokens):
            a.joke_clauses = {a.clause_of[k] for k, t in enumerate(a.tokens) if t in self._kb.words.jokes}
        for flag in self._kb.red_flags:
            if flag.starts and not any(start in text for start in flag.starts):
                continue  # no pattern of the flag can match: none of the texts that begin a match occurs
            if any(
                self._flag_applies(flag, a, m.start(), char_end=m.end())
                for pattern, check_boundary in flag.scan
                for m in pattern.finditer(text)
                if not check_boundary or m.start() == 0 or not text[m.start() - 1].isalnum()
            ):
                fired.append(flag)
        tokens = a.tokens
        found = a.found
        if a.nearly:  # what nearly happened is no sign ("behosh hote hote bachi")
            found = [f for f in found if not any(start <= f[1] < end for start, end in a.nearly)]
        found = _blood_told_stopped_dropped(a.tokens, found)
        hits = find_concept_hits(
            tokens, a.clause_of, kb.concepts, kb.concept_rules,
            lambda toks, start, end: self._concept_negated(toks, start, end),
            frozenset({"pregnant"}) if a.pregnant else frozenset(),
            kb.negation_before | kb.negation_after, found,
        )  # fmt: skip
        for hit in hits:
            flag = kb.red_flag_by_id[hit.rule.flag]
            if flag.id != "self_harm" and len(hit.rule.all) == 1 and _told_as_future(a, hit.rule.all[0], hit.token_index, kb.words):
                continue  # "boss ki meeting se pehle heart attack aa jayega", "behosh ho jaungi": a forecast
            if flag not in fired and self._flag_applies(
                flag, a, a.starts[hit.token_index], concept=True, needs_report=hit.rule.needs_report,
                parts=frozenset(p for name in hit.rule.all + hit.rule.context for p in name.split("|")),
            ):
                fired.append(flag)
        return fired

    def _concept_negated(self, tokens: Sequence[str], start: int, end: int) -> bool:
        """A concept term is negated by a word before it ("no chest pain") or by the very
        next word ("seene me dard nahi hai"); a term may contain "nahi" itself."""
        kb = self._kb
        if self._is_negated(tokens, start, end, check_after=False):
            return True
        nxt = tokens[end] if end < len(tokens) else ""
        if nxt in ("to", "toh") and end + 2 < len(tokens) and tokens[end + 2] in self._kb.words.denied_state:
            # "saanp to na tha", "bukhar to nahi hai": a denial told with its verb ("sugar to
            # nahi?" alone stays a doubt)
            denial = tokens[end + 1]
            return denial in kb.negation_after or denial == "na"
        if nxt == "se" and end + 1 < len(tokens) and tokens[end + 1] in kb.negation_after:
            return True  # "saans theek se nahi aa rahi": not properly, so "saans theek" is denied
        if nxt == "na" and end + 1 < len(tokens) and _wished_away(tokens, end + 1, kb.words):
            return True  # "kya karu ki behosh na houn", "heart attack na ho jaye": so that it does not happen
        if nxt in kb.negation_after and end + 1 < len(tokens) and tokens[end + 1] in self._kb.words.goes_away:
            return False  # "marne ke khayal nahi jaate", "dard nahi ja raha": it does not go away
        if _southern_closing_denial(tokens, start, end, kb.negation_closing_after):
            return True  # Malayalam / Tamil "charddiyil chora illa", Telugu "jwaram ledu": the clause denies it
        return nxt in kb.negation_after and not any(t in kb.negation_after for t in tokens[start:end])

    def _flag_applies(
        self,
        flag: RedFlag,
        a: _Analysis,
        char_start: int,
        *,
        concept: bool = False,
        needs_report: bool | None = None,
        char_end: int | None = None,
        parts: frozenset[str] | None = None,
    ) -> bool:
        kb = self._kb
        ti = max(0, bisect_right(a.starts, char_start) - 1)
        clause = a.clause_text(ti)
        if any(p.search(clause) for p in flag.unless) or any(p.search(a.text) for p in flag.unless_anywhere):
            return False
        if not concept:
            if flag.requires_any and not any(p.search(a.text) for p in flag.requires_any):
                return False
            if self._is_negated(a.tokens, ti, ti + 1, check_after=False):
                return False
            if char_end is not None:
                te = max(ti + 1, bisect_right(a.starts, max(char_start, char_end - 1)))
                # negated by the word after it ("seene me dard nahi"); a negation inside the
                # pattern itself ("no point in living") negates nothing
                nxt = a.tokens[te] if te < len(a.tokens) else ""
                if nxt in kb.negation_after and a.tokens[te - 1] not in kb.negation_after:
                    return False
                if flag.id != "self_harm" and (
                    (nxt == "na" and te + 1 < len(a.tokens) and _wished_away(a.tokens, te + 1, kb.words))
                    or _future_after(a.tokens, te, kb.words)
                    or a.clause_of[ti] in a.joke_clauses
                ):
                    # "behosh na houn", "heart attack aa jayega", "heart attack aate aate bacha lol": a
                    # wish, a forecast or a joke, not the event now
                    return False
        if any(start <= ti < end for start, end in a.nearly):
            return False  # "heart attack aate aate bacha", "behosh hote hote bachi": it nearly happened
        if (
            flag.id == "stroke_signs" and _STILL.search(clause) and not _SUDDEN.search(clause)
            and kb.past_markers.search(a.text) is not None
        ):  # fmt: skip
            return False  # "had stroke last year, now right hand still weak": what the old stroke left
        when = own = self._own_clause(a, ti)
        clause_no = a.clause_of[ti] if ti < len(a.clause_of) else 0
        if clause_no:  # a time told in a fragment of its own before it ("last year, i had a ...")
            before = [t for t, c in zip(a.tokens, a.clause_of, strict=False) if c == clause_no - 1 and t != BOUNDARY]
            first = next((t for t, c in zip(a.tokens, a.clause_of, strict=False) if c == clause_no and t != BOUNDARY), "")
            # "delivery 5 saal pehle hui thi, tab bahut khoon gaya tha": "then" takes the time of the clause before
            if before and (len(before) <= 3 or first in kb.words.then_words):
                when = " ".join(before) + " " + when
        present = kb.present_markers.search(when) is not None
        if not present and kb.past_markers.search(when):
            if not self._recurs_now(a, ti):
                return False  # "my grandfather had a stroke 5 years ago"
            present = True  # "2 saal pehle heart attack hua tha, aaj phir wahi dard": it is back
        if not present and flag.id in _OVER_WHEN_TOLD_DONE and self._over_and_asked_about_now(a, ti, when):
            return False  # "papa ko attack aaya tha, ab subah ghumne jaye ki nahi": over, and a question of care
        if (
            kb.resolved_markers is not None and kb.past_tense_markers is not None
            and flag.can_be_told_over(a.text)
            and kb.past_tense_markers.search(when) and kb.resolved_markers.search(a.text)
        ):
            return False  # "kal raat seene me dard tha, ab thik hai": told in the past and over

        if (
            not present and flag.id in _LONG_STANDING_FLAGS and kb.long_spell_markers is not None
            and kb.onset_markers is not None and kb.long_spell_markers.search(when)
            and not kb.onset_markers.search(a.text)
        ):  # fmt: skip
            # "seene me halka dard 2 hafte se", "behoshi jaisa lagta hai mahine bhar se": a complaint of long
            # standing, to be seen by a doctor; not when it began or grew worse now ("aaj bahut tez ho gaya")
            return False
        if not present and kb.hypothetical_markers is not None and kb.hypothetical_markers.search(clause):
            return False  # "what should I do if someone has a seizure"
        if not present and kb.advance_markers is not None and kb.advance_markers.search(a.text):
            # "zeher khane pe kya kare, pehle se jaanna chahti hu, ghar me keetnashak rehta hai": a question
            # asked in advance; the poison kept at home, told in another clause, is no event either
            return False
        if (
            not present and kb.habitual_markers is not None and self._told_as_habit(a, ti, parts)
            and flag.id not in ("newborn_danger", "self_harm")
            and not (flag.id == "child_danger" and parts is not None and "not_feeding" in parts)
        ):  # fmt: skip
            # "kabhi kabhi ghoorta hai, jawab nahi deta": it comes and goes, not now; in a young
            # infant a sign that comes and goes ("kabhi kabhi saans band ho jati hai") is a danger
            # sign, and so is self-harm that keeps coming back ("khud ko kaat leti hu"), and a child
            # who does not feed and keeps sleeping ("doodh nahi pi raha, bas soya rehta hai")
            return False
        reported = kb.report_markers.search(clause) is not None
        if (
            reported and (kb.info_markers.search(clause) or self._prevention.search(a.text))
            and kb.report_markers.search(_ASKER.sub(" ", _PLEA.sub(" ", clause))) is None
        ):  # fmt: skip
            # a plea or a hurry around a question of what a condition is or how to prevent it
            # ("please help, what are the signs of a stroke", "how to prevent heart attack jaldi
            # batao") says the asker wants an answer soon, not that anything is happening; nor does the
            # asker of the question ("when should i worry about …")
            reported = False
        if not present and self._prevention.search(a.text) and not kb.report_markers.search(_ASKER.sub(" ", _POLITE.sub(" ", own))):
            # "scorpions common in our area, precautions for kids?", "please advise how to prevent low
            # sugar episodes": a question about prevention, and nothing told as happening
            return False
        if kb.info_markers.search(clause) and not reported:
            return False
        wanted = flag.needs_report if needs_report is None else needs_report
        short = sum(t != BOUNDARY for t in a.tokens) <= 2  # "chest pain", "strok", "fits"
        return reported or short or not wanted

    def _over_and_asked_about_now(self, a: _Analysis, ti: int, when: str) -> bool:
        """Is the sign at token *ti* told as done and over ("attack aaya tha", "gir gaye the", "had a
        stroke"), with what follows asking what may be done now ("ab subah ghumne jaye ki nahi", "now can
        he travel")? Not when a complaint is told after it ("ab phir dard ho raha hai") nor when it is
        back again ("ab phir se"); a bare "ab kya kare" asks what to do about the sign itself."""
        if _TOLD_DONE.search(when) is None:
            return False
        tokens = a.tokens
        own = a.clause_of[ti] if ti < len(a.clause_of) else 0
        for k in range(ti + 1, len(tokens)):
            if tokens[k] not in _NOW_ASKED:
                continue
            clause = a.clause_of[k] if k < len(a.clause_of) else own
            begin = a.clause_spans[clause][0] if clause != own else a.starts[k]
            rest = a.text[begin:]
            if _RECENT.search(a.text[:begin]) or _STILL.search(rest) or _URGENT_ASK.search(rest):
                # "attack aaya tha aadha ghanta pehle", "ab bhi dard hai", "hospital le jaye ki nahi", "aspirin
                # de sakte hai": a recent event, a sign still there, or a question of urgent care
                return False
            if _RESUME_ASK.search(rest) is None or _RECURRENCE.search(rest) or self._kb.present_markers.search(
                _NOW_WORD.sub(" ", rest)
            ):
                return False
            return _ONGOING.search(rest) is None  # not "ab saans nahi le pa rahe": a sign told now
        return False

    def _own_clause(self, a: _Analysis, ti: int) -> str:
        """The words that time the sign at token *ti*: its subclause, ended before a subject that
        starts another clause after it ("severe chest pain i had a stent 2 yrs back"; not one joined to
        it as its time: "fits when she was young") and begun at a
        subject before it with more than three words in front ("wife passed away last year and i
        no longer see the point"); a short time in front stays ("2 saal pehle mujhe ..."), and so does a
        time that is all the words in front ("jab main 10 saal ka tha my mom ..."). So a
        time told of one clause does not time the sign of another when the commas are missing."""
        if ti >= len(a.subclause_of):
            return a.subclause_text(min(ti, len(a.subclause_of) - 1)) if a.subclause_of else a.text
        sub = a.subclause_of[ti]
        start, end = a.subclause_spans[sub]
        first = bisect_right(a.starts, start - 1)
        words = self._kb.words
        subjects = [
            k for k in range(first, len(a.tokens))
            if a.subclause_of[k] == sub and a.tokens[k - 1] not in words.time_joiners and (
                a.tokens[k] in words.clause_subjects
                or (a.tokens[k] == "my" and k + 1 < len(a.tokens) and a.tokens[k + 1] in words.other_people)
            )
        ]  # fmt: skip  ("after angioplasty last year my father suddenly cant see": the father's sign is now)
        if not subjects:
            return a.text[start:end]
        after = [k for k in subjects if k > ti]
        if after:
            end = max(start, a.starts[after[0]] - 1)
        before = [
            k for k in subjects
            if k <= ti and k - first > 3 and not self._time_alone(a.text[start : a.starts[k]].strip())
        ]  # fmt: skip  (a time alone in front stays: "a few years ago my mom had a stroke")
        if before:
            start = a.starts[before[-1]]
        return a.text[start:end]

    def _time_alone(self, words: str) -> bool:
        """Are *words* a time in the past and nothing else ("a few years ago", "jab main 10 saal ka tha",
        "about two years back"), not a clause of its own with a time in it ("after angioplasty last year")?"""
        for m in self._kb.past_markers.finditer(words):
            if m.end() == len(words) and set(words[: m.start()].split()) <= self._kb.words.time_leaders:
                return True
        return False

    def _told_as_habit(self, a: _Analysis, ti: int, parts: frozenset[str] | None) -> bool:
        """Does a frequency word ("kabhi kabhi", "roz", "daily") say the complaint at token *ti*
        comes and goes? It does in the complaint's own clause, or in another clause that tells a
        part of the same complaint in the present ("kabhi kabhi ghoorta hai, jawab nahi deta"); not
        in a clause about the past ("pehle roz hilta tha", "used to move daily") nor in one about
        something else ("vomiting blood, drinks daily"). *parts* are the concepts of the rule that
        fired (``None``: a pattern fired; then any red-flag concept counts)."""
        kb = self._kb
        markers = kb.habitual_markers
        if markers is None or markers.search(a.text) is None:
            return False
        own = a.clause_of[ti] if ti < len(a.clause_of) else 0
        own_start, own_end = a.clause_spans[own] if own < len(a.clause_spans) else (0, len(a.text))
        # a sign timed now in its own clause ("haven't felt the baby move since morning") is not made a
        # habit by a frequency word in another clause, which tells the usual ("usually she kicks a lot")
        timed_now = kb.present_markers.search(a.text[own_start:own_end]) is not None
        for number, (start, end) in enumerate(a.clause_spans):
            clause = a.text[start:end]
            if markers.search(clause) is None:
                continue
            if number == own:
                # the frequency word times the sign only in the sign's own subclause: "stomach pain going
                # to back he is rolling ... he drinks daily" tells a habit of another clause
                own_text = self._own_clause(a, ti)
                own_at = a.text.find(own_text, start)
                rest = a.text[own_at + len(own_text) : end].split()
                if (
                    markers.search(own_text) is None and markers.search(a.text[start:own_at]) is None
                    and rest and rest[0] in kb.words.clause_subjects
                ):  # fmt: skip
                    continue
                return True
            if timed_now:
                continue
            if kb.past_markers.search(clause) or _PAST_STATE.search(clause):
                continue
            wanted = self._flag_concepts if parts is None else parts
            if any(a.clause_of[s] == number and name in wanted for name, s, _e in a.found):
                return True
        return False

    def _recurs_now(self, a: _Analysis, ti: int) -> bool:
        """After an old event ("2 saal pehle heart attack hua tha"), does the message say it is
        happening again now ("aaj phir wahi dard", "again the same pain", "dobara", "फिर से")?
        Not when the recurrence is denied ("phir kabhi nahi hua") or is a question about
        preventing it ("dobara na ho iske liye kya karein", "how to avoid it happening again")."""
        kb = self._kb
        sub = a.subclause_of[ti] if ti < len(a.subclause_of) else 0
        after = a.subclause_spans[sub][1]
        for m in _RECURRENCE.finditer(a.text, after):
            k = max(0, bisect_right(a.starts, m.start()) - 1)
            start, end = a.clause_spans[a.clause_of[k]]
            rest = a.text[m.start() : end]
            clause = a.text[start:end]
            if _DENIAL.search(rest) or kb.info_markers.search(clause) or self._prevention.search(a.text):
                continue
            if kb.hypothetical_markers is not None and kb.hypothetical_markers.search(clause):
                continue
            # the event itself ("wahi ho raha hai", "the same thing") or a red-flag complaint
            # ("aaj phir seene me dard") follows; not "aaj checkup karwaya" nor "phir se test"
            last = max(0, bisect_right(a.starts, end) - 1)
            if _SAME_EVENT.search(rest) or any(
                k <= s <= last and name in self._complaint_concepts for name, s, _e in a.found
            ):
                return True
        return False

    # ------------------------------------------------------------------ intent
    def _decide(self, a: _Analysis) -> Reply:
        if not a.tokens:
            return self._fallback(empty=True)
        flags = self._red_flags(a)
        a.flags = flags
        if flags:
            return self._emergency(a, flags)
        cues = a.cues
        if a.conditions and (a.nearly or a.joke_clauses):
            self._drop_figures_of_speech(a)
        if self._asks_what_the_assistant_does(a):
            return self._help()
        if self._asks_dose(a):
            return self._medicine(a)
        name = self._doctor_name(a)
        has_health = bool(a.conditions or a.symptoms or a.generic)
        if (
            "fees_strong" in cues
            or (
                "fees_weak" in cues and ("clinic_context" in cues or a.specialities or name)
                and not (a.conditions and a.cue_phrases & self._kb.words.diet_asks)
            )  # not "doctor says anaemia, what food is cheap for blood": a cheap diet asked, not a fee
            or ("fees_howmuch" in cues and ("clinic_booking" in cues or a.specialities) and not has_health)
            or ("clinic_service" in cues and a.cue_phrases & self._kb.words.price_asks and not set(a.tokens) & self._kb.words.normal_words)
        ):
            # "how much is ECG test", "how much for blood test for sugar": the price of a test or a
            # procedure, whatever it is for
            return self._fees(a, name)
        if ("video_strong" in cues or ("video_link_words" in cues and "video_context" in cues)) and not (
            cues & {"appt_book", "booking_verbs"} and "video_link_words" not in cues
        ):
            # "online consultation ka kya process hai"; "how to book online consultation" is a booking
            return self._video(a.lang)
        if "appt_strong" in cues:
            return self._appointments(a, name, listing=True)
        if "appt_book" in cues:
            # "papa ke liye sugar wale doctor ka appointment chahiye": a booking, whatever it is for
            return self._appointments(a, name, listing=False)
        toks = set(a.tokens)
        if toks & {"appointment", "appointments", "appt", "booking", "slot"} and toks & self._kb.words.booking_changes:
            # "please shift my nephrology appointment from monday to thursday": a booking changed, whatever
            # it is for
            return self._appointments(a, name, listing=True)
        if "appt_weak" in cues and any(
            t in self._kb.words.weekdays and (i + 1 == len(a.tokens) or a.tokens[i + 1] not in ("se", "say", "sey"))
            for i, t in enumerate(a.tokens)
        ) and not cues & {"worry", "triage"} and not self._asks_if_another_place_is_open(a):
            # "can i come on sunday to show my skin problem, is the clinic open", "सोमवार का टाइम मिल
            # जाएगा क्या": a visit on a day asked for ("monday se bukhar" is since when, not a visit)
            return self._appointments(a, name, listing=False)
        if self._asks_which_day_a_doctor_sits(a) and not cues & {"worry", "triage"}:
            return self._appointments(a, name, listing=False)
        if not a.conditions and a.medicines:
            # "insulin lene walon ko saath me kya rakhna chahiye": a medicine names its topic
            a.conditions = _unique(t for m in a.medicines if (t := self._kb.medicines.get(m)) is not None)
        if self._asks_normal_value(a) and not a.cues & {"worry", "triage"} and "normal_values" in self._kb.conditions:
            # "normal platelet count kitna hota hai", "Normal BP for age 70?", "नॉर्मल ऑक्सीजन लेवल":
            # asks what the normal values are, not whether one reading is all right
            a.conditions = _unique([*a.conditions, "normal_values"])
            return self._disease_info(a)
        if set(a.tokens) & self._kb.words.dreams and a.conditions and all(c in _FIRST_AID_TOPICS for c in a.conditions):
            a.conditions = []  # "sapne me dekha ki saanp ne kata, iska matlab": an accident dreamt, not had
        health_symptoms = a.symptoms or [g for g in a.generic if not self._kb.symptoms[g].needs_body_part]
        if a.conditions or health_symptoms or (a.generic and a.body_parts):
            return self._health(a)
        if a.inferred:
            # "neend aati nahi, raat bhar karwat badalta rehta hu": no listed symptom, but a
            # known combination of complaints; triage it with the topic it points to
            a.conditions, a.inferred = a.inferred, []
            if "diagnosis_q" in cues and not cues & {"remedy", "remedy_weak", "remedy_item", "eat_weak"}:
                # "chandi jaisi parat jamti hai, ye kaun si bimari hai": signs asked about are a complaint
                return self._symptom_check(a)
            if cues & {"remedy", "info", "eat_weak", "remedy_weak", "remedy_item"} or (
                a.cue_phrases & self._kb.words.which_words and set(a.tokens) & self._kb.words.good_words
            ):
                # "baal jhadne ka ilaj": asks what to do or to know; "ghutno ke liye kaun si exercise
                # theek hai": which way of care is good
                return self._health(a)
            return self._symptom_check(a)
        if a.body_parts and "report" in cues and a.extra_words and not a.specialities:
            # "dadi ke ghutne ghis gaye", "joints making noise": a complaint about a body part in
            # words the knowledge base lacks is still a complaint; triage it by the body part
            if "remedy" in cues:
                # "edi phati hai, kya lagaye", "peeth pe laali, kaise bachaye": the same complaint
                # asking what to do or put on it asks for care (the body part's doctor still named)
                return self._remedy(a)
            return self._symptom_check(a)
        if ("appt_weak" in cues and not self._asks_if_another_place_is_open(a)) or (
            "booking_verbs" in cues and ("clinic_booking" in cues or a.specialities)
        ):
            return self._appointments(a, name, listing=False)
        if a.specialities and len(a.tokens) <= 6:
            return self._appointments(a, name, listing=False)
        if "greeting" in cues and set(a.tokens) & self._kb.words.thanks and (
            self._only_small_talk(a) or ("question_words" not in cues and not a.question_mark and not a.body_parts)
        ):
            # "dhanyavad, bahut madad mili", "thank you, aapne sahi bataya, papa ab theek hain":
            # thanks (and how things went), not a request for help
            return self._greeting(a)
        if "help" in cues and (
            (a.extra_words <= 4 and not ("help with" in a.cue_phrases and a.extra_words >= 2))
            or a.cue_phrases & (self._kb.words.asks_to_ask | self._kb.words.this_app)
        ) and not self._help_negated(a):
            # not "can u help with my physics homework, newton third law"; "ye app emergency me
            # kaam karega?" asks what the assistant does, however many other words it has
            return self._help()
        if "greeting" in cues and self._only_small_talk(a):
            return self._greeting(a)
        if self._states_reading(a):
            return self._symptom_check(a)  # "oximeter pe 96 aa raha, normal hai na": a reading
        if "triage" in cues and (a.body_parts or a.child or a.pregnant) and not a.specialities:
            return self._symptom_check(a)  # "which doctor for my knee", "kis doctor ko dikhaye bete ko"
        if "triage" in cues and a.extra_words <= 4:
            # "which doctor should I see?", "kis doctor ko dikhaun" with no complaint told: ask for
            # the complaint and say which doctor sees what
            return self._which_doctor()
        if self._asks_home_care(a):
            return self._home_care_info()
        if (unlisted := self._unlisted_condition(a)) is not None:
            return self._unlisted_condition_info(unlisted)
        if self._asks_about_illness_in_general(a):
            return self._illness_in_general_info()
        return self._fallback(empty=False)

    def _drop_figures_of_speech(self, a: _Analysis) -> None:
        """ "match me heart attack aate aate bacha 😂, final kaun jeetega", "the quiz gave me a literal heart
        attack lmao": a condition named only where it nearly happened, inside an idiom (the concept
        ``idiom_die``), or in a joking clause of talk about a game or a film (the concept ``fun_stakes``)
        is a figure of speech, not a complaint: it names no topic."""
        idioms = [(start, end) for name, start, end in a.found if name == "idiom_die"]
        game_talk = any(name == "fun_stakes" for name, _start, _end in a.found)
        joking = a.joke_clauses | {a.clause_of[start] for start, _end in idioms}

        def figurative(at: int) -> bool:
            return (
                any(start <= at < end for start, end in a.nearly + idioms)
                or (game_talk and a.clause_of[at] in joking)
            )

        a.conditions = [
            c for c in a.conditions if c not in a.condition_at or not all(figurative(at) for at in a.condition_at[c])
        ]

    def _asks_about_illness_in_general(self, a: _Analysis) -> bool:
        """ "raat ki shift se kaun si bimariyan ho sakti hain", "what lung diseases can you get from dust", "kaccha
        doodh peene se koi bimari ho sakti hai", "chhepi rog chhe": a question to know (an ``info`` cue) about
        illness itself (the knowledge base's ``illness_words``), with no topic the knowledge base describes."""
        if "info" not in a.cues:
            return False
        return bool(set(a.tokens) & (self._kb.words.illness_words | self._kb.words.spread_words))

    def _general_physician_info(self, body: str, *, intent: str = "disease_info") -> Reply:
        """Information the knowledge base does not hold: *body* says what a General Physician can
        explain; the reply offers to book one."""
        speciality = "General Physician"
        return Reply(
            intent,
            f"{body}\n\n{self._kb.disclaimer}",
            speciality=speciality,
            suggestions=("Book a General Physician", "What can you do?"),
            actions=(ChatAction("book_speciality", f"Book {_article(speciality)} {speciality}", speciality),),
        )

    def _illness_in_general_info(self) -> Reply:
        return self._general_physician_info(
            f"{_ILLNESS_IN_GENERAL_INTRO} A General Physician can explain which illnesses it can lead to, how they "
            "spread, their early signs and how to prevent them, and whether a test or a specialist is needed."
        )

    def _asks_home_care(self, a: _Analysis) -> bool:
        """ "catheter kaise saaf kare", "how to take care of a urinary catheter at home", "bistar pe pade mareez ki
        dekhbhal kaise kare", "ryles tube se khana kaise de": how to care at home for a tube, a bag or a
        bedridden patient (the knowledge base's concept ``home_care_device``), asked with no topic it describes."""
        if not a.cues & {"remedy", "remedy_weak", "question_words", "info", "help"} and not a.question_mark:
            return False
        return any(name == "home_care_device" for name, _s, _e in a.found)

    def _home_care_info(self) -> Reply:
        """What to do at home (a ``remedy`` answer with no topic), with a General Physician to book."""
        return self._general_physician_info(
            f"{_HOME_CARE_INTRO} the nurse or doctor who placed it can show you how, once, at the clinic. In "
            "general: wash your hands with soap before and after; keep the tube, the skin around it and the bag clean "
            "and dry; keep a urine bag below the level of the bladder and empty it before it is full; turn a "
            "bedridden person every 2 hours and keep the skin clean and dry so that bedsores do not form. See a "
            "doctor soon for fever, pain, redness, pus or a bad smell, blood, no urine for 6 hours, or a tube that "
            "has come out or is blocked.",
            intent="remedy",
        )

    def _unlisted_condition(self, a: _Analysis) -> str | None:
        """ "what is leptospirosis", "cardiomyopathy kya hai", "thalassemia carrier mane ki", "kala azar kya
        hai": a question about what a condition is, naming one by the form of a disease's name (-osis, -itis,
        -pathy, -aemia, ...) or by a disease's everyday name, that the knowledge base does not describe."""
        if not (a.cue_phrases & self._asks_what_it_is or "info" in a.cues):
            return None
        for tok in a.tokens:
            if _CONDITION_NAME.match(tok) is not None and tok not in self._kb.known_tokens and tok not in self._kb.words.condition_lookalikes:
                return tok
        for name, start, end in a.found:
            if name == "unlisted_disease":
                # "kala azar kya hai", "scrub typhus kya hota hai", "what is vitiligo": a disease named by its
                # everyday name (the knowledge base's concept ``unlisted_disease``) that it does not describe
                return " ".join(a.tokens[start:end])
        return None

    def _unlisted_condition_info(self, name: str) -> Reply:
        return self._general_physician_info(
            f"I don't have information about {name} yet. A General Physician can explain what it is, how it "
            "is found and treated, and whether a specialist should see you; take any reports you have."
        )

    def _asks_which_day_a_doctor_sits(self, a: _Analysis) -> bool:
        """ "Dr Sinha kaun kaun din baithte hain", "doctor kehde din baithde ne", "डॉ. साहू गुरुवार के
        बइठथें का", "doctor kon din bosen": on which day a doctor sits (sees patients) is a question about
        the clinic's timings. A doctor is named, a day is asked ("kaun din") or named (a weekday) and a
        verb of sitting follows (``language.sitting_verbs``); "2 din se baithe baithe pair sujh gaye"
        names no doctor and asks no day."""
        words = self._kb.words
        tokens = a.tokens
        if not set(tokens) & words.name_triggers or not set(tokens) & words.sitting_verbs:
            return False
        for i, tok in enumerate(tokens):
            before = tokens[i - 2 : i - 1] if i > 1 and tokens[i - 1] in ("se", "si", "sa") else tokens[i - 1 : i]
            asked_day = tok in words.sitting_day_words and bool(before) and before[0] in words.sitting_which_words
            if (asked_day or tok in words.weekdays) and set(tokens[i + 1 : i + 4]) & words.sitting_verbs:
                return True
        return False

    def _asks_if_another_place_is_open(self, a: _Analysis) -> bool:
        """ "canteen khula hai kya", "is the bank open today": whether some other place is open is no
        question about the clinic's timings (nor an appointment)."""
        if not set(a.tokens) & self._kb.words.other_places or "clinic_context" in a.cues or a.specialities:
            return False
        weak = {p for p in a.cue_phrases if p in self._appt_weak}
        return bool(weak) and weak <= self._kb.words.open_or_shut

    def _help_negated(self, a: _Analysis) -> bool:
        """ "balm doesnt help", "nothing helps", "koi madad nahi mili": a remedy that failed, not a request
        to be told what the assistant can do."""
        tokens = a.tokens
        for i, tok in enumerate(tokens):
            if tok in ("help", "helps", "helping", "madad"):
                near = tokens[max(0, i - 2) : i] + tokens[i + 1 : i + 3]
                if set(near) & self._kb.words.help_negations:
                    return True
        return False

    def _asks_what_the_assistant_does(self, a: _Analysis) -> bool:
        """ "what can this chat do? can it tell medicine for kids", "kya aap pregnancy ke baare me bata
        sakte ho? kya kya pooch sakti hu": the assistant itself named, or what may be asked of it, with
        no complaint told and no medicine named, asks what it does, whatever topic or medicine word
        ("medicine", "dawai") follows."""
        what_all = "help_what_all" in a.cues
        if not (what_all or "help" in a.cues) or a.symptoms or self._help_negated(a):
            return False
        if {p for p in a.cue_phrases if p in self._kb.cues["report"]} - self._kb.words.bare_copulas - _OWN_PERSON:
            return False  # "bukhar aa raha hai, ye app kya kar sakta hai": a complaint told ("mujhe" alone tells none)
        if not (what_all or a.cue_phrases & (self._kb.words.asks_to_ask | self._kb.words.this_app)):
            return False
        if not what_all and a.cues & _CLINIC_TASK_CUES:
            return False  # "ye app me appointment kaise book kare", "is app se fees kitni": a task asked of the clinic
        if any(m not in self._kb.words.generic_medicine_words for m in a.medicines) or any(t.isdigit() for t in a.tokens):
            return False  # "can this app tell the dose of calpol 250": a dose asked after all
        return what_all or not a.conditions

    def _asks_dose(self, a: _Analysis) -> bool:
        """A request for a medicine's dose or choice: never answered with a dose."""
        cues = a.cues
        if self._asks_how_long_treatment_runs(a):
            return False
        if a.medicines and ("dose" in cues or "medicine_question" in cues):
            return True
        if "dose_strong" in cues:  # not "paani kitna pilaye" (language.cue_unless)
            return True
        if "dose_change" in cues and any(m not in self._kb.words.generic_medicine_words for m in a.medicines):
            # "metformin 500 chal rahi, khud se 1000 kar de?", "can I double my amlodipine", "thyroxine
            # ghata du?": raising, lowering or changing a named medicine on one's own asks for a dose
            return True
        if self._sets_a_strength(a):
            return True
        if (
            any(m not in self._kb.words.generic_medicine_words for m in a.medicines) and any(t.isdigit() for t in a.tokens)
            and not (
                self._states_reading(a)
                and (cues & {"worry", "normal_q", "diagnosis_q"} or not a.cue_phrases & self._dose_asks)
                and not self._two_strengths(a)
            )
        ):
            # "atorvastatin 10 or 20", "dolo 650"; not "HbA1c 8.2, on metformin 500, how worrying is
            # this" (a reading to triage) nor "bp 160/90, dawa subah li thi", nor "LDL 190, needs statin?"
            # (a reading told beside a medicine with no word asking how much)
            return True
        if self._asks_amount_in_units(a.tokens):
            return True
        if self._asks_about_an_amount_told(a):
            return True
        generic = set(a.tokens) & self._kb.words.generic_medicine_words
        # "tablet kitni", "drops kitni boond": a medicine word and a question about it ("bright red
        # drops" names no medicine: the word that could be a dose cue is the medicine word itself)
        return bool(generic) and bool((a.cue_phrases & self._dose_asks) - generic)

    def _asks_about_an_amount_told(self, a: _Analysis) -> bool:
        """ "thyroid tablet 50 mcg, took 2 by mistake, is it ok", "5mg वाली गोली पूरी दें या आधी", "kal 2 goli de
        de kya", "vitamin d sachet hafte me ek baar ya mahine me ek": a medicine's strength or a number of its
        tablets told with a question, or a choice between two amounts or two rhythms of a medicine, asks for a
        dose whatever reading is told beside it (concepts ``dose_amount`` and ``alternative``)."""
        names = {name for name, _start, _end in a.found}
        if not (a.medicines or "pill" in names):
            return False
        if self._chooses_between_amounts(a):
            return True
        if not names & {"@strength", "@pill_count"} and not self._counted_medicine(a) and not self._counted_after(a):
            return False
        if self._states_reading(a) and a.cues & {"worry", "normal_q", "diagnosis_q"}:
            return False  # "HbA1c 8.2 on metformin 500 mg, how worrying is this": a reading to triage
        # a question said with a closing "ka" (Bhojpuri, Maithili: "2 goli kha len ka"), at the end of the
        # message or of one of its clauses ("ek sath 2 kha le sakat bani ka, bahut dard ba"), asks too
        closing_ka = any(t == "ka" and (i + 1 == len(a.tokens) or a.tokens[i + 1] == BOUNDARY) for i, t in enumerate(a.tokens))
        if "question_words" in a.cues or a.question_mark or closing_ka:
            return True
        # "roz do painkiller le raha hu, chalega", "du go goli, thik rahi": asks whether that much is all right
        said = f" {a.text} "
        return any(f" {p} " in said for p in self._kb.words.all_right_asks)

    @staticmethod
    def _counted_medicine(a: _Analysis) -> bool:
        """ "roz 2 painkiller", "du go pen kilar" (Bhojpuri: two painkillers), "aadhi crocin": an amount
        (concept ``dose_amount``, or a small number) said right before a medicine's name."""
        if not a.medicine_at:
            return False
        ends = {e for name, _s, e in a.found if name == "dose_amount"}
        ends |= {i + 1 for i, t in enumerate(a.tokens) if t.isdigit() and int(t) <= 4}
        # "3 injection lage, 2 baaki": shots of a course counted, not an amount asked about
        at_counted = [at for at in a.medicine_at if a.tokens[at] not in _COURSE_SHOTS]
        return any(at in ends for at in at_counted)

    def _counted_after(self, a: _Analysis) -> bool:
        """ "goli adhi karke lai sakdi", "dard ke goli ek sath 2 kha le": an amount (concept ``dose_amount``, or a
        number up to four) said within four words after a medicine's name, in its clause, and not a span of time
        ("goli 2 din se nahi li"); after a dose missed or changed (cue ``dose_change``: "goli aaj bhool gaye, kal
        do ek sange khava de") anywhere after it."""
        tokens = a.tokens
        # "goli 2 din se", "ek vaar chalu kari" (once begun), "puri tarah" (fully): a time, a rhythm, a way
        not_amount_after = self._kb.words.treatment_time_units | self._kb.words.hours_words | _TIMES_WORDS
        # a dose missed or changed ("goli aaj bhool gaye, kal do ek sange de den"): the amount in any later clause,
        # after the words of the change
        changed_at = min((a.cue_at[p] for p in a.cue_phrases if p in self._dose_changes and p in a.cue_at), default=None)
        starts: dict[int, int] = {}
        for name, s, e in a.found:  # the longest amount at each word ("ek baar", not "ek")
            if name == "dose_amount":
                starts[s] = max(e, starts.get(s, e))
        starts.update({i: i + 1 for i, t in enumerate(tokens) if t.isdigit() and int(t) <= 4})
        for at in a.medicine_at:
            if tokens[at] in _COURSE_SHOTS:
                continue
            reach = len(tokens) if changed_at is not None else min(at + 5, len(tokens))
            for k in range(at + 1, reach):
                if tokens[k] == BOUNDARY and changed_at is None:
                    break
                end = starts.get(k)
                if end is None or (changed_at is not None and k < changed_at) or set(tokens[k:end]) & _TIMES_WORDS:
                    continue
                if k == at + 1 and tokens[k].isdigit() and tokens[at] not in self._kb.words.generic_medicine_words:
                    continue  # "glimepiride 2 leta hu": a named medicine's strength, not a number of its tablets
                if end >= len(tokens) or tokens[end] not in not_amount_after:
                    return True
        return False

    @staticmethod
    def _chooses_between_amounts(a: _Analysis) -> bool:
        """ "puri ya aadhi", "ek baar ya do baar", "50 or 100", "hafte me ek ya mahine me ek": an amount on
        each side of "ya" / "or" in one clause; Marathi "ardhi ki purna", Gujarati "adadhi ke akhi": an amount
        right before and right after a word that is "or" only there (concept ``alternative_between``)."""
        tokens = a.tokens
        amounts = [(s, e) for name, s, e in a.found if name == "dose_amount"]
        amounts += [(i, i + 1) for i, t in enumerate(tokens) if t.isdigit()]
        for name, start, end in a.found:
            if name == "alternative_between":
                if any(e == start for _s, e in amounts) and any(s == end for s, _e in amounts):
                    return True
                continue
            if name != "alternative":
                continue
            before = [s for s, e in amounts if start - 4 <= s and e <= start]
            after = [e for s, e in amounts if end <= s and e <= end + 5]
            if (
                before and after and BOUNDARY not in tokens[min(before) : start]
                and BOUNDARY not in tokens[end : max(after)]
            ):  # fmt: skip
                return True
        return False

    def _asks_how_long_treatment_runs(self, a: _Analysis) -> bool:
        """ "epilepsy ki dawai kitne saal chalegi", "दौरे की दवा कितने साल तक चलती है", "TB ki dawai shuru
        hone ke baad kitne din tak failti hai": how long a treatment runs, or whether the illness spreads
        once it has begun, asks about the condition; no medicine is named and no amount is asked
        ("typhoid antibiotic kitne din", "zinc ki goli kitni aur kitne din" ask for a course)."""
        tokens = set(a.tokens)
        if not tokens & (self._kb.words.treatment_runs | self._kb.words.spread_words) or tokens & {"kitna", "kitni", "kinna", "kinni", "much"}:
            return False
        if any(m not in self._kb.words.generic_medicine_words for m in a.medicines) or self._counted_medicine(a):
            return False  # "din me do painkiller, chalega": an amount of a medicine, not how long it runs
        return bool(tokens & self._kb.words.treatment_time_units)

    def _two_strengths(self, a: _Analysis) -> bool:
        """ "amlodipine 5 se 10 kar du", "thyroxine 50 ya 100", "telma 40 ki jagah 80": two numbers
        beside a named medicine are a choice or a change of dose, whatever reading is told beside them."""
        named = {m for m in a.medicines if m not in self._kb.words.generic_medicine_words}
        tokens = a.tokens
        for i, tok in enumerate(tokens):
            if tok in named:
                window = tokens[i + 1 : i + 6]
                if BOUNDARY in window:
                    window = window[: window.index(BOUNDARY)]
                if sum(t.isdigit() for t in window) >= 2:
                    return True
        return False

    def _sets_a_strength(self, a: _Analysis) -> bool:
        """ "1000 kar du?", "20 kar dein kya", "usko 10 karu": a number made the new amount ("kar" = make
        it) in a message naming a medicine is a change of dose ("sugar 220 ho gayi" is a reading)."""
        if not any(m not in self._kb.words.generic_medicine_words for m in a.medicines):
            return False
        tokens = a.tokens
        return any(
            tok.isdigit() and tokens[i + 1] in self._kb.words.make_it_verbs for i, tok in enumerate(tokens[:-1])
        )

    def _asks_amount_in_units(self, tokens: Sequence[str]) -> bool:
        """ "kitne mg lena hai", "kitna ml laga sakte", "how many mg", "mg kitna": how much of a dose
        unit is a dose question whatever the medicine ("sugar kitne mg/dl" is a reading's unit, and
        "kitne ml paani" an amount of water)."""
        for i, tok in enumerate(tokens):
            if tok not in self._kb.words.dose_units:
                continue
            after = tokens[i + 1] if i + 1 < len(tokens) else ""
            if after in ("dl", "l", "litre", "liter") or set(tokens[i + 1 : i + 3]) & self._kb.words.drinks:
                continue
            before = tokens[max(0, i - 2) : i]
            if set(before) & self._kb.words.amount_asks or before[-1:] == ["much"] or before[-1:] == ["many"] or after in self._kb.words.amount_asks:
                return True
        return False

    def _only_small_talk(self, a: _Analysis) -> bool:
        """True when, apart from greeting words and fillers, at most one word remains."""
        covered = [False] * len(a.tokens)
        for match in find_all_phrases(a.tokens, self._kb.cue_index):
            if any(name in ("greeting", "greeting_filler") for _kind, name in match.targets):
                for i in range(match.start, match.end):
                    covered[i] = True
        rest = [t for t, c in zip(a.tokens, covered) if not c and t != BOUNDARY]
        return len(rest) <= 1

    def _doctor_name(self, a: _Analysis) -> str | None:
        """A doctor's name or surname: "Dr Rao", "sharma ji ki fees", "Iyer fees", "mehta doctor"."""
        kb = self._kb
        tokens = a.tokens
        for i, tok in enumerate(tokens[:-1]):
            if tok in self._kb.words.name_triggers:
                nxt = tokens[i + 1]
                if nxt.isalpha() and len(nxt) >= 2 and nxt not in kb.known_tokens:
                    return nxt
        for i, tok in enumerate(tokens):
            if not tok.isalpha() or len(tok) < 3 or tok in kb.known_tokens or tok in self._kb.words.name_followers:
                continue
            nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
            if nxt in self._kb.words.name_followers or nxt in self._kb.words.name_triggers or (i == 0 and nxt in ("fees", "fee", "charge")):
                return tok
        ctx = self._context
        if ctx is not None and a.cues & {"fees_strong", "fees_weak", "fees_howmuch"}:
            # "how much does Iyer charge": ask the clinic whether an unknown word is a doctor's name
            for tok in tokens:
                if tok.isalpha() and len(tok) >= 3 and tok not in kb.known_tokens and tok not in kb.common_words:
                    try:
                        if ctx.find_doctors_by_name(tok, 1):
                            return tok
                    except Exception:  # noqa: BLE001 - a failed look-up must not break the reply
                        return None
        return None

    # ------------------------------------------------------------------ health
    def _pick_speciality(self, a: _Analysis) -> str | None:
        kb = self._kb
        speciality: str | None = None
        if a.conditions:
            speciality = kb.conditions[a.conditions[0]].speciality
        else:
            scores: dict[str, int] = {}
            for sid in a.symptoms:
                sym = kb.symptoms[sid]
                scores[sym.speciality] = scores.get(sym.speciality, 0) + max(sym.weight, 1)
            if a.generic and a.body_parts:
                for part_id in a.body_parts:
                    spec = kb.body_parts[part_id].speciality
                    scores[spec] = scores.get(spec, 0) + 2
            elif a.generic:
                for sid in a.generic:
                    sym = kb.symptoms[sid]
                    if not sym.needs_body_part:
                        scores[sym.speciality] = scores.get(sym.speciality, 0) + max(sym.weight, 1)
            if not scores and a.body_parts:
                scores[kb.body_parts[a.body_parts[0]].speciality] = 1
            if scores:
                speciality = max(scores, key=lambda s: scores[s])  # ties: first seen
        child = a.child or (a.age_months is not None and a.age_months < 16 * 12)
        if child and speciality in (None, "General Physician"):
            speciality = "Paediatrician"
        elif a.pregnant and speciality in (None, "General Physician", "Gastroenterologist", "Endocrinologist"):
            speciality = "Gynaecologist"  # obstetric routing: the ANC doctor sees pregnancy complaints first
        return speciality

    def _young_baby(self, a: _Analysis) -> None:
        """ "20 din ka baby ...", "my 4 month old ...": a young baby's everyday worries (feeding,
        stools, sneezing, eyes, weight in the first weeks) are newborn care."""
        if (
            a.age_months is not None and a.age_months < 6 and "newborn_care" in self._kb.conditions
            and "newborn_care" not in a.conditions and "newborn_care" not in a.inferred
        ):
            a.inferred = [*a.inferred, "newborn_care"]

    def _health(self, a: _Analysis) -> Reply:
        cues = a.cues
        told_by_name = bool(a.conditions)  # a condition named, not only a topic read from a complaint below
        self._young_baby(a)
        if "report" in cues and a.cue_phrases & self._kb.words.hindi_question_words:
            reports = {p for p in a.cue_phrases if p in self._kb.cues["report"]}
            if reports <= self._kb.words.bare_copulas:
                # "appendix ka dard kahan hota hai", "copper t kitne saal chalti hai": the only
                # sign of a report is the copula of a question, so it is a question
                cues = cues - {"report"}
        if (
            "remedy" in cues and "report" in cues and "question_words" not in cues
            and not set(a.tokens) & self._kb.words.asking_words
        ):
            remedies = {p for p in a.cue_phrases if p in self._remedy_cues}
            if remedies and remedies <= self._kb.words.names_of_care:
                # "wajan kam ho raha bina diet ke", "itchy welts after exercise", "BP at home 145/92",
                # "otherwise healthy": a word of care told within a complaint asks for nothing
                cues = cues - {"remedy"}
        if "remedy" in cues and "question_words" not in cues and (a.symptoms or a.generic or a.body_parts or a.inferred):
            remedies = {p for p in a.cue_phrases if p in self._remedy_cues}
            if remedies and remedies <= self._kb.words.advice_asks:
                # "period late by 10 days, home test negative, pls advise", "son pulling his ear at night,
                # mild fever, pls advise": a complaint told with a bare request for advice asks what it may
                # be and whom to see, not for home care
                cues = cues - {"remedy"}
        if not a.conditions and cues & {"remedy", "info", "eat_weak"}:
            # "home remedy for headache", "sore throat remedies": explain the matching topic
            for sid in a.symptoms + a.generic:
                topic = self._kb.symptoms[sid].topic
                if topic and ("report" not in cues or "remedy" in cues):
                    a.conditions.append(topic)
                    break
        if (
            "worry" in cues and "triage" not in cues and "report" not in cues and a.conditions
            and not (a.symptoms or a.generic or a.body_parts or a.child or a.pregnant or a.inferred)
            and not any(self._kb.conditions[c].complaint or c in _FIRST_AID_TOPICS for c in a.conditions)
            and not any(t.isdigit() for t in a.tokens)
            and not set(a.tokens) & (self._kb.words.other_people | _OWN_PERSON)
        ):  # fmt: skip
            # "how serious is dengue", "is typhoid serious": how grave a disease is, asked with nothing told
            # of anyone's own illness (nor an accident: "billi ne panja maara, rabies ka khatra?"), asks about it
            return self._disease_info(a)
        if ("triage" in cues and not a.cue_phrases & self._kb.words.when_to_see_a_doctor) or "worry" in cues:
            return self._symptom_check(a)  # "which doctor", "should I worry", "chinta ki baat hai kya"
        words = [t for t in a.tokens if t != BOUNDARY]
        # "... allergy hai kya", "... infection hai kya": a name, not a verb ("phailta hai kya"), before it
        # (not "toothpaste lagana thik hai kya": whether a way of care is all right; not "ganjapan ka ilaj
        # hai kya": whether there is a treatment)
        named = (
            len(words) >= 3 and words[-2:] == ["hai", "kya"] and not words[-3].endswith(self._verb_endings)
            and not (words[-3] in self._kb.words.good_words and "remedy_item" in cues)
            and words[-3] not in self._remedy_cues
        )
        # "kya ye corona hai", "is it asthma": weaker, not beside a question about the condition or its care
        asks_if_it_named = "diagnosis_weak" in cues and not (
            a.cue_phrases & self._asks_what_it_is or cues & {"remedy", "remedy_item", "remedy_weak"}
        )
        asks_if_it_is = ("diagnosis_q" in cues or asks_if_it_named or (bool(a.conditions) and named)) and not (
            a.cue_phrases & self._kb.words.about_the_condition_asks
            or (told_by_name and a.cue_phrases & self._kb.words.name_explained_asks)
        )
        if asks_if_it_is and (
            a.symptoms or a.generic or len(a.conditions) + len(a.inferred) >= 2 or a.month_of_pregnancy
            or (any(self._kb.conditions[c].complaint for c in a.conditions) and not a.cue_phrases & self._asks_what_it_is)
            or ("diagnosis_q" in cues and a.extra_words >= 5)
        ) and (
            "report" in cues or self._describes_state(a)
        ):
            # "sookhi khansi aati hai, asthma ho sakta hai kya", "red sore skin under the nappy, what
            # is this": a described complaint asking what it is (told in five or more words the knowledge
            # base does not know, even when only a topic is recognised: "naakhun ke paas chamdi chhil ke
            # laal ho gayi, bartan dhone ke baad, ye kya hai")
            return self._symptom_check(a)
        for_a_purpose = bool(a.cue_phrases & self._kb.words.what_to_do_asks) and _FOR_A_PURPOSE.search(" ".join(a.tokens)) is not None
        if self._states_reading(a) and not (a.cue_phrases & self._remedy_cues) - self._kb.words.what_to_do_asks \
                and not a.cue_phrases & self._strong_info and not for_a_purpose:
            # "fasting sugar 180 aa rahi, koi takleef nahi, kya karu", "bp 152/98 aaya": a reading
            # is triaged; "sugar 250, how to control" / "bp 140/90, kya khaun" still get care tips
            return self._symptom_check(a)
        if "normal_q" in cues and (
            a.symptoms or a.generic or "report" in cues or a.age_months is not None
            or (a.child and set(a.tokens) & self._kb.words.degree_and_time_words)
            or (a.extra_words >= 4 and "report" in a.cues)
        ) and not a.cue_phrases & self._strong_info and not for_a_purpose:
            # "bitiya 2 mahine ki, raat bhar jaagti rehti, normal hai?": this case, now (a state told in four or more
            # words the knowledge base does not list: "pet kabhi kabhi sakht ho jata phir dheela, normal hai kya")
            return self._symptom_check(a)
        if a.cue_phrases & self._kb.words.when_to_go and (not (a.symptoms or a.generic) or set(a.tokens) & self._kb.words.if_words) and not (
            set(a.tokens) & self._kb.words.now_words or any(t.isdigit() for t in a.tokens)
        ):
            # "bacche ko kab hospital le jana chahiye", "प्रेगनेंसी में कितनी बार डॉक्टर को दिखाना चाहिए":
            # when to go, asked in general, asks for the warning signs (not "3 din se bukhar, kab dikhaun")
            if not a.conditions and a.child and "child_danger_signs" in self._kb.conditions:
                a.conditions = ["child_danger_signs"]
            if a.conditions:
                return self._disease_info(a)
        if a.conditions and self._stops_the_spread(a.tokens):
            # "how can we stop chickenpox spreading in the hostel", "TB ko ghar me failne se kaise
            # rokein": stopping the spread is prevention, not a question about how it spreads
            return self._remedy(a)
        asks_what_first = self._asks_what_first(a)
        if a.conditions and "learning" in cues and not asks_what_first and (
            (a.cue_phrases & (self._kb.words.what_to_do_asks | self._kb.words.first_aid_asks | self._kb.words.diet_asks | self._kb.words.prevention_asks) and "remedy" in cues)
            or (a.cue_phrases & self._kb.words.first_aid_asks and not a.cue_phrases & {"kaise", "how"})
        ):
            # "what to do if someone is choking, want to learn", "saanp kaatne pe kya karna chahiye,
            # pehle se jaanna hai": first aid learnt ahead of need still asks what to do ("CPR kaise
            # karte hai, seekhna hai" asks how a procedure is done: information)
            return self._remedy(a)
        if a.conditions and self._asks_for_first_aid(a):
            # "what is the first aid for a burn", "saanp kaate to prathmik upchar kya hai": the
            # question asks what first aid is given, which is what to do, even learnt in advance
            return self._remedy(a)
        if a.conditions and ("learning" in cues or asks_what_first):
            # "what is pcod and how to control", "CPR kaise karte hai, seekhna hai": a question
            # about what a condition is, or knowledge asked for ahead of need
            return self._disease_info(a)
        if a.conditions and "medical_treatment" in cues and not (
            a.cue_phrases & self._remedy_cues
        ) - self._kb.words.treatment_words:
            # "hernia ka ilaj bina operation ho sakta hai?", "is TB treatment free": asks about the
            # medical treatment itself, not what to do at home
            return self._disease_info(a)
        if "remedy" in cues:
            return self._remedy(a)
        if (
            a.conditions and all(c in _FIRST_AID_TOPICS for c in a.conditions + a.inferred)
            and "info" not in cues and "complication" not in cues
        ):
            return self._remedy(a)  # "chai se haath jal gaya", "dog bit me": an accident asks what to do now
        asks_what = bool(a.cue_phrases & self._asks_what_it_is)
        if "remedy_item" in cues and a.conditions and set(a.tokens) & self._kb.words.helps_words and not asks_what:
            # "meditation se anxiety sach me kam hoti hai kya", "does turmeric milk help a cold":
            # whether a remedy helps, even in the words of a question about the condition
            return self._remedy(a)
        if (
            a.conditions and "care_product" in cues and a.cue_phrases & self._kb.words.which_words and not asks_what
            and "triage" not in cues
        ):  # fmt: skip
            # "eczema ke liye kaunsa moisturiser", "which soap for scabies", "psoriasis me konsa tel": which
            # product to use on it (the knowledge base's ``care_product`` cues) asks what to do
            return self._remedy(a)
        if a.cue_phrases & self._kb.words.which_words and set(a.tokens) & self._kb.words.good_words and not asks_what and not (
            set(a.tokens) & self._kb.words.not_a_choice_of_care or "triage" in cues
        ):
            # "kaunsi sabzi sugar me achhi", "which oil is best for the heart", "kaun sa tel sahi
            # rahega joint pain me": which food or way of care is good asks what to do
            return self._remedy(a)
        if "remedy_item" in cues and "info" not in cues and (
            "question_words" in cues or set(a.tokens) & self._kb.words.asks_if_it_helps
            or (set(a.tokens) & {"liye", "for"} and "report" not in cues)
            or (a.question_mark and any(
                p in self._remedy_weak and a.cue_at[p] + len(p.split()) == len(a.tokens) for p in a.cue_phrases
            ))
        ):
            # "steam lene se zukam thik hota hai?", "adrak shahad theek hai", "is ice enough":
            # asks whether a home remedy helps; "kamar dard ke liye garam sikai": a remedy for it;
            # "chhale nahi, toothpaste lagaun?": a way of care ending the message with a question mark
            return self._remedy(a)
        has_symptoms = bool(a.symptoms) or bool(a.generic)
        if "eat_weak" in cues and "question_words" in cues and a.conditions and not has_symptoms:
            return self._remedy(a)  # "what should a TB patient eat"
        if "remedy_weak" in cues and a.conditions and "question_words" in cues and "info" not in cues:
            return self._remedy(a)  # "kamar dard me garam sikai kare ya thandi?": asks what to do
        if "info" in cues and a.conditions and a.cue_phrases & self._strong_info:
            return self._disease_info(a)  # "dengue me platelets kitne kam hon to khatra hai": asks to know
        if not a.conditions and a.cue_phrases & self._kb.words.how_to_asks and "info" not in cues:
            return self._remedy(a)  # "gas ke liye ajwain kaise le", "how to stop biting my nails": how to
        if "report" in cues and has_symptoms:
            return self._symptom_check(a)
        if "report" in cues and "question_words" not in cues and "info" not in cues and (
            a.extra_words or a.inferred
        ):
            return self._symptom_check(a)  # "husband has acidity after every meal": a situation, not a question
        if "info" in cues:
            if a.conditions and not a.cue_phrases & (self._asks_what_it_is | self._strong_info) and (
                a.symptoms or a.generic or a.body_parts
            ) and "question_words" not in cues and a.tokens[0] not in self._kb.words.question_openers and self._describes_state(a):
                return self._symptom_check(a)  # "itchy red ring on groin spreading": told, not asked
            if not a.conditions and a.cue_phrases & self._strong_info and (unlisted := self._unlisted_condition(a)) is not None:
                # "breast cancer ke shuruaati lakshan kya hote hai", "altitude sickness kya hoti hai": a disease
                # the knowledge base does not describe, asked about, whatever complaint is told of it
                return self._unlisted_condition_info(unlisted)
            return self._disease_info(a) if a.conditions else self._symptom_check(a)
        if "remedy_weak" in cues and a.conditions and not (
            a.extra_words and {p for p in a.cue_phrases if p in self._remedy_weak} <= _AGAIN_AND_AGAIN
        ):
            # "jeebh pe chhale baar baar": a topic that keeps coming back asks what to do about it (not
            # "chhale baar baar ho jaate, roti chaba nahi paata": how often it comes, told in a complaint)
            return self._remedy(a)
        if "report" in cues or a.complaint or not a.conditions:
            return self._symptom_check(a)
        topics = [c for c in a.conditions if c != "pregnancy"]  # "pregnant and back pain": context
        if topics and all(self._kb.conditions[c].complaint for c in topics):
            return self._symptom_check(a)
        several = len(topics) + len(a.symptoms) + len(a.generic) >= 2
        # "pregnant, little white discharge", "fungal infection jaangh me": how or where it is told
        # (not the words of a topic's own name: "morning sickness")
        named_by = {w for c in a.conditions for kw in self._kb.conditions[c].keywords for w in kw.split()}
        told_how = bool((set(a.tokens) & self._kb.words.degree_and_time_words) - named_by or a.body_parts)
        if (a.extra_words or several or told_how) and "question_words" not in cues and (
            several or self._describes_state(a)
        ):
            # a situation, not a topic's name: "nasein phool gayi pair me", "white discharge aur
            # khujli", "neend nahi aati raat bhar": a complaint told without a question is triaged
            return self._symptom_check(a)
        toks = a.tokens
        if any(t in self._kb.words.measures and toks[i + 1] in self._kb.words.levels_told for i, t in enumerate(toks[:-1])):
            return self._symptom_check(a)  # "bp low", "sugar high": a level told, not the topic's name ("low bp")
        if "eat_weak" in cues and not has_symptoms and "info" not in cues:
            return self._remedy(a)  # "jaundice me khana", "anaemia khana list": a topic's food asks for its diet
        return self._disease_info(a)  # a topic's name, maybe qualified: "postpartum depression"

    def _stops_the_spread(self, tokens: Sequence[str]) -> bool:
        """ "stop chickenpox spreading", "failne se kaise roke": a word of stopping and one of spreading
        within three words of each other, in one clause with no "and" between ("how does dengue spread
        and how to prevent it" asks two things)."""
        if not (self._kb.words.stop_words.intersection(tokens) and self._kb.words.spread_words.intersection(tokens)):
            return False
        for i, tok in enumerate(tokens):
            if tok in self._kb.words.stop_words:
                for j in range(max(0, i - 3), min(len(tokens), i + 4)):
                    if tokens[j] in self._kb.words.spread_words:
                        between = tokens[min(i, j) + 1 : max(i, j)]
                        if not set(between) & {BOUNDARY, "and", "aur", "or", "ya", "how", "kaise"} or (
                            j < i and set(between) <= {"se", "kaise", "ko", "to"}
                        ):
                            return True
        return False

    def _describes_state(self, a: _Analysis) -> bool:
        """Does the message tell of someone's present state (a verb of being or feeling, a person,
        a time) rather than name a topic ("budhape me kam sunai dena", "postpartum depression")?"""
        return (
            bool(set(a.tokens) & (self._kb.words.state_words | self._kb.words.other_people | self._kb.words.degree_and_time_words)) or "report" in a.cues
            or bool(a.symptoms or a.generic or a.body_parts) or a.pregnant or any(t.isdigit() for t in a.tokens)
        )

    def _asks_for_first_aid(self, a: _Analysis) -> bool:
        """ "what is the first aid for choking", "dog bite ka first aid kya hai", "प्राथमिक उपचार क्या
        है": first aid named and asked for with a bare "what is" and no question about the condition
        itself (its causes, signs, spread: "snake bite kyu khatarnak hai, first aid kya hai" asks why)."""
        if not a.cue_phrases & self._kb.words.first_aid_names:
            return False
        asked = {p for p in a.cue_phrases if p in self._asks_what_it_is}
        return bool(asked) and asked <= self._kb.words.bare_what_is

    def _asks_what_first(self, a: _Analysis) -> bool:
        """An explicit question about what a condition is (its meaning, causes, signs, spread)
        that comes before any request for what to do: "how does dengue spread and how to
        prevent it" asks first how it spreads."""
        asked = [a.cue_at[p] for p in a.cue_phrases if p in self._asks_what_it_is]
        if not asked:
            return False
        todo = [a.cue_at[p] for p in a.cue_phrases if p in self._remedy_cues and p not in self._asks_what_it_is]
        if not todo:
            return True
        if all(p in self._kb.words.which_vaccines for p in a.cue_phrases if p in self._asks_what_it_is) and a.cue_phrases & self._kb.words.get_it_done:
            return False  # "kaun kaun se tike lagwane chahiye": which ones to get is what to do
        first, first_todo = min(asked), min(todo)
        opener = a.tokens[first]
        between = a.tokens[first + (1 if opener == "whats" else 2) : first_todo]  # after "what is" / "whats"
        if first < first_todo and opener in ("what", "whats") and all(t in self._kb.words.way_fillers for t in between):
            return False  # "what is the best way to ...", "what's a good diet for ...": asks what to do
        return first < first_todo

    def _asks_normal_value(self, a: _Analysis) -> bool:
        """ "normal BP for age 70", "what is a normal heart rate", "normal oxygen level kitna": the word
        "normal" before the name of a measurement (a blood test, a reading, a count)."""
        tokens = a.tokens
        for i, tok in enumerate(tokens):
            if tok in self._kb.words.normal_words:
                following = [t for t in tokens[i + 1 : i + 4] if t not in self._kb.words.normal_fillers]
                if following and following[0] in self._kb.words.measures | self._kb.words.normal_of:
                    return True
        return False

    def _states_reading(self, a: _Analysis) -> bool:
        """ "sugar 110 fasting", "bp 150/95 aaya", "TSH 6.1", "vitamin D level is 11": a value
        given for a measurement is a reading to triage."""
        tokens = a.tokens
        words = self._kb.words
        named = {m for m in a.medicines if m not in words.generic_medicine_words}
        for i, tok in enumerate(tokens):
            if tok in words.measures:
                for nxt in tokens[i + 1 : i + 7]:
                    if nxt == BOUNDARY:
                        break
                    if nxt.isdigit() and not (nxt in ("1", "2") and tok in ("type", "grade")):
                        j = tokens.index(nxt, i + 1)
                        after = tokens[j + 1] if j + 1 < len(tokens) else ""
                        if after in self._kb.words.age_after or tokens[j - 1] in ("age", "umar", "umr", "aged"):
                            continue  # "normal bp for a 60 year old": an age, not a reading
                        if tokens[j - 1] in named or after in words.pill_words or after in words.count_classifiers:
                            continue  # "bp ki goli telma 40", "bp high hai to 2 ta": a strength or a count of tablets
                        return True
        return False

    def _health_reply(
        self,
        intent: str,
        body: str,
        a: _Analysis,
        speciality: str | None,
        suggestions: Sequence[str],
        extra_actions: Sequence[ChatAction] = (),
    ) -> Reply:
        parts = [body.strip()]
        doctors = self._doctor_block(speciality, lang=a.lang, seen=a.doctors_seen) if speciality else ""
        if doctors:
            parts.append(doctors)
        extra = [t for t in a.inferred if t not in a.conditions]
        if extra and intent != "symptom_check":  # the symptom check names them among related topics
            parts.insert(1, "Related topics you can ask me about: "
                         + ", ".join(self._kb.conditions[t].name.split(" (")[0] for t in extra) + ".")  # fmt: skip
        parts.append(self._kb.disclaimer)
        actions = list(extra_actions)
        if speciality:
            actions.append(ChatAction("book_speciality", f"Book {_article(speciality)} {speciality}", speciality))
        return Reply(
            intent=intent,
            text="\n\n".join(parts),
            topics=tuple(_unique(a.conditions + a.inferred)),
            speciality=speciality,
            suggestions=tuple(_unique(suggestions))[:4],
            actions=tuple(actions),
        )

    def _data(self, lang: str, key: str, **values: str) -> str:
        """A sentence around clinic data in *lang* (see ``DATA_TEXTS``)."""
        table = self._kb.data_texts_hi if lang == "hi" else DATA_TEXTS
        return table.get(key, DATA_TEXTS[key]).format(**values)

    def _data_word(self, lang: str, kind: str, value: str) -> str:
        """An appointment's mode or status ("in_person", "booked") as a word of *lang*."""
        if lang == "hi":
            return self._kb.data_texts_hi.get(f"{kind}_{value}", value.replace("_", " "))
        return value.replace("_", " ")

    def _when_text(self, moment: datetime, lang: str) -> str:
        """A date and time in the clinic's time zone, for the reader's language."""
        tz = self._context.timezone if self._context is not None else (moment.tzinfo or IST)
        if lang == "hi":
            return format_datetime(moment, "EEE d MMM y, h:mm a", tz=tz, language="hi")
        return format_when(moment, tz)

    def _speciality_name(self, speciality: str, lang: str) -> str:
        return self._kb.speciality_hi.get(speciality, speciality) if lang == "hi" else speciality

    def _doctor_block(
        self, speciality: str, limit: int = 3, lang: str = "en",
        seen: dict[tuple[str, int], list[DoctorBrief]] | None = None,
    ) -> str:
        ctx = self._context
        if ctx is None:
            return (
                f"To see {_article(speciality)} {speciality}, log in and choose \"Book appointment\", "
                "or ask at the front desk."
            )
        try:
            doctors = seen.get((speciality, limit)) if seen is not None else None
            if doctors is None:
                doctors = ctx.doctors_by_speciality(speciality, limit)
                if seen is not None:
                    seen[(speciality, limit)] = doctors
        except Exception:  # noqa: BLE001 - the UI must never crash because a lookup failed
            return ""
        name = self._speciality_name(speciality, lang)
        if not doctors:
            return self._data(lang, "no_doctor", speciality=name)
        lines = [self._doctor_line(d, lang=lang) for d in doctors]
        return self._data(lang, "clinic_doctors", speciality=name) + "\n" + _bullets(lines)

    def _doctor_line(self, d: DoctorBrief, *, with_speciality: bool = False, lang: str = "en") -> str:
        ctx = self._context
        tz = ctx.timezone if ctx is not None else None
        spec = f" ({self._speciality_name(d.speciality, lang).split(' (')[0]})" if with_speciality else ""
        fee = format_inr(d.consultation_fee)
        if d.next_free_slot is not None and tz is not None:
            when = self._when_text(d.next_free_slot, lang)
            return self._data(lang, "doctor_line", name=d.name, speciality=spec, fee=fee, when=when)
        return self._data(lang, "doctor_line_no_slot", name=d.name, speciality=spec, fee=fee)

    def _disease_info(self, a: _Analysis) -> Reply:
        kb = self._kb
        sections: list[str] = []
        for cid in a.conditions[:3]:
            c = kb.conditions[cid]
            sections.append(
                f"{c.name}\n{c.summary}\n\nCommon symptoms:\n{_bullets(c.symptoms[:6])}"
                f"\n\nSee a doctor if:\n{_bullets(c.warning_signs[:4])}\n\nDoctor to see: {c.speciality}"
            )
        first = kb.conditions[a.conditions[0]]
        suggestions = [f"Home remedies for {_short(first)}", f"How to prevent {_short(first)}"]
        suggestions += [f"What is {_short(kb.conditions[c])}?" for c in a.conditions[1:2]]
        speciality = self._pick_speciality(a)
        return self._health_reply("disease_info", "\n\n".join(sections), a, speciality, suggestions)

    def _remedy(self, a: _Analysis, preface: str = "") -> Reply:
        kb = self._kb
        want_diet = bool(a.cue_phrases & self._kb.words.diet_asks)
        want_prevent = bool(a.cue_phrases & self._kb.words.prevention_asks)
        sections: list[str] = [preface] if preface else []
        if preface:  # a dose question: no self-care list that could mention amounts
            for cid in a.conditions[:2]:
                c = kb.conditions[cid]
                sections.append(f"{c.name}: see a doctor if:\n{_bullets(c.warning_signs[:3])}")
            return self._health_reply("remedy", "\n\n".join(sections), a, self._pick_speciality(a),
                                      [f"What is {_short(kb.conditions[c])}?" for c in a.conditions[:2]])  # fmt: skip
        for cid in a.conditions[:3]:
            c = kb.conditions[cid]
            if want_prevent:
                title, items = "how to prevent it", list(c.prevention)
            elif want_diet and c.diet:
                title, items = "diet tips", list(c.diet)
            else:
                title, items = "self-care tips", list(c.self_care)
                if c.diet and len(a.conditions) == 1:
                    items += list(c.diet[:2])
            sections.append(
                f"{c.name}: {title}\n{_bullets(items[:6])}\n\nSee a doctor if:\n{_bullets(c.warning_signs[:3])}"
            )
        if not a.conditions:
            advice = [kb.symptoms[s].advice for s in a.symptoms[:3]]
            advice += [kb.symptoms[g].advice for g in a.generic[:1] if not a.symptoms]
            if advice:
                names = ", ".join(kb.symptoms[s].name for s in (a.symptoms or a.generic)[:3])
                sections.append(f"For {names}:\n{_bullets(advice)}")
        speciality = self._pick_speciality(a)
        if not sections:
            # care asked for a complaint the knowledge base has no tips for ("edi phati hai, kya
            # lagaye"): the doctor who can advise, as the Hindi answer says
            doctor = speciality or "General Physician"
            sections.append(f"From what you describe, the right doctor to ask first is {_article(doctor)} {doctor}.")
        if a.conditions:
            first = kb.conditions[a.conditions[0]]
            suggestions = [f"What is {_short(first)}?", f"How to prevent {_short(first)}"]
            if want_prevent:
                suggestions[1] = f"Home remedies for {_short(first)}"
        elif a.symptoms:  # "khansi ka ilaj": which doctor for that complaint
            suggestions = [f"Which doctor should I see for {kb.symptoms[a.symptoms[0]].name}?", "Consultation fees"]
        else:
            suggestions = ["I have fever and headache", "What can you do?"]
        return self._health_reply("remedy", "\n\n".join(sections), a, speciality, suggestions)

    def _symptom_check(self, a: _Analysis) -> Reply:
        kb = self._kb
        if not a.conditions:
            # "headache since 3 days", "chakkar aata hai": a complaint that is itself a topic
            # (headache, vertigo, sore throat) points to that topic to read about
            own = [t for s in a.symptoms if (t := kb.symptoms[s].topic) is not None][:1]
            a.inferred = _unique(own + a.inferred)
        self._young_baby(a)
        speciality = self._pick_speciality(a) or "General Physician"
        names = [kb.symptoms[s].name for s in a.symptoms]
        if not names and a.generic and a.body_parts:
            names = [f"{a.body_words[0]} {kb.symptoms[a.generic[0]].name}"]
        names += [_short(kb.conditions[c]) for c in a.conditions if kb.conditions[c].name not in names]
        described = ", ".join(_unique(names)) or "your symptoms"
        duration = self._duration(a.text)
        lines = [
            f"From what you describe ({described}{duration}), "
            f"the right doctor to see first is {_article(speciality)} {speciality}."
        ]
        negated = [kb.symptoms[s].name for s in a.negated_symptoms] + [
            _short(kb.conditions[c]) for c in a.negated_conditions
        ]
        if negated:
            lines.append("Noted: no " + ", no ".join(_unique(negated)) + ".")
        advice = _unique(
            [kb.symptoms[s].advice for s in a.symptoms[:3]]
            + [kb.symptoms[g].advice for g in a.generic[:1] if not a.symptoms]
        )
        for cid in a.conditions[:2]:
            c = kb.conditions[cid]
            advice.append(f"{c.name}: {c.summary.split('. ')[0].rstrip('.')}. Tips: {c.self_care[0]}.")
        if advice:
            lines.append("What you can do now:\n" + _bullets(advice[:4]))
        related = _unique(
            [t for t in a.inferred if t not in a.conditions]
            + [r for s in a.symptoms for r in kb.symptoms[s].related if r not in a.conditions]
        )
        if related:
            lines.append(
                "Related topics you can ask me about: "
                + ", ".join(kb.conditions[r].name.split(" (")[0] for r in related[:4])
                + "."
            )
        if a.child or (a.age_months is not None and a.age_months < 16 * 12):
            lines.append("For a child: see the child's doctor (Paediatrician); do not give any medicine without "
                         "a doctor's advice. Go to hospital now if the child cannot drink, vomits everything, "
                         "has fits or is very sleepy.")  # fmt: skip
        elif a.pregnant:
            lines.append("In pregnancy: ask your doctor before taking any medicine and keep your antenatal "
                         "check-ups. Bleeding, fits, severe headache or the baby moving less need hospital now.")  # fmt: skip
        elif a.elderly:
            lines.append("In older people illness can become serious quickly and can show up as confusion or "
                         "falls: see a doctor early.")  # fmt: skip
        lines.append("If symptoms are severe, sudden or getting worse, see a doctor today.")
        suggestions = [f"What is {_short(kb.conditions[r])}?" for r in (a.conditions + related)[:2]]
        suggestions.append("Consultation fees")
        return self._health_reply("symptom_check", "\n\n".join(lines), a, speciality, suggestions)

    def _duration(self, text: str) -> str:
        m = _DURATION.search(text)
        if not m:
            return ""
        if m.group(1):
            amount = self._kb.words.number_words.get(m.group(1), m.group(1))
            unit = m.group(2)
            if amount != "1" and not unit.endswith("s"):
                unit += "s"
            if amount == "1":
                unit = unit.rstrip("s")
        else:
            amount, unit = m.group(3), self._kb.words.hindi_time_units[m.group(4)]
        return f", for {amount} {unit}"

    def _medicine(self, a: _Analysis) -> Reply:
        kb = self._kb
        own = [t for s in a.symptoms if (t := kb.symptoms[s].topic) is not None][:1]  # "sir dard ki goli"
        taken_for = [t for m in a.medicines for t in kb.medicine_topics.get(m, ())]
        topics = _unique(a.conditions + taken_for + own + a.inferred)
        a.inferred = []
        a.conditions = topics
        named = [m for m in a.medicines if kb.medicines.get(m) is not None or m not in self._kb.words.generic_medicine_words]
        what = f" of {named[0]}" if named else ""
        preface = (
            f"I can't tell you which prescription medicine to take or the dose{what}. "
            "The right dose depends on age, weight, other illnesses and other medicines, so please ask "
            "your doctor or pharmacist, and follow your prescription exactly. Never start, stop or change "
            "a dose on your own. For a child, always ask the child's doctor."
        )
        if topics or a.symptoms:
            return replace(self._remedy(a, preface=preface), dose_redirect=True)
        return Reply(
            dose_redirect=True,
            intent="fallback",
            text=f"{preface}\n\n{kb.disclaimer}",
            suggestions=("Consultation fees", "Book a General Physician", "What can you do?"),
            actions=(ChatAction("book_speciality", "Book a General Physician", "General Physician"),),
        )

    # ------------------------------------------------------------------ emergency
    def _emergency(self, a: _Analysis, flags: Sequence[RedFlag]) -> Reply:
        kb = self._kb
        h = kb.helplines
        self_harm = any(f.kind == "self_harm" for f in flags)
        medical = [f for f in flags if f.kind != "self_harm"]
        parts: list[str] = []
        actions: list[ChatAction] = []
        if self_harm:
            harm = next(f for f in flags if f.kind == "self_harm")
            parts.append(
                "I'm really sorry you're going through this. Please reach out for help right now.\n"
                + _bullets(harm.instructions)
            )
            actions.append(ChatAction("call", f"Call Tele-MANAS {h['tele_manas']}", h["tele_manas"]))
            actions.append(ChatAction("call", f"Call Tele-MANAS {h['tele_manas_alt']}", h["tele_manas_alt"]))
        if medical or not self_harm:
            parts.append(
                f"\u26a0 This may be a medical emergency. Call {h['emergency']} (emergency) or "
                f"{h['ambulance']} (ambulance) now, or go to the nearest hospital emergency department."
            )
            for flag in medical[:2]:
                parts.append(f"If it is {flag.label}:\n{_bullets(flag.instructions)}")
        actions.append(ChatAction("call", f"Call {h['emergency']} (emergency)", h["emergency"]))
        actions.append(ChatAction("call", f"Call {h['ambulance']} (ambulance)", h["ambulance"]))
        parts.append(kb.disclaimer)
        return Reply(
            intent="emergency",
            text="\n\n".join(parts),
            topics=tuple(a.conditions),
            speciality=None,
            suggestions=(),
            actions=tuple(_unique_actions(actions)),
        )

    # ------------------------------------------------------------------ clinic data
    def _logged_in(self) -> bool:
        return self._context is not None and self._context.patient_name is not None

    def _fees(self, a: _Analysis, name: str | None) -> Reply:
        ctx = self._context
        speciality = a.specialities[0] if a.specialities else None
        actions: list[ChatAction] = []
        if speciality:
            actions.append(ChatAction("book_speciality", f"Book {_article(speciality)} {speciality}", speciality))
        if ctx is None:
            text = (
                "Consultation fees depend on the doctor. Log in and choose \"Book appointment\" to see each "
                "doctor's fee before you book, or ask at the front desk."
            )
            return Reply("fees", text, speciality=speciality, suggestions=("How do I book an appointment?",),
                         actions=tuple(actions))  # fmt: skip
        lines: list[str] = []
        lang = a.lang
        found_by_name = False
        try:
            if name:
                found = ctx.find_doctors_by_name(name, 3)
                if found:
                    found_by_name = True
                    lines.append(self._data(lang, "fee_found") + "\n" + _bullets(
                        self._doctor_line(d, with_speciality=True, lang=lang) for d in found))  # fmt: skip
                    speciality = speciality or found[0].speciality
                else:
                    lines.append(self._data(lang, "doctor_not_found", name=name.title()))
            if speciality and not (found_by_name and len(lines) == 1):
                docs = ctx.doctors_by_speciality(speciality, 5)
                spec_name = self._speciality_name(speciality, lang)
                if docs:
                    lines.append(self._data(lang, "fees_of", speciality=spec_name) + "\n"
                                 + _bullets(self._doctor_line(d, lang=lang) for d in docs))  # fmt: skip
                else:
                    lines.append(self._data(lang, "no_speciality_now", speciality=spec_name))
            if not lines or (name and not speciality and len(lines) == 1 and not found_by_name):
                rows: list[str] = []
                for spec in ctx.specialities()[:15]:
                    rows += [self._doctor_line(d, with_speciality=True, lang=lang)
                             for d in ctx.doctors_by_speciality(spec, 2)]  # fmt: skip
                lines.append(self._data(lang, "fees_all") + "\n" + _bullets(rows) if rows
                             else self._data(lang, "no_doctors_listed"))  # fmt: skip
        except Exception:  # noqa: BLE001 - a failed lookup becomes a sentence, never a crash
            lines = [self._data(lang, "fees_unreadable")]
        if speciality and not actions:
            actions.append(ChatAction("book_speciality", f"Book {_article(speciality)} {speciality}", speciality))
        return Reply("fees", "\n\n".join(lines), speciality=speciality,
                     suggestions=("When is my next appointment?", "How do I book an appointment?"),
                     actions=tuple(actions))  # fmt: skip

    def _video(self, lang: str = "en") -> Reply:
        ctx = self._context
        if ctx is None or ctx.patient_name is None:
            return Reply(
                "video_link",
                "Please log in first. The Google Meet link for an online consultation is shown in "
                "\"My appointments\" and is also in your booking confirmation e-mail. "
                "The front desk can help if you can't find it.",
                suggestions=("When is my next appointment?", "What can you do?"),
            )
        try:
            meetings = ctx.upcoming_meetings()
        except Exception:  # noqa: BLE001 - as above
            meetings = []
        if not meetings:
            return Reply(
                "video_link",
                "You have no upcoming online consultations. Online appointments show their Google Meet link "
                "in \"My appointments\".",
                suggestions=("When is my next appointment?", "How do I book an appointment?"),
            )
        lines: list[str] = []
        actions: list[ChatAction] = []
        for m in meetings[:5]:
            when = self._when_text(m.starts_at, lang)
            if m.meet_link:
                lines.append(self._data(lang, "meeting_line", name=m.doctor_name, when=when, link=m.meet_link))
                actions.append(ChatAction(
                    "open_link", self._data(lang, "join_action", name=m.doctor_name, when=when), m.meet_link))
            else:
                lines.append(self._data(lang, "meeting_no_link", name=m.doctor_name, when=when))
        return Reply(
            "video_link",
            self._data(lang, "meetings_heading") + "\n" + _bullets(lines) + "\n\n" + self._data(lang, "join_tip"),
            suggestions=("When is my next appointment?",),
            actions=tuple(actions),
        )

    def _appointments(self, a: _Analysis, name: str | None, *, listing: bool) -> Reply:
        ctx = self._context
        speciality = a.specialities[0] if a.specialities else None
        if speciality is None and a.conditions and not listing:  # "sugar wale doctor ka appointment"
            speciality = self._kb.conditions[a.conditions[0]].speciality
        actions: list[ChatAction] = []
        if speciality:
            actions.append(ChatAction("book_speciality", f"Book {_article(speciality)} {speciality}", speciality))
        change = bool(a.cue_phrases & {"cancel my", "cancel appointment", "reschedule", "rescheduling", "postpone my"})
        how_to_change = (
            "To cancel or reschedule, open \"My appointments\", choose the appointment and use "
            "Cancel or Reschedule, or call the front desk."
        )
        if not listing:
            text = (
                "To book: log in, choose \"Book appointment\", pick the speciality and doctor, then a free slot. "
                "You can choose an in-clinic visit or an online (video) consultation."
            )
            if speciality:
                block = self._doctor_block(speciality, lang=a.lang, seen=a.doctors_seen)
                if block:
                    text += "\n\n" + block
            return Reply("appointments", text, speciality=speciality,
                         suggestions=("Consultation fees", "When is my next appointment?"),
                         actions=tuple(actions))  # fmt: skip
        if ctx is None or ctx.patient_name is None:
            text = (
                "Please log in and open \"My appointments\" to see, cancel or reschedule your bookings. "
                "You can also call or visit the front desk."
            )
            return Reply("appointments", text, speciality=speciality,
                         suggestions=("How do I book an appointment?", "Consultation fees"),
                         actions=tuple(actions))  # fmt: skip
        try:
            appointments = ctx.upcoming_appointments()
        except Exception:  # noqa: BLE001 - as above
            appointments = []
        if not appointments:
            text = "You have no upcoming appointments."
            if change:
                text += " There is nothing to cancel or reschedule."
            return Reply("appointments", text + " Would you like to book one?", speciality=speciality,
                         suggestions=("How do I book an appointment?", "Consultation fees"),
                         actions=tuple(actions))  # fmt: skip
        lang = a.lang
        rows = [
            self._data(
                lang, "appointment_line", when=self._when_text(x.starts_at, lang), name=x.doctor_name,
                speciality=self._speciality_name(x.speciality, lang).split(" (")[0],
                mode=self._data_word(lang, "mode", x.mode), status=self._data_word(lang, "status", x.status),
            )
            for x in appointments[:5]
        ]  # fmt: skip
        text = self._data(lang, "appointments_heading", patient=ctx.patient_name) + "\n" + _bullets(rows)
        if change:
            text += "\n\n" + how_to_change
        return Reply("appointments", text, speciality=speciality,
                     suggestions=("Where is my video call link?", "Consultation fees"),
                     actions=tuple(actions))  # fmt: skip

    # ------------------------------------------------------------------ Hindi
    def _in_hindi(self, a: _Analysis, reply: Reply) -> Reply:
        """The same answer in plain Hindi (clinic data such as names and fees stay as they are)."""
        kb = self._kb
        t = kb.texts_hi
        h = kb.helplines
        ctx = self._context
        who = f", {ctx.patient_name}" if ctx is not None and ctx.patient_name else ""
        parts: list[str] = []
        actions = list(reply.actions)
        intent = reply.intent
        if intent == "emergency":
            harm = [f for f in a.flags if f.kind == "self_harm"]
            medical = [f for f in a.flags if f.kind != "self_harm"]
            if harm:
                parts.append(t["self_harm"] + "\n" + _bullets(harm[0].instructions_hi))
            if medical or not harm:
                parts.append(t["emergency"])
                for flag in medical[:2]:
                    parts.append(f"{flag.label_hi}:\n{_bullets(flag.instructions_hi)}")
            names = {h["emergency"]: "आपातकाल", h["ambulance"]: "एम्बुलेंस"}
            actions = [
                ChatAction(x.kind, f"{names.get(x.value, 'Tele-MANAS')} {x.value}", x.value) if x.kind == "call" else x
                for x in reply.actions
            ]
        elif intent == "greeting":
            toks = set(a.tokens)
            key = "thanks" if toks & kb.words.thanks else "bye" if toks & self._kb.words.goodbyes else "greeting"
            parts.append(t[key].format(who=who))
        elif intent == "help":
            parts.append(t["which_doctor"] if reply.text.startswith(_WHICH_DOCTOR_INTRO) else t["help"])
        elif intent == "fallback" and not reply.dose_redirect:
            parts.append(t["empty"] if not a.tokens else t["fallback"])
        elif intent in ("fees", "appointments", "video_link"):
            key = "video" if intent == "video_link" else intent
            # the clinic's own data (names, fees, times) was written in Hindi already; the English
            # guidance around it ("To book: log in…") is replaced by its Hindi text, once
            paragraphs = reply.text.split("\n\n") if ctx is not None else []
            data = [p for p in paragraphs if detect_language(p) == "hi"]
            if len(data) < len(paragraphs) or not data:
                parts.append(t[key])
            parts.extend(data)
        elif intent == "disease_info" and not reply.topics and (unlisted := self._unlisted_condition(a)) is not None:
            parts.append(t["unlisted_condition"].format(name=unlisted))
        elif intent == "disease_info" and not reply.topics and reply.text.startswith(_ILLNESS_IN_GENERAL_INTRO):
            parts.append(t["illness_in_general"])
        elif intent == "remedy" and not reply.topics and reply.text.startswith(_HOME_CARE_INTRO):
            parts.append(t["home_care"])
        else:
            if reply.dose_redirect:
                parts.append(t["dose"])
            parts.extend(self._health_hindi(a, reply))
        if intent != "emergency" and a.flags == [] and intent in HEALTH_INTENTS | {"fallback"} and parts:
            parts.append(t["disclaimer"])
        elif intent == "emergency":
            parts.append(t["disclaimer"])
        actions = [
            ChatAction(x.kind, f"{t['book']}: {kb.speciality_hi.get(x.value, x.value)}", x.value)
            if x.kind == "book_speciality" else x
            for x in actions
        ]  # fmt: skip
        text = "\n\n".join(p for p in parts if p)
        if "112" not in text and intent == "emergency":
            text = t["emergency"] + "\n\n" + text
        return Reply(
            intent=reply.intent, text=text, topics=reply.topics, speciality=reply.speciality,
            suggestions=tuple(self._suggestion_hindi(x) for x in reply.suggestions), actions=tuple(actions),
            language="hi", dose_redirect=reply.dose_redirect,
        )  # fmt: skip

    def _suggestion_hindi(self, suggestion: str) -> str:
        """A suggestion chip in Hindi ("What is dengue?" -> "डेंगू क्या है?"), with a topic's or a complaint's
        Hindi name in its template; as it is when it has no
        Hindi wording. Each Hindi wording, sent back, is understood as its English one is."""
        fixed = self._suggestions_hi.get(suggestion)
        if fixed is not None:
            return fixed
        for pattern, hindi in self._suggestion_templates:
            m = pattern.match(suggestion)
            if m is None:
                continue
            name = m.group("name")
            condition = self._topic_by_short.get(name)
            if "{topic}" in hindi and condition is not None and condition.hi is not None:
                return hindi.format(topic=str(condition.hi["name"]).split(" (")[0].split(" / ")[0])
            if "{complaint}" in hindi and name in self._complaint_hi:
                return hindi.format(complaint=self._complaint_hi[name])
        return suggestion

    def _health_hindi(self, a: _Analysis, reply: Reply) -> list[str]:
        kb = self._kb
        t = kb.texts_hi
        out: list[str] = []
        spec = reply.speciality or "General Physician"
        spec_hi = kb.speciality_hi.get(spec, spec)
        if reply.intent == "symptom_check" or not reply.topics:
            names = [kb.symptoms[s].name_hi or kb.symptoms[s].name for s in a.symptoms]
            for cid in a.conditions:
                hi = kb.conditions[cid].hi
                names.append(str(hi["name"]) if hi else kb.conditions[cid].name)
            described = ", ".join(_unique(names)) or "आपके लक्षण"
            out.append(t["symptom_check"].format(described=described, speciality=spec_hi))
            # what to do now, as in English: the advice for each complaint told
            shown = a.symptoms[:3] or a.generic[:1]
            advice = _unique([kb.symptoms[s].advice_hi for s in shown if kb.symptoms[s].advice_hi])
            if advice:
                out.append(f"{t['what_now']}:\n{_bullets(advice)}")
        for cid in list(reply.topics)[:2]:
            c = kb.conditions[cid]
            hi = c.hi
            if hi is None:
                out.append(f"{c.name}: {c.summary}")
                continue
            if reply.dose_redirect:  # as in English: no care list that could mention amounts
                out.append(f"{hi['name']}: {t['info_warning']}:\n{_bullets(list(hi['warning_signs'])[:3])}")
                continue
            if reply.intent == "disease_info":
                out.append(f"{hi['name']}\n{hi['summary']}")
                if hi["symptoms"]:  # what it is: its signs, as in English
                    out.append(f"{t['info_symptoms']}:\n{_bullets(list(hi['symptoms'])[:6])}")
                else:
                    out.append(f"{t['remedy_title']}:\n{_bullets(list(hi['self_care'])[:4])}")
            elif reply.intent == "remedy":
                if a.cue_phrases & self._kb.words.prevention_asks and hi["prevention"]:  # "dengue se kaise bache"
                    title, items = t["prevention_title"], list(hi["prevention"])
                else:
                    title, items = t["remedy_title"], list(hi["self_care"])
                out.append(f"{hi['name']}: {title}\n{_bullets(items[:6])}")
            else:
                out.append(f"{hi['name']}: {hi['summary']}")
            out.append(f"{t['info_warning']}:\n{_bullets(list(hi['warning_signs'])[:4])}")
        if a.child:
            out.append(t["child_note"])
        elif a.pregnant:
            out.append(t["pregnancy_note"])
        elif a.elderly:
            out.append(t["elderly_note"])
        out.append(f"{t['info_doctor']}: {spec_hi}")
        if reply.intent == "symptom_check":
            out.append(t["see_doctor_today"])
        if reply.speciality and self._context is not None:  # the clinic's doctors, as in English
            block = self._doctor_block(reply.speciality, lang="hi", seen=a.doctors_seen)
            if block:
                out.append(block)
        return out

    # ------------------------------------------------------------------ small talk
    def _greeting(self, a: _Analysis) -> Reply:
        ctx = self._context
        who = f", {ctx.patient_name}" if ctx is not None and ctx.patient_name else ""
        toks = set(a.tokens)
        if toks & self._kb.words.thanks:
            text = "You're welcome! Take care, and ask me anything else any time."
        elif toks & self._kb.words.goodbyes:
            text = f"Goodbye{who}! Take care."
        else:
            text = (
                f"Namaste{who}! I'm the MedLink health assistant. Ask me about common illnesses, home care, "
                "which doctor to see, consultation fees, your appointments or your video-call link."
            )
        return Reply("greeting", text, suggestions=_DEFAULT_SUGGESTIONS)

    def _help(self) -> Reply:
        h = self._kb.helplines
        text = (
            "I can help you with:\n"
            + _bullets([
                "Health information: \"What is dengue?\", \"Tell me about PCOS\"",
                "Home care and prevention: \"Home remedies for acidity\", \"How to prevent malaria\"",
                "Which doctor to see: \"I have fever and headache since 2 days\", \"My knee hurts\"",
                "Consultation fees: \"What does the cardiologist charge?\"",
                "Your appointments and Google Meet links (after you log in)",
            ])
            + f"\n\nI can't diagnose or prescribe medicines. In an emergency call {h['emergency']} or {h['ambulance']}."
        )
        return Reply("help", text, suggestions=_DEFAULT_SUGGESTIONS)

    def _which_doctor(self) -> Reply:
        """ "Which doctor should I see?" asked alone: the complaint is needed to say; meanwhile, the
        clinic's specialities and what each one sees."""
        text = (
            _WHICH_DOCTOR_INTRO
            + "\n"
            + _bullets(f"{spec}: {what}" for spec, what in _SPECIALITY_GUIDE)
            + f"\n\nIn an emergency call {self._kb.helplines['emergency']} or {self._kb.helplines['ambulance']}."
        )
        return Reply("help", text, suggestions=_WHICH_DOCTOR_SUGGESTIONS)

    def _fallback(self, *, empty: bool) -> Reply:
        text = (
            "Please type your question, for example \"What is dengue?\"."
            if empty
            else "Sorry, I didn't understand that. I can answer questions about common health problems, "
            "suggest which doctor to see, and help with fees, appointments and video-call links."
        )
        return Reply("fallback", text, suggestions=_DEFAULT_SUGGESTIONS)


#: a clause about how things were before ("pehle roz hilta tha", "it used to", "earlier it was fine")
_PAST_STATE = re.compile(
    r"\b(pehle|pahle|pehele|earlier|before|previously|formerly|used to|tha|thi|the|was|were)\b"
)
#: an old event happening again now ("aaj phir wahi dard", "phir se", "again", "dobara")
_RECURRENCE = re.compile(
    r"\b((phir|fir|phr) (se|wahi|vahi|wohi|waisa|waisi|wapas|shuru|ho|hua|hui|aa|aaya|aayi|aaye)|phirse|firse"
    r"|dobara|dubara|dobaara|again|once more|wapas (aa|ho|shuru)\w*|same (pain|thing|symptoms?|feeling)|aaj|today)\b"
)
#: the same event told again ("wahi ho raha hai", "it is happening", "the same")
_SAME_EVENT = re.compile(
    r"\b(wahi|vahi|wohi|waisa|vaisa|waisi|vaisi|waise|vaise|same|happening|ho (raha|rahi|rahe|gaya|gayi)|"
    r"hua hai|hui hai|aa (raha|rahi|gaya|gayi)|shuru)\b"
)
#: the signs that are over once told as done ("attack aaya tha", "behosh ho gayi thi", "gir gaye the"), so that
#: a question of what may be done now follows them; not a poison, a bite, bleeding or self-harm, which go on
_OVER_WHEN_TOLD_DONE = frozenset({"heart_attack", "chest_pain", "stroke_word", "stroke_signs", "seizure", "unconscious",
                                  "head_injury", "breathing", "severe_asthma"})
#: an event told as done and over: the Hindi pluperfect ("aaya tha", "hua tha", "gir gaye the", "pad gayi thi")
#: and the English simple past of an illness ("had a stroke", "suffered a heart attack")
_TOLD_DONE = re.compile(
    r"\b(aaya|aayi|aaye|aya|ayi|aye|hua|hui|hue|huwa|pada|padi|pade|gaya|gayi|gaye|gya|gyi|gye|gai|laga|lagi|lage)"
    r" (tha|thi|the|thin)\b|\b(had|suffered) (a|an|his|her|a mild|a minor|a major|a small)\b"
    # Marathi "aala hota", Gujarati "aavyo hato", Punjabi "aaya si"
    r"|\b(aala|ala|aali|zala|jhala|padla|padli) (hota|hoti|hote)\b|\b(aavyo|avyo|aavi|thayo|thai|padyo|padi) (hato|hati|hatu)\b"
    r"|\b(aaya|aayi|hoya|hoyi|peya|pai) (si|see)\b"
)
#: a time that makes an event told as done recent ("abhi", "aadha ghanta pehle", "subah", "kal raat", "an hour ago")
_RECENT = re.compile(
    r"\b(abhi|abhie|just|aaj|today|tonight|subah|sham|shaam|raat|kal|yesterday|thodi der|der pehle|minute|minutes"
    r"|minat|minit|min|mins|ghanta|ghante|ghanton|hour|hours|hr|hrs|ago|this morning|earlier today)\b"
)
#: a question of urgent care after the event ("hospital le jaye ki nahi", "aspirin de sakte hai", "doctor ko dikhaye")
_URGENT_ASK = re.compile(
    r"\b(hospital|aspatal|aspataal|ambulance|108|112|emergency|doctor|daktar|dr|aspirin|ecosprin|disprin|sorbitrate"
    r"|dawa|dawai|dawaai|davai|goli|tablet|tablets|medicine|medicines|injection|cpr|oxygen)\b"
)
#: the word that turns from the event to now ("ab", "now", "ab se")
_NOW_ASKED = frozenset({"ab", "now", "aab", "hun", "ippo", "ekhon", "aata", "ata", "have", "hune"})
_NOW_WORD = re.compile(r"\b(ab|now|aab|hun|ippo|ekhon|aata|ata|have|hune)\b")
#: a question of what may be done now: a yes-or-no ("jaye ki nahi"), "can", "should", "safe", what to keep to
_RESUME_ASK = re.compile(
    r"\b(ki nahi|ki nahin|ya nahi|ya nahin|ke nahi|sakte|sakta|sakti|sakenge|sakega|sakegi|chahiye|chaiye|chahie"
    r"|dhyan|parhez|parhej|pahez|can (he|she|i|we|they|my \w+)|should (he|she|i|we|they)|is it (ok|okay|safe|fine)"
    r"|safe|allowed|shake|shakshe|shakat|shakto|shakta|shaktat|shakte|shakel|sakde|sakda|sakdi|parbe|parben|cholbe)\b"
)
#: a complaint told as going on now ("dard ho raha hai", "bol nahi pa rahe", "she is vomiting", "cant walk")
_ONGOING = re.compile(
    r"\b(raha|rahi|rahe|rha|rhi|rhe|reha|rehi)\b|\bho (gaya|gayi|gaye|gya|gyi|gye) (hai|hain|he|h)\b"
    r"|\b(is|are|am|keeps?) \w+ing\b|\b(cant|cannot|unable|not able)\b|\b(nahi|nhi|nahin) (aa|ho|le|bol|uth|chal|khul)\b"
)
#: a denied recurrence ("phir kabhi nahi hua", "never again")
#: concepts that say who a message is about or a state, not a complaint that can come back
_WHO_CONCEPTS = frozenset({"pregnant", "baby", "newborn", "@child", "@young_infant", "diabetic_insulin",
                           "after_delivery", "early_months", "dikro"})
_DENIAL = re.compile(r"\b(nahi|nahin|nhi|na|not|no|never|kabhi nahi)\b")
#: words of politeness, which report nothing ("please advise how to prevent ...")
_POLITE = re.compile(r"\b(please|plz|pls|kindly|kripya)\b")
#: the asker in a question of what to do ("how can i prevent", "what should we avoid"): no report
_ASKER = re.compile(r"\b(can|could|should|shall|do|may|must) (i|we)\b")
#: the signs that a long spell ("2 hafte se", "for 3 months") tells as a complaint of long standing; not
#: a poison, a bite, a pregnancy ("aath mahine se pet se hai"), a baby, self-harm or a sugar out of range
_LONG_STANDING_FLAGS = frozenset({"chest_pain", "breathing", "stroke_signs", "stroke_word", "seizure", "unconscious", "bleeding", "severe_abdomen"})
#: a sign that goes on from before ("still weak") and one that starts anew ("suddenly", "again")
_STILL = re.compile(r"\b(still|abhi bhi|ab bhi|ab tak|abhi tak|since then|tab se|tabse|tab say)\b")
_SUDDEN = re.compile(r"\b(sudden|suddenly|achanak|achaanak|ekdam|ek dam|again|phir se|dobara)\b")
#: words of a plea or of hurry, which in a question tell nothing as happening ("urgent: how to prevent ...")
_PLEA = re.compile(r"\b(help|urgent|urgently|hurry|quick|quickly|asap|please|plz|pls|kindly|kripya|jaldi|jldi|reply)\b")
#: a question about preventing an event, not a report of one (the forms of "bachana" are the knowledge
#: base's ``language.keep_from_forms``, joined in by :func:`_prevention` once, when the engine is made)
_PREVENTION_WORDS = r"prevent\w*|avoid\w*|precautions?|savdhani\w*|saavdhani\w*|rokne|rokein|roke"
_PREVENTION_PURPOSE = (
    # a purpose told with a negated wish: "taaki dobara na aaye", "attack na aaye iske liye", "kya khilayein
    # ki gale me na atke", "so that it does not happen again"
    r"|\b(taaki|taki|takki|tak ki)\b.{0,40}\b(na|nahi|naa)\b"
    r"|\b(na|naa|nahi) \w+ (iske|uske|is ke|us ke|jiske) (liye|lie|liye kya)\b"
    r"|\b(kya|kaise|kaisa|kaun|kaunsa|kaunsi)\b.{0,40}\b(ki|ke) .{0,25}\b(na|naa) (\w+e|\w+en|\w+ein|ho|aaye|aye|jaye|jaaye)\b"
    r"|\bso that (it|he|she|they|this|the \w+) (does ?n[o']?t|do ?n[o']?t|never|wont|will not)\b"
)


def _prevention(keep_from: frozenset[str]) -> re.Pattern[str]:
    """The words of prevention ("prevent", "precautions", "rokne") and *keep_from*, the forms of "bachana"
    ("kaise bachayein", "bachane ke liye"), as whole words, or a purpose told with a negated wish."""
    forms = "|".join(re.escape(w) for w in sorted(keep_from))
    return re.compile(r"\b(" + _PREVENTION_WORDS + "|" + forms + r")\b" + _PREVENTION_PURPOSE)


#: the endings of disease names (a condition the knowledge base does not describe is still one):
#: leptospirosis, cardiomyopathy, thalassemia, sarcoidosis, vasculitis, lymphoma, fibromyalgia
_CONDITION_NAME = re.compile(
    r"^[a-z]{4,}(?:osis|oses|itis|pathy|aemia|emia|oma|omas|iasis|algia|plasia|trophy|megaly|philia|penia|sclerosis"
    r"|ectasis|plegia|rrhoea|rrhea|uria)$"
)

#: the sentences around the clinic's own data (doctors, fees, slots, appointments, links), in English;
#: the knowledge base's ``data_texts_hi`` has the same keys in Hindi
DATA_TEXTS: dict[str, str] = {
    "doctor_line": "{name}{speciality}: fee {fee}, next free slot {when}",
    "doctor_line_no_slot": "{name}{speciality}: fee {fee}, no free slot in the coming days",
    "clinic_doctors": "{speciality} doctors at our clinic:",
    "no_doctor": "No {speciality} is available at our clinic right now. The front desk can guide you, and a "
                 "General Physician can see you first.",
    "fee_found": "Consultation fee:",
    "doctor_not_found": "I couldn't find a doctor called \"{name}\" at our clinic.",
    "fees_of": "{speciality} consultation fees:",
    "no_speciality_now": "No {speciality} is available at our clinic right now.",
    "fees_all": "Consultation fees at our clinic:",
    "no_doctors_listed": "No doctors are listed at the moment. Please ask at the front desk.",
    "fees_unreadable": "I couldn't read the fee list just now. Please ask at the front desk.",
    "meetings_heading": "Your online consultations:",
    "meeting_line": "{name}, {when}: {link}",
    "meeting_no_link": "{name}, {when}: link not ready yet; it will appear in \"My appointments\"",
    "join_tip": "Join a few minutes early, with a good internet connection and your reports at hand.",
    "join_action": "Join {name} ({when})",
    "appointments_heading": "Your upcoming appointments, {patient}:",
    "appointment_line": "{when}: {name} ({speciality}), {mode}, {status}",
}  # fmt: skip

_WHICH_DOCTOR_INTRO = (
    "Tell me what the problem is (for example \"fever and cough since 3 days\" or \"knee pain when climbing "
    "stairs\"), who it is for and since when, and I will suggest the right doctor. If you are not sure, start "
    "with a General Physician. The doctors at the clinic:"
)
#: each speciality and the everyday complaints it sees ("which doctor should I see?" asked alone)
_SPECIALITY_GUIDE: tuple[tuple[str, str], ...] = (
    ("General Physician", "fever, cold, cough, weakness, BP and sugar check-ups, anything you are unsure of"),
    ("Paediatrician", "children and babies"),
    ("Gynaecologist", "periods, pregnancy, white discharge, family planning"),
    ("Cardiologist", "heart, chest pain on exertion, high BP, cholesterol"),
    ("Endocrinologist", "diabetes (sugar), thyroid, weight"),
    ("Gastroenterologist", "acidity, stomach pain, loose motions, constipation, jaundice, piles"),
    ("Pulmonologist", "long cough, asthma, breathlessness, TB"),
    ("Orthopaedist", "bones and joints, back, neck and knee pain, sprains"),
    ("Neurologist", "headache, fits, numbness, tremor, memory"),
    ("Dermatologist", "skin, hair and nails: rashes, itching, pimples, hair fall"),
    ("ENT", "ear, nose and throat: ear pain, sinus, sore throat, hearing"),
    ("Ophthalmologist", "eyes: red eyes, blurred vision, glasses, cataract"),
    ("Psychiatrist", "stress, low mood, anxiety, sleep, addiction"),
    ("Urologist", "urine problems, kidney stones, prostate"),
    ("Dentist", "teeth and gums, mouth ulcers"),
)
_WHICH_DOCTOR_SUGGESTIONS: tuple[str, ...] = ("I have fever and headache", "My knee hurts", "Consultation fees")

_DEFAULT_SUGGESTIONS: tuple[str, ...] = (
    "What is dengue?",
    "I have fever and headache",
    "Consultation fees",
    "When is my next appointment?",
)


def _forms_of_address(tokens: Sequence[str], neighbours: frozenset[str]) -> list[int]:
    """Indexes of "sir" used as a way of address: at the start or the end of a clause, beside a
    question word, a polite word or a greeting (*neighbours*: ``language.address_neighbours``), not the
    Hindi "sir" (the head: "sir dard", "sir me chot")."""
    out: list[int] = []
    for i, tok in enumerate(tokens):
        if tok != "sir":
            continue
        before = tokens[i - 1] if i else BOUNDARY
        after = tokens[i + 1] if i + 1 < len(tokens) else BOUNDARY
        if (before == BOUNDARY or before in neighbours) and (after == BOUNDARY or after in neighbours):
            out.append(i)
    return out


#: the concepts of a high-energy injury ("bike se accident", "chhat se gir gaya")
_HIGH_ENERGY = frozenset({"high_energy_injury", "big_fall", "vehicle_hit", "height_place"})


def _blood_told_stopped_dropped(tokens: Sequence[str], found: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """ "sar takraya, thoda khoon aaya tha, ab khoon ruk gaya", "bleeding stopped": the blood told up to where
    the bleeding is said to have stopped is no sign of its own (a blood word after it is: "khoon ruk gaya tha,
    phir se khoon aa raha hai"); the other signs told beside it still count ("khoon ruk gaya par ulti")."""
    stopped = [(s, e) for name, s, e in found if name == "bleeding_stopped_told"]
    if not stopped or any(name in _HIGH_ENERGY for name, _s, _e in found):
        return found  # a road accident or a fall from a height is a danger even when the bleeding stopped
    blood = {
        tokens[s] for name, s, e in found if name == "bleeding_any" and e == s + 1 and any(st <= s < en for st, en in stopped)
    }
    last = max(e for _s, e in stopped)
    return [f for f in found if not (f[2] == f[1] + 1 and f[1] < last and tokens[f[1]] in blood)]


def _neither_nor(tokens: Sequence[str], start: int, window: int, neither: frozenset[str]) -> bool:
    """Is the word at *start* one of a pair denied by "na ... na ..." ("na behosh hua na ulti hui", "na to saans
    ruki, na daura pada")? A *neither* word (``language.negation.neither``) within *window* words before it, in a
    clause that has two of them, the first among the clause's first three words (not the "na" of a plea: "batao
    na")."""
    first = start
    while first and tokens[first - 1] != BOUNDARY:
        first -= 1
    last = start
    while last < len(tokens) and tokens[last] != BOUNDARY:
        last += 1
    nas = [k for k in range(first, last) if tokens[k] in neither]
    if len(nas) < 2 or nas[0] - first > 2:
        return False
    return any(start - window <= k < start for k in nas)


def _wished_away(tokens: Sequence[str], at: int, words: LanguageWords) -> bool:
    """Does the verb at *at* (after "na") wish the event away ("na houn", "na ho jaye")?"""
    word = tokens[at]
    if word in words.wished_forms:
        return True
    if word in words.wish_auxiliaries and at + 1 < len(tokens):
        following = tokens[at + 1]
        return following in words.wished_forms or following in ("to", "toh", BOUNDARY, "isliye", "iske")
    return word == "ho" and at + 1 == len(tokens)


def _told_as_future(a: _Analysis, concept: str, start: int, words: LanguageWords) -> bool:
    """Is the concept term at token *start* followed by its verb in the future ("heart attack aa
    jayega", "behosh ho jaungi", "attack hoga")? A forecast or a fear, not the event now."""
    names = concept.split("|")
    ends = [e for name, s, e in a.found if s == start and name in names]
    if not ends:
        return False
    return _future_after(a.tokens, max(ends), words)


def _nearly_spans(a: _Analysis) -> list[tuple[int, int]]:
    """Token spans told as nearly happening: a doubled verb and "bach*" ("heart attack aate aate
    bacha", "behosh hote hote bachi", "girte girte bache") with the few words before it in its
    clause. What nearly happened did not happen."""
    tokens = a.tokens
    spans: list[tuple[int, int]] = []
    if not any(t.startswith("bach") for t in tokens):
        return spans
    for k in range(len(tokens) - 2):
        word = tokens[k]
        if word == tokens[k + 1] and word.endswith(("te", "ti")) and tokens[k + 2].startswith("bach"):
            first = k
            while first > max(0, k - 4) and a.clause_of[first - 1] == a.clause_of[k]:
                first -= 1
            spans.append((first, k + 3))
    return spans


def _future_after(tokens: Sequence[str], end: int, words: LanguageWords) -> bool:
    """Is the verb right after token *end* (past "aa", "ho", "to") in the future ("jayega", "hoga")?"""
    k = end
    while k < len(tokens) and k < end + 3 and tokens[k] in words.future_auxiliaries:
        k += 1
    return k < len(tokens) and tokens[k] in words.future_forms


def _unique_actions(actions: Iterable[ChatAction]) -> list[ChatAction]:
    seen: set[tuple[str, str]] = set()
    out: list[ChatAction] = []
    for action in actions:
        key = (action.kind, action.value)
        if key not in seen:
            seen.add(key)
            out.append(action)
    return out
