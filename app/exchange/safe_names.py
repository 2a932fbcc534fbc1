"""One strict rule for every name that comes from a file and could reach a path.

A package or a reviewer file is data from a USB stick: its panel id, reviewer id, dossier codes,
checklist ids and entry names are checked here before any of them is joined to a folder, on any
system the program runs on. A safe name is 1–64 characters of Unicode letters and digits, ``_``,
inner spaces and the punctuation dossier codes use (``- . , + # @ ~ ( ) [ ] （ ） 〔 〕 【 】 《 》 〈 〉 · 、 ，``),
and

- does not start with a dot or a space (no ``.``, ``..``, hidden files), nor end with a dot or a
  space (Windows drops them, so ``E1.`` and ``E1`` would be one folder);
- has no path separator, drive letter (``C:``), UNC prefix (``\\\\server``), control or format
  character (NUL, bidi overrides), nor any of ``< > : " | ? * $ %``;
- is not a Windows device name — CON, PRN, AUX, NUL, COM0–9, LPT0–9 (also ¹ ² ³), any case, with or
  without an extension (``nul.txt``, ``Com1.pdf``);
- is at most 64 characters and 192 bytes in UTF-8 (a path component built from names, or a part of a
  zip entry name, at most 120 characters and 240 bytes: filesystems allow 255 bytes).

``name_problem`` says what is wrong (or ``None``); ``check_name`` raises ``ExchangeError("unsafe_name")``;
``SafeName`` is the pydantic field type of the exchange formats; ``safe_join`` is the one way a path is
built from such names; ``entry_name_problem`` applies the rule to each part of a zip entry name;
``file_name_part`` turns a display name (a reviewer's name) into a safe part of a file name.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Annotated

from pydantic import AfterValidator
from pydantic_core import PydanticCustomError

from app.exchange.errors import ExchangeError

MAX_NAME_CHARS = 64
MAX_NAME_BYTES = 192
MAX_PART_CHARS, MAX_PART_BYTES = 120, 240  # one path component: a folder made of names, a zip entry's part
UNSAFE_NAME = "unsafe_name"

_PUNCTUATION = "-_.,+#@~()[]（）〔〕【】《》〈〉·、，"
_NAME = re.compile(rf"[\w{re.escape(_PUNCTUATION)} ]+")
_DRIVE = re.compile(r"^[A-Za-z]:")
_DEVICE = re.compile(r"^(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])$", re.IGNORECASE)


def name_problem(
    value: object, *, max_chars: int = MAX_NAME_CHARS, max_bytes: int = MAX_NAME_BYTES
) -> str | None:
    """Why ``value`` is not a safe name, in a few words; ``None`` when it is one."""
    if not isinstance(value, str):
        return "not text"
    if not value:
        return "empty"
    if len(value) > max_chars or len(value.encode("utf-8", "surrogatepass")) > max_bytes:
        return f"longer than {max_chars} characters or {max_bytes} bytes"
    if value.startswith(("\\\\", "//")):
        return "a network (UNC) path"
    if _DRIVE.match(value):
        return "a drive letter"
    if "/" in value or "\\" in value:
        return "a path separator"
    if value[0] in ". ":
        return "starts with a dot or a space"
    if value[-1] in ". ":
        return "ends with a dot or a space"
    if not _NAME.fullmatch(value):
        bad = next(c for c in value if not _NAME.fullmatch(c))
        return f"the character U+{ord(bad):04X} ({unicodedata.name(bad, 'unnamed')})"
    if _DEVICE.match(value.split(".", 1)[0].rstrip(" ")):
        return "a Windows device name"
    return None


def check_name(
    value: object, what: str, where: str | Path | None = None, *, dossier: str | None = None
) -> str:
    """``value`` if it is a safe name, else ``ExchangeError("unsafe_name")`` saying which field and why."""
    problem = name_problem(value)
    if problem is not None:
        raise ExchangeError(UNSAFE_NAME, where, f"{what} {value!r}: {problem}", dossier=dossier)
    assert isinstance(value, str)
    return value


def _validated(value: str) -> str:
    problem = name_problem(value)
    if problem is not None:
        raise PydanticCustomError(
            UNSAFE_NAME, "not a safe name ({problem}): {value}", {"problem": problem, "value": repr(value)}
        )
    return value


SafeName = Annotated[str, AfterValidator(_validated)]
"""A pydantic field holding a name that may reach a path; its error type is ``unsafe_name``."""


def safe_join(root: Path, *parts: str, where: str | Path | None = None) -> Path:
    """``root / part / …`` where every part is one safe path component, and the result inside ``root``.

    Parts may be longer than a single name (a workspace folder is ``<panel>-<reviewer>``) but must
    each pass the same rule.
    """
    path = root
    for part in parts:
        problem = name_problem(part, max_chars=MAX_PART_CHARS, max_bytes=MAX_PART_BYTES)
        if problem is not None:
            raise ExchangeError(UNSAFE_NAME, where, f"path part {part!r}: {problem}")
        path = path / part
    if not path.is_relative_to(root) or len(path.parts) != len(root.parts) + len(parts):
        raise ExchangeError(UNSAFE_NAME, where, f"{path} is outside {root}")
    return path


def entry_name_problem(name: str) -> str | None:
    """Why a zip entry name is unsafe (absolute, ``..``, drive, backslash, a part that is no safe name)."""
    if not name:
        return "empty"
    if name.startswith("/"):
        return "an absolute path"
    for part in name.removesuffix("/").split("/"):
        problem = name_problem(part, max_chars=MAX_PART_CHARS, max_bytes=MAX_PART_BYTES)
        if problem is not None:
            return f"{part!r}: {problem}"
    return None


_UNSAFE_FILE_CHARS = re.compile(rf"[^\w{re.escape(_PUNCTUATION)} ]")


def file_name_part(text: str) -> str:
    """A display name made fit for a file name the program chooses itself (a reviewer's package)."""
    cleaned = _UNSAFE_FILE_CHARS.sub("_", text).strip(" .")[:60].strip(" .")
    if not cleaned or name_problem(cleaned) is not None:
        cleaned = "_" + cleaned
    return cleaned if name_problem(cleaned) is None else "_"
