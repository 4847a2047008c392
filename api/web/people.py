"""People and messages pages: my suggestions (where I stand with each person, save or skip),
another member's page as I see them, and the conversations after an accepted introduction.

Every score shown goes through :func:`matcher.matching.match_score` (a suggestion's and a
person's ``fit``): the same pair reads the same on every page.
"""

from __future__ import annotations

from urllib.parse import quote

from starlette.responses import Response

from api.deps import CommunityDep, LoopDep
from api.inputs import whole_number
from api.web.context import FormDep, MemberPageDep, Page, safe_next
from api.web.member import names_of
from api.web.render import FIRST, Shown, page_router, redirect, render
from matcher.community import Community
from matcher.errors import InvalidInput
from matcher.loop import Mark, parse_mark

__all__ = ["router"]

router = page_router()

MAX_SUGGESTIONS = 50


# ------------------------------------------------------------------ suggestions
@router.get("/suggestions")
def suggestions(page: MemberPageDep, community: CommunityDep, loop: LoopDep) -> Response:
    """My ranked suggestions, each with its explanation, where I stand with the person, and a
    way to ask for an introduction (only when nothing is asked or shared yet), save or skip."""
    k = whole_number(
        page.request.query_params.get("k", ""), "k", low=1, high=MAX_SUGGESTIONS, default=10
    )
    found = community.matching.suggest(page.member_id, k=k, actor=page.actor)
    people = {p.id: p for p in community.profiles.store.profiles([s.candidate for s in found])}
    names = names_of(community, [pid for s in found for pid in s.intro_path], page)
    marks = loop.marks(page.member_id, actor=page.actor)
    saved = [p for p, m in marks.items() if m is Mark.SAVED]
    return render(
        page,
        "suggestions.html",
        suggestions=found,
        people=people,
        names=names,
        standings=loop.standings(page.member_id, actor=page.actor),
        marks=marks,
        saved=saved,
        saved_names=names_of(community, saved, page),
        k=k,
        more=min(MAX_SUGGESTIONS, k + 10),
    )


# ------------------------------------------------------------------ a person
@router.get("/people/{person_id}")
def person(person_id: str, page: MemberPageDep, loop: LoopDep, community: CommunityDep) -> Response:
    """Another member as I see them: what they let me see, why we fit, where we stand, the
    people we both trust; ask for an introduction, save or skip. My own id (typed from
    "Your id: ..." on my profile) opens my profile, where I see and change it: the service
    refuses it as another member's page, which would leave me at an error."""
    if person_id == page.member_id:
        return redirect(page.keep_lang("/web/profile"))
    seen = loop.person(page.member_id, person_id, actor=page.actor)
    s = seen.fit.suggestion
    ids = list(seen.shared) + (list(s.intro_path) if s is not None else [])
    return render(
        page,
        "person.html",
        person=seen,
        p=seen.profile,
        s=s,
        names=names_of(community, ids, page),
        threads=_thread_with(community, page, person_id),
    )


def _thread_with(community: Community, page: Page, other: str) -> str:
    """The id of my conversation with ``other``, if there is one ("" otherwise)."""
    for t in community.messages.threads(page.member_id, actor=page.actor):
        if other in t.people:
            return t.id
    return ""


@router.post("/people/{person_id}/mark")
def mark(person_id: str, page: MemberPageDep, form: FormDep, loop: LoopDep) -> Response:
    """Save a person, skip them (they leave my suggestions; they are not told), or take the
    mark off; then back to the page the form was on."""
    choice = form["mark"]
    loop.mark(page.member_id, person_id, parse_mark(choice), actor=page.actor)
    back = safe_next(form["next"], f"/web/people/{quote(person_id)}")
    return redirect(back, f"mark_{choice}", person_id)


# ------------------------------------------------------------------ messages
@router.get("/messages")
def threads(page: MemberPageDep, community: CommunityDep) -> Response:
    """My conversations, latest first, with the unread ones marked."""
    found = community.messages.threads(page.member_id, actor=page.actor)
    ids = [p for t in found for p in t.people]
    return render(page, "messages.html", threads=found, names=names_of(community, ids, page))


def _thread_page(
    page: Page,
    community: Community,
    thread_id: str,
    shown: Shown = FIRST,
) -> Response:
    thread = community.messages.read(thread_id, actor=page.actor)
    names = names_of(community, thread.people, page)
    return render(
        page,
        "thread.html",
        **shown.context(),
        thread=thread,
        names=names,
        others=", ".join(names[p] for p in thread.people if p != page.member_id),
    )


@router.get("/messages/{thread_id}")
def thread(thread_id: str, page: MemberPageDep, community: CommunityDep) -> Response:
    """A conversation (its people only); reading it marks it read."""
    return _thread_page(page, community, thread_id)


@router.post("/messages/{thread_id}")
def post_message(
    thread_id: str, page: MemberPageDep, form: FormDep, community: CommunityDep
) -> Response:
    """Write in the conversation; the others are notified."""
    try:
        community.messages.post(thread_id, form["text"], actor=page.actor)
    except InvalidInput as exc:
        shown = Shown.refused(exc, page.t, ("text",), form.values())
        return _thread_page(page, community, thread_id, shown)
    return redirect(f"/web/messages/{quote(thread_id)}#latest", "message_sent")
