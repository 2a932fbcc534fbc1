"""What the composition check reports: severities, finding codes, findings and the report.

Kept apart from the check itself (``app.review.composition``) so that the settlement rules below —
which errors wait for the chair, which dossiers a ``zero_one`` rule zeroes — read the report without
the check's machinery. ``app.review.composition`` re-exports these names.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"  # the panel should not be scored until it is fixed
    WARNING = "warning"  # the chair should look; scoring may go on


class FindingCode(StrEnum):
    # about a candidate (dossier_id is None)
    UNKNOWN_KIND = "unknown_kind"
    UNKNOWN_LEVEL = "unknown_level"
    LEVEL_MISMATCH = "level_mismatch"  # the candidate's level is not its kind's
    NO_DOSSIERS = "no_dossiers"
    TOO_FEW = "too_few"
    TOO_MANY = "too_many"
    POOL_MEMBERS = "pool_members"  # a pooling unit without the member count the rule set pools
    # about a dossier
    UNKNOWN_CANDIDATE = "unknown_candidate"
    UNKNOWN_TYPE = "unknown_type"
    NOT_REQUIRED = "not_required"  # type × source not among the kind's requirements
    CLOSING_DATE_MISSING = "closing_date_missing"
    CLOSING_DATE_OUTSIDE = "closing_date_outside"
    WINDOW_DATE_MISSING = "window_date_missing"  # the date a notice's window checks is not given
    OUTSIDE_WINDOW = "outside_window"  # the date the notice names falls outside its period
    DRAWN_BEFORE = "drawn_before"  # drawn in an earlier review, where the notice draws only others
    CASE_NUMBER_MISSING = "case_number_missing"
    HANDED_IN_TWICE = "handed_in_twice"  # same case number, same category, same candidate
    TWO_CATEGORIES = "two_categories"  # sharing.same_dossier_two_categories
    DRAWN_DUPLICATE = "drawn_duplicate"  # sharing.drawn_duplicate
    SHARED_BY_INDIVIDUALS = "shared_by_individuals"  # sharing.two_individuals
    SHARED_WITH_UNIT = "shared_with_unit"  # sharing.individual_and_unit
    OFFICERS_NOT_RECORDED = "officers_not_recorded"
    NOT_AN_OFFICER = "not_an_officer"
    SET_ASIDE = "set_aside"  # the chair set the dossier aside, with a reason


SHARING_CODES = frozenset(
    {
        FindingCode.TWO_CATEGORIES,
        FindingCode.DRAWN_DUPLICATE,
        FindingCode.SHARED_BY_INDIVIDUALS,
        FindingCode.SHARED_WITH_UNIT,
    }
)


@dataclass(frozen=True)
class Finding:
    code: FindingCode
    severity: Severity
    candidate_id: str
    dossier_id: str | None
    rule: str  # e.g. "requirement:general/drawn", "sharing.two_individuals", "campaign_window"
    args: Mapping[str, object] = field(default_factory=dict)  # figures; tuples are sorted


@dataclass(frozen=True)
class CompositionReport:
    findings: tuple[Finding, ...] = ()

    def __iter__(self) -> Iterator[Finding]:
        return iter(self.findings)

    def __len__(self) -> int:
        return len(self.findings)

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity is Severity.ERROR)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity is Severity.WARNING)

    @property
    def ok(self) -> bool:
        return not self.errors


# errors the chair settles by setting a dossier aside (or, for two categories, keep-copy; for a drawn
# duplicate, a new draw); until then the candidate's indicator is not complete
SETTLED_BY_SETTING_ASIDE = frozenset(
    {
        FindingCode.TOO_MANY,
        FindingCode.HANDED_IN_TWICE,
        FindingCode.TWO_CATEGORIES,
        FindingCode.DRAWN_DUPLICATE,
        FindingCode.SHARED_BY_INDIVIDUALS,
        FindingCode.SHARED_WITH_UNIT,
    }
)


def unsettled_by_candidate(report: CompositionReport) -> dict[str, tuple[str, ...]]:
    """Each candidate's errors still waiting for the chair to set a dossier aside (finding codes)."""
    found: dict[str, list[str]] = defaultdict(list)
    for f in report.errors:
        # more member candidates than the rule set pools: none is pooled until the chair names them
        # (`pool`); fewer is like a missing dossier (counted 0), not a wait
        children = f.args.get("children", ())
        too_many_members = (
            f.code is FindingCode.POOL_MEMBERS
            and isinstance(children, tuple)
            and len(children) > int(str(f.args.get("expected", 0)))
        )
        if (f.code in SETTLED_BY_SETTING_ASIDE or too_many_members) and f.code.value not in found[
            f.candidate_id
        ]:
            found[f.candidate_id].append(f.code.value)
    return {cid: tuple(codes) for cid, codes in found.items()}


def zeroed_duplicates(report: CompositionReport) -> set[str]:
    """Dossiers that score 0 under a ``zero_one`` sharing rule (see the module's ordering)."""
    return {
        f.dossier_id
        for f in report
        if f.code in SHARING_CODES and f.dossier_id is not None and f.args.get("zeroed") is True
    }
