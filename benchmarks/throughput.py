"""Throughput of marsad's per-article analysis over the ANT news corpus (17,797 Arabic articles).

    .venv/bin/python benchmarks/throughput.py                 # the whole corpus, one process
    .venv/bin/python benchmarks/throughput.py --limit 500     # a quick check
    .venv/bin/python benchmarks/throughput.py --jobs 4        # four worker processes

Articles are read with marsad's own reader (`marsad.reading.read_paths`, which handles the gzip TREC
streams), as `marsad extract` reads them. Each article
goes through `marsad.analyze()` and `Article.to_dict()` + `json.dumps()` as the CLI does, timed one by one.
Then the `marsad extract` command is timed end to end on the first `--cli-limit` articles, written to a
JSON-lines file. Results go to benchmarks/results/throughput.json (or --out) and a summary is printed.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import ROOT, header, marsad_command, percentile, write_results

DEFAULT_CORPUS = "/work/shared/data/news-ant-corpus-multisource/*.trec.xml.gz"


@dataclass(slots=True)
class Item:
    """One article to analyse, or (text None) one input the reader refused."""

    name: str
    source: str
    text: str | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    error: str | None = None


# ------------------------------------------------------------------ reading


def corpus_files(pattern: str) -> list[Path]:
    p = Path(pattern)
    if p.is_dir():
        return sorted(f for f in p.iterdir() if ".trec" in f.name or f.suffix in (".xml", ".gz"))
    if p.exists():
        return [p]
    anchor = Path(p.anchor or ".")
    if p.is_absolute():
        return sorted(anchor.glob(str(p.relative_to(anchor))))
    return sorted(Path().glob(pattern))


def marsad_items(files: list[Path]) -> Iterator[Item]:
    from marsad.reading import Failure, read_paths

    for it in read_paths([str(f) for f in files]):
        if isinstance(it, Failure):
            yield Item(it.source, it.source, error=f"{it.error.reason}: {it.error.message}")
        else:
            yield Item(it.name, it.source, text=it.text, title=it.title, url=it.url, outlet=it.outlet,
                       published=it.published)


# ------------------------------------------------------------------ analysing


def _analyse(item: Item) -> dict[str, Any]:
    """Analyse one article; never raises. Returns timings and counts (picklable, for worker processes)."""
    from marsad import analyze

    out: dict[str, Any] = {"name": item.name, "chars": len(item.text or ""),
                           "bytes": len((item.text or "").encode("utf-8"))}
    t0 = time.perf_counter()
    c0 = time.process_time()
    try:
        article = analyze(item.text or "", published=item.published, url=item.url, outlet=item.outlet,
                          title=item.title, id=item.name)
        t1 = time.perf_counter()
        json.dumps(article.to_dict(), ensure_ascii=False)
        t2 = time.perf_counter()
    except Exception as e:
        out.update(ok=False, analyze_s=time.perf_counter() - t0, serialize_s=0.0, cpu_s=time.process_time() - c0,
                   error=f"{type(e).__name__}: {str(e)[:160]}",
                   where=traceback.extract_tb(e.__traceback__)[-1].filename.rsplit("/", 1)[-1]
                   if e.__traceback__ else "")
        return out
    out.update(ok=True, analyze_s=t1 - t0, serialize_s=t2 - t1, cpu_s=time.process_time() - c0,
               entities=len(article.entities),
               events=len(article.events), claims=len(article.claims), quantities=len(article.quantities))
    return out


def _timed(it: Iterator[Item], clock: list[float]) -> Iterator[Item]:
    """Pass items through, adding the time spent producing them to clock[0]."""
    while True:
        t = time.perf_counter()
        try:
            item = next(it)
        except StopIteration:
            clock[0] += time.perf_counter() - t
            return
        clock[0] += time.perf_counter() - t
        yield item


def run_analysis(items: Iterator[Item], jobs: int, progress_every: int) -> dict[str, Any]:
    read_clock = [0.0]
    stream = _timed(items, read_clock)
    results: list[dict[str, Any]] = []
    read_failures: list[tuple[str, str]] = []

    def articles() -> Iterator[Item]:
        for item in stream:
            if item.text is None:
                read_failures.append((item.source, item.error or "unknown"))
            else:
                yield item

    wall0 = time.perf_counter()
    cpu0 = time.process_time()
    if jobs <= 1:
        mapped: Iterator[dict[str, Any]] = map(_analyse, articles())
        pool = None
    else:
        import multiprocessing as mp

        pool = mp.get_context("fork" if sys.platform.startswith("linux") else "spawn").Pool(jobs)
        mapped = pool.imap(_analyse, articles(), chunksize=8)
    try:
        for r in mapped:
            results.append(r)
            if progress_every and len(results) % progress_every == 0:
                el = time.perf_counter() - wall0
                print(f"  … {len(results)} articles, {el:.1f} s, {len(results) / el:.1f} art/s",
                      file=sys.stderr, flush=True)
    finally:
        if pool is not None:
            pool.close()
            pool.join()
    wall = time.perf_counter() - wall0
    return {"results": results, "read_failures": read_failures, "wall_s": wall,
            "read_s": read_clock[0], "parent_cpu_s": time.process_time() - cpu0}


def summarise(run: dict[str, Any], jobs: int) -> dict[str, Any]:
    res = run["results"]
    ok = [r for r in res if r["ok"]]
    failed = [r for r in res if not r["ok"]]
    wall = run["wall_s"]
    mb = sum(r["bytes"] for r in res) / 1e6
    analyse_s = sum(r["analyze_s"] + r["serialize_s"] for r in res)
    per = [r["analyze_s"] + r["serialize_s"] for r in res]
    cpu_s = sum(r.get("cpu_s", 0.0) for r in res)
    reasons = Counter(f"{r.get('where', '')}: {r['error']}" for r in failed)
    self_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    child_rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    scale = 1 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KiB on Linux
    return {
        "articles": len(res),
        "analysed_ok": len(ok),
        "failures": len(failed) + len(run["read_failures"]),
        "analysis_failures": len(failed),
        "read_failures": len(run["read_failures"]),
        "failure_reasons": dict(reasons.most_common(15)),
        "failure_examples": [f"{r['name']}: {r['error']}" for r in failed[:20]],
        "read_failure_examples": [f"{s}: {e}" for s, e in run["read_failures"][:10]],
        "text_mb": round(mb, 3),
        "text_chars": sum(r["chars"] for r in res),
        "total_wall_s": round(wall, 3),
        "reading_s": round(run["read_s"], 3),
        "analysis_s_sum": round(analyse_s, 3),
        "serialize_s_sum": round(sum(r["serialize_s"] for r in res), 3),
        "articles_per_s": round(len(res) / wall, 2) if wall else None,
        "mb_per_s": round(mb / wall, 4) if wall else None,
        "mb_per_s_per_core": round(mb / wall / max(1, jobs), 4) if wall else None,
        # analysis only (reading excluded): what one core does on the articles themselves
        "analysis_articles_per_s_per_core": round(len(res) / analyse_s, 2) if analyse_s else None,
        "analysis_mb_per_s_per_core": round(mb / analyse_s, 4) if analyse_s else None,
        # CPU time of the analysis (time.process_time per article): on a shared machine the wall clock
        # also counts other people's work, the CPU time does not
        "analysis_cpu_s_sum": round(cpu_s, 3),
        "analysis_articles_per_cpu_s": round(len(res) / cpu_s, 2) if cpu_s else None,
        "first_article_s": round(per[0], 4) if per else None,
        "per_article_ms": {
            "p50": round(1000 * percentile(per, 50), 3),
            "p90": round(1000 * percentile(per, 90), 3),
            "p99": round(1000 * percentile(per, 99), 3),
            "max": round(1000 * max(per), 3) if per else 0.0,
            "mean": round(1000 * analyse_s / len(per), 3) if per else 0.0,
        },
        "slowest": [{"name": r["name"], "ms": round(1000 * (r["analyze_s"] + r["serialize_s"]), 1),
                     "chars": r["chars"]}
                    for r in sorted(res, key=lambda r: -(r["analyze_s"] + r["serialize_s"]))[:8]],
        "outputs": {k: sum(r.get(k, 0) for r in ok) for k in ("entities", "events", "claims", "quantities")},
        "peak_rss_mb": round(self_rss * scale / 2**20, 1),
        "peak_rss_worker_mb": round(child_rss * scale / 2**20, 1) if jobs > 1 else None,
    }


# ------------------------------------------------------------------ the CLI end to end


def time_cli(items: list[Item], keep: bool) -> dict[str, Any]:
    """`marsad extract subset.jsonl --out DIR --quiet` in a fresh process: wall time, rc, files written."""
    tmp = Path(tempfile.mkdtemp(prefix="marsad-bench-"))
    subset = tmp / "subset.jsonl"
    with subset.open("w", encoding="utf-8") as f:
        for it in items:
            rec = {"id": it.name, "text": it.text, "url": it.url, "outlet": it.outlet,
                   "published": it.published, "title": it.title}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    out_dir = tmp / "out"
    cmd = [*marsad_command(), "extract", str(subset), "--out", str(out_dir), "--quiet"]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
    rss_mb = None
    try:
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        rc = os.waitstatus_to_exitcode(status)
        proc.returncode = rc
        scale = 1 if sys.platform == "darwin" else 1024
        rss_mb = round(usage.ru_maxrss * scale / 2**20, 1)
        cpu = usage.ru_utime + usage.ru_stime
    except (AttributeError, ChildProcessError):  # no wait4 on this platform
        rc = proc.wait()
        wall = time.perf_counter() - t0
        cpu = None
    stderr = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
    written = len(list(out_dir.glob("*.json"))) if out_dir.exists() else 0
    mb = sum(len((it.text or "").encode("utf-8")) for it in items) / 1e6
    result = {
        "command": " ".join(["marsad", "extract", "subset.jsonl", "--out", "DIR", "--quiet"]),
        "articles": len(items),
        "records_written": written,
        "exit_code": rc,
        "wall_s": round(wall, 3),
        "cpu_s": round(cpu, 3) if cpu is not None else None,
        "articles_per_s": round(len(items) / wall, 2) if wall else None,
        "mb_per_s": round(mb / wall, 4) if wall else None,
        "peak_rss_mb": rss_mb,
        "stderr_tail": stderr[-600:],
    }
    if keep:
        result["kept"] = str(tmp)
    else:
        import shutil

        shutil.rmtree(tmp, ignore_errors=True)
    return result


# ------------------------------------------------------------------ main


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=DEFAULT_CORPUS, help="glob, file or folder of TREC streams")
    ap.add_argument("--limit", type=int, default=None, help="analyse at most N articles (default: all)")
    ap.add_argument("--jobs", type=int, default=1, help="worker processes (default 1)")
    ap.add_argument("--cli-limit", type=int, default=500,
                    help="articles for the end-to-end `marsad extract` timing (0 skips it)")
    ap.add_argument("--keep", action="store_true", help="keep the CLI's temporary input and output")
    ap.add_argument("--progress", type=int, default=1000, help="print progress every N articles (0: never)")
    ap.add_argument("--name", default="throughput", help="result name: benchmarks/results/<name>.json")
    ap.add_argument("--out", default=None, help="write the results here instead")
    args = ap.parse_args(argv)

    files = corpus_files(args.corpus)
    if not files:
        print(f"no corpus files match {args.corpus}", file=sys.stderr)
        return 2
    reader = "marsad"
    source = marsad_items
    print(f"throughput: {len(files)} files, reader={reader}, limit={args.limit or 'all'}, jobs={args.jobs}",
          file=sys.stderr)

    run = run_analysis(islice(source(files), args.limit), args.jobs, args.progress)
    stats = summarise(run, args.jobs)

    cli = None
    if args.cli_limit > 0:
        n = min(args.cli_limit, args.limit or args.cli_limit)
        subset = [it for it in islice(source(files), n * 2) if it.text][:n]
        print(f"timing `marsad extract` on {len(subset)} articles …", file=sys.stderr)
        cli = time_cli(subset, args.keep)

    result = header(args.name)
    result.update({
        "params": {"corpus": args.corpus, "files": [f.name for f in files], "limit": args.limit,
                   "jobs": args.jobs, "reader": reader, "cli_limit": args.cli_limit},
        "command": " ".join(["python", "benchmarks/throughput.py",
                             *(argv if argv is not None else sys.argv[1:])]),
        "analysis": stats,
        "cli": cli,
    })
    path = write_results(args.name, result, args.out)

    s = stats
    print(f"\nmarsad {result['marsad_version']} @ {result['git_commit']} — {result['machine']['cpu']} "
          f"({result['machine']['cpu_count']} CPUs), Python {result['machine']['python']}")
    print(f"articles          {s['articles']} ({s['text_mb']} MB of text), reader: {reader}, "
          f"jobs: {args.jobs}")
    print(f"total time        {s['total_wall_s']} s (reading {s['reading_s']} s)")
    print(f"throughput        {s['articles_per_s']} articles/s, {s['mb_per_s']} MB/s, "
          f"{s['mb_per_s_per_core']} MB/s per core")
    print(f"CPU               {s['analysis_cpu_s_sum']} s of analysis CPU, "
          f"{s['analysis_articles_per_cpu_s']} articles per CPU second")
    print(f"per article       p50 {s['per_article_ms']['p50']} ms, p99 {s['per_article_ms']['p99']} ms, "
          f"max {s['per_article_ms']['max']} ms; first article {s['first_article_s']} s")
    print(f"peak RSS          {s['peak_rss_mb']} MB" + (f" (workers {s['peak_rss_worker_mb']} MB)"
                                                       if s["peak_rss_worker_mb"] else ""))
    print(f"failures          {s['failures']} (analysis {s['analysis_failures']}, "
          f"reading {s['read_failures']})")
    for reason, n in list(s["failure_reasons"].items())[:5]:
        print(f"    {n:6d} × {reason}")
    print(f"outputs           {s['outputs']}")
    if cli:
        print(f"marsad extract    {cli['articles']} articles in {cli['wall_s']} s "
              f"({cli['articles_per_s']} articles/s), exit {cli['exit_code']}, "
              f"{cli['records_written']} records, peak RSS {cli['peak_rss_mb']} MB")
    print(f"results           {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
