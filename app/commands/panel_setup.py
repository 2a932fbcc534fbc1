"""Panel set-up and results: new, add-*, import-scores, check, results, rulesets, demo."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.commands.common import (
    EXIT_FINDINGS,
    EXIT_OK,
    UsageProblem,
    cli_language,
    open_panel,
    pad,
    parse_date,
    print_json,
    say,
    term,
)
from app.review import library
from app.review.composition import Finding, Severity
from app.review.points import format_points, parse_points
from app.review.ruleset import CrossAggregation, ExpertAggregation


# ---------------------------------------------------------------------- commands
def _why_incomplete(steps: list[dict[str, Any]]) -> str:
    codes = {s["code"] for s in steps}
    reasons = [say(f"results.why_{code}") for code in ("unsettled", "grade_missing") if code in codes]
    return say("reason_separator").join(reasons) or say("results.why_unscored")


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
            say(
                "new.checklist",
                id=own.id,
                version=own.version,
                points=format_points(own.max_points),
                file=args.checklist,
            )
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
    print(say("new.created", title=panel.info.title, ruleset=panel.info.ruleset_id, pdf_dir=panel.pdf_dir))
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
    line = say(
        "import.summary", what=say(f"import.{what}"), added=len(report.added), unchanged=len(report.unchanged)
    )
    line += say("import.updated", updated=len(report.updated)) if report.updated else ""
    print(line + (say("import.refused", refused=len(report.refused)) if report.refused else ""))
    for label, code, detail in report.refused:
        print(say("import.refused_line", label=label, problem=f"{code} — {detail}"))
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
            print(
                "\r" + say("import.checking_pdfs", done=done, total=total),
                end="",
                file=sys.stderr,
                flush=True,
            )

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
        say("scores.written", reviews=len(report.reviews), deductions=report.deductions, vetoes=report.vetoes)
    )
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from app.services.results import compute_results
    from app.vocabulary import finding_text

    with open_panel(args.panel) as panel:
        composition = compute_results(panel).composition
        names = {c.id: c.name for c in panel.candidates()}
        ruleset = panel.ruleset
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
                    "text": finding_text(f, ruleset, names, cli_language()),
                }
                for f in composition.findings
            ]
        )
    else:
        for finding in composition.findings:
            print(finding_line(finding, ruleset, names))
        errors = sum(1 for f in composition.findings if f.severity is Severity.ERROR)
        print(say("check.summary", errors=errors, warnings=len(composition.findings) - errors))
    return EXIT_FINDINGS if any(f.severity is Severity.ERROR for f in composition.findings) else EXIT_OK


HINTS = {
    "pending": "check.keep_copy_hint",
    "pool_members": "check.pool_hint",
    "too_many": "check.set_aside_hint",
}


def finding_line(finding: Finding, ruleset: Any, names: dict[str, str]) -> str:
    """A finding as the chair's terminal shows it: severity, candidate, case number, rule, sentence, and
    the command that settles it."""
    from app.vocabulary import finding_text

    text = finding_text(finding, ruleset, names, cli_language())
    pending = finding.args.get("decided_by") == "pending"
    hint = HINTS.get("pending" if pending else finding.code.value)
    where = say("check.case", case=finding.args.get("case_number") or "—") if finding.dossier_id else ""
    return say(
        "check.finding",
        severity=term("severity", finding.severity),
        candidate=names.get(finding.candidate_id, finding.candidate_id),
        where=where,
        rule=finding.rule,
        text=text + (say(hint) if hint else ""),
    )


def cmd_results(args: argparse.Namespace) -> int:
    from app.services.results import compute_results, results_to_json

    with open_panel(args.panel) as panel:
        results = compute_results(panel)
        data = results_to_json(panel, results)
    if args.json:
        print_json(data)
        return EXIT_OK
    print(f"{data['panel']['title']}  [{data['panel']['ruleset']}]")
    _print_dossiers(results)
    _print_ranking(data["candidates"])
    _print_awards(data)
    scored = sum(1 for o in results.dossiers if o.result.final is not None)
    print(
        "\n"
        + say(
            "results.counts",
            dossiers=len(results.dossiers),
            candidates=len(data["candidates"]),
            scored=scored,
        )
    )
    return EXIT_OK


def _row(cells: list[tuple[str, int, bool]], last: str) -> str:
    return "  " + "  ".join([pad(text, width, right) for text, width, right in cells] + [last])


def _dossier_notes(result: Any) -> str:
    notes = [term("zero_reason", z) for z in result.zero_reasons if z.value != "veto"]
    notes += [say("results.veto", veto=v.veto_id) for v in result.vetoes]
    notes += [say("results.moderated")] if result.moderated else []
    return say("list_separator").join(notes)


def _print_dossiers(results: Any) -> None:
    print("\n" + say("results.dossiers"))
    heads = ("col_dossier", "col_candidate", "col_experts", "col_expert", "col_cross", "col_final")
    widths = ((24, False), (9, False), (22, False), (8, True), (8, True), (8, True))
    print(
        _row(
            [(say(f"results.{h}"), w, r) for h, (w, r) in zip(heads, widths, strict=True)],
            say("results.col_notes"),
        )
    )
    for o in results.dossiers:
        r = o.result
        cells = (
            o.dossier.id,
            o.dossier.candidate_id,
            " ".join(format_points(v) for v in r.expert_scores.values()) or "—",
            format_points(r.expert_score) if r.expert_score is not None else "—",
            format_points(r.cross_deduction),
            format_points(r.final) if r.final is not None else say("results.pending"),
        )
        print(_row([(c, w, right) for c, (w, right) in zip(cells, widths, strict=True)], _dossier_notes(r)))


def _print_ranking(candidates: list[dict[str, Any]]) -> None:
    level = None
    for c in candidates:
        if c["level"] != level:
            level = c["level"]
            print("\n" + say("results.ranking", level=c["level_name"] or level))
            heads = [(say("results.col_rank"), 4, True), (say("results.col_candidate"), 30, False)]
            print(_row([*heads, (say("results.col_indicator"), 9, True)], say("results.col_max")))
        flag = "" if c["complete"] else say("results.incomplete", why=_why_incomplete(c["steps"]))
        cells = [
            (str(c["rank"]), 4, True),
            (f"{c['name']} ({c['id']})", 30, False),
            (c["indicator"], 9, True),
        ]
        print(_row(cells, f"/ {c['max_points']}{flag}"))


def _print_awards(data: dict[str, Any]) -> None:
    names = {c["id"]: c["name"] for c in data["candidates"]}
    for award in data["awards"]:
        over = say("results.award_tie") if award["over_by_tie"] else ""
        named = say("list_separator").join(names.get(cid, cid) for cid in award["named"]) or "—"
        print(
            "\n"
            + say(
                "results.award",
                name=award["name"],
                named=len(award["named"]),
                places=award["places"],
                over=over,
            )
        )
        print(f"  {named}")


def cmd_rulesets(args: argparse.Namespace) -> int:
    for ruleset in library.rulesets().values():
        kinds = ", ".join(f"{k.name}({k.indicator.formula})" for k in ruleset.candidate_kinds)
        print(f"{ruleset.id:<16} {ruleset.title}  —  {ruleset.document.issuer} {ruleset.document.year}")
        print(f"{'':<16} " + say("rulesets.checklist", checklist=ruleset.checklist, kinds=kinds))
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
