"""Team pages through the app (TestClient): ledger, contributions, approval, reversal,
split and chart, departure preview and record; in English and French."""

from __future__ import annotations

import datetime as dt
import re
from html import unescape

import pytest
from fastapi.testclient import TestClient
from httpx import Response

from api.web.i18n import translator
from matcher.access import Actor
from matcher.community import Community
from tests.apps import app_over
from tests.ventures import create
from tests.web.pages import (
    csrf,
    error_for,
    html_lang,
    post,
    sign_in,
    unlabelled,
    unsigned,
    value_of,
)


@pytest.fixture
def clients(community: Community) -> dict[str, TestClient]:
    app = app_over(community)
    out = {}
    for who in ("ana", "bob", "cyd"):
        out[who] = TestClient(app)
        sign_in(out[who], community.security.create_token(who))
    return out


def _join(clients: dict[str, TestClient], who: str) -> None:
    """Ana invites ``who``, who accepts (issue 17: nobody joins without accepting)."""
    assert post(clients["ana"], "/web/ventures/acme/members", {"member": who}).status_code == 303
    r = post(clients[who], "/web/ventures/acme/invitation", {"answer": "accept"})
    assert r.status_code == 303 and "invitation_accepted" in r.headers["location"]


def _venture(clients: dict[str, TestClient], approval: bool = True) -> None:
    """ana's venture acme: an admin creates it for her (only an admin's id is exact; the
    form's, a member's, gets a random suffix: see the test below)."""
    ana = clients["ana"]
    community: Community = ana.app.state.community  # type: ignore[attr-defined]
    start = dt.date(2023, 1, 1)
    create(community.equity, "acme", "ana", "Acme", start=start, require_approval=approval)
    _join(clients, "bob")
    for who, salary in (("ana", "100000"), ("bob", "50000")):
        r = post(
            ana,
            "/web/ventures/acme/rates",
            {"member": who, "effective": "2024-01-01", "salary": salary, "paid_salary": ""},
        )
        assert r.status_code == 303 and "rate_proposed" in r.headers["location"], r.text
        # an opening salary waits for bob's word (his own, and ana's: his share is at stake)
        (proposed,) = community.equity.proposals("acme", actor=Actor("bob"), open_only=True)
        answer = f"/web/ventures/acme/proposals/{proposed.id}/answer"
        r = post(clients["bob"], answer, {"answer": "accept", "note": ""})
        assert r.status_code == 303 and "proposal_accepted" in r.headers["location"], r.text


def _entry(client: TestClient, key: str, **fields: str) -> object:
    return post(
        client,
        "/web/ventures/acme/entries",
        {
            "key": key,
            "member": "",
            "on": "2024-01-08",
            "amount": "",
            "hours": "",
            "months": "",
            "paid": "",
            "condition": "new",
            "rate": "",
            "note": "",
        }
        | fields,
    )


def test_the_form_creates_a_venture_under_the_chosen_id_and_a_suffix(
    clients: dict[str, TestClient],
) -> None:
    data = {"venture": "acme", "name": "Acme", "start": "2023-01-01", "require_approval": "on"}
    r = post(clients["ana"], "/web/ventures", data)
    assert r.status_code == 303, r.text
    made = re.fullmatch(r"/web/ventures/(acme-[0-9a-f]{6})\?.*", r.headers["location"])
    assert made, r.headers["location"]
    assert clients["ana"].get(f"/web/ventures/{made[1]}").status_code == 200


def test_venture_pages_labelled_in_both_languages(clients: dict[str, TestClient]) -> None:
    ana = clients["ana"]
    _venture(clients)
    for lang in ("en", "fr"):
        for path in (
            "/web/ventures",
            "/web/ventures/acme",
            "/web/ventures/acme/departure",
            "/web/ventures/acme/departure?member=bob&reason=fired-for-cause",
        ):
            r = ana.get(f"{path}{'&' if '?' in path else '?'}lang={lang}")
            assert r.status_code == 200, (path, r.text[:300])
            assert html_lang(r.text) == lang and unlabelled(r.text) == [], path
            assert not re.search(r"\{[a-z_]+\}", r.text), path  # every placeholder filled
        page = ana.get(f"/web/ventures/acme?lang={lang}").text
        assert " · " in page and not re.search(r">·", page)  # "(ana) · Members:", spaced


