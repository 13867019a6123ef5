"""Staff accounts: adding, listing and deactivating people, changing their PIN or password, and
checking a PIN or a password at login.

Rules (what the till says when they are broken is in each check):

- A name is 1-60 characters, unique without regard to case.
- Cashiers have a PIN of 4-6 digits and no password; managers and owners a password of at least
  8 characters and no PIN (migration 0009 says why). PINs where every digit is the same (0000) or
  the digits run straight up or down (1234, 98765) are refused: they are what a stranger types
  first, and the lockout allows five tries.
- A PIN alone logs a cashier in ("a PIN unlocks the till"), so two active cashiers can never
  share one: a new PIN is checked against every active cashier's hash. The owner setting a PIN
  learns that a PIN is taken; that is the price of PIN-only login, and only the owner manages
  staff.
- Lockout. A wrong password counts against that account: after 5 in a row it is locked for
  `lock_minutes` (even the right password is refused until then); a successful login resets the
  count. A wrong PIN identifies nobody, so it counts against the till's PIN pad instead: after
  5 wrong PINs in a row the pad is locked for `lock_minutes` for every cashier, while managers
  and owners can still log in with their password, and such a login clears the pad's lock (a
  manager walking over to the till). The pad's count lives in the `settings` table, so
  restarting the program does not reset it.
- People are deactivated, never deleted; the last active owner cannot be deactivated or demoted.
  A returning cashier gets a new PIN (their old one may have been given to someone else).
- A successful login upgrades a hash made with older argon2 parameters in the same transaction.

The clock is injected (naive UTC datetimes, like every stored time) so tests need no sleeps.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from pos_app.controllers import audit
from pos_app.controllers.errors import ConflictError, NotFoundError, UserError
from pos_app.controllers.hashing import Hashers, hash_secret, needs_rehash, verify_secret
from pos_app.controllers.transactions import UnitOfWork
from pos_app.db.models import Setting, User, utc_now
from pos_app.domain.i18n import translate
from pos_app.domain.locale_format import format_time
from pos_app.domain.permissions import Role

MAX_NAME = 60
MIN_PASSWORD = 8
MAX_PASSWORD = 200  # argon2 takes any length; this only stops a pasted file
PIN_LENGTHS = range(4, 7)
MAX_FAILURES = 5
DEFAULT_LOCK_MINUTES = 5
# The PIN pad's lockout state, beside the shop settings (ShopSettings ignores unknown keys).
PIN_FAILURES_KEY = "pin_pad_failures"
PIN_LOCKED_UNTIL_KEY = "pin_pad_locked_until"
# A wrong PIN belongs to nobody: the audit trail names it so.
UNKNOWN_PIN_ACTOR = "(unknown PIN)"
MAX_ACTOR_TEXT = 100  # audit_events.actor


class AuthenticationError(UserError):
    """A login or an approval was refused: wrong PIN, wrong name or password."""


class AccountLockedError(AuthenticationError):
    """Too many wrong tries: the account (or the PIN pad) is locked until `until` (naive UTC)."""

    def __init__(self, message: str, until: datetime) -> None:
        super().__init__(message)
        self.until = until


@dataclass(frozen=True, slots=True)
class StaffMember:
    """A staff account as the screens and the other controllers see it (no hashes)."""

    id: int
    name: str
    role: Role
    active: bool
    locked_until: datetime | None
    last_login_at: datetime | None

    @classmethod
    def of(cls, user: User) -> StaffMember:
        return cls(user.id, user.name, Role(user.role), user.active, user.locked_until, user.last_login_at)


def clean_name(name: str) -> str:
    """The name as stored; UserError (field "name") when it is empty, too long or has control characters."""
    cleaned = " ".join(name.split())
    if not cleaned:
        raise UserError(
            translate("Users", "Type the person's name."),
            "name",
        )
    if len(cleaned) > MAX_NAME:
        raise UserError(
            translate("Users", "A name is at most {maximum} characters.").format(maximum=MAX_NAME),
            "name",
        )
    if not cleaned.isprintable():
        raise UserError(
            translate("Users", "A name cannot contain control characters."),
            "name",
        )
    return cleaned


def check_pin(pin: str) -> str:
    """`pin` if it is a PIN the till accepts, else UserError (field "pin") saying why."""
    if not (pin.isascii() and pin.isdigit() and len(pin) in PIN_LENGTHS):
        raise UserError(
            translate("Users", "A PIN is 4 to 6 digits."),
            "pin",
        )
    if _is_trivial_pin(pin):
        raise UserError(
            translate(
                "Users", "That PIN is too easy to guess (all one digit, or digits in a row): choose another."
            ),
            "pin",
        )
    return pin


def _is_trivial_pin(pin: str) -> bool:
    steps = {(int(b) - int(a)) % 10 for a, b in itertools.pairwise(pin)}
    # One step size throughout: 0 is 0000, 1 is 1234 (or 7890), 9 is 4321 (or 0987).
    return len(steps) == 1 and steps <= {0, 1, 9}


def check_password(password: str) -> str:
    """`password` if long enough, else UserError (field "password")."""
    if len(password) < MIN_PASSWORD or not password.strip():
        raise UserError(
            translate("Users", "A password is at least {minimum} characters.").format(minimum=MIN_PASSWORD),
            "password",
        )
    if len(password) > MAX_PASSWORD:
        raise UserError(
            translate("Users", "A password is at most {maximum} characters.").format(maximum=MAX_PASSWORD),
            "password",
        )
    return password


def parse_role(role: Role | str) -> Role:
    try:
        return Role(role)
    except ValueError:
        raise UserError(
            translate("Users", "Unknown role “{role}”: choose cashier, manager or owner.").format(role=role),
            "role",
        ) from None


def local_time(moment: datetime) -> str:
    """A stored naive-UTC time as the shop's local wall-clock time, the locale's way (15:04, 3:04 PM)."""
    return format_time(moment.replace(tzinfo=UTC).astimezone())


class UserController:
    """Staff accounts and the checks behind every login (see the module docstring for the rules)."""

    def __init__(
        self,
        uow: UnitOfWork,
        *,
        hashers: Hashers | None = None,
        clock: Callable[[], datetime] = utc_now,
        lock_minutes: int = DEFAULT_LOCK_MINUTES,
    ) -> None:
        self._uow = uow
        # Whether any account is active: asked before every protected action, so kept here and
        # forgotten whenever an account is added or deactivated through this controller.
        self._any_active: bool | None = None
        self._hashers = hashers or Hashers()
        self._clock = clock
        self._lock = timedelta(minutes=lock_minutes)

    def set_hashers(self, hashers: Hashers) -> None:
        """Hash with other argon2 parameters from now on (tests lower the cost); a login with a
        hash made under other parameters rehashes it, as after an upgrade."""
        self._hashers = hashers

    @property
    def uow(self) -> UnitOfWork:
        """The unit of work these accounts are read and written through (StaffController's too)."""
        return self._uow

    @property
    def session(self) -> Session:
        return self._uow.session

    # -- accounts ---------------------------------------------------------------------------

    def has_active_accounts(self) -> bool:
        """Whether anyone can log in: without an active account the shop runs unlocked, as before.

        Read once and then remembered (accounts added by another program, such as `pos-app user
        add`, count from the next start, as the lock screen does).
        """
        if self._any_active is None:
            with self._uow.read() as session:
                found = session.scalar(select(User.id).where(User.active.is_(True)).limit(1))
            self._any_active = found is not None
        return self._any_active

    def users(self, *, include_inactive: bool = True) -> list[StaffMember]:
        """Every account by name (active ones only when asked)."""
        statement = select(User).order_by(User.name)
        if not include_inactive:
            statement = statement.where(User.active.is_(True))
        with self._uow.read() as session:
            return [StaffMember.of(user) for user in session.scalars(statement)]

    def find(self, name: str) -> StaffMember:
        """The account called `name` (any case); NotFoundError when there is none."""
        with self._uow.read() as session:
            return StaffMember.of(self._named(session, name))

    def has_owner(self) -> bool:
        """Whether the shop has been set up: an owner account exists (active or not)."""
        with self._uow.read() as session:
            return session.scalar(select(User.id).where(User.role == Role.OWNER.value).limit(1)) is not None

    def add_user(
        self, name: str, role: Role | str, *, pin: str | None = None, password: str | None = None
    ) -> StaffMember:
        """Add an active account; UserError naming the field when a rule is broken (nothing is saved)."""
        with self._uow.write() as session:
            user = self.add_user_in(session, name, role, pin=pin, password=password)
            return StaffMember.of(user)

    def add_user_in(
        self, session: Session, name: str, role: Role | str, *, pin: str | None, password: str | None
    ) -> User:
        """add_user within the caller's write transaction (the setup command adds the owner so)."""
        cleaned = clean_name(name)
        kind = parse_role(role)
        if kind is Role.CASHIER:
            if password is not None:
                raise UserError(
                    translate("UserController", "Cashiers log in with a PIN: give a PIN, not a password."),
                    "password",
                )
            if pin is None:
                raise UserError(
                    translate("UserController", "A cashier needs a PIN (4 to 6 digits)."),
                    "pin",
                )
            check_pin(pin)
        else:
            if pin is not None:
                raise UserError(
                    translate(
                        "UserController",
                        "Managers and owners log in with a password: give a password, not a PIN.",
                    ),
                    "pin",
                )
            if password is None:
                message = (
                    translate("UserController", "An owner needs a password.")
                    if kind is Role.OWNER
                    else translate("UserController", "A manager needs a password.")
                )
                raise UserError(message, "password")
            check_password(password)
        self._check_name_free(session, cleaned)
        if pin is not None:
            self._check_pin_free(session, pin, except_id=None)
        user = User(
            name=cleaned,
            role=kind.value,
            pin_hash=None if pin is None else hash_secret(self._hashers.pin, pin),
            password_hash=None if password is None else hash_secret(self._hashers.password, password),
            active=True,
            failed_attempts=0,
            created_at=self._clock(),
        )
        session.add(user)
        session.flush()
        self._any_active = None  # the caller's transaction may still roll back: read it again
        return user

    def deactivate(self, user_id: int) -> StaffMember:
        """Deactivate an account (it can no longer log in; its sales keep pointing at it)."""
        with self._uow.write() as session:
            return StaffMember.of(self.deactivate_in(session, user_id))

    def deactivate_in(self, session: Session, user_id: int) -> User:
        """deactivate within the caller's write transaction (the staff screen audits it there)."""
        user = self._get(session, user_id)
        if not user.active:
            raise ConflictError(
                translate("UserController", "{name} is already deactivated.").format(name=user.name)
            )
        if user.role == Role.OWNER.value and self._active_owners(session) == 1:
            raise ConflictError(
                translate("UserController", "The shop needs an active owner: add another owner first.")
            )
        user.active = False
        self._any_active = None
        return user

    def change_pin(self, user_id: int, pin: str) -> None:
        """Give a cashier a new PIN (checked like a new one)."""
        check_pin(pin)
        with self._uow.write() as session:
            self.change_pin_in(session, user_id, pin)

    def change_pin_in(self, session: Session, user_id: int, pin: str) -> User:
        """change_pin within the caller's write transaction."""
        check_pin(pin)
        user = self._get(session, user_id)
        if user.role != Role.CASHIER.value:
            raise UserError(
                translate("UserController", "Only cashiers have a PIN; managers and owners use a password."),
                "pin",
            )
        self._check_pin_free(session, pin, except_id=user.id)
        user.pin_hash = hash_secret(self._hashers.pin, pin)
        return user

    def change_password(self, user_id: int, password: str) -> None:
        """Give a manager or owner a new password; this also lifts a lockout."""
        check_password(password)
        with self._uow.write() as session:
            self.change_password_in(session, user_id, password)

    def change_password_in(self, session: Session, user_id: int, password: str) -> User:
        """change_password within the caller's write transaction."""
        check_password(password)
        user = self._get(session, user_id)
        if user.role == Role.CASHIER.value:
            raise UserError(
                translate("UserController", "Cashiers log in with a PIN, not a password."),
                "password",
            )
        user.password_hash = hash_secret(self._hashers.password, password)
        user.failed_attempts = 0
        user.locked_until = None
        return user

    def reactivate_in(self, session: Session, user_id: int, *, pin: str | None) -> User:
        """Let a deactivated account log in again, within the caller's write transaction.

        A returning cashier needs a new PIN: while they were away another active cashier may
        have been given their old one, and a hash cannot be compared with another hash.
        Managers and owners keep their password (their name is unique, so it stays theirs).
        """
        user = self._get(session, user_id)
        if user.active:
            raise ConflictError(
                translate("UserController", "{name} is already active.").format(name=user.name)
            )
        if user.role == Role.CASHIER.value:
            if pin is None:
                raise UserError(
                    translate(
                        "UserController", "{name} needs a new PIN to come back (4 to 6 digits)."
                    ).format(name=user.name),
                    "pin",
                )
            check_pin(pin)
            self._check_pin_free(session, pin, except_id=user.id)
            user.pin_hash = hash_secret(self._hashers.pin, pin)
        elif pin is not None:
            raise UserError(
                translate("UserController", "Managers and owners keep their password: no PIN is needed."),
                "pin",
            )
        user.active = True
        self._any_active = None
        return user

    def change_role_in(
        self,
        session: Session,
        user_id: int,
        role: Role | str,
        *,
        pin: str | None = None,
        password: str | None = None,
    ) -> User:
        """Give an account another role, within the caller's write transaction.

        Cashiers log in with a PIN, managers and owners with a password, so a move across that
        line needs the new credential (and drops the old one); a move between manager and owner
        keeps the password and takes none. The last active owner cannot be demoted.
        """
        kind = parse_role(role)
        user = self._get(session, user_id)
        old = Role(user.role)
        if kind is old:
            raise ConflictError(
                translate("UserController", "{name} is already {role}.").format(
                    name=user.name, role=_a(kind)
                ),
                "role",
            )
        if old is Role.OWNER and user.active and self._active_owners(session) == 1:
            raise ConflictError(
                translate(
                    "UserController",
                    "The shop needs an active owner: make someone else owner before changing this role.",
                ),
                "role",
            )
        if kind is Role.CASHIER:
            if password is not None:
                raise UserError(
                    translate("UserController", "Cashiers log in with a PIN: give a PIN, not a password."),
                    "password",
                )
            if pin is None:
                raise UserError(
                    translate("UserController", "As a cashier {name} needs a PIN (4 to 6 digits).").format(
                        name=user.name
                    ),
                    "pin",
                )
            check_pin(pin)
            if user.active:
                self._check_pin_free(session, pin, except_id=user.id)
            user.pin_hash = hash_secret(self._hashers.pin, pin)
            user.password_hash = None
        elif old is Role.CASHIER:
            if pin is not None:
                raise UserError(
                    translate(
                        "UserController",
                        "Managers and owners log in with a password: give a password, not a PIN.",
                    ),
                    "pin",
                )
            if password is None:
                raise UserError(
                    translate("UserController", "As {role} {name} needs a password.").format(
                        role=_a(kind), name=user.name
                    ),
                    "password",
                )
            check_password(password)
            user.password_hash = hash_secret(self._hashers.password, password)
            user.pin_hash = None
        elif pin is not None or password is not None:
            raise UserError(
                translate(
                    "UserController",
                    "{name} keeps their password as {role}: use Reset password to change it.",
                ).format(name=user.name, role=_a(kind)),
                "password" if password is not None else "pin",
            )
        user.role = kind.value
        user.failed_attempts = 0
        user.locked_until = None
        return user

    # -- logins -----------------------------------------------------------------------------

    def authenticate_pin(self, pin: str) -> StaffMember:
        """The active cashier whose PIN this is; AuthenticationError (or AccountLockedError) if none.

        Audited in the same transaction: "login", or "login_failed" (never with the PIN typed).
        """
        if not pin.strip():
            raise AuthenticationError(
                translate("UserController", "Type your PIN."),
                "pin",
            )
        now = self._clock()
        refusal: AuthenticationError | None = None
        with self._uow.write() as session:
            pad = dict(
                session.execute(
                    select(Setting.key, Setting.value).where(
                        Setting.key.in_((PIN_FAILURES_KEY, PIN_LOCKED_UNTIL_KEY))
                    )
                ).all()
            )
            locked_until = _parse_time(pad.get(PIN_LOCKED_UNTIL_KEY))
            if locked_until is not None and now < locked_until:
                refusal = AccountLockedError(
                    translate(
                        "UserController",
                        "Too many wrong PINs: the PIN pad is locked until {until}. A manager can "
                        "log in with a password.",
                    ).format(until=local_time(locked_until)),
                    locked_until,
                )
            else:
                match = self._cashier_with_pin(session, pin)
                if match is None:
                    failures = _parse_count(pad.get(PIN_FAILURES_KEY)) + 1
                    if failures >= MAX_FAILURES:
                        until = now + self._lock
                        _set_pin_pad(session, failures=0, locked_until=until)
                        refusal = AccountLockedError(
                            translate(
                                "UserController",
                                "Wrong PIN, {failures} times: the PIN pad is locked until {until}.",
                            ).format(failures=MAX_FAILURES, until=local_time(until)),
                            until,
                        )
                    else:
                        _set_pin_pad(session, failures=failures, locked_until=None)
                        refusal = AuthenticationError(
                            translate("UserController", "Wrong PIN."),
                            "pin",
                        )
                else:
                    _set_pin_pad(session, failures=0, locked_until=None)
                    assert match.pin_hash is not None
                    if needs_rehash(self._hashers.pin, match.pin_hash):
                        match.pin_hash = hash_secret(self._hashers.pin, pin)
                    match.last_login_at = now
                    audit.record_event(
                        session, "login", actor=match.name, actor_user_id=match.id, details={"method": "pin"}
                    )
                    return StaffMember.of(match)
            audit.record_event(
                session,
                "login_failed",
                actor=UNKNOWN_PIN_ACTOR,
                details={"method": "pin", "locked": isinstance(refusal, AccountLockedError)},
            )
        raise refusal

    def authenticate_password(self, name: str, password: str, *, approving: bool = False) -> StaffMember:
        """The active manager or owner with this name and password; AuthenticationError otherwise.

        Audited in the same transaction: "login" (unless `approving`: an approval is recorded on the
        action it approves), or "login_failed" with the name as typed (never the password).
        """
        now = self._clock()
        refusal: AuthenticationError
        with self._uow.write() as session:
            user = self._lookup(session, name)
            if user is None or not user.active:
                refusal = AuthenticationError(
                    translate("UserController", "Wrong name or password."), "password"
                )
            elif user.password_hash is None:
                refusal = AuthenticationError(
                    translate(
                        "UserController", "{name} is a cashier: cashiers log in with their PIN."
                    ).format(name=user.name),
                    "pin",
                )
            elif user.locked_until is not None and now < user.locked_until:
                refusal = AccountLockedError(
                    translate(
                        "UserController", "{name} is locked after {failures} wrong passwords, until {until}."
                    ).format(name=user.name, failures=MAX_FAILURES, until=local_time(user.locked_until)),
                    user.locked_until,
                )
            elif not verify_secret(self._hashers.password, user.password_hash, password):
                user.failed_attempts += 1
                if user.failed_attempts >= MAX_FAILURES:
                    user.failed_attempts = 0
                    user.locked_until = now + self._lock
                    refusal = AccountLockedError(
                        translate(
                            "UserController",
                            "Wrong password, {failures} times: {name} is locked until {until}.",
                        ).format(failures=MAX_FAILURES, name=user.name, until=local_time(user.locked_until)),
                        user.locked_until,
                    )
                else:
                    refusal = AuthenticationError(
                        translate("UserController", "Wrong name or password."), "password"
                    )
            else:
                if needs_rehash(self._hashers.password, user.password_hash):
                    user.password_hash = hash_secret(self._hashers.password, password)
                user.failed_attempts = 0
                user.locked_until = None
                user.last_login_at = now
                # A manager or owner at the till lifts the PIN pad's lockout.
                _set_pin_pad(session, failures=0, locked_until=None)
                if not approving:
                    audit.record_event(
                        session,
                        "login",
                        actor=user.name,
                        actor_user_id=user.id,
                        details={"method": "password"},
                    )
                return StaffMember.of(user)
            audit.record_event(
                session,
                "login_failed",
                actor=(user.name if user is not None else " ".join(name.split()))[:MAX_ACTOR_TEXT] or "?",
                actor_user_id=user.id if user is not None else None,
                details={
                    "method": "password",
                    "approving": approving,
                    "locked": isinstance(refusal, AccountLockedError),
                },
            )
        raise refusal

    def pin_pad_locked_until(self) -> datetime | None:
        """When the PIN pad unlocks (naive UTC), or None when it is not locked now."""
        with self._uow.read() as session:
            until = _parse_time(
                session.scalar(select(Setting.value).where(Setting.key == PIN_LOCKED_UNTIL_KEY))
            )
        return until if until is not None and self._clock() < until else None

    # -- helpers ----------------------------------------------------------------------------

    def _cashier_with_pin(self, session: Session, pin: str) -> User | None:
        cashiers = session.scalars(
            select(User).where(User.active.is_(True), User.pin_hash.is_not(None)).order_by(User.id)
        )
        for user in cashiers:
            assert user.pin_hash is not None
            if verify_secret(self._hashers.pin, user.pin_hash, pin):
                return user
        return None

    def _check_pin_free(self, session: Session, pin: str, *, except_id: int | None) -> None:
        taken = self._cashier_with_pin(session, pin)
        if taken is not None and taken.id != except_id:
            raise ConflictError(
                translate("UserController", "Another cashier has that PIN: choose another."),
                "pin",
            )

    @staticmethod
    def _check_name_free(session: Session, name: str) -> None:
        # NOCASE in the database folds ASCII only; compare Unicode case-folded names here.
        wanted = name.casefold()
        for existing in session.scalars(select(User.name)):
            if existing.casefold() == wanted:
                raise ConflictError(
                    translate("UserController", "There is already someone called {existing}.").format(
                        existing=existing
                    ),
                    "name",
                )

    @staticmethod
    def _lookup(session: Session, name: str) -> User | None:
        # A shop has a handful of accounts: compare Unicode case-folded names in Python.
        wanted = " ".join(name.split()).casefold()
        return next((user for user in session.scalars(select(User)) if user.name.casefold() == wanted), None)

    def _named(self, session: Session, name: str) -> User:
        user = self._lookup(session, name)
        if user is None:
            raise NotFoundError(
                translate("UserController", "There is nobody called {name}.").format(name=name.strip())
            )
        return user

    @staticmethod
    def _get(session: Session, user_id: int) -> User:
        user = session.get(User, user_id)
        if user is None:
            raise NotFoundError(translate("UserController", "That account no longer exists."))
        return user

    @staticmethod
    def _active_owners(session: Session) -> int:
        owners = session.scalars(select(User.id).where(User.role == Role.OWNER.value, User.active.is_(True)))
        return len(owners.all())


def _a(role: Role) -> str:
    """The role with its article, as the messages say it: "a cashier", "an owner" (in the user's
    language; the stored role value stays English)."""
    if role is Role.OWNER:
        return translate("UserController", "an owner")
    if role is Role.MANAGER:
        return translate("UserController", "a manager")
    return translate("UserController", "a cashier")


def _set_pin_pad(session: Session, *, failures: int, locked_until: datetime | None) -> None:
    session.execute(delete(Setting).where(Setting.key.in_((PIN_FAILURES_KEY, PIN_LOCKED_UNTIL_KEY))))
    session.add(Setting(key=PIN_FAILURES_KEY, value=str(failures)))
    if locked_until is not None:
        session.add(Setting(key=PIN_LOCKED_UNTIL_KEY, value=locked_until.isoformat()))


def _parse_time(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def _parse_count(text: str | None) -> int:
    try:
        return max(0, int(text or 0))
    except ValueError:
        return 0
