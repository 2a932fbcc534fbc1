"""A whole panel through the chair's window: new panel, the demo's lists and PDFs, a random draw,
reviewers, assignment with a reasoned override, packages, merging reviewer files (one of them
edited, refused and shown, the panel untouched by it), settling a flag, exporting and printing.
"""

# ruff: noqa: F811  (the fixtures are imported and named as arguments)

from __future__ import annotations

from pathlib import Path

import openpyxl
from PySide6.QtPrintSupport import QPrinter

from app.review.composition import Severity
from app.review.disagreement import FlagCode
from app.services.export import SHEET_NAMES
from app.services.panel import Panel
from app.ui.chair import print_preview
from app.ui.chair.chair_window import ChairWindow
from app.ui.chair.draw_dialog import DrawDialog
from app.ui.chair.new_panel_dialog import NewPanelDialog
from tests.ui.chair_fixtures import (  # noqa: F401 (fixtures)
    Answers,
    ChairFactory,
    answers,
    make_chair,
    reviewer_files,
    tamper,
    write_pool,
)
from tests.ui.reviewer_fixtures import chinese_ui, demo_master  # noqa: F401 (fixtures)


def build_panel(window: ChairWindow, answers: Answers, demo: Path, target: Path) -> None:
    """New panel through the dialog, then the demo's candidates' and dossiers' lists."""

    def fill(dialog: NewPanelDialog) -> bool:
        dialog.ruleset.setCurrentIndex(dialog.ruleset.findData("xinjiang-2017"))
        assert "新环办发〔2017〕213号" in dialog.summary.toPlainText()
        assert dialog.checklist.topLevelItemCount() >= 2  # sections (and vetoes), read-only
        dialog.title.setText("测试评审")
        answers.save.append(target)
        dialog.choose_path()
        dialog.threshold.setValue(5)
        assert dialog.problem_text() == ""
        return True

    answers.fill.append(fill)
    window.new_panel()
    state = window.context.state
    assert state is not None and state.info.title == "测试评审"
    assert state.info.disagreement_threshold == 5 and state.info.campaign_start is not None
    answers.files.append(
        [demo / "dossiers.csv", demo / "candidates.csv", *sorted((demo / "dossiers").glob("*.pdf"))[:2]]
    )
    window.dossiers.choose_lists()


