"""Text that is not prose: how long `marsad extract` takes on a 1 MB line with no punctuation and on a million
repeated letters, next to one ordinary article, each in a fresh process.

    .venv/bin/python benchmarks/bad_input.py                          # 5 runs of each, medians
    .venv/bin/python benchmarks/bad_input.py --runs 7 --pycache /tmp/marsad-pyc

The inputs are generated (the 1 MB line from a fixed seed, as in tests/test_scaling.py). The reader analyses
such text only up to its non-prose budget (`marsad.reading.DEFAULT_NON_PROSE_BUDGET`) and says so on stderr;
`records_kept_chars` shows how much of each input the record kept. Times are the child's CPU (user + system)
and the wall clock, as in `cold_start.py` (whose `time_command` this uses). Results go to
benchmarks/results/bad_input.json (or --out).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import header, marsad_command, write_results
from cold_start import pick_article, time_command

WORDS = ["قوات", "سوريا", "الديمقراطية", "هاجمت", "داعش", "في", "الحسكة", "وقال", "مصدر", "إن", "300", "عنصر",
         "التنظيم"]


def one_megabyte_line() -> str:
    rng = random.Random(7)
    words: list[str] = []
    size = 0
    while size < 1_000_000:
        w = rng.choice(WORDS)
        words.append(w)
        size += len(w.encode("utf-8")) + 1
    return " ".join(words)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=5, help="timed runs per input (default 5; median reported)")
    ap.add_argument("--name", default="bad_input", help="result name: benchmarks/results/<name>.json")
    ap.add_argument("--out", default=None, help="write the results here instead")
    ap.add_argument("--pycache", default=None, metavar="DIR",
                    help="let the children write and read bytecode under DIR, as an installed package has it")
    args = ap.parse_args(argv)
    env = dict(os.environ)
    if args.pycache:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(Path(args.pycache).resolve())

    tmp = Path(tempfile.mkdtemp(prefix="marsad-bad-input-"))
    inputs = {
        "one_article": pick_article(None),
        "line_1mb": tmp / "line_1mb.txt",
        "letters_1m": tmp / "letters_1m.txt",
    }
    inputs["line_1mb"].write_text(one_megabyte_line(), "utf-8")
    inputs["letters_1m"].write_text("ا" * 1_000_000, "utf-8")
    timings: dict[str, Any] = {}
    for key, path in inputs.items():
        out = tmp / f"out-{key}"
        print(f"  timing {key} …", file=sys.stderr, flush=True)
        t = time_command([*marsad_command(), "extract", str(path), "--out", str(out), "--quiet"], args.runs, env)
        record = next(iter(out.glob("*.json")), None)
        data = json.loads(record.read_text("utf-8")) if record else {}
        t.update({"input_bytes": path.stat().st_size, "records_kept_chars": len(data.get("text", "")),
                  "notes": data.get("notes", [])})
        timings[key] = t
    result = header(args.name)
    result.update({"params": {"runs": args.runs, "pycache": args.pycache},
                   "command": " ".join(["python", "benchmarks/bad_input.py",
                                        *(argv if argv is not None else sys.argv[1:])]),
                   "timings": timings})
    path = write_results(args.name, result, args.out)
    print(f"\nmarsad {result['marsad_version']} @ {result['git_commit']}; median of {args.runs} runs")
    for key, t in timings.items():
        cpu = f"{1000 * t['cpu_median_s']:.0f} ms CPU" if t["cpu_median_s"] is not None else "CPU n/a"
        print(f"  {key:12s} {t['input_bytes']:>9,d} bytes  {cpu}, {1000 * t['median_s']:.0f} ms wall, "
              f"kept {t['records_kept_chars']:,d} characters, exit {t['exit_codes']}")
    print(f"results {path}")
    import shutil

    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
