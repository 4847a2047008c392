"""The re-ranker's status as JSON (``cofoundry rerank status --json``)."""

from __future__ import annotations

from pydantic import BaseModel, Field

from api.schemas import fields_of
from matcher.matching import Reranker, RerankStatus

__all__ = ["RerankModelPublic", "RerankStatusPublic"]


class RerankModelPublic(BaseModel):
    """One trained re-ranker: its version, date, examples, coefficients and evaluation."""

    version: int
    trained_at: str
    examples: int
    positives: int
    beats_fixed: bool = Field(description="beat the fixed weights on held-out feedback")
    coefficients: dict[str, float] = Field(description="per feature, on standardised features")
    intercept: float
    evaluation: dict[str, float | int | str | bool | None]

    @classmethod
    def of(cls, m: Reranker) -> RerankModelPublic:
        return cls(
            **fields_of(
                cls,
                m,
                trained_at=m.trained_at.isoformat(),
                coefficients=dict(zip(m.weights.features, m.weights.coefficients, strict=True)),
                intercept=m.weights.intercept,
                evaluation=m.evaluation.as_json(),
            )
        )


class RerankStatusPublic(BaseModel):
    """Whether a re-ranker orders the community's suggestions, and why."""

    setting: bool = Field(description="COFOUNDRY_RERANK")
    switch: bool = Field(description="the community's switch (cofoundry rerank on / off)")
    in_use: int | None = Field(description="the version ordering suggestions; null: fixed weights")
    reason: str
    erasures_since: int = Field(description="members erased since the newest model was trained")
    latest: RerankModelPublic | None

    @classmethod
    def of(cls, s: RerankStatus) -> RerankStatusPublic:
        return cls(
            **fields_of(cls, s, latest=None if s.latest is None else RerankModelPublic.of(s.latest))
        )
