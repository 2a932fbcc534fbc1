"""No indicator of any shipped rule set is ever above its kind's ``max_points`` or below 0 (issue 10,
“Done when”), whatever the candidates, dossiers, scores, vetoes, events, attributes and grades.

Two properties: one on ``compute_indicator`` with arbitrary inputs (more dossiers than required,
penalties, out-of-range grades, member units), one on a whole panel through ``compute_panel_results``
with random reviews and vetoes from the real checklists."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.review import library
from app.review.checklist import Checklist
from app.review.entities import CandidateRecord, DossierRecord
from app.review.indicators import CandidateDossier, IndicatorInput, compute_indicator
from app.review.panel_results import PanelInputs, compute_panel_results
from app.review.ruleset import BaseAdjustedIndicator, CandidateKind, PerDossierIndicator, RuleSet, Source
from app.review.scoring import Deduction, ReviewInput, Role
from tests.core import ruleset_panels

SHIPPED = sorted(library.rulesets())
RULESETS = {rid: library.ruleset(rid) for rid in SHIPPED}


def _checklists(ruleset: RuleSet) -> dict[str, Checklist]:
    return {cid: library.checklist(cid).with_vetoes(ruleset.vetoes) for cid in ruleset.checklist_ids()}


CHECKLISTS = {rid: _checklists(r) for rid, r in RULESETS.items()}


def _attribute_names(ruleset: RuleSet) -> list[str]:
    names = [t.attribute for t in ruleset.tie_breaks]
    for kind in ruleset.candidate_kinds:
        if isinstance(kind.indicator, PerDossierIndicator):
            names += [b.attribute for b in kind.indicator.bonuses]
    return sorted(set(names))


def _event_codes(kind: CandidateKind) -> list[str]:
    codes = [e.code for e in kind.zeroing_events]
    if isinstance(kind.indicator, BaseAdjustedIndicator):
        codes += [a.code for a in kind.indicator.adjustments]
    return codes


points = st.fractions(min_value=0, max_value=100, max_denominator=12)


@st.composite
def candidate_dossiers(draw: st.DrawFn, ruleset: RuleSet, kind: CandidateKind) -> CandidateDossier:
    return CandidateDossier(
        dossier_id=draw(st.text("abcdef", min_size=1, max_size=4)),
        type=draw(st.sampled_from([t.code for t in ruleset.dossier_types])),
        source=draw(st.sampled_from(list(Source))),
        final=draw(st.none() | points),
        candidate_penalty=Fraction(draw(st.integers(0, 5))),
        indicator_zero=draw(st.booleans()),
        checks=frozenset(draw(st.sets(st.sampled_from([c.code for c in kind.dossier_checks] or ["x"])))),
    )


@st.composite
def indicator_inputs(draw: st.DrawFn) -> IndicatorInput:
    ruleset = RULESETS[draw(st.sampled_from(SHIPPED))]
    kind = draw(st.sampled_from(ruleset.candidate_kinds))
    if isinstance(kind.indicator, BaseAdjustedIndicator):  # either reading of the bounds' order
        bounds = draw(st.sampled_from(["stepwise", "once"]))
        kind = kind.model_copy(update={"indicator": kind.indicator.model_copy(update={"bounds": bounds})})
    many = st.lists(candidate_dossiers(ruleset, kind), max_size=12)
    members = draw(st.lists(many, max_size=4))
    attributes = {a: Decimal(draw(st.integers(0, 30))) for a in _attribute_names(ruleset)}
    events = {code: draw(st.integers(0, 12)) for code in _event_codes(kind)}
    return IndicatorInput(
        kind=kind,
        dossiers=draw(many),
        checklist_max=Fraction(100),
        members=members,
        member_required=draw(st.integers(0, 10)),
        attributes=attributes,
        events=events,
        grade=draw(st.none() | st.fractions(min_value=0, max_value=60, max_denominator=4)),
        unsettled=tuple(draw(st.lists(st.sampled_from(["too_many", "shared_with_unit"]), max_size=2))),
    )


@settings(max_examples=400, deadline=None)
@given(indicator_inputs())
def test_no_indicator_leaves_its_range(data: IndicatorInput) -> None:
    result = compute_indicator(data)
    assert Fraction(0) <= Fraction(data.kind.min_points) <= result.value <= Fraction(data.kind.max_points)


# ---------------------------------------------------------------- whole panels


@st.composite
def panels(draw: st.DrawFn) -> PanelInputs:
    rid = draw(st.sampled_from(SHIPPED))
    ruleset, checklists = RULESETS[rid], CHECKLISTS[rid]
    candidates: list[CandidateRecord] = []
    dossiers: list[DossierRecord] = []
    dossier_checklists: dict[str, str] = {}
    reviews: dict[str, list[ReviewInput]] = {}
    attribute_names = _attribute_names(ruleset)
    for n in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(ruleset.candidate_kinds))
        cid = f"C{n}"
        parent = draw(st.none() | st.sampled_from([c.id for c in candidates] or ["C0"]))
        grade = draw(st.none() | st.decimals(min_value=0, max_value=22, places=1))
        candidates.append(
            CandidateRecord(
                cid,
                cid,
                kind.code,
                kind.level,
                parent_id=parent if parent != cid else None,
                attributes={a: Decimal(draw(st.integers(0, 10))) for a in attribute_names},
                events={code: draw(st.integers(0, 6)) for code in _event_codes(kind)},
                grade=grade,
            )
        )
        checklist = checklists[ruleset.checklist_for(kind)]
        items = [item.id for item in checklist.items()]
        vetoes = [v.id for v in checklist.vetoes]
        for m in range(draw(st.integers(0, 6))):
            did = f"{cid}-{m}"
            dossiers.append(
                DossierRecord(
                    did,
                    draw(st.sampled_from(["A", "B", "C", "D", f"own-{did}"])),  # shared case numbers too
                    cid,
                    draw(st.sampled_from([t.code for t in ruleset.dossier_types])),
                    draw(st.sampled_from(list(Source))),
                    publicised=draw(st.booleans()),
                    set_aside_reason=draw(st.none() | st.just("组长剔除")),
                    checks=frozenset(
                        draw(st.sets(st.sampled_from([c.code for c in kind.dossier_checks] or ["x"])))
                    ),
                )
            )
            dossier_checklists[did] = checklist.id
            reviews[did] = [
                ReviewInput(
                    f"R{r}",
                    draw(st.sampled_from(list(Role))),
                    tuple(
                        Deduction(draw(st.sampled_from(items)), Decimal(draw(st.integers(0, 30))))
                        for _ in range(draw(st.integers(0, 3)))
                    ),
                    tuple(draw(st.sets(st.sampled_from(vetoes or ["none"])))) if vetoes else (),
                )
                for r in range(draw(st.integers(0, 3)))
            ]
    veto_penalty = draw(st.sampled_from(["per_dossier", "per_veto"]))  # either reading
    policy = ruleset.policy.model_copy(update={"veto_penalty": veto_penalty})
    return ruleset_panels.panel_inputs(
        ruleset, checklists, candidates, dossiers, dossier_checklists, reviews, policy=policy
    )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(panels())
def test_no_panel_indicator_leaves_its_range(data: PanelInputs) -> None:
    results = compute_panel_results(data)
    assert len(results.candidates) == len(data.candidates)
    for outcome in results.candidates:
        kind = data.ruleset.kind(outcome.candidate.kind)
        assert kind is not None
        assert Fraction(0) <= outcome.indicator.value <= Fraction(kind.max_points)
