"""Member pages: sign-in and sign-up, the profile (created once signed up), suggestions with
their explanations, introductions, collaborations and the avoid list. One-time links,
password reset, the account page, signing out and the inbox: :mod:`api.web.account`.

Each handler parses its form, calls the same service method as the JSON route, and renders
a template or redirects (303) with a flash message. Errors from the services are shown next
to their field, with what the member typed kept in the form.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from functools import partial
from typing import Any
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from babel.dates import get_timezone_location
from starlette.responses import Response

from api.deps import CommunityDep, EventsDep, TrustDep, client_address
from api.web.context import (
    Form,
    FormDep,
    MemberPageDep,
    Page,
    PageDep,
    SignedInPageDep,
    new_session,
    safe_next,
    session_label,
)
from api.web.events_attendee import today_path
from api.web.feedback import choice_message, error_message, field_errors
from api.web.i18n import N_, Translator
from api.web.labels import label
from api.web.limits import throttle_message, wait_words
from api.web.once import created_once, new_key
from api.web.render import FIRST, Shown, flash_of, page_router, redirect, render
from matcher.accounts import sign_up_errors
from matcher.community import Community
from matcher.errors import (
    CofoundryError,
    Conflict,
    InvalidInput,
    NotAuthenticated,
    Throttled,
    UnknownCollaboration,
)
from matcher.profiles import (
    CRITERIA,
    ZONES,
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
from matcher.profiles import zone_offset as offset_at
from matcher.trust import Verdict

__all__ = ["router"]

router = page_router()

#: The page of an event invitation's personal link: after signing up there, the new account
#: goes back to it to keep the profile the organiser made (not to make another).
KEEPS_A_PROFILE = re.compile(r"/web/events/[^/?#]+/invited/[^/?#]+\Z")

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

#: The profile form's steps, in order, and the fields each one saves.
STEPS: dict[str, tuple[str, ...]] = {
    "about": ("name", "headline", "email"),
    "offers": ("offers", "needs", "values"),
    "roles": ("roles_offered", "roles_sought"),
    "practical": (
        "languages",
        "commitment",
        "stage",
        "available_from",
        "location",
        "utc_offset",
        "timezone",
    ),
    "preferences": ("industries", "preferences", "visibility", "consent"),
}
#: The languages offered by name (ISO 639-1 codes; a profile's other codes are kept and shown).
LANGUAGES = (
    "fr", "en", "es", "de", "it", "pt", "nl", "ar", "wo", "sw", "ln", "ro", "pl", "ru",
    "uk", "tr", "el", "he", "fa", "hi", "bn", "zh", "ja", "ko", "vi", "id", "sv", "da",
)  # fmt: skip


def zone_offset(zone: str, at: dt.datetime | None = None) -> float:
    """A time zone's offset from UTC in hours, at ``at`` (now by default).

    Examples
    --------
    >>> zone_offset("Asia/Kolkata", dt.datetime(2026, 1, 15, tzinfo=dt.UTC))
    5.5
    """
    return offset_at(zone, at or dt.datetime.now(dt.UTC))


def zone_options(page: Page) -> list[tuple[str, str]]:
    """(zone, "City (UTC+1)") for the time-zone list, by offset then city, in the page's
    language."""
    out = []
    for zone in ZONES:
        offset = zone_offset(zone)
        city = get_timezone_location(ZoneInfo(zone), locale=page.t.locale, return_city=True)
        hours = f"{offset:+g}".replace("+0", "±0") if offset else "±0"
        out.append((offset, str(city), zone, f"{city} (UTC{hours})"))
    out.sort()
    return [(zone, text) for _, _, zone, text in out]


def zone_of(offset: float, location: str = "") -> str:
    """The listed city whose offset today is ``offset``: the one named in ``location`` if
    any, else the first ("" if none).

    Examples
    --------
    >>> at = zone_offset("Europe/Paris")
    >>> zone_of(at, "Paris, France"), zone_of(at, "Lyon") == zone_of(at)
    ('Europe/Paris', True)
    """
    same = [z for z in ZONES if zone_offset(z) == offset]
    named = [z for z in same if z.rsplit("/", 1)[-1].replace("_", " ").lower() in location.lower()]
    return (named or same or [""])[0]


def language_options(page: Page, extra: Iterable[str] = ()) -> list[tuple[str, str]]:
    """(code, name) of the languages to choose from, by name in the page's language."""
    codes = dict.fromkeys([*LANGUAGES, *extra])
    return sorted(((c, page.t.language(c)) for c in codes), key=lambda item: item[1].casefold())