def test_a_whole_panel_from_the_window(
    make_chair: ChairFactory, answers: Answers, demo_master: Path, tmp_path: Path
) -> None:
    demo = demo_master.parent
    window = make_chair()
    build_panel(window, answers, demo, tmp_path / "panel.dpanel")
    state = window.context.state
    assert state is not None
    assert len(state.candidates) == 4 and len(state.dossiers) == 16
    assert all(f.pdf_path is not None and f.page_count for f in state.files.values())
    assert "已导入" in window.dossiers.report.text() or "新增" in window.dossiers.report.text()
    # the composition check in words: 库尔勒 is two supporting-measures dossiers short
    kel = next(
        window.dossiers.composition.topLevelItem(i)
        for i in range(4)
        if "KEL" in window.dossiers.composition.topLevelItem(i).text(0)
    )
    assert kel.childCount() == 1 and "缺少 2 份" in kel.child(0).text(3)
    assert any(f.severity is Severity.ERROR for f in state.findings_of("KEL"))

    # a random draw from a pool, with the seed shown in the records
    pool = write_pool(tmp_path / "pool.csv")

    def fill_draw(dialog: DrawDialog) -> bool:
        dialog.pool.setText(str(pool))
        dialog.seed.setText("chair-test")
        return True

    answers.fill.append(fill_draw)
    window.dossiers.start_draw(None)
    state = window.context.state
    assert state is not None and len(state.draws) == 2 and {d.seed for d in state.draws} == {"chair-test"}
    assert window.dossiers.draws.table.rowCount() == 2
    short = window.dossiers.draws.tr("Pool too small")
    assert short != "Pool too small"  # said in Chinese
    assert short in [window.dossiers.draws.table.item(r, 4).text() for r in range(2)]

    # reviewers, automatic assignment with a seed, one barred pair added with a reason
    window.nav.setCurrentRow(2)
    answers.files.append([demo / "reviewers.csv"])
    window.reviewers.choose_list()
    window.reviewers.seed.setText("seed-1")
    window.reviewers.assign_button.click()
    state = window.context.state
    assert state is not None and len(state.reviewers) == 5
    assert "seed-1" in window.reviewers.run_label.text()
    assert not state.conflicts and all(state.load[r] for r in ("E1", "E2", "E3"))
    cj = next(d for d in state.dossiers if d.candidate_id == "CJ")
    matrix = window.reviewers.matrix
    row, column = matrix.matrix.position("C1", cj.id)
    assert matrix.text_at(row, column) == "回避"
    answers.reasons.append("本组交叉评审人员不足，经领导小组同意")
    matrix.toggle(row, column)
    assert "required" in answers.asked[-1]
    state = window.context.state
    assert state is not None and len(state.conflicts) == 1
    assert window.reviewers.matrix.text_at(row, column) == "冲突"

    # one click: every reviewer's package
    window.nav.setCurrentRow(3)
    window.packages.folder.setText(str(tmp_path / "packages"))
    window.packages.build_button.click()
    assert len(window.packages.built) == 5
    assert window.packages.table.item(0, 5).text() == "已生成"
    words = window.packages.passphrases
    assert sorted(words) == sorted(window.packages.built) and len(set(words.values())) == 5
    assert window.packages.table.item(0, 4).text() in words.values()  # read off for the slip

    # the reviewers score and send their files back; E2's file is edited by hand afterwards
    codes = sorted(d.id for d in state.dossiers)
    first = codes[0]
    scores = {
        "E1": [(first, "insp.facts", "12")],
        "E2": [(first, "intg.form", "2")],
        "C1": [(first, "insp.facts", "3")],
    }
    files = reviewer_files(window.packages.built, tmp_path, scores, window.packages.passphrases)
    edited = tamper(files["E2"])
    answers.files.append([files["E1"], files["E3"], files["C1"], files["C2"], edited])
    window.nav.setCurrentRow(4)
    window.merge.choose_files()
    outcomes = [window.merge.files.item(r, 3).text() for r in range(window.merge.files.rowCount())]
    assert outcomes.count("已合并") == 4 and outcomes.count("已拒收") == 1
    refused_row = outcomes.index("已拒收")
    assert "未合并" in window.merge.files.item(refused_row, 5).text()
    problems = window.merge.problems
    assert problems.rowCount() == 1 and problems.item(0, 0).text() == edited.name
    assert "签名" in problems.item(0, 3).text()
    state = window.context.state
    assert state is not None
    assert not any(
        p.reviewer.id == "E2" and (p.complete or p.in_progress) for p in state.progress
    )  # untouched
    assert "E2" not in next(o for o in state.results.dossiers if o.dossier.id == first).result.expert_scores

    # the experts are 12 apart on the first dossier: settle it with a reason in the side-by-side view
    window.nav.setCurrentRow(5)
    spread = next(f for f in state.flags if f.code is FlagCode.SCORE_SPREAD and f.dossier_id == first)
    window.results.open_flag(first, spread)
    dialog = window.flag_dialog
    assert dialog is not None and dialog.table.rowCount() > 10
    assert dialog.table.columnCount() == 2 + 3  # E1, E3 and C1 reviewed it (E2 file was refused)
    dialog.settle_button.click()
    assert "理由" in dialog.current.text()  # asks for the reason first
    dialog.reason.setText("经合议，采纳专家平均分")
    dialog.settle_button.click()
    state = window.context.state
    assert state is not None and first in state.moderations
    assert all(f.settled for f in state.flags if f.dossier_id == first)
    # C1 took 3 off the item E1 already took 12 off: the chair does not count C1's deduction
    assert dialog.cross_table.rowCount() == 1
    dialog.cross_table.setCurrentCell(0, 0)
    dialog.reason.setText("与专家扣分重复")
    dialog.reject_button.click()
    state = window.context.state
    assert state is not None and [d.decision.value for d in state.decisions.values()] == ["rejected"]
    assert dialog.cross_table.item(0, 4).text() == "不计入"
    dialog.close()

    # export the spreadsheet and print the panel's report
    window.nav.setCurrentRow(6)
    answers.save.append(tmp_path / "结果.xlsx")
    window.export.export_xlsx()
    workbook = openpyxl.load_workbook(tmp_path / "结果.xlsx")
    assert workbook.sheetnames == list(SHEET_NAMES)
    window.export.print_document("report")
    preview = window.preview_dialog
    assert preview is not None and preview.pages >= 2
    assert preview.view.calls[0][:2] == ("open_document", preview.pdf)  # shown by the PDF viewer
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    original = print_preview.ask_printer
    print_preview.ask_printer = lambda *_a: printer  # type: ignore[assignment]
    try:
        preview.print_document()
    finally:
        print_preview.ask_printer = original
    assert (tmp_path / "printed.pdf").stat().st_size > 10_000
    assert "已发送" in preview.status.text() or "sent" in preview.status.text()
    preview.close()

    # the panel file holds it all
    with Panel.open(tmp_path / "panel.dpanel") as panel:
        assert len(panel.dossiers()) == 16 and len(panel.reviewers()) == 5
