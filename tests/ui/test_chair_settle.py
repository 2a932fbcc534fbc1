"""The chair settles the composition from the window: a dossier set aside and counted again, the copy
of a case that stands, the pooled counties, a unit's grade, the mobile-system check, a reviewer's
sequence reset. Each asks for a reason (cancel changes nothing), calls its service, and the page shows
the change; a refusal is said in Chinese words, never the error's code.
"""

# ruff: noqa: F811  (the fixtures are imported and named as arguments)

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QTreeWidgetItem

from app.review.composition import FindingCode
from app.services import settlement
from app.services.panel import Panel
from app.ui.chair.chair_window import ChairWindow
from app.ui.chair.settle_dialogs import GradeDialog, PoolDialog
from tests.ui.chair_fixtures import Answers, ChairFactory, answers, make_chair  # noqa: F401 (fixtures)
from tests.ui.reviewer_fixtures import chinese_ui  # noqa: F401 (fixtures)
from tests.ui.settle_fixtures import jiangsu_panel, rudong_panel, xinjiang_panel


def show(window: ChairWindow, page: object) -> None:
    """Bring a page into view (the window fills a page when it is shown)."""
    window.nav.setCurrentRow(window.pages.index(page))


def audit_count(path: Path) -> int:
    with Panel.open(path) as panel:
        return len(panel.audit_entries())


def finding_item(window: ChairWindow, code: FindingCode, dossier: str | None = None) -> QTreeWidgetItem:
    tree = window.dossiers.composition
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        for j in range(top.childCount()):
            finding = top.child(j).data(0, Qt.ItemDataRole.UserRole)
            if finding.code is code and (dossier is None or finding.dossier_id == dossier):
                return top.child(j)
    raise AssertionError(f"no {code} finding shown")


def run_action(actions: list[tuple[str, Any]], label_part: str) -> None:
    chosen = [run for label, run in actions if label_part in label]
    assert chosen, [label for label, _ in actions]
    chosen[0]()


def counted_column(window: ChairWindow, code: str) -> str:
    model = window.dossiers.table.rows_model
    row = model.row_of(code)
    assert row >= 0, code
    return str(model.index(row, model.columnCount() - 1).data())


def test_an_extra_dossier_is_set_aside_from_its_problem_and_counted_again(
    make_chair: ChairFactory, answers: Answers, tmp_path: Path
) -> None:
    path = rudong_panel(tmp_path)
    window = make_chair()
    window.open_panel(path)
    show(window, window.dossiers)
    too_many = finding_item(window, FindingCode.TOO_MANY)
    actions = window.dossiers.composition_actions(too_many)
    assert [label for label, _ in actions] == [
        f"搁置 {case}（不计入）…" for case in ("东环罚〔2024〕7号", "东环罚〔2024〕2号", "东环罚〔2024〕3号")
    ]
    before = audit_count(path)
    answers.reasons.append(None)  # the chair cancels: nothing changes
    run_action(actions, "3号")
    assert audit_count(path) == before and counted_column(window, "U1-c") == "计入"
    answers.reasons.append("多抽1份")
    run_action(window.dossiers.composition_actions(finding_item(window, FindingCode.TOO_MANY)), "3号")
    assert "为何" in answers.asked[-1] and answers.asked[-1].endswith("(required)")
    with Panel.open(path) as panel:
        assert {d.id: d.set_aside_reason for d in panel.dossiers()}["U1-c"] == "多抽1份"
    assert counted_column(window, "U1-c") == "搁置"  # the page shows the change
    assert "搁置" in window.messages.label.text()
    set_aside = finding_item(window, FindingCode.SET_ASIDE, "U1-c")
    answers.reasons.append("误操作")
    run_action(window.dossiers.composition_actions(set_aside), "恢复计入")
    assert counted_column(window, "U1-c") == "计入"
    with Panel.open(path) as panel:
        actions_logged = [e["action"] for e in panel.audit_entries()]
    assert actions_logged[-2:] == ["dossier.set_aside", "dossier.restore"]


