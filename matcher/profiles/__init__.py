"""Profiles: who a person is, what they offer, need and value; import; their vectors.

The public face of the domain: other domains import from here (or, from pure code, from
:mod:`matcher.profiles.model`).
"""

from matcher.profiles import columns, model, service, validation
from matcher.profiles.columns import *  # noqa: F403
from matcher.profiles.model import *  # noqa: F403
from matcher.profiles.service import *  # noqa: F403
from matcher.profiles.store import ProfileStore, StoredVector
from matcher.profiles.validation import *  # noqa: F403

__all__ = ["ProfileStore", "StoredVector"]
__all__ += columns.__all__
__all__ += model.__all__
__all__ += service.__all__
__all__ += validation.__all__
__all__.sort(key=lambda name: (not name.isupper(), name))  # constants first
