"""The synthetic dossier PDFs: real Chinese text, scanned pages, determinism, planted defects."""

from __future__ import annotations

import dataclasses
import hashlib
import re
from pathlib import Path

import pymupdf
import pytest

from app.demo.dossier_prose import amount_in_words, cn_time
from app.demo.dossier_text import (
    INSPECTION_RECORD,
    INTERROGATION_RECORD,
    Defect,
    DossierSpec,
    Violation,
    random_spec,
)
from app.demo.pdf_maker import DossierManifest, make_dossier, make_dossier_pdf, make_scanned_dossier_pdf


def _texts(path: Path) -> list[str]:
    with pymupdf.open(path) as doc:
        return [page.get_text() for page in doc]


def _record_text(path: Path, manifest: DossierManifest, title: str) -> str:
    texts = _texts(path)
    return "".join(texts[p] for p in manifest.pages_of(title))


def _make(
    tmp_path: Path, spec: DossierSpec, seed: int = 1, name: str = "d.pdf", **kwargs: object
) -> DossierManifest:
    return make_dossier(tmp_path / name, spec, seed=seed, **kwargs)  # type: ignore[arg-type]


def _clean(seed: int, violation: Violation | None = None) -> DossierSpec:
    """A spec without defects whose on-site person is not the legal representative."""
    spec = random_spec(seed, violation=violation, defects=set())
    if spec.party.on_site_person == spec.party.legal_representative:
        party = dataclasses.replace(spec.party, on_site_person="周晓东", on_site_post="生产厂长")
        spec = dataclasses.replace(spec, party=party)
    return spec


@pytest.mark.parametrize("seed", range(6))
def test_page_count_and_layout(tmp_path: Path, seed: int) -> None:
    spec = random_spec(seed)
    pages = make_dossier_pdf(tmp_path / "d.pdf", spec, seed=seed)
    with pymupdf.open(tmp_path / "d.pdf") as doc:
        assert doc.page_count == pages
        assert 12 <= pages <= 20
        assert all(round(p.rect.width) == 595 and round(p.rect.height) == 842 for p in doc)  # A4
        for page in doc:  # nothing drawn outside the page
            for block in page.get_text("blocks"):
                assert block[0] >= 0 and block[2] <= page.rect.width + 0.5 and block[3] <= page.rect.height


def test_chinese_text_is_extractable(tmp_path: Path) -> None:
    spec = random_spec(3)
    manifest = _make(tmp_path, spec)
    texts = _texts(manifest.path)
    whole = "".join(texts)
    for needle in (
        INSPECTION_RECORD,
        INTERROGATION_RECORD,
        "行政处罚决定书",
        "卷 内 目 录",
        "送达回证",
        "结案审批表",
    ):
        assert needle in whole
    assert spec.case_number in texts[0]  # on the cover
    assert spec.officers[0].name in _record_text(manifest.path, manifest, INSPECTION_RECORD)
    assert spec.party.name in whole and spec.agency in whole
    assert "以上笔录我已看过，与我所说相符" in _record_text(manifest.path, manifest, INTERROGATION_RECORD)
    titles = [t for t, _, _ in manifest.documents]
    assert titles[:3] == ["卷宗封面", "卷内目录", "立案审批表"] and titles[-1] == "结案审批表"
    assert (INSPECTION_RECORD, 2) in {(t, b - a + 1) for t, a, b in manifest.documents}


def test_contents_page_lists_documents_with_page_numbers(tmp_path: Path) -> None:
    manifest = _make(tmp_path, random_spec(4))
    contents = _texts(manifest.path)[1]
    first, last = manifest.pages_of(INSPECTION_RECORD)[0], manifest.pages_of(INSPECTION_RECORD)[-1]
    assert f"{first - 1}-{last - 1}" in contents  # body pages are numbered from 1 after cover and contents
    assert f"本卷共 {manifest.page_count - 2} 页" in _texts(manifest.path)[0]


