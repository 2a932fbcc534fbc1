"""Who reviews which dossier: the automatic assignment and the region/unit rule (pure, no database).

The rule the program must never break (docs/assignment.md): a cross-reviewer (交叉评审) never gets a
dossier from their own region, nor one of their own unit's candidates. A dossier's regions are its
own region, its candidate's and every ancestor candidate's (a county's city); any of them matching
the reviewer's region bars the reviewer — stricter than a plain fall-back, because a city's officer
reviewing one of its counties is the same conflict. Experts (专家评审) are not bound by the rule unless
the rule set says every reviewer is (``policy.reviewers_never_own_region``: Taian 2021's
“各分局交叉进行评查”); callers pass that as ``every_role``.

The assignment is reproducible: every choice is ordered by ids and broken by a SHA-256 of the seed,
so the same inputs and seed give the same pairs whatever order the inputs come in. Within each role
it is as even as the constraints allow: greedy on the least-loaded reviewer (most constrained dossier
first), then improved along hand-over chains until no dossier can travel from a reviewer to an
eligible one with at least 2 fewer (that is, until the sum of squared loads is minimal). A dossier
that cannot get enough eligible reviewers gets a coded shortfall, never a silent gap.
"""

from __future__ import annotations

import hashlib
import secrets
from collections import deque
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Protocol

from app.errors import AppError
from app.review.entities import CandidateRecord, DossierRecord
from app.review.scoring import Role

Pair = tuple[str, str]  # (reviewer id, dossier id)
SEED_MAX_LENGTH = 64  # the width of the seed columns in the panel file


class ReviewerLike(Protocol):
    """What the assignment needs of a reviewer (``app.services.panel.ReviewerRecord`` fits)."""

    @property
    def id(self) -> str: ...
    @property
    def role(self) -> str: ...  # Role value
    @property
    def region(self) -> str: ...
    @property
    def unit(self) -> str: ...


class ErrorCode(StrEnum):
    """The codes of ``AssignmentError`` (``errors.assignment.*`` in the words tables)."""

    BAD_SETTING = "assignment.bad_setting"  # fields: setting, least, value
    BAD_SEED = "assignment.bad_seed"  # fields: seed
    UNKNOWN_REVIEWER = "assignment.unknown_reviewer"  # fields: reviewer
    UNKNOWN_DOSSIER = "assignment.unknown_dossier"  # fields: dossier
    AMBIGUOUS_DOSSIER = (
        "assignment.ambiguous_dossier"  # fields: dossier, count (a case number naming several)
    )
    NOT_ASSIGNED = "assignment.not_assigned"  # fields: reviewer, dossier
    ALREADY_ASSIGNED = "assignment.already_assigned"  # fields: reviewer, dossier
    REASON_REQUIRED = "assignment.reason_required"  # fields: reviewer, dossier, bar, shared; conflicts
    HAS_REVIEW = "assignment.has_review"  # fields: reviewer, dossier
    ALREADY_DRAWN = "assignment.already_drawn"  # fields: candidate, draw (id of the earlier draw)


class AssignmentError(AppError):
    """Input the assignment or a draw cannot use; ``code`` (an ``ErrorCode``) and ``fields`` say it in
    the words tables (``app.errors.describe``). Raised before anything is written.

    ``REASON_REQUIRED`` also keeps every conflict as data, ``conflicts`` [(Bar code, shared value)];
    its fields ``bar`` and ``shared`` are the first one's."""

    code: ErrorCode

    def __init__(self, code: ErrorCode, **fields: Any) -> None:
        self.conflicts: list[tuple[str, str]] = list(fields.pop("conflicts", ()))
        if self.conflicts:
            fields.setdefault("bar", self.conflicts[0][0])
            fields.setdefault("shared", self.conflicts[0][1])
        described = ", ".join(f"{k}={v!r}" for k, v in fields.items())
        super().__init__(code, f"{code.value}: {described}", **fields)


