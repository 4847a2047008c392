"""A form that creates something, sent twice, creates it once.

A double tap on "Create" on a slow phone, or the form sent again after the back button,
would make two ventures or two events, each with its own random id. A create form carries a
one-time key (:func:`new_key`, a hidden field named :data:`FIELD`); :func:`created_once`
claims it in the idempotency store the API's ``Idempotency-Key`` uses
(:class:`matcher.security.IdempotencyStore`, one scope per member), runs the creation once,
and answers the same form sent again with the first answer's redirect. A form whose answer
is a page that shows something only once (a new API token: :data:`SHOWN_ONCE`) has that
page stored instead, encrypted under the form's key as the API's stored responses are, and
shown again to the second sending: the browser, which shows the last answer, shows the one
thing made. A refused form leaves its key free, so the corrected form may use it; the same
key with other values (the form edited after the back button) is a new request, and creates.

The form's fingerprint leaves its secret fields out (:func:`is_secret`: a password, a
token, a link's code): a stored fast hash of a form with a password in it would be a
verifier of that password, testable offline against guesses by whoever reads the database.
Passwords are stored nowhere but as the accounts' argon2 hashes.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable, Collection
from urllib.parse import urlencode

from fastapi import Request, Response
from fastapi.responses import HTMLResponse, RedirectResponse

from api.web.context import Form
from matcher.errors import Conflict
from matcher.security import IdempotencyStore, request_fingerprint

__all__ = ["FIELD", "created_once", "is_secret", "new_key"]

#: The hidden field that carries a create form's one-time key.
FIELD = "once"
#: The status of a page that answers a create form by showing what it made, once.
SHOWN_ONCE = 201
#: Fields that are not what the form asks to create (the CSRF value changes with the cookie).
_NOT_CONTENT = frozenset({"csrf", FIELD})
#: The words of a field's name (split at ``_`` and ``-``) that make it secret.
SECRET_WORDS = frozenset({"password", "passphrase", "token", "secret", "code"})


def is_secret(name: str, marked: Collection[str] = ()) -> bool:
    """Whether the form field ``name`` holds a secret (a word of its name is one of
    :data:`SECRET_WORDS`, or the form ``marked`` it so), to be kept out of any fingerprint.

    Examples
    --------
    >>> is_secret("token_password"), is_secret("code"), is_secret("label")
    (True, True, False)
    >>> is_secret("pin", marked={"pin"})
    True
    """
    return name in marked or not SECRET_WORDS.isdisjoint(re.split(r"[_-]", name.lower()))


def new_key() -> str:
    """A one-time key for a create form.

    Examples
    --------
    >>> len(new_key()) >= 16, new_key() != new_key()
    (True, True)
    """
    return secrets.token_urlsafe(12)


def _fingerprint(request: Request, form: Form, secret: Collection[str] = ()) -> str:
    """The form's path and its fields but the CSRF value, the key and the secret fields
    (:func:`is_secret`), in a stable order."""
    fields = sorted(
        (name, value)
        for name, value in form.data.multi_items()
        if name not in _NOT_CONTENT and isinstance(value, str) and not is_secret(name, secret)
    )
    return request_fingerprint("POST", request.url.path, urlencode(fields).encode())


def created_once(
    request: Request,
    member: str,
    form: Form,
    create: Callable[[], Response],
    *,
    secret: Collection[str] = (),
    recheck: Callable[[str], Response | None] | None = None,
) -> Response:
    """``create()``'s answer, run once per one-time key of ``member``'s form: the same form
    sent again (same key, same values but its secret fields, :func:`is_secret`; ``secret``
    names more) gets the first answer's redirect (or its page, for a page of
    :data:`SHOWN_ONCE`); while the first is still running, the second waits for it (up to
    the ``idempotency_wait`` setting). A form without a key (an older page) just runs
    ``create()``. A page of :data:`SHOWN_ONCE` that names what it shows (its
    ``Content-Location``) is shown again only if ``recheck(location)`` answers None; its
    answer otherwise (the thing was revoked since: say so rather than show it as working)."""
    key = form[FIELD]
    if not key:
        return create()
    store: IdempotencyStore = request.app.state.idempotency
    wait: float = request.app.state.settings.idempotency_wait
    scope = f"web\x00{member}"
    claim = store.claim(scope, key, _fingerprint(request, form, secret), wait=wait)
    replay = claim.replay if claim.kind == "replay" else None
    if replay is not None and replay.status == SHOWN_ONCE and replay.body:
        instead = recheck(replay.location) if recheck and replay.location else None
        if instead is not None:
            return instead
        return HTMLResponse(replay.body, status_code=replay.status, media_type=replay.media_type)
    if replay is not None and replay.location:
        return RedirectResponse(replay.location, status_code=303)
    if replay is not None and replay.body:
        return HTMLResponse(replay.body, status_code=replay.status, media_type=replay.media_type)
    if claim.kind == "mismatch":  # edited after the back button: a new request
        return create()
    if claim.kind == "pending":
        raise Conflict(
            "this form is still being sent",
            field=FIELD,
            hint="wait a moment and reload the page",
        )
    if claim.kind == "lost":  # its first sending did its work, and its process died
        raise Conflict(
            "this form was sent already and did its work, but its answer was lost",
            field=f"{FIELD}_lost",
            hint="reload the page to see what it made",
        )
    try:
        with store.holding(scope, key):  # its writes mark the key run (never run twice)
            answer = create()
    except BaseException:
        store.release(scope, key)
        raise
    location = answer.headers.get("location")
    if answer.status_code == 303 and location:
        store.finish(scope, key, 303, "text/html", b"", subject=member, location=location)
    elif answer.status_code == SHOWN_ONCE:
        media = answer.headers.get("content-type", "text/html; charset=utf-8")
        shows = answer.headers.get("content-location")
        store.finish(
            scope, key, SHOWN_ONCE, media, bytes(answer.body), subject=member, location=shows
        )
    else:
        store.release(scope, key)
    return answer
