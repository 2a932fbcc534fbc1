"""The chair's window around the main flow: opening and recent panels, refusals and crashes said in
the window (Chinese), cancelling an import, taking a dossier away, the 1366×768 screen.
"""

# ruff: noqa: F811  (the fixtures are imported and named as arguments)

from __future__ import annotations

import csv
import logging
from pathlib import Path
from typing import Any

import pytest

from app.services import chair_imports as importing
from app.services.panel import Panel
from app.services.progress import Progress
from app.ui.chair import context as context_module
from tests.ui.chair_fixtures import Answers, ChairFactory, answers, make_chair  # noqa: F401 (fixtures)
from tests.ui.reviewer_fixtures import chinese_ui, demo_master, demo_panel  # noqa: F401 (fixtures)


def empty_panel(folder: Path) -> Path:
    path = folder / "empty.dpanel"
    Panel.create(path, "xinjiang-2017", title="空评审").close()
    return path


def test_opening_a_panel_remembers_it_and_shows_every_step(
    make_chair: ChairFactory, demo_panel: Path
) -> None:
    window = make_chair()
    assert window.outer.currentIndex() == 0  # the start page
    window.open_panel(demo_panel)
    state = window.context.state
    assert state is not None and len(state.dossiers) == 16
    assert window.windowTitle().startswith(state.info.title) and "评审组长" in window.windowTitle()
    assert next(window.nav.item(i).text() for i in range(7)) == "评审概况"
    for row in range(7):
        window.nav.setCurrentRow(row)
        assert window.page_stack.currentIndex() == row and row not in window.stale
    window.results.tabs.setCurrentWidget(window.results.ranking.parentWidget())  # filled when in view
    assert "平均分" in window.results.ranking.topLevelItem(0).child(0).child(0).text(0)  # the steps, in words
    window.close_panel()
    assert window.outer.currentIndex() == 0 and window.start_page.recent.count() == 1
    window.start_page.recent_chosen.emit(demo_panel)
    assert window.context.state is not None and window.outer.currentIndex() == 1


def test_a_file_that_is_no_panel_is_refused_in_words(make_chair: ChairFactory, tmp_path: Path) -> None:
    window = make_chair()
    stranger = tmp_path / "notes.dpanel"
    stranger.write_text("not a panel", encoding="utf-8")
    window.open_panel(stranger)
    assert window.context.panel is None
    assert window.messages.kind == "warning"
    assert "打开评审未成功" in window.messages.label.text() and "不是评审文件" in window.messages.label.text()


