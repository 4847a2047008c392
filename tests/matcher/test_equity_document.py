"""The split document (PDF) of an ended venture, read back as text."""

from __future__ import annotations

import datetime as dt
import io
import re
from decimal import Decimal

import pytest

from matcher.access import Actor
from matcher.community import Community
from matcher.equity import Departure, Rate, Reason, Terms
from matcher.errors import InvalidInput
from tests.ventures import START, venture

pypdf = pytest.importorskip("pypdf")


def _text(pdf: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in reader.pages))


@pytest.mark.parametrize(
    ("lang", "confirmed", "earlier"),
    [
        ("en", "its members confirmed this split", "not this earlier one"),
        ("fr", "ses membres ont confirmé cette répartition", "pas celle-ci, antérieure"),
    ],
)
def test_a_split_before_the_end_does_not_say_the_members_confirmed_it(
    community: Community, lang: str, confirmed: str, earlier: str
) -> None:
    """The document of an ended venture as of a date before its end showed the split of
    that date (one member at 100 %) under "its members confirmed this split": they
    confirmed the split at the end, not this one. The sentence now says which they signed."""
    eq = community.equity
    venture(eq, "pie", "ana", "bob")
    for who, day, amount in (("ana", 10, 1000), ("bob", 60, 500)):
        entry = {
            "member": who,
            "kind": "cash",
            "on": START + dt.timedelta(days=day),
            "amount": amount,
        }
        eq.post("pie", entry, key=f"k-{who}", actor=Actor(who))
    end = START + dt.timedelta(days=90)
    asked = eq.propose_end("pie", end, actor=Actor("ana"))
    eq.confirm_end("pie", asked.ledger_hash, actor=Actor("bob"))
    at_end = _text(eq.split_pdf("pie", actor=Actor("bob"), lang=lang))
    assert confirmed in at_end and earlier not in at_end
    before = _text(
        eq.split_pdf("pie", actor=Actor("bob"), lang=lang, as_of=START + dt.timedelta(days=30))
    )
    assert confirmed not in before and earlier in before, before


@pytest.mark.parametrize(("lang", "heading"), [("en", "up to"), ("fr", "jusqu'au")])
def test_a_split_as_of_a_past_date_prints_the_hash_of_the_ledger_up_to_that_date(
    community: Community, lang: str, heading: str
) -> None:
    """The document as of a past day printed the whole ledger's SHA-256, so two copies of
    one day differed as soon as a later entry was posted. It prints the hash of the ledger
    up to that day (and says so); the document of the end keeps the hash its members
    confirmed."""
    eq = community.equity
    venture(eq, "pie", "ana", "bob")

    def pay(who: str, day: int, amount: int) -> None:
        entry = {"member": who, "kind": "cash", "on": START + dt.timedelta(days=day)}
        eq.post("pie", {**entry, "amount": amount}, key=f"k-{who}-{day}", actor=Actor(who))

    def printed(as_of: dt.date | None = None) -> str:
        pdf = eq.split_pdf("pie", actor=Actor("bob"), lang=lang, as_of=as_of)
        return re.sub(r"\s+", "", _text(pdf))

    pay("ana", 10, 1000)
    pay("bob", 60, 500)
    day = START + dt.timedelta(days=30)
    first = eq.ledger_hash("pie", actor=Actor("bob"), as_of=day)
    assert first in printed(day) and heading.replace(" ", "") in printed(day)
    assert first != eq.ledger_hash("pie", actor=Actor("bob"))  # bob's entry is later
    pay("bob", 80, 200)
    assert first in printed(day)  # the same day's copy, however the ledger went on
    assert eq.ledger_hash("pie", actor=Actor("bob"), as_of=day) == first
    end = START + dt.timedelta(days=90)
    asked = eq.propose_end("pie", end, actor=Actor("ana"))
    eq.confirm_end("pie", asked.ledger_hash, actor=Actor("bob"))
    assert asked.ledger_hash == eq.ledger_hash("pie", actor=Actor("bob"), as_of=end)
    assert printed().count(asked.ledger_hash) >= 2  # each confirmation's and the document's


def test_the_first_of_a_month_is_1er_in_the_french_document(community: Community) -> None:
    """The French split document said "Commencé le 1 janvier 2024"; French writes 1er."""
    eq = community.equity
    venture(eq, "first", "ana", "bob", start=dt.date(2024, 1, 1))
    entry = {"member": "ana", "kind": "cash", "on": dt.date(2024, 2, 1), "amount": 100}
    eq.post("first", entry, key="k-first", actor=Actor("ana"))
    text = _text(eq.split_pdf("first", actor=Actor("ana"), lang="fr"))
    assert "1er janvier 2024" in text and "1er février 2024" in text, text
    assert " 1 janvier" not in text and " 1 février" not in text


