"""The Chinese words printed documents use for the core's codes (roles, sources, policies, steps).

The core returns codes and numbers, never sentences; a printed sheet is always Chinese (it is an
official record), so the wording lives here rather than in Qt's translations. Unknown codes print as
themselves, so a new code shows up on paper instead of breaking a print run.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime
from decimal import Decimal
from fractions import Fraction

from app.review.checklist import VetoEffect
from app.review.indicators import Step
from app.review.points import format_points
from app.review.ruleset import CrossAggregation, ExpertAggregation, Source
from app.review.scoring import Role, ZeroReason

SECTION_NUMERALS = "一二三四五六七八九十"

ROLE = {Role.EXPERT: "专家评审", Role.CROSS: "交叉评审"}
SOURCE = {Source.RECOMMENDED: "推选", Source.DRAWN: "随机抽选"}
SOURCE_SHORT = {Source.RECOMMENDED: "推选", Source.DRAWN: "抽选"}  # narrow table columns
EXPERT_AGGREGATION = {
    ExpertAggregation.MEAN: "各专家评分的算术平均",
    ExpertAggregation.MEDIAN: "各专家评分的中位数",
    ExpertAggregation.TRIMMED_MEAN: "去掉一个最高分和一个最低分后的算术平均（三人以上）",
}
CROSS_AGGREGATION = {
    CrossAggregation.MEAN: "各交叉评审人扣分的算术平均",
    CrossAggregation.MAX: "各交叉评审人扣分的最高值",
    CrossAggregation.SUM: "各交叉评审人扣分之和",
}
VETO_EFFECT = {
    VetoEffect.DOSSIER_ZERO: "该案卷按0分计",
    VetoEffect.DOSSIER_ZERO_AND_PENALTY: "该案卷按0分计，并另扣分",
    VetoEffect.INDICATOR_ZERO: "该项指标按0分计",
}
ZERO_REASON = {
    ZeroReason.VETO: "一票否决",
    ZeroReason.UNPUBLICISED: "未在门户网站公开",
    ZeroReason.DUPLICATE_CATEGORY: "同一案卷在两个类别重复报送",
    ZeroReason.NOT_HANDED_IN: "未报送",
}
REVIEW_STATUS = {"not_started": "未开始", "in_progress": "进行中", "complete": "已完成"}


def pts(value: Fraction | Decimal | int | None, empty: str = "—") -> str:
    """Points as shown on paper: half-up to 2 places, trailing zeros dropped; ``empty`` for None."""
    return empty if value is None else format_points(value)


def section_number(index: int) -> str:
    """0 → 一, 9 → 十, 10 → 11 (checklists have a handful of sections)."""
    return SECTION_NUMERALS[index] if index < len(SECTION_NUMERALS) else str(index + 1)


def chinese_date(day: date | None) -> str:
    return "" if day is None else f"{day.year}年{day.month}月{day.day}日"


def local_date(stamp: datetime | None) -> date | None:
    """Panel files store naive UTC; a sheet shows the reviewer's local calendar day."""
    if stamp is None:
        return None
    aware = stamp.replace(tzinfo=UTC) if stamp.tzinfo is None else stamp
    return aware.astimezone().date()


def _arg(args: Mapping[str, object], key: str) -> str:
    value = args.get(key, "")
    if isinstance(value, (Fraction, Decimal)):
        return format_points(value)
    return str(value)


class _StepWords(dict[str, str]):
    """A step's args as a template reads them: ``{v}`` is the step's value, ``{name}`` its arg."""

    def __init__(self, args: Mapping[str, object], value: str) -> None:
        super().__init__(v=value)
        self.args = args

    def __missing__(self, key: str) -> str:
        return _arg(self.args, key)


STEP_TEXTS = {
    "mean": "案卷平均分 {v}（{dossiers} 卷，按 {divided_by} 卷计）",
    "pooled_mean": "合并平均分 {v}（本级 {own} 卷及 {members} 个下级单位案卷，按 {divided_by} 卷计）",
    "scaled": "折算为 {points} 分制：{v}（满分 {of}）",
    "group": "{label}：平均 {mean}（按 {divided_by} 卷计），折算 {points} 分制得 {v}",
    "bonus": "{label}：{count} 次，加 {v}（最多 {max}）",
    "base": "基础分 {v}",
    "zeroed_by_event": "{label}（{count} 次）：该项指标按0分计",
    "bounded": "不低于 {floor}、不高于 {cap}：{v}",
    "indicator_vetoed": "案卷存在一票否决情形：该项指标按0分计",
    "penalty": "严重缺陷另扣分：{v}",
    "grade": "组长综合打分 {v}（最高 {max}）",
    "grade_missing": "组长尚未综合打分：按0分计（最高 {max}）",
    "floored": "不低于 {floor}：{v}",
    "capped": "不超过 {cap}：{v}",
    "dossier_check": "{label}：{found} 份，得 {v}（最高 {max}）",
    "clamped": "该项指标限定在 {min}–{max} 分内：{v}",
    "unsettled": "尚未定稿：案卷组成有待组长处理的错误（{findings}）",
}
"""Each step code's line; ``{v}`` is the step's value, any other ``{name}`` the step's arg."""


def describe_step(step: Step, dossier_names: Mapping[str, str] | None = None) -> str:
    """One line of how an indicator was computed, in the words of the notices."""
    a, v = step.args, format_points(step.value)
    code = step.code
    template = STEP_TEXTS.get(code)
    if template is not None:
        return template.format_map(_StepWords(a, v))
    if code == "dossier":
        name = (dossier_names or {}).get(str(a.get("dossier", "")), _arg(a, "dossier"))
        return f"案卷 {name}：按 {_arg(a, 'points')} 分计得 {v}"
    if code == "adjustment":
        sign = "+" if step.value >= 0 else ""
        return f"{_arg(a, 'label')}：{_arg(a, 'count')} 次，{sign}{v}"
    extra = "，".join(f"{k}={_arg(a, k)}" for k in a)
    return f"{code}：{v}" + (f"（{extra}）" if extra else "")
