"""The composition check: does each candidate hand in the dossiers its kind requires, under the rules?

``check_composition`` is pure (no Qt, no database) and returns codes and figures only; the UI and the
CLI word them (``describe`` gives a plain English line for the CLI). Nothing is dropped silently:
every candidate and every dossier is either fine or named in a finding.

Decisions worth knowing:

- Case numbers are compared after normalising (NFKC, no whitespace, case-folded, 〔〕【】［］（） and
  ``()`` all read as ``[]``); an empty case number cannot be compared and is reported.
- Sharing: two individuals → ``sharing.two_individuals``; an individual and a unit →
  ``sharing.individual_and_unit``; two units are not covered by any rule and pass. The same case
  number twice in the *same* category (type and source) of one candidate is a plain error.
- ``zero_one``: within a case number, dossiers are ordered by closing date (missing last), then case
  number (as compared, so equal within the group), candidate id, dossier id. Walking that order, a
  dossier sharing under a ``zero_one`` rule with an earlier kept dossier scores 0: the first is kept.
- A kind with no requirements (e.g. a unit scored on its year's record) expects no dossiers.
- An individual is checked against the dossier's officers only when the kind names officer roles:
  by certificate number when both sides have one, otherwise by name.
- Counts are exact unless the requirement says ``at_least``: a dossier more than the notice's count
  is an error (``too_many``), never extra points nor a larger denominator. The chair settles it — and
  any other error about one dossier (handed in twice, shared against a ``forbid`` rule) — by setting
  a named dossier aside with a reason (``app.services.settlement``): a set-aside dossier is reported
  as ``set_aside`` and takes no part in the counts, the sharing rules or the indicator.
- Candidate ids and dossier ids must be unique (they are database keys); duplicates raise ValueError.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from itertools import combinations

from app.review.entities import CandidateRecord, DossierRecord, Officer
from app.review.ruleset import CandidateClass, CandidateKind, RuleSet, SharingRule, Source


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
    # about a dossier
    UNKNOWN_CANDIDATE = "unknown_candidate"
    UNKNOWN_TYPE = "unknown_type"
    NOT_REQUIRED = "not_required"  # type × source not among the kind's requirements
    CLOSING_DATE_MISSING = "closing_date_missing"
    CLOSING_DATE_OUTSIDE = "closing_date_outside"
    CASE_NUMBER_MISSING = "case_number_missing"
    HANDED_IN_TWICE = "handed_in_twice"  # same case number, same category, same candidate
    TWO_CATEGORIES = "two_categories"  # sharing.same_dossier_two_categories
    SHARED_BY_INDIVIDUALS = "shared_by_individuals"  # sharing.two_individuals
    SHARED_WITH_UNIT = "shared_with_unit"  # sharing.individual_and_unit
    OFFICERS_NOT_RECORDED = "officers_not_recorded"
    NOT_AN_OFFICER = "not_an_officer"
    SET_ASIDE = "set_aside"  # the chair set the dossier aside, with a reason


_ORDER = {code: i for i, code in enumerate(FindingCode)}
SHARING_CODES = frozenset(
    {FindingCode.TWO_CATEGORIES, FindingCode.SHARED_BY_INDIVIDUALS, FindingCode.SHARED_WITH_UNIT}
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


# errors the chair settles by setting a dossier aside; until then the candidate's indicator is not complete
SETTLED_BY_SETTING_ASIDE = frozenset(
    {
        FindingCode.TOO_MANY,
        FindingCode.HANDED_IN_TWICE,
        FindingCode.TWO_CATEGORIES,
        FindingCode.SHARED_BY_INDIVIDUALS,
        FindingCode.SHARED_WITH_UNIT,
    }
)


def unsettled_by_candidate(report: CompositionReport) -> dict[str, tuple[str, ...]]:
    """Each candidate's errors still waiting for the chair to set a dossier aside (finding codes)."""
    found: dict[str, list[str]] = defaultdict(list)
    for f in report.errors:
        if f.code in SETTLED_BY_SETTING_ASIDE and f.code.value not in found[f.candidate_id]:
            found[f.candidate_id].append(f.code.value)
    return {cid: tuple(codes) for cid, codes in found.items()}


