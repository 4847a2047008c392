"""The gettext catalogues, managed with Babel: where they live, how a language is loaded,
and the check the test command runs.

::

    babel.cfg                                  what pybabel extract reads (Python, Jinja2)
    pyproject.toml, [tool.babel.*]             the options of pybabel extract, update, compile
    api/web/locale/messages.pot                the template: every msgid (English) in the code
    api/web/locale/fr/LC_MESSAGES/messages.po  the French translations, written by people
    api/web/locale/fr/LC_MESSAGES/messages.mo  compiled by pybabel compile; not committed

To add or change a string: write it in English in the code (``_("...")`` in a template,
``t.gettext("...")`` in Python, :func:`~api.web.i18n.N_` in a table), then::

    .venv/bin/pybabel extract    # the code and templates -> messages.pot
    .venv/bin/pybabel update     # messages.pot -> messages.po (new msgids empty, changed fuzzy)
    # translate the new and fuzzy entries of messages.po
    .venv/bin/pybabel compile    # messages.po -> messages.mo

``python3 tasks.py`` compiles the catalogues at every run; ``python3 tasks.py test`` also
extracts the msgids afresh and runs ``python -m api.web.translations check FRESH.pot``, which
fails when ``messages.pot`` is not up to date with the code, or when a msgid has no French
(missing, empty or fuzzy), a French placeholder differs from the English one, or a French
text breaks French typography (a plain space before ``: ; ! ?`` or inside ``« »``:
:func:`french_spacing` says how it should read).
"""

from __future__ import annotations

import logging
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from io import BytesIO
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import Translations

__all__ = [
    "DOMAIN",
    "LOCALE_DIR",
    "TEMPLATE",
    "extract",
    "french_spacing",
    "load",
    "po_path",
    "problems",
    "spacing_problem",
]

log = logging.getLogger(__name__)

LOCALE_DIR = Path(__file__).resolve().parent / "locale"
DOMAIN = "messages"
TEMPLATE = LOCALE_DIR / f"{DOMAIN}.pot"
#: The repository (where babel.cfg and pyproject.toml are): extraction works from a checkout.
ROOT = LOCALE_DIR.parents[2]
_PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]")

#: French typography: a narrow no-break space (U+202F) before ``;``, ``!`` and ``?``, a
#: no-break space (U+00A0, or the narrow one) before ``:`` and inside guillemets ``« »``,
#: so that a line never starts with the mark and the space keeps its width.
NBSP, NNBSP = "\u00a0", "\u202f"
_SPACE_BEFORE_TIGHT = re.compile(r"[ \t\u00a0\u2009]+(?=[;!?])")
_SPACE_BEFORE_COLON = re.compile(r"[ \t\u2009]+(?=:)")
_SPACE_AFTER_OPEN = re.compile(r"«[ \t\u2009\u00a0\u202f]*")
_SPACE_BEFORE_CLOSE = re.compile(r"[ \t\u2009\u00a0\u202f]*»")
#: A clause mark glued to a word (``Quand:``, ``vrai;``); ``3: 15`` or ``18:30`` is data.
_GLUED = re.compile(r"(?<=[^\W\d_]|[)»])[;:!?](?=\s|$)")


def french_spacing(text: str) -> str:
    """``text`` with the spaces of French typography: the one rule for every French text
    (the catalogue, checked by :func:`problems`; the split document's words).

    A plain space before ``;``, ``!``, ``?`` becomes a narrow no-break space, before ``:``
    a no-break space; inside guillemets, a no-break space. A mark glued to its word is left
    alone (``18:30``, ``Loft:8`` and URLs are data): :func:`spacing_problem` reports it.

    Examples
    --------
    >>> french_spacing("Quand : demain ; « oui » ?") == (
    ...     "Quand\u00a0: demain\u202f; «\u00a0oui\u00a0»\u202f?")
    True
    >>> french_spacing("par exemple 18:30, Loft:8 ou https://x.org/?a=1")
    'par exemple 18:30, Loft:8 ou https://x.org/?a=1'
    """
    text = _SPACE_BEFORE_TIGHT.sub(NNBSP, text)
    text = _SPACE_BEFORE_COLON.sub(NBSP, text)
    text = _SPACE_AFTER_OPEN.sub(lambda m: "«" + (NNBSP if NNBSP in m.group() else NBSP), text)
    return _SPACE_BEFORE_CLOSE.sub(lambda m: (NNBSP if NNBSP in m.group() else NBSP) + "»", text)


