"""One run per home: a second process is refused with a clear message; the holder re-enters freely."""

import subprocess
import sys
import textwrap

import pytest

from pipelines.load.lock import RunLockedError, run_lock

HOLD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from pipelines.load.lock import run_lock
    with run_lock(Path(sys.argv[1])):
        print("held", flush=True)
        time.sleep(30)
    """
)


def test_lock_is_reentrant_in_one_process(tmp_path):
    with run_lock(tmp_path / ".lock"), run_lock(tmp_path / ".lock"):
        pass


def test_second_process_is_refused_with_the_holder_pid(tmp_path):
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(tmp_path / ".lock")], stdout=subprocess.PIPE,
                              text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(RunLockedError, match=f"pid {holder.pid}"), run_lock(tmp_path / ".lock", timeout_s=0.3):
            pass
    finally:
        holder.kill()
        holder.wait()


def test_lock_of_a_killed_holder_is_free(tmp_path):
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(tmp_path / ".lock")], stdout=subprocess.PIPE,
                              text=True)
    assert holder.stdout.readline().strip() == "held"
    holder.kill()
    holder.wait()
    with run_lock(tmp_path / ".lock", timeout_s=1):
        pass
