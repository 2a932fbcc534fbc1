"""The built-in demo panel: built through the chair's own doors, and its results make sense."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main
from app.review.composition import FindingCode
from app.services.panel import Panel
from app.services.results import compute_results


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("demo")
    assert main(["demo", str(directory)]) == 0
    return directory / "demo.dpanel"


def test_demo_panel_contents(demo: Path) -> None:
    with Panel.open(demo) as panel:
        assert panel.ruleset.id == "xinjiang-2017"
        levels = {c.level for c in panel.candidates()}
        assert levels == {"county", "individual"}  # candidates of two levels
        roles = {r.role.value for r in panel.reviewers()}
        assert roles == {"expert", "cross"}
        files = panel.dossier_files().values()
        assert len(files) == 16 and all(f.page_count and f.page_count > 10 for f in files)
        results = compute_results(panel)
    finals = {o.dossier.id: o.result for o in results.dossiers}
    assert all(r.final is not None for r in finals.values())
    assert any(r.vetoes for r in finals.values())  # the single-officer dossier
    assert any("unpublicised" in [z.value for z in r.zero_reasons] for r in finals.values())
    assert any(r.cross_deduction > 0 for r in finals.values())
    assert [f.code for f in results.composition.findings] == [FindingCode.TOO_FEW]
    ranks = {c.candidate.id: c.rank for c in results.candidates}
    assert sorted(ranks.values()) == [1, 1, 2, 2]  # two levels, ranked within each


def test_demo_refuses_to_overwrite_without_force(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", str(demo.parent)]) == 2
    assert "--force" in capsys.readouterr().err
