"""Active content in PDFs is found by parsing (qpdf), whatever its encoding; big files are refused by size."""

from __future__ import annotations

import io
import time
from datetime import date

import pikepdf
import pytest
from sqlalchemy import func, select

from medlink.db.models import MedicalRecord
from medlink.errors import ValidationError
from medlink.security.pdf_safety import check_pdf
from medlink.services import records

OLD_BYTE_PATTERN = (b"/JavaScript", b"/JS", b"/Launch", b"/EmbeddedFile", b"/RichMedia", b"/XFA")


def _pdf(build, *, object_streams: bool = False, replace: dict[bytes, bytes] | None = None) -> bytes:  # type: ignore[no-untyped-def]
    pdf = pikepdf.new()
    pdf.add_blank_page(page_size=(200, 200))
    build(pdf)
    out = io.BytesIO()
    if object_streams:
        pdf.save(out, object_stream_mode=pikepdf.ObjectStreamMode.generate, compress_streams=True)
    else:
        pdf.save(out, object_stream_mode=pikepdf.ObjectStreamMode.disable, compress_streams=False)
    data = out.getvalue()
    for placeholder, encoded in (replace or {}).items():
        assert len(placeholder) == len(encoded) and placeholder in data
        data = data.replace(placeholder, encoded)  # same length: the cross-reference table stays valid
    return data


def _link(pdf: pikepdf.Pdf, action: dict) -> None:  # type: ignore[type-arg]
    annotation = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Link,
                                                      Rect=[0, 0, 100, 100], A=pikepdf.Dictionary(action)))
    pdf.pages[0].obj["/Annots"] = pikepdf.Array([annotation])


def _hex_javascript(pdf):  # type: ignore[no-untyped-def]
    _link(pdf, {"/S": pikepdf.Name("/JXXXvaScript"), "/JYYY": pikepdf.String("app.alert(1)")})


def _hex_launch(pdf):  # type: ignore[no-untyped-def]
    _link(pdf, {"/S": pikepdf.Name("/LXXXunch"), "/F": pikepdf.String("cmd.exe")})


def _javascript_in_object_stream(pdf):  # type: ignore[no-untyped-def]
    action = pdf.make_indirect(pikepdf.Dictionary(S=pikepdf.Name.JavaScript, JS=pikepdf.String("app.alert(1)")))
    tree = pdf.make_indirect(pikepdf.Dictionary(Names=pikepdf.Array([pikepdf.String("x"), action])))
    pdf.Root.Names = pdf.make_indirect(pikepdf.Dictionary(JavaScript=tree))


def _embedded_file_escaped(pdf):  # type: ignore[no-untyped-def]
    stream = pdf.make_stream(b"MZ fake executable")
    stream["/Type"] = pikepdf.Name("/EmbeddedXXXile")
    spec = pdf.make_indirect(pikepdf.Dictionary({"/Type": pikepdf.Name.Filespec, "/F": pikepdf.String("a.exe"),
                                                 "/EXXX": pikepdf.Dictionary(F=stream)}))
    tree = pdf.make_indirect(pikepdf.Dictionary(Names=pikepdf.Array([pikepdf.String("a.exe"), spec])))
    pdf.Root.Names = pdf.make_indirect(pikepdf.Dictionary({"/EmbeddedXXXiles": tree}))


def _uri_on_open(pdf):  # type: ignore[no-untyped-def]
    pdf.Root.OpenAction = pikepdf.Dictionary(S=pikepdf.Name.URI, URI=pikepdf.String("http://evil.example/x"))


def _gotor_network_share(pdf):  # type: ignore[no-untyped-def]
    _link(pdf, {"/S": pikepdf.Name.GoToR, "/F": pikepdf.String("\\\\attacker\\share\\x.pdf"),
                "/D": pikepdf.Array([0, pikepdf.Name.Fit])})


