"""Accuracy of the chatbot on the patient-written question set.

Run: ``python bench/eval_chatbot.py [dev|heldout|all] [--fail]``. Prints overall
accuracy, emergency recall, the false-alarm rate and the Hindi-answer rate for the
chosen part (default: held-out first, then development). ``--fail`` lists misses.
Scoring is shared with ``tests/chatbot/test_patient_questions.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "chatbot"))

from patient_set import load, score  # noqa: E402

from medlink.chatbot import ChatBot  # noqa: E402


_PARTS = ("dev", "heldout", "all")
_FLAGS = ("--fail",)


def main() -> int:
    if any(a in ("-h", "--help") for a in sys.argv[1:]):
        print(__doc__)
        return 0
    unknown = [a for a in sys.argv[1:] if a not in _PARTS and a not in _FLAGS]
    if unknown:  # a mistyped argument must not fall back to measuring every part
        print(f"unknown argument(s): {' '.join(unknown)}; use {' | '.join(_PARTS)} and {' '.join(_FLAGS)}")
        return 2
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    parts = args or ["heldout", "dev"]
    bot = ChatBot()
    for part in parts:
        items = load(None if part == "all" else part)
        result = score(bot, items)
        print(result.summary(part))
        if "--fail" in sys.argv:
            for line in result.failures:
                print("  FAIL", line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
