"""The chair's read model: one consistent read, incremental after a change and equal to a full read,
reviewer progress by one rule, the last assignment run found through an index."""

from __future__ import annotations

import dataclasses
import random
import sqlite3
import uuid
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text

from app.models import schema
from app.models.database import open_panel_file
from app.review import library
from app.services.chair_state import ChairState, last_run, last_run_query, load_state
from app.services.changes import Area, Changes
from app.services.clock import utc_now
from app.services.export import build_export
from app.services.moderation import (
    accept_cross_deduction,
    clear_moderation,
    load_deductions,
    reject_cross_deduction,
    settle,
)
from app.services.panel import Panel
from app.services.results import compute_results
from app.services.reviewer_progress import reviewer_progress
from app.services.settlement import restore, set_aside
from tests.core.test_loop_every_ruleset import build_chair_panel


# ---------------------------------------------------------------------- a scored panel with pools
def _score_everything(panel: Panel, rng: random.Random) -> None:
    """A review for every assigned pair, straight into the file: a few random deductions each, now and
    then a veto, some reviews still in progress."""
    checklists = panel.checklists
    now = utc_now()
    with panel.transaction() as conn:
        dossier_rows = conn.execute(select(schema.dossiers.c.id, schema.dossiers.c.checklist_id)).all()
        checklist_of = dict(dossier_rows)
        pairs = conn.execute(select(schema.assignments.c.reviewer_id, schema.assignments.c.dossier_id)).all()
        for review_id, (reviewer_id, dossier_id) in enumerate(pairs, start=1):
            checklist = checklists[checklist_of[dossier_id]]
            conn.execute(
                schema.reviews.insert().values(
                    id=review_id,
                    reviewer_id=reviewer_id,
                    dossier_id=dossier_id,
                    status="complete" if rng.random() < 0.8 else "in_progress",
                    checklist_hash=checklist.content_hash,
                    updated_at=now,
                )
            )
            items = [i for i in checklist.items() if i.max_points >= 1]
            for item in rng.sample(items, min(len(items), rng.randrange(0, 4))):
                conn.execute(
                    schema.deductions.insert().values(
                        uid=str(uuid.uuid4()),
                        review_id=review_id,
                        item_id=item.id,
                        points=Decimal(1),
                        text="评查意见",
                        created_at=now,
                    )
                )
            if checklist.vetoes and rng.random() < 0.1:
                conn.execute(
                    schema.review_vetoes.insert().values(
                        review_id=review_id, veto_id=checklist.vetoes[0].id, reason="否决理由", created_at=now
                    )
                )


@pytest.fixture(scope="module")
def pooled_panel(tmp_path_factory: pytest.TempPathFactory) -> Panel:
    """Jiangsu 2016: cities pool their counties' dossiers (``pooled_mean``), three levels ranked."""
    folder = tmp_path_factory.mktemp("chair-state")
    panel, _plan = build_chair_panel(folder / "panel", library.ruleset("jiangsu-2016"))
    _score_everything(panel, random.Random(12))
    return panel


def _fields(state: ChairState) -> dict[str, Any]:
    return {
        f.name: getattr(state, f.name)
        for f in dataclasses.fields(state)
        if f.compare and f.name != "loaded_at"
    }


def assert_same_state(incremental: ChairState, full: ChairState) -> None:
    a, b = _fields(incremental), _fields(full)
    for name in a:
        assert a[name] == b[name], name
    # the order the pages show them in, too
    assert [o.dossier.id for o in incremental.results.dossiers] == [
        o.dossier.id for o in full.results.dossiers
    ]
    assert list(incremental.flags) == list(full.flags)
    assert list(incremental.moderations) == list(full.moderations)
    assert incremental.index == full.index  # where the next incremental read looks things up


# ---------------------------------------------------------------------- incremental == full
Operation = tuple[str, int, int]  # what, which dossier (index), a number for the figures


def _apply(panel: Panel, state: ChairState, op: Operation) -> Changes:
    """One of the chair's settlements on the panel; the Changes the chair's window would pass on."""
    what, index, number = op
    dossiers = state.dossiers
    code = dossiers[index % len(dossiers)].id
    outcome = next(o for o in state.results.dossiers if o.dossier.id == code)
    maximum = state.checklists[outcome.checklist_id].max_points
    moderation = Changes.of(Area.MODERATION, {code})
    if what == "expert_score":
        settle(panel, code, expert_score=Decimal(number % int(maximum + 1)), reason="复核")
    elif what == "cross_deduction":
        settle(panel, code, cross_deduction=Decimal(number % 5), reason="复核")
    elif what == "dismiss_veto":
        marked = sorted({v for r in outcome.result.reviewers for v in r.vetoes})
        settle(panel, code, dismiss_vetoes=marked[:1], reason="否决不成立")
    elif what == "clear":
        if code not in state.moderations:
            return Changes()
        clear_moderation(panel, code, reason="撤销复核")
    elif what in ("reject", "accept"):
        cross = [d for d in state.deductions if d.role.value == "cross"]
        if not cross:
            return Changes()
        chosen = cross[number % len(cross)]
        decide = reject_cross_deduction if what == "reject" else accept_cross_deduction
        decide(panel, chosen.uid, "重复扣分" if what == "reject" else "确认扣分")
        return Changes.of(Area.MODERATION, {chosen.dossier_id})
    elif what == "set_aside":
        chosen = dossiers[index % len(dossiers)]
        if chosen.set_aside_reason is None:
            set_aside(panel, chosen.id, "多交的案卷")
        else:
            restore(panel, chosen.id, "恢复")
        return Changes.of(Area.CHOICES | Area.ROSTER, {chosen.id})
    return moderation


