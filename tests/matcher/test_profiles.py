from __future__ import annotations

import pytest

from embeddings.encoder import FakeEncoder
from matcher.access import Actor
from matcher.errors import InvalidInput
from matcher.profiles import (
    IMPORT_STEPS,
    Commitment,
    Profile,
    ProfileService,
    Role,
    Visibility,
    check_profile,
    check_rows,
    merge_profile,
    parse_csv,
    parse_json,
    profile_to_dict,
)
from matcher.schema import connect
from tests.conftest import person


def test_csv_row_becomes_a_profile() -> None:
    rows = parse_csv(
        "id,name,offers,needs,roles_offered,roles_sought,languages,commitment,consent,"
        "utc_offset,available_from,visibility\n"
        'ana,Ana Lopez,"Je code, en Python",Un associé commercial,tech,sales;marketing,fr;en,'
        "part-time,non,-4.5,2027-01-15,members\n"
    )
    p = check_profile(rows[0], row=1)
    assert p.offers == "Je code, en Python"
    assert p.roles_offered == (Role.TECH,)
    assert p.roles_sought == (Role.SALES, Role.MARKETING)
    assert p.languages == ("fr", "en")
    assert p.commitment is Commitment.PART_TIME
    assert p.consent is False and p.utc_offset == -4.5
    assert p.visibility is Visibility.MEMBERS and not p.suggestable
    assert p.available_from is not None and p.available_from.isoformat() == "2027-01-15"


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("id", "Ana Lopez", r"row 4 id 'Ana Lopez': id must be .*use for example 'ana-lopez'"),
        ("roles_sought", "sales;ceo", r"row 4 .*roles_sought has unknown role 'ceo'.*use roles"),
        ("commitment", "weekends", r"commitment must be one of full-time, part-time, side-pro"),
        ("languages", "fr;french", r"languages has 'french', which is not an ISO 639-1 code"),
        ("utc_offset", "25", r"utc_offset must be hours from UTC between -12 and 14"),
        ("utc_offset", "1.3", r"in steps of 0.25"),
        ("available_from", "15/01/2027", r"available_from must be a date.*YYYY-MM-DD"),
        ("available_from", "2226-01-15", r"between 1950-01-01 and 2099-12-31.*check the year"),
        ("available_from", "0226-01-15", r"between 1950-01-01 and 2099-12-31.*check the year"),
        ("email", "ana-at-home", r"email is not an address"),
        ("consent", "maybe", r"consent must be true or false"),
        ("offers", "x" * 2001, r"offers is 2001 characters long, the limit is 2000"),
        ("needs", "", r"needs is required"),
        ("nedds", "typo", r"unknown field 'nedds'.*rename it to one of: id, name"),
    ],
)
def test_each_bad_field_is_named_with_value_and_fix(field: str, value: str, message: str) -> None:
    raw = person("ana-lopez" if field != "id" else value, **{field: value})
    with pytest.raises(InvalidInput, match=message) as info:
        check_profile(raw, row=4)
    assert info.value.field == field
    assert info.value.hint


def test_check_rows_collects_every_bad_row_and_duplicate_ids() -> None:
    good, bad = check_rows([person("a"), person("b", stage="series-a"), person("a")])
    assert [p.id for p in good] == ["a"]
    assert [(n, errs[0].field) for n, _, errs in bad] == [(2, "stage"), (3, "id")]
    assert "already used on row 1" in str(bad[1][2][0])


def test_json_forms_and_errors() -> None:
    assert parse_json('{"profiles": [{"id": "a"}]}') == [{"id": "a"}]
    with pytest.raises(InvalidInput, match=r"not valid JSON at line 1 column 2"):
        parse_json("[,]")
    with pytest.raises(InvalidInput, match="item 2 is not an object"):
        parse_json('[{"id": "a"}, 3]')


def test_csv_with_too_many_cells_is_refused() -> None:
    with pytest.raises(InvalidInput, match="line 2: 3 cells, but the header has 2 columns"):
        parse_csv("id,name\na,b,c\n")


def test_roundtrip_and_merge() -> None:
    p = check_profile(person("ana", roles_sought="sales;design"))
    assert check_profile(profile_to_dict(p)) == p
    q = merge_profile(p, {"visibility": "private", "languages": ["fr"]})
    assert q.visibility is Visibility.PRIVATE and q.languages == ("fr",) and q.name == p.name
    with pytest.raises(InvalidInput, match="visibility must be one of"):
        merge_profile(p, {"visibility": "friends"})


# ------------------------------------------------------------------ listing, a page at a time
def _listing_community() -> tuple[ProfileService, list[str]]:
    """150 profiles, one in three private: what another member sees is the other 100."""
    service = ProfileService(connect(), FakeEncoder(dim=8))
    rows = [
        person(f"m{i:03d}", visibility="private" if i % 3 == 0 else "members") for i in range(150)
    ]
    service.import_profiles(rows)
    seen = [r["id"] for r in rows if r["visibility"] != "private" or r["id"] == "m000"]
    return service, sorted(seen)