def test_a_crash_in_a_background_task_is_said_in_the_window_and_logged(
    make_chair: ChairFactory,
    demo_panel: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    window = make_chair()
    window.open_panel(demo_panel)

    def broken(*_args: Any) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(context_module, "load_state", broken)
    with caplog.at_level(logging.ERROR):
        window.context.refresh()
    assert window.messages.isVisible() and window.messages.kind == "warning"
    assert "RuntimeError" in window.messages.label.text() and "日志" in window.messages.label.text()
    assert any(r.exc_info and "a bug" in str(r.exc_info[1]) for r in caplog.records)


def test_cancelling_an_import_leaves_the_panel_untouched(
    make_chair: ChairFactory,
    answers: Answers,
    demo_master: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    demo = demo_master.parent
    window = make_chair()
    window.open_panel(empty_panel(tmp_path))
    real = importing.add_dossiers

    def cancelled_half_way(panel: Panel, path: Path, *, progress: Progress) -> Any:
        progress.cancel()  # the chair pressed 取消 while the PDFs were being checked
        return real(panel, path, progress=progress)

    monkeypatch.setattr(importing, "add_dossiers", cancelled_half_way)
    answers.files.append([demo / "candidates.csv", demo / "dossiers.csv"])
    window.dossiers.choose_lists()
    # the candidates' list went in before the cancel: said so, not "nothing changed"
    assert "已取消" in window.messages.label.text() and "没有任何改动" not in window.messages.label.text()
    assert "dossiers.csv" in window.dossiers.report.text() and "取消" in window.dossiers.report.text()
    assert not window.progress.isVisible()
    with Panel.open(window.context.panel.path) as panel:  # type: ignore[union-attr]
        assert panel.dossiers() == [] and len(panel.candidates()) > 0
        assert not any(panel.pdf_dir.rglob("*.pdf"))  # no copied PDF stays in the store


def test_cancelling_the_only_list_says_nothing_changed(
    make_chair: ChairFactory,
    answers: Answers,
    demo_master: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    demo = demo_master.parent
    window = make_chair()
    window.open_panel(empty_panel(tmp_path))
    answers.files.append([demo / "candidates.csv"])
    window.dossiers.choose_lists()  # the candidates first, on their own
    real = importing.add_dossiers

    def cancelled_half_way(panel: Panel, path: Path, *, progress: Progress) -> Any:
        progress.cancel()
        return real(panel, path, progress=progress)

    monkeypatch.setattr(importing, "add_dossiers", cancelled_half_way)
    answers.files.append([demo / "dossiers.csv"])
    window.dossiers.choose_lists()
    assert "已取消" in window.messages.label.text() and "没有任何改动" in window.messages.label.text()
    with Panel.open(window.context.panel.path) as panel:  # type: ignore[union-attr]
        assert panel.dossiers() == [] and not any(panel.pdf_dir.rglob("*"))


def test_a_bad_list_is_named_by_row_and_column_in_chinese(
    make_chair: ChairFactory, answers: Answers, demo_master: Path, tmp_path: Path
) -> None:
    window = make_chair()
    window.open_panel(empty_panel(tmp_path))
    bad = tmp_path / "dossiers.csv"
    with bad.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(
            [
                ["case_number", "candidate", "type", "source"],
                ["甲环罚〔2017〕1号", "NOBODY", "penalty", "推选"],
            ]
        )
    answers.files.append([demo_master.parent / "candidates.csv", bad, tmp_path / "stray.pdf"])
    window.dossiers.choose_lists()
    report = window.dossiers.report.text()
    assert "候选对象清单 candidates.csv：新增 4 条" in report
    assert (
        "案卷清单 dossiers.csv：未导入" in report and "第 2 行“候选对象”列" in report and "NOBODY" in report
    )
    assert window.context.state is not None and window.context.state.dossiers == ()


def test_taking_a_dossier_away_asks_for_the_optional_reason(
    make_chair: ChairFactory, answers: Answers, demo_panel: Path
) -> None:
    window = make_chair()
    window.open_panel(demo_panel)
    window.nav.setCurrentRow(2)
    answers.confirms.append(True)  # the demo panel has reviews: assigning again is confirmed
    window.reviewers.assign_button.click()
    matrix = window.reviewers.matrix
    state = window.context.state
    assert state is not None and state.assignments
    pair = next(a for a in state.assignments if not a.reviewed)
    row, column = matrix.matrix.position(pair.reviewer_id, pair.dossier_id)
    answers.reasons.append("")
    matrix.toggle(row, column)
    assert answers.asked[-1].endswith("(optional)")
    assert window.reviewers.matrix.text_at(row, column) == "已移除"
    started = next(a for a in state.assignments if a.reviewed)
    row, column = matrix.matrix.position(started.reviewer_id, started.dossier_id)
    assert matrix.text_at(row, column) == "已开始"
    answers.reasons.append("")
    matrix.toggle(row, column)
    assert "已开始评审" in window.messages.label.text() and "不能收回" in window.messages.label.text()


def test_the_window_fits_a_1366_by_768_laptop(make_chair: ChairFactory, demo_panel: Path) -> None:
    window = make_chair(size=(1366, 740))
    window.open_panel(demo_panel)
    hint = window.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 740
    for row in range(7):
        window.nav.setCurrentRow(row)
        page = window.page_stack.currentWidget()
        assert page.minimumSizeHint().width() <= 1366 - window.nav.width()


def test_the_state_read_on_opening_is_out_of_the_collectors_scans_until_the_panel_closes(
    make_chair: ChairFactory, demo_panel: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gc

    from app.ui.chair import chair_window

    def collected(thing: object) -> bool:
        """In one of the collector's generations (a full collection would walk it again)."""
        return any(o is thing for o in gc.get_objects())

    frozen_while_reading: list[bool] = []
    real_read = chair_window.read_state

    def read(*args: Any) -> Any:
        frozen_while_reading.append(gc.get_freeze_count() > 0)
        return real_read(*args)

    monkeypatch.setattr(chair_window, "read_state", read)
    window = make_chair()
    window.open_panel(demo_panel)
    # the span is entered before the read, so the read freezes what it made while the collector is
    # still paused; entered only when the state had arrived, a collection could walk it first
    assert frozen_while_reading == [True]
    state = window.context.state
    assert state is not None
    assert not collected(state) and not collected(state.dossiers)
    window.close_panel()
    assert collected(state)
