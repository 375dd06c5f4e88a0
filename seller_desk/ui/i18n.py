"""The interface language: loading the compiled translations, switching, local formats.

Seller Desk speaks English (the source language), Bahasa Melayu and Bahasa Indonesia. The
translations are Qt ``.qm`` files in ``resources/translations`` (compiled from the ``.ts``
sources there by ``resources/translations/update.py``). :func:`install` loads the one for a
language into the application; Qt then sends every widget a ``LanguageChange`` event, and
our pages re-read their texts in ``changeEvent``, so switching needs no restart.

Dates, numbers and money follow the same choice through babel, with the seller's country
as the region (``ms_MY``, ``id_ID``, ``en_MY`` ...); the ``ui.locale`` setting overrides it.
"""

from __future__ import annotations

import locale as _pylocale
import logging
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from babel import Locale, UnknownLocaleError
from babel import dates as babel_dates
from babel import numbers as babel_numbers

from seller_desk.core.common import messages, money, paths, timefmt
from seller_desk.core.common.errors import UserError
from seller_desk.core.common.messages import Msg
from seller_desk.core.common.settings import Settings
from seller_desk.ui.qt import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QLocale,
    QObject,
    QTranslator,
    Signal,
)

logger = logging.getLogger(__name__)

# The languages we ship, by code, with their names in their own language.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "ms": "Bahasa Melayu",
    "id": "Bahasa Indonesia",
}
SOURCE_LANGUAGE = "en"
# The region used when the seller's country has no locale for the language.
DEFAULT_REGION = {"en": "MY", "ms": "MY", "id": "ID"}
QM_PREFIX = "seller_desk_"
#: how date fields are typed: day first, as in Malaysia and Indonesia, with the full year
DATE_FORMAT = "dd/MM/yyyy"

# Texts inside Qt's own widgets (dialog buttons, the edit menu of text fields, spin boxes).
# Qt ships no Malay or Indonesian for them, so our translation files carry these too; the
# contexts and sources are Qt's, which is how Qt looks them up.
QT_OWN_TEXTS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Undo"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Redo"),
    QT_TRANSLATE_NOOP("QLineEdit", "Cu&t"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Copy"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Paste"),
    QT_TRANSLATE_NOOP("QLineEdit", "Delete"),
    QT_TRANSLATE_NOOP("QLineEdit", "Select All"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Undo"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Redo"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Cu&t"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Copy"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Copy &Link Location"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Paste"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Delete"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Select All"),
    QT_TRANSLATE_NOOP("QAbstractSpinBox", "&Select All"),
    QT_TRANSLATE_NOOP("QAbstractSpinBox", "&Step up"),
    QT_TRANSLATE_NOOP("QAbstractSpinBox", "Step &down"),
)


# The core's messages (errors and hints) are looked up by id in this context; their English
# texts come from seller_desk.core.common.messages and resources/translations/update.py hands
# them to lupdate, each with its id as the disambiguation.
CORE_CONTEXT = "CoreMessages"

class FallbackTranslator(QTranslator):
    """A translator that also looks in the empty context.

    lupdate files a text passed to a module-level helper named ``tr`` (``tr("Unread")``)
    under the empty context, while at run time it is asked for under the helper's own
    context; looking in the empty context when the real one has no entry finds it.
    """

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        text = super().translate(context, source, disambiguation, n)
        if not text and context:
            text = super().translate("", source, disambiguation, n)
        # None (a null string) tells Qt "not translated here": it then shows the source
        return text or None


class _State:
    language = SOURCE_LANGUAGE
    locale = "en_MY"
    translator: FallbackTranslator | None = None


class LanguageNotifier(QObject):
    """Signals:
        changed(str): the interface language was switched to this code.
    """

    changed = Signal(str)


_state = _State()
_notifier: LanguageNotifier | None = None


def notifier() -> LanguageNotifier:
    """The object that announces language switches (for non-widget listeners)."""
    global _notifier
    if _notifier is None:
        _notifier = LanguageNotifier()
    return _notifier


def translations_dir() -> Path:
    return paths.resource("translations")


