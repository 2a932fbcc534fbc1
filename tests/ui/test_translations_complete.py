"""THE translation check: every visible string in app/ui has a Simplified Chinese translation somewhere.

This test replaces the single-file check that was in tests/ui/test_reviewer_extras.py
(``test_no_string_in_app_ui_is_missing_from_the_ts_file``). Several windows keep their own .ts file
(``dossier_panel_zh_CN.ts``, ``chair_zh_CN.ts``, …), so a string counts as translated when ANY .ts file
under resources/translations holds a finished translation for the same context and source text.

How it checks: pyside6-lupdate collects the strings of all of app/ui into a temporary copy of each .ts
file (the real files are not touched); every message of every copy must have its (context, source) among
the finished translations of the real files. To fix a failure: ``python scripts/build_translations.py
--update``, fill the new ``<translation>`` entries, then run the script again without flags.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
TRANSLATIONS = REPO / "resources" / "translations"
SOURCES = REPO / "app" / "ui"

Key = tuple[str, str]  # (context, source)


def messages(ts: Path) -> list[tuple[Key, ET.Element]]:
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append(((name, message.findtext("source") or ""), message))
    return found


def is_finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    forms = translation.findall("numerusform")
    if forms:
        return all((form.text or "").strip() for form in forms)
    return bool((translation.text or "").strip())


def is_current(message: ET.Element) -> bool:
    """Still in the code (lupdate marks strings that have gone as vanished or obsolete)."""
    translation = message.find("translation")
    return translation is None or translation.get("type") not in ("vanished", "obsolete")


def finished_translations() -> set[Key]:
    return {key for ts in sorted(TRANSLATIONS.glob("*.ts")) for key, m in messages(ts) if is_finished(m)}


def strings_in_app_ui(tmp_path: Path) -> set[Key]:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    sources = sorted(str(p) for p in SOURCES.rglob("*.py"))
    found: set[Key] = set()
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        copy = tmp_path / ts.name
        shutil.copy(ts, copy)
        subprocess.run([str(lupdate), *sources, "-ts", str(copy)], capture_output=True, check=True)
        found |= {key for key, m in messages(copy) if is_current(m)}
    return found


def test_every_visible_string_has_a_chinese_translation_in_some_ts_file(tmp_path: Path) -> None:
    assert sorted(TRANSLATIONS.glob("*.ts")), "no .ts file in resources/translations"
    missing = sorted(strings_in_app_ui(tmp_path) - finished_translations())
    listed = "\n".join(f"  [{context}] {source!r}" for context, source in missing[:40])
    assert not missing, (
        f"{len(missing)} string(s) in app/ui have no finished Chinese translation in any .ts file under "
        f"resources/translations. Run `python scripts/build_translations.py --update`, fill the "
        f"<translation> of each, then run the script again:\n{listed}"
    )


def test_the_check_sees_a_string_without_a_translation(tmp_path: Path) -> None:
    """The check can fail: a string known to the .ts files stops counting once its translation goes."""
    ts = tmp_path / "only.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="zh_CN">\n'
        "<context><name>StartScreen</name>\n"
        '<message><source>Try the demo</source><translation type="unfinished"></translation></message>\n'
        "<message><source>About</source><translation>关于</translation></message>\n"
        "</context>\n</TS>\n",
        encoding="utf-8",
    )
    finished = {key for key, m in messages(ts) if is_finished(m)}
    assert ("StartScreen", "About") in finished
    assert ("StartScreen", "Try the demo") not in finished
