"""Which shift is open: every sale and refund is recorded into it."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from pos_app.db.models import Shift
from pos_app.domain.i18n import translate

# The English text, for tests and the command line; the till shows no_open_shift().
NO_OPEN_SHIFT = "No shift is open: open a shift with the cash float first (F10)."


def no_open_shift() -> str:
    """The refusal when a sale or refund needs a shift and none is open, in the user's language."""
    return translate("ShiftQueries", "No shift is open: open a shift with the cash float first (F10).")


def open_shift_id(session: Session) -> int | None:
    """The id of the open shift, or None; one indexed SELECT."""
    return session.scalars(select(Shift.id).where(Shift.closed_at.is_(None)).limit(1)).first()
