"""Exports of a venture's share history: CSV, JSON and a small hand-written SVG chart.

Pure functions over :class:`matcher.equity.model.Split` lists (from :func:`matcher.equity.model.timeline`);
they return text and write nothing.

They speak English with ISO dates by default: the API and the CLI keep these stable (the CSV
columns are identifiers). A shell that serves a reader in another language passes its own
words: the chart takes a ``gettext`` callable (its English texts are msgids of the web
catalogue, extracted from this file) and formatters for dates and percentages; the CSV takes
a translated ``header``.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from html import escape
from typing import Any

from matcher import csvio
from matcher.equity.model import Split

__all__ = [
    "TIMELINES",
    "TIMELINE_COLUMNS",
    "fraction_text",
    "share_decimal",
    "split_dict",
    "timeline_csv",
    "timeline_json",
    "timeline_svg",
]

#: Colour-blind-safe palette (Okabe-Ito), cycled for more members.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")


def fraction_text(x: Fraction, places: int = 4) -> str:
    """A fraction as a decimal string rounded to ``places`` (for display only).

    Examples
    --------
    >>> fraction_text(Fraction(50_000, 3)), fraction_text(Fraction(10))
    ('16666.6667', '10.0000')
    """
    q = Decimal(1).scaleb(-places)
    return str((Decimal(x.numerator) / Decimal(x.denominator)).quantize(q))


#: Decimal places of a share in the timeline CSV: a spreadsheet keeps 15 significant digits.
SHARE_PLACES = 15


def share_decimal(x: Fraction, places: int = SHARE_PLACES) -> Decimal:
    """A share (0 to 1) as a decimal a spreadsheet reads as a number: exact when its
    decimal expansion ends within ``places`` places, else rounded half-even to ``places``
    (an error below 5e-16). Computed from the integers, so no context precision applies.

    Examples
    --------
    >>> share_decimal(Fraction(1, 2)), share_decimal(Fraction(15, 43)), share_decimal(Fraction(1))
    (Decimal('0.5'), Decimal('0.348837209302326'), Decimal('1'))
    >>> share_decimal(Fraction(2, 3)), share_decimal(Fraction(0))
    (Decimal('0.666666666666667'), Decimal('0'))
    """
    scaled = x * 10**places
    whole = round(scaled)  # half-even, exact on the fraction
    return (Decimal(whole).scaleb(-places)).normalize() if whole else Decimal(0)


def split_dict(s: Split) -> dict[str, Any]:
    """A split as plain JSON-ready data: exact values as ``"num/den"`` strings, plus decimals.

    Examples
    --------
    >>> from matcher.equity.model import MemberSplit
    >>> s = Split(dt.date(2024, 1, 1), Fraction(3),
    ...           (MemberSplit("ana", Fraction(3), Fraction(1), Decimal("100.00")),))
    >>> split_dict(s)["members"][0]["share"], split_dict(s)["members"][0]["percent"]
    ('1', '100.00')
    """
    return {
        "as_of": s.as_of.isoformat(),
        "total": str(s.total),
        "total_decimal": fraction_text(s.total),
        "members": [
            {
                "member": m.member,
                "slices": str(m.slices),
                "slices_decimal": fraction_text(m.slices),
                "share": str(m.share),
                "percent": str(m.percent),
                "by_kind": {k: fraction_text(v) for k, v in m.by_kind.items() if v},
                "well_balance": fraction_text(m.well_balance, 2),
                "left": m.left,
            }
            for m in s.members
        ],
    }


def timeline_json(splits: list[Split]) -> str:
    """The history as a JSON list of splits.

    Examples
    --------
    >>> json.loads(timeline_json([]))
    []
    """
    return json.dumps([split_dict(s) for s in splits], indent=1)


#: The columns of :func:`timeline_csv`: stable identifiers (the API's and the CLI's header).
TIMELINE_COLUMNS = ("as_of", "member", "slices", "share", "percent")


def _same(text: str) -> str:
    return text


def _percent(value: Decimal) -> str:
    return f"{value} %"


def timeline_csv(
    splits: list[Split],
    header: Sequence[str] = TIMELINE_COLUMNS,
    style: csvio.CsvStyle = csvio.MACHINE,
) -> str:
    """The history as CSV: one row per date and member (slices, exact share, percent).

    ``header`` names the columns of :data:`TIMELINE_COLUMNS` for a reader; ``style`` writes
    the dates and numbers (:data:`~matcher.csvio.MACHINE` by default: ISO dates, decimal
    points; a reader's for a file people open in a spreadsheet). Every cell is a number a
    spreadsheet reads as one: slices to 4 decimal places, the share as a decimal
    (:func:`share_decimal`: exact, or rounded to 15 places; a fraction such as ``1/2``
    would be read as a date), the percent to 2 places; ``timeline.json`` keeps the exact
    fractions.

    Examples
    --------
    >>> timeline_csv([]).strip()
    'as_of,member,slices,share,percent'
    >>> from matcher.equity.model import MemberSplit
    >>> half = MemberSplit("ana", Fraction(3), Fraction(1, 2), Decimal("50.00"))
    >>> timeline_csv([Split(dt.date(2024, 1, 1), Fraction(6), (half,))]).splitlines()[1]
    '2024-01-01,ana,3.0000,0.5,50.00'
    >>> timeline_csv([], header=("Date", "Membre", "Parts", "Part exacte", "Pourcentage")).strip()
    'Date,Membre,Parts,Part exacte,Pourcentage'
    """
    rows = (
        [
            style.day(s.as_of),
            m.member,
            style.number(Decimal(fraction_text(m.slices))),
            style.number(share_decimal(m.share)),
            style.number(m.percent),
        ]
        for s in splits
        for m in s.members
    )
    return csvio.write_csv(
        header, rows, columns=TIMELINE_COLUMNS, what="the timeline CSV", style=style
    )


def _text_width(chars: int, font: int) -> int:
    """A generous width in pixels of ``chars`` characters of sans-serif at ``font`` pixels
    (an SVG has no layout: its texts are placed, so their room is reserved by estimate)."""
    return int(chars * font * 0.62) + 1


def _legend_text(
    member: str,
    names: Mapping[str, str] | None,
    percent_text: Callable[[Decimal], str],
    splits: list[Split],
    at: dt.date | None = None,
) -> str:
    """One line of the legend: the member's name and their share on ``at`` (a page's "as
    of" date: the share its table shows), else their last share."""
    shown = [s for s in splits if at is None or s.as_of <= at]
    final = next(
        (m.percent for m in (shown[-1].members if shown else ()) if m.member == member),
        Decimal(0),
    )
    return f"{(names or {}).get(member, member)} {percent_text(final)}"


def timeline_svg(
    splits: list[Split],
    title: str | None = None,
    *,
    gettext: Callable[[str], str] = _same,
    date_text: Callable[[dt.date], str] = dt.date.isoformat,
    percent_text: Callable[[Decimal], str] = _percent,
    compact: bool = False,
    until: dt.date | None = None,
    names: Mapping[str, str] | None = None,
) -> str:
    """A step chart of each member's percentage over time, with axes and a legend (no script).

    English with ISO dates unless the caller passes ``gettext`` (translates this chart's
    English texts), ``date_text`` and ``percent_text`` (a percentage from 0 to 100).
    ``compact`` draws it for a phone: 360 wide with larger text, the legend under the plot,
    so that it reads at its own size on a 390-pixel screen. ``until`` (a page's "as of"
    date) carries each share on to that day, so a ledger whose entries all fall on one day
    still draws its lines; without it a single day is drawn as dots. A day before the
    ledger's last change is marked by a dashed line, and the legend gives each share on
    that day, as the page's table does (it gave the last shares: a page as of 4 November
    said 0 % in its table and 37.20 % in the legend below it). ``names`` labels the legend
    (member id -> display name; the id where missing).

    Examples
    --------
    >>> svg = timeline_svg([])
    >>> svg.startswith("<svg") and "no entries yet" in svg and "Shares of the pie" in svg
    True
    >>> words = {"no entries yet": "aucune écriture", "Shares of the pie over time": "Parts"}
    >>> svg = timeline_svg([], gettext=lambda s: words.get(s, s))
    >>> "aucune écriture" in svg and "no entries" not in svg
    True
    >>> timeline_svg([], compact=True).split(">")[0]
    '<svg xmlns="http://www.w3.org/2000/svg" width="360" height="300" viewBox="0 0 360 300" font-family="sans-serif" font-size="14"'

    Every entry on one day: dots, or lines carried on to the page's date.

    >>> from fractions import Fraction as F
    >>> from matcher.equity.model import MemberSplit
    >>> one = [Split(dt.date(2024, 2, 5), F(3), (
    ...     MemberSplit("eve", F(1), F(1, 3), Decimal("33.33")),
    ...     MemberSplit("fay", F(2), F(2, 3), Decimal("66.67"))))]
    >>> svg = timeline_svg(one, names={"eve": "Eve"})
    >>> svg.count("<circle"), svg.count("<polyline"), ">Eve 33.33 %<" in svg, ">fay 66.67 %<" in svg
    (2, 0, True, True)
    >>> svg = timeline_svg(one, until=dt.date(2026, 12, 4))
    >>> svg.count("<circle"), svg.count("<polyline"), "2026-12-04" in svg
    (0, 2, True)

    As of a day before the last change: the legend says the shares of that day.

    >>> two = [Split(dt.date(2024, 2, 1), F(1), (MemberSplit("eve", F(1), F(1), Decimal(100)),)),
    ...        *one]
    >>> svg = timeline_svg(two, until=dt.date(2024, 2, 3))
    >>> ">eve 100 %<" in svg, ">fay 0 %<" in svg, 'stroke-dasharray' in svg
    (True, True, True)
    >>> ">eve 33.33 %<" in timeline_svg(two) and 'stroke-dasharray' not in timeline_svg(two)
    True
    """
    _ = gettext  # the texts are msgids: pybabel extract reads them here, outside f-strings
    if title is None:
        title = _("Shares of the pie over time")
    empty, x_axis, y_axis = _("no entries yet"), _("date"), _("share of all slices")
    members = sorted({m.member for s in splits for m in s.members})
    if compact:  # a phone: the legend goes under the plot (and its x axis's label), one
        # line per member
        width, height, left, right, top, bottom, font = 360, 300, 62, 14, 36, 44, 14
        legend_x, legend_y = left, height + 18
        height += 18 + 22 * len(members) if members else 0
    else:  # the legend on the right, as wide as its longest line (never cut off)
        width, height, left, right, top, bottom, font = 760, 360, 56, 150, 36, 44, 12
        longest = max(
            (len(_legend_text(m, names, percent_text, splits, until)) for m in members),
            default=0,
        )
        right = max(right, 14 + 18 + _text_width(longest, font) + 8)
        width = left + 554 + right
        legend_x, legend_y = width - right + 14, top + 10
    plot_w, plot_h = width - left - right, (300 if compact else height) - top - bottom
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}"'
        f' viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="{font}">',
        f"<title>{escape(title)}</title>",
        f'<rect width="{width}" height="{height}" fill="white"/>',
        f'<text x="{left}" y="22" font-size="15" font-weight="bold">{escape(title)}</text>',
    ]
    if not splits:
        parts.append(f'<text x="{left}" y="{top + 40}">{escape(empty)}</text></svg>')
        return "\n".join(parts)
    first, last = splits[0].as_of, splits[-1].as_of
    end = max(last, until) if until is not None else last
    # the page's day, when the ledger changed after it: its legend, and a line marks it
    at = until if until is not None and until < last else None
    span = max((end - first).days, 1)

    def x(day: dt.date) -> float:
        return left + plot_w * (day - first).days / span

    def y(percent: float) -> float:
        return top + plot_h * (1 - percent / 100)

    for tick in range(0, 101, 25):  # y axis and grid
        parts.append(
            f'<line x1="{left}" x2="{left + plot_w}" y1="{y(tick):.1f}" y2="{y(tick):.1f}"'
            f' stroke="#ddd"/><text x="{left - 6}" y="{y(tick) + 4:.1f}" text-anchor="end">'
            f"{escape(percent_text(Decimal(tick)))}</text>"
        )
    parts.append(
        f'<line x1="{left}" x2="{left}" y1="{top}" y2="{top + plot_h}" stroke="#333"/>'
        f'<line x1="{left}" x2="{left + plot_w}" y1="{top + plot_h}" y2="{top + plot_h}"'
        ' stroke="#333"/>'
    )
    days = [first, end] if first != end else [first]
    middle = splits[len(splits) // 2].as_of
    room = _text_width(max(len(date_text(d)) for d in (first, middle, end)), font)
    if not compact and min(x(middle) - x(first), x(end) - x(middle)) > room:
        days.insert(1, middle)  # only where its label does not run into the ends' labels
    for i, day in enumerate(days):
        anchor = "middle"
        if compact:  # two dates at the ends, kept inside the picture
            anchor = "start" if i == 0 else "end"
        parts.append(
            f'<text x="{x(day):.1f}" y="{top + plot_h + 18}" text-anchor="{anchor}">'
            f"{escape(date_text(day))}</text>"
        )
    parts.append(
        f'<text x="{left + plot_w / 2:.0f}" y="{top + plot_h + bottom - 6}"'
        f' text-anchor="middle">{escape(x_axis)}</text>'
        f'<text transform="translate(14 {top + plot_h / 2:.0f}) rotate(-90)"'
        f' text-anchor="middle">{escape(y_axis)}</text>'
    )
    if at is not None and at >= first:  # the day the legend's shares are of
        parts.append(
            f'<line x1="{x(at):.1f}" x2="{x(at):.1f}" y1="{top}" y2="{top + plot_h}"'
            f' stroke="#333" stroke-dasharray="4 3"><title>{escape(date_text(at))}</title></line>'
        )
    for i, member in enumerate(members):
        colour = PALETTE[i % len(PALETTE)]
        points: list[str] = []
        previous: float | None = None
        for s in splits:
            pct = float(next((m.percent for m in s.members if m.member == member), Decimal(0)))
            if previous is not None:
                points.append(f"{x(s.as_of):.1f},{y(previous):.1f}")
            points.append(f"{x(s.as_of):.1f},{y(pct):.1f}")
            previous = pct
        if end > last and previous is not None:  # the share holds until the page's date
            points.append(f"{x(end):.1f},{y(previous):.1f}")
        label = escape((names or {}).get(member, member))
        if len(points) == 1:  # one day and nothing after it: a dot, not an invisible line
            cx, cy = points[0].split(",")
            parts.append(
                f'<circle cx="{cx}" cy="{cy}" r="4" fill="{colour}"><title>{label}</title></circle>'
            )
        else:
            parts.append(
                f'<polyline fill="none" stroke="{colour}" stroke-width="2"'
                f' points="{" ".join(points)}"><title>{label}</title></polyline>'
            )
        ly = legend_y + (22 if compact else 18) * i
        parts.append(
            f'<rect x="{legend_x}" y="{ly - 9}" width="12" height="12" fill="{colour}"/>'
            f'<text x="{legend_x + 18}" y="{ly + 1}">'
            f"{escape(_legend_text(member, names, percent_text, splits, at))}</text>"
        )
    parts.append("</svg>")
    return "\n".join(parts)


#: The timeline's file formats, each with its writer: the API's ``timeline.{format}`` and the
#: CLI's ``--out`` suffix both pick from here.
TIMELINES: Mapping[str, Callable[[list[Split]], str]] = {
    "csv": timeline_csv,
    "json": timeline_json,
    "svg": timeline_svg,
}
