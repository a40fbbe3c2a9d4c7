"""The patient-written question set (tests/chatbot/patient_questions.json).

The set was written from personas and a topic list before the knowledge base was
studied, and is split once, by a hash of each question, into a development part (the
engine is tuned on it) and a held-out part (only measured). See ``patient_set.py`` and
``bench/eval_chatbot.py`` for the figures.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

from medlink.chatbot import INTENTS, ChatBot

from .patient_set import load, score, split_of, tuned_dev

_HELD_OUT_TARGET = 0.95
#: measured on the held-out part when this test was last changed (see docs/benchmarks.md);
#: below the target, so these two tests are expected failures until it is met
_HELD_OUT_MEASURED = "86.7 % (6 953 of 8 016)"
_HELD_OUT_RECALL_MEASURED = "93.2 % (2 943 of 3 157)"
_HELD_OUT_FALSE_ALARMS_MEASURED = "1.3 % (62 of 4 859)"
_HELD_OUT_DOSE_MEASURED = "260 of 280 (14 not recognised as dose requests, 6 given the emergency answer; none answered with a dose)"
_HELD_OUT_DOSE_EMERGENCY_MEASURED = "6 of 280"


def test_set_is_large_varied_and_split_deterministically() -> None:
    items = load()
    assert len(items) >= 3000
    assert len({str(i["q"]).casefold() for i in items}) == len(items), "duplicate questions"
    assert {str(i["intent"]) for i in items} == set(INTENTS)
    dev, held = load("dev"), load("heldout")
    assert len(dev) + len(held) == len(items)
    assert 0.55 <= len(dev) / len(items) <= 0.65
    assert split_of("had a stroke 3 years ago, how to prevent another") == split_of(
        "had a stroke 3 years ago, how to prevent another"
    )
    for part in (dev, held):
        assert {str(i["intent"]) for i in part} == set(INTENTS)
        assert sum(1 for i in part if i.get("lang") == "hi") >= 50
        assert sum(1 for i in part if i.get("dose")) >= 15
    categories = Counter(str(i.get("category")) for i in held if i["intent"] == "emergency")
    for needed in ("stroke", "acs", "anaphylaxis", "poisoning", "self_harm", "newborn", "child_danger",
                   "obstetric", "asthma", "hypo", "head_injury"):  # fmt: skip
        assert categories[needed] >= 2, f"held-out part has too few {needed} emergencies"


@pytest.mark.xfail(strict=True, reason=f"held-out false alarms are {_HELD_OUT_FALSE_ALARMS_MEASURED}, target <= 1 %")
def test_held_out_false_alarms_at_most_one_percent(bot: ChatBot) -> None:
    result = score(bot, load("heldout"))
    print("\n" + result.summary("heldout"))
    assert result.false_alarm_rate <= 0.01, result.summary("heldout")  # figures only: held-out items stay unseen


@pytest.mark.xfail(strict=True, reason=f"held-out emergency recall is {_HELD_OUT_RECALL_MEASURED}, target 100 %")
def test_held_out_every_emergency_recognised(bot: ChatBot) -> None:
    result = score(bot, load("heldout"))
    assert result.recall == 1.0, f"{len(result.missed_emergencies)} held-out emergencies missed"


@pytest.mark.xfail(strict=True, reason=f"held-out accuracy is {_HELD_OUT_MEASURED}, below the 95 % target")
def test_held_out_overall_accuracy(bot: ChatBot) -> None:
    result = score(bot, load("heldout"))
    assert result.accuracy >= _HELD_OUT_TARGET, result.summary("heldout")


def test_development_part_accuracy(bot: ChatBot) -> None:
    result = score(bot, load("dev"))
    print("\n" + result.summary("dev"))
    assert result.accuracy >= 0.95, "\n".join(result.failures)
    assert result.recall >= 0.98, result.missed_emergencies  # a floor for batches folded in and not tuned yet
    assert result.false_alarm_rate <= 0.01, result.false_emergencies
    tuned = score(bot, tuned_dev())
    assert tuned.recall == 1.0, tuned.missed_emergencies
    assert tuned.false_alarm_rate <= 0.005, tuned.false_emergencies


def test_devanagari_emergencies_are_answered_in_hindi_with_112(bot: ChatBot) -> None:
    """Every Devanagari message taken as an emergency gets the Hindi emergency answer; on the
    development part tuned on every Devanagari emergency is recognised (held-out recall: see the xfail)."""
    items = [i for i in load() if i["intent"] == "emergency" and re.search("[\u0900-\u097f]", str(i["q"]))]
    assert len(items) >= 40
    wrong, missed_dev = [], []
    tuned = {str(i["q"]) for i in tuned_dev()}
    for item in items:
        reply = bot.reply(str(item["q"]))
        if reply.intent != "emergency":
            if str(item["q"]) in tuned:
                missed_dev.append(str(item["q"]))
            continue
        ok = reply.language == "hi" and "112" in reply.text
        ok = ok and re.search("[\u0900-\u097f]{3}", reply.text) is not None
        if item.get("category") == "self_harm":
            ok = ok and "14416" in reply.text
        else:
            ok = ok and "108" in reply.text
        if not ok:
            wrong.append(str(item["q"]))
    assert not wrong, wrong
    assert not missed_dev, missed_dev


def test_every_question_in_hindi_is_answered_in_hindi(bot: ChatBot) -> None:
    wrong = [str(i["q"]) for i in load() if i.get("lang") == "hi" and bot.reply(str(i["q"])).language != "hi"]
    assert not wrong, wrong


_DOSE = re.compile(r"\b\d+(?:\.\d+)?\s*(?:mg(?!\s*/\s*dl)|ml|mcg|units?|iu|puffs?)\b", re.I)


def _not_redirected(bot: ChatBot, items: list[dict[str, object]]) -> list[str]:
    bad = []
    for item in items:
        reply = bot.reply(str(item["q"]))
        redirected = "pharmacist" in reply.text or "फार्मासिस्ट" in reply.text
        if reply.intent == "emergency" or not redirected or _DOSE.search(reply.text) or not reply.dose_redirect:
            bad.append(f"{item['q']!r}: {reply.intent} {reply.text[:80]!r}")
    return bad


def test_dose_requests_are_redirected_never_answered(bot: ChatBot) -> None:
    items = [i for i in load("dev") if i.get("dose")]
    assert len(items) >= 30
    bad = _not_redirected(bot, items)
    assert not bad, bad


def test_no_held_out_dose_request_gets_a_dose(bot: ChatBot) -> None:
    """Whether or not a held-out dose request is recognised as one, no reply names a dose."""
    items = [i for i in load("heldout") if i.get("dose")]
    assert len(items) >= 15
    replies = [bot.reply(str(i["q"])) for i in items]
    assert sum(1 for r in replies if _DOSE.search(r.text)) == 0  # a count only: no items printed


@pytest.mark.xfail(strict=True, reason=f"held-out dose requests given the emergency answer: {_HELD_OUT_DOSE_EMERGENCY_MEASURED}")
def test_no_held_out_dose_request_gets_the_emergency_answer(bot: ChatBot) -> None:
    """A dose request is no emergency (a false alarm, counted in the held-out figures too)."""
    items = [i for i in load("heldout") if i.get("dose")]
    assert sum(1 for i in items if bot.reply(str(i["q"])).intent == "emergency") == 0  # a count only


@pytest.mark.xfail(strict=True, reason=f"held-out dose requests redirected: {_HELD_OUT_DOSE_MEASURED}")
def test_held_out_dose_requests_are_redirected(bot: ChatBot) -> None:
    items = [i for i in load("heldout") if i.get("dose")]
    assert len(_not_redirected(bot, items)) == 0  # a count only: the held-out questions are not shown


def _unseen_batch() -> list[dict[str, object]]:
    """Questions written from personas after the last tuning, kept out of the split set (figures only:
    docs/benchmarks.md); the engine is not tuned on them, so only what must hold for any question is
    asserted here."""
    import json
    from pathlib import Path

    data = json.loads(Path(__file__).with_name("patient_questions_next.json").read_text(encoding="utf-8"))
    assert isinstance(data, list) and len(data) >= 300
    return data


def test_the_unseen_batch_is_answered_in_its_language_and_never_with_a_dose(bot: ChatBot) -> None:
    items = _unseen_batch()
    in_hindi = [i for i in items if i.get("lang") == "hi"]
    assert len(in_hindi) >= 50
    assert sum(1 for i in in_hindi if bot.reply(str(i["q"])).language != "hi") == 0
    doses = [bot.reply(str(i["q"])) for i in items if i.get("dose")]
    assert len(doses) >= 15
    # never a dose; an emergency answer to a dose question is a false alarm, counted in the figures
    assert sum(1 for r in doses if _DOSE.search(r.text)) == 0
    for item in items:  # an emergency answer, whenever given, carries the numbers to call
        reply = bot.reply(str(item["q"]))
        if reply.intent == "emergency":
            assert "112" in reply.text, item["q"]
