"""The tables of matching: the community's trained re-rankers and the switch that turns them
off (:mod:`matcher.matching.rerank`).

A model is a handful of numbers fitted on the community's feedback: its coefficients, the
means and scales of the features, its held-out evaluation, all JSON numbers (no pickle),
with its version, training date and number of examples. No row names a person: the
training pairs are assembled from the feedback and introductions tables each time a model
is trained, and never stored.
"""

from __future__ import annotations

import datetime as dt
import json

from matcher.db import Database, utcnow_text
from matcher.matching.rerank import Evaluation, LearnedWeights, Reranker

__all__ = ["RerankStore", "m_rerank", "m_rerank_digest"]


def m_rerank(db: Database) -> None:
    """Trained re-rankers, one row per version, and the community's on/off switch (issue 20)."""
    for sql in (
        "CREATE TABLE rerank_models (version INTEGER PRIMARY KEY, trained_at TEXT NOT NULL,"
        " examples INTEGER NOT NULL, positives INTEGER NOT NULL, weights TEXT NOT NULL,"
        " evaluation TEXT NOT NULL, beats_fixed INTEGER NOT NULL CHECK (beats_fixed IN (0, 1)),"
        " erasure_epoch INTEGER NOT NULL)",
        "CREATE TABLE rerank_switch (id INTEGER PRIMARY KEY CHECK (id = 1),"
        " enabled INTEGER NOT NULL CHECK (enabled IN (0, 1)), changed_at TEXT NOT NULL)",
    ):
        db.execute(sql)


def m_rerank_digest(db: Database) -> None:
    """The digest of the labels each model was trained on: a worker asks whether the labels
    changed since without building the search state."""
    db.execute("ALTER TABLE rerank_models ADD COLUMN labels_digest TEXT NOT NULL DEFAULT ''")


class RerankStore:
    """The ``rerank_models`` and ``rerank_switch`` tables.

    Examples
    --------
    >>> from matcher.schema import connect
    >>> store = RerankStore(connect())
    >>> store.latest() is None, store.enabled()
    (True, True)
    >>> with store.db.transaction():
    ...     store.set_enabled(False)
    >>> store.enabled()
    False
    """

    def __init__(self, db: Database) -> None:
        self.db = db

    def add(
        self,
        trained_at: dt.datetime,
        examples: int,
        positives: int,
        weights: LearnedWeights,
        evaluation: Evaluation,
        erasure_epoch: int,
        labels_digest: str = "",
    ) -> Reranker:
        """Store a newly trained model as the next version. Must run in a transaction."""
        self.db.require_transaction()
        row = self.db.execute("SELECT COALESCE(MAX(version), 0) FROM rerank_models").fetchone()
        version = int(row[0]) + 1
        self.db.execute(
            "INSERT INTO rerank_models (version, trained_at, examples, positives, weights,"
            " evaluation, beats_fixed, erasure_epoch, labels_digest)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                version,
                trained_at.isoformat(),
                examples,
                positives,
                json.dumps(weights.as_json(), allow_nan=False),
                json.dumps(evaluation.as_json(), allow_nan=False),
                int(evaluation.beats_fixed),
                erasure_epoch,
                labels_digest,
            ],
        )
        return Reranker(
            version,
            trained_at,
            examples,
            positives,
            weights,
            evaluation,
            erasure_epoch,
            labels_digest,
        )

    _SELECT = (
        "SELECT version, trained_at, examples, positives, weights, evaluation, erasure_epoch,"
        " labels_digest FROM rerank_models"
    )

    @staticmethod
    def _model(row: tuple[int, str, int, int, str, str, int, str]) -> Reranker:
        return Reranker(
            version=int(row[0]),
            trained_at=dt.datetime.fromisoformat(row[1]),
            examples=int(row[2]),
            positives=int(row[3]),
            weights=LearnedWeights.from_json(json.loads(row[4])),
            evaluation=Evaluation.from_json(json.loads(row[5])),
            erasure_epoch=int(row[6]),
            labels_digest=str(row[7]),
        )

    def latest(self) -> Reranker | None:
        """The newest model, or None when none was trained."""
        return self.db.first(self._SELECT + " ORDER BY version DESC LIMIT 1", (), self._model)

    def latest_version(self) -> int:
        """The newest model's version (0: none), one cheap read."""
        row = self.db.execute("SELECT COALESCE(MAX(version), 0) FROM rerank_models").fetchone()
        return int(row[0])

    def switch_and_version(self) -> tuple[bool, int]:
        """``(enabled, newest version)`` in one read (0: no model)."""
        row = self.db.execute(
            "SELECT (SELECT enabled FROM rerank_switch WHERE id = 1),"
            " (SELECT COALESCE(MAX(version), 0) FROM rerank_models)"
        ).fetchone()
        return (True if row[0] is None else bool(row[0])), int(row[1])

    def models(self) -> list[Reranker]:
        """Every model, newest first."""
        return [self._model(r) for r in self.db.execute(self._SELECT + " ORDER BY version DESC")]

    def enabled(self) -> bool:
        """The community's switch (on unless turned off)."""
        row = self.db.execute("SELECT enabled FROM rerank_switch WHERE id = 1").fetchone()
        return True if row is None else bool(row[0])

    def set_enabled(self, enabled: bool) -> None:
        """Turn the re-ranker on or off. Must run in a transaction."""
        self.db.require_transaction()
        self.db.execute(
            "INSERT INTO rerank_switch (id, enabled, changed_at) VALUES (1, ?, ?)"
            " ON CONFLICT(id) DO UPDATE SET enabled = excluded.enabled,"
            " changed_at = excluded.changed_at",
            [int(enabled), utcnow_text()],
        )
