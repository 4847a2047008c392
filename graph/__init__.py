"""Generic trust graph: people are ids, collaborations and endorsements are weighted edges."""
