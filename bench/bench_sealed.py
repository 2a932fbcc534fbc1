"""The cost of protecting a package: scrypt per passphrase, and sealing / opening a large PDF in chunks.

- **scrypt**: one key derivation at n = 2^15, 2^16, 2^17 (the default, ``crypto.STRONG_KDF``), r = 8,
  p = 1 — paid once when a package is made, once when it is opened, once per export.
- **stream**: ``--mb`` megabytes (default 300, a large scanned dossier) sealed with ``SealedWriter`` and
  read back with ``SealedReader`` in 1 MiB pieces, as packaging and ``review open`` do; the peak of
  Python allocations (tracemalloc) shows nothing is held whole.

Run: ``.venv/bin/python bench/bench_sealed.py [--mb 300]``. Figures: docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.exchange import crypto
from app.exchange.sealed_stream import SealedReader, SealedWriter

MB = 1024 * 1024
PASSPHRASE = "K7QM-3XTA-9PRD-H2NW-F8ZC-4VJE"


def scrypt_times() -> None:
    for n in (2**15, 2**16, 2**17):
        params = crypto.KdfParams(n=n, r=8, p=1)
        started = time.perf_counter()
        crypto.master_key(PASSPHRASE, os.urandom(16), params)
        print(
            f"scrypt n=2^{n.bit_length() - 1} r=8 p=1 ({128 * n * 8 // MB} MiB): {time.perf_counter() - started:.2f} s"
        )


def stream(megabytes: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "big.pdf"
        with source.open("wb") as handle:
            for _ in range(megabytes):
                handle.write(os.urandom(MB))
        sealed = Path(folder) / "big.sealed"
        tracemalloc.start()
        started = time.perf_counter()
        with source.open("rb") as handle, sealed.open("wb") as sink:
            writer = SealedWriter(sink, PASSPHRASE, kind="bench", kdf=crypto.STRONG_KDF)
            while piece := handle.read(MB):
                writer.write(piece)
            writer.close()
        sealing = time.perf_counter() - started
        _, peak_write = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        started = time.perf_counter()
        digest = hashlib.sha256()
        with SealedReader(sealed, PASSPHRASE, kind="bench") as reader:
            while piece := reader.read(MB):
                digest.update(piece)
            assert reader.at_end()
        opening = time.perf_counter() - started
        _, peak_read = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        expected = hashlib.sha256(source.read_bytes()).hexdigest()
        assert digest.hexdigest() == expected
        print(
            f"{megabytes} MB sealed in {sealing:.2f} s (peak {peak_write / MB:.1f} MiB of Python memory), "
            f"opened and hashed in {opening:.2f} s (peak {peak_read / MB:.1f} MiB); "
            f"each includes one scrypt at the default"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=int, default=300)
    args = parser.parse_args()
    scrypt_times()
    stream(args.mb)


if __name__ == "__main__":
    main()
