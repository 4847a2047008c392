"""Fair invitation limits, told in the member's language: a refused introduction request
(:class:`~matcher.errors.Throttled`, HTTP 429) says which limit and when to try again.

The service names the limit that refused and its figures (``Throttled.limit`` and
``figures``, set by :func:`matcher.trust.model.check_invitation`): a burst, the weekly limit,
asking again someone who declined. :func:`throttle_message` says each in the page's language,
and any other refusal still gets the time of the next possible request.
"""

from __future__ import annotations

import datetime as dt
import math

from api.web.i18n import NN_, Message, Translator
from matcher.errors import Throttled
from matcher.trust import INTRO_AFTER_DECLINE, INTRO_BURST, INTRO_WEEK

__all__ = ["throttle_message", "wait_words"]


#: How a wait is told: under how many seconds, the unit it is counted in (rounded up), its words.
_UNITS: tuple[tuple[float, int, Message], ...] = (
    (120, 1, NN_("in %(num)s second", "in %(num)s seconds")),
    (120 * 60, 60, NN_("in %(num)s minute", "in %(num)s minutes")),
    (48 * 3600, 3600, NN_("in %(num)s hour", "in %(num)s hours")),
    (math.inf, 86400, NN_("in %(num)s day", "in %(num)s days")),
)

#: The window of a burst of requests, counted in the reader's grammar (the ``minutes`` figure).
_WINDOW = NN_("in the last minute", "in the last %(num)s minutes")

#: The two counted limits (:func:`matcher.trust.model.check_invitation`): the figure the
#: message names besides the count, and the message.
_COUNTED: dict[str, tuple[str, Message]] = {
    INTRO_BURST: (
        "minutes",
        NN_(
            "You sent %(num)s request %(window)s, the most allowed at once. You can send the next one %(when)s.",
            "You sent %(num)s requests %(window)s, the most allowed at once. You can send the next one %(when)s.",
        ),
    ),
    INTRO_WEEK: (
        "limit",
        NN_(
            "You sent %(num)s request in the last 7 days; the limit is %(limit)s a week, so that every request gets read. You can send the next one %(when)s.",
            "You sent %(num)s requests in the last 7 days; the limit is %(limit)s a week, so that every request gets read. You can send the next one %(when)s.",
        ),
    ),
}


def wait_words(seconds: int, t: Translator) -> str:
    """How long, in words: seconds under two minutes, minutes under two hours, hours under
    two days, else days (rounded up).

    Examples
    --------
    >>> from api.web.i18n import translator
    >>> [wait_words(s, translator("fr")) for s in (30, 1187, 7200, 2 * 86400 + 1)]
    ['dans 30 secondes', 'dans 20 minutes', 'dans 2 heures', 'dans 3 jours']
    """
    unit, words = next((unit, words) for below, unit, words in _UNITS if seconds < below)
    return t.message(words, max(1, -(-seconds // unit)))


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
        wait=wait_words(exc.retry_after, t),
    )
    if exc.limit in _COUNTED:
        key, words = _COUNTED[exc.limit]
        figures = exc.figures
        number = t.integer(figures[key])
        window = t.message(_WINDOW, figures["minutes"]) if "minutes" in figures else ""
        return t.message(words, figures["count"], **{key: number, "when": when, "window": window})
    if exc.limit == INTRO_AFTER_DECLINE:
        return t.gettext(
            "%(name)s did not accept your last request; you can ask them again %(when)s. Meanwhile, look at your other suggestions.",
            name=name or str(exc.value or ""),
            when=when,
        )
    return t.gettext("You cannot send a request right now. You can try again %(when)s.", when=when)
