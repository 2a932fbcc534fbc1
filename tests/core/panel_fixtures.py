"""A small rule set and panel for service tests, independent of the shipped resources' evolution."""

from __future__ import annotations

import csv
from pathlib import Path

from app.pdf._pymupdf import pymupdf
from app.review import library
from app.review.ruleset import RuleSet
from app.services.panel import Panel

RULESET = RuleSet.model_validate(
    {
        "id": "test-2026",
        "title": "测试评查",
        "version": "1",
        "document": {"title": "测试通知", "issuer": "测试局", "year": 2026},
        "checklist": "inspection-interrogation",
        "dossier_types": [
            {"code": "general", "name": "一般行政处罚案卷"},
            {"code": "supporting", "name": "配套办法案卷"},
        ],
        "levels": [{"code": "county", "name": "县级"}, {"code": "individual", "name": "个人"}],
        "candidate_kinds": [
            {
                "code": "county-unit",
                "name": "县级集体",
                "candidate_class": "unit",
                "level": "county",
                "max_points": 100,
                "indicator": {"formula": "mean"},
                "requirements": [
                    {"type": "general", "source": "recommended", "count": 1},
                    {"type": "supporting", "source": "drawn", "count": 1},
                ],
                "zeroing_events": [{"code": "province_zeroed", "label": "被省厅认定为零分案卷"}],
            },
            {
                "code": "individual",
                "name": "个人",
                "candidate_class": "individual",
                "level": "individual",
                "max_points": 20,
                "officer_roles": ["questioner", "recorder"],
                "indicator": {"formula": "per_dossier", "points_per_dossier": 10},
                "requirements": [{"type": "general", "source": "drawn", "count": 1}],
            },
        ],
        "policy": {"unpublicised_scores_zero": True},
        "sharing": {"two_individuals": "forbid", "individual_and_unit": "forbid"},
        "tie_breaks": [{"attribute": "self_checks", "label": "自查次数"}],
        # the service tests' vetoes (the shipped example checklist carries none)
        "vetoes": [
            {
                "id": "not-qualified",
                "text": "执法人员不具备执法资格或执法人员少于两人",
                "effect": "dossier_zero",
            },
            {"id": "forged-record", "text": "笔录存在伪造、编造或事后补签情形", "effect": "indicator_zero"},
        ],
    }
)


def write_csv(path: Path, header: list[str], rows: list[list[object]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def make_pdf(path: Path, pages: int = 3, text: str = "现场检查笔录") -> Path:
    doc = pymupdf.open()
    for n in range(pages):
        page = doc.new_page()
        page.insert_text((72, 72), f"{text} 第{n + 1}页", fontname="china-s", fontsize=14)
    doc.save(path)
    doc.close()
    return path


def new_panel(tmp_path: Path) -> Panel:
    checklist = library.checklist("inspection-interrogation")
    return Panel.create(
        tmp_path / "test.dpanel", RULESET, checklists={checklist.id: checklist}, title="测试面板"
    )


def populated_panel(tmp_path: Path) -> Panel:
    """Two candidates, three dossiers with PDFs, two experts and a cross-reviewer."""
    from app.services.registry import add_candidates, add_dossiers, add_reviewers

    panel = new_panel(tmp_path)
    write_csv(
        tmp_path / "candidates.csv",
        ["id", "name", "kind", "region", "officer_name", "officer_certificate"],
        [
            ["U1", "甲县生态环境局", "county-unit", "甲县", "", ""],
            ["P1", "张三", "个人", "甲县", "张三", "32000001"],
        ],
    )
    add_candidates(panel, tmp_path / "candidates.csv")
    make_pdf(tmp_path / "a.pdf")
    (tmp_path / "b.pdf").write_bytes((tmp_path / "a.pdf").read_bytes())  # the same file twice
    make_pdf(tmp_path / "c.pdf")
    write_csv(
        tmp_path / "dossiers.csv",
        ["案卷编号", "候选对象编号", "案卷类型", "来源", "是否公开", "结案日期", "承办人员", "PDF"],
        [
            ["甲环罚〔2026〕1号", "U1", "general", "推选", "是", "2026-03-01", "李四:1:questioner", "a.pdf"],
            ["甲环罚〔2026〕2号", "U1", "配套办法案卷", "drawn", "否", "2026-03-02", "", "b.pdf"],
            [
                "甲环罚〔2026〕3号",
                "P1",
                "general",
                "drawn",
                "yes",
                "2026-03-03",
                "张三:32000001:questioner",
                "c.pdf",
            ],
        ],
    )
    add_dossiers(panel, tmp_path / "dossiers.csv")
    write_csv(
        tmp_path / "reviewers.csv",
        ["id", "name", "role", "region"],
        [["E1", "王专家", "expert", ""], ["E2", "赵专家", "专家", ""], ["C1", "钱交叉", "cross", "乙县"]],
    )
    add_reviewers(panel, tmp_path / "reviewers.csv")
    return panel
