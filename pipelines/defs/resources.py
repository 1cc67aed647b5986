"""Resources shared by every stage, and the executor: one run, one process, one warehouse lock."""

import os
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager

import dagster as dg
import duckdb
from dagster_dbt import DbtCliResource
from pydantic import PrivateAttr

from pipelines.config import Paths, get_paths
from pipelines.load import apply_schema, connect
from pipelines.load.lock import run_lock
from pipelines.transform import DBT_ENV, DBT_EXECUTABLE, DBT_PROJECT_DIR


class Warehouse(dg.ConfigurableResource):
    """The working warehouse of LAUNCHWATCH_HOME, locked for the whole run.

    Set up once per run (the executor is in-process): it takes the home's run lock, so a second run
    waits `lock_timeout_s` seconds and then fails with one clear line, and applies the raw DDL.
    Connections are opened per step and closed before dbt (a child process) needs the file.
    """

    lock_timeout_s: float = 0.0
    _stack: ExitStack = PrivateAttr(default_factory=ExitStack)

    @property
    def paths(self) -> Paths:
        return get_paths()

    def setup_for_execution(self, context: dg.InitResourceContext) -> None:
        paths = self.paths
        paths.home.mkdir(parents=True, exist_ok=True)
        self._stack.enter_context(run_lock(paths.lock_file, self.lock_timeout_s))
        # dbt runs as a child process and finds the warehouse through this variable (profiles.yml).
        os.environ["LAUNCHWATCH_WAREHOUSE"] = str(paths.warehouse)
        os.environ.update(DBT_ENV)
        with self.connect() as con:
            apply_schema(con)

    def teardown_after_execution(self, context: dg.InitResourceContext) -> None:
        self._stack.close()

    @contextmanager
    def connect(self) -> Iterator[duckdb.DuckDBPyConnection]:
        con = connect(self.paths.warehouse)
        try:
            yield con
        finally:
            con.close()


@dg.definitions
def resources() -> dg.Definitions:
    return dg.Definitions(
        resources={
            "warehouse": Warehouse(),
            "dbt": DbtCliResource(project_dir=str(DBT_PROJECT_DIR), profiles_dir=str(DBT_PROJECT_DIR),
                                  dbt_executable=str(DBT_EXECUTABLE)),
        },
        # The multiprocess executor re-imports the code location for every step (~18 s each here) and
        # would let steps open DuckDB concurrently; in-process runs serialise warehouse access.
        executor=dg.in_process_executor,
    )
