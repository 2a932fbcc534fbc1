"""The panel report (评查结果报告): what the panel hands to the organiser, signed by every member.

Order follows the notices' own reporting: a title page with the basis of the review, the ranking
within each level with how each indicator was computed (so anyone can check a figure by hand), every
dossier's score, the typical problems found, the random-draw records (with a fresh check that each draw
still repeats from its pool and seed), and a signature page for every panel member. Figures come from
the computed results and ``app.review.statistics`` — the same ones the exports carry.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from reportlab.platypus import Flowable, PageBreak, Spacer

from app.printing.data import PrintContext
from app.printing.labels import (
    chinese_date,
    describe_step,
    pts,
    said,
    section_number,
)
from app.printing.layout import Title, bold, para, paras, ruled_table, styles
from app.printing.review_sheet import header_table, signature_line
from app.review.draw import DrawRecord, verify_draw
from app.review.indicators import IndicatorResult
from app.review.scoring import Role
from app.vocabulary import OFFICIAL, incomplete_word

TOP_PROBLEMS = 10
RANK_COLUMNS = (32, 104, 70, 40, 36, 164, 36)
DOSSIER_COLUMNS = (96, 80, 88, 34, 42, 42, 42, 58)
PROBLEM_COLUMNS = (30, 96, 76, 44, 44, 44, 148)
DRAW_COLUMNS = (28, 72, 56, 68, 130, 62, 36, 30)
MEMBER_COLUMNS = (30, 64, 58, 104, 54, 44, 78, 50)


def _head(titles: Sequence[str]) -> list[object]:
    s = styles()
    return [bold(t, s.small_centre) for t in titles]


def _title_page(ctx: PrintContext, now: datetime) -> list[Flowable]:
    s = styles()
    info, ruleset = ctx.info, ctx.ruleset
    doc = ruleset.document
    reviewers = list(ctx.reviewers.values())
    experts = sum(1 for r in reviewers if r.role is Role.EXPERT)
    reviews = ctx.all_reviews
    complete = sum(1 for r in reviews if r.status == "complete")
    period = "—"
    if info.campaign_start or info.campaign_end:
        period = f"{chinese_date(info.campaign_start)} 至 {chinese_date(info.campaign_end)}"
    basis = f"{doc.issuer}《{doc.title}》" + (f"（{doc.number}）" if doc.number else "") + f"，{doc.year}年"
    checklists = "；".join(f"{c.title}（满分 {pts(c.max_points)} 分）" for c in ctx.panel.checklists.values())
    rows: list[tuple[str, str] | tuple[str, str, str, str]] = [
        ("评查依据", basis),
        ("评分规则", ruleset.title),
        ("评查表", checklists),
        ("评比期间", period),
        ("专家评审分数", said("expert_aggregation", info.expert_aggregation)),
        ("交叉评审扣分", said("cross_aggregation", info.cross_aggregation)),
        ("候选对象", f"{len(ctx.candidates)} 个", "评查案卷", f"{len(ctx.dossiers)} 卷"),
        (
            "评审人员",
            f"{len(reviewers)} 人（专家 {experts}，交叉 {len(reviewers) - experts}）",
            "评查记录",
            f"{complete} / {len(reviews)} 份已完成",
        ),
        ("评审方式", "盲评（评审时隐去被评查对象）" if info.blind else "明评"),
    ]
    story: list[Flowable] = [
        Spacer(1, 150),
        Title(info.title, size=22, space_after=14),
        Title("案卷评查结果报告", size=18, space_after=40),
        header_table(rows),
    ]
    pending = sum(1 for c in ctx.results.candidates if not c.indicator.complete)
    if pending:
        story += [
            Spacer(1, 10),
            para(f"注：尚有 {pending} 个候选对象的案卷未全部完成评查，本报告为阶段性结果。", s.body),
        ]
    story += [Spacer(1, 60), para(f"评审组　　{chinese_date(now.date())}", s.right), PageBreak()]
    return story


def _rankings(ctx: PrintContext) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [bold("一、评比结果（按级别排名）", s.heading)]
    case_numbers = {code: d.case_number for code, d in ctx.dossiers.items()}
    for n, level in enumerate(ctx.ruleset.levels):
        ranked = [c for c in ctx.results.candidates if c.candidate.level == level.code]
        if not ranked:
            continue
        story.append(para(f"（{section_number(n)}）{level.name}", s.body))
        story.append(Spacer(1, 3))
        data: list[list[object]] = [_head(("名次", "候选对象", "类别", "得分", "满分", "计算过程", "备注"))]
        for outcome in ranked:
            kind = ctx.ruleset.kind(outcome.candidate.kind)
            steps = [describe_step(step, case_numbers) for step in outcome.indicator.steps]
            data.append(
                [
                    str(outcome.rank),
                    para(outcome.candidate.name),
                    para(kind.name if kind else outcome.candidate.kind, s.small),
                    pts(outcome.indicator.value),
                    pts(kind.max_points) if kind else "",
                    paras(steps, s.small),
                    para(_state(outcome.indicator), s.small_centre),
                ]
            )
        story += [
            ruled_table(
                data,
                RANK_COLUMNS,
                [("ALIGN", (0, 1), (0, -1), "CENTER"), ("ALIGN", (3, 1), (4, -1), "CENTER")],
            ),
            Spacer(1, 8),
        ]
    return story


def _state(indicator: IndicatorResult) -> str:
    """Blank when final; otherwise what the figure still waits for."""
    if indicator.complete:
        return ""
    return incomplete_word(indicator.steps, OFFICIAL, short=True)


def _dossier_scores(ctx: PrintContext) -> list[Flowable]:
    s = styles()
    data: list[list[object]] = [
        _head(("案卷编号", "候选对象", "案卷类型", "来源", "专家评分", "交叉扣分", "最终得分", "备注"))
    ]
    for outcome in ctx.results.dossiers:
        dossier, result = outcome.dossier, outcome.result
        candidate = ctx.candidates.get(dossier.candidate_id)
        notes = [said("zero_reason", z) for z in result.zero_reasons if z.value != "veto"]
        vetoes = ctx.panel.checklist(outcome.checklist_id)
        notes += [f"否决：{getattr(vetoes.veto(v.veto_id), 'text', v.veto_id)}" for v in result.vetoes]
        if result.moderated:
            notes.append("组长调整")
        if dossier.set_aside_reason is not None:
            notes.append(f"组长剔除，不计入指标：{dossier.set_aside_reason}")
        data.append(
            [
                para(dossier.case_number, s.small),
                para(candidate.name if candidate else dossier.candidate_id, s.small),
                para(ctx.type_name(dossier), s.small),
                para(said("source_short", dossier.source), s.small_centre),
                pts(result.expert_score),
                pts(result.cross_deduction),
                pts(result.final, "待定"),
                para("；".join(notes), s.small),
            ]
        )
    return [
        bold("二、案卷得分", s.heading),
        ruled_table(data, DOSSIER_COLUMNS, [("ALIGN", (4, 1), (6, -1), "CENTER")], size=9),
    ]


def _problems(ctx: PrintContext) -> list[Flowable]:
    s = styles()
    problems = ctx.statistics.problems[:TOP_PROBLEMS]
    story: list[Flowable] = [bold("三、典型问题（扣分最多的评查项目）", s.heading)]
    if not problems:
        return [*story, para("本次评查未发现扣分问题。")]
    data: list[list[object]] = [
        _head(("序号", "评查项目", "所属部分", "扣分人次", "涉及案卷", "扣分合计", "常见扣分理由"))
    ]
    for n, p in enumerate(problems, start=1):
        reasons = [f"{text}（{count}次）" for text, count in p.reasons]
        data.append(
            [
                str(n),
                para(p.item_text),
                para(p.section_title, s.small),
                str(p.reviews),
                f"{p.dossiers}/{p.dossiers_reviewed}",
                pts(p.points),
                paras(reasons, s.small),
            ]
        )
    return [
        *story,
        ruled_table(
            data,
            PROBLEM_COLUMNS,
            [("ALIGN", (0, 1), (0, -1), "CENTER"), ("ALIGN", (3, 1), (5, -1), "CENTER")],
        ),
    ]


def _draw_row(ctx: PrintContext, n: int, record: DrawRecord) -> list[object]:
    s = styles()
    candidate = ctx.candidates.get(record.candidate_id)
    type_name = {t.code: t.name for t in ctx.ruleset.dossier_types}
    pool = Counter(e.type for e in record.pool)
    pool_lines = [f"共 {len(record.pool)} 卷"] + [
        f"{type_name.get(t, t)} {c}" for t, c in sorted(pool.items())
    ]
    drawn = [f"{type_name.get(t, t)}：{'、'.join(cases) or '无'}" for t, cases in record.result.drawn.items()]
    drawn += [
        f"不足：{type_name.get(f.type, f.type)} 需 {f.required} 卷，仅 {f.available} 卷"
        for f in record.result.shortfalls
    ]
    if record.note:
        drawn.append(f"说明：{record.note}")
    when = ""
    if record.at is not None:
        local = record.at.replace(tzinfo=UTC).astimezone() if record.at.tzinfo is None else record.at
        when = f"{local:%Y-%m-%d %H:%M}"
    check = verify_draw(record)
    return [
        str(n),
        para(candidate.name if candidate else record.candidate_id, s.small),
        para(record.seed, s.small),
        paras(pool_lines, s.small),
        paras(drawn, s.small),
        para(when, s.small),
        para(record.actor, s.small),
        para("一致" if check.matches else "不一致", s.small_centre),
    ]


def _draws(ctx: PrintContext) -> list[Flowable]:
    s = styles()
    records = ctx.draws()
    story: list[Flowable] = [bold("四、随机抽选记录", s.heading)]
    if not records:
        return [*story, para("本次评查无随机抽选记录。")]
    data: list[list[object]] = [
        _head(("序号", "候选对象", "随机种子", "抽选池", "抽中案卷", "时间", "操作人", "复核"))
    ]
    data += [_draw_row(ctx, n, r) for n, r in enumerate(records, start=1)]
    return [
        *story,
        para("每条记录可由抽选池与随机种子重复抽选核对；“复核”栏为打印时重新抽选的比对结果。", s.hint),
        Spacer(1, 3),
        ruled_table(data, DRAW_COLUMNS, [("ALIGN", (0, 1), (0, -1), "CENTER")], size=9),
    ]


def _signatures(ctx: PrintContext) -> list[Flowable]:
    s = styles()
    counts = ctx.review_counts()
    data: list[list[object]] = [
        _head(("序号", "姓名", "评审类别", "单位", "地区", "评查案卷", "签字", "日期"))
    ]
    people = sorted(ctx.reviewers.values(), key=lambda r: (r.role is not Role.EXPERT, r.id))
    for n, person in enumerate(people, start=1):
        data.append(
            [
                str(n),
                para(person.name),
                para(said("role", person.role), s.small),
                para(person.unit, s.small),
                para(person.region, s.small),
                str(counts.get(person.id, 0)),
                "",
                "",
            ]
        )
    roomy = [("TOPPADDING", (0, 1), (-1, -1), 10), ("BOTTOMPADDING", (0, 1), (-1, -1), 10)]  # to sign in
    table = ruled_table(
        data,
        MEMBER_COLUMNS,
        [("ALIGN", (0, 1), (0, -1), "CENTER"), ("ALIGN", (5, 1), (5, -1), "CENTER"), *roomy],
    )
    return [
        PageBreak(),
        bold("五、评审组成员签字", s.heading),
        para("本人确认：以上评查结果系依据评查表独立评审作出，与本人评查记录一致。", s.body),
        Spacer(1, 6),
        table,
        Spacer(1, 30),
        signature_line("评审组长"),
    ]


def panel_report(ctx: PrintContext, check: Callable[[], None], now: datetime | None = None) -> list[Flowable]:
    """The whole report as one story (numbered 第 x 页 共 y 页 throughout)."""
    story = _title_page(ctx, now or datetime.now())
    for part in (_rankings, _dossier_scores, _problems, _draws, _signatures):
        check()
        story += part(ctx)
    return story