def qm_path(language: str) -> Path:
    return translations_dir() / f"{QM_PREFIX}{language}.qm"


def system_language() -> str:
    """The computer's language code ("ms", "id", "en" ...), from Qt or the environment."""
    name = QLocale.system().name()  # e.g. "ms_MY"; "C" when nothing is set
    if name and name not in ("C", "POSIX"):
        return name.split("_")[0].lower()
    try:
        env = _pylocale.getlocale()[0] or ""
    except ValueError:
        env = ""
    return env.split("_")[0].lower() if env else ""


def resolve(setting: str | None, system: str | None = None) -> str:
    """The language to show for the ``ui.language`` setting ("" means the system's)."""
    if setting in LANGUAGES:
        return setting
    system = system if system is not None else system_language()
    # Indonesian's old ISO code "in" still turns up on some systems
    system = {"in": "id", "zsm": "ms"}.get(system, system)
    return system if system in LANGUAGES else SOURCE_LANGUAGE


def locale_for(language: str, country: str = "", override: str = "") -> str:
    """A babel locale name for ``language`` in ``country`` ("ms" + "MY" -> "ms_MY")."""
    if override:
        try:
            return str(Locale.parse(override.replace("-", "_")))
        except (ValueError, UnknownLocaleError):
            logger.warning("Unknown locale %r in the settings; ignoring it", override)
    for region in (country.upper(), DEFAULT_REGION.get(language, "")):
        if not region:
            continue
        try:
            return str(Locale.parse(f"{language}_{region}"))
        except (ValueError, UnknownLocaleError):
            continue
    return language


def install(language: str, country: str = "", locale_override: str = "") -> str:
    """Switch the running application to ``language``; return the language now in use.

    Loads ``seller_desk_<language>.qm`` (English has plural forms only), replaces the
    translator installed before, and sets the default QLocale and the babel locale.
    Every widget receives ``QEvent.LanguageChange``. A missing file is logged and the
    source texts (English) are shown instead.
    """
    app = QCoreApplication.instance()
    language = language if language in LANGUAGES else SOURCE_LANGUAGE
    if app is not None and _state.translator is not None:
        app.removeTranslator(_state.translator)
        _state.translator = None
    translator = FallbackTranslator()
    path = qm_path(language)
    if translator.load(str(path)):
        if app is not None:
            app.installTranslator(translator)
        _state.translator = translator
    elif language != SOURCE_LANGUAGE:
        logger.warning("No translation file %s; showing English", path)
        language = SOURCE_LANGUAGE
    _state.language = language
    _state.locale = locale_for(language, country, locale_override)
    QLocale.setDefault(QLocale(_state.locale))
    notifier().changed.emit(language)
    return language


def install_from_settings(settings: Settings) -> str:
    """Apply the ``ui.language`` / ``ui.locale`` / ``seller.country`` settings."""
    get = settings.get
    return install(resolve(get("ui.language")), get("seller.country") or "",
                   get("ui.locale") or "")


def current_language() -> str:
    return _state.language


def current_locale() -> str:
    """The babel locale name in use, e.g. "ms_MY"."""
    return _state.locale


def is_language_change(event: QEvent) -> bool:
    """True for the event Qt sends a widget after the language was switched."""
    return event.type() == QEvent.Type.LanguageChange


# --- formats ---------------------------------------------------------------------------


def format_date(value: date | datetime | None, fmt: str = "medium") -> str:
    """A date the seller's way: "1 Mac 2026" (ms), "1 Mar 2026" (id), "1 Mar 2026" (en)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = timefmt.local(value).date()
    return babel_dates.format_date(value, fmt, locale=_state.locale)


def format_datetime(value: datetime | None, fmt: str = "medium") -> str:
    """Date and time in the seller's zone: "1 Mac 2026, 2:05 PTG"."""
    if value is None:
        return ""
    here = timefmt.local(value)
    return babel_dates.format_datetime(here, fmt if fmt != "medium" else _medium_dt(),
                                       locale=_state.locale)


