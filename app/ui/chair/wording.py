"""Plain words for the engine's codes, as the chair reads them.

The core returns codes and figures only. The domain's words — roles, sources, severities, zero reasons,
composition findings, indicator steps, flags — come from the one vocabulary (``app.vocabulary``, the
words tables), in the language the window was started in (``app.words.use_language``); the printed
sheets, the exports and the command line say the same. What only this window says (assignment
shortfalls and conflicts, points and times as shown) stays with Qt's ``tr``. Errors and refusals
(merge problems, manifests, packages, moderation) are in ``wording_errors``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime
from decimal import Decimal
from fractions import Fraction

from app import vocabulary
from app.review.assignment import Bar, Conflict, Shortfall
from app.review.composition import Finding, Severity
from app.review.disagreement import Flag, FlagCode
from app.review.indicators import Step
from app.review.points import format_points
from app.review.ruleset import CrossAggregation, ExpertAggregation, RuleSet, Source
from app.review.scoring import Role, ZeroReason
from app.ui.shared.look import translate

Names = Mapping[str, str]


def join(parts: Iterable[str]) -> str:
    """Entries of a list inside a sentence: "、" in Chinese, ", " in English."""
    return vocabulary.join(parts)


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


# ---------------------------------------------------------------------- the vocabulary
def role_word(role: Role | str) -> str:
    return vocabulary.word("role", Role(role))


def source_word(source: Source | str) -> str:
    return vocabulary.word("source", Source(source))


def severity_word(severity: Severity) -> str:
    return vocabulary.word("severity", severity)


def expert_aggregation_word(how: ExpertAggregation) -> str:
    return vocabulary.word("expert_aggregation", how)


def cross_aggregation_word(how: CrossAggregation) -> str:
    return vocabulary.word("cross_aggregation", how)


def officer_role_word(code: str) -> str:
    return vocabulary.word("officer_role", code)


def zero_reason_word(reason: ZeroReason | str) -> str:
    return vocabulary.word("zero_reason", reason)


def date_field_word(code: object) -> str:
    return vocabulary.word("date_field", code)


def unsettled_word(code: str) -> str:
    """A composition problem that keeps an indicator open, in a few words (the chair settles it)."""
    return vocabulary.unsettled_words(code)


def finding_text(finding: Finding, ruleset: RuleSet, names: Names | None = None) -> str:
    """One plain sentence: what is missing, extra or forbidden (the case number is shown beside it)."""
    return vocabulary.finding_text(finding, ruleset, names)


def step_text(step: Step, case_numbers: Names | None = None) -> str:
    """One line of "how the indicator was computed"."""
    return vocabulary.step_text(step, case_numbers)


def flag_word(code: FlagCode) -> str:
    return vocabulary.word("flag", code)


def flag_text(flag: Flag, reviewer_names: Names) -> str:
    """Who gave what, in one line."""
    return vocabulary.flag_figures_text(flag, reviewer_names)


def settled_word(settled: bool) -> str:
    return vocabulary.flag_status(settled)


def bar_word(bar: Bar) -> str:
    return vocabulary.word("bar", bar)


type_name = vocabulary.type_name
level_name = vocabulary.level_name
kind_name = vocabulary.kind_name


# ---------------------------------------------------------------------- assignment
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
