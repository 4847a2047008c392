"""The inbox: an introduction request, its answer, a venture invitation and an event
invitation each reach the member's inbox (with an unread count) and, by their choice, their
e-mail; written in the transaction of the change; private to the member."""

from __future__ import annotations

import datetime as dt

import pytest

from matcher.access import ADMIN, Actor
from matcher.community import Community
from matcher.errors import InvalidInput, NotAllowed, UnknownItem
from matcher.notices import Notice, NoticeKind
from tests.support import Clock, accounts_community, confirmed_sign_up
from tests.ventures import create

PEOPLE = [
    {"id": "ana", "name": "Ana", "offers": "python backend", "needs": "sales"},
    {"id": "bob", "name": "Bob", "offers": "sales", "needs": "python backend"},
    {"id": "cyd", "name": "Cyd", "offers": "design", "needs": "sales"},
]


@pytest.fixture
def c() -> Community:
    now = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
    c = accounts_community(clock=lambda: now)
    for p in PEOPLE:  # accounts first (their e-mail address), then profiles with their ids
        confirmed_sign_up(
            c,
            p["name"],
            f"{p['id']}@example.org",
            "correct horse battery",
            lang="fr" if p["id"] == "bob" else "en",
        )
    c.profiles.import_profiles(PEOPLE)
    return c


def kinds(c: Community, who: str) -> list[tuple[str, dict[str, str]]]:
    return [(i.kind.value, dict(i.data)) for i in c.inbox.items(who, actor=Actor(who))]


def mails(c: Community, to: str) -> list[str]:
    return [m.kind for m in c.mail.store.messages(limit=100) if m.to == to]


def test_an_introduction_request_reaches_the_target_and_the_answer_the_requester(
    c: Community,
) -> None:
    intro = c.trust.request_introduction("ana", "bob", message="Hi", actor=Actor("ana"))
    [(kind, data)] = kinds(c, "bob")
    assert kind == "intro_request" and data == {
        "who": "ana",
        "name": "Ana",
        "intro": intro.id,
        "as": "target",
    }
    assert c.inbox.unread("bob", actor=Actor("bob")) == 1
    assert mails(c, "bob@example.org") == ["intro_request"]
    [m] = [m for m in c.mail.store.messages() if m.to == "bob@example.org"]
    assert m.subject == "Ana souhaite vous rencontrer" or "Ana" in m.subject  # Bob reads French
    assert kinds(c, "ana") == []  # the requester is told nothing yet
    c.trust.answer_introduction(intro.id, True, actor=Actor("bob"))
    [(kind, data)] = [k for k in kinds(c, "ana") if k[0] != "feedback_due"]
    assert kind == "intro_answer" and data["answer"] == "accepted" and data["name"] == "Bob"
    assert mails(c, "ana@example.org") == ["intro_answer"]  # feedback due: inbox only


def test_a_request_from_someone_the_target_avoids_tells_them_nothing(c: Community) -> None:
    c.trust.avoid("bob", "ana", actor=Actor("bob"))
    c.trust.request_introduction("ana", "bob", actor=Actor("ana"))
    assert kinds(c, "bob") == [] and mails(c, "bob@example.org") == []


def test_venture_and_event_invitations_reach_the_invited(c: Community) -> None:
    create(c.equity, "acme", "ana", name="Acme")
    c.equity.invite("acme", "bob", actor=Actor("ana"))
    c.equity.invite("acme", "bob", actor=Actor("ana"))  # already invited: no second notice
    assert kinds(c, "bob") == [
        ("venture_invite", {"who": "ana", "name": "Ana", "venture": "acme", "title": "Acme"})
    ]
    c.equity.answer_invitation("acme", True, actor=Actor("bob"))
    assert len(kinds(c, "bob")) == 1  # joining is not news to the one who joined
    c.events.create_event("night", "Founders night", actor=Actor("cyd"))
    c.events.add_attendees("night", ["ana", "bob"], actor=Actor("cyd"))
    assert [k for k, _ in kinds(c, "bob")] == ["event_invite", "venture_invite"]
    assert kinds(c, "ana")[0][1]["title"] == "Founders night"
    assert mails(c, "bob@example.org") == ["event_invite", "venture_invite"]


