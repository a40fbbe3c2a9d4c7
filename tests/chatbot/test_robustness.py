"""Any input gives a Reply quickly and without errors."""

from __future__ import annotations

import time

from hypothesis import given, settings
from hypothesis import strategies as st

from medlink.chatbot import INTENTS, ChatBot, Reply

_BOT = ChatBot()


def _check(reply: Reply) -> None:
    assert isinstance(reply, Reply)
    assert reply.intent in INTENTS
    assert isinstance(reply.text, str) and reply.text


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text(text: str) -> None:
    _check(_BOT.reply(text))


@settings(max_examples=200, deadline=None)
@given(st.binary())
def test_binary_junk(data: bytes) -> None:
    _check(_BOT.reply(data.decode("latin-1")))
    _check(_BOT.reply(data.decode("utf-8", errors="replace")))


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["fever", "no", "chest", "pain", "sugar", "bp", "not", "nahi", "tips", "dr", "fee",
                                 "what", "is", ".", "!", "?", "help", "link", "my", "appointment", "die", "metformin"]),
                max_size=30))
def test_word_salad(words: list[str]) -> None:
    _check(_BOT.reply(" ".join(words)))


def test_special_inputs() -> None:
    for text in ["", " ", "\n\t", "\x00\x01\x02", "🙂" * 1000, "ज्वर", "\u202e\u200b", "a" * 10000, "?!.,;:" * 500]:
        _check(_BOT.reply(text))


def test_non_string_input_is_tolerated() -> None:
    _check(_BOT.reply(None))  # type: ignore[arg-type]


def test_huge_input_is_fast() -> None:
    huge = ("I have fever and headache. " * 200_000)[:5_000_000]
    junk = "xqzv" * 1_250_000
    for text in (huge, junk, "chest pain " + "blah " * 1_000_000):
        start = time.perf_counter()
        reply = _BOT.reply(text)
        elapsed = time.perf_counter() - start
        _check(reply)
        assert elapsed < 0.05, f"{elapsed * 1000:.1f} ms for a {len(text)} char input"


def test_typical_reply_is_fast() -> None:
    questions = ["what is dengue", "I have fever and headache since 2 days", "diabetes and BP diet tips",
                 "my father has crushing chest pain", "who won the cricket match"]
    for q in questions:  # warm up caches
        _BOT.reply(q)
    start = time.perf_counter()
    for _ in range(200):
        for q in questions:
            _BOT.reply(q)
    per_reply = (time.perf_counter() - start) / 1000
    assert per_reply < 0.005, f"{per_reply * 1000:.2f} ms per reply"
