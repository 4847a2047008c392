"""An event's name, venue, address and places hold no control character, whatever the shell.

The API's bodies refuse control characters and the bidirectional overrides in text
(``test_redteam_input``); the event's own texts did not, so the web form and the command
line took them: an event named ``"Founders \\u202enight"`` was printed backwards on every
badge, agenda, table card and invitation e-mail, a venue with ``"\\x1b[31m"`` put a terminal
escape into ``cofoundry event`` output and the calendar files, and a place named with
U+2066 (an isolate) turned the words after it around on the printed agendas. The domain now
refuses them (:func:`matcher.errors.control_character`, the profiles' rule: a one-line text
allows no tab or line feed either, spaces stay as they are collapsed), naming the field, the
character, its position and the fix; nothing is written.
"""

from __future__ import annotations

from html import unescape
from pathlib import Path

import pytest
from typer.testing import CliRunner

from api.cli import app as cli
from matcher.community import Community
from matcher.errors import InvalidInput, UnknownEvent
from tests.apps import client_over
from tests.events_day import ORG
from tests.web.pages import post, sign_in

BAD = ["Founders \u202enight", "Loft\x1b[31m", "Bar\u2066x", "a\x00b", "bell\x07"]


@pytest.mark.parametrize("text", BAD)
@pytest.mark.parametrize("field", ["name", "venue", "address", "places"])
def test_the_service_refuses_control_characters(day: Community, field: str, text: str) -> None:
    value: object = [text] if field == "places" else text
    with pytest.raises(InvalidInput) as refused:
        day.events.create_event("x1", "X", actor=ORG, details={field: value})
    assert refused.value.field == field
    assert "control character" in refused.value.detail and "U+" in refused.value.detail
    assert refused.value.hint
    with pytest.raises(UnknownEvent):
        day.events.get_event("x1", actor=ORG)
    with pytest.raises(InvalidInput) as refused:
        day.events.update_event("night", {field: value}, actor=ORG)
    assert refused.value.field == field
    assert "\u202e" not in day.events.get_event("night", actor=ORG).event.name


def test_spaces_and_right_to_left_letters_are_welcome(day: Community) -> None:
    e = day.events.update_event(
        "night", {"name": "ليلة   المؤسسين", "venue": "Loft\tBar", "places": ["שולחן 1"]}, actor=ORG
    )
    assert (e.name, e.venue, e.places[0].name) == ("ليلة المؤسسين", "Loft Bar", "שולחן 1")


@pytest.mark.parametrize(
    ("lang", "said"),
    [("en", "control character"), ("fr", "Écrivez le lieu de l'événement en texte simple.")],
)
def test_the_page_refuses_them_beside_the_field(day: Community, lang: str, said: str) -> None:
    client = client_over(day)
    sign_in(client, day.security.create_token("p00"))
    r = post(
        client,
        f"/web/events?lang={lang}",
        {"event": "x2", "name": "Other night", "venue": "Loft\x1b[31m", "timezone": "Paris"},
    )
    assert r.status_code == 422, r.text
    assert said in unescape(r.text), r.text
    with pytest.raises(UnknownEvent):
        day.events.get_event("x2", actor=ORG)


def test_the_command_line_refuses_them(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COFOUNDRY_DB", str(tmp_path / "c.db"))
    monkeypatch.setenv("COFOUNDRY_ENCODER", "fake")
    r = CliRunner().invoke(cli, ["event", "create", "night", "--name", "Founders \u202enight"])
    assert r.exit_code == 2, r.output
    assert "control character" in r.output and "Traceback" not in r.output
