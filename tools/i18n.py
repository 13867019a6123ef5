"""The German catalogue's round trip: extract, check, merge parts, compile.

    python -m tools.i18n update            pyside6-lupdate over pos_app into resources/i18n/pos_app_de.ts
                                           (translations kept; messages no longer in the code dropped)
    python -m tools.i18n check             exit 1, listing every message without a finished translation
    python -m tools.i18n merge PART.ts...  copy the finished translations of part files into pos_app_de.ts,
                                           matched by (context, source); then `update` and `check`
    python -m tools.i18n release           pyside6-lrelease: resources/i18n/pos_app_de.ts -> pos_app_de.qm

Every user-visible string in pos_app goes through pos_app.domain.i18n.translate("Context", "Source"),
which pyside6-lupdate finds like Qt's own translate calls; see docs/ARCHITECTURE.md, Translations.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "pos_app"
I18N = ROOT / "resources" / "i18n"
LANGUAGE = "de"
CATALOGUE = I18N / f"pos_app_{LANGUAGE}.ts"
COMPILED = I18N / f"pos_app_{LANGUAGE}.qm"


@dataclass(frozen=True, slots=True)
class Message:
    context: str
    source: str
    translation: str | None  # None: missing or unfinished


def python_sources(root: Path = SOURCES) -> list[Path]:
    """Every .py file of the package, in a stable order (lupdate's input)."""
    return sorted(path for path in root.rglob("*.py") if "__pycache__" not in path.parts)


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (it ships {name})")
    return found


def lupdate(sources: Iterable[Path], target: Path) -> None:
    """Extract the messages of `sources` into `target`, keeping the translations it already has."""
    target.parent.mkdir(parents=True, exist_ok=True)
    command = [_tool("pyside6-lupdate"), *map(str, sources), "-ts", str(target)]
    options = ["-no-obsolete", "-locations", "none", "-target-language", f"{LANGUAGE}_DE", "-silent"]
    subprocess.run([*command, *options], check=True)


def lrelease(source: Path, target: Path) -> None:
    """Compile `source` (.ts) into `target` (.qm)."""
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(target)], check=True)


def read_messages(path: Path) -> list[Message]:
    """Every message of a .ts file; a translation counts only when finished and not empty."""
    messages = []
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            element = message.find("translation")
            finished = element is not None and element.get("type") not in (
                "unfinished",
                "obsolete",
                "vanished",
            )
            text = element.text if element is not None and finished else None
            messages.append(Message(name, source, text or None))
    return messages


def untranslated(path: Path) -> list[Message]:
    return [message for message in read_messages(path) if message.translation is None]


def merge(parts: Sequence[Path], target: Path = CATALOGUE, *, extract: bool = True) -> int:
    """Copy the finished translations of `parts` into `target` by (context, source); returns how many.

    With `extract`, `target` is first brought up to date with the code (`update`), so it ends up
    with exactly the code's messages. Messages of a part that `target` does not have are added
    (without `extract`) or, when the code no longer has them, left out.
    """
    if extract:
        lupdate(python_sources(), target)
    translations: dict[tuple[str, str], str] = {}
    for part in parts:
        for message in read_messages(part):
            if message.translation is not None:
                translations[(message.context, message.source)] = message.translation
    if target.exists():
        tree = ElementTree.parse(target)
    else:
        tree = ElementTree.ElementTree(
            ElementTree.Element(
                "TS", {"version": "2.1", "language": f"{LANGUAGE}_DE", "sourcelanguage": "en"}
            )
        )
    root = tree.getroot()
    contexts = {context.findtext("name") or "": context for context in root.iter("context")}
    copied = 0
    seen: set[tuple[str, str]] = set()
    for context_name, context in contexts.items():
        for element in context.iter("message"):
            key = (context_name, element.findtext("source") or "")
            seen.add(key)
            if key in translations:
                _set_translation(element, translations[key])
                copied += 1
    for (context_name, source), text in sorted(translations.items()):
        if (context_name, source) in seen or extract:
            continue
        holder = contexts.get(context_name)
        if holder is None:
            holder = ElementTree.SubElement(root, "context")
            ElementTree.SubElement(holder, "name").text = context_name
            contexts[context_name] = holder
        added = ElementTree.SubElement(holder, "message")
        ElementTree.SubElement(added, "source").text = source
        _set_translation(added, text)
        copied += 1
    ElementTree.indent(tree)
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")
    return copied


def _set_translation(message: ElementTree.Element, text: str) -> None:
    element = message.find("translation")
    if element is None:
        element = ElementTree.SubElement(message, "translation")
    element.attrib.pop("type", None)
    element.text = text


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.i18n", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("update", help="extract the messages of pos_app into pos_app_de.ts")
    commands.add_parser("check", help="exit 1 when a message has no finished translation")
    commands.add_parser("release", help="compile pos_app_de.ts into pos_app_de.qm")
    merging = commands.add_parser("merge", help="copy translations from part .ts files into pos_app_de.ts")
    merging.add_argument("parts", nargs="+", type=Path)
    args = parser.parse_args(argv)
    if args.command == "update":
        lupdate(python_sources(), CATALOGUE)
        print(f"{CATALOGUE.relative_to(ROOT)}: {len(read_messages(CATALOGUE))} messages")
        return 0
    if args.command == "check":
        missing = untranslated(CATALOGUE) if CATALOGUE.exists() else []
        if not CATALOGUE.exists():
            print(f"{CATALOGUE.relative_to(ROOT)} does not exist: run `python -m tools.i18n update`")
            return 1
        for message in missing:
            print(f"untranslated: [{message.context}] {message.source!r}")
        total = len(read_messages(CATALOGUE))
        print(f"{total - len(missing)} of {total} messages translated")
        return 1 if missing else 0
    if args.command == "merge":
        copied = merge(args.parts)
        print(f"{copied} translations merged into {CATALOGUE.relative_to(ROOT)}")
        return 0
    lrelease(CATALOGUE, COMPILED)
    print(f"{COMPILED.relative_to(ROOT)} written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
