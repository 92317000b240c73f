"""Running the pipeline over many articles: one process, a pool of worker processes, or a Dask cluster.

The unit of work is one article (`analyse_item`): it never raises, so a bad article becomes an `Outcome`
with an error and the run goes on. Three engines run it:

- `serial()`: in this process, one article at a time (small inputs, `--jobs 1`);
- `pooled()`: worker processes, fed in chunks, results in input order. Workers load the packs once each
  (on Linux they are forked after the parent has loaded them, so they share them). A worker that dies on
  an article (segfault, out of memory, killed) loses that article only: the pool is rebuilt and the
  articles that were in flight are run again one by one to find the one that kills its worker;
- `run_dask()`: the same function on a Dask distributed cluster; the workers read their inputs (paths or
  URLs they can reach) and write partitioned Parquet or JSON lines.

Everything streams: the reader yields one article at a time and at most `jobs * 4` chunks are in flight.
"""

from __future__ import annotations

import gc
import os
import signal
import tempfile
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

from marsad.reading import Failure, RawArticle

#: in flight per worker: enough to keep workers busy while the parent reads and writes
_INFLIGHT_PER_JOB = 4


@dataclass(frozen=True, slots=True)
class Settings:
    """What every article is analysed with (picklable: it travels to the workers)."""

    fmt: str = "json"
    published: str | None = None
    outlet: str | None = None


@dataclass(slots=True)
class Outcome:
    """One article's result: `data` is the writer's payload, or `error` says why there is none."""

    name: str
    source: str
    data: Any = None
    error: str | None = None
    #: entities, events, claims, quantities
    counts: tuple[int, int, int, int] = (0, 0, 0, 0)
    #: what the user should hear about although the article was written: the reader's notes on text it cut
    #: (`truncated:...`) and on text that is not prose (`degenerate:<reason>`)
    warnings: tuple[str, ...] = ()


Event = Outcome | Failure


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


# ------------------------------------------------------------------ the per-article function


def analyse_item(item: RawArticle, settings: Settings) -> Outcome:
    """Analyse one article and make its output payload. Never raises (but for Ctrl-C)."""
    from marsad import analyze
    from marsad.output import payload

    try:
        article = analyze(item.text, published=item.published or settings.published, url=item.url,
                          outlet=item.outlet or settings.outlet, title=item.title, id=item.name,
                          given=item.given())
        record = article.to_dict()
        if item.notes:
            record["notes"] = list(item.notes) + list(record.get("notes", []))
        if item.author and not record.get("author"):
            record["author"] = item.author
        data = payload(record, settings.fmt, item.name)
    except Exception as e:  # one bad article must never stop the run
        return Outcome(item.name, item.source, error=f"internal: {type(e).__name__}: {e}")
    return Outcome(item.name, item.source, data,
                   counts=(len(article.entities), len(article.events), len(article.claims),
                           len(article.quantities)),
                   warnings=tuple(n for n in item.notes if n.startswith(WARNING_NOTES)))


#: reader notes that the command line repeats on stderr
WARNING_NOTES = ("degenerate:", "truncated:")


def analyse_batch(items: list[RawArticle | Failure], settings: Settings) -> list[Event]:
    """`analyse_item` over a chunk; reader failures pass through so the output keeps the input order."""
    return [it if isinstance(it, Failure) else analyse_item(it, settings) for it in items]


#: whether this process has run its first analysis (and frozen the packs it loaded)
_SETTLED = False
#: allocations between two young-generation collections in marsad's own processes
_GC_THRESHOLD = 20_000


def _settled(fn: Callable[[], Any]) -> Any:
    """Run `fn` (the first analysis of this process, which loads the stages and their packs) with the
    cyclic collector off, then move everything alive into the collector's permanent generation
    (`gc.freeze`). The packs are hundreds of thousands of objects that live as long as the process: the
    collections their loading triggers find nothing (a tenth of a one-article run's CPU), and every
    later full collection would walk them again. This module is the command line's engine (its process and
    its workers); a program that only calls `marsad.analyze` keeps its collector as it was."""
    global _SETTLED
    if _SETTLED:
        return fn()
    was = gc.isenabled()
    gc.disable()
    try:
        return fn()
    finally:
        _SETTLED = True
        gc.freeze()
        # an article leaves almost no cycles behind: collecting every 700 new objects (the default) found
        # nothing and cost 2% of a run's CPU, every 20,000 costs a third of that
        gc.set_threshold(max(gc.get_threshold()[0], _GC_THRESHOLD), *gc.get_threshold()[1:])
        if was:
            gc.enable()


WARM_TEXT = "أفادت مصادر محلية بأن قوات سوريا الديمقراطية سيطرت أمس على بلدة البصيرة في ريف دير الزور بعد مقتل 3 عناصر."


