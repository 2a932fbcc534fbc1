"""Plain words for the engine's codes, as the chair reads them (Chinese through ``tr``).

The core returns codes and figures only: composition findings, assignment shortfalls and conflicts,
indicator steps, disagreement flags, zero reasons. This module turns each into one sentence. Errors
and refusals (merge problems, manifests, packages, moderation) are in ``wording_errors``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime
from decimal import Decimal
from fractions import Fraction

from app.review.assignment import Bar, Conflict, Shortfall
from app.review.composition import Finding, FindingCode, Severity
from app.review.disagreement import Flag, FlagCode
from app.review.indicators import Step
from app.review.points import format_points
from app.review.ruleset import CrossAggregation, ExpertAggregation, RuleSet, SharingRule, Source
from app.review.scoring import Role, ZeroReason
from app.ui.shared.look import translate

Names = Mapping[str, str]


def join(parts: Iterable[str]) -> str:
    """Entries of a list inside a sentence: "、" in Chinese, ", " in English."""
    return translate("Wording", ", ").join(parts)


def pts(value: Fraction | Decimal | int) -> str:
    return translate("Wording", "{points} pts").format(points=format_points(value))


def local_time(moment: datetime | None) -> str:
    """A time stamp from the panel file (UTC, without zone) as this computer's local time."""
    if moment is None:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def day(value: object) -> str:
    if isinstance(value, date):
        return value.isoformat()
    return str(value) if value else translate("Wording", "(not set)")


# ---------------------------------------------------------------------- simple words
def role_word(role: Role | str) -> str:
    if Role(role) is Role.EXPERT:
        return translate("Wording", "Expert")
    return translate("Wording", "Cross-reviewer")


def source_word(source: Source | str) -> str:
    if Source(source) is Source.DRAWN:
        return translate("Wording", "randomly drawn")
    return translate("Wording", "recommended")


def severity_word(severity: Severity) -> str:
    if severity is Severity.ERROR:
        return translate("Wording", "Must fix")
    return translate("Wording", "Check")


def expert_aggregation_word(how: ExpertAggregation) -> str:
    return {
        ExpertAggregation.MEAN: translate("Wording", "Mean of the experts' scores"),
        ExpertAggregation.MEDIAN: translate("Wording", "Median of the experts' scores"),
        ExpertAggregation.TRIMMED_MEAN: translate(
            "Wording", "Mean without the highest and lowest (3 experts or more)"
        ),
    }[how]


def cross_aggregation_word(how: CrossAggregation) -> str:
    return {
        CrossAggregation.MEAN: translate("Wording", "Mean of the cross-reviewers' deductions"),
        CrossAggregation.MAX: translate("Wording", "The largest cross-review deduction"),
        CrossAggregation.SUM: translate("Wording", "Sum of the cross-review deductions"),
    }[how]


def officer_role_word(code: str) -> str:
    words = {
        "questioner": translate("Wording", "questioner"),
        "recorder": translate("Wording", "recorder"),
        "inspector": translate("Wording", "inspector"),
        "handler": translate("Wording", "handling officer on the filing form"),
    }
    return words.get(code, code)


def zero_reason_word(reason: ZeroReason | str) -> str:
    words = {
        ZeroReason.VETO: translate("Wording", "veto"),
        ZeroReason.UNPUBLICISED: translate("Wording", "not published on the portal"),
        ZeroReason.DUPLICATE_CATEGORY: translate("Wording", "handed in under two categories"),
        ZeroReason.NOT_HANDED_IN: translate("Wording", "not handed in"),
    }
    return words.get(ZeroReason(reason), str(reason))


def type_name(ruleset: RuleSet, code: object) -> str:
    found = ruleset.dossier_type(str(code))
    return found.name if found else str(code)


def level_name(ruleset: RuleSet, code: object) -> str:
    found = ruleset.level(str(code))
    return found.name if found else str(code)


def kind_name(ruleset: RuleSet, code: object) -> str:
    found = ruleset.kind(str(code))
    return found.name if found else str(code)


