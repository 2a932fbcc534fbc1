"""Loading a panel's scores and computing its results; the JSON form of ``results --json``."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from sqlalchemy import select

from app.models import schema
from app.review.disagreement import DeductionRecord
from app.review.indicators import Step
from app.review.panel_results import PanelInputs, PanelResults, compute_panel_results
from app.review.points import export_points
from app.review.ruleset import ScoringPolicy
from app.review.scoring import Deduction, Moderation, ReviewInput, Role
from app.services.panel import Panel
from app.services.switches import collector_paused

RESULTS_FORMAT = "dossier-panel/results"
RESULTS_VERSION = 1


@dataclass(frozen=True)
class ScoreInputs:
    """What the reviews and the chair's moderations say about a panel's dossiers (or some of them)."""

    dossier_checklists: Mapping[str, str]  # dossier code -> checklist id
    reviews: Mapping[str, Sequence[ReviewInput]]  # dossier code -> its reviews
    moderations: Mapping[str, Moderation]


def scoring_policy(panel: Panel) -> ScoringPolicy:
    """The rule set's policy with the aggregation and threshold the panel was created with."""
    info = panel.info
    return panel.ruleset.policy.model_copy(
        update={
            "expert_aggregation": info.expert_aggregation,
            "cross_aggregation": info.cross_aggregation,
            "disagreement_threshold": info.disagreement_threshold,
        }
    )


def read_scores(
    panel: Panel, dossiers: Collection[str] | None = None, deductions: Iterable[DeductionRecord] | None = None
) -> ScoreInputs:
    """The reviews (deductions the chair rejected left out), vetoes and moderations of every dossier,
    or of ``dossiers`` (codes) only: one query per table, one fetchall each. ``deductions``: those
    dossiers' deductions with the chair's decisions (``moderation.read_deductions``) when already
    read, so they are not read twice."""
    d, r, rv, ded, vet = (
        schema.dossiers,
        schema.reviews,
        schema.reviewers,
        schema.deductions,
        schema.review_vetoes,
    )
    codes = None if dossiers is None else sorted(dossiers)
    with panel.connect() as conn:
        checklist_query = select(d.c.code, d.c.checklist_id)
        review_query = select(r.c.id, r.c.reviewer_id, rv.c.role, d.c.code).join(rv).join(d)
        moderation_query = select(
            d.c.code,
            schema.moderations.c.expert_score,
            schema.moderations.c.cross_deduction,
            schema.moderations.c.dismissed_vetoes,
            schema.moderations.c.reason,
        ).join(d)
        deduction_query = select(ded.c.review_id, ded.c.item_id, ded.c.points, ded.c.reason_id).where(
            ded.c.uid.not_in(select(schema.rejected_deductions.c.deduction_uid))
        )
        veto_query = select(vet.c.review_id, vet.c.veto_id)
        if codes is not None:
            of_dossiers = select(r.c.id).join(d).where(d.c.code.in_(codes))
            checklist_query = checklist_query.where(d.c.code.in_(codes))
            review_query = review_query.where(d.c.code.in_(codes))
            moderation_query = moderation_query.where(d.c.code.in_(codes))
            deduction_query = deduction_query.where(ded.c.review_id.in_(of_dossiers))
            veto_query = veto_query.where(vet.c.review_id.in_(of_dossiers))
        dossier_checklists = dict(conn.execute(checklist_query).all())
        review_rows = conn.execute(review_query).all()
        deductions_by_review: dict[object, list[Deduction]] = defaultdict(list)
        # Cross-review deductions the chair rejected (app.services.moderation) do not count.
        # One fetchall: row-by-row iteration costs a third of the load on a large panel.
        if deductions is None:
            for review_id, item_id, points, reason_id in conn.execute(deduction_query).all():
                deductions_by_review[review_id].append(Deduction(item_id, points, reason_id))
        else:  # one review per reviewer and dossier: known by the pair
            for record in deductions:
                if not record.rejected:
                    deductions_by_review[(record.dossier_id, record.reviewer_id)].append(
                        Deduction(record.item_id, record.points, record.reason_id)
                    )
        vetoes_by_review: dict[int, list[str]] = defaultdict(list)
        for review_id, veto_id in conn.execute(veto_query).all():
            vetoes_by_review[review_id].append(veto_id)
        moderations = {
            code: Moderation(
                expert_score=None if expert is None else Fraction(expert),
                cross_deduction=None if cross is None else Fraction(cross),
                dismissed_vetoes=frozenset(dismissed or ()),
                reason=reason,
            )
            for code, expert, cross, dismissed, reason in conn.execute(moderation_query)
        }
    reviews: dict[str, list[ReviewInput]] = defaultdict(list)
    for review_id, reviewer_id, role, code in review_rows:
        key = review_id if deductions is None else (code, reviewer_id)
        reviews[code].append(
            ReviewInput(
                reviewer_id,
                Role(role),
                tuple(deductions_by_review.get(key, ())),
                tuple(vetoes_by_review.get(review_id, ())),
            )
        )
    return ScoreInputs(dossier_checklists, dict(reviews), moderations)


