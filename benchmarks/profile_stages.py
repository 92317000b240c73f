"""Where the CPU goes: a statistical profile of the default pipeline over ANT articles, by stage and function.

    .venv/bin/python benchmarks/profile_stages.py --limit 1000            # the articles stages.py takes
    .venv/bin/python benchmarks/profile_stages.py --limit 1000 --top 60   # longer function lists

A sampler on the process's CPU clock (`signal.setitimer(ITIMER_PROF)`, every `--interval` ms of CPU, not of
the wall clock, so other jobs on a shared machine do not count) records the Python stack at each tick while
`marsad.analyze()` + `to_dict()` + `json.dumps()` run on the articles `stages.py` takes (evenly from every
stream, the blind-evaluation ones left out), after one untimed article loads the packs. It reports each
stage's share (the outermost frame in `marsad/stages/` or `marsad/ner/`), each function's own share (`self`:
the frame running at the tick) and its share with what it calls (`inclusive`). Unlike cProfile it adds no
cost per call, so many cheap calls are not inflated against a few long ones (cProfile put the pure-Python
JSON encoder at 4 % of a run). A tick is taken where the interpreter checks for signals, on entering a
Python function among others: a function called from C many times (`_handle_fromlist`, run by a `from x
import y` inside a function) reads high (≈ 1.9 % here, ≈ 0.4 % timed on its own). Check a target with a
timed A/B before working on it. POSIX only. Results go to benchmarks/results/<name>.json.
"""

from __future__ import annotations

import argparse
import collections
import json
import signal
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import header, write_results
from stages import DEFAULT_CORPUS, pick_articles


def _articles(limit: int, corpus: str) -> list[Any]:
    """The articles `stages.py` takes: `limit` in all, evenly from every stream, none reserved."""
    return pick_articles(limit, corpus)


def _where(code: Any) -> str:
    name = code.co_filename
    cut = name.rfind("/marsad/")
    short = name[cut + 1:] if cut >= 0 else name.rsplit("/", 1)[-1]
    return f"{short}:{code.co_name}"


def profile(items: list[Any], interval_ms: float) -> dict[str, Any]:
    import marsad

    own: collections.Counter[str] = collections.Counter()
    inclusive: collections.Counter[str] = collections.Counter()
    stages: collections.Counter[str] = collections.Counter()
    ticks = [0]

    def tick(_sig: int, frame: Any) -> None:
        ticks[0] += 1
        own[_where(frame.f_code)] += 1
        seen: set[str] = set()
        stage = "outside the stages"
        f = frame
        while f is not None:
            key = _where(f.f_code)
            if key not in seen:
                seen.add(key)
                inclusive[key] += 1
            path = f.f_code.co_filename
            if "/marsad/stages/" in path or "/marsad/ner/" in path:
                stage = path[path.rfind("/marsad/") + 8:]  # the outermost one wins: the walk goes outwards
            f = f.f_back
        stages[stage] += 1

    marsad.analyze(items[0].text)  # packs and indexes loaded (and cached) before the clock starts
    old = signal.signal(signal.SIGPROF, tick)
    signal.setitimer(signal.ITIMER_PROF, interval_ms / 1000, interval_ms / 1000)
    t0 = time.process_time()
    try:
        for it in items:
            a = marsad.analyze(it.text, published=it.published, url=it.url, outlet=it.outlet, title=it.title,
                               id=it.name)
            json.dumps(a.to_dict(), ensure_ascii=False)
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
        signal.signal(signal.SIGPROF, old)
    cpu = time.process_time() - t0
    n = max(1, ticks[0])

    def shares(c: collections.Counter[str]) -> list[tuple[str, float]]:
        return [(k, round(100 * v / n, 2)) for k, v in c.most_common()]

    return {"articles": len(items), "cpu_s": round(cpu, 3), "articles_per_cpu_s": round(len(items) / cpu, 1),
            "samples": ticks[0], "stages_pct": shares(stages), "self_pct": shares(own),
            "inclusive_pct": shares(inclusive)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit", type=int, default=1000, help="articles, taken evenly from every stream")
    ap.add_argument("--interval", type=float, default=2.0, help="ms of CPU between two samples")
    ap.add_argument("--top", type=int, default=30, help="functions printed per list (all are kept in the JSON)")
    ap.add_argument("--corpus", default=DEFAULT_CORPUS)
    ap.add_argument("--name", default="profile_stages")
    ap.add_argument("--out", default=None)
    args = ap.parse_args(argv)
    items = _articles(args.limit, args.corpus)
    if not items:
        print("no articles found", file=sys.stderr)
        return 1
    got = profile(items, args.interval)
    result = header(args.name)
    result.update({"params": {"limit": args.limit, "interval_ms": args.interval, "corpus": args.corpus}, **got})
    path = write_results(args.name, result, args.out)
    print(f"{got['articles']} articles, {got['cpu_s']} s CPU ({got['articles_per_cpu_s']} per CPU s), "
          f"{got['samples']} samples")
    for title, key in (("stage", "stages_pct"), ("self", "self_pct"), ("inclusive", "inclusive_pct")):
        print(f"\n% of CPU by {title}")
        for name, pct in got[key][:args.top]:
            print(f"{pct:6.1f}  {name}")
    print(f"\nresults {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