# ---------------------------------------------------------------------- composition
def _sharing(rule: object) -> str:
    if str(rule) == SharingRule.FORBID.value:
        return translate("Wording", "the rules forbid this")
    if str(rule) == SharingRule.ZERO_ONE.value:
        return translate("Wording", "one of them scores 0")
    return translate("Wording", "allowed")


def _strings(value: object) -> tuple[str, ...]:
    if isinstance(value, tuple | list):
        return tuple(str(v) for v in value)
    return (str(value),) if value else ()


def _others(value: object, names: Names) -> str:
    items = value if isinstance(value, tuple) else (value,)
    return join(names.get(str(v), str(v)) for v in items if v)


def finding_text(finding: Finding, ruleset: RuleSet, names: Names | None = None) -> str:
    """One plain sentence: what is missing, extra or forbidden (the case number is shown beside it)."""
    names = names or {}
    a = finding.args
    code = finding.code
    type_ = type_name(ruleset, a.get("type", ""))
    source = source_word(str(a["source"])) if a.get("source") else ""
    text: str
    if code is FindingCode.UNKNOWN_KIND:
        text = translate("Wording", "The candidate kind {kind} is not in the rule set").format(
            kind=a.get("kind")
        )
    elif code is FindingCode.UNKNOWN_LEVEL:
        text = translate("Wording", "The level {level} is not in the rule set").format(level=a.get("level"))
    elif code is FindingCode.LEVEL_MISMATCH:
        text = translate(
            "Wording", "Entered at level {level}, but a {kind} is ranked at level {kind_level}"
        ).format(
            level=level_name(ruleset, a.get("level")),
            kind=kind_name(ruleset, a.get("kind")),
            kind_level=level_name(ruleset, a.get("kind_level")),
        )
    elif code is FindingCode.NO_DOSSIERS:
        text = translate("Wording", "No dossier handed in yet ({expected} required)").format(
            expected=a.get("expected") or "—"
        )
    elif code is FindingCode.TOO_FEW:
        expected, found = int(str(a.get("expected", 0))), int(str(a.get("found", 0)))
        text = translate(
            "Wording", "Missing {missing}: {type} ({source}) needs {expected}, has {found}"
        ).format(missing=expected - found, type=type_, source=source, expected=expected, found=found)
    elif code is FindingCode.TOO_MANY:
        text = translate(
            "Wording", "Too many {type} ({source}): {expected} required, {found} handed in ({cases})"
        ).format(
            type=type_,
            source=source,
            expected=a.get("expected"),
            found=a.get("found"),
            cases=_others(a.get("case_numbers", ()), {}),
        )
    elif code is FindingCode.UNKNOWN_CANDIDATE:
        text = translate("Wording", "The dossier belongs to no candidate of this panel")
    elif code is FindingCode.UNKNOWN_TYPE:
        text = translate("Wording", "The dossier type {type} is not in the rule set").format(
            type=a.get("type")
        )
    elif code is FindingCode.NOT_REQUIRED:
        text = translate("Wording", "A {kind} hands in no {type} ({source}) dossiers").format(
            kind=kind_name(ruleset, a.get("kind")), type=type_, source=source
        )
    elif code is FindingCode.CLOSING_DATE_MISSING:
        text = translate("Wording", "No closing date (the campaign runs {start} to {end})").format(
            start=day(a.get("campaign_start")), end=day(a.get("campaign_end"))
        )
    elif code is FindingCode.CLOSING_DATE_OUTSIDE:
        text = translate("Wording", "Closed on {closing}, outside the campaign ({start} to {end})").format(
            closing=day(a.get("closing_date")),
            start=day(a.get("campaign_start")),
            end=day(a.get("campaign_end")),
        )
    elif code is FindingCode.WINDOW_DATE_MISSING:
        text = translate(
            "Wording", "No {field} to check against the notice's period {start} to {end} ({label})"
        ).format(
            field=date_field_word(a.get("field")),
            start=day(a.get("start")),
            end=day(a.get("end")),
            label=a.get("label"),
        )
    elif code is FindingCode.OUTSIDE_WINDOW:
        text = translate(
            "Wording", "{field} {date} is outside the notice's period {start} to {end} ({label})"
        ).format(
            field=date_field_word(a.get("field")),
            date=day(a.get("date")),
            start=day(a.get("start")),
            end=day(a.get("end")),
            label=a.get("label"),
        )
    elif code is FindingCode.DRAWN_BEFORE:
        text = translate(
            "Wording", "Drawn in an earlier review; the notice draws only others ({label})"
        ).format(label=a.get("label"))
    elif code is FindingCode.POOL_MEMBERS:
        text = translate(
            "Wording",
            "{expected} member units are pooled into it, but it has {children}: the chair names them",
        ).format(expected=a.get("expected"), children=_others(a.get("children", ()), names) or "—")
    elif code is FindingCode.DRAWN_DUPLICATE:
        text = translate(
            "Wording",
            "A drawn dossier is the same case as dossier {others} of this candidate: {rule}; draw another",
        ).format(others=_others(a.get("other_dossiers", ()), {}), rule=_sharing(a.get("sharing")))
    elif code is FindingCode.CASE_NUMBER_MISSING:
        text = translate("Wording", "No case number")
    elif code is FindingCode.HANDED_IN_TWICE:
        text = translate(
            "Wording", "The same case is handed in twice in the same category (also dossier {others})"
        ).format(others=_others(a.get("other_dossiers", ()), {}))
    elif code is FindingCode.TWO_CATEGORIES:
        text = translate(
            "Wording", "The same case is handed in under two categories (also dossier {others}): {rule}"
        ).format(others=_others(a.get("other_dossiers", ()), {}), rule=_sharing(a.get("sharing")))
    elif code is FindingCode.SHARED_BY_INDIVIDUALS:
        text = translate("Wording", "The same case is also used by the individual {others}: {rule}").format(
            others=_others(a.get("other_candidates", ()), names), rule=_sharing(a.get("sharing"))
        )
    elif code is FindingCode.SHARED_WITH_UNIT:
        text = translate("Wording", "The same case is also used by {others}: {rule}").format(
            others=_others(a.get("other_candidates", ()), names), rule=_sharing(a.get("sharing"))
        )
    elif code is FindingCode.OFFICERS_NOT_RECORDED:
        text = translate("Wording", "No handling officers entered, so {officer} cannot be checked").format(
            officer=a.get("officer")
        )
    elif code is FindingCode.SET_ASIDE:
        text = translate("Wording", "Set aside by the chair, not counted: {reason}").format(
            reason=a.get("reason") or "—"
        )
    else:  # NOT_AN_OFFICER
        roles = _strings(a.get("required_roles"))
        held = _strings(a.get("roles_found"))
        text = translate("Wording", "{officer} is not recorded as {roles} (found as: {found})").format(
            officer=a.get("officer"),
            roles=translate("Wording", " or ").join(officer_role_word(r) for r in roles),
            found=join(officer_role_word(r) for r in held) or translate("Wording", "not among the officers"),
        )
    if a.get("zeroed") is True:
        text += translate("Wording", "; this dossier scores 0")
        if a.get("decided_by") == "chair":
            text += translate("Wording", " (dossier {kept} stands: the chair chose it)").format(
                kept=a.get("kept")
            )
        elif a.get("kept"):
            text += translate(
                "Wording", " (dossier {kept} stands: its category comes first in the notice)"
            ).format(kept=a.get("kept"))
    elif a.get("decided_by") == "pending":
        text += translate("Wording", "; the chair must choose which copy stands")
    return text


