"""The command line speaks Chinese by default and English when the locale says so: every command's
lines, in both languages, on the demo panel. In Chinese no line is an English sentence (identifiers,
file names, ids and numbers are fine); in English no line carries the Chinese words of the tables."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from app import words
from app.cli import main
from app.demo.build import build_demo_panel

CJK = re.compile(r"[\u4e00-\u9fff]")
# three English words in a row ("no dossiers assigned", "hand each passphrase"): a sentence, not an id
ENGLISH_WORDS = re.compile(r"(?<![\w./\\-])[A-Za-z]{2,}(?:[ ,:;]+[A-Za-z]{2,}){2,}(?![\w./\\-])")
Run = Callable[..., tuple[int, list[str]]]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo_panel(tmp_path_factory.mktemp("demo"), log=lambda _line: None)


@pytest.fixture
def panel(demo: Path, tmp_path: Path) -> Path:
    target = tmp_path / "panel" / demo.name
    shutil.copytree(demo.parent, target.parent)
    return target


def runner(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], lang: str) -> Run:
    def run(*args: str) -> tuple[int, list[str]]:
        monkeypatch.setenv("LANG", lang)
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, [line for line in (out + err).splitlines() if line.strip()]

    return run


def english_sentences(lines: list[str]) -> list[str]:
    """Lines that say something in English: the check for Chinese output."""
    return [line for line in lines if ENGLISH_WORDS.search(_without_names(line))]


def _without_names(line: str) -> str:
    """Drop what is not the program's words: paths, `commands`, hashes and ids the data chose."""
    line = re.sub(r"`[^`]*`", "", line)
    line = re.sub(r"\S*[/\\]\S*", "", line)  # paths
    return re.sub(r"\[[^\]]*\]", "", line)  # [rule ids]


def chinese_words_of_the_cli(lines: list[str]) -> list[str]:
    """Lines holding a Chinese phrase of the command line's own table: the check for English output."""
    phrases = set()
    for template in words.table("zh_CN").section("cli").values():
        longest = max(re.split(r"\{[a-z_]+\}", template), key=len).strip("（）：；，、 ")
        if len(longest) >= 4:
            phrases.add(longest)
    return [line for line in lines if any(phrase in line for phrase in phrases)]


def reading_commands(panel: Path, out: Path) -> list[tuple[str, ...]]:
    p = str(panel)
    return [
        ("rulesets",),
        ("checklists", "list"),
        ("checklists", "show", "inspection-interrogation"),
        ("results", p),
        ("check", p),
        ("flags", p),
        ("stats", p, "--top", "3"),
        ("assignments", p),
        ("export", p, "--xlsx", str(out / "result.xlsx")),
        ("print", p, "--report", "--out", str(out / "report.pdf")),
    ]


@pytest.mark.parametrize("lang", ["zh_CN.UTF-8", "en_US.UTF-8"])
def test_every_reading_command_speaks_the_terminals_language(
    panel: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    lang: str,
) -> None:
    run = runner(monkeypatch, capsys, lang)
    for args in reading_commands(panel, tmp_path):
        code, lines = run(*args)
        assert code in (0, 1) and lines, args
        if lang.startswith("zh"):
            assert english_sentences(lines) == [], args
        else:
            assert chinese_words_of_the_cli(lines) == [], args
            worded = any(re.search(r"\b[a-z]{3,}\b", _without_names(line)) for line in lines)
            assert worded or args[0] == "export", args  # export prints only the files it wrote


def test_results_headings_and_counts_in_both_languages(
    panel: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, chinese = runner(monkeypatch, capsys, "zh_CN.UTF-8")("results", str(panel))
    assert code == 0
    assert "案卷得分" in chinese and any(line.startswith("排名 — ") for line in chinese)
    assert any(line.startswith("表彰名单 — ") for line in chinese)
    assert chinese[-1] == "共 16 卷案卷、4 个候选对象；16 卷已有最终得分"
    assert "最终得分" in chinese[2] and "候选对象" in chinese[2]
    code, english = runner(monkeypatch, capsys, "en_US.UTF-8")("results", str(panel))
    assert "Dossiers" in english and any(line.startswith("Ranking — ") for line in english)
    assert english[-1] == "16 dossiers, 4 candidates; 16 dossiers with a final score"
    assert len(english) == len(chinese)  # the same lines, in other words


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("zh_CN.UTF-8", ["案卷组成检查：错误 1 个，提醒 0 个", "分歧共 42 处：已处理 0 处，待处理 42 处"]),
        ("en_US.UTF-8", ["composition check: 1 error(s), 0 warning(s)", "42 flag(s): 0 settled, 42 open"]),
    ],
)
def test_check_and_flags_count_in_the_terminals_language(
    panel: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    lang: str,
    expected: list[str],
) -> None:
    run = runner(monkeypatch, capsys, lang)
    assert run("check", str(panel))[1][-1] == expected[0]
    assert run("flags", str(panel))[1][-1] == expected[1]