def seen_profiles(community: Community, ids: Iterable[str], page: Page) -> dict[str, Profile]:
    """The profiles among ``ids`` the viewer may see, by id (hidden ones are left out)."""
    return community.profiles.seen(ids, actor=page.actor)


def names_of(community: Community, ids: Iterable[str], page: Page) -> dict[str, str]:
    """Display names of the profiles the viewer may see; hidden ones keep their id."""
    return community.profiles.names(ids, actor=page.actor)


def _profile_values(profile: Profile) -> dict[str, Any]:
    d = profile_to_dict(profile)
    d["languages"] = list(d["languages"])
    d["industries"] = ", ".join(d["industries"])
    d["available_from"] = d["available_from"] or ""
    d["utc_offset"] = f"{profile.utc_offset:g}"
    d["timezone"] = profile.timezone or zone_of(profile.utc_offset, profile.location)
    return d


def _profile_raw(form: Form, base: Profile | None = None) -> dict[str, Any]:
    raw: dict[str, Any] = {k: form[k] for k in TEXT_FIELDS if k != "languages"}
    # languages chosen by name (checkboxes: one code each; a typed list is split)
    raw["languages"] = [c.strip() for v in form.getlist("languages") for c in re.split(r"[,;]", v)]
    raw["languages"] = [c for c in raw["languages"] if c]
    zone = form["timezone"]
    if zone in ZONES:  # chosen by city: the zone is kept, its offset follows summer time
        raw["timezone"] = zone
        raw["utc_offset"] = zone_offset(zone)
    elif zone:
        raw["timezone"] = zone  # refused by the profile's check, shown next to the list
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


def _preference_errors(
    errors: dict[str, str], raw: dict[str, Any], t: Translator
) -> dict[str, str]:
    """An error in ``preferences`` goes next to the criterion whose choice is wrong, told by
    :func:`~api.web.feedback.choice_message` like any value outside its list."""
    if "preferences" in errors and isinstance(raw.get("preferences"), dict):
        valid = {s.value for s in Strength}
        wrong = [(c, v) for c, v in raw["preferences"].items() if v not in valid]
        if wrong:
            criterion, value = wrong[0]
            del errors["preferences"]
            errors[f"pref_{criterion}"] = choice_message(
                t, label(t, "criterion", criterion), value, "strength"
            )
    return errors


# ------------------------------------------------------------------ entry points
@router.get("")
def home(page: PageDep, events: EventsDep) -> Response:
    """Signed in: on the day of an event, that event (:func:`api.web.events_attendee.today_path`),
    else the suggestions (an account with no profile yet: its creation); signed out, the
    landing page (what the product is, in a minute: who it is for, what happens, privacy)."""
    if page.actor is None:
        return render(page, "landing.html")
    if page.me is None:
        return redirect("/web/profile/new" if page.actor.profile_id else "/web/signin")
    done, value, detail, extra = flash_of(page)  # the message of the form that led here goes along
    target = today_path(page, events) or "/web/suggestions"
    return redirect(target, done or None, value, detail, extra)


def signin_values(page: Page) -> dict[str, str]:
    """What the sign-in page shows, from the query (``?email=`` after sign-up, say)."""
    return {"email": page.request.query_params.get("email", "")[:254]}


@router.get("/signin")
def signin_page(page: PageDep) -> Response:
    """E-mail and password; or a one-time link; or an API token (scripts, organisers)."""
    nxt = safe_next(page.request.query_params.get("next"), "/web")
    return render(page, "signin.html", next=nxt, values=signin_values(page))


def _signin_error(
    page: Page, field: str, error: str, nxt: str, status: int, email: str
) -> Response:
    return render(
        page, "signin.html", status=status, errors={field: error}, next=nxt, values={"email": email}
    )


