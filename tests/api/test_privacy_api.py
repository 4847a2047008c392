"""Export and erasure through HTTP and the ``cofoundry privacy`` commands."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from api.cli import app as cli
from api.schemas_privacy import EXPORT_FORMAT
from matcher.community import Community
from matcher.privacy import PSEUDONYM_PREFIX
from tests.api.test_cli import write_csv
from tests.apps import client_over
from tests.conftest import COMMUNITY

runner = CliRunner()


@pytest.fixture
def client(community: Community) -> TestClient:
    return client_over(community)


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_export_document_shape(client: TestClient, community: Community) -> None:
    ana = bearer(community.security.create_token("ana"))
    bob = bearer(community.security.create_token("bob"))
    client.put("/me/avoid/cyd", headers=ana)
    client.post("/profiles/ana/endorsements", json={"skill": "python"}, headers=bob)
    acme = client.post("/ventures", json={"id": "acme"}, headers=ana).json()["id"]
    r = client.get("/me/export", headers=ana)
    assert r.status_code == 200
    doc = r.json()
    assert set(doc) == {
        "format",
        "person",
        "exported_at",
        "profile",
        "created_at",
        "updated_at",
        "tokens",
        "avoid",
        "collaborations",
        "endorsements_given",
        "endorsements_received",
        "introductions",
        "ventures",
        "vectors",
        "features",
    }
    assert doc["format"] == EXPORT_FORMAT and doc["person"] == "ana"
    assert doc["profile"]["offers"].startswith("Développeuse Python")
    assert doc["avoid"] == ["cyd"] and doc["endorsements_received"][0]["endorser"] == "bob"
    assert doc["ventures"][0]["id"] == acme and doc["ventures"][0]["members"] == ["ana"]
    assert set(doc["tokens"][0]) == {
        "id",
        "profile_id",
        "role",
        "label",
        "created_at",
        "expires_at",
    }
    assert "token_hash" not in r.text


def test_delete_profile_by_an_admin_is_the_full_erasure(
    client: TestClient, community: Community
) -> None:
    ana = bearer(community.security.create_token("ana"))
    admin = bearer(community.security.create_token(None, role="admin"))
    acme = client.post("/ventures", json={"id": "acme"}, headers=ana).json()["id"]
    client.post(f"/ventures/{acme}/members", json={"member": "bob"}, headers=ana)
    assert client.delete("/profiles/ana", headers=admin).status_code == 204
    members = client.get(f"/ventures/{acme}", headers=admin).json()["members"]
    assert "ana" not in members and any(m.startswith(PSEUDONYM_PREFIX) for m in members)
    assert client.get("/me", headers=ana).status_code == 401


def test_cli_export_and_erase(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COFOUNDRY_DB", str(tmp_path / "c.db"))
    monkeypatch.setenv("COFOUNDRY_ENCODER", "fake")
    assert (
        runner.invoke(cli, ["import", str(write_csv(tmp_path / "p.csv", COMMUNITY))]).exit_code == 0
    )
    r = runner.invoke(cli, ["privacy", "export", "ana"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["profile"]["id"] == "ana"
    r = runner.invoke(cli, ["privacy", "export", "ana", "--out", str(tmp_path / "ana.json")])
    assert r.exit_code == 0 and json.loads((tmp_path / "ana.json").read_text())["person"] == "ana"
    r = runner.invoke(cli, ["privacy", "erase", "ana"], input="n\n")
    assert r.exit_code != 0  # declined: nothing erased
    name = json.loads((tmp_path / "ana.json").read_text())["profile"]["name"]
    assert f"erase {name} (ana) everywhere?" in r.output  # whom, not only an id to mistype
    r = runner.invoke(cli, ["privacy", "erase", "ana", "--yes", "--json"])
    assert r.exit_code == 0, r.output
    receipt = json.loads(r.stdout)
    assert receipt["erased"] == "ana" and receipt["rows"]["profiles"] == 1
    assert receipt["checkpointed"] is True
    r = runner.invoke(cli, ["privacy", "erase", "ana", "--yes"])
    assert r.exit_code == 2 and "no profile 'ana'" in r.output
    r = runner.invoke(cli, ["privacy", "erase", "bob", "--yes", "--vacuum"])
    assert r.exit_code == 0 and "erased bob" in r.output and "file vacuumed" in r.output
    assert b"Bob" not in (tmp_path / "c.db").read_bytes()