def test_an_entry_waiting_for_approval_reaches_those_who_may_approve_it(c: Community) -> None:
    """Issue 18's "approvals waiting on a ledger entry": each member who may approve an
    entry hears of it (inbox, and e-mail by their choice), never its author; an owner's
    entry about another member waits for that member alone; an import tells once."""
    create(c.equity, "acme", "ana", name="Acme", start=dt.date(2026, 1, 1), require_approval=True)
    for pid in ("bob", "cyd"):
        c.equity.invite("acme", pid, actor=Actor("ana"))
        c.equity.answer_invitation("acme", True, actor=Actor(pid))
    c.equity.second("acme", "cyd", actor=Actor("bob"))
    c.inbox.mark_read("bob", None, actor=Actor("bob"))
    c.inbox.mark_read("cyd", None, actor=Actor("cyd"))
    c.inbox.choose_email("cyd", "ledger_approval", False, actor=Actor("cyd"))
    entry = {"member": "bob", "kind": "cash", "on": "2026-02-01", "amount": "100"}
    c.equity.post("acme", entry, key="k1", actor=Actor("bob"))
    [(kind, data)] = [k for k in kinds(c, "ana") if k[0] == "ledger_approval"]
    assert data == {
        "who": "bob",
        "name": "Bob",
        "venture": "acme",
        "title": "Acme",
        "entry": "1",
        "count": "1",
    }
    assert kinds(c, "cyd")[0] == (kind, data)  # cyd may approve too; no e-mail, by choice
    assert [k for k, _ in kinds(c, "bob")] == ["venture_invite"]  # never the author
    assert mails(c, "ana@example.org") == ["ledger_approval"]
    assert "ledger_approval" not in mails(c, "cyd@example.org")
    # an owner's entry about bob waits for bob alone, who reads French
    about_bob = {"member": "bob", "kind": "cash", "on": "2026-02-02", "amount": "50"}
    c.equity.post("acme", about_bob, key="k2", actor=Actor("ana"))
    waiting = [d for k, d in kinds(c, "bob") if k == "ledger_approval"]
    assert waiting == [waiting[0]] and waiting[0]["entry"] == "2" and waiting[0]["who"] == "ana"
    assert len([k for k, _ in kinds(c, "cyd") if k == "ledger_approval"]) == 1
    # in a venture whose members' own entries need no approval, nobody is told of them
    create(c.equity, "solo", "ana", name="Solo", start=dt.date(2026, 1, 1))
    c.equity.invite("solo", "bob", actor=Actor("ana"))
    c.equity.answer_invitation("solo", True, actor=Actor("bob"))
    before = len(kinds(c, "ana"))
    c.equity.post("solo", entry, key="k3", actor=Actor("bob"))
    assert len(kinds(c, "ana")) == before