def test_the_dossiers_list_buttons_set_aside_the_chosen_dossier(
    make_chair: ChairFactory, answers: Answers, tmp_path: Path
) -> None:
    path = rudong_panel(tmp_path)
    window = make_chair()
    window.open_panel(path)
    page = window.dossiers
    show(window, page)
    page.table.choose("U1-a")
    assert page.set_aside_button.isEnabled() and not page.restore_button.isEnabled()
    answers.reasons.append("与候选个人共用，由市局另行抽取")
    page.set_aside_button.click()
    assert counted_column(window, "U1-a") == "搁置"
    state = window.context.state
    assert state is not None
    assert not any(f.code is FindingCode.SHARED_WITH_UNIT for f in state.results.composition)


def test_a_refused_settlement_is_said_in_words_and_changes_nothing(
    make_chair: ChairFactory, answers: Answers, tmp_path: Path
) -> None:
    path = rudong_panel(tmp_path)
    window = make_chair()
    window.open_panel(path)
    with Panel.open(path) as other:  # meanwhile, from the command line
        settlement.set_aside(other, "U1-b", "命令行已剔除")
    before = audit_count(path)
    answers.reasons.append("再次剔除")
    window.dossiers.settle.set_aside("U1-b")  # the window still shows it counted
    text = window.messages.label.text()
    assert window.messages.kind == "warning"
    assert "已被剔除（理由：命令行已剔除）" in text and "没有任何改动" in text
    assert "already_set_aside" not in text and "Traceback" not in text
    assert audit_count(path) == before


def test_the_chair_chooses_which_copy_of_a_case_stands(
    make_chair: ChairFactory, answers: Answers, tmp_path: Path
) -> None:
    path = xinjiang_panel(tmp_path)
    window = make_chair()
    window.open_panel(path)
    show(window, window.dossiers)
    item = finding_item(window, FindingCode.TWO_CATEGORIES, "YL-T1")
    labels = [label for label, _ in window.dossiers.composition_actions(item)]
    assert labels == ["以此份为准…", "搁置（不计入）…"]
    answers.reasons.append("移送材料完整，行政处罚一类另行补报")
    run_action(window.dossiers.composition_actions(item), "以此份为准")
    with Panel.open(path) as panel:
        kept = panel.chair_choices().standing_copies
    assert [c.dossier_id for c in kept.values()] == ["YL-T1"]
    state = window.context.state
    assert state is not None and [c.dossier_id for c in state.choices.standing_copies.values()] == ["YL-T1"]
    zeroed = [
        f
        for f in state.results.composition
        if f.dossier_id == "YL-P1" and f.code is FindingCode.TWO_CATEGORIES
    ]
    assert zeroed and zeroed[0].args.get("kept") == "YL-T1"


def test_the_chair_ticks_the_pooled_counties(
    make_chair: ChairFactory, answers: Answers, tmp_path: Path
) -> None:
    path = jiangsu_panel(tmp_path)
    window = make_chair()
    window.open_panel(path)
    show(window, window.dossiers)
    item = finding_item(window, FindingCode.POOL_MEMBERS)
    seen: list[PoolDialog] = []

    def fill(dialog: PoolDialog) -> bool:
        seen.append(dialog)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        dialog.boxes["K1"].setChecked(True)
        dialog.reason_edit.setPlainText("市局推荐")
        assert not ok.isEnabled() and "2" in dialog.hint.text()  # one ticked of two
        dialog.boxes["K3"].setChecked(True)
        dialog.boxes["K2"].setChecked(True)
        assert not ok.isEnabled()  # three of two
        dialog.boxes["K2"].setChecked(False)
        assert ok.isEnabled()
        return True

    answers.fill.append(lambda dialog: False)  # cancelled: nothing chosen
    run_action(window.dossiers.composition_actions(item), "汇总")
    assert window.context.panel is not None and window.context.panel.chair_choices().pools == {}
    answers.fill.append(fill)
    run_action(window.dossiers.composition_actions(item), "汇总")
    assert seen and window.context.panel.chair_choices().pools == {"SZ": ("K1", "K3")}
    state = window.context.state
    assert state is not None and not any(
        f.code is FindingCode.POOL_MEMBERS for f in state.results.composition
    )
    # choosing again starts from what was chosen
    top = window.dossiers.composition.topLevelItem(
        next(
            i
            for i in range(4)
            if window.dossiers.composition.topLevelItem(i).data(1, Qt.ItemDataRole.UserRole) == "SZ"
        )
    )
    answers.fill.append(lambda dialog: dialog.members() == ["K1", "K3"] and False)
    run_action(window.dossiers.composition_actions(top), "汇总")


