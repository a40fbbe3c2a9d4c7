"""Drug classes for allergy checks: which medicine names (generic and common Indian
brands) belong to which class, and whether a prescribed medicine matches a
recorded allergy.  Pure functions; the prescription service calls them.

A match is reported when the medicine *is* the allergen (same word), belongs to
the allergy's class (an allergy to "penicillin" covers amoxicillin), or is in a
class with known cross-reactivity (penicillins ↔ cephalosporins), which is a
weaker warning but still needs a reason to override.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DRUG_CLASSES: dict[str, tuple[str, tuple[str, ...]]] = {
    # code: (label, members — generic names and common brands, lower case)
    "penicillins": ("Penicillins", (
        "penicillin", "penicillins", "amoxicillin", "amoxycillin", "ampicillin", "cloxacillin", "dicloxacillin",
        "flucloxacillin", "piperacillin", "benzathine", "benzylpenicillin", "phenoxymethylpenicillin",
        "co-amoxiclav", "amoxiclav", "augmentin", "clavam", "mox", "novamox", "moxikind", "ampilox", "tazact")),
    "cephalosporins": ("Cephalosporins", (
        "cephalosporin", "cephalosporins", "cefalexin", "cephalexin", "cefadroxil", "cefuroxime", "cefaclor",
        "cefixime", "cefpodoxime", "cefdinir", "ceftriaxone", "cefotaxime", "ceftazidime", "cefepime", "cefazolin",
        "cefoperazone", "taxim", "zifi", "monocef", "ceftum", "cepodem", "sporidex")),
    "sulfonamides": ("Sulfonamide antibiotics (sulfa)", (
        "sulfa", "sulpha", "sulfonamide", "sulfonamides", "sulphonamide", "sulfamethoxazole", "sulphamethoxazole",
        "cotrimoxazole", "co-trimoxazole", "trimethoprim-sulfamethoxazole", "septran", "bactrim", "sulfadiazine",
        "sulfasalazine", "silver sulfadiazine", "saaz")),
    "nsaids": ("NSAIDs (anti-inflammatory painkillers)", (
        "nsaid", "nsaids", "ibuprofen", "diclofenac", "aceclofenac", "naproxen", "aspirin", "acetylsalicylic",
        "ketorolac", "mefenamic", "indomethacin", "piroxicam", "meloxicam", "etoricoxib", "celecoxib", "nimesulide",
        "ketoprofen", "flurbiprofen", "brufen", "combiflam", "voveran", "zerodol", "meftal", "disprin", "ecosprin",
        "nise", "etoshine", "dolonex")),
    "macrolides": ("Macrolides", (
        "macrolide", "macrolides", "azithromycin", "erythromycin", "clarithromycin", "roxithromycin", "azithral",
        "azee", "zithromax")),
    "fluoroquinolones": ("Fluoroquinolones", (
        "quinolone", "quinolones", "fluoroquinolone", "fluoroquinolones", "ciprofloxacin", "levofloxacin",
        "ofloxacin", "norfloxacin", "moxifloxacin", "ciplox", "cifran", "levoflox", "oflox", "norflox")),
    "tetracyclines": ("Tetracyclines", ("tetracycline", "tetracyclines", "doxycycline", "minocycline", "doxy")),
    "opioids": ("Opioids", (
        "opioid", "opioids", "opiate", "morphine", "codeine", "tramadol", "tapentadol", "fentanyl", "pethidine",
        "oxycodone", "ultracet")),
    "ace_inhibitors": ("ACE inhibitors", (
        "ace inhibitor", "ace inhibitors", "enalapril", "ramipril", "lisinopril", "perindopril", "captopril")),
    "statins": ("Statins", ("statin", "statins", "atorvastatin", "rosuvastatin", "simvastatin", "pravastatin")),
    "aminoglycosides": ("Aminoglycosides", ("aminoglycoside", "aminoglycosides", "gentamicin", "amikacin",
                                            "tobramycin", "streptomycin")),
    "local_anaesthetics": ("Amide local anaesthetics", ("lidocaine", "lignocaine", "bupivacaine", "xylocaine")),
    "iodinated_contrast": ("Iodinated contrast", ("iodine", "contrast", "iohexol", "iopamidol")),
}

CROSS_REACTIVE: dict[str, tuple[str, ...]] = {
    "penicillins": ("cephalosporins",),
    "cephalosporins": ("penicillins",),
}

CLASS_CHOICES: tuple[tuple[str, str], ...] = tuple((code, label) for code, (label, _) in DRUG_CLASSES.items())


def _words(text: str) -> set[str]:
    lowered = text.lower()
    words = set(re.findall(r"[a-z][a-z\-]*", lowered))
    # multi-word members ("ace inhibitor", "silver sulfadiazine") are matched on the whole text
    return words | {lowered.strip()}


def classes_of(name: str) -> set[str]:
    """The classes a medicine or substance name belongs to ("Augmentin 625" -> {"penicillins"})."""
    words = _words(name)
    lowered = name.lower()
    found = set()
    for code, (_, members) in DRUG_CLASSES.items():
        for member in members:
            if (" " in member and member in lowered) or member in words:
                found.add(code)
                break
    return found


@dataclass(frozen=True)
class AllergyMatch:
    allergy_id: int
    substance: str
    medicine: str
    reason: str            # why it matches, for the warning
    cross_reactive: bool   # a class with cross-reactivity rather than the same class

    @property
    def sentence(self) -> str:
        return f"{self.medicine}: {self.reason}"


@dataclass(frozen=True)
class KnownAllergy:
    id: int
    substance: str
    drug_class: str | None
    reaction: str | None = None
    severity: str | None = None


def match_allergies(medicine: str, allergies: list[KnownAllergy]) -> list[AllergyMatch]:
    """Every recorded allergy the medicine conflicts with."""
    medicine_words = _words(medicine) - {"tablet", "tab", "capsule", "cap", "syrup", "mg", "ml", "injection", "inj"}
    medicine_classes = classes_of(medicine)
    out = []
    for allergy in allergies:
        allergy_classes = classes_of(allergy.substance) | ({allergy.drug_class} if allergy.drug_class else set())
        substance_words = _words(allergy.substance) - {"allergy", "to", "and", "the"}
        same = medicine_classes & allergy_classes
        reaction = f" ({allergy.reaction})" if allergy.reaction else ""
        if same:
            label = DRUG_CLASSES[sorted(same)[0]][0]
            out.append(AllergyMatch(allergy.id, allergy.substance, medicine,
                                    f"recorded allergy to {allergy.substance}{reaction}; {medicine} is one of the "
                                    f"{label}.", False))
        elif substance_words & medicine_words and len(min(substance_words & medicine_words, key=len)) >= 4:
            out.append(AllergyMatch(allergy.id, allergy.substance, medicine,
                                    f"recorded allergy to {allergy.substance}{reaction}.", False))
        else:
            cross = {c for a in allergy_classes for c in CROSS_REACTIVE.get(a, ())} & medicine_classes
            if cross:
                label = DRUG_CLASSES[sorted(cross)[0]][0]
                out.append(AllergyMatch(allergy.id, allergy.substance, medicine,
                                        f"recorded allergy to {allergy.substance}{reaction}; {medicine} is one of the "
                                        f"{label}, which can cross-react.", True))
    return out


_NONE_WORDS = {"none", "nil", "no", "na", "n/a", "nkda", "nka", "no known allergies", "no known drug allergies",
               "not known", "unknown", "-"}


def split_free_text(text: str | None) -> list[str]:
    """The entries of an old free-text allergies field ("Penicillin, peanuts; dust") — "none" is no entry."""
    if not text:
        return []
    parts = re.split(r"[,;\n/]+|\band\b", text)
    entries = []
    for part in parts:
        clean = " ".join(part.split()).strip(" .-")
        if not clean or clean.lower() in _NONE_WORDS:
            continue
        entries.append(clean[:120])
    return entries


__all__ = ["DRUG_CLASSES", "CLASS_CHOICES", "AllergyMatch", "KnownAllergy", "classes_of", "match_allergies",
           "split_free_text"]
