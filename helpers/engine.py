"""Where the per-document stages run: in this process ("pandas"), or on Dask ("dask"), with identical results.

A *mapper* applies a function to each item of a list and returns the results in order. The notebooks
build one from their `ENGINE` and `DASK_SCHEDULER` parameters and hand it to the per-document stages
(cleaning, sentence splitting, speakers, stance, temporal expressions). With "dask" the items become a
`dask.bag` whose partitions run on a `dask.distributed` cluster: a local one sized to the machine when
`DASK_SCHEDULER` is empty, or the existing cluster at that address ("tcp://host:8786"). Every stage is
a pure function of one document, so the engine changes the speed and never the output.
"""
from __future__ import annotations

import atexit
import os
from collections.abc import Callable, Sequence
from functools import cache
from typing import Any

from helpers.errors import InputError

ENGINES = ("pandas", "dask")
PROGRESS_MIN_ITEMS = 500  # loops shorter than this show no progress bar (and committed notebooks stay clean)
Mapper = Callable[[Callable[[Any], Any], Sequence[Any]], list]


def local_map(func: Callable[[Any], Any], items: Sequence[Any], label: str = "documents") -> list:
    """Return [func(item) for item in items], with a tqdm progress bar on long loops."""
    from tqdm import tqdm  # text bars on stderr: tqdm.auto would need ipywidgets in notebooks

    return [func(item) for item in tqdm(items, desc=label, unit="doc", disable=len(items) < PROGRESS_MIN_ITEMS)]


@cache
def dask_client(scheduler: str = ""):
    """Return a dask.distributed Client: a local cluster with one single-threaded worker per core, or the cluster at `scheduler`."""
    from distributed import Client, LocalCluster

    if scheduler:
        client = Client(scheduler)
    else:
        workers = max(1, min(os.cpu_count() or 1, 8))
        client = Client(LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None))
    atexit.register(client.close)
    return client


def dask_map(func: Callable[[Any], Any], items: Sequence[Any], scheduler: str = "", per_partition: int = 64) -> list:
    """Return func over items computed as a dask.bag on the client of `scheduler` (order kept)."""
    import dask.bag as db

    if not items:
        return []
    client = dask_client(scheduler)
    partitions = max(1, min(len(items), -(-len(items) // per_partition), 4 * len(client.scheduler_info()["workers"]) or 1))
    return db.from_sequence(list(items), npartitions=partitions).map(func).compute(scheduler=client.get)


def mapper(engine: str = "pandas", scheduler: str = "") -> Mapper:
    """Return the mapper of an ENGINE parameter, or raise InputError naming the allowed values."""
    if engine == "pandas":
        return local_map
    if engine == "dask":
        return lambda func, items, label="documents": dask_map(func, items, scheduler)
    raise InputError(f"ENGINE {engine!r} is not one of {', '.join(ENGINES)}; DASK_SCHEDULER is used only with \"dask\"")
