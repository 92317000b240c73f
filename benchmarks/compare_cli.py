"""`marsad extract` before/after: the CPU time of the command and a file-by-file comparison of its output.

    .venv/bin/python benchmarks/compare_cli.py --baseline /tmp/old/src                 # 1,500 articles
    .venv/bin/python benchmarks/compare_cli.py --baseline /tmp/old/src --limit 300 --rounds 1

Takes `--limit` ANT articles evenly from every stream, leaving out the blind-evaluation ones (as
`stages.py` does), writes them to one JSON-lines file and runs `python -m marsad extract FILE --out DIR --quiet
-j 1` on it with each tree on `PYTHONPATH` (this tree's `src/` and `--baseline`), alternating, `--rounds`
times, each tree with its own index cache folder (the first round fills it: its time is kept but not used
for the best). Reports the child's user + system CPU seconds (`os.wait4`, so other jobs on a shared machine
count less than in the wall clock), and compares every JSON file the two trees wrote, byte for byte:
`identical: true` is the check that a speed change left the output of the command the same.
Results go to benchmarks/results/compare_cli.json (or --out).
"""

from __future__ import annotations

import argparse
import filecmp
import glob
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
from stages import DEFAULT_CORPUS, _is_reserved, _reserved_ids


def _articles(limit: int, corpus: str, path: Path) -> int:
    """Writes the picked articles to `path` (the reader of this tree); their count."""
    from marsad.reading import Failure, read_paths

    files = sorted(glob.glob(corpus))
    per = max(1, limit // max(1, len(files)))
    reserved = _reserved_ids()
    n = 0
    with path.open("w", encoding="utf-8") as fh:
        for f in files:
            k = 0
            for it in read_paths([f]):
                if isinstance(it, Failure) or _is_reserved(it.name, reserved):
                    continue
                rec = {"id": it.name, "text": it.text, "url": it.url, "outlet": it.outlet,
                       "published": it.published, "title": it.title}
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
                k += 1
                n += 1
                if k >= per:
                    break
    return n


def _extract(src: str, subset: Path, out: Path, cache: Path) -> dict[str, Any]:
    env = dict(os.environ, PYTHONPATH=src, MARSAD_CACHE=str(cache))
    cmd = [sys.executable, "-m", "marsad", "extract", str(subset), "--out", str(out), "--quiet", "-j", "1"]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    err = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
    return {"cpu_s": round(usage.ru_utime + usage.ru_stime, 3), "wall_s": round(wall, 3),
            "exit_code": os.waitstatus_to_exitcode(status), "files": len(list(out.iterdir())) if out.is_dir() else 0,
            "stderr_tail": err[-500:]}


def _same_files(a: Path, b: Path) -> tuple[bool, list[str]]:
    """Whether the two output folders hold the same files with the same bytes; the names that differ."""
    names = sorted({p.name for p in a.iterdir()} | {p.name for p in b.iterdir()})
    diff = [n for n in names if not ((a / n).is_file() and (b / n).is_file()
                                     and filecmp.cmp(a / n, b / n, shallow=False))]
    return not diff, diff


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--baseline", required=True, help="the src/ folder of the other marsad tree")
    ap.add_argument("--limit", type=int, default=1500, help="articles, taken evenly from every stream")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--corpus", default=DEFAULT_CORPUS)
    ap.add_argument("--name", default="compare_cli")
    ap.add_argument("--out", default=None)
    args = ap.parse_args(argv)

    tmp = Path(tempfile.mkdtemp(prefix="marsad-compare-"))
    subset = tmp / "subset.jsonl"
    n = _articles(args.limit, args.corpus, subset)
    variants = {"baseline": str(Path(args.baseline).resolve()), "this": str(ROOT / "src")}
    runs: dict[str, list[dict[str, Any]]] = {k: [] for k in variants}
    for r in range(args.rounds):
        for k in (list(variants) if r % 2 == 0 else list(reversed(variants))):
            print(f"  round {r + 1}: {k} …", file=sys.stderr, flush=True)
            out = tmp / f"out-{k}-{r}"
            runs[k].append(_extract(variants[k], subset, out, tmp / f"cache-{k}"))
    same, differ = _same_files(tmp / "out-baseline-0", tmp / "out-this-0")
    for r in range(1, args.rounds):  # every round of a tree writes the same files
        same = same and _same_files(tmp / f"out-this-{r}", tmp / "out-this-0")[0]
    best = {k: min(x["cpu_s"] for x in (v[1:] or v)) for k, v in runs.items()}
    result = header(args.name)
    result.update({
        "params": {"limit": args.limit, "articles": n, "rounds": args.rounds, "corpus": args.corpus,
                   "baseline": args.baseline},
        "command": " ".join(["python", "benchmarks/compare_cli.py", *(argv if argv is not None else sys.argv[1:])]),
        "runs": runs, "best_cpu_s": best,
        "articles_per_cpu_s": {k: round(n / v, 1) for k, v in best.items() if v},
        "identical": same, "files_that_differ": differ[:20],
    })
    path = write_results(args.name, result, args.out)
    for k, v in runs.items():
        print(f"{k:10s} CPU s {[x['cpu_s'] for x in v]}  best {best[k]:.2f}  ({n / best[k]:.1f} articles per CPU s)")
    print(f"{n} articles; output identical: {same}" + (f" (differ: {', '.join(differ[:5])})" if differ else ""))
    print(f"results {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
