"""Settings from the environment (``COFOUNDRY_*``) or a ``.env`` file, read when asked, never at import."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from matcher.db import is_postgres_url
from matcher.matching import Filters, MatchSettings, Weights
from matcher.security import Limit, SecuritySettings
from matcher.trust import InviteLimits

__all__ = ["Settings"]


class Settings(BaseSettings):
    """Everything configurable, with its environment variable.

    Examples
    --------
    >>> s = Settings(db=":memory:", encoder="fake")
    >>> s.match_settings().weights.reciprocal
    0.6
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
    encoder: str = Field(
        "use-multilingual-v3",
        description="use-multilingual-v3, multilingual-e5-small, all-MiniLM-L6-v2, fake,"
        " or a sentence-transformers folder",
    )
    weight_reciprocal: float = Field(0.6, ge=0)
    weight_values: float = Field(0.15, ge=0)
    weight_roles: float = Field(0.25, ge=0)
    weight_preferences: float = Field(0.1, ge=0)
    overlap_penalty: float = Field(0.5, ge=0)
    max_utc_gap: float | None = Field(6.0, ge=0, description="hours; empty for no limit")
    max_commitment_gap: int | None = Field(1, ge=0, le=2)
    require_common_language: bool = True
    index_kind: Literal["auto", "flat", "hnsw"] = "auto"
    exact_below: int = Field(10_000, ge=0)
    pool: int = Field(200, ge=10, le=10_000)
    min_phrase_similarity: float = Field(0.25, ge=-1, le=1)
    max_body_bytes: int = Field(1_048_576, ge=1024)
    erase_vacuum: bool = Field(
        False,
        description="also rebuild the database file (VACUUM) after each erasure; not needed"
        " for the erased bytes to go (secure_delete + a TRUNCATE checkpoint do it), and it"
        " blocks every writer for the length of a full copy",
    )
    intro_weekly_limit: int = Field(20, ge=1, description="introduction requests per 7 days")
    intro_burst: int = Field(5, ge=1, description="requests allowed within intro_burst_minutes")
    intro_burst_minutes: int = Field(10, ge=1)
    intro_after_decline_days: int = Field(90, ge=1, description="no new request after a no")

    def invite_limits(self) -> InviteLimits:
        """The fair-invitation limits (see :mod:`matcher.trust.model`)."""
        return InviteLimits(
            weekly=self.intro_weekly_limit,
            burst=self.intro_burst,
            burst_minutes=self.intro_burst_minutes,
            after_decline_days=self.intro_after_decline_days,
        )

    token_ttl_days: float = Field(90, gt=0, description="tokens expire after this many days")
    signup_per_minute: float = Field(
        6, ge=0, description="sign-ups per client address and minute (0: no limit)"
    )
    signup_burst: int = Field(20, ge=0, description="sign-ups a client may make at once")
    token_per_minute: float = Field(10, ge=0, description="tokens an admin may issue a minute")
    token_burst: int = Field(30, ge=0)
    auth_failures_per_minute: float = Field(
        10, ge=0, description="refused tokens per client address and minute, then 429"
    )
    auth_failure_burst: int = Field(20, ge=0)
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
            ),
            filters=Filters(
                max_utc_gap=self.max_utc_gap,
                max_commitment_gap=self.max_commitment_gap,
                require_common_language=self.require_common_language,
            ),
            index_kind=self.index_kind,
            exact_below=self.exact_below,
            pool=self.pool,
            min_phrase_similarity=self.min_phrase_similarity,
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

    def resolved_index_path(self) -> Path | None:
        """Where the index lives: ``index_path``, else beside a SQLite file, else nowhere
        (PostgreSQL: each process builds its own at start unless ``index_path`` is set)."""
        if self.index_path is not None:
            return self.index_path
        if self.database == ":memory:" or is_postgres_url(self.database):
            return None
        return Path(self.db).with_suffix(".index")
