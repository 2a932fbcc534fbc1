"""The ``dossier-panel`` command line: what a chair scripts. Formats: docs/cli.md, docs/manifests.md.

Exit status: 0 done; 1 done, but the check found errors; 2 bad input (nothing was written).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from app import words
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
from app.commands.common import (
    EXIT_BAD_INPUT,
    EXIT_OK,
    UsageProblem,
    cli_language,
    error_line,
    panel_problem_text,
    say,
)
from app.errors import AppError
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
    parser = argparse.ArgumentParser(prog="dossier-panel", description=say("help.description"))
    sub = parser.add_subparsers(dest="command", required=True)
    for module in COMMAND_MODULES:
        module.add_commands(sub)
    localise_help(parser)
    return parser


def localise_help(parser: argparse.ArgumentParser, prefix: str = "") -> None:
    """Each command's one-line help (and its page's description) in the terminal's language, from
    ``cli.help.<command>`` (``cli.help.<command>.<sub>`` for ``checklists``' and ``review``'s own)."""
    table = words.table(cli_language())
    for action in parser._actions:
        if not isinstance(action, argparse._SubParsersAction):
            continue
        for choice in action._choices_actions:
            help_text = table.get(f"cli.help.{prefix}{choice.dest}")
            if help_text is not None:
                choice.help = help_text
                action.choices[choice.dest].description = help_text
        for name, subparser in action.choices.items():
            localise_help(subparser, f"{prefix}{name}.")


def main(argv: Sequence[str] | None = None) -> int:
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")  # Chinese names on a Windows console
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv:  # `dossier-panel` alone (a desktop shortcut, `python -m app`): the start screen
        argv = ["start"]
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except AppError as exc:  # a refusal with a code: said from the words tables, in the terminal's language
        print(error_line(exc), file=sys.stderr)
        return EXIT_BAD_INPUT
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
