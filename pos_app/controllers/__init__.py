"""Controllers: one long-lived Session, a short transaction per user action, Qt signals (QtCore only)."""
