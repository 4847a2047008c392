"""Event plans as files: CSV and JSON of the plan, printable agendas, table cards, badges with
a QR code and the after-event report (HTML), calendar files (iCalendar), and plan summaries
in plain words.

Pure functions from plan data to text. The HTML is rendered by Jinja2 with
autoescaping on, so every name, headline and phrase is escaped; the templates live
here as strings (no package data to lose on install). Agendas print one page per
attendee (``page-break-after``), table cards one card per table and round, badges eight
to an A4 page.

English by default, as the API and the CLI serve them (the CSV columns are stable
identifiers). Words: every output takes ``labels``, a mapping over :data:`LABELS`; a shell
serving a reader in another language passes :func:`labels` built with its ``gettext`` (the
English texts there are msgids of the web catalogue), with the page's ``lang`` and the
names of roles and languages; the plan CSV takes a translated ``header``. This module
imports no translation machinery. QR codes are made
by segno (an SVG inline, no image file); calendar files by icalendar (RFC 5545), with
the time zone's definition included.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import icalendar
import segno
from jinja2 import DictLoader, Environment, select_autoescape
from markupsafe import Markup

from matcher import csvio
from matcher.csvio import write_csv
from matcher.events.model import (
    AgendaItem,
    Badge,
    Event,
    EventReport,
    TeamChange,
    clock_text,
    code_text,
    place_of,
    round_slot,
    shown_twice,
    starts_at,
)
from matcher.events.planner import Round, plan_quality
from matcher.matching.model import MatchScore
from matcher.profiles.model import Role

__all__ = [
    "LABELS",
    "PLAN_COLUMNS",
    "Reader",
    "agenda_html",
    "agenda_json",
    "attendee_ics",
    "badge_svg",
    "badges_html",
    "cards_html",
    "event_ics",
    "labels",
    "organiser_summary",
    "plan_csv",
    "plan_json",
    "report_csv",
    "report_html",
    "report_note",
    "report_rows",
    "team_change_lines",
    "when_text",
]


def _same(text: str) -> str:
    return text


def _role_value(role: Role) -> str:
    return role.value


@dataclass(frozen=True, slots=True)
class Reader:
    """Who reads a printed agenda, and how it speaks to them: its language (``lang``), its
    words (``labels``, :func:`labels`), a role's and a language's names, a slot's clock times
    and the line under the title (``when``). :func:`agenda_html` gives each attendee theirs."""

    lang: str = "en"
    labels: Mapping[str, str] | None = None
    role_text: Callable[[Role], str] = _role_value
    language_text: Callable[[str], str] = _same
    slot_text: Callable[[dt.datetime, dt.datetime], str] | None = None
    when: str = ""


def labels(gettext: Callable[[str], str] | None = None) -> dict[str, str]:
    """The words of the outputs, through ``gettext`` (English without one); ``{name}``
    placeholders are filled by the output. A shell translating for a reader passes its
    ``gettext``; each text is written out here so that pybabel extract finds the msgid.

    Examples
    --------
    >>> labels()["agenda.round"], labels(lambda s: {"Round": "Tour"}.get(s, s))["agenda.round"]
    ('Round', 'Tour')
    """
    _ = gettext or _same
    return {
        "agenda.title": _("{event}: agendas"),
        "agenda.round": _("Round"),
        "agenda.time": _("Time"),
        "agenda.place": _("Place"),
        "agenda.who": _("Who"),
        "agenda.why": _("Why you should meet"),
        "agenda.break": _("Break (no meeting this round)"),
        "agenda.my_need": _("Your need \u201c{need}\u201d"),
        "agenda.their_offer": _("their offer \u201c{offer}\u201d"),
        "agenda.their_need": _("Their need \u201c{need}\u201d"),
        "agenda.my_offer": _("your offer \u201c{offer}\u201d"),
        "agenda.they_bring": _("They bring {roles}."),
        "agenda.i_bring": _("You bring {roles}."),
        "agenda.languages": _("Common languages: {languages}."),
        "ics.meeting": _("{event}: meet {names} ({place})"),
        "ics.break": _("{event}: break (round {round})"),
        "ics.round": _("Round {round}"),
        "ics.why": _("Why: your need \u201c{need}\u201d, their offer \u201c{offer}\u201d"),
        "ics.why_back": _("And: their need \u201c{need}\u201d, your offer \u201c{offer}\u201d"),
        "ics.roles": _("They bring {roles}; you bring {roles_back}."),
        "ics.calendar": _("{event}: my agenda"),
        "badge.title": _("{event}: badges"),
        "badge.team": _("Team {team}"),
        "badge.code": _("Check-in code"),
        "report.title": _("{event}: after the event"),
        "report.figure": _("Figure"),
        "report.value": _("Value"),
        "report.attendees": _("Attendees invited or registered"),
        "report.came": _("Came (checked in; with no check-in at all, met someone)"),
        "report.absent": _("Absent or left early"),
        "report.removed": _("Removed by the organiser"),
        "report.rounds_held": _("Rounds held"),
        "report.meetings_held": _("Meetings held"),
        "report.teams": _("Teams formed"),
        "report.feedback_given": _("Feedback given"),
        "report.feedback_people": _("People who gave feedback"),
        "report.again": _("\u201cI would work with them again\u201d"),
        "report.not_a_fit": _("\u201cNot a fit\u201d"),
        "report.continuing_pairs": _("Pairs who both want to continue"),
        "report.fewer": _("fewer than {least}"),
        "report.not_yet": _(
            "Nothing has happened yet: no round held, nobody checked in, no feedback. The"
            " figures fill in on the day and after it, as people check in, meet and say how"
            " it went."
        ),
        "report.private": _(
            "Answers about a meeting are private: a count under {least} is not told, as"
            " with so few the organiser could tell who said what."
        ),
        "report.ventures_from_teams": _("Ventures started from a team"),
        "report.ventures_from_intros": _(
            "Ventures started from an introduction after meeting here"
        ),
        "teamchange.both": _("Team {team}: {joined} joined, replacing {left}"),
        "teamchange.joined": _("Team {team}: {joined} joined"),
        "teamchange.left": _("Team {team}: {left} left the team"),
        "teamchange.arrived": _("{name} (arrived)"),
        "teamchange.from": _("{name} (from team {team})"),
        "teamchange.to": _("{name} (to team {team})"),
        "teamchange.absent": _("{name} (absent)"),
        "teamchange.gone": _("{name} (left the event)"),
        "teamchange.declined": _("{name} (declined)"),
        "teamchange.room": _(
            "Team {team} is now team {new}: its place had fewer seats than its people"
        ),
        "cards.title": _("{event}: table cards"),
        "cards.round": _("{event}: round {round}"),
        "cards.byes": _("Break this round: {names}"),
        "plan.break": _("break"),
    }


#: The words of the outputs, in English; a caller passes its own (same keys) to translate.
LABELS: dict[str, str] = labels()


def _words(labels: Mapping[str, str] | None) -> dict[str, str]:
    return {**LABELS, **(labels or {})}


#: The columns of :func:`plan_csv`: stable identifiers (the API's and the CLI's header).
#: ``points`` and ``band`` are the table's match as the suggestion cards show it.
PLAN_COLUMNS = ("round", "table", "id", "name", "with", "points", "band")

_CSS = """
body { font-family: system-ui, sans-serif; margin: 2em; color: #111; overflow-wrap: break-word; }
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
/* an agenda on a phone: each meeting a block (round, time and place on one line, then whom
   and why), not five columns wider than the screen */
@media screen and (max-width: 40em) {
  body { margin: 1em; }
  table.agenda thead { display: none; }
  table.agenda tr { display: flex; flex-wrap: wrap; gap: 0 0.8em; padding: 0.5em 0;
                    border-bottom: 1px solid #ccc; }
  table.agenda td { display: block; border: 0; padding: 0; }
  table.agenda td.round::before { content: attr(data-label); padding-right: 0.3em; }
  table.agenda td.who, table.agenda td.why { flex-basis: 100%; }
}
"""

_AGENDA = """<!doctype html>
<html lang="{{ lang }}"><head><meta charset="utf-8"><title>{{ w["agenda.title"].format(event=event_name) }}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>{{ css }}</style></head><body><main>
{% for person in people %}
{% set w = person.w %}
<section class="page"{% if person.lang %} lang="{{ person.lang }}"{% endif %}>
<h1>{{ event_name }}</h1>
{% if person.when %}<p>{{ person.when }}</p>{% endif %}
<p><strong>{{ person.name }}</strong>{% if person.namesake %} ({{ person.id }}){% endif %}</p>
<table class="agenda"><thead><tr><th>{{ w["agenda.round"] }}</th><th>{{ w["agenda.time"] }}</th><th>{{ w["agenda.place"] }}</th><th>{{ w["agenda.who"] }}</th><th>{{ w["agenda.why"] }}</th></tr></thead>
<tbody>
{% for item in person.agenda %}
  {% if item.table == 0 %}
  <tr><td class="round" data-label="{{ w["agenda.round"] }}">{{ item.round }}</td><td>{{ item.time }}</td><td>-</td><td class="who" colspan="2">{{ w["agenda.break"] }}</td></tr>
  {% else %}
  {% for m in item.meetings %}
  <tr><td class="round" data-label="{{ w["agenda.round"] }}">{{ item.round }}</td><td>{{ item.time }}</td><td>{{ item.place or item.table }}</td>
  <td class="who"><strong>{{ m.with_name }}</strong>{% if m.headline %}<br>{{ m.headline }}{% endif %}</td>
  <td class="why">
  {% for p in m.meets_my_needs %}{{ w["agenda.my_need"].format(need=p.need) }} &larr; {{ w["agenda.their_offer"].format(offer=p.offer) }}<br>{% endfor %}
  {% for p in m.meets_their_needs %}{{ w["agenda.their_need"].format(need=p.need) }} &larr; {{ w["agenda.my_offer"].format(offer=p.offer) }}<br>{% endfor %}
  {% if m.roles_they_bring %}{{ w["agenda.they_bring"].format(roles=m.roles_they_bring | join(", ")) }} {% endif %}
  {% if m.roles_i_bring %}{{ w["agenda.i_bring"].format(roles=m.roles_i_bring | join(", ")) }} {% endif %}
  {% if m.common_languages %}{{ w["agenda.languages"].format(languages=m.common_languages | join(", ")) }}{% endif %}
  </td></tr>
  {% endfor %}
  {% endif %}
{% endfor %}
</tbody></table>
</section>
{% endfor %}
</main></body></html>
"""

_CARDS = """<!doctype html>
<html lang="{{ lang }}"><head><meta charset="utf-8"><title>{{ w["cards.title"].format(event=event_name) }}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>{{ css }}</style></head><body><main>
{% for rnd in rounds %}
<section class="page">
<h1>{{ w["cards.round"].format(event=event_name, round=rnd.number) }}</h1>
{% for g in rnd.groups %}
<div class="card"><h2>{{ place(g.table) }}</h2>
<p>{% for m in g.members %}{{ names.get(m, m) }}{% if not loop.last %} &middot; {% endif %}{% endfor %}</p>
</div>
{% endfor %}
{% if rnd.byes %}<p>{{ w["cards.byes"].format(names=byes[rnd.number]) }}</p>{% endif %}
</section>
{% endfor %}
</main></body></html>
"""

_BADGES = """<!doctype html>
<html lang="{{ lang }}"><head><meta charset="utf-8"><title>{{ w["badge.title"].format(event=event.name) }}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>{{ css }}
.badges { display: grid; grid-template-columns: repeat(auto-fill, minmax(8.5cm, 1fr)); gap: 0.5cm; }
.badge { border: 1px dashed #888; padding: 0.5cm; height: 5.5cm; display: flex; gap: 0.4cm;
         page-break-inside: avoid; break-inside: avoid; }
.badge .who { flex: 1; min-width: 0; }
.badge .name { font-size: 1.5em; font-weight: bold; margin: 0.2em 0; overflow-wrap: anywhere; }
.badge .event, .badge .team { font-size: 0.85em; color: #333; }
.badge .qr { text-align: center; font-family: ui-monospace, monospace; font-size: 0.8em; }
.badge .qr svg { display: block; }
</style></head><body><main>
<div class="badges">
{% for b in badges %}
<div class="badge">
  <div class="who">
    <div class="event">{{ event.name }}{% if when %}<br>{{ when }}{% endif %}</div>
    <p class="name">{{ b.name }}</p>
    {% if b.headline %}<div>{{ b.headline }}</div>{% endif %}
    {% if b.team %}<p class="team">{{ w["badge.team"].format(team=b.team) }}{% if b.place %} &middot; {{ b.place }}{% endif %}</p>{% endif %}
  </div>
  <div class="qr">{{ b.qr }}<span title="{{ w["badge.code"] }}" translate="no">{{ b.code_text }}</span></div>
</div>
{% endfor %}
</div>
</main></body></html>
"""

_REPORT = """<!doctype html>
<html lang="{{ lang }}"><head><meta charset="utf-8"><title>{{ w["report.title"].format(event=event.name) }}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>{{ css }} td.num { text-align: right; font-variant-numeric: tabular-nums; }</style></head><body><main>
<h1>{{ w["report.title"].format(event=event.name) }}</h1>
{% if when %}<p>{{ when }}</p>{% endif %}
{% if note %}<p id="not-yet"><strong>{{ note }}</strong></p>{% endif %}
<table><thead><tr><th>{{ w["report.figure"] }}</th><th>{{ w["report.value"] }}</th></tr></thead>
<tbody>
{% for key, label, value in rows %}<tr id="{{ key }}"><td>{{ label }}</td><td class="num">{{ value }}</td></tr>
{% endfor %}
</tbody></table>
<p>{{ w["report.private"].format(least=least) }}</p>
</main></body></html>
"""

_ENV = Environment(
    loader=DictLoader(
        {
            "agenda.html": _AGENDA,
            "cards.html": _CARDS,
            "badges.html": _BADGES,
            "report.html": _REPORT,
        }
    ),
    autoescape=select_autoescape(default=True, default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
)


def plan_csv(
    rounds: Sequence[Round],
    names: Mapping[str, str],
    header: Sequence[str] = PLAN_COLUMNS,
    labels: Mapping[str, str] | None = None,
    style: csvio.CsvStyle = csvio.MACHINE,
    *,
    matches: Mapping[tuple[int, int], MatchScore],
    band_text: Callable[[str], str] = _same,
) -> str:
    """The plan as CSV: one line per person per round (table 0: a break).

    ``matches`` is each table's match by ``(round, table)``, as the suggestion cards read it
    (``EventService.table_matches``): its ``points`` (0-100) and ``band`` (the word, through
    ``band_text`` for a reader) are the last two columns. The planner's own score of a table
    is not written (it is a planning total, not a pair's match; :func:`plan_json` keeps it).

    ``header`` names the columns of :data:`PLAN_COLUMNS` for a reader; with ``labels`` (a
    file for people, not for programs) a break is written as one, its table the word of
    ``plan.break`` and its points empty, instead of table 0 and points 0; ``style``
    separates the cells (:data:`~matcher.csvio.MACHINE` by default).

    Examples
    --------
    >>> from matcher.events.planner import Group
    >>> r = Round(1, (Group(1, ("a", "b"), 0.5),), byes=("c",))
    >>> read = {(1, 1): MatchScore(64, "good")}
    >>> print(plan_csv([r], {"a": "Ana"}, matches=read), end="")
    round,table,id,name,with,points,band
    1,1,a,Ana,b,64,good
    1,1,b,b,a,64,good
    1,0,c,c,,0,
    >>> print(plan_csv([r], {}, labels=labels(), matches=read).splitlines()[-1])
    1,break,c,c,,,
    """
    rows: list[list[object]] = []
    for rnd in rounds:
        for g in rnd.groups:
            read = matches.get((rnd.number, g.table))
            points, band = ("", "") if read is None else (read.points, band_text(read.band))
            for m in g.members:
                others = ";".join(x for x in g.members if x != m)
                rows.append([rnd.number, g.table, m, names.get(m, m), others, points, band])
        for b in rnd.byes:
            if labels is None:
                rows.append([rnd.number, 0, b, names.get(b, b), "", 0, ""])
            else:
                rows.append(
                    [rnd.number, _words(labels)["plan.break"], b, names.get(b, b), "", "", ""]
                )
    return csvio.write_csv(header, rows, columns=PLAN_COLUMNS, what="the plan CSV", style=style)


def plan_json(
    rounds: Sequence[Round],
    summary: Mapping[str, Any] | None,
    names: Mapping[str, str],
    *,
    matches: Mapping[tuple[int, int], MatchScore],
) -> str:
    """The plan as JSON: the summary (the solver's score, bound, greedy baseline) and every
    round's tables.

    A table's ``points`` (0-100) and ``band`` are its match as the suggestion cards read it,
    from ``matches`` by ``(round, table)`` (``EventService.table_matches``; null if none);
    ``plan_score`` is the planner's score of the table, for scripts: the sum of its pairs'
    planning scores (trust blended in), not a pair's match.

    Examples
    --------
    >>> from matcher.events.planner import Group
    >>> r = Round(1, (Group(1, ("a", "b"), 0.5),))
    >>> read = {(1, 1): MatchScore(64, "good")}
    >>> json.loads(plan_json([r], {"score": 0.5}, {}, matches=read))["rounds"][0]["tables"]
    [{'table': 1, 'members': ['a', 'b'], 'names': ['a', 'b'], 'points': 64, 'band': 'good', 'plan_score': 0.5}]
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
                            **_match(matches.get((r.number, g.table))),
                            "plan_score": g.score,
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


def _match(read: MatchScore | None) -> dict[str, Any]:
    """``points`` and ``band`` of a match (both null without one)."""
    return (
        {"points": None, "band": None}
        if read is None
        else {"points": read.points, "band": read.band}
    )


def _iso(t: dt.datetime | None) -> str | None:
    return None if t is None else t.isoformat()


def agenda_json(agenda: Sequence[AgendaItem]) -> list[dict[str, Any]]:
    """One attendee's agenda as plain data (round, clock times, place, table, meetings with
    their reasons).

    Each meeting's ``points`` (0-100) and ``band`` are the pair's match as their suggestion
    cards show it (:func:`~matcher.matching.match_score`); ``match`` is its raw value, the
    pair's own score before trust (a suggestion's ``match``).

    Examples
    --------
    >>> agenda_json([AgendaItem(2, 0, ())])
    [{'round': 2, 'start': None, 'end': None, 'place': '', 'table': 0, 'break': True, 'meetings': []}]
    >>> from matcher.events.model import Meeting
    >>> bob = Meeting("bob", "Bob", "", 0.395, (), (), (), (), ())
    >>> {k: agenda_json([AgendaItem(1, 3, (bob,))])[0]["meetings"][0][k] for k in ("points", "band", "match")}
    {'points': 75, 'band': 'excellent', 'match': 0.395}
    """
    return [
        {
            "round": item.round,
            "start": _iso(item.start),
            "end": _iso(item.end),
            "place": item.place,
            "table": item.table,
            "break": item.table == 0,
            "meetings": [
                {
                    "with": m.with_id,
                    "name": m.with_name,
                    "headline": m.headline,
                    **_match(m.rating),
                    "match": m.score,
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
    document: Reader = Reader(),
    readers: Mapping[str, Reader] | None = None,
) -> str:
    """Printable agendas, one page per attendee: round, time, place, who, why you should meet.

    ``document`` is how the document speaks (:class:`Reader`): in English unless the caller
    passes the page's ``lang``, its ``labels`` (:func:`labels` with its gettext),
    ``role_text``, ``language_text`` (a language's name from its code), ``slot_text`` (a
    round's start and end; by default ``HH:MM`` and ``HH:MM`` with an en dash between) and
    ``when``, a line under the title (e.g. :func:`when_text`). ``readers`` gives an attendee
    (by id) a :class:`Reader` of their own: their page is in their language (its ``lang``
    attribute says which); the others' is the document's.

    Examples
    --------
    >>> html = agenda_html("<Night>", {"a": []}, {"a": "Ana & co"})
    >>> "&lt;Night&gt;" in html and "Ana &amp; co" in html and "<Night>" not in html
    True
    >>> "(a)" in html  # the attendee's name alone: their id only tells namesakes apart
    False
    >>> html = agenda_html("Night", {"a": [], "b": [], "c": []}, {"a": "Ana", "b": "ana", "c": "Cy"})
    >>> "(a)" in html and "(b)" in html and "(c)" not in html
    True
    >>> fr = labels(lambda s: {"Round": "Tour"}.get(s, s))
    >>> html = agenda_html("Night", {"a": []}, {}, document=Reader("fr", fr))
    >>> '<html lang="fr">' in html and "<th>Tour</th>" in html
    True
    >>> html = agenda_html("Night", {"a": [], "b": []}, {}, document=Reader("fr", fr),
    ...                    readers={"b": Reader(lang="en")})
    >>> '<section class="page" lang="en">' in html and "<th>Round</th>" in html
    True
    """
    people: list[dict[str, Any]] = []
    for pid, items in agendas.items():
        reader = (readers or {}).get(pid, document)
        agenda = agenda_json(items)
        for item, raw in zip(agenda, items, strict=True):
            if reader.slot_text is not None and raw.start is not None and raw.end is not None:
                item["time"] = reader.slot_text(raw.start, raw.end)
            else:
                item["time"] = _hhmm(raw.start, raw.end)
            for m, meeting in zip(item["meetings"], raw.meetings, strict=True):
                m["with_name"] = m["name"]
                m["roles_they_bring"] = [reader.role_text(r) for r in meeting.roles_they_bring]
                m["roles_i_bring"] = [reader.role_text(r) for r in meeting.roles_i_bring]
                m["common_languages"] = [reader.language_text(c) for c in meeting.common_languages]
        people.append(
            {
                "id": pid,
                "name": names.get(pid, pid),
                "agenda": agenda,
                "lang": reader.lang if reader.lang != document.lang else None,
                "w": _words(reader.labels),
                "when": reader.when,
            }
        )
    named = Counter(p["name"].casefold() for p in people)
    for p in people:  # the id tells two attendees of one name apart, and is noise otherwise
        p["namesake"] = named[p["name"].casefold()] > 1 and p["name"] != p["id"]
    return _ENV.get_template("agenda.html").render(
        event_name=event_name,
        people=people,
        css=_CSS,
        w=_words(document.labels),
        lang=document.lang,
        when=document.when,
    )


def _hhmm(start: dt.datetime | None, end: dt.datetime | None) -> str:
    """A slot's clock times, saying which when the clocks show a time twice.

    >>> from zoneinfo import ZoneInfo
    >>> paris = ZoneInfo("Europe/Paris")
    >>> _hhmm(*(dt.datetime(2026, 10, 25, 2, 30, fold=f, tzinfo=paris) for f in (0, 1)))
    '02:30 CEST\u201302:30 CET'
    """
    if start is None or end is None:
        return ""
    return f"{clock_text(start, f'{start:%H:%M}')}\u2013{clock_text(end, f'{end:%H:%M}')}"


def _iso_moment(moment: dt.datetime) -> str:
    return f"{moment:%Y-%m-%d %H:%M}"


def when_text(
    event: Event,
    *,
    moment_text: Callable[[dt.datetime], str] = _iso_moment,
    zone_text: Callable[[str], str] = str,
) -> str:
    """The event's date, start time, time zone and place on one line ("" if none is known).

    The start is written by ``moment_text`` and the time zone by ``zone_text``: ISO and the
    zone's IANA name by default (the CLI); a shell serving a reader passes both in the
    reader's words (as the web pages and the printed documents do, with Babel: ``Paris
    time``).

    Examples
    --------
    >>> e = Event("e", "E", None, dt.date(2026, 5, 21), dt.time(18, 30), "Europe/Paris",
    ...           venue="Station F")
    >>> when_text(e)
    '2026-05-21 18:30 (Europe/Paris) \u00b7 Station F'
    >>> when_text(e, moment_text=lambda m: f"{m:%d/%m/%Y %H:%M}", zone_text=lambda z: "Paris time")
    '21/05/2026 18:30 (Paris time) \u00b7 Station F'
    """
    first = starts_at(event)
    parts = [f"{moment_text(first)} ({zone_text(event.timezone)})"] if first is not None else []
    if event.where:
        parts.append(event.where)
    return " \u00b7 ".join(parts)


def cards_html(
    event_name: str,
    rounds: Sequence[Round],
    names: Mapping[str, str],
    *,
    event: Event | None = None,
    labels: Mapping[str, str] | None = None,
    lang: str = "en",
) -> str:
    """Table cards: for each round, one card per table (named after the event's places when
    ``event`` is given) with the names seated there; in the words of ``labels``.

    Examples
    --------
    >>> from matcher.events.planner import Group
    >>> html = cards_html("Night", [Round(1, (Group(3, ("a", "b"), 0.5),))], {"a": "<b>Ana</b>"})
    >>> "Table 3" in html and "&lt;b&gt;Ana&lt;/b&gt;" in html
    True
    """
    shown = event or Event("", event_name, None)
    return _ENV.get_template("cards.html").render(
        event_name=event_name,
        rounds=rounds,
        names=names,
        byes={r.number: ", ".join(names.get(b, b) for b in r.byes) for r in rounds},
        css=_CSS,
        lang=lang,
        w=_words(labels),
        place=lambda table: place_of(shown, table),
    )


# ------------------------------------------------------------ plain words
#: The solver's numbers of a plan summary, kept for scripts under ``solver``.
SOLVER_KEYS: dict[str, tuple[str, ...]] = {
    "rounds": ("score", "bound", "greedy_score", "ratio_to_bound", "ratio_to_greedy"),
    "teams": (
        "score",
        "objective",
        "bound",
        "gap",
        "status",
        "stopped",
        "target_gap",
        "seconds",
        "strength_spread",
        "heuristic_score",
    ),
}


def organiser_summary(
    summary: Mapping[str, Any] | None, kind: Literal["rounds", "teams"]
) -> dict[str, Any] | None:
    """A stored plan summary as an organiser reads it: ``quality`` (a percentage of the best
    possible, its kind and one sentence) and the plan's settings first; the solver's numbers
    (score, bound, gap...) under ``solver``, for scripts. A summary stored before plans had a
    quality gets one from its score and bound.

    Examples
    --------
    >>> s = organiser_summary({"rounds": 3, "score": 9.0, "bound": 10.0}, "rounds")
    >>> s["quality"]["percent"], s["rounds"], s["solver"]
    (90, 3, {'score': 9.0, 'bound': 10.0})
    """
    if summary is None:
        return None
    keys = SOLVER_KEYS[kind]
    out = {k: v for k, v in summary.items() if k not in keys}
    out["solver"] = {k: summary[k] for k in keys if k in summary}
    value = summary.get("objective" if kind == "teams" else "score")
    if "quality" not in out and value is not None and "bound" in summary:
        q = plan_quality(float(value), float(summary["bound"]), subject=kind)
        out["quality"] = {"percent": q.percent, "kind": q.kind, "sentence": q.sentence}
    return out


# -------------------------------------------------------------- calendars
_PRODID = "-//cofoundry//events//EN"


def _calendar(name: str) -> icalendar.Calendar:
    cal = icalendar.Calendar()
    cal.add("prodid", _PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    return cal


def _ics_time(moment: dt.datetime) -> dt.datetime:
    """``moment`` as a calendar file writes it: in the event's time zone (with its TZID),
    unless that zone shows its wall-clock time twice (the hour the clocks go back), which
    RFC 5545 reads as the first of the two: then in UTC, the one way to say the second.

    >>> from zoneinfo import ZoneInfo
    >>> paris = ZoneInfo("Europe/Paris")
    >>> _ics_time(dt.datetime(2026, 10, 25, 2, 30, fold=1, tzinfo=paris)).isoformat()
    '2026-10-25T01:30:00+00:00'
    >>> _ics_time(dt.datetime(2026, 10, 25, 4, 30, tzinfo=paris)).isoformat()
    '2026-10-25T04:30:00+01:00'
    """
    if shown_twice(moment):
        return moment.astimezone(dt.UTC)
    return moment


def _ics(cal: icalendar.Calendar, moments: Sequence[dt.datetime]) -> str:
    """The file's text, with a VTIMEZONE for each zone its entries use covering their days,
    ``moments`` (icalendar's default covers 1970-2037 only: an event of 2040 in Paris was on
    winter time all summer for a calendar that reads the file's own zone)."""
    if moments:
        days = [m.date() for m in moments]
        cal.add_missing_timezones(
            first_date=min(days) - dt.timedelta(days=366),
            last_date=max(days) + dt.timedelta(days=366),
        )
    return str(cal.to_ical().decode("utf-8"))


def attendee_ics(
    event: Event,
    person: str,
    name: str,
    items: Sequence[AgendaItem],
    *,
    stamp: dt.datetime,
    labels: Mapping[str, str] | None = None,
) -> str:
    """One attendee's calendar file (RFC 5545): one entry per round of their agenda.

    Each entry has a stable UID (event, round, person), the round's start and end in the
    event's time zone, the place (table or room, venue, address) and, in the description,
    whom they meet and why. Its SEQUENCE is the later of the seat's revision and the
    event's schedule version, so it goes up whenever the seat or the times change and
    calendar apps replace the entry. Rounds without clock times are left out.

    Examples
    --------
    >>> e = Event("night", "Night", None, dt.date(2026, 5, 21), dt.time(18, 30), "Europe/Paris",
    ...           venue="Loft", schedule_version=2)
    >>> start, end = round_slot(e, 1)
    >>> ics = attendee_ics(e, "ana", "Ana", [AgendaItem(1, 0, (), start, end, "", 5)],
    ...                    stamp=dt.datetime(2026, 5, 1, tzinfo=dt.UTC))
    >>> cal = icalendar.Calendar.from_ical(ics)
    >>> [(str(v["uid"]), int(v["sequence"]), v["dtstart"].dt.isoformat()) for v in cal.walk("VEVENT")]
    [('night.round-1.ana@cofoundry', 5, '2026-05-21T18:30:00+02:00')]
    """
    w = _words(labels)
    cal = _calendar(w["ics.calendar"].format(event=event.name, name=name))
    for item in items:
        if item.start is None or item.end is None:
            continue
        entry = icalendar.Event()
        entry.add("uid", f"{event.id}.round-{item.round}.{person}@cofoundry")
        entry.add("sequence", max(item.revision, event.schedule_version))
        entry.add("dtstamp", stamp.astimezone(dt.UTC))
        entry.add("dtstart", _ics_time(item.start))
        entry.add("dtend", _ics_time(item.end))
        lines = [w["ics.round"].format(round=item.round)]
        if item.table == 0 or not item.meetings:
            entry.add("summary", w["ics.break"].format(event=event.name, round=item.round))
            entry.add("transp", "TRANSPARENT")
        else:
            names = ", ".join(m.with_name for m in item.meetings)
            entry.add(
                "summary", w["ics.meeting"].format(event=event.name, names=names, place=item.place)
            )
            for m in item.meetings:
                lines.append("")
                lines.append(f"{m.with_name}" + (f" \u2013 {m.headline}" if m.headline else ""))
                lines += [w["ics.why"].format(need=p.need, offer=p.offer) for p in m.meets_my_needs]
                lines += [
                    w["ics.why_back"].format(need=p.need, offer=p.offer)
                    for p in m.meets_their_needs
                ]
                if m.roles_they_bring or m.roles_i_bring:
                    lines.append(
                        w["ics.roles"].format(
                            roles=", ".join(m.roles_they_bring) or "-",
                            roles_back=", ".join(m.roles_i_bring) or "-",
                        )
                    )
        entry.add("location", ", ".join(x for x in (item.place, event.where) if x))
        entry.add("description", "\n".join(lines))
        cal.add_component(entry)
    return _ics(cal, [m for i in items if i.start and i.end for m in (i.start, i.end)])


def event_ics(
    event: Event,
    rounds: int,
    *,
    stamp: dt.datetime,
    labels: Mapping[str, str] | None = None,
) -> str:
    """The event's calendar file: one entry from its start to the end of its last round
    (``rounds`` planned; one round's length if none is planned yet), at its venue. Its
    SEQUENCE is the event's version (its plan or logistics changed).

    Examples
    --------
    >>> e = Event("night", "Night", None, dt.date(2026, 5, 21), dt.time(18, 30), "Europe/Paris",
    ...           round_minutes=10, break_minutes=5, version=3)
    >>> v = icalendar.Calendar.from_ical(event_ics(e, 3, stamp=dt.datetime(2026, 5, 1, tzinfo=dt.UTC))).walk("VEVENT")[0]
    >>> str(v["summary"]), v["dtend"].dt.strftime("%H:%M"), int(v["sequence"])
    ('Night', '19:10', 3)
    """
    first = round_slot(event, 1)
    last = round_slot(event, max(rounds, 1))
    if first is None or last is None:
        raise ValueError(f"event {event.id!r} has no date or start time")
    cal = _calendar(event.name)
    entry = icalendar.Event()
    entry.add("uid", f"{event.id}@cofoundry")
    entry.add("sequence", event.version)
    entry.add("dtstamp", stamp.astimezone(dt.UTC))
    entry.add("dtstart", _ics_time(first[0]))
    entry.add("dtend", _ics_time(last[1]))
    entry.add("summary", event.name)
    if event.where:
        entry.add("location", event.where)
    cal.add_component(entry)
    return _ics(cal, [first[0], last[1]])


# ------------------------------------------------------------------ badges
def badge_svg(url: str, *, scale: int = 4) -> str:
    """A QR code of ``url`` as an inline SVG (segno, error correction M: readable with a
    quarter of it hidden by a lanyard clip), with its size and a ``viewBox``: a page that
    sizes it (CSS ``width``, ``height: auto``) scales the code to the box, where without a
    viewBox the code kept its size in the box's top left corner.

    Examples
    --------
    >>> svg = badge_svg("https://example.org/c/K7QH3M9T")
    >>> svg.startswith('<svg width="132" height="132" viewBox="0 0 132 132"')
    True
    """
    qr = segno.make_qr(url, error="m")
    width, height = qr.symbol_size(scale=scale, border=2)
    svg = str(qr.svg_inline(scale=scale, border=2, title="QR", omitsize=True))
    return svg.replace("<svg ", f'<svg width="{width}" height="{height}" ', 1)


def badges_html(
    event: Event,
    badges: Sequence[Badge],
    *,
    checkin_url: str = "{code}",
    labels: Mapping[str, str] | None = None,
    lang: str = "en",
    when: str | None = None,
) -> str:
    """Printable badges: name, headline, team and room, and a QR code of the check-in URL
    (``checkin_url`` with ``{code}`` replaced by the attendee's code, e.g.
    ``https://host/web/events/night/checkin?code={code}``), the code printed under it to be
    typed when a camera fails.

    Examples
    --------
    >>> html = badges_html(Event("e", "Night", None), [Badge("ana", "<Ana>", "", "K7QH3M9T", 2)])
    >>> "&lt;Ana&gt;" in html and "K7QH-3M9T" in html and "Team 2" in html and "<svg" in html
    True
    """
    shown = [
        {
            "name": b.name,
            "headline": b.headline,
            "team": b.team,
            "place": b.place,
            "code_text": code_text(b.code),
            "qr": Markup(badge_svg(checkin_url.format(code=b.code))),
        }
        for b in badges
    ]
    return _ENV.get_template("badges.html").render(
        event=event,
        badges=shown,
        css=_CSS,
        w=_words(labels),
        lang=lang,
        when=when_text(event) if when is None else when,
    )


# ------------------------------------------------------------------ report
_REPORT_FIELDS = (
    "attendees",
    "came",
    "absent",
    "removed",
    "rounds_held",
    "meetings_held",
    "teams",
    "feedback_given",
    "feedback_people",
    "again",
    "not_a_fit",
    "continuing_pairs",
    "ventures_from_teams",
    "ventures_from_intros",
)


def report_rows(
    report: EventReport, labels: Mapping[str, str] | None = None
) -> list[tuple[str, str, int | str]]:
    """The after-event figures as ``(key, label, value)``, in reading order; a count of
    verdicts held back (:func:`~matcher.events.model.verdict_counts`) is "fewer than 5".

    Examples
    --------
    >>> r = EventReport(Event("e", "E", None), 10, 8, 1, 1, 3, 12, 0, 3, 3, None, None, None, 0, 0)
    >>> report_rows(r)[3]
    ('removed', 'Removed by the organiser', 1)
    >>> report_rows(r)[10]
    ('not_a_fit', '“Not a fit”', 'fewer than 5')
    """
    w = _words(labels)
    fewer = w["report.fewer"].format(least=report.least)
    return [
        (k, w[f"report.{k}"], fewer if (v := getattr(report, k)) is None else int(v))
        for k in _REPORT_FIELDS
    ]


def report_note(report: EventReport, labels: Mapping[str, str] | None = None) -> str:
    """What the figures cannot say alone: for an event where nothing happened yet, that
    they fill in on the day and after it; otherwise nothing ("").

    Examples
    --------
    >>> r = EventReport(Event("e", "E", None), 10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    >>> report_note(r)[:27]
    'Nothing has happened yet: n'
    """
    return "" if report.begun else _words(labels)["report.not_yet"]


def report_csv(
    report: EventReport,
    labels: Mapping[str, str] | None = None,
    style: csvio.CsvStyle = csvio.MACHINE,
) -> str:
    """The after-event figures as CSV (key, label, value), through :func:`matcher.csvio.write_csv`
    (``style``: its separator, a reader's for a file people open).

    Examples
    --------
    >>> r = EventReport(Event("e", "E", None), 10, 8, 2, 0, 3, 12, 0, 5, 3, 2, 1, 1, 0, 0)
    >>> print(report_csv(r).splitlines()[6])
    meetings_held,Meetings held,12
    """
    w = _words(labels)
    header = ["key", w["report.figure"], w["report.value"]]
    return write_csv(header, report_rows(report, labels), style=style)


def report_html(
    report: EventReport,
    labels: Mapping[str, str] | None = None,
    *,
    lang: str = "en",
    when: str | None = None,
) -> str:
    """The after-event figures as a printable page; ``when`` is the line under the title
    (:func:`when_text` of the event, in ISO, unless the caller passes one in its reader's
    locale)."""
    return _ENV.get_template("report.html").render(
        event=report.event,
        rows=report_rows(report, labels),
        least=report.least,
        note=report_note(report, labels),
        css=_CSS,
        w=_words(labels),
        lang=lang,
        when=when_text(report.event) if when is None else when,
    )


def team_change_lines(
    change: TeamChange,
    names: Mapping[str, str] | None = None,
    words: Mapping[str, str] = LABELS,
    *,
    teams: Sequence[int] | None = None,
) -> list[str]:
    """A calm re-plan of the teams in words, one line per team touched (of ``teams`` only,
    when given): who joined it (arrived, or from which team) and whom they replace (absent,
    gone, declined, or to which team). ``names`` maps ids to the names the reader may see
    (an id without one is shown as is); ``words`` are :func:`labels` in the reader's language.

    Examples
    --------
    >>> from matcher.events.model import TeamMove
    >>> c = TeamChange(1, dt.datetime(2026, 5, 21, 9, tzinfo=dt.UTC), "absent", 4,
    ...                (TeamMove("bo", 3, 0, "gone"), TeamMove("ana", 1, 3, "role")), ("ana", "bo"))
    >>> team_change_lines(c, {"ana": "Ana", "bo": "Bo"})
    ['Team 1: Ana (to team 3) left the team', 'Team 3: Ana (from team 1) joined, replacing Bo (absent)']

    A team moved to a place that seats it (``rooms``) is said after its members' moves:

    >>> from dataclasses import replace
    >>> team_change_lines(replace(c, rooms=((3, 5),)), teams=[5])[-1]
    'Team 3 is now team 5: its place had fewer seats than its people'
    """
    names = names or {}
    gone = {"left": "teamchange.gone", "declined": "teamchange.declined"}.get(
        change.cause, "teamchange.absent"
    )
    lines = []
    for number, joins, leaves in change.by_team():
        if teams is not None and number not in teams:
            continue
        joined = ", ".join(
            words["teamchange.arrived" if m.from_team == 0 else "teamchange.from"].format(
                name=names.get(m.person, m.person), team=m.from_team
            )
            for m in joins
        )
        left = ", ".join(
            words[gone if m.to_team == 0 else "teamchange.to"].format(
                name=names.get(m.person, m.person), team=m.to_team
            )
            for m in leaves
        )
        key = "teamchange.both" if joined and left else "teamchange.joined"
        key = key if joined else "teamchange.left"
        lines.append(words[key].format(team=number, joined=joined, left=left))
    for old, new in change.rooms:
        if teams is None or old in teams or new in teams:
            lines.append(words["teamchange.room"].format(team=old, new=new))
    return lines
