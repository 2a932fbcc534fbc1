"""Shared pieces of the command line: exit codes, the one-line error, opening a panel, JSON out."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import Any

EXIT_OK, EXIT_FINDINGS, EXIT_BAD_INPUT = 0, 1, 2


class UsageProblem(Exception):
    """Bad input from the command line or a file: printed as one line, exit status 2."""


def parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2024-05-31") from None


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def open_panel(path: str) -> Any:
    from app.models.database import PanelFileError
    from app.services.panel import Panel

    try:
        return Panel.open(path)
    except PanelFileError as exc:
        raise UsageProblem(
            f"{exc.path}: cannot open the panel ({exc.code}{': ' + exc.detail if exc.detail else ''})"
        ) from None
