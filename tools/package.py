"""`python -m tools.package`: build the PyInstaller bundle (build.spec) and a Debian package from it.

    python -m tools.package                       bundle into dist/pos-app, then dist/pos-app_<v>_<arch>.deb
    python -m tools.package --no-bundle           repackage the bundle already in dist/pos-app
    python -m tools.package --version-suffix +rc2 a "newer" package of the same code (tests build one)

The .deb puts the bundle in /opt/pos-app, a /usr/bin/pos-app symlink, a menu entry and icons in
the hicolor theme. It never holds the shop's data: that lives in each user's data folder
(platformdirs: ~/.local/share/pos-app), so upgrading or removing the package leaves it alone,
and the app backs the database up and migrates it at its next start.

Windows (tools/packaging/windows/pos-app.iss) and macOS (the BUNDLE in build.spec) are built on
those systems; see tools/packaging/*/README.md.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "tools" / "packaging" / "debian"
BUNDLE_NAME = "pos-app"  # COLLECT's name in build.spec
INSTALL_DIR = "/opt/pos-app"
# What Qt's xcb platform loads from the system and PyInstaller does not bundle (OpenGL/EGL are
# the machine's drivers), plus the X libraries Qt 6.5+ requires (libxcb-cursor0 above all).
DEPENDS = (
    "libc6",
    "libegl1",
    "libgl1",
    "libfontconfig1",
    "libfreetype6",
    "libdbus-1-3",
    "libglib2.0-0 | libglib2.0-0t64",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-randr0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-xkb1",
)


def app_version() -> str:
    """pos_app.__version__, read from the source so the checkout being packaged decides."""
    text = (ROOT / "pos_app" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if found is None:
        raise SystemExit("pos_app/__init__.py has no __version__")
    return found.group(1)


def debian_version(version: str) -> str:
    """A PEP 440 version as Debian orders it: pre-releases sort before the release with "~",
    development releases before those with "~~" (0.2.0~~dev3 < 0.2.0~a1 < 0.2.0)."""
    version = re.sub(r"(?<=\d)\.?dev(?=\d|$)", "~~dev", version)
    return re.sub(r"(?<=\d)(a|b|rc)(?=\d|$)", r"~\1", version)


def architecture() -> str:
    return subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()


def build_bundle(dist: Path, work: Path) -> Path:
    """Run PyInstaller on build.spec from scratch (--clean) and return the bundle folder."""
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level=WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(ROOT / "build.spec"),
    ]
    started = time.monotonic()
    subprocess.run(command, cwd=ROOT, check=True)
    print(f"bundle built in {time.monotonic() - started:.0f} s", flush=True)
    return dist / BUNDLE_NAME


def folder_bytes(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() or p.is_symlink())


def targz_bytes(folder: Path, target: Path) -> int:
    """The size of the bundle as a .tar.gz (what a download of it would weigh)."""
    with tarfile.open(target, "w:gz") as archive:
        archive.add(folder, arcname=folder.name)
    return target.stat().st_size


def _copy_template(name: str, target: Path, mode: int, **fields: str) -> None:
    text = (TEMPLATES / name).read_text(encoding="utf-8")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text.format(**fields) if fields else text, encoding="utf-8")
    target.chmod(mode)


def stage_tree(bundle: Path, stage: Path, version: str, arch: str) -> None:
    """Lay out the package's files under `stage` exactly as they will land on the disk."""
    if stage.exists():
        shutil.rmtree(stage)
    opt = stage / INSTALL_DIR.lstrip("/")
    shutil.copytree(bundle, opt, symlinks=True)
    bin_dir = stage / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    # The bootloader finds _internal/ beside its real path (/proc/self/exe), so a symlink works.
    (bin_dir / "pos-app").symlink_to(f"{INSTALL_DIR}/pos-app")
    _copy_template("pos-app.desktop", stage / "usr/share/applications/pos-app.desktop", 0o644)

    sys.path.insert(0, str(ROOT))
    from tools.packaging.icons import PNG_SIZES, render_icons

    icons = render_icons(ROOT / "resources" / "icon.svg", stage.parent / "icons")
    for size in PNG_SIZES:
        target = stage / f"usr/share/icons/hicolor/{size}x{size}/apps/pos-app.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(icons[str(size)], target)
        target.chmod(0o644)
    scalable = stage / "usr/share/icons/hicolor/scalable/apps/pos-app.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(ROOT / "resources" / "icon.svg", scalable)
    scalable.chmod(0o644)

    for folder in [stage, *(p for p in stage.rglob("*") if p.is_dir() and not p.is_symlink())]:
        folder.chmod(0o755)  # whatever the umask of the build machine
    installed_kib = (folder_bytes(stage) + 1023) // 1024
    debian = stage / "DEBIAN"
    debian.mkdir(mode=0o755)
    _copy_template(
        "control.in",
        debian / "control",
        0o644,
        version=version,
        architecture=arch,
        installed_size=str(installed_kib),
        depends=", ".join(DEPENDS),
    )
    _copy_template("postinst", debian / "postinst", 0o755)
    _copy_template("postrm", debian / "postrm", 0o755)


def build_deb(stage: Path, target: Path, compression: str) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", f"-Z{compression}", "--build", str(stage), str(target)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return target


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m tools.package", description=__doc__.split("\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="build folder (default: build/)")
    parser.add_argument(
        "--no-bundle", action="store_true", help="reuse the bundle in DIST instead of building"
    )
    parser.add_argument("--no-deb", action="store_true", help="build the bundle only")
    versions = parser.add_mutually_exclusive_group()
    versions.add_argument("--version", help="the package's version instead of pos_app.__version__")
    versions.add_argument("--version-suffix", default="", help="appended to pos_app.__version__, e.g. +rc2")
    parser.add_argument(
        "--compression",
        choices=("xz", "gzip", "zstd", "none"),
        default="xz",
        help="dpkg-deb compression (default xz, what every dpkg reads; gzip is faster to build)",
    )
    parser.add_argument("--targz", action="store_true", help="also measure the bundle as a .tar.gz")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    dist, work = args.dist.resolve(), args.work.resolve()
    bundle = dist / BUNDLE_NAME
    if not args.no_bundle:
        bundle = build_bundle(dist, work / "pyinstaller")
    if not any((bundle / name).is_file() for name in ("pos-app", "pos-app.exe")):
        print(f"no bundle at {bundle}: build it first (without --no-bundle)", file=sys.stderr)
        return 1
    print(f"bundle: {bundle} ({megabytes(folder_bytes(bundle))} on disk)", flush=True)
    if args.targz:
        size = targz_bytes(bundle, work / f"{BUNDLE_NAME}.tar.gz")
        print(f"bundle as .tar.gz: {megabytes(size)}", flush=True)
    if args.no_deb:
        return 0
    if shutil.which("dpkg-deb") is None:
        print("dpkg-deb is not installed: no .deb built (apt-get install dpkg)", file=sys.stderr)
        return 1
    version = debian_version(args.version or app_version() + args.version_suffix)
    arch = architecture()
    stage = work / "deb" / "root"
    stage_tree(bundle, stage, version, arch)
    deb = build_deb(stage, dist / f"pos-app_{version}_{arch}.deb", args.compression)
    print(f"package: {deb} ({megabytes(deb.stat().st_size)})", flush=True)
    # The staged copy is as big as the bundle; nothing needs it once the .deb exists.
    shutil.rmtree(stage)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # the icons are drawn without a display
    sys.exit(main())
