"""Import PyMuPDF without its optional layout-analysis and LLM add-ons.

PyMuPDF 2.x imports ``pymupdf.layout`` (ONNX Runtime, numpy) and ``pymupdf4llm`` whenever they are
installed, and its 2.0 wheel depends on them: ``import pymupdf`` then takes ~1.5 s and ~130 MB of RSS,
against ~0.15 s and ~50 MB without them. Dossier Panel uses neither (no layout analysis, no Markdown
export), and PyMuPDF treats both as optional (it catches the ImportError), so they are skipped here.
This matters most in the render process, which is started with every session.

Every module in ``app.pdf`` imports PyMuPDF through this module. If something else in the program
imported PyMuPDF first, that module is used as it is.
"""

from __future__ import annotations

import importlib.abc
import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from types import ModuleType

_SKIPPED = ("pymupdf.layout", "pymupdf4llm")


class _SkipOptionalAddOns(importlib.abc.MetaPathFinder):
    def find_spec(
        self, fullname: str, path: Sequence[str] | None = None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if fullname in _SKIPPED or fullname.startswith(tuple(name + "." for name in _SKIPPED)):
            raise ImportError(f"{fullname} is not used by Dossier Panel")
        return None


_finder = _SkipOptionalAddOns()
sys.meta_path.insert(0, _finder)
try:
    import pymupdf as pymupdf
finally:
    sys.meta_path.remove(_finder)

__all__ = ["pymupdf"]
