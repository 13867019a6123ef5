"""pos_app: a desktop point-of-sale application for small shops.

The version below is the single source of truth: pyproject.toml, the CLI and
the PyInstaller spec all read it from here.
"""

__version__ = "0.1.0"