def test_a_proposal_tells_each_member_it_waits_for_and_its_outcome_the_proposer(
    c: Community,
) -> None:
    """Before, nobody heard that a proposal waited for them (ledger13b): each member it
    waits for gets a notice (and its e-mail), the proposer one when it is accepted,
    declined or lapses, never for their own withdrawal."""
    from decimal import Decimal

    from matcher.equity import Rate

    create(c.equity, "acme", "ana", name="Acme", start=dt.date(2026, 1, 1))
    for pid in ("bob", "cyd"):
        c.equity.invite("acme", pid, actor=Actor("ana"))
        c.equity.answer_invitation("acme", True, actor=Actor(pid))
    c.equity.second("acme", "cyd", actor=Actor("bob"))
    # an opening salary ana sets for bob waits for him alone (ledger14); accepted, she hears
    ana = Actor("ana")
    c.equity.set_rate("acme", Rate("bob", dt.date(2026, 1, 1), Decimal(90_000)), actor=ana)
    assert [d["proposal"] for k, d in kinds(c, "bob") if k == "venture_proposal"] == ["1"]
    assert "venture_proposal" not in [k for k, _ in kinds(c, "cyd")]
    c.equity.answer_proposal("acme", 1, True, actor=Actor("bob"))
    [(_, data)] = [k for k in kinds(c, "ana") if k[0] == "proposal_answer"]
    assert (data["proposal"], data["status"], data["who"]) == ("1", "accepted", "bob")
    # a lower salary waits for its member alone; declined, its proposer hears of it
    c.equity.set_rate("acme", Rate("bob", dt.date(2026, 3, 1), Decimal(50_000)), actor=ana)
    assert [d["proposal"] for k, d in kinds(c, "bob") if k == "venture_proposal"] == ["2", "1"]
    assert "venture_proposal" not in [k for k, _ in kinds(c, "cyd")]
    c.equity.answer_proposal("acme", 2, False, "too low", actor=Actor("bob"))
    [(_, data), _] = [k for k in kinds(c, "ana") if k[0] == "proposal_answer"]
    assert (data["proposal"], data["status"], data["who"]) == ("2", "declined", "bob")
    # a freeze waits for every other member
    c.equity.freeze("acme", dt.date(2026, 2, 1), actor=ana)
    facts = {
        "who": "ana",
        "name": "Ana",
        "venture": "acme",
        "title": "Acme",
        "proposal": "3",
        "what": "freeze",
    }
    for pid in ("bob", "cyd"):
        assert ("venture_proposal", facts) in kinds(c, pid)
        assert "venture_proposal" in mails(c, f"{pid}@example.org")
    assert "venture_proposal" not in [k for k, _ in kinds(c, "ana")]
    c.equity.answer_proposal("acme", 3, True, actor=Actor("bob"))
    assert len([k for k, _ in kinds(c, "ana") if k == "proposal_answer"]) == 2  # cyd is asked
    c.equity.answer_proposal("acme", 3, True, actor=Actor("cyd"))
    (data, _, _) = [d for k, d in kinds(c, "ana") if k == "proposal_answer"]
    assert data == facts | {"who": "cyd", "name": "Cyd", "status": "accepted"}
    assert mails(c, "ana@example.org").count("proposal_answer") == 3


def test_a_disputed_cause_tells_the_other_owner_that_the_leaver_disputed_it(
    c: Community,
) -> None:
    """A ``cause`` proposal is opened by the leaver's dispute: its notice said "Ana made a
    proposal", a step Ana never took (ledger14). It now names the leaver as who acted and
    says what happened, in the inbox and the e-mail, English and French."""
    from api.web.letters import letters
    from matcher.equity import Departure, Reason

    create(c.equity, "acme", "ana", name="Acme", start=dt.date(2026, 1, 1))
    for pid in ("bob", "cyd"):
        c.equity.invite("acme", pid, actor=Actor("ana"))
        c.equity.answer_invitation("acme", True, actor=Actor(pid))
    c.equity.second("acme", "cyd", actor=Actor("bob"))
    c.equity.name_owner("acme", "cyd", actor=Actor("ana"))
    leave = Departure("bob", dt.date(2026, 2, 1), Reason.FIRED_FOR_CAUSE)
    c.equity.leave("acme", leave, actor=Actor("ana"))
    c.equity.answer_departure("acme", "bob", False, "never warned", actor=Actor("bob"))
    [data] = [d for k, d in kinds(c, "cyd") if k == "venture_proposal"]
    assert (data["who"], data["name"], data["recorder"], data["what"]) == (
        "bob",
        "Bob",
        "ana",
        "cause",
    )
    assert "venture_proposal" in mails(c, "cyd@example.org")
    compose = letters("https://cofoundry.example")
    for lang, subject, says in (
        (
            "en",
            "A departure from Acme is disputed",
            "Bob disputed how their departure from the venture Acme was recorded: it counts"
            " as their best case until another owner confirms the recorded reason.",
        ),
        (
            "fr",
            "Un départ d'Acme est contesté",
            "Bob conteste la façon dont son départ du projet Acme a été enregistré\u00a0: il"
            " compte comme son cas le plus favorable tant qu'une autre personne propriétaire"
            " ne confirme pas le motif enregistré.",
        ),
    ):
        got_subject, body = compose("venture_proposal", lang, data | {"path": "/web/inbox"})
        assert got_subject == subject and says in body, body
        assert "made a proposal" not in body and "a fait une proposition" not in body


