"""Panel set-up and results: new, add-*, import-scores, check, results, rulesets, demo."""

from __future__ import annotations

import argparse
import sys
import unicodedata
from pathlib import Path
from typing import Any

from app.commands.common import (
    EXIT_FINDINGS,
    EXIT_OK,
    UsageProblem,
    open_panel,
    parse_date,
    print_json,
)
from app.review import library
from app.review.composition import Severity, describe
from app.review.points import format_points, parse_points
from app.review.ruleset import CrossAggregation, ExpertAggregation


# ---------------------------------------------------------------------- commands
def _why_incomplete(steps: list[dict[str, Any]]) -> str:
    codes = {s["code"] for s in steps}
    reasons = []
    if "unsettled" in codes:
        reasons.append("composition errors to settle (`check`, `set-aside`)")
    if "grade_missing" in codes:
        reasons.append("no grade from the chair yet (`grade`)")
    return "; ".join(reasons) or "dossiers still unscored"


def cmd_new(args: argparse.Namespace) -> int:
    from app.services.panel import Panel

    path = Path(args.panel)
    if path.exists():
        raise UsageProblem(f"{path}: already exists; choose another file name")
    try:
        ruleset = library.ruleset(args.ruleset)
    except KeyError as exc:
        raise UsageProblem(str(exc.args[0])) from None
    if args.replaces and not args.checklist:
        raise UsageProblem("--replaces goes with --checklist FILE")
    checklists = None
    if args.checklist:
        from app.services.checklist_files import (
            panel_checklists,
            read_checklist_file,
            ruleset_with_checklist,
        )

        own = read_checklist_file(args.checklist, sheet=args.sheet)
        try:
            ruleset = ruleset_with_checklist(ruleset, own, args.replaces)
        except KeyError as exc:
            raise UsageProblem(str(exc.args[0])) from None
        checklists = panel_checklists(ruleset, own)
        print(
            f"checklist {own.id} v{own.version} ({format_points(own.max_points)} points) from {args.checklist}"
        )
    panel = Panel.create(
        path,
        ruleset,
        checklists=checklists,
        title=args.title or "",
        campaign_start=args.campaign_start,
        campaign_end=args.campaign_end,
        blind=args.blind,
        expert_aggregation=ExpertAggregation(args.expert_aggregation) if args.expert_aggregation else None,
        cross_aggregation=CrossAggregation(args.cross_aggregation) if args.cross_aggregation else None,
        disagreement_threshold=parse_points(args.threshold) if args.threshold else None,
        enabled_vetoes=_enabled_vetoes(args.ruleset, args.enable_veto or []),
    )
    print(f"created panel {panel.info.title!r} ({panel.info.ruleset_id}), PDFs kept in {panel.pdf_dir}")
    print(panel.path)
    panel.close()
    return EXIT_OK


def _enabled_vetoes(ruleset_id: str, veto_ids: list[str]) -> list[str]:
    """The optional vetoes (not in the notice) the chair asked for, each checked before anything is made."""
    try:
        library.ruleset(ruleset_id).with_enabled_vetoes(veto_ids)
    except ValueError as exc:
        raise UsageProblem(str(exc).splitlines()[0]) from None
    return veto_ids


def _print_import(report: Any, what: str) -> int:
    updated = f", {len(report.updated)} updated" if report.updated else ""
    print(f"{what}: {len(report.added)} added{updated}, {len(report.unchanged)} already in the panel", end="")
    print(f", {len(report.refused)} refused" if report.refused else "")
    for label, code, detail in report.refused:
        print(f"  refused {label}: {code} — {detail}")
    return EXIT_FINDINGS if report.refused else EXIT_OK


def cmd_add_candidates(args: argparse.Namespace) -> int:
    from app.services.registry import add_candidates

    with open_panel(args.panel, writes="add-candidates") as panel:
        return _print_import(add_candidates(panel, args.manifest), "candidates")


def cmd_add_reviewers(args: argparse.Namespace) -> int:
    from app.services.registry import add_reviewers

    with open_panel(args.panel, writes="add-reviewers") as panel:
        return _print_import(add_reviewers(panel, args.manifest), "reviewers")


