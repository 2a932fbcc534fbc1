"""The UI is four rooms and a front door, and imports run one way between them.

- ``app.ui.pdf``: the PDF viewer component (view, pages, layout, search, sidebar, renders, toolbar);
- ``app.ui.reviewer``: the reviewer's window; ``app.ui.chair``: the chair's window;
- ``app.ui.shared``: what both windows use; ``app.ui.start``: the start screen and launcher, which open
  either window.
Every import counts, also those inside functions and under ``TYPE_CHECKING``.
"""

from __future__ import annotations

import ast
from graphlib import CycleError, TopologicalSorter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "app"
ROOMS = ("pdf", "reviewer", "chair", "shared", "start")
# Which rooms each room may import from (besides itself and the Qt-free core).
ALLOWED = {
    "shared": set(),
    "pdf": {"shared"},
    "reviewer": {"shared", "pdf"},
    "chair": {"shared", "pdf"},
    "start": {"shared", "reviewer", "chair"},
}


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path, modules: set[str]) -> set[str]:
    """The program's modules ``path`` imports: ``from app.x import y`` is ``app.x.y`` when that is a
    module, else ``app.x``."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                sub = f"{node.module}.{alias.name}"
                found.add(sub if sub in modules else node.module)
    return found & modules


def graph() -> dict[str, set[str]]:
    """Each module of the program and the modules of the program it imports."""
    modules = {module_name(p): p for p in APP.rglob("*.py")}
    return {name: imports_of(path, set(modules)) - {name} for name, path in modules.items()}


def edges() -> list[tuple[str, str]]:
    return [(source, target) for source, targets in graph().items() for target in targets]


def room(module: str) -> str | None:
    parts = module.split(".")
    if len(parts) >= 3 and parts[:2] == ["app", "ui"]:
        return parts[2] if parts[2] in ROOMS else "flat"
    return None


def test_the_ui_has_no_loose_modules() -> None:
    loose = [p.name for p in (APP / "ui").glob("*.py") if p.name != "__init__.py"]
    assert loose == []
    assert sorted(p.name for p in (APP / "ui").iterdir() if p.is_dir() and p.name != "__pycache__") == sorted(
        ROOMS
    )


@pytest.mark.parametrize("name", ROOMS)
def test_a_room_imports_only_the_rooms_it_builds_on(name: str) -> None:
    wrong = [
        (source, target)
        for source, target in edges()
        if room(source) == name and room(target) not in (None, name) and room(target) not in ALLOWED[name]
    ]
    assert wrong == []


def test_no_module_of_the_program_imports_itself_round_a_circle() -> None:
    try:
        TopologicalSorter(graph()).prepare()
    except CycleError as exc:
        pytest.fail(f"import circle: {' → '.join(exc.args[1])}")
