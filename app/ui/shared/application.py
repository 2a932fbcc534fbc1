"""The application both windows run in: QApplication, the Chinese UI font and the translations.

Simplified Chinese is the default; English is chosen in Help ▸ Language and takes effect at the next
start. The font is the platform's Chinese UI face (Microsoft YaHei on Windows, Noto Sans CJK or
WenQuanYi on Linux), never a Latin-only one.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication

from app import paths, words
from app.ui.shared.settings import UiSettings

CHINESE_UI_FONTS = (
    "Microsoft YaHei UI",
    "Microsoft YaHei",
    "PingFang SC",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Source Han Sans CN",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Droid Sans Fallback",
)
MIN_POINT_SIZE = 9.0
TRANSLATION_BASE = "dossier_panel"


def resource_dir() -> Path:
    return paths.resources_dir()  # beside the code, or inside the PyInstaller bundle


def translations_dir() -> Path:
    return resource_dir() / "translations"


def chinese_font_family() -> str | None:
    """The first Chinese UI face installed, else any sans face that covers Simplified Chinese."""
    installed = set(QFontDatabase.families())
    for name in CHINESE_UI_FONTS:
        if name in installed:
            return name
    chinese = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    sans = [f for f in chinese if "sans" in f.lower() or "hei" in f.lower()]
    found = sans or chinese
    return found[0] if found else None


def apply_font(app: QApplication) -> QFont:
    font = QFont(app.font())
    family = chinese_font_family()
    if family:
        font.setFamilies([family, *[f for f in font.families() if f != family]])
    if font.pointSizeF() < MIN_POINT_SIZE:
        font.setPointSizeF(MIN_POINT_SIZE)
    app.setFont(font)
    return font


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Chinese: Qt's own strings (buttons, undo texts) and ours; English needs none (the source). The
    words tables (``app.words``: error messages, the domain's vocabulary) follow the same choice."""
    words.use_language(language)
    if language != "zh_CN":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return []
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    installed = []
    sources = (
        ("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        (f"{TRANSLATION_BASE}_zh_CN", str(translations_dir())),
        ("chair_zh_CN", str(translations_dir())),  # the chair's window (app/ui/chair)
    )
    for name, folder in sources:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def create_application(argv: Sequence[str] | None = None, language: str | None = None) -> QApplication:
    """The one QApplication, with font and translations (a second call returns the first)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication(list(argv or sys.argv[:1]))
    # Every window, not only those with a PDF view: PySide6 6.12.0 on Python 3.11 would abort the
    # interpreter after a few thousand Qt calls (pyproject excludes it; a bundle built elsewhere may not).
    from app.ui.shared.qt_bridge import guard_against_pyside_refcount_leaks

    guard_against_pyside_refcount_leaks()
    app.setApplicationName("Dossier Panel")
    app.setOrganizationName("dossier-panel")
    apply_font(app)
    install_translators(app, language or UiSettings().language)
    app.setApplicationDisplayName(app.translate("App", "Dossier Panel"))
    return app
