"""The parts of planning shared by every kind of import: the plan's frame, rows as field values, refusals."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from operator import itemgetter
from pathlib import Path

from pos_app.domain.i18n import translate
from pos_app.services.import_files import CsvFile, CsvImportError
from pos_app.services.import_mapping import (
    IGNORE,
    FieldSpec,
    apply_choices,
    guess_mapping,
    mapping_problems,
    reasons_in_english,
)
from pos_app.services.import_plan import ImportPlan

# Conflicts named in one message; the rest are counted.
MAX_NAMED_CONFLICTS = 5


class ImportConflictError(CsvImportError):
    """The database changed since the preview in a way the plan cannot survive; nothing was written."""

    @classmethod
    def of(cls, what: str, conflicts: Sequence[tuple[int, str]]) -> ImportConflictError:
        """`what` is what changed as the message names it, already translated: "catalog"."""
        line_reason = translate("ImportConflictError", "line {line}: {reason}")
        named = "; ".join(
            line_reason.format(line=line, reason=reason) for line, reason in conflicts[:MAX_NAMED_CONFLICTS]
        )
        more = len(conflicts) - MAX_NAMED_CONFLICTS
        if more > 0:
            named += translate("ImportConflictError", "; and {count} more").format(count=f"{more:,}")
        return cls(
            translate(
                "ImportConflictError",
                "the {what} changed since the preview ({conflicts}); preview the file again",
            ).format(what=what, conflicts=named)
        )


def new_plan(
    kind: str, path: Path, csv_file: CsvFile, fields: tuple[FieldSpec, ...], choices: Mapping[int, str] | None
) -> ImportPlan:
    """An empty plan with the mapping worked out, and any problem with it."""
    mapping = apply_choices(guess_mapping(csv_file.header, fields), choices, fields)
    plan = ImportPlan(
        kind=kind,
        path=path,
        encoding=csv_file.encoding,
        delimiter=csv_file.delimiter,
        header=csv_file.header,
        fields=fields,
        mapping=mapping,
        chosen=dict(choices or {}),
        provided=frozenset(mapping),
    )
    plan.problems = mapping_problems(csv_file.header, mapping, fields, chosen=bool(choices))
    if not plan.problems and not csv_file.rows:
        plan.problems.append(translate("ImportRows", "the file has a header but no rows"))
    return plan


def mapped_rows(plan: ImportPlan, csv_file: CsvFile) -> Iterator[tuple[int, tuple[str, ...]]]:
    """Each well-formed row as its texts in the order of `plan.fields` ("" for a field no column gives).

    A row with the wrong number of fields, or with a value in an unnamed column the person did not
    choose to ignore, becomes an error of the plan instead.
    """
    width = len(plan.header)
    # A field no column gives reads the "" put after the row's last field.
    columns = [plan.mapping.index(spec.key) if spec.key in plan.mapping else width for spec in plan.fields]
    pick = itemgetter(*columns)
    # An unnamed column is ignored only while empty, unless the person chose "ignore" for it.
    unnamed = [
        index
        for index, (title, target) in enumerate(zip(plan.header, plan.mapping, strict=True))
        if not title and target == IGNORE and index not in plan.chosen
    ]
    key_column = columns[0]
    for line, fields in csv_file.rows:
        if len(fields) != width:
            hint = (
                translate("ImportRows", " (a value containing the separator must be in double quotes)")
                if len(fields) > width
                else ""
            )
            key = fields[key_column] if key_column < len(fields) else ""
            reason = translate(
                "ImportRows", "expected {expected} fields as in the header, found {found}"
            ).format(expected=width, found=len(fields))
            plan.add_error(line, reason + hint, key.strip())
            continue
        if unnamed:
            stray = next((fields[index] for index in unnamed if fields[index].strip()), None)
            if stray is not None:
                plan.add_error(
                    line,
                    translate("ImportRows", "value {value} is in a column without a name").format(
                        value=repr(_shorten(stray))
                    ),
                )
                continue
        yield line, pick([*fields, ""])


def refuse_unready(plan: ImportPlan) -> None:
    """Raise CsvImportError for a plan with problems or row errors (the command line's all-or-nothing)."""
    if plan.problems:
        raise CsvImportError("; ".join(plan.problems))
    if plan.error_count:
        first = plan.errors[0]
        errors = tuple((error.line, error.reason) for error in plan.errors)
        raise CsvImportError(first.reason, first.line, errors, plan.error_count)


def as_reason(message: str) -> str:
    """'Price must be…' reads as 'line 7: price must be…'; acronyms such as SKU keep their case.

    Only in English: in German a reason's first word is often a noun ("Preis muss…"), which
    keeps its capital.
    """
    if not reasons_in_english():
        return message
    if len(message) > 1 and message[0].isupper() and not message[1].isupper():
        return message[0].lower() + message[1:]
    return message


def _shorten(text: str, limit: int = 20) -> str:
    return text if len(text) <= limit else text[:limit] + "…"