@router.post("/signin")
def signin(page: PageDep, form: FormDep, community: CommunityDep) -> Response:
    """Check the password (or the pasted token) and start a new session in this browser."""
    nxt = safe_next(form["next"], "/web")
    if "token" in form.data:  # the API token form
        return _token_signin(page, form["token"], nxt, community)
    email = form["email"]
    try:
        _, secret = community.accounts.sign_in(
            email,
            form.raw("password"),
            client=client_address(page.request),
            label=session_label(page.request),
        )
    except Throttled as exc:
        response = _signin_error(
            page,
            "password",
            page.t.gettext(
                "Too many attempts. Try again %(wait)s, or sign in with a link sent by e-mail.",
                wait=wait_words(exc.retry_after, page.t),
            ),
            nxt,
            429,
            email,
        )
        response.headers["Retry-After"] = str(exc.retry_after)
        return response
    except NotAuthenticated:
        return _signin_error(
            page,
            "password",
            page.t.gettext(
                "This e-mail address and password do not match. Check both, or sign in with a link sent by e-mail."
            ),
            nxt,
            401,
            email,
        )
    new_session(page, secret)
    return redirect(nxt, "signed_in")


def _token_signin(page: Page, token: str, nxt: str, community: Community) -> Response:
    """An API token pasted in the form: counted like a bad bearer token when refused."""
    error = ""
    client = client_address(page.request)
    actor = None
    if not token:
        error = page.t.gettext("Paste your token.")
    else:
        try:
            actor = community.security.authenticate(token)
        except NotAuthenticated:  # counted like a bad bearer token; a good one always passes
            try:
                community.security.check_throttle("auth_failure", client)
                community.security.throttle("auth_failure", client)
            except Throttled as exc:
                error = page.t.gettext(
                    "Too many refused tokens from your address. Try again %(wait)s.",
                    wait=wait_words(exc.retry_after, page.t),
                )
                return _signin_error(page, "token", error, nxt, 429, "")
            actor = None
        if actor is None:
            error = page.t.gettext("This token is unknown or was revoked. Check it, or sign up.")
        elif actor.profile_id is None:
            error = page.t.gettext(
                "This token belongs to no profile; sign in with a member's token."
            )
    if error or actor is None or actor.profile_id is None:
        return _signin_error(page, "token", error, nxt, 401, "")
    new_session(
        page, community.accounts.start_session(actor.profile_id, label=session_label(page.request))
    )
    return redirect(nxt, "signed_in")


def _form_choices(page: Page, values: Mapping[str, Any]) -> dict[str, Any]:
    """The choices of the profile form: :data:`CHOICES`, languages by name, cities."""
    chosen = values.get("languages") or []
    return CHOICES | {
        "languages": language_options(page, chosen if isinstance(chosen, list) else []),
        "zones": zone_options(page),
    }


def _shown(values: dict[str, Any], form: Form | None, errors: dict[str, str]) -> dict[str, Any]:
    """The values to show again after an error; the time zone's error next to the city list."""
    if form is not None:
        values = values | {"timezone": form["timezone"]}
    if "utc_offset" in errors:
        errors["timezone"] = errors.pop("utc_offset")
    return values


def _signup_page(
    page: Page,
    community: Community,
    shown: Shown = FIRST,
    *,
    nxt: str = "",
    invitation: str = "",
) -> Response:
    inviter = ""
    if invitation:
        found = community.accounts.invitation(invitation)
        account = community.accounts.store.get(found.created_by)
        inviter = account.name if account else found.created_by
    return render(
        page,
        "signup.html",
        **shown.context(),
        next=nxt,
        invitation=invitation,
        inviter=inviter,
        invite_only=community.accounts.settings.invite_only,
    )


@router.get("/signup")
def signup_page(page: PageDep, community: CommunityDep) -> Response:
    """Sign up: a name, an e-mail address and a password; ``next`` is where to go on once
    the profile is made (an invitation opened before having an account)."""
    nxt = safe_next(page.request.query_params.get("next"), "")
    return _signup_page(page, community, nxt=nxt)


@router.get("/join/{code}")
def join_page(code: str, page: PageDep, community: CommunityDep) -> Response:
    """A member's invitation link: the sign-up form, saying who invited (an unknown,
    expired, used-up or revoked link says so)."""
    return _signup_page(page, community, invitation=code[:100])


