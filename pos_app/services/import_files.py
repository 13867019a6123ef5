"""Reading an import file: the bytes, their encoding, the separator, and numbered CSV rows.

Shops hand over what their spreadsheet or old till wrote: "CSV UTF-8" (with or without a
byte-order mark), or an older "CSV" export in Windows-1252, the usual code page of Western
European Windows. UTF-8 is tried first: it is strict, so text in Windows-1252 with any accented
letter fails it, while plain ASCII reads the same either way. The preview names the encoding used.

Only whole-file problems raise CsvImportError here (unreadable, empty, not text, broken quoting
that leaves the rest of the file unreadable); problems of one row are reported per row later.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pos_app.domain.i18n import translate

# 100k items take about 6 MB; far beyond that the file is more likely a mistake than a
# catalog, and reading it whole would only cost memory before the first error shows.
MAX_FILE_BYTES = 64 * 1024 * 1024

UTF8 = "UTF-8"
UTF8_BOM = "UTF-8 with BOM"
CP1252 = "Windows-1252"

_DELIMITERS = (",", ";", "\t")
DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab"}


class CsvImportError(Exception):
    """The file cannot be imported; nothing was written. `line` is None for whole-file problems.

    When the file was refused for its rows, `errors` lists them as (line, reason), the first being
    `line`/`reason`, up to import_plan.MAX_LISTED_ERRORS, and `error_count` counts them all.
    """

    def __init__(
        self,
        reason: str,
        line: int | None = None,
        errors: tuple[tuple[int, str], ...] = (),
        error_count: int | None = None,
    ) -> None:
        super().__init__(
            reason
            if line is None
            else translate("CsvImportError", "line {line}: {reason}").format(line=line, reason=reason)
        )
        self.line = line
        self.reason = reason
        self.errors = errors or (((line, reason),) if line is not None else ())
        self.error_count = len(self.errors) if error_count is None else error_count


@dataclass(frozen=True, slots=True)
class CsvFile:
    """A file read whole: how it was decoded and split, its header, and its non-blank rows."""

    encoding: str
    delimiter: str
    header: tuple[str, ...]
    rows: list[tuple[int, list[str]]]  # (line the row starts on, fields); may be empty


def read_csv_file(path: Path) -> CsvFile:
    """Read `path` as CSV; raises CsvImportError for a file that cannot be read at all."""
    text, encoding = _read_text(path)
    if not text.strip():
        raise CsvImportError(translate("ImportFiles", "the file is empty"))
    delimiter = _guess_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    numbered = _numbered_rows(reader)
    first = next(numbered, None)
    if first is None:
        raise CsvImportError(translate("ImportFiles", "the file is empty"))
    rows = list(numbered)
    return CsvFile(encoding, delimiter, tuple(field.strip() for field in first[1]), rows)


def _read_text(path: Path) -> tuple[str, str]:
    limit = MAX_FILE_BYTES
    try:
        size = path.stat().st_size
        if size > limit:
            raise CsvImportError(
                translate(
                    "ImportFiles",
                    "the file is too large ({size} MB, at most {limit} MB); split it into smaller files",
                ).format(size=f"{size / 1_048_576:,.1f}", limit=limit // 1_048_576)
            )
        data = path.read_bytes()
    except OSError as error:
        raise CsvImportError(
            translate("ImportFiles", "cannot read the file ({reason})").format(reason=error.strerror or error)
        ) from None
    text, encoding = decode(data)
    # Some Python versions' csv module pass NUL through; it is never part of a name or a code.
    nul = text.find("\x00")
    if nul >= 0:
        raise CsvImportError(
            translate("ImportFiles", "the file contains a NUL character: it is not a CSV text file"),
            _line_at(text, nul),
        )
    return text, encoding


def decode(data: bytes) -> tuple[str, str]:
    """The text of `data` and the encoding that read it: UTF-8 (± BOM), else Windows-1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), UTF8_BOM
        except UnicodeDecodeError as error:
            # A BOM promises UTF-8: a bad byte after it is damage, not another encoding.
            raise _not_text(
                data, error.start + 3, translate("ImportFiles", "the file is marked as UTF-8 but is not")
            ) from None
    try:
        return data.decode("utf-8"), UTF8
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), CP1252
    except UnicodeDecodeError as error:
        # Five bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) mean nothing in Windows-1252.
        raise _not_text(
            data, error.start, translate("ImportFiles", "the file is neither UTF-8 nor Windows-1252 text")
        ) from None


def _not_text(data: bytes, offset: int, what: str) -> CsvImportError:
    line = data[:offset].count(b"\n") + 1
    return CsvImportError(
        translate(
            "ImportFiles",
            "{problem} (byte {byte} cannot be read); save it from the spreadsheet as “CSV UTF-8”",
        ).format(problem=what, byte=f"0x{data[offset]:02X}"),
        line,
    )


def _line_at(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _guess_delimiter(text: str) -> str:
    # Spreadsheets in comma-decimal locales write ';'; the header names contain none of these.
    first_line = re.split(r"[\r\n]", text.lstrip("\r\n"), maxsplit=1)[0]
    return max(_DELIMITERS, key=first_line.count)


def _numbered_rows(reader: Any) -> Iterator[tuple[int, list[str]]]:
    """Non-blank rows with the line on which each starts; csv errors become CsvImportErrors.

    Broken quoting ends the file: the reader cannot tell where the next row starts.
    """
    ended_on = 0
    try:
        for fields in reader:
            starts_on = ended_on + 1
            ended_on = reader.line_num
            if "".join(fields).strip():
                yield starts_on, fields
    except csv.Error as error:
        raise CsvImportError(
            translate("ImportFiles", "the row cannot be read as CSV ({reason})").format(reason=error),
            reader.line_num,
        ) from None
