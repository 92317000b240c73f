"""Speed and scale: marsad against simple baselines, worker processes, Dask, memory and cold start.

    .venv/bin/python benchmarks/scale.py baselines [--limit 3000]   # full pipeline vs spaCy matcher vs regex
    .venv/bin/python benchmarks/scale.py jobs [--limit 4000]        # --jobs 1 vs --jobs 2 (same articles)
    .venv/bin/python benchmarks/scale.py dask [--limit 4000]        # Dask LocalCluster(2) vs --jobs 2
    .venv/bin/python benchmarks/scale.py memory                     # peak RSS: 1,000 articles vs all
    .venv/bin/python benchmarks/scale.py all                        # everything above

Each writes benchmarks/results/scale-<what>.json with the machine, the commit and the date, and prints a
summary. `baselines` needs spaCy (`pip install spacy`, benchmark only: marsad never imports it); `dask` needs
`pip install 'marsad[dask]'`. Articles come from the ANT corpus (--corpus), read once into memory before any
clock starts, so reading and gzip are not timed except where said.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import header, marsad_command, write_results

DEFAULT_CORPUS = "/work/shared/data/news-ant-corpus-multisource"
WORD = re.compile(r"\w+")


def load(corpus: str, limit: int | None) -> list[Any]:
    from marsad.reading import RawArticle, read_paths

    return [it for it in islice(read_paths([corpus]), limit) if isinstance(it, RawArticle)]


def mb(items: list[Any]) -> float:
    return sum(len(it.text.encode("utf-8")) for it in items) / 1e6


def _rate(n: int, megabytes: float, seconds: float) -> dict[str, float]:
    return {"seconds": round(seconds, 3), "articles_per_s": round(n / seconds, 1),
            "mb_per_s": round(megabytes / seconds, 3)}


# ------------------------------------------------------------------ baselines


def spacy_baseline(items: list[Any]) -> tuple[Any, list[list[tuple[int, int]]], float]:
    import spacy
    from spacy.matcher import PhraseMatcher

    from marsad import packs

    nlp = spacy.blank("ar")
    matcher = PhraseMatcher(nlp.vocab)
    aliases = sorted({a.text for name in ("actors", "places") for e in packs.entity_pack(name) for a in e.aliases}
                     | {e.name_ar for name in ("actors", "places") for e in packs.entity_pack(name) if e.name_ar})
    matcher.add("ENT", [nlp.make_doc(a) for a in aliases])
    spans: list[list[tuple[int, int]]] = []
    t0 = time.perf_counter()
    for it in items:
        doc = nlp.make_doc(it.text)
        spans.append([(doc[s].idx, doc[e - 1].idx + len(doc[e - 1])) for _, s, e in matcher(doc)])
    return len(aliases), spans, time.perf_counter() - t0


def baselines(items: list[Any]) -> dict[str, Any]:
    from marsad import _as_date, pipeline

    megabytes = mb(items)
    # one pass of a word-tokenising regex
    t0 = time.perf_counter()
    words = sum(len(WORD.findall(it.text)) for it in items)
    regex_s = time.perf_counter() - t0
    # marsad: the entity stages alone, then the whole default pipeline (same articles, same process)
    specs = pipeline.default_pipeline()
    ent_specs = [s for s in specs if s.name in ("entities", "places.candidates")]
    pipeline.run(pipeline.make_doc(items[0].text))  # packs loaded before the clocks
    t0 = time.perf_counter()
    for it in items:
        doc = pipeline.make_doc(it.text, published=_as_date(it.published), given=it.given())
        for s in ent_specs:
            s.fn(doc)
    entity_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    marsad_mentions: list[list[tuple[int, int, str]]] = []
    stage_s: dict[str, float] = {s.name: 0.0 for s in specs}
    for it in items:
        t1 = time.perf_counter()
        doc = pipeline.make_doc(it.text, published=_as_date(it.published), given=it.given())
        stage_s["make_doc"] = stage_s.get("make_doc", 0.0) + time.perf_counter() - t1
        for s in specs:
            t1 = time.perf_counter()
            s.fn(doc)
            stage_s[s.name] += time.perf_counter() - t1
        art = pipeline.freeze(doc)
        json.dumps(art.to_dict(), ensure_ascii=False)
        marsad_mentions.append([(m.start, m.end, e.type) for e in art.entities if e.type in ("actor", "place")
                                for m in e.mentions if m.how in ("pack", "gazetteer")])
    full_s = time.perf_counter() - t0
    out: dict[str, Any] = {
        "articles": len(items), "text_mb": round(megabytes, 3), "words": words,
        "regex_word_pass": _rate(len(items), megabytes, regex_s),
        "marsad_entity_stages": _rate(len(items), megabytes, entity_s),
        "marsad_full_pipeline": _rate(len(items), megabytes, full_s),
        "full_pipeline_over_regex": round(full_s / regex_s, 1),
        "stage_seconds": {k: round(v, 3) for k, v in sorted(stage_s.items(), key=lambda kv: -kv[1])},
    }
    try:
        n_alias, spacy_spans, spacy_s = spacy_baseline(items)
    except ImportError:
        out["spacy"] = "not installed (pip install spacy)"
        return out
    # marsad mentions (from packs/gazetteer, actors and places) that no spaCy match overlaps
    total = missed = 0
    for ms, ss in zip(marsad_mentions, spacy_spans, strict=True):
        for a, b, _t in ms:
            total += 1
            if not any(s < b and a < e for s, e in ss):
                missed += 1
    import spacy

    out["spacy_phrasematcher"] = {**_rate(len(items), megabytes, spacy_s), "spacy": spacy.__version__,
                                  "aliases": n_alias, "matches": sum(len(s) for s in spacy_spans)}
    out["marsad_full_over_spacy_throughput"] = round(spacy_s / full_s, 2)
    out["marsad_entity_stages_over_spacy_throughput"] = round(spacy_s / entity_s, 2)
    out["marsad_mentions"] = total
    out["marsad_mentions_spacy_misses"] = missed
    out["marsad_mentions_spacy_misses_share"] = round(missed / total, 3) if total else None
    return out


# ------------------------------------------------------------------ processes and Dask


def jobs(items: list[Any], n_jobs: int = 2) -> dict[str, Any]:
    from marsad.runner import Settings, run_local, warm_up

    warm_up()
    settings = Settings("jsonl")
    megabytes = mb(items)
    res: dict[str, Any] = {"articles": len(items), "text_mb": round(megabytes, 3)}
    for j in (1, n_jobs):
        t0 = time.perf_counter()
        n = sum(1 for o in run_local(items, settings, j) if getattr(o, "error", None) is None)
        s = time.perf_counter() - t0
        res[f"jobs_{j}"] = {**_rate(len(items), megabytes, s), "ok": n,
                            "mb_per_s_per_core": round(megabytes / s / j, 3)}
    res["speedup"] = round(res["jobs_1"]["seconds"] / res[f"jobs_{n_jobs}"]["seconds"], 2)
    return res


def dask_vs_jobs(corpus: str, items: list[Any], workers: int = 2) -> dict[str, Any]:
    """Both read the same JSON-lines file of `items` and write JSON lines; Dask's workers do the reading."""
    from marsad.output import JsonlWriter
    from marsad.reading import read_paths
    from marsad.runner import Settings, run_dask, run_local, warm_up

    tmp = Path(tempfile.mkdtemp(prefix="marsad-dask-"))
    src = tmp / "in.jsonl"
    with src.open("w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps({"id": it.name, "text": it.text, "published": it.published, "url": it.url,
                                "title": it.title, "outlet": it.outlet}, ensure_ascii=False) + "\n")
    import marsad.runner as r

    r.SHARD_BYTES = max(1, src.stat().st_size // (workers * 8))  # 8 partitions per worker
    megabytes = mb(items)
    warm_up()
    t0 = time.perf_counter()
    w = JsonlWriter(tmp / "jobs.jsonl")
    for o in run_local(read_paths([str(src)]), Settings("jsonl"), workers):
        if getattr(o, "data", None):
            w.write(o.name, o.data)
    w.close()
    jobs_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    for _ in run_local(read_paths([str(src)]), Settings("jsonl"), 1):
        pass
    one_s = time.perf_counter() - t0
    parts: list[dict[str, Any]] = []
    from dask.distributed import Client, LocalCluster

    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cl:
        t0 = time.perf_counter()
        run_dask([str(src)], str(tmp / "dask"), Settings("jsonl"), scheduler=cl.scheduler_address, jobs=workers,
                 max_bytes=10**9, on_part=parts.append)
        dask_s = time.perf_counter() - t0
        with Client(cl) as c:
            c.close()
    import dask

    return {"articles": len(items), "text_mb": round(megabytes, 3), "workers": workers, "dask": dask.__version__,
            "partitions": len(parts), "dask_articles": sum(p["articles"] for p in parts),
            "one_process": _rate(len(items), megabytes, one_s),
            f"jobs_{workers}": _rate(len(items), megabytes, jobs_s),
            f"dask_localcluster_{workers}": _rate(len(items), megabytes, dask_s),
            "dask_over_one_process": round(one_s / dask_s, 2), "dask_over_jobs": round(jobs_s / dask_s, 2),
            "note": "dask time includes workers warming up (client.run(warm_up)) and the per-partition reads"}


# ------------------------------------------------------------------ memory and cold start


def _cli_peak(args: list[str]) -> tuple[float, float, int]:
    t0 = time.perf_counter()
    p = subprocess.Popen([*marsad_command(), "extract", *args], stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(p.pid, 0)
    return time.perf_counter() - t0, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)


def memory(corpus: str, small: int = 1000) -> dict[str, Any]:
    """Peak RSS of `marsad extract -j 1 --format jsonl`: the first `small` articles vs the whole corpus."""
    tmp = Path(tempfile.mkdtemp(prefix="marsad-mem-"))
    sub = tmp / "small.jsonl"
    with sub.open("w", encoding="utf-8") as f:
        for it in load(corpus, small):
            f.write(json.dumps({"id": it.name, "text": it.text, "published": it.published}, ensure_ascii=False)
                    + "\n")
    res: dict[str, Any] = {}
    for label, path in (("small", str(sub)), ("all", corpus)):
        for j in (1, 2):
            s, rss, rc = _cli_peak([path, "--out", str(tmp / f"{label}{j}.jsonl"), "-q", "-j", str(j)])
            with open(tmp / f"{label}{j}.jsonl", encoding="utf-8") as f:
                n = sum(1 for _ in f)
            res[f"{label}_jobs{j}"] = {"articles": n, "seconds": round(s, 2), "peak_rss_mb": round(rss, 1),
                                      "exit_code": rc, "articles_per_s": round(n / s, 1)}
    res["peak_ratio_all_over_small_jobs1"] = round(res["all_jobs1"]["peak_rss_mb"] / res["small_jobs1"]["peak_rss_mb"],
                                                   3)
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("what", choices=("baselines", "jobs", "dask", "memory", "all"))
    ap.add_argument("--corpus", default=DEFAULT_CORPUS)
    ap.add_argument("--limit", type=int, default=3000)
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args(argv)
    todo = ("baselines", "jobs", "dask", "memory") if args.what == "all" else (args.what,)
    items = load(args.corpus, args.limit) if set(todo) - {"memory"} else []
    for what in todo:
        t0 = time.perf_counter()
        if what == "baselines":
            res = baselines(items)
        elif what == "jobs":
            res = jobs(items, args.jobs)
        elif what == "dask":
            res = dask_vs_jobs(args.corpus, items, args.jobs)
        else:
            res = memory(args.corpus)
        res = {**header(f"scale-{what}"), "result": res,
               "peak_rss_mb_this_process": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
               "bench_seconds": round(time.perf_counter() - t0, 1)}
        path = write_results(f"scale-{what}", res)
        print(json.dumps(res["result"], ensure_ascii=False, indent=1))
        print(f"→ {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
