"""One error type for the exchange files, carrying a stable code and where the problem is.

The core never words a message for people: ``code`` is what a caller branches on and what the CLI or
the UI translates; ``dossier`` and ``item`` say where, ``detail`` carries the raw facts (a size, an
entry name) for the message.
"""

from __future__ import annotations

from pathlib import Path


class ExchangeError(Exception):
    def __init__(
        self,
        code: str,
        path: str | Path | None = None,
        detail: str = "",
        *,
        dossier: str | None = None,
        item: str | None = None,
    ) -> None:
        self.code = code
        self.path = None if path is None else Path(path)
        self.detail = detail
        self.dossier = dossier
        self.item = item
        where = [str(self.path)] if self.path is not None else []
        where += [f"dossier {dossier}"] if dossier else []
        where += [f"item {item}"] if item else []
        text = ": ".join([", ".join(where), code] if where else [code])
        super().__init__(text + (f" ({detail})" if detail else ""))
