"""A throwaway PostgreSQL server for the tests: its own cluster in a temp dir, on a free port."""

from __future__ import annotations

import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, text

_db_numbers = itertools.count()
PG_BIN_DIRS = sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)


def pg_bin(name: str) -> str:
    found = shutil.which(name) or next((str(d / name) for d in PG_BIN_DIRS if (d / name).exists()), None)
    if found is None:
        raise RuntimeError(f"PostgreSQL's {name} is not installed (apt-get install postgresql)")
    return found


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_owner(cmd: list[str]) -> list[str]:
    """initdb refuses to run as root; as root, run the server as the postgres user."""
    return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else cmd


def start(data: Path, port: int) -> None:
    """Start the cluster in ``data`` on ``port`` and wait until it accepts connections."""
    root = data.parent
    options = f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off"
    subprocess.run(
        _as_owner([pg_bin("pg_ctl"), "-D", str(data), "-o", options, "-w", "-l", str(root / "log"), "start"]),
        check=True,
        capture_output=True,
    )


def stop_immediately(data: Path | str) -> None:
    """Stop the cluster in ``data`` at once, as a crash or a pulled plug would (its clients are cut off)."""
    subprocess.run(_as_owner([pg_bin("pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]), capture_output=True)


@contextmanager
def throwaway_server() -> Iterator[str]:
    """Start a cluster, yield its base URL (no database name), stop and delete it afterwards."""
    root = Path(tempfile.mkdtemp(prefix="oend-pg-"))
    data = root / "data"
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
    port = free_port()
    subprocess.run(
        _as_owner([pg_bin("initdb"), "-D", str(data), "-A", "trust", "-U", "oend", "-E", "UTF8"]),
        check=True,
        capture_output=True,
    )
    start(data, port)
    try:
        yield f"postgresql+psycopg://oend@127.0.0.1:{port}"
    finally:
        stop_immediately(data)
        shutil.rmtree(root, ignore_errors=True)


def new_database(base_url: str) -> str:
    """Create a new, empty database on the server at ``base_url`` and return its URL."""
    name = f"t{os.getpid()}_{next(_db_numbers)}"
    admin = create_engine(f"{base_url}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return f"{base_url}/{name}"
