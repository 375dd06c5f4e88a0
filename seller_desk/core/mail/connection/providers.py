"""The big mail providers' presets (servers, ports, security, app-password advice), and
which one an address or server belongs to."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Preset:
    """Server settings of a provider, and what the seller must know about it."""

    key: str
    label: str
    imap_host: str
    imap_port: int
    imap_security: str
    smtp_host: str
    smtp_port: int
    smtp_security: str
    server_saves_sent: bool
    domains: tuple[str, ...] = ()
    needs_app_password: bool = False
    help: str = ""


PRESETS: dict[str, Preset] = {
    "gmail": Preset(
        "gmail", "Gmail", "imap.gmail.com", 993, "ssl", "smtp.gmail.com", 465, "ssl",
        server_saves_sent=True,  # Gmail files SMTP-sent mail into Sent by itself
        domains=("gmail.com", "googlemail.com"),
        needs_app_password=True,
        help="Use an app password (myaccount.google.com/apppasswords); IMAP is on by default.",
    ),
    "outlook": Preset(
        "outlook", "Outlook / Hotmail", "outlook.office365.com", 993, "ssl",
        "smtp-mail.outlook.com", 587, "starttls",
        server_saves_sent=True,
        domains=("outlook.com", "hotmail.com", "live.com", "msn.com", "hotmail.co.uk",
                 "outlook.co.id", "hotmail.my", "live.com.my"),
        needs_app_password=True,
        help="Turn IMAP on in Outlook.com settings; with two-step verification use an app "
        "password.",
    ),
    "yahoo": Preset(
        "yahoo", "Yahoo Mail", "imap.mail.yahoo.com", 993, "ssl", "smtp.mail.yahoo.com", 465,
        "ssl",
        server_saves_sent=False,
        domains=("yahoo.com", "ymail.com", "rocketmail.com", "yahoo.co.id", "yahoo.com.my",
                 "yahoo.co.uk"),
        needs_app_password=True,
        help="Generate an app password in Yahoo's Account security page.",
    ),
    "generic": Preset(
        "generic", "Other (IMAP)", "", 993, "ssl", "", 465, "ssl",
        server_saves_sent=False,
        help="Your hosting provider lists the IMAP and SMTP servers in its mail settings page.",
    ),
}


def detect_provider(email: str, imap_host: str = "") -> str:
    """The preset key for an address (or a server name), 'generic' when unknown."""
    domain = email.rpartition("@")[2].strip().lower()
    host = imap_host.strip().lower()
    for preset in PRESETS.values():
        if domain in preset.domains:
            return preset.key
        if host and preset.imap_host and host == preset.imap_host:
            return preset.key
    if domain.startswith("yahoo."):
        return "yahoo"
    if domain.startswith(("hotmail.", "live.", "outlook.")):
        return "outlook"
    return "generic"


def preset_for(email: str) -> Preset:
    """The preset matching ``email``; for other domains, guesses imap./smtp. names."""
    key = detect_provider(email)
    preset = PRESETS[key]
    if key != "generic":
        return preset
    domain = email.rpartition("@")[2].strip().lower()
    if not domain:
        return preset
    return Preset(
        "generic", preset.label, f"imap.{domain}", 993, "ssl", f"smtp.{domain}", 465, "ssl",
        server_saves_sent=False, help=preset.help,
    )


# --- validation ----------------------------------------------------------------------