def cmd_add_dossiers(args: argparse.Namespace) -> int:
    from app.services.progress import Progress
    from app.services.registry import add_dossiers

    def show(done: int, total: int, _stage: str) -> None:
        if sys.stderr.isatty():
            print(f"\rchecking PDFs {done}/{total}", end="", file=sys.stderr, flush=True)

    with open_panel(args.panel, writes="add-dossiers") as panel:
        report = add_dossiers(panel, args.manifest, progress=Progress(show))
        if sys.stderr.isatty():
            print(file=sys.stderr)
        return _print_import(report, "dossiers")


def cmd_import_scores(args: argparse.Namespace) -> int:
    from app.services.scores import import_scores

    with open_panel(args.panel, writes="import-scores") as panel:
        report = import_scores(panel, args.file)
    print(
        f"scores: {len(report.reviews)} reviews written ({report.deductions} deductions, {report.vetoes} vetoes)"
    )
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from app.services.results import compute_results

    with open_panel(args.panel) as panel:
        composition = compute_results(panel).composition
        names = {c.id: c.name for c in panel.candidates()}
    if args.json:
        print_json(
            [
                {
                    "code": f.code.value,
                    "severity": f.severity.value,
                    "candidate": f.candidate_id,
                    "dossier": f.dossier_id,
                    "rule": f.rule,
                    "args": {k: str(v) for k, v in f.args.items()},
                    "text": describe(f, names),
                }
                for f in composition.findings
            ]
        )
    else:
        for finding in composition.findings:
            print(describe(finding, names))
        errors = sum(1 for f in composition.findings if f.severity is Severity.ERROR)
        print(f"composition check: {errors} error(s), {len(composition.findings) - errors} warning(s)")
    return EXIT_FINDINGS if any(f.severity is Severity.ERROR for f in composition.findings) else EXIT_OK


def _pad(text: str, width: int, right: bool = False) -> str:
    """Pad to a display width: CJK characters take two columns in a terminal."""
    shown = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
    fill = " " * max(0, width - shown)
    return fill + text if right else text + fill


def cmd_results(args: argparse.Namespace) -> int:
    from app.services.results import compute_results, results_to_json

    with open_panel(args.panel) as panel:
        results = compute_results(panel)
        data = results_to_json(panel, results)
    if args.json:
        print_json(data)
        return EXIT_OK
    print(f"{data['panel']['title']}  [{data['panel']['ruleset']}]")
    print("\nDossiers")
    print(
        "  "
        + "  ".join(
            [
                _pad("dossier", 24),
                _pad("candidate", 9),
                _pad("experts", 22),
                "  expert",
                " cross",
                "   final",
                "notes",
            ]
        )
    )
    for o in results.dossiers:
        r = o.result
        experts = " ".join(format_points(v) for v in r.expert_scores.values()) or "—"
        notes = ", ".join(
            [z.value for z in r.zero_reasons if z.value != "veto"] + [f"veto {v.veto_id}" for v in r.vetoes]
        )
        notes += ", moderated" if r.moderated else ""
        expert = format_points(r.expert_score) if r.expert_score is not None else "—"
        final = format_points(r.final) if r.final is not None else "pending"
        print(
            "  "
            + "  ".join(
                [
                    _pad(o.dossier.id, 24),
                    _pad(o.dossier.candidate_id, 9),
                    _pad(experts, 22),
                    _pad(expert, 8, True),
                    _pad(format_points(r.cross_deduction), 6, True),
                    _pad(final, 8, True),
                    notes,
                ]
            )
        )
    level = None
    for c in data["candidates"]:
        if c["level"] != level:
            level = c["level"]
            print(f"\nRanking — {c['level_name'] or level}")
            print("  " + "  ".join(["rank", _pad("candidate", 30), "indicator", "max"]))
        flag = "" if c["complete"] else f"  (incomplete: {_why_incomplete(c['steps'])})"
        who = f"{c['name']} ({c['id']})"
        print(
            "  "
            + "  ".join(
                [
                    _pad(str(c["rank"]), 4, True),
                    _pad(who, 30),
                    _pad(c["indicator"], 9, True),
                    f"/ {c['max_points']}{flag}",
                ]
            )
        )
    names = {c["id"]: c["name"] for c in data["candidates"]}
    for award in data["awards"]:
        over = ", more than the places: tied at the last place" if award["over_by_tie"] else ""
        named = ", ".join(names.get(cid, cid) for cid in award["named"]) or "—"
        print(f"\nAward list — {award['name']} ({len(award['named'])} of {award['places']} places{over})")
        print(f"  {named}")
    return EXIT_OK


