"""A signed day closes the books (sign19), on both backends.

Partners sign the split of a day for its ledger fingerprint (SHA-256 of what is dated by
then); once every current member has signed the same fingerprint, nothing dated on or
before that day changes: every write path that would change the day's ledger is refused
naming its field, its value, the signed day and the fix. Each test here fails without the
rule it pins (``EquityService._unsigned``, the checks of ``sign_day``).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from embeddings.encoder import FakeEncoder
from matcher.access import ADMIN, Actor
from matcher.community import Community
from matcher.equity import Departure, EquityService, Rate, Reason, Terms
from matcher.errors import (
    CofoundryError,
    Conflict,
    DayOutOfRange,
    ImportFailed,
    InvalidInput,
    NotAllowed,
    SignedSplit,
    UnknownVenture,
)
from matcher.schema import connect
from tests.conftest import SYNONYMS
from tests.matcher.test_privacy import build
from tests.support import at_once, before_the_write
from tests.ventures import START, agreed_rate, join, venture

ANA, BOB, CY = Actor("ana"), Actor("bob"), Actor("cy")
D = dt.date(2024, 3, 31)  # the day signed
AFTER = D + dt.timedelta(days=1)
TODAY = dt.datetime(2024, 6, 1, tzinfo=dt.UTC)


def _cash(svc: EquityService, who: str, on: dt.date | str, amount: int = 100) -> int:
    raw = {"member": who, "kind": "cash", "on": str(on), "amount": amount}
    return svc.post("v", raw, key=f"{who}-{on}-{amount}", actor=Actor(who)).row.entry.id


def _setup(svc: EquityService, *members: str) -> None:
    venture(svc, "v", "ana", *members)
    for who in ("ana", *members):
        agreed_rate(svc, "v", Rate(who, START, Decimal(100_000)), "ana")
    _cash(svc, "ana", "2024-01-10", 1000)
    _cash(svc, "bob", "2024-02-10", 500)


@pytest.fixture
def svc(backend: str) -> EquityService:
    s = EquityService(connect(), clock=lambda: TODAY)
    _setup(s, "bob")
    return s


def _digest(svc: EquityService, day: dt.date = D) -> str:
    return svc.ledger_hash("v", actor=ANA, as_of=day)


def _sign_all(svc: EquityService, *who: Actor) -> None:
    for a in who or (ANA, BOB):
        svc.sign_day("v", D, _digest(svc), actor=a)
    assert svc.day_status("v", D, actor=ANA).signed is not None


def test_a_day_is_signed_once_every_current_member_signed_its_fingerprint(
    svc: EquityService,
) -> None:
    first = svc.sign_day("v", D, _digest(svc), actor=ANA)
    assert first.signed is None and first.awaited == ("bob",)
    assert [s.member for s in first.signatures] == ["ana"]
    _cash(svc, "ana", D)  # not signed yet: the ledger of D may still change
    assert svc.day_status("v", D, actor=BOB).signed is None
    done = svc.sign_day("v", D, _digest(svc).upper(), actor=BOB)  # hex: case aside
    assert done.signed is None and done.awaited == ("ana",)  # ana signed another fingerprint
    assert [s.member for s in done.stale] == ["ana"]
    done = svc.sign_day("v", D, _digest(svc), actor=ANA)
    assert done.signed is not None and done.awaited == () and done.stale == ()
    assert done.signed.ledger_hash == _digest(svc) == done.ledger_hash
    again = svc.sign_day("v", D, _digest(svc), actor=ANA)  # signing again changes nothing
    assert again.signed == done.signed and len(again.signatures) == 2
    (listed,) = svc.signatures("v", actor=BOB)
    assert listed.day == D and listed.signed == done.signed


@pytest.mark.parametrize(
    "write",
    ["post", "reverse", "departure", "rate", "terms", "freeze", "import", "resign"],
)
def test_every_write_dated_on_or_before_a_signed_day_is_refused(
    svc: EquityService, write: str
) -> None:
    entry = _cash(svc, "bob", "2024-03-01", 70)
    _sign_all(svc)
    signed = _digest(svc)
    split_before = svc.split("v", actor=ANA, as_of=D)
    attempts = {
        "post": lambda on: _cash(svc, "ana", on, 9),
        "reverse": lambda on: svc.reverse("v", entry, actor=BOB, on=on),
        "departure": lambda on: svc.leave(
            "v", Departure("bob", on, Reason.FIRED_WITHOUT_CAUSE), actor=ANA
        ),
        "resign": lambda on: svc.leave(
            "v", Departure("bob", on, Reason.RESIGNED_NO_GOOD_REASON), actor=BOB
        ),
        "rate": lambda on: svc.set_rate("v", Rate("ana", on, Decimal(120_000)), actor=ANA),
        "terms": lambda on: svc.set_terms(
            "v", Terms(effective=on, cash_multiplier=Decimal(5)), actor=ANA
        ),
        "freeze": lambda on: svc.freeze("v", on, actor=ANA),
        "import": lambda on: svc.import_ledger(
            "v", f"member,kind,on,amount\nana,cash,{on},10\n", actor=ANA
        ),
    }
    field = {"departure": "on", "resign": "on", "rate": "effective", "terms": "effective"}
    for on in (D, D - dt.timedelta(days=3)):
        with pytest.raises((SignedSplit, ImportFailed)) as caught:
            attempts[write](on)
        err = caught.value
        if isinstance(err, ImportFailed):
            (err,) = err.errors  # type: ignore[assignment]
            assert "line 2" in err.detail
        assert err.field == field.get(write, "freeze" if write == "freeze" else "on")
        assert err.value == on.isoformat()
        assert "2024-03-31" in err.detail and err.hint == "date it after 2024-03-31"
    assert _digest(svc) == signed
    assert svc.split("v", actor=ANA, as_of=D) == split_before
    attempts[write](AFTER)  # dated after the signed day: taken
    assert _digest(svc) == signed


def test_a_dispute_and_a_confirmed_reason_that_would_change_a_signed_day_are_refused(
    backend: str,
) -> None:
    svc = EquityService(connect(), clock=lambda: TODAY)
    _setup(svc, "bob", "cy")
    _cash(svc, "cy", "2024-02-11", 300)
    svc.leave("v", Departure("cy", dt.date(2024, 3, 1), Reason.FIRED_FOR_CAUSE), actor=ANA)
    svc.leave("v", Departure("bob", dt.date(2024, 3, 2), Reason.RESIGNED_GOOD_REASON), actor=BOB)
    (claim,) = svc.proposals("v", actor=ANA, open_only=True)
    # the leaver's own good reason waits for another owner: signing is refused meanwhile
    with pytest.raises(Conflict) as waits:
        svc.sign_day("v", D, _digest(svc), actor=ANA)
    assert waits.value.field == "day" and f"proposals {claim.id} (reason)" in str(waits.value)
    svc.answer_proposal("v", claim.id, False, "no", actor=ANA)
    _sign_all(svc, ANA)  # the only current member
    signed = _digest(svc)
    with pytest.raises(SignedSplit) as disputed:
        svc.answer_departure("v", "cy", False, "it was not for cause", actor=CY)
    assert (disputed.value.field, disputed.value.value) == ("member", "cy")
    assert svc.departures("v", actor=CY)[0].acknowledged is None  # nothing written
    assert _digest(svc) == signed
    svc.answer_departure("v", "cy", True, actor=CY)  # an acknowledgement changes no slice


def test_signing_is_refused_for_another_member_a_stale_or_bad_fingerprint_and_days_out_of_life(
    svc: EquityService,
) -> None:
    digest = _digest(svc)
    with pytest.raises(NotAllowed) as other:
        svc.sign_day("v", D, digest, actor=ANA, member="bob")
    assert (other.value.field, other.value.value) == ("member", "bob")  # what was sent
    assert "ana, bob" not in str(other.value)  # the members are not listed
    with pytest.raises(NotAllowed):
        svc.sign_day("v", D, digest, actor=ADMIN, member="bob")
    with pytest.raises(NotAllowed):
        svc.sign_day("v", D, digest, actor=ADMIN)
    stale = digest
    _cash(svc, "ana", "2024-03-02", 7)
    with pytest.raises(Conflict) as old:
        svc.sign_day("v", D, stale, actor=BOB)
    assert old.value.field == "ledger_hash" and _digest(svc) in str(old.value)
    for bad in ("nan", "", "x" * 64, stale[:63], stale + "0", 42, None):
        with pytest.raises(InvalidInput) as garbage:
            svc.sign_day("v", D, bad, actor=BOB)  # type: ignore[arg-type]
        assert garbage.value.field == "ledger_hash"
    for day, last in ((dt.date(2024, 6, 2), TODAY.date()), (dt.date(2022, 12, 31), TODAY.date())):
        with pytest.raises(DayOutOfRange) as out:
            svc.sign_day("v", day, stale, actor=BOB)
        assert (out.value.field, out.value.first, out.value.last) == ("day", START, last)
    assert svc.signatures("v", actor=ANA) == []


def test_a_member_of_another_venture_and_a_leaver_do_not_sign(svc: EquityService) -> None:
    venture(svc, "w", "dan", "eve")
    with pytest.raises(UnknownVenture):
        svc.sign_day("v", D, _digest(svc), actor=Actor("dan"))
    join(svc, "v", "cy", by="ana")
    svc.leave("v", Departure("cy", dt.date(2024, 4, 2), Reason.RESIGNED_GOOD_REASON), actor=ANA)
    with pytest.raises(NotAllowed):  # a leaver reads, and signs nothing
        svc.sign_day("v", D, _digest(svc), actor=CY)
    assert svc.day_status("v", D, actor=CY).awaited == ("ana", "bob")


def test_signing_waits_for_entries_and_proposals_dated_by_then(backend: str) -> None:
    svc = EquityService(connect(), clock=lambda: TODAY)
    venture(svc, "v", "ana", "bob", require_approval=True)
    _cash(svc, "ana", "2024-01-10")
    _cash(svc, "ana", "2024-02-10", 5)
    with pytest.raises(Conflict) as pending:
        svc.sign_day("v", D, _digest(svc), actor=BOB)
    assert pending.value.field == "day" and "entries 1, 2 wait for approval" in str(pending.value)
    svc.approve("v", 1, actor=BOB)
    svc.reject("v", 2, "no receipt", actor=BOB)
    svc.set_rate("v", Rate("bob", dt.date(2024, 3, 1), Decimal(90_000)), actor=ANA)
    with pytest.raises(Conflict) as waits:
        svc.sign_day("v", D, _digest(svc), actor=BOB)
    assert "(rate)" in str(waits.value)
    svc.sign_day("v", dt.date(2024, 2, 28), _digest(svc, dt.date(2024, 2, 28)), actor=BOB)
    _cash(svc, "ana", "2024-04-10")  # later than D: no hold on it
    (p,) = svc.proposals("v", actor=BOB, open_only=True)
    svc.answer_proposal("v", p.id, True, actor=BOB)
    svc.sign_day("v", D, _digest(svc), actor=BOB)
    svc.sign_day("v", D, _digest(svc), actor=ANA)
    assert svc.day_status("v", D, actor=ANA).signed is not None


def test_an_erased_member_is_not_awaited_and_a_later_member_does_not_reopen_a_day() -> None:
    privacy = build(populate=False)
    svc = privacy.equity
    svc.clock = lambda: TODAY
    _setup(svc, "bob", "cy")
    privacy.erase("cy", actor=ADMIN)
    svc.sign_day("v", D, _digest(svc), actor=ANA)
    done = svc.sign_day("v", D, _digest(svc), actor=BOB)
    assert done.signed is not None and done.awaited == ()
    join(svc, "v", "dan", by="ana")  # joins a venture whose day D is signed
    status = svc.day_status("v", D, actor=Actor("dan"))
    assert status.signed is not None and status.awaited == ()
    with pytest.raises(SignedSplit):
        _cash(svc, "dan", D)
    svc.sign_day("v", D, _digest(svc), actor=Actor("dan"))  # may add their signature
    assert len(svc.day_status("v", D, actor=ANA).signatures) == 3
    privacy.erase("bob", actor=ADMIN)  # an erasure renames bob in the ledger of D
    status = svc.day_status("v", D, actor=ANA)
    assert status.signed is not None and status.rewritten
    assert "bob" not in {s.member for s in status.signatures}


@pytest.fixture
def two(db_target: str) -> tuple[Community, Community]:
    one = Community(db_target, FakeEncoder(dim=32, synonyms=SYNONYMS))
    other = Community(db_target, FakeEncoder(dim=32, synonyms=SYNONYMS))
    for c in (one, other):
        c.equity.clock = lambda: TODAY
    _setup(one.equity, "bob")
    return one, other


def test_a_back_dated_entry_posted_while_the_last_member_signs_never_slips_in(
    two: tuple[Community, Community],
) -> None:
    """The signed day is read inside the write's own transaction: bob's signature, made
    by another process after ana's post passed every check read before its write began,
    still refuses it."""
    one, other = two
    other.equity.sign_day("v", D, _digest(other.equity), actor=ANA)
    undo = before_the_write(
        one, lambda: other.equity.sign_day("v", D, _digest(other.equity), actor=BOB)
    )
    try:
        with pytest.raises(SignedSplit):
            _cash(one.equity, "ana", "2024-03-15", 11)
    finally:
        undo()
    assert one.equity.day_status("v", D, actor=ANA).signed is not None
    assert _digest(one.equity) == one.equity.day_status("v", D, actor=ANA).signed.ledger_hash  # type: ignore[union-attr]


def test_the_last_signature_after_a_back_dated_entry_from_another_process_is_refused(
    two: tuple[Community, Community],
) -> None:
    """The fingerprint is compared inside the signature's own transaction: an entry
    another process posted after bob read the fingerprint makes his signature stale."""
    one, other = two
    digest = _digest(one.equity)
    one.equity.sign_day("v", D, digest, actor=ANA)
    undo = before_the_write(one, lambda: _cash(other.equity, "ana", "2024-03-15", 11))
    try:
        with pytest.raises(Conflict) as stale:
            one.equity.sign_day("v", D, digest, actor=BOB)
    finally:
        undo()
    assert stale.value.field == "ledger_hash" and _digest(one.equity) in str(stale.value)
    assert one.equity.day_status("v", D, actor=ANA).signed is None


def test_rivals_at_once_sign_and_back_date_one_of_them_wins(
    two: tuple[Community, Community],
) -> None:
    one, other = two
    for _ in range(3):
        digest = _digest(one.equity)
        one.equity.sign_day("v", D, digest, actor=ANA)
        results = at_once(
            lambda digest=digest: other.equity.sign_day("v", D, digest, actor=BOB),
            lambda: _cash(
                one.equity, "ana", "2024-03-20", 13 + len(one.equity.ledger("v", actor=ANA))
            ),
        )
        refused = [r for r in results if isinstance(r, CofoundryError)]
        assert len(refused) == 1, results
        status = one.equity.day_status("v", D, actor=ANA)
        if status.signed is not None:
            assert isinstance(results[1], SignedSplit)
            assert status.signed.ledger_hash == _digest(one.equity)
            return
        assert results[0].field == "ledger_hash"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("lang", "so_far", "awaited", "signed", "line"),
    [
        ("en", "Signed so far by", "Awaited: Bob.", "Every member signed this split of", "Ana, on"),
        (
            "fr",
            "Signée à ce jour par",
            "Attendus : Bob.",  # the extraction makes the no-break space a space
            "Tous les membres ont signé cette répartition du",
            "Ana, le",
        ),
    ],
)
def test_the_split_document_of_a_signed_day_says_who_signed_and_when(
    svc: EquityService, lang: str, so_far: str, awaited: str, signed: str, line: str
) -> None:
    import io
    import re

    pypdf = pytest.importorskip("pypdf")

    def text(as_of: dt.date = D) -> str:
        pdf = svc.split_pdf(
            "v", actor=ANA, as_of=as_of, lang=lang, names={"ana": "Ana", "bob": "Bob"}
        )
        pages = pypdf.PdfReader(io.BytesIO(pdf)).pages
        return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in pages))

    assert so_far not in text() and signed not in text()
    svc.sign_day("v", D, _digest(svc), actor=ANA)
    said = text()
    assert so_far in said and awaited in said and line in said and signed not in said
    svc.sign_day("v", D, _digest(svc), actor=BOB)
    said = text()
    assert signed in said and line in said and "Bob," in said and awaited not in said
    assert so_far not in text(AFTER)  # another day's document: not signed
