"""The domain's own English counts in its number: the plain letters (sent when no shell
supplies words) said "for 1 minutes" and "within 1 days" whenever a setting was 1, the
accounts' settings refused with "every 1 hours", and a copy into a database with one table
of rows said "1 tables hold rows". They say "1 minute", "0 days", "1.5 hours" now, through
the one English plural of the messages (:func:`matcher.errors.counted`)."""

from __future__ import annotations

import pytest

from matcher.accounts.model import AccountSettings
from matcher.db.copy import SEEDED, copy_database
from matcher.errors import CofoundryError
from matcher.mail.model import plain_letter
from matcher.profiles import ProfileStore, check_profile
from matcher.schema import connect
from matcher.security.model import Limit


@pytest.mark.parametrize(
    ("kind", "facts", "said"),
    [
        ("signin_link", {"minutes": "1"}, "for 1 minute)"),
        ("signin_link", {"minutes": "0"}, "for 0 minutes)"),
        ("signin_link", {"minutes": "2"}, "for 2 minutes)"),
        ("reset_link", {"minutes": "1.5"}, "for 1.5 minutes)"),
        ("reset_link", {"minutes": "1.0"}, "for 1 minute)"),
        ("confirm_link", {"hours": "1"}, "for 1 hour;"),
        ("confirm_link", {"hours": "48"}, "for 48 hours;"),
        ("email_change_link", {"hours": "0.5"}, "for 0.5 hours;"),
        ("email_change_link", {"hours": "1"}, "for 1 hour;"),
        ("email_changed", {"days": "1", "address": "a@b.c"}, "within 1 day:"),
        ("email_changed", {"days": "7", "address": "a@b.c"}, "within 7 days:"),
    ],
)
def test_a_plain_letter_counts_its_links_lifetime(
    kind: str, facts: dict[str, str], said: str
) -> None:
    _, body = plain_letter(kind, "en", {**facts, "path": "/web/x"})
    assert said in " ".join(body.split()), body


def test_the_accounts_settings_refusals_count_in_their_number() -> None:
    with pytest.raises(ValueError, match=r"every 1 hour, not less than confirm_hours \(1 hour\)"):
        AccountSettings(confirm_hours=1.0, confirm_per_email=Limit(per_minute=1 / 60, burst=3))
    with pytest.raises(ValueError, match=r"confirm_per_email never refills, .*\(1.5 hours\)"):
        AccountSettings(confirm_hours=1.5, confirm_per_email=Limit(per_minute=0.0, burst=3))
    with pytest.raises(
        ValueError, match=r"one link every 2 minutes, more than a link works \(1 minute\)"
    ):
        AccountSettings(
            link_minutes=1.0, reset_minutes=5.0, link_per_email=Limit(per_minute=0.5, burst=3)
        )


def test_a_copy_into_a_target_with_one_table_of_rows_says_so_in_the_singular() -> None:
    source, target = connect(), connect()
    with target.transaction():
        ProfileStore(target).put_profile(
            check_profile({"id": "ana", "name": "Ana", "offers": "o", "needs": "n"})
        )
        for t in target.table_names() - SEEDED - {"profiles", "schema_migrations"}:
            target.execute(f'DELETE FROM "{t}"')
    with pytest.raises(CofoundryError) as refused:
        copy_database(source, target)
    assert "(1 table holds rows, e.g. 'profiles')" in refused.value.detail
