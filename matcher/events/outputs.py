"""Event plans as files: CSV and JSON of the plan, printable agendas and table cards (HTML).

Pure functions from plan data to text. The HTML is rendered by Jinja2 with
autoescaping on, so every name, headline and phrase is escaped; the templates live
here as strings (no package data to lose on install). Agendas print one page per
attendee (``page-break-after``), table cards one card per table and round.
"""

from __future__ import annotations

import io
import json
from collections.abc import Mapping, Sequence
from typing import Any

from jinja2 import DictLoader, Environment, select_autoescape

from matcher import csvio
from matcher.events.model import AgendaItem
from matcher.events.planner import Round

__all__ = ["agenda_html", "agenda_json", "cards_html", "plan_csv", "plan_json"]

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
<html lang="en"><head><meta charset="utf-8"><title>{{ event_name }}: agendas</title>
<style>{{ css }}</style></head><body>
{% for person in people %}
<section class="page">
<h1>{{ event_name }}</h1>
<p><strong>{{ person.name }}</strong> ({{ person.id }})</p>
<table><thead><tr><th>Round</th><th>Table</th><th>Who</th><th>Why you should meet</th></tr></thead>
<tbody>
{% for item in person.agenda %}
  {% if item.table == 0 %}
  <tr><td>{{ item.round }}</td><td>-</td><td colspan="2">Break (no meeting this round)</td></tr>
  {% else %}
  {% for m in item.meetings %}
  <tr><td>{{ item.round }}</td><td>{{ item.table }}</td>
  <td><strong>{{ m.with_name }}</strong>{% if m.headline %}<br>{{ m.headline }}{% endif %}</td>
  <td class="why">
  {% for p in m.meets_my_needs %}Your need &ldquo;{{ p.need }}&rdquo; &larr; their offer &ldquo;{{ p.offer }}&rdquo;<br>{% endfor %}
  {% for p in m.meets_their_needs %}Their need &ldquo;{{ p.need }}&rdquo; &larr; your offer &ldquo;{{ p.offer }}&rdquo;<br>{% endfor %}
  {% if m.roles_they_bring %}They bring {{ m.roles_they_bring | join(", ") }}. {% endif %}
  {% if m.roles_i_bring %}You bring {{ m.roles_i_bring | join(", ") }}. {% endif %}
  {% if m.common_languages %}Common languages: {{ m.common_languages | join(", ") }}.{% endif %}
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
<html lang="en"><head><meta charset="utf-8"><title>{{ event_name }}: table cards</title>
<style>{{ css }}</style></head><body>
{% for rnd in rounds %}
<section class="page">
<h1>{{ event_name }}: round {{ rnd.number }}</h1>
{% for g in rnd.groups %}
<div class="card"><h2>Table {{ g.table }}</h2>
<p>{% for m in g.members %}{{ names.get(m, m) }}{% if not loop.last %} &middot; {% endif %}{% endfor %}</p>
</div>
{% endfor %}
{% if rnd.byes %}<p>Break this round: {% for b in rnd.byes %}{{ names.get(b, b) }}{% if not loop.last %}, {% endif %}{% endfor %}</p>{% endif %}
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


def plan_csv(rounds: Sequence[Round], names: Mapping[str, str]) -> str:
    """The plan as CSV: one line per person per round (table 0: a break).

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
    buf = io.StringIO()
    w = csvio.writer(buf, lineterminator="\n")
    w.writerow(["round", "table", "id", "name", "with", "score"])
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
    event_name: str, agendas: Mapping[str, Sequence[AgendaItem]], names: Mapping[str, str]
) -> str:
    """Printable agendas, one page per attendee: round, table, who, why you should meet.

    Examples
    --------
    >>> html = agenda_html("<Night>", {"a": []}, {"a": "Ana & co"})
    >>> "&lt;Night&gt;" in html and "Ana &amp; co" in html and "<Night>" not in html
    True
    """
    people: list[dict[str, Any]] = []
    for pid, items in agendas.items():
        agenda = agenda_json(items)
        for item in agenda:
            for m in item["meetings"]:
                m["with_name"] = m["name"]
        people.append({"id": pid, "name": names.get(pid, pid), "agenda": agenda})
    return _ENV.get_template("agenda.html").render(event_name=event_name, people=people, css=_CSS)


def cards_html(event_name: str, rounds: Sequence[Round], names: Mapping[str, str]) -> str:
    """Table cards: for each round, one card per table with the names seated there.

    Examples
    --------
    >>> from matcher.events.planner import Group
    >>> html = cards_html("Night", [Round(1, (Group(3, ("a", "b"), 0.5),))], {"a": "<b>Ana</b>"})
    >>> "Table 3" in html and "&lt;b&gt;Ana&lt;/b&gt;" in html
    True
    """
    return _ENV.get_template("cards.html").render(
        event_name=event_name, rounds=rounds, names=names, css=_CSS
    )
