"""Manifests in: candidates, reviewers, dossiers with their PDFs; every bad row named, nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from app.models import schema
from app.services.manifests import ManifestError
from app.services.registry import add_candidates, add_dossiers, add_reviewers
from tests.core.panel_fixtures import make_pdf, new_panel, populated_panel, write_csv


def _count(panel, table) -> int:  # type: ignore[no-untyped-def]
    with panel.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def test_populated_panel_reads_back(tmp_path: Path) -> None:
    panel = populated_panel(tmp_path)
    dossiers = {d.case_number: d for d in panel.dossiers()}
    assert len(dossiers) == 3
    second = dossiers["甲环罚〔2026〕2号"]
    assert second.type == "supporting" and second.source.value == "drawn" and not second.publicised
    third = dossiers["甲环罚〔2026〕3号"]
    assert third.officers[0].name == "张三" and third.officers[0].roles == ("questioner",)
    files = panel.dossier_files()
    assert all(f.page_count == 3 and f.pdf_path is not None and f.pdf_path.is_file() for f in files.values())
    # identical PDFs are kept once: the store is named by SHA-256
    assert len(list(panel.pdf_dir.rglob("*.pdf"))) == 2  # a.pdf and b.pdf are the same bytes
    assert {r.id for r in panel.reviewers()} == {"E1", "E2", "C1"}
    panel.close()


def test_adding_the_same_manifest_again_changes_nothing(tmp_path: Path) -> None:
    panel = populated_panel(tmp_path)
    before = _count(panel, schema.dossiers)
    report = add_dossiers(panel, tmp_path / "dossiers.csv")
    assert report.added == [] and len(report.unchanged) == 3
    assert _count(panel, schema.dossiers) == before
    panel.close()


def test_bad_pdfs_are_named_and_the_rest_imported(tmp_path: Path, corpus: Path) -> None:
    panel = populated_panel(tmp_path)
    (tmp_path / "empty.pdf").write_bytes(b"")
    (tmp_path / "text.pdf").write_text("not a pdf")
    make_pdf(tmp_path / "good.pdf", pages=5, text="调查询问笔录")
    write_csv(
        tmp_path / "more.csv",
        ["case_number", "candidate", "type", "source", "pdf"],
        [
            ["X-1", "U1", "general", "drawn", "empty.pdf"],
            ["X-2", "U1", "general", "drawn", "text.pdf"],
            [
                "X-3",
                "U1",
                "general",
                "drawn",
                str(corpus / "005-libreoffice-writer-password_libreoffice-writer-password.pdf"),
            ],
            ["X-4", "U1", "general", "drawn", "missing.pdf"],
            ["X-5", "U1", "general", "drawn", "good.pdf"],
        ],
    )
    report = add_dossiers(panel, tmp_path / "more.csv")
    assert report.added == ["X-5"]
    refused = {label.split(" ")[1]: code for label, code, _ in report.refused}
    assert refused["2"] in {"empty", "damaged", "not_pdf"}
    assert refused["3"] in {"not_pdf", "damaged"}
    assert refused["4"] == "encrypted"
    assert refused["5"] == "missing"
    assert panel.dossier_files()["X-5"].page_count == 5
    panel.close()


def test_corpus_pdfs_either_import_or_are_named(tmp_path: Path, corpus: Path) -> None:
    panel = populated_panel(tmp_path)
    pdfs = sorted(corpus.glob("*.pdf"))
    rows = [[f"C-{i}", "U1", "general", "drawn", str(p)] for i, p in enumerate(pdfs)]
    write_csv(tmp_path / "corpus.csv", ["case_number", "candidate", "type", "source", "pdf"], rows)
    report = add_dossiers(panel, tmp_path / "corpus.csv")
    assert len(report.added) + len(report.refused) == len(pdfs)  # nothing dropped silently
    assert len(report.added) >= len(pdfs) - 3
    panel.close()


@pytest.mark.parametrize(
    ("rows", "where", "problem"),
    [
        ([["Y-1", "NOPE", "general", "drawn"]], "row 2, column candidate", "unknown candidate"),
        ([["Y-1", "U1", "花卉", "drawn"]], "row 2, column type", "unknown dossier type"),
        ([["Y-1", "U1", "general", "某天"]], "row 2, column source", "recommended or drawn"),
        (
            [["Y-1", "U1", "general", "drawn"], ["", "U1", "general", "drawn"]],
            "row 3, column case_number",
            "empty",
        ),
    ],
)
def test_bad_dossier_rows_refuse_the_whole_manifest(tmp_path: Path, rows, where, problem) -> None:  # type: ignore[no-untyped-def]
    panel = populated_panel(tmp_path)
    before = _count(panel, schema.dossiers)
    write_csv(tmp_path / "bad.csv", ["case_number", "candidate", "type", "source"], rows)
    with pytest.raises(ManifestError) as error:
        add_dossiers(panel, tmp_path / "bad.csv")
    assert error.value.location == where
    assert problem in error.value.problem
    assert str(tmp_path / "bad.csv") in str(error.value)
    assert _count(panel, schema.dossiers) == before
    panel.close()


def test_unknown_column_and_missing_column_are_named(tmp_path: Path) -> None:
    panel = populated_panel(tmp_path)
    write_csv(
        tmp_path / "typo.csv",
        ["case_numbr", "candidate", "type", "source"],
        [["1", "U1", "general", "drawn"]],
    )
    with pytest.raises(ManifestError, match="unknown column 'case_numbr'"):
        add_dossiers(panel, tmp_path / "typo.csv")
    write_csv(tmp_path / "short.csv", ["case_number", "candidate", "type"], [["1", "U1", "general"]])
    with pytest.raises(ManifestError, match="'source' is missing"):
        add_dossiers(panel, tmp_path / "short.csv")
    panel.close()


def test_xlsx_manifest_with_chinese_headers(tmp_path: Path) -> None:
    panel = new_panel(tmp_path)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["编号", "姓名", "角色", "地区"])
    sheet.append(["E9", "孙专家", "专家评审", ""])
    sheet.append(["C9", "周交叉", "交叉评审", "丙县"])
    book.save(tmp_path / "reviewers.xlsx")
    report = add_reviewers(panel, tmp_path / "reviewers.xlsx")
    assert sorted(report.added) == ["C9", "E9"]
    assert {r.id: r.role.value for r in panel.reviewers()} == {"C9": "cross", "E9": "expert"}
    panel.close()


def test_bad_reviewer_role_and_duplicate_candidate(tmp_path: Path) -> None:
    panel = new_panel(tmp_path)
    write_csv(tmp_path / "r.csv", ["id", "name", "role"], [["E1", "王", "boss"]])
    with pytest.raises(ManifestError, match=r"row 2, column role"):
        add_reviewers(panel, tmp_path / "r.csv")
    write_csv(
        tmp_path / "c.csv", ["id", "name", "kind"], [["U1", "甲", "county-unit"], ["U1", "乙", "county-unit"]]
    )
    with pytest.raises(ManifestError, match=r"row 3, column id"):
        add_candidates(panel, tmp_path / "c.csv")
    assert panel.candidates() == [] and panel.reviewers() == []
    panel.close()


def test_candidate_attributes_and_events(tmp_path: Path) -> None:
    panel = new_panel(tmp_path)
    write_csv(
        tmp_path / "c.csv",
        ["id", "name", "kind", "attr:self_checks", "event:province_zeroed"],
        [["U1", "甲县", "county-unit", "2", "1"]],
    )
    add_candidates(panel, tmp_path / "c.csv")
    (cand,) = panel.candidates()
    assert str(cand.attributes["self_checks"]) == "2" and cand.events == {"province_zeroed": 1}
    panel.close()


def test_a_corrected_candidate_manifest_updates_and_is_audited(tmp_path: Path) -> None:
    panel = new_panel(tmp_path)
    write_csv(
        tmp_path / "c.csv", ["id", "name", "kind", "attr:self_checks"], [["U1", "甲县", "county-unit", "1"]]
    )
    assert add_candidates(panel, tmp_path / "c.csv").added == ["U1"]
    assert add_candidates(panel, tmp_path / "c.csv").unchanged == ["U1"]
    write_csv(
        tmp_path / "c.csv",
        ["id", "name", "kind", "attr:self_checks"],
        [["U1", "甲县环保局", "county-unit", "2"]],
    )
    report = add_candidates(panel, tmp_path / "c.csv")
    assert report.updated == ["U1"] and report.unchanged == []
    (cand,) = panel.candidates()
    assert cand.name == "甲县环保局" and str(cand.attributes["self_checks"]) == "2"
    assert [e["action"] for e in panel.audit_entries()][-1] == "candidate.update"
    panel.close()