def test_the_approval_notice_in_french_words() -> None:
    from api.web.letters import letters

    compose = letters("https://cofoundry.example")
    facts = {"name": "Ana", "title": "Acme", "path": "/web/inbox"}
    subject, body = compose("ledger_approval", "fr", facts)
    assert subject == "Une écriture d'Acme attend votre approbation"
    assert "Ana a inscrit au registre d'Acme une écriture" in body
    assert "depuis votre boîte de réception\u00a0:\n\nhttps://cofoundry.example/web/inbox" in body
    subject, body = compose("venture_invite", "fr", facts)
    assert subject == "Invitation à rejoindre Acme" and "rejoindre le projet Acme" in body


def test_switching_an_email_off_keeps_the_inbox_item(c: Community) -> None:
    bob = Actor("bob")
    choices = c.inbox.choose_email("bob", "intro_request", False, actor=bob)
    assert choices[NoticeKind.INTRO_REQUEST] is False and choices[NoticeKind.INTRO_ANSWER]
    c.trust.request_introduction("ana", "bob", actor=Actor("ana"))
    assert len(kinds(c, "bob")) == 1 and mails(c, "bob@example.org") == []
    with pytest.raises(InvalidInput, match="kind must be one of"):
        c.inbox.choose_email("bob", "spam", False, actor=bob)


def test_a_member_without_an_address_gets_the_item_and_no_email(c: Community) -> None:
    c.profiles.import_profiles([{"id": "dan", "name": "Dan", "offers": "x", "needs": "y"}])
    c.trust.request_introduction("ana", "dan", actor=Actor("ana"))
    assert len(kinds(c, "dan")) == 1
    assert {m.member_id for m in c.mail.store.messages()} == set()


def test_marking_read_and_the_unread_count(c: Community) -> None:
    bob = Actor("bob")
    c.trust.request_introduction("ana", "bob", actor=Actor("ana"))
    c.trust.request_introduction("cyd", "bob", actor=Actor("cyd"))
    first, _ = c.inbox.items("bob", actor=bob)
    assert c.inbox.open("bob", first.id, actor=bob).id == first.id
    assert c.inbox.unread("bob", actor=bob) == 1
    assert [i.data["who"] for i in c.inbox.items("bob", actor=bob, unread_only=True)] == ["ana"]
    assert c.inbox.mark_read("bob", None, actor=bob) == 1
    assert c.inbox.unread("bob", actor=bob) == 0


def test_an_inbox_is_private_even_from_an_admin(c: Community) -> None:
    c.trust.request_introduction("ana", "bob", actor=Actor("ana"))
    item = c.inbox.items("bob", actor=Actor("bob"))[0]
    for other in (Actor("ana"), ADMIN):
        with pytest.raises(NotAllowed):
            c.inbox.items("bob", actor=other)
    with pytest.raises(UnknownItem):  # Bob's item through Ana's own inbox: as if absent
        c.inbox.open("ana", item.id, actor=Actor("ana"))
    with pytest.raises(UnknownItem):
        c.inbox.mark_read("ana", item.id, actor=Actor("ana"))
    assert c.inbox.unread("bob", actor=Actor("bob")) == 1