def test_the_french_title_elides_de_before_a_vowel(community: Community) -> None:
    """The French document of the venture Acme was titled "Répartition Slicing Pie de Acme"."""
    eq = community.equity
    venture(eq, "acme", "ana", "bob", name="Acme")
    entry = {"member": "ana", "kind": "cash", "on": START + dt.timedelta(days=3), "amount": 100}
    eq.post("acme", entry, key="k-acme", actor=Actor("ana"))
    assert "Répartition Slicing Pie d'Acme" in _text(
        eq.split_pdf("acme", actor=Actor("ana"), lang="fr")
    )
    venture(eq, "bake", "ana", "bob", name="Bakery")
    eq.post("bake", entry, key="k-bake", actor=Actor("ana"))
    assert "Répartition Slicing Pie de Bakery" in _text(
        eq.split_pdf("bake", actor=Actor("ana"), lang="fr")
    )


@pytest.mark.parametrize(
    ("lang", "line"),
    [("en", "Venture Acme (acme), started on"), ("fr", "Projet Acme (acme), commencé le")],
)
def test_the_opening_line_names_the_venture_as_the_title_does(
    community: Community, lang: str, line: str
) -> None:
    """The document titled "Slicing Pie split of Acme" opened with "Venture acme, started
    on ...": the id where the title says the name. The line gives the name, then the id (the
    key the ledger's hashes are computed over)."""
    eq = community.equity
    venture(eq, "acme", "ana", "bob", name="Acme")
    entry = {"member": "ana", "kind": "cash", "on": START + dt.timedelta(days=3), "amount": 100}
    eq.post("acme", entry, key="k-acme", actor=Actor("ana"))
    assert line in _text(eq.split_pdf("acme", actor=Actor("ana"), lang=lang))
    venture(eq, "plain", "ana", "bob")  # no name: the id alone, not "plain (plain)"
    eq.post("plain", entry, key="k-plain", actor=Actor("ana"))
    text = _text(eq.split_pdf("plain", actor=Actor("ana"), lang=lang))
    assert "plain (plain)" not in text and (" plain, " in text), text


@pytest.mark.parametrize(("lang", "said"), [("en", "recorded on"), ("fr", "enregistrée le")])
def test_a_back_dated_entry_says_when_it_was_recorded(
    community: Community, lang: str, said: str
) -> None:
    """An entry dated long before the day it was posted changes the split of every date
    since, and the ledger showed nothing of it: a partner could add to the past unseen. The
    page and the document now say when such an entry was recorded (a day's margin for time
    zones); an entry posted on its day says nothing more."""
    eq = community.equity
    venture(eq, "pie", "ana", "bob")
    today = eq.today()
    for who, day in (("ana", START + dt.timedelta(days=10)), ("bob", today)):
        entry = {"member": who, "kind": "cash", "on": day, "amount": 100}
        eq.post("pie", entry, key=f"k-{who}", actor=Actor(who))
    rows = {p.row.entry.member: p.row for p in eq.ledger("pie", actor=Actor("ana"))}
    assert rows["ana"].back_dated and not rows["bob"].back_dated
    assert rows["ana"].recorded_on >= today - dt.timedelta(days=1)
    text = _text(eq.split_pdf("pie", actor=Actor("bob"), lang=lang))
    assert text.count(said) == 1, text


def test_a_later_salary_terms_or_freeze_leave_a_past_days_document_as_it_was(
    community: Community,
) -> None:
    """A salary, new terms or a freeze effective after a day changed that day's document
    and its SHA-256 (the hash took every rate and term, and the freeze, whatever their
    date), so a copy two partners signed on a day no longer matched its reprint although
    nothing up to that day had changed: the same as a ledger rewritten behind their backs.
    The document of a day and its hash now hold what was in effect on that day; the end's
    document keeps the hash its members confirmed."""
    eq = community.equity
    venture(eq, "pie", "ana", "bob")
    ana = Actor("ana")
    for who, day in (("ana", 10), ("bob", 60)):
        entry = {"member": who, "kind": "cash", "on": START + dt.timedelta(days=day)}
        eq.post("pie", {**entry, "amount": 100}, key=f"k-{who}", actor=Actor(who))
    day = START + dt.timedelta(days=30)
    signed = eq.ledger_hash("pie", actor=ana, as_of=day)
    pdf = eq.split_pdf("pie", actor=ana, as_of=day)
    later = START + dt.timedelta(days=70)
    eq.set_rate("pie", Rate("bob", later, Decimal(70000)), actor=ana)
    eq.set_terms("pie", Terms(effective=later, cash_multiplier=Decimal(5)), actor=ana)
    eq.freeze("pie", later, actor=ana)
    # bob's word applies the new terms and freezes the pie
    for proposed in eq.proposals("pie", actor=ana, open_only=True):
        eq.answer_proposal("pie", proposed.id, True, actor=Actor("bob"))
    assert eq.ledger_hash("pie", actor=ana, as_of=day) == signed
    assert eq.split_pdf("pie", actor=ana, as_of=day) == pdf
    assert eq.ledger_hash("pie", actor=ana, as_of=later) != signed
    # an end is never before a salary, terms or a freeze: its document has the whole
    # ledger's hash, the one its members confirm
    asked = eq.propose_end("pie", later, actor=ana)
    assert asked.ledger_hash == eq.ledger_hash("pie", actor=ana, as_of=later)
    eq.decline_end("pie", "not yet", actor=Actor("bob"))
    with pytest.raises(InvalidInput, match="before the ledger's last date") as refused:
        eq.propose_end("pie", later - dt.timedelta(days=1), actor=ana)
    assert refused.value.field == "on"


