"""Builds the service from settings: the one place where a database, an encoder and an index are made."""

from __future__ import annotations

from api.settings import Settings
from embeddings.encoder import encoder_from_name
from matcher.service import Service
from matcher.store import Store

__all__ = ["build_service"]


def build_service(settings: Settings) -> Service:
    """A :class:`Service` over the settings' database, encoder and index file.

    Examples
    --------
    >>> service = build_service(Settings(db=":memory:", encoder="fake"))
    >>> service.encoder.name, service.store.schema_version()
    ('fake-bow-64', 1)
    """
    return Service(
        Store(settings.db),
        encoder_from_name(settings.encoder),
        settings.match_settings(),
        index_path=settings.resolved_index_path(),
    )
