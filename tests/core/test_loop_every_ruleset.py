"""Every shipped rule set goes the whole offline loop, through the same doors a chair and a reviewer use.

For each rule set in ``resources/rulesets`` (a new file is covered without touching this test): a panel
is built from manifests to the rule set's own requirements (every candidate kind, the dossiers each kind
asks for, small generated PDFs), assigned, packaged; every reviewer opens their package, scores through
``ReviewService`` (deductions, and a veto where the rule set's checklist has one), completes and exports;
the chair merges, computes results and prints the sheets and the report. The expected dossier scores
are worked out here from the deductions made, not read back from the engine. One more run does the
same with the office's own checklist imported from the Excel template in place of the rule set's.

Issue 10 item 11: before the fix, ``open_package`` refused every package of a jiangsu-2016, taian-2021
or rudong-2024 panel with ``checklist_mismatch``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest

from app.pdf._pymupdf import pymupdf
from app.review import library
from app.review.checklist import Checklist, Item, Veto, VetoEffect
from app.review.composition import Severity
from app.review.ruleset import CandidateKind, RuleSet
from app.services.assignment import assign
from app.services.checklist_files import panel_checklists, ruleset_with_checklist
from app.services.checklist_import import import_checklist
from app.services.merge import merge_files
from app.services.packages import build_packages
from app.services.panel import Panel
from app.services.panel_keys import passphrases
from app.services.registry import add_candidates, add_dossiers, add_reviewers
from app.services.results import compute_results
from app.services.review_service import ReviewService
from app.services.settlement import grade_candidate
from app.services.workspace import export_reviewer_file, open_package, open_workspace
from tests.core.panel_fixtures import make_pdf, write_csv

RULESET_IDS = sorted(p.stem for p in (library.resources_dir() / "rulesets").glob("*.toml"))
EXPERTS = ("E1", "E2")
CROSS = ("C1", "C2")
VETO_PREFERENCE = (
    VetoEffect.DOSSIER_ZERO,
    VetoEffect.DOSSIER_ZERO_AND_PENALTY,
    VetoEffect.INDICATOR_ZERO,
)


def test_every_shipped_ruleset_is_covered() -> None:
    assert set(RULESET_IDS) == set(library.rulesets())
    assert {"jiangsu-2016", "taian-2021", "rudong-2024"} <= set(RULESET_IDS)


# ---------------------------------------------------------------------- building the chair's panel
@dataclass
class Plan:
    """What the test intends each reviewer to do, and so what each dossier must score."""

    checklist_of: dict[str, Checklist] = field(default_factory=dict)  # dossier code -> checklist
    candidate_of: dict[str, str] = field(default_factory=dict)  # dossier code -> candidate id
    vetoed: dict[str, Veto] = field(default_factory=dict)  # dossier code -> the experts' veto


def _member_kinds(ruleset: RuleSet) -> dict[str, tuple[str, int]]:
    """Pooling kinds: kind code -> (member kind, how many members)."""
    pooled: dict[str, tuple[str, int]] = {}
    for kind in ruleset.candidate_kinds:
        member_kind = getattr(kind.indicator, "member_kind", None)
        if member_kind:
            pooled[kind.code] = (member_kind, int(getattr(kind.indicator, "members", 0)))
    return pooled


def _candidate_rows(ruleset: RuleSet) -> list[tuple[str, CandidateKind, str]]:
    """(id, kind, parent id): one candidate of every kind; a pooling kind gets its members."""
    kinds = {k.code: k for k in ruleset.candidate_kinds}
    pooled = _member_kinds(ruleset)
    members_elsewhere = {member for member, _count in pooled.values()}
    rows: list[tuple[str, CandidateKind, str]] = []
    for n, kind in enumerate(ruleset.candidate_kinds, start=1):
        if kind.code in members_elsewhere and not any(k == kind.code for k in pooled):
            continue  # created below, under the candidate that pools it
        rows.append((f"K{n}", kind, ""))
        if kind.code in pooled:
            member_kind, count = pooled[kind.code]
            rows += [(f"K{n}-{m}", kinds[member_kind], f"K{n}") for m in range(1, count + 1)]
    return rows


def _officers(candidate_id: str, kind: CandidateKind) -> tuple[str, str, str]:
    """(officer column, name, certificate): the individual holds every role the rule set asks for."""
    digits = "".join(str(ord(ch) % 10) for ch in candidate_id)
    name, certificate = f"执法员{candidate_id}", f"3200{digits}"
    roles = "|".join(kind.officer_roles) or "questioner"
    return f"{name}:{certificate}:{roles}; 同事{candidate_id}:3299{digits}:recorder", name, certificate


def build_chair_panel(folder: Path, ruleset: RuleSet, own: Checklist | None = None) -> tuple[Panel, Plan]:
    """The panel of ``ruleset``; with ``own``, the office's own checklist in place of its main one."""
    folder.mkdir(parents=True)
    year = ruleset.document.year
    if own is not None:
        ruleset = ruleset_with_checklist(ruleset, own)
    checklists = panel_checklists(ruleset, own)
    panel = Panel.create(
        folder / "chair.dpanel",
        ruleset,
        checklists=checklists,
        title=f"{ruleset.title}（全流程测试）",
        campaign_start=None,
        campaign_end=None,
    )
    plan = Plan()
    attributes = sorted(
        {b.attribute for k in ruleset.candidate_kinds for b in getattr(k.indicator, "bonuses", ())}
        | {t.attribute for t in ruleset.tie_breaks}
    )
    events = sorted(
        {a.code for k in ruleset.candidate_kinds for a in getattr(k.indicator, "adjustments", ())}
    )
    event = next(iter(events[:1]), None)
    header = ["id", "name", "kind", "region", "parent", "officer_name", "officer_certificate"]
    header += [f"attr:{a}" for a in attributes] + ([f"event:{event}"] if event else [])
    candidate_rows: list[list[object]] = []
    dossier_rows: list[list[object]] = []
    for candidate_id, kind, parent in _candidate_rows(ruleset):
        officers, name, certificate = _officers(candidate_id, kind)
        individual = kind.candidate_class.value == "individual"
        candidate_rows.append(
            [
                candidate_id,
                name if individual else f"{candidate_id}生态环境局",
                kind.code,
                f"地区{candidate_id}",
                parent,
                name if individual else "",
                certificate if individual else "",
                *["2" for _ in attributes],
                *(["0"] if event else []),
            ]
        )
        checklist = checklists[ruleset.checklist_for(kind)].with_vetoes(ruleset.vetoes)
        for requirement in kind.requirements:
            for _ in range(requirement.count):
                number = len(dossier_rows) + 1
                code = f"测环罚〔{year}〕{number}号"
                pdf = make_pdf(folder / f"{number:02d}.pdf", 2, f"案卷{number} 现场检查笔录")
                dossier_rows.append(
                    [
                        code,
                        candidate_id,
                        requirement.type,
                        requirement.source.value,
                        "是",
                        f"{year}-06-30",
                        officers,
                        pdf.name,
                    ]
                )
                plan.checklist_of[code] = checklist
                plan.candidate_of[code] = candidate_id
    write_csv(folder / "candidates.csv", header, candidate_rows)
    write_csv(
        folder / "dossiers.csv",
        ["案卷编号", "候选对象编号", "案卷类型", "来源", "是否公开", "结案日期", "承办人员", "PDF"],
        dossier_rows,
    )
    write_csv(
        folder / "reviewers.csv",
        ["id", "name", "role", "region"],
        [["E1", "王专家", "expert", ""], ["E2", "赵专家", "expert", ""]]
        + [[c, f"交叉{c}", "cross", f"外地{c}"] for c in CROSS],
    )
    for report in (
        add_candidates(panel, folder / "candidates.csv"),
        add_dossiers(panel, folder / "dossiers.csv"),
        add_reviewers(panel, folder / "reviewers.csv"),
    ):
        assert not report.refused, report.refused
    for candidate_id, kind, _parent in _candidate_rows(ruleset):  # the chair's grade (Rudong's 综合打分)
        if getattr(kind.indicator, "graded_by_chair", False):
            grade_candidate(panel, candidate_id, kind.indicator.base, "全流程测试：全年评查无问题")
    assign(panel, seed="loop-test")
    return panel, plan


