"""Cold start: how long a fresh process takes to analyse one article.

    .venv/bin/python benchmarks/cold_start.py            # 5 runs of each, medians
    .venv/bin/python benchmarks/cold_start.py --runs 11
    .venv/bin/python benchmarks/cold_start.py --pycache /tmp/marsad-pyc   # with bytecode files, as installed

Each command runs in a new process, `--runs` times after one untimed warm-up run (which fills the OS file
cache; its time is reported as `first_s`). Timed, from the bottom up:

- `python -c pass`                        the interpreter alone
- `python -c "import marsad"`             the package import (should stay cheap: stages load lazily)
- `python -c "import marsad.cli"`         the CLI module and click
- `marsad --version`                      the console script
- `marsad extract one.txt --out tmp`      one article end to end: data packs loaded, analysed, written

The difference between the last and `marsad --version` is, roughly, what loading the data packs and the
first analysis cost. Each command's CPU time (user + system, from `wait4`) is kept beside the wall clock: on
a shared machine only the CPU time compares across runs. The built indexes come from the index cache
(`$MARSAD_CACHE`, filled by the warm-up run). Results go to benchmarks/results/cold_start.json (or --out).

`--rival` runs, untimed, before every run of `marsad extract`, the same extract as a second install would (a
marsad whose version string differs, so every index has another key), writing into the same index cache: two
versions or checkouts on one account. A cache that keeps one key per index rebuilds every index in every run.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import ROOT, header, marsad_command, write_results


def index_cache_dir() -> Path | None:
    from marsad.index_cache import cache_dir

    return cache_dir()

#: used when examples/ has no .txt file
FALLBACK_ARTICLE = """\
أفادت مصادر محلية بأن دورية تابعة لقوات سوريا الديمقراطية (قسد) تعرضت، مساء أمس الإثنين، لهجوم بعبوة ناسفة
على الطريق الواصل بين بلدتي الشحيل والبصيرة في ريف دير الزور الشرقي،
ما أسفر عن مقتل عنصرين وإصابة ثلاثة آخرين.
ونقل المرصد السوري لحقوق الإنسان عن مصادره أن خلايا تابعة لتنظيم داعش تقف وراء الهجوم.
"""


def pick_article(explicit: str | None) -> Path:
    if explicit:
        return Path(explicit)
    examples = sorted((ROOT / "examples").glob("*.txt"))
    if examples:
        return examples[0]
    tmp = Path(tempfile.mkdtemp(prefix="marsad-cold-")) / "one.txt"
    tmp.write_text(FALLBACK_ARTICLE, encoding="utf-8")
    return tmp


def time_command(cmd: list[str], runs: int, env: dict[str, str] | None = None,
                 before_each: list[str] | None = None) -> dict[str, Any]:
    def once() -> tuple[float, float | None, int, str]:
        if before_each:  # untimed: the other install's process, sharing the index cache
            subprocess.run(before_each, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           env=env, check=False)
        t0 = time.perf_counter()
        p = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
        err = p.stderr.read().decode("utf-8", "replace") if p.stderr else ""
        try:
            _, status, usage = os.wait4(p.pid, 0)
            wall = time.perf_counter() - t0
            p.returncode = os.waitstatus_to_exitcode(status)
            cpu: float | None = usage.ru_utime + usage.ru_stime
        except (AttributeError, ChildProcessError):  # no wait4 on this platform
            p.wait()
            wall, cpu = time.perf_counter() - t0, None
        return wall, cpu, p.returncode, err

    first, _, rc, err = once()
    times: list[float] = []
    cpus: list[float] = []
    codes = {rc}
    for _ in range(runs):
        t, c, rc, err = once()
        times.append(t)
        if c is not None:
            cpus.append(c)
        codes.add(rc)
    return {
        "median_s": round(statistics.median(times), 4),
        "min_s": round(min(times), 4),
        "max_s": round(max(times), 4),
        "first_s": round(first, 4),
        "runs": [round(t, 4) for t in times],
        # user + system CPU of the child: on a shared machine the wall clock also counts other people's work
        "cpu_median_s": round(statistics.median(cpus), 4) if cpus else None,
        "exit_codes": sorted(codes),
        "stderr_tail": err[-400:] if any(codes) else "",
    }


def import_profile(module: str, top: int = 10) -> list[dict[str, Any]]:
    """The slowest imports (cumulative µs) under `python -X importtime -c "import <module>"`."""
    p = subprocess.run([sys.executable, "-X", "importtime", "-c", f"import {module}"], cwd=ROOT,
                       capture_output=True, text=True, check=False)
    rows = []
    for line in p.stderr.splitlines():
        if not line.startswith("import time:"):
            continue
        parts = line[len("import time:"):].split("|")
        if len(parts) != 3 or not parts[0].strip().isdigit():
            continue  # the header line
        name = parts[2].rstrip()
        rows.append({"module": name.strip(), "self_us": int(parts[0]), "cumulative_us": int(parts[1]),
                     "depth": (len(name) - len(name.lstrip()) - 1) // 2})
    rows.sort(key=lambda r: -r["cumulative_us"])
    return rows[:top]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=5, help="timed runs per command (default 5; median reported)")
    ap.add_argument("--article", default=None, help="the one article (default: the first examples/*.txt)")
    ap.add_argument("--name", default="cold_start", help="result name: benchmarks/results/<name>.json")
    ap.add_argument("--out", default=None, help="write the results here instead")
    ap.add_argument("--pycache", default=None, metavar="DIR",
                    help="let the children write and read bytecode under DIR (PYTHONPYCACHEPREFIX), as an "
                         "installed package has its .pyc files; by default the environment decides (with "
                         "PYTHONDONTWRITEBYTECODE set, every run compiles marsad's modules again)")
    ap.add_argument("--rival", action="store_true",
                    help="before each extract run, let a second install (another version string) store its "
                         "own indexes in the same index cache, untimed")
    args = ap.parse_args(argv)
    env = dict(os.environ)
    if args.pycache:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(Path(args.pycache).resolve())
    bytecode = "off (PYTHONDONTWRITEBYTECODE)" if env.get("PYTHONDONTWRITEBYTECODE") else (
        f"cached under {env['PYTHONPYCACHEPREFIX']}" if env.get("PYTHONPYCACHEPREFIX") else "cached (__pycache__)")

    article = pick_article(args.article)
    shown = str(article.relative_to(ROOT)) if article.is_relative_to(ROOT) else str(article)
    out_dir = Path(tempfile.mkdtemp(prefix="marsad-cold-out-"))
    py = sys.executable
    marsad = marsad_command()
    commands = {
        "python_startup": [py, "-c", "pass"],
        "import_marsad": [py, "-c", "import marsad"],
        "import_marsad_cli": [py, "-c", "import marsad.cli"],
        "marsad_version": [*marsad, "--version"],
        "marsad_extract_one": [*marsad, "extract", str(article), "--out", str(out_dir), "--quiet"],
    }
    rival = [py, "-c", "import marsad, marsad.cli; marsad.__version__ += '+rival'; marsad.cli.main()",
             "extract", str(article), "--out", str(out_dir / "rival"), "--quiet"] if args.rival else None
    timings: dict[str, Any] = {}
    for key, cmd in commands.items():
        print(f"  timing {key} …", file=sys.stderr, flush=True)
        timings[key] = time_command(cmd, args.runs, env, rival if key == "marsad_extract_one" else None)
        timings[key]["command"] = " ".join(Path(c).name if i == 0 else c for i, c in enumerate(cmd))

    ext, ver = timings["marsad_extract_one"], timings["marsad_version"]
    derived = {
        "import_marsad_over_python_s": round(timings["import_marsad"]["median_s"]
                                             - timings["python_startup"]["median_s"], 4),
        "extract_over_version_s": round(ext["median_s"] - ver["median_s"], 4),
    }
    result = header(args.name)
    result.update({
        "params": {"runs": args.runs,
                   "rival": bool(args.rival),
                   "bytecode": bytecode,
                   "index_cache": str(index_cache_dir()) if index_cache_dir() else "off",
                   "article": shown,
                   "article_chars": len(article.read_text("utf-8", errors="replace"))},
        "command": " ".join(["python", "benchmarks/cold_start.py",
                             *(argv if argv is not None else sys.argv[1:])]),
        "timings": timings,
        "derived": derived,
        "import_profile_marsad": import_profile("marsad"),
        "records_written": len(list(out_dir.glob("*.json"))),
    })
    path = write_results(args.name, result, args.out)

    print(f"\nmarsad {result['marsad_version']} @ {result['git_commit']} — {result['machine']['cpu']}, "
          f"Python {result['machine']['python']}; median of {args.runs} runs; bytecode {bytecode}")
    for key, t in timings.items():
        flag = "" if t["exit_codes"] == [0] else f"   exit {t['exit_codes']}"
        cpu = f", cpu {1000 * t['cpu_median_s']:.1f}" if t["cpu_median_s"] is not None else ""
        print(f"  {key:22s} {1000 * t['median_s']:8.1f} ms  (min {1000 * t['min_s']:.1f}, "
              f"first {1000 * t['first_s']:.1f}{cpu}){flag}")
    print(f"  import marsad costs {1000 * derived['import_marsad_over_python_s']:.1f} ms over the "
          "interpreter; "
          f"extract costs {1000 * derived['extract_over_version_s']:.1f} ms over `marsad --version`")
    if ext["exit_codes"] != [0]:
        print(f"  marsad extract failed: {ext['stderr_tail'].strip()[-300:]}")
    print(f"results {path}")
    import shutil

    shutil.rmtree(out_dir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
