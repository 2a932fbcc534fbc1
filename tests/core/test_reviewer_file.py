"""The reviewer file on its own: canonical bytes, HMAC, and every way a damaged or edited copy is refused.

These are version-1 files (HMAC), which old workspaces wrote and the merge still reads; the
version-2 signature (Ed25519) is tested in test_reviewer_signature.py on the same envelope code.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.exchange.reviewer_file import (
    ReviewerFileError,
    canonical_bytes,
    read_envelope,
    read_reviewer_file,
    sign,
)

SECRET = "5e" * 32
OTHER_SECRET = "a1" * 32


HEADER = {"panel_id": "0c5e0c3e-5d4e-4c7f-9a52-0e2b8a3f6a11", "reviewer_id": "E1", "sequence": 3}


def body(**changes: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "created_at": "2026-05-02T08:30:00.123456",
        "dossiers": [
            {
                "code": "甲环罚〔2026〕1号",
                "checklist_id": "exchange-test",
                "checklist_hash": "ab" * 32,
                "pdf_sha256": "cd" * 32,
            }
        ],
        "reviews": [
            {
                "dossier": "甲环罚〔2026〕1号",
                "status": "complete",
                "note": "已复核",
                "checklist_hash": "ab" * 32,
                "updated_at": "2026-05-02T08:29:00",
                "completed_at": "2026-05-02T08:29:00",
                "deductions": [
                    {
                        "uid": "8a0e6a2c-3f0e-4c5b-9d11-1f2e3d4c5b6a",
                        "item": "b.three",
                        "reason_id": None,
                        "points": "2.5",
                        "text": "未告知陈述申辩权利\n（第2页）",
                        "page": 2,
                        "rect": [72.5, 100.0, 300.25, 118.0],
                        "created_at": "2026-05-02T08:10:00",
                    }
                ],
                "vetoes": [],
                "marks": [{"item": "b.three", "visited": True, "note": ""}],
            }
        ],
        "history": [
            {
                "id": 7,
                "at": "2026-05-02T08:10:00",
                "actor": "E1",
                "action": "deduction.add",
                "entity": "review",
                "entity_id": "E1/甲环罚〔2026〕1号",
                "old": None,
                "new": {"points": "2.5", "rect": [72.5, 100.0, 300.25, 118.0], "format": "x", "hmac": "y"},
            }
        ],
    }
    return base | changes


SIGNED = sign(HEADER, body(), SECRET)


def test_a_signed_file_reads_back_exactly() -> None:
    parsed = read_reviewer_file(SIGNED, SECRET)
    assert (parsed.panel_id, parsed.reviewer_id, parsed.sequence) == tuple(HEADER.values())
    assert parsed.reviews[0].deductions[0].points == "2.5"
    assert parsed.reviews[0].deductions[0].rect == (72.5, 100.0, 300.25, 118.0)
    assert parsed.history[0].new["hmac"] == "y"  # nested keys named like the envelope's do no harm
    assert canonical_bytes(json.loads(SIGNED)) == SIGNED  # the file is canonical JSON as a whole
    assert "未告知".encode() in SIGNED  # UTF-8 as is, no \\u escapes
    assert sign(HEADER, body(), SECRET) == SIGNED  # deterministic
    assert set(json.loads(SIGNED)) == {
        "body",
        "format",
        "hmac",
        "panel_id",
        "reviewer_id",
        "sequence",
        "version",
    }


def _replace(old: bytes, new: bytes) -> bytes:
    assert SIGNED.count(old) == 1
    return SIGNED.replace(old, new)


UNSIGNED = SIGNED[: SIGNED.rindex(b',"hmac":')] + SIGNED[SIGNED.rindex(b',"panel_id":') :]


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        (b"", "empty"),
        (SIGNED[:-1], "truncated"),
        (SIGNED[: len(SIGNED) // 2], "truncated"),
        (b"\x1f\x8b\x08\x00garbage", "corrupt"),
        (b"[1, 2, 3]", "corrupt"),
        (b'{"a": 1}', "corrupt"),
        (json.dumps(json.loads(SIGNED), indent=1).encode(), "corrupt"),  # not the form this program writes
        (canonical_bytes(json.loads(SIGNED) | {"zz_extra": 1}), "not_canonical"),
        (canonical_bytes(json.loads(SIGNED) | {"extra": 1}), "bad_signature"),  # lands in the signed bytes
        (SIGNED + b"\n", "trailing_data"),
        (SIGNED + b"junk appended", "trailing_data"),
        (SIGNED + b'{"more": 1}', "trailing_data"),
        (SIGNED + bytes(range(256)), "trailing_data"),
        (SIGNED[:-1] + b"\xff\xfe", "truncated"),
        (SIGNED.replace(b'"version":1}', b'"version":' + b"[" * 100_000 + b"]" * 100_000 + b"}"), "corrupt"),
        (b'{"a": 1}\n', "corrupt"),
        (b'{"a": 1', "truncated"),
        (_replace(b'"format":"dossier-panel/reviewer-file"', b'"format":"something/else"'), "unknown_format"),
        (_replace(b'"version":1}', b'"version":3}'), "unsupported_version"),
        (_replace(b'"version":1}', b'"version":0}'), "bad_header"),  # no version ever was 0
        (_replace(b'"version":1}', b'"version":"1"}'), "bad_header"),
        (_replace(b'"version":1}', b'"version":null}'), "bad_header"),  # not "a newer version (None)"
        (UNSIGNED, "not_signed"),
        (_replace(b'"sequence":3', b'"sequence":"3"'), "bad_header"),
        (_replace(b'"sequence":3', b'"sequence":0'), "bad_header"),
        (_replace(b'"reviewer_id":"E1"', b'"reviewer_id":""'), "bad_header"),
        (_replace(b'"sequence":3', b'"sequence":3 '), "not_canonical"),
    ],
)
def test_damaged_files_are_refused_by_form(raw: bytes, code: str) -> None:
    with pytest.raises(ReviewerFileError) as caught:
        read_reviewer_file(raw, SECRET)
    assert caught.value.code == code


def test_another_key_or_an_edited_value_fails_the_signature() -> None:
    with pytest.raises(ReviewerFileError) as caught:
        read_reviewer_file(SIGNED, OTHER_SECRET)
    assert caught.value.code == "bad_signature"
    for old, new in (
        (b'"points":"2.5","reason_id"', b'"points":"0.5","reason_id"'),  # the body
        (b'"sequence":3', b'"sequence":4'),  # the header is signed too
        (b'"reviewer_id":"E1"', b'"reviewer_id":"E2"'),
    ):
        with pytest.raises(ReviewerFileError) as caught:
            read_reviewer_file(_replace(old, new), SECRET)
        assert caught.value.code == "bad_signature", old
    resigned = sign(HEADER, body(note="x"), OTHER_SECRET)  # re-signed by someone without the key
    with pytest.raises(ReviewerFileError) as caught:
        read_reviewer_file(resigned, SECRET)
    assert caught.value.code == "bad_signature"


def test_an_authentic_file_with_a_bad_field_is_named() -> None:
    bad = body()
    bad["reviews"][0]["status"] = "finished"
    with pytest.raises(ReviewerFileError) as caught:
        read_reviewer_file(sign(HEADER, bad, SECRET), SECRET)
    assert caught.value.code == "invalid_content" and "reviews.0.status" in caught.value.detail


def test_escapes_that_decode_to_the_same_text_are_refused() -> None:
    """``\\u00e9`` and ``é`` parse alike; only the bytes written are signed, so the other form is refused."""
    signed = sign(HEADER | {"reviewer_id": "é"}, body(note="é"), SECRET)
    in_header = signed.replace('"reviewer_id":"é"'.encode(), b'"reviewer_id":"\\u00e9"')
    in_body = signed.replace('"note":"é"'.encode(), b'"note":"\\u00e9"')
    for escaped, code in ((in_header, "not_canonical"), (in_body, "bad_signature")):
        assert escaped != signed and json.loads(escaped) != json.loads(SIGNED)
        with pytest.raises(ReviewerFileError) as caught:
            read_reviewer_file(escaped, SECRET)
        assert caught.value.code == code


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    position=st.integers(min_value=0, max_value=len(SIGNED) - 1), mask=st.integers(min_value=1, max_value=255)
)
def test_one_byte_flipped_anywhere_is_always_refused(position: int, mask: int) -> None:
    flipped = bytearray(SIGNED)
    flipped[position] ^= mask
    with pytest.raises(ReviewerFileError):
        read_reviewer_file(bytes(flipped), SECRET)


def test_every_single_bit_flip_at_every_position_is_refused() -> None:
    """The exhaustive companion of the property above, for the single-bit errors a stick really makes."""
    accepted = []
    for position in range(len(SIGNED)):
        for bit in range(8):
            flipped = bytearray(SIGNED)
            flipped[position] ^= 1 << bit
            try:
                read_reviewer_file(bytes(flipped), SECRET)
            except ReviewerFileError:
                continue
            accepted.append((position, bit))
    assert accepted == []


@settings(max_examples=200, deadline=None)
@given(length=st.integers(min_value=0, max_value=len(SIGNED) - 1))
def test_every_truncation_is_refused(length: int) -> None:
    with pytest.raises(ReviewerFileError):
        read_reviewer_file(SIGNED[:length], SECRET)


@settings(max_examples=100, deadline=None)
@given(secret=st.binary(min_size=32, max_size=32).map(bytes.hex))
def test_only_the_signing_key_opens_a_file(secret: str) -> None:
    if secret == SECRET:
        return
    with pytest.raises(ReviewerFileError) as caught:
        read_reviewer_file(SIGNED, secret)
    assert caught.value.code == "bad_signature"


def test_read_envelope_trusts_nothing_but_the_header() -> None:
    envelope = read_envelope(SIGNED)
    assert (envelope.panel_id, envelope.reviewer_id, envelope.sequence) == tuple(HEADER.values())
    assert envelope.body == canonical_bytes(body())  # the signed bytes, exactly as written


@pytest.mark.parametrize("history_id", [0, -1, 2**53, 2**63, 2**64])
def test_a_history_id_no_database_can_hold_is_named(history_id: int) -> None:
    data = body()
    data["history"][0]["id"] = history_id
    with pytest.raises(ReviewerFileError) as caught:
        read_reviewer_file(sign(HEADER, data, SECRET), SECRET)
    assert caught.value.code == "invalid_content" and "history.0.id" in caught.value.detail
