"""The errors' English messages: the bad value said once (a new user's walk through the
pages read "event 'night' already exists (got 'night')")."""

from __future__ import annotations

import datetime as dt

import pytest

from matcher.access import EDIT_PROFILE, Actor
from matcher.errors import CofoundryError, Conflict, InvalidInput, NotAllowed, UnknownEntry
from matcher.profiles import check_profile


def _refusal(call: object) -> CofoundryError:
    with pytest.raises(CofoundryError) as info:
        call()  # type: ignore[operator]
    return info.value


@pytest.mark.parametrize(
    ("error", "said"),
    [
        (Conflict.taken("event", "night"), "event 'night' already exists; choose another id"),
        (
            UnknownEntry("no entry 7 in venture 'acme'", value=7),
            "no entry 7 in venture 'acme'",
        ),
        (
            InvalidInput("on 1900-01-01 is before the start", field="on", value="1900-01-01"),
            "on 1900-01-01 is before the start",
        ),
        (InvalidInput('"x" is not valid', field="kind", value="x"), '"x" is not valid'),
        (
            _refusal(lambda: EDIT_PROFILE.require(Actor("bob"), "ana")),
            "you may only change your own profile, not 'ana'; use",
        ),
        (
            _refusal(
                lambda: check_profile({"id": "Ana L", "name": "A", "offers": "x", "needs": "y"})
            ),
            "starting with a letter or digit; use for example 'ana-l'",
        ),
    ],
)
def test_a_message_says_the_value_once(error: CofoundryError, said: str) -> None:
    assert said in str(error)
    assert "(got " not in str(error)
    assert error.value is not None  # the value is still there, for the API's JSON


@pytest.mark.parametrize(
    ("error", "got"),
    [
        (
            InvalidInput("commitment must be one of full-time, part-time", value="weekends"),
            "'weekends'",
        ),
        (InvalidInput("trust setting base_weight must be in (0, 1]", value=0), "0"),
        (InvalidInput("days must be a whole number from 1 to 90", value=91), "91"),
        (InvalidInput("hours must be 1 to 10", value=1.5), "1.5"),
        (InvalidInput("a collaboration needs two different people", value="a"), "'a'"),
        (InvalidInput("the people CSV has 2 columns", value=["nom"]), "['nom']"),
        (InvalidInput("day is too early", value=dt.date(1900, 1, 1)), "datetime.date(1900, 1, 1)"),
    ],
)
def test_a_message_that_does_not_say_the_value_still_adds_it(
    error: CofoundryError, got: str
) -> None:
    """A bound of the rule ("in (0, 1]", "from 1 to 90") or a one-letter word is not the
    value: the message goes on saying what was given."""
    assert str(error).endswith(f"(got {got})"), str(error)


def test_a_not_allowed_keeps_its_type_field_and_value() -> None:
    error = _refusal(lambda: EDIT_PROFILE.require(Actor("bob"), "ana"))
    assert isinstance(error, NotAllowed) and error.value == "ana"
