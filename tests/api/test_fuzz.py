"""Property-based fuzzing of every route from the OpenAPI schema (schemathesis, via ASGI).

Each operation gets a fresh app over an in-memory database with the test community, a
venture, and a signed-in member (``ana``, a member of venture ``acme``), so deep routes are
reached, not only their 401s. Schemathesis generates valid and invalid requests (every
generation mode); the checks are: no server error, every status code documented, the
content type and the body of every response conform to the schema. Bounded and
deterministic: ``derandomize=True``, a fixed number of examples per operation.
"""

from __future__ import annotations

import json
import os
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from api.app import create_app
from api.settings import Settings
from matcher.community import Community
from matcher.equity import EquityService
from tests.ventures import venture

#: Examples per operation; set COFOUNDRY_FUZZ_EXAMPLES for a longer hunt (e.g. 300).
EXAMPLES = int(os.environ.get("COFOUNDRY_FUZZ_EXAMPLES", "25"))
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


@pytest.fixture
def fuzz_app(community: Community) -> dict[str, Any]:
    settings = Settings(
        db=":memory:",
        encoder="fake",
        signup_burst=10_000,
        token_burst=10_000,
        auth_failure_burst=10_000,
        warm_on_start=False,
    )
    app = create_app(settings, community=community)
    equity: EquityService = app.state.community.equity
    venture(equity, "acme", "ana", "bob", name="Acme")
    return {"app": app, "token": community.security.create_token("ana")}


# The schema is read once, at collection, from an empty app (schemathesis' lazy fixture
# loader does not run on pytest 9); each operation then runs against a fresh `fuzz_app`.
schema = schemathesis.openapi.from_asgi(
    "/openapi.json", create_app(Settings(db=":memory:", encoder="fake", warm_on_start=False))
)


@schema.parametrize()
@settings(
    max_examples=EXAMPLES,
    derandomize=True,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    phases=[Phase.explicit, Phase.generate, Phase.shrink],
)
def test_no_server_errors_and_responses_match_the_schema(
    case: Any, fuzz_app: dict[str, Any]
) -> None:
    case.operation.schema.app = fuzz_app["app"]
    case.call_and_validate(headers={"Authorization": f"Bearer {fuzz_app['token']}"}, checks=CHECKS)


# ------------------------------------------------ non-standard JSON numbers (issue 16)
#: Non-finite numbers Python's JSON parser accepts (``1e999`` reads as infinity).
NON_FINITE = ("NaN", "Infinity", "-Infinity", "1e999", "-1e999")


def _numeric_operations() -> list[str]:
    """``METHOD /path`` of every operation whose JSON body has a number somewhere."""
    doc = schema.raw_schema
    components = doc.get("components", {}).get("schemas", {})

    def numeric(node: Any, seen: frozenset[str] = frozenset()) -> bool:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str):
                name = ref.rsplit("/", 1)[-1]
                return name not in seen and numeric(components.get(name, {}), seen | {name})
            if node.get("type") in ("number", "integer"):
                return True
            return any(numeric(v, seen) for v in node.values())
        if isinstance(node, list):
            return any(numeric(v, seen) for v in node)
        return False

    return [
        f"{method.upper()} {path}"
        for path, item in doc["paths"].items()
        for method, op in item.items()
        if numeric(op.get("requestBody", {}).get("content", {}).get("application/json", {}))
    ]


def _with_non_finite(value: Any, counter: list[int]) -> Any:
    """``value`` with every number replaced by a marker of a non-finite token, in turn."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        counter[0] += 1
        return f"\x00nf{counter[0] % len(NON_FINITE)}\x00"
    if isinstance(value, dict):
        return {k: _with_non_finite(v, counter) for k, v in value.items()}
    if isinstance(value, list):
        return [_with_non_finite(v, counter) for v in value]
    return value


def _raw_json(value: Any) -> bytes:
    """JSON text of ``value`` with the markers written as bare non-finite tokens."""
    text = json.dumps(value)
    for i, token in enumerate(NON_FINITE):
        text = text.replace(json.dumps(f"\x00nf{i}\x00"), token)
    return text.encode()


NUMERIC = _numeric_operations()


@schema.include(name=NUMERIC).parametrize()
@settings(
    max_examples=EXAMPLES,
    derandomize=True,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    phases=[Phase.explicit, Phase.generate],
)
def test_non_finite_json_numbers_are_never_a_server_error(
    case: Any, fuzz_app: dict[str, Any]
) -> None:
    """Every number of every generated body becomes NaN, Infinity, -Infinity or 1e999."""
    case.operation.schema.app = fuzz_app["app"]
    if isinstance(case.body, dict | list):
        counter = [0]
        case.body = _raw_json(_with_non_finite(case.body, counter))
    case.call_and_validate(headers={"Authorization": f"Bearer {fuzz_app['token']}"}, checks=CHECKS)


def test_the_non_finite_fuzz_covers_the_number_fields() -> None:
    assert {
        "POST /profiles",
        "PATCH /profiles/{profile_id}",
        "POST /events/{event_id}/rounds",
    } <= set(NUMERIC)
    assert len(NUMERIC) >= 10
