"""An admin's venture invitation (``cofoundry venture create ... --admin --owner ana --invite
cyd``, or the admin API) has no inviter: the rule of the second took the invitee for one who
joined on a member's word alone, yet counted their approvals for everyone (red team).

An admin's invitation is the community's word, not one member's: nobody's second account to
guard against, so the invitee joins needing no second and vouches for others like any member
(the letter: tests/web/test_admin_invitation_letter.py)."""

from __future__ import annotations

from matcher.access import ADMIN, Actor
from matcher.community import Community
from tests.ventures import create, join, person


def test_an_admins_invitation_needs_no_second(community: Community) -> None:
    eq = community.equity
    create(eq, "acme", "ana")
    join(eq, "acme", "bob", by="ana")  # a venture with members besides the invitee
    person(eq, "cyd")
    eq.invite("acme", "cyd", actor=ADMIN)
    assert "cyd" in eq.view("acme", actor=ADMIN).roles.invited
    eq.answer_invitation("acme", True, actor=Actor("cyd"))
    roles = eq.view("acme", actor=ADMIN).roles
    place = roles.membership("cyd")
    assert place is not None and place.added_by is None
    assert not place.needs_second and not roles.unvouched("cyd")
    assert not roles.vouched_alone("cyd", "ana") and not roles.vouched_alone("cyd", "bob")


def test_an_owners_invitation_still_needs_a_second(community: Community) -> None:
    eq = community.equity
    create(eq, "acme", "ana")
    join(eq, "acme", "bob", "cyd", by="ana")
    roles = eq.view("acme", actor=ADMIN).roles
    assert roles.unvouched("cyd") and roles.vouched_alone("cyd", "ana")