@pytest.mark.parametrize(("offset", "limit"), [(0, 1), (0, 50), (7, 13), (95, 10), (100, 5)])
def test_a_listing_page_is_the_visible_profiles_from_offset(offset: int, limit: int) -> None:
    service, seen = _listing_community()
    me = Actor("m000")  # sees their own private profile and the members' ones
    page = service.list_profiles(actor=me, offset=offset, limit=limit)
    assert [p.id for p in page.profiles] == seen[offset : offset + limit]
    full = offset + limit < len(seen)
    assert (page.next_after == page.profiles[-1].id) if full else page.next_after is None


def test_pages_after_an_id_walk_every_visible_profile_once() -> None:
    service, seen = _listing_community()
    me, got, after, pages = Actor("m000"), [], None, 0
    while True:
        page = service.list_profiles(actor=me, limit=17, after=after)
        got += [p.id for p in page.profiles]
        pages += 1
        if page.next_after is None:
            break
        after = page.next_after
    assert got == seen and pages == 6  # 100 visible: five full pages and a short last one
    assert [p.id for p in service.list_profiles(actor=me, limit=3, after="m100").profiles] == [
        "m101",
        "m103",
        "m104",
    ]
    with pytest.raises(InvalidInput, match="after"):
        service.list_profiles(actor=me, after="Robert'); DROP TABLE profiles;--")


def test_a_first_page_reads_a_few_rows_not_the_community() -> None:
    service, _ = _listing_community()
    read: list[int] = []
    real = service.store.profiles_after

    def counting(after: str | None, n: int) -> list[Profile]:
        rows = real(after, n)
        read.append(len(rows))
        return rows

    service.store.profiles_after = counting  # type: ignore[method-assign]
    assert len(service.list_profiles(actor=Actor("m001"), limit=10).profiles) == 10
    assert sum(read) <= 64  # one batch of the smallest size, of 150 profiles


def test_a_listing_among_hidden_profiles_stops_at_its_scan_budget_and_says_where(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A member for whom almost everyone is hidden cannot make one request read the whole
    community: the page comes back short, with where to go on; walking on finds everyone."""
    import matcher.profiles.service as service_module

    monkeypatch.setattr(service_module, "LIST_SCAN", 100)
    service = ProfileService(connect(), FakeEncoder(dim=8))
    rows = [person(f"m{i:03d}", visibility="private") for i in range(299)]
    rows.append(person("zz-open", visibility="members"))
    service.import_profiles(rows)
    me = Actor("m500")
    first = service.list_profiles(actor=me, limit=5)
    assert first.profiles == () and first.next_after is not None  # short, not the end
    got, after, requests = [], first.next_after, 1
    while after is not None:
        page = service.list_profiles(actor=me, limit=5, after=after)
        got += [p.id for p in page.profiles]
        after, requests = page.next_after, requests + 1
    assert got == ["zz-open"] and requests == 3  # 300 rows, at most about 100 a request


def test_an_import_tells_each_step_up_to_its_total() -> None:
    service = ProfileService(connect(), FakeEncoder(dim=8))
    rows = [person(f"m{i:04d}", offers=f"skill {i}. craft {i % 7}") for i in range(1200)]
    rows.append({"id": "Bad Id", "name": "x"})  # rejected: still a row checked
    seen: list[tuple[str, int, int]] = []
    service.import_profiles(rows, skip_invalid=True, steps=lambda *s: seen.append(s))
    order = list(dict.fromkeys(step for step, _, _ in seen))
    assert order == list(IMPORT_STEPS)
    last = {step: (done, total) for step, done, total in seen}
    assert last["checking rows"] == (1201, 1201) and last["writing profiles"] == (1200, 1200)
    assert last["writing vectors"] == (3600, 3600)  # three fields a profile
    encoded = last["encoding texts"]
    assert encoded[0] == encoded[1] > 1024  # more than one chunk: the bar moved
    assert [d for s, d, _ in seen if s == "checking rows"] == [1000, 1201]
    # nothing changed: nothing encoded or written again, and no encoding step
    again: list[tuple[str, int, int]] = []
    service.import_profiles(rows[:5], steps=lambda *s: again.append(s))
    assert {s for s, _, _ in again} == {"checking rows", "writing profiles"}


def test_industries_are_read_without_case_nor_accents() -> None:
    """A French member writes santé and Énergie: the labels everyone matches on are sante
    and energie (refused before, with an example that asked to leave the accents out), the
    same as another member's "Sante"; a label with a sign outside the rule is still refused,
    quoted as typed."""
    p = check_profile(person("ana", industries="Santé; Énergie verte;sante"))
    assert p.industries == ("sante", "energie verte")
    assert check_profile(person("bob", industries=["SANTE"])).industries == ("sante",)
    with pytest.raises(InvalidInput, match="industry 'santé!' must be 1-40 letters"):
        check_profile(person("cyd", industries="santé!"))
