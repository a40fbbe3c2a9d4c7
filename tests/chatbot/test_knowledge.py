"""Knowledge-base loading: validation errors, caching, content coverage."""

from __future__ import annotations

import copy
import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest

from medlink.chatbot import DEFAULT_KB_PATH, SPECIALITIES, ChatBot, KnowledgeBaseError, load_knowledge_base
from medlink.chatbot import knowledge

from .conftest import assert_not_intent

REQUIRED_CONDITIONS = {
    "common_cold", "influenza", "covid19", "dengue", "malaria", "typhoid", "tuberculosis", "pneumonia",
    "bronchitis", "asthma", "sinusitis", "allergic_rhinitis", "diabetes", "hypertension", "high_cholesterol",
    "coronary_artery_disease", "stroke", "thyroid", "anaemia", "obesity", "gastritis", "diarrhoea",
    "food_poisoning", "constipation", "jaundice_hepatitis", "uti", "kidney_stones", "chickenpox", "measles",
    "conjunctivitis", "eczema", "acne", "psoriasis", "arthritis", "back_pain", "osteoporosis", "migraine",
    "depression", "anxiety", "insomnia", "pcos",
}  # fmt: skip


@pytest.fixture(scope="module")
def raw_kb() -> dict[str, Any]:
    return json.loads(DEFAULT_KB_PATH.read_text(encoding="utf-8"))


def write(tmp_path: Path, data: Any, name: str = "kb.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_shipped_kb_covers_required_conditions(raw_kb: dict[str, Any]) -> None:
    kb = load_knowledge_base()
    assert REQUIRED_CONDITIONS <= set(kb.conditions)
    for c in kb.conditions.values():
        assert c.summary and c.symptoms and c.self_care and c.prevention and c.warning_signs and c.keywords
        assert c.speciality in SPECIALITIES


def test_kb_loads_once() -> None:
    first = ChatBot().knowledge_base
    count = knowledge.load_count()
    for _ in range(5):
        assert ChatBot().knowledge_base is first
    assert knowledge.load_count() == count


def test_kb_cache_is_per_path(tmp_path: Path, raw_kb: dict[str, Any]) -> None:
    path = write(tmp_path, raw_kb)
    before = knowledge.load_count()
    a = ChatBot(knowledge_base_path=path)
    b = ChatBot(knowledge_base_path=path)
    assert a.knowledge_base is b.knowledge_base
    assert a.knowledge_base is not ChatBot().knowledge_base
    assert knowledge.load_count() == before + 1


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeBaseError) as exc:
        ChatBot(knowledge_base_path=tmp_path / "nope.json")
    assert "nope.json" in str(exc.value)


