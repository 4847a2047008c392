"""Every log record the server writes during a test, as ``cofoundry serve`` writes them."""

from __future__ import annotations

import io
import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager

from api.observability import JsonFormatter


@contextmanager
def captured_logs() -> Iterator[io.StringIO]:
    """Every record at DEBUG, formatted as JSON lines, from every logger (one that an earlier
    test's logging config disabled too), except the test client's own (the URLs it calls)."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    handler.addFilter(lambda record: not record.name.startswith("httpx"))
    root = logging.getLogger()
    level, disabled = root.level, logging.root.manager.disable
    loggers = [
        lg for lg in logging.root.manager.loggerDict.values() if isinstance(lg, logging.Logger)
    ]
    off = [lg for lg in loggers if lg.disabled]
    for lg in off:  # uvicorn's dictConfig, run by an earlier test, disables existing loggers
        lg.disabled = False
    logging.disable(logging.NOTSET)
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    # an app built with log_json (the env of `cofoundry serve`) would replace the handler
    saved_env = os.environ.pop("COFOUNDRY_LOG_JSON", None)
    try:
        yield stream
    finally:
        if saved_env is not None:
            os.environ["COFOUNDRY_LOG_JSON"] = saved_env
        root.removeHandler(handler)
        root.setLevel(level)
        logging.disable(disabled)
        for lg in off:
            lg.disabled = True