def test_scanned_pages_are_images_without_text(tmp_path: Path) -> None:
    manifest = _make(tmp_path, random_spec(5), scanned_pages={0, 3, 99})
    assert manifest.scanned_pages == {0, 3}
    with pymupdf.open(manifest.path) as doc:
        for page in doc:
            if page.number in (0, 3):
                assert page.get_text().strip() == ""
                images = page.get_images()
                assert len(images) == 1
                info = doc.extract_image(images[0][0])
                assert info["ext"] in ("jpeg", "jpg") and info["width"] >= 1200  # ~150 dpi
            else:
                assert page.get_text().strip()
    everything = _make(tmp_path, random_spec(5), name="all.pdf", scanned_pages=True)
    assert all(not t.strip() for t in _texts(everything.path))


def test_same_seed_same_file_other_seed_other_text(tmp_path: Path) -> None:
    spec = random_spec(7)
    a = _make(tmp_path, spec, seed=11, name="a.pdf", scanned_pages={2})
    b = _make(tmp_path, spec, seed=11, name="b.pdf", scanned_pages={2})
    assert _texts(a.path) == _texts(b.path)
    digest = [hashlib.sha256(m.path.read_bytes()).hexdigest() for m in (a, b)]
    assert digest[0] == digest[1]
    assert random_spec(7) == spec
    other = _make(tmp_path, random_spec(8), seed=12, name="c.pdf")
    assert _texts(other.path) != _texts(a.path)


def test_inspection_defects_show_in_the_text(tmp_path: Path) -> None:
    clean_spec = _clean(21)
    clean = _record_text(
        tmp_path / "clean.pdf", _make(tmp_path, clean_spec, name="clean.pdf"), INSPECTION_RECORD
    )
    assert f"至{cn_time(clean_spec.inspection_end)}" in clean
    assert "申请回避" in clean and "编号1-1" in clean
    assert all(o.certificate in clean for o in clean_spec.officers[:3])

    defects = {
        Defect.INSPECTION_NO_END_TIME,
        Defect.INSPECTION_NO_RECUSAL_NOTICE,
        Defect.INSPECTION_PHOTOS_UNNUMBERED,
    }
    spec = dataclasses.replace(
        clean_spec, defects=frozenset(defects | {Defect.INSPECTION_CERTIFICATE_MISSING})
    )
    manifest = _make(tmp_path, spec, name="bad.pdf")
    bad = _record_text(manifest.path, manifest, INSPECTION_RECORD)
    assert f"至{cn_time(spec.inspection_end)}" not in bad and "检查时间" in bad
    assert "申请回避" not in bad
    assert "编号1-1" not in bad
    assert spec.officers[-1].name in bad and spec.officers[-1].certificate not in bad
    assert spec.officers[0].certificate in bad
    assert manifest.defects == spec.defects
    assert set(manifest.defect_pages().values()) == {manifest.pages_of(INSPECTION_RECORD)[0]}


def test_conclusion_and_single_officer(tmp_path: Path) -> None:
    spec = _clean(22, violation=Violation.HIDDEN_PIPE)
    one = dataclasses.replace(spec, officers=spec.officers[:1])
    assert Defect.SINGLE_OFFICER in one.defects and Defect.SINGLE_OFFICER.grave  # normalised by the spec
    manifest = _make(tmp_path, dataclasses.replace(one, defects=one.defects | {Defect.INSPECTION_CONCLUSION}))
    text = _record_text(manifest.path, manifest, INSPECTION_RECORD)
    assert spec.officers[1].name not in text
    assert "涉嫌环境违法犯罪" in text  # the verdict an objective record should not contain


