"""Privacy: consent and visibility everywhere (rules in :mod:`matcher.access`), export of all
of a person's data, and erasure from the database, the indexes and the trust graph.

The public face of the domain.
"""

from matcher.privacy.model import PSEUDONYM_PREFIX, ErasureReport, PrivacyHook, new_pseudonym
from matcher.privacy.service import (
    BUILTIN_COLUMNS,
    Export,
    PrivacyService,
    VectorInfo,
    VentureRecord,
)
from matcher.privacy.store import PrivacyStore, erasure_epoch

__all__ = [
    "BUILTIN_COLUMNS",
    "PSEUDONYM_PREFIX",
    "ErasureReport",
    "Export",
    "PrivacyHook",
    "PrivacyService",
    "PrivacyStore",
    "VectorInfo",
    "VentureRecord",
    "erasure_epoch",
    "new_pseudonym",
]
