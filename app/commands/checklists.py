"""Checklists: ``checklists list``, ``checklists show NAME|FILE``, ``checklists import FILE.xlsx``.

``import`` reads an office's own 评查表 from an Excel/WPS sheet (layout: docs/data-files.md) and
writes it as a checklist TOML file the chair keeps; ``new PANEL --checklist FILE`` uses it in a panel.
Any problem in the sheet: one line naming file, sheet, row and column, exit 2, nothing written.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.commands.common import EXIT_OK, UsageProblem, print_json, say, term
from app.review import library
from app.review.checklist import Checklist
from app.review.points import format_points


def _lookup(name: str) -> Checklist:
    if name in library.checklists():
        return library.checklist(name)
    path = Path(name)
    if path.suffix.lower() in (".toml", ".xlsx", ".xlsm"):
        if not path.is_file():
            raise UsageProblem(f"{path}: no such file")
        from app.services.checklist_files import read_checklist_file

        return read_checklist_file(path)
    try:
        return library.checklist(name)
    except KeyError as exc:
        raise UsageProblem(str(exc.args[0])) from None


def _print_checklist(checklist: Checklist) -> None:
    points = format_points(checklist.max_points)
    print(
        say(
            "checklists.title",
            title=checklist.title,
            id=checklist.id,
            version=checklist.version,
            points=points,
        )
    )
    print(say("checklists.hash", hash=checklist.content_hash))
    for veto in checklist.vetoes:
        effect = term("veto_effect", veto.effect, penalty=format_points(veto.penalty))
        print(say("checklists.veto", id=veto.id, text=veto.text, effect=effect))
    for section in checklist.sections:
        print("\n" + say("checklists.section", title=section.title, points=format_points(section.max_points)))
        for item in section.items:
            print(f"  {item.id:<22} {format_points(item.max_points):>4}  {item.text}")
            for reason in item.reasons:
                pts = (
                    format_points(reason.points)
                    if reason.points is not None
                    else (f"{format_points(reason.min_points or 0)}–{format_points(reason.max_points or 0)}")
                )
                print(f"      {reason.id:<26} −{pts:<6} {reason.text}")


def cmd_list(_args: argparse.Namespace) -> int:
    for checklist in library.checklists().values():
        points = say("checklists.listed", points=format_points(checklist.max_points))
        print(f"{checklist.id:<28} v{checklist.version:<8} {points:>10}  {checklist.title}")
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    checklist = _lookup(args.name)
    if args.json:
        print_json(
            checklist.model_dump(mode="json")
            | {"content_hash": checklist.content_hash, "max_points": str(checklist.max_points)}
        )
        return EXIT_OK
    _print_checklist(checklist)
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from app.services.checklist_files import write_checklist_toml
    from app.services.checklist_import import import_checklist

    source = Path(args.file)
    if not source.is_file():
        raise UsageProblem(f"{source}: no such file")
    out = Path(args.out) if args.out else source.with_suffix(".toml")
    if out.suffix.lower() != ".toml":
        raise UsageProblem(f"{out}: the checklist is written as a .toml file")
    if out.exists() and not args.force:
        raise UsageProblem(f"{out}: already exists; use --force to replace it, or --out another file")
    if not out.parent.is_dir():
        raise UsageProblem(f"{out.parent}: no such folder")
    checklist = import_checklist(
        source, sheet=args.sheet, checklist_id=args.id, version=args.version, title=args.title
    )
    write_checklist_toml(checklist, out, comment=f"Imported by dossier-panel from {source.name}.")
    items = sum(1 for _ in checklist.items())
    reasons = sum(len(item.reasons) for item in checklist.items())
    print(
        say(
            "checklists.imported",
            id=checklist.id,
            version=checklist.version,
            sections=len(checklist.sections),
            items=items,
            reasons=reasons,
            vetoes=len(checklist.vetoes),
            points=format_points(checklist.max_points),
        )
    )
    print(say("checklists.hash", hash=checklist.content_hash))
    print(out)
    return EXIT_OK


def add_commands(sub: Any) -> None:
    """Register this module's sub-commands."""
    p = sub.add_parser("checklists", help="list, show or import checklists (评查表)")
    actions = p.add_subparsers(dest="action", required=True)
    a = actions.add_parser("list", help="the shipped checklists")
    a.set_defaults(func=cmd_list)
    a = actions.add_parser("show", help="a checklist's sections, items, reasons and hash")
    a.add_argument("name", help="a shipped checklist's id, or a .toml or .xlsx file")
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=cmd_show)
    a = actions.add_parser("import", help="read an office's 评查表 from an .xlsx sheet into a checklist file")
    a.add_argument("file", help="the .xlsx workbook (Excel or WPS)")
    a.add_argument("--sheet", help="the sheet to read (default: the first with a checklist header row)")
    a.add_argument("--out", help="the .toml file to write (default: beside the workbook)")
    a.add_argument("--id", help="the checklist's id (default: the sheet's 编号 row, else from the file name)")
    a.add_argument("--version", help="the checklist's version (default: the sheet's 版本 row, else 1)")
    a.add_argument("--title", help="the checklist's title (default: the sheet's title row)")
    a.add_argument("--force", action="store_true", help="replace an existing .toml file")
    a.set_defaults(func=cmd_import)
