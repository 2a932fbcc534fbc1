"""The chair's settlements from the command line: set-aside, restore, grade, dossier-check
(``app.services.settlement``; docs/cli.md). Each needs a reason and lands in the audit log; a refusal
(``SettlementError``, an ``AppError``) is one line and exit status 2, with nothing written."""

from __future__ import annotations

import argparse
from typing import Any

from app.commands.common import UsageProblem, add_reason_and_actor, run_settlement, say
from app.review.points import format_points


def _run(args: argparse.Namespace, action: Any) -> int:
    return run_settlement(args, action, _line)


def _line(settled: Any) -> str:
    if settled.action == "dossier.set_aside":
        return say("settle.set_aside", target=settled.target, reason=settled.reason)
    if settled.action == "dossier.restore":
        return say("settle.restored", target=settled.target, old=settled.old, reason=settled.reason)
    if settled.action == "candidate.grade":
        old = say("settle.no_grade") if settled.old is None else format_points(settled.old)
        return say(
            "settle.graded",
            target=settled.target,
            old=old,
            new=format_points(settled.new),
            reason=settled.reason,
        )
    found = say("settle.check_found" if settled.new else "settle.check_not_found", target=settled.target)
    return found + (say("settle.note", reason=settled.reason) if settled.reason else "")


def cmd_set_aside(args: argparse.Namespace) -> int:
    from app.services import settlement

    return _run(args, lambda p: settlement.set_aside(p, args.dossier, args.reason, actor=args.actor))


def cmd_restore(args: argparse.Namespace) -> int:
    from app.services import settlement

    return _run(args, lambda p: settlement.restore(p, args.dossier, args.reason, actor=args.actor))


def cmd_grade(args: argparse.Namespace) -> int:
    from app.services import settlement

    return _run(
        args,
        lambda p: settlement.grade_candidate(p, args.candidate, args.points, args.reason, actor=args.actor),
    )


def cmd_dossier_check(args: argparse.Namespace) -> int:
    from app.services import settlement

    if args.found == args.not_found:
        raise UsageProblem("dossier-check: give --found or --not-found")
    return _run(
        args,
        lambda p: settlement.record_check(
            p, args.dossier, args.check, bool(args.found), args.reason, actor=args.actor
        ),
    )


def add_commands(sub: Any) -> None:
    """Register this module's sub-commands."""
    p = sub.add_parser(
        "set-aside", help="a dossier no longer counts for its candidate (an extra or shared dossier)"
    )
    p.add_argument("panel")
    p.add_argument("dossier", help="dossier code or case number")
    add_reason_and_actor(p)
    p.set_defaults(func=cmd_set_aside)

    p = sub.add_parser("restore", help="a set-aside dossier counts for its candidate again")
    p.add_argument("panel")
    p.add_argument("dossier", help="dossier code or case number")
    add_reason_and_actor(p)
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser(
        "grade", help="the chair's grade of a unit the notice leaves to the office (Rudong 22)"
    )
    p.add_argument("panel")
    p.add_argument("candidate", help="candidate id")
    p.add_argument("points", help="0 to the rule set's maximum grade")
    add_reason_and_actor(p)
    p.set_defaults(func=cmd_grade)

    p = sub.add_parser("dossier-check", help="record a check outside the review (Rudong: mobile system)")
    p.add_argument("panel")
    p.add_argument("dossier", help="dossier code or case number")
    p.add_argument("check", help="the check's code in the rule set, e.g. mobile-system")
    p.add_argument("--found", action="store_true")
    p.add_argument("--not-found", action="store_true")
    add_reason_and_actor(p, "optional note (kept in the audit log)")
    p.set_defaults(func=cmd_dossier_check)