OPERATIONS = st.tuples(
    st.sampled_from(
        ["expert_score", "cross_deduction", "dismiss_veto", "clear", "reject", "accept", "set_aside"]
    ),
    st.integers(0, 10_000),
    st.integers(0, 10_000),
)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(OPERATIONS, min_size=1, max_size=6))
def test_the_state_after_a_settlement_equals_a_full_read(pooled_panel: Panel, ops: list[Operation]) -> None:
    panel = pooled_panel
    state = load_state(panel)
    for op in ops:
        changes = _apply(panel, state, op)
        incremental = load_state(panel, state, changes)
        full = load_state(panel)
        assert_same_state(incremental, full)
        assert full.results == compute_results(panel)  # the deductions read once give the same scores
        state = incremental


def test_a_moderation_reads_again_only_its_dossier(
    pooled_panel: Panel, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Narrowed to one dossier, the scores are read for that dossier only; the roster is reused."""
    import app.services.chair_state as chair_state

    panel = pooled_panel
    state = load_state(panel)
    code = state.dossiers[0].id
    settle(panel, code, expert_score=Decimal(50), reason="复核")
    asked: list[object] = []
    real = chair_state.read_scores
    monkeypatch.setattr(
        chair_state,
        "read_scores",
        lambda p, codes=None, **kw: asked.append(codes) or real(p, codes, **kw),
    )
    new = load_state(panel, state, Changes.of(Area.MODERATION, {code}))
    assert asked == [frozenset({code})]
    assert new.candidates is state.candidates and new.assignments is state.assignments
    assert next(o for o in new.results.dossiers if o.dossier.id == code).result.moderated
    assert_same_state(new, load_state(panel))


# ---------------------------------------------------------------------- one rule for progress
def test_reviewer_progress_is_the_same_in_the_window_and_the_export(
    pooled_panel: Panel, tmp_path: Path
) -> None:
    """A reviewer's review of a dossier not assigned to them (paper sheets) is their work in both.

    Before, the chair's window counted assigned dossiers only (that review was neither complete nor
    its time the last change) while the export counted it: the two said different numbers."""
    panel = Panel.open(pooled_panel.path)  # a copy would do; the review added here changes no results
    try:
        with panel.transaction() as conn:
            reviewer = "C1"
            assigned = set(
                conn.execute(
                    select(schema.assignments.c.dossier_id).where(
                        schema.assignments.c.reviewer_id == reviewer
                    )
                ).scalars()
            )
            reviewed = set(
                conn.execute(
                    select(schema.reviews.c.dossier_id).where(schema.reviews.c.reviewer_id == reviewer)
                ).scalars()
            )
            other = next(
                i
                for i in conn.execute(select(schema.dossiers.c.id)).scalars()
                if i not in assigned | reviewed
            )
            later = utc_now()
            conn.execute(
                schema.reviews.insert().values(
                    reviewer_id=reviewer,
                    dossier_id=other,
                    status="complete",
                    origin="paper",
                    checklist_hash="x",
                    updated_at=later,
                )
            )
        state = load_state(panel)
        window = next(p for p in state.progress if p.reviewer.id == reviewer)
        table = next(t for t in build_export(panel).tables if t.name == "评审进度")
        row = next(r for r in table.rows if r[0] == reviewer)
        assert (window.assigned, window.complete, window.in_progress, window.not_started) == tuple(row[4:8])
        assert window.work == len(assigned | {other} | reviewed)
        assert window.last_change == later
        assert state.progress == tuple(reviewer_progress(panel))
    finally:
        with panel.transaction() as conn:
            conn.execute(schema.reviews.delete().where(schema.reviews.c.origin == "paper"))
        panel.close()


# ---------------------------------------------------------------------- the last run, by index
def test_the_last_run_is_found_through_the_action_index(pooled_panel: Panel) -> None:
    panel = pooled_panel
    run = last_run(panel)
    assert run is not None and run.seed == "loop-test"
    compiled = last_run_query().compile(panel.engine, compile_kwargs={"literal_binds": True})
    with panel.engine.connect() as conn:
        plan = " ".join(str(row[-1]) for row in conn.execute(text(f"EXPLAIN QUERY PLAN {compiled}")))
    assert "USING INDEX ix_audit_log_action" in plan, plan
    assert "SCAN" not in plan and "TEMP B-TREE" not in plan, plan


def test_an_old_panel_gains_the_action_index_after_a_backup(tmp_path: Path) -> None:
    panel = Panel.create(tmp_path / "p.dpanel", "jiangsu-2016")
    panel.close()
    db = sqlite3.connect(panel.path)
    db.execute("DROP INDEX ix_audit_log_action")
    db.execute("UPDATE meta SET value = '5' WHERE key = 'schema_version'")
    db.commit()
    db.close()
    backups: list[Path] = []
    open_panel_file(panel.path, on_backup=backups.append).dispose()
    db = sqlite3.connect(panel.path)
    indexes = {row[1] for row in db.execute("PRAGMA index_list('audit_log')")}
    db.close()
    assert "ix_audit_log_action" in indexes
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    assert not {row[1] for row in old.execute("PRAGMA index_list('audit_log')")} & {"ix_audit_log_action"}
    old.close()


def test_deductions_are_read_once_for_flags_and_statistics(
    pooled_panel: Panel, monkeypatch: pytest.MonkeyPatch
) -> None:
    import app.services.moderation as moderation

    calls: list[object] = []
    real = moderation._deduction_rows

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(kwargs)
        return real(*args, **kwargs)

    monkeypatch.setattr(moderation, "_deduction_rows", counted)
    state = load_state(pooled_panel)
    assert len(calls) == 1
    assert list(state.deductions) == load_deductions(pooled_panel)