def zeroed_duplicates(report: CompositionReport) -> set[str]:
    """Dossiers that score 0 under a ``zero_one`` sharing rule (see the module's ordering)."""
    return {
        f.dossier_id
        for f in report
        if f.code in SHARING_CODES and f.dossier_id is not None and f.args.get("zeroed") is True
    }


_BRACKETS = str.maketrans({"〔": "[", "〕": "]", "【": "[", "】": "]", "(": "[", ")": "]"})
_DOTS = re.compile(r"[·•・‧∙.]")


def _plain(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split()).casefold()


def case_key(case_number: str) -> str:
    """The case number as compared: NFKC, no whitespace, case-folded, brackets unified."""
    return _plain(case_number).translate(_BRACKETS)


def _name_key(name: str) -> str:
    return _DOTS.sub("·", _plain(name))


def _category(d: DossierRecord) -> tuple[str, Source]:
    return (d.type, d.source)


def check_composition(
    ruleset: RuleSet,
    candidates: Sequence[CandidateRecord],
    dossiers: Sequence[DossierRecord],
    *,
    campaign_start: date | None,
    campaign_end: date | None,
) -> CompositionReport:
    """Every finding about the panel's composition, ordered by candidate, dossier, code."""
    if campaign_start and campaign_end and campaign_start > campaign_end:
        raise ValueError(f"campaign starts {campaign_start} after it ends {campaign_end}")
    by_id = {c.id: c for c in candidates}
    if len(by_id) != len(candidates):
        raise ValueError("candidate ids are not unique")
    if len({d.id for d in dossiers}) != len(dossiers):
        raise ValueError("dossier ids are not unique")
    findings: list[Finding] = [
        Finding(
            FindingCode.SET_ASIDE,
            Severity.WARNING,
            d.candidate_id,
            d.id,
            "set_aside",
            {"case_number": d.case_number, "reason": d.set_aside_reason},
        )
        for d in dossiers
        if d.set_aside_reason is not None
    ]
    dossiers = [d for d in dossiers if d.set_aside_reason is None]
    owned: dict[str, list[DossierRecord]] = defaultdict(list)
    for d in dossiers:
        owned[d.candidate_id].append(d)

    for cand in candidates:
        findings.extend(_candidate_findings(ruleset, cand, owned.get(cand.id, [])))
    for d in dossiers:
        findings.extend(_dossier_findings(ruleset, by_id, d, campaign_start, campaign_end))
    findings.extend(_sharing_findings(ruleset, by_id, dossiers))
    findings.sort(
        key=lambda f: (
            f.candidate_id,
            f.dossier_id or "",
            _ORDER[f.code],
            f.rule,
            repr(sorted(f.args.items())),
        )
    )
    return CompositionReport(tuple(findings))


def _candidate_findings(
    ruleset: RuleSet, cand: CandidateRecord, own: Sequence[DossierRecord]
) -> Iterator[Finding]:
    kind = ruleset.kind(cand.kind)
    if kind is None:
        yield Finding(FindingCode.UNKNOWN_KIND, Severity.ERROR, cand.id, None, "kind", {"kind": cand.kind})
    if ruleset.level(cand.level) is None:
        yield Finding(
            FindingCode.UNKNOWN_LEVEL, Severity.ERROR, cand.id, None, "level", {"level": cand.level}
        )
    elif kind is not None and kind.level != cand.level:
        args: dict[str, object] = {"level": cand.level, "kind": kind.code, "kind_level": kind.level}
        yield Finding(FindingCode.LEVEL_MISMATCH, Severity.WARNING, cand.id, None, "level", args)
    if not own:
        if kind is None or kind.requirements:
            expected = {"expected": kind.required_count if kind is not None else None}
            yield Finding(FindingCode.NO_DOSSIERS, Severity.ERROR, cand.id, None, "requirements", expected)
        return
    if kind is None:
        return
    yield from _count_findings(ruleset, kind, cand, own)
    for d in sorted(own, key=lambda d: d.id):
        yield from _officer_findings(kind, cand, d)


