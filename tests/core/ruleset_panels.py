"""Whole-panel worked examples for the rule-set tests: candidates, dossiers and one expert's points off
per dossier, through ``compute_panel_results`` (composition check, sharing, pooling, ranking, awards)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal

from app.review import library
from app.review.checklist import Checklist
from app.review.entities import CandidateRecord, ChairChoices, DossierRecord
from app.review.panel_results import PanelInputs, PanelResults, compute_panel_results
from app.review.ruleset import RuleSet, ScoringPolicy
from app.review.scoring import Deduction, ReviewInput, Role


def off(checklist: Checklist, total: str) -> tuple[Deduction, ...]:
    """Free deductions adding up to ``total``, item by item in checklist order."""
    left, taken = Decimal(total), []
    for item in checklist.items():
        if left <= 0:
            break
        part = min(left, item.max_points)
        taken.append(Deduction(item.id, part, None, "评查意见"))
        left -= part
    return tuple(taken)


def results(
    ruleset: RuleSet,
    candidates: Sequence[CandidateRecord],
    dossiers: Sequence[DossierRecord],
    points_off: Mapping[str, str],
    *,
    vetoes: Mapping[str, tuple[str, ...]] | None = None,
    choices: ChairChoices | None = None,
) -> PanelResults:
    """Every dossier reviewed by one expert who takes ``points_off[dossier id]`` off (default 0)."""
    checklists = {
        cid: library.checklist(cid).with_vetoes(ruleset.active_vetoes) for cid in ruleset.checklist_ids()
    }
    kinds = {c.id: ruleset.kind(c.kind) for c in candidates}
    dossier_checklists = {}
    for d in dossiers:
        kind = kinds.get(d.candidate_id)
        dossier_checklists[d.id] = ruleset.checklist_for(kind) if kind else ruleset.checklist
    reviews = {
        d.id: [
            ReviewInput(
                "E1",
                Role.EXPERT,
                off(checklists[dossier_checklists[d.id]], points_off.get(d.id, "0")),
                (vetoes or {}).get(d.id, ()),
            )
        ]
        for d in dossiers
    }
    return compute_panel_results(
        panel_inputs(ruleset, checklists, candidates, dossiers, dossier_checklists, reviews, choices=choices)
    )


def panel_inputs(
    ruleset: RuleSet,
    checklists: Mapping[str, Checklist],
    candidates: Sequence[CandidateRecord],
    dossiers: Sequence[DossierRecord],
    dossier_checklists: Mapping[str, str],
    reviews: Mapping[str, Sequence[ReviewInput]],
    *,
    policy: ScoringPolicy | None = None,
    choices: ChairChoices | None = None,
) -> PanelInputs:
    """A whole panel without moderations, scored by the rule set's own policy unless ``policy``."""
    return PanelInputs(
        ruleset=ruleset,
        policy=policy or ruleset.policy,
        checklists=checklists,
        candidates=candidates,
        dossiers=dossiers,
        dossier_checklists=dossier_checklists,
        reviews=reviews,
        moderations={},
        choices=choices or ChairChoices(),
    )


def finals(panel: PanelResults) -> dict[str, object]:
    return {o.dossier.id: o.result.final for o in panel.dossiers}


def indicators(panel: PanelResults) -> dict[str, object]:
    return {c.candidate.id: c.indicator.value for c in panel.candidates}
