"""Mail accounts: add, edit, remove, with presets for the big providers.

The password (or app password) goes to the OS keyring under service "seller-desk" and the
account's address (see :mod:`seller_desk.core.mail.connection.credentials`); the database never holds it.
"""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import TYPE_CHECKING, Any, cast

import peewee

from seller_desk.core.common.errors import CredentialError, ValidationError
from seller_desk.core.common.messages import Msg
from seller_desk.core.mail import errors
from seller_desk.core.mail.connection import account_fields, credentials
from seller_desk.core.mail.connection.fingerprints import normalise_fingerprint

# the presets live in providers; the window and the command line read them here too
from seller_desk.core.mail.connection.providers import PRESETS as PRESETS
from seller_desk.core.mail.connection.providers import Preset as Preset
from seller_desk.core.mail.connection.providers import detect_provider as detect_provider
from seller_desk.core.mail.connection.providers import preset_for as preset_for
from seller_desk.core.store import events
from seller_desk.core.store.defaults import DEFAULT_WAITING_SINCE_DAYS as DEFAULT_WAITING_SINCE_DAYS
from seller_desk.core.store.fields import as_utc, utcnow
from seller_desk.core.store.models import (
    SECURITY_CHOICES,
    Account,
    Conversation,
    Message,
    database,
)

if TYPE_CHECKING:
    # the browser sign-in (and, like the IMAP code, what it imports) loads with the first
    # mailbox that uses it: listing accounts, as the window does before its first paint,
    # needs none of it
    from seller_desk.core.mail.connection import oauth

logger = logging.getLogger(__name__)


def _clean(values: dict[str, Any]) -> dict[str, Any]:
    out = dict(values)
    for key in ("name", "email", "username", "imap_host", "smtp_host", "smtp_username",
                "provider", "sender_name"):
        if key in out and isinstance(out[key], str):
            out[key] = out[key].strip()
    if "email" in out:
        out["email"] = out["email"].lower()
    for key in ("imap_security", "smtp_security"):
        if key in out and isinstance(out[key], str):
            out[key] = {"tls": "ssl", "ssl/tls": "ssl", "plain": "none"}.get(
                out[key].strip().lower(), out[key].strip().lower())
    for key in ("imap_trusted_fingerprint", "smtp_trusted_fingerprint"):
        if key in out and out[key] is not None:
            out[key] = normalise_fingerprint(out[key]) or None
    return out


def check_values(values: dict[str, Any]) -> dict[str, Any]:
    """The fields given (any of them) cleaned and checked, as they would be saved.

    For a form that checks a page at a time (the wizard); :func:`add_account` and
    :func:`edit_account` check everything again.

    Raises:
        ValidationError: the first field that cannot be saved (``field`` names it).
    """
    return account_fields.check_fields(_clean(values))


def _validate(values: dict[str, Any]) -> dict[str, Any]:
    """The complete settings checked; returns them as stored (host names normalised)."""
    email = values.get("email", "")
    if not email:
        raise ValidationError("account.email_incomplete", field="email")
    if not values.get("name"):
        raise ValidationError("account.name_missing", field="name")
    if not values.get("imap_host"):
        raise ValidationError("account.imap_host_missing", field="imap_host")
    values = account_fields.check_fields(values)
    for key in ("imap_security", "smtp_security"):
        if values.get(key) not in SECURITY_CHOICES:
            raise ValidationError("account.security_unknown", field=key)
    for key in ("imap_trusted_fingerprint", "smtp_trusted_fingerprint"):
        fp = values.get(key)
        if fp and len(fp) != 64:
            raise ValidationError("account.fingerprint_length", field=key)
    auth = values.get("auth", "password")
    if auth != "password":
        from seller_desk.core.mail.connection import oauth

        if auth not in oauth.providers():
            raise ValidationError("account.auth_unknown", {"auth": auth}, field="auth")
    days = values.get("sync_window_days")
    if days is not None and (isinstance(days, bool) or not isinstance(days, int)
                             or not 0 <= days <= 36_500):  # 0: no window, all mail
        raise ValidationError("account.sync_window_range", field="sync_window_days")
    return values


# --- add / edit / remove -------------------------------------------------------------

