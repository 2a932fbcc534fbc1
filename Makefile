# Everything a fresh machine with Python 3.11+ and make needs: the targets build their own venv.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
DEMO_DIR ?= demo-panel

.PHONY: venv test lint typecheck unit demo bench screenshots xvfb translations clean

# constraints.txt pins every package (direct and transitive) to the versions the suite was run with.
$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

venv: $(STAMP)

# The whole suite: lint, types, then tests (core without Qt, ui offscreen).
test: $(STAMP) lint typecheck unit

unit: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# resources/translations/*.ts -> *.qm (Qt's lrelease from PySide6)
translations: $(STAMP)
	$(BIN)/python scripts/build_translations.py

lint: $(STAMP)
	$(BIN)/ruff check app tests bench scripts installer
	$(BIN)/ruff format --check app tests bench scripts installer

typecheck: $(STAMP)
	$(BIN)/mypy

# Builds the demo panel (rebuilt from scratch), prints its ranked results, then opens the reviewer's
# window on it as expert E1 where there is a screen.
demo: $(STAMP) translations
	$(BIN)/dossier-panel demo $(DEMO_DIR) --force | tee $(VENV)/demo.out
	$(BIN)/dossier-panel results "$$(tail -n 1 $(VENV)/demo.out)"
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ] || [ "$$(uname)" = Darwin ]; then \
		$(BIN)/dossier-panel gui "$$(tail -n 1 $(VENV)/demo.out)" --reviewer E1; \
	else echo "(no screen here: the window opens with 'make demo' on a desktop)"; fi

# The real window under a virtual screen (Xvfb), PNGs into docs/screenshots/.
screenshots: $(STAMP) xvfb
	xvfb-run -a -s "-screen 0 1920x1080x24" $(BIN)/python scripts/screenshots.py

# Qt's xcb plugin needs the xcb helper libraries beside libxcb-cursor0 (a bare Debian has none of them).
XCB_LIBS := libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0 libegl1 libgl1
# System packages only the screenshot target needs: a virtual X server and a Chinese font.
xvfb:
	@(command -v xvfb-run >/dev/null 2>&1 && dpkg -s $(XCB_LIBS) >/dev/null 2>&1) || (apt-get update -qq && apt-get install -y -qq xvfb xauth $(XCB_LIBS))
	@fc-list :lang=zh 2>/dev/null | grep -q . || (apt-get update -qq && apt-get install -y -qq fonts-noto-cjk)

bench: $(STAMP)
	for f in bench/bench_*.py; do $(BIN)/python $$f || exit 1; done

clean:
	rm -rf $(VENV) $(DEMO_DIR) build dist *.egg-info

# The Linux bundle: PyInstaller (one folder) into dist/dossier-panel/, the tarball beside it, then the
# smoke test. Windows: the same spec on Windows, then installer/windows/dossier_panel.iss (docs/install.md).
.PHONY: dist dist-smoke
DIST_STAMP := $(VENV)/.dist-stamp

$(DIST_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dist]'
	touch $(DIST_STAMP)

dist: $(DIST_STAMP) translations
	$(BIN)/pyinstaller installer/dossier_panel.spec --noconfirm --clean --distpath dist --workpath build
	PYTHON=$(BIN)/python installer/linux/build_tarball.sh
	$(MAKE) dist-smoke

# Starts the built program offscreen: demo, package, open it as the reviewer, score, quit, reopen.
dist-smoke: $(STAMP)
	$(BIN)/python scripts/smoke_test_bundle.py
