"""Who is at the till now, and whether they may do what they ask — with a manager's approval if not.

`StaffController` holds the logged-in person (`current`), logs in by PIN or password through
`UserController`, and answers `require(permission, approval)` for the other controllers: a
protected controller method calls it first, so a cashier is refused in the controller, not
only by a hidden button.

Manager approval: when a cashier asks for something beyond their role, a manager or owner types
their name and password; `approve()` checks them (a wrong password counts towards that
person's lockout) and that their role allows the action, and returns an `Approval` for that
one action. `require()` accepts it once, for that permission only, and returns the approver so
the action can record who approved it.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QObject, Signal

from pos_app.controllers.errors import UserError
from pos_app.controllers.users import StaffMember, UserController
from pos_app.domain.permissions import Permission, allowed, discount_needs_approval, refusal_message


class PermissionDeniedError(UserError):
    """The person at the till may not do this, and no valid approval was given."""


@dataclass(frozen=True, slots=True)
class Approval:
    """A manager's or owner's approval of one action, as `StaffController.approve` issued it."""

    approver: StaffMember
    permission: Permission
    # Random, so an approval made up or issued by another StaffController never matches one of ours.
    token: str


class StaffController(QObject):
    """The logged-in person and the permission checks.

    Signals:
        logged_in(StaffMember): someone logged in (or unlocked the till).
        logged_out(): the till is locked; nobody is logged in.
    """

    logged_in = Signal(object)
    logged_out = Signal()

    def __init__(self, users: UserController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._users = users
        self._current: StaffMember | None = None
        self._open_approvals: set[str] = set()

    @property
    def current(self) -> StaffMember | None:
        """The person logged in, or None while the till is locked."""
        return self._current

    def login_pin(self, pin: str) -> StaffMember:
        """Log a cashier in by PIN alone; AuthenticationError (AccountLockedError) when refused."""
        return self._log_in(self._users.authenticate_pin(pin))

    def login_password(self, name: str, password: str) -> StaffMember:
        """Log a manager or owner in; AuthenticationError (AccountLockedError) when refused."""
        return self._log_in(self._users.authenticate_password(name, password))

    def logout(self) -> None:
        """Lock the till (also on the idle timeout). Open approvals lapse."""
        self._current = None
        self._open_approvals.clear()
        self.logged_out.emit()

    def approve(self, name: str, password: str, permission: Permission) -> Approval:
        """A manager's or owner's approval of `permission`, once their password is checked."""
        approver = self._users.authenticate_password(name, password)
        if not allowed(approver.role, permission):
            raise PermissionDeniedError(
                f"{approver.name} cannot approve this: {refusal_message(permission)[:1].lower()}"
                f"{refusal_message(permission)[1:]}"
            )
        approval = Approval(approver, permission, secrets.token_hex(16))
        self._open_approvals.add(approval.token)
        return approval

    def require(self, permission: Permission, approval: Approval | None = None) -> StaffMember | None:
        """Pass when the person logged in may do `permission`, or when `approval` is a fresh approval
        of it; PermissionDeniedError otherwise. Returns the approver to record, or None when the
        person's own role allowed it. An approval is used up even if the action then fails."""
        if self._current is None:
            raise PermissionDeniedError("Nobody is logged in: log in first.")
        if allowed(self._current.role, permission):
            return None
        if approval is None:
            raise PermissionDeniedError(refusal_message(permission))
        if approval.permission is not permission:
            raise PermissionDeniedError(
                f"That approval was for something else. {refusal_message(permission)}"
            )
        if approval.token not in self._open_approvals:
            raise PermissionDeniedError(
                "That approval is not valid (each one is for one action, until logout). "
                + refusal_message(permission)
            )
        self._open_approvals.discard(approval.token)
        return approval.approver

    def require_discount(
        self, taken_off: Decimal, before: Decimal, limit_percent: Decimal, approval: Approval | None = None
    ) -> StaffMember | None:
        """`require` for a discount: DISCOUNT up to the cashier's limit, DISCOUNT_OVER_LIMIT beyond it."""
        over = discount_needs_approval(taken_off, before, limit_percent)
        return self.require(Permission.DISCOUNT_OVER_LIMIT if over else Permission.DISCOUNT, approval)

    def _log_in(self, member: StaffMember) -> StaffMember:
        self._current = member
        self._open_approvals.clear()
        self.logged_in.emit(member)
        return member