def test_invalid_json(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"conditions": [', encoding="utf-8")
    with pytest.raises(KnowledgeBaseError) as exc:
        ChatBot(knowledge_base_path=path)
    assert "broken.json" in str(exc.value) and "invalid JSON" in str(exc.value)
    assert isinstance(exc.value, ValueError)


def _mutated(raw_kb: dict[str, Any], mutate: Any) -> dict[str, Any]:
    data = copy.deepcopy(raw_kb)
    mutate(data)
    return data


def _condition(data: dict[str, Any], cid: str) -> dict[str, Any]:
    return next(c for c in data["conditions"] if c["id"] == cid)


#: one case per kind of ``language`` word list and per way it can be malformed (any key of the kind is read
#: by the same validator): a word set is ``{"note", "words"}``, a word map ``{"note", "forms"}``
_MALFORMED_WORD_LISTS = {
    "set without its note": (lambda d: d["language"]["thanks"].pop("note"), "language.thanks", "note"),
    "set missing": (lambda d: d["language"].pop("weekdays"), "language", "weekdays"),
    "set as a bare list": (lambda d: d["language"].update(dreams=["sapna"]), "language", "dreams"),
    "set with no words": (lambda d: d["language"]["make_it_verbs"].update(words=[]), "language.make_it_verbs", "words"),
    "set with a capital": (lambda d: d["language"]["ordinal_endings"]["words"].append("Th"),
                           "language.ordinal_endings", "words["),
    "set with a word twice": (lambda d: d["language"]["address_neighbours"]["words"].append("please"),
                              "language.address_neighbours", "words"),
    "map without its note": (lambda d: d["language"]["action_forms"].pop("note"), "language.action_forms", "note"),
    "map as a list": (lambda d: d["language"]["regional_question_words"].update(forms=["ki"]),
                      "language.regional_question_words", "forms"),
    "map to no word": (lambda d: d["language"]["action_forms"]["forms"].update(kariye=["karein"]),
                       "language.action_forms", "forms.kariye"),
}  # fmt: skip


@pytest.mark.parametrize(
    ("mutate", "entry", "field"),
    [
        (lambda d: _condition(d, "dengue").pop("summary"), "condition 'dengue'", "summary"),
        (lambda d: _condition(d, "malaria").update(speciality="Witch Doctor"), "condition 'malaria'", "speciality"),
        (lambda d: _condition(d, "typhoid").update(symptoms=[]), "condition 'typhoid'", "symptoms"),
        (lambda d: _condition(d, "acne").update(keywords=["acne", 7]), "condition 'acne'", "keywords[1]"),
        (lambda d: _condition(d, "acne").update(id="dengue"), "conditions[", "id"),
        (lambda d: _condition(d, "acne").update(keywords=["sugar"]), "condition 'acne'", "keywords"),
        (lambda d: d["symptoms"][0].update(related=["no_such_condition"]), "symptom 'fever'", "related[0]"),
        (lambda d: d["red_flags"][0]["patterns"].append("(unclosed"), "red flag 'chest_pain'", "patterns["),
        (lambda d: d["language"]["cues"].pop("greeting"), "language.cues", "greeting"),
        (lambda d: d["language"]["cues"]["help_what_all"].pop("note"), "language.cues.help_what_all", "note"),
        (lambda d: d["language"]["cues"]["help_what_all"].update(words=["kya kya", 7]),
         "language.cues.help_what_all", "words[1]"),
        (lambda d: d.pop("disclaimer"), "knowledge base", "disclaimer"),
        (lambda d: d["medicines"].update(metformin="sugar_disease"), "medicines", "metformin"),
        (lambda d: _condition(d, "acne").pop("source"), "condition 'acne'", "source"),
        (lambda d: d["red_flags"][0].pop("instructions_hi"), "red flag 'chest_pain'", "instructions_hi"),
        (lambda d: d["red_flags"][0].update(outlasts_signs="yes"), "red flag 'chest_pain'", "outlasts_signs"),
        (lambda d: d["red_flags"][8].update(over_with=["(coin"]), "red flag 'poisoning'", "over_with["),
        (lambda d: d["concept_rules"][0].update(flag="no_such_flag"), "concept rule 'acs_feeling'", "flag"),
        (lambda d: d["concept_rules"][0].update(all=["no_such_concept"]), "concept rule 'acs_feeling'", "all"),
        (lambda d: d["concept_rules"][0].update(unless=["nope"]), "concept rule 'acs_feeling'", "unless"),
        (lambda d: d["texts_hi"].pop("emergency"), "texts_hi", "emergency"),
        (lambda d: d["language"]["spellings"]["same_word"][0]["words"].update(Gya="gaya"),
         "language.spellings.same_word[0]", "words.Gya"),
        (lambda d: d["language"]["spellings"]["everyday_words"][0]["words"].append("two words"),
         "language.spellings.everyday_words[0]", "words"),
        (lambda d: d["language"]["spellings"]["same_word"][1].pop("note"), "language.spellings.same_word[1]", "note"),
        (lambda d: d["language"]["spellings"]["as_typed"][0]["words"].append("Chilla"),
         "language.spellings.as_typed[0]", "words"),
        (lambda d: d["language"]["spellings"]["as_typed"][1].pop("note"), "language.spellings.as_typed[1]", "note"),
        (lambda d: d["language"]["spellings"].update(as_typed={"chilla": "chhila"}), "language.spellings", "as_typed"),
        (lambda d: d["language"]["cue_unless"].update(no_such_cue=["x"]), "language.cue_unless", "no_such_cue"),
        (lambda d: d["language"]["cue_unless"].update(dose_strong=["(paani"]), "language.cue_unless", "dose_strong"),
        (lambda d: _condition(d, "dengue")["hi"].pop("summary"), "condition 'dengue' hi", "summary"),
        (lambda d: d["symptoms"][0].update(topic="no_such_topic"), "symptom 'fever'", "topic"),
        (lambda d: d["topic_rules"][0].update(topic="no_such_topic"), "topic rule 'uti_burning'", "topic"),
        (lambda d: d["topic_rules"][0].update(all=["no_such_concept"]), "topic rule 'uti_burning'", "all/unless"),
        (lambda d: d.update(topic_rules={"uti": ["s_urine"]}), "knowledge base", "topic_rules"),
        *_MALFORMED_WORD_LISTS.values(),
    ],
)
def test_validation_errors_name_file_entry_and_field(
    tmp_path: Path, raw_kb: dict[str, Any], mutate: Any, entry: str, field: str
) -> None:
    path = write(tmp_path, _mutated(raw_kb, mutate), "clinic_kb.json")
    with pytest.raises(KnowledgeBaseError) as exc:
        load_knowledge_base(path)
    message = str(exc.value)
    assert "clinic_kb.json" in message
    assert entry in message and exc.value.entry.startswith(entry)
    assert f"field '{field}" in message and exc.value.field.startswith(field)


def test_root_must_be_object(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeBaseError):
        load_knowledge_base(write(tmp_path, [1, 2, 3]))


def test_edited_kb_changes_answers(tmp_path: Path, raw_kb: dict[str, Any]) -> None:
    data = copy.deepcopy(raw_kb)
    _condition(data, "dengue")["keywords"].append("haddi tod bukhar")
    bot = ChatBot(knowledge_base_path=write(tmp_path, data))
    assert "dengue" in bot.reply("haddi tod bukhar kya hai").topics


def test_a_red_flag_outlasts_its_signs_as_the_knowledge_base_says(tmp_path: Path, raw_kb: dict[str, Any]) -> None:
    """Tablets taken too many stay an emergency when told as over, a swallowed coin that passed does not
    (``outlasts_signs`` / ``over_with`` of the poisoning flag); without the attribute both are over."""
    told_over = "usne 20 goli kha li thi kal raat, ab thik lag raha hai"
    coin = "beta ne sikka nigal liya tha 3 ghante pehle, ab khel raha hai thik hai"
    shipped = ChatBot()
    assert shipped.reply(told_over).intent == "emergency"
    assert_not_intent(shipped, coin, "emergency")
    data = copy.deepcopy(raw_kb)
    poisoning = next(f for f in data["red_flags"] if f["id"] == "poisoning")
    assert poisoning["outlasts_signs"] is True
    poisoning["outlasts_signs"] = False
    edited = ChatBot(knowledge_base_path=write(tmp_path, data))
    assert_not_intent(edited, told_over, "emergency")


def test_a_cue_does_not_count_where_the_knowledge_base_says_so(tmp_path: Path, raw_kb: dict[str, Any]) -> None:
    """How much water to give a child with loose motions is care, not a dose (``language.cue_unless``)."""
    message = "bacche ko dast hai, paani kitna pilaye"
    assert not ChatBot().reply(message).dose_redirect
    assert ChatBot().reply("bacche ko dast hai, syrup kitna pilaye").dose_redirect
    data = copy.deepcopy(raw_kb)
    data["language"].pop("cue_unless")
    assert ChatBot(knowledge_base_path=write(tmp_path, data)).reply(message).dose_redirect


def test_spellings_come_from_the_knowledge_base(tmp_path: Path, raw_kb: dict[str, Any]) -> None:
    """A romanised Gujarati word joins its Hindi one through ``language.spellings`` ("lohi" = khoon);
    without its group the same message is not read as bleeding."""
    message = "papa ne maatha ma vaagyu, lohi bahu nikle che, bandh nathi thatu"
    assert ChatBot().reply(message).intent == "emergency"
    data = copy.deepcopy(raw_kb)
    groups = data["language"]["spellings"]["same_word"]
    data["language"]["spellings"]["same_word"] = [g for g in groups if "lohi" not in g["words"]]
    assert_not_intent(ChatBot(knowledge_base_path=write(tmp_path, data)), message, "emergency")


def test_words_compared_as_typed_come_from_the_knowledge_base(tmp_path: Path, raw_kb: dict[str, Any]) -> None:
    """``language.spellings.as_typed``: "chilla" (to shout) has the spelling skeleton of "chhila" (a
    scrape) and "bff" that of "bph" (the prostate); compared as typed they are neither, and without
    their groups they are read as those words again."""
    shout, friend = "chilla chilla ke gala baith gaya", "send my bff a happy birthday message"
    bot = ChatBot()
    assert bot.knowledge_base.spellings.as_typed >= {"chilla", "chillakar", "bff"}
    assert "wounds" not in bot.reply(shout).topics and "sore_throat" in bot.reply(shout).topics
    assert bot.reply(friend).intent == "fallback"
    data = copy.deepcopy(raw_kb)
    data["language"]["spellings"]["as_typed"] = []
    without = ChatBot(knowledge_base_path=write(tmp_path, data))
    assert "wounds" in without.reply(shout).topics
    assert "prostate" in without.reply(friend).topics


def test_the_self_check_names_a_malformed_word_list(
    tmp_path: Path, raw_kb: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """``--self-check`` loads the knowledge base, so a malformed word list is an installation problem."""
    from medlink import installation

    path = write(tmp_path, _mutated(raw_kb, lambda d: d["language"]["thanks"].pop("note")), "clinic_kb.json")
    monkeypatch.setattr(knowledge, "DEFAULT_KB_PATH", path)
    problems = [p for p in installation.installation_problems() if "knowledge base" in p]
    assert len(problems) == 1 and "language.thanks" in problems[0] and "'note'" in problems[0]


def test_the_engines_word_lists_come_from_the_knowledge_base(tmp_path: Path, raw_kb: dict[str, Any]) -> None:
    """``language.thanks``, ``language.action_forms``: what the engine reads them for changes with them."""
    bot = ChatBot()
    assert bot.knowledge_base.words.thanks >= {"shukriya", "dhanyavad"}
    assert bot.knowledge_base.words.action_forms["lagaun"] == "lagaye"
    thanked = bot.reply("shukriya").text
    data = copy.deepcopy(raw_kb)
    data["language"]["thanks"]["words"].remove("shukriya")
    assert ChatBot(knowledge_base_path=write(tmp_path, data)).reply("shukriya").text != thanked


@pytest.mark.parametrize(
    ("key", "message"),
    [
        ("keep_from_forms", "bachon ko saanp ke kaatne se kaise bachaayein"),
        ("then_words", "operation 4 saal pehle hua tha, tab bahut khoon beh gaya tha"),
        ("time_leaders", "about three years ago my uncle had a heart attack, which diet now"),
    ],
)
def test_the_words_of_prevention_and_of_an_old_time_come_from_the_knowledge_base(
    tmp_path: Path, raw_kb: dict[str, Any], key: str, message: str
) -> None:
    """``language.keep_from_forms`` ("bachaayein": how to keep someone from a danger), ``then_words`` ("tab":
    the time of the clause before), ``time_leaders`` ("about" before "three years ago"): with them the
    message is calm; with the list holding none of its words the danger named in it is read as now."""
    assert ChatBot().reply(message).intent != "emergency"
    data = copy.deepcopy(raw_kb)
    data["language"][key]["words"] = ["zzz"]
    assert ChatBot(knowledge_base_path=write(tmp_path, data)).reply(message).intent == "emergency"


def test_the_possessives_before_an_age_come_from_the_knowledge_base() -> None:
    """``language.possessives``: "hamari 70 saal dadi" tells the grandmother's age only while "hamari" is one."""
    from medlink.chatbot.concepts import age_in_months
    from medlink.chatbot.text import tokenize

    words = ChatBot().knowledge_base.words
    assert "hamari" in words.possessives
    tokens = tokenize("hamari 70 saal dadi ko bukhar")
    assert age_in_months(tokens, words) == 840
    assert age_in_months(tokens, dataclasses.replace(words, possessives=frozenset({"zzz"}))) is None


_AUTHORITIES = ("WHO", "NHS", "MoHFW", "NHM", "IAP", "ICMR", "NACO", "NDMA", "NCVBDC", "GINA", "IADVL",
                "Red Cross", "National", "AIOS", "UNICEF")  # fmt: skip


def test_at_least_80_topics_each_naming_its_source() -> None:
    kb = load_knowledge_base()
    assert len(kb.conditions) >= 80
    for c in kb.conditions.values():
        assert any(a in c.source for a in _AUTHORITIES), (c.id, c.source)


def test_every_triage_category_has_a_red_flag_with_hindi_first_aid() -> None:
    kb = load_knowledge_base()
    flags = {f.id: f for f in kb.red_flags}
    for needed in ("chest_pain", "heart_attack", "stroke_signs", "anaphylaxis", "poisoning", "self_harm",
                   "newborn_danger", "child_danger", "obstetric", "severe_asthma", "hypoglycaemia",
                   "head_injury", "breathing", "seizure", "unconscious", "bleeding"):  # fmt: skip
        assert needed in flags, needed
        flag = flags[needed]
        assert flag.label_hi and flag.instructions_hi
        assert any(ch >= "\u0900" for ch in flag.label_hi)
        text = " ".join(flag.instructions_hi)
        assert ("112" in text or "108" in text or "14416" in text), needed
    for rule in kb.concept_rules:
        assert rule.flag in flags


def test_common_conditions_and_interface_have_hindi_texts() -> None:
    kb = load_knowledge_base()
    for cid in ("common_cold", "dengue", "malaria", "typhoid", "tuberculosis", "diabetes", "hypertension",
                "asthma", "diarrhoea", "anaemia", "pregnancy", "depression", "stroke"):  # fmt: skip
        hi = kb.conditions[cid].hi
        assert hi is not None and hi["summary"] and hi["self_care"] and hi["warning_signs"], cid
    for key in ("greeting", "help", "fallback", "emergency", "self_harm", "dose", "disclaimer"):
        assert any("\u0900" <= ch <= "\u097f" for ch in kb.texts_hi[key]), key
    assert set(kb.speciality_hi) == set(SPECIALITIES)


@pytest.mark.parametrize(
    ("pattern", "starts"),
    [
        (r"\bchest (pain|ache)\b", ("chest ",)),
        (r"pre ?eclampsia\b", ("pre",)),
        (r"ab{2}c", ("a",)),
        (r"\bconvuls(ion|ing)\b", ("convuls",)),
        (r"(weakness|numbness) (in|on)\b", ("weakness", "numbness")),
        (r"(road )?accident\b", ("road ", "accident")),
        (r"(?<!food )\bpoison(ed|ing)?\b", ("poison",)),
        (r"heart attack|dil ka daura", ("heart attack", "dil ka daura")),
        (r"(a|b)*c", ()),  # the group may be absent: nothing sure begins the match
        (r"(a|)x", ()),
        (r"abc|", ()),
        (r"(a(b|c))d", ()),
    ],
)
def test_match_starts_names_what_every_match_begins_with(pattern: str, starts: tuple[str, ...]) -> None:
    assert knowledge.match_starts(pattern) == starts


def test_every_red_flag_match_begins_with_one_of_its_starts() -> None:
    """The red-flag scan skips a flag whose starts are all absent: a match must never be missed."""
    import re

    bot = ChatBot()
    texts = ["chest pain since morning", "road accident, head injury", "pre eclampsia hai", "saanp ne kaata"]
    for flag in bot._kb.red_flags:
        for pattern in flag.patterns:
            for text in texts + [pattern.pattern.replace("\\b", "")]:
                for m in re.finditer(pattern, text):
                    assert not flag.starts or any(text.startswith(s, m.start()) for s in flag.starts), (flag.id, text)
