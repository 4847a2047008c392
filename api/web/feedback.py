"""Errors from the services, told in the user's language, next to the field at fault.

The services' messages (:mod:`matcher.errors`) are English sentences that name the field,
the value and the fix. In English they are shown as they are. In French, the catalogue
holds a sentence per kind of error and field (``err.<Class>.<field>``, then ``err.<field>``,
then ``err.<Class>``), with the bad ``{value}``; an error with none of these keys shows
a French lead followed by the English message, so nothing is ever hidden.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from api.web.i18n import Translator
from matcher.errors import CofoundryError

__all__ = ["error_message", "field_errors"]


def _keys(exc: CofoundryError) -> list[str]:
    """Most specific first: class and field; the class when it says what happened (unknown,
    conflict, not allowed); the field's rule (bad input); the class in general."""
    names = [cls.__name__ for cls in type(exc).__mro__ if issubclass(cls, CofoundryError)]
    general = {"InvalidInput", "CofoundryError"}
    keys = [f"err.{name}.{exc.field}" for name in names] if exc.field else []
    keys += [f"err.{name}" for name in names if name not in general]
    keys += [f"err.{exc.field}"] if exc.field else []
    keys += [f"err.{name}" for name in names if name in general]
    return keys


def error_message(exc: CofoundryError, t: Translator) -> str:
    """The error in the page's language.

    Examples
    --------
    >>> from matcher.errors import Conflict
    >>> e = Conflict("profile id 'ana' is already taken", field="id", value="ana", hint="choose another id")
    >>> error_message(e, Translator("en"))
    "profile id 'ana' is already taken (got 'ana'); choose another id"
    >>> error_message(e, Translator("fr"))
    "L'identifiant « ana » est déjà pris : choisissez-en un autre."
    """
    if t.lang == "en":
        return str(exc)
    value = "" if exc.value is None else str(exc.value)
    for key in _keys(exc):
        if t.has(key):
            return t(key, value=value)
    return f"{t('err.untranslated')} {exc}"


def field_errors(
    errors: Iterable[CofoundryError], t: Translator, fields: Collection[str] | None = None
) -> dict[str, str]:
    """The first error of each field, translated; errors of fields the form does not show
    (or without a field) go under ``""``, shown at the top of the form.

    Examples
    --------
    >>> from matcher.errors import InvalidInput
    >>> field_errors([InvalidInput("name is required", field="name", hint="give a name")],
    ...              Translator("fr"))
    {'name': 'Le nom est obligatoire (80 caractères au plus).'}
    >>> field_errors([InvalidInput("key is too long", field="idempotency_key")],
    ...              Translator("en"), fields=("amount",))
    {'': 'key is too long'}
    """
    out: dict[str, str] = {}
    for exc in errors:
        name = exc.field or ""
        if fields is not None and name not in fields:
            name = ""
        out.setdefault(name, error_message(exc, t))
    return out
