"""Plain, Qt-free and database-free records of a panel's candidates and dossiers.

The service layer reads these out of the panel database; pure functions (composition check,
indicators, assignment) take them as input, so they can be tested without a database.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from app.review.ruleset import Source


@dataclass(frozen=True)
class Officer:
    name: str
    certificate: str = ""  # 执法证号
    roles: tuple[str, ...] = ()  # e.g. questioner, recorder, inspector, handler (立案审批表承办人)


@dataclass(frozen=True)
class CandidateRecord:
    id: str
    name: str
    kind: str  # candidate kind code of the rule set
    level: str
    region: str = ""
    parent_id: str | None = None  # e.g. a county's city (pooled means)
    officer_name: str = ""  # individuals: the officer's name as in the records
    officer_certificate: str = ""
    attributes: Mapping[str, Decimal] = field(default_factory=dict)  # self_checks, articles, …
    events: Mapping[str, int] = field(default_factory=dict)  # base_adjusted event code -> count
    # base_adjusted with graded_by_chair: the chair's grade (Rudong's 综合打分 out of 22) and why
    grade: Decimal | None = None
    grade_reason: str = ""


@dataclass(frozen=True)
class DossierRecord:
    id: str
    case_number: str
    candidate_id: str
    type: str  # dossier type code of the rule set
    source: Source
    title: str = ""
    region: str = ""
    publicised: bool = True
    closing_date: date | None = None
    officers: tuple[Officer, ...] = ()
    # The chair set the dossier aside (an extra dossier, a shared one…), with this reason: it stays in
    # the panel and may be reviewed, but it no longer counts for its candidate nor in the checks.
    set_aside_reason: str | None = None
    checks: frozenset[str] = frozenset()  # DossierCheck codes the chair recorded as found
    decision_date: date | None = None  # 印发处罚决定书、责令改正通知书等法律文书的日期
    drawn_before: bool = False  # 已被抽查: drawn in an earlier review (Rudong draws only others)


@dataclass(frozen=True)
class StandingCopy:
    """The chair's choice of which copy of a case handed in under two categories stands."""

    dossier_id: str
    reason: str


@dataclass(frozen=True)
class ChairChoices:
    """What the chair decided where a rule leaves a choice (stored in ``chair_choices``, audited)."""

    # (candidate id, case key) -> the copy that stands; the others of that case score 0
    standing_copies: Mapping[tuple[str, str], StandingCopy] = field(default_factory=dict)
    # pooling candidate id (a Jiangsu city) -> the member candidates whose dossiers are pooled
    pools: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
