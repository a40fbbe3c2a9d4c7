"""The patient-written question set and its fixed development / held-out split.

``patient_questions.json`` was written from personas (a diabetic shopkeeper typing
Hinglish, a mother typing Devanagari, a student typing short misspelled English, a
husband of a pregnant woman, an elderly widow, …) and a list of primary-care topics,
before the knowledge base was studied. Each item has ``q`` and ``intent`` and may have
``topics`` (every one must be among the reply's topics), ``lang`` (``"hi"``: the answer
must be in Hindi), ``dose`` (a request for a dose: the answer must redirect to a doctor
or pharmacist and contain no dose; the intent is not scored) ``category`` (the
triage category of an emergency) and ``batch`` (which writing round it came from; the
first rounds have none).

The split is deterministic: the first byte of SHA-256 of the question decides; about
60 % is the development part, 40 % the held-out part. The engine is tuned on the
development part only; the held-out part is measured, never tuned on.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PATIENT_QUESTIONS = Path(__file__).with_name("patient_questions.json")


def split_of(question: str) -> str:
    """``"dev"`` or ``"heldout"`` for one question (stable across runs and machines)."""
    first = hashlib.sha256(question.encode("utf-8")).digest()[0]
    return "dev" if first % 10 < 6 else "heldout"


#: the batches folded in after the last tuning (each item's ``batch``; the items of the first
#: batches have none). Their development parts are newer than the tuning: the strict development
#: checks (every emergency recognised, no false alarm) hold for the other batches, these are held to a
#: floor. Empty while every batch of the set has been worked on through its development part and every
#: development emergency is recognised (the next batch waits, unseen, in ``patient_questions_next.json``;
#: when it is folded in, its label goes here until that holds for it too).
UNTUNED_BATCHES: frozenset[str] = frozenset({"AJ-AK", "AL-AM", "AN-AO", "AP-AQ", "AR-AS"})


def tuned_dev() -> list[dict[str, Any]]:
    """The development questions of the batches the engine has been tuned on (not ``UNTUNED_BATCHES``)."""
    return [item for item in load("dev") if item.get("batch") not in UNTUNED_BATCHES]


def load(part: str | None = None) -> list[dict[str, Any]]:
    """All items, or only those of ``part`` (``"dev"`` / ``"heldout"``)."""
    data = json.loads(PATIENT_QUESTIONS.read_text(encoding="utf-8"))
    assert isinstance(data, list)
    if part is None:
        return data
    return [item for item in data if split_of(str(item["q"])) == part]


#: the set was labelled with everyday topic names before the knowledge base was read;
#: these are the knowledge base's ids for the same topics
TOPIC_ALIASES = {
    "flu": "influenza",
    "heart_disease": "coronary_artery_disease",
    "jaundice": "jaundice_hepatitis",
    "hepatitis": "jaundice_hepatitis",
}

_DOSE_PATTERN = re.compile(r"\b\d+(?:\.\d+)?\s*(?:mg(?!\s*/\s*dl)|ml|mcg|units?|iu|puffs?|tablets? (?:a|per|every)|times a day)\b", re.I)
_REDIRECT_WORDS = ("pharmacist", "फार्मासिस्ट")


@dataclass
class Score:
    """Figures of one run over a list of items."""

    total: int = 0
    correct: int = 0
    emergencies: int = 0
    emergencies_found: int = 0
    non_emergencies: int = 0
    false_alarms: int = 0
    hindi: int = 0
    hindi_answered: int = 0
    failures: list[str] = field(default_factory=list)
    missed_emergencies: list[str] = field(default_factory=list)
    false_emergencies: list[str] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 1.0

    @property
    def recall(self) -> float:
        return self.emergencies_found / self.emergencies if self.emergencies else 1.0

    @property
    def false_alarm_rate(self) -> float:
        return self.false_alarms / self.non_emergencies if self.non_emergencies else 0.0

    def summary(self, part: str) -> str:
        return (
            f"{part:8s} overall {self.correct}/{self.total} = {100 * self.accuracy:5.1f}%  "
            f"emergency recall {self.emergencies_found}/{self.emergencies} = {100 * self.recall:5.1f}%  "
            f"false alarms {self.false_alarms}/{self.non_emergencies} = {100 * self.false_alarm_rate:4.1f}%  "
            f"Hindi answered {self.hindi_answered}/{self.hindi}"
        )


def item_ok(reply: Any, item: dict[str, Any]) -> bool:
    """Is *reply* a correct answer to *item*? (see the module docstring)"""
    expected = str(item["intent"])
    if item.get("dose"):
        ok = (
            reply.intent != "emergency"
            and any(w in reply.text for w in _REDIRECT_WORDS)
            and not _DOSE_PATTERN.search(reply.text)
        )
    else:
        ok = reply.intent == expected
    ok = ok and all(TOPIC_ALIASES.get(t, t) in reply.topics for t in item.get("topics", []))
    if item.get("lang") == "hi":
        ok = ok and getattr(reply, "language", "en") == "hi"
    return ok


def score(bot: Any, items: list[dict[str, Any]]) -> Score:
    result = Score()
    for item in items:
        q = str(item["q"])
        reply = bot.reply(q)
        ok = item_ok(reply, item)
        result.total += 1
        result.correct += ok
        if item.get("lang") == "hi":
            result.hindi += 1
            result.hindi_answered += getattr(reply, "language", "en") == "hi"
        if item["intent"] == "emergency":
            result.emergencies += 1
            if reply.intent == "emergency":
                result.emergencies_found += 1
            else:
                result.missed_emergencies.append(q)
        else:
            result.non_emergencies += 1
            if reply.intent == "emergency":
                result.false_alarms += 1
                result.false_emergencies.append(q)
        if not ok:
            result.failures.append(
                f"{q!r}: expected {item['intent']} {item.get('topics', [])}"
                f"{' dose' if item.get('dose') else ''}{' hi' if item.get('lang') == 'hi' else ''}, "
                f"got {reply.intent} {list(reply.topics)} {getattr(reply, 'language', 'en')}"
            )
    return result
