"""Screenshots of the chair's settlement actions, for docs/screenshots/chair-settle-*.png: the
composition problems with their settling actions, the dossiers list with a set-aside dossier, the
reason, grade and pool dialogs, the ranking with the chair's grade, the reviewers' sequence reset.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_settle.py [--out FOLDER]

Builds small panels of the rule sets that ask for each settlement (Rudong 2024, Xinjiang 2017,
Jiangsu 2016) in a temporary folder, through the command line, and settles them through the window.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QWidget

    from app.ui.chair import dialogs
    from app.ui.chair.chair_window import ChairWindow
    from app.ui.chair.settle_actions import action_menu
    from app.ui.chair.settle_dialogs import GradeDialog, PoolDialog
    from app.ui.shared.application import create_application
    from app.ui.shared.settings import UiSettings
    from app.ui.shared.tasks import TaskRunner
    from tests.ui.settle_fixtures import jiangsu_panel, rudong_panel, xinjiang_panel

    create_application(["screenshots"], language="zh_CN")

    def shoot(widget: QWidget, name: str) -> None:
        for _ in range(5):
            QApplication.processEvents()
        path = args.out / f"chair-settle-{name}.png"
        widget.grab().save(str(path))
        print(path)

    def window_on(path: Path) -> ChairWindow:
        window = ChairWindow(UiSettings(), TaskRunner(synchronous=True))
        window.resize(1366, 740)
        window.show()
        window.open_panel(path)
        return window

    def show(window: ChairWindow, page: QWidget) -> None:
        window.nav.setCurrentRow(window.pages.index(page))

    def reason_dialog(answer: str, name: str) -> None:
        """The next reason asked is shown filled in, photographed, and answered."""

        def ask(parent: QWidget | None, title: str, prompt: str, *, required: bool) -> str | None:
            dialog = dialogs.ReasonDialog(parent, title, prompt, required=required)
            dialog.show()
            shoot(dialog, f"{name}-empty")
            dialog.text.setPlainText(answer)
            shoot(dialog, name)
            dialog.close()
            return answer

        dialogs.ask_reason = ask  # type: ignore[assignment]

    def filled(fill: object, name: str) -> None:
        def run(dialog: object) -> bool:
            assert isinstance(dialog, GradeDialog | PoolDialog)
            dialog.show()
            fill(dialog)  # type: ignore[operator]
            shoot(dialog, name)
            dialog.close()
            return True

        dialogs.exec_dialog = run  # type: ignore[assignment]

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for sub in ("rudong", "xinjiang", "jiangsu"):
            (folder / sub).mkdir()

        # Rudong 2024: an extra dossier, a shared one, the unit's grade, the mobile-system check
        window = window_on(rudong_panel(folder / "rudong"))
        page = window.dossiers
        show(window, page)
        tree = page.composition
        shoot(window, "problems")
        top = tree.topLevelItem(
            next(i for i in range(tree.topLevelItemCount()) if "如东" in tree.topLevelItem(i).text(0))
        )
        too_many = next(
            top.child(j)
            for j in range(top.childCount())
            if top.child(j).data(0, Qt.ItemDataRole.UserRole).code == "too_many"
        )
        actions = page.composition_actions(too_many)
        tree.setCurrentItem(too_many)
        menu = action_menu(window, actions)
        menu.adjustSize()
        shoot(menu, "problems-menu")
        reason_dialog("抽取时多抽1份，按抽签顺序剔除最后一份", "reason")
        next(run for label, run in actions if "3号" in label)()
        page.tabs.setCurrentIndex(1)
        shoot(window, "dossiers")
        results = window.results
        show(window, results)
        results.tabs.setCurrentIndex(2)
        ranking = results.ranking
        unit = next(
            ranking.topLevelItem(i).child(j)
            for i in range(ranking.topLevelItemCount())
            for j in range(ranking.topLevelItem(i).childCount())
            if ranking.topLevelItem(i).child(j).data(1, Qt.ItemDataRole.UserRole) == "U1"
        )
        ranking.setCurrentItem(unit)

        def grade(dialog: GradeDialog) -> None:
            dialog.points_edit.setText("20.5")
            dialog.reason_edit.setPlainText("依据全年度部、省案卷评查情况综合打分")

        filled(grade, "grade")
        results.grade_button.click()
        shoot(window, "ranking")
        results.tabs.setCurrentIndex(0)
        results.dossiers.selectRow(results.shown_dossiers.index("U1-b"))
        reason_dialog("移动执法系统可查询到2024年4月现场检查记录", "check")
        results.check_button.click()
        reviewers = window.reviewers
        show(window, reviewers)
        reviewers.tabs.setCurrentIndex(1)
        reviewers.table.selectRow(0)
        shoot(window, "reviewers")
        reason_dialog("换了新电脑，工作区重新开始，文件从1号起", "reset")
        reviewers.reset_button.click()
        window.close_panel()

        # Xinjiang 2017: the same case handed in under two categories
        window = window_on(xinjiang_panel(folder / "xinjiang"))
        page = window.dossiers
        show(window, page)
        tree = page.composition
        top = tree.topLevelItem(0)
        copy = next(
            top.child(j)
            for j in range(top.childCount())
            if top.child(j).data(0, Qt.ItemDataRole.UserRole).dossier_id == "YL-T1"
        )
        tree.setCurrentItem(copy)
        shoot(window, "copies")
        menu = action_menu(window, page.composition_actions(copy))
        menu.adjustSize()
        shoot(menu, "copies-menu")
        window.close_panel()

        # Jiangsu 2016: a city with three counties, two pooled
        window = window_on(jiangsu_panel(folder / "jiangsu"))
        page = window.dossiers
        show(window, page)
        tree = page.composition
        city = tree.topLevelItem(
            next(i for i in range(tree.topLevelItemCount()) if "苏州" in tree.topLevelItem(i).text(0))
        )

        def pool(dialog: PoolDialog) -> None:
            dialog.boxes["K1"].setChecked(True)
            dialog.boxes["K3"].setChecked(True)
            dialog.reason_edit.setPlainText("市局推荐昆山、常熟两个县级单位")

        filled(pool, "pool")
        page.composition_actions(city)[0][1]()
        shoot(window, "pooled")
        window.close_panel()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
