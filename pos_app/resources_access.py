"""Reading the files in pos_app.resources, wherever the package is installed or frozen."""

from __future__ import annotations

from importlib.resources import files


def resource_text(name: str) -> str:
    return files("pos_app.resources").joinpath(name).read_text(encoding="utf-8")


def resource_bytes(name: str) -> bytes:
    return files("pos_app.resources").joinpath(name).read_bytes()
