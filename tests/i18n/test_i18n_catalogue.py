"""The shipped German catalogue is complete and compiled: every message pyside6-lupdate finds in
pos_app has a finished translation in resources/i18n/pos_app_de.ts, and pos_app_de.qm is what
pyside6-lrelease makes of it."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from tools.i18n import CATALOGUE, COMPILED, lrelease, lupdate, python_sources, read_messages

pytestmark = pytest.mark.skipif(
    shutil.which("pyside6-lupdate") is None or shutil.which("pyside6-lrelease") is None,
    reason="PySide6's lupdate/lrelease are not installed",
)

PLACEHOLDER = re.compile(r"\{\w*\}")


def test_every_message_in_the_code_has_a_german_translation(tmp_path: Path) -> None:
    extracted = tmp_path / "extracted.ts"
    lupdate(python_sources(), extracted)
    in_code = {(message.context, message.source) for message in read_messages(extracted)}
    assert len(in_code) > 300, "lupdate found too few messages: is translate() still recognised?"
    translated = {
        (message.context, message.source): message.translation
        for message in read_messages(CATALOGUE)
        if message.translation is not None
    }
    missing = sorted(in_code - translated.keys())
    assert not missing, (
        f"{len(missing)} messages without a German translation (python -m tools.i18n check):\n"
        + ("\n".join(f"  [{context}] {source!r}" for context, source in missing))
    )


def test_translations_keep_placeholders_and_accelerators() -> None:
    for message in read_messages(CATALOGUE):
        if message.translation is None:
            continue
        where = f"[{message.context}] {message.source!r}"
        assert sorted(PLACEHOLDER.findall(message.translation)) == sorted(
            PLACEHOLDER.findall(message.source)
        ), where
        assert message.translation.count("&") == message.source.count("&"), where


def test_the_committed_qm_is_the_compiled_ts(tmp_path: Path) -> None:
    compiled = tmp_path / "pos_app_de.qm"
    lrelease(CATALOGUE, compiled)
    assert compiled.read_bytes() == COMPILED.read_bytes(), (
        "run python -m tools.i18n release and commit the .qm"
    )
