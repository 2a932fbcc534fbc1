"""``python -m app`` and the bundled program's entry: the start screen, or any ``dossier-panel`` command.

``multiprocessing.freeze_support()`` comes first: in a frozen build the PDF render process is this same
executable started again, and it must become the render process before anything else runs. No Qt
import at module level: the render process imports this module too (as ``__mp_main__``) and must not
load Qt.

``--smoke-test SCRIPT [ARGS…]`` (not listed in ``--help``) runs a Python script inside the program —
in a bundle, with the bundle's own libraries and resources; ``scripts/smoke_test_bundle.py`` uses it.
Nothing else changes when it is not given.
"""

from __future__ import annotations

import multiprocessing
import sys

SMOKE_TEST_FLAG = "--smoke-test"


def run_script(script: str, args: list[str]) -> int:
    """Run ``script`` as ``__main__`` with ``args`` as its arguments; its exit status."""
    import runpy

    sys.argv = [script, *args]
    try:
        runpy.run_path(script, run_name="__main__")
    except SystemExit as stop:
        return stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 1)
    return 0


def main() -> int:
    multiprocessing.freeze_support()
    argv = sys.argv[1:]
    if len(argv) >= 2 and argv[0] == SMOKE_TEST_FLAG:
        return run_script(argv[1], argv[2:])
    from app.cli import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
