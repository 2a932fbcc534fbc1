"""Opening real-world and broken PDFs: a PdfInfo or a typed PdfProblem, never a raw exception."""

from __future__ import annotations

import hashlib
import pickle
from pathlib import Path

import pytest

from app.pdf._pymupdf import pymupdf
from app.pdf.document_info import inspect_pdf, sha256_file
from app.pdf.records import PASSWORD_REQUIRED, WRONG_PASSWORD, PdfProblem, ProblemCode

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "pdf-corpus"
CORPUS_FILES = sorted(CORPUS.glob("*.pdf")) if CORPUS.is_dir() else []
ENCRYPTED = "005-libreoffice-writer-password_libreoffice-writer-password.pdf"
EXPECTED_PROBLEMS = {
    ENCRYPTED: ProblemCode.ENCRYPTED,
    # Its main cross-reference table points at a trailer without a /Root; MuPDF repairs it into nothing.
    "017-unreadable-meta-data_unreadablemetadata.pdf": ProblemCode.DAMAGED,
}


@pytest.mark.parametrize("path", CORPUS_FILES, ids=[path.name[:40] for path in CORPUS_FILES])
def test_every_corpus_file_inspects_or_is_refused_with_a_code(path: Path) -> None:
    expected = EXPECTED_PROBLEMS.get(path.name)
    if expected is not None:
        with pytest.raises(PdfProblem) as caught:
            inspect_pdf(path)
        assert caught.value.code is expected
        assert caught.value.path == str(path)
        return
    info = inspect_pdf(path)
    assert info.page_count >= 1
    assert len(info.page_sizes) == info.page_count
    assert all(width > 0 and height > 0 for width, height in info.page_sizes)
    assert all(-1 <= entry.page < info.page_count for entry in info.toc)
    assert "\x00" not in info.title


def test_corpus_is_present() -> None:
    if not CORPUS.is_dir():
        pytest.skip("shared/pdf-corpus is not beside the repository")
    assert len(CORPUS_FILES) >= 30


def test_encrypted_file_needs_its_password() -> None:
    path = CORPUS / ENCRYPTED
    if not path.exists():
        pytest.skip("corpus not available")
    with pytest.raises(PdfProblem) as missing:
        inspect_pdf(path)
    assert (missing.value.code, missing.value.detail) == (ProblemCode.ENCRYPTED, PASSWORD_REQUIRED)
    with pytest.raises(PdfProblem) as wrong:
        inspect_pdf(path, password="not-it")
    assert (wrong.value.code, wrong.value.detail) == (ProblemCode.ENCRYPTED, WRONG_PASSWORD)
    info = inspect_pdf(path, password="openpassword")
    assert info.needs_password and info.page_count == 1


def test_outline_pages_are_zero_based() -> None:
    path = CORPUS / "006-pdflatex-outline_pdflatex-outline.pdf"
    if not path.exists():
        pytest.skip("corpus not available")
    info = inspect_pdf(path)
    raw = pymupdf.open(path).get_toc(simple=True)  # 1-based pages
    assert [(entry.level, entry.page + 1) for entry in info.toc] == [(item[0], item[2]) for item in raw]


def test_generated_pdf_reports_title_outline_and_rotated_sizes(tmp_path: Path) -> None:
    doc = pymupdf.open()
    for _ in range(3):
        doc.new_page(width=595, height=842)
    doc[1].set_rotation(90)
    doc.set_metadata({"title": "行政处罚案卷"})
    doc.set_toc([[1, "立案", 1], [2, "调查", 2], [1, "决定", 3]])
    path = tmp_path / "dossier.pdf"
    doc.save(path)
    info = inspect_pdf(path)
    assert info.title == "行政处罚案卷"
    assert [(entry.level, entry.title, entry.page) for entry in info.toc] == [
        (1, "立案", 0),
        (2, "调查", 1),
        (1, "决定", 2),
    ]
    assert info.page_sizes == ((595.0, 842.0), (842.0, 595.0), (595.0, 842.0))
    assert not info.needs_password and not info.repaired


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"", ProblemCode.EMPTY),
        (b"Just a text file, renamed.", ProblemCode.NOT_PDF),
        (b"\xff\xd8\xff\xe0" + b"\x00" * 200, ProblemCode.NOT_PDF),
        (b"%PDF-1.7\n" + b"\x00garbage" * 50, ProblemCode.DAMAGED),
    ],
    ids=["zero-bytes", "text", "jpeg", "garbage-after-header"],
)
def test_broken_files_raise_typed_problems(tmp_path: Path, content: bytes, code: ProblemCode) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(content)
    with pytest.raises(PdfProblem) as caught:
        inspect_pdf(path)
    assert caught.value.code is code


def test_truncated_pdf_is_damaged(tmp_path: Path) -> None:
    doc = pymupdf.open()
    for number in range(4):
        doc.new_page().insert_text((72, 72), f"page {number}")
    data = doc.tobytes()
    path = tmp_path / "truncated.pdf"
    path.write_bytes(data[: len(data) // 3])
    with pytest.raises(PdfProblem) as caught:
        inspect_pdf(path)
    assert caught.value.code in (ProblemCode.DAMAGED, ProblemCode.EMPTY)


def test_missing_and_unreadable_paths(tmp_path: Path) -> None:
    with pytest.raises(PdfProblem) as missing:
        inspect_pdf(tmp_path / "nowhere.pdf")
    assert missing.value.code is ProblemCode.MISSING
    with pytest.raises(PdfProblem) as folder:
        inspect_pdf(tmp_path)
    assert folder.value.code is ProblemCode.UNREADABLE


def test_problem_survives_pickling_between_processes() -> None:
    problem = PdfProblem(ProblemCode.ENCRYPTED, "/a/b.pdf", WRONG_PASSWORD)
    copy = pickle.loads(pickle.dumps(problem))
    assert (copy.code, copy.path, copy.detail) == (problem.code, problem.path, problem.detail)
    assert str(copy) == "encrypted (/a/b.pdf): wrong_password"


def test_sha256_file_reads_in_chunks(tmp_path: Path) -> None:
    path = tmp_path / "data.bin"
    data = bytes(range(256)) * 5000
    path.write_bytes(data)
    assert sha256_file(path, chunk_size=1000) == hashlib.sha256(data).hexdigest()
    with pytest.raises(PdfProblem) as caught:
        sha256_file(tmp_path / "gone.bin")
    assert caught.value.code is ProblemCode.MISSING


def test_a_page_enlarged_by_user_unit_is_listed_at_the_largest_shown_size(tmp_path: Path) -> None:
    from app.pdf.document_info import MAX_PAGE_POINTS
    from tests.hostile_pdfs import user_unit_pdf

    info = inspect_pdf(user_unit_pdf(tmp_path / "uu.pdf"))
    assert info.page_sizes == ((MAX_PAGE_POINTS, MAX_PAGE_POINTS),)


def test_more_pages_than_a_dossier_can_have_is_refused_with_a_named_code(tmp_path: Path) -> None:
    from app.pdf.records import MAX_PAGES
    from tests.hostile_pdfs import many_pages_pdf

    assert inspect_pdf(many_pages_pdf(tmp_path / "limit.pdf", MAX_PAGES)).page_count == MAX_PAGES
    with pytest.raises(PdfProblem) as refused:
        inspect_pdf(many_pages_pdf(tmp_path / "over.pdf", MAX_PAGES + 1))
    assert refused.value.code is ProblemCode.TOO_MANY_PAGES
    assert f"{MAX_PAGES + 1} pages" in str(refused.value)