# ---------------------------------------------------------------------- the reviewers' side
def _deductible(checklist: Checklist) -> list[tuple[Item, Decimal, str | None]]:
    """(item, points, reason id) a reviewer takes off: a listed reason where the item has one."""
    out: list[tuple[Item, Decimal, str | None]] = []
    for item in checklist.items():
        fixed = next((r for r in item.reasons if r.points is not None), None)
        ranged = next((r for r in item.reasons if r.points is None), None)
        if fixed is not None and fixed.points is not None:
            out.append((item, fixed.points, fixed.id))
        elif ranged is not None and ranged.min_points is not None:
            out.append((item, ranged.min_points, ranged.id))
        elif item.free_deduction:
            out.append((item, min(Decimal(1), item.max_points), None))
    return out


def expert_plan(checklist: Checklist, index: int) -> list[tuple[Item, Decimal, str | None]]:
    """Dossier number ``index``: 0, 1 or 2 deductions, from different items."""
    available = _deductible(checklist)
    return [available[(index + k * 3) % len(available)] for k in range(index % 3)]


def score_workspace(service: ReviewService, plan: Plan, expected: dict[str, Fraction]) -> None:
    for index, code in enumerate(service.dossier_codes()):
        checklist = service.checklist(code)
        assert checklist == plan.checklist_of[code]
        if service.role.value == "expert":
            veto = plan.vetoed.get(code)
            if veto is not None:
                service.set_veto(code, veto.id, f"评查发现：{veto.text}", page=1)
            for item, points, reason_id in expert_plan(checklist, sorted(plan.checklist_of).index(code)):
                text = "" if reason_id else f"{item.text}不规范"
                service.add_deduction(code, item.id, points, reason_id=reason_id, text=text, page=1)
        elif index % 2 == 0:  # a cross-reviewer finds one problem in every other dossier
            item = next(i for i in checklist.items() if i.free_deduction)
            service.add_deduction(code, item.id, Decimal("0.5"), text="交叉评查发现：记录不完整", page=2)
            expected[code] -= Fraction(1, 2)
        # Items looked at but not deducted are only a warning at completion (one durable write per
        # item visited would make this loop the slowest test); nothing may block it.
        warnings = service.complete(code)
        assert warnings and all(p.code == "unvisited" and not p.blocking for p in warnings), code
        assert service.complete(code, accept_warnings=True) == [], code


