"""``cofoundry worker``'s housekeeping: every hour it purges what has expired (the address
confirmation codes), whether or not it sends e-mail."""

from __future__ import annotations

import datetime as dt
import threading

from api.cli_mail import _housekeeping
from embeddings.encoder import FakeEncoder
from matcher.community import Community
from tests.support import CHEAP, Clock

PASSWORD = "correct horse battery"


def test_the_worker_purges_expired_codes_every_hour() -> None:
    clock = Clock()
    c = Community(":memory:", FakeEncoder(dim=32), clock=clock, accounts=CHEAP)
    c.accounts.sign_up("Ana", "ana@example.org", PASSWORD)
    clock.now += dt.timedelta(hours=CHEAP.confirm_hours, seconds=1)
    stop = threading.Event()
    waits: list[float] = []

    def wait(seconds: float) -> bool:  # one pass, then stop
        waits.append(seconds)
        stop.set()
        return True

    stop.wait = wait  # type: ignore[method-assign]
    _housekeeping(c, stop, 3600.0)
    assert c.db.execute("SELECT count(*) FROM address_codes").fetchone()[0] == 0 and waits == [
        3600.0
    ]
