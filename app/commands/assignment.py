"""Assignment and random draws: assign, assignments, override, draw, draws (docs/assignment.md).

The services return codes and raise coded refusals (``AssignmentError``, an ``AppError``: ``cli.main``
says them); this module words the rest from the words tables, in the terminal's language.
"""

from __future__ import annotations

import argparse
from typing import Any

from app.commands.common import EXIT_FINDINGS, EXIT_OK, open_panel, pad, print_json, say, term
from app.review.assignment import Bar, Conflict, Shortfall
from app.review.scoring import Role


def describe_conflict(code: Bar | str, value: str = "") -> str:
    """Why a reviewer may not have a dossier: own region 甲县, own unit, removed by the chair."""
    return say("assign.conflict", bar=term("bar", Bar(code)), value=value).strip()


def describe_shortfall(s: Shortfall) -> str:
    key = "assign.shortfall_experts" if s.role is Role.EXPERT else "assign.shortfall_cross"
    text = say(key, dossier=s.dossier_id, assigned=s.assigned, needed=s.needed)
    if s.blocked:
        who = say("list_separator").join(
            say("assign.blocked_one", reviewer=c.reviewer_id, why=describe_conflict(c.code, c.value))
            for c in s.blocked
        )
        text += say("assign.blocked", who=who)
    return text


def _settings_words(experts: int | None, cross: int) -> str:
    first = say("assign.every_expert") if experts is None else say("assign.experts", count=experts)
    return say("assign.settings_words", experts=first, cross=cross)


def _conflict_json(c: Conflict) -> dict[str, str]:
    return {"reviewer": c.reviewer_id, "dossier": c.dossier_id, "code": c.code.value, "value": c.value}


# ---------------------------------------------------------------------- commands
def cmd_assign(args: argparse.Namespace) -> int:
    from app.services.assignment import assign, load_per_reviewer

    with open_panel(args.panel, writes="assign") as panel:
        report = assign(
            panel,
            seed=args.seed,
            experts_per_dossier=args.experts_per_dossier,
            cross_per_dossier=args.cross_per_dossier,
        )
        load = load_per_reviewer(panel)
        reviewers = panel.reviewers()
    plan = report.plan
    print(say("assign.seed", seed=plan.seed))
    print(
        say(
            "assign.settings",
            settings=_settings_words(plan.settings.experts_per_dossier, plan.settings.cross_per_dossier),
        )
    )
    print(say("assign.pairs", added=len(report.added), removed=len(report.removed), kept=len(report.kept)))
    print(say("assign.load"))
    for r in reviewers:
        print(f"  {pad(r.id, 10)} {pad(r.name, 12)} {pad(term('role', r.role), 14)} {load.get(r.id, 0):>4}")
    for s in plan.shortfalls:
        print(say("assign.shortfall", text=describe_shortfall(s)))
    by_id = {r.id: r for r in reviewers}
    for rid in plan.cross_without_region:
        role = by_id[rid].role if rid in by_id else Role.CROSS
        if role is Role.CROSS:
            print(say("assign.no_region_cross", reviewer=rid))
        else:
            print(say("assign.no_region_other", role=term("role", role), reviewer=rid))
    for did in plan.dossiers_without_region:
        print(say("assign.no_region_dossier", dossier=did))
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
    heads = [
        pad(say(f"assignments.col_{c}"), w) for c, w in (("dossier", 24), ("reviewer", 10), ("role", 14))
    ]
    print("  " + " ".join([*heads, pad(say("assignments.col_origin"), 15), say("assignments.col_reason")]))
    for x in rows:
        origin = say("assignments.manual" if x.manual else "assignments.auto")
        origin += say("assignments.started") if x.reviewed else ""
        print(
            f"  {pad(x.dossier_id, 24)} {pad(x.reviewer_id, 10)} {pad(term('role', x.role), 14)} "
            f"{pad(origin, 15)} {x.override_reason or ''}".rstrip()
        )
    reasons = {(x.reviewer_id, x.dossier_id): x.override_reason for x in rows}
    for c in conflicts:
        reason = reasons.get((c.reviewer_id, c.dossier_id))
        how = say("assignments.overridden", reason=reason) if reason else say("assignments.no_reason")
        why = describe_conflict(c.code, c.value)
        print(say("assignments.rule_broken", reviewer=c.reviewer_id, dossier=c.dossier_id, why=why, how=how))
    for e in removed:
        reason = say("assignments.removed_reason", reason=e["reason"]) if e.get("reason") else ""
        print(say("assignments.removed", reviewer=e["reviewer"], dossier=e["dossier"], reason=reason))
    load_words = say("list_separator").join(f"{rid} {n}" for rid, n in load.items())
    print(say("assignments.summary", pairs=len(rows), load=load_words))
    return EXIT_OK


def cmd_override(args: argparse.Namespace) -> int:
    from app.services.assignment import override

    with open_panel(args.panel, writes="override") as panel:
        result = override(
            panel, args.reviewer, args.dossier, "add" if args.add else "remove", reason=args.reason
        )
    if result.action == "remove":
        print(say("override.removed", reviewer=result.reviewer_id, dossier=result.dossier_id))
        return EXIT_OK
    verb = "override.added" if result.changed else "override.kept"
    print(say(verb, reviewer=result.reviewer_id, dossier=result.dossier_id))
    for c in result.conflicts:
        print(say("override.rule_overridden", why=describe_conflict(c.code, c.value), reason=result.reason))
    return EXIT_OK


def cmd_draw(args: argparse.Namespace) -> int:
    from app.services.draws import draw

    with open_panel(args.panel, writes="draw") as panel:
        report = draw(panel, args.pool, seed=args.seed, redraw_reason=args.redraw_reason)
        names = {c.id: c.name for c in panel.candidates()}
    print(say("draw.seed", seed=report.seed))
    short = False
    for record in report.records:
        print(
            say(
                "draw.record",
                candidate=record.candidate_id,
                name=names.get(record.candidate_id, ""),
                draw=record.id,
            )
        )
        for type_code, cases in record.result.drawn.items():
            print(f"  {type_code}: {', '.join(cases) if cases else '—'}")
        for s in record.result.shortfalls:
            short = True
            print(say("draw.shortfall", type=s.type, required=s.required, available=s.available))
    if report.not_in_pool:
        print(say("draw.not_in_pool", candidates=", ".join(report.not_in_pool)))
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
            mark = say("draws.matches" if checks[r["id"]] else "draws.differs") if args.verify else ""
            print(
                say(
                    "draws.record",
                    draw=r["id"],
                    at=r["at"],
                    candidate=r["candidate"],
                    name=r["candidate_name"],
                    seed=r["seed"],
                    mark=mark,
                )
            )
            print(f"  {drawn}")
            for s in r["result"]["shortfalls"]:
                print(
                    say("draws.shortfall", type=s["type"], required=s["required"], available=s["available"])
                )
            if r["note"]:
                print(say("draws.again", note=r["note"]))
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
