"""Builds the service from settings: the one place where a database, an encoder and an index are made."""

from __future__ import annotations

from api.settings import Settings
from embeddings.encoder import encoder_from_name
from matcher.feedback import InviteLimits
from matcher.privacy import PrivacyHook
from matcher.service import Service
from matcher.service_equity import EquityService
from matcher.service_privacy import PrivacyService
from matcher.service_trust import TrustService
from matcher.store import Store
from matcher.store_idempotency import IdempotencyStore

__all__ = ["attach_trust", "build_equity_service", "build_privacy_service", "build_service"]


def build_service(settings: Settings) -> Service:
    """A :class:`Service` over the settings' database, encoder and index file, with trust.

    Every shell (HTTP API, CLI) gets the same wiring, so suggestions use trust everywhere.

    Examples
    --------
    >>> service = build_service(Settings(db=":memory:", encoder="fake"))
    >>> service.encoder.name, service.store.schema_version() > 0
    ('fake-bow-64', True)
    >>> isinstance(service.trust, TrustService)
    True
    """
    service = Service(
        Store(settings.db),
        encoder_from_name(settings.encoder),
        settings.match_settings(),
        index_path=settings.resolved_index_path(),
        security=settings.security_settings(),
    )
    attach_trust(service, settings.invite_limits())
    return service


def attach_trust(service: Service, limits: InviteLimits | None = None) -> TrustService:
    """The :class:`TrustService` over the service's store, plugged into its suggestions.

    Examples
    --------
    >>> service = build_service(Settings(db=":memory:", encoder="fake"))
    >>> trust = attach_trust(service)
    >>> service.trust is trust, trust.store is service.store
    (True, True)
    """
    trust = service.trust
    if not isinstance(trust, TrustService):
        trust = TrustService(service.store, limits=limits)
    elif limits is not None:
        trust.limits = limits
    service.trust = trust
    return trust


def build_equity_service(settings: Settings, store: Store) -> EquityService:
    """The :class:`EquityService` over the same store as the main service (``service.store``).

    Examples
    --------
    >>> service = build_service(Settings(db=":memory:", encoder="fake"))
    >>> build_equity_service(Settings(db=":memory:", encoder="fake"), service.store).store is service.store
    True
    """
    return EquityService(store)


def build_privacy_service(
    settings: Settings, service: Service, equity: EquityService | None = None
) -> PrivacyService:
    """The :class:`PrivacyService` (export, erasure) over the service, its trust and equity.

    Features that hold personal data register a :class:`~matcher.privacy.PrivacyHook`
    on the returned service here (see the README, "Privacy and roles").

    Examples
    --------
    >>> settings = Settings(db=":memory:", encoder="fake")
    >>> privacy = build_privacy_service(settings, build_service(settings))
    >>> [h.name for h in privacy.hooks]
    ['idempotency', 'events', 'feedback', 'ventures', 'profiles']
    """
    privacy = PrivacyService(
        service,
        attach_trust(service),
        equity or build_equity_service(settings, service.store),
        vacuum=settings.erase_vacuum,
    )
    # the stored responses of the person's requests (their sign-up: profile and token)
    privacy.register(PrivacyHook("idempotency", erase=IdempotencyStore(service.store).forget))
    return privacy