def test_the_grade_dialog_takes_exact_points_within_the_rule_sets_range(qtbot: Any, chinese_ui: None) -> None:
    dialog = GradeDialog(None, "如东县生态环境局", "组长综合评分", 22, None, "")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert "0 到 22" in dialog.prompt.text()
    for text in ("", "23", "1.234", "-1", "2e1", "abc"):
        dialog.points_edit.setText(text)
        dialog.reason_edit.setPlainText("依据全年评查情况")
        assert not ok.isEnabled(), text
    dialog.points_edit.setText("21.5")
    dialog.reason_edit.setPlainText("")
    assert not ok.isEnabled() and dialog.hint.text() == "请填写理由后继续。"
    dialog.reason_edit.setPlainText("依据全年评查情况")
    assert ok.isEnabled() and dialog.points() == Decimal("21.5")


def test_the_chair_grades_the_unit_and_records_the_mobile_system_check(
    make_chair: ChairFactory, answers: Answers, tmp_path: Path
) -> None:
    path = rudong_panel(tmp_path)
    window = make_chair()
    window.open_panel(path)
    results = window.results
    show(window, results)
    results.tabs.setCurrentWidget(results.ranking.parentWidget())  # the tree is filled when in view
    ranking = results.ranking
    node = next(
        ranking.topLevelItem(i).child(j)
        for i in range(ranking.topLevelItemCount())
        for j in range(ranking.topLevelItem(i).childCount())
        if ranking.topLevelItem(i).child(j).data(1, Qt.ItemDataRole.UserRole) == "U1"
    )
    assert node.text(4) == "待处理"  # the extra dossier is not settled yet
    steps = [node.child(i).text(0) for i in range(node.childCount())]
    assert any("报送案卷多于通知规定的份数、个人与集体共用同一案件" in step for step in steps), steps
    assert not any("shared_with_unit" in step or "too_many" in step for step in steps)
    ranking.setCurrentItem(node)
    assert results.grade_button.isEnabled() and "1 个候选" in results.ranking_hint.text()

    def fill(dialog: GradeDialog) -> bool:
        dialog.points_edit.setText("20.25")
        dialog.reason_edit.setPlainText("依据全年度部、省案卷评查情况")
        return True

    answers.fill.append(lambda dialog: False)
    results.grade_button.click()
    assert window.context.panel is not None
    assert {c.id: c.grade for c in window.context.panel.candidates()}["U1"] is None
    answers.fill.append(fill)
    results.grade_button.click()
    assert {c.id: c.grade for c in window.context.panel.candidates()}["U1"] == Decimal("20.25")
    assert "20.25" in window.messages.label.text()
    assert "均已评分" in results.ranking_hint.text()

    # the mobile-system check of one of the unit's dossiers, from the dossier scores
    row = results.shown_dossiers.index("U1-b")
    results.dossiers.selectRow(row)
    answers.reasons.append("移动执法系统可查到2024年4月现场检查")
    results.check_button.click()
    assert "移动执法系统" in answers.asked[-1]
    with Panel.open(path) as panel:
        assert {d.id: d.checks for d in panel.dossiers()}["U1-b"] == ("mobile-system",) or list(
            {d.id: d.checks for d in panel.dossiers()}["U1-b"]
        ) == ["mobile-system"]
    labels = [label for label, _ in results.dossier_actions("U1-b")]
    assert any("查不到" in label for label in labels)  # now it can be taken back


def test_a_reviewers_sequence_is_reset_from_the_reviewers_list(
    make_chair: ChairFactory, answers: Answers, tmp_path: Path
) -> None:
    path = rudong_panel(tmp_path)
    window = make_chair()
    window.open_panel(path)
    page = window.reviewers
    show(window, page)
    page.table.selectRow(0)
    before = audit_count(path)
    answers.reasons.append(None)
    page.reset_button.click()
    assert audit_count(path) == before
    answers.reasons.append("换了新电脑，从1号重新开始")
    page.reset_button.click()
    with Panel.open(path) as panel:
        entry = panel.audit_entries()[-1]
    assert entry["action"] == "sequence.reset" and entry["entity_id"] == page.chosen_reviewer()
    assert "重置" in window.messages.label.text()