def spacing_problem(text: str) -> str | None:
    """What breaks French typography in ``text`` (None: nothing), with the fix.

    Examples
    --------
    >>> print(spacing_problem("Quand : demain"))
    a plain space before a colon, semicolon, exclamation or question mark or inside « »: write it as french_spacing() does ('Quand\xa0: demain')
    >>> print(spacing_problem("Quand: demain"))
    ':' glued to its word in 'Quand:': put a no-break space before it
    >>> spacing_problem("Quand\u00a0: à 18:30") is None
    True
    """
    fixed = french_spacing(text)
    if fixed != text:
        return (
            "a plain space before a colon, semicolon, exclamation or question mark or inside"
            f" « »: write it as french_spacing() does ({fixed!r})"
        )
    glued = _GLUED.search(text)
    if glued:
        word = text[: glued.end()].rsplit(None, 1)[-1]
        return f"{glued.group()!r} glued to its word in {word!r}: put a no-break space before it"
    return None


Key = tuple[str, str | None]


def po_path(lang: str) -> Path:
    """The ``.po`` file of ``lang`` (its ``.mo`` is beside it)."""
    return LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def read(path: Path, lang: str | None = None) -> Catalog:
    """A ``.po`` or ``.pot`` file as a Babel catalogue."""
    with path.open("rb") as f:
        return read_po(f, locale=lang)


def load(lang: str) -> Translations:
    """The translations of ``lang`` from its compiled ``.mo``.

    A ``.mo`` that is missing or older than its ``.po`` (``pybabel compile`` not run since
    the last edit) is not trusted: the ``.po`` is compiled in memory, with a warning, so a
    page never shows stale or English text for want of a build step.
    """
    po = po_path(lang)
    mo = po.with_suffix(".mo")
    if mo.exists() and (not po.exists() or mo.stat().st_mtime >= po.stat().st_mtime):
        with mo.open("rb") as f:
            return Translations(f, domain=DOMAIN)
    if not po.exists():
        raise FileNotFoundError(f"no catalogue for {lang!r}: {po} is missing")
    log.warning("%s is missing or older than its .po: compiled in memory (run pybabel compile)", mo)
    buffer = BytesIO()
    write_mo(buffer, read(po, lang))
    buffer.seek(0)
    return Translations(buffer, domain=DOMAIN)


def extract() -> Catalog:
    """The msgids of the code and templates now, as ``pybabel extract`` finds them (from a checkout)."""
    with tempfile.TemporaryDirectory(prefix="cofoundry-pot-") as tmp:
        out = Path(tmp) / f"{DOMAIN}.pot"
        subprocess.run(
            [sys.executable, "-m", "babel.messages.frontend", "-q", "extract", "-o", str(out)],
            cwd=ROOT,
            check=True,
        )
        return read(out)


def _texts(value: object) -> tuple[str, ...]:
    """A message's id or string as a tuple: one text, or its plural forms."""
    if isinstance(value, str):
        return (value,)
    if isinstance(value, tuple | list):
        return tuple(str(v) for v in value)
    return ()


def _messages(catalog: Catalog) -> dict[Key, tuple[str, ...]]:
    """(msgid, context) -> (msgid,) or (singular, plural), the header left out."""
    out: dict[Key, tuple[str, ...]] = {}
    for message in catalog:
        ids = _texts(message.id)
        if ids and ids[0]:
            out[(ids[0], message.context)] = ids
    return out


def _names(texts: Iterable[str]) -> set[str]:
    return {name for text in texts for name in _PLACEHOLDER.findall(text)}


