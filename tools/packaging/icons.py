"""Application icons rendered from resources/icon.svg with Qt, at build time (nothing binary is committed).

One SVG is the source of truth; PyInstaller wants a .ico on Windows and a .icns on macOS, and
the freedesktop icon theme wants PNGs in fixed sizes. Qt's own image plugins write all three
(qico and qicns ship with PySide6-Essentials), so no other tool is needed.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QGuiApplication, QImage

# The sizes the hicolor theme has folders for that desktops actually ask for.
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def _application() -> QGuiApplication:
    """A QGuiApplication (offscreen unless a platform is set): QSvgRenderer needs one for painting."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    existing = QGuiApplication.instance()
    return existing if isinstance(existing, QGuiApplication) else QGuiApplication(["pos-app-icons"])


def render_png(svg: Path, size: int) -> QImage:
    """The SVG drawn on a transparent size x size QImage."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _application()
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def _write(image: QImage, path: Path, fmt: str) -> Path:
    from PySide6.QtGui import QImageWriter

    path.parent.mkdir(parents=True, exist_ok=True)
    writer = QImageWriter(str(path), fmt.encode())
    if not writer.write(image):
        raise RuntimeError(f"could not write {path}: {writer.errorString()}")
    return path


def render_icons(svg: Path, out_dir: Path) -> dict[str, Path]:
    """Write pos-app-<size>.png for every PNG_SIZES, pos-app.ico (256 px) and pos-app.icns (512 px).

    Returns {"png": the 256 px PNG, "ico": ..., "icns": ..., "<size>": each PNG}.
    """
    written: dict[str, Path] = {}
    for size in PNG_SIZES:
        written[str(size)] = _write(render_png(svg, size), out_dir / f"pos-app-{size}.png", "png")
    written["png"] = written["256"]
    # Windows scales a single 256 px image down well; Qt's ico writer writes one image per file.
    written["ico"] = _write(render_png(svg, 256), out_dir / "pos-app.ico", "ico")
    written["icns"] = _write(render_png(svg, 512), out_dir / "pos-app.icns", "icns")
    return written
