"""Shared pieces of the command line: exit codes, the one-line error, opening a panel, JSON out."""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections.abc import Callable
from datetime import date
from typing import Any

from app import words

EXIT_OK, EXIT_FINDINGS, EXIT_BAD_INPUT = 0, 1, 2


class UsageProblem(Exception):
    """Bad input from the command line or a file: printed as one line, exit status 2."""


def say(key: str, /, **fields: object) -> str:
    """One of the command line's lines (``cli.<key>`` of the words tables) in the terminal's language:
    Chinese, unless ``LC_ALL``/``LC_MESSAGES``/``LANG`` says English (``app.words.cli_language``)."""
    return words.text(f"cli.{key}", words.cli_language(), **fields)


def error_line(exc: BaseException) -> str:
    """The one line the command line prints for a refusal (``app.errors.describe``), e.g. ``错误：…``."""
    from app.errors import describe

    return say("error_line", problem=describe(exc, words.cli_language()))


def term(section: str, code: object, /, **fields: object) -> str:
    """A word of the domain's vocabulary (``app.vocabulary``) in the terminal's language."""
    from app.vocabulary import word

    return word(section, code, words.cli_language(), **fields)


def cli_language() -> str:
    return words.cli_language()


def pad(text: str, width: int, right: bool = False) -> str:
    """Pad to a display width: a Chinese character takes two columns in a terminal."""
    shown = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
    fill = " " * max(0, width - shown)
    return fill + text if right else text + fill


def parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2024-05-31") from None


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def open_panel(path: str, *, writes: str | None = None) -> Any:
    """The panel for a command; ``writes`` (the command's name): hold the panel's writer lock until it
    is closed, waiting for another command to finish, refusing while a window has it open."""
    from app.models.database import PanelFileError
    from app.services.panel import Panel

    try:
        return Panel.open(path, writer=command_writer(writes) if writes else None)
    except PanelFileError as exc:
        raise UsageProblem(panel_problem_text(exc)) from None


def run_settlement(args: argparse.Namespace, action: Callable[[Any], Any], line: Callable[[Any], str]) -> int:
    """A chair's settling command: open the panel as its writer (``args.command``), run ``action`` on
    it and print ``line`` of what it settled; a refusal (an ``AppError``) reaches ``cli.main``, which
    says it in one line, exit 2."""
    with open_panel(args.panel, writes=args.command) as panel:
        settled = action(panel)
    print(line(settled))
    return EXIT_OK


def add_reason_and_actor(
    p: argparse.ArgumentParser, reason: str = "required: why (kept in the audit log)"
) -> None:
    """The chair's ``--reason`` and ``--actor`` of a settling command."""
    p.add_argument("--reason", default="", help=reason)
    p.add_argument("--actor", default="chair")


def command_writer(name: str) -> Any:
    """The lock holder for a writing command, which says on stderr when it waits for another."""
    from dataclasses import replace

    from app.models.locking import command, describe_holder

    def waiting(holder: Any) -> None:
        print(say("lock.waiting", holder=describe_holder(holder)), file=sys.stderr, flush=True)

    return replace(command(name), on_wait=waiting)


def panel_problem_text(exc: Any) -> str:
    """One line for a ``PanelFileError``; a held lock says who holds it."""
    from app.models.locking import WINDOW, PanelLocked, describe_holder

    if isinstance(exc, PanelLocked):
        holder = exc.holder
        if holder is not None and holder.kind == WINDOW:
            return (
                f"{exc.path}: the panel is open in another window — {describe_holder(holder)}; "
                "close it there, then try again"
            )
        return (
            f"{exc.path}: the panel is being written by {describe_holder(holder)}; "
            "try again when it has finished"
        )
    return f"{exc.path}: cannot open the panel ({exc.code}{': ' + exc.detail if exc.detail else ''})"