def test_ledger_add_approve_reverse_split_chart(clients: dict[str, TestClient]) -> None:
    ana, bob, cyd = clients["ana"], clients["bob"], clients["cyd"]
    _venture(clients)
    new = ana.get("/web/ventures/acme?lang=en").text  # an empty ledger: no blank chart
    assert "<svg" not in new and "timeline.csv" not in new and "No contribution yet." in new
    r = _entry(ana, "k1", member="ana", kind="time", hours="40")
    assert r.status_code == 303 and "entry_added" in r.headers["location"]
    assert _entry(ana, "k1", member="ana", kind="time", hours="40").status_code == 303  # resent
    r = _entry(bob, "k2", member="bob", kind="cash", amount="2 500")
    assert r.status_code == 303
    page = ana.get("/web/ventures/acme?lang=en").text
    assert page.count('<tr id="entry-') == 2  # the resent form counted once
    assert "(100,000 − 0 paid) / 2,000 h × 40 h = 2,000 at risk × 2 = 4,000 slices" in page
    assert "waiting for approval" in page and "No contribution yet." not in page
    # nothing counts yet: the split says what waits (walk18), not "no contribution"
    assert "No slice yet: 2 entries wait for another member" in unescape(page)
    assert "/entries/1/approve" not in page and "/entries/2/approve" in page  # not my own
    r = post(ana, "/web/ventures/acme/entries/2/approve")
    assert r.status_code == 303
    assert post(bob, "/web/ventures/acme/entries/1/approve").status_code == 303
    page = ana.get("/web/ventures/acme").text
    assert "approved by Bob" in page and "approved by Ana" in page
    assert re.search(r"Ana</th><td class=\"num\"[^>]*>28.57%", page)  # 4000 / 14000
    assert re.search(r"Bob</th><td class=\"num\"[^>]*>71.43%", page)  # 10000 / 14000
    assert '<svg role="img" aria-labelledby="chart-title"' in page and "<polyline" in page
    assert "Shares of the pie over time" in page
    # reversing: only the member whose slices it lowers (not the approver)
    assert "/entries/1/reverse" in page and "/entries/2/reverse" not in page
    assert post(cyd, "/web/ventures/acme/entries/1/reverse").status_code == 404  # not a member
    _join(clients, "cyd")
    r = post(cyd, "/web/ventures/acme/entries/1/reverse?lang=fr")
    assert r.status_code == 403 and "Seule la personne dont elle réduit les parts" in unescape(
        r.text
    )
    assert post(ana, "/web/ventures/acme/entries/1/reverse").status_code == 303
    page = ana.get("/web/ventures/acme").text
    assert "reversed by #3" in page and "reverses entry #1" in page
    assert re.search(r"Bob</th><td class=\"num\"[^>]*>100.00%", page)
    # split as of a date, and a bad date
    page = ana.get("/web/ventures/acme?as_of=2024-01-07").text
    assert "No slice on January 7, 2024: the ledger below says when each entry counts" in page
    page = ana.get("/web/ventures/acme?as_of=yesterday&lang=fr").text
    assert "AAAA-MM-JJ" in error_for(page, "f-as_of")