def counts_from(days: int = DEFAULT_WAITING_SINCE_DAYS, now: datetime | None = None
                ) -> datetime:
    """The waiting-since cut-off ``days`` before ``now``: customer mail older than it
    starts no reply clock."""
    return as_utc(now or utcnow()) - timedelta(days=max(0, int(days)))


def counts_from_day(day: date, tz: tzinfo) -> datetime:
    """The waiting-since cut-off at the start of ``day`` in the seller's time zone ``tz``
    (the wizard's "from date"): all of that day's customer mail counts."""
    return datetime.combine(day, time(0), tzinfo=tz).astimezone(UTC)



def add_account(
    name: str,
    email: str,
    *,
    password: str | None = None,
    provider: str | None = None,
    tokens: oauth.Tokens | None = None,
    **settings: Any,
) -> Account:
    """Create an account, filling unset server settings from the provider's preset.

    Args:
        password: stored in the keyring (or for this session only when there is none).
        provider: 'gmail', 'outlook', 'yahoo' or 'generic'; detected from the address.
        tokens: a finished sign-in (``auth`` set to its provider, e.g. "microsoft"): the
            refresh token goes to the keyring like a password.
        settings: any :class:`Account` field (imap_host, imap_port, imap_security, ...);
            without ``counts_from``, customers count as waiting from
            ``DEFAULT_WAITING_SINCE_DAYS`` (7) days before now.

    Raises:
        ValidationError: a missing or impossible value; nothing was saved.
    """
    values = new_account_values(name, email, provider=provider, **settings)
    with database.atomic():
        account = Account.create(**values)
    if password:
        set_password(account, password)
    if tokens is not None:
        from seller_desk.core.mail.connection import oauth

        oauth.keep(account.email, tokens)
    logger.info("Account added: %s (%s)", account.email, account.provider)
    return account


def new_account_values(name: str, email: str, *, provider: str | None = None,
                       **settings: Any) -> dict[str, Any]:
    """What :func:`add_account` would save, checked, without saving it (so the command line
    can refuse a wrong address before asking for the password).

    Raises:
        ValidationError: a missing or impossible value, or the address has an account.
    """
    provider = (provider or detect_provider(email, settings.get("imap_host") or "")).lower()
    if provider not in PRESETS:
        raise ValidationError("account.provider_unknown", {"provider": provider},
                              field="provider",
                              hint=Msg("account.provider_hint", {"providers": list(PRESETS)}))
    preset = PRESETS[provider] if provider != "generic" else preset_for(email)
    defaults = {
        "imap_host": preset.imap_host,
        "imap_port": preset.imap_port,
        "imap_security": preset.imap_security,
        "smtp_host": preset.smtp_host,
        "smtp_port": preset.smtp_port,
        "smtp_security": preset.smtp_security,
        "server_saves_sent": preset.server_saves_sent,
    }
    # a security choice without a port gets that security's usual port
    if "imap_security" in settings and "imap_port" not in settings:
        settings["imap_port"] = {"ssl": 993, "starttls": 143, "none": 143}.get(
            str(settings["imap_security"]).lower(), 993)
    if "smtp_security" in settings and "smtp_port" not in settings:
        settings["smtp_port"] = {"ssl": 465, "starttls": 587, "none": 25}.get(
            str(settings["smtp_security"]).lower(), 465)
    values: dict[str, Any] = {**defaults, **{k: v for k, v in settings.items() if v is not None}}
    values.setdefault("counts_from", counts_from())
    values.update(name=name, email=email, provider=provider)
    values = _clean(values)
    values.setdefault("username", values["email"])
    if not values.get("username"):
        values["username"] = values["email"]
    _check_fields(values)
    values = _validate(values)
    if Account.select().where(Account.email == values["email"]).exists():
        raise ValidationError("account.exists", {"email": values["email"]}, field="email")
    return values


def _check_fields(values: dict[str, Any]) -> None:
    fields = Account._meta.fields
    unknown = sorted(k for k in values if k not in fields or k in ("id", "created_at"))
    if unknown:
        raise ValidationError("account.settings_unknown", {"names": unknown},
                              field=unknown[0])


