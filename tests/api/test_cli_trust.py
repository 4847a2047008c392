"""``cofoundry trust ...`` end to end (typer's CliRunner), fake encoder, a database file."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from api.cli import app
from tests.api.test_cli import write_csv
from tests.conftest import COMMUNITY

runner = CliRunner()


@pytest.fixture
def env(env: Path) -> Path:  # the shared one (tests/api/conftest.py), and more
    r = runner.invoke(app, ["import", str(write_csv(env / "p.csv", COMMUNITY))])
    assert r.exit_code == 0, r.output
    return env


def run(*args: str) -> str:
    r = runner.invoke(app, ["trust", *args])
    assert r.exit_code == 0, r.output
    return r.output


def collab(a: str, b: str) -> str:
    made = json.loads(
        run("collab", "propose", a, b, "--project", "shop", "--started", "2024-01-01", "--json")
    )
    run("collab", "confirm", b, made["id"])
    run("collab", "rate", a, made["id"], "2")
    run("collab", "rate", b, made["id"], "2", "--note", "great")
    return str(made["id"])


def test_collaborate_trust_path_and_intro(env: Path) -> None:
    collab("ana", "bob")
    collab("bob", "dan")
    assert "confirmed  your rating +2" in run("collab", "list", "ana")
    shown = json.loads(run("show", "ana", "--json"))
    assert [t["id"] for t in shown] == ["bob", "dan"] and shown[0]["trust"] == 1.0
    assert "Ana (ana) -> Bob (bob) -> Dan (dan)  trust 1.000" in run("path", "ana", "dan")
    assert re.search(r"1\. Bob \(bob\)  1\.000\n\s+2\. Dan \(dan\)", run("show", "ana"))
    assert "ana is you" in run("path", "ana", "ana")  # not "no warm path to ana"
    intro = json.loads(run("intro", "request", "ana", "dan", "--via", "bob", "--json"))
    assert intro["status"] == "pending"
    run("intro", "accept", "dan", intro["id"])
    done = run("intro", "accept", "bob", intro["id"])
    assert "accepted" in done and "contact" not in done  # the connector sees no contact
    assert "contact: dan (no e-mail given)" in run("intro", "list", "ana")
    second = json.loads(run("intro", "request", "ana", "cyd", "--json"))
    assert "not accepted" in run("intro", "decline", "cyd", second["id"])
    assert "bob is endorsed for: sales" in run("endorse", "ana", "bob", "Sales")


def test_errors_name_the_fix(env: Path) -> None:
    r = runner.invoke(app, ["trust", "collab", "rate", "ana", "col_nope", "9"])
    assert r.exit_code == 2 and "rating must be an integer from -2 to +2" in r.output
    r = runner.invoke(app, ["trust", "path", "ana", "zed"])
    assert r.exit_code == 2 and "no profile 'zed'" in r.output
    r = runner.invoke(app, ["trust", "show", "zed"])  # a typo: not "no trust yet"
    assert r.exit_code == 2 and "no profile 'zed'" in r.output, r.output


def test_feedback_after_an_introduction(env: Path) -> None:
    intro = json.loads(run("intro", "request", "ana", "bob", "--json"))
    run("intro", "accept", "bob", intro["id"])
    context = f"intro:{intro['id']}"
    assert "noted: again about bob" in run(
        "feedback", "give", "ana", "bob", "again", "--context", context
    )
    both = run("feedback", "give", "bob", "ana", "again", "--context", context)
    assert f"ana + bob  'met via {context}'" in both and "proposed" in both
    assert f"bob  again  {context}" in run("feedback", "list", "ana")
    assert run("feedback", "list", "cyd") == ""
    r = runner.invoke(app, ["trust", "feedback", "give", "ana", "cyd", "again"])
    assert r.exit_code != 0 and "'again' needs the meeting it follows" in r.output
    declined = json.loads(run("intro", "request", "cyd", "bob", "--json"))
    run("intro", "decline", "bob", declined["id"])
    r = runner.invoke(app, ["trust", "intro", "request", "cyd", "bob"])
    assert r.exit_code != 0 and "bob did not accept your last request" in r.output


def test_journey_on_the_command_line(env: Path) -> None:
    assert "suggested" in runner.invoke(app, ["pipeline", "ana"]).output
    intro = json.loads(run("intro", "request", "ana", "bob", "--json"))
    run("intro", "accept", "bob", intro["id"])
    started = run("intro", "venture", "ana", intro["id"], "shop")
    found = re.search(r"venture (shop-[0-9a-f]{6}): members ana; invited bob", started)
    assert found, started  # the id chosen and a random suffix; bob joins by accepting
    shop = found[1]
    r = runner.invoke(app, ["venture", "accept", shop, "--as", "bob"])
    assert r.exit_code == 0, r.output
    # the end is proposed (not in the future), then confirmed by the other member
    r = runner.invoke(app, ["venture", "end", shop, "--as", "ana", "--on", "2099-01-01"])
    assert r.exit_code == 2 and "error:" in r.output and "2099-01-01" in r.output
    r = runner.invoke(app, ["venture", "end", shop, "--as", "ana"])
    assert r.exit_code == 0 and "waiting for bob" in r.output, r.output
    sha = r.output.split("ledger SHA-256 ")[1].split()[0]
    number = int(r.output.split("(proposal ")[1].split(")")[0])
    confirm = ["venture", "end-confirm", shop, "--hash", sha, "--as", "bob", "--proposal"]
    r = runner.invoke(app, [*confirm, str(number + 1)])  # not the proposal open: refused
    assert r.exit_code != 0 and "is no longer proposed" in r.output, r.output
    r = runner.invoke(app, [*confirm, str(number)])
    assert r.exit_code == 0, r.output
    assert "1 collaboration to confirm and rate" in r.output and "ana + bob" in r.output
    r = runner.invoke(app, ["pipeline", "bob", "--csv"])
    assert r.exit_code == 0 and "ana,Ana,working together," in r.output
    r = runner.invoke(app, ["venture", "end", shop, "--as", "bob", "--on", "soon"])
    assert r.exit_code != 0 and "on must be a date" in r.output


def test_withdraw_a_request_on_the_command_line(env: Path) -> None:
    intro = json.loads(run("intro", "request", "ana", "bob", "--json"))
    r = runner.invoke(app, ["trust", "intro", "withdraw", "bob", intro["id"]])  # the target
    assert r.exit_code != 0 and "only the member who asked" in r.output, r.output
    assert "decline it instead" in r.output
    r = runner.invoke(app, ["trust", "intro", "withdraw", "cyd", intro["id"]])  # a stranger
    assert r.exit_code != 0 and f"no introduction '{intro['id']}'" in r.output, r.output
    done = run("intro", "withdraw", "ana", intro["id"])
    assert f"{intro['id']}  ana -> bob  withdrawn  (you: requester)" in done
    shown = json.loads(run("intro", "list", "bob", "--json"))  # one request: one object
    assert (shown["id"], shown["status"]) == (intro["id"], "withdrawn") and shown["withdrawn_at"]
    r = runner.invoke(app, ["trust", "intro", "withdraw", "ana", intro["id"]])  # twice
    assert r.exit_code != 0 and "is withdrawn; only a pending request" in r.output, r.output
    r = runner.invoke(app, ["trust", "intro", "accept", "bob", intro["id"]])
    assert r.exit_code != 0 and "is withdrawn; it can no longer be answered" in r.output
    again = json.loads(run("intro", "request", "ana", "bob", "--json"))  # at once
    assert again["status"] == "pending" and again["id"] != intro["id"]


def test_match_names_the_people_on_a_warm_path(env: Path) -> None:
    """The suggestions' warm-introduction paths name people (ids are for --json); a card
    without a headline ends at its band, with no dangling separator."""
    collab("ana", "bob")
    collab("bob", "cyd")
    r = runner.invoke(app, ["match", "ana", "--k", "5"])
    assert r.exit_code == 0, r.output
    assert "warm intro: Ana -> Bob -> Cyd" in r.output, r.output
    assert not re.search(r" - *$", r.output, re.MULTILINE), r.output
