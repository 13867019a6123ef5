"""Developer tools: packaging (python -m tools.package) and translations (python -m tools.i18n)."""
