"""Hostile text (issue 11, item 5): control characters refused at entry, and an export that survives old ones."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import update

from app.cli import main
from app.models import schema
from app.review.field_values import MAX_TEXT_CHARS
from app.services.review_service import ReviewError, ReviewService
from tests.core.panel_fixtures import populated_panel

D1 = "甲环罚〔2026〕1号"
HOSTILE = "第一行\x07\x1b[2J\x00\r\n第二行\u2028第三行\ufeff\x9f\ud800"


def test_the_reviewer_window_stores_clean_text(tmp_path: Path) -> None:
    panel = populated_panel(tmp_path)
    service = ReviewService(panel, "E1")
    view = service.add_deduction(D1, "insp.facts", Decimal(1), text=HOSTILE)
    assert view.text == "第一行[2J\n第二行\n第三行"
    service.update_deduction(D1, view.uid, text="改\x0b后\t说明")
    assert service.state(D1).deductions[0].text == "改后\t说明"  # the tab kept: a reason may be laid out
    service.set_veto(D1, "not-qualified", "理由\x01")
    service.set_note(D1, "备注\x02")
    service.set_item_note(D1, "insp.facts", "项目\x03备注")
    state = service.state(D1)
    assert state.vetoes[0].reason == "理由" and state.note == "备注"
    assert state.item_notes == {"insp.facts": "项目备注"}
    panel.close()


def test_the_reviewer_window_refuses_an_endless_text_and_a_veto_page_outside(tmp_path: Path) -> None:
    panel = populated_panel(tmp_path)
    service = ReviewService(panel, "E1")
    with pytest.raises(ReviewError) as error:
        service.add_deduction(D1, "insp.facts", Decimal(1), text="长" * (MAX_TEXT_CHARS + 1))
    assert error.value.problem == "text_too_long"
    with pytest.raises(ReviewError) as error:
        service.set_veto(D1, "not-qualified", "理由", page=99)  # D1 has 3 pages
    assert error.value.problem == "page_out_of_range"
    for bad in (Decimal("NaN"), Decimal("Infinity"), Decimal("0.001")):
        with pytest.raises(ReviewError) as error:
            service.add_deduction(D1, "insp.facts", bad, text="x")
        assert error.value.problem == "bad_points"
    assert service.state(D1).deductions == ()
    panel.close()


def test_export_xlsx_survives_control_characters_already_in_a_panel(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # export --xlsx died with openpyxl's IllegalCharacterError on a \x07 in a deduction's text
    panel = populated_panel(tmp_path)
    service = ReviewService(panel, "E1")
    view = service.add_deduction(D1, "insp.facts", Decimal(1), text="占位")
    with panel.engine.begin() as conn:  # as a panel written before texts were cleaned holds it
        conn.execute(
            update(schema.deductions).where(schema.deductions.c.uid == view.uid).values(text="响\x07铃=1+1")
        )
        conn.execute(update(schema.reviews).values(note='=HYPERLINK("http://x")'))
    panel.close()
    out = tmp_path / "out.xlsx"
    code = main(["export", str(tmp_path / "test.dpanel"), "--xlsx", str(out)])
    _, err = capsys.readouterr()
    assert code == 0, err
    texts = [
        cell.value
        for sheet in load_workbook(out).worksheets
        for row in sheet.iter_rows()
        for cell in row
        if isinstance(cell.value, str)
    ]
    assert "响铃=1+1" in texts
    assert not any(t.startswith("=") for t in texts)  # a text stays a text, never a formula
