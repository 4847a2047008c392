"""The policy as one role x action matrix: every rule of matcher.access.RULES, every role."""

from __future__ import annotations

import pytest

from matcher.access import ADMIN, RULES, Actor, Rule
from matcher.errors import NotAllowed, NotAuthenticated

SUBJECT = "ana"
ROLES = {
    "anonymous": None,
    "admin": ADMIN,
    "the subject": Actor(SUBJECT),
    "a party": Actor("par"),
    "a stranger": Actor("zed"),
    "a token with no profile": Actor(None),
}


class _Names(dict[str, object]):
    """Placeholders a rule's hint may name; one no fact fills stays as written."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"

    def __or__(self, other: object) -> _Names:  # type: ignore[override]
        return _Names({**self, **other})  # type: ignore[dict-item]


def expected(rule: Rule, role: str) -> str:
    """What the rule should answer, from what it says of itself (``who`` and ``admin``)."""
    if role == "anonymous":
        return "sign in"
    if role == "admin":
        return "allowed" if rule.admin else "refused"
    kind = rule.test.__name__
    if kind == "_has_profile":
        return "refused" if role == "a token with no profile" else "allowed"
    if kind == "_self":
        return "allowed" if role == "the subject" else "refused"
    if kind == "_party":
        return "allowed" if role == "a party" else "refused"
    if kind == "_self_in_party":  # the subject, when a party (here the subject is none)
        return "refused"
    assert kind == "_nobody"
    return "refused"


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("rule", RULES, ids=[r.name for r in RULES])
def test_every_rule_for_every_role(rule: Rule, role: str) -> None:
    actor = ROLES[role]
    want = expected(rule, role)
    facts = {"what": "do it", "author": "par", "collaboration": "c1", "event": "e1"}
    if want == "allowed":
        assert rule.require(actor, SUBJECT, ("par",), **facts) is actor
    elif want == "sign in":
        with pytest.raises(NotAuthenticated, match="sign in"):
            rule.require(actor, SUBJECT, ("par",), **facts)
    else:
        with pytest.raises(NotAllowed) as refused:
            rule.require(actor, SUBJECT, ("par",), **facts)
        names = _Names(subject=SUBJECT, actor=None if actor is None else actor.profile_id)
        hint = rule.hint.format_map(names | facts)  # the hint names who to ask
        assert refused.value.field == rule.field and refused.value.hint == hint


def test_rule_names_are_unique_and_say_who() -> None:
    assert len({r.name for r in RULES}) == len(RULES)
    assert all(r.who and r.refusal and r.hint for r in RULES)
