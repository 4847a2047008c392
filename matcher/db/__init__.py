"""The database floor: one connection per thread, transactions, migrations, counters.

Every domain store writes through a :class:`Database`; nothing else opens a connection.
"""

from matcher.db.database import (
    ERASURE_EPOCH,
    MEMORY,
    TRUST_VERSION,
    Database,
    Migration,
    utcnow_text,
)

__all__ = ["ERASURE_EPOCH", "MEMORY", "TRUST_VERSION", "Database", "Migration", "utcnow_text"]