class Bar(StrEnum):
    """Why a reviewer may not (automatically) get a dossier."""

    OWN_REGION = "own_region"  # the reviewer's region is one of the dossier's regions
    OWN_UNIT = "own_unit"  # the reviewer's unit is the dossier's candidate or one of its ancestors
    REMOVED_BY_CHAIR = "removed_by_chair"  # the chair took this pair out by hand


class ShortfallCode(StrEnum):
    TOO_FEW_EXPERTS = "too_few_experts"
    TOO_FEW_ELIGIBLE_CROSS = "too_few_eligible_cross"


@dataclass(frozen=True)
class AssignmentSettings:
    experts_per_dossier: int | None = None  # None: every expert reviews every dossier
    cross_per_dossier: int = 1

    def __post_init__(self) -> None:
        n = self.experts_per_dossier
        if n is not None and (isinstance(n, bool) or not isinstance(n, int) or n < 1):
            raise AssignmentError(ErrorCode.BAD_SETTING, setting="experts_per_dossier", least=1, value=n)
        c = self.cross_per_dossier
        if isinstance(c, bool) or not isinstance(c, int) or c < 0:
            raise AssignmentError(ErrorCode.BAD_SETTING, setting="cross_per_dossier", least=0, value=c)

    def to_json(self) -> dict[str, int | None]:
        return {"experts_per_dossier": self.experts_per_dossier, "cross_per_dossier": self.cross_per_dossier}


@dataclass(frozen=True)
class Conflict:
    """A cross-reviewer paired with a dossier the region/unit rule bars them from."""

    reviewer_id: str
    dossier_id: str
    code: Bar  # OWN_REGION or OWN_UNIT (REMOVED_BY_CHAIR only in a shortfall's ``blocked``)
    value: str  # the region or unit they share


@dataclass(frozen=True)
class Shortfall:
    """A dossier that got fewer reviewers of a role than the settings ask for."""

    dossier_id: str
    role: Role
    needed: int
    assigned: int
    blocked: tuple[Conflict, ...] = ()  # reviewers of the role who were barred, and why

    @property
    def code(self) -> ShortfallCode:
        return (
            ShortfallCode.TOO_FEW_EXPERTS
            if self.role is Role.EXPERT
            else ShortfallCode.TOO_FEW_ELIGIBLE_CROSS
        )


@dataclass(frozen=True)
class AssignmentPlan:
    seed: str
    settings: AssignmentSettings
    pairs: tuple[Pair, ...]  # the new automatic pairs, sorted
    fixed: tuple[Pair, ...]  # pairs kept as they were (manual, or already reviewed), sorted
    shortfalls: tuple[Shortfall, ...]
    cross_without_region: tuple[str, ...]  # cross-reviewers the region rule cannot be checked for
    dossiers_without_region: tuple[str, ...]  # dossiers with no region anywhere up their candidates
    load: Mapping[str, int] = field(default_factory=dict)  # every reviewer's count, fixed pairs included


def new_seed() -> str:
    """A fresh random seed; printed and stored, so the run can be repeated."""
    return secrets.token_hex(8)


def check_seed(seed: str) -> str:
    cleaned = seed.strip()
    if not cleaned or len(cleaned) > SEED_MAX_LENGTH or not cleaned.isprintable():
        raise AssignmentError(ErrorCode.BAD_SEED, seed=seed)
    return cleaned


def _norm(text: str) -> str:
    return "".join(text.split())  # "甲 县" and "甲县 " are the same region; full-width spaces too


def _lineage(candidate_id: str, candidates: Mapping[str, CandidateRecord]) -> list[CandidateRecord]:
    """The candidate and its ancestors (parent first), stopping at a cycle or an unknown id."""
    chain: list[CandidateRecord] = []
    seen: set[str] = set()
    current: str | None = candidate_id
    while current is not None and current not in seen and current in candidates:
        seen.add(current)
        chain.append(candidates[current])
        current = candidates[current].parent_id
    return chain


