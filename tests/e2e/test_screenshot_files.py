"""The README's screenshots are real pictures of the app: every one listed exists, none is blank.

docs/screenshots/capture.py makes them from the real window under Xvfb (slow, so not run here);
this fast check catches a picture the README shows but nobody generated, a black or one-colour
grab, a cut-off or absurdly sized one, and stale files capture.py no longer writes.
"""

from __future__ import annotations

import importlib.util
import re
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtGui import QImage

REPO_ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = REPO_ROOT / "docs" / "screenshots"
README = REPO_ROOT / "README.md"


def _capture_script() -> ModuleType:
    """docs/screenshots/capture.py as a module (it imports only the standard library at the top)."""
    spec = importlib.util.spec_from_file_location("screenshot_capture", SCREENSHOTS / "capture.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


CAPTURED = sorted(_capture_script().SCREENS)
# `capture.py --locale de_DE` writes the same set into a folder per language (docs/screenshots/de/).
LANGUAGES = sorted(
    folder.name for folder in SCREENSHOTS.iterdir() if folder.is_dir() and len(folder.name) == 2
)
PICTURES = CAPTURED + [f"{language}/{name}" for language in LANGUAGES for name in CAPTURED]


def _readme_pictures() -> list[str]:
    return sorted(set(re.findall(r"docs/screenshots/([\w/-]+)\.png", README.read_text(encoding="utf-8"))))


def test_the_readme_shows_screenshots_and_each_one_is_made_by_capture_py():
    listed = _readme_pictures()
    assert listed, "the README shows no screenshot"
    assert set(listed) <= set(PICTURES), f"not made by capture.py: {sorted(set(listed) - set(PICTURES))}"
    for name in listed:
        assert (SCREENSHOTS / f"{name}.png").is_file(), f"the README shows {name}.png, which is missing"


def test_every_png_in_the_folder_is_one_capture_py_writes():
    present = sorted(path.stem for path in SCREENSHOTS.glob("*.png"))
    assert present == CAPTURED
    for language in LANGUAGES:
        assert sorted(path.stem for path in (SCREENSHOTS / language).glob("*.png")) == CAPTURED, language


@pytest.mark.parametrize("name", PICTURES)
def test_each_screenshot_is_a_real_picture_of_sensible_size(name):
    image = QImage(str(SCREENSHOTS / f"{name}.png"))
    assert not image.isNull(), f"{name}.png is not a readable image"
    assert 400 <= image.width() <= 2000, f"{name}.png is {image.width()} pixels wide"
    assert 300 <= image.height() <= 1400, f"{name}.png is {image.height()} pixels high"

    # Nearest-neighbour scaling keeps the exact colours while sampling 200 pixels across.
    sample = image.scaledToWidth(200).convertToFormat(QImage.Format.Format_RGB32)
    colours = Counter(
        sample.pixel(x, y) & 0xFFFFFF for x in range(sample.width()) for y in range(sample.height())
    )
    pixels = sample.width() * sample.height()
    assert len(colours) >= 8, f"{name}.png has only {len(colours)} colours"
    assert colours.most_common(1)[0][1] < 0.995 * pixels, f"{name}.png is nearly one colour"
    assert colours[0x000000] < 0.5 * pixels, f"{name}.png is mostly black"
