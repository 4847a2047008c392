"""Property-based fuzzing of every route from the OpenAPI schema (schemathesis, via ASGI).

Each operation gets a fresh app over an in-memory database with the test community, a
venture, and a signed-in member (``ana``, a member of venture ``acme``), so deep routes are
reached, not only their 401s. Schemathesis generates valid and invalid requests (every
generation mode); the checks are: no server error, every status code documented, the
content type and the body of every response conform to the schema. Bounded and
deterministic: ``derandomize=True``, a fixed number of examples per operation.
"""

from __future__ import annotations

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
