"""How the chatbot's answers hold up when the development questions are typed a little differently.

Run: ``python bench/robustness_chatbot.py [--show N]``. Each development question typed in Latin
letters is changed in one way patients change their messages — a slip of one letter, one word
written without its vowels (SMS), a word of greeting or hurry before or after it, no punctuation —
and answered again; each one in Devanagari gets a confused vowel sign (ी / ि, ै / े…), a vowel sign left
out or two of its words typed as one. Printed per kind of change: the emergencies recognised before and missed after,
and the other health questions answered calmly before and with the emergency answer after.
``--show N`` prints N changed messages of each kind. The changes are seeded, so runs repeat.

Only the development part is used (the held-out part is never tuned on). A figure here is a place to
look for a rule that depends on one spelling or on punctuation, not a score.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "chatbot"))

from patient_set import load  # noqa: E402

from medlink.chatbot import ChatBot  # noqa: E402

_HEALTH = ("symptom_check", "remedy", "disease_info")
_BEFORE = ("bhai jaldi batao ", "please help ", "sir ", "urgent ", "hello doctor ", "kya karu ")
_AFTER = (" kya karu", " please help", " jaldi batao", " what to do", " plz reply", " 🙏")


def _words(text: str, min_len: int) -> list[int]:
    return [k for k, w in enumerate(text.split()) if len(w) >= min_len and w.isascii() and w.isalpha()]


def _change_one_word(rnd: random.Random, text: str, min_len: int, change: Callable[[str], str]) -> str:
    """``text`` with one of its Latin words of at least ``min_len`` letters, picked by ``rnd``, changed by
    ``change``; as it is when it has none."""
    words = text.split()
    spots = _words(text, min_len)
    if not spots:
        return text
    k = rnd.choice(spots)
    words[k] = change(words[k])
    return " ".join(words)


def _change_one_char(rnd: random.Random, text: str, eligible: Callable[[str], bool], change: Callable[[str], str]) -> str:
    """``text`` with one of its ``eligible`` characters, picked by ``rnd``, replaced by ``change(char)`` (which
    may be empty); as it is when it has none."""
    spots = [i for i, ch in enumerate(text) if eligible(ch)]
    if not spots:
        return text
    i = rnd.choice(spots)
    return text[:i] + change(text[i]) + text[i + 1 :]


def perturbations(rnd: random.Random) -> dict[str, Callable[[str], str]]:
    def slip(word: str) -> str:
        p = rnd.randrange(1, len(word) - 1)
        kind = rnd.choice("dsi")  # a letter left out, two swapped, one typed twice
        if kind == "d":
            return word[:p] + word[p + 1 :]
        if kind == "s":
            return word[:p] + word[p + 1] + word[p] + word[p + 2 :]
        return word[:p] + word[p] + word[p:]

    def sms(word: str) -> str:
        return word[0] + re.sub("[aeiou]", "", word[1:])

    return {
        "a slip of one letter": lambda text: _change_one_word(rnd, text, 4, slip),
        "one word without vowels": lambda text: _change_one_word(rnd, text, 5, sms),
        "a word before it": lambda text: rnd.choice(_BEFORE) + text,
        "a word after it": lambda text: text + rnd.choice(_AFTER),
        "no punctuation": lambda text: re.sub(r"[.,;:!?()'\"/-]", " ", text),
    }


#: vowel signs confused with their neighbour when typing Devanagari (ी / ि, ू / ु, े / ै, ो / ौ)
_VOWEL_SWAPS = {"\u0940": "\u093f", "\u093f": "\u0940", "\u0942": "\u0941", "\u0941": "\u0942",
                "\u0947": "\u0948", "\u094b": "\u094c"}


def devanagari_perturbations(rnd: random.Random) -> dict[str, Callable[[str], str]]:
    def joined(text: str) -> str:
        words = text.split()
        if len(words) < 3:
            return text
        k = rnd.randrange(len(words) - 1)
        return " ".join([*words[:k], words[k] + words[k + 1], *words[k + 2 :]])

    def swappable(ch: str) -> bool:
        return ch in _VOWEL_SWAPS

    def a_vowel_sign(ch: str) -> bool:
        return ch in _VOWEL_SWAPS or ch == "\u093e"

    return {
        "a confused vowel sign": lambda text: _change_one_char(rnd, text, swappable, _VOWEL_SWAPS.__getitem__),
        "a vowel sign left out": lambda text: _change_one_char(rnd, text, a_vowel_sign, lambda ch: ""),
        "two words typed as one": joined,
    }


def _measure(bot: ChatBot, items: list[dict[str, object]], changes: dict[str, Callable[[str], str]], show: int) -> None:
    emergencies = [str(i["q"]) for i in items if i["intent"] == "emergency"]
    calm = [str(i["q"]) for i in items if i["intent"] in _HEALTH]
    emergencies = [q for q in emergencies if bot.reply(q).intent == "emergency"]
    calm = [q for q in calm if bot.reply(q).intent != "emergency"]
    print(f"{len(emergencies)} emergencies recognised, {len(calm)} health questions answered calmly")
    for name, change in changes.items():
        missed = [c for c in map(change, emergencies) if bot.reply(c).intent != "emergency"]
        alarms = [c for c in map(change, calm) if bot.reply(c).intent == "emergency"]
        print(f"{name:26} emergencies missed {len(missed):4} ({len(missed) / len(emergencies):5.1%})   "
              f"false alarms {len(alarms):4} ({len(alarms) / len(calm):5.1%})")
        for text in missed[:show]:
            print("   missed:", text)
        for text in alarms[:show]:
            print("   alarm: ", text)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--show", type=int, default=0, help="changed messages to print per kind")
    args = parser.parse_args()
    bot = ChatBot()
    dev = load("dev")
    print("development questions in Latin letters:", end=" ")
    _measure(bot, [i for i in dev if str(i["q"]).isascii()], perturbations(random.Random(7)), args.show)
    print("development questions in Devanagari:", end=" ")
    _measure(bot, [i for i in dev if i.get("lang") == "hi"], devanagari_perturbations(random.Random(7)), args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