def _medium_dt() -> str:
    # a medium date with a short time; babel's "medium" datetime adds seconds we never need
    loc = Locale.parse(_state.locale)
    pattern = loc.datetime_formats["medium"]
    date_p = loc.date_formats["medium"].pattern
    time_p = loc.time_formats["short"].pattern
    text = pattern if isinstance(pattern, str) else str(pattern)
    return text.replace("{1}", date_p).replace("{0}", time_p)


def format_day(value: datetime, with_year: bool = False) -> str:
    """The day with its full name: "Thursday, 17 December" (en), "Khamis, 17 Disember"
    (ms), "Kamis, 17 Desember" (id); CLDR's own skeletons shorten the Malay day name, so
    the pattern is ours (day before month, as all three languages write it). ``value`` is
    in the seller's zone already (see ``timefmt.local``)."""
    pattern = "EEEE, d MMMM y" if with_year else "EEEE, d MMMM"
    return babel_dates.format_date(value.date(), pattern, locale=_state.locale)


def format_time(value: datetime | None) -> str:
    if value is None:
        return ""
    return babel_dates.format_time(timefmt.local(value), "short", locale=_state.locale)


def format_number(value: int | float | Decimal, decimals: int | None = None) -> str:
    """A number with the locale's grouping: "1,234" (en, ms), "1.234" (id)."""
    if decimals is None:
        return babel_numbers.format_decimal(value, locale=_state.locale)
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return babel_numbers.format_decimal(value, format=pattern, locale=_state.locale)


def format_percent(value: float) -> str:
    return babel_numbers.format_percent(value, locale=_state.locale)


def format_money(amount: Decimal | int | str | None, currency: str) -> str:
    """Money with its currency the locale's way: "RM1,234.50", "Rp150.000"."""
    if amount is None:
        return ""
    try:
        return money.format_money(amount, currency or "MYR", locale=_state.locale)
    except UserError:
        # an unknown currency code typed by hand: show the figure and the code as they are
        return f"{currency} {format_number(Decimal(str(amount)), 2)}"


def read_amount(text: str, currency: str, field: str = "amount") -> Decimal:
    """An amount typed in a form, read by the currency's rules whatever the interface
    language ("85.000" rupiah are 85,000 in English too); see ``money.parse_amount``.

    Raises:
        ValidationError: not an amount, or one that could mean two (the message asks which).
    """
    return money.parse_amount(text, (currency or "").strip().upper() or "MYR", field=field)


def amount_text(amount: Decimal, currency: str) -> str:
    """An amount for a form field to show: the interface's marks, the currency's decimals."""
    try:
        return money.format_amount(amount, currency, locale=_state.locale)
    except UserError:  # a currency code being typed: two decimals, the interface's way
        return format_number(amount, 2)


def duration(seconds: float) -> str:
    """A compact waiting time in the interface language: "45 min", "3 h 20 min", "2 d 4 h",
    "12 d", "5 months", "over a year" (the longer the wait, the less its hours matter)."""
    seconds = max(0, int(seconds))
    minutes = seconds // 60
    if minutes < 1:
        return QCoreApplication.translate("Duration", "now")
    if minutes < 60:
        return QCoreApplication.translate("Duration", "%1 min").replace("%1", str(minutes))
    hours, minutes = divmod(minutes, 60)
    if hours < 24:
        if minutes:
            return QCoreApplication.translate("Duration", "%1 h %2 min").replace(
                "%1", str(hours)).replace("%2", f"{minutes:02d}")
        return QCoreApplication.translate("Duration", "%1 h").replace("%1", str(hours))
    days, hours = divmod(hours, 24)
    if days >= 365:
        # a wait this long is history, not a clock: "10205 d 2 h" said nothing and was cut
        return QCoreApplication.translate("Duration", "over a year")
    if days >= 60:
        return QCoreApplication.translate("Duration", "%n months", "", days * 12 // 365)
    if hours and days < 7:
        return QCoreApplication.translate("Duration", "%1 d %2 h").replace(
            "%1", str(days)).replace("%2", str(hours))
    return QCoreApplication.translate("Duration", "%1 d").replace("%1", str(days))


def widest_durations() -> list[str]:
    """The longest texts :func:`duration` gives, for the width of a column of clocks."""
    day = 86_400
    return [duration(s) for s in (23 * 3600 + 59 * 60, 6 * day + 23 * 3600, 59 * day,
                                  300 * day, 400 * day)]


def hours_text(hours: float) -> str:
    """Hours as a short figure for KPIs: "3.5 h" / "3,5 j"."""
    return QCoreApplication.translate("Duration", "%1 h").replace(
        "%1", format_number(round(hours, 1), 1 if hours < 10 else 0))


def unexpected_text() -> str:
    """What to tell the seller about a bug: plain words, never the exception's own text (the
    task runner logs its traceback)."""
    #: shown for a failure nobody foresaw (a bug), with no details: they are in the log
    return QCoreApplication.translate(
        "Errors", "Something unexpected went wrong; the details are in the log.")


def shown_error(exc: BaseException) -> str:
    """A known error's message and hints, or :func:`unexpected_text` for any other one."""
    return error_text(exc) if isinstance(exc, UserError) else unexpected_text()


class Retranslating:
    """Mixin for widgets whose texts are set in ``retranslate()``.

    Put it before the Qt class (``class Page(Retranslating, QWidget)``); call
    ``self.retranslate()`` at the end of ``__init__``. On every language switch Qt sends
    ``LanguageChange`` and the texts are set again in the new language.
    """

    def retranslate(self) -> None:  # pragma: no cover - every user overrides it
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]  # a mixin: the Qt class after it has it


