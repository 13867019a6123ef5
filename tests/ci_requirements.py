"""One rule for tests that need something outside Python (a tool, a server, root): skip where it is
missing, but fail under CI (CI=true), where .ci/run installs it and a skip would hide a failure."""

from __future__ import annotations

import os

import pytest


def require(available: bool, what: str, ci_remedy: str, *, local_hint: str = "") -> None:
    """Return when `available`; otherwise fail in CI ("what; ci_remedy") or skip ("what local_hint")."""
    if available:
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"{what}; {ci_remedy}")
    pytest.skip(f"{what} {local_hint}".rstrip())