def load_inputs(panel: Panel) -> PanelInputs:
    info = panel.info
    with panel.reading():  # one consistent read of every table
        scores = read_scores(panel)
        candidates, dossiers, choices = panel.candidates(), panel.dossiers(), panel.chair_choices()
    return PanelInputs(
        ruleset=panel.ruleset,
        policy=scoring_policy(panel),
        checklists=panel.checklists,
        candidates=candidates,
        dossiers=dossiers,
        dossier_checklists=scores.dossier_checklists,
        reviews=scores.reviews,
        moderations=scores.moderations,
        campaign_start=info.campaign_start,
        campaign_end=info.campaign_end,
        choices=choices,
    )


def compute_results(panel: Panel) -> PanelResults:
    with collector_paused():
        return compute_panel_results(load_inputs(panel))


def _num(value: Fraction | None) -> str | None:
    """Exact figures are exported as decimal strings rounded half-up to 2 places (docs/formats.md)."""
    return None if value is None else str(export_points(value))


def _step(step: Step) -> dict[str, Any]:
    args = {
        k: (_num(v) if isinstance(v, Fraction) else v if isinstance(v, (int, str)) else str(v))
        for k, v in step.args.items()
    }
    return {"code": step.code, "value": _num(step.value), "args": args}


def _arg(value: object) -> Any:
    if isinstance(value, bool | int | str) or value is None:
        return value
    if isinstance(value, tuple):
        return [_arg(v) for v in value]
    return str(value)


def duplicate_notes(results: PanelResults) -> dict[str, dict[str, Any]]:
    """Per dossier under a ``zero_one`` sharing rule: whether it scores 0, which copy stands and why
    (``decided_by``: ``chair`` with the chair's reason, ``first_listed``, or ``pending``)."""
    notes: dict[str, dict[str, Any]] = {}
    for f in results.composition.findings:
        if f.dossier_id is None or "decided_by" not in f.args:
            continue
        notes[f.dossier_id] = {
            "rule": f.rule,
            "zeroed": f.args.get("zeroed") is True,
            "kept": f.args.get("kept") or None,
            "decided_by": f.args.get("decided_by"),
            "chair_reason": f.args.get("chair_reason"),
            "other_dossiers": list(_arg(f.args.get("other_dossiers", ()))),
        }
    return notes


def results_to_json(panel: Panel, results: PanelResults) -> dict[str, Any]:
    info = panel.info
    ruleset = panel.ruleset
    duplicates = duplicate_notes(results)
    return {
        "format": RESULTS_FORMAT,
        "version": RESULTS_VERSION,
        "panel": {
            "id": info.id,
            "title": info.title,
            "ruleset": info.ruleset_id,
            "expert_aggregation": info.expert_aggregation.value,
            "cross_aggregation": info.cross_aggregation.value,
        },
        "dossiers": [
            {
                "code": o.dossier.id,
                "case_number": o.dossier.case_number,
                "candidate": o.dossier.candidate_id,
                "type": o.dossier.type,
                "source": o.dossier.source.value,
                "expert_scores": {k: _num(v) for k, v in o.result.expert_scores.items()},
                "expert_score": _num(o.result.expert_score),
                "cross_deductions": {k: _num(v) for k, v in o.result.cross_deductions.items()},
                "cross_deduction": _num(o.result.cross_deduction),
                "vetoes": [
                    {"id": v.veto_id, "effect": v.effect.value, "reviewers": list(v.reviewer_ids)}
                    for v in o.result.vetoes
                ],
                "zero_reasons": [z.value for z in o.result.zero_reasons],
                "duplicate": duplicates.get(o.dossier.id),
                "moderated": o.result.moderated,
                "final": _num(o.result.final),
                "set_aside": o.dossier.set_aside_reason,  # the chair's reason, or null while it counts
                "checks": sorted(o.dossier.checks),
            }
            for o in results.dossiers
        ],
        "candidates": [
            {
                "id": c.candidate.id,
                "name": c.candidate.name,
                "kind": c.candidate.kind,
                "level": c.candidate.level,
                "level_name": getattr(ruleset.level(c.candidate.level), "name", ""),
                "indicator": _num(c.indicator.value),
                "max_points": str((ruleset.kind(c.candidate.kind) or ruleset.candidate_kinds[0]).max_points),
                "complete": c.indicator.complete,
                "grade": None if c.candidate.grade is None else str(c.candidate.grade),
                "rank": c.rank,
                "awards": list(c.awards),
                "steps": [_step(s) for s in c.indicator.steps],
            }
            for c in results.candidates
        ],
        "awards": [
            {
                "code": a.code,
                "name": a.name,
                "places": a.places,
                "named": list(a.named),
                "over_by_tie": a.over_by_tie,
            }
            for a in results.awards
        ],
        "composition": [
            {
                "code": f.code.value,
                "severity": f.severity.value,
                "candidate": f.candidate_id,
                "dossier": f.dossier_id,
                "rule": f.rule,
                "args": {k: _arg(v) for k, v in f.args.items()},
            }
            for f in results.composition.findings
        ],
    }