def warm_up() -> None:
    """Load every stage and its packs (stages load lazily on first use) so the first article pays nothing."""
    from marsad import analyze

    analyze(WARM_TEXT, published="2024-01-01")


def _worker_init() -> None:
    # Ctrl-C is the parent's business: it stops feeding work and shuts the pool down
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _settled(warm_up)


# ------------------------------------------------------------------ one process


def serial(items: Iterable[RawArticle | Failure], settings: Settings) -> Iterator[Event]:
    for it in items:
        if isinstance(it, Failure):
            yield it
        elif _SETTLED:
            yield analyse_item(it, settings)
        else:
            yield _settled(lambda it=it: analyse_item(it, settings))  # type: ignore[misc]


# ------------------------------------------------------------------ worker processes


def _batched(items: Iterable[Any], n: int) -> Iterator[list[Any]]:
    it = iter(items)
    while batch := list(islice(it, n)):
        yield batch


class _Pool:
    """A ProcessPoolExecutor that can be rebuilt after a worker dies."""

    def __init__(self, jobs: int) -> None:
        import multiprocessing as mp

        self.jobs = jobs
        # forkserver by default: workers start from a clean process and load the packs once each. Plain fork
        # shares the parent's loaded packs but also whatever native state the parent holds (C extensions,
        # threads), which crashed workers in long-lived host processes; MARSAD_START_METHOD=fork opts in.
        methods = mp.get_all_start_methods()
        method = os.environ.get("MARSAD_START_METHOD") or ("forkserver" if "forkserver" in methods else "spawn")
        if method not in methods:
            method = "spawn"
        self.ctx = mp.get_context(method)
        if method == "fork":
            _settled(warm_up)  # loaded once here; the forked workers share the packs
        self.ex = self._new()

    def _new(self) -> Any:
        from concurrent.futures import ProcessPoolExecutor

        ex = ProcessPoolExecutor(self.jobs, mp_context=self.ctx, initializer=_worker_init)
        ex.submit(int).result()  # start the workers now, before any progress thread runs
        return ex

    def submit(self, batch: list[Any], settings: Settings) -> Any:
        return self.ex.submit(analyse_batch, batch, settings)

    def rebuild(self) -> None:
        self.shutdown(kill=True)
        self.ex = self._new()

    def shutdown(self, kill: bool = False) -> None:
        procs = list(getattr(self.ex, "_processes", {}).values()) if kill else []
        self.ex.shutdown(wait=not kill, cancel_futures=True)
        for p in procs:
            if p.is_alive():
                p.terminate()
        for p in procs:
            p.join(timeout=5)


def _crash_reason() -> str:
    return ("crashed: the worker process analysing it died (a crash in native code, running out of memory, "
            "or a kill signal)")


def pooled(items: Iterable[RawArticle | Failure], settings: Settings, jobs: int, chunk_size: int = 16
           ) -> Iterator[Event]:
    """The articles analysed by `jobs` worker processes, yielded in input order."""
    from concurrent.futures.process import BrokenProcessPool

    pool = _Pool(jobs)
    inflight: deque[tuple[list[Any], Any]] = deque()
    limit = jobs * _INFLIGHT_PER_JOB
    batches = _batched(items, chunk_size)

    def isolate(batch_list: list[list[Any]]) -> Iterator[Event]:
        # after a crash: run each article of the batches that were in flight alone, to lose only the culprit
        for batch in batch_list:
            for it in batch:
                if isinstance(it, Failure):
                    yield it
                    continue
                try:
                    yield from pool.submit([it], settings).result()
                except BrokenProcessPool:
                    yield Outcome(it.name, it.source, error=_crash_reason())
                    pool.rebuild()

    clean = False
    try:
        exhausted = False
        while True:
            while not exhausted and len(inflight) < limit:
                batch = next(batches, None)
                if batch is None:
                    exhausted = True
                    break
                inflight.append((batch, pool.submit(batch, settings)))
            if not inflight:
                break
            batch, fut = inflight.popleft()
            try:
                results = fut.result()
            except BrokenProcessPool:
                # every future still in flight is broken too, except those that finished before the crash
                redo: list[list[Any]] = [batch]
                done_before: dict[int, list[Event]] = {}
                for k, (b, f) in enumerate(inflight):
                    if f.done() and not f.cancelled() and f.exception() is None:
                        done_before[k] = f.result()
                    else:
                        redo.append(b)
                pending = list(inflight)
                inflight.clear()
                pool.rebuild()
                yield from isolate([batch])
                for k, (b, _f) in enumerate(pending):
                    if k in done_before:
                        yield from done_before[k]
                    else:
                        yield from isolate([b])
                continue
            yield from results
        clean = True
    finally:
        pool.shutdown(kill=not clean)


