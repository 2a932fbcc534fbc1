"""Settling a panel and handing out its result: flags, moderate, stats, export.

The services return codes and exact figures; this module words them in English for the chair's
terminal (docs/moderation-and-exports.md). ``flags`` exits 1 while any flag is still open.
"""

from __future__ import annotations

import argparse
from fractions import Fraction
from pathlib import Path
from typing import Any

from app.commands.common import EXIT_FINDINGS, EXIT_OK, UsageProblem, open_panel, print_json
from app.review.disagreement import Flag, FlagCode, summarise
from app.review.points import format_points

ERROR_WORDS = {
    "reason_required": "give --reason TEXT: every settlement needs a reason",
    "unknown_dossier": "no dossier has this code or case number",
    "ambiguous_dossier": "the case number names {count} dossiers; give the dossier code",
    "not_points": "{field} {value!s} is not a number of points (0 or more, at most two decimals)",
    "expert_score_out_of_range": "expert score {value} is outside 0 to {maximum} (the checklist's maximum)",
    "cross_deduction_out_of_range": "cross deduction {value} is outside 0 to {maximum} (the checklist's maximum)",
    "unknown_veto": "the checklist has no veto {veto!r}",
    "veto_not_marked": "no reviewer marked veto {veto!r} on this dossier, so there is nothing to dismiss",
    "not_moderated": "the dossier has no moderation to clear",
    "unknown_deduction": "no deduction has this id (see `flags` for the ids)",
    "not_cross_deduction": "it is expert {reviewer}'s deduction on {item}; only cross-review deductions are rejected",
}


def describe_error(exc: Any) -> str:
    """One line naming the dossier (or deduction) and what is wrong."""
    where = f"dossier {exc.dossier}" if exc.dossier else ""
    if exc.deduction:
        where = f"{where}, deduction {exc.deduction}" if where else f"deduction {exc.deduction}"
    words = ERROR_WORDS.get(exc.code, exc.code).format(**exc.details)
    return f"{where}: {words}"


def _p(value: Fraction | None) -> str:
    return "—" if value is None else format_points(value)


def describe_flag(flag: Flag) -> str:
    f, who = flag.figures, flag.by_reviewer
    if flag.code is FlagCode.SCORE_SPREAD:
        totals = ", ".join(f"{r} {_p(v)}" for r, v in who.items())
        return f"experts' totals {totals}: {_p(f['spread'])} apart (threshold {_p(f['threshold'])})"
    if flag.code is FlagCode.VETO_SPLIT:
        marked = ", ".join(r for r, v in who.items() if v)
        not_marked = ", ".join(r for r, v in who.items() if not v)
        return f"veto {flag.veto_id} marked by {marked}, not by {not_marked}"
    if flag.code is FlagCode.ITEM_SPLIT:
        taken = ", ".join(f"{r} {_p(v) if v else 'nothing'}" for r, v in who.items())
        return f"item {flag.item_id}: {taken} (maximum {_p(f['maximum'])})"
    taken = ", ".join(f"{r} {_p(v)}" for r, v in who.items())
    rejected = f", {_p(f['rejected_points'])} of it rejected" if f["rejected_points"] else ""
    ids = " ".join(flag.deduction_uids)
    return (
        f"item {flag.item_id}: counted twice? cross-review takes {_p(f['cross_points'])}{rejected} "
        f"where experts took up to {_p(f['expert_points'])} ({taken})" + (f"; deduction {ids}" if ids else "")
    )


# ---------------------------------------------------------------------- commands
def cmd_flags(args: argparse.Namespace) -> int:
    from app.services.export import flags_json
    from app.services.moderation import compute_flags
    from app.services.results import compute_results

    with open_panel(args.panel) as panel:
        flags = compute_flags(panel, compute_results(panel))
    summary = summarise(flags)
    shown = [f for f in flags if not (args.open and f.settled)]
    if args.json:
        print_json(flags_json(shown))
    else:
        for flag in shown:
            print(f"{flag.dossier_id}  {describe_flag(flag)}  [{'settled' if flag.settled else 'open'}]")
        print(f"{summary.total} flag(s): {summary.settled} settled, {summary.open} open")
    return EXIT_FINDINGS if summary.open else EXIT_OK


