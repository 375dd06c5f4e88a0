"""``account add|list|edit|remove|test``: mail accounts from the command line.

Passwords are never taken as arguments (they would land in the shell history and the
process list): they are read from standard input when it is not a terminal, else asked
for without echo.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import TYPE_CHECKING, Any

from seller_desk.cli.common import open_db
from seller_desk.core.store.defaults import DEFAULT_WAITING_SINCE_DAYS

if TYPE_CHECKING:  # the commands import the core when they run, to start quickly
    from seller_desk.core.store.models import Account

SECURITY = ("ssl", "starttls", "none")


def register(sub: argparse._SubParsersAction) -> None:
    account = sub.add_parser("account", help="add, change, remove or test mail accounts")
    actions = account.add_subparsers(dest="account_command", metavar="ACTION", required=True)

    add = actions.add_parser(
        "add", help="add a mail account (the password is read from stdin or asked for)")
    add.add_argument("--name", required=True, help="a name for the account, e.g. \"Shop Gmail\"")
    add.add_argument("--email", required=True, help="the address, e.g. shop@gmail.com")
    _server_options(add)
    add.add_argument("--provider", choices=("gmail", "outlook", "yahoo", "generic"),
                     help="use a provider's server settings (detected from the address)")
    add.add_argument("--no-password", action="store_true",
                     help="do not ask for a password now")
    add.add_argument("--oauth", choices=("microsoft", "google"),
                     help="sign in with Microsoft or Google in a browser instead of a "
                          "password (Outlook.com and Hotmail take nothing else)")
    add.add_argument("--test", action="store_true", help="test the connection after adding")
    add.add_argument("--waiting-since", type=_days, metavar="DAYS",
                     default=DEFAULT_WAITING_SINCE_DAYS,
                     help="count customers as waiting from DAYS days ago: older unanswered "
                          "mail is kept and searchable but starts no reply timer "
                          f"(default: {DEFAULT_WAITING_SINCE_DAYS})")
    add.set_defaults(func=cmd_add)

    sign_in = actions.add_parser(
        "sign-in", help="sign a Microsoft or Google mailbox in again (after a password "
                        "change or withdrawn access)")
    sign_in.add_argument("account", help="account name, address or number")
    sign_in.set_defaults(func=cmd_sign_in)

    lst = actions.add_parser("list", help="list the accounts")
    lst.set_defaults(func=cmd_list)

    edit = actions.add_parser("edit", help="change an account's settings or password")
    edit.add_argument("account", help="account name, address or number")
    edit.add_argument("--name")
    edit.add_argument("--email")
    _server_options(edit)
    edit.add_argument("--password", action="store_true",
                      help="set a new password (read from stdin or asked for)")
    edit.add_argument("--enable", dest="enabled", action="store_true", default=None)
    edit.add_argument("--disable", dest="enabled", action="store_false")
    edit.add_argument("--trust-imap-cert", metavar="SHA256",
                      help="trust exactly this self-signed IMAP certificate (fingerprint)")
    edit.add_argument("--trust-smtp-cert", metavar="SHA256",
                      help="trust exactly this self-signed SMTP certificate (fingerprint)")
    edit.add_argument("--untrust-certs", action="store_true",
                      help="stop trusting self-signed certificates for this account")
    edit.set_defaults(func=cmd_edit)

    remove = actions.add_parser("remove", help="remove an account and its local mail")
    remove.add_argument("account", help="account name, address or number")
    remove.add_argument("--keep-mail", action="store_true",
                        help="keep the mail already downloaded")
    remove.set_defaults(func=cmd_remove)

    test = actions.add_parser("test", help="connect and log in, and say what fails")
    test.add_argument("account", help="account name, address or number")
    test.add_argument("--ask-password", action="store_true",
                      help="use a password typed now instead of the stored one")
    test.set_defaults(func=cmd_test)


def _server_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--username", help="login name (default: the address)")
    parser.add_argument("--imap-host")
    parser.add_argument("--imap-port", type=int)
    parser.add_argument("--imap-security", choices=SECURITY)
    parser.add_argument("--smtp-host")
    parser.add_argument("--smtp-port", type=int)
    parser.add_argument("--smtp-security", choices=SECURITY)
    parser.add_argument("--smtp-username", help="SMTP login name (default: the IMAP one)")
    parser.add_argument("--allow-insecure", action="store_true", default=None,
                        help="allow an unencrypted connection to a server that is not this "
                             "computer (your password travels readable)")


def _days(text: str) -> int:
    """A whole number of days, 0 or more (argparse turns the error into plain words)."""
    try:
        days = int(text)
    except ValueError:
        days = -1
    if not 0 <= days <= 36_500:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a number of days: give a whole number from 0 to 36500, "
            "for example 7")
    return days


def read_password(prompt: str = "Password: ") -> str:
    """The password from stdin (piped) or typed without echo."""
    if not sys.stdin.isatty():
        line = sys.stdin.readline()
        return line.rstrip("\r\n")
    return getpass.getpass(prompt)


def _settings(args: argparse.Namespace) -> dict[str, Any]:
    keys = ("username", "imap_host", "imap_port", "imap_security", "smtp_host", "smtp_port",
            "smtp_security", "smtp_username", "allow_insecure")
    return {k: getattr(args, k) for k in keys if getattr(args, k, None) is not None}


def _store_note(stored: bool) -> None:
    if not stored:
        from seller_desk.core.mail.connection import credentials

        status = credentials.backend_status()
        print("Note: no usable password store, so the password was not saved "
              f"({status.description}). {status.hint}")


def cmd_add(args: argparse.Namespace) -> int:
    from seller_desk.core.mail.connection import accounts

    open_db(args)
    # a mistyped address or server is refused before the password is asked for
    accounts.new_account_values(args.name, args.email, provider=args.provider,
                                **_settings(args))
    tokens = None
    settings = _settings(args)
    if args.oauth:
        from seller_desk.core.mail.connection import oauth

        tokens = sign_in_in_browser(args.oauth, args.email)
        settings["auth"] = args.oauth
        if args.provider is None and accounts.detect_provider(args.email) == "generic":
            # a domain of its own on Microsoft 365 / Google Workspace: their servers
            args.provider = oauth.providers()[args.oauth].preset
        password = None
    else:
        password = None if args.no_password else read_password(f"Password for {args.email}: ")
    account = accounts.add_account(args.name, args.email, provider=args.provider,
                                   counts_from=accounts.counts_from(args.waiting_since),
                                   tokens=tokens, **settings)
    print(f"Added {account}: IMAP {account.imap_host}:{account.imap_port} "
          f"({accounts.describe_security(account)}).")
    print(f"Customers count as waiting from {account.counts_from:%Y-%m-%d %H:%M} UTC: older "
          "unanswered mail is kept and searchable but starts no reply timer.")
    if password:
        _store_note(accounts.set_password(account, password))
    preset = accounts.PRESETS.get(account.provider)
    if tokens is not None:
        from seller_desk.core.mail.connection import credentials, oauth

        print(f"Signed in with {oauth.providers()[args.oauth].label}.")
        if credentials.is_session_only(oauth.token_key(account.email)):
            _store_note(False)
    elif preset is not None and preset.needs_app_password:
        print(f"Tip: {preset.help}")
    if args.test:
        return _run_test(account, password)
    return 0


def sign_in_in_browser(provider_key: str, email: str) -> Any:
    """The browser step from a terminal: the address to open is printed; the answer comes
    to the listener on 127.0.0.1, or, on a computer without a browser, the seller signs in
    elsewhere and pastes the address the browser ended on."""
    import select
    import threading

    from seller_desk.core.mail.connection import oauth
    from seller_desk.core.mail.errors import MailError

    flow = oauth.SignIn(provider_key, email=email)
    print(f"Open this address in a browser and sign in as {email}:\n\n  {flow.url}\n")
    print("Waiting for the browser. On a computer without one: sign in on another device, "
          "then paste here the address its browser ends on (it starts with "
          f"{flow.redirect_uri}) and press Enter.", flush=True)
    stop = threading.Event()
    outcome: dict[str, Any] = {}

    def listen() -> None:
        try:
            outcome["tokens"] = flow.wait(cancelled=stop.is_set)
        except MailError as exc:
            outcome["error"] = exc

    listener = threading.Thread(target=listen, daemon=True)
    listener.start()
    reading = True
    try:
        while listener.is_alive():
            if not reading:
                listener.join(0.25)
                continue
            ready, _, _ = select.select([sys.stdin], [], [], 0.25)
            if not ready:
                continue
            line = sys.stdin.readline()
            if not line:  # nothing more will be pasted: the browser it is
                reading = False
            elif line.strip():
                stop.set()
                listener.join()
                return flow.finish(line.strip())
    except KeyboardInterrupt:
        stop.set()
        raise
    if "error" in outcome:
        raise outcome["error"]
    return outcome["tokens"]


def cmd_sign_in(args: argparse.Namespace) -> int:
    from seller_desk.core.mail.connection import accounts, oauth
    from seller_desk.core.mail.send import outbox

    open_db(args)
    account = accounts.get_account(args.account)
    provider = accounts.sign_in_provider(account)
    oauth.keep(account.email, sign_in_in_browser(provider, account.email))
    waiting = outbox.retry_all(account, failed=False)
    print(f"Signed in again: {account.email}." + (
        f" {waiting} queued message(s) go out at the next send." if waiting else ""))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from seller_desk.core.mail.connection import accounts, credentials

    open_db(args)
    rows = accounts.list_accounts()
    if not rows:
        print("No accounts yet. Add one with: seller-desk account add --name ... --email ...")
        return 0
    for acc in rows:
        state = "on" if acc.enabled else "off"
        if acc.auth != "password":
            from seller_desk.core.mail.connection import oauth

            has_password = (f"signed in with {acc.auth.title()}" if oauth.signed_in(acc.email)
                            else f"not signed in (seller-desk account sign-in {acc.id})")
        else:
            has_password = ("password stored" if credentials.get_password(acc.email)
                            else "no password")
        print(f"{acc.id:>3}  {acc.name}  <{acc.email}>  [{state}]")
        print(f"     IMAP {acc.imap_host}:{acc.imap_port} ({accounts.describe_security(acc)}); "
              f"SMTP {acc.smtp_host or '-'}:{acc.smtp_port} "
              f"({accounts.describe_security(acc, 'smtp')}); {has_password}")
        if acc.last_sync_at:
            print(f"     last sync {acc.last_sync_at:%Y-%m-%d %H:%M} UTC")
        if acc.last_error:
            print(f"     last problem: {acc.last_error}")
    return 0


def cmd_edit(args: argparse.Namespace) -> int:
    from seller_desk.core.mail.connection import accounts

    open_db(args)
    changes = _settings(args)
    for key in ("name", "email", "enabled"):
        if getattr(args, key, None) is not None:
            changes[key] = getattr(args, key)
    if args.trust_imap_cert:
        changes["imap_trusted_fingerprint"] = args.trust_imap_cert
    if args.trust_smtp_cert:
        changes["smtp_trusted_fingerprint"] = args.trust_smtp_cert
    if args.untrust_certs:
        changes["imap_trusted_fingerprint"] = None
        changes["smtp_trusted_fingerprint"] = None
    account = accounts.get_account(args.account)
    password = read_password(f"New password for {account.email}: ") if args.password else None
    account = accounts.edit_account(account, **changes)
    if password:
        _store_note(accounts.set_password(account, password))
    print(f"Saved {account}.")
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    from seller_desk.core.mail.connection import accounts

    open_db(args)
    account = accounts.get_account(args.account)
    accounts.remove_account(account, keep_mail=args.keep_mail)
    print(f"Removed {account}" + (" (its mail is kept)." if args.keep_mail else "."))
    return 0


def cmd_test(args: argparse.Namespace) -> int:
    from seller_desk.core.mail.connection import accounts

    open_db(args)
    account = accounts.get_account(args.account)
    password = read_password(f"Password for {account.email}: ") if args.ask_password else None
    return _run_test(account, password)


def _run_test(account: Account, password: str | None) -> int:
    from seller_desk.core.mail import errors
    from seller_desk.core.mail.connection import connect

    print(f"Testing {account} ...")
    try:
        for line in connect.test_account(account, password):
            print(f"  ok: {line}")
    except errors.MailError as exc:
        for line in getattr(exc, "lines", []):
            print(f"  ok: {line}")
        part = "incoming" if getattr(exc, "protocol", "imap") == "imap" else "outgoing"
        print(f"  FAILED ({part} mail): {exc.message}")
        if exc.hint:
            print(f"  What to do: {exc.hint}")
        fingerprint = getattr(exc, "fingerprint", "")
        if fingerprint:
            flag = "--trust-imap-cert" if part == "incoming" else "--trust-smtp-cert"
            print(f"  To trust this certificate: seller-desk account edit "
                  f"{account.id} {flag} {fingerprint}")
        return 1
    print("Everything works.")
    return 0
