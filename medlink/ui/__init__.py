"""Everything Qt lives here; the rest of MedLink is Qt-free."""
