"""Assignment and random draws: assign, assignments, override, draw, draws (docs/assignment.md).

The services return codes; this module words them in English for the chair's terminal.
"""

from __future__ import annotations

import argparse
import unicodedata
from typing import Any

from app.commands.common import EXIT_FINDINGS, EXIT_OK, UsageProblem, open_panel, print_json
from app.review.assignment import AssignmentError, Bar, Conflict, ErrorCode, Shortfall
from app.review.scoring import Role

BAR_WORDS = {
    Bar.OWN_REGION: "own region {value}",
    Bar.OWN_UNIT: "own unit {value}",
    Bar.REMOVED_BY_CHAIR: "removed by hand{value}",
}


def describe_conflict(code: Bar | str, value: str = "") -> str:
    return BAR_WORDS[Bar(code)].format(value=value)


def describe_error(exc: AssignmentError) -> str:
    """One line a chair can act on."""
    a = exc.details
    code = exc.code
    if code is ErrorCode.BAD_SETTING:
        least = 1 if a["setting"] == "experts_per_dossier" else 0
        option = "--" + str(a["setting"]).replace("_", "-")
        return f"{option} must be a whole number of at least {least}, not {a['value']!r}"
    if code is ErrorCode.BAD_SEED:
        return f"seed {a['seed']!r}: write 1 to 64 printable characters"
    if code is ErrorCode.UNKNOWN_REVIEWER:
        return f"reviewer {a['reviewer']!r}: no such reviewer in the panel"
    if code is ErrorCode.UNKNOWN_DOSSIER:
        return f"dossier {a['dossier']!r}: no dossier has this code or case number"
    if code is ErrorCode.AMBIGUOUS_DOSSIER:
        return f"dossier {a['dossier']!r}: the case number names {a['count']} dossiers; give the dossier code"
    if code is ErrorCode.NOT_ASSIGNED:
        return f"reviewer {a['reviewer']!r} is not assigned dossier {a['dossier']!r}"
    if code is ErrorCode.ALREADY_ASSIGNED:
        return f"reviewer {a['reviewer']!r} is already assigned dossier {a['dossier']!r} by hand"
    if code is ErrorCode.HAS_REVIEW:
        return (
            f"reviewer {a['reviewer']!r} has already started reviewing dossier {a['dossier']!r}; "
            "the assignment stays"
        )
    if code is ErrorCode.REASON_REQUIRED:
        why = ", ".join(describe_conflict(c, v) for c, v in a["conflicts"])
        return (
            f"reviewer {a['reviewer']!r} may not review dossier {a['dossier']!r} ({why}); "
            "give --reason TEXT to override the rule"
        )
    if code is ErrorCode.ALREADY_DRAWN:
        return (
            f"candidate {a['candidate']!r} was drawn before (draw {a['draw']}); "
            "give --redraw-reason TEXT to draw again"
        )
    return str(exc)


def describe_shortfall(s: Shortfall) -> str:
    what = "experts" if s.role is Role.EXPERT else "cross-reviewers"
    text = f"dossier {s.dossier_id}: {s.assigned} of {s.needed} {what}"
    if s.blocked:
        text += (
            " ("
            + ", ".join(f"{c.reviewer_id}: {describe_conflict(c.code, c.value)}" for c in s.blocked)
            + ")"
        )
    return text


def _pad(text: str, width: int) -> str:
    """Left-justify by terminal columns: a Chinese character takes two."""
    used = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
    return text + " " * max(0, width - used)


def _settings_words(experts: int | None, cross: int) -> str:
    first = "every expert reviews every dossier" if experts is None else f"{experts} expert(s) a dossier"
    return f"{first}; {cross} cross-reviewer(s) a dossier"


def _conflict_json(c: Conflict) -> dict[str, str]:
    return {"reviewer": c.reviewer_id, "dossier": c.dossier_id, "code": c.code.value, "value": c.value}


