"""A refused introduction request is told from the limit the domain names, not from its
English sentence: each limit in English and French, and any other refusal generically."""

from __future__ import annotations

import datetime as dt

import pytest

from api.web.i18n import translator
from api.web.limits import throttle_message
from matcher.errors import Throttled
from matcher.trust import INTRO_AFTER_DECLINE, INTRO_BURST, INTRO_WEEK
from matcher.trust.model import check_invitation

NOW = dt.datetime(2025, 3, 3, 12, 0, tzinfo=dt.UTC)


def _refusal(sent: list[dt.datetime], declined_at: dt.datetime | None = None) -> Throttled:
    with pytest.raises(Throttled) as e:
        check_invitation(sent, NOW, declined_at=declined_at, target="bob")
    return e.value


def test_each_limit_is_said_in_both_languages() -> None:
    burst = _refusal([NOW - dt.timedelta(minutes=m) for m in range(5)])
    week = _refusal([NOW - dt.timedelta(hours=7 * h + 1) for h in range(20)])
    declined = _refusal([], declined_at=NOW - dt.timedelta(days=1))
    assert (burst.limit, week.limit, declined.limit) == (
        INTRO_BURST,
        INTRO_WEEK,
        INTRO_AFTER_DECLINE,
    )
    en, fr = translator("en"), translator("fr")
    assert "You sent 5 requests in the last 10 minutes" in throttle_message(burst, NOW, en)
    assert "Vous avez envoyé 5 demandes ces 10 dernières minutes" in throttle_message(
        burst, NOW, fr
    )
    assert "the limit is 20 a week" in throttle_message(week, NOW, en)
    assert "Bob did not accept your last request" in throttle_message(declined, NOW, en, "Bob")
    assert "Bob" in throttle_message(declined, NOW, fr, "Bob")


def test_the_english_sentence_alone_is_not_read() -> None:
    """A refusal that names no limit gets the generic words, whatever its text says."""
    look_alike = Throttled(
        "5 introduction requests in the last 10 minutes; the limit is 5", retry_after=60
    )
    said = throttle_message(look_alike, NOW, translator("en"))
    assert said.startswith("You cannot send a request right now.")