def test_the_notice_is_written_with_its_cause_or_not_at_all(c: Community) -> None:
    def fail(notice: Notice) -> None:
        raise RuntimeError("the inbox is down")

    c.trust.on_notice.append(fail)
    with pytest.raises(RuntimeError):
        c.trust.request_introduction("ana", "bob", actor=Actor("ana"))
    assert c.trust.introductions("ana", actor=Actor("ana")) == []  # no request without it
    assert kinds(c, "bob") == [] and c.mail.store.counts() == {}


def test_erasure_removes_the_inbox_and_keeps_others_items_without_the_name(
    c: Community,
) -> None:
    c.trust.request_introduction("ana", "bob", actor=Actor("ana"))
    c.trust.request_introduction("bob", "cyd", actor=Actor("bob"))
    c.privacy.erase("ana", actor=Actor("ana"))
    [(kind, data)] = kinds(c, "bob")
    assert kind == "intro_request" and data["who"] != "ana" and data["name"] == ""
    exported = c.privacy.export("cyd", actor=Actor("cyd"))
    assert exported.features["inbox"]["items"][0]["data"]["name"] == "Bob"


def test_erasure_deletes_the_e_mails_to_others_that_name_the_person(c: Community) -> None:
    """Bob's e-mail about Ana's request quotes her name: it goes with her, sent or not;
    Cyd's e-mail about Bob's request stays."""
    c.trust.request_introduction("ana", "bob", message="Hi", actor=Actor("ana"))
    c.trust.request_introduction("bob", "cyd", actor=Actor("bob"))
    assert mails(c, "bob@example.org").count("intro_request") == 1
    assert any("Ana" in m.body for m in c.mail.store.messages(limit=100))
    c.privacy.erase("ana", actor=Actor("ana"))
    left = c.mail.store.messages(limit=100)
    assert not any("Ana" in m.body or "Ana" in m.subject for m in left)
    assert mails(c, "bob@example.org").count("intro_request") == 0
    assert mails(c, "cyd@example.org").count("intro_request") == 1


def accepted(c: Community, a: str = "ana", b: str = "bob") -> str:
    intro = c.trust.request_introduction(a, b, actor=Actor(a))
    c.trust.answer_introduction(intro.id, True, actor=Actor(b))
    return intro.id


def test_a_new_message_reaches_the_other_inbox_and_email_once_until_read(c: Community) -> None:
    thread = accepted(c)
    c.inbox.mark_read("bob", None, actor=Actor("bob"))
    c.messages.post(thread, "Hello Bob, coffee on Monday?", actor=Actor("ana"))
    c.messages.post(thread, "Or Tuesday.", actor=Actor("ana"))  # unread still: no second one
    news = [d for k, d in kinds(c, "bob") if k == "message"]
    assert news == [{"who": "ana", "name": "Ana", "thread": thread}]
    assert mails(c, "bob@example.org").count("message") == 1
    [mail] = [m for m in c.mail.store.messages(limit=100) if m.kind == "message"]
    assert "Ana" in mail.subject and "Monday" not in mail.body  # never the text itself
    assert [k for k, _ in kinds(c, "ana")].count("message") == 0  # not to the writer
    c.messages.read(thread, actor=Actor("bob"))  # reading the conversation settles it
    assert c.inbox.unread("bob", actor=Actor("bob")) == 0
    c.messages.post(thread, "See you", actor=Actor("ana"))
    assert [k for k, _ in kinds(c, "bob")].count("message") == 2
    assert mails(c, "bob@example.org").count("message") == 2


