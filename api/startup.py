"""Start-up checks of ``cofoundry serve``: fail before serving, with one clear message.

Each problem is a :class:`~matcher.errors.StartupProblem` whose ``field`` names the setting
(environment variable) at fault and whose ``hint`` says what to do; ``cofoundry serve``
prints it and exits with status 2, no traceback. Checked, in order: the database (its
folder exists, it and its folder are writable, it opens and migrates), the encoder (known,
and its model loads and encodes), and the saved vector index (same model, same database,
not too far behind).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from api.settings import Settings
from api.wiring import build_community
from embeddings.encoder import EncoderUnavailable, known_encoders
from matcher.community import Community
from matcher.db import is_postgres_url, redact
from matcher.errors import CofoundryError, StartupProblem

__all__ = ["preflight"]


def _check_database(db: str) -> None:
    if db == ":memory:" or is_postgres_url(db):  # a server: checked by connecting
        return
    path = Path(db)
    folder = path.parent
    if not folder.is_dir():
        raise StartupProblem(
            f"database folder {str(folder)!r} does not exist",
            field="COFOUNDRY_DB",
            value=db,
            hint="create the folder, or set COFOUNDRY_DB (or --db) to a file in a writable folder",
        )
    if not os.access(folder, os.W_OK | os.X_OK):
        raise StartupProblem(
            f"database folder {str(folder)!r} is not writable (SQLite keeps its journal there)",
            field="COFOUNDRY_DB",
            value=db,
            hint="give the server's user write access to the folder, or set COFOUNDRY_DB"
            " (or --db) to a file in a writable folder",
        )
    if path.exists() and not os.access(path, os.R_OK | os.W_OK):
        raise StartupProblem(
            f"database file {db!r} is not writable",
            field="COFOUNDRY_DB",
            value=db,
            hint="give the server's user read and write access to the file, or set"
            " COFOUNDRY_DB (or --db) to another file",
        )


def preflight(settings: Settings) -> Community:
    """Build the community the way the server will, and check that it can serve.

    Returns the community (warmed: encoder loaded) so a caller may use it; raises
    :class:`StartupProblem` for the first problem found.

    Examples
    --------
    >>> preflight(Settings(db=":memory:", encoder="fake")).encoder.name
    'fake-bow-64'
    >>> preflight(Settings(db=":memory:", encoder="no-such-model"))
    Traceback (most recent call last):
    ...
    matcher.errors.StartupProblem: cannot load the encoder 'no-such-model': unknown encoder 'no-such-model': use one of use-multilingual-v3, multilingual-e5-small, multilingual-e5-small-q, all-MiniLM-L6-v2, wordllama-l2-supercat, fake, or the path of a sentence-transformers model folder; set COFOUNDRY_ENCODER (or --encoder) to one of use-multilingual-v3, multilingual-e5-small, multilingual-e5-small-q, all-MiniLM-L6-v2, wordllama-l2-supercat, fake, or a sentence-transformers model folder
    """
    _check_database(settings.database)
    field = "COFOUNDRY_DATABASE_URL" if is_postgres_url(settings.database) else "COFOUNDRY_DB"
    shown = redact(settings.database)
    encoder_hint = (
        f"set COFOUNDRY_ENCODER (or --encoder) to one of {', '.join(known_encoders())},"
        " or a sentence-transformers model folder"
    )
    try:
        community = build_community(settings)
    except EncoderUnavailable as exc:
        raise StartupProblem(
            f"cannot load the encoder {settings.encoder!r}: {exc}",
            field="COFOUNDRY_ENCODER",
            value=settings.encoder,
            hint=encoder_hint,
        ) from None
    except sqlite3.Error as exc:
        raise StartupProblem(
            f"cannot open or migrate the database {shown!r}: {exc}",
            field=field,
            value=shown,
            hint="check the file is a cofoundry SQLite database and is writable, or set"
            " COFOUNDRY_DB (or --db) to another file",
        ) from None
    except CofoundryError as exc:  # a setting's own error names it; else it is the database's
        raise StartupProblem(
            exc.detail,
            field=exc.field or field,
            value=exc.value if exc.field else shown,
            hint=exc.hint,
        ) from None
    try:
        community.encoder.encode(["start-up check"])
    except Exception as exc:  # a model folder that is not a model, missing weights...
        raise StartupProblem(
            f"the encoder {community.encoder.name!r} does not load: {type(exc).__name__}: {exc}",
            field="COFOUNDRY_ENCODER",
            value=settings.encoder or community.encoder.name,
            hint=encoder_hint,
        ) from None
    problem = community.matching.saved_index_problem()
    if problem is not None:
        where = community.matching.index_path
        raise StartupProblem(
            f"the saved vector index {str(where)!r} is stale: {problem}",
            field="COFOUNDRY_INDEX_PATH",
            value=str(where),
            hint=f"rebuild it with `cofoundry reindex --db {shown}` (or delete the file"
            " and it is rebuilt at the first query), or set COFOUNDRY_INDEX_PATH to the"
            " index of this database",
        )
    return community