def _dossier_line(results: Any, code: str) -> tuple[Fraction | None, Fraction | None, Fraction | None]:
    outcome = next((o for o in results.dossiers if o.dossier.id == code), None)
    if outcome is None:
        return None, None, None
    r = outcome.result
    return r.expert_score, r.cross_deduction, r.final


def cmd_moderate(args: argparse.Namespace) -> int:
    from app.services import moderation
    from app.services.results import compute_results

    targets = [t for t in (args.dossier, args.reject_deduction, args.accept_deduction) if t]
    if len(targets) != 1:
        raise UsageProblem("moderate: give one dossier, or --reject-deduction UID, or --accept-deduction UID")
    values_given = args.expert_score is not None or args.cross_deduction is not None or args.dismiss_veto
    if not args.dossier and (values_given or args.clear):
        raise UsageProblem(
            "moderate: --expert-score, --cross-deduction, --dismiss-veto and --clear need a dossier"
        )
    if args.clear and values_given:
        raise UsageProblem("moderate: --clear takes no values; it returns the dossier to its computed scores")
    with open_panel(args.panel, writes="moderate") as panel:
        before = compute_results(panel)
        try:
            if args.dossier:
                if args.clear:
                    change = moderation.clear_moderation(
                        panel, args.dossier, reason=args.reason, actor=args.actor
                    )
                else:
                    change = moderation.settle(
                        panel,
                        args.dossier,
                        expert_score=args.expert_score,
                        cross_deduction=args.cross_deduction,
                        dismiss_vetoes=args.dismiss_veto or (),
                        reason=args.reason,
                        actor=args.actor,
                    )
                code = change.dossier_id
                print(_change_line(change))
            else:
                uid = args.reject_deduction or args.accept_deduction
                act = (
                    moderation.reject_cross_deduction
                    if args.reject_deduction
                    else moderation.accept_cross_deduction
                )
                decision = act(panel, uid, args.reason, actor=args.actor)
                code = decision.dossier_id
                print(
                    f"deduction {uid} ({decision.reviewer_id} on {code}, item {decision.item_id}, "
                    f"{format_points(decision.points)} points) {decision.decision.value}: {decision.reason}"
                )
        except moderation.ModerationError as exc:
            raise UsageProblem(describe_error(exc)) from None
        after = compute_results(panel)
    old, new = _dossier_line(before, code), _dossier_line(after, code)
    labels = ("expert score", "cross deduction", "final")
    print(
        f"{code}: "
        + ", ".join(f"{label} {_p(a)} → {_p(b)}" for label, a, b in zip(labels, old, new, strict=True))
    )
    return EXIT_OK


def _change_line(change: Any) -> str:
    if change.new is None:
        return f"dossier {change.dossier_id}: moderation cleared"
    if not change.changed:
        return f"dossier {change.dossier_id}: already settled so; nothing written"
    n = change.new
    parts = [
        f"expert score {format_points(n.expert_score) if n.expert_score is not None else 'as computed'}",
        f"cross deduction {format_points(n.cross_deduction) if n.cross_deduction is not None else 'as computed'}",
    ]
    if n.dismissed_vetoes:
        parts.append("vetoes dismissed: " + ", ".join(n.dismissed_vetoes))
    return f"dossier {change.dossier_id} settled: " + "; ".join(parts) + f" — reason: {n.reason}"


