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

How the protected controller methods use it: `with staff.authorised(Permission.VOID), uow.write()`.
`authorised` checks first and, for the length of the action, tells the audit trail who approved
it (session.info, read by `audit.record_event`), so the event written inside the action names
the approver; the logged-in person is put there on login the same way, as every event's actor.
An approval comes three ways: passed to `require`, made current with `using(approval)`, or — in
the running app — asked for on the spot by the approval prompt the window installs
(`set_approval_prompt`): the manager types their password and the action goes on. Controllers
stay free of widgets; the prompt is a plain callable.

A shop without any active account (one from before staff accounts, or the demo) has nobody to
log in: there every check passes, as it did before accounts existed.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QObject, Signal

from pos_app.controllers import audit
from pos_app.controllers.errors import UserError
from pos_app.controllers.users import StaffMember, UserController
from pos_app.domain.i18n import translate
from pos_app.domain.permissions import Permission, allowed, discount_needs_approval, refusal_message


class PermissionDeniedError(UserError):
    """The person at the till may not do this, and no valid approval was given.

    `permission` is what was refused; None when nobody is logged in (no approval helps then).
    """

    def __init__(self, message: str, permission: Permission | None = None) -> None:
        super().__init__(message)
        self.permission = permission


# Asks a manager to approve `permission` now (the message says why); None when they did not.
ApprovalPrompt = Callable[[Permission, str], "Approval | None"]


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
        self._using: Approval | None = None
        self._prompt: ApprovalPrompt | None = None

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

    def logout(self, reason: str = "locked") -> None:
        """Lock the till (`reason` "idle" on the idle timeout), audited. Open approvals lapse."""
        leaving = self._current
        if leaving is not None:
            with self._users.uow.write() as session:
                audit.record_event(
                    session,
                    "logout",
                    actor=leaving.name,
                    actor_user_id=leaving.id,
                    details={"reason": reason},
                )
        self._current = None
        self._open_approvals.clear()
        audit.set_acting(self._users.session, None)
        self.logged_out.emit()

    def approve(self, name: str, password: str, permission: Permission) -> Approval:
        """A manager's or owner's approval of `permission`, once their password is checked."""
        approver = self._users.authenticate_password(name, password, approving=True)
        if not allowed(approver.role, permission):
            refusal = refusal_message(permission)
            raise PermissionDeniedError(
                translate("StaffController", "{name} cannot approve this: {refusal}").format(
                    name=approver.name, refusal=refusal
                )
            )
        approval = Approval(approver, permission, secrets.token_hex(16))
        self._open_approvals.add(approval.token)
        return approval

    def set_approval_prompt(self, prompt: ApprovalPrompt | None) -> None:
        """Install (or remove) what asks a manager for approval when the person logged in may not act."""
        self._prompt = prompt

    @contextmanager
    def using(self, approval: Approval) -> Iterator[None]:
        """Offer `approval` to the `require` calls made inside (it is still good for one action only)."""
        previous, self._using = self._using, approval
        try:
            yield
        finally:
            self._using = previous

    def require(self, permission: Permission, approval: Approval | None = None) -> StaffMember | None:
        """Pass when the person logged in may do `permission`, or when an approval of it is given
        (passed here, made current with `using`, or asked for through the approval prompt);
        PermissionDeniedError otherwise. Returns the approver to record, or None when no approval
        was needed. An approval is used up even if the action then fails."""
        if self._current is None:
            if not self._users.has_active_accounts():
                return None  # a shop without accounts: nobody to check, as before accounts existed
            raise PermissionDeniedError(translate("StaffController", "Nobody is logged in: log in first."))
        if allowed(self._current.role, permission):
            return None
        approval = approval or self._using
        if approval is None and self._prompt is not None:
            approval = self._prompt(permission, refusal_message(permission))
        if approval is None:
            raise PermissionDeniedError(refusal_message(permission), permission)
        if approval.permission is not permission:
            raise PermissionDeniedError(
                translate("StaffController", "That approval was for something else. {refusal}").format(
                    refusal=refusal_message(permission)
                ),
                permission,
            )
        if approval.token not in self._open_approvals:
            raise PermissionDeniedError(
                translate(
                    "StaffController",
                    "That approval is not valid (each one is for one action, until logout). ",
                )
                + refusal_message(permission),
                permission,
            )
        self._open_approvals.discard(approval.token)
        return approval.approver

    @contextmanager
    def authorised(self, permission: Permission, approval: Approval | None = None) -> Iterator[None]:
        """`require(permission)`, then run the block with the approver (if any) named on the audit
        events it records."""
        approver = self.require(permission, approval)
        with audit.approved_by(self._users.session, approver.name if approver is not None else None):
            yield

    def require_discount(
        self, taken_off: Decimal, before: Decimal, limit_percent: Decimal, approval: Approval | None = None
    ) -> StaffMember | None:
        """`require` for a discount: DISCOUNT up to the cashier's limit, DISCOUNT_OVER_LIMIT beyond it."""
        return self.require(self.discount_permission(taken_off, before, limit_percent), approval)

    @staticmethod
    def discount_permission(taken_off: Decimal, before: Decimal, limit_percent: Decimal) -> Permission:
        """DISCOUNT up to the cashier's limit, DISCOUNT_OVER_LIMIT beyond it."""
        over = discount_needs_approval(taken_off, before, limit_percent)
        return Permission.DISCOUNT_OVER_LIMIT if over else Permission.DISCOUNT

    def _log_in(self, member: StaffMember) -> StaffMember:
        self._current = member
        self._open_approvals.clear()
        audit.set_acting(self._users.session, (member.name, member.id))
        self.logged_in.emit(member)
        return member


def guarded(staff: StaffController | None, permission: Permission) -> AbstractContextManager[None]:
    """`staff.authorised(permission)`, or no check for a controller built without staff (the
    command line and scripts, which whoever can write the database file runs as they like)."""
    return nullcontext() if staff is None else staff.authorised(permission)