@pytest.mark.parametrize(
    ("variable", "value", "chinese"),
    [("LANG", "C.UTF-8", True), ("LC_ALL", "en_GB.UTF-8", False), ("LC_MESSAGES", "zh_CN.UTF-8", True)],
)
def test_the_locale_variables_choose(
    panel: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    variable: str,
    value: str,
    chinese: bool,
) -> None:
    monkeypatch.setenv("LANG", "en_US.UTF-8" if chinese else "zh_CN.UTF-8")
    if variable == "LANG":
        monkeypatch.setenv("LANG", value)
    else:
        monkeypatch.setenv(variable, value)
    assert main(["check", str(panel)]) == 1
    last = capsys.readouterr().out.splitlines()[-1]
    assert bool(CJK.search(last)) is chinese, last


def test_the_offline_loop_and_the_chairs_settlements_speak_chinese(
    panel: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    run = runner(monkeypatch, capsys, "zh_CN.UTF-8")
    p = str(panel)
    printed: list[str] = []

    def ok(*args: str, codes: tuple[int, ...] = (0,)) -> list[str]:
        code, lines = run(*args)
        assert code in codes, (args, lines)
        printed.extend(lines)
        return lines

    ok("assign", p, "--seed", "demo", codes=(0, 1))
    lines = ok("package", p, "--out", str(tmp_path / "out"))
    line = next(x for x in lines if " 口令 " in x)
    reviewer, passphrase = line.split()[0], line.rsplit("口令 ", 1)[1]
    (tmp_path / "slip.txt").write_text(passphrase)
    package = next((tmp_path / "out").glob(f"{reviewer}-*.dppkg"))
    workspace = ok(
        "review",
        "open",
        str(package),
        "--workspace",
        str(tmp_path / "ws"),
        "--passphrase-file",
        str(tmp_path / "slip.txt"),
    )[-1]
    monkeypatch.setenv("DOSSIER_PANEL_PASSPHRASE", passphrase)
    ok("review", "export", workspace, "--out", str(tmp_path / "r.dpreview"))
    merged = ok("merge", p, str(tmp_path / "r.dpreview"))
    assert "备份" in merged[-1]
    ok("reset-sequence", p, reviewer, "--reason", "重新导出")
    dossier = next(x for x in ok("flags", p, codes=(1,)) if "  " in x).split()[0]
    ok("moderate", p, dossier, "--expert-score", "90", "--reason", "组长复核")
    ok("moderate", p, dossier, "--clear", "--reason", "撤销")
    ok("set-aside", p, dossier, "--reason", "多报")
    ok("restore", p, dossier, "--reason", "误操作")
    ok("print", p, "--merged", "--out", str(tmp_path / "merged.pdf"))
    assert english_sentences(printed) == []
    assert all(CJK.search(line) or not re.search(r"[A-Za-z]{4,} [A-Za-z]{4,}", line) for line in printed)


def test_the_demo_and_a_new_panel_speak_chinese(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    run = runner(monkeypatch, capsys, "zh_CN.UTF-8")
    code, lines = run("new", str(tmp_path / "n.dpanel"), "--ruleset", "taian-2021", "--title", "泰安")
    assert code == 0 and lines[0].startswith("已建立评审面板“泰安”")
    code, demo = run("demo", str(tmp_path / "demo"))
    assert code == 0 and demo[0] == "候选对象：4 个" and english_sentences(lines + demo) == []


def test_every_command_has_its_help_in_both_languages(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import argparse

    from app.cli import build_parser

    def commands(parser: argparse.ArgumentParser, prefix: str = "") -> list[str]:
        found = []
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    found += [prefix + name, *commands(sub, f"{prefix}{name}.")]
        return found

    names = commands(build_parser())
    assert len(names) > 35
    for language in ("zh_CN", "en"):
        missing = [n for n in names if f"cli.help.{n}" not in words.table(language)]
        assert missing == [], language
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    with pytest.raises(SystemExit):
        main(["--help"])
    shown = capsys.readouterr().out
    assert "建立评审面板文件" in shown and "案卷组成检查报告" in shown and "create a panel file" not in shown
