"""The ``dossier-panel`` command line: what a chair scripts. Formats: docs/cli.md, docs/manifests.md.

Exit status: 0 done; 1 done, but the check found errors; 2 bad input (nothing was written).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from app.commands import (
    assignment,
    chair_gui,
    checklists,
    choices,
    exchange,
    gui,
    moderation,
    panel_setup,
    printing,
    settlement,
    start,
)
from app.commands.common import EXIT_BAD_INPUT, EXIT_OK, UsageProblem, panel_problem_text
from app.models.database import PanelFileError
from app.review.datafiles import DataFileError

COMMAND_MODULES = (
    panel_setup,
    checklists,
    assignment,
    exchange,
    printing,
    moderation,
    settlement,
    choices,
    gui,
    chair_gui,
    start,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dossier-panel", description="Offline dossier review panels (案卷评查)."
    )
    sub = parser.add_subparsers(dest="command", required=True)
    for module in COMMAND_MODULES:
        module.add_commands(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")  # Chinese names on a Windows console
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv:  # `dossier-panel` alone (a desktop shortcut, `python -m app`): the start screen
        argv = ["start"]
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except (UsageProblem, DataFileError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except PanelFileError as exc:  # a workspace or panel a service opened itself: locked, unwritable
        print(f"error: {panel_problem_text(exc)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:  # `dossier-panel results … | head`: the reader has gone, nothing is wrong
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