def test_contribution_errors_kept_in_the_form(clients: dict[str, TestClient]) -> None:
    ana = clients["ana"]
    _venture(clients, approval=False)
    r = _entry(ana, "k1", member="ana", kind="time", hours="", months="")
    said = error_for(r.text, "e-hours")
    assert r.status_code == 422 and "time entry needs hours or months" in said
    assert "--" not in said  # a page names no command-line option (it said "give --hours 12")
    assert value_of(r.text, "e-on") == "2024-01-08"
    r = _entry(ana, "k1", member="ana", kind="cash", amount="abc", note="lunch")
    assert r.status_code == 422 and error_for(r.text, "e-amount")
    assert value_of(r.text, "e-note") == "lunch" and value_of(r.text, "e-amount") == "abc"
    assert re.search(r'<option value="cash" selected>', r.text)
    r = _entry(ana, "", member="ana", kind="cash", amount="10")  # a field the form does not show
    assert r.status_code == 422 and re.search(
        r'<p class="error" role="alert">[^<]*[Ii]dempotency key', r.text
    )
    r = _entry(ana, "k1", member="cyd", kind="cash", amount="10")
    assert r.status_code == 422 and "is not a current member" in error_for(r.text, "e-member")
    r = post(
        ana,
        "/web/ventures/acme/rates?lang=fr",
        {"member": "ana", "effective": "2024-01-01", "salary": "90000", "paid_salary": ""},
    )
    assert r.status_code == 409 and "déjà enregistré" in error_for(r.text, "r-effective")
    r = post(
        ana,
        "/web/ventures/acme/rates",
        {"member": "bob", "effective": "2024-02-01", "salary": "-5", "paid_salary": ""},
    )
    assert (
        r.status_code == 422
        and error_for(r.text, "r-salary")
        and value_of(r.text, "r-salary") == "-5"
    )
    r = post(ana, "/web/ventures?lang=fr", {"venture": "acme", "name": "Again"})
    assert r.status_code == 303  # taken or not, a chosen id gets a suffix: a new venture
    assert r.headers["location"].startswith("/web/ventures/acme-")
    r = post(ana, "/web/ventures/acme/members", {"member": "nobody"})
    assert r.status_code == 404 and error_for(r.text, "m-member")  # no such profile


@pytest.mark.parametrize(
    ("lang", "says"),
    [("en", "Nothing was saved"), ("fr", "Rien n'a été enregistré")],
)
def test_a_refused_form_is_announced_at_the_top_of_the_long_venture_page(
    clients: dict[str, TestClient], lang: str, says: str
) -> None:
    """On a phone the contribution form is thousands of pixels down: a refusal says so
    at the top, with a link to the form, and a success or a first visit does not."""
    ana = clients["ana"]
    _venture(clients, approval=False)
    assert says not in unescape(ana.get(f"/web/ventures/acme?lang={lang}").text)
    r = post(
        ana,
        f"/web/ventures/acme/entries?lang={lang}",
        {"key": "k2", "member": "ana", "kind": "cash", "on": "2024-01-08", "amount": "NaN"},
    )
    assert r.status_code == 422 and error_for(r.text, "e-amount")
    page = unescape(r.text)
    top = page.index('id="refused"')
    assert says in page[top:] and top < page.index('id="split"')
    assert re.search(r'id="refused">[^<]*<a href="#add">', page)
    r = post(
        ana,
        f"/web/ventures/acme/rates?lang={lang}",
        {"member": "bob", "effective": "2024-02-01", "salary": "-5", "paid_salary": ""},
    )
    assert r.status_code == 422 and '<a href="#rates">' in r.text
    r = _entry(ana, "k3", member="ana", kind="cash", amount="10")
    assert r.status_code == 303 and says not in unescape(ana.get(r.headers["location"]).text)


def test_departure_preview_then_record(
    clients: dict[str, TestClient], community: Community
) -> None:
    ana = clients["ana"]
    _venture(clients, approval=False)
    _entry(ana, "k1", member="ana", kind="time", hours="40")
    _entry(clients["bob"], "k2", member="bob", kind="time", hours="40")
    _entry(clients["bob"], "k3", member="bob", kind="cash", amount="2500", on="2024-01-10")
    r = ana.get(
        "/web/ventures/acme/departure?member=bob&on=2024-02-01&reason=resigned-no-good-reason&lang=en"
    )
    assert r.status_code == 200
    page = r.text
    assert "If Bob leaves" in page and "are lost" in page
    assert re.search(r'Total</th><td class="num">12,000.00</td><td class="num">2,500.00</td>', page)
    # bob: 40 h x 50000 / 2000 x 2 = 2000 time + 2500 x 4 = 10000 cash; at fault: cash at x1 only
    assert re.search(
        r'Ana</th><td class="num">25.00%</td><td class="num">61.54%', page
    )  # 4000/16000 -> 4000/6500
    equity = ana.app.state.community.equity  # type: ignore[attr-defined]
    assert equity.departures("acme", actor=Actor("ana")) == []  # a preview writes nothing
    r = ana.get(
        "/web/ventures/acme/departure?member=bob&on=2024-01-05&reason=fired-for-cause&lang=fr"
    )
    assert r.status_code == 422 and "Vérifiez la date" in error_for(r.text, "f-on")
    r = post(
        ana,
        "/web/ventures/acme/departures",
        {
            "member": "bob",
            "on": "2024-02-01",
            "reason": "resigned-no-good-reason",
            "buyback": "",
            "refused": "",
        },
    )
    assert r.status_code == 303 and "departure_recorded" in r.headers["location"]
    page = ana.get("/web/ventures/acme?lang=en").text
    assert "left" in page and re.search(r"Ana</th><td class=\"num\"[^>]*>61.54%", page)
    r = ana.get(
        "/web/ventures/acme/departure?member=bob&on=2024-02-01&reason=fired-for-cause&lang=en"
    )
    assert r.status_code == 422 and "already left" in error_for(r.text, "f-member")


