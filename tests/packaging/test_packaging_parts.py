"""The fast parts of packaging, without building anything: Debian versions, icons, the translation check."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from pos_app.selftest import _german_translation
from tools.package import DEPENDS, debian_version
from tools.packaging.icons import PNG_SIZES, render_icons

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("pep440", "debian"),
    [
        ("0.1.0", "0.1.0"),
        ("0.1.0+upgradetest1", "0.1.0+upgradetest1"),
        ("0.2.0a1", "0.2.0~a1"),
        ("0.2.0.dev3", "0.2.0~~dev3"),
        ("0.2.0a1.dev2", "0.2.0~a1~~dev2"),
        ("1.0rc2", "1.0~rc2"),
    ],
)
def test_debian_version_keeps_releases_and_sorts_pre_releases_first(pep440, debian):
    assert debian_version(pep440) == debian


@pytest.mark.skipif(shutil.which("dpkg") is None, reason="dpkg is not installed")
@pytest.mark.parametrize(
    ("older", "newer"),
    [
        ("0.1.0", "0.1.0+upgradetest1"),
        ("0.2.0a1", "0.2.0"),
        ("0.2.0.dev3", "0.2.0a1"),
        ("0.2.0a1.dev2", "0.2.0a1"),
        ("0.2.0b1", "0.2.0rc1"),
        ("0.1.0", "0.2.0rc1"),
    ],
)
def test_dpkg_orders_the_versions_as_pip_does(older, newer):
    compared = subprocess.run(
        ["dpkg", "--compare-versions", debian_version(older), "lt", debian_version(newer)], check=False
    )
    assert compared.returncode == 0, f"{older} should sort before {newer}"


def test_depends_names_the_library_qt_xcb_cannot_start_without():
    assert "libxcb-cursor0" in DEPENDS
    assert all("," not in entry for entry in DEPENDS)  # one package (or alternatives) per entry


def test_icons_are_drawn_from_the_svg_in_every_format(tmp_path, qapp):
    from PySide6.QtGui import QImage

    icons = render_icons(ROOT / "resources" / "icon.svg", tmp_path)
    for size in PNG_SIZES:
        image = QImage(str(icons[str(size)]))
        assert (image.width(), image.height()) == (size, size)
        # The middle of the icon is the till's green body, not transparency.
        assert image.pixelColor(size // 2, size * 3 // 4).alpha() == 255
    assert icons["ico"].read_bytes()[:4] == b"\x00\x00\x01\x00"  # ICONDIR, type 1 (icon)
    assert icons["icns"].read_bytes()[:4] == b"icns"


def _compiled_catalogue(folder: Path) -> Path:
    source = folder / "pos_app_de.ts"
    source.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="de_DE">\n'
        "<context><name>SellScreen</name><message><source>Pay</source>"
        "<translation>Bezahlen</translation></message></context>\n</TS>\n",
        encoding="utf-8",
    )
    target = folder / "pos_app_de.qm"
    lrelease = shutil.which("pyside6-lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    subprocess.run([lrelease, str(source), "-qm", str(target)], check=True, capture_output=True)
    return target


def test_translation_check_passes_on_a_real_catalogue(tmp_path, qapp):
    _compiled_catalogue(tmp_path)
    check = _german_translation(tmp_path)
    assert check is not None
    assert check() is True


def test_translation_check_fails_on_a_damaged_catalogue(tmp_path, qapp):
    (tmp_path / "pos_app_de.qm").write_bytes(b"not a Qt catalogue")
    check = _german_translation(tmp_path)
    assert check is not None
    assert check() is False


def test_translation_check_fails_when_the_folder_has_no_catalogue(tmp_path, qapp):
    check = _german_translation(tmp_path)
    assert check is not None
    with pytest.raises(FileNotFoundError):
        check()


def test_no_translation_folder_means_no_translation_check(tmp_path):
    assert _german_translation(tmp_path / "i18n") is None