@router.post("/signup")
def signup(page: PageDep, form: FormDep, community: CommunityDep) -> Response:
    """Create the account (its address unconfirmed until the e-mailed link is opened), sign
    in to it, and go on to the profile (carrying ``next``). A taken address gets the same
    answer: the owner is e-mailed instead (:meth:`~matcher.accounts.AccountService.sign_up`)."""
    values = {"name": form["name"], "email": form["email"]}
    nxt = safe_next(form["next"], "")
    invitation = form["invitation"][:100]
    errors: dict[str, str] = {}
    status = 422
    fields = ("name", "email", "password", "invitation")
    problems = sign_up_errors(form["name"], form["email"], form.raw("password"))
    if problems:  # every field's at once, each beside its field
        errors = field_errors(problems, page.t, fields)
    else:
        try:
            account = community.accounts.sign_up(
                form["name"],
                form["email"],
                form.raw("password"),
                lang=page.lang,
                client=client_address(page.request),
                invitation=invitation or None,
            )
            # this new account's session (its address unconfirmed: the banner says so);
            # never a sign-in by address, which would find the address's confirmed owner
            secret = community.accounts.start_session(account.id, label=session_label(page.request))
        except Throttled as exc:
            status = 429
            errors = {
                "": page.t.gettext(
                    "Too many sign-ups from your address. Try again %(wait)s.",
                    wait=wait_words(exc.retry_after, page.t),
                )
            }
        except CofoundryError as exc:
            status = 409 if isinstance(exc, Conflict) else 422
            errors = field_errors([exc], page.t, fields)
        else:
            new_session(page, secret)
            if KEEPS_A_PROFILE.match(nxt):  # an organiser made their profile: keep it
                return redirect(nxt)
            return redirect(
                f"/web/profile/new?{urlencode({'next': nxt})}" if nxt else "/web/profile/new"
            )
    if "invitation" in errors:  # no longer open (or none, where one is needed): say so
        errors[""] = errors.pop("invitation")
        invitation = ""
    return _signup_page(
        page, community, Shown(status, errors, values), nxt=nxt, invitation=invitation
    )


@router.get("/profile/new")
def profile_new_page(page: SignedInPageDep) -> Response:
    """Create my profile (once signed up): what I bring, what I look for."""
    if page.me is not None:
        return redirect("/web/profile")
    zone = "Europe/Paris" if page.lang == "fr" else "Europe/London"
    values = {"languages": [page.lang], "consent": True, "timezone": zone, "name": _my_name(page)}
    nxt = safe_next(page.request.query_params.get("next"), "")
    return _profile_new_form(page, nxt, Shown(values=values))


def _profile_new_form(page: Page, nxt: str, shown: Shown) -> Response:
    """The form that creates my profile; ``nxt``: where to go on once it is made."""
    return render(
        page,
        "profile_new.html",
        **shown.context(),
        choices=_form_choices(page, shown.values),
        next=nxt,
    )


def _my_name(page: Page) -> str:
    assert page.actor is not None and page.actor.profile_id is not None
    account = page.community.accounts.store.get(page.actor.profile_id)
    return account.name if account else ""


@router.post("/profile/new")
def profile_create(page: SignedInPageDep, form: FormDep, community: CommunityDep) -> Response:
    """Create the profile under my account's id, then show my first suggestions."""
    if page.me is not None:
        return redirect("/web/profile")
    assert page.actor is not None and page.actor.profile_id is not None
    raw = _profile_raw(form) | {"id": page.actor.profile_id}
    nxt = safe_next(form["next"], "")
    errors = _preference_errors(field_errors(profile_errors(raw), page.t), raw, page.t)
    if not errors:
        try:
            profile, _ = community.accounts.write_profile(
                page.actor.profile_id, raw, actor=page.actor
            )
        except CofoundryError as exc:
            errors = field_errors([exc], page.t, (*TEXT_FIELDS, "roles_offered", "roles_sought"))
        else:
            page.me = profile
            return render(page, "welcome.html", status=201, profile=profile, next=nxt)
    return _profile_new_form(page, nxt, Shown(422, errors, _shown(raw, form, errors)))


# ---------------------------------------------------------------------- profile
#: Each step's title (the step list and the page's heading).
STEP_TITLES = {
    "about": N_("About you"),
    "offers": N_("What you bring and what you look for"),
    "roles": N_("Roles"),
    "practical": N_("Practical details"),
    "preferences": N_("What matters, and privacy"),
}