# ---------------------------------------------------------------------- commands
def cmd_assign(args: argparse.Namespace) -> int:
    from app.services.assignment import assign, load_per_reviewer

    with open_panel(args.panel, writes="assign") as panel:
        try:
            report = assign(
                panel,
                seed=args.seed,
                experts_per_dossier=args.experts_per_dossier,
                cross_per_dossier=args.cross_per_dossier,
            )
        except AssignmentError as exc:
            raise UsageProblem(describe_error(exc)) from None
        load = load_per_reviewer(panel)
        reviewers = panel.reviewers()
    plan = report.plan
    print(f"seed: {plan.seed}  (the same seed repeats this assignment)")
    print(f"settings: {_settings_words(plan.settings.experts_per_dossier, plan.settings.cross_per_dossier)}")
    print(
        f"pairs: {len(report.added)} added, {len(report.removed)} removed, "
        f"{len(report.kept)} kept (added by hand or already reviewed)"
    )
    print("load per reviewer:")
    for r in reviewers:
        print(f"  {_pad(r.id, 10)} {_pad(r.name, 12)} {r.role.value:<6} {load.get(r.id, 0):>4}")
    for s in plan.shortfalls:
        print(f"shortfall: {describe_shortfall(s)}")
    by_id = {r.id: r for r in reviewers}
    for rid in plan.cross_without_region:
        role = by_id[rid].role.value if rid in by_id else "cross"
        who = "cross-reviewer" if role == "cross" else f"{role} (bound by the rule set's region rule)"
        print(f"warning: {who} {rid} has no region; the region rule cannot be checked for them")
    for did in plan.dossiers_without_region:
        print(f"warning: dossier {did} has no region (nor its candidate); the region rule cannot be checked")
    return EXIT_FINDINGS if plan.shortfalls else EXIT_OK


def cmd_assignments(args: argparse.Namespace) -> int:
    from app.services.assignment import assignment_conflicts, assignments, exclusions, load_per_reviewer

    with open_panel(args.panel) as panel:
        rows = assignments(panel)
        conflicts = assignment_conflicts(panel)
        removed = exclusions(panel)
        load = load_per_reviewer(panel)
    if args.json:
        print_json(
            {
                "assignments": [
                    {
                        "reviewer": x.reviewer_id,
                        "reviewer_name": x.reviewer_name,
                        "role": x.role.value,
                        "dossier": x.dossier_id,
                        "candidate": x.candidate_id,
                        "origin": "manual" if x.manual else "automatic",
                        "override_reason": x.override_reason,
                        "reviewed": x.reviewed,
                        "created_at": x.created_at.isoformat(timespec="seconds"),
                    }
                    for x in rows
                ],
                "conflicts": [_conflict_json(c) for c in conflicts],
                "removed_by_hand": removed,
                "load": load,
            }
        )
        return EXIT_OK
    print(f"  {_pad('dossier', 24)} {'reviewer':<10} {'role':<6} {'origin':<15} reason")
    for x in rows:
        origin = ("manual" if x.manual else "auto") + (", started" if x.reviewed else "")
        print(
            f"  {_pad(x.dossier_id, 24)} {_pad(x.reviewer_id, 10)} {x.role.value:<6} {origin:<15} "
            f"{x.override_reason or ''}".rstrip()
        )
    reasons = {(x.reviewer_id, x.dossier_id): x.override_reason for x in rows}
    for c in conflicts:
        reason = reasons.get((c.reviewer_id, c.dossier_id))
        how = f"; overridden by hand: {reason}" if reason else "; no reason given (edited since?)"
        print(
            f"rule broken: {c.reviewer_id} on dossier {c.dossier_id}: {describe_conflict(c.code, c.value)}{how}"
        )
    for e in removed:
        reason = f": {e['reason']}" if e.get("reason") else ""
        print(f"removed by hand: {e['reviewer']} from dossier {e['dossier']}{reason}")
    print(f"{len(rows)} pair(s); load: " + ", ".join(f"{rid} {n}" for rid, n in load.items()))
    return EXIT_OK


def cmd_override(args: argparse.Namespace) -> int:
    from app.services.assignment import override

    with open_panel(args.panel, writes="override") as panel:
        try:
            result = override(
                panel, args.reviewer, args.dossier, "add" if args.add else "remove", reason=args.reason
            )
        except AssignmentError as exc:
            raise UsageProblem(describe_error(exc)) from None
    if result.action == "remove":
        print(
            f"removed {result.reviewer_id} from dossier {result.dossier_id}; assign will not pair them again"
        )
        return EXIT_OK
    verb = "added" if result.changed else "kept (now by hand)"
    print(f"{verb} {result.reviewer_id} on dossier {result.dossier_id}")
    for c in result.conflicts:
        print(f"  rule overridden: {describe_conflict(c.code, c.value)}; reason: {result.reason}")
    return EXIT_OK