def test_other_ventures_are_not_found(clients: dict[str, TestClient]) -> None:
    _venture(clients)
    r = clients["cyd"].get("/web/ventures/acme?lang=fr")
    assert r.status_code == 404 and "Aucun projet «\u00a0acme\u00a0»" in unescape(r.text)
    page = clients["cyd"].get("/web/ventures?lang=en").text
    assert 'href="/web/ventures/acme"' not in page and "You are in no venture yet." in page
    assert 'href="/web/ventures/acme"' in clients["ana"].get("/web/ventures").text


def _import(client: TestClient, data: bytes, lang: str) -> Response:
    """Upload ``data`` as a ledger CSV on the venture page, in ``lang``."""
    return client.post(
        f"/web/ventures/acme/import?lang={lang}",
        data={"csrf": csrf(client)},
        files={"file": ("ledger.csv", data, "text/csv")},
        follow_redirects=False,
    )


@pytest.mark.parametrize(
    ("lang", "says"),
    [("en", "is 1.05 MB; the limit is 1 MB"), ("fr", "fait 1,05\u202fMo")],
)
def test_a_ledger_file_over_the_csv_limit_says_its_size(
    clients: dict[str, TestClient], lang: str, says: str
) -> None:
    """The ledger and attendee files share one size rule (matcher.csvio): the page names the
    file's size and the limit (in megabytes, in French), and nothing is imported."""
    _venture(clients)
    ana = clients["ana"]
    data = b"member;kind;on;amount\nana;cash;2024-01-10;100\n" + b"x" * 1_040_000
    r = _import(ana, data, lang)
    assert r.status_code == 422, r.text
    said = unescape(re.search(r'id="i-file-error"[^>]*>([^<]*)<', r.text).group(1))  # type: ignore[union-attr]
    assert says in said, said
    if lang == "fr":
        assert "la limite est de 1\u202fMo" in said
    assert ana.get("/web/ventures/acme?lang=en").text.count("2024-01-10") == 0


def test_ledger_import_lists_each_refused_row_with_its_line(clients: dict[str, TestClient]) -> None:
    """The import page's table gives each refused row's line in the file (carried by the
    error as data, not read back from its English text), in French as in English."""
    _venture(clients)
    ana = clients["ana"]
    data = (
        b"member;kind;on;amount;hours\n"
        b"ana;cash;2024-01-10;100;\n"
        b"\n"
        b"ana;cash;2099-01-01;100;\n"
        b"ana;cash;2024-01-12;NaN;\n"
    )
    for lang in ("en", "fr"):
        r = _import(ana, data, lang)
        assert r.status_code == 422, r.text
        table = unescape(r.text.split("<tbody>", 2)[-1].split("</tbody>", 1)[0])
        rows = re.findall(r"<tr><td>(\d*)</td><td>(\w*)</td><td><code>([^<]*)</code>", table)
        assert rows == [("4", "on", "2099-01-01"), ("5", "amount", "NaN")], (lang, table)
    assert clients["ana"].get("/web/ventures/acme?lang=en").text.count("2024-01-10") == 0


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_an_empty_ledger_file_names_the_ledgers_columns(
    clients: dict[str, TestClient], lang: str
) -> None:
    """An empty ledger file said "e.g. id,name,offers,needs" (a profile file's columns), and
    in French it was left in English ("Refusé : ledger CSV: no header line..."): the error
    is now the file field's, with the ledger's own columns."""
    _venture(clients)
    r = _import(clients["ana"], b"", lang)
    assert r.status_code == 422, r.text
    said = unescape(re.search(r'id="i-file-error"[^>]*>([^<]*)<', r.text).group(1))  # type: ignore[union-attr]
    assert "offers" not in said and "Refusé" not in said, said
    if lang == "en":
        assert "member,kind,on" in said, said
    else:
        assert said == "Choisissez un fichier CSV en UTF-8 avec une ligne d'en-tête.", said