def _step(name: str) -> str:
    return name if name in STEPS else "about"


def _profile_form(page: Page, step: str, shown: Shown) -> Response:
    names = list(STEPS)
    at = names.index(step)
    return render(
        page,
        "profile.html",
        **shown.context(),
        step=step,
        steps=[(n, page.t.message(STEP_TITLES[n])) for n in names],
        number=at + 1,
        next_step=names[at + 1] if at + 1 < len(names) else "",
        choices=_form_choices(page, shown.values),
    )


@router.get("/profile")
def profile_page(page: MemberPageDep) -> Response:
    """My profile, one step at a time (``?step=about`` ... ``preferences``)."""
    assert page.me is not None
    step = _step(page.request.query_params.get("step", "about"))
    return _profile_form(page, step, Shown(values=_profile_values(page.me)))


@router.post("/profile")
def profile_save(page: MemberPageDep, form: FormDep, community: CommunityDep) -> Response:
    """Save one step of my profile (its fields only), then go to the next step; after the
    last, to the preview of my first suggestions."""
    assert page.me is not None
    step = _step(form["step"])
    every = _profile_raw(form, page.me)
    changes = {k: v for k, v in every.items() if k in STEPS[step]}
    merged = profile_to_dict(page.me) | changes
    errors = _preference_errors(field_errors(profile_errors(merged), page.t), changes, page.t)
    if not errors:
        try:
            merge_profile(page.me, changes)
            community.profiles.update_profile(page.member_id, changes, actor=page.actor)
        except CofoundryError as exc:
            fields = (
                *TEXT_FIELDS,
                "timezone",
                "roles_offered",
                "roles_sought",
                "industries",
                "preferences",
            )
            errors = _preference_errors(field_errors([exc], page.t, fields), changes, page.t)
        else:
            names = list(STEPS)
            at = names.index(step)
            if form["go"] == "preview" or at + 1 == len(names):
                return redirect("/web/profile/preview", "profile_saved")
            return redirect(f"/web/profile?step={names[at + 1]}", "profile_saved")
    values = _shown(_profile_values(page.me) | changes, form, errors)
    return _profile_form(page, step, Shown(422, errors, values))


@router.get("/profile/preview")
def profile_preview(page: MemberPageDep, community: CommunityDep) -> Response:
    """My profile is saved: the first people it brings, at once."""
    found = community.matching.suggest(page.member_id, k=3, actor=page.actor, explain=False)
    people = {p.id: p for p in community.profiles.store.profiles([s.candidate for s in found])}
    return render(page, "preview.html", suggestions=found, people=people)


# suggestions: api/web/people.py


# ---------------------------------------------------------------- introductions
def intros_page(
    page: Page, trust: TrustDep, community: Community, shown: Shown = FIRST
) -> Response:
    """The introductions page; ``errors`` and ``values`` of one introduction's forms are keyed
    ``<field>:<introduction id>``."""
    views = trust.introductions(page.member_id, actor=page.actor)
    views.sort(key=lambda v: v.created_at, reverse=True)
    ids = [pid for v in views for pid in (v.requester, v.target, v.connector) if pid]
    mine = page.community.feedback.mine(page.member_id, actor=page.actor)
    said = {f.context: f.verdict.value for f in mine}
    people = seen_profiles(community, ids, page)
    return render(
        page,
        "introductions.html",
        **shown.context(),
        intros=views,
        once={v.id: new_key() for v in views},  # one key per form: each is its own request
        people=people,
        names={pid: people[pid].name if pid in people else pid for pid in ids},
        said=said,
        verdicts=[v.value for v in Verdict],
    )


@router.get("/introductions")
def introductions(page: MemberPageDep, trust: TrustDep, community: CommunityDep) -> Response:
    """Requests I made, received, or was asked to connect; answer the pending ones; after an
    accepted one, say how it went and start a venture together."""
    return intros_page(page, trust, community)


