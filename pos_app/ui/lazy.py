"""Start-up imports only what the first screen needs: heavy modules load when first used.

Printing (QtPrintSupport, the PDF writer, barcodes), report exports, charts and the audit trail
are imported by the widget that needs them, the first time it needs them; a window that never
prints never pays for printing. `lazy_class("module", "Name")` gives a callable that builds
`module.Name(...)`, importing the module on the first call, for code that wants a factory now
(tests/hotpaths/test_startup_imports.py checks what start-up leaves out).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any


def lazy_class(module: str, name: str) -> Callable[..., Any]:
    """A factory for `module.name` that imports `module` only when first called."""

    def build(*args: Any, **kwargs: Any) -> Any:
        return getattr(importlib.import_module(module), name)(*args, **kwargs)

    build.__qualname__ = build.__name__ = f"lazy {module}.{name}"
    return build