def edit_account(account: Account | int | str, *, password: str | None = None,
                 **changes: Any) -> Account:
    """Change settings of an account (and its password when given)."""
    acc = get_account(account)
    old_email = acc.email
    # None leaves a setting as it is, except where None is a value of its own (no trusted
    # certificate; no sync window of the mailbox's own)
    changes = _clean({k: v for k, v in changes.items() if v is not None or k.endswith(
        "_fingerprint") or k == "sync_window_days"})
    _check_fields(changes)
    values = {name: getattr(acc, name) for name in Account._meta.fields}
    values.update(changes)
    values = _validate(values)
    changes = {key: values[key] for key in changes}
    if "email" in changes and changes["email"] != old_email and Account.select().where(
            Account.email == changes["email"], Account.id != acc.id).exists():
        raise ValidationError("account.exists", {"email": changes["email"]}, field="email")
    cutoff_moved = "counts_from" in changes and _moment(changes["counts_from"]) != _moment(
        acc.counts_from)
    for key, value in changes.items():
        setattr(acc, key, value)
    with database.atomic():
        acc.save()
        if cutoff_moved:
            # mail on either side of the old and new cut-off may start or stop a clock: the
            # conversations layer recomputes them, in this transaction
            ids = conversation_ids(acc.id)
            if ids:
                events.announce(events.CONVERSATIONS_CHANGED, required=True, ids=ids)
    if "email" in changes and changes["email"] != old_email and password is None:
        # the keyring key is the address: move the stored password along
        moved = credentials.get_password(old_email)
        if moved:
            credentials.set_password(acc.email, moved)
            credentials.delete_password(old_email)
    if password is not None:
        set_password(acc, password)
    return acc


def _moment(value: datetime | None) -> datetime | None:
    return as_utc(value) if value is not None else None


def conversation_ids(account_id: int) -> set[int]:
    """Every conversation holding mail of this account (its reply clocks depend on the
    account's waiting-since cut-off)."""
    ids = {c for (c,) in Conversation.select(Conversation.id)
           .where(Conversation.account == account_id).tuples()}
    ids.update(c for (c,) in Message.select(Message.conversation).where(
        Message.account == account_id, Message.conversation.is_null(False)).distinct().tuples())
    return ids


def set_enabled(account: Account | int | str, enabled: bool) -> Account:
    """Switch a mailbox on or off. An off mailbox is not synced and has no push; its mail
    stays stored, listed and searchable."""
    acc = get_account(account)
    Account.update(enabled=bool(enabled)).where(Account.id == acc.id).execute()
    acc.enabled = bool(enabled)
    logger.info("Account %s switched %s", acc.email, "on" if enabled else "off")
    return acc


def remove_account(account: Account | int | str, keep_mail: bool = False) -> None:
    """Delete an account, its folders, its password and (unless kept) its local mail.

    Mail that also sits in another account's folders stays.
    """
    acc = get_account(account)
    with database.atomic():
        if not keep_mail:
            from seller_desk.core.mail.ingest.store import purge_account  # the parsers

            purge_account(acc.id)
        acc.delete_instance()
    credentials.delete_password(acc.email)
    from seller_desk.core.mail.connection import oauth

    oauth.forget(acc.email)
    logger.info("Account removed: %s", acc.email)


def sign_in_provider(account: Account | int | str) -> str:
    """The provider a mailbox signs in with; refuses a mailbox that uses a password."""
    acc = get_account(account)
    if acc.auth == "password":
        raise ValidationError("account.signs_in_with_password", {"email": acc.email},
                              hint="account.signs_in_with_password_hint")
    return str(acc.auth)


def set_password(account: Account, password: str) -> bool:
    """Store the password; False means it is kept for this session only (no keyring)."""
    stored = credentials.set_password(account.email, password)
    if not stored:
        logger.warning("No usable keyring: the password for %s is kept for this session only",
                       account.email)
    return stored


#: failures a password typed now can cure: none stored (or no store), or refused
PASSWORD_KINDS = ("no_password", "auth")


def needs_password(exc: BaseException) -> bool:
    """Whether ``exc`` is a failure that asking the seller for the password can cure."""
    return isinstance(exc, errors.MailError) and exc.kind in PASSWORD_KINDS


def password_state(account: Account) -> str:
    """Where the account's password is: "keyring", "session" (this run's memory only, no
    password store) or "missing"."""
    if credentials.is_session_only(account.email):
        return "session"
    try:
        return "keyring" if credentials.get_password(account.email) else "missing"
    except CredentialError:  # the store cannot be read: as good as no password
        return "missing"


