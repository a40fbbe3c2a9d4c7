"""The bundled WHO ICD-10 code list (``resources/clinical/icd10_primary_care.tsv``), searchable as you type.

A compact list of codes common in primary care; the titles follow the WHO
ICD-10 2019 tabular list.  Search matches a code prefix ("E11") or the start of
any word of the title ("diab", "hypert").
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from medlink.errors import ValidationError
from medlink.paths import resource_path
from medlink.i18n import tr


@dataclass(frozen=True)
class Icd10Code:
    code: str
    title: str

    @property
    def label(self) -> str:
        return f"{self.code} — {self.title}"


@functools.cache
def all_codes() -> tuple[Icd10Code, ...]:
    codes = []
    for line in resource_path("clinical", "icd10_primary_care.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, _, title = line.partition("\t")
        codes.append(Icd10Code(code.strip(), title.strip()))
    return tuple(codes)


@functools.cache
def _by_code() -> dict[str, Icd10Code]:
    return {c.code: c for c in all_codes()}


def lookup(code: str) -> Icd10Code:
    found = _by_code().get((code or "").strip().upper())
    if found is None:
        raise ValidationError("icd10_code", tr("icd10", "Choose a diagnosis from the ICD-10 list."))
    return found


def search(text: str, limit: int = 20) -> list[Icd10Code]:
    query = " ".join((text or "").lower().split())
    if not query:
        return []
    code_hits, word_hits = [], []
    terms = query.split()
    for entry in all_codes():
        if entry.code.lower().startswith(query):
            code_hits.append(entry)
            continue
        words = entry.title.lower().replace("(", " ").replace("[", " ").replace(",", " ").split()
        if all(any(w.startswith(t) for w in words) for t in terms):
            word_hits.append(entry)
    return (code_hits + word_hits)[:limit]


__all__ = ["Icd10Code", "all_codes", "lookup", "search"]