def dossier_regions(dossier: DossierRecord, candidates: Mapping[str, CandidateRecord]) -> tuple[str, ...]:
    """The dossier's own region, then its candidate's and the candidate's ancestors' (non-empty)."""
    found = [_norm(dossier.region)] + [_norm(c.region) for c in _lineage(dossier.candidate_id, candidates)]
    return tuple(dict.fromkeys(r for r in found if r))


def dossier_units(dossier: DossierRecord, candidates: Mapping[str, CandidateRecord]) -> tuple[str, ...]:
    """Ids and names of the dossier's candidate and its ancestors: a reviewer's unit matching one bars."""
    found = []
    for c in _lineage(dossier.candidate_id, candidates):
        found += [_norm(c.id), _norm(c.name)]
    return tuple(dict.fromkeys(u for u in found if u))


def rule_conflicts(
    reviewer: ReviewerLike,
    dossier: DossierRecord,
    candidates: Mapping[str, CandidateRecord],
    *,
    every_role: bool = False,
) -> list[Conflict]:
    """Why the region/unit rule bars ``reviewer`` from ``dossier`` (empty: it does not, or an expert
    while ``every_role`` is False)."""
    if Role(reviewer.role) is not Role.CROSS and not every_role:
        return []
    found: list[Conflict] = []
    region = _norm(reviewer.region)
    if region and region in dossier_regions(dossier, candidates):
        found.append(Conflict(reviewer.id, dossier.id, Bar.OWN_REGION, region))
    unit = _norm(reviewer.unit)
    if unit and unit in dossier_units(dossier, candidates):
        found.append(Conflict(reviewer.id, dossier.id, Bar.OWN_UNIT, unit))
    return found


def check_assignment(
    pairs: Iterable[Pair],
    reviewers: Iterable[ReviewerLike],
    dossiers: Iterable[DossierRecord],
    candidates: Iterable[CandidateRecord],
    *,
    every_role: bool = False,
) -> list[Conflict]:
    """Every pair of an existing assignment (e.g. after manual edits) that breaks the region/unit rule."""
    by_reviewer = {r.id: r for r in reviewers}
    by_dossier = {d.id: d for d in dossiers}
    by_candidate = {c.id: c for c in candidates}
    found: list[Conflict] = []
    for reviewer_id, dossier_id in sorted(set(pairs)):
        if reviewer_id not in by_reviewer:
            raise AssignmentError(ErrorCode.UNKNOWN_REVIEWER, reviewer=reviewer_id)
        if dossier_id not in by_dossier:
            raise AssignmentError(ErrorCode.UNKNOWN_DOSSIER, dossier=dossier_id)
        found += rule_conflicts(
            by_reviewer[reviewer_id], by_dossier[dossier_id], by_candidate, every_role=every_role
        )
    return found


# ---------------------------------------------------------------------- the assignment
def _tie(seed: str, *parts: str) -> bytes:
    """A seeded, order-free tie-break key: the same for the same seed and ids, whatever the input order."""
    return hashlib.sha256("\x1f".join((seed, *parts)).encode("utf-8")).digest()