def _count_findings(
    ruleset: RuleSet, kind: CandidateKind, cand: CandidateRecord, own: Sequence[DossierRecord]
) -> Iterator[Finding]:
    required: dict[tuple[str, Source], tuple[int, bool]] = {}
    for req in kind.requirements:  # repeated type × source entries add up
        count, at_least = required.get((req.type, req.source), (0, True))
        required[(req.type, req.source)] = (count + req.count, at_least and req.at_least)
    handed: dict[tuple[str, Source], list[DossierRecord]] = defaultdict(list)
    for d in own:
        if ruleset.dossier_type(d.type) is not None:
            handed[_category(d)].append(d)
    for (type_, source), (expected, at_least) in required.items():
        found = handed.get((type_, source), [])
        rule = f"requirement:{type_}/{source}"
        args: dict[str, object] = {"type": type_, "source": str(source), "expected": expected}
        args |= {"found": len(found), "at_least": at_least}
        if len(found) < expected:
            yield Finding(FindingCode.TOO_FEW, Severity.ERROR, cand.id, None, rule, args)
        elif len(found) > expected and not at_least:
            # the notice fixes the count: the chair sets the extra dossier(s) aside
            args["case_numbers"] = tuple(sorted(d.case_number for d in found))
            args["dossiers"] = tuple(sorted(d.id for d in found))
            yield Finding(FindingCode.TOO_MANY, Severity.ERROR, cand.id, None, rule, args)
    for category, extra in handed.items():
        if category in required:
            continue
        for d in extra:
            args = {"case_number": d.case_number, "type": d.type, "source": str(d.source), "kind": kind.code}
            yield Finding(FindingCode.NOT_REQUIRED, Severity.WARNING, cand.id, d.id, "requirements", args)


def _is_candidate(cand: CandidateRecord, officer: Officer) -> bool:
    if cand.officer_certificate.strip() and officer.certificate.strip():
        return _plain(cand.officer_certificate) == _plain(officer.certificate)
    return _name_key(cand.officer_name or cand.name) == _name_key(officer.name)


def _officer_findings(kind: CandidateKind, cand: CandidateRecord, d: DossierRecord) -> Iterator[Finding]:
    if kind.candidate_class is not CandidateClass.INDIVIDUAL or not kind.officer_roles:
        return
    rule = "officer_roles"
    args: dict[str, object] = {
        "case_number": d.case_number,
        "officer": cand.officer_name or cand.name,
        "certificate": cand.officer_certificate,
        "required_roles": tuple(sorted(kind.officer_roles)),
    }
    if not d.officers:
        yield Finding(FindingCode.OFFICERS_NOT_RECORDED, Severity.ERROR, cand.id, d.id, rule, args)
        return
    held = {role for o in d.officers if _is_candidate(cand, o) for role in o.roles}
    if not kind.officer_qualifies(held):
        args["roles_found"] = tuple(sorted(held))
        yield Finding(FindingCode.NOT_AN_OFFICER, Severity.ERROR, cand.id, d.id, rule, args)


