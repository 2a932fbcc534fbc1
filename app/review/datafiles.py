"""Loading data files (TOML checklists and rule sets) with messages that name file, field and problem."""

from __future__ import annotations

import hashlib
import json
import tomllib
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

ModelT = TypeVar("ModelT", bound=BaseModel)


class DataFileError(ValueError):
    """A data file (checklist, rule set, manifest) that cannot be used.

    ``location`` names the field path or row; ``problem`` says what is wrong. ``str()`` gives one
    line a chair can act on.
    """

    def __init__(self, path: str | Path, location: str, problem: str) -> None:
        self.path = str(path)
        self.location = location
        self.problem = problem
        where = f"{self.path}: {location}" if location else self.path
        super().__init__(f"{where}: {problem}")


def format_location(loc: tuple[Any, ...]) -> str:
    parts: list[str] = []
    for piece in loc:
        if isinstance(piece, int):
            parts.append(f"[{piece + 1}]")  # 1-based, as a person counts table entries
        else:
            parts.append(("." if parts else "") + str(piece))
    return "".join(parts)


def validate_data(model: type[ModelT], data: Any, path: str | Path) -> ModelT:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        problem = first["msg"]
        if len(exc.errors()) > 1:
            problem += f" (and {len(exc.errors()) - 1} more problem(s))"
        raise DataFileError(path, format_location(tuple(first["loc"])), problem) from None


def read_toml(path: str | Path) -> dict[str, Any]:
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise DataFileError(p, "", f"cannot be read ({exc.strerror or exc})") from None
    try:
        return tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise DataFileError(p, "", "is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise DataFileError(p, "", f"is not valid TOML ({exc})") from None


def canonical_json(model: BaseModel) -> str:
    """Stable text of a validated model: the snapshot stored in a panel and hashed."""
    return json.dumps(
        model.model_dump(mode="json"), ensure_ascii=False, sort_keys=True, separators=(",", ":")
    )


def content_hash(model: BaseModel) -> str:
    return hashlib.sha256(canonical_json(model).encode("utf-8")).hexdigest()