def test_the_same_message_sent_twice_at_once_is_written_once() -> None:
    """A double tap on Send (or the form posted again by the browser) within a minute writes
    the message once and tells the others once (walk8: the thread showed it twice); the same
    words later, or after someone else wrote, are a new message."""
    clock = Clock()
    c = accounts_community(clock=clock)
    for p in PEOPLE:
        confirmed_sign_up(c, p["name"], f"{p['id']}@example.org", "correct horse battery")
    c.profiles.import_profiles(PEOPLE)
    thread = accepted(c)
    first = c.messages.post(thread, "See you on Monday", actor=Actor("ana"))
    clock.pass_(seconds=5)
    again = c.messages.post(thread, " See you on Monday ", actor=Actor("ana"))
    assert again == first
    said = [m.body for m in c.messages.read(thread, actor=Actor("bob")).messages]
    assert said == ["See you on Monday"]
    assert [k for k, _ in kinds(c, "bob")].count("message") == 1
    clock.pass_(minutes=2)  # later: written again on purpose
    c.messages.post(thread, "See you on Monday", actor=Actor("ana"))
    c.messages.post(thread, "Yes!", actor=Actor("bob"))
    c.messages.post(thread, "Yes!", actor=Actor("ana"))  # another author's words: a new one
    said = [m.body for m in c.messages.read(thread, actor=Actor("bob")).messages]
    assert said == ["See you on Monday", "See you on Monday", "Yes!", "Yes!"]


def test_the_message_email_follows_the_members_choice(c: Community) -> None:
    thread = accepted(c)
    c.inbox.choose_email("bob", "message", False, actor=Actor("bob"))
    c.messages.post(thread, "Hello", actor=Actor("ana"))
    assert [k for k, _ in kinds(c, "bob")].count("message") == 1
    assert "message" not in mails(c, "bob@example.org")


def test_a_message_notice_is_written_with_the_message_or_not_at_all(c: Community) -> None:
    thread = accepted(c)

    def fail(notice: Notice) -> None:
        raise RuntimeError("the inbox is down")

    c.messages.on_notice.append(fail)
    with pytest.raises(RuntimeError):
        c.messages.post(thread, "Hello", actor=Actor("ana"))
    assert c.messages.read(thread, actor=Actor("bob")).messages == ()


def test_feedback_due_after_an_accepted_introduction_until_given(c: Community) -> None:
    intro = c.trust.request_introduction("ana", "bob", actor=Actor("ana"))
    assert "feedback_due" not in [k for k, _ in kinds(c, "ana")]  # not before an answer
    c.trust.answer_introduction(intro.id, True, actor=Actor("bob"))
    for me, other in (("ana", "bob"), ("bob", "ana")):
        [due] = [d for k, d in kinds(c, me) if k == "feedback_due"]
        assert due["who"] == other and due["context"] == f"intro:{intro.id}"
    assert "feedback_due" not in mails(c, "ana@example.org")  # inbox only, unless asked
    c.feedback.give("ana", "bob", "again", f"intro:{intro.id}", actor=Actor("ana"))
    [item] = [i for i in c.inbox.items("ana", actor=Actor("ana")) if i.kind.value == "feedback_due"]
    assert item.data["done"] == "yes" and not item.unread
    [item] = [i for i in c.inbox.items("bob", actor=Actor("bob")) if i.kind.value == "feedback_due"]
    assert item.unread and "done" not in item.data  # Bob has not said yet


def test_no_feedback_due_for_a_declined_request_nor_for_the_connector(c: Community) -> None:
    intro = c.trust.request_introduction("ana", "bob", actor=Actor("ana"))
    c.trust.answer_introduction(intro.id, False, actor=Actor("bob"))
    assert all(k != "feedback_due" for who in ("ana", "bob") for k, _ in kinds(c, who))


def test_feedback_due_by_email_when_switched_on(c: Community) -> None:
    c.inbox.choose_email("ana", "feedback_due", True, actor=Actor("ana"))
    accepted(c)
    assert "feedback_due" in mails(c, "ana@example.org")
    assert "feedback_due" not in mails(c, "bob@example.org")


