"""Matching: complementarity scores both ways, hard filters, preferences, ranked and explained
suggestions, and the pair scores of a room.

The public face of the domain: other domains import from here (or, from pure code, from
:mod:`matcher.matching.model`).
"""

from matcher.matching.model import (
    BANDS,
    DIRECTIONS,
    Band,
    Components,
    Filters,
    LearnedOrder,
    MatchScore,
    PairFit,
    PhraseMatch,
    PreferenceCheck,
    Suggestion,
    Weights,
    band_of,
    match_score,
)
from matcher.matching.ranking import PairExplanation, explain_pair, explain_roles, match_phrases
from matcher.matching.rerank import (
    Evaluation,
    LabelledPair,
    LearnedWeights,
    Reranker,
    RerankSettings,
    RerankStatus,
)
from matcher.matching.service import MAX_K, IndexKind, MatchingService, MatchSettings
from matcher.matching.store import RerankStore

__all__ = [
    "BANDS",
    "DIRECTIONS",
    "MAX_K",
    "Band",
    "Components",
    "Evaluation",
    "Filters",
    "IndexKind",
    "LabelledPair",
    "LearnedOrder",
    "LearnedWeights",
    "MatchScore",
    "MatchSettings",
    "MatchingService",
    "PairExplanation",
    "PairFit",
    "PhraseMatch",
    "PreferenceCheck",
    "RerankSettings",
    "RerankStatus",
    "RerankStore",
    "Reranker",
    "Suggestion",
    "Weights",
    "band_of",
    "explain_pair",
    "explain_roles",
    "match_phrases",
    "match_score",
]
