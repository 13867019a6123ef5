"""Core statements compiled once per dialect and run as driver statements, for the cashier's hot paths.

SQLAlchemy's Core compiles a statement once and caches it, but every execution still looks the
statement up in that cache, builds an execution context and type-processes each parameter through
generic machinery; on the checkout commit that was a third of the time SQLite itself takes. A
`Prepared` statement does the lookup and the choice of bind processors once per dialect and hands
the driver its SQL and parameters directly (`Connection.exec_driver_sql`), so engine events, and
the statement-counting tests, still see every statement. The column types still convert the
values (Money to minor units, datetimes to the dialect's form): nothing about the SQL changes.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, CursorResult, Dialect
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.expression import Executable

if TYPE_CHECKING:  # SQLAlchemy 2.1's result typing; annotations only, so 2.0 still imports this
    from sqlalchemy.util.typing import TupleAny, Unpack

Processor = Callable[[Any], Any]


@dataclass(frozen=True, slots=True)
class _Compiled:
    sql: str
    names: tuple[str, ...]  # parameter names in the driver's order; named styles use the same order
    positional: bool
    constants: dict[str, Any]  # values fixed in the statement itself (literals), already processed
    processors: dict[str, Processor]
    defaults: dict[str, Callable[[], Any]]  # Python-side column defaults (updated_at's onupdate=utc_now)

    def parameters(self, values: Mapping[str, Any]) -> Any:
        row = []
        for name in self.names:
            if name in self.constants:
                row.append(self.constants[name])
                continue
            value = values[name] if name in values or name not in self.defaults else self.defaults[name]()
            processor = self.processors.get(name)
            row.append(value if processor is None else processor(value))
        return tuple(row) if self.positional else dict(zip(self.names, row, strict=True))


class Prepared:
    """One Core statement, compiled on first use per dialect, executed with plain values."""

    def __init__(self, statement: Executable, *, columns: Sequence[str] | None = None) -> None:
        """`columns`: for a bare insert(table), the columns the caller gives values for (SQLAlchemy
        otherwise compiles an INSERT from the first execution's parameters)."""
        self._statement = statement
        self._columns = None if columns is None else list(columns)
        self._by_dialect: dict[str, _Compiled] = {}

    def execute(
        self, connection: Connection, values: Mapping[str, Any] | Sequence[Mapping[str, Any]]
    ) -> CursorResult[Unpack[TupleAny]]:
        """Run with one set of values, or as one executemany over a sequence of them."""
        compiled = self._for(connection.dialect)
        if isinstance(values, Mapping):
            return connection.exec_driver_sql(compiled.sql, compiled.parameters(values))
        return connection.exec_driver_sql(compiled.sql, [compiled.parameters(each) for each in values])

    def _for(self, dialect: Dialect) -> _Compiled:
        found = self._by_dialect.get(dialect.name)
        if found is None:
            found = self._by_dialect[dialect.name] = _compile(self._statement, self._columns, dialect)
        return found


def _compile(statement: Executable, columns: list[str] | None, dialect: Dialect) -> _Compiled:
    compiled = statement.compile(dialect=dialect, column_keys=columns)  # type: ignore[attr-defined]
    assert isinstance(compiled, SQLCompiler)
    if any(bind.expanding for bind in compiled.binds.values()):
        raise ValueError("Prepared statements take no IN-lists: their SQL changes with the list's length")
    positional = bool(compiled.positional)
    names = tuple(compiled.positiontup or ()) if positional else tuple(compiled.binds)
    processors: dict[str, Processor] = {}
    for name in names:
        bind = compiled.binds[name]
        converts = bind.type.dialect_impl(dialect).bind_processor(dialect)
        if converts is not None:
            processors[name] = converts
    # Anonymous binds are the statement's own literals ('draft', literal(None)); named
    # bindparam()s are the caller's values.
    constants = {}
    for name in names:
        bind = compiled.binds[name]
        if bind.unique:
            fixed = processors.get(name)
            constants[name] = bind.effective_value if fixed is None else fixed(bind.effective_value)
    defaults = _python_defaults(compiled)
    return _Compiled(str(compiled), names, positional, constants, processors, defaults)


def _python_defaults(compiled: SQLCompiler) -> dict[str, Callable[[], Any]]:
    """The column defaults SQLAlchemy computes in Python before running the statement
    (`default=` on INSERT, `onupdate=` on UPDATE), which a driver statement must compute itself."""
    found: dict[str, Callable[[], Any]] = {}
    for columns, attribute in ((compiled.insert_prefetch, "default"), (compiled.update_prefetch, "onupdate")):
        for column in columns:
            default = getattr(column, attribute)
            if default.is_scalar:
                found[column.key] = functools.partial(_same, default.arg)
            elif default.is_callable:
                # SQLAlchemy wraps a no-argument callable as fn(context); ours take no context.
                found[column.key] = functools.partial(default.arg, None)
            else:
                raise ValueError(f"Prepared statements cannot compute the default of {column}")
    return found


def _same(value: Any) -> Any:
    return value
