"""``dossier-panel gui [PATH] [--reviewer ID]``: the reviewer's window.

Qt is imported only inside the command, never at module level: the PDF render process re-imports
the main module, and it must not load Qt.
"""

from __future__ import annotations

import argparse
from typing import Any


def cmd_gui(args: argparse.Namespace) -> int:
    from app.ui.start.launcher import run_reviewer

    return run_reviewer(args.path, args.reviewer)


def add_commands(sub: Any) -> None:
    p = sub.add_parser(
        "gui",
        help="open the reviewer's window on a panel (with --reviewer) or a reviewer's workspace",
    )
    p.add_argument(
        "path", nargs="?", help="a .dpanel file or a workspace folder; default: the last one opened"
    )
    p.add_argument("--reviewer", help="reviewer id to score as (a workspace knows its own)")
    p.set_defaults(func=cmd_gui)
