"""Templates and helpers behind `python -m tools.package`: icons, the Debian tree, Windows and macOS notes."""
