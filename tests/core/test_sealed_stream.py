"""The encrypted stream on its own: round trip, wrong passphrase, and every flipped byte, cut, swapped,
dropped or repeated chunk refused with its own code (issue 11 item 8)."""

from __future__ import annotations

import io
import struct
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.exchange import crypto
from app.exchange.sealed_stream import MAGIC, TAG, SealedReader, SealedWriter, StreamError

CHEAP = crypto.KdfParams(n=2**4, r=1, p=1)  # the stream's logic, not scrypt's cost, is tested here
CHUNK = 256
PASSPHRASE = "K7QM-3XTA-9PRD-H2NW-F8ZC-4VJE"
KIND = "test/stream"
PLAIN = bytes(range(256)) * 5 + b"the end"  # 1,287 bytes: five full chunks and a short last one


def sealed(plain: bytes = PLAIN, chunk: int = CHUNK, pieces: int = 97) -> bytes:
    sink = io.BytesIO()
    writer = SealedWriter(sink, PASSPHRASE, kind=KIND, kdf=CHEAP, chunk_size=chunk)
    for start in range(0, len(plain), pieces):  # written in odd pieces, as a PDF is copied in
        writer.write(plain[start : start + pieces])
    writer.close()
    return sink.getvalue()


def read_all(path: Path, passphrase: str = PASSPHRASE) -> bytes:
    with SealedReader(path, passphrase, kind=KIND) as reader:
        parts = []
        while piece := reader.read(100):
            parts.append(piece)
        assert reader.at_end()
        return b"".join(parts)


def refusal(data: bytes, tmp_path: Path, passphrase: str = PASSPHRASE) -> str:
    path = tmp_path / "x.sealed"
    path.write_bytes(data)
    with pytest.raises(StreamError) as caught:
        read_all(path, passphrase)
    return caught.value.code


GOOD = sealed()
HEADER_END = len(MAGIC) + 4 + struct.unpack(">I", GOOD[len(MAGIC) : len(MAGIC) + 4])[0]
SEALED_CHUNK = CHUNK + TAG


def chunks(data: bytes) -> list[bytes]:
    body = data[HEADER_END:]
    return [body[i : i + SEALED_CHUNK] for i in range(0, len(body), SEALED_CHUNK)]


def test_a_stream_reads_back_exactly_in_any_piece_size(tmp_path: Path) -> None:
    path = tmp_path / "x.sealed"
    for plain in (b"", b"x", bytes(CHUNK), bytes(CHUNK + 1), PLAIN):
        path.write_bytes(sealed(plain))
        assert read_all(path) == plain
    assert len(chunks(GOOD)) == 6  # five full chunks and the short last one
    assert PLAIN[:64] not in GOOD and b"the end" not in GOOD  # no plain text on the stick
    assert sealed() != GOOD  # a fresh salt and nonce prefix every time


def test_a_passphrase_is_read_as_typed_from_the_slip(tmp_path: Path) -> None:
    path = tmp_path / "x.sealed"
    path.write_bytes(GOOD)
    assert read_all(path, PASSPHRASE.lower().replace("-", " ")) == PLAIN
    assert read_all(path, PASSPHRASE.replace("0", "O")) == PLAIN


def test_a_wrong_passphrase_is_its_own_refusal(tmp_path: Path) -> None:
    assert refusal(GOOD, tmp_path, "K7QM-3XTA-9PRD-H2NW-F8ZC-4VJF") == "wrong_passphrase"
    assert refusal(GOOD, tmp_path, "not a passphrase") == "bad_passphrase"


def test_every_flipped_byte_is_refused(tmp_path: Path) -> None:
    """Header, key parameters, check value, every chunk and every tag: no flip reads back."""
    allowed = {"damaged", "truncated", "wrong_passphrase", "not_sealed"}
    seen: set[str] = set()
    for position in range(len(GOOD)):
        flipped = bytearray(GOOD)
        flipped[position] ^= 0x01
        code = refusal(bytes(flipped), tmp_path)
        assert code in allowed, (position, code)
        seen.add(code)
    assert {"damaged", "not_sealed"} <= seen


def test_every_cut_is_refused_as_truncated_or_damaged(tmp_path: Path) -> None:
    for length in range(len(GOOD)):
        code = refusal(GOOD[:length], tmp_path)
        assert code in ("truncated", "damaged", "not_sealed"), (length, code)
    # cut exactly at a chunk boundary: every chunk left is intact, the last one is missing
    whole = GOOD[: HEADER_END + 3 * SEALED_CHUNK]
    assert refusal(whole, tmp_path) == "truncated"


def test_chunks_swapped_dropped_or_repeated_are_refused(tmp_path: Path) -> None:
    parts = chunks(GOOD)
    head = GOOD[:HEADER_END]
    swapped = [parts[1], parts[0], *parts[2:]]
    dropped = [parts[0], *parts[2:]]
    repeated = [parts[0], parts[0], *parts[1:]]
    last_moved = [*parts[:-2], parts[-1], parts[-2]]
    for order in (swapped, dropped, repeated, last_moved):
        assert refusal(head + b"".join(order), tmp_path) == "damaged"


def test_junk_appended_or_a_chunk_from_another_stream_is_refused(tmp_path: Path) -> None:
    assert refusal(GOOD + b"\x00", tmp_path) == "damaged"
    assert refusal(GOOD + chunks(GOOD)[0], tmp_path) == "damaged"
    other = chunks(sealed())  # same passphrase and plain text, another salt and nonce prefix
    parts = chunks(GOOD)
    assert refusal(GOOD[:HEADER_END] + b"".join([other[0], *parts[1:]]), tmp_path) == "damaged"


def test_crafted_key_parameters_cannot_make_the_reader_hang(tmp_path: Path) -> None:
    """A header asking scrypt for gigabytes is refused before any key is derived."""
    for params in ({"n": 2**30, "r": 8, "p": 1}, {"n": 2**20, "r": 32, "p": 1}, {"n": 3, "r": 8, "p": 1}):
        with pytest.raises(crypto.CryptoError) as caught:
            crypto.KdfParams(**params).check()
        assert caught.value.code == "bad_kdf"
    assert crypto.STRONG_KDF.check() is None


def test_the_programs_default_is_strong_and_tests_run_cheap() -> None:
    """The conftest makes tests cheap by replacing DEFAULT_KDF; the program's own value is STRONG_KDF."""
    strong = crypto.STRONG_KDF
    assert strong.n >= 2**16 and strong.r == 8 and strong.p == 1
    assert 128 * strong.n * strong.r >= 64 * 1024 * 1024  # 64 MiB per guess
    assert strong != crypto.DEFAULT_KDF  # the fixture is in force here


@settings(max_examples=60, deadline=None)
@given(
    data=st.binary(max_size=3 * CHUNK), pieces=st.integers(1, 700), chunk=st.sampled_from([256, 300, 1024])
)
def test_any_content_in_any_pieces_reads_back(data: bytes, pieces: int, chunk: int) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "x.sealed"
        path.write_bytes(sealed(data, chunk, pieces))
        assert read_all(path) == data
