"""``cofoundry mail`` (read the outbox, send what is due), ``cofoundry digest`` (queue the
weekly digests that are due) and ``cofoundry worker`` (send for ever, queue the digests
every hour, train the re-ranker again when due): a thin shell over
:class:`matcher.mail.MailService`, :class:`matcher.loop.DigestService` and
:meth:`matcher.matching.MatchingService.retrain_if_due`."""

from __future__ import annotations

import datetime as dt
import logging
import signal
import threading
from typing import Annotated

import typer

from api.console import Common, WholeNumber, common, out, say
from api.settings import Settings
from matcher.access import ADMIN
from matcher.community import Community
from matcher.errors import counted
from matcher.mail import LOCAL_URL

log = logging.getLogger(__name__)

__all__ = ["digest", "mail_app", "worker"]

mail_app = typer.Typer(help="E-mail: the outbox, and sending it.", no_args_is_help=True)


@mail_app.command("outbox")
@common("db")
def outbox(
    opts: Common,
    status: Annotated[
        str | None, typer.Option(help="pending, sent or cancelled (default: all).")
    ] = None,
    limit: Annotated[int, typer.Option(parser=WholeNumber(1, 1000))] = 20,
    body: Annotated[bool, typer.Option("--body", help="Print each message's text too.")] = False,
) -> None:
    """The newest e-mails in the outbox: where they go, their subject and state.

    Without an SMTP server (``COFOUNDRY_SMTP_HOST`` empty, the development default) this is
    where e-mail lands: a sign-in link is read here with ``--body``.
    """
    community = opts.community()
    for m in community.mail.store.messages(status=status, limit=limit):
        if m.status == "cancelled":  # why it never went (its reason is kept in last_error)
            state, error = f"cancelled: {m.last_error or 'no reason kept'}", ""
        else:
            state = (
                m.status
                if m.status == "sent"
                else f"pending, {counted(m.attempts, 'try', 'tries')}"
            )
            error = f"; last error: {m.last_error}" if m.last_error else ""
        say(f"#{m.id} {m.created_at:%Y-%m-%d %H:%M} to {m.to} [{state}{error}] {m.subject}")
        if body:
            say(m.body)


@mail_app.command("send")
@common("db")
def send(opts: Common) -> None:
    """Send the e-mails that are due, once (a failure is retried later)."""
    community = opts.community()
    if community.mail.transport is None:
        out.print("no SMTP server set (COFOUNDRY_SMTP_HOST): the e-mail stays in the outbox")
        raise typer.Exit(1)
    report = community.mail.send_due(limit=1000)
    out.print(f"{report.sent} sent, {report.failed} failed (retried later)")


@common("db")
def digest(opts: Common) -> None:
    """Queue the weekly digest of new suggestions of every member who is due one (at most
    one in 7 days, only when someone new is suggested, unless switched off)."""
    report = opts.community().digest.run()
    out.print(
        f"{counted(report.sent, 'digest')} queued ({counted(report.members, 'member')} looked at)"
    )


def _retrains(community: Community, stop: threading.Event, every: float) -> None:
    """Train a new re-ranker when one is due (:meth:`MatchingService.retrain_if_due`), now and
    then every ``min(every, 600)`` seconds, until ``stop``."""
    while not stop.is_set():
        try:
            model = community.matching.retrain_if_due(dt.timedelta(seconds=every), actor=ADMIN)
            if model is not None:
                log.info("re-ranker version %d trained", model.version)
        except Exception:  # the database was busy, say: try on the next round
            log.exception("re-training failed")
        stop.wait(min(every, 600.0))


def _housekeeping(community: Community, stop: threading.Event, every: float) -> None:
    """Purge what has expired (the address confirmation codes) now, then every ``every``
    seconds, until ``stop``."""
    while not stop.is_set():
        try:
            gone = community.accounts.purge_expired()
            if gone:
                log.info("purged %d expired address confirmation codes", gone)
        except Exception:  # the database was busy, say: try on the next round
            log.exception("housekeeping failed")
        stop.wait(every)


def _digests(community: Community, stop: threading.Event, every: float) -> None:
    """Queue the due digests now, then every ``every`` seconds, until ``stop``."""
    while not stop.is_set():
        try:
            community.digest.run()
        except Exception:  # the database was busy, say: try on the next round
            log.exception("digest run failed")
        stop.wait(every)


def site_line(settings: Settings) -> str:
    """What the worker says as it starts: the address the links of the e-mails it sends and
    writes start with (:meth:`~api.settings.Settings.site_address`), and the fix when it is
    the local default, which no member can open.

    Examples
    --------
    >>> site_line(Settings(db=":memory:", public_url="https://cf.example/"))
    'links in e-mails (unsubscribe and claim links) start with https://cf.example'
    """
    address = settings.site_address()
    said = f"links in e-mails (unsubscribe and claim links) start with {address}"
    if address != LOCAL_URL.rstrip("/"):
        return said
    return (
        f"{said}, the local default: members cannot open them; set COFOUNDRY_PUBLIC_URL to"
        " the site's address as members reach it (such as https://cofoundry.example.org)"
    )


@common("db", "encoder")
def worker(
    opts: Common,
    interval: Annotated[float, typer.Option(min=0.1, help="Seconds between passes.")] = 5.0,
    digest_every: Annotated[
        float,
        typer.Option(min=0, help="Seconds between runs of the weekly digests (0: never)."),
    ] = 3600.0,
    retrain_every: Annotated[
        float,
        typer.Option(
            min=0,
            help="Train a new version of the re-ranker when the newest is this many seconds"
            " old and the feedback changed since (0: never; checked every 10 minutes at most).",
        ),
    ] = 86400.0,
) -> None:
    """Send e-mail from the outbox until stopped (Ctrl-C or SIGTERM), queue the weekly
    digests that are due every hour, train the re-ranker again once a day when the
    feedback changed, and purge the expired address confirmation codes every hour.

    Several workers may run at once: each message is claimed by one, each member's digest
    is queued by one, and one at a time trains (the others see the new version and skip). A
    worker killed while sending leaves its messages to the next pass once their claim runs
    out. Without an SMTP server the worker only re-trains (and says so).
    """
    community = opts.community()
    if community.mail.transport is None and retrain_every == 0:
        out.print("no SMTP server set (COFOUNDRY_SMTP_HOST): nothing to do")
        raise typer.Exit(1)
    out.print(site_line(opts.settings()), markup=False, highlight=False)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    threading.Thread(target=_housekeeping, args=(community, stop, 3600.0), daemon=True).start()
    if retrain_every > 0:
        threading.Thread(
            target=_retrains, args=(community, stop, retrain_every), daemon=True
        ).start()
    try:
        if community.mail.transport is None:
            out.print(
                "no SMTP server set (COFOUNDRY_SMTP_HOST): no e-mail is sent, re-training only"
            )
            stop.wait()
            return
        if digest_every > 0:
            threading.Thread(
                target=_digests, args=(community, stop, digest_every), daemon=True
            ).start()
        community.mail.run(stop, interval=interval)
    except KeyboardInterrupt:
        stop.set()