VARIANTS = {
    "hex-escaped /J#61vaScript": (lambda: _pdf(_hex_javascript, replace={b"/JXXXvaScript": b"/J#61vaScript",
                                                                                b"/JYYY": b"/J#53"}),
                                  "JavaScript"),
    "hex-escaped /L#61unch": (lambda: _pdf(_hex_launch, replace={b"/LXXXunch": b"/L#61unch"}), "launch action"),
    "JavaScript in a compressed object stream": (lambda: _pdf(_javascript_in_object_stream, object_streams=True),
                                                 "JavaScript"),
    "embedded file behind escaped names": (
        lambda: _pdf(_embedded_file_escaped, replace={b"/EmbeddedXXXiles": b"/Embedded#46iles",
                                                      b"/EmbeddedXXXile": b"/Embedded#46ile", b"/EXXX": b"/E#46"}),
        "embedded file"),
    "URI opened on start": (lambda: _pdf(_uri_on_open), "web address opened on start"),
    "GoToR to a network share": (lambda: _pdf(_gotor_network_share), "outside the PDF"),
}


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_encoded_active_content_is_refused(variant):
    make, what = VARIANTS[variant]
    data = make()
    if variant != "URI opened on start" and variant != "GoToR to a network share":
        # The old byte search could not see any of these.
        assert not any(pattern in data for pattern in OLD_BYTE_PATTERN), variant
    with pikepdf.open(io.BytesIO(data)) as parsed:  # a real, valid PDF a viewer would open
        assert len(parsed.pages) == 1
    with pytest.raises(ValidationError, match=what) as refused:
        check_pdf(data)
    assert "does not accept for safety" in refused.value.message


def test_each_variant_is_refused_by_the_upload_and_nothing_is_stored(clinic, db, records_dir):
    patient = clinic.patient()
    for variant, (make, _what) in VARIANTS.items():
        with pytest.raises(ValidationError, match="does not accept for safety"):
            records.upload_record(db, actor=patient, records_dir=records_dir, patient_id=patient.patient_id,
                                  title=variant, record_type="lab_report", record_date=date(2026, 1, 1),
                                  filename="x.pdf", data=make())
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(MedicalRecord)) == 0
    assert not [p for p in records_dir.rglob("*") if p.is_file()]


def test_ordinary_pdfs_with_links_and_an_opening_page_are_accepted():
    def build(pdf):  # type: ignore[no-untyped-def]
        _link(pdf, {"/S": pikepdf.Name.URI, "/URI": pikepdf.String("https://lab.example/report")})
        pdf.Root.OpenAction = pikepdf.Array([pdf.pages[0].obj, pikepdf.Name.Fit])

    check_pdf(_pdf(build))
    check_pdf(_pdf(lambda pdf: None, object_streams=True))


def test_damaged_and_password_protected_pdfs_get_a_sentence():
    good = _pdf(lambda pdf: None)
    with pytest.raises(ValidationError, match="damaged or incomplete"):
        check_pdf(b"%PDF-1.7\n" + b"\x00garbage" * 50 + b"\n%%EOF\n")
    locked = io.BytesIO()
    with pikepdf.open(io.BytesIO(good)) as pdf:
        pdf.save(locked, encryption=pikepdf.Encryption(owner="o-secret", user="u-secret"))
    with pytest.raises(ValidationError, match="protected by a password"):
        check_pdf(locked.getvalue())


def test_a_6_gb_file_is_refused_by_its_size_at_once(clinic, db, records_dir, tmp_path):
    patient = clinic.patient()
    huge = tmp_path / "scan.pdf"
    with open(huge, "wb") as fh:
        fh.write(b"%PDF-1.7\n")
        fh.truncate(6 * 1024**3)  # sparse: 6 GB on paper, nothing on disk
    start = time.perf_counter()
    with pytest.raises(ValidationError, match="larger than the limit of 25 MB"):
        records.upload_record(db, actor=patient, records_dir=records_dir, patient_id=patient.patient_id,
                              title="Huge", record_type="imaging", record_date=date(2026, 1, 1),
                              filename=None, source=huge)
    assert time.perf_counter() - start < 5  # reading 6 GB would take minutes (or end in MemoryError)


def test_a_file_is_uploaded_from_disk_in_chunks(clinic, db, records_dir, tmp_path):
    patient = clinic.patient()
    path = tmp_path / "report.pdf"
    path.write_bytes(_pdf(lambda pdf: None))
    view = records.upload_record(db, actor=patient, records_dir=records_dir, patient_id=patient.patient_id,
                                 title="From disk", record_type="lab_report", record_date=date(2026, 1, 1),
                                 filename=None, source=path)
    assert view.original_filename == "report.pdf" and view.size_bytes == path.stat().st_size
    assert records.read_record(db, actor=patient, records_dir=records_dir, record_id=view.id)[1] == path.read_bytes()
    with pytest.raises(ValidationError, match="folder"):
        records.upload_record(db, actor=patient, records_dir=records_dir, patient_id=patient.patient_id,
                              title="Folder", record_type="lab_report", record_date=date(2026, 1, 1),
                              filename=None, source=tmp_path)
