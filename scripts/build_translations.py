"""Compile the translations: resources/translations/*.ts → *.qm (pyside6-lrelease).

Each .ts file holds the strings of one part of app/ui (``PARTS``): ``chair_*.ts`` the chair's window
(app/ui/chair), ``dossier_panel_*.ts`` everything else. ``--update`` collects each part's strings into
its own file; ``--check`` fails while any string of any file lacks a translation.

    python scripts/build_translations.py            # compile every .ts (what the Makefile runs)
    python scripts/build_translations.py --update   # first collect new strings from app/ui into ours
    python scripts/build_translations.py --check    # only check: fail if a string has no translation

The tools are the ones PySide6 installs next to the Python running this script.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
SOURCES = ROOT / "app" / "ui"
CHAIR = SOURCES / "chair"
# file-name prefix -> which sources it collects (one owner per string: no string in two files)
PARTS = {
    "dossier_panel_": lambda path: CHAIR not in path.parents,
    "chair_": lambda path: CHAIR in path.parents,
}


def tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found (it comes with PySide6)")
    return found


def update(ts_files: list[Path]) -> None:
    for ts in ts_files:
        belongs = next(rule for prefix, rule in PARTS.items() if ts.name.startswith(prefix))
        sources = sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py") if belongs(p))
        subprocess.run(
            [tool("pyside6-lupdate"), "-no-obsolete", *sources, "-ts", str(ts.relative_to(ROOT))],
            cwd=ROOT,
            check=True,
        )


def unfinished(ts: Path) -> list[str]:
    """Source strings without a finished translation."""
    missing = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            source = message.findtext("source") or ""
            missing.append(source)
        elif not (translation.text or "").strip() and message.find("translation/numerusform") is None:
            missing.append(message.findtext("source") or "")
    return missing


def compile_all(ts_files: list[Path]) -> None:
    for ts in ts_files:
        qm = ts.with_suffix(".qm")
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        print(f"{qm.relative_to(ROOT)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="collect strings from app/ui first")
    parser.add_argument("--check", action="store_true", help="only check; exit 1 if a string is untranslated")
    args = parser.parse_args(argv)
    ts_files = sorted(TRANSLATIONS.glob("*.ts"))
    ours = [ts for ts in ts_files if any(ts.name.startswith(prefix) for prefix in PARTS)]
    if not ours:
        print("no translation files in resources/translations", file=sys.stderr)
        return 1
    if args.update:
        update(ours)
    if args.check:
        problems = {ts.name: unfinished(ts) for ts in ours}
        bad = {name: strings for name, strings in problems.items() if strings}
        for name, strings in bad.items():
            print(f"{name}: {len(strings)} untranslated", file=sys.stderr)
            for text in strings[:20]:
                print(f"  {text!r}", file=sys.stderr)
        return 1 if bad else 0
    compile_all(ts_files)
    return 0


if __name__ == "__main__":
    sys.exit(main())
