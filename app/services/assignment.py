"""Assignments and random draws in the panel file: the one door for the command line and the windows.

``assign`` replaces the automatic pairs and keeps the chair's: pairs added by hand (their
``override_reason`` is not NULL — an empty string when no reason was needed), pairs a reviewer has
already started reviewing (a score is never orphaned), and pairs the chair removed by hand are not
made again (kept under the ``meta`` key ``assignment_exclusions``). Every run stores its seed and
settings in ``assignment_runs`` so it can be repeated. Random draws: ``app.services.draws``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from sqlalchemy import Connection, delete, select, update

from app.models import schema
from app.review.assignment import (
    AssignmentError,
    AssignmentPlan,
    AssignmentSettings,
    Conflict,
    ErrorCode,
    Pair,
    check_assignment,
    check_seed,
    loads,
    new_seed,
    plan_assignment,
    rule_conflicts,
)
from app.review.scoring import Role
from app.services.clock import utc_now
from app.services.panel import Panel, audit, find_dossier_row, inserted_id

ALGORITHM = "balanced-v1"  # stored with each run: what produced its pairs
EXCLUSIONS_KEY = "assignment_exclusions"


@dataclass(frozen=True)
class AssignmentRow:
    reviewer_id: str
    reviewer_name: str
    role: Role
    dossier_id: str  # the dossier's code
    candidate_id: str
    manual: bool  # added by hand: kept when ``assign`` runs again
    override_reason: str | None
    created_at: datetime
    reviewed: bool  # the reviewer has a review of it (kept when ``assign`` runs again)


@dataclass(frozen=True)
class AssignReport:
    run_id: int
    plan: AssignmentPlan  # seed, settings, new pairs, shortfalls, load per reviewer
    added: tuple[Pair, ...]  # pairs written by this run
    removed: tuple[Pair, ...]  # automatic pairs of the last run this one replaced
    kept: tuple[Pair, ...]  # manual and already-reviewed pairs, left as they were


@dataclass(frozen=True)
class OverrideResult:
    action: Literal["add", "remove"]
    reviewer_id: str
    dossier_id: str
    reason: str
    conflicts: tuple[Conflict, ...]  # the rule the reason overrides (add only)
    changed: bool  # False: an automatic pair that is now the chair's (kept on re-runs)


# ---------------------------------------------------------------------- reading
def _dossier_ids(conn: Connection) -> dict[int, str]:
    return {i: code for i, code in conn.execute(select(schema.dossiers.c.id, schema.dossiers.c.code))}


def _reviewed_pairs(conn: Connection, codes: Mapping[int, str]) -> set[Pair]:
    rows = conn.execute(select(schema.reviews.c.reviewer_id, schema.reviews.c.dossier_id))
    return {(reviewer_id, codes[dossier_id]) for reviewer_id, dossier_id in rows}


def _read_exclusions(conn: Connection) -> list[dict[str, str]]:
    raw = conn.execute(select(schema.meta.c.value).where(schema.meta.c.key == EXCLUSIONS_KEY)).scalar()
    return list(json.loads(raw)) if raw else []


def _write_exclusions(conn: Connection, entries: list[dict[str, str]]) -> None:
    conn.execute(delete(schema.meta).where(schema.meta.c.key == EXCLUSIONS_KEY))
    if entries:
        text = json.dumps(entries, ensure_ascii=False, sort_keys=True)
        conn.execute(schema.meta.insert().values(key=EXCLUSIONS_KEY, value=text))


def assignments(panel: Panel) -> list[AssignmentRow]:
    """Every assignment pair, by dossier code, experts first, then reviewer id."""
    a, r, d = schema.assignments, schema.reviewers, schema.dossiers
    with panel.connect() as conn:
        reviewed = _reviewed_pairs(conn, _dossier_ids(conn))
        rows = conn.execute(
            select(
                a.c.reviewer_id,
                r.c.name,
                r.c.role,
                d.c.code,
                d.c.candidate_id,
                a.c.override_reason,
                a.c.created_at,
            )
            .join(r, r.c.id == a.c.reviewer_id)
            .join(d, d.c.id == a.c.dossier_id)
        ).all()
    result = [
        AssignmentRow(
            rid, name, Role(role), code, cid, reason is not None, reason, at, (rid, code) in reviewed
        )
        for rid, name, role, code, cid, reason, at in rows
    ]
    return sorted(result, key=lambda x: (x.dossier_id, x.role is not Role.EXPERT, x.reviewer_id))


def every_role_bound(panel: Panel) -> bool:
    """Whether the panel's rule set binds every reviewer, experts too, to the region/unit rule."""
    return panel.ruleset.policy.reviewers_never_own_region


