"""A real PostgreSQL server for the tests and benchmarks: started here, never mocked.

:func:`start_server` uses ``COFOUNDRY_TEST_DATABASE_URL`` when set (a server you run;
the tests create and drop schemas in its database), else starts PostgreSQL 16 from the
``pgserver`` wheel (a dev dependency: PostgreSQL and pgvector in a PyPI package, no
system install) in a temporary folder, on a Unix socket only. PostgreSQL refuses to run
as root: a root process runs pgserver's binaries as ``nobody`` (:class:`_NobodyServer`),
where pgserver itself would add a system user and open parent folders to everyone;
nothing outside the temporary folder changes. If the server cannot start,
:class:`ServerUnavailable` says why: the PostgreSQL tests fail with that reason, they
are never skipped.

Each :meth:`PgServer.new_database` is a fresh schema of the test database (its own
tables, change log and NOTIFY channel), dropped by :meth:`PgServer.drop`.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
import uuid
from collections.abc import Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

from matcher.db import Migration
from matcher.db.postgres import PostgresDatabase

__all__ = ["PgServer", "ServerUnavailable", "start_server"]


class ServerUnavailable(RuntimeError):
    """PostgreSQL could not be started or reached (the message says why)."""


def _with_options(url: str, schema: str) -> str:
    sep = "&" if "?" in url else "?"
    return f"{url}{sep}options={quote(f'-csearch_path={schema}')}"


@dataclass
class PgServer:
    """A PostgreSQL server and a database on it for the tests."""

    url: str  # the test database
    handle: Any = None  # the pgserver handle, when we started it
    folder: Path | None = None
    schemas: list[str] = field(default_factory=list)

    def admin(self) -> Any:
        import psycopg

        return psycopg.connect(self.url, autocommit=True)

    def new_schema(self) -> str:
        """A new empty schema; returns its name."""
        name = "t_" + uuid.uuid4().hex[:12]
        with self.admin() as conn:
            conn.execute(f"CREATE SCHEMA {name}")
        self.schemas.append(name)
        return name

    def schema_url(self, schema: str) -> str:
        """The URL of the test database with ``schema`` first on the search path."""
        return _with_options(self.url, schema)

    def new_database(self, migrations: Sequence[Migration] = ()) -> PostgresDatabase:
        """A fresh, migrated database (a new schema), as ``connect(":memory:")`` is on SQLite."""
        return PostgresDatabase(self.schema_url(self.new_schema()), migrations)

    def drop(self, db: PostgresDatabase) -> None:
        """Close ``db`` and drop its schema."""
        db.close()
        schema = db.conninfo.rsplit("search_path%3D", 1)[-1].split("&")[0]
        if schema.startswith("t_"):
            self.drop_schema(schema)

    def drop_schema(self, schema: str) -> None:
        with self.admin() as conn:
            conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")

    def stop(self) -> None:
        """Stop the server we started and delete its folder."""
        if self.handle is not None:
            self.handle.cleanup()
            self.handle = None
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)


def _compile_locales(folder: Path, locales: Sequence[str]) -> Path:
    """``locales`` (``en_US.UTF-8``...) compiled by ``localedef`` into ``folder/locales``
    (readable by the server's user): the server finds them through ``LOCPATH``, on a
    machine whose system has only the C locales."""
    import subprocess

    where = folder / "locales"
    where.mkdir(mode=0o755)
    for locale in locales:
        source, _, charmap = locale.partition(".")
        done = subprocess.run(
            ["localedef", "-i", source, "-f", charmap or "UTF-8", str(where / locale)],
            capture_output=True,
            text=True,
            timeout=120,
        )
        if not (where / locale).is_dir():
            raise ServerUnavailable(
                f"localedef could not compile {locale} (exit {done.returncode}):"
                f" {done.stderr.strip()[-500:]}; install the locale sources (Debian: locales)"
                " or set COFOUNDRY_TEST_DATABASE_URL to a server that has it"
            )
    for path in where.rglob("*"):
        path.chmod(0o755 if path.is_dir() else 0o644)
    return where


def start_server(
    name: str = "cofoundry_test", *, collation: str = "C", locales: Sequence[str] = ()
) -> PgServer:
    """A server with a database ``name`` of ``collation`` (default C: ids sort as on
    SQLite). ``locales`` are compiled for a server started here (another collation than
    C needs its locale: ``start_server("x", collation="en_US.UTF-8", locales=["en_US.UTF-8"])``).

    Raises
    ------
    ServerUnavailable
        With the reason (pgserver missing, initdb or start failed, URL unreachable).
    """
    url = os.environ.get("COFOUNDRY_TEST_DATABASE_URL")
    handle: Any = None
    folder: Path | None = None
    try:
        import psycopg
    except ImportError as exc:
        raise ServerUnavailable(f"psycopg is not installed ({exc}): pip install -e .[dev]") from exc
    if not url:
        # pgserver keeps a lock file in the runtime folder (XDG_RUNTIME_DIR, else a warning);
        # one made here goes when this process exits
        if "XDG_RUNTIME_DIR" not in os.environ:
            runtime = tempfile.mkdtemp(prefix="cfpg-run-")
            os.environ["XDG_RUNTIME_DIR"] = runtime
            atexit.register(shutil.rmtree, runtime, True)
        try:
            import pgserver
        except ImportError as exc:
            raise ServerUnavailable(
                f"pgserver is not installed ({exc}); it ships PostgreSQL for the tests:"
                " pip install -e .[dev], or set COFOUNDRY_TEST_DATABASE_URL to a server"
            ) from exc
        # short path: the Unix socket lives in the data folder (108-byte limit)
        folder = Path(tempfile.mkdtemp(prefix="cfpg-", dir="/tmp" if os.name == "posix" else None))
        try:
            env = {"LOCPATH": str(_compile_locales(folder, locales))} if locales else {}
            if hasattr(os, "geteuid") and os.geteuid() == 0:
                handle = _NobodyServer.start(Path(pgserver.__file__).parent, folder, env)
            else:
                saved = {k: os.environ.get(k) for k in env}
                os.environ.update(env)  # the server inherits it
                try:
                    handle = pgserver.get_server(  # type: ignore[attr-defined]
                        folder / "data", cleanup_mode="delete"
                    )
                finally:
                    for k, v in saved.items():
                        if v is None:
                            os.environ.pop(k, None)
                        else:
                            os.environ[k] = v
        except ServerUnavailable:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        except Exception as exc:
            log = folder / "data" / "log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            shutil.rmtree(folder, ignore_errors=True)
            raise ServerUnavailable(
                f"pgserver could not start PostgreSQL in {folder}: {type(exc).__name__}: {exc}"
                + (f"\nserver log:\n{tail}" if tail else "")
            ) from exc
        url = handle.get_uri()
    try:
        with psycopg.connect(url, autocommit=True) as conn:
            # tests favour speed over durability: nothing here outlives the run
            if handle is not None:
                for setting in (
                    "fsync = off",
                    "synchronous_commit = off",
                    "full_page_writes = off",
                ):
                    conn.execute(f"ALTER SYSTEM SET {setting}")
                conn.execute("SELECT pg_reload_conf()")
            exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
            if not exists:
                conn.execute(
                    f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8'"
                    f" LC_COLLATE '{collation}' LC_CTYPE '{collation}'"
                )
    except psycopg.Error as exc:
        if handle is not None:
            handle.cleanup()
        raise ServerUnavailable(f"cannot use PostgreSQL at {url}: {exc}") from exc
    base, _, query = url.partition("?")
    scheme_host = base.rsplit("/", 1)[0]
    db_url = f"{scheme_host}/{name}" + (f"?{query}" if query else "")
    return PgServer(db_url, handle, folder)


class _NobodyServer:
    """PostgreSQL from pgserver's binaries, run as the user ``nobody``, for a root process.

    PostgreSQL refuses to run as root. pgserver's answer (``useradd pgserver`` and opening
    every parent folder of its data and binaries to all users) changes the machine; this
    runs ``initdb`` and ``pg_ctl`` as ``nobody`` instead, with the data in our temporary
    folder and nothing changed outside it.
    """

    def __init__(
        self,
        pg_ctl: Path,
        data: Path,
        cwd: Path,
        ids: tuple[int, int],
        env: dict[str, str] | None = None,
    ) -> None:
        self.pg_ctl, self.data, self.cwd, self.ids = pg_ctl, data, cwd, ids
        self.env = env or {}

    def _run(self, *cmd: str | Path, timeout: float = 120) -> None:
        import subprocess

        uid, gid = self.ids
        done = subprocess.run(
            [str(c) for c in cmd],
            user=uid,
            group=gid,
            extra_groups=[],
            cwd=self.cwd,
            capture_output=True,
            text=True,
            timeout=timeout,
            env={"PATH": os.environ.get("PATH", ""), "LC_ALL": "C", **self.env},
        )
        if done.returncode:
            raise ServerUnavailable(
                f"{Path(str(cmd[0])).name} (as nobody) failed: {done.stderr.strip() or done.stdout.strip()}"
            )

    @classmethod
    def start(cls, package: Path, folder: Path, env: dict[str, str] | None = None) -> _NobodyServer:
        import pwd

        try:
            nobody = pwd.getpwnam("nobody")
        except KeyError:
            raise ServerUnavailable(
                "running as root, and there is no user 'nobody' to run PostgreSQL as: run the"
                " tests as another user, or set COFOUNDRY_TEST_DATABASE_URL"
            ) from None
        bin_dir = package / "pginstall" / "bin"
        folder.chmod(0o711)  # ours: nobody may enter it, not list it
        if not all(p.stat().st_mode & 0o001 for p in (bin_dir, *bin_dir.parents)):
            # a folder above the virtualenv is closed to other users (`mktemp -d` makes
            # them 0700): nobody runs a copy of the binaries (34 MB) from our folder instead,
            # laid out as in site-packages (their RPATH finds pgserver.libs beside pgserver)
            site = folder / "site"
            shutil.copytree(package / "pginstall", site / package.name / "pginstall", symlinks=True)
            libs = package.parent / f"{package.name}.libs"
            if libs.is_dir():
                shutil.copytree(libs, site / libs.name, symlinks=True)
            bin_dir = site / package.name / "pginstall" / "bin"
        data = folder / "data"
        data.mkdir(mode=0o700)
        os.chown(data, nobody.pw_uid, nobody.pw_gid)
        server = cls(bin_dir / "pg_ctl", data, folder, (nobody.pw_uid, nobody.pw_gid), env)
        try:
            server._run(
                bin_dir / "initdb",
                "-D",
                data,
                "-U",
                "postgres",
                "--auth=trust",
                "--encoding=UTF8",
                "--locale=C",
                "--no-sync",
            )
        except (ServerUnavailable, PermissionError) as exc:
            raise ServerUnavailable(
                f"{exc}\nPostgreSQL runs as 'nobody' under root: every folder above {bin_dir}"
                " must be open to other users (o+x); or run the tests as another user, or"
                " set COFOUNDRY_TEST_DATABASE_URL"
            ) from None
        server._run(
            server.pg_ctl, "-D", data, "-w", "-t", "60", "-l", data / "log",
            "-o", f"-h '' -k {data}", "start",
        )  # fmt: skip
        atexit.register(server.cleanup)  # also when the run is interrupted
        return server

    def get_uri(self) -> str:
        return f"postgresql://postgres@/postgres?host={quote(str(self.data))}"

    def cleanup(self) -> None:
        with suppress(ServerUnavailable, OSError):
            self._run(self.pg_ctl, "-D", self.data, "-m", "immediate", "stop", timeout=60)