def _through_bob(c: Community) -> str:
    """Ana asks to meet Dan through Bob; Cyd is on another warm path (Ana - Cyd - Dan)."""
    c.profiles.import_profiles([{"id": "dan", "name": "Dan", "offers": "ops", "needs": "x"}])
    for a, b in (("ana", "bob"), ("bob", "dan"), ("ana", "cyd"), ("cyd", "dan")):
        done = c.trust.propose_collaboration(a, b, "project", "2024-01-01", actor=Actor(a))
        c.trust.answer_collaboration(done.id, True, actor=Actor(b))
    intro = c.trust.request_introduction("ana", "dan", connector="bob", actor=Actor("ana"))
    return intro.id


def test_the_requester_is_told_when_their_request_moves_to_another_connector(
    c: Community,
) -> None:
    """Dan avoids Bob, the connector of Ana's pending request: it moved to Cyd and Ana was
    not told. Now she is (inbox, and e-mail at her proven address), with nothing that says
    who avoided whom, or that anyone did."""
    intro = _through_bob(c)
    c.trust.avoid("dan", "bob", actor=Actor("dan"))
    [(kind, data)] = kinds(c, "ana")
    assert kind == "intro_moved" and data == {"who": "dan", "name": "Dan", "intro": intro}
    assert mails(c, "ana@example.org") == ["intro_moved"]
    [m] = [m for m in c.mail.store.messages() if m.to == "ana@example.org"]
    assert "Dan" in m.subject and "Bob" not in m.subject + m.body
    assert "avoid" not in (m.subject + m.body).lower()
    assert [k for k, _ in kinds(c, "cyd")] == ["intro_request"]  # asked as any connector
    assert kinds(c, "bob") == [k for k in kinds(c, "bob") if k[0] != "intro_moved"]


@pytest.mark.parametrize("gone", ["private", "consent", "erased", "avoided"])
def test_the_requester_is_told_when_their_request_ends_without_a_connector(
    c: Community, gone: str
) -> None:
    """Bob, the only connector between Ana and Dan, turns private, withdraws his consent, is
    erased, or Dan avoids him: Ana's request ended and nobody told her (it read 'not
    accepted' as a decline, or vanished with Bob). Now she is told (inbox, and e-mail at her
    proven address) that it ended, naming neither Bob nor any reason, and her page shows it
    ended."""
    c.profiles.import_profiles([{"id": "dan", "name": "Dan", "offers": "ops", "needs": "x"}])
    for a, b in (("ana", "bob"), ("bob", "dan")):
        done = c.trust.propose_collaboration(a, b, "project", "2024-01-01", actor=Actor(a))
        c.trust.answer_collaboration(done.id, True, actor=Actor(b))
    intro = c.trust.request_introduction("ana", "dan", connector="bob", actor=Actor("ana"))
    if gone == "erased":
        c.privacy.erase("bob", actor=Actor("bob"))
    elif gone == "avoided":
        c.trust.avoid("dan", "bob", actor=Actor("dan"))
    else:
        changes = {"visibility": "private"} if gone == "private" else {"consent": False}
        c.profiles.update_profile("bob", changes, actor=Actor("bob"))
    [(kind, data)] = kinds(c, "ana")
    assert kind == "intro_ended" and data == {"who": "dan", "name": "Dan", "intro": intro.id}
    assert mails(c, "ana@example.org") == ["intro_ended"]
    [m] = [m for m in c.mail.store.messages() if m.to == "ana@example.org"]
    words = (m.subject + m.body).lower()
    assert "dan" in m.subject.lower() and "bob" not in words
    assert not any(w in words for w in ("private", "consent", "erase", "avoid", "declin"))
    [seen] = c.trust.introductions("ana", actor=Actor("ana"))
    assert seen.status.value == "ended" and seen.connector is None
    # her pipeline says it ended (not "not accepted", as a decline reads)
    rows = [r for r in c.loop.pipeline("ana", actor=Actor("ana")) if r.person == "dan"]
    assert [r.detail for r in rows] == ["introduction ended"]


