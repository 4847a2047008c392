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
        assert refused.value.field == rule.field and refused.value.hint == rule.hint


def test_rule_names_are_unique_and_say_who() -> None:
    assert len({r.name for r in RULES}) == len(RULES)
    assert all(r.who and r.refusal and r.hint for r in RULES)
