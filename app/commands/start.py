"""``dossier-panel`` with no command (or ``start``): the start screen; ``open FILE``: a file in its role.

``open`` is what a double-click on a package (.dppkg), a panel (.dpanel) or a reviewer file (.dpreview)
runs: the package is opened into the workspaces folder and the reviewer's window shows it; a panel opens
in the chair's window (a reviewer's workspace in the reviewer's); a reviewer file goes to the merge step
of the panel the chair opened last. Qt is imported only inside the commands (see ``gui``).
"""

from __future__ import annotations

import argparse
from typing import Any


def cmd_start(args: argparse.Namespace) -> int:
    from app.ui.start.launcher import run

    return run()


def cmd_open(args: argparse.Namespace) -> int:
    from app.ui.start.launcher import run

    return run(args.file)  # no file (a menu entry with nothing to open): the start screen


def add_commands(sub: Any) -> None:
    p = sub.add_parser("start", help="the start screen (also what `dossier-panel` alone opens)")
    p.set_defaults(func=cmd_start)
    p = sub.add_parser(
        "open",
        help="open a package (.dppkg), panel (.dpanel) or reviewer file (.dpreview) in the right window",
    )
    p.add_argument("file", nargs="?", help="the file to open (what a double-click passes)")
    p.set_defaults(func=cmd_open)
