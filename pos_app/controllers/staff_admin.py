"""The owner's management of staff accounts, guarded and audited: what the Staff accounts screen calls.

`UserController` knows the rules of an account (names, PINs, passwords, the last owner);
this controller adds who may use them and the record of it. Every change:

1. first asks `StaffController.authorised(Permission.USER_MANAGEMENT, approval)`: only the owner,
   or someone holding an owner's one-action `Approval`, gets further (otherwise
   `PermissionDeniedError`, and nothing is read or written);
2. makes the change and appends one "user_change" audit event in the SAME write transaction, so
   both commit or neither does. The event's actor is the person logged in, its approver the
   owner who approved (if anyone did), its subject ("user", id), and its details say what
   changed: the action, the name, old -> new role or active flag, and whether a PIN or password
   was set. Never a hash, a PIN or a password.

Rules that depend on who is logged in live here: nobody deactivates themselves or changes their
own role while logged in (the till would go on trusting the role it logged them in with). The
rules of the data itself (the last active owner stays an active owner; unique PINs and names)
are `UserController`'s, in the same transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Signal
from sqlalchemy.orm import Session

from pos_app.controllers.audit import record_event
from pos_app.controllers.errors import ConflictError, NotFoundError
from pos_app.controllers.staff import Approval, StaffController
from pos_app.controllers.transactions import UnitOfWork
from pos_app.controllers.users import StaffMember, UserController
from pos_app.db.models import User, utc_now
from pos_app.domain.i18n import translate
from pos_app.domain.permissions import Permission, Role, allowed

PIN_LOGIN = "PIN"
PASSWORD_LOGIN = "password"


def login_kind(role: Role) -> str:
    """How someone of `role` logs in: cashiers by PIN, managers and owners by password."""
    return PIN_LOGIN if role is Role.CASHIER else PASSWORD_LOGIN


@dataclass(frozen=True, slots=True)
class AccountRow:
    """One staff account as the screen lists it (no hashes).

    `locked_until` (naive UTC) is set only while wrong passwords keep the account locked.
    """

    id: int
    name: str
    role: Role
    login: str  # PIN_LOGIN or PASSWORD_LOGIN
    active: bool
    locked_until: datetime | None


class StaffAdminController(QObject):
    """Lists, adds and changes staff accounts for the owner; every change is checked and audited.

    Signals:
        accounts_changed(int): an account was added or changed; the argument is its id.
    """

    accounts_changed = Signal(int)

    def __init__(
        self,
        uow: UnitOfWork,
        users: UserController,
        staff: StaffController,
        *,
        clock: Callable[[], datetime] = utc_now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._uow = uow
        self._users = users
        self._staff = staff
        self._clock = clock

    # -- reading ----------------------------------------------------------------------------

    def accounts(self) -> list[AccountRow]:
        """Every account, active ones first, then by name (reading needs no permission)."""
        now = self._clock()
        rows = [self._row(member, now) for member in self._users.users()]
        return sorted(rows, key=lambda row: (not row.active, row.name.casefold()))

    def may_manage(self) -> bool:
        """Whether the person logged in may manage staff on their own (the screen's menu entry)."""
        current = self._staff.current
        return current is not None and allowed(current.role, Permission.USER_MANAGEMENT)

    # -- changes ----------------------------------------------------------------------------

    def add_account(
        self,
        name: str,
        role: Role | str,
        *,
        pin: str | None = None,
        password: str | None = None,
        approval: Approval | None = None,
    ) -> AccountRow:
        """Add an active account: a cashier with a PIN, a manager or owner with a password."""
        with self._staff.authorised(Permission.USER_MANAGEMENT, approval), self._uow.write() as session:
            user = self._users.add_user_in(session, name, role, pin=pin, password=password)
            kind = Role(user.role)
            self._record(
                session,
                user,
                {"action": "add", "role": kind.value, "login": login_kind(kind), "active": True},
            )
            row = self._row(StaffMember.of(user), self._clock())
        self.accounts_changed.emit(row.id)
        return row

    def change_pin(self, user_id: int, pin: str, *, approval: Approval | None = None) -> AccountRow:
        """Give a cashier a new PIN (4-6 digits, not trivial, no other active cashier's)."""
        with self._staff.authorised(Permission.USER_MANAGEMENT, approval), self._uow.write() as session:
            user = self._users.change_pin_in(session, user_id, pin)
            self._record(session, user, {"action": "change_pin", "pin_changed": True})
            row = self._row(StaffMember.of(user), self._clock())
        self.accounts_changed.emit(row.id)
        return row

    def reset_password(self, user_id: int, password: str, *, approval: Approval | None = None) -> AccountRow:
        """Give a manager or owner a new password; this also lifts a lockout after wrong passwords."""
        with self._staff.authorised(Permission.USER_MANAGEMENT, approval), self._uow.write() as session:
            was_locked = self._locked(session, user_id)
            user = self._users.change_password_in(session, user_id, password)
            details: dict[str, Any] = {"action": "reset_password", "password_changed": True}
            if was_locked:
                details["unlocked"] = True
            self._record(session, user, details)
            row = self._row(StaffMember.of(user), self._clock())
        self.accounts_changed.emit(row.id)
        return row

    def change_role(
        self,
        user_id: int,
        role: Role | str,
        *,
        pin: str | None = None,
        password: str | None = None,
        approval: Approval | None = None,
    ) -> AccountRow:
        """Give an account another role; a move to or from cashier needs the new PIN or password."""
        with self._staff.authorised(Permission.USER_MANAGEMENT, approval):
            self._refuse_self(
                user_id,
                translate(
                    "StaffAdminController",
                    "You cannot change your own role while logged in: another owner can do it.",
                ),
            )
            with self._uow.write() as session:
                old = self._role_of(session, user_id)
                user = self._users.change_role_in(session, user_id, role, pin=pin, password=password)
                new = Role(user.role)
                details: dict[str, Any] = {
                    "action": "change_role",
                    "role": {"old": old.value, "new": new.value},
                }
                if login_kind(old) != login_kind(new):
                    details["login"] = {"old": login_kind(old), "new": login_kind(new)}
                self._record(session, user, details)
                row = self._row(StaffMember.of(user), self._clock())
        self.accounts_changed.emit(row.id)
        return row

    def deactivate(self, user_id: int, *, approval: Approval | None = None) -> AccountRow:
        """Deactivate an account: it can no longer log in (its sales keep pointing at it)."""
        with self._staff.authorised(Permission.USER_MANAGEMENT, approval):
            self._refuse_self(
                user_id,
                translate(
                    "StaffAdminController",
                    "You cannot deactivate yourself while logged in: another owner can do it.",
                ),
            )
            with self._uow.write() as session:
                user = self._users.deactivate_in(session, user_id)
                self._record(session, user, {"action": "deactivate", "active": {"old": True, "new": False}})
                row = self._row(StaffMember.of(user), self._clock())
        self.accounts_changed.emit(row.id)
        return row

    def reactivate(
        self, user_id: int, *, pin: str | None = None, approval: Approval | None = None
    ) -> AccountRow:
        """Let a deactivated account log in again; a cashier comes back with a new PIN."""
        with self._staff.authorised(Permission.USER_MANAGEMENT, approval), self._uow.write() as session:
            user = self._users.reactivate_in(session, user_id, pin=pin)
            details: dict[str, Any] = {"action": "reactivate", "active": {"old": False, "new": True}}
            if pin is not None:
                details["pin_changed"] = True
            self._record(session, user, details)
            row = self._row(StaffMember.of(user), self._clock())
        self.accounts_changed.emit(row.id)
        return row

    # -- helpers ----------------------------------------------------------------------------

    @staticmethod
    def _record(session: Session, user: User, details: dict[str, Any]) -> None:
        # Actor and approver come from the staff controller (the person logged in, and whoever
        # approved this change through `authorised`), as on every other audited action.
        record_event(
            session,
            "user_change",
            actor=None,
            subject=("user", user.id),
            details={"name": user.name, **details},
        )

    def _refuse_self(self, user_id: int, refusal: str) -> None:
        current = self._staff.current
        if current is not None and current.id == user_id:
            raise ConflictError(refusal)

    @staticmethod
    def _role_of(session: Session, user_id: int) -> Role:
        user = session.get(User, user_id)
        if user is None:
            raise NotFoundError(translate("StaffAdminController", "That account no longer exists."))
        return Role(user.role)

    def _locked(self, session: Session, user_id: int) -> bool:
        user = session.get(User, user_id)
        return user is not None and user.locked_until is not None and self._clock() < user.locked_until

    @staticmethod
    def _row(member: StaffMember, now: datetime) -> AccountRow:
        until = member.locked_until
        locked = until if until is not None and now < until else None
        return AccountRow(member.id, member.name, member.role, login_kind(member.role), member.active, locked)
