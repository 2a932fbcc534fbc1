"""The merged sheet (案卷评查汇总表): one dossier, every reviewer, and how the final score came about.

The chair signs this page, so it shows every figure the final score rests on, in the order the rule
is applied (``app.review.scoring.score_dossier``): each reviewer's score, the expert score by the
panel's policy, the cross-review deduction, vetoes and zero rules, the chair's moderation with its
reason, and the final score in figures and capitals. All figures come from the panel's computed
results, never recomputed here, so the sheet agrees with the exports.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from fractions import Fraction

from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from app.printing.data import PrintContext
from app.printing.labels import (
    pts,
    said,
)
from app.printing.layout import FRAME_WIDTH, Title, bold, para, paras, ruled_table, styles
from app.printing.numerals import points_capitals
from app.printing.review_sheet import dossier_header_rows, header_table, score_table, signature_line
from app.review.disagreement import Decision
from app.review.entities import DossierRecord
from app.review.panel_results import DossierOutcome
from app.review.scoring import Role

REVIEWER_COLUMNS = (30, 90, 62, 44, 44, 166, 46)
SUMMARY_COLUMNS = (96, 70, 316)
MATRIX_MAX_REVIEWERS = 8  # beyond this the per-item table would be unreadably narrow


def _reviewers_table(ctx: PrintContext, outcome: DossierOutcome) -> Table:
    s = styles()
    result = outcome.result
    scored = {score.reviewer_id: score for score in result.reviewers}
    assigned = [r for r, codes in ctx.assignments.items() if outcome.dossier.id in codes]
    ids = sorted(set(scored) | set(assigned), key=lambda r: (ctx.reviewer(r).role != Role.EXPERT, r))
    statuses = {rev.reviewer.id: rev.status for rev in ctx.reviews(dossier_codes=[outcome.dossier.id])}
    header = ["序号", "评审人", "评审类别", "扣分", "得分", "否决项", "状态"]
    data: list[list[object]] = [[bold(h, s.centre) for h in header]]
    for n, reviewer_id in enumerate(ids, start=1):
        person = ctx.reviewer(reviewer_id)
        score = scored.get(reviewer_id)
        vetoes = "；".join(_veto_mark(ctx, outcome, veto_id) for veto_id in (score.vetoes if score else ()))
        row: list[object]
        if score is None:
            row = [str(n), para(person.name), said("role", person.role), "", "", "", "未评查"]
        else:
            row = [
                str(n),
                para(person.name),
                said("role", person.role),
                pts(score.deducted),
                pts(score.total) if person.role is Role.EXPERT else "—",
                para(vetoes, s.small) if vetoes else para("无", s.small_centre),
                said("review_status", statuses[reviewer_id]) if reviewer_id in statuses else "",
            ]
        data.append(row)
    centred = [("ALIGN", (0, 1), (4, -1), "CENTER"), ("ALIGN", (6, 1), (6, -1), "CENTER")]
    return ruled_table(data, REVIEWER_COLUMNS, centred)


def _veto_mark(ctx: PrintContext, outcome: DossierOutcome, veto_id: str) -> str:
    """A veto a reviewer marked, and whether the chair upheld it."""
    veto = ctx.checklist(outcome.dossier.id).veto(veto_id)
    moderation = ctx.moderations.get(outcome.dossier.id)
    dismissed = moderation is not None and veto_id in moderation.dismissed_vetoes
    return (veto.text if veto else veto_id) + ("（组长认定不成立）" if dismissed else "")


def _matrix(ctx: PrintContext, outcome: DossierOutcome) -> Table | None:
    """Points each reviewer took off each item, for the items anyone deducted."""
    reviewers = sorted(outcome.result.reviewers, key=lambda r: (r.role is not Role.EXPERT, r.reviewer_id))
    if not reviewers or len(reviewers) > MATRIX_MAX_REVIEWERS:
        return None
    checklist = ctx.checklist(outcome.dossier.id)
    items = [i for i in checklist.items() if any(r.item_deducted.get(i.id) for r in reviewers)]
    if not items:
        return None
    s = styles()
    fixed = (30, 150, 36)
    each = (FRAME_WIDTH - sum(fixed)) / len(reviewers)
    names = [f"{ctx.reviewer(r.reviewer_id).name}（{said('role_short', r.role)}）" for r in reviewers]
    data: list[list[object]] = [[bold(h, s.small_centre) for h in ("序号", "评查项目", "分值", *names)]]
    order = {item.id: n for n, item in enumerate(checklist.items(), start=1)}
    for item in items:
        cells: list[object] = [str(order[item.id]), para(item.text), pts(item.max_points)]
        data.append(
            cells + [pts(r.item_deducted[item.id]) if r.item_deducted.get(item.id) else "" for r in reviewers]
        )
    return ruled_table(
        data,
        (*fixed, *[each] * len(reviewers)),
        [("ALIGN", (0, 1), (0, -1), "CENTER"), ("ALIGN", (2, 1), (-1, -1), "CENTER")],
    )


def _summary(ctx: PrintContext, outcome: DossierOutcome) -> Table:
    """The rule applied step by step: expert score, cross deduction, vetoes, zero rules, moderation."""
    s = styles()
    result, code = outcome.result, outcome.dossier.id
    info = ctx.info
    checklist = ctx.checklist(code)
    moderation = ctx.moderations.get(code)
    experts = "、".join(pts(v) for v in result.expert_scores.values())
    crosses = "、".join(pts(v) for v in result.cross_deductions.values())
    rows: list[tuple[str, str, str]] = []
    expert_how = f"{said('expert_aggregation', info.expert_aggregation)}（{experts or '尚无专家评分'}）"
    if moderation is not None and moderation.expert_score is not None:
        expert_how += "；经评审组长调整"
    rows.append(("专家评审分数", pts(result.expert_score), expert_how))
    cross_how = f"{said('cross_aggregation', info.cross_aggregation)}（{crosses or '无交叉评审扣分'}）"
    if moderation is not None and moderation.cross_deduction is not None:
        cross_how += "；经评审组长调整"
    rejected = [d for d in ctx.decisions.values() if d.dossier_id == code and d.decision is Decision.REJECTED]
    for d in rejected:
        item = checklist.item(d.item_id)
        cross_how += (
            f"；未采纳 {ctx.reviewer(d.reviewer_id).name} 在“{item.text if item else d.item_id}”"
            f"扣{pts(d.points)}分（{d.reason}）"
        )
    rows.append(("交叉评审扣分", pts(result.cross_deduction), cross_how))
    veto_lines = []
    reasons = {
        (rev.reviewer.id, v.veto_id): v.reason
        for rev in ctx.reviews(dossier_codes=[code])
        for v in rev.vetoes
    }
    for applied in result.vetoes:
        veto = checklist.veto(applied.veto_id)
        who = "、".join(
            f"{ctx.reviewer(r).name}：{reasons.get((r, applied.veto_id), '')}" for r in applied.reviewer_ids
        )
        text = veto.text if veto else applied.veto_id
        veto_lines.append(
            f"{text}（{said('veto_effect', applied.effect, penalty=pts(applied.penalty))}；{who}）"
        )
    if moderation is not None:
        for veto_id in moderation.dismissed_vetoes:
            veto = checklist.veto(veto_id)
            veto_lines.append(f"{veto.text if veto else veto_id}：经评审组长认定不成立")
    rows.append(("否决项", "有" if result.vetoes else "无", "\n".join(veto_lines)))
    zero = "、".join(said("zero_reason", z) for z in result.zero_reasons)
    rows.append(("不得分情形", "有" if zero else "无", zero))
    if moderation is not None:
        rows.append(("组长调整", "是", f"{moderation.reason}（{moderation.actor}）"))
    data: list[list[object]] = [[bold(h, s.centre) for h in ("项目", "分数", "说明")]]
    data += [
        [bold(label, s.centre), figure, paras(how.split("\n")) if how else ""] for label, figure, how in rows
    ]
    return ruled_table(data, SUMMARY_COLUMNS, [("ALIGN", (1, 1), (1, -1), "CENTER")])


def merged_sheet(
    ctx: PrintContext, dossier: DossierRecord, outcome: DossierOutcome
) -> tuple[str, list[Flowable]]:
    s = styles()
    rows = dossier_header_rows(ctx, dossier)
    checklist = ctx.checklist(dossier.id)
    rows.append(
        (
            "门户网站公开",
            "已公开" if dossier.publicised else "未公开",
            "评查表满分",
            f"{pts(checklist.max_points)} 分",
        )
    )
    result = outcome.result
    story: list[Flowable] = [
        Title("案卷评查汇总表", space_after=2),
        para(f"评查表：{checklist.title}", s.subtitle),
        Spacer(1, 6),
        header_table(rows),
        Spacer(1, 10),
        bold("一、评审人员评分", s.heading),
        _reviewers_table(ctx, outcome),
    ]
    matrix = _matrix(ctx, outcome)
    if matrix is not None:
        story += [bold("二、分项扣分（各评审人）", s.heading), matrix]
    story += [bold(("三" if matrix is not None else "二") + "、得分计算", s.heading), _summary(ctx, outcome)]
    closing: list[Flowable] = [Spacer(1, 10)]
    if result.final is None:
        closing.append(score_table([("最终得分", "待定", "尚无专家评分，不能计算")]))
    else:
        final: Fraction = result.final
        closing.append(score_table([("最终得分", f"{pts(final)} 分", points_capitals(final))]))
        if result.final == 0 and result.zero_reasons:
            closing.append(para("注：最终得分 = 0（存在不得分情形）。", s.small))
        else:
            closing.append(
                para(
                    f"注：最终得分 = 专家评审分数 {pts(result.expert_score)} － 交叉评审扣分 "
                    f"{pts(result.cross_deduction)}，不低于0分。",
                    s.small,
                )
            )
    if result.candidate_penalty:
        closing.append(para(f"另：严重缺陷，该候选对象另扣 {pts(result.candidate_penalty)} 分。", s.small))
    if result.indicator_zero:
        closing.append(para("另：存在使该项指标按0分计的情形。", s.small))
    closing += [Spacer(1, 26), signature_line("评审组长"), Spacer(1, 14), signature_line("评审组成员")]
    story.append(KeepTogether(closing))
    return f"案卷编号 {dossier.case_number} · 汇总表", story


def merged_sheets(
    ctx: PrintContext, dossiers: Sequence[DossierRecord], check: Callable[[], None]
) -> list[tuple[str, list[Flowable]]]:
    outcomes = {o.dossier.id: o for o in ctx.results.dossiers}
    sheets = []
    for dossier in dossiers:
        check()
        sheets.append(merged_sheet(ctx, dossier, outcomes[dossier.id]))
    return sheets
