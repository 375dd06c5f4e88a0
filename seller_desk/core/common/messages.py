"""What the core tells the seller, by message id: one catalogue of English texts.

A known error (:class:`~seller_desk.core.common.errors.UserError` and its kin) carries a
:class:`Msg`: a stable id such as ``"order.quantity_whole"`` and named parameters
(``{"title": "Batik scarf"}``), never a finished sentence. The English text is made here,
from :data:`MESSAGES`, so the command line and the log still read English; the interface
looks the same id up in its Malay and Indonesian catalogues and fills in the same
parameters. Nothing has to match English text with patterns, and a sentence cannot reach a
Malay or Indonesian seller in English because nobody listed it.

A parameter is written ``{name}`` in a text. Some parameters hold a stored code (an order
status, a sales channel, a language) or a value each language writes its own way (money, a
decimal figure): :data:`KINDS_OF` says which, so each side can show the code in its own
words. The English renderers of those kinds are in :data:`ENGLISH_KINDS`.

Adding a message: put its id and English text here, raise it with the id, then run
``python resources/translations/update.py`` and translate it (``docs/translations.md``).
``tests/unit/test_message_ids.py`` fails until every id raised is here, every id here is
raised, and Malay and Indonesian have it.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

logger = logging.getLogger(__name__)

#: message id -> the English text, with ``{name}`` where a parameter goes
MESSAGES: dict[str, str] = {
    # --- money -------------------------------------------------------------------------
    "money.currency_unknown": "“{code}” is not a currency code.",
    "money.currency_hint": "Use a three-letter code such as MYR, IDR, SGD or USD.",
    "money.not_exact": "Amounts must be exact numbers.",
    "money.not_amount": "“{value}” is not an amount.",
    "money.ambiguous": "“{value}” could mean {small} or {large}. Which one is it?",
    "money.ambiguous_hint": "For the larger amount type {plain} without a dot or comma; "
                            "for cents type two decimals, such as 12.50.",
    # --- orders ------------------------------------------------------------------------
    "order.amount_negative": "The amount cannot be negative.",
    "order.amount_zero": "The amount must be more than zero.",
    "order.amount_too_large": "The amount is too large.",
    "order.amount_decimals": "Amounts have at most two decimals.",
    "order.no_items": "An order needs at least one item.",
    "order.item_no_title": "Item {number} has no product name.",
    "order.quantity_whole": "The quantity of “{title}” must be a whole number.",
    "order.quantity_min": "The quantity of “{title}” must be at least 1.",
    "order.date_invalid": "Not a date and time.",
    "order.number_missing": "The order number is missing.",
    "order.number_too_long": "The order number is too long.",
    "order.duplicate": "There is already an order {number} on {channel}.",
    "order.duplicate_hint": "Open that order, or check the number.",
    "order.channel_unknown": "“{channel}” is not a sales channel.",
    "order.channel_hint": "Choose one of: {channels}.",
    "order.status_unknown": "“{status}” is not an order status.",
    "order.paid_before_placed": "Payment cannot come before the order was placed.",
    "order.total_too_large": "The order total is too large.",
    "order.fields_unknown": "Cannot change {fields} here.",
    "order.placed_after_shipped": "The order cannot be placed after it was shipped.",
    "order.transition": "An order that is {current} cannot become {new}.",
    "order.transition_hint": "Allowed next: {allowed}.",
    "order.transition_final_hint": "Allowed next: none.",
    "order.refund_too_large": "Refunds cannot exceed the order total; at most {left} is left.",
    # --- the product catalogue --------------------------------------------------------
    "product.name_missing": "The product needs a name.",
    "product.price_invalid": "A price cannot be negative and has at most two decimals.",
    "product.sku_taken": "The SKU {sku} belongs to “{other}”.",
    "product.sku_taken_hint": "If they are the same product, merge them instead.",
    "product.merge_same": "Choose another product to merge with.",
    "product.gone": "This product is no longer in the catalogue (merged or removed).",
    # --- order number patterns ---------------------------------------------------------
    "patterns.invalid": "The pattern {where} is not valid: {reason}.",
    "patterns.notice_kind_unknown": "{where}: unknown notice kind “{kind}”.",
    # --- customers ---------------------------------------------------------------------
    "address.invalid": "“{address}” is not an email address.",
    "not_customer.public_domain": "Everyone at {domain} cannot be marked: anyone can have an "
                                  "address there, your customers too.",
    "not_customer.public_domain_hint": "Mark only this sender.",
    "customer.email_taken": "{email} already belongs to {name}.",
    "customer.email_taken_unnamed": "{email} already belongs to another customer.",
    "customer.merge_hint": "Merge the two customers instead.",
    "customer.merge_self": "A customer cannot be merged with itself.",
    "customer.email_unknown": "{email} belongs to no customer.",
    "customer.only_address": "{email} is the only address of {name}.",
    "customer.only_address_unnamed": "{email} is the only address of this customer.",
    "customer.phone_invalid": "“{phone}” is not a phone number.",
    "customer.phone_hint": "Write it with the country code, e.g. +60 12-345 6789.",
    # --- shipping ----------------------------------------------------------------------
    "shipment.courier_unknown": "“{code}” is not a courier Seller Desk knows.",
    "shipment.tracking_too_long": "The tracking number is too long.",
    "shipment.tracking_shape": "{number} does not look like a {courier} tracking number.",
    "shipment.tracking_shape_hint": "Check the number on the parcel slip, or save it anyway.",
    "shipment.shipped_before_order": "The parcel cannot be shipped before the order was placed.",
    "shipment.shipped_in_future": "The shipped date is in the future.",
    "shipment.shipped_after_delivered": "The parcel cannot be shipped after it was delivered.",
    "shipment.delivered_before_shipped": "A parcel cannot arrive before it was shipped.",
    # --- the "shipped" email -----------------------------------------------------------
    "shipped_mail.no_address": "The customer has no email address.",
    "shipped_mail.no_address_hint": "Add an email address to the customer, or send the "
                                    "tracking number another way.",
    "shipped_mail.no_template": "There is no “shipped” template.",
    "shipped_mail.no_template_hint": "Restore it under Templates.",
    "shipped_mail.incomplete": "The “shipped” message cannot be filled in yet.",
    "shipped_mail.incomplete_hint": "Check the template's placeholders under Templates.",
    # --- conversations and reminders ---------------------------------------------------
    "conversation.resolved_before_start": "A conversation cannot be resolved before it began.",
    "conversation.tag_unknown": "“{tag}” is not a tag.",
    "conversation.tag_hint": "Use one of: {tags}.",
    "snooze.no_time": "Snooze until a time, or until the customer replies.",
    "snooze.in_past": "Choose a time in the future.",
    "reminder.note_missing": "Write what the reminder is about.",
    "reminder.due_missing": "Choose when the reminder is due.",
    "reminder.no_customer": "This reminder is about no customer to wait for.",
    # --- templates and placeholders ----------------------------------------------------
    "template.name_missing": "Give the template a name.",
    "template.gone": "That template no longer exists.",
    "template.gone_hint": "Choose another template.",
    "template.body_missing": "The template has no text.",
    "template.placeholder_unknown": "Unknown placeholder: {names}",
    "template.placeholder_hint": "Choose placeholders from the list, for example "
                                 "{customer.first_name}.",
    "template.shortcut_taken": "The shortcut /{shortcut} is already used by “{name}”.",
    "template.exists": "This template already exists in {language}.",
    "placeholder.customer_name": "The customer's name is not known: add it to the customer.",
    "placeholder.customer_email": "The customer's address is not known.",
    "placeholder.no_order": "No order is linked to this conversation: link one, or type it in.",
    "placeholder.no_shipment": "The order has no shipment yet: add the courier and tracking "
                               "number.",
    "placeholder.no_items": "The order has no items: add them.",
    "placeholder.no_payment_due": "The order has no payment due date: set one on the order.",
    "placeholder.no_payment_method": "The order has no payment method: set it on the order.",
    "placeholder.no_refund": "No refund is recorded on the order yet.",
    "placeholder.no_tracking_number": "The shipment has no tracking number yet: add it.",
    "placeholder.no_tracking_link": "No tracking link: add the tracking number and a known "
                                    "courier.",
    "placeholder.no_eta": "The shipment has no expected delivery date: set the shipping date.",
    "placeholder.no_shipped_date": "The shipment has no shipping date: set it.",
    "placeholder.seller_name": "Your name is not set: fill it in under Settings > Shop.",
    "placeholder.shop_name": "Your shop's name is not set: fill it in under Settings > Shop.",
    "placeholder.payment_methods": "Your payment methods are not set: fill them in under "
                                   "Settings > Shop.",
    "placeholder.refund_policy": "Your refund policy is not set: fill it in under "
                                 "Settings > Shop.",
    "placeholder.signature": "Your signature is not set: fill it in under Settings > Shop.",
    "placeholder.no_sender": "No account is chosen to send from.",
    "placeholder.return_address": "Your return address is not set: type it into the message.",
    "placeholder.away_until": "Type the date your shop opens again into the message.",
    # --- writing and sending mail ------------------------------------------------------
    # --- first-run set-up and the shop's texts -------------------------------------------
    "setup.details_empty": "Your shop's details are empty: {names} will be left blank.",
    "setup.fallback_signature": "No signature in {language} yet; the English one is used.",
    "setup.fallback_payment_methods": "No payment methods in {language} yet; the English "
    "ones are used.",
    "setup.fallback_refund_policy": "No refund policy in {language} yet; the English one is "
    "used.",
    "setup.fallback_return_address": "No return address in {language} yet; the English one "
    "is used.",
    "clock.subdivision_unknown": "Holidays for “{subdivision}” are unknown; using the "
    "country's public holidays only.",
    "compose.file_unreadable": "The file {name} cannot be read ({reason}).",
    "compose.address_not_latin": "Seller Desk cannot send to “{address}”: letters before "
                                 "the @ must be Latin letters, digits or punctuation.",
    "compose.no_account": "There is no mail account to send from.",
    "compose.no_account_hint": "Add your shop's mailbox first (in the sidebar: + Add a "
                               "mailbox).",
    "compose.no_recipient": "Add at least one recipient.",
    "compose.unfilled": "The message still has placeholders that could not be filled: "
                        "{names}.",
    "compose.unfilled_hint": "Replace them with the right words before sending.",
    "compose.too_big": "The attachments are too big to send by email ({size} MB).",
    "compose.too_big_hint": "Most mail providers accept about {limit} MB: send fewer or "
                            "smaller files, or share a link.",
    "outbox.not_found": "There is no outbox message {number}.",
    "outbox.sending_no_retry": "This message is being sent right now, so it cannot be "
                               "retried.",
    "outbox.sending_no_cancel": "This message is being sent right now, so it cannot be "
                                "cancelled.",
    "outbox.sent_no_retry": "This message has already been sent, so it cannot be retried.",
    "outbox.sent_no_cancel": "This message has already been sent, so it cannot be cancelled.",
    "outbox.cancelled_no_retry": "This message was cancelled, so it cannot be retried.",
    "outbox.cancelled_no_cancel": "This message was cancelled, so it cannot be cancelled.",
    "outbox.no_retry": "This message cannot be retried.",
    "outbox.no_cancel": "This message cannot be cancelled.",
    # --- mail accounts -----------------------------------------------------------------
    "account.email_incomplete": "Enter the full email address, like shop@example.com.",
    "account.name_missing": "Give the account a name, like \"Shop Gmail\".",
    "account.imap_host_missing": "Enter the incoming (IMAP) mail server.",
    "account.port_range": "The {field} is a number from 1 to 65535.",
    "account.security_unknown": "Security must be SSL, STARTTLS or none.",
    "account.fingerprint_length": "A certificate fingerprint is 64 hexadecimal digits "
                                  "(SHA-256).",
    "account.provider_unknown": "Unknown provider “{provider}”.",
    "account.provider_hint": "Choose {providers}.",
    "account.exists": "An account for {email} exists already.",
    "account.settings_unknown": "Unknown account setting(s): {names}.",
    "account.not_found": "There is no account called “{name}”.",
    "account.not_found_hint": "See the list with: seller-desk account list",
    "account.password_empty": "Type the password.",
    "account.sync_window_range": "The sync window is a number of days from 0 (all mail) to "
                                 "36500.",
    # what an account's field may hold ({field}: which one, in each language's words)
    "account.field_control_chars": "The {field} contains a line break or another invisible "
                                   "control character.",
    "account.type_on_one_line": "Type it again on one line.",
    "account.type_again": "Type it again.",
    "account.field_too_long": "The {field} is too long: at most {limit} characters, not "
                              "{length}.",
    "account.email_type_address": "Type just the address, like shop@example.com.",
    "account.email_not_one": "Enter one full email address, like shop@example.com.",
    "account.email_local_too_long": "The part of the email address before the @ is too "
                                    "long: at most {limit} characters, not {length}.",
    "account.email_dots": "The email address has a dot at the start or end of its first "
                          "part, or two dots in a row.",
    "account.email_check_spelling": "Check how it is spelt.",
    "account.email_domain_invalid": "The part of the email address after the @ "
                                    "(“{domain}”) is not a valid domain, like example.com.",
    "account.host_spaces": "The {field} contains a space, a line break or another "
                           "invisible character.",
    "account.host_type_name": "Type just the name, like imap.example.com.",
    "account.host_too_long": "The {field} is too long: a server name has at most {limit} "
                             "characters, not {length}.",
    "account.host_scheme": "The {field} is just the server's name, like imap.example.com, "
                           "without \"http://\" or \"imaps://\" before it.",
    "account.host_path": "The {field} is just the server's name, like imap.example.com, "
                         "without a \"/\", \"@\" or anything after the name.",
    "account.host_with_port": "The {field} is just the server's name, like “{host}”, "
                              "without \":{port}\".",
    "account.port_own_field": "Put the port in the port field.",
    "account.host_not_a_name": "The {field} “{value}” is not a server name.",
    "account.host_name_like": "A server name is like imap.example.com.",
    "account.host_invalid": "The {field} “{value}” is not a valid server name.",
    "account.host_part_too_long": "The {field} “{value}” is not a valid server name (each "
                                  "part between dots has at most {limit} characters).",
    "account.host_name_too_long": "The {field} “{value}” is not a valid server name (at "
                                  "most {limit} characters).",
    "account.host_name_rules": "A server name is like imap.example.com: letters, digits and "
                               "hyphens, in parts joined by dots.",
    "credentials.unreadable": "The password store could not be read.",
    "credentials.unreadable_hint": "Unlock your keyring (it may be asking for your login "
                                   "password), then retry.",
    # --- mail servers (imap: the incoming server, smtp: the outgoing one) --------------
    "mail.insecure_refused": "Seller Desk will not send your password to {host} without "
                             "encryption.",
    "mail.insecure_refused_hint": "Choose SSL or STARTTLS. If this server really offers no "
                                  "encryption, tick \"Allow an unencrypted connection\" for "
                                  "this account.",
    "mail.pin_changed": "The server's certificate is not the one you chose to trust; it has "
                        "changed.",
    "mail.pin_changed_hint": "If you expected the change (a new certificate), check the "
                             "fingerprint and trust the new one; otherwise someone may be "
                             "intercepting the connection.",
    "mail.imap.not_found": "The mail server name “{host}” was not found.",
    "mail.smtp.not_found": "The outgoing mail server name “{host}” was not found.",
    "mail.not_found_hint": "Check the spelling of the server name and that you are online.",
    "mail.imap.refused": "The mail server at {where} refused the connection.",
    "mail.smtp.refused": "The outgoing mail server at {where} refused the connection.",
    "mail.refused_hint": "Check the port number and the security setting (SSL usually uses "
                         "port {ssl_port}, STARTTLS port {starttls_port}).",
    "mail.imap.timeout": "The mail server at {where} did not answer in time.",
    "mail.smtp.timeout": "The outgoing mail server at {where} did not answer in time.",
    "mail.timeout_hint": "Check your internet connection, the server name and the port; a "
                         "firewall may be blocking it.",
    "mail.imap.untrusted": "The mail server at {where} showed a certificate that is not "
                           "trusted ({reason}).",
    "mail.smtp.untrusted": "The outgoing mail server at {where} showed a certificate that is "
                           "not trusted ({reason}).",
    "mail.untrusted_hint": "If this is your own or your hosting provider's server with a "
                           "self-signed certificate, compare the fingerprint with the one "
                           "your provider gives and trust it. Otherwise do not connect: "
                           "someone may be intercepting the connection.",
    "mail.fingerprint": "Fingerprint (SHA-256): {fingerprint}",
    "mail.imap.tls_failed": "A secure connection to the mail server at {where} could not be "
                            "set up ({reason}).",
    "mail.smtp.tls_failed": "A secure connection to the outgoing mail server at {where} could "
                            "not be set up ({reason}).",
    "mail.tls_failed_hint": "Check the security setting: SSL and STARTTLS use different ports.",
    "mail.imap.auth_refused": "The mail server refused the user name or password.",
    "mail.smtp.auth_refused": "The outgoing mail server refused the user name or password.",
    "mail.imap.auth_refused_said": "The mail server refused the user name or password (it "
                                   "said: {said}).",
    "mail.smtp.auth_refused_said": "The outgoing mail server refused the user name or "
                                   "password (it said: {said}).",
    "mail.auth_hint": "Check the user name and the password.",
    "mail.auth_hint_gmail": "Gmail accepts an app password here, not your Google password: "
                            "with 2-Step Verification on, create one at "
                            "myaccount.google.com/apppasswords and use it.",
    "mail.auth_hint_outlook": "Outlook and Hotmail need IMAP turned on (Outlook.com > "
                              "Settings > Mail > Forwarding and IMAP) and, with two-step "
                              "verification, an app password from account.microsoft.com > "
                              "Security > Advanced security options.",
    "mail.auth_hint_yahoo": "Yahoo Mail needs an app password: Account info > Account "
                            "security > Generate app password, then use that password here.",
    "mail.imap.no_starttls": "The mail server at {where} does not offer STARTTLS.",
    "mail.smtp.no_starttls": "The outgoing mail server at {where} does not offer STARTTLS.",
    "mail.no_starttls_hint": "Choose SSL (and its port) instead, or ask your provider.",
    "mail.imap.cut": "The connection to the mail server at {where} was cut.",
    "mail.smtp.cut": "The connection to the outgoing mail server at {where} was cut.",
    "mail.cut_hint": "Check your internet connection; Seller Desk will try again.",
    "mail.imap.said": "The mail server said: {said}",
    "mail.smtp.said": "The outgoing mail server said: {said}",
    "mail.imap.unreachable": "The mail server at {where} cannot be reached ({reason}).",
    "mail.smtp.unreachable": "The outgoing mail server at {where} cannot be reached "
                             "({reason}).",
    "mail.unreachable_hint": "Check your internet connection.",
    "mail.imap.failed": "The mail server at {where} failed: {reason}",
    "mail.smtp.failed": "The outgoing mail server at {where} failed: {reason}",
    "mail.no_password": "No password is stored for {email}.",
    "mail.no_password_hint": "Enter the password (or app password) for this account.",
    "whatsapp.not_an_export": "This file is not a chat exported from WhatsApp.",
    "whatsapp.not_an_export_hint": "In WhatsApp open the chat, then ⋮ or the contact's "
                                   "name > More > Export chat, and choose the .txt or .zip "
                                   "it makes.",
    "whatsapp.date_order": "The dates in this chat (such as {example}) can be read day "
                           "first or month first.",
    "whatsapp.date_order_hint": "Say which your phone writes: day first (30/08/25) or "
                                "month first (8/30/25).",
    "whatsapp.bad_date": "A line of the chat has a date that does not exist: “{line}”.",
    "whatsapp.unreadable": "{name} cannot be read ({reason}).",
    "whatsapp.no_chat_in_zip": "{name} holds no WhatsApp chat (.txt).",
    "whatsapp.damaged_zip": "{name} is damaged and cannot be opened.",
    "whatsapp.who_is_seller": "Which of these names is you in the chat: {names}?",
    "whatsapp.who_is_seller_hint": "Choose your own name; the other person's messages "
                                   "become the customer's.",
    "whatsapp.customer_gone": "That customer no longer exists.",
    "whatsapp.customer_needed": "Whose chat is this? No customer was chosen.",
    "whatsapp.customer_needed_hint": "Choose the customer, or give their phone number.",
    "whatsapp.cancelled": "The import was stopped; nothing was saved.",
    "account.auth_unknown": "“{auth}” is not a way this mailbox can sign in.",
    "account.signs_in_with_password": "{email} signs in with a password, not with a "
                                      "browser sign-in.",
    "account.signs_in_with_password_hint": "Change its password with: seller-desk account "
                                           "edit ACCOUNT --password",
    "mail.oauth.unknown_provider": "Seller Desk cannot sign in with “{provider}”.",
    "mail.oauth.no_client": "This copy of Seller Desk cannot sign in with {provider}: it "
                            "was built without a {provider} app registration.",
    "mail.oauth.no_client_hint": "Use an app password if the mailbox allows it, or install "
                                 "a build that signs in with {provider} (or put its "
                                 "{file} in the data folder).",
    "mail.oauth.cancelled": "The sign-in was cancelled.",
    "mail.oauth.timed_out": "The sign-in was not finished in the browser.",
    "mail.oauth.timed_out_hint": "Start it again and finish it in the browser window that "
                                 "opens.",
    "mail.oauth.bad_state": "The answer from the sign-in page does not belong to this "
                            "sign-in, so it was not used.",
    "mail.oauth.try_again": "Start the sign-in again.",
    "mail.oauth.no_code": "The sign-in page sent no sign-in code back.",
    "mail.oauth.denied": "The sign-in was refused or cancelled in the browser.",
    "mail.oauth.denied_hint": "Sign in again and choose Accept when asked to let Seller "
                              "Desk read and send your mail.",
    "mail.oauth.client_refused": "The sign-in service refused this copy of Seller Desk "
                                 "({error}).",
    "mail.oauth.client_refused_hint": "The app registration of this build is not accepted; "
                                      "ask whoever gave you Seller Desk, or use an app "
                                      "password.",
    "mail.oauth.refused": "The sign-in service refused the sign-in ({error}).",
    "mail.oauth.no_refresh": "{provider} did not allow Seller Desk to stay signed in.",
    "mail.oauth.unreachable": "The {provider} sign-in service at {host} cannot be reached.",
    "mail.oauth.sign_in_needed": "{email} is not signed in.",
    "mail.oauth.sign_in_again": "The sign-in of {email} has ended (the password was "
                                "changed or the access was withdrawn).",
    "mail.oauth.sign_in_needed_hint": "Sign in again: your queued replies wait and go out "
                                      "once you are signed in.",
    "mail.oauth.clock_off": "This computer's clock is {minutes} minutes off, so the "
                            "sign-in service refuses it.",
    "mail.oauth.clock_off_hint": "Set the computer's date and time automatically, then "
                                 "sign in again.",
    "mail.oauth.no_mechanism": "The mail server at {where} does not accept a sign-in "
                               "token.",
    "mail.oauth.no_mechanism_hint": "Check the server names of this mailbox.",
    "documents.language_unknown": "There are no papers in “{language}”.",
    "documents.language_hint": "Choose en, ms or id.",
    "documents.kind_unknown": "Seller Desk cannot print a “{kind}”.",
    "documents.kind_hint": "Choose a packing slip, an invoice or a receipt.",
    "documents.order_gone": "That order no longer exists.",
    "documents.no_template": "There is no {kind} template in {language}.",
    "documents.field_unknown": "Unknown field in the template: {names}",
    "documents.field_hint": "Use only the fields listed with the template.",
    "documents.pdf_failed": "{name} could not be written.",
    "documents.pdf_failed_hint": "Check that the folder exists and the disk has room, then "
                                 "try again.",
    "documents.order_unknown": "No order has the number {number}.",
    "mail.no_smtp_host": "No outgoing mail server is set for {email}.",
    "mail.no_smtp_host_hint": "Enter the SMTP server in the account settings.",
    "mail.simulated": "{email} is a mailbox of the demo shop: it has no mail server.",
    "mail.simulated_hint": "Add your own mailbox to fetch and send real mail.",
    "mail.not_in_any_folder": "This message is no longer in any folder on the server, so its "
                              "attachments and original cannot be downloaded.",
    "mail.not_in_any_folder_hint": "It may have been deleted or moved; sync, then try again.",
    "mail.folder_changed": "The folder {folder} changed on the server since the last sync.",
    "mail.message_gone": "The server no longer has this message.",
    "mail.sync_and_retry": "Sync this account, then try again.",
    # --- reports and exports -----------------------------------------------------------
    "export.separator_invalid": "“{separator}” cannot separate columns.",
    "export.separator_hint": "Use \",\" or \";\" (or a tab).",
    "export.decimal_invalid": "The decimal mark is a point or a comma.",
    "export.decimal_is_separator": "The decimal mark cannot be the column separator.",
    "export.kind_unknown": "Cannot export “{kind}”.",
    "export.kind_hint": "Choose one of: {kinds}.",
    "export.period_reversed": "The period ends before it starts.",
    "export.folder_missing": "The folder {folder} does not exist.",
    "export.folder_missing_hint": "Choose another place for the file.",
    "export.write_failed": "Seller Desk could not write {path}: {reason}.",
    "export.write_failed_hint": "Check that the folder is yours and the disk is not full.",
    "export.cancelled": "The export was stopped; no file was written.",
    "export.format_unknown": "Cannot write a “{format}” file.",
    "export.format_hint": "Choose csv or xlsx.",
    # --- backups -----------------------------------------------------------------------
    "backup.no_database": "No database is open.",
    "backup.server_database": "This is a shared team database on a server; Seller Desk "
                              "cannot back it up into one file.",
    "backup.server_database_hint": "Ask whoever runs the PostgreSQL server to back it up with "
                                   "pg_dump.",
    "backup.is_live": "That file is the database Seller Desk has open.",
    "backup.is_live_hint": "Choose another file or folder for the backup.",
    "backup.cancelled": "The backup was cancelled.",
    "backup.disk_full": "The disk is full, so the backup could not be written.",
    "backup.disk_full_hint": "Free some space or choose another drive.",
    "backup.write_failed": "Seller Desk could not write the backup to {path}.",
    "backup.write_failed_hint": "Choose a folder you may write to, such as Documents or a USB "
                                "drive.",
    "backup.missing": "The file {path} does not exist.",
    "backup.unreadable": "Seller Desk cannot read {path}: {reason}.",
    "backup.not_ours": "{name} is not a Seller Desk backup.",
    "backup.not_ours_hint": "Choose a file made with Backup (its name ends in .sqlite3).",
    "backup.damaged_or_foreign": "{name} is damaged or is not a Seller Desk backup.",
    "backup.damaged_or_foreign_hint": "Choose another backup file.",
    "backup.damaged": "{name} is damaged, so it cannot be restored.",
    "backup.damaged_hint": "Choose an older backup.",
    "backup.newer": "{name} was made by a newer Seller Desk.",
    "backup.newer_hint": "Install the newest Seller Desk, then restore it.",
    "backup.restore_failed": "Seller Desk could not restore {name}: {reason}.",
    "backup.restore_failed_hint": "Your data is unchanged; a copy of it is in {path}.",
    # --- the database ------------------------------------------------------------------
    "storage.no_file": "The database address “{url}” names no file.",
    "storage.scheme_unknown": "Seller Desk cannot open a database of type '{scheme}'.",
    "storage.scheme_hint": "Use a sqlite:/// file or a postgresql:// address.",
    "storage.disk_full": "The disk is full, so Seller Desk cannot save.",
    "storage.disk_full_hint": "Free some space, then try again. Nothing you typed has been "
                              "lost.",
    "storage.disk_full_at": "There is no space left on the disk holding {folder}, so Seller "
                            "Desk cannot save.",
    "storage.disk_full_at_hint": "Free some space on that disk, then try again: what was "
                                 "saved before is kept.",
    "storage.full_at_open": "There is no space left on the disk holding {folder}, so Seller "
                            "Desk cannot open its database.",
    "storage.full_at_open_hint": "Free some space on that disk, then try again: nothing has "
                                 "been lost.",
    "storage.busy": "The database is busy in another window or program.",
    "storage.busy_hint": "Close the other Seller Desk window, then try again.",
    "storage.read_only": "Seller Desk may not write to its database {where}: the file or its "
                         "folder is read-only or not yours.",
    "storage.read_only_folder": "Seller Desk may not write in its data folder {folder}: it is "
                                "read-only or not yours.",
    "storage.read_only_hint": "Make the data folder and the files in it writable for you, or "
                              "start Seller Desk with --data-dir and a folder of yours (copy "
                              "seller-desk.sqlite3 there to take your data along).",
    "storage.damaged": "The file {where} is not a Seller Desk database or it is damaged.",
    "storage.damaged_file": "The database file {path} is damaged, so Seller Desk cannot read "
                            "all of it.",
    "storage.damaged_found": "The database file {path} is damaged (SQLite's check found: "
                             "{found}), so Seller Desk cannot read all of it.",
    "storage.damaged_hint": "Restore your latest backup: Settings > Data and backup > "
                            "Restore from a backup (the damaged data is kept aside first). "
                            "If the window does not open: close Seller Desk, move "
                            "seller-desk.sqlite3 and its -wal and -shm files out of the data "
                            "folder (keep them), and copy your latest backup there as "
                            "seller-desk.sqlite3.",
    "storage.empty_file": "The database file {path} is empty (0 bytes). It may be an "
                          "unfinished copy of your real database, so Seller Desk has left it "
                          "as it is.",
    "storage.empty_file_hint": "If you copied your data here, copy seller-desk.sqlite3 again "
                               "from where it came from, or restore your latest backup. To "
                               "start afresh with no data, delete this empty file and start "
                               "Seller Desk again.",
    "storage.is_folder": "{path} is a folder, where Seller Desk keeps its database file.",
    "storage.is_folder_hint": "Move that folder away, or start Seller Desk with --data-dir and "
                              "another folder.",
    "storage.folder_missing": "The data folder {folder} does not exist (a disk that is not "
                              "connected?).",
    "storage.folder_missing_hint": "Connect the disk that holds it, or start Seller Desk with "
                                   "--data-dir and a folder of yours.",
    "storage.cannot_open_file": "Seller Desk cannot open its database file {path}.",
    "storage.cannot_open_file_hint": "Check that the data folder is on a connected disk with "
                                     "free space and is yours, then try again.",
    "storage.io_error": "The disk reported an error while Seller Desk read or wrote {path}.",
    "storage.io_error_hint": "Check that the disk is still connected and has free space, then "
                             "try again. If it happens again, copy the whole data folder "
                             "somewhere safe and run: seller-desk doctor",
    "storage.server_unreachable": "Seller Desk cannot reach the database server ({where}).",
    "storage.server_unreachable_hint": "Check that the server is running and the address is "
                                       "right.",
    "storage.server_auth": "The database server refused the user name or password ({where}).",
    "storage.server_auth_hint": "Check the user name and password in the database address.",
    "storage.open_failed": "Seller Desk cannot open its database ({where}): {reason}",
    "storage.foreign_tables": "This database holds tables Seller Desk did not make.",
    "storage.foreign_tables_hint": "Choose an empty database or a Seller Desk data folder.",
    "storage.newer": "This database was made by a newer Seller Desk (schema {version}).",
    "storage.newer_hint": "Install the newest Seller Desk to open it.",
    # --- the data folder ---------------------------------------------------------------
    "storage.folder_read_only_disk": "Seller Desk cannot create its data folder {folder}: it "
                                     "is on a read-only disk.",
    "storage.folder_not_allowed": "Seller Desk cannot create its data folder {folder}: you may "
                                  "not write there.",
    "storage.folder_disk_full": "Seller Desk cannot create its data folder {folder}: the disk "
                                "is full.",
    "storage.folder_in_the_way": "Seller Desk cannot create its data folder {folder}: a file "
                                 "is in the way.",
    "storage.folder_failed": "Seller Desk cannot create its data folder {folder}: {reason}.",
    "storage.folder_hint": "Choose a folder of yours with --data-dir, or make this one "
                           "writable for you.",
    "storage.folder_disk_full_hint": "Free some space on that disk, then try again.",
    # --- a team on one PostgreSQL database ---------------------------------------------
    "team.member_name_missing": "Give the member a name.",
    "team.member_exists": "There is already a member called “{name}”.",
    "team.member_unknown": "That member is no longer in the team.",
    "team.not_postgresql": "A team works on a PostgreSQL database, and {url} is not one.",
    "team.not_postgresql_hint": "Give the address of the team's database, for example "
                                "postgresql://aisyah@db.example.com/shop.",
    "team.no_shop_file": "There is no shop on this computer at {path}.",
    "team.move_old_schema": "The shop on this computer was last opened by an older Seller "
                            "Desk (schema {version}), so nothing was copied.",
    "team.move_old_schema_hint": "Open it once with this version of Seller Desk, close it, "
                                 "then copy it again.",
    "team.move_not_empty": "The team's database already holds a shop ({accounts} mailboxes, "
                           "{conversations} conversations, {orders} orders), so nothing "
                           "was copied.",
    "team.move_not_empty_hint": "Copy into a new, empty database, or open this one as it "
                                "is.",
    "team.move_mismatch": "The copy of the table {table} did not match ({rows} rows read, "
                          "{copied} in the copy), so the team's database was left empty.",
    "team.move_mismatch_hint": "Your shop on this computer is unchanged. Try again; if it "
                               "happens again, send the log to support.",
    "team.transaction_pooling": "This database is reached through a connection pooler "
                                "that shares connections between statements (PgBouncer in "
                                "transaction mode), so windows cannot see each other's "
                                "changes and each may check the mailboxes itself.",
    "team.transaction_pooling_hint": "Ask for the pooler's session mode, or connect to "
                                     "PostgreSQL itself (usually port 5432) instead of the "
                                     "pooler (often port 6432).",
    # --- importing marketplace order exports ------------------------------------------
    "import.file_missing": "The file {name} is not there any more.",
    "import.format_unknown": "Seller Desk cannot import {name}.",
    "import.format_hint": "Choose the .xlsx or .csv file you downloaded from the Seller "
                          "Centre.",
    "import.file_unreadable": "The file {name} could not be read: it may be damaged or "
                              "still downloading.",
    "import.file_unreadable_hint": "Download the export again from the Seller Centre and "
                                   "import it without opening it in a spreadsheet first.",
    "import.layout_unknown": "Seller Desk does not recognise the columns of {name}.",
    "import.layout_hint": "Choose which column holds the order number, the product and the "
                          "rest; Seller Desk remembers your choice for the next file.",
    "import.source_unknown": "“{source}” is not an import source Seller Desk knows.",
    "import.source_hint": "Use one of: {sources}.",
    "import.empty": "{name} holds no orders.",
    "import.cancelled": "The import was stopped. Nothing was saved.",
    "import.no_number": "The order number is missing.",
    "import.no_title": "The product name is missing.",
    "import.no_items": "The order has no items.",
    "import.bad_quantity": "The quantity “{value}” is not a whole number of at least 1.",
    "import.bad_amount": "“{value}” is not an amount.",
    "import.bad_date": "“{value}” is not a date Seller Desk can read.",
    "import.status_unknown": "The order status “{value}” is not one Seller Desk knows.",
    "import.courier_unknown": "The courier “{courier}” is not one Seller Desk knows.",
    "import.courier_missing": "There is a tracking number but no courier.",
    "import.mapping_name_missing": "Give this kind of file a name, such as the shop it "
                                   "comes from.",
    "import.mapping_incomplete": "Choose the columns that hold the order number and the "
                                 "product name.",
    # --- a sync the storage stopped ----------------------------------------------------
    "sync.stopped_disk_full": "The sync stopped: there is no space left on the disk holding "
                              "{folder}.",
    "sync.stopped_disk_full_hint": "Free some space on that disk, then sync again: the "
                                   "messages fetched so far are kept and the next sync goes on "
                                   "from there.",
}

#: message id -> {parameter: kind} for parameters that hold a code or a value each language
#: writes its own way. Kinds: status, statuses (order statuses), channel, channels, language,
#: money (an (amount, currency) pair), amount (the same, shown with every decimal it
#: has), decimal (a figure with one decimal), list (texts
#: shown as they are, joined with commas), account_field (a mail account's field, by its
#: code: ``imap_host`` reads "incoming mail server (IMAP)").
KINDS_OF: dict[str, dict[str, str]] = {
    "money.ambiguous": {"small": "amount", "large": "amount"},
    "order.duplicate": {"channel": "channel"},
    "order.channel_hint": {"channels": "channels"},
    "order.fields_unknown": {"fields": "list"},
    "order.transition": {"current": "status", "new": "status"},
    "order.transition_hint": {"allowed": "statuses"},
    "order.refund_too_large": {"left": "money"},
    "conversation.tag_hint": {"tags": "list"},
    "template.placeholder_unknown": {"names": "list"},
    "template.exists": {"language": "language"},
    "compose.unfilled": {"names": "list"},
    "setup.details_empty": {"names": "list"},
    "setup.fallback_signature": {"language": "language"},
    "setup.fallback_payment_methods": {"language": "language"},
    "setup.fallback_refund_policy": {"language": "language"},
    "setup.fallback_return_address": {"language": "language"},
    "compose.too_big": {"size": "decimal"},
    "account.provider_hint": {"providers": "list"},
    "account.settings_unknown": {"names": "list"},
    **{msg_id: {"field": "account_field"} for msg_id in (
        "account.port_range", "account.field_control_chars", "account.field_too_long",
        "account.host_spaces", "account.host_too_long", "account.host_scheme",
        "account.host_path", "account.host_with_port", "account.host_not_a_name",
        "account.host_invalid", "account.host_part_too_long", "account.host_name_too_long")},
    "export.kind_hint": {"kinds": "list"},
    "whatsapp.who_is_seller": {"names": "list"},
    "documents.field_unknown": {"names": "list"},
    "import.source_hint": {"sources": "list"},
}

_PARAM = re.compile(r"\{([a-z_][a-z0-9_]*)\}")


def _words(value: Any) -> str:
    return str(value).replace("_", " ")


def _joined(show: Callable[[Any], str]) -> Callable[[Any], str]:
    return lambda values: ", ".join(show(v) for v in values)


_LANGUAGE_NAMES = {"en": "English", "ms": "Malay", "id": "Indonesian"}

#: kind -> how English shows a value of it. ``money`` is added by
#: :mod:`seller_desk.core.common.money`, which formats amounts and sits above this module;
#: ``account_field`` by :mod:`seller_desk.core.mail.connection.account_fields`.
ENGLISH_KINDS: dict[str, Callable[[Any], str]] = {
    "status": _words,
    "statuses": _joined(_words),
    "channel": str,
    "channels": _joined(str),
    # a language code in English words ("No refund policy in Indonesian yet")
    "language": lambda code: _LANGUAGE_NAMES.get(str(code), str(code)),
    "decimal": lambda value: f"{float(value):.1f}",
    "list": _joined(str),
}


def params_in(text: str) -> set[str]:
    """The parameter names a text uses (``{customer.first_name}`` is not one: it is text)."""
    return set(_PARAM.findall(text))


#: kinds whose values are ordinary words, written in lower case to sit inside a sentence;
#: one that opens a text gets a capital (Malay and Indonesian start "{field} terlalu
#: panjang" where English says "The {field} is too long")
WORD_KINDS = frozenset({"status", "statuses", "account_field"})


def render(text: str, params: Mapping[str, Any], kinds: Mapping[str, str],
           shows: Mapping[str, Callable[[Any], str]]) -> str:
    """Fill ``{name}`` in ``text`` with ``params``, each shown by its kind's function.

    A parameter the message does not get stays as ``{name}`` (and is logged): a visible
    slip is better than an error while telling the seller about another one.
    """

    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in params:
            logger.warning("Message parameter {%s} not given in %r", name, text)
            return match.group(0)
        kind = kinds.get(name, "")
        shown = shows.get(kind, str)(params[name])
        if match.start() == 0 and kind in WORD_KINDS:
            shown = shown[:1].upper() + shown[1:]
        return shown

    return _PARAM.sub(fill, text)


@dataclass(frozen=True, eq=True)
class Msg:
    """A message for the seller: its id in :data:`MESSAGES` and its named parameters.

    ``literal`` is for the rare text the interface made itself, already in the seller's
    language (``Msg.text(self.tr(...))``); it has no id and is shown as it is.
    """

    id: str
    params: Mapping[str, Any] = field(default_factory=dict, hash=False)
    literal: str | None = None

    @classmethod
    def text(cls, literal: str) -> Msg:
        """A text that is already in the seller's language (made by the interface)."""
        return cls("", {}, literal)

    def english(self) -> str:
        """The message in English, as the command line and the log show it."""
        if self.literal is not None:
            return self.literal
        template = MESSAGES.get(self.id)
        if template is None:
            logger.error("Unknown message id %r", self.id)
            return self.id
        return render(template, self.params, KINDS_OF.get(self.id, {}), ENGLISH_KINDS)

    def __str__(self) -> str:
        return self.english()