def load_per_reviewer(panel: Panel) -> dict[str, int]:
    """Every reviewer's number of assigned dossiers (0 included), in reviewer id order."""
    return loads(
        ((x.reviewer_id, x.dossier_id) for x in assignments(panel)), [r.id for r in panel.reviewers()]
    )


def assignment_conflicts(panel: Panel) -> list[Conflict]:
    """Stored pairs that break the region/unit rule (only possible through a reasoned override)."""
    pairs = [(x.reviewer_id, x.dossier_id) for x in assignments(panel)]
    return check_assignment(
        pairs, panel.reviewers(), panel.dossiers(), panel.candidates(), every_role=every_role_bound(panel)
    )


def exclusions(panel: Panel) -> list[dict[str, str]]:
    """Pairs the chair removed by hand: ``{reviewer, dossier, reason, at, actor}``."""
    with panel.connect() as conn:
        return _read_exclusions(conn)


# ---------------------------------------------------------------------- assign
def assign(
    panel: Panel,
    *,
    seed: str | None = None,
    experts_per_dossier: int | None = None,
    cross_per_dossier: int = 1,
    actor: str = "chair",
) -> AssignReport:
    """Run the automatic assignment; one transaction, audited. ``seed`` None: a new one is made."""
    settings = AssignmentSettings(experts_per_dossier, cross_per_dossier)
    seed = new_seed() if seed is None else check_seed(seed)
    reviewers, dossiers, candidates = panel.reviewers(), panel.dossiers(), panel.candidates()
    a = schema.assignments
    with panel.transaction() as conn:
        codes = _dossier_ids(conn)
        ids = {code: i for i, code in codes.items()}
        existing = {
            (rid, codes[did]): reason
            for rid, did, reason in conn.execute(select(a.c.reviewer_id, a.c.dossier_id, a.c.override_reason))
        }
        reviewed = _reviewed_pairs(conn, codes)
        fixed = {pair for pair, reason in existing.items() if reason is not None} | reviewed
        known = {r.id for r in reviewers}
        excluded = {
            (e["reviewer"], e["dossier"])
            for e in _read_exclusions(conn)
            if e["dossier"] in ids and e["reviewer"] in known  # a dossier deleted since: nothing to keep
        }
        plan = plan_assignment(
            reviewers,
            dossiers,
            candidates,
            settings,
            seed,
            fixed=fixed,
            excluded=excluded - fixed,
            every_role=every_role_bound(panel),
        )
        wanted = set(plan.pairs) | fixed
        removed = sorted(pair for pair in existing if pair not in wanted)
        added = sorted(pair for pair in wanted if pair not in existing)
        for reviewer_id, code in removed:
            conn.execute(delete(a).where(a.c.reviewer_id == reviewer_id, a.c.dossier_id == ids[code]))
        now = utc_now()
        if added:
            conn.execute(
                a.insert(),
                [{"reviewer_id": rid, "dossier_id": ids[code], "created_at": now} for rid, code in added],
            )
        run_settings = settings.to_json() | {
            "algorithm": ALGORITHM,
            "fixed": [list(p) for p in plan.fixed],
            "excluded": sorted([list(p) for p in excluded - fixed]),
        }
        run_id = inserted_id(
            conn.execute(
                schema.assignment_runs.insert().values(seed=seed, settings=run_settings, at=now, actor=actor)
            )
        )
        conn.execute(
            update(schema.panel).values(
                experts_per_dossier=experts_per_dossier, cross_per_dossier=cross_per_dossier
            )
        )
        audit(
            conn,
            actor,
            "assignment.run",
            "assignment_run",
            str(run_id),
            {"removed": [list(p) for p in removed]},
            {
                "seed": seed,
                "settings": run_settings,
                "added": [list(p) for p in added],
                "shortfalls": [[s.dossier_id, s.role.value, s.needed, s.assigned] for s in plan.shortfalls],
            },
        )
    kept = tuple(sorted(fixed))
    return AssignReport(run_id, plan, tuple(added), tuple(removed), kept)


