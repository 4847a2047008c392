"""Fair invitation limits, told in the member's language: a refused introduction request
(:class:`~matcher.errors.Throttled`, HTTP 429) says which limit and when to try again.

The service names the limit that refused and its figures (``Throttled.limit`` and
``figures``, set by :func:`matcher.trust.model.check_invitation`): a burst, the weekly limit,
asking again someone who declined. :func:`throttle_message` says each in the page's language,
and any other refusal still gets the time of the next possible request.
"""

from __future__ import annotations

import datetime as dt

from api.web.i18n import Translator
from matcher.errors import Throttled
from matcher.trust import INTRO_AFTER_DECLINE, INTRO_BURST, INTRO_WEEK

__all__ = ["throttle_message"]


def _wait(seconds: int, t: Translator) -> str:
    """How long, in words: minutes under two hours, hours under two days, else days.

    Examples
    --------
    >>> from api.web.i18n import translator
    >>> [_wait(s, translator("fr")) for s in (30, 7200, 2 * 86400 + 1)]
    ['dans 1 minute', 'dans 2 heures', 'dans 3 jours']
    """
    if seconds < 120 * 60:
        n = max(1, -(-seconds // 60))
        return t.ngettext("in %(num)s minute", "in %(num)s minutes", n)
    if seconds < 48 * 3600:
        return t.ngettext("in %(num)s hour", "in %(num)s hours", -(-seconds // 3600))
    return t.ngettext("in %(num)s day", "in %(num)s days", -(-seconds // 86400))


def throttle_message(exc: Throttled, now: dt.datetime, t: Translator, name: str = "") -> str:
    """A refused introduction request (429), in the page's language, with when to try again.

    Examples
    --------
    >>> from api.web.i18n import translator
    >>> from matcher.trust.model import check_invitation
    >>> now = dt.datetime(2025, 3, 3, 12, 0, tzinfo=dt.UTC)
    >>> try:
    ...     check_invitation([now - dt.timedelta(minutes=m) for m in range(5)], now)
    ... except Throttled as e:
    ...     print(throttle_message(e, now, translator("en")).replace("\\u202f", " "))
    ...     print(throttle_message(e, now, translator("fr")))
    You sent 5 requests in the last 10 minutes, the most allowed at once. You can send the next one on March 3, 2025 at 12:06 PM UTC (in 6 minutes).
    Vous avez envoyé 5 demandes ces 10 dernières minutes, le maximum d'un coup. Vous pourrez envoyer la suivante le 3 mars 2025 à 12:06 UTC (dans 6 minutes).
    """
    until = (now + dt.timedelta(seconds=exc.retry_after)).astimezone(dt.UTC)
    when = t.gettext(
        "on %(date)s at %(time)s UTC (%(wait)s)",
        date=t.date(until.date()),
        time=t.time(until.time()),
        wait=_wait(exc.retry_after, t),
    )
    figures = exc.figures
    if exc.limit == INTRO_BURST:
        return t.ngettext(
            "You sent %(num)s request in the last %(minutes)s minutes, the most allowed at once. You can send the next one %(when)s.",
            "You sent %(num)s requests in the last %(minutes)s minutes, the most allowed at once. You can send the next one %(when)s.",
            figures["count"],
            minutes=t.integer(figures["minutes"]),
            when=when,
        )
    if exc.limit == INTRO_WEEK:
        return t.ngettext(
            "You sent %(num)s request in the last 7 days; the limit is %(limit)s a week, so that every request gets read. You can send the next one %(when)s.",
            "You sent %(num)s requests in the last 7 days; the limit is %(limit)s a week, so that every request gets read. You can send the next one %(when)s.",
            figures["count"],
            limit=t.integer(figures["limit"]),
            when=when,
        )
    if exc.limit == INTRO_AFTER_DECLINE:
        return t.gettext(
            "%(name)s did not accept your last request; you can ask them again %(when)s. Meanwhile, look at your other suggestions.",
            name=name or str(exc.value or ""),
            when=when,
        )
    return t.gettext("You cannot send a request right now. You can try again %(when)s.", when=when)
