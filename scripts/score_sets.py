"""Score marsad on the seed articles and on annotated held-out ANT sets, side by side.

    python scripts/score_sets.py --work /tmp/mywork            # seeds + dev
    python scripts/score_sets.py --work /tmp/mywork --sets seeds dev holdout
    python scripts/score_sets.py --work /tmp/mywork --log dev  # print per-article misses of one set

Each set is a gold file group from tests/quality_floors.json ("seeds" is the shared seed gold).
Predictions and the score log go under --work, so parallel runs never share files.
"""

from __future__ import annotations

import argparse
import json
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "eval" / "score.py"


def _gold_sets() -> dict[str, list[Path]]:
    floors = json.loads((ROOT / "tests" / "quality_floors.json").read_text("utf-8"))
    sets = {"seeds": [SHARED / "eval" / "seeds.gold.jsonl"]}
    for name, spec in floors.get("held_out", {}).items():
        sets[name] = [ROOT / "tests" / "gold" / f for f in spec["files"]]
    return sets


def _predict(name: str, gold_files: list[Path], out: Path) -> Path:
    import marsad
    from marsad.reading import RawArticle, read_paths

    out.mkdir(parents=True, exist_ok=True)
    gold = [json.loads(line) for f in gold_files for line in f.read_text("utf-8").splitlines() if line.strip()]
    gold_file = out / "gold.jsonl"
    gold_file.write_text("\n".join(json.dumps(g, ensure_ascii=False) for g in gold), "utf-8")
    if name == "seeds":
        paths = [str(SHARED / "seeds" / Path(g["source_file"]).name) for g in gold]
    else:
        paths = sorted(str(p) for p in (SHARED / "data" / "news-ant-corpus-multisource").glob("*.trec.xml.gz"))
    wanted = {g["source_file"].split(":", 1)[-1] if g["source_file"].startswith("ant:") else Path(g["source_file"]).stem
              for g in gold}
    cache = out.parent / f".{name}-raw.pickle"
    if cache.exists():
        items = pickle.loads(cache.read_bytes())
    else:  # scanning the corpus is the slow part: keep the raw articles for the next run
        items = []
        for item in read_paths(paths):
            if isinstance(item, RawArticle) and item.name in wanted:
                items.append(item)
                if len(items) == len(wanted):
                    break
        cache.write_bytes(pickle.dumps(items))
    for item in items:
        if item.name in wanted:
            art = marsad.analyze(item.text, published=item.published, url=item.url, outlet=item.outlet,
                                 title=item.title, id=item.name, given=item.given())
            (out / f"{item.name}.json").write_text(json.dumps(art.to_dict(), ensure_ascii=False), "utf-8")
            wanted.discard(item.name)
            if not wanted:
                break
    return gold_file


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--work", required=True, help="a directory of your own for predictions")
    ap.add_argument("--sets", nargs="+", default=["seeds", "dev"])
    ap.add_argument("--log", help="print the scorer's per-article log for this set")
    args = ap.parse_args(argv)
    sets = _gold_sets()
    work = Path(args.work)
    rows: dict[str, dict] = {}
    for name in args.sets:
        out = work / name
        shutil.rmtree(out, ignore_errors=True)
        gold_file = _predict(name, sets[name], out)
        cmd = [sys.executable, str(SCORER), str(gold_file), str(out)]
        rows[name] = json.loads(subprocess.run([*cmd, "--json"], capture_output=True, text=True, check=True).stdout)
        if args.log == name:
            print(subprocess.run([*cmd, "--verbose"], capture_output=True, text=True).stdout)
    keys = [("entities", "entities"), ("geo_acc25", None), ("events", "events"), ("events_full", "events_full"),
            ("claims", "claims"), ("sources", "sources"), ("quantities", "quantities"), ("framing", "framing"),
            ("metadata_acc", None)]
    print(f"{'part':<14}" + "".join(f"{n:>10}" for n in rows))
    for key, _ in keys:
        vals = []
        for r in rows.values():
            v = r.get(key)
            if key == "entities":
                v = r["entities"]["all"]["f1"]
            elif isinstance(v, dict):
                v = v.get("f1")
            vals.append(f"{v:>10.3f}" if isinstance(v, (int, float)) else f"{'-':>10}")
        print(f"{key:<14}" + "".join(vals))
    roles = {n: r.get("roles") for n, r in rows.items()}
    print("roles", json.dumps(roles))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