def run_local(items: Iterable[RawArticle | Failure], settings: Settings, jobs: int, chunk_size: int = 16
              ) -> Iterator[Event]:
    """Serial for one job or a small input (no pool to start), else `pooled`."""
    it = iter(items)
    if jobs <= 1:
        yield from serial(it, settings)
        return
    head = list(islice(it, max(2 * chunk_size, 8)))
    if len(head) < max(2 * chunk_size, 8):  # the whole input is small: a pool would cost more than it saves
        yield from serial(head, settings)
        return
    from itertools import chain

    yield from pooled(chain(head, it), settings, jobs, chunk_size)


# ------------------------------------------------------------------ Dask


class DaskMissing(RuntimeError):
    pass


def require_dask() -> Any:
    try:
        import dask.distributed
    except ImportError as e:
        raise DaskMissing("--engine dask needs Dask distributed, which is not installed. "
                          "Install it with: pip install 'marsad[dask]'.") from e
    return dask.distributed


#: a stream file larger than this (compressed bytes) is split into several partitions
SHARD_BYTES = 1 << 20
#: single-article files (.txt, .html ...) per partition
FILES_PER_PARTITION = 64


@dataclass(frozen=True, slots=True)
class Unit:
    """One Dask partition: some single-article files, or shard k of n of one stream file."""

    sources: tuple[str, ...]
    shard: int = 0
    shards: int = 1


def _is_url(s: str) -> bool:
    return "://" in s and not s.startswith("file://")


