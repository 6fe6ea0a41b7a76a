"""``diplograph serve`` on uvicorn: the listening socket, the query workers and their life cycle.

The socket is bound first, so a taken port is one line (:class:`ServerError`) and costs no
worker process; the workers start next; uvicorn then serves the app of :mod:`.app` on that socket
until :meth:`DiplographServer.shutdown` or Ctrl-C.
"""
from __future__ import annotations

import copy
import logging
import socket
import threading
from pathlib import Path

from diplograph.graph.errors import GraphError, ServerError  # noqa: F401
from diplograph.graph.serve.worker import QueryPool

__all__ = ["ServerError", "DiplographServer", "make_server"]

#: Seconds a request still running at shutdown may take to finish before it is cancelled.
GRACE = 2.0


def _listen(host: str, port: int) -> socket.socket:
    try:
        found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
        # IPv4 first when the name has both ("localhost"), as the printed URL says 127.0.0.1.
        family, *_, address = next((f for f in found if f[0] == socket.AF_INET), found[0])
        return socket.create_server(address, family=family)
    except OSError as exc:
        raise ServerError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None


class DiplographServer:
    """A bound socket, a :class:`~diplograph.graph.serve.worker.QueryPool` and the uvicorn server that joins them.

    The same surface as the standard library's servers: ``serve_forever()`` blocks (in any thread),
    ``shutdown()`` stops it from another thread and waits, ``server_close()`` frees the socket and
    kills the workers.
    """

    def __init__(self, sock: socket.socket, pool: QueryPool, *, store: Path, question_names: list[str],
                 quiet: bool = False):
        self.socket = sock
        self.pool = pool
        self.store = store
        self.question_names = question_names
        self.quiet = quiet
        self._uvicorn = self._make_uvicorn()
        self._entered = threading.Event()
        self._done = threading.Event()

    @property
    def url(self) -> str:
        host, port = self.socket.getsockname()[:2]
        host = f"[{host}]" if ":" in host else host
        return f"http://{host}:{port}/"

    def _make_uvicorn(self):
        import uvicorn

        from diplograph.graph.serve.app import make_app

        app = make_app(self.pool, store=self.store, question_names=self.question_names)
        # uvicorn's startup lines are left out (the command prints its URL); the access log goes to
        # stderr, as stdout carries the command's own output.
        logs = copy.deepcopy(uvicorn.config.LOGGING_CONFIG)
        logs["handlers"]["access"]["stream"] = "ext://sys.stderr"
        config = uvicorn.Config(app, lifespan="on", proxy_headers=False, server_header=False,
                                log_config=None if self.quiet else logs,
                                log_level="warning", access_log=not self.quiet, timeout_graceful_shutdown=GRACE)
        if not self.quiet:
            logging.getLogger("uvicorn.access").setLevel(logging.INFO)
        return uvicorn.Server(config)

    def serve_forever(self) -> None:
        """Answer requests until :meth:`shutdown` (or SIGINT/SIGTERM when run in the main thread)."""
        self._entered.set()
        try:
            self._uvicorn.run(sockets=[self.socket])
        finally:
            self._done.set()

    def shutdown(self) -> None:
        """Stop :meth:`serve_forever` and wait until it returned (call it from another thread)."""
        self._uvicorn.should_exit = True  # read by uvicorn's loop every tenth of a second
        if self._entered.is_set():
            self._done.wait()

    def server_close(self) -> None:
        self.socket.close()
        self.pool.close()


def make_server(store: str | Path, *, host: str = "127.0.0.1", port: int = 8000, timeout: float = 30.0,
                max_rows: int = 10_000, workers: int = 2, quiet: bool = False) -> DiplographServer:
    """Bind a server to ``host:port`` (port 0: any free port) over the store folder; call ``serve_forever()``.

    Args:
        store: the store folder (it must exist; it is only ever opened read-only).
        host: the address to listen on; the loopback interface unless told otherwise.
        port: the TCP port.
        timeout: seconds a query (or page) may run before it is stopped.
        max_rows: the largest number of rows (or triples) a SPARQL answer may have.
        workers: queries that may run at the same time, each in its own process.
        quiet: no access log on stderr.

    Raises:
        StoreError: no store in that folder.
        ServerError: bad settings, or the address cannot be bound.

    The workers are *spawned* processes, which import the caller's ``__main__``: a script that
    calls this must do so under ``if __name__ == "__main__":`` (the ``diplograph`` command does).
    """
    from diplograph.graph.store import open_store
    from diplograph.ontology import query_names

    store = Path(store)
    open_store(store, read_only=True)  # fail here, in one line, rather than on the first request
    if timeout <= 0 or max_rows <= 0 or workers <= 0:
        raise ServerError("--timeout, --max-rows and the number of workers must be positive")
    sock = _listen(host, port)
    try:
        # The workers start once the address is ours, so a taken port costs no process.
        pool = QueryPool(store, size=workers, timeout=timeout, max_rows=max_rows)
    except BaseException:
        sock.close()
        raise
    return DiplographServer(sock, pool, store=store, question_names=list(query_names()), quiet=quiet)
