"""Event plans as files: CSV and JSON of the plan, printable agendas and table cards (HTML).

Pure functions from plan data to text. The HTML is rendered by Jinja2 with
autoescaping on, so every name, headline and phrase is escaped; the templates live
here as strings (no package data to lose on install). Agendas print one page per
attendee (``page-break-after``), table cards one card per table and round.

English by default, as the API and the CLI serve them (the CSV columns are stable
identifiers). A shell serving a reader in another language passes its words: the printed
pages take the page's ``lang``, a ``gettext`` callable (this module's English texts are
msgids of the web catalogue, extracted from here) and the names of the roles; the CSV
takes a translated ``header``. This module imports no translation machinery.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from jinja2 import DictLoader, Environment, select_autoescape

from matcher import csvio
from matcher.errors import InvalidInput
from matcher.events.model import AgendaItem
from matcher.events.planner import Round
from matcher.profiles.model import Role

__all__ = ["PLAN_COLUMNS", "agenda_html", "agenda_json", "cards_html", "plan_csv", "plan_json"]

#: The columns of :func:`plan_csv`: stable identifiers (the API's and the CLI's header).
PLAN_COLUMNS = ("round", "table", "id", "name", "with", "score")

_CSS = """
body { font-family: system-ui, sans-serif; margin: 2em; color: #111; }
h1 { font-size: 1.4em; margin-bottom: 0.2em; }
.page { page-break-after: always; break-after: page; }
.page:last-child { page-break-after: auto; break-after: auto; }
table { border-collapse: collapse; width: 100%; }
td, th { border-bottom: 1px solid #ccc; padding: 0.4em; vertical-align: top; text-align: left; }
.why { color: #333; font-size: 0.9em; }
.card { border: 2px solid #111; padding: 1.5em; margin: 1em 0; page-break-inside: avoid;
        break-inside: avoid; }
.card h2 { font-size: 2em; margin: 0; }
@media print { body { margin: 0; } }
"""

_AGENDA = """<!doctype html>
<html lang="{{ lang }}"><head><meta charset="utf-8"><title>{{ w.agendas_title | format(event=event_name) }}</title>
<style>{{ css }}</style></head><body>
{% for person in people %}
<section class="page">
<h1>{{ event_name }}</h1>
<p><strong>{{ person.name }}</strong> ({{ person.id }})</p>
<table><thead><tr><th>{{ w.round }}</th><th>{{ w.table }}</th><th>{{ w.who }}</th><th>{{ w.why }}</th></tr></thead>
<tbody>
{% for item in person.agenda %}
  {% if item.table == 0 %}
  <tr><td>{{ item.round }}</td><td>-</td><td colspan="2">{{ w.break }}</td></tr>
  {% else %}
  {% for m in item.meetings %}
  <tr><td>{{ item.round }}</td><td>{{ item.table }}</td>
  <td><strong>{{ m.with_name }}</strong>{% if m.headline %}<br>{{ m.headline }}{% endif %}</td>
  <td class="why">
  {% for p in m.meets_my_needs %}{{ w.my_need | format(need=p.need, offer=p.offer) }}<br>{% endfor %}
  {% for p in m.meets_their_needs %}{{ w.their_need | format(need=p.need, offer=p.offer) }}<br>{% endfor %}
  {% if m.roles_they_bring %}{{ w.they_bring | format(roles=m.roles_they_bring | join(", ")) }} {% endif %}
  {% if m.roles_i_bring %}{{ w.i_bring | format(roles=m.roles_i_bring | join(", ")) }} {% endif %}
  {% if m.common_languages %}{{ w.languages | format(languages=m.common_languages | join(", ")) }}{% endif %}
  </td></tr>
  {% endfor %}
  {% endif %}
{% endfor %}
</tbody></table>
</section>
{% endfor %}
</body></html>
"""

_CARDS = """<!doctype html>
<html lang="{{ lang }}"><head><meta charset="utf-8"><title>{{ w.cards_title | format(event=event_name) }}</title>
<style>{{ css }}</style></head><body>
{% for rnd in rounds %}
<section class="page">
<h1>{{ w.round_heading | format(event=event_name, n=rnd.number) }}</h1>
{% for g in rnd.groups %}
<div class="card"><h2>{{ w.table_heading | format(n=g.table) }}</h2>
<p>{% for m in g.members %}{{ names.get(m, m) }}{% if not loop.last %} &middot; {% endif %}{% endfor %}</p>
</div>
{% endfor %}
{% if rnd.byes %}<p>{{ w.byes | format(names=byes[rnd.number]) }}</p>{% endif %}
</section>
{% endfor %}
</body></html>
"""

_ENV = Environment(
    loader=DictLoader({"agenda.html": _AGENDA, "cards.html": _CARDS}),
    autoescape=select_autoescape(default=True, default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
)


def _same(text: str) -> str:
    return text


def _role_value(role: Role) -> str:
    return role.value


def _words(gettext: Callable[[str], str]) -> dict[str, str]:
    """This module's texts in the reader's language (``%(name)s`` placeholders filled later).

    Each call is written out so that pybabel extract finds the English msgids here.
    """
    _ = gettext
    return {
        "agendas_title": _("%(event)s: agendas"),
        "cards_title": _("%(event)s: table cards"),
        "round": _("Round"),
        "table": _("Table"),
        "who": _("Who"),
        "why": _("Why you should meet"),
        "break": _("Break (no meeting this round)"),
        "my_need": _("Your need “%(need)s” ← their offer “%(offer)s”"),
        "their_need": _("Their need “%(need)s” ← your offer “%(offer)s”"),
        "they_bring": _("They bring %(roles)s."),
        "i_bring": _("You bring %(roles)s."),
        "languages": _("Common languages: %(languages)s."),
        "round_heading": _("%(event)s: round %(n)s"),
        "table_heading": _("Table %(n)s"),
        "byes": _("Break this round: %(names)s"),
    }


def plan_csv(
    rounds: Sequence[Round], names: Mapping[str, str], header: Sequence[str] = PLAN_COLUMNS
) -> str:
    """The plan as CSV: one line per person per round (table 0: a break).

    ``header`` names the columns of :data:`PLAN_COLUMNS` for a reader (the values stay
    machine values).

    Examples
    --------
    >>> from matcher.events.planner import Group
    >>> r = Round(1, (Group(1, ("a", "b"), 0.5),), byes=("c",))
    >>> print(plan_csv([r], {"a": "Ana"}), end="")
    round,table,id,name,with,score
    1,1,a,Ana,b,0.5
    1,1,b,b,a,0.5
    1,0,c,c,,0
    """
    if len(header) != len(PLAN_COLUMNS):
        raise InvalidInput(
            f"the plan CSV has {len(PLAN_COLUMNS)} columns, the header names {len(header)}",
            field="header",
            value=list(header),
            hint="name " + ", ".join(PLAN_COLUMNS) + " in this order",
        )
    buf = io.StringIO()
    w = csvio.writer(buf, lineterminator="\n")
    w.writerow(header)
    for rnd in rounds:
        for g in rnd.groups:
            for m in g.members:
                others = ";".join(x for x in g.members if x != m)
                w.writerow([rnd.number, g.table, m, names.get(m, m), others, g.score])
        for b in rnd.byes:
            w.writerow([rnd.number, 0, b, names.get(b, b), "", 0])
    return buf.getvalue()


def plan_json(
    rounds: Sequence[Round], summary: Mapping[str, Any] | None, names: Mapping[str, str]
) -> str:
    """The plan as JSON: the summary (score, bound, greedy baseline) and every round's tables.

    Examples
    --------
    >>> from matcher.events.planner import Group
    >>> json.loads(plan_json([Round(1, (Group(1, ("a", "b"), 0.5),))], {"score": 0.5}, {}))["rounds"]
    [{'round': 1, 'tables': [{'table': 1, 'members': ['a', 'b'], 'names': ['a', 'b'], 'score': 0.5}], 'byes': []}]
    """
    return json.dumps(
        {
            "summary": dict(summary or {}),
            "rounds": [
                {
                    "round": r.number,
                    "tables": [
                        {
                            "table": g.table,
                            "members": list(g.members),
                            "names": [names.get(m, m) for m in g.members],
                            "score": g.score,
                        }
                        for g in r.groups
                    ],
                    "byes": list(r.byes),
                }
                for r in rounds
            ],
        },
        ensure_ascii=False,
        indent=2,
    )


def agenda_json(agenda: Sequence[AgendaItem]) -> list[dict[str, Any]]:
    """One attendee's agenda as plain data (round, table, meetings with their reasons)."""
    return [
        {
            "round": item.round,
            "table": item.table,
            "break": item.table == 0,
            "meetings": [
                {
                    "with": m.with_id,
                    "name": m.with_name,
                    "headline": m.headline,
                    "score": m.score,
                    "meets_my_needs": [
                        {"need": p.need, "offer": p.offer, "similarity": p.similarity}
                        for p in m.meets_my_needs
                    ],
                    "meets_their_needs": [
                        {"need": p.need, "offer": p.offer, "similarity": p.similarity}
                        for p in m.meets_their_needs
                    ],
                    "roles_they_bring": [r.value for r in m.roles_they_bring],
                    "roles_i_bring": [r.value for r in m.roles_i_bring],
                    "common_languages": list(m.common_languages),
                }
                for m in item.meetings
            ],
        }
        for item in agenda
    ]


def agenda_html(
    event_name: str,
    agendas: Mapping[str, Sequence[AgendaItem]],
    names: Mapping[str, str],
    *,
    lang: str = "en",
    gettext: Callable[[str], str] = _same,
    role_text: Callable[[Role], str] = _role_value,
    language_text: Callable[[str], str] = _same,
) -> str:
    """Printable agendas, one page per attendee: round, table, who, why you should meet.

    In English unless the caller passes the page's ``lang``, ``gettext``, ``role_text`` and
    ``language_text`` (a language's name from its code; by default the code).

    Examples
    --------
    >>> html = agenda_html("<Night>", {"a": []}, {"a": "Ana & co"})
    >>> "&lt;Night&gt;" in html and "Ana &amp; co" in html and "<Night>" not in html
    True
    >>> html = agenda_html("Night", {"a": []}, {}, lang="fr", gettext=lambda s: {"Round": "Tour"}.get(s, s))
    >>> '<html lang="fr">' in html and "<th>Tour</th>" in html
    True
    """
    people: list[dict[str, Any]] = []
    for pid, items in agendas.items():
        agenda = agenda_json(items)
        for item, source in zip(agenda, items, strict=True):
            for m, meeting in zip(item["meetings"], source.meetings, strict=True):
                m["with_name"] = m["name"]
                m["roles_they_bring"] = [role_text(r) for r in meeting.roles_they_bring]
                m["roles_i_bring"] = [role_text(r) for r in meeting.roles_i_bring]
                m["common_languages"] = [language_text(c) for c in meeting.common_languages]
        people.append({"id": pid, "name": names.get(pid, pid), "agenda": agenda})
    return _ENV.get_template("agenda.html").render(
        event_name=event_name, people=people, css=_CSS, lang=lang, w=_words(gettext)
    )


def cards_html(
    event_name: str,
    rounds: Sequence[Round],
    names: Mapping[str, str],
    *,
    lang: str = "en",
    gettext: Callable[[str], str] = _same,
) -> str:
    """Table cards: for each round, one card per table with the names seated there.

    In English unless the caller passes the page's ``lang`` and ``gettext``.

    Examples
    --------
    >>> from matcher.events.planner import Group
    >>> html = cards_html("Night", [Round(1, (Group(3, ("a", "b"), 0.5),))], {"a": "<b>Ana</b>"})
    >>> "Table 3" in html and "&lt;b&gt;Ana&lt;/b&gt;" in html
    True
    """
    return _ENV.get_template("cards.html").render(
        event_name=event_name,
        rounds=rounds,
        names=names,
        byes={r.number: ", ".join(names.get(b, b) for b in r.byes) for r in rounds},
        css=_CSS,
        lang=lang,
        w=_words(gettext),
    )