@dataclass
class _RoleProblem:
    """One role's share of the work: who may take which dossier, how many each needs."""

    role: Role
    seed: str
    reviewers: list[str]  # sorted
    eligible: dict[str, list[str]]  # dossier -> reviewers who may be added, sorted
    need: dict[str, int]  # dossier -> how many more it needs beyond its fixed pairs
    taken: dict[str, set[str]]  # dossier -> reviewers already on it (fixed), and later the new ones
    load: dict[str, int]  # reviewer -> count, fixed pairs included
    auto: dict[str, set[str]] = field(default_factory=dict)  # dossier -> new pairs

    def key(self, dossier: str, reviewer: str) -> bytes:
        return _tie(self.seed, self.role.value, dossier, reviewer)

    def greedy(self) -> None:
        """Most constrained dossier first; each takes the least-loaded eligible reviewers."""
        order = sorted(
            self.need,
            key=lambda d: (len(self.eligible[d]) - self.need[d], _tie(self.seed, self.role.value, d)),
        )
        for d in order:
            chosen = sorted(self.eligible[d], key=lambda r: (self.load[r], self.key(d, r)))[: self.need[d]]
            self.auto[d] = set(chosen)
            self.taken[d] |= self.auto[d]
            for r in chosen:
                self.load[r] += 1

    def improve(self) -> None:
        """Hand dossiers along chains r0 → r1 → … → rk while rk carries at least 2 fewer than r0.

        Each hand-over lowers the sum of squared loads, so this ends; when no such chain is left the
        sum is minimal (the convex-cost flow optimality condition)."""
        holding: dict[str, list[str]] = {r: [] for r in self.reviewers}
        for d in sorted(self.auto):
            for r in self.auto[d]:
                holding[r].append(d)
        while True:
            if not self.load or max(self.load.values()) - min(self.load.values()) <= 1:
                return
            for source in sorted(self.reviewers, key=lambda r: (-self.load[r], _tie(self.seed, r))):
                path = self._chain_from(source, holding)
                if path:
                    for giver, d, receiver in path:
                        self.auto[d].discard(giver)
                        self.auto[d].add(receiver)
                        self.taken[d].discard(giver)
                        self.taken[d].add(receiver)
                        holding[giver].remove(d)
                        holding[receiver].append(d)
                    self.load[source] -= 1
                    self.load[path[-1][2]] += 1
                    break
            else:
                return

    def _chain_from(self, source: str, holding: dict[str, list[str]]) -> list[tuple[str, str, str]]:
        """The hand-over chain from ``source`` to the least-loaded reviewer it can reach (BFS)."""
        limit = self.load[source] - 2
        parent: dict[str, tuple[str, str]] = {}
        queue = deque([source])
        best: tuple[int, bytes, str] | None = None
        while queue:
            giver = queue.popleft()
            for d in sorted(holding[giver]):
                for receiver in self.eligible[d]:
                    if receiver == source or receiver in parent or receiver in self.taken[d]:
                        continue
                    parent[receiver] = (giver, d)
                    queue.append(receiver)
                    candidate = (self.load[receiver], _tie(self.seed, receiver), receiver)
                    if self.load[receiver] <= limit and (best is None or candidate < best):
                        best = candidate
        if best is None:
            return []
        path: list[tuple[str, str, str]] = []
        node = best[2]
        while node != source:
            giver, d = parent[node]
            path.append((giver, d, node))
            node = giver
        return path[::-1]


def plan_assignment(
    reviewers: Iterable[ReviewerLike],
    dossiers: Iterable[DossierRecord],
    candidates: Iterable[CandidateRecord],
    settings: AssignmentSettings,
    seed: str,
    *,
    fixed: Iterable[Pair] = (),
    excluded: Iterable[Pair] = (),
    every_role: bool = False,
) -> AssignmentPlan:
    """The automatic assignment.

    ``fixed`` pairs stay as they are and count towards both the dossier's quota and the reviewer's
    load (the chair's manual pairs, and pairs already reviewed); ``excluded`` pairs are never made
    (the chair removed them by hand). ``every_role``: the region/unit rule binds experts too (the rule
    set's ``policy.reviewers_never_own_region``)."""
    seed = check_seed(seed)
    reviewer_list = sorted(reviewers, key=lambda r: r.id)
    dossier_list = sorted(dossiers, key=lambda d: d.id)
    by_candidate = {c.id: c for c in candidates}
    fixed_set, excluded_set = set(fixed), set(excluded)
    _check_ids(reviewer_list, dossier_list, fixed_set | excluded_set)

    pairs: list[Pair] = []
    shortfalls: list[Shortfall] = []
    load: dict[str, int] = {r.id: 0 for r in reviewer_list}
    for reviewer_id, _ in fixed_set:
        load[reviewer_id] += 1
    for role in (Role.EXPERT, Role.CROSS):
        quota = settings.experts_per_dossier if role is Role.EXPERT else settings.cross_per_dossier
        if role is Role.CROSS and quota == 0:
            continue
        members = [r for r in reviewer_list if Role(r.role) is role]
        problem = _RoleProblem(
            role, seed, [r.id for r in members], {}, {}, {}, {r.id: load[r.id] for r in members}
        )
        for d in dossier_list:
            shortfall = _pose(problem, d, members, quota, by_candidate, fixed_set, excluded_set, every_role)
            if shortfall is not None:
                shortfalls.append(shortfall)
        problem.greedy()
        if quota is not None:  # with "every expert" nothing is left to choose
            problem.improve()
        pairs += [(r, d) for d, chosen in problem.auto.items() for r in chosen]
        load.update(problem.load)

    return AssignmentPlan(
        seed=seed,
        settings=settings,
        pairs=tuple(sorted(pairs, key=lambda p: (p[1], p[0]))),
        fixed=tuple(sorted(fixed_set, key=lambda p: (p[1], p[0]))),
        shortfalls=tuple(shortfalls),
        cross_without_region=tuple(
            r.id
            for r in reviewer_list
            if not _norm(r.region)
            and (every_role or (Role(r.role) is Role.CROSS and settings.cross_per_dossier))
        ),
        dossiers_without_region=tuple(d.id for d in dossier_list if not dossier_regions(d, by_candidate)),
        load=load,
    )


