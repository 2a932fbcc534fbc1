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
- Two categories (``sharing.same_dossier_two_categories``) means one candidate's own *recommended*
  categories (“同一案卷不得作为两类案卷重复报送” is about what the candidate hands in). A drawn dossier
  with the case number of another of the candidate's dossiers is ``drawn_duplicate``
  (``sharing.drawn_duplicate``): the organiser drew it, so it is a draw to repeat, not the
  candidate's offence.
- ``zero_one``: within a case number, the copy the chair chose (``ChairChoices.standing_copies``)
  comes first; then by candidate id, the category's place in the kind's requirements (the notice's
  enumeration: ``sharing.two_categories_keep = "first_listed"``), type, source. Walking that order, a
  dossier sharing under a ``zero_one`` rule with an earlier kept dossier scores 0. The finding says
  which copy stands and why (``kept``, ``decided_by``). With ``two_categories_keep = "chair"`` no copy
  is zeroed until the chair chooses; the finding is an error meanwhile.
- Time windows: a kind's ``windows`` (rule-set data) check the date the notice names (decision or
  closing date) per source, and the ``drawn_before`` flag; the panel's campaign dates check the
  closing date only for kinds without windows of their own.
- Pooling (``pooled_mean``): a unit's members are the chair's choice (``ChairChoices.pools``), or its
  children of the member kind when there are exactly as many as the rule set pools; otherwise
  ``pool_members`` (an error) names the children.
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
from datetime import date
from itertools import combinations

from app.review.entities import CandidateRecord, ChairChoices, DossierRecord, Officer
from app.review.findings import (
    SETTLED_BY_SETTING_ASIDE,
    SHARING_CODES,
    CompositionReport,
    Finding,
    FindingCode,
    Severity,
    unsettled_by_candidate,
    zeroed_duplicates,
)
from app.review.ruleset import (
    CandidateClass,
    CandidateKind,
    PooledMeanIndicator,
    RuleSet,
    SharingRule,
    SharingRules,
    Source,
)

# the findings' vocabulary lives in app.review.findings; callers keep importing it from here
__all__ = [
    "SETTLED_BY_SETTING_ASIDE",
    "SHARING_CODES",
    "CompositionReport",
    "Finding",
    "FindingCode",
    "Severity",
    "case_key",
    "check_composition",
    "pooled_members",
    "unsettled_by_candidate",
    "zeroed_duplicates",
]

_ORDER = {code: i for i, code in enumerate(FindingCode)}
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


def pooled_members(
    ruleset: RuleSet, candidates: Sequence[CandidateRecord], choices: ChairChoices | None = None
) -> dict[str, tuple[str, ...]]:
    """For every candidate whose kind pools member candidates' dossiers: the members pooled.

    The chair's choice when it still fits (members of the member kind under this candidate, as many
    as the rule set pools); else the children of the member kind if there are no more than that
    (fewer is reported by ``check_composition``); else none (also reported: the chair must choose)."""
    choices = choices or ChairChoices()
    pools: dict[str, tuple[str, ...]] = {}
    for cand in candidates:
        kind = ruleset.kind(cand.kind)
        if kind is None or not isinstance(spec := kind.indicator, PooledMeanIndicator):
            continue
        children = _pool_children(cand, candidates, spec)
        chosen = choices.pools.get(cand.id)
        if chosen is not None and _valid_pool(chosen, children, spec):
            pools[cand.id] = tuple(chosen)
        elif len(children) <= spec.members:
            pools[cand.id] = children
        else:
            pools[cand.id] = ()
    return pools


def _pool_children(
    cand: CandidateRecord, candidates: Sequence[CandidateRecord], spec: PooledMeanIndicator
) -> tuple[str, ...]:
    return tuple(sorted(c.id for c in candidates if c.parent_id == cand.id and c.kind == spec.member_kind))


def _valid_pool(chosen: Sequence[str], children: Sequence[str], spec: PooledMeanIndicator) -> bool:
    return len(set(chosen)) == len(chosen) == spec.members and set(chosen) <= set(children)


def check_composition(
    ruleset: RuleSet,
    candidates: Sequence[CandidateRecord],
    dossiers: Sequence[DossierRecord],
    *,
    campaign_start: date | None,
    campaign_end: date | None,
    choices: ChairChoices | None = None,
) -> CompositionReport:
    """Every finding about the panel's composition, ordered by candidate, dossier, code."""
    choices = choices or ChairChoices()
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
    findings.extend(_pool_findings(ruleset, candidates, choices))
    for d in dossiers:
        findings.extend(_dossier_findings(ruleset, by_id, d, campaign_start, campaign_end))
    findings.extend(_sharing_findings(ruleset, by_id, dossiers, choices))
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


def _pool_findings(
    ruleset: RuleSet, candidates: Sequence[CandidateRecord], choices: ChairChoices
) -> Iterator[Finding]:
    pools = pooled_members(ruleset, candidates, choices)
    for cand in candidates:
        kind = ruleset.kind(cand.kind)
        if (
            cand.id not in pools
            or kind is None
            or not isinstance(spec := kind.indicator, PooledMeanIndicator)
        ):
            continue
        if len(pools[cand.id]) == spec.members:
            continue
        args: dict[str, object] = {
            "member_kind": spec.member_kind,
            "expected": spec.members,
            "children": _pool_children(cand, candidates, spec),
            "chosen": tuple(choices.pools.get(cand.id, ())),
        }
        yield Finding(FindingCode.POOL_MEMBERS, Severity.ERROR, cand.id, None, "indicator.members", args)


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
    cand = by_id.get(cid)
    kind = ruleset.kind(cand.kind) if cand is not None else None
    if kind is not None and kind.windows:
        yield from _window_findings(kind, d)
        return  # the notice's own periods replace the panel's campaign dates
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