def _intro_form(
    page: Page, trust: TrustDep, community: Community, target: str, shown: Shown = FIRST
) -> Response:
    other = community.profiles.get_profile(target, actor=page.actor)
    paths = trust.intro_paths(page.member_id, target, k=3, actor=page.actor)
    names = names_of(community, [n for p in paths for n in p.nodes], page)
    connectors = list(dict.fromkeys(p.connectors[0] for p in paths if p.connectors))
    return render(
        page,
        "introduce.html",
        **shown.context({"connector": connectors[0] if connectors else ""}),
        once=new_key(),
        other=other,
        paths=paths,
        names=names,
        connectors=connectors,
    )


@router.get("/introductions/new")
def introduction_new(page: MemberPageDep, trust: TrustDep, community: CommunityDep) -> Response:
    """Ask to meet someone: my warm paths to them, the connector to ask, a message. Without
    someone named (the address typed as is), my suggestions, where one picks whom to meet."""
    target = page.request.query_params.get("target", "").strip()
    if not target:
        return redirect("/web/suggestions")
    if target == page.member_id:  # my own id: my profile, not a form to meet myself
        return redirect(page.keep_lang("/web/profile"))
    return _intro_form(page, trust, community, target)


@router.post("/introductions")
def introduction_request(
    page: MemberPageDep, form: FormDep, trust: TrustDep, community: CommunityDep
) -> Response:
    """Send the request (double opt-in: the target and the connector both accept). The form
    sent twice sends it once (:func:`api.web.once.created_once`)."""
    send = partial(_introduction_request, page, form, trust, community)
    return created_once(page.request, page.member_id, form, send)


def _introduction_request(
    page: Page, form: Form, trust: TrustDep, community: Community
) -> Response:
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
        response = _intro_form(page, trust, community, target, Shown(429, errors, form.values()))
        response.headers["Retry-After"] = str(exc.retry_after)
        return response
    except CofoundryError as exc:
        shown = Shown.refused(exc, page.t, ("connector", "message"), form.values())
        return _intro_form(page, trust, community, target, shown)
    return redirect("/web/introductions", "intro_sent", names_of(community, [target], page)[target])


def _yes_no(value: str, field: str) -> bool:
    """A form's answer: "yes" or "no", nothing else (a missing or tampered answer must not
    decline in the member's name)."""
    if value not in ("yes", "no"):
        raise InvalidInput(
            f"{field} must be yes or no", field=field, value=value, hint="answer yes or no"
        )
    return value == "yes"


#: What a request's card says when it is no longer pending (answered, expired, ended,
#: withdrawn): the page then shows where it stands.
_NO_LONGER_PENDING = {
    "Conflict.status": N_(
        "This request is no longer pending: it was answered, it expired or ended, or the person who asked withdrew it. It shows here as it stands now."
    )
}


def _no_longer_pending(
    page: Page, trust: TrustDep, community: Community, intro_id: str, exc: Conflict
) -> Response:
    """The introductions page again (409), the refusal on the request's card."""
    said = error_message(exc, page.t, _NO_LONGER_PENDING)
    return intros_page(page, trust, community, Shown(409, {f"intro:{intro_id}": said}))


@router.post("/introductions/{intro_id}/answer")
def introduction_answer(
    intro_id: str, page: MemberPageDep, form: FormDep, trust: TrustDep, community: CommunityDep
) -> Response:
    """Accept or decline a request made to me, or that I was asked to connect; one no longer
    pending (withdrawn meanwhile, say) is refused on its card."""
    accept = _yes_no(form["accept"], "accept")
    try:
        view = trust.answer_introduction(intro_id, accept, actor=page.actor)
    except Conflict as exc:
        return _no_longer_pending(page, trust, community, intro_id, exc)
    if not accept:
        return redirect("/web/introductions", "intro_declined")
    # the person asked, once everyone accepted, is shown the address to write to
    connected = view.status.value == "accepted" and view.my_role == "target"
    return redirect("/web/introductions", "intro_connected" if connected else "intro_accepted")


@router.post("/introductions/{intro_id}/withdraw")
def introduction_withdraw(
    intro_id: str, page: MemberPageDep, form: FormDep, trust: TrustDep, community: CommunityDep
) -> Response:
    """Withdraw a request I made, while it is pending (whoever was asked is told). Sent
    twice (a double click), the second lands where the first did; a request no longer
    pending is refused on its card."""
    try:
        view = trust.withdraw_introduction(intro_id, actor=page.actor)
    except Conflict as exc:
        view = trust.get_introduction(intro_id, actor=page.actor)
        if view.status.value != "withdrawn":
            return _no_longer_pending(page, trust, community, intro_id, exc)
    name = names_of(community, [view.target], page)[view.target]
    return redirect("/web/introductions", "intro_withdrawn", name)


