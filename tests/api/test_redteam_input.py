"""Issue 16, items 1, 6 and 7: hostile JSON at the API edge is a 422 naming the field.

* Non-finite numbers (``NaN``, ``Infinity``, ``-Infinity``, ``1e999``) in any number field,
  with or without a token: 422 naming the field, never a 500 (the 422 handler used to echo
  the float and the JSON encoder refused it).
* Strict JSON types: ``{"freeze": 0}`` is not 1970-01-01, ``{"rating": false}`` is not 0,
  ``{"confirm": 0}`` is not a no, ``as_of=0`` is not a date.
* Control characters (NUL and the others, except tab and line breaks; and the bidirectional
  overrides and isolates, which make a name show as another) are refused in text.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings
from matcher.community import Community
from matcher.errors import ImportFailed
from tests.conftest import person
from tests.ventures import venture


@pytest.fixture
def api(community: Community) -> tuple[TestClient, dict[str, str]]:
    app = create_app(
        Settings(db=":memory:", encoder="fake", warm_on_start=False), community=community
    )
    venture(app.state.community.equity, "acme", "ana", "bob", name="Acme")
    token = community.security.create_token("ana")
    return TestClient(app, raise_server_exceptions=False), {"Authorization": f"Bearer {token}"}


def _strict_json(text: str) -> Any:
    """Parse as standard JSON: NaN and Infinity are not JSON."""

    def refuse(token: str) -> Any:
        raise ValueError(f"non-standard JSON token {token}")

    return json.loads(text, parse_constant=refuse)


SIGN_UP = person("zed", roles_offered=["tech"], roles_sought=["sales"], languages=["en"])
SIGN_UP["utc_offset"] = 1
ENTRY = {"member": "ana", "kind": "cash", "on": "2024-01-01", "amount": "10"}
RATE = {"member": "ana", "effective": "2024-01-01", "salary": "100000"}

# (route, method, path, body, field, signed in): the eleven probes of the issue, one number
# field each; the field's value is replaced by a non-finite token in the raw JSON text.
NUMBER_FIELDS: list[tuple[str, str, str, dict[str, Any], str, bool]] = [
    ("sign-up", "POST", "/profiles", SIGN_UP, "utc_offset", False),
    ("profile update", "PATCH", "/profiles/ana", {"utc_offset": 1}, "utc_offset", True),
    ("entry amount", "POST", "/ventures/acme/entries", ENTRY | {"amount": 1}, "amount", True),
    ("entry hours", "POST", "/ventures/acme/entries", ENTRY | {"hours": 1}, "hours", True),
    ("rate", "POST", "/ventures/acme/rates", RATE | {"salary": 1}, "salary", True),
    (
        "terms",
        "POST",
        "/ventures/acme/terms",
        {"effective": "2024-01-01", "cash_multiplier": 4},
        "cash_multiplier",
        True,
    ),
    (
        "venture terms",
        "POST",
        "/ventures",
        {"id": "v9", "terms": {"commission_rate": 0.1}},
        "terms.commission_rate",
        True,
    ),
    (
        "rounds fairness",
        "POST",
        "/events/ev/rounds",
        {"rounds": 2, "fairness": 1},
        "fairness",
        True,
    ),
    ("teams balance", "POST", "/events/ev/teams", {"size": 3, "balance": 1}, "balance", True),
    (
        "teams time limit",
        "POST",
        "/events/ev/teams",
        {"size": 3, "time_limit": 5},
        "time_limit",
        True,
    ),
    ("rounds count", "POST", "/events/ev/rounds", {"rounds": 2}, "rounds", True),
]
NON_FINITE = ["NaN", "Infinity", "-Infinity", "1e999", "-1e999"]


def _with_token(body: dict[str, Any], field: str, token: str) -> bytes:
    """``body`` as JSON text whose ``field`` (dotted) holds the raw ``token``."""
    marker = "__non_finite__"
    doc = json.loads(json.dumps(body))
    *outer, last = field.split(".")
    node = doc
    for part in outer:
        node = node[part]
    node[last] = marker
    return json.dumps(doc).replace(f'"{marker}"', token).encode()


@pytest.mark.parametrize("token", NON_FINITE)
@pytest.mark.parametrize(
    ("method", "path", "body", "field", "signed_in"),
    [row[1:] for row in NUMBER_FIELDS],
    ids=[row[0] for row in NUMBER_FIELDS],
)
def test_a_non_finite_number_is_a_422_naming_the_field(
    api: tuple[TestClient, dict[str, str]],
    method: str,
    path: str,
    body: dict[str, Any],
    field: str,
    signed_in: bool,
    token: str,
) -> None:
    client, auth = api
    headers = {"content-type": "application/json", "Idempotency-Key": f"k-{field}-{token}"}
    if signed_in:
        headers |= auth
    r = client.request(method, path, content=_with_token(body, field, token), headers=headers)
    assert r.status_code == 422, r.text
    out = _strict_json(r.text)  # the error itself is standard JSON
    assert out["field"] == field
    assert out["hint"]
    # and the server is still fine afterwards
    assert client.get("/health").status_code == 200


def test_the_error_echo_of_a_non_finite_number_is_text() -> None:
    from api.errors import jsonable

    assert [jsonable(v) for v in (float("nan"), float("inf"), -float("inf"), 1.5)] == [
        "NaN",
        "Infinity",
        "-Infinity",
        1.5,
    ]


# (case, method, path, body or None, field): lax coercions that must be refused
LAX: list[tuple[str, str, str, Any, str]] = [
    ("freeze as a number", "PUT", "/ventures/acme/freeze", {"freeze": 0}, "freeze"),
    ("freeze as a timestamp text", "PUT", "/ventures/acme/freeze", {"freeze": "0"}, "freeze"),
    (
        "freeze as a date-time",
        "PUT",
        "/ventures/acme/freeze",
        {"freeze": "2024-01-01T00:00:00"},
        "freeze",
    ),
    ("rating as false", "PUT", "/me/collaborations/c1/rating", {"rating": False}, "rating"),
    ("rating as a float", "PUT", "/me/collaborations/c1/rating", {"rating": 1.0}, "rating"),
    ("rating as text", "PUT", "/me/collaborations/c1/rating", {"rating": "1"}, "rating"),
    ("confirm as 0", "POST", "/me/collaborations/c1/answer", {"confirm": 0}, "confirm"),
    ("confirm as text", "POST", "/me/collaborations/c1/answer", {"confirm": "no"}, "confirm"),
    ("accept as 1", "POST", "/me/introductions/i1/answer", {"accept": 1}, "accept"),
    ("consent as 0", "PATCH", "/profiles/ana", {"consent": 0}, "consent"),
    ("utc offset as text", "PATCH", "/profiles/ana", {"utc_offset": "1"}, "utc_offset"),
    ("utc offset as true", "PATCH", "/profiles/ana", {"utc_offset": True}, "utc_offset"),
    ("rounds as true", "POST", "/events/ev/rounds", {"rounds": True}, "rounds"),
    ("rounds as 2.0", "POST", "/events/ev/rounds", {"rounds": 2.0}, "rounds"),
    ("team size as text", "POST", "/events/ev/teams", {"size": "3"}, "size"),
    (
        "collaboration start as a number",
        "POST",
        "/me/collaborations",
        {"partner": "bob", "project": "p", "started": 20240101},
        "started",
    ),
    ("entry date as a number", "POST", "/ventures/acme/entries", ENTRY | {"on": 0}, "on"),
    ("entry amount as true", "POST", "/ventures/acme/entries", ENTRY | {"amount": True}, "amount"),
    (
        "approval flag as 1",
        "POST",
        "/ventures",
        {"id": "v7", "require_approval": 1},
        "require_approval",
    ),
    ("as_of=0", "GET", "/ventures/acme/split?as_of=0", None, "as_of"),
    ("as_of a timestamp", "GET", "/ventures/acme/split?as_of=1700000000", None, "as_of"),
]


@pytest.mark.parametrize(
    ("method", "path", "body", "field"), [row[1:] for row in LAX], ids=[row[0] for row in LAX]
)
def test_lax_coercions_are_refused(
    api: tuple[TestClient, dict[str, str]], method: str, path: str, body: Any, field: str
) -> None:
    client, auth = api
    headers = auth | {"Idempotency-Key": "k-lax"}
    r = client.request(method, path, json=body, headers=headers)
    assert r.status_code == 422, r.text
    assert r.json()["field"] == field


def test_strict_types_still_take_what_json_means(api: tuple[TestClient, dict[str, str]]) -> None:
    client, auth = api
    r = client.patch("/profiles/ana", json={"utc_offset": 2, "consent": False}, headers=auth)
    assert r.status_code == 200 and r.json()["utc_offset"] == 2.0
    r = client.get("/ventures/acme/split?as_of=2030-01-01", headers=auth)
    assert r.status_code == 200
    r = client.post(
        "/ventures/acme/entries",
        json=ENTRY | {"amount": 12.5},
        headers=auth | {"Idempotency-Key": "k-num"},
    )
    assert r.status_code == 201 and r.json()["amount"] == "12.5"
    # a freeze is dated on or after every entry that counts, not in the future
    day = ENTRY["on"]
    r = client.put("/ventures/acme/freeze", json={"freeze": day}, headers=auth)
    frozen = r.json()["freeze"] if r.status_code == 200 else r.json()["data"]["on"]
    assert r.status_code in (200, 202) and frozen == day, r.text  # 202: the others' word
    r = client.get("/profiles?limit=5&offset=0", headers=auth)  # query numbers are text
    assert r.status_code == 200


CONTROL = ["\x00", "\x07", "\x1b[31m", "\x7f", "\x85", "\u202e", "\u2066"]


@pytest.mark.parametrize("char", CONTROL, ids=[repr(c) for c in CONTROL])
@pytest.mark.parametrize(
    ("method", "path", "body", "field"),
    [
        ("POST", "/profiles", SIGN_UP | {"id": "nul"}, "name"),
        ("POST", "/profiles", SIGN_UP | {"id": "nul"}, "offers"),
        ("PATCH", "/profiles/ana", {"name": "Ana"}, "name"),
        ("PATCH", "/profiles/ana", {"headline": "h"}, "headline"),
        ("PATCH", "/profiles/ana", {"industries": ["health"]}, "industries"),
        ("POST", "/ventures", {"id": "v8", "name": "n"}, "name"),
        ("POST", "/ventures/acme/entries", ENTRY | {"note": "n"}, "note"),
        ("POST", "/me/introductions", {"target": "bob", "message": "m"}, "message"),
    ],
)
def test_control_characters_are_refused_in_text(
    api: tuple[TestClient, dict[str, str]],
    method: str,
    path: str,
    body: dict[str, Any],
    field: str,
    char: str,
) -> None:
    client, auth = api
    value = body[field]
    bad = [f"a{char}b"] if isinstance(value, list) else f"{value}{char}x"
    r = client.request(
        method, path, json=body | {field: bad}, headers=auth | {"Idempotency-Key": "k-ctl"}
    )
    assert r.status_code == 422, r.text
    assert r.json()["field"] in (field, f"{field}.0")
    assert "control character" in r.json()["detail"]


def test_a_nul_in_an_imported_profile_is_refused(community: Community) -> None:
    with pytest.raises(ImportFailed) as caught:
        community.profiles.import_profiles([person("nul", name="N\x00L")])
    assert caught.value.errors[0].field == "name"
    assert community.profiles.store.get_profile("nul") is None


def test_tabs_and_line_breaks_stay_allowed(api: tuple[TestClient, dict[str, str]]) -> None:
    client, auth = api
    r = client.patch(
        "/profiles/ana", json={"offers": "Python\tSQL\r\nand APIs\nfor you"}, headers=auth
    )
    assert r.status_code == 200, r.text
    assert r.json()["offers"] == "Python\tSQL\r\nand APIs\nfor you"
