"""The chair's new-panel dialog imports the office's own checklist from an Excel sheet.

Imported: it stands in for the checklist shown (with the rule set's own vetoes added), the panel is
created with it; a bad sheet is refused in Chinese, naming sheet, row and column, and the choice so
far is kept.
"""

# ruff: noqa: F811  (the fixtures are imported and named as arguments)

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from app.review import library
from app.services.panel import Panel
from app.ui.chair.chair_window import create_panel
from app.ui.chair.new_panel_dialog import NewPanelDialog
from tests.ui.chair_fixtures import Answers, answers  # noqa: F401 (fixtures)
from tests.ui.reviewer_fixtures import chinese_ui  # noqa: F401 (fixture)

TEMPLATE = library.resources_dir() / "templates" / "checklist-template.xlsx"


def make_dialog(qtbot: Any, folder: Path, ruleset_id: str) -> NewPanelDialog:
    dialog = NewPanelDialog(None, folder=str(folder))
    qtbot.addWidget(dialog)
    dialog.ruleset.setCurrentIndex(dialog.ruleset.findData(ruleset_id))
    return dialog


def test_importing_the_template_replaces_the_checklist_and_the_panel_uses_it(
    qtbot: Any, tmp_path: Path, chinese_ui: None, answers: Answers
) -> None:
    dialog = make_dialog(qtbot, tmp_path, "taian-2021")
    assert dialog.import_button.text() == "从 Excel 导入评查表…"
    assert not dialog.drop_import.isVisibleTo(dialog)
    answers.file.append(TEMPLATE)
    dialog.choose_checklist_sheet()
    shown = dialog.shown_checklist()
    assert shown is not None and shown.id == "my-office-2026"
    assert [v.id for v in shown.vetoes][-1] == "decision-letter-only"  # the rule set's own veto stays
    assert dialog.checklist_choice.itemText(0) == "环境行政处罚案卷评查表（导入）"
    assert dialog.import_note.text() == (
        "从 checklist-template.xlsx 导入：9 个评查项目，共 100 分。评查表将保存在评审文件中。"
    )
    assert dialog.checklist.topLevelItemCount() >= 4 and dialog.problem.text() == ""
    dialog.title.setText("导入评查表测试")
    request = dialog.request()
    assert request.checklist is not None and request.replaces == "jiangxi-whole-process"
    panel = create_panel(request)
    try:
        assert panel.ruleset.checklist == "my-office-2026"
        assert panel.checklist("my-office-2026").content_hash == shown.content_hash
    finally:
        panel.close()
    dialog.drop_imported()
    assert dialog.request().checklist is None
    assert dialog.checklist_choice.itemText(0) == library.checklist("jiangxi-whole-process").title


def test_a_bad_sheet_is_refused_in_chinese_and_nothing_changes(
    qtbot: Any, tmp_path: Path, chinese_ui: None
) -> None:
    book = load_workbook(TEMPLATE)
    sheet = book["评查表"]
    sheet["D6"] = "六"
    bad = tmp_path / "坏表.xlsx"
    book.save(bad)
    dialog = make_dialog(qtbot, tmp_path, "xinjiang-2017")
    before = dialog.shown_checklist()
    assert not dialog.import_checklist_sheet(bad)
    assert dialog.problem.text() == (
        "坏表.xlsx 工作表“评查表”第 6 行 D 列（分值）：为“六”；请填写 0.01 至 1000 之间的分数，最多两位小数"
    )
    assert dialog.request().checklist is None and dialog.shown_checklist() == before
    assert not list(tmp_path.glob("*.dpanel"))


def test_a_panel_from_the_dialog_scores_against_the_imported_checklist(
    qtbot: Any, tmp_path: Path, chinese_ui: None
) -> None:
    dialog = make_dialog(qtbot, tmp_path, "jiangxi-2019")
    # Jiangxi has two checklists: the import stands in for the one shown (the individuals')
    dialog.checklist_choice.setCurrentIndex(dialog.checklist_choice.findData("investigation-documents"))
    assert dialog.import_checklist_sheet(TEMPLATE)
    request = dialog.request()
    assert request.replaces == "investigation-documents"
    with create_panel(request) as panel:
        assert panel.ruleset.checklist == "jiangxi-whole-process"
        kinds = {k.code: panel.ruleset.checklist_for(k) for k in panel.ruleset.candidate_kinds}
        assert kinds["individual"] == "my-office-2026" and kinds["city-unit"] == "jiangxi-whole-process"
    with Panel.open(request.path) as reopened:
        assert reopened.checklists.keys() == {"jiangxi-whole-process", "my-office-2026"}


def test_a_workbook_with_two_checklist_sheets_asks_which(
    qtbot: Any, tmp_path: Path, chinese_ui: None, monkeypatch: Any
) -> None:
    from app.ui.chair import dialogs

    book = load_workbook(TEMPLATE)
    second = book.copy_worksheet(book["评查表"])
    second.title = "配套办法案卷"
    second["A1"] = "配套办法案卷评查表"
    second["B2"] = "supporting-2026"
    book.create_sheet("说明").append(["本工作簿有两张评查表"])
    path = tmp_path / "两张表.xlsx"
    book.save(path)
    asked: list[list[str]] = []

    def choose(_parent: Any, _title: str, prompt: str, choices: list[str]) -> str | None:
        asked.append(choices)
        assert prompt == "两张表.xlsx 中有多张评查表，导入哪一张？"
        return "配套办法案卷"

    monkeypatch.setattr(dialogs, "ask_choice", choose)
    dialog = make_dialog(qtbot, tmp_path, "xinjiang-2017")
    assert dialog.import_checklist_sheet(path)
    assert asked == [["评查表", "配套办法案卷"]]  # the sheet without a header is not offered
    imported = dialog.request().checklist
    assert imported is not None and (imported.id, imported.title) == ("supporting-2026", "配套办法案卷评查表")
    monkeypatch.setattr(dialogs, "ask_choice", lambda *_a: None)  # the chair cancels: nothing changes
    assert not dialog.import_checklist_sheet(path)
    assert dialog.request().checklist == imported
