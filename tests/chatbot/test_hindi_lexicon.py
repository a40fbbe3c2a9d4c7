"""The Hindi lexicon file (resources/chatbot/hindi_lexicon.json): the shipped one loads, a malformed one is refused."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from medlink.chatbot.hindi import HindiLexiconError, hindi_lexicon, load_hindi_lexicon, romanise_token
from medlink.installation import REQUIRED_RESOURCES
from medlink.paths import resource_path

SHIPPED = resource_path("chatbot", "hindi_lexicon.json")


def _shipped() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(SHIPPED.read_text(encoding="utf-8"))
    return data


def test_the_shipped_lexicon_loads_and_is_what_the_assistant_reads() -> None:
    assert "chatbot/hindi_lexicon.json" in REQUIRED_RESOURCES  # --self-check and the bundle tests look for it
    lexicon = load_hindi_lexicon()
    assert len(lexicon.words) > 800 and lexicon.words["दर्द"] == "dard" and lexicon.words["प्रोस्टेट"] == "prostate"
    assert lexicon.words["लडका"] == "boy"  # a nukta spelling is read as the plain one
    assert "में" in lexicon.particles and lexicon.joined_particles[:2] == ("में", "मे")
    assert lexicon.vowel_slips["\u094c"] == "\u094b" and "\u0940\u0902" in lexicon.left_out
    assert hindi_lexicon() is hindi_lexicon() and hindi_lexicon().words == lexicon.words
    assert romanise_token("सीने") == "seene"
    every_group = [group for table in _shipped().values() if isinstance(table, list) for group in table]
    assert every_group and all(str(group["note"]).strip() for group in every_group)


def test_the_lexicon_is_read_on_the_first_devanagari_word_not_at_start_up() -> None:
    code = (
        "from medlink.chatbot import ChatBot\n"
        "from medlink.chatbot.hindi import hindi_lexicon\n"
        "bot = ChatBot()\n"
        "bot.reply('I have fever since two days')\n"
        "before = hindi_lexicon.cache_info().currsize\n"
        "bot.reply('मुझे बुखार है')\n"
        "print(before, hindi_lexicon.cache_info().currsize)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["0", "1"]


def _group(data: dict[str, Any], table: str = "lexicon", index: int = 0) -> dict[str, Any]:
    group: dict[str, Any] = data[table][index]
    return group


def _not_an_object(data: dict[str, Any]) -> None:
    data["lexicon"][0] = ["दर्द", "dard"]


def _no_note(data: dict[str, Any]) -> None:
    del _group(data)["note"]


def _blank_note(data: dict[str, Any]) -> None:
    _group(data, "particles")["note"] = "  "


def _unknown_field(data: dict[str, Any]) -> None:
    group = _group(data, "loanwords")
    group["word"] = group.pop("words")


def _words_not_an_object(data: dict[str, Any]) -> None:
    _group(data)["words"] = ["दर्द"]


def _empty_group(data: dict[str, Any]) -> None:
    _group(data)["words"] = {}


def _latin_key(data: dict[str, Any]) -> None:
    _group(data)["words"]["dard"] = "dard"


def _mixed_key(data: dict[str, Any]) -> None:
    _group(data, "loanwords")["words"]["दर्दx"] = "dard"


def _empty_value(data: dict[str, Any]) -> None:
    _group(data)["words"]["दर्द"] = ""


def _devanagari_value(data: dict[str, Any]) -> None:
    _group(data)["words"]["दर्द"] = "दर्द"


def _capital_value(data: dict[str, Any]) -> None:
    _group(data, "loanwords")["words"]["किडनी"] = "Kidney"


def _latin_particle(data: dict[str, Any]) -> None:
    _group(data, "joined_particles")["words"].append("me")


def _not_a_sign(data: dict[str, Any]) -> None:
    _group(data, "vowel_slips")["signs"]["\u094c"] = "\u0915"  # ौ taken for क, a consonant


def _empty_sign(data: dict[str, Any]) -> None:
    _group(data, "left_out")["signs"].append("")


def _missing_table(data: dict[str, Any]) -> None:
    del data["left_out"]


def _unknown_table(data: dict[str, Any]) -> None:
    data["loanword"] = data["loanwords"]


def _two_meanings(data: dict[str, Any]) -> None:
    _group(data, "loanwords")["words"]["दर्द"] = "pain"


MALFORMED: dict[str, tuple[Callable[[dict[str, Any]], None], str]] = {
    "a group that is not an object": (_not_an_object, r"lexicon\[0\]: expected a group"),
    "a group without its note": (_no_note, r"lexicon\[0\]: field 'note'"),
    "a blank note": (_blank_note, r"particles\[0\]: field 'note'"),
    "a misspelt field": (_unknown_field, r"loanwords\[0\]: unknown field\(s\) word"),
    "words given as a list": (_words_not_an_object, r"lexicon\[0\]: field 'words': expected a non-empty object"),
    "an empty group": (_empty_group, r"lexicon\[0\]: field 'words': expected a non-empty object"),
    "a key in Latin letters": (_latin_key, r"lexicon\[0\]: 'dard' is not a Devanagari word"),
    "a key with a Latin letter": (_mixed_key, r"loanwords\[0\]: 'दर्दx' is not a Devanagari word"),
    "an empty value": (_empty_value, r"lexicon\[0\]: 'दर्द': '' is not lower-case Latin words"),
    "a value in Devanagari": (_devanagari_value, r"'दर्द': 'दर्द' is not lower-case Latin words"),
    "a value with a capital": (_capital_value, r"'किडनी': 'Kidney' is not lower-case Latin words"),
    "a postposition in Latin letters": (_latin_particle, r"joined_particles\[0\]: 'me' is not a Devanagari word"),
    "a consonant among the vowel signs": (_not_a_sign, r"vowel_slips\[0\]: 'क' is not a vowel sign"),
    "an empty sign": (_empty_sign, r"left_out\[0\]: '' is not a vowel sign"),
    "a table left out": (_missing_table, r"left_out: expected a non-empty list of groups"),
    "a misspelt table": (_unknown_table, r"unknown table\(s\) loanword"),
    "one word with two meanings": (_two_meanings, r"'दर्द' is 'pain' here and 'dard' in lexicon"),
}


@pytest.mark.parametrize("case", list(MALFORMED))
def test_a_malformed_lexicon_is_refused_naming_the_group_and_word(case: str, tmp_path: Path) -> None:
    spoil, message = MALFORMED[case]
    data = copy.deepcopy(_shipped())
    spoil(data)
    path = tmp_path / "hindi_lexicon.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(HindiLexiconError, match=message) as caught:
        load_hindi_lexicon(path)
    assert str(caught.value).startswith(str(path))


def test_a_key_written_twice_in_one_group_is_refused(tmp_path: Path) -> None:
    text = SHIPPED.read_text(encoding="utf-8")
    path = tmp_path / "hindi_lexicon.json"
    path.write_text(text.replace('"दर्द": "dard",', '"दर्द": "dard",\n    "दर्द": "pain",', 1), encoding="utf-8")
    with pytest.raises(HindiLexiconError, match="'दर्द' is written twice"):
        load_hindi_lexicon(path)


def test_a_file_that_is_not_json_or_not_there_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "hindi_lexicon.json"
    path.write_text('{"lexicon": [', encoding="utf-8")
    with pytest.raises(HindiLexiconError, match="line 1 column 14: invalid JSON"):
        load_hindi_lexicon(path)
    with pytest.raises(HindiLexiconError, match="file: cannot read"):
        load_hindi_lexicon(tmp_path / "missing.json")
    path.write_text("[]", encoding="utf-8")
    with pytest.raises(HindiLexiconError, match="file: expected an object, got list"):
        load_hindi_lexicon(path)
