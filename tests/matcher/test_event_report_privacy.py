"""A small event's report told private verdicts: three people answered, and "Not a fit: 1"
told the organiser, who knows who met whom, that one of them said so about their partner.
Verdict counts under :data:`~matcher.events.REPORT_LEAST` are reported as "fewer than"
that, and none when fewer people than that answered at all; a count that the total would
give away by subtraction is held back too."""

from __future__ import annotations

import pytest

from api.schemas_events import ReportPublic
from matcher.access import Actor
from matcher.community import Community
from matcher.events import REPORT_LEAST, report_html, report_rows, verdict_counts
from tests.events_day import ORG, Clock


@pytest.mark.parametrize(
    ("again", "not_a_fit", "met_before", "people", "shown"),
    [
        (2, 1, 0, 3, (None, None, None)),  # three people answered: nothing broken down
        (0, 0, 0, 0, (0, 0, 0)),  # nobody answered: nothing to hide
        (9, 1, 0, 10, (9, None, None)),  # one "not a fit" among ten answers
        (9, 0, 0, 9, (9, None, None)),  # none is told as "fewer than", not 0: the same words
        (6, 6, 0, 12, (6, 6, None)),
        (6, 5, 2, 13, (6, None, None)),  # 13 - 6 - 5 would tell the 2 "met before"
        (5, 7, 1, 13, (None, 7, None)),  # ... the smaller of the two is held back
        (12, 6, 0, 18, (12, 6, 6)),
    ],
)
def test_verdict_counts_under_the_least_are_held_back(
    again: int,
    not_a_fit: int,
    met_before: int,
    people: int,
    shown: tuple[int | None, int | None, int | None],
) -> None:
    assert REPORT_LEAST == 5
    pairs = again // 2
    assert verdict_counts(again, not_a_fit, met_before, pairs, people) == shown


def test_a_small_events_report_tells_no_private_verdict(day: Community, day_clock: Clock) -> None:
    ev = day.events
    plan = ev.plan_rounds("night", rounds=3, actor=ORG)
    day_clock.paris(21, 0)
    a, b = sorted(plan.rounds[0].groups[0].members)
    for x, y in ((a, b), (b, a)):
        day.feedback.give(x, y, "again", "event:night", actor=Actor(x))
    c, d = sorted(plan.rounds[0].groups[1].members)
    day.feedback.give(c, d, "not-a-fit", "event:night", actor=Actor(c))
    report = day.loop.event_report("night", actor=ORG)
    assert (report.feedback_given, report.feedback_people) == (3, 3)
    assert (report.again, report.not_a_fit, report.continuing_pairs) == (None, None, None)
    rows = {key: value for key, _, value in report_rows(report)}
    assert rows["not_a_fit"] == rows["again"] == "fewer than 5"
    assert "fewer than 5" in report_html(report)
    public = ReportPublic.of(report).model_dump()
    assert public["not_a_fit"] is None and public["least"] == 5
