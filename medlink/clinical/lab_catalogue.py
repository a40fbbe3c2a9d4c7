"""The starter lab catalogue a new (or upgraded) clinic gets; administrators change prices and ranges.

Reference ranges are common adult ranges used by Indian laboratories; a clinic
should replace them with its own laboratory's ranges.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CatalogueEntry:
    code: str
    name: str
    unit: str | None
    low: float | None
    high: float | None
    price_rupees: int
    measurement_kind: str | None = None


STARTER_CATALOGUE: tuple[CatalogueEntry, ...] = (
    CatalogueEntry("FBS", "Blood glucose, fasting", "mg/dL", 70, 100, 80, "glucose_fasting"),
    CatalogueEntry("PPBS", "Blood glucose, 2 h after a meal", "mg/dL", 70, 140, 80, "glucose_post_meal"),
    CatalogueEntry("RBS", "Blood glucose, random", "mg/dL", 70, 140, 80, "glucose_random"),
    CatalogueEntry("HBA1C", "HbA1c (glycated haemoglobin)", "%", 4.0, 5.6, 450, "hba1c"),
    CatalogueEntry("HB", "Haemoglobin", "g/dL", 12.0, 17.0, 150),
    CatalogueEntry("CBC", "Complete blood count", None, None, None, 300),
    CatalogueEntry("TSH", "Thyroid stimulating hormone (TSH)", "mIU/L", 0.4, 4.0, 350),
    CatalogueEntry("CREAT", "Serum creatinine", "mg/dL", 0.6, 1.2, 200),
    CatalogueEntry("CHOL", "Total cholesterol", "mg/dL", None, 200, 250),
    CatalogueEntry("LDL", "LDL cholesterol", "mg/dL", None, 100, 300),
    CatalogueEntry("VITD", "Vitamin D (25-OH)", "ng/mL", 30, 100, 1200),
    CatalogueEntry("B12", "Vitamin B12", "pg/mL", 200, 900, 900),
    CatalogueEntry("URINE", "Urine routine and microscopy", None, None, None, 150),
    CatalogueEntry("NS1", "Dengue NS1 antigen", None, None, None, 600),
)
