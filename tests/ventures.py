"""Helpers for tests that need a venture with members: people join by invitation and
acceptance (issue 17), which tests set up in one call."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from matcher.access import ADMIN, Actor
from matcher.equity import EquityService, model
from matcher.profiles import ProfileStore, check_profile

#: The day test ventures start on (their entries are dated from 2024 on).
START = dt.date(2023, 1, 1)


def person(equity: EquityService, pid: str) -> None:
    """A bare profile for ``pid`` if there is none (only a profile can be invited)."""
    store = ProfileStore(equity.db)
    if store.get_profile(pid) is None:
        with equity.db.transaction():
            store.put_profile(
                check_profile({"id": pid, "name": pid.title(), "offers": "o", "needs": "n"})
            )


def join(equity: EquityService, venture_id: str, *members: str, by: str | None = None) -> None:
    """``members`` join the venture: an owner (``by``, default the first) invites each one
    and they accept."""
    inviter = Actor(by) if by else Actor(equity.view(venture_id, actor=ADMIN).roles.owners[0])
    for member in members:
        person(equity, member)
        equity.invite(venture_id, member, actor=inviter)
        equity.answer_invitation(venture_id, True, actor=Actor(member))


def create(
    equity: EquityService, venture_id: str, owner: str, name: str = "", **settings: Any
) -> model.Venture:
    """The venture ``venture_id`` exactly, owned by ``owner`` (who gets a bare profile):
    an admin creates it, as only an admin may choose an exact id (a member's chosen id gets
    a random suffix), so that tests name it by the id they chose."""
    person(equity, owner)
    return equity.create_venture(venture_id, name, actor=ADMIN, owner=owner, exact=True, **settings)


def venture(
    equity: EquityService,
    venture_id: str,
    owner: str,
    *members: str,
    name: str = "",
    start: dt.date = START,
    require_approval: bool = False,
    second: bool = True,
) -> None:
    """A venture owned by ``owner`` (started on ``start``) that ``members`` joined; with
    ``second``, each one who joined after another member is seconded by the first member
    other than the owner, so that every member's approval counts for everyone."""
    create(equity, venture_id, owner, name, start=start, require_approval=require_approval)
    join(equity, venture_id, *members, by=owner)
    if second and members:
        for member in members[1:]:
            equity.second(venture_id, member, actor=Actor(members[0]))


#: each member's API headers, by id
Auth = dict[str, dict[str, str]]


def two_ventures(community: Any) -> Auth:
    """Ventures ``acme`` (ana, bob, cy; owner ana) and ``other`` (dan, eve) in ``community``
    (a :class:`~matcher.community.Community`), and each member's token headers."""
    venture(community.equity, "acme", "ana", "bob", "cy", name="Acme")
    venture(community.equity, "other", "dan", "eve", name="Other")
    return {
        p: {"Authorization": f"Bearer {community.security.create_token(p)}"}
        for p in ("ana", "bob", "cy", "dan", "eve")
    }


def agreed_rate(
    equity: EquityService, venture_id: str, rate: model.Rate, by: str | Actor
) -> tuple[model.Rate, ...]:
    """``by`` sets ``rate``, and when it waits for others' word (a member's first rate
    does, as a change does: ledger14) each member it waits for accepts it; the venture's
    rates then. The proposal is answered as members do, so the rule stays on the path."""
    actor = Actor(by) if isinstance(by, str) else by
    rates = equity.set_rate(venture_id, rate, actor=actor)
    if rate in rates:
        return rates
    (p,) = [
        p
        for p in equity.proposals(venture_id, actor=actor, open_only=True)
        if p.kind == "rate" and p.subject == rate.member
    ]
    for member in equity.waiting_for(venture_id, p):
        equity.answer_proposal(venture_id, p.id, True, actor=Actor(member))
    rates = equity.store.member_rates(venture_id)
    assert rate in rates, f"{rate} did not apply once accepted"
    return rates


def agreed_rate_api(
    client: Any, venture_id: str, body: dict[str, str], by: dict[str, str], *words: dict[str, str]
) -> int:
    """Through the API: ``by`` proposes the rate ``body`` (202: it waits, as a member's first
    rate does when others are in the venture) and each of ``words`` (their headers) accepts
    it; the last answer applies it. Returns the proposal's number."""
    r = client.post(f"/ventures/{venture_id}/rates", json=body, headers=by)
    assert r.status_code == 202, r.text
    number = int(r.json()["proposal"])
    status = ""
    for headers in words:
        answer = f"/ventures/{venture_id}/proposals/{number}/answer"
        a = client.post(answer, json={"accept": True}, headers=headers)
        assert a.status_code == 200, a.text
        status = a.json()["status"]
    assert status == "accepted", f"proposal {number} still {status or 'open'}"
    return number


def count_folds(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count the ledger folds (``model._timeline``) from now on: ``[n]``, read after the
    call measured (a linear check folds once; a quadratic one once a row)."""
    folds = [0]
    fold = model._timeline

    def counted(*args: Any, **kw: Any) -> Any:
        folds[0] += 1
        return fold(*args, **kw)

    monkeypatch.setattr(model, "_timeline", counted)
    return folds


def before_proposals(equity: EquityService, monkeypatch: pytest.MonkeyPatch) -> None:
    """``equity`` over a database migrated only up to before ``m_venture_proposals`` works
    as the code of then did: departures as recorded, no proposal (a migration test runs
    today's service over yesterday's schema)."""
    from matcher.equity.store import _departure

    db = equity.db
    sql = (
        "SELECT member_id, on_date, reason, buyback, refused FROM departures"
        " WHERE venture_id = ? ORDER BY on_date, id"
    )
    monkeypatch.setattr(
        equity.store, "departures", lambda vid: tuple(db.rows(sql, [vid], _departure))
    )
    monkeypatch.setattr(equity.store, "proposals", lambda *_, **__: [])
    monkeypatch.setattr(equity.store, "signed_days", lambda *_: [])  # none (m_day_signatures)
    monkeypatch.setattr(equity.store, "day_signatures", lambda *_: [])  # nor signatures
    monkeypatch.setattr(EquityService, "_claims", staticmethod(lambda *_: False))
    monkeypatch.setattr(EquityService, "_rate_needs", lambda *_: "")  # every rate at once
    from matcher.db import utcnow_text
    from matcher.equity.store import Membership

    places = (  # no invitation's salary yet (m_invitation_salary)
        "SELECT member_id, role, added_by, added_at, joined_at, needs_second, seconded_by"
        " FROM venture_members WHERE venture_id = ? ORDER BY member_id"
    )
    joins = (
        "UPDATE venture_members SET role = 'member', joined_at = ?, needs_second = ?"
        " WHERE venture_id = ? AND member_id = ? AND role = 'invited'"
    )
    monkeypatch.setattr(
        equity.store,
        "join",
        lambda vid, mid, *, needs_second: db.execute(
            joins, [utcnow_text(), int(needs_second), vid, mid]
        ),
    )
    monkeypatch.setattr(
        equity.store,
        "memberships",
        lambda vid: db.rows(
            places, [vid], lambda r: Membership(r[0], r[1], r[2], r[3], r[4], bool(r[5]), r[6])
        ),
    )