def test_the_document_of_a_proposed_end_is_the_ledger_its_members_confirm(
    community: Community,
) -> None:
    """While an end proposed for tomorrow (a day ahead is allowed, for time zones) waited,
    the split document showed today's ledger: an entry dated tomorrow was left out, and the
    hash it printed was not the one to confirm (refused as 'not the one proposed'). The
    document of a proposed end is that of its day, as an ended venture's is."""
    eq = community.equity
    venture(eq, "pie", "ana", "bob")
    tomorrow = eq.today() + dt.timedelta(days=1)
    entry = {"member": "bob", "kind": "cash", "on": tomorrow, "amount": 100}
    eq.post("pie", entry, key="k-bob", actor=Actor("bob"))
    asked = eq.propose_end("pie", tomorrow, actor=Actor("ana"))
    printed = re.sub(r"\s+", "", _text(eq.split_pdf("pie", actor=Actor("bob"))))
    assert printed.count(asked.ledger_hash) >= 2  # ana's confirmation's and the document's
    done = eq.confirm_end("pie", asked.ledger_hash, actor=Actor("bob"))
    assert done.status == "ended"


@pytest.mark.parametrize(
    ("lang", "pending", "disputed"),
    [
        (
            "en",
            "claimed “resigned for good reason” for themself; no other owner has confirmed it",
            "Ana disputed it (a rival hired him)",
        ),
        (
            "fr",
            "invoqué « démission pour motif légitime » pour elle-même ; aucune autre personne",
            "Ana l’a contesté (a rival hired him)",
        ),
    ],
)
def test_the_document_says_a_leavers_own_good_reason_waits_or_was_disputed(
    community: Community, lang: str, pending: str, disputed: str
) -> None:
    """A leaver's own good reason counts as their worst case until another owner confirms
    it (ledger13): the signed document says which reason applies and why."""
    eq = community.equity
    venture(eq, "pie", "ana", "bob")
    eq.post("pie", {"member": "bob", "kind": "cash", "on": START, "amount": 100}, key="b",
            actor=Actor("bob"))  # fmt: skip
    leave = Departure("bob", START + dt.timedelta(days=5), Reason.RESIGNED_GOOD_REASON)
    eq.leave("pie", leave, actor=Actor("bob"))
    names = {"ana": "Ana", "bob": "Bob"}
    text = _text(eq.split_pdf("pie", actor=Actor("ana"), lang=lang, names=names))
    assert pending in text.replace("\u00a0", " ").replace("\u202f", " "), text
    (claim,) = eq.proposals("pie", actor=Actor("ana"), open_only=True)
    eq.answer_proposal("pie", claim.id, False, "a rival hired him", actor=Actor("ana"))
    text = _text(eq.split_pdf("pie", actor=Actor("ana"), lang=lang, names=names))
    assert disputed in text, text


@pytest.mark.parametrize(
    ("lang", "says"),
    [
        ("en", "Recorded as “fired for cause” by an owner; the leaver disputes it"),
        ("fr", "Enregistré comme « licenciement pour faute » par une personne propriétaire"),
    ],
)
def test_the_document_says_a_disputed_cause_is_not_confirmed(
    community: Community, lang: str, says: str
) -> None:
    """ledger13b: a departure an owner recorded for cause that the leaver disputes counts
    as the leaver's best case until another owner confirms it; the document says so."""
    eq = community.equity
    venture(eq, "pie", "ana", "bob")
    eq.post(
        "pie", {"member": "bob", "kind": "cash", "on": START, "amount": 100},
        key="k-bob", actor=Actor("bob"),
    )  # fmt: skip
    eq.leave(
        "pie",
        Departure("bob", START + dt.timedelta(days=5), Reason.FIRED_FOR_CAUSE),
        actor=Actor("ana"),
    )
    eq.answer_departure("pie", "bob", False, "no cause", actor=Actor("bob"))
    text = _text(eq.split_pdf("pie", actor=Actor("ana"), lang=lang)).replace("\u00a0", " ")
    assert says in text.replace("\u202f", " "), text