def sign_in(account: Account | int | str, password: str) -> bool:
    """Log in to the incoming server with ``password``; when it is accepted, keep it.

    The password is kept only once the server took it, so a mistyped one never replaces
    the one stored. Returns whether the keyring holds it (False: this session only, the
    computer has no password store).

    Raises:
        ValidationError: the password is empty.
        MailError: refused (kind "auth") or the server cannot be reached; nothing kept.
    """
    # the IMAP code (imapclient, ssl) loads with the first sign-in: listing and saving
    # accounts, as the window does before its first paint, needs none of it
    from seller_desk.core.mail.connection import connect

    acc = get_account(account)
    if not password:
        raise ValidationError("account.password_empty", field="password")
    client = connect.open_imap(acc, password)
    connect.close_imap(client, wait=False)
    return set_password(acc, password)


def trust_certificate(account: Account | int | str, fingerprint: str,
                      protocol: str = "imap") -> Account:
    """Trust exactly the certificate with this SHA-256 fingerprint for IMAP or SMTP."""
    key = "imap_trusted_fingerprint" if protocol == "imap" else "smtp_trusted_fingerprint"
    return edit_account(account, **{key: fingerprint})


def get_account(ref: Account | int | str) -> Account:
    """An account by instance, id, name or address.

    Raises:
        ValidationError: no such account.
    """
    if isinstance(ref, Account):
        return ref
    try:
        if isinstance(ref, int) or (isinstance(ref, str) and ref.isdigit()):
            found = Account.get_or_none(Account.id == int(ref))
            if found is not None:
                return found
        text = str(ref).strip()
        found = Account.get_or_none(Account.email == text.lower())
        if found is None:
            found = Account.get_or_none(Account.name == text)
        if found is None:
            found = Account.get_or_none(peewee.fn.LOWER(Account.name) == text.lower())
    except peewee.DoesNotExist:
        found = None
    if found is None:
        raise ValidationError("account.not_found", {"name": ref}, field="account",
                              hint="account.not_found_hint")
    return found


def list_accounts(enabled_only: bool = False) -> list[Account]:
    query = Account.select().order_by(Account.name, Account.id)
    if enabled_only:
        query = query.where(Account.enabled == True)  # noqa: E712 - SQL comparison
    return list(query)


def account_exists(email: str) -> bool:
    """Whether a mailbox with this address is in Seller Desk already (any case)."""
    return cast(bool, Account.select().where(Account.email == email.strip().lower()).exists())


def account_labels() -> list[tuple[int, str, str]]:
    """(id, name, colour) of every mailbox in the order they were added, as the window's
    sidebar and inbox list them."""
    return [(a.id, a.name, a.color) for a in
            Account.select(Account.id, Account.name, Account.color).order_by(Account.id)]


def checked_accounts() -> list[tuple[int, str, datetime | None, str | None]]:
    """(id, name, last sync, last error) of the mailboxes that are checked (enabled), in
    the order they were added."""
    return [(a.id, a.name, a.last_sync_at, a.last_error) for a in
            Account.select(Account.id, Account.name, Account.last_sync_at, Account.last_error)
            .where(Account.enabled == True).order_by(Account.id)]  # noqa: E712


def mailbox_states() -> list[tuple[int, str, datetime | None, str | None, bool]]:
    """(id, name, last sync, last error, on) of every mailbox, on or off, in the order
    they were added: the window shows an off one as off."""
    return [(a.id, a.name, a.last_sync_at, a.last_error, bool(a.enabled)) for a in
            Account.select(Account.id, Account.name, Account.last_sync_at, Account.last_error,
                           Account.enabled).order_by(Account.id)]


def own_addresses() -> set[str]:
    """Every address of the seller's accounts, lower-case (mail from them is outgoing)."""
    return {a.lower() for (a,) in Account.select(Account.email).tuples()}


def describe_security(account: Account, protocol: str = "imap") -> str:
    """In words: how the connection is protected, including a trusted self-signed certificate."""
    security = account.imap_security if protocol == "imap" else account.smtp_security
    pinned = (account.imap_trusted_fingerprint if protocol == "imap"
              else account.smtp_trusted_fingerprint)
    if security == "none":
        return "no encryption" + (" (allowed by you)" if account.allow_insecure else "")
    words = "SSL" if security == "ssl" else "STARTTLS"
    if pinned:
        return f"{words}, self-signed certificate trusted by you ({pinned[:16]}...)"
    return words
