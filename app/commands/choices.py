"""The chair's choices where a rule leaves one: keep-copy (which copy of a case handed in under two
categories stands) and pool (which member candidates a city's indicator pools). docs/cli.md."""

from __future__ import annotations

import argparse
from typing import Any

from app.commands.common import EXIT_OK, UsageProblem, open_panel


def cmd_keep_copy(args: argparse.Namespace) -> int:
    from app.services.choices import ChoiceError, choose_standing_copy, describe_choice_error

    with open_panel(args.panel) as panel:
        try:
            change = choose_standing_copy(panel, args.dossier, args.reason, actor=args.actor)
        except ChoiceError as exc:
            raise UsageProblem(f"keep-copy: {describe_choice_error(exc)}") from None
    was = f" (was {change.previous})" if change.previous else ""
    print(
        f"dossier {change.value} stands for its case{was}; the other copies score 0 — reason: {change.reason}"
    )
    return EXIT_OK


def cmd_pool(args: argparse.Namespace) -> int:
    from app.services.choices import ChoiceError, choose_pool, describe_choice_error

    with open_panel(args.panel) as panel:
        try:
            change = choose_pool(panel, args.unit, args.members, args.reason, actor=args.actor)
        except ChoiceError as exc:
            raise UsageProblem(f"pool: {describe_choice_error(exc)}") from None
    assert isinstance(change.value, list)
    was = f" (was {', '.join(change.previous)})" if isinstance(change.previous, list) else ""
    print(f"{change.subject} pools {', '.join(change.value)}{was} — reason: {change.reason}")
    return EXIT_OK


def add_commands(sub: Any) -> None:
    """Register this module's sub-commands."""
    p = sub.add_parser(
        "keep-copy", help="which copy stands of a case handed in under two categories (the others score 0)"
    )
    p.add_argument("panel")
    p.add_argument("dossier", help="the dossier code of the copy that stands")
    p.add_argument("--reason", default="", help="required: why (kept in the audit log)")
    p.add_argument("--actor", default="chair")
    p.set_defaults(func=cmd_keep_copy)

    p = sub.add_parser("pool", help="the member candidates whose dossiers a unit's pooled mean counts")
    p.add_argument("panel")
    p.add_argument("unit", help="the pooling candidate (a Jiangsu city)")
    p.add_argument(
        "members", nargs="+", help="the member candidates (its counties), as many as the rule set pools"
    )
    p.add_argument("--reason", default="", help="required: why (kept in the audit log)")
    p.add_argument("--actor", default="chair")
    p.set_defaults(func=cmd_pool)