def _show(key: Key) -> str:
    msgid, context = key
    return f"{msgid!r}" + (f" (context {context!r})" if context else "")


def problems(fresh: Catalog, template: Catalog, translations: dict[str, Catalog]) -> list[str]:
    """What is wrong with the catalogues: an empty list when everything is translated.

    ``fresh`` is what extraction finds in the code now, ``template`` the committed
    ``messages.pot``, ``translations`` the ``.po`` of each language.

    Examples
    --------
    >>> code, pot, fr = Catalog(), Catalog(), Catalog(locale="fr")
    >>> for c in (code, pot):
    ...     _ = c.add("Sign in"), c.add("Hello %(name)s")
    >>> _ = code.add("New one")
    >>> _ = fr.add("Sign in", "Se connecter"), fr.add("Hello %(name)s", "Bonjour %(nom)s")
    >>> for p in problems(code, pot, {"fr": fr}):
    ...     print(p)
    'New one': in the code, not in messages.pot: run pybabel extract, then pybabel update
    fr: 'Hello %(name)s': placeholders ['nom'] differ from the English ['name']
    """
    out: list[str] = []
    now, committed = _messages(fresh), _messages(template)
    for key in sorted(now.keys() - committed.keys(), key=str):
        out.append(
            f"{_show(key)}: in the code, not in messages.pot: run pybabel extract, then pybabel update"
        )
    for key in sorted(committed.keys() - now.keys(), key=str):
        out.append(
            f"{_show(key)}: in messages.pot, no longer in the code: run pybabel extract, then pybabel update"
        )
    for key in sorted(now.keys() & committed.keys(), key=str):
        if now[key] != committed[key]:
            out.append(
                f"{_show(key)}: its plural changed: run pybabel extract, then pybabel update"
            )
    for lang, catalog in sorted(translations.items()):
        have = {(ids[0], m.context): m for m in catalog if (ids := _texts(m.id)) and ids[0]}
        for key in sorted(have.keys() - committed.keys(), key=str):
            out.append(f"{lang}: {_show(key)}: not in messages.pot: run pybabel update")
        for key, ids in sorted(committed.items(), key=lambda kv: str(kv[0])):
            message = have.get(key)
            if message is None:
                out.append(f"{lang}: {_show(key)}: missing: run pybabel update, then translate it")
                continue
            strings = _texts(message.string)
            if message.fuzzy:
                out.append(
                    f"{lang}: {_show(key)}: fuzzy: check the translation, then remove the fuzzy flag"
                )
            elif not all(s.strip() for s in strings) or len(strings) < (
                catalog.num_plurals if len(ids) > 1 else 1
            ):
                out.append(f"{lang}: {_show(key)}: not translated")
            else:
                for s in strings if lang == "fr" else ():
                    if (spacing := spacing_problem(s)) is not None:
                        out.append(f"{lang}: {_show(key)}: {spacing}")
                        break
                english = _names(ids)
                for s in strings:  # a plural form may leave out the count, never another value
                    names = _names([s])
                    if names - english or (english - {"num"}) - names:
                        out.append(
                            f"{lang}: {_show(key)}: placeholders {sorted(names)} differ from the English {sorted(english)}"
                        )
                        break
    return out


def main(argv: list[str]) -> int:
    """``python -m api.web.translations check [FRESH.pot]``: print the problems, 1 if any."""
    if not argv or argv[0] != "check" or len(argv) > 2:
        print("usage: python -m api.web.translations check [FRESH.pot]", file=sys.stderr)
        return 2
    fresh = read(Path(argv[1])) if len(argv) == 2 else extract()
    langs = {
        p.parents[1].name: read(p, p.parents[1].name)
        for p in LOCALE_DIR.glob(f"*/LC_MESSAGES/{DOMAIN}.po")
    }
    found = problems(fresh, read(TEMPLATE), langs)
    for problem in found:
        print(problem, file=sys.stderr)
    if not found:
        print(
            f"translations: {len(_messages(fresh))} msgids, every one translated in {', '.join(sorted(langs))}"
        )
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
