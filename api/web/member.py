"""Member pages: sign-in and sign-up, the profile, suggestions with their explanations,
introductions, collaborations and the avoid list.

Each handler parses its form, calls the same service method as the JSON route, and renders
a template or redirects (303) with a flash message. Errors from the services are shown next
to their field, with what the member typed kept in the form.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from fastapi import APIRouter
from starlette.responses import Response

from api.deps import CommunityDep, TrustDep
from api.web.context import (
    TOKEN_COOKIE,
    Form,
    FormDep,
    MemberPageDep,
    Page,
    PageDep,
    queue_cookie,
    safe_next,
)
from api.web.feedback import error_message, field_errors
from api.web.limits import throttle_message
from api.web.render import WebRoute, redirect, render
from matcher.community import Community
from matcher.errors import CofoundryError, InvalidInput, NotAuthenticated, Throttled
from matcher.profiles import (
    CRITERIA,
    Commitment,
    Preferences,
    Profile,
    Role,
    Stage,
    Strength,
    Visibility,
    merge_profile,
    profile_errors,
    profile_to_dict,
)
from matcher.trust import Verdict

__all__ = ["router"]

router = APIRouter(prefix="/web", route_class=WebRoute, include_in_schema=False)

TEXT_FIELDS = (
    "name",
    "headline",
    "offers",
    "needs",
    "values",
    "commitment",
    "available_from",
    "location",
    "utc_offset",
    "languages",
    "stage",
    "visibility",
    "email",
)
CHOICES = {
    "commitment": [c.value for c in Commitment],
    "stage": [s.value for s in Stage],
    "visibility": [v.value for v in Visibility],
    "roles": [r.value for r in Role],
    "criteria": list(CRITERIA),
    "strengths": [s.value for s in Strength],
    "default_preferences": {c: Preferences().strength(c).value for c in CRITERIA},
}
MAX_SUGGESTIONS = 50


def names_of(community: Community, ids: Iterable[str], page: Page) -> dict[str, str]:
    """Display names of the profiles the viewer may see; hidden ones keep their id."""
    out: dict[str, str] = {}
    for pid in dict.fromkeys(ids):
        try:
            out[pid] = community.profiles.get_profile(pid, actor=page.actor).name
        except CofoundryError:
            out[pid] = pid
    return out


def _profile_values(profile: Profile) -> dict[str, Any]:
    d = profile_to_dict(profile)
    d["languages"] = ", ".join(d["languages"])
    d["industries"] = ", ".join(d["industries"])
    d["available_from"] = d["available_from"] or ""
    d["utc_offset"] = f"{profile.utc_offset:g}"
    return d


def _profile_raw(form: Form, base: Profile | None = None) -> dict[str, Any]:
    raw: dict[str, Any] = {k: form[k] for k in TEXT_FIELDS}
    raw["roles_offered"] = form.getlist("roles_offered")
    raw["roles_sought"] = form.getlist("roles_sought")
    raw["consent"] = form["consent"] == "on"
    if "industries" in form.data:
        raw["industries"] = form["industries"]
    chosen = {c: form[f"pref_{c}"] for c in CRITERIA if f"pref_{c}" in form.data}
    if chosen:  # the criteria the form left out keep their value (the defaults at sign-up)
        kept = base.preferences if base is not None else Preferences()
        raw["preferences"] = {c: kept.strength(c).value for c in CRITERIA} | chosen
    return raw


def _preference_errors(errors: dict[str, str], raw: dict[str, Any]) -> dict[str, str]:
    """An error in ``preferences`` goes next to the criterion whose choice is wrong."""
    if "preferences" in errors and isinstance(raw.get("preferences"), dict):
        valid = {s.value for s in Strength}
        wrong = [c for c, v in raw["preferences"].items() if v not in valid]
        if wrong:
            errors[f"pref_{wrong[0]}"] = errors.pop("preferences")
    return errors


# ------------------------------------------------------------------ entry points
@router.get("")
def home(page: PageDep) -> Response:
    """Signed in: the suggestions; otherwise the sign-in page."""
    return redirect("/web/suggestions" if page.actor else "/web/signin")


@router.get("/signin")
def signin_page(page: PageDep) -> Response:
    """Paste a token (from sign-up or ``cofoundry token create``), or go to sign-up."""
    return render(page, "signin.html", next=safe_next(page.request.query_params.get("next")))


@router.post("/signin")
def signin(page: PageDep, form: FormDep, community: CommunityDep) -> Response:
    """Check the token and keep it in an HttpOnly cookie."""
    token = form["token"]
    nxt = safe_next(form["next"])
    error = ""
    if not token:
        error = page.t.gettext("Paste your token.")
    else:
        try:
            actor = community.security.authenticate(token)
        except NotAuthenticated:
            actor = None
        if actor is None:
            error = page.t.gettext("This token is unknown or was revoked. Check it, or sign up.")
        elif actor.profile_id is None:
            error = page.t.gettext(
                "This token belongs to no profile; sign in with a member's token."
            )
    if error:
        return render(page, "signin.html", status=401, errors={"token": error}, next=nxt)
    queue_cookie(page.request, TOKEN_COOKIE, token)
    return redirect(nxt, "signed_in")


@router.post("/signout")
def signout(page: PageDep, form: FormDep) -> Response:
    """Forget the token cookie."""
    queue_cookie(page.request, TOKEN_COOKIE, None)
    return redirect("/web/signin", "signed_out")


@router.get("/signup")
def signup_page(page: PageDep) -> Response:
    """The sign-up form (a new profile)."""
    values = {"languages": page.lang, "consent": True, "utc_offset": "0"}
    return render(page, "signup.html", values=values, choices=CHOICES)


@router.post("/signup")
def signup(page: PageDep, form: FormDep, community: CommunityDep) -> Response:
    """Create the profile, sign in, and show the token once."""
    raw = _profile_raw(form) | {"id": form["id"].lower()}
    errors = _preference_errors(field_errors(profile_errors(raw), page.t), raw)
    if not errors:
        try:
            profile, token = community.security.sign_up(raw)
        except CofoundryError as exc:
            errors = field_errors(
                [exc], page.t, (*TEXT_FIELDS, "id", "roles_offered", "roles_sought")
            )
        else:
            queue_cookie(page.request, TOKEN_COOKIE, token)
            page.actor = community.security.authenticate(token)
            page.me = profile
            return render(page, "welcome.html", status=201, token=token, profile=profile)
    return render(page, "signup.html", status=422, errors=errors, values=raw, choices=CHOICES)


# ---------------------------------------------------------------------- profile
@router.get("/profile")
def profile_page(page: MemberPageDep) -> Response:
    """Edit my profile."""
    assert page.me is not None
    return render(page, "profile.html", values=_profile_values(page.me), choices=CHOICES)


@router.post("/profile")
def profile_save(page: MemberPageDep, form: FormDep, community: CommunityDep) -> Response:
    """Save my profile (every field of the form)."""
    assert page.me is not None
    changes = _profile_raw(form, page.me)
    merged = profile_to_dict(page.me) | changes
    errors = _preference_errors(field_errors(profile_errors(merged), page.t), changes)
    if not errors:
        try:
            merge_profile(page.me, changes)
            community.profiles.update_profile(page.member_id, changes, actor=page.actor)
        except CofoundryError as exc:
            fields = (*TEXT_FIELDS, "roles_offered", "roles_sought", "industries", "preferences")
            errors = _preference_errors(field_errors([exc], page.t, fields), changes)
        else:
            return redirect("/web/profile", "profile_saved")
    return render(
        page,
        "profile.html",
        status=422,
        errors=errors,
        values=changes,
        choices=CHOICES,
    )


# ------------------------------------------------------------------ suggestions
@router.get("/suggestions")
def suggestions(page: MemberPageDep, community: CommunityDep) -> Response:
    """My ranked suggestions, each with its explanation and a way to ask for an introduction."""
    try:
        k = max(1, min(MAX_SUGGESTIONS, int(page.request.query_params.get("k", "10"))))
    except ValueError:
        k = 10
    found = community.matching.suggest(page.member_id, k=k, actor=page.actor)
    people = {p.id: p for p in community.profiles.store.profiles([s.candidate for s in found])}
    names = names_of(community, [pid for s in found for pid in s.intro_path], page)
    return render(
        page,
        "suggestions.html",
        suggestions=found,
        people=people,
        names=names,
        k=k,
        more=min(MAX_SUGGESTIONS, k + 10),
    )


# ---------------------------------------------------------------- introductions
def intros_page(
    page: Page,
    trust: TrustDep,
    community: Community,
    *,
    status: int = 200,
    errors: dict[str, str] | None = None,
    values: dict[str, str] | None = None,
) -> Response:
    """The introductions page; ``errors`` and ``values`` of one introduction's forms are keyed
    ``<field>:<introduction id>``."""
    views = trust.introductions(page.member_id, actor=page.actor)
    views.sort(key=lambda v: v.created_at, reverse=True)
    ids = [pid for v in views for pid in (v.requester, v.target, v.connector) if pid]
    mine = page.community.feedback.mine(page.member_id, actor=page.actor)
    said = {f.context: f.verdict.value for f in mine}
    return render(
        page,
        "introductions.html",
        status=status,
        intros=views,
        names=names_of(community, ids, page),
        said=said,
        verdicts=[v.value for v in Verdict],
        errors=errors or {},
        values=values or {},
    )


@router.get("/introductions")
def introductions(page: MemberPageDep, trust: TrustDep, community: CommunityDep) -> Response:
    """Requests I made, received, or was asked to connect; answer the pending ones; after an
    accepted one, say how it went and start a venture together."""
    return intros_page(page, trust, community)


def _intro_form(
    page: Page,
    trust: TrustDep,
    community: Community,
    target: str,
    *,
    status: int = 200,
    errors: dict[str, str] | None = None,
    values: dict[str, str] | None = None,
) -> Response:
    other = community.profiles.get_profile(target, actor=page.actor)
    paths = trust.intro_paths(page.member_id, target, k=3, actor=page.actor)
    names = names_of(community, [n for p in paths for n in p.nodes], page)
    connectors = list(dict.fromkeys(p.connectors[0] for p in paths if p.connectors))
    return render(
        page,
        "introduce.html",
        status=status,
        other=other,
        paths=paths,
        names=names,
        connectors=connectors,
        errors=errors or {},
        values=values or {"connector": connectors[0] if connectors else ""},
    )


@router.get("/introductions/new")
def introduction_new(page: MemberPageDep, trust: TrustDep, community: CommunityDep) -> Response:
    """Ask to meet someone: my warm paths to them, the connector to ask, a message."""
    target = page.request.query_params.get("target", "")
    return _intro_form(page, trust, community, target)


@router.post("/introductions")
def introduction_request(
    page: MemberPageDep, form: FormDep, trust: TrustDep, community: CommunityDep
) -> Response:
    """Send the request (double opt-in: the target and the connector both accept)."""
    target = form["target"]
    try:
        trust.request_introduction(
            page.member_id,
            target,
            connector=form["connector"] or None,
            message=form["message"],
            actor=page.actor,
        )
    except Throttled as exc:  # a fair-invitation limit: when to try again, in my language
        name = names_of(community, [target], page)[target]
        errors = {"": throttle_message(exc, trust.clock(), page.t, name)}
        response = _intro_form(
            page, trust, community, target, status=429, errors=errors, values=form.values()
        )
        response.headers["Retry-After"] = str(exc.retry_after)
        return response
    except CofoundryError as exc:
        errors = field_errors([exc], page.t, ("connector", "message"))
        return _intro_form(
            page, trust, community, target, status=422, errors=errors, values=form.values()
        )
    return redirect("/web/introductions", "intro_sent")


@router.post("/introductions/{intro_id}/answer")
def introduction_answer(
    intro_id: str, page: MemberPageDep, form: FormDep, trust: TrustDep
) -> Response:
    """Accept or decline a request made to me, or that I was asked to connect."""
    accept = form["accept"] == "yes"
    trust.answer_introduction(intro_id, accept, actor=page.actor)
    return redirect("/web/introductions", "intro_accepted" if accept else "intro_declined")


# ---------------------------------------------------------------- avoid list
def _avoid_page(
    page: Page,
    community: Community,
    *,
    status: int = 200,
    errors: dict[str, str] | None = None,
    other: str = "",
) -> Response:
    avoid = community.trust.avoid_list(page.member_id, actor=page.actor)
    return render(
        page,
        "avoid.html",
        status=status,
        avoid=avoid,
        names=names_of(community, avoid, page),
        errors=errors or {},
        values={"other": other},
    )


@router.get("/avoid")
def avoid_page(page: MemberPageDep, community: CommunityDep) -> Response:
    """My private avoid list (nobody else ever sees it)."""
    return _avoid_page(page, community)


@router.post("/avoid")
def avoid_add(page: MemberPageDep, form: FormDep, community: CommunityDep) -> Response:
    """Add someone by profile id."""
    other = form["other"]
    try:
        if not other:
            raise InvalidInput("id is required", field="other", hint="type a profile id")
        community.trust.avoid(page.member_id, other, actor=page.actor)
    except CofoundryError as exc:
        errors = {"other": error_message(exc, page.t)}
        return _avoid_page(page, community, status=422, errors=errors, other=other)
    return redirect("/web/avoid", "avoid_added", other)


@router.post("/avoid/{other_id}/remove")
def avoid_remove(
    other_id: str, page: MemberPageDep, form: FormDep, community: CommunityDep
) -> Response:
    """Take someone off the list."""
    community.trust.unavoid(page.member_id, other_id, actor=page.actor)
    return redirect("/web/avoid", "avoid_removed", other_id)


# ------------------------------------------------------------- collaborations
def _collab_page(
    page: Page,
    trust: TrustDep,
    community: Community,
    *,
    status: int = 200,
    errors: dict[str, str] | None = None,
    values: dict[str, str] | None = None,
) -> Response:
    collabs = trust.collaborations(page.member_id, actor=page.actor)
    names = names_of(community, [p for c in collabs for p in (c.proposer, c.partner)], page)
    return render(
        page,
        "collaborations.html",
        status=status,
        collabs=collabs,
        names=names,
        errors=errors or {},
        values=values or {},
        ratings=range(2, -3, -1),
    )


@router.get("/collaborations")
def collaborations(page: MemberPageDep, trust: TrustDep, community: CommunityDep) -> Response:
    """My collaborations (my own ratings and notes only), and a form to propose one."""
    return _collab_page(page, trust, community)


def _date(value: str, field: str, *, required: bool) -> dt.date | None:
    if not value:
        if required:
            raise InvalidInput(f"{field} is required", field=field, hint="write it YYYY-MM-DD")
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InvalidInput(
            f"{field} must be a date", field=field, value=value, hint="write it YYYY-MM-DD"
        ) from None


def _rating(value: str) -> int | None:
    if value == "":
        return None
    if value not in {"-2", "-1", "0", "1", "2"}:
        raise InvalidInput(
            "rating must be -2, -1, 0, 1 or 2", field="rating", value=value, hint="pick one"
        )
    return int(value)


@router.post("/collaborations")
def collaboration_propose(
    page: MemberPageDep, form: FormDep, trust: TrustDep, community: CommunityDep
) -> Response:
    """Propose a collaboration; it counts once the partner confirms it."""
    try:
        for name in ("partner", "project"):
            if not form[name]:
                raise InvalidInput(f"{name} is required", field=name, hint=f"give the {name}")
        started = _date(form["started"], "started", required=True)
        assert started is not None
        trust.propose_collaboration(
            page.member_id,
            form["partner"],
            form["project"],
            started,
            _date(form["ended"], "ended", required=False),
            rating=_rating(form["rating"]),
            note=form["note"],
            actor=page.actor,
        )
    except CofoundryError as exc:
        fields = ("partner", "project", "started", "ended", "rating", "note")
        errors = field_errors([exc], page.t, fields)
        return _collab_page(page, trust, community, status=422, errors=errors, values=form.values())
    return redirect("/web/collaborations", "collab_proposed")


@router.post("/collaborations/{collab_id}/answer")
def collaboration_answer(
    collab_id: str, page: MemberPageDep, form: FormDep, trust: TrustDep
) -> Response:
    """Confirm or decline a collaboration proposed with me."""
    confirm = form["confirm"] == "yes"
    trust.answer_collaboration(collab_id, confirm, actor=page.actor)
    return redirect("/web/collaborations", "collab_confirmed" if confirm else "collab_declined")


@router.post("/collaborations/{collab_id}/rating")
def collaboration_rate(
    collab_id: str, page: MemberPageDep, form: FormDep, trust: TrustDep, community: CommunityDep
) -> Response:
    """Rate a confirmed collaboration, with an optional private note."""
    try:
        rating = _rating(form["rating"])
        if rating is None:
            raise InvalidInput("rating is required", field="rating", hint="pick one")
        trust.rate_collaboration(collab_id, rating, form["note"], actor=page.actor)
    except CofoundryError as exc:
        errors = {f"rating:{collab_id}": error_message(exc, page.t)}
        return _collab_page(page, trust, community, status=422, errors=errors)
    return redirect("/web/collaborations", "collab_rated")