# ---------------------------------------------------------------------- manual changes
def _find_dossier(conn: Connection, key: str) -> tuple[int, str]:
    d = schema.dossiers

    def refuse(code: str, **args: Any) -> AssignmentError:
        return AssignmentError(ErrorCode(f"assignment.{code}"), dossier=key, **args)

    row = find_dossier_row(conn, key, (d.c.id, d.c.code), refuse)
    return row[0], row[1]


def override(
    panel: Panel,
    reviewer_id: str,
    dossier: str,
    action: Literal["add", "remove"],
    *,
    reason: str | None = None,
    actor: str = "chair",
) -> OverrideResult:
    """The chair adds or removes one pair by hand. Adding a pair the region/unit rule bars needs a
    written ``reason`` (stored and audited); a removed pair is not made again by ``assign``."""
    if action not in ("add", "remove"):
        raise ValueError(f"action must be add or remove, not {action!r}")
    why = (reason or "").strip()
    reviewer = next((r for r in panel.reviewers() if r.id == reviewer_id), None)
    if reviewer is None:
        raise AssignmentError(ErrorCode.UNKNOWN_REVIEWER, reviewer=reviewer_id)
    a = schema.assignments
    with panel.transaction() as conn:
        dossier_id, code = _find_dossier(conn, dossier)
        where = (a.c.reviewer_id == reviewer_id, a.c.dossier_id == dossier_id)
        row = conn.execute(select(a.c.override_reason).where(*where)).first()
        entity_id = f"{reviewer_id}/{code}"
        kept = [e for e in _read_exclusions(conn) if (e["reviewer"], e["dossier"]) != (reviewer_id, code)]
        if action == "remove":
            if row is None:
                raise AssignmentError(ErrorCode.NOT_ASSIGNED, reviewer=reviewer_id, dossier=code)
            started = select(schema.reviews.c.id).where(
                schema.reviews.c.reviewer_id == reviewer_id, schema.reviews.c.dossier_id == dossier_id
            )
            if conn.execute(started).first() is not None:
                raise AssignmentError(ErrorCode.HAS_REVIEW, reviewer=reviewer_id, dossier=code)
            conn.execute(delete(a).where(*where))
            entry = {"reviewer": reviewer_id, "dossier": code, "reason": why, "actor": actor}
            _write_exclusions(conn, [*kept, entry | {"at": utc_now().isoformat(timespec="seconds")}])
            audit(
                conn, actor, "assignment.remove", "assignment", entity_id, {"reason": row[0]}, {"reason": why}
            )
            return OverrideResult("remove", reviewer_id, code, why, (), True)
        target = next(d for d in panel.dossiers() if d.id == code)
        conflicts = tuple(
            rule_conflicts(
                reviewer,
                target,
                {c.id: c for c in panel.candidates()},
                every_role=every_role_bound(panel),
            )
        )
        if conflicts and not why:
            raise AssignmentError(
                ErrorCode.REASON_REQUIRED,
                reviewer=reviewer_id,
                dossier=code,
                conflicts=[(c.code.value, c.value) for c in conflicts],
            )
        if row is not None and row[0] is not None:
            raise AssignmentError(ErrorCode.ALREADY_ASSIGNED, reviewer=reviewer_id, dossier=code)
        if row is None:
            conn.execute(
                a.insert().values(
                    reviewer_id=reviewer_id, dossier_id=dossier_id, created_at=utc_now(), override_reason=why
                )
            )
        else:  # an automatic pair the chair now confirms: it stays when assign runs again
            conn.execute(update(a).where(*where).values(override_reason=why))
        _write_exclusions(conn, kept)
        new = {"reason": why, "conflicts": [[c.code.value, c.value] for c in conflicts]}
        audit(conn, actor, "assignment.add", "assignment", entity_id, None, new)
        return OverrideResult("add", reviewer_id, code, why, conflicts, row is None)