def plan_units(paths: Iterable[str]) -> list[Unit]:
    """Partitions for `paths` (local files or folders, or URLs), in input order. Computed by the client: a
    local path here must be the same path on the workers (a shared file system)."""
    from marsad.reading import STREAM_SUFFIXES, _kind, _walk

    units: list[Unit] = []
    singles: list[str] = []

    def flush() -> None:
        for k in range(0, len(singles), FILES_PER_PARTITION):
            units.append(Unit(tuple(singles[k:k + FILES_PER_PARTITION])))
        singles.clear()

    for p in paths:
        if _is_url(p):
            flush()
            units.append(Unit((p,)))
            continue
        path = Path(p)
        files = list(_walk(path)) if path.is_dir() else [path]
        for f in files:
            _, _, suffix = _kind(f)
            if suffix in STREAM_SUFFIXES:
                flush()
                try:
                    size = f.stat().st_size
                except OSError:
                    size = 0
                n = max(1, -(-size // SHARD_BYTES))
                units.extend(Unit((str(f.resolve()),), k, n) for k in range(n))
            else:
                singles.append(str(f.resolve()) if f.exists() else str(f))
    flush()
    return units


def _fetch(url: str, tmpdir: str) -> str:
    import fsspec

    name = url.rstrip("/").rsplit("/", 1)[-1] or "input"
    local = os.path.join(tmpdir, name)
    with fsspec.open(url, "rb") as src, open(local, "wb") as dst:
        while chunk := src.read(1 << 20):
            dst.write(chunk)
    return local


def _unit_items(unit: Unit, tmpdir: str, max_bytes: int) -> Iterator[RawArticle | Failure]:
    from marsad.reading import read_paths

    for src in unit.sources:
        local = src
        if _is_url(src):
            try:
                local = _fetch(src, tmpdir)
            except Exception as e:
                yield Failure(src, _input_error(f"cannot fetch: {type(e).__name__}: {e}"))
                continue
        if unit.shards > 1:
            local = _shard_file(local, unit.shard, unit.shards, tmpdir)
        for item in read_paths([local], max_bytes=max_bytes):
            if local != src and isinstance(item, RawArticle):
                item = _replace_source(item, src)
            yield item


def _shard_file(path: str, shard: int, shards: int, tmpdir: str) -> str:
    """Records k with k % shards == shard of a JSON-lines or TREC stream, copied raw (not parsed) into a
    temporary file of the same name, so a partition does not pay for reading the others' articles."""
    import gzip

    name = os.path.basename(path)
    out_name = name[:-3] if name.endswith(".gz") else name
    out = os.path.join(tmpdir, f"s{shard}", out_name)
    os.makedirs(os.path.dirname(out), exist_ok=True)
    opener = gzip.open if name.endswith(".gz") else open
    trec = ".jsonl" not in out_name and ".ndjson" not in out_name
    with opener(path, "rb") as src, open(out, "wb") as dst:
        k = 0
        inside = False
        for line in src:
            if trec:
                if not inside and b"<DOC>" in line:
                    inside = True
                if inside and k % shards == shard:
                    dst.write(line)
                if inside and b"</DOC>" in line:
                    inside = False
                    k += 1
            else:
                if line.strip():
                    if k % shards == shard:
                        dst.write(line)
                    k += 1
    return out


def _replace_source(item: RawArticle, src: str) -> RawArticle:
    from dataclasses import replace

    return replace(item, source=src + item.source[item.source.find("#"):] if "#" in item.source else src)


def _input_error(message: str) -> Any:
    from marsad.errors import InputError

    try:
        return InputError("E108", detail=message)
    except Exception:  # pragma: no cover - a changed error catalogue
        return message


def dask_partition(part: int, unit: Unit, out: str, settings: Settings, max_bytes: int) -> dict[str, Any]:
    """On a worker: read one partition, analyse it article by article, write its part files."""
    import fsspec

    from marsad.output import JsonlWriter, ParquetWriter

    fs, root = fsspec.core.url_to_fs(out)
    local = fs.protocol in ("file", "local") or fs.protocol == ("file", "local")
    failures: list[tuple[str, str]] = []
    totals = [0, 0, 0, 0, 0]
    with tempfile.TemporaryDirectory(prefix="marsad-part-") as tmpdir:
        if settings.fmt == "parquet":
            writer: Any = ParquetWriter(root, part=part, filesystem=None if local else fs)
        else:
            final = f"{root}/records/part-{part:05d}.jsonl"
            writer = JsonlWriter(Path(final)) if local else _RemoteJsonl(fs, final)
        try:
            for ev in serial(_unit_items(unit, tmpdir, max_bytes), settings):
                if isinstance(ev, Failure):
                    failures.append((ev.source, f"{ev.error.reason} — {ev.error.message.split(': ', 1)[-1]}"
                                     if hasattr(ev.error, "reason") else str(ev.error)))
                elif ev.error is not None:
                    failures.append((ev.source, ev.error))
                else:
                    writer.write(ev.name, ev.data)
                    totals[0] += 1
                    for i, c in enumerate(ev.counts, 1):
                        totals[i] += c
        finally:
            writer.close()
    return {"part": part, "articles": totals[0], "entities": totals[1], "events": totals[2],
            "claims": totals[3], "quantities": totals[4], "failures": failures}


class _RemoteJsonl:
    def __init__(self, fs: Any, path: str) -> None:
        self.fs, self.path, self.lines = fs, path, []  # one partition's lines, written whole on close

    def write(self, name: str, data: str) -> None:
        self.lines.append(data)

    def close(self) -> None:
        self.fs.makedirs(self.path.rsplit("/", 1)[0], exist_ok=True)
        with self.fs.open(self.path, "w", encoding="utf-8") as f:
            f.write("".join(line + "\n" for line in self.lines))


def run_dask(paths: list[str], out: str, settings: Settings, *, scheduler: str | None, jobs: int,
             max_bytes: int, on_part: Callable[[dict[str, Any]], None], stop: Callable[[], bool] = lambda: False,
             cluster_kwargs: dict[str, Any] | None = None) -> bool:
    """Run every partition on the cluster at `scheduler` (or a LocalCluster of `jobs` worker processes);
    `on_part` gets each partition's summary as it finishes. False when stopped early."""
    dd = require_dask()
    if settings.fmt == "parquet":
        from marsad.output import require_pyarrow

        require_pyarrow()
    units = plan_units(paths)
    cluster = None
    if scheduler:
        client = dd.Client(scheduler)
    else:
        kw = {"n_workers": jobs, "threads_per_worker": 1, "processes": True, "dashboard_address": None}
        kw.update(cluster_kwargs or {})
        cluster = dd.LocalCluster(**kw)
        client = dd.Client(cluster)
    try:
        client.run(warm_up)  # every worker loads the packs once, before the clock of the first partition
        futures = [client.submit(dask_partition, k, u, out, settings, max_bytes, pure=False, retries=1,
                                 key=f"marsad-part-{k:05d}") for k, u in enumerate(units)]
        by_key = {f.key: (k, u) for k, (f, u) in enumerate(zip(futures, units, strict=True))}
        for fut in dd.as_completed(futures):
            k, unit = by_key[fut.key]
            try:
                summary = fut.result()
            except Exception as e:  # the partition's worker died again and again (KilledWorker) ...
                summary = {"part": k, "articles": 0, "failures": [
                    (", ".join(unit.sources) + (f" (shard {unit.shard + 1}/{unit.shards})" if unit.shards > 1
                                                else ""), f"partition failed: {type(e).__name__}: {e}")]}
            on_part(summary)
            if stop():
                client.cancel(futures)
                return False
        return True
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
