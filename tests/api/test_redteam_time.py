"""A member's time fits in the days since the venture's start.

A time entry took any number of hours up to 10^12 (or as many months): bob, with a fair
market salary of 100,000, posted 999,999,999,999 hours on one day (114 million years) and
held 100 % of the pie at once, 16.7 quadrillion slices, which no other member could reverse
(only the member an entry is about reverses it once it counts). Now a member's time up to
any day may not exceed 24 hours a day, nor one month a month, since the venture's start: the
entry is refused naming the field, the value and the most it could be, and nothing is
written.
"""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

import pytest
from fastapi.testclient import TestClient

from matcher.community import Community
from matcher.equity.model import Rate
from tests.apps import client_over
from tests.ventures import agreed_rate, agreed_rate_api, venture
from tests.web.pages import error_for, post, sign_in

START = "2024-01-01"


@pytest.fixture
def api(community: Community) -> tuple[TestClient, dict[str, str]]:
    venture(community.equity, "acme", "ana", "bob", name="Acme")
    client = client_over(community)
    ana = {"Authorization": f"Bearer {community.security.create_token('ana')}"}
    bob = {"Authorization": f"Bearer {community.security.create_token('bob')}"}
    rate = {"member": "bob", "salary": "100000", "effective": "2023-01-01"}
    agreed_rate_api(client, "acme", rate, ana, bob)  # bob's opening salary waits for him
    return client, bob


def _time(client: TestClient, auth: dict[str, str], on: str, **qty: str) -> dict[str, object]:
    body = {"member": "bob", "kind": "time", "on": on, **qty}
    r = client.post(
        "/ventures/acme/entries", json=body, headers=auth | {"Idempotency-Key": uuid.uuid4().hex}
    )
    return {"status": r.status_code} | r.json()


def test_hours_beyond_the_days_since_the_start_are_refused(
    api: tuple[TestClient, dict[str, str]],
) -> None:
    client, bob = api
    # the venture started on 2023-01-01: 2023-01-02 is its second day, 48 hours at most
    body = _time(client, bob, "2023-01-02", hours="999999999999")
    assert body["status"] == 422, body
    assert body["field"] == "hours" and body["value"] == "999999999999"
    assert "48" in str(body["detail"]) and "2023-01-01" in str(body["detail"])
    assert _time(client, bob, "2023-01-02", hours="40")["status"] == 201
    body = _time(client, bob, "2023-01-01", hours="10")  # back-dated: 40 + 10 by the 2nd
    assert body["status"] == 422 and body["field"] == "hours", body
    assert _time(client, bob, "2023-01-01", hours="8")["status"] == 201  # 48 by the 2nd
    assert client.get("/ventures/acme/ledger", headers=bob).json()[-1]["hours"] == "8"
    assert len(client.get("/ventures/acme/ledger", headers=bob).json()) == 2


def test_months_beyond_the_months_since_the_start_are_refused(
    api: tuple[TestClient, dict[str, str]],
) -> None:
    client, bob = api
    body = _time(client, bob, "2023-02-28", months="999999999999")
    assert body["status"] == 422 and body["field"] == "months", body
    assert _time(client, bob, "2023-02-28", months="2")["status"] == 201  # January, February
    assert _time(client, bob, "2023-02-28", months="0.5")["status"] == 422


def test_rent_for_more_months_than_the_venture_has_lived_is_refused(
    api: tuple[TestClient, dict[str, str]],
) -> None:
    """A space lent for 999,999,999,999 months at 1,000 a month made 2 * 10^15 slices in
    one entry: the months of one facilities entry fit in the months since the start."""
    client, bob = api
    body = {"member": "bob", "kind": "facilities", "on": "2023-03-15", "amount": "1000"}

    def rent(months: str) -> dict[str, object]:
        r = client.post(
            "/ventures/acme/entries",
            json=body | {"months": months},
            headers=bob | {"Idempotency-Key": uuid.uuid4().hex},
        )
        return {"status": r.status_code} | r.json()

    refused = rent("999999999999")
    assert refused["status"] == 422 and refused["field"] == "months", refused
    assert "2023-01-01" in str(refused["detail"]) and "(3 at most)" in str(refused["detail"])
    assert refused["high"] == 3
    assert rent("3")["status"] == 201  # January to March
    assert rent("3")["status"] == 201  # another space, the same months


def test_the_french_form_says_how_many_hours_fit(community: Community) -> None:
    """The French page told a time entry over the limit "a time contribution needs hours or
    months (one of them, above 0)", its sentence for no hours at all."""
    venture(community.equity, "acme", "ana", "bob", name="Acme")
    rate = Rate("bob", dt.date(2023, 1, 1), Decimal(100_000))
    agreed_rate(community.equity, "acme", rate, "ana")
    web = client_over(community, headers={"Accept-Language": "fr"})
    sign_in(web, community.security.create_token("bob"))
    entry = {"member": "bob", "kind": "time", "on": "2023-01-02", "hours": "100", "key": "k"}
    r = post(web, "/web/ventures/acme/entries", entry)
    assert r.status_code == 422
    assert error_for(r.text, "e-hours").startswith("Cette contribution compte au plus 48 heures")
