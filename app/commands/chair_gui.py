"""``dossier-panel chair [PANEL]``: the chair's window (评审组长).

Qt is imported only inside the command, never at module level: the PDF render process re-imports
the main module, and it must not load Qt.
"""

from __future__ import annotations

import argparse
from typing import Any


def cmd_chair(args: argparse.Namespace) -> int:
    from app.ui.chair.chair_app import run

    return run(args.panel)


def add_commands(sub: Any) -> None:
    p = sub.add_parser(
        "chair", help="open the chair's window: build a panel, packages, merge, settle, export and print"
    )
    p.add_argument("panel", nargs="?", help="a .dpanel file to open; default: the start page")
    p.set_defaults(func=cmd_chair)