def cmd_stats(args: argparse.Namespace) -> int:
    from app.review.statistics import compute_statistics
    from app.services.export import statistics_json
    from app.services.moderation import load_deductions
    from app.services.results import compute_results

    with open_panel(args.panel) as panel:
        results = compute_results(panel)
        stats = compute_statistics(results.dossiers, load_deductions(panel), panel.checklists)
        names = {c.id: c.name for c in panel.candidates()}
    if args.json:
        print_json(statistics_json(stats))
        return EXIT_OK
    print("Typical problems (most deducted items)")
    print(f"  {'item':<18} {'dossiers':>8} {'reviews':>7} {'points':>7}  item text / most frequent reasons")
    for p in stats.problems[: args.top]:
        reasons = "; ".join(f"{t} ×{n}" for t, n in p.reasons)
        print(
            f"  {p.item_id:<18} {f'{p.dossiers}/{p.dossiers_reviewed}':>8} {p.reviews:>7} "
            f"{format_points(p.points):>7}  {p.item_text} — {reasons}"
        )
    print("\nPer candidate")
    for candidate_id, problems in stats.by_candidate.items():
        top = (
            ", ".join(f"{p.item_id} ({p.reviews}×, {format_points(p.points)})" for p in problems[:3])
            or "none"
        )
        print(f"  {names.get(candidate_id, '')} ({candidate_id}): {top}")
    print("\nExpert agreement per item (dossiers with two or more experts)")
    print(f"  {'item':<18} {'pairs':>5} {'agree':>5} {'share':>6} {'mean diff':>9}")
    for a in stats.agreement:
        print(
            f"  {a.item_id:<18} {a.pairs:>5} {a.agreeing_pairs:>5} {format_points(a.share * 100) + '%':>6} "
            f"{format_points(a.mean_abs_difference):>9}"
        )
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from app.services.export import build_export, write_csv, write_json, write_xlsx

    target = Path(args.xlsx or args.csv or args.json)
    if args.xlsx and target.suffix.lower() != ".xlsx":
        raise UsageProblem(f"{target}: give a file name ending in .xlsx")
    if not args.csv and not target.parent.exists():
        raise UsageProblem(f"{target.parent}: no such folder")
    with open_panel(args.panel) as panel:
        export = build_export(panel)
    try:
        if args.xlsx:
            written = [write_xlsx(export, target)]
        elif args.csv:
            written = write_csv(export, target)
        else:
            written = [write_json(export, target)]
    except OSError as exc:
        raise UsageProblem(f"{exc.filename or target}: cannot write ({exc.strerror or exc})") from None
    for path in written:
        print(path)
    return EXIT_OK


# ---------------------------------------------------------------------- parser
def add_commands(sub: Any) -> None:
    """Register this module's sub-commands."""
    p = sub.add_parser("flags", help="where reviewers disagree: what the chair should settle")
    p.add_argument("panel")
    p.add_argument("--open", action="store_true", help="only the flags not settled yet")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_flags)

    p = sub.add_parser(
        "moderate",
        help="settle a dossier (expert score, cross deduction, dismissed vetoes) or a cross-review deduction",
    )
    p.add_argument("panel")
    p.add_argument("dossier", nargs="?", help="dossier code or case number")
    p.add_argument("--expert-score", metavar="X")
    p.add_argument("--cross-deduction", metavar="Y")
    p.add_argument("--dismiss-veto", metavar="ID", action="append", help="may be given more than once")
    p.add_argument("--clear", action="store_true", help="remove the dossier's moderation")
    p.add_argument("--reject-deduction", metavar="UID")
    p.add_argument("--accept-deduction", metavar="UID")
    p.add_argument("--reason", default="", help="required: why (kept in the audit log)")
    p.add_argument("--actor", default="chair", help="who settles (default: chair)")
    p.set_defaults(func=cmd_moderate)

    p = sub.add_parser("stats", help="typical problems and expert agreement per item")
    p.add_argument("panel")
    p.add_argument("--top", type=int, default=10, help="how many items to list (default 10)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser("export", help="the panel result as XLSX, CSV files or JSON")
    p.add_argument("panel")
    out = p.add_mutually_exclusive_group(required=True)
    out.add_argument("--xlsx", metavar="FILE")
    out.add_argument("--csv", metavar="DIR", help="one UTF-8 (with BOM) file per sheet")
    out.add_argument("--json", metavar="FILE")
    p.set_defaults(func=cmd_export)
