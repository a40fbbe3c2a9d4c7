"""The kiosk's upload inbox: a read-only listing of a USB drive / scanner folder, nothing outside it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from medlink.errors import PermissionDenied, ValidationError
from medlink.services import kiosk


def test_inbox_lists_uploadable_files_only_from_inside(tmp_path: Path) -> None:
    inbox, outside = tmp_path / "usb", tmp_path / "records"
    (inbox / "DCIM" / "Camera").mkdir(parents=True)
    outside.mkdir()
    (inbox / "CBC report.pdf").write_bytes(b"%PDF-1.4 cbc")
    (inbox / "DCIM" / "Camera" / "xray.JPG").write_bytes(b"\xff\xd8\xff jpeg")
    (inbox / "notes.txt").write_text("not a record")
    (inbox / ".hidden.pdf").write_bytes(b"%PDF")
    (outside / "someone-else.pdf").write_bytes(b"%PDF-1.4 private")
    os.symlink(outside / "someone-else.pdf", inbox / "link.pdf")
    os.symlink(outside, inbox / "records-link")
    deep = inbox / "a" / "b" / "c"
    deep.mkdir(parents=True)
    (deep / "too-deep.pdf").write_bytes(b"%PDF")

    files = kiosk.inbox_files(inbox)
    assert sorted((f.folder, f.name) for f in files) == [("", "CBC report.pdf"), ("DCIM/Camera", "xray.JPG")]
    assert kiosk.read_inbox_file(inbox, inbox / "CBC report.pdf") == b"%PDF-1.4 cbc"
    with pytest.raises(PermissionDenied):
        kiosk.read_inbox_file(inbox, outside / "someone-else.pdf")
    with pytest.raises(PermissionDenied):
        kiosk.read_inbox_file(inbox, inbox / "link.pdf")
    with pytest.raises(PermissionDenied):
        kiosk.read_inbox_file(inbox, inbox / ".." / "records" / "someone-else.pdf")
    with pytest.raises(PermissionDenied):
        kiosk.read_inbox_file(None, inbox / "CBC report.pdf")
    with pytest.raises(ValidationError):
        kiosk.read_inbox_file(inbox, inbox / "gone.pdf")
    assert kiosk.inbox_files(None) == [] and kiosk.inbox_files(tmp_path / "not-mounted") == []
