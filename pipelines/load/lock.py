"""One pipeline run at a time per LAUNCHWATCH_HOME: an advisory `flock` on `$LAUNCHWATCH_HOME/.lock`.

The kernel releases the lock when its holder dies, even by SIGKILL, so a killed run never blocks the
next one. Re-entrant within a process: the CLI holds it for the whole run and the Dagster resource,
set up inside the same process, does not wait on itself.
"""

import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

_held: dict[Path, int] = {}


class RunLockedError(RuntimeError):
    """Another run holds the home's lock."""


@contextmanager
def run_lock(lock_file: Path, timeout_s: float = 0.0) -> Iterator[None]:
    """Hold the home's run lock, waiting up to `timeout_s` seconds for another run to finish."""
    lock_file = lock_file.resolve()
    if lock_file in _held:
        yield
        return
    lock_file.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(lock_file, os.O_RDWR | os.O_CREAT, 0o644)
    deadline = time.monotonic() + timeout_s
    try:
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    holder = _read_holder(fd)
                    raise RunLockedError(
                        f"another pipeline run{holder} is using {lock_file.parent}; "
                        "wait for it to finish (or pass --wait SECONDS)"
                    ) from None
                time.sleep(0.2)
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        _held[lock_file] = fd
        try:
            yield
        finally:
            del _held[lock_file]
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def _read_holder(fd: int) -> str:
    try:
        pid = os.pread(fd, 32, 0).decode().strip()
    except OSError:
        return ""
    return f" (pid {pid})" if pid.isdigit() else ""
