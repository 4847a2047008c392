"""Matching: complementarity scores both ways, hard filters, preferences, ranked and explained
suggestions, and the pair scores of a room.

The public face of the domain: other domains import from here (or, from pure code, from
:mod:`matcher.matching.model`).
"""

from matcher.matching.model import (
    BANDS,
    Components,
    Filters,
    MatchScore,
    PairFit,
    PhraseMatch,
    PreferenceCheck,
    Suggestion,
    Weights,
    match_score,
)
from matcher.matching.ranking import PairExplanation, explain_pair, explain_roles, match_phrases
from matcher.matching.service import MAX_K, MatchingService, MatchSettings

__all__ = [
    "BANDS",
    "MAX_K",
    "Components",
    "Filters",
    "MatchScore",
    "MatchSettings",
    "MatchingService",
    "PairExplanation",
    "PairFit",
    "PhraseMatch",
    "PreferenceCheck",
    "Suggestion",
    "Weights",
    "explain_pair",
    "explain_roles",
    "match_phrases",
    "match_score",
]
