"""Merged sheets, the panel report and the ``print`` command: golden on content read back from the PDF."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main
from app.printing.documents import print_merged_sheets, print_panel_report
from app.services.draws import draw
from app.services.moderation import load_deductions, reject_cross_deduction, settle
from app.services.panel import Panel
from tests.core.panel_fixtures import write_csv
from tests.core.test_printing import (
    D1,
    D2,
    D3,
    assert_fonts_embedded,
    assert_inside_margins,
    page_texts,
    scored_panel,
    sheets,
    the_sheet,
)


def settled_panel(tmp_path: Path) -> Panel:
    """The scored panel, its draws done, D3's veto overruled by the chair."""
    panel = scored_panel(tmp_path)
    write_csv(
        tmp_path / "pool.csv",
        ["candidate", "case_number", "type", "closing_date"],
        [
            ["U1", D2, "supporting", "2026-03-02"],
            ["U1", "甲环罚〔2026〕7号", "supporting", ""],
            ["U1", "甲环罚〔2026〕8号", "supporting", ""],
            ["P1", D3, "general", ""],
            ["P1", "甲环罚〔2026〕9号", "general", ""],
        ],
    )
    draw(panel, tmp_path / "pool.csv", seed="20260301")
    settle(panel, D3, dismiss_vetoes=["not-qualified"], reason="经核实执法人员为两人，否决不成立")
    return panel


def test_merged_sheet_shows_every_reviewer_and_how_the_final_score_came_about(tmp_path: Path) -> None:
    panel = settled_panel(tmp_path)
    printed = print_merged_sheets(panel, tmp_path / "merged.pdf")
    assert printed.sheets == 3
    text = the_sheet(printed.path, f"案卷编号{D1}")
    for expected in (
        "案卷评查汇总表",
        "被评查对象甲县生态环境局",
        "门户网站公开已公开",
        "一、评审人员评分",
        "1王专家专家评审6.593.5无已完成",
        "2赵专家专家评审1.598.5无已完成",
        "3钱交叉交叉评审2—无已完成",
        "二、分项扣分（各评审人）",
        "王专家（专）赵专家（专）钱交叉（交）",  # experts first
        "专家评审分数96各专家评分的算术平均（93.5、98.5）",
        "交叉评审扣分2各交叉评审人扣分的算术平均（2）",
        "最终得分94分大写玖拾肆分",
        "最终得分=专家评审分数96－交叉评审扣分2，不低于0分",
        "评审组长（签字）：",
        "评审组成员（签字）：",
        "第1页共1页",
    ):
        assert expected in text, expected
    unpublicised = the_sheet(printed.path, f"案卷编号{D2}")
    assert "门户网站公开未公开" in unpublicised and "不得分情形有未在门户网站公开" in unpublicised
    assert "最终得分0分大写零分" in unpublicised
    overruled = the_sheet(printed.path, f"案卷编号{D3}")
    assert "执法人员不具备执法资格或执法人员少于两人（组长认定不成立）" in overruled
    assert "组长调整是经核实执法人员为两人，否决不成立（chair）" in overruled
    assert "最终得分100分大写壹佰分" in overruled
    assert_fonts_embedded(printed.path)
    assert_inside_margins(printed.path)
    panel.close()


def test_merged_sheet_names_a_rejected_cross_deduction(tmp_path: Path) -> None:
    panel = settled_panel(tmp_path)
    cross = next(d for d in load_deductions(panel) if d.reviewer_id == "C1")
    reject_cross_deduction(panel, cross.uid, "专家已就同一问题扣分")
    printed = print_merged_sheets(panel, tmp_path / "merged.pdf", dossiers=[D1])
    text = sheets(printed.path)[0]
    assert "未采纳钱交叉在“核对签字”扣2分（专家已就同一问题扣分）" in text
    assert "最终得分96分大写玖拾陆分" in text
    panel.close()


def test_the_panel_report(tmp_path: Path) -> None:
    panel = settled_panel(tmp_path)
    printed = print_panel_report(panel, tmp_path / "report.pdf")
    assert printed.sheets == 1
    texts = page_texts(printed.path)
    for number, text in enumerate(texts, start=1):
        assert f"第{number}页共{len(texts)}页" in text
    title, everything = texts[0], "".join(texts)
    for expected in (
        "测试面板",
        "案卷评查结果报告",
        "评查依据测试局《测试通知》",
        "候选对象2个评查案卷3卷",
        "评审人员3人（专家2，交叉1）",
    ):
        assert expected in title, expected
    for expected in (
        # rankings within each level, with how each indicator was computed
        "一、评比结果（按级别排名）",
        "（一）县级",
        "1甲县生态环境局县级集体47100案卷平均分47（2卷，按2卷计）",
        "（二）个人",
        f"1张三个人1020案卷{D3}：按10分计得10",
        # every dossier
        "二、案卷得分",
        f"{D1}甲县生态环境局一般行政处罚案卷推选96294",
        "未在门户网站公开",
        "组长调整",
        # typical problems
        "三、典型问题（扣分最多的评查项目）",
        "现场情况记载现场检查（勘察）笔录1",
        "未记载现场负责人在场情况（1次）",
        # draws: seed, pool, result, repeatable
        "四、随机抽选记录",
        "20260301共3卷配套办法案卷3",
        "一致",
        # a signature line for every member
        "五、评审组成员签字",
        "1王专家专家评审3",
        "2赵专家专家评审3",
        "3钱交叉交叉评审乙县1",
        "评审组长（签字）：",
    ):
        assert expected in everything, expected
    assert "五、评审组成员签字" in texts[-1]  # the signature page is a page of its own
    assert_fonts_embedded(printed.path)
    assert_inside_margins(printed.path)
    panel.close()


def test_the_print_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    settled_panel(tmp_path).close()
    panel_file = str(tmp_path / "test.dpanel")
    out = tmp_path / "e1.pdf"
    assert (
        main(["print", panel_file, "--sheets", "--reviewer", "E1", "--dossier", D1, "--out", str(out)]) == 0
    )
    assert capsys.readouterr().out.splitlines()[-1] == str(out)
    assert len(sheets(out)) == 1 and "王专家" in sheets(out)[0]
    for flag in ("--blank", "--merged", "--report"):
        target = tmp_path / f"{flag[2:]}.pdf"
        assert main(["print", panel_file, flag, "--out", str(target)]) == 0
        assert target.exists()
    assert main(["print", panel_file, "--sheets", "--reviewer", "E9", "--out", str(out)]) == 2
    assert "the panel has no reviewer E9" in capsys.readouterr().err
    assert main(["print", panel_file, "--report", "--dossier", D1, "--out", str(out)]) == 2
    assert main(["print", panel_file, "--merged", "--out", str(tmp_path / "x.txt")]) == 2