def cmd_draw(args: argparse.Namespace) -> int:
    from app.services.draws import draw

    with open_panel(args.panel, writes="draw") as panel:
        try:
            report = draw(panel, args.pool, seed=args.seed, redraw_reason=args.redraw_reason)
        except AssignmentError as exc:
            raise UsageProblem(describe_error(exc)) from None
        names = {c.id: c.name for c in panel.candidates()}
    print(f"seed: {report.seed}  (the same pool and seed repeat this draw)")
    short = False
    for record in report.records:
        print(f"{record.candidate_id} {names.get(record.candidate_id, '')} (draw {record.id})")
        for type_code, cases in record.result.drawn.items():
            print(f"  {type_code}: {', '.join(cases) if cases else '—'}")
        for s in record.result.shortfalls:
            short = True
            print(
                f"  shortfall: {s.type}: {s.required} required, {s.available} in the pool "
                "(the missing dossier scores 0)"
            )
    if report.not_in_pool:
        print("not in this pool: " + ", ".join(report.not_in_pool))
    return EXIT_FINDINGS if short else EXIT_OK


def cmd_draws(args: argparse.Namespace) -> int:
    from app.services.draws import draw_records, verify_draws

    with open_panel(args.panel) as panel:
        records = draw_records(panel)
        checks = {r.id: v.matches for r, v in verify_draws(panel)} if args.verify else {}
    if args.json:
        out: list[dict[str, Any]] = [
            r | ({"verified": checks[r["id"]]} if args.verify else {}) for r in records
        ]
        print_json(out)
    else:
        for r in records:
            drawn = "; ".join(f"{t}: {', '.join(c) or '—'}" for t, c in r["result"]["drawn"].items())
            mark = ("  matches" if checks[r["id"]] else "  DOES NOT MATCH") if args.verify else ""
            print(
                f"draw {r['id']}  {r['at']}  {r['candidate']} {r['candidate_name']}  seed {r['seed']}{mark}"
            )
            print(f"  {drawn}")
            for s in r["result"]["shortfalls"]:
                print(f"  shortfall: {s['type']}: {s['required']} required, {s['available']} in the pool")
            if r["note"]:
                print(f"  drawn again: {r['note']}")
    return EXIT_FINDINGS if args.verify and not all(checks.values()) else EXIT_OK


# ---------------------------------------------------------------------- parser
def _count(least: int) -> Any:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = least - 1
        if value < least:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of at least {least}")
        return value

    return parse


def add_commands(sub: Any) -> None:
    """Register this module's sub-commands."""

    p = sub.add_parser("assign", help="assign dossiers to reviewers (keeps pairs made by hand)")
    p.add_argument("panel")
    p.add_argument("--seed", help="repeat an earlier assignment (default: a new random seed)")
    p.add_argument("--experts-per-dossier", type=_count(1), help="default: every expert gets every dossier")
    p.add_argument("--cross-per-dossier", type=_count(0), default=1)
    p.set_defaults(func=cmd_assign)

    p = sub.add_parser("assignments", help="who reviews which dossier")
    p.add_argument("panel")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_assignments)

    p = sub.add_parser("override", help="add or remove one reviewer/dossier pair by hand")
    p.add_argument("panel")
    p.add_argument("reviewer")
    p.add_argument("dossier", help="dossier code or case number")
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--add", action="store_true")
    group.add_argument("--remove", action="store_true")
    p.add_argument("--reason", help="needed to break the region/unit rule; stored and audited")
    p.set_defaults(func=cmd_override)

    p = sub.add_parser("draw", help="draw the candidates' random dossiers from a pool manifest")
    p.add_argument("panel")
    p.add_argument(
        "--pool", required=True, help="CSV or XLSX: candidate, case_number, type[, closing_date, title]"
    )
    p.add_argument("--seed", help="repeat an earlier draw (default: a new random seed)")
    p.add_argument("--redraw-reason", help="needed to draw a candidate again; stored and audited")
    p.set_defaults(func=cmd_draw)

    p = sub.add_parser("draws", help="the draw records: pool, seed, result")
    p.add_argument("panel")
    p.add_argument("--json", action="store_true")
    p.add_argument("--verify", action="store_true", help="repeat every draw and say whether it matches")
    p.set_defaults(func=cmd_draws)
