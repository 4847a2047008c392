"""Matching: complementarity scores both ways, hard filters, preferences, ranked and explained
suggestions, and the pair scores of a room.

The public face of the domain: other domains import from here (or, from pure code, from
:mod:`matcher.matching.model`).
"""

from matcher.matching.model import (
    FIT_WORDS,
    Components,
    Filters,
    PairFit,
    PhraseMatch,
    PreferenceCheck,
    ScoreDisplay,
    Suggestion,
    Weights,
    display_score,
)
from matcher.matching.ranking import PairExplanation, explain_pair, explain_roles, match_phrases
from matcher.matching.service import MAX_K, MatchingService, MatchSettings

__all__ = [
    "FIT_WORDS",
    "MAX_K",
    "Components",
    "Filters",
    "MatchSettings",
    "MatchingService",
    "PairExplanation",
    "PairFit",
    "PhraseMatch",
    "PreferenceCheck",
    "ScoreDisplay",
    "Suggestion",
    "Weights",
    "display_score",
    "explain_pair",
    "explain_roles",
    "match_phrases",
]