def test_unsigned_first_page_has_one_signature_fewer(tmp_path: Path) -> None:
    spec = _clean(23)

    def footer_signatures(manifest: DossierManifest) -> int:
        with pymupdf.open(manifest.path) as doc:
            page = doc[manifest.pages_of(INSPECTION_RECORD)[0]]
            return sum(
                1
                for d in page.get_drawings()
                if d["rect"].y0 > page.rect.height - 120 and d["color"] and d["color"][2] > 0.3
            )

    clean = footer_signatures(_make(tmp_path, spec, name="a.pdf"))
    unsigned = footer_signatures(
        _make(
            tmp_path,
            dataclasses.replace(spec, defects=frozenset({Defect.INSPECTION_PAGE_UNSIGNED})),
            name="b.pdf",
        )
    )
    assert (clean, unsigned) == (3, 2)


def test_interrogation_defects_show_in_the_text(tmp_path: Path) -> None:
    spec = _clean(24, violation=Violation.EXCESS_DISCHARGE)
    clean_manifest = _make(tmp_path, spec, name="clean.pdf")
    clean = _record_text(clean_manifest.path, clean_manifest, INTERROGATION_RECORD)
    assert "申请回避" in clean and "以上笔录我已看过" in clean and "故意" not in clean
    assert "授权委托书" in [t for t, _, _ in clean_manifest.documents]

    defects = {
        Defect.INTERROGATION_NO_END_TIME,
        Defect.INTERROGATION_NO_RECUSAL_NOTICE,
        Defect.INTERROGATION_LEADING_QUESTION,
        Defect.INTERROGATION_NO_CONFIRMATION,
        Defect.INTERROGATION_NO_AUTHORISATION,
    }
    manifest = _make(tmp_path, dataclasses.replace(spec, defects=frozenset(defects)), name="bad.pdf")
    bad = _record_text(manifest.path, manifest, INTERROGATION_RECORD)
    assert "申请回避" not in bad and "以上笔录我已看过" not in bad
    assert "你们是不是为了节约成本，故意少投加药剂" in bad  # the leading question
    assert "授权委托书" not in [t for t, _, _ in manifest.documents]
    ended = re.compile(r"询问时间：\S+至(\d+)时(\d+)分")
    assert ended.search(clean) and not ended.search(bad) and "询问时间：" in bad


def test_decision_without_legal_basis_and_unpublicised(tmp_path: Path) -> None:
    spec = dataclasses.replace(_clean(25, violation=Violation.FACILITY_NOT_RUNNING), publicised=False)
    manifest = _make(tmp_path, dataclasses.replace(spec, defects=frozenset({Defect.DECISION_NO_LEGAL_BASIS})))
    decision = _record_text(manifest.path, manifest, "行政处罚决定书")
    assert "依据有关规定" in decision and "第九十九条" not in decision
    assert "信息公开截图" not in [t for t, _, _ in manifest.documents]
    assert amount_in_words(spec.penalty_amount) in decision


def test_random_spec_follows_a_given_agency() -> None:
    spec = random_spec(
        3, year=2017, agency="库尔勒市环境保护局", officers=[("王建华", "65280100037"), ("李明", "")]
    )
    assert spec.city == "库尔勒市" and "巴音郭楞" in spec.party.address
    assert spec.officers[0] == ("王建华", "65280100037")
    assert Defect.INSPECTION_CERTIFICATE_MISSING in spec.defects  # an empty certificate is a defect


def test_amount_in_words() -> None:
    assert amount_in_words(150_000) == "壹拾伍万元整"
    assert amount_in_words(100_500) == "壹拾万零伍佰元整"
    assert amount_in_words(1_020_000) == "壹佰零贰万元整"
    assert amount_in_words(80_000) == "捌万元整"


def test_scanned_benchmark_dossier(tmp_path: Path) -> None:
    path = tmp_path / "big.pdf"
    assert make_scanned_dossier_pdf(path, 4, width=800, height=1120, seed=2) == 4
    with pymupdf.open(path) as doc:
        assert doc.page_count == 4
        digests = set()
        for page in doc:
            assert page.get_text() == ""
            (image,) = page.get_images()
            info = doc.extract_image(image[0])
            assert (info["width"], info["height"], info["ext"]) == (800, 1120, "jpeg")
            digests.add(hashlib.sha256(info["image"]).hexdigest())
        assert len(digests) == 4  # every page distinct
