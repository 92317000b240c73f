"""CPU time per pipeline stage over ANT articles, optionally against another marsad tree (before/after).

    .venv/bin/python benchmarks/stages.py --limit 450                          # this tree
    .venv/bin/python benchmarks/stages.py --limit 450 --baseline /tmp/old/src  # before/after, same articles

The articles are taken evenly from every ANT stream (`--limit` in all), leaving out the blind-evaluation
ones (annotated in tests/gold, or with a numeric id ending in 7). Each variant runs in its own fresh
process, `--rounds` times, alternating (baseline, this tree, this tree, baseline, ...), so a busy machine
slows both alike; for each stage the smallest CPU time of the rounds (`time.process_time`, not the wall
clock, which on a shared machine also counts other people's work) is reported. `make_doc` is cleaning,
folding and sentence splitting; `serialise` is `Article.to_dict()` + `json.dumps()`. The JSON output of every
article is hashed: with `--baseline`, `identical` says whether both trees wrote byte-identical output (an
optimisation must keep it so). Each variant uses its own index cache folder under the system's temporary
folder, filled before the first round by an untimed process (`--warm`: the first article, then the indexes that
only some articles need, the NER decoder's tables and the towns abroad), so that no round, `--rounds 1`
included, times building an index instead of the stage that uses it. Results go to benchmarks/results/stages.json
(or --out).
"""

from __future__ import annotations

import argparse
import glob
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import ROOT, header, write_results

DEFAULT_CORPUS = "/work/shared/data/news-ant-corpus-multisource/*.trec.xml.gz"


def _child(limit: int, corpus: str) -> dict[str, Any]:
    """Runs in the variant's own process (its marsad on PYTHONPATH): per-stage CPU and an output hash."""
    import marsad
    import marsad.pipeline as P

    items = pick_articles(limit, corpus)
    cpu: dict[str, float] = {}

    def timed(spec: Any) -> Any:
        def run(doc: Any, fn: Any = spec.fn, name: str = spec.name) -> None:
            t = time.process_time()
            fn(doc)
            cpu[name] = cpu.get(name, 0.0) + time.process_time() - t

        return P.StageSpec(spec.name, run, spec.requires, spec.assigns)

    marsad.analyze(items[0].text)  # packs and indexes loaded (and cached) before the clock starts
    P._DEFAULT = [timed(s) for s in P.default_pipeline()]
    make_doc = P.make_doc

    def timed_make_doc(*a: Any, **k: Any) -> Any:
        t = time.process_time()
        d = make_doc(*a, **k)
        cpu["make_doc"] = cpu.get("make_doc", 0.0) + time.process_time() - t
        return d

    P.make_doc = timed_make_doc
    h = hashlib.sha256()
    t0 = time.process_time()
    for it in items:
        a = marsad.analyze(it.text, published=it.published, url=it.url, outlet=it.outlet, title=it.title,
                           id=it.name)
        t = time.process_time()
        s = json.dumps(a.to_dict(), ensure_ascii=False)
        cpu["serialise"] = cpu.get("serialise", 0.0) + time.process_time() - t
        h.update(s.encode("utf-8") + b"\n")
    total = time.process_time() - t0
    return {"articles": len(items), "cpu_total_s": total, "stages_cpu_s": cpu, "output_sha256": h.hexdigest(),
            "marsad_path": str(Path(marsad.__file__).parent)}


def _warm(limit: int, corpus: str) -> dict[str, Any]:
    """Fills the variant's index cache (in its own process, untimed). The first article loads the packs and
    the indexes every article uses; the NER decoder's tables (`ner-decoder`, built when a process has tagged
    `DECODE_AFTER` tokens) and the towns abroad (`world-towns`, `world-towns-loose`, built when an article
    names a town no table knows) are built only mid-run, so a cold cache put their one-off build (≈ 0.6 s of
    CPU each over 450 articles) into the `places.geocode` and `ner` figures of the round that filled
    it. Each is asked for only where the tree has it, so an older `--baseline` tree warms what it can."""
    import marsad

    marsad.analyze(pick_articles(1, corpus)[0].text)
    warmed = []
    try:
        from marsad.ner import default_tagger

        use_decoder = getattr(default_tagger(), "use_decoder", None)
        if use_decoder is not None and use_decoder():
            warmed.append("ner-decoder")
    except Exception:  # a tree without the model or numpy: nothing to warm there
        pass
    from marsad import gazetteer

    for name in ("_world_index", "_world_loose_index"):
        fn = getattr(gazetteer, name, None)
        if fn is not None:
            fn()
            warmed.append(name)
    return {"warmed": warmed}