def date_field_word(code: object) -> str:
    words = {
        "decision_date": translate("Wording", "decision date"),
        "closing_date": translate("Wording", "closing date"),
    }
    return words.get(str(code), str(code))


# ---------------------------------------------------------------------- assignment
def bar_word(bar: Bar) -> str:
    return {
        Bar.OWN_REGION: translate("Wording", "own region"),
        Bar.OWN_UNIT: translate("Wording", "own unit"),
        Bar.REMOVED_BY_CHAIR: translate("Wording", "removed by the chair"),
    }[bar]


def conflict_text(conflict: Conflict, reviewer_names: Names) -> str:
    who = reviewer_names.get(conflict.reviewer_id, conflict.reviewer_id)
    if conflict.code is Bar.OWN_UNIT:
        return translate("Wording", "{reviewer} would review a dossier of their own unit ({value})").format(
            reviewer=who, value=conflict.value
        )
    return translate("Wording", "{reviewer} would review a dossier from their own region ({value})").format(
        reviewer=who, value=conflict.value
    )


def shortfall_text(shortfall: Shortfall, case_numbers: Names, reviewer_names: Names) -> str:
    dossier = case_numbers.get(shortfall.dossier_id, shortfall.dossier_id)
    blocked = join(
        f"{reviewer_names.get(c.reviewer_id, c.reviewer_id)}（{bar_word(c.code)}）" for c in shortfall.blocked
    )
    if shortfall.role is Role.EXPERT:
        text = translate("Wording", "{dossier}: {assigned} of {needed} experts").format(
            dossier=dossier, assigned=shortfall.assigned, needed=shortfall.needed
        )
    else:
        text = translate("Wording", "{dossier}: {assigned} of {needed} cross-reviewers").format(
            dossier=dossier, assigned=shortfall.assigned, needed=shortfall.needed
        )
    if blocked:
        text += translate("Wording", " — not allowed: {who}").format(who=blocked)
    return text


