"""A real OpenLink Virtuoso for the integration tests, started and stopped by the test session.

The server runs from Debian's ``virtuoso-opensource-7`` (installed by ``.ci/run``) with its own
ini, database folder and free loopback ports under pytest's tmp folder, so it never touches a
system instance. Results are capped low (``ResultSetMaxRows``) so that paging is exercised by
every question that returns more rows. The tests write as a user of their own, created with a
random password and the ``SPARQL_UPDATE`` role; ``dba`` gets a random password too.
"""
from __future__ import annotations

import secrets
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

#: Rows per answer before Virtuoso cuts it; low, so the named questions are paged.
MAX_ROWS = 500

INI = """\
[Database]
DatabaseFile       = {db}/virtuoso.db
ErrorLogFile       = {db}/virtuoso.log
LockFile           = {db}/virtuoso.lck
TransactionFile    = {db}/virtuoso.trx
xa_persistent_file = {db}/virtuoso.pxa
FileExtend         = 200
Striping           = 0
TempStorage        = TempDatabase

[TempDatabase]
DatabaseFile       = {db}/virtuoso-temp.db
TransactionFile    = {db}/virtuoso-temp.trx
Striping           = 0

[Parameters]
ServerPort         = 127.0.0.1:{sql_port}
DisableUnixSocket  = 1
CheckpointInterval = 0
NumberOfBuffers    = {buffers}
MaxDirtyBuffers    = {dirty_buffers}
ThreadsPerQuery    = 2
DirsAllowed        = {dirs_allowed}
CaseMode           = 2

[HTTPServer]
ServerPort         = 127.0.0.1:{http_port}
ServerRoot         = {www}
ServerThreads      = 4
Charset            = UTF-8

[SPARQL]
ResultSetMaxRows      = {max_rows}
MaxQueryExecutionTime = 120
"""


@dataclass
class Virtuoso:
    base: str  #: http://127.0.0.1:port
    user: str
    password: str
    max_rows: int

    @property
    def sparql(self) -> str:
        return f"{self.base}/sparql"

    @property
    def sparql_auth(self) -> str:
        return f"{self.base}/sparql-auth"

    @property
    def graph_store(self) -> str:
        return f"{self.base}/sparql-graph-crud-auth"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _isql(port: int, password: str, sql: str) -> None:
    result = subprocess.run(["isql-vt", f"127.0.0.1:{port}", "dba", password, f"EXEC={sql}"],
                            capture_output=True, text=True, timeout=60)
    if result.returncode != 0 or "*** Error" in result.stdout + result.stderr:
        raise RuntimeError(f"isql-vt failed on {sql!r}: {(result.stdout + result.stderr).strip()[-500:]}")


def _wait_ready(proc: subprocess.Popen, url: str, log: Path, seconds: float = 90) -> None:
    import requests

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"virtuoso-t exited with {proc.returncode}: {log.read_text(errors='replace')[-1500:]}")
        try:
            if requests.get(url, params={"query": "ASK {}"}, timeout=2).status_code == 200:
                return
        except requests.RequestException:
            pass
        time.sleep(0.3)
    raise RuntimeError(f"virtuoso-t did not answer within {seconds:g} s: {log.read_text(errors='replace')[-1500:]}")


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is not None:
        return
    proc.send_signal(signal.SIGTERM)  # virtuoso-t checkpoints and exits on SIGTERM
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=10)


@dataclass
class Server:
    """A running ``virtuoso-t``: its HTTP base, its SQL port (for ``isql-vt``) and its process."""
    base: str
    sql_port: int
    proc: subprocess.Popen


def require_virtuoso() -> str | None:
    """Why Virtuoso cannot run here (None: it can)."""
    if shutil.which("virtuoso-t") is None or shutil.which("isql-vt") is None:
        return "virtuoso-t is not installed (apt-get install virtuoso-opensource-7; .ci/run does it)"
    return None


@contextmanager
def running_virtuoso(root: Path, *, max_rows: int, buffers: int = 10_000, dirty_buffers: int = 6_000,
                     dirs_allowed: tuple[str, ...] = ()) -> Iterator[Server]:
    """``virtuoso-t`` on free loopback ports over the database in ``root/db`` (made if missing),
    stopped at the end. The one place that starts Virtuoso: the integration tests and the
    benchmarks (``tests/benchmarks/bench_speed.py``) both use it.

    Args:
        root: its folder (ini, database, console log).
        max_rows: rows per answer before the server cuts it (``ResultSetMaxRows``).
        buffers, dirty_buffers: its page cache (8 kB pages; the default suits a small database).
        dirs_allowed: more folders its bulk loader may read.
    """
    db, www = root / "db", root / "www"
    db.mkdir(parents=True, exist_ok=True)
    www.mkdir(exist_ok=True)
    sql_port, http_port = _free_port(), _free_port()
    ini = root / "virtuoso.ini"
    ini.write_text(INI.format(db=db, www=www, sql_port=sql_port, http_port=http_port, max_rows=max_rows,
                              buffers=buffers, dirty_buffers=dirty_buffers,
                              dirs_allowed=", ".join((".",) + tuple(str(d) for d in dirs_allowed))))
    log = root / "console.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(["virtuoso-t", "+configfile", str(ini), "+foreground"], cwd=root,
                                stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        base = f"http://127.0.0.1:{http_port}"
        _wait_ready(proc, f"{base}/sparql", log)
        yield Server(base=base, sql_port=sql_port, proc=proc)
    finally:
        _stop(proc)


@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory) -> Virtuoso:
    """A running Virtuoso on free loopback ports, with a writer account; stopped at the end."""
    missing = require_virtuoso()
    if missing:
        pytest.skip(missing)
    with running_virtuoso(tmp_path_factory.mktemp("virtuoso"), max_rows=MAX_ROWS) as server:
        sql_port = server.sql_port
        # A fresh database has dba/dba: replace it, and write as an account of our own.
        dba_password, user, password = secrets.token_hex(12), "diplograph", secrets.token_hex(12)
        _isql(sql_port, "dba", f"user_set_password('dba', '{dba_password}')")
        _isql(sql_port, dba_password, f"DB.DBA.USER_CREATE('{user}', '{password}')")
        _isql(sql_port, dba_password, f"GRANT SPARQL_UPDATE TO \"{user}\"")
        # Graph-level rights of a non-dba account: read and write every graph (1 read, 2 write, 4 sponge).
        _isql(sql_port, dba_password, f"DB.DBA.RDF_DEFAULT_USER_PERMS_SET('{user}', 7)")
        yield Virtuoso(base=server.base, user=user, password=password, max_rows=MAX_ROWS)


@pytest.fixture()
def credentials_env(virtuoso, monkeypatch):
    """The writer's credentials in the environment, as a user would give them."""
    from diplograph.graph.store.endpoint import PASSWORD_ENV, USER_ENV

    monkeypatch.setenv(USER_ENV, virtuoso.user)
    monkeypatch.setenv(PASSWORD_ENV, virtuoso.password)
    return virtuoso