# ---------------------------------------------------------------- avoid list
def _avoid_page(page: Page, community: Community, shown: Shown = FIRST) -> Response:
    avoid = community.trust.avoid_list(page.member_id, actor=page.actor)
    return render(
        page,
        "avoid.html",
        **shown.context({"other": ""}),
        avoid=avoid,
        names=names_of(community, avoid, page),
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
        change = community.trust.avoid(page.member_id, other, actor=page.actor)
    except CofoundryError as exc:
        if isinstance(exc, InvalidInput) and exc.field == "id":  # my own id: the form's field
            exc.field = "other"
        errors = {"other": error_message(exc, page.t)}
        return _avoid_page(page, community, Shown(422, errors, {"other": other}))
    done = "avoid_added" if change.changed else "avoid_already"
    return redirect("/web/avoid", done, names_of(community, [other], page)[other])


@router.post("/avoid/{other_id}/remove")
def avoid_remove(
    other_id: str, page: MemberPageDep, form: FormDep, community: CommunityDep
) -> Response:
    """Take someone off the list (or say they were not on it)."""
    change = community.trust.unavoid(page.member_id, other_id, actor=page.actor)
    done = "avoid_removed" if change.changed else "avoid_not_listed"
    return redirect("/web/avoid", done, names_of(community, [other_id], page)[other_id])


# ------------------------------------------------------------- collaborations
def _collab_page(
    page: Page, trust: TrustDep, community: Community, shown: Shown = FIRST
) -> Response:
    collabs = trust.collaborations(page.member_id, actor=page.actor)
    names = names_of(community, [p for c in collabs for p in (c.proposer, c.partner)], page)
    return render(
        page,
        "collaborations.html",
        **shown.context(),
        once=new_key(),
        collabs=collabs,
        names=names,
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
    """Propose a collaboration; it counts once the partner confirms it. What the form cannot
    read (a field left empty, a date or a rating that is none) is told for every field at
    once, each beside its field, before the service checks the rest. The form sent twice
    proposes once (:func:`api.web.once.created_once`)."""
    propose = partial(_collaboration_propose, page, form, trust, community)
    return created_once(page.request, page.member_id, form, propose)


def _collaboration_propose(
    page: Page, form: Form, trust: TrustDep, community: Community
) -> Response:
    fields = ("partner", "project", "started", "ended", "rating", "note")
    unread: list[CofoundryError] = [
        InvalidInput(f"{name} is required", field=name, hint=f"give the {name}")
        for name in ("partner", "project")
        if not form[name]
    ]
    read: dict[str, Any] = {}
    for name, parse in (
        ("started", lambda v: _date(v, "started", required=True)),
        ("ended", lambda v: _date(v, "ended", required=False)),
        ("rating", _rating),
    ):
        try:
            read[name] = parse(form[name])
        except InvalidInput as exc:
            unread.append(exc)
    if unread:
        shown = Shown.refused(unread, page.t, fields, form.values())
        return _collab_page(page, trust, community, shown)
    try:
        trust.propose_collaboration(
            page.member_id,
            form["partner"],
            form["project"],
            read["started"],
            read["ended"],
            rating=read["rating"],
            note=form["note"],
            actor=page.actor,
        )
    except CofoundryError as exc:
        return _collab_page(
            page, trust, community, Shown.refused(exc, page.t, fields, form.values())
        )
    return redirect("/web/collaborations", "collab_proposed")


@router.post("/collaborations/{collab_id}/answer")
def collaboration_answer(
    collab_id: str, page: MemberPageDep, form: FormDep, trust: TrustDep
) -> Response:
    """Confirm or decline a collaboration proposed with me."""
    confirm = _yes_no(form["confirm"], "confirm")
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
    except UnknownCollaboration:
        raise  # no card of the page to show it on: the error page says it
    except CofoundryError as exc:  # shown on the collaboration's card
        errors = {f"rating:{collab_id}": error_message(exc, page.t)}
        return _collab_page(page, trust, community, Shown(422, errors))
    return redirect("/web/collaborations", "collab_rated")