def pick_articles(limit: int, corpus: str) -> list[Any]:
    """`limit` articles in all, evenly from every stream of `corpus`, none reserved for the gold sets (the
    profiler in profile_stages.py takes the same ones)."""
    from marsad.reading import Failure, read_paths

    files = sorted(glob.glob(corpus))
    per = max(1, limit // max(1, len(files)))
    reserved = _reserved_ids()
    items = []
    for f in files:
        k = 0
        for it in read_paths([f]):
            if isinstance(it, Failure) or _is_reserved(it.name, reserved):
                continue
            items.append(it)
            k += 1
            if k >= per:
                break
    return items


def _reserved_ids() -> set[str]:
    """The DOCNOs of the annotated articles (tests/gold): evaluation material, never benchmarked."""
    ids: set[str] = set()
    for f in (ROOT / "tests" / "gold").glob("*.jsonl"):
        for line in f.read_text("utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                ids.update(str(rec[k]).split(":", 1)[-1] for k in ("id", "source_file") if rec.get(k))
    return ids


def _is_reserved(name: str, gold: set[str]) -> bool:
    """Blind-evaluation articles are left out: an annotated one, or one whose numeric id (the third field of
    an ANT DOCNO such as CN-middleEast-534-20180409) ends in 7."""
    parts = name.split("-")
    return name in gold or (len(parts) > 2 and parts[2].isdigit() and parts[2].endswith("7"))


def _run_variant(src: str, limit: int, corpus: str, cache: str, warm: bool = False) -> dict[str, Any]:
    env = dict(os.environ, PYTHONPATH=src, MARSAD_CACHE=cache)
    cmd = [sys.executable, __file__, "--warm" if warm else "--child", "--limit", str(limit), "--corpus", corpus]
    p = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(p.stdout.strip().splitlines()[-1])


def _best(runs: list[dict[str, Any]]) -> dict[str, Any]:
    stages = sorted({k for r in runs for k in r["stages_cpu_s"]})
    return {
        "articles": runs[0]["articles"],
        "cpu_total_s": round(min(r["cpu_total_s"] for r in runs), 3),
        "articles_per_cpu_s": round(runs[0]["articles"] / min(r["cpu_total_s"] for r in runs), 1),
        "stages_cpu_s": {k: round(min(r["stages_cpu_s"].get(k, 0.0) for r in runs), 3) for k in stages},
        "output_sha256": runs[0]["output_sha256"],
        "same_output_every_round": len({r["output_sha256"] for r in runs}) == 1,
        "marsad_path": runs[0]["marsad_path"],
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit", type=int, default=450, help="articles, taken evenly from every stream")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--baseline", default=None, help="the src/ folder of another marsad tree to compare with")
    ap.add_argument("--corpus", default=DEFAULT_CORPUS)
    ap.add_argument("--name", default="stages")
    ap.add_argument("--out", default=None)
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--warm", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        print(json.dumps(_child(args.limit, args.corpus)))
        return 0
    if args.warm:
        print(json.dumps(_warm(args.limit, args.corpus)))
        return 0

    tmp = Path(tempfile.mkdtemp(prefix="marsad-stages-"))
    variants = {"this": str(ROOT / "src")}
    if args.baseline:
        variants = {"baseline": str(Path(args.baseline).resolve()), **variants}
    runs: dict[str, list[dict[str, Any]]] = {k: [] for k in variants}
    warmed = {}
    for k in variants:
        print(f"  warming the index cache: {k} …", file=sys.stderr, flush=True)
        warmed[k] = _run_variant(variants[k], args.limit, args.corpus, str(tmp / f"cache-{k}"), warm=True)["warmed"]
    for r in range(args.rounds):
        order = list(variants) if r % 2 == 0 else list(reversed(variants))
        for k in order:
            print(f"  round {r + 1}: {k} …", file=sys.stderr, flush=True)
            runs[k].append(_run_variant(variants[k], args.limit, args.corpus, str(tmp / f"cache-{k}")))
    best = {k: _best(v) for k, v in runs.items()}
    result = header(args.name)
    result.update({"params": {"limit": args.limit, "rounds": args.rounds, "corpus": args.corpus,
                              "baseline": args.baseline, "warmed": warmed},
                   "command": " ".join(["python", "benchmarks/stages.py",
                                        *(argv if argv is not None else sys.argv[1:])]),
                   "variants": best})
    if args.baseline:
        result["identical"] = best["baseline"]["output_sha256"] == best["this"]["output_sha256"]
    path = write_results(args.name, result, args.out)

    names = sorted(best["this"]["stages_cpu_s"], key=lambda s: -best["this"]["stages_cpu_s"][s])
    cols = list(best)
    print(f"\nCPU seconds over {best['this']['articles']} articles, best of {args.rounds} rounds")
    print(f"{'stage':20s}" + "".join(f"{c:>12s}" for c in cols))
    for s in names:
        print(f"{s:20s}" + "".join(f"{best[c]['stages_cpu_s'].get(s, 0.0):12.3f}" for c in cols))
    print(f"{'total':20s}" + "".join(f"{best[c]['cpu_total_s']:12.3f}" for c in cols))
    print(f"{'articles / CPU s':20s}" + "".join(f"{best[c]['articles_per_cpu_s']:12.1f}" for c in cols))
    if args.baseline:
        print(f"output identical: {result['identical']}")
    print(f"results {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