def _check_ids(
    reviewer_list: Sequence[ReviewerLike], dossier_list: Sequence[DossierRecord], pairs: set[Pair]
) -> None:
    """Ids are unique, and every fixed or excluded pair names a known reviewer and dossier."""
    for items, what in ((reviewer_list, "reviewer"), (dossier_list, "dossier")):
        ids = [x.id for x in items]
        if len(set(ids)) != len(ids):
            raise ValueError(f"a {what} id appears twice")
    reviewer_ids, dossier_ids = {r.id for r in reviewer_list}, {d.id for d in dossier_list}
    for reviewer_id, dossier_id in pairs:
        if reviewer_id not in reviewer_ids:
            raise AssignmentError(ErrorCode.UNKNOWN_REVIEWER, reviewer=reviewer_id)
        if dossier_id not in dossier_ids:
            raise AssignmentError(ErrorCode.UNKNOWN_DOSSIER, dossier=dossier_id)


def _pose(
    problem: _RoleProblem,
    d: DossierRecord,
    members: Sequence[ReviewerLike],
    quota: int | None,
    by_candidate: Mapping[str, CandidateRecord],
    fixed_set: set[Pair],
    excluded_set: set[Pair],
    every_role: bool,
) -> Shortfall | None:
    """One dossier's part of the role's problem: who is on it already, who may still be, how many more
    it needs; the shortfall when too few may review it (with every bar that keeps the others off)."""
    on_it = {r.id for r in members if (r.id, d.id) in fixed_set}
    bars: list[Conflict] = []
    free: list[str] = []
    for r in members:
        if r.id in on_it:
            continue
        reasons = rule_conflicts(r, d, by_candidate, every_role=every_role)
        if (r.id, d.id) in excluded_set:
            reasons.append(Conflict(r.id, d.id, Bar.REMOVED_BY_CHAIR, ""))
        if reasons:
            bars += reasons
        else:
            free.append(r.id)
    wanted = len(on_it) + len(free) if quota is None else quota
    problem.eligible[d.id] = free
    problem.need[d.id] = max(0, min(wanted - len(on_it), len(free)))
    problem.taken[d.id] = set(on_it)
    needed = max(wanted, 1) if quota is None else quota
    if len(on_it) + len(free) < needed:
        return Shortfall(d.id, problem.role, needed, len(on_it) + len(free), tuple(bars))
    return None


def loads(pairs: Iterable[Pair], reviewer_ids: Sequence[str] = ()) -> dict[str, int]:
    """Each reviewer's number of dossiers; reviewers in ``reviewer_ids`` without any count 0."""
    counts = dict.fromkeys(reviewer_ids, 0)
    for reviewer_id, _ in pairs:
        counts[reviewer_id] = counts.get(reviewer_id, 0) + 1
    return counts
