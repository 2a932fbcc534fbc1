"""Settling a panel and handing out its result: flags, moderate, stats, export.

The services return codes and exact figures, and raise coded refusals (``ModerationError``, an
``AppError``: ``cli.main`` says them); this module words the rest in the terminal's language
(docs/moderation-and-exports.md). ``flags`` exits 1 while any flag is still open.
"""

from __future__ import annotations

import argparse
from fractions import Fraction
from pathlib import Path
from typing import Any

from app.commands.common import (
    EXIT_FINDINGS,
    EXIT_OK,
    UsageProblem,
    cli_language,
    open_panel,
    pad,
    print_json,
    say,
    term,
)
from app.review.disagreement import Flag, summarise
from app.review.points import format_points


def _p(value: Fraction | None) -> str:
    return "—" if value is None else format_points(value)


def describe_flag(flag: Flag) -> str:
    """One line of a flag: dossier, kind, the item or veto, who gave what, the deductions' ids, status."""
    from app.vocabulary import flag_figures_text

    where = say("flags.item", item=flag.item_id) if flag.item_id else ""
    where += say("flags.veto", veto=flag.veto_id) if flag.veto_id else ""
    ids = " ".join(flag.deduction_uids)
    return say(
        "flags.line",
        dossier=flag.dossier_id,
        kind=term("flag", flag.code),
        where=where,
        figures=flag_figures_text(flag, None, cli_language()),
        ids=say("flags.deductions", ids=ids) if ids else "",
        status=term("flag_status", "settled" if flag.settled else "open"),
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
            print(describe_flag(flag))
        print(say("flags.summary", total=summary.total, settled=summary.settled, open=summary.open))
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
                say(
                    "moderate.deduction",
                    uid=uid,
                    reviewer=decision.reviewer_id,
                    dossier=code,
                    item=decision.item_id,
                    points=format_points(decision.points),
                    decision=term("decision", decision.decision),
                    reason=decision.reason,
                )
            )
        after = compute_results(panel)
    old, new = _dossier_line(before, code), _dossier_line(after, code)
    labels = [say(f"moderate.{key}") for key in ("expert_score", "cross_deduction", "final")]
    changes = [
        say("moderate.change", label=label, old=_p(a), new=_p(b))
        for label, a, b in zip(labels, old, new, strict=True)
    ]
    print(say("moderate.before_after", dossier=code, changes=say("list_separator").join(changes)))
    return EXIT_OK


def _change_line(change: Any) -> str:
    if change.new is None:
        return say("moderate.cleared", dossier=change.dossier_id)
    if not change.changed:
        return say("moderate.unchanged", dossier=change.dossier_id)
    n = change.new

    def value(points: Any) -> str:
        return format_points(points) if points is not None else say("moderate.as_computed")

    parts = [
        f"{say('moderate.expert_score')} {value(n.expert_score)}",
        f"{say('moderate.cross_deduction')} {value(n.cross_deduction)}",
    ]
    if n.dismissed_vetoes:
        parts.append(say("moderate.dismissed", vetoes=say("list_separator").join(n.dismissed_vetoes)))
    return say(
        "moderate.settled",
        dossier=change.dossier_id,
        parts=say("reason_separator").join(parts),
        reason=n.reason,
    )


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
    _print_problems(stats.problems[: args.top])
    _print_by_candidate(stats.by_candidate, names)
    _print_agreement(stats.agreement)
    return EXIT_OK


def _print_problems(problems: Any) -> None:
    print(say("stats.problems"))
    heads = [pad(say("stats.col_item"), 18), pad(say("stats.col_dossiers"), 8, True)]
    heads += [pad(say("stats.col_reviews"), 7, True), pad(say("stats.col_points"), 7, True)]
    print("  " + " ".join(heads) + "  " + say("stats.col_text"))
    for p in problems:
        reasons = say("reason_separator").join(f"{t} ×{n}" for t, n in p.reasons)
        print(
            f"  {pad(p.item_id, 18)} {pad(f'{p.dossiers}/{p.dossiers_reviewed}', 8, True)} {p.reviews:>7} "
            f"{format_points(p.points):>7}  {p.item_text} — {reasons}"
        )


def _print_by_candidate(by_candidate: Any, names: dict[str, str]) -> None:
    print("\n" + say("stats.per_candidate"))
    for candidate_id, problems in by_candidate.items():
        top = say("list_separator").join(
            say("stats.candidate_item", item=p.item_id, reviews=p.reviews, points=format_points(p.points))
            for p in problems[:3]
        )
        name = names.get(candidate_id, "")
        print("  " + say("stats.candidate_line", name=name, id=candidate_id, top=top or say("stats.none")))


def _print_agreement(agreement: Any) -> None:
    print("\n" + say("stats.agreement"))
    heads = [pad(say("stats.col_item"), 18), pad(say("stats.col_pairs"), 5, True)]
    heads += [pad(say("stats.col_agree"), 5, True), pad(say("stats.col_share"), 6, True)]
    print("  " + " ".join([*heads, pad(say("stats.col_mean_diff"), 9, True)]))
    for a in agreement:
        print(
            f"  {pad(a.item_id, 18)} {a.pairs:>5} {a.agreeing_pairs:>5} {format_points(a.share * 100) + '%':>6} "
            f"{format_points(a.mean_abs_difference):>9}"
        )


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