def _window_findings(kind: CandidateKind, d: DossierRecord) -> Iterator[Finding]:
    cid = d.candidate_id
    for window in kind.windows:
        if d.source not in window.sources:
            continue
        rule = f"window.{window.field.value}"
        args: dict[str, object] = {
            "case_number": d.case_number,
            "field": window.field.value,
            "start": window.start,
            "end": window.end,
            "label": window.label,
        }
        if window.start is not None or window.end is not None:
            value: date | None = getattr(d, window.field.value)
            if value is None:
                yield Finding(FindingCode.WINDOW_DATE_MISSING, Severity.WARNING, cid, d.id, rule, args)
            elif (window.start is not None and value < window.start) or (
                window.end is not None and value > window.end
            ):
                yield Finding(
                    FindingCode.OUTSIDE_WINDOW, Severity.ERROR, cid, d.id, rule, args | {"date": value}
                )
        if window.not_drawn_before and d.drawn_before:
            yield Finding(FindingCode.DRAWN_BEFORE, Severity.ERROR, cid, d.id, "window.drawn_before", args)


def _zero_order(
    kinds: Mapping[str, CandidateKind | None], choices: ChairChoices, d: DossierRecord
) -> tuple[bool, str, int, str, str]:
    """Which copy stands first: the chair's choice, then the category the notice lists first."""
    chosen = choices.standing_copies.get((d.candidate_id, case_key(d.case_number)))
    kind = kinds.get(d.candidate_id)
    position = kind.requirement_position(d.type, d.source) if kind is not None else 0
    return (not (chosen and chosen.dossier_id == d.id), d.candidate_id, position, d.type, str(d.source))


def _pair_rule(
    sharing: SharingRules, kinds: Mapping[str, CandidateKind | None], a: DossierRecord, b: DossierRecord
) -> tuple[FindingCode, str, SharingRule] | None:
    """Which sharing rule a pair of dossiers with one case number falls under, if any."""
    if a.candidate_id == b.candidate_id:
        if _category(a) == _category(b):
            return (FindingCode.HANDED_IN_TWICE, "case_number", SharingRule.FORBID)
        if a.source is Source.RECOMMENDED and b.source is Source.RECOMMENDED:
            rule = sharing.same_dossier_two_categories
            return (FindingCode.TWO_CATEGORIES, "sharing.same_dossier_two_categories", rule)
        return (FindingCode.DRAWN_DUPLICATE, "sharing.drawn_duplicate", sharing.drawn_duplicate)
    classes = []
    for cid in (a.candidate_id, b.candidate_id):
        kind = kinds.get(cid)
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
    ruleset: RuleSet,
    by_id: Mapping[str, CandidateRecord],
    dossiers: Sequence[DossierRecord],
    choices: ChairChoices,
) -> Iterator[Finding]:
    groups: dict[str, list[DossierRecord]] = defaultdict(list)
    for d in dossiers:
        if key := case_key(d.case_number):
            groups[key].append(d)
    kinds = {cid: ruleset.kind(cand.kind) for cid, cand in by_id.items()}  # looked up once, not per pair
    for key, group in groups.items():
        if len(group) < 2:
            continue
        ordered = sorted(group, key=lambda d: (_zero_order(kinds, choices, d), d.id))
        # (dossier id, code) -> rule name, rule, ids of the other dossiers
        hits: dict[tuple[str, FindingCode], tuple[str, SharingRule, set[str]]] = {}
        zero_one: dict[str, set[str]] = defaultdict(set)
        pending: set[str] = set()  # two_categories_keep = "chair" and the chair has not chosen
        for a, b in combinations(ordered, 2):  # a comes first
            pair = _pair_rule(ruleset.sharing, kinds, a, b)
            if pair is None or pair[2] is SharingRule.ALLOW:
                continue
            code, name, rule = pair
            sides = ((b, a),) if code is FindingCode.HANDED_IN_TWICE else ((a, b), (b, a))
            for this, other in sides:
                hits.setdefault((this.id, code), (name, rule, set()))[2].add(other.id)
            if rule is SharingRule.ZERO_ONE:
                if (
                    code is FindingCode.TWO_CATEGORIES
                    and ruleset.sharing.two_categories_keep == "chair"
                    and (a.candidate_id, key) not in choices.standing_copies
                ):
                    pending |= {a.id, b.id}
                    continue
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
                args |= _zero_one_args(ruleset, choices, key, d, zero_one[d.id], kept, dossier_id in pending)
                if dossier_id in pending:
                    severity = Severity.ERROR
            yield Finding(code, severity, d.candidate_id, dossier_id, name, args)


def _zero_one_args(
    ruleset: RuleSet,
    choices: ChairChoices,
    key: str,
    d: DossierRecord,
    partners: set[str],
    kept: set[str],
    pending: bool,
) -> dict[str, object]:
    """Which copy stands and why: the chair's choice (with its reason) or the notice's order."""
    if pending:
        return {"zeroed": False, "kept": "", "decided_by": "pending"}
    chosen = choices.standing_copies.get((d.candidate_id, key))
    standing = d.id if d.id in kept else min(sorted(partners & kept), default="")
    args: dict[str, object] = {"zeroed": d.id not in kept, "kept": standing}
    if chosen is not None and chosen.dossier_id == standing:
        args |= {"decided_by": "chair", "chair_reason": chosen.reason}
    else:
        args["decided_by"] = ruleset.sharing.two_categories_keep
    return args
