"""The chair's choices where a rule leaves one: keep-copy (which copy of a case handed in under two
categories stands) and pool (which member candidates a city's indicator pools). docs/cli.md."""

from __future__ import annotations

import argparse
from typing import Any

from app.commands.common import add_reason_and_actor, run_settlement, say


def cmd_keep_copy(args: argparse.Namespace) -> int:
    from app.services.choices import choose_standing_copy

    def line(change: Any) -> str:
        was = say("choices.was", previous=change.previous) if change.previous else ""
        return say("choices.kept", dossier=change.value, was=was, reason=change.reason)

    return _run(args, lambda p: choose_standing_copy(p, args.dossier, args.reason, actor=args.actor), line)


def cmd_pool(args: argparse.Namespace) -> int:
    from app.services.choices import choose_pool

    def line(change: Any) -> str:
        assert isinstance(change.value, list)
        was = (
            say("choices.was", previous=", ".join(change.previous))
            if isinstance(change.previous, list)
            else ""
        )
        members = ", ".join(change.value)
        return say("choices.pooled", unit=change.subject, members=members, was=was, reason=change.reason)

    return _run(args, lambda p: choose_pool(p, args.unit, args.members, args.reason, actor=args.actor), line)


def _run(args: argparse.Namespace, action: Any, line: Any) -> int:
    return run_settlement(args, action, line)  # a ChoiceError (an AppError): cli.main says it


def add_commands(sub: Any) -> None:
    """Register this module's sub-commands."""
    p = sub.add_parser(
        "keep-copy", help="which copy stands of a case handed in under two categories (the others score 0)"
    )
    p.add_argument("panel")
    p.add_argument("dossier", help="the dossier code of the copy that stands")
    add_reason_and_actor(p)
    p.set_defaults(func=cmd_keep_copy)

    p = sub.add_parser("pool", help="the member candidates whose dossiers a unit's pooled mean counts")
    p.add_argument("panel")
    p.add_argument("unit", help="the pooling candidate (a Jiangsu city)")
    p.add_argument(
        "members", nargs="+", help="the member candidates (its counties), as many as the rule set pools"
    )
    add_reason_and_actor(p)
    p.set_defaults(func=cmd_pool)