def _dossier_findings(
    ruleset: RuleSet,
    by_id: Mapping[str, CandidateRecord],
    d: DossierRecord,
    start: date | None,
    end: date | None,
) -> Iterator[Finding]:
    cid = d.candidate_id
    if cid not in by_id:
        args = {"case_number": d.case_number}
        yield Finding(FindingCode.UNKNOWN_CANDIDATE, Severity.ERROR, cid, d.id, "candidate", args)
    if ruleset.dossier_type(d.type) is None:
        args = {"case_number": d.case_number, "type": d.type}
        yield Finding(FindingCode.UNKNOWN_TYPE, Severity.ERROR, cid, d.id, "dossier_types", args)
    if not case_key(d.case_number):
        yield Finding(FindingCode.CASE_NUMBER_MISSING, Severity.WARNING, cid, d.id, "case_number", {})
    if start is None and end is None:
        return
    window: dict[str, object] = {"case_number": d.case_number, "campaign_start": start, "campaign_end": end}
    if d.closing_date is None:
        yield Finding(
            FindingCode.CLOSING_DATE_MISSING, Severity.WARNING, cid, d.id, "campaign_window", window
        )
    elif (start is not None and d.closing_date < start) or (end is not None and d.closing_date > end):
        window["closing_date"] = d.closing_date
        yield Finding(
            FindingCode.CLOSING_DATE_OUTSIDE, Severity.WARNING, cid, d.id, "campaign_window", window
        )


def _zero_order(d: DossierRecord) -> tuple[bool, date, str, str, str]:
    return (d.closing_date is None, d.closing_date or date.min, case_key(d.case_number), d.candidate_id, d.id)


def _pair_rule(
    ruleset: RuleSet, by_id: Mapping[str, CandidateRecord], a: DossierRecord, b: DossierRecord
) -> tuple[FindingCode, str, SharingRule] | None:
    """Which sharing rule a pair of dossiers with one case number falls under, if any."""
    sharing = ruleset.sharing
    if a.candidate_id == b.candidate_id:
        if _category(a) == _category(b):
            return (FindingCode.HANDED_IN_TWICE, "case_number", SharingRule.FORBID)
        rule = sharing.same_dossier_two_categories
        return (FindingCode.TWO_CATEGORIES, "sharing.same_dossier_two_categories", rule)
    classes = []
    for cid in (a.candidate_id, b.candidate_id):
        cand = by_id.get(cid)
        kind = ruleset.kind(cand.kind) if cand is not None else None
        if kind is None:
            return None  # reported already; its class is unknown
        classes.append(kind.candidate_class)
    individuals = classes.count(CandidateClass.INDIVIDUAL)
    if individuals == 2:
        return (FindingCode.SHARED_BY_INDIVIDUALS, "sharing.two_individuals", sharing.two_individuals)
    if individuals == 1:
        return (FindingCode.SHARED_WITH_UNIT, "sharing.individual_and_unit", sharing.individual_and_unit)
    return None  # two units: no rule covers it


def _sharing_findings(
    ruleset: RuleSet, by_id: Mapping[str, CandidateRecord], dossiers: Sequence[DossierRecord]
) -> Iterator[Finding]:
    groups: dict[str, list[DossierRecord]] = defaultdict(list)
    for d in dossiers:
        if key := case_key(d.case_number):
            groups[key].append(d)
    for group in groups.values():
        if len(group) < 2:
            continue
        ordered = sorted(group, key=_zero_order)
        # (dossier id, code) -> rule name, rule, ids of the other dossiers
        hits: dict[tuple[str, FindingCode], tuple[str, SharingRule, set[str]]] = {}
        zero_one: dict[str, set[str]] = defaultdict(set)
        for a, b in combinations(ordered, 2):  # a comes first
            pair = _pair_rule(ruleset, by_id, a, b)
            if pair is None or pair[2] is SharingRule.ALLOW:
                continue
            code, name, rule = pair
            sides = ((b, a),) if code is FindingCode.HANDED_IN_TWICE else ((a, b), (b, a))
            for this, other in sides:
                hits.setdefault((this.id, code), (name, rule, set()))[2].add(other.id)
            if rule is SharingRule.ZERO_ONE:
                zero_one[a.id].add(b.id)
                zero_one[b.id].add(a.id)
        kept: set[str] = set()
        for d in ordered:
            if zero_one[d.id].isdisjoint(kept):
                kept.add(d.id)
        by_dossier = {d.id: d for d in group}
        for (dossier_id, code), (name, rule, others) in hits.items():
            d = by_dossier[dossier_id]
            args: dict[str, object] = {
                "case_number": d.case_number,
                "other_dossiers": tuple(sorted(others)),
                "other_candidates": tuple(sorted({by_dossier[o].candidate_id for o in others})),
            }
            severity = Severity.ERROR
            if code is not FindingCode.HANDED_IN_TWICE:
                args["sharing"] = str(rule)
            if rule is SharingRule.ZERO_ONE:
                severity = Severity.WARNING
                args["zeroed"] = dossier_id not in kept
            yield Finding(code, severity, d.candidate_id, dossier_id, name, args)


