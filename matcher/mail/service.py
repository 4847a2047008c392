"""E-mail use cases: queue a message with its cause, deliver the due ones over SMTP, retry.

:meth:`MailService.queue` runs inside the caller's transaction (the change and its e-mail
are written together or not at all). :meth:`MailService.send_due` is the worker's step:
claim the due messages, hand each to the transport, mark it sent, or count the failure and
release it until its backoff has passed. ``cofoundry worker`` calls it in a loop.
"""

from __future__ import annotations

import datetime as dt
import logging
import smtplib
import ssl
import threading
from collections.abc import Callable
from dataclasses import dataclass
from email.message import EmailMessage
from typing import Protocol

from matcher.db import Database, utcnow
from matcher.mail.model import MailSettings, Outgoing, Queued, backoff, mime
from matcher.mail.store import MailStore

__all__ = ["MailService", "SendReport", "SmtpTransport", "Transport"]

log = logging.getLogger(__name__)


class Transport(Protocol):
    """Something that delivers one message or raises (any exception counts as a failure)."""

    def send(self, message: EmailMessage) -> None: ...


class SmtpTransport:
    """Delivery over SMTP with :mod:`smtplib`: one connection per batch of messages.

    Examples
    --------
    >>> SmtpTransport(MailSettings(host="smtp.example.org", tls="ssl")).settings.port
    587
    """

    def __init__(self, settings: MailSettings) -> None:
        self.settings = settings
        self._conn: smtplib.SMTP | None = None

    def _connect(self) -> smtplib.SMTP:
        s = self.settings
        conn: smtplib.SMTP
        if s.tls == "ssl":
            conn = smtplib.SMTP_SSL(
                s.host, s.port, timeout=s.timeout, context=ssl.create_default_context()
            )
        else:
            conn = smtplib.SMTP(s.host, s.port, timeout=s.timeout)
            if s.tls == "starttls":
                conn.starttls(context=ssl.create_default_context())
        if s.username:
            conn.login(s.username, s.password)
        return conn

    def send(self, message: EmailMessage) -> None:
        """Send one message, (re)connecting when needed."""
        if self._conn is None:
            self._conn = self._connect()
        try:
            self._conn.send_message(message)
        except (smtplib.SMTPServerDisconnected, OSError):
            self.close()
            raise

    def close(self) -> None:
        """Say goodbye to the server (at the end of a batch)."""
        conn, self._conn = self._conn, None
        if conn is not None:
            try:
                conn.quit()
            except (smtplib.SMTPException, OSError):
                conn.close()


@dataclass(frozen=True, slots=True)
class SendReport:
    """What one pass of the worker did."""

    sent: int = 0
    failed: int = 0


class MailService:
    """The outbox and its worker over one database.

    Parameters
    ----------
    db : Database
    settings : MailSettings, optional
        The SMTP server; without a host nothing is sent (messages wait in the outbox).
    transport : Transport, optional
        Defaults to :class:`SmtpTransport` over ``settings`` when a host is set.
    clock : callable, optional
        The current UTC time.

    Examples
    --------
    >>> from matcher.schema import connect
    >>> mail = MailService(connect())
    >>> with mail.db.transaction():
    ...     _ = mail.queue(Outgoing("bob@example.org", "Hi", "Text", "test"))
    >>> mail.send_due(), mail.store.counts()  # no server configured: it waits
    (SendReport(sent=0, failed=0), {'pending': 1})
    """

    def __init__(
        self,
        db: Database,
        settings: MailSettings | None = None,
        *,
        transport: Transport | None = None,
        clock: Callable[[], dt.datetime] | None = None,
    ) -> None:
        self.db = db
        self.store = MailStore(db)
        self.settings = settings or MailSettings()
        if transport is None and self.settings.configured:
            transport = SmtpTransport(self.settings)
        self.transport = transport
        self.clock = clock or utcnow

    def queue(self, message: Outgoing) -> int:
        """Put a message in the outbox, in the caller's transaction; its outbox id."""
        return self.store.put(message, self.clock())

    def cancel(self, cause: str, reason: str) -> int:
        """Cancel the e-mails of ``cause`` not sent yet (:meth:`MailStore.cancel`), in the
        caller's transaction: the change that made them moot and their cancellation commit
        together. How many.

        Examples
        --------
        >>> from matcher.schema import connect
        >>> mail = MailService(connect())
        >>> with mail.db.transaction():
        ...     _ = mail.queue(Outgoing("bob@example.org", "Hi", "Text", "t", cause="intro:i1"))
        ...     mail.cancel("intro:i1", "introduction request i1 withdrawn")
        1
        >>> mail.store.counts()
        {'cancelled': 1}
        """
        return self.store.cancel(cause, reason)

    def send_due(self, limit: int = 50) -> SendReport:
        """Send the messages that are due (at most ``limit``); retry the failed ones later."""
        if self.transport is None:
            return SendReport()
        now = self.clock()
        batch = self.store.claim(now.timestamp(), lease=self.settings.lease, limit=limit)
        sent = failed = 0
        try:
            for message in batch:
                if self._send_one(message):
                    sent += 1
                else:
                    failed += 1
        finally:
            close = getattr(self.transport, "close", None)
            if callable(close):
                close()
        return SendReport(sent, failed)

    def _send_one(self, message: Queued) -> bool:
        assert self.transport is not None
        try:
            self.transport.send(
                mime(message, self.settings.sender, public_url=self.settings.public_url)
            )
        except Exception as exc:  # any failure: keep the message, try again later
            wait = backoff(message.attempts + 1, self.settings.retry_base, self.settings.retry_cap)
            reason = f"{type(exc).__name__}: {exc}"
            self.store.mark_failed(message.id, reason, self.clock().timestamp() + wait)
            log.warning(
                "mail %s not sent (attempt %d): %s; next try in %.0f s",
                message.id,
                message.attempts + 1,
                reason,
                wait,
            )
            return False
        self.store.mark_sent(message.id, self.clock())
        return True

    def run(self, stop: threading.Event, *, interval: float = 5.0) -> None:
        """Send due messages every ``interval`` seconds until ``stop`` is set (the worker)."""
        while not stop.is_set():
            try:
                report = self.send_due()
            except Exception:  # the database was busy, say: log it, try on the next tick
                log.exception("mail worker pass failed")
                report = SendReport()
            if report.sent + report.failed == 0:
                stop.wait(interval)
