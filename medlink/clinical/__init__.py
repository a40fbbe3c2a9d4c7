"""Pure clinical rules: measurements, drug-allergy classes, the ICD-10 list (no database, no Qt)."""