# ---------------------------------------------------------------------- indicator steps
def unsettled_word(code: str) -> str:
    """A composition problem that keeps an indicator open, in a few words (the chair settles it)."""
    words = {
        "too_many": translate("Wording", "more dossiers than the notice counts"),
        "pool_members": translate("Wording", "the pooled member candidates not chosen"),
        "handed_in_twice": translate("Wording", "a case handed in twice"),
        "two_categories": translate("Wording", "a case under two categories: which copy stands"),
        "drawn_duplicate": translate("Wording", "a drawn case handed in again"),
        "shared_by_individuals": translate("Wording", "a case shared by two individuals"),
        "shared_with_unit": translate("Wording", "a case shared by an individual and the unit"),
    }
    return words.get(code, translate("Wording", "a composition problem"))


def step_text(step: Step, case_numbers: Names | None = None) -> str:
    """One line of "how the indicator was computed"."""
    a = {k: format_points(v) if isinstance(v, (Fraction, Decimal)) else str(v) for k, v in step.args.items()}
    value = format_points(step.value)
    code = step.code
    if code == "mean":
        return translate("Wording", "Mean {value} ({dossiers} dossiers, divided by {divisor})").format(
            value=value, dossiers=a.get("dossiers"), divisor=a.get("divided_by")
        )
    if code == "scaled":
        return translate("Wording", "Scaled to {points} points: {value} (checklist out of {of})").format(
            points=a.get("points"), value=value, of=a.get("of")
        )
    if code == "pooled_mean":
        return translate(
            "Wording",
            "Pooled mean {value} ({own} own dossiers and {members} member units, divided by {divisor})",
        ).format(value=value, own=a.get("own"), members=a.get("members"), divisor=a.get("divided_by"))
    if code == "group":
        return translate(
            "Wording", "{label}: {value} (mean {mean}, divided by {divisor}, worth {points} points)"
        ).format(
            label=a.get("label"),
            value=value,
            mean=a.get("mean"),
            divisor=a.get("divided_by"),
            points=a.get("points"),
        )
    if code == "dossier":
        dossier = (case_numbers or {}).get(a.get("dossier", ""), a.get("dossier", ""))
        return translate("Wording", "Dossier {dossier}: {value} ({points} points per dossier)").format(
            dossier=dossier, value=value, points=a.get("points")
        )
    if code == "bonus":
        return translate("Wording", "{label}: {value} ({count} times, at most {max})").format(
            label=a.get("label"), value=value, count=a.get("count"), max=a.get("max")
        )
    if code == "base":
        return translate("Wording", "Base score {value}").format(value=value)
    if code == "adjustment":
        return translate("Wording", "{label} × {count}: {value}").format(
            label=a.get("label"), count=a.get("count"), value=value
        )
    if code == "zeroed_by_event":
        return translate("Wording", "{label} ({count} times): the indicator scores 0").format(
            label=a.get("label"), count=a.get("count")
        )
    if code == "bounded":
        return translate("Wording", "Kept between {floor} and {cap}: {value}").format(
            floor=a.get("floor"), cap=a.get("cap"), value=value
        )
    if code == "indicator_vetoed":
        return translate("Wording", "Veto: the indicator scores 0")
    if code == "grade":
        return translate("Wording", "The chair's grade: {value} (at most {max})").format(
            value=value, max=a.get("max")
        )
    if code == "grade_missing":
        return translate("Wording", "No grade from the chair yet: counted as 0 (at most {max})").format(
            max=a.get("max")
        )
    if code == "floored":
        return translate("Wording", "Not below {floor}: {value}").format(floor=a.get("floor"), value=value)
    if code == "capped":
        return translate("Wording", "Not above {cap}: {value}").format(cap=a.get("cap"), value=value)
    if code == "dossier_check":
        return translate("Wording", "{label}: {found} dossiers, {value} (at most {max})").format(
            label=a.get("label"), found=a.get("found"), value=value, max=a.get("max")
        )
    if code == "clamped":
        return translate("Wording", "Kept within the indicator's {min} to {max} points: {value}").format(
            min=a.get("min"), max=a.get("max"), value=value
        )
    if code == "unsettled":
        codes = [c.strip() for c in str(a.get("findings") or "").split(",") if c.strip()]
        return translate(
            "Wording", "Not final: the composition check has errors to settle ({findings})"
        ).format(findings="、".join(dict.fromkeys(unsettled_word(c.rpartition(":")[2]) for c in codes)))
    if code == "member_indicator_vetoed":
        return translate(
            "Wording", "Veto on a pooled member's dossier ({dossiers}): the indicator scores 0"
        ).format(
            dossiers=join(
                (case_numbers or {}).get(d.strip(), d.strip()) for d in a.get("dossiers", "").split(",")
            )
        )
    if code == "penalty":
        return translate("Wording", "Grave defect: {points} more off").format(
            points=format_points(-step.value)
        )
    return f"{code} {value}"