def test_an_amount_over_the_limit_names_the_limit_in_french(
    clients: dict[str, TestClient],
) -> None:
    """An amount of 10^20 was refused in French with "un nombre supérieur à 0" only, which
    it is: the sentence now says the largest amount too."""
    from api.web.i18n import translator
    from matcher.equity import MAX_AMOUNT

    _venture(clients)
    ana = clients["ana"]
    ana.get("/web/ventures/acme?lang=fr")
    r = _entry(ana, "big", member="ana", kind="cash", amount="100000000000000000000")
    assert r.status_code == 422, r.text  # type: ignore[attr-defined]
    said = unescape(error_for(r.text, "e-amount"))  # type: ignore[attr-defined]
    assert translator("fr").integer(int(MAX_AMOUNT)) in said, said


@pytest.mark.parametrize(
    ("lang", "says"),
    [
        (
            "en",
            [
                "2,500 spent − 0 reimbursed = 2,500 at risk × 4 = 10,000 slices",
                "(100,000 − 0 paid) / 2,000 h × 10 h = 500 at risk × 2 = 1,000 slices",
            ],
        ),
        (
            "fr",
            [
                "2\u202f500 dépensés − 0 remboursés = 2\u202f500 à risque × 4 = 10\u202f000 parts",
                "(100\u202f000 − 0 payés) / 2\u202f000 h × 10 h = 500 à risque × 2 = 1\u202f000 parts",
            ],
        ),
    ],
)
def test_each_entrys_computation_is_in_the_readers_words(
    clients: dict[str, TestClient], lang: str, says: list[str]
) -> None:
    """The ledger's computations were the domain's English on the French page ("2500 spent -
    0 reimbursed = ..."): now said from the formula's name and figures, numbers the
    reader's way, and with the signs of the operations (U+00D7 and U+2212, not x and -)."""
    _venture(clients)
    ana = clients["ana"]
    assert _entry(ana, "c1", member="ana", kind="cash", amount="2500").status_code == 303  # type: ignore[attr-defined]
    assert _entry(ana, "t1", member="ana", kind="time", hours="10").status_code == 303  # type: ignore[attr-defined]
    page = unescape(ana.get(f"/web/ventures/acme?lang={lang}").text)
    computations = re.findall(r"<code>([^<]*)</code>", page)
    assert all(s in computations for s in says), computations


def test_a_refused_date_or_reason_is_told_in_words_in_english_too(
    clients: dict[str, TestClient],
) -> None:
    """In English the venture's forms showed the service's own messages, which start with the
    field's name in the code and list code values: "freeze 1900-01-01 is before venture 'acme'
    started (2023-01-01) (got '1900-01-01')", "reason must be one of fired-for-cause,
    resigned-no-good-reason, ...". They now say the page's sentence, as in French."""
    _venture(clients)
    ana = clients["ana"]
    for day in ("", "1900-01-01"):
        r = post(ana, "/web/ventures/acme/freeze?lang=en", {"freeze": day})
        assert r.status_code == 422
        said = unescape(error_for(r.text, "z-on"))
        assert said.startswith("Check the freeze date (YYYY-MM-DD)"), said
    r = ana.get("/web/ventures/acme/departure?lang=en&member=bob&on=2024-02-01&reason=")
    said = unescape(" ".join(re.findall(r'<p class="error"[^>]*>([^<]*)<', r.text)))
    assert "Give a reason, or pick it from the list." in said, said
    assert "fired-for-cause" not in said and "must be" not in said


