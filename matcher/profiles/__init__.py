"""Profiles: who a person is, what they offer, need and value; import; their vectors.

The public face of the domain: other domains import from here (or, from pure code, from
:mod:`matcher.profiles.model`).
"""

from matcher.profiles.model import (
    CRITERIA,
    ZONES,
    Commitment,
    Preferences,
    Profile,
    ProfileVectors,
    Role,
    Stage,
    Strength,
    Visibility,
    is_zone,
    split_phrases,
    zone_offset,
)
from matcher.profiles.service import FIELDS, ImportReport, ProfileService
from matcher.profiles.store import ProfileStore, StoredVector
from matcher.profiles.validation import (
    COLUMNS,
    LIMITS,
    check_profile,
    check_rows,
    control_character,
    merge_profile,
    parse_csv,
    parse_json,
    profile_errors,
    profile_to_dict,
)

__all__ = [
    "COLUMNS",
    "CRITERIA",
    "FIELDS",
    "LIMITS",
    "ZONES",
    "Commitment",
    "ImportReport",
    "Preferences",
    "Profile",
    "ProfileService",
    "ProfileStore",
    "ProfileVectors",
    "Role",
    "Stage",
    "StoredVector",
    "Strength",
    "Visibility",
    "check_profile",
    "check_rows",
    "control_character",
    "is_zone",
    "merge_profile",
    "parse_csv",
    "parse_json",
    "profile_errors",
    "profile_to_dict",
    "split_phrases",
    "zone_offset",
]