# ---------------------------------------------------------------------- disagreement flags
def flag_word(code: FlagCode) -> str:
    return {
        FlagCode.SCORE_SPREAD: translate("Wording", "Experts' totals far apart"),
        FlagCode.VETO_SPLIT: translate("Wording", "Experts disagree on a veto"),
        FlagCode.ITEM_SPLIT: translate("Wording", "Experts disagree on an item"),
        FlagCode.COUNTED_TWICE: translate("Wording", "Possibly deducted twice"),
    }[code]


def flag_text(flag: Flag, reviewer_names: Names) -> str:
    """Who gave what, in one line."""
    f = flag.figures
    if flag.code is FlagCode.SCORE_SPREAD:
        return translate(
            "Wording", "Highest {high}, lowest {low}: {spread} apart (threshold {threshold})"
        ).format(
            high=format_points(f["highest"]),
            low=format_points(f["lowest"]),
            spread=format_points(f["spread"]),
            threshold=format_points(f["threshold"]),
        )
    if flag.code is FlagCode.VETO_SPLIT:
        yes = [reviewer_names.get(r, r) for r, v in flag.by_reviewer.items() if v]
        no = [reviewer_names.get(r, r) for r, v in flag.by_reviewer.items() if not v]
        return translate("Wording", "Veto marked by {yes}; not by {no}").format(yes=join(yes), no=join(no))
    if flag.code is FlagCode.ITEM_SPLIT:
        taken = join(f"{reviewer_names.get(r, r)} {format_points(v)}" for r, v in flag.by_reviewer.items())
        return translate("Wording", "Points off: {taken} (item worth {maximum})").format(
            taken=taken, maximum=format_points(f["maximum"])
        )
    text = translate("Wording", "Experts took off {expert}; cross-reviewers took off {cross} more").format(
        expert=format_points(f["expert_points"]), cross=format_points(f["cross_points"])
    )
    if f.get("rejected_points"):
        text += translate("Wording", " ({rejected} rejected)").format(
            rejected=format_points(f["rejected_points"])
        )
    return text


def settled_word(settled: bool) -> str:
    return translate("Wording", "Settled") if settled else translate("Wording", "Open")
