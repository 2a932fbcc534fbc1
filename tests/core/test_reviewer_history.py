# ruff: noqa: F811  (the loop fixture is imported from test_merge and named as an argument)
"""A reviewer file's claims: its history is the reviewer's, its times are checked, its sequence bounded.

Authentic files with forged claims are made with ``resign`` (the reviewer's own key, as a faulty or
hostile workspace could).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.models import schema
from app.services.merge import merge_files
from app.services.panel import Panel
from app.services.reviewer_history import MAX_SEQUENCE_JUMP, SequenceResetError, reset_sequence
from tests.core.test_merge import (
    Loop,
    fresh_panel,
    latest,
    loop,  # noqa: F401 (the fixture)
    received,
    resign,
    run,
    scores_state,
    write,
)


@pytest.fixture
def panel(loop: Loop, tmp_path: Path) -> Any:
    opened = fresh_panel(loop, tmp_path / "chair")
    yield opened
    opened.close()


def reviewer_entries(panel: Panel) -> list[dict[str, Any]]:
    """The audit entries that came from reviewer files (the workspace's id beside them)."""
    return [e for e in panel.audit_entries() if e.get("source_entry") is not None]


def forged(loop: Loop, tmp_path: Path, name: str, change: Any, source: str = "E1-1") -> Path:
    raw = loop.files[source].read_bytes()
    return write(tmp_path, f"{name}.dpreview", resign(raw, loop.secrets["E1"], change))


def _claim_chair_in_2020(body: dict[str, Any]) -> None:
    body["history"][0].update(actor="chair", at="2020-01-01T00:00:00", action="accepted")


def test_a_reviewer_files_history_is_stored_as_the_reviewers_with_the_time_of_receipt(
    loop: Loop, panel: Panel
) -> None:
    report = merge_files(panel, [loop.files["E1-1"]])
    assert report.files[0].outcome == "merged" and report.files[0].warnings == []
    entries = reviewer_entries(panel)
    assert entries and {e["actor"] for e in entries} == {"E1"}
    assert {e["claimed_actor"] for e in entries} == {"E1"}
    assert all(e["received_at"] is not None and e["time_flag"] is None for e in entries)
    assert all(e["received_at"] >= e["at"] for e in entries)
    assert [e["source_entry"] for e in entries] == sorted(e["source_entry"] for e in entries)


def test_a_file_claiming_the_chairs_actions_in_2020_is_stored_as_its_reviewer_and_flagged(
    loop: Loop, panel: Panel, tmp_path: Path
) -> None:
    file = forged(loop, tmp_path, "chair-2020", _claim_chair_in_2020)
    report = merge_files(panel, [file])
    outcome = report.files[0]
    assert outcome.outcome == "merged"  # the scores are the reviewer's to give
    assert sorted(w.code for w in outcome.warnings) == ["history_other_actor", "history_outside_campaign"]
    chair_claims = [e for e in reviewer_entries(panel) if e["claimed_actor"] == "chair"]
    assert len(chair_claims) == 1
    entry = chair_claims[0]
    assert entry["actor"] == "E1" and entry["action"] == "reviewer.accepted"
    assert str(entry["at"]).startswith("2020-01-01") and entry["time_flag"] == "before_package"
    assert not [e for e in panel.audit_entries() if e["actor"] == "chair" and e["at"].year == 2020]
    stored = received(panel)[-1]["warnings"]
    assert sorted(w["code"] for w in stored) == ["history_other_actor", "history_outside_campaign"]


def test_times_in_the_future_and_with_offsets_are_flagged_not_fatal(
    loop: Loop, panel: Panel, tmp_path: Path
) -> None:
    def change(body: dict[str, Any]) -> None:
        body["history"][0]["at"] = "2099-05-01T08:00:00+08:00"
        body["reviews"][0]["updated_at"] = "2099-05-01T00:00:00"

    report = merge_files(panel, [forged(loop, tmp_path, "future", change)])
    assert report.files[0].outcome == "merged"
    assert [w.code for w in report.files[0].warnings] == ["history_outside_campaign"]
    assert "2 time(s)" in report.files[0].warnings[0].detail
    flagged = [e for e in reviewer_entries(panel) if e["time_flag"]]
    assert [(e["time_flag"], str(e["at"])) for e in flagged] == [("after_receipt", "2099-05-01 00:00:00")]


def test_an_absurd_sequence_is_refused_and_does_not_lock_the_reviewer_out(
    loop: Loop, panel: Panel, tmp_path: Path
) -> None:
    huge = forged(loop, tmp_path, "huge", lambda body: body.update(sequence=2**53 - 1))
    before = scores_state(panel)
    report = merge_files(panel, [huge])
    assert report.files[0].outcome == "refused"
    assert [p.code for p in report.files[0].problems] == ["sequence_jump"]
    assert scores_state(panel) == before
    genuine = merge_files(panel, [loop.files["E1-2"]])  # the reviewer's real next file still goes in
    assert genuine.files[0].outcome == "merged"
    jump = forged(loop, tmp_path, "jump", lambda body: body.update(sequence=2 + MAX_SEQUENCE_JUMP + 1))
    assert merge_files(panel, [jump]).files[0].problems[0].code == "sequence_jump"
    step = forged(loop, tmp_path, "step", lambda body: body.update(sequence=2 + MAX_SEQUENCE_JUMP))
    assert merge_files(panel, [step]).files[0].outcome == "updated"


def test_the_chair_resets_a_reviewers_sequence_and_it_is_audited(
    loop: Loop, panel: Panel, tmp_path: Path
) -> None:
    merge_files(panel, [loop.files["E1-2"]])
    assert merge_files(panel, [loop.files["E1-1"]]).files[0].problems[0].code == "older_sequence"
    with pytest.raises(SequenceResetError):
        reset_sequence(panel, "E1", "  ")
    with pytest.raises(SequenceResetError):
        reset_sequence(panel, "NOBODY", "lost laptop")
    reset = reset_sequence(panel, "E1", "lost laptop; new workspace")
    assert (reset.old, reset.new) == (2, 0)
    history_before = len(reviewer_entries(panel))
    again = merge_files(panel, [loop.files["E1-1"]])
    assert again.files[0].outcome == "merged", again.files[0].problems
    assert len(reviewer_entries(panel)) == history_before  # the same entries are not stored twice
    logged = [e for e in panel.audit_entries() if e["action"] == "sequence.reset"]
    assert len(logged) == 1 and logged[0]["actor"] == "chair" and logged[0]["entity_id"] == "E1"
    assert logged[0]["old"] == {"sequence": 2} and logged[0]["new"]["reason"] == "lost laptop; new workspace"
    reset_sequence(panel, "E1", "continue from 5", to=5)
    assert merge_files(panel, [loop.files["E1-2"]]).files[0].problems[0].code == "older_sequence"


def test_after_a_reset_a_workspace_begun_anew_brings_its_history_in(
    loop: Loop, panel: Panel, tmp_path: Path
) -> None:
    merge_files(panel, [loop.files["E1-2"]])
    stored = len(reviewer_entries(panel))
    reset_sequence(panel, "E1", "new laptop")

    def anew(body: dict[str, Any]) -> None:  # ids from 1 again, at other times
        body["history"] = [entry | {"at": f"{entry['at'][:19]}.5"} for entry in body["history"][:2]]

    report = merge_files(panel, [forged(loop, tmp_path, "anew", anew)])
    assert report.files[0].outcome == "merged", report.files[0].problems
    assert len(reviewer_entries(panel)) == stored + 2  # the same ids, but other entries: kept


def test_reset_sequence_and_merge_warnings_on_the_command_line(
    loop: Loop, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fresh_panel(loop, tmp_path / "chair").close()
    target = str(tmp_path / "chair" / "chair.dpanel")
    file = forged(loop, tmp_path, "chair-2020", _claim_chair_in_2020)
    code, out, _ = run(capsys, "merge", target, str(file))
    assert code == 0 and "chair-2020.dpreview: merged" in out
    assert "warning: chair-2020.dpreview: claims times before the reviewer's package" in out
    assert "[history_other_actor]" in out
    code, out, _ = run(capsys, "merge", target, str(loop.files["E1-2"]), "--json")
    assert code == 0 and json.loads(out)["files"][0]["warnings"] == []
    code, _, err = run(capsys, "reset-sequence", target, "E1", "--reason", "")
    assert code == 2 and err.count("\n") == 1 and "write the reason for the reset" in err
    code, out, _ = run(capsys, "reset-sequence", target, "E1", "--reason", "新电脑")
    assert code == 0 and "sequence reset (was 2)" in out
    code, out, _ = run(capsys, "merge", target, str(loop.files["E1-1"]))
    assert code == 0 and "E1-1.dpreview: merged" in out
    with Panel.open(target) as panel, panel.engine.connect() as conn:
        reason = conn.execute(
            select(schema.audit_log.c.new).where(schema.audit_log.c.action == "sequence.reset")
        ).scalar_one()
    assert reason["reason"] == "新电脑"


def test_all_five_files_merge_without_warnings(loop: Loop, panel: Panel) -> None:
    report = merge_files(panel, latest(loop))
    assert [f.warnings for f in report.files] == [[]] * 5
