"""The patient-written question set and its fixed development / held-out split.

``patient_questions.json`` was written from personas (a diabetic shopkeeper typing
Hinglish, a mother typing Devanagari, a student typing short misspelled English, a
husband of a pregnant woman, an elderly widow, …) and a list of primary-care topics,
before the knowledge base was studied. Each item has ``q`` and ``intent`` and may have
``topics`` (every one must be among the reply's topics), ``lang`` (``"hi"``: the answer
must be in Hindi), ``dose`` (a request for a dose: the answer must redirect to a doctor
or pharmacist and contain no dose; the intent is not scored) and ``category`` (the
triage category of an emergency).

The split is deterministic: the first byte of SHA-256 of the question decides; about
60 % is the development part, 40 % the held-out part. The engine is tuned on the
development part only; the held-out part is measured, never tuned on.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

PATIENT_QUESTIONS = Path(__file__).with_name("patient_questions.json")


def split_of(question: str) -> str:
    """``"dev"`` or ``"heldout"`` for one question (stable across runs and machines)."""
    first = hashlib.sha256(question.encode("utf-8")).digest()[0]
    return "dev" if first % 10 < 6 else "heldout"


def load(part: str | None = None) -> list[dict[str, Any]]:
    """All items, or only those of ``part`` (``"dev"`` / ``"heldout"``)."""
    data = json.loads(PATIENT_QUESTIONS.read_text(encoding="utf-8"))
    assert isinstance(data, list)
    if part is None:
        return data
    return [item for item in data if split_of(str(item["q"])) == part]
