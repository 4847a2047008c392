"""Settings from the environment (``COFOUNDRY_*``) or a ``.env`` file, read when asked, never at import."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

from embeddings.encoder import DEFAULT_ENCODER
from embeddings.index import HNSW_DIM, IVF_DIM, IVF_FROM, NPROBE
from matcher.accounts import AccountSettings
from matcher.db import is_postgres_url
from matcher.mail import MailSettings, TlsMode
from matcher.matching import (
    DIRECTIONS,
    Filters,
    IndexKind,
    MatchSettings,
    RerankSettings,
    Weights,
)
from matcher.security import Limit, SecuritySettings
from matcher.trust import InviteLimits, Propagation, TrustSettings

__all__ = ["Settings"]

# the domain's defaults, read once: a setting's default is the domain's, never restated here
_M = MatchSettings()
_W, _F = _M.weights, _M.filters
_I = InviteLimits()
_S = SecuritySettings()
_T = TrustSettings()
_A = AccountSettings()
_MAIL = MailSettings()


class Settings(BaseSettings):
    """Everything configurable, with its environment variable.

    Examples
    --------
    >>> s = Settings(db=":memory:", encoder="fake")
    >>> s.match_settings().weights.reciprocal, s.match_settings().weights.directions
    (0.65, 'balanced')
    """

    model_config = SettingsConfigDict(env_prefix="COFOUNDRY_", env_file=".env", extra="ignore")

    db: str = Field(
        "cofoundry.db", description="SQLite database file, or :memory: (or a postgresql:// URL)"
    )
    database_url: str | None = Field(
        None,
        description="postgresql://user:password@host/dbname: PostgreSQL instead of the SQLite"
        " file (several processes or machines on one database); empty: SQLite",
    )
    index_path: Path | None = Field(
        None, description="vector index file (default: next to the database, .index suffix)"
    )
    encoder: str | None = Field(
        None,
        description="use-multilingual-v3, multilingual-e5-small, multilingual-e5-small-q (needs"
        " encoded with e5's query prompt), all-MiniLM-L6-v2, wordllama-l2-supercat (optional"
        " extra wordllama), fake, a sentence-transformers"
        " folder, or names joined by + (an ensemble), optionally followed by @ and a need map"
        " shipped in embeddings/adapters; empty: the encoder the database's vectors"
        " were made with, and for a new database"
        f" {DEFAULT_ENCODER}",
    )
    weight_reciprocal: float = Field(_W.reciprocal, ge=0)
    weight_values: float = Field(_W.values, ge=0)
    weight_roles: float = Field(_W.roles, ge=0)
    weight_preferences: float = Field(_W.preferences, ge=0)
    overlap_penalty: float = Field(_W.overlap_penalty, ge=0)
    directions: str = Field(
        _W.directions,
        pattern=f"^({'|'.join(DIRECTIONS)})$",  # the domain's choices, not a copy
        description="how the two directions of a pair's texts combine: balanced (half their"
        " mean, half their geometric mean: a fit both ways outranks a one-sided one of the same"
        " sum), mean (a pair judged on what each brings the other) or harmonic (no one-sided"
        " fit ranks high)",
    )
    max_utc_gap: float | None = Field(_F.max_utc_gap, ge=0, description="hours; empty for no limit")
    max_commitment_gap: int | None = Field(_F.max_commitment_gap, ge=0, le=2)
    require_common_language: bool = _F.require_common_language
    index_kind: IndexKind = _M.index_kind
    exact_below: int = Field(_M.exact_below, ge=0)
    ivf_from: int = Field(IVF_FROM, ge=1, description="size from which auto builds IVF-SQ8")
    nprobe: int = Field(NPROBE, ge=1, description="cells an IVF index scans per suggestion")
    ivf_dim: int = Field(
        IVF_DIM,
        ge=0,
        le=4096,
        description="principal directions an IVF index keeps (the pool is re-ranked from full"
        " vectors); 0: every dimension",
    )
    hnsw_dim: int = Field(
        HNSW_DIM,
        ge=0,
        le=4096,
        description="principal directions an HNSW index keeps (the pool is re-ranked from full"
        " vectors); 0: every dimension",
    )
    half_table_from: int = Field(
        IVF_FROM,
        ge=1,
        description="community size from which the candidate table keeps text vectors in"
        " float16 (half the memory; scores move by under 1e-4)",
    )
    pool: int = Field(_M.pool, ge=10, le=10_000)
    pool_allowed: float = Field(
        _M.pool_allowed,
        ge=0,
        le=1,
        description="share of the pool that must pass the viewer's hard filters, else the"
        " pool is widened (0: only when fewer than k pass)",
    )
    second_search: float = Field(
        _M.second_search,
        ge=0,
        le=1,
        description="share of a graph index's queries (those whose pool's best score is the"
        " community's lowest) searched again, wider; 0: never",
    )
    second_search_ef: int = Field(
        _M.second_search_ef,
        ge=1,
        le=100_000,
        description="breadth (efSearch) of the graph's second search",
    )
    min_phrase_similarity: float | None = Field(
        _M.min_phrase_similarity,
        ge=-1,
        le=1,
        description="cosine a phrase pair must reach to be quoted; unset: the encoder's floor",
    )
    hubness_k: int = Field(
        _M.hubness_k, ge=0, le=100, description="hubness reduction neighbours; 0: off"
    )
    centre_languages: bool = Field(
        _M.centre_languages, description="take each language's mean vector away"
    )
    text_space_from: int = Field(
        _M.text_space_from, ge=2, description="fewest people for the text space"
    )
    rerank: bool = Field(
        _M.rerank,
        description="let the community's re-ranker (cofoundry rerank train) order suggestions"
        " when it beat the fixed weights on held-out feedback; false: the fixed weights always",
    )
    rerank_min_examples: int = Field(
        _M.rerank_training.min_examples,
        ge=4,
        description="fewest labelled pairs (feedback, answered introductions) to train",
    )
    max_body_bytes: int = Field(1_048_576, ge=1024)
    erase_vacuum: bool = Field(
        False,
        description="also rebuild the database file (VACUUM) after each erasure; not needed"
        " for the erased bytes to go (secure_delete + a TRUNCATE checkpoint do it), and it"
        " blocks every writer for the length of a full copy",
    )
    trust_propagation: Propagation = Field(
        _T.propagation,
        description="ties: one edge of weight 1 per pair that confirmed a collaboration (ratings"
        " and dates, which fake accounts choose, cannot bend trust); rated: weights from both"
        " ratings and age (a community whose members are all vetted)",
    )

    trust_lone_tie: float | None = Field(
        _T.lone_tie,
        ge=0,
        le=1,
        description="no single tie vouches alone: of what reaches someone beyond a member's"
        " own collaborators through one of them only, keep this share (0.05, the default,"
        " keeps fake accounts behind one fooled member out of their trust, at about 1.4"
        " times the CPU per member's trust); 1: the plain walk",
    )

    trust_viewers_kept: int = Field(
        _T.viewers_kept,
        ge=0,
        description="viewers whose trust each process keeps between requests, until an edit"
        " touches what it was computed from; 0 keeps none",
    )
    trust_viewers_kept_mb: float = Field(
        _T.viewers_kept_mb,
        ge=0,
        description="memory those viewers' trust may hold, in megabytes (estimated)",
    )

    def trust_settings(self) -> TrustSettings:
        """How trust is computed (see :class:`matcher.trust.TrustSettings`)."""
        return TrustSettings(
            propagation=self.trust_propagation,
            lone_tie=self.trust_lone_tie,
            viewers_kept=self.trust_viewers_kept,
            viewers_kept_mb=self.trust_viewers_kept_mb,
        )

    intro_weekly_limit: int = Field(_I.weekly, ge=1, description="introduction requests per 7 days")
    intro_burst: int = Field(
        _I.burst, ge=1, description="requests allowed within intro_burst_minutes"
    )
    intro_burst_minutes: int = Field(_I.burst_minutes, ge=1)
    intro_after_decline_days: int = Field(
        _I.after_decline_days, ge=1, description="no new request after a no"
    )

    def invite_limits(self) -> InviteLimits:
        """The fair-invitation limits (see :mod:`matcher.trust.model`)."""
        return InviteLimits(
            weekly=self.intro_weekly_limit,
            burst=self.intro_burst,
            burst_minutes=self.intro_burst_minutes,
            after_decline_days=self.intro_after_decline_days,
        )

    token_ttl_days: float = Field(
        _S.token_ttl_days, gt=0, description="tokens expire after this many days"
    )
    signup_per_minute: float = Field(
        _S.signup.per_minute,
        ge=0,
        description="sign-ups per client address and minute (0: no limit)",
    )
    signup_burst: int = Field(
        _S.signup.burst, ge=0, description="sign-ups a client may make at once"
    )
    token_per_minute: float = Field(
        _S.token.per_minute, ge=0, description="tokens an admin may issue a minute"
    )
    token_burst: int = Field(_S.token.burst, ge=0)
    auth_failures_per_minute: float = Field(
        _S.auth_failure.per_minute,
        ge=0,
        description="refused tokens per client address and minute, then 429",
    )
    auth_failure_burst: int = Field(_S.auth_failure.burst, ge=0)
    idempotency_wait: float = Field(
        10, ge=0, le=60, description="seconds a retry waits for the request holding its key"
    )
    log_json: bool = Field(False, description="JSON log lines on stderr (cofoundry serve: on)")
    log_level: str = Field("INFO", pattern="^(DEBUG|INFO|WARNING|ERROR)$")
    warm_on_start: bool = Field(
        True, description="build the search state when the server starts, not on first query"
    )

    def match_settings(self) -> MatchSettings:
        """The domain's view of these settings."""
        return MatchSettings(
            weights=Weights(
                self.weight_reciprocal,
                self.weight_values,
                self.weight_roles,
                self.overlap_penalty,
                self.weight_preferences,
                self.directions,
            ),
            filters=Filters(
                max_utc_gap=self.max_utc_gap,
                max_commitment_gap=self.max_commitment_gap,
                require_common_language=self.require_common_language,
            ),
            index_kind=self.index_kind,
            exact_below=self.exact_below,
            ivf_from=self.ivf_from,
            nprobe=self.nprobe,
            ivf_dim=self.ivf_dim,
            hnsw_dim=self.hnsw_dim,
            half_table_from=self.half_table_from,
            pool=self.pool,
            pool_allowed=self.pool_allowed,
            second_search=self.second_search,
            second_search_ef=self.second_search_ef,
            min_phrase_similarity=self.min_phrase_similarity,
            hubness_k=self.hubness_k,
            centre_languages=self.centre_languages,
            text_space_from=self.text_space_from,
            rerank=self.rerank,
            rerank_training=RerankSettings(min_examples=self.rerank_min_examples),
        )

    def security_settings(self) -> SecuritySettings:
        """Token lifetime and throttling limits.

        Examples
        --------
        >>> Settings(db=":memory:", encoder="fake", signup_burst=3).security_settings().signup.burst
        3
        """
        return SecuritySettings(
            token_ttl_days=self.token_ttl_days,
            signup=Limit(self.signup_per_minute, self.signup_burst),
            token=Limit(self.token_per_minute, self.token_burst),
            auth_failure=Limit(self.auth_failures_per_minute, self.auth_failure_burst),
        )

    public_url: str = Field(
        _MAIL.public_url,
        description="the site's address as members reach it: links in e-mails and printed"
        " badges start with it (unset: a page's or the API's as the request reached it)",
    )
    smtp_host: str = Field(
        "", description="SMTP server; empty: e-mail waits in the outbox (cofoundry mail outbox)"
    )
    smtp_port: int = Field(_MAIL.port, ge=1, le=65535)
    smtp_from: str = Field(_MAIL.sender, description="the From of every e-mail")
    smtp_username: str = Field("", description="SMTP login, if the server wants one")
    smtp_password: str = Field("", description="SMTP password (sent only over TLS)")
    smtp_tls: TlsMode = Field(
        _MAIL.tls, description="starttls (port 587), ssl (port 465), none (a local relay)"
    )
    mail_retry_seconds: float = Field(
        _MAIL.retry_base,
        gt=0,
        description="first retry of a failed e-mail; each next waits twice as long",
    )
    mail_retry_cap_seconds: float = Field(
        _MAIL.retry_cap, gt=0, description="longest wait between tries"
    )
    mail_lease_seconds: float = Field(
        _MAIL.lease, gt=0, description="a worker that died holding e-mails releases them after this"
    )
    mail_worker: bool = Field(
        False,
        description="send e-mail from inside the server (a thread per server process);"
        " otherwise run `cofoundry worker`",
    )
    session_days: float = Field(
        _A.session_days, gt=0, description="a browser session ends after this"
    )
    link_minutes: float = Field(
        _A.link_minutes, gt=0, description="a sign-in link works once, this long"
    )
    reset_minutes: float = Field(
        _A.reset_minutes, gt=0, description="a reset link works once, this long"
    )
    password_hash_memory_kib: int = Field(
        _A.hash_memory_kib, ge=1024, description="argon2id memory per password hash (KiB)"
    )
    signup_invite_only: bool = Field(
        _A.invite_only,
        description="sign-up needs a member's invitation link (else anyone may sign up)",
    )
    cookie_secure: bool | None = Field(
        None,
        description="mark cookies Secure; empty: when the request came over https (behind a"
        " TLS proxy, run uvicorn with --proxy-headers, or set this to true)",
    )

    @property
    def database(self) -> str:
        """The database to open: ``database_url`` when set, else ``db``.

        Examples
        --------
        >>> Settings(db="c.db", database_url="postgresql://h/c").database
        'postgresql://h/c'
        >>> Settings(db="c.db", database_url="").database
        'c.db'
        """
        return self.database_url or self.db

    def site_address(self, reached: str | None = None) -> str:
        """The address the links a member opens start with (e-mails, badges' QR codes, the
        invitation link): ``public_url`` when set (``COFOUNDRY_PUBLIC_URL``), else the address
        the request ``reached`` (a page, the API), else ``public_url``'s default (the CLI, the
        mail worker: they have no request). No ``/`` at its end.

        Examples
        --------
        >>> Settings(db=":memory:").site_address("http://10.0.0.5:8000/")
        'http://10.0.0.5:8000'
        >>> Settings(db=":memory:", public_url="https://cf.example/").site_address("http://10.0.0.5/")
        'https://cf.example'
        >>> Settings(db=":memory:").site_address()
        'http://localhost:8000'
        """
        chosen = "public_url" in self.model_fields_set or reached is None
        return (self.public_url if chosen else str(reached)).rstrip("/")

    def mail_settings(self) -> MailSettings:
        """The SMTP server.

        Examples
        --------
        >>> Settings(db=":memory:", encoder="fake", smtp_host="mx", smtp_tls="none").mail_settings().tls
        'none'
        """
        return MailSettings(
            host=self.smtp_host,
            port=self.smtp_port,
            sender=self.smtp_from,
            username=self.smtp_username,
            password=self.smtp_password,
            tls=self.smtp_tls,
            retry_base=self.mail_retry_seconds,
            retry_cap=self.mail_retry_cap_seconds,
            lease=self.mail_lease_seconds,
            public_url=self.public_url,
        )

    def account_settings(self) -> AccountSettings:
        """Sessions, links and the password hash's cost."""
        return AccountSettings(
            session_days=self.session_days,
            link_minutes=self.link_minutes,
            reset_minutes=self.reset_minutes,
            hash_memory_kib=self.password_hash_memory_kib,
            invite_only=self.signup_invite_only,
        )

    def resolved_index_path(self) -> Path | None:
        """Where the index lives: ``index_path``, else beside a SQLite file, else nowhere
        (PostgreSQL: each process builds its own at start unless ``index_path`` is set)."""
        if self.index_path is not None:
            return self.index_path
        if self.database == ":memory:" or is_postgres_url(self.database):
            return None
        return Path(self.db).with_suffix(".index")


def settings_problems(exc: ValidationError) -> list[str]:
    """One line per setting the environment gives a value it cannot take: the variable, the
    value, what it accepts and where to fix it. Re-raises an error that is not about
    :class:`Settings` (a bug must not pass for a bad setting).

    Examples
    --------
    >>> try:
    ...     Settings(trust_propagation="weighted")
    ... except ValidationError as exc:
    ...     print(settings_problems(exc)[0])
    COFOUNDRY_TRUST_PROPAGATION='weighted' is not a valid setting: Input should be 'ties' or 'rated'; fix it in the environment or .env (docs/settings.md lists every setting)
    """
    if exc.title != Settings.__name__:
        raise exc
    return [
        f"COFOUNDRY_{'_'.join(str(part) for part in e['loc']).upper()}={e.get('input')!r}"
        f" is not a valid setting: {e['msg']}; fix it in the environment or .env"
        " (docs/settings.md lists every setting)"
        for e in exc.errors()
    ]
