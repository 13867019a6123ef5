"""The svc part's German catalogue covers every message its files pass to translate().

pyside6-lupdate extracts the messages from the files afresh; each must have a finished German
translation in resources/i18n/pos_app_de.ts with the same {placeholders}.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SVC_TS = ROOT / "resources" / "i18n" / "pos_app_de.ts"
# The money and locale modules of pos_app/domain belong to another part's catalogue.
NOT_OURS = {"i18n.py", "money.py", "currency.py", "locale_format.py"}


def svc_files() -> list[Path]:
    files = [path for path in (ROOT / "pos_app" / "domain").glob("*.py") if path.name not in NOT_OURS]
    for folder in ("services", "receipts", "db"):
        files += sorted((ROOT / "pos_app" / folder).glob("*.py"))
    return [*files, ROOT / "pos_app" / "startup.py", ROOT / "pos_app" / "instance_lock.py"]


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def test_every_message_has_a_german_translation(tmp_path: Path):
    lupdate = shutil.which("pyside6-lupdate")
    assert lupdate is not None, "pyside6-lupdate (from PySide6) is needed to extract the messages"
    fresh = tmp_path / "check-svc.ts"
    subprocess.run(
        [lupdate, *map(str, svc_files()), "-ts", str(fresh), "-no-obsolete"], check=True, capture_output=True
    )
    extracted = messages(fresh)
    assert len(extracted) > 200  # the sweep's messages: an empty extraction means lupdate saw nothing
    catalogue = messages(SVC_TS)
    untranslated = []
    for key in extracted:
        message = catalogue.get(key)
        translation = None if message is None else message.find("translation")
        if translation is None or not translation.text or translation.get("type") == "unfinished":
            untranslated.append(key)
            continue
        assert set(re.findall(r"{\w+}", key[1])) == set(re.findall(r"{\w+}", translation.text)), key
    assert untranslated == []