@pytest.mark.parametrize(("lang", "frozen"), [("en", "March 1, 2024"), ("fr", "1er mars 2024")])
def test_the_messages_after_a_form_name_people_and_dates_as_the_reader_reads_them(
    clients: dict[str, TestClient], lang: str, frozen: str
) -> None:
    """The message after a venture's form said "Salary of bob recorded." and "The pie is frozen
    on 2024-03-01.": it named the member by their profile id and the date in ISO; it now says
    the member's name and the date in the reader's language."""
    _venture(clients)
    ana = clients["ana"]
    r = post(
        ana,
        f"/web/ventures/acme/rates?lang={lang}",
        {"member": "bob", "effective": "2024-02-01", "salary": "60000", "paid_salary": ""},
    )
    assert r.status_code == 303 and unsigned(r.headers["location"]).endswith(
        f"done=rate_set&v=Bob&lang={lang}"
    )
    said = {"en": "Salary of Bob recorded.", "fr": "Salaire de Bob enregistré."}[lang]
    assert said in unescape(ana.get(r.headers["location"]).text)
    r = post(ana, f"/web/ventures/acme/freeze?lang={lang}", {"freeze": "2024-03-01"})
    assert r.status_code == 303, r.text
    assert frozen in unescape(ana.get(r.headers["location"]).text)


def test_the_french_ledger_writes_its_example_numbers_with_a_decimal_comma(
    clients: dict[str, TestClient],
) -> None:
    """The French ledger form said "par ex. 0.05" and its refusal "écrit comme 1250.50": a
    French reader writes 0,05 and 1250,50 (which the ledger accepts)."""
    _venture(clients)
    ana = clients["ana"]
    page = unescape(ana.get("/web/ventures/acme?lang=fr").text)
    assert "par ex. 0,05" in page and "0.05" not in page
    r = _entry(ana, "k9", member="ana", kind="cash", amount="", note="")
    said = unescape(error_for(r.text, "e-amount"))
    assert "1250,50" in said and "1250.50" not in said, said
    r = _entry(ana, "k10", member="ana", kind="cash", amount="1250,50", note="")
    assert r.status_code == 303


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_an_invitation_says_its_day_as_the_reader_writes_it(
    clients: dict[str, TestClient], community: Community, lang: str
) -> None:
    """The invitations list said "Invitation de Ana le 2026-12-06.": the day was its ISO
    timestamp cut to ten characters; it is now written in the reader's language."""
    _venture(clients)
    assert post(clients["ana"], "/web/ventures/acme/members", {"member": "cyd"}).status_code == 303
    html = unescape(clients["cyd"].get(f"/web/ventures?lang={lang}").text)
    card = re.search(r'<li class="card">.*?</li>', html, re.S)
    assert card, html
    invited = community.equity.invitations("cyd", actor=Actor("cyd"))[0].invited_at
    day = dt.date.fromisoformat(invited[:10])
    assert translator(lang).date(day) in card.group(0)
    assert not re.search(r"\d{4}-\d{2}-\d{2}", re.sub(r"<[^>]+>", "", card.group(0)))


@pytest.mark.parametrize(
    ("lang", "says"),
    [
        ("en", "Type the profile id of the person to invite."),
        ("fr", "Tapez l'identifiant de profil de la personne à inviter."),
    ],
)
def test_inviting_nobody_asks_for_a_profile_id(
    clients: dict[str, TestClient], lang: str, says: str
) -> None:
    """The invite form sent empty said "“” is not a current member of this venture (invited,
    left, or not in it)": the sentence of another error. It now asks for the profile id."""
    _venture(clients)
    r = post(clients["ana"], f"/web/ventures/acme/members?lang={lang}", {"member": "  "})
    assert r.status_code == 422
    assert unescape(error_for(r.text, "m-member")) == says


