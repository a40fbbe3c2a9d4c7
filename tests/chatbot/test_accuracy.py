"""Accuracy on the labelled question set (tests/chatbot/labelled_questions.json).

An item is correct when the intent matches and every labelled topic is among the
reply's topics. Overall accuracy must be >= 95 %; emergencies must be perfect both
ways (every emergency detected, no non-emergency flagged).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from medlink.chatbot import INTENTS, ChatBot

LABELLED = Path(__file__).with_name("labelled_questions.json")


def _load() -> list[dict[str, object]]:
    data = json.loads(LABELLED.read_text(encoding="utf-8"))
    assert isinstance(data, list)
    return data


def test_labelled_set_is_well_formed() -> None:
    data = _load()
    assert len(data) >= 180
    for item in data:
        assert item["intent"] in INTENTS, item
        assert isinstance(item["q"], str)
    intents = Counter(str(item["intent"]) for item in data)
    assert set(intents) == set(INTENTS), "every intent must be represented"


def test_accuracy(bot: ChatBot) -> None:
    data = _load()
    total: Counter[str] = Counter()
    correct: Counter[str] = Counter()
    failures: list[str] = []
    missed_emergencies: list[str] = []
    false_emergencies: list[str] = []
    for item in data:
        question = str(item["q"])
        expected = str(item["intent"])
        topics = [str(t) for t in item.get("topics", [])]  # type: ignore[union-attr]
        reply = bot.reply(question)
        ok = reply.intent == expected and all(t in reply.topics for t in topics)
        total[expected] += 1
        correct[expected] += ok
        if not ok:
            failures.append(f"{question!r}: expected {expected} {topics}, got {reply.intent} {list(reply.topics)}")
        if expected == "emergency" and reply.intent != "emergency":
            missed_emergencies.append(question)
        if expected != "emergency" and reply.intent == "emergency":
            false_emergencies.append(question)

    print("\nper-intent accuracy:")
    for intent in INTENTS:
        if total[intent]:
            print(f"  {intent:14s} {correct[intent]:3d}/{total[intent]:3d}  {100 * correct[intent] / total[intent]:6.1f}%")
    overall = sum(correct.values()) / sum(total.values())
    print(f"  {'OVERALL':14s} {sum(correct.values()):3d}/{sum(total.values()):3d}  {100 * overall:6.1f}%")
    for line in failures:
        print("  FAIL", line)

    assert not missed_emergencies, f"missed emergencies: {missed_emergencies}"
    assert not false_emergencies, f"non-emergencies flagged as emergency: {false_emergencies}"
    assert overall >= 0.95, f"overall accuracy {overall:.1%} < 95%"
