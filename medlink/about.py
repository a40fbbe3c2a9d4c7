"""What the About dialog shows (Qt-free): version, licences, the folders in use."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from medlink import paths, version


@dataclass(frozen=True)
class ThirdParty:
    name: str
    version: str
    licence: str


@dataclass(frozen=True)
class AboutInfo:
    version: str
    licence: str
    notice: str
    third_party: tuple[ThirdParty, ...]
    folders: tuple[tuple[str, str], ...]  # (what, path) — data, records, logs, settings, config


def licence_text(name: str) -> str:
    """One of MedLink's licence files (LICENSE, NOTICE, THIRD-PARTY-LICENSES.md) wherever it was installed:
    the wheel's ``.dist-info/licenses/``, the bundle's top folder, or the source checkout."""
    from importlib.metadata import PackageNotFoundError, distribution

    try:
        text = distribution("medlink").read_text(f"licenses/{name}")
    except PackageNotFoundError:
        text = None
    if text:
        return text
    candidates = [Path(__file__).resolve().parent.parent / name]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.insert(0, Path(bundle) / name)
    for candidate in candidates:
        if candidate.is_file():
            return candidate.read_text("utf-8")
    return ""


def third_party_packages() -> tuple[ThirdParty, ...]:
    """The shipped list, with the version actually installed where the metadata says so."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed_version

    rows = []
    for line in licence_text("THIRD-PARTY-LICENSES.md").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 3 and cells[0] not in ("package", "---") and not cells[0].startswith("-"):
            name, listed, licence = cells
            try:
                listed = installed_version(name)
            except (PackageNotFoundError, ValueError):
                pass
            rows.append(ThirdParty(name, listed, licence))
    return tuple(rows)


def about_info(*, records_dir: Path | None = None, config_file: Path | None = None) -> AboutInfo:
    folders = [("Data folder", str(paths.data_dir()))]
    if records_dir is not None:
        folders.append(("Records folder", str(records_dir)))
    folders += [("Logs", str(paths.log_dir())), ("Window settings", str(paths.settings_dir()))]
    if config_file is not None:
        folders.append(("Configuration file", str(config_file)))
    machine = paths.machine_config_file()
    if machine.is_file():
        folders.append(("Machine-wide configuration", str(machine)))
    return AboutInfo(version=version(), licence="Apache License 2.0", notice=licence_text("NOTICE"),
                     third_party=third_party_packages(), folders=tuple(folders))
