"""The application: QApplication, the Chinese UI font, translations, and ``run`` for the command line.

Simplified Chinese is the default; English is chosen in Help ▸ Language and takes effect at the next
start. The font is the platform's Chinese UI face (Microsoft YaHei on Windows, Noto Sans CJK or
WenQuanYi on Linux), never a Latin-only one.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from app import paths, words
from app.ui.opening import Opened, export_function, open_for_review
from app.ui.reviewer_window import ReviewerWindow
from app.ui.session import ReviewSession
from app.ui.settings import UiSettings
from app.ui.tasks import TaskRunner

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

PdfFactory = Callable[[QWidget | None], QWidget]


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
    from app.ui.qt_bridge import guard_against_pyside_refcount_leaks

    guard_against_pyside_refcount_leaks()
    app.setApplicationName("Dossier Panel")
    app.setOrganizationName("dossier-panel")
    apply_font(app)
    install_translators(app, language or UiSettings().language)
    app.setApplicationDisplayName(app.translate("App", "Dossier Panel"))
    return app


def default_pdf_view(parent: QWidget | None = None) -> QWidget:
    from app.ui.pdf_view import PdfView

    return PdfView(parent)


def build_window(
    session: ReviewSession,
    opened: Opened,
    settings: UiSettings,
    pdf_factory: PdfFactory = default_pdf_view,
) -> ReviewerWindow:
    window = ReviewerWindow(
        session,
        settings,
        pdf_factory(None),
        source=opened.path,
        export=export_function(opened.is_workspace),
    )
    settings.set_last_opened(opened.path, session.reviewer.id)
    return window


def run(path: str | None = None, reviewer: str | None = None, argv: Sequence[str] | None = None) -> int:
    """Start the reviewer's window; returns the exit status."""
    from app import logs
    from app.ui import crash_handler

    logs.setup_logging()
    app = create_application(argv)
    crash_handler.install(app)
    settings = UiSettings()
    if path is None:
        last = settings.last_opened()
        if last is not None and Path(last[0]).exists():
            path, reviewer = last[0], reviewer or last[1]
        else:
            path, _ = QFileDialog.getOpenFileName(
                None,
                app.translate("App", "Open a panel or workspace"),
                "",
                app.translate("App", "Panels (*.dpanel)"),
            )
            if not path:
                return 1
    runner = TaskRunner()
    windows: list[ReviewerWindow] = []
    status = [0]

    launchers: list[Any] = []

    def open_other(path: Path) -> None:
        """File ▸ Open… in a window started here: the launcher opens the file in its role."""
        from app.ui.launcher import Launcher

        if not launchers:
            launcher = Launcher(settings)
            launcher.failed.connect(
                lambda text: QMessageBox.warning(None, app.applicationDisplayName(), text)
            )
            launchers.append(launcher)
        launchers[0].open_path(path)

    def ready(session: ReviewSession, opened: Opened) -> None:
        window = build_window(session, opened, settings)
        window.open_requested.connect(open_other)
        windows.append(window)
        window.show()
        window.start()

    def failed(text: str) -> None:
        QMessageBox.critical(None, app.translate("App", "Dossier Panel"), text)
        status[0] = 2
        app.quit()

    open_for_review(path, reviewer, runner, on_ready=ready, on_error=failed)
    code = app.exec()
    runner.shutdown()
    for window in windows:
        window.session.panel.close()
    return status[0] or code
