"""Bills, receipts and prescriptions — pure, Qt-free, database-free.

* :mod:`.arithmetic` — exact GST arithmetic (``compute_bill``);
* :mod:`.money` — paise ⇄ rupees, Indian digit grouping (``format_inr``);
* :mod:`.words` — amounts in words, Indian numbering (``amount_in_words``);
* :mod:`.numbering` — ``ML/26-27/000123`` receipt numbers;
* :mod:`.pdf` — receipt / prescription PDFs and atomic file writes
  (built on :mod:`.layout`, fonts from :mod:`.fonts`);
* :mod:`.sample` — realistic sample documents (bench, screenshots).

Submodules are imported explicitly so that the arithmetic can be used without
loading ReportLab.
"""
