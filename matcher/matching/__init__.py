"""Matching: complementarity scores both ways, hard filters, preferences, ranked and explained
suggestions, and the pair scores of a room.

The public face of the domain: other domains import from here (or, from pure code, from
:mod:`matcher.matching.model`).
"""

from matcher.matching.model import (
    Components,
    Filters,
    PhraseMatch,
    PreferenceCheck,
    Suggestion,
    Weights,
)
from matcher.matching.ranking import PairExplanation, explain_pair, explain_roles, match_phrases
from matcher.matching.service import MAX_K, MatchingService, MatchSettings

__all__ = [
    "MAX_K",
    "Components",
    "Filters",
    "MatchSettings",
    "MatchingService",
    "PairExplanation",
    "PhraseMatch",
    "PreferenceCheck",
    "Suggestion",
    "Weights",
    "explain_pair",
    "explain_roles",
    "match_phrases",
]