def _veto_choice(checklist: Checklist) -> Veto | None:
    for effect in VETO_PREFERENCE:
        veto = next((v for v in checklist.vetoes if v.effect is effect), None)
        if veto is not None:
            return veto
    return None


# ---------------------------------------------------------------------- the loop
@pytest.mark.parametrize("ruleset_id", RULESET_IDS)
def test_a_panel_of_the_ruleset_goes_the_whole_loop(ruleset_id: str, tmp_path: Path) -> None:
    run_the_loop(library.ruleset(ruleset_id), tmp_path)


def test_a_panel_with_the_offices_own_checklist_goes_the_whole_loop(tmp_path: Path) -> None:
    """The template imported from Excel (its vetoes beside the rule set's own) is packaged, opened,
    scored, exported and merged like a shipped checklist."""
    own = import_checklist(library.resources_dir() / "templates" / "checklist-template.xlsx")
    ruleset = library.ruleset("taian-2021")
    run_the_loop(ruleset, tmp_path, own)


def run_the_loop(ruleset: RuleSet, tmp_path: Path, own: Checklist | None = None) -> None:
    ruleset_id = ruleset.id
    panel, plan = build_chair_panel(tmp_path / "chair", ruleset, own)
    if own is not None:
        ruleset = panel.ruleset
        assert {c.id for c in plan.checklist_of.values()} == {own.id}
    codes = sorted(plan.checklist_of)
    assert codes, f"{ruleset_id}: the rule set asks for no dossiers at all"
    composition = compute_results(panel).composition
    errors = [f for f in composition.findings if f.severity is Severity.ERROR]
    assert errors == [], f"a panel built to {ruleset_id}'s requirements has composition errors"

    veto = _veto_choice(plan.checklist_of[codes[0]])
    if veto is not None:
        plan.vetoed[codes[0]] = veto
    expected: dict[str, Fraction] = {}
    for n, code in enumerate(codes):
        checklist = plan.checklist_of[code]
        taken = sum((points for _i, points, _r in expert_plan(checklist, n)), Decimal(0))
        expected[code] = Fraction(checklist.max_points - taken)

    packages = sorted(build_packages(panel, tmp_path / "packages"), key=lambda rp: rp[0].id)
    assert [r.id for r, _p in packages] == sorted(EXPERTS + CROSS)
    with panel.engine.connect() as conn:
        slips = passphrases(conn)  # what each reviewer's slip says
    reviewer_files: list[Path] = []
    for reviewer, package in packages:
        workspace = open_package(
            package, tmp_path / "laptops" / reviewer.id, passphrase=slips[reviewer.id]
        )  # item 11: refused before
        opened, meta = open_workspace(workspace.parent)
        assert meta["reviewer_id"] == reviewer.id
        with opened:
            service = ReviewService(opened, reviewer.id)
            if reviewer.role.value == "expert":
                assert service.dossier_codes() == codes  # every expert every dossier
            score_workspace(service, plan, expected)
        exported = export_reviewer_file(
            workspace.parent, tmp_path / f"{reviewer.id}.dpreview", passphrase=slips[reviewer.id]
        )
        assert exported.reviews == len(service.dossier_codes())
        reviewer_files.append(exported.path)

    report = merge_files(panel, reviewer_files)
    assert report.refused == [] and len(report.files) == len(reviewer_files)

    results = compute_results(panel)
    finals = {o.dossier.id: o.result for o in results.dossiers}
    assert sorted(finals) == codes
    for code in codes:
        result = finals[code]
        assert result.expert_score is not None and len(result.expert_scores) == len(EXPERTS)
        if code in plan.vetoed and plan.vetoed[code].effect is not VetoEffect.INDICATOR_ZERO:
            assert result.final == 0, code
            assert [v.veto_id for v in result.vetoes] == [plan.vetoed[code].id]
        else:
            assert result.final == max(expected[code], Fraction(0)), code
    kinds = {k.code: k for k in ruleset.candidate_kinds}
    assert {c.candidate.id for c in results.candidates} == {c.id for c in panel.candidates()}
    for outcome in results.candidates:
        maximum = kinds[outcome.candidate.kind].max_points
        assert 0 <= outcome.indicator.value <= maximum, outcome.candidate.id
        assert outcome.indicator.complete, outcome.candidate.id
        assert outcome.rank >= 1
    if veto is not None and veto.effect is VetoEffect.INDICATOR_ZERO:
        holder = plan.candidate_of[codes[0]]
        assert next(c for c in results.candidates if c.candidate.id == holder).indicator.value == 0

    _print_and_check(panel, tmp_path, codes)
    panel.close()


def _print_and_check(panel: Panel, folder: Path, codes: list[str]) -> None:
    from app.printing.documents import print_panel_report, print_review_sheets

    sheets = print_review_sheets(panel, folder / "sheets.pdf", "E1", codes[:2])
    report = print_panel_report(panel, folder / "report.pdf")
    assert sheets.sheets == 2 and report.pages >= 2
    with pymupdf.open(sheets.path) as doc:
        text = "".join(page.get_text() for page in doc)
    assert codes[0] in text and codes[1] in text and "王专家" in text
    with pymupdf.open(report.path) as doc:
        assert panel.info.title in "".join(page.get_text() for page in doc).replace("\n", "")
