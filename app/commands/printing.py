"""Printing: ``print PANEL (--sheets | --blank | --merged | --report) --out FILE.pdf`` (docs/printing.md).

The chair prints the sheets reviewers sign, blank forms for a paper review, the merged sheet per
dossier and the panel report. Progress goes to the terminal's stderr; the last line of stdout is the
PDF's path, so scripts can pick it up.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.commands.common import EXIT_OK, UsageProblem, open_panel, say


def cmd_print(args: argparse.Namespace) -> int:
    from app.printing.documents import (
        print_blank_sheets,
        print_merged_sheets,
        print_panel_report,
        print_review_sheets,
    )
    from app.services.progress import Progress

    out = Path(args.out)
    if out.suffix.lower() != ".pdf":
        raise UsageProblem(f"{out}: the output must be a .pdf file")
    if not out.parent.is_dir():
        raise UsageProblem(f"{out.parent}: no such folder")
    if args.report and (args.reviewer or args.dossier):
        raise UsageProblem("--report covers the whole panel; leave out --reviewer and --dossier")
    if args.merged and args.reviewer:
        raise UsageProblem("--merged covers every reviewer of a dossier; leave out --reviewer")

    def show(done: int, total: int, _stage: str) -> None:
        if sys.stderr.isatty():
            print("\r" + say("print.progress", done=done, total=total), end="", file=sys.stderr, flush=True)

    progress = Progress(show)
    with open_panel(args.panel) as panel:
        if args.sheets:
            printed = print_review_sheets(panel, out, args.reviewer, args.dossier, progress=progress)
        elif args.blank:
            printed = print_blank_sheets(panel, out, args.reviewer, args.dossier, progress=progress)
        elif args.merged:
            printed = print_merged_sheets(panel, out, args.dossier, progress=progress)
        else:
            printed = print_panel_report(panel, out, progress=progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(say("print.printed", sheets=printed.sheets, pages=printed.pages))
    print(printed.path)
    return EXIT_OK


def add_commands(sub: Any) -> None:
    """Register this module's sub-commands."""
    p = sub.add_parser("print", help="print review sheets, blank forms, merged sheets or the report (PDF)")
    p.add_argument("panel")
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--sheets", action="store_true", help="every review's filled-in sheet (评查表)")
    what.add_argument("--blank", action="store_true", help="blank sheets for a paper review")
    what.add_argument("--merged", action="store_true", help="the merged sheet per dossier (汇总表)")
    what.add_argument("--report", action="store_true", help="the panel report (评查结果报告)")
    p.add_argument("--out", required=True, help="the PDF file to write")
    p.add_argument("--reviewer", help="only this reviewer's sheets (by id)")
    p.add_argument(
        "--dossier", action="append", help="only this dossier (code or case number); repeat for more"
    )
    p.set_defaults(func=cmd_print)
