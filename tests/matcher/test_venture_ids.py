"""Venture ids a member chooses tell nothing of the ventures they cannot read, on both
backends: the id is the one chosen, ``-`` and 6 random hex digits, taken or not; only an
admin keeps an exact id (``exact=True``); ventures made before keep theirs."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from matcher.access import ADMIN, Actor
from matcher.equity import EquityService
from matcher.errors import Conflict, NotAllowed
from matcher.schema import connect
from tests.ventures import create, person

START = dt.date(2024, 1, 1)


@pytest.fixture
def svc() -> EquityService:
    equity = EquityService(connect(), clock=lambda: dt.datetime(2025, 6, 1, tzinfo=dt.UTC))
    for who in ("ana", "eve"):
        person(equity, who)
    return equity


def test_a_stranger_gets_the_same_answer_for_a_taken_id_and_a_free_one(
    svc: EquityService,
) -> None:
    create(svc, "acme", "ana", "Acme", start=START)  # private, exact (as every older id)
    held = svc.create_venture("merger", actor=Actor("ana"), start=START).id
    eve = Actor("eve")
    for slug in ("acme", held, "merger", "nobody-holds"):
        made = svc.create_venture(slug, "Probe", actor=eve, start=START)
        assert re.fullmatch(re.escape(slug) + "-[0-9a-f]{6}", made.id), made.id
        assert (made.name, svc.view(made.id, actor=eve).roles.owners) == ("Probe", ("eve",))
    for old in ("acme", held):  # ana's ventures stay hers, under their ids
        assert svc.view(old, actor=Actor("ana")).roles.owners == ("ana",)


def test_a_long_chosen_id_keeps_to_the_id_rule(svc: EquityService) -> None:
    made = svc.create_venture("a" * 64, actor=Actor("eve"), start=START).id
    assert len(made) == 64 and re.fullmatch("a{57}-[0-9a-f]{6}", made)


def test_only_an_admin_keeps_an_exact_id(svc: EquityService) -> None:
    with pytest.raises(NotAllowed, match="only an admin") as refused:
        svc.create_venture("acme", actor=Actor("eve"), exact=True, start=START)
    assert refused.value.field == "exact"
    made = svc.create_venture("acme", actor=ADMIN, owner="ana", exact=True, start=START)
    assert made.id == "acme"
    with pytest.raises(Conflict, match="venture 'acme' already exists"):
        svc.create_venture("acme", actor=ADMIN, owner="eve", exact=True, start=START)
    assert svc.create_venture("acme", actor=ADMIN, owner="eve", start=START).id != "acme"