def cmd_rulesets(args: argparse.Namespace) -> int:
    for ruleset in library.rulesets().values():
        kinds = ", ".join(f"{k.name}({k.indicator.formula})" for k in ruleset.candidate_kinds)
        print(f"{ruleset.id:<16} {ruleset.title}  —  {ruleset.document.issuer} {ruleset.document.year}")
        print(f"{'':<16} checklist {ruleset.checklist}; {kinds}")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from app.demo.build import build_demo_panel

    try:
        path = build_demo_panel(Path(args.dir), force=args.force, log=print)
    except FileExistsError as exc:
        raise UsageProblem(str(exc)) from None
    print(path)
    return EXIT_OK


# ---------------------------------------------------------------------- parser
def add_commands(sub: Any) -> None:
    """Register this module's sub-commands."""

    p = sub.add_parser("new", help="create a panel file")
    p.add_argument("panel")
    p.add_argument("--ruleset", required=True)
    p.add_argument("--title")
    p.add_argument("--campaign-start", type=parse_date)
    p.add_argument("--campaign-end", type=parse_date)
    p.add_argument("--blind", action="store_true", help="hide candidate names and regions from reviewers")
    p.add_argument("--expert-aggregation", choices=[e.value for e in ExpertAggregation])
    p.add_argument("--cross-aggregation", choices=[e.value for e in CrossAggregation])
    p.add_argument("--threshold", help="disagreement threshold in points (default: the rule set's)")
    p.add_argument(
        "--checklist",
        metavar="FILE",
        help="the office's own checklist (.xlsx sheet or .toml) in place of the rule set's",
    )
    p.add_argument(
        "--replaces",
        metavar="CHECKLIST_ID",
        help="which of the rule set's checklists it replaces (default: its main one)",
    )
    p.add_argument("--sheet", help="the sheet of the .xlsx file (default: the first with a checklist header)")
    p.add_argument(
        "--enable-veto",
        action="append",
        metavar="ID",
        help="switch on one of the rule set's optional vetoes (not in the notice; see docs/rulesets.md)",
    )
    p.set_defaults(func=cmd_new)

    for name, func, what in (
        ("add-candidates", cmd_add_candidates, "candidates (units and individuals)"),
        ("add-dossiers", cmd_add_dossiers, "dossiers and their PDFs"),
        ("add-reviewers", cmd_add_reviewers, "experts and cross-reviewers"),
    ):
        p = sub.add_parser(name, help=f"add {what} from a CSV or XLSX manifest")
        p.add_argument("panel")
        p.add_argument("--manifest", required=True)
        p.set_defaults(func=func)

    p = sub.add_parser("import-scores", help="scores typed in from paper sheets (CSV or XLSX)")
    p.add_argument("panel")
    p.add_argument("file")
    p.set_defaults(func=cmd_import_scores)

    p = sub.add_parser("check", help="the composition report")
    p.add_argument("panel")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("results", help="dossier scores, indicators and ranks")
    p.add_argument("panel")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_results)

    p = sub.add_parser("rulesets", help="the rule sets this program knows")
    p.set_defaults(func=cmd_rulesets)

    p = sub.add_parser("demo", help="build the built-in demo panel in DIR; prints its path last")
    p.add_argument("dir")
    p.add_argument("--force", action="store_true", help="replace a demo panel already in DIR")
    p.set_defaults(func=cmd_demo)
