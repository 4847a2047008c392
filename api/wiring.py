"""Builds the community from settings: the one place where a database, an encoder and an index are made."""

from __future__ import annotations

from collections.abc import Callable

from api.settings import Settings
from api.web.letters import letters
from embeddings.encoder import encoder_from_name
from matcher.community import Community

__all__ = ["build_community"]


def build_community(settings: Settings, *, told: Callable[[str], None] | None = None) -> Community:
    """A :class:`~matcher.community.Community` over the settings' database, encoder and index.

    Every shell (HTTP API, CLI, web pages) gets the same wiring, so suggestions use trust
    everywhere. ``told`` hears the address the e-mails' links start with, before the first
    is written (:func:`~api.web.letters.letters`).

    Examples
    --------
    >>> community = build_community(Settings(db=":memory:", encoder="fake"))
    >>> community.encoder.name, community.db.schema_version() > 0
    ('fake-bow-64', True)
    >>> community.matching.trust is community.trust
    True
    """
    return Community(
        settings.database,
        encoder_from_name(settings.encoder) if settings.encoder else None,
        settings.match_settings(),
        index_path=settings.resolved_index_path(),
        security=settings.security_settings(),
        invite_limits=settings.invite_limits(),
        trust=settings.trust_settings(),
        erase_vacuum=settings.erase_vacuum,
        mail=settings.mail_settings(),
        accounts=settings.account_settings(),
        compose=letters(settings.site_address(), told=told),
    )
