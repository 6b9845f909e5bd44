"""Checking many records on every core, in order, in bounded memory.

One pool for `epicrisis check` and for rescoring: chunks of work go to
worker processes and their results come back in the order they were sent,
so ``--jobs 2`` writes byte for byte what ``--jobs 1`` writes. At most
``jobs * _WINDOW`` chunks are in flight: a file of a million records is
read as fast as it is checked, never all at once (``Pool.imap`` and
``Executor.map`` would read their whole input ahead).

Workers are forked: they inherit the engine and the catalogues the parent
loaded (copy on write), so a worker starts in milliseconds. Where fork is
not offered (Windows) or is unsafe (torch loaded: its thread pools do not
survive a fork) work runs in this process, which gives the same results.
"""

from __future__ import annotations

import gc
import os
import sys
from collections import deque
from typing import Any, Callable, Iterable, Iterator, TypeVar

from harness.config import Config
from harness.engine import Engine

A = TypeVar("A")
B = TypeVar("B")

# Chunks in flight per worker: enough to keep every worker busy while the
# parent writes, few enough that memory does not grow with the input.
_WINDOW = 4

_ENGINE: Engine | None = None  # the worker's engine (set before the fork)

# Objects the collector's youngest generation may gather before it runs. Checking makes no
# reference cycles (a record's objects die by reference count: 3,000 records, nothing collected),
# yet at the default (700) a pass over the young objects ran every ~50 records and cost 5% of
# checking. Raised while a pool checks (its forked workers inherit it), restored after.
_YOUNG_THRESHOLD = 20_000


def available_cores() -> int:
    """Cores this process may run on (a container's CPU set, not the host's)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


def _can_fork() -> bool:
    import multiprocessing

    return "fork" in multiprocessing.get_all_start_methods() and "torch" not in sys.modules


def warm(engine: Engine) -> None:
    """Load everything the checks load lazily (catalogues, automata) once,
    before forking, so workers share it instead of each building it."""
    engine.check("Ingresa por neumonía (J18.9) con ceftriaxona (J01DD04) 2 g, sexo femenino de 72 años.",
                 {"sexo": "F", "edad": 72, "diagnosticos": [{"codigo": "J18.9", "nombre": "Neumonía"}]})


def _run(task: tuple[Callable[[Engine, Any], Any], Any]) -> Any:
    func, chunk = task
    assert _ENGINE is not None
    return func(_ENGINE, chunk)


class CheckPool:
    """``with CheckPool(config, jobs) as pool: for out in pool.map(func, chunks)``.

    ``func(engine, chunk)`` runs in a worker (or here, with one job); it
    must be a module-level function. ``jobs`` None means every core."""

    def __init__(self, config: Config | None = None, jobs: int | None = None, *,
                 engine: Engine | None = None) -> None:
        self.engine = engine or Engine(config)
        self.jobs = available_cores() if jobs is None else max(1, jobs)
        self._pool = None
        self._frozen = False
        self._threshold: tuple[int, ...] | None = None

    def __enter__(self) -> "CheckPool":
        self._threshold = gc.get_threshold()
        if 0 < self._threshold[0] < _YOUNG_THRESHOLD:  # 0: collection disabled; larger: the caller's choice
            gc.set_threshold(_YOUNG_THRESHOLD, *self._threshold[1:])
        if self.jobs > 1 and _can_fork():
            global _ENGINE
            import multiprocessing

            warm(self.engine)
            _ENGINE = self.engine
            # The workers' garbage collector would touch every object they
            # inherit (a rescore's loaded outputs) and so copy every page:
            # frozen objects are left alone, and stay shared.
            gc.freeze()
            self._frozen = True
            from concurrent.futures import ProcessPoolExecutor

            try:  # an executor, not a Pool: a worker that dies is an error here, not a hang
                self._pool = ProcessPoolExecutor(self.jobs, mp_context=multiprocessing.get_context("fork"))
            except (OSError, NotImplementedError):  # no semaphores here (some sandboxes): check in-process
                self._pool = None
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=exc[0] is not None)
            self._pool = None
        if self._frozen:
            gc.unfreeze()
            self._frozen = False
        if self._threshold is not None:
            gc.set_threshold(*self._threshold)
            self._threshold = None

    @property
    def parallel(self) -> bool:
        return self._pool is not None

    def map(self, func: Callable[[Engine, A], B], chunks: Iterable[A]) -> Iterator[B]:
        """``func`` over ``chunks``, results in the order of ``chunks``."""
        if self._pool is None:
            for chunk in chunks:
                yield func(self.engine, chunk)
            return
        pending: deque = deque()
        limit = self.jobs * _WINDOW
        for chunk in chunks:
            pending.append(self._pool.submit(_run, (func, chunk)))
            if len(pending) >= limit:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def chunked(items: Iterable[A], size: int) -> Iterator[list[A]]:
    chunk: list[A] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def check_many(items: Iterable[tuple[str, Any, str]], config: Config | None = None, *,
               jobs: int | None = None, chunk: int = 64) -> Iterator:
    """RecordResults of (output, input, id) items, in order."""
    with CheckPool(config, jobs) as pool:
        for results in pool.map(_check_items, chunked(items, chunk)):
            yield from results


def _check_items(engine: Engine, chunk: list[tuple[str, Any, str]]) -> list:
    return [engine.check(output, input, rid) for output, input, rid in chunk]