def test_a_back_dated_entry_shows_when_it_was_recorded(clients: dict[str, TestClient]) -> None:
    """The ledger showed an entry's date only: one posted today for a day in 2024 looked
    like one recorded then. Its row now says when it was recorded; one posted on its day
    does not."""
    ana = clients["ana"]
    _venture(clients, approval=False)
    today = dt.datetime.now(dt.UTC).date()
    assert _entry(ana, "old", member="ana", kind="cash", amount="10").status_code == 303  # type: ignore[attr-defined]
    r = _entry(ana, "new", member="ana", kind="cash", amount="20", on=today.isoformat())
    assert r.status_code == 303  # type: ignore[attr-defined]
    for lang, said in (("en", "recorded on"), ("fr", "enregistrée le")):
        page = ana.get(f"/web/ventures/acme?lang={lang}").text
        rows = {n: page.split(f'id="entry-{n}"')[1].split("</tr>")[0] for n in (1, 2)}
        assert said in rows[1] and said not in rows[2], (lang, rows)


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "the Well's withdrawals of 2024-01-08 took 80"),
        ("fr", "annulez d'abord ces retraits"),
    ],
)
def test_reversing_a_spent_well_deposit_says_why(
    clients: dict[str, TestClient], lang: str, said: str
) -> None:
    """Reversing a Well deposit that withdrawals had spent was refused with the Well's
    message for a withdrawal ("record the deposit first, or withdraw less"), and in French
    with the sentence for a bad amount: the form has no amount. It now says that the
    withdrawals took it, and what to do."""
    ana = clients["ana"]
    _venture(clients, approval=False)
    assert _entry(ana, "d", member="ana", kind="well-deposit", amount="100").status_code == 303  # type: ignore[attr-defined]
    assert _entry(ana, "w", member="ana", kind="well-withdrawal", amount="80").status_code == 303  # type: ignore[attr-defined]
    r = post(ana, f"/web/ventures/acme/entries/1/reverse?lang={lang}", {"note": ""})
    assert r.status_code == 409 and said in unescape(r.text), r.text
    assert "Give the amount" not in r.text and "Indiquez le montant" not in unescape(r.text)


@pytest.mark.parametrize(("lang", "said"), [("en", "'bob'"), ("fr", "déjà partagés")])
def test_a_deposit_that_would_share_a_withdrawal_again_is_told_beside_its_date(
    clients: dict[str, TestClient], lang: str, said: str
) -> None:
    """Bob withdrew his own Well deposit (all his slices); ana's deposit dated before that
    withdrawal would have taken most of them. The form tells it beside the date."""
    _venture(clients, approval=False)
    for key, kind, day in (
        ("b1", "well-deposit", "2024-03-01"),
        ("b2", "well-withdrawal", "2024-03-05"),
    ):
        r = _entry(clients["bob"], key, member="bob", kind=kind, on=day, amount="1000")
        assert r.status_code == 303, re.findall(r'class="error"[^>]*>([^<]*)', r.text)
    r = post(
        clients["ana"],
        f"/web/ventures/acme/entries?lang={lang}",
        {"key": "a1", "member": "ana", "kind": "well-deposit", "on": "2024-03-02", "amount": "9000"}
        | dict.fromkeys(("hours", "months", "paid", "rate", "note"), "")
        | {"condition": "new"},
    )
    assert r.status_code == 409 and said in error_for(r.text, "e-on"), error_for(r.text, "e-on")


@pytest.mark.parametrize(
    ("lang", "refused", "imported"),
    [
        ("en", "1 row refused:", "1 entry imported;"),
        ("fr", "1 ligne refusée", "1 écriture importée"),
    ],
)
def test_one_row_refused_and_one_imported_are_said_in_the_singular(
    clients: dict[str, TestClient], lang: str, refused: str, imported: str
) -> None:
    """A ledger file with one bad row said "1 rows refused", and with the bad rows skipped
    "1 entries imported": each count now takes its singular in both languages."""
    _venture(clients)
    ana = clients["ana"]
    data = b"member;kind;on;amount\nana;cash;2024-01-10;100\nana;cash;2099-01-01;100\n"
    r = _import(ana, data, lang)
    assert r.status_code == 422 and refused in unescape(r.text), unescape(r.text)[-3000:]
    r = ana.post(
        f"/web/ventures/acme/import?lang={lang}",
        data={"csrf": csrf(ana), "skip_invalid": "on"},
        files={"file": ("ledger.csv", data, "text/csv")},
        follow_redirects=False,
    )
    page = unescape(r.text)
    assert imported in page and refused in page, page[page.find('id="import"') :][:1500]
