"""Generic sentence encoders and a FAISS vector index. Knows nothing of profiles or matching."""

from embeddings.encoder import DEFAULT_ENCODER, Encoder, FakeEncoder, encoder_from_name
from embeddings.index import IndexMismatch, VectorIndex

__all__ = [
    "DEFAULT_ENCODER",
    "Encoder",
    "FakeEncoder",
    "IndexMismatch",
    "VectorIndex",
    "encoder_from_name",
]
