"""E-mail: an outbox written with the change that causes each message, and a worker that
delivers it over SMTP, retrying with backoff and never losing a message.

The public face of the domain.
"""

from matcher.mail.model import (
    LOCAL_URL,
    MAX_ADDRESS,
    Compose,
    MailSettings,
    Outgoing,
    Queued,
    TlsMode,
    backoff,
    check_address,
    html_letter,
    mime,
    plain_letter,
    unlinked,
)
from matcher.mail.service import MailService, SendReport, SmtpTransport, Transport
from matcher.mail.store import SECRET_ERASED, MailStore

__all__ = [
    "LOCAL_URL",
    "MAX_ADDRESS",
    "SECRET_ERASED",
    "Compose",
    "MailService",
    "MailSettings",
    "MailStore",
    "Outgoing",
    "Queued",
    "SendReport",
    "SmtpTransport",
    "TlsMode",
    "Transport",
    "backoff",
    "check_address",
    "html_letter",
    "mime",
    "plain_letter",
    "unlinked",
]
