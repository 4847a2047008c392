"""Liveness (``GET /health``) and readiness (``GET /ready``).

Readiness means this worker can answer every route now: the database is writable, its
schema is the one this code expects, the encoder is loaded and the search state is built
and fresh (or few enough changes behind to be caught up on the next query). Otherwise
``/ready`` answers 503 with the reason, the setting at fault and what to do, and starts
whatever brings it back (building or rebuilding the search state) in the background.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from matcher.community import Community
from matcher.errors import StartupProblem, counted
from matcher.schema import MIGRATIONS

__all__ = ["Readiness"]

logger = logging.getLogger(__name__)


class Readiness:
    """Warms a community up in a background thread, and says whether it is ready.

    Parameters
    ----------
    community : Community
    warm_on_start : bool
        If False, an unbuilt search state counts as ready (it is built on the first query).
    also : sequence of callables
        Run first in the warm-up (their answers are dropped): the API passes
        ``app.openapi``, which builds every route's request handling now. FastAPI builds it
        lazily, on the first request a worker routes past a route, and that build is long:
        190 ms on a worker's first write (``POST /me/collaborations`` and its answer) at
        10k profiles, a stall every request queued behind it waited out.

    Examples
    --------
    >>> from api.settings import Settings
    >>> from api.wiring import build_community
    >>> r = Readiness(build_community(Settings(db=":memory:", encoder="fake")))
    >>> r.warm_up(block=True)
    >>> r.check()["index"]
    'exact scan, up to date'
    """

    def __init__(
        self,
        community: Community,
        *,
        warm_on_start: bool = True,
        also: Sequence[Callable[[], object]] = (),
    ) -> None:
        self.community = community
        self.also = tuple(also)
        self.service = community.matching
        self.warm_on_start = warm_on_start
        self._thread: threading.Thread | None = None
        self._error: str | None = None
        self._lock = threading.Lock()

    def warm_up(self, *, block: bool = False) -> None:
        """Load the encoder and build the search state (in a thread unless ``block``)."""
        with self._lock:
            if self._thread is not None and self._thread.is_alive():
                return
            self._error = None
            self._thread = threading.Thread(target=self._warm, name="cofoundry-warm", daemon=True)
            self._thread.start()
        if block:
            self._thread.join()

    def _warm(self) -> None:
        try:
            for step in self.also:
                step()
            # the trust graph's cold build reports its progress in the log
            self.community.warm(progress=lambda n: logger.info("trust graph: %d records read", n))
        except Exception as exc:  # reported by /ready, with the reason
            logger.exception("warm-up failed")
            self._error = f"{type(exc).__name__}: {exc}"

    def check(self) -> dict[str, str]:
        """What is ready; :class:`StartupProblem` (503) for the first thing that is not."""
        store = self.community.db
        checks: dict[str, str] = {}
        if store.dialect == "sqlite" and store.path != ":memory:":
            path = Path(store.path)
            if not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
                raise StartupProblem(
                    f"database {store.path!r} is not writable",
                    field="COFOUNDRY_DB",
                    value=store.path,
                    hint="give the server write access to the file and its folder",
                )
        checks["database"] = "writable"
        version, wanted = store.schema_version(), len(MIGRATIONS)
        if version != wanted:
            raise StartupProblem(
                f"database schema is at version {version}, this code needs {wanted}",
                field="COFOUNDRY_DB",
                value=store.path,
                hint="restart the server (it migrates at start), or run the code that matches"
                " this database",
            )
        checks["migrations"] = f"{version}/{wanted}"
        if self._error is not None:
            raise StartupProblem(
                f"warm-up failed: {self._error}",
                field="COFOUNDRY_ENCODER",
                value=self.service.encoder.name,
                hint="see the server log; check the encoder and the index settings",
            )
        built, lag, limit = self.service.search_lag()
        warming = self._thread is not None and self._thread.is_alive()
        if not built:
            if not self.warm_on_start and not warming:
                checks["encoder"] = self.service.encoder.name
                checks["index"] = "built on the first query"
                return checks
            if not warming:
                self.warm_up()
            raise StartupProblem(
                "starting: loading the encoder and building the search state",
                field=None,
                hint="retry in a few seconds",
            )
        checks["encoder"] = self.service.encoder.name
        if lag > limit:
            self.warm_up()
            raise StartupProblem(
                f"the search state is {counted(lag, 'change')} behind the database; rebuilding it",
                field=None,
                hint="retry in a few seconds",
            )
        kind = "index" if self.service.uses_index else "exact scan"
        checks["index"] = f"{kind}, " + (
            "up to date" if lag == 0 else f"{counted(lag, 'change')} to catch up"
        )
        return checks