def test_the_ended_request_notice_in_french_words() -> None:
    from api.web.letters import letters

    compose = letters("https://cofoundry.example")
    subject, body = compose("intro_ended", "fr", {"name": "Dan", "path": "/web/inbox"})
    assert "Dan" in subject and "Dan" in body and "https://cofoundry.example/web/inbox" in body
    assert subject != compose("intro_ended", "en", {"name": "Dan", "path": "/web/inbox"})[0]


def test_the_moved_request_notice_in_french_words() -> None:
    from api.web.letters import letters

    compose = letters("https://cofoundry.example")
    subject, body = compose("intro_moved", "fr", {"name": "Dan", "path": "/web/inbox"})
    assert "Dan" in subject and "Dan" in body and "https://cofoundry.example/web/inbox" in body
    assert subject != compose("intro_moved", "en", {"name": "Dan", "path": "/web/inbox"})[0]


def test_a_withdrawn_request_tells_those_asked_and_no_longer_asks_them_to_answer(
    c: Community,
) -> None:
    """Ana asks to meet Cyd through Bob, then withdraws: Cyd (the target) and Bob (the
    connector, who reads French) are told in their inbox and by e-mail, with no reason; the
    notices that asked them to answer no longer do; Ana, who acted, is told nothing."""
    for a, b in (("ana", "bob"), ("bob", "cyd")):
        done = c.trust.propose_collaboration(a, b, "project", "2024-01-01", actor=Actor(a))
        c.trust.answer_collaboration(done.id, True, actor=Actor(b))
    intro = c.trust.request_introduction("ana", "cyd", connector="bob", actor=Actor("ana")).id
    c.trust.withdraw_introduction(intro, actor=Actor("ana"))
    for who, role in (("cyd", "target"), ("bob", "connector")):
        items = {i.kind.value: i for i in c.inbox.items(who, actor=Actor(who))}
        assert set(items) == {"intro_request", "intro_withdrawn"}
        told = items["intro_withdrawn"]
        assert told.unread and dict(told.data) == {
            "who": "ana",
            "name": "Ana",
            "intro": intro,
            "as": role,
        }
        asked = items["intro_request"]  # settled: read, and nothing left to answer
        assert asked.data.get("done") == "yes" and not asked.unread
        assert c.inbox.unread(who, actor=Actor(who)) == 1
        assert sorted(mails(c, f"{who}@example.org")) == ["intro_request", "intro_withdrawn"]
    [en] = [m for m in c.mail.store.messages() if m.kind == "intro_withdrawn" and m.to[0] == "c"]
    assert en.subject == "Ana withdrew a request for an introduction"
    assert "nothing to answer" in en.body and "/web/inbox" in en.body
    # (the API's letters say it in the reader's language: the test below)
    [fr] = [m for m in c.mail.store.messages() if m.kind == "intro_withdrawn" and m.to[0] == "b"]
    for m in (en, fr):  # no reason, no blame
        words = (m.subject + m.body).lower()
        assert not any(w in words for w in ("declin", "reject", "refus", "avoid", "why"))
    assert kinds(c, "ana") == [] and mails(c, "ana@example.org") == []
    # another request of Ana's to Cyd, still pending, keeps its notice to answer
    again = c.trust.request_introduction("ana", "cyd", actor=Actor("ana")).id
    waiting = [i for i in c.inbox.items("cyd", actor=Actor("cyd")) if i.data["intro"] == again]
    assert [(i.kind.value, i.data.get("done"), i.unread) for i in waiting] == [
        ("intro_request", None, True)
    ]


def test_the_withdrawn_request_notice_in_french_words() -> None:
    from api.web.letters import letters

    compose = letters("https://cofoundry.example")
    subject, body = compose("intro_withdrawn", "fr", {"name": "Ana", "path": "/web/inbox"})
    assert subject == "Ana a retiré une demande de mise en relation"
    assert "vous n'avez rien à répondre" in body
    assert "https://cofoundry.example/web/inbox" in body
    assert subject != compose("intro_withdrawn", "en", {"name": "Ana", "path": "/web/inbox"})[0]