_TEXT: dict[FindingCode, str] = {
    FindingCode.UNKNOWN_KIND: "candidate kind {kind} is not in the rule set",
    FindingCode.UNKNOWN_LEVEL: "level {level} is not in the rule set",
    FindingCode.LEVEL_MISMATCH: "level {level}, but kind {kind} is ranked at level {kind_level}",
    FindingCode.NO_DOSSIERS: "no dossiers handed in (expected {expected})",
    FindingCode.TOO_FEW: "{found} dossier(s) of type {type} ({source}), {expected} required",
    FindingCode.TOO_MANY: "{found} dossier(s) of type {type} ({source}), exactly {expected} counted: "
    "{case_numbers}; set the extra one(s) aside (set-aside)",
    FindingCode.UNKNOWN_CANDIDATE: "the dossier belongs to no candidate of the panel",
    FindingCode.UNKNOWN_TYPE: "dossier type {type} is not in the rule set",
    FindingCode.NOT_REQUIRED: "kind {kind} requires no dossier of type {type} ({source})",
    FindingCode.CLOSING_DATE_MISSING: "no closing date (campaign {campaign_start} to {campaign_end})",
    FindingCode.CLOSING_DATE_OUTSIDE: "closed {closing_date}, outside the campaign {campaign_start} to {campaign_end}",
    FindingCode.CASE_NUMBER_MISSING: "no case number",
    FindingCode.HANDED_IN_TWICE: "the same case is handed in again in the same category (dossier {other_dossiers})",
    FindingCode.TWO_CATEGORIES: "the same case is handed in under another category (dossier {other_dossiers}): {sharing}",
    FindingCode.SHARED_BY_INDIVIDUALS: "the same case is also used by individual {other_candidates}: {sharing}",
    FindingCode.SHARED_WITH_UNIT: "the same case is also used by {other_candidates}: {sharing}",
    FindingCode.OFFICERS_NOT_RECORDED: "no handling officers recorded to check {officer} against",
    FindingCode.NOT_AN_OFFICER: "{officer} (certificate {certificate}) is not among the officers as "
    "{required_roles} (found as: {roles_found})",
    FindingCode.SET_ASIDE: "set aside by the chair, not counted: {reason}",
}


def _shown(value: object) -> str:
    if value is None or value == "" or value == ():
        return "—"
    if isinstance(value, tuple):
        return ", ".join(map(str, value))
    return str(value)


def describe(finding: Finding, names: Mapping[str, str] | None = None) -> str:
    """A plain English line for the CLI: severity, candidate, case number, rule, what is wrong."""
    who = (names or {}).get(finding.candidate_id, finding.candidate_id)
    where = f", case {finding.args.get('case_number') or '—'}" if finding.dossier_id is not None else ""
    args = dict(finding.args)
    if names and isinstance(others := args.get("other_candidates"), tuple):
        args["other_candidates"] = tuple(names.get(str(o), str(o)) for o in others)
    shown = defaultdict(lambda: "—", {k: _shown(v) for k, v in args.items()})
    text = _TEXT[finding.code].format_map(shown)
    if finding.args.get("zeroed") is True:
        text += "; this dossier scores 0"
    return f"{finding.severity}: {who}{where} [{finding.rule}]: {text}"