class LiveTexts:
    """Texts made from what happened (a test's outcome, a sync's progress), said again in
    the new language on a switch.

    ``retranslate()`` re-reads a screen's fixed words, but a status such as "Connecting to
    imap.gmail.com…" is built once, when it happens, and would stay in the old language.
    Setting it through :meth:`show` keeps how it was made, and :meth:`retell` (called from
    the owner's ``retranslate()``) makes it again.
    """

    def __init__(self) -> None:
        self._makers: dict[int, tuple[Any, Callable[[], str]]] = {}

    def show(self, label: Any, make: Callable[[], str]) -> str:
        """Set ``label``'s text to ``make()``, now and after every language switch."""
        self._makers[id(label)] = (label, make)
        text = make()
        label.setText(text)
        return text

    def retell(self) -> None:
        for label, make in list(self._makers.values()):
            label.setText(make())


# --- the core's messages -------------------------------------------------------------


def _join(show: Callable[[Any], str]) -> Callable[[Any], str]:
    return lambda values: ", ".join(show(v) for v in values)


#: kind -> how the interface shows a parameter of that kind (see core.common.messages).
#: The screens that own a kind's words add theirs (ui/orders/labels.py: statuses, channels);
#: a kind nobody added is shown the English way.
MESSAGE_KINDS: dict[str, Callable[[Any], str]] = {
    "language": lambda code: LANGUAGES.get(str(code), str(code)),
    "money": lambda value: format_money(value[0], value[1]),
    "amount": lambda value: money.format_exact(value[0], value[1], locale=_state.locale),
    "decimal": lambda value: format_number(float(value), 1),
    "list": _join(str),
}


def message_text(msg: Msg) -> str:
    """A message of the core in the interface language, found by its id.

    The Malay and Indonesian texts are in the ``.ts`` files under :data:`CORE_CONTEXT`, with
    the English text as the source and the id as the disambiguation; the parameters are
    filled in afterwards, each shown the interface's way (translated statuses, local money).
    """
    if msg.literal is not None:
        return msg.literal
    english = messages.MESSAGES.get(msg.id)
    if english is None:
        return msg.english()
    text = QCoreApplication.translate(CORE_CONTEXT, english, msg.id) or english
    shows = {**messages.ENGLISH_KINDS, **MESSAGE_KINDS}
    return messages.render(text, msg.params, messages.KINDS_OF.get(msg.id, {}), shows)


def error_text(exc: BaseException) -> str:
    """What to tell the seller about ``exc``: a known error's message and hints, translated."""
    if not isinstance(exc, UserError):
        return str(exc)
    parts = [message_text(exc.msg), *(message_text(h) for h in exc.hints)]
    return " ".join(p for p in parts if p)
