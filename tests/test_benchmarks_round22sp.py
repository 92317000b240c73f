"""Round 22 (SP), speed: benchmarks/stages.py fills each variant's index cache before it times anything, the
indexes built only mid-run included (the NER decoder's tables, the towns abroad), so a `--rounds 1` figure no
longer counts their one-off build in the `ner` and `places.geocode` stages."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_warm_fills_the_indexes_built_mid_run(tmp_path: Path) -> None:
    # one short article of my own: it names no unknown town and is far from the decoder's token count, so
    # analysing it alone would leave those indexes unbuilt
    (tmp_path / "one.txt").write_text("قال مسؤول في البلدية إن القصف أصاب سوقا شعبيا في المدينة.\n", "utf-8")
    cache = tmp_path / "cache"
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"), MARSAD_CACHE=str(cache))
    p = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "stages.py"), "--warm", "--limit", "1",
                        "--corpus", str(tmp_path / "*.txt")], env=env, capture_output=True, text=True, check=True)
    warmed = json.loads(p.stdout.strip().splitlines()[-1])["warmed"]
    assert {"_world_index", "_world_loose_index"} <= set(warmed)
    kept = {f.name.rsplit("-", 1)[0] for f in cache.iterdir()}
    assert {"world-towns", "world-towns-loose"} <= kept
    if "ner-decoder" in warmed:  # numpy present (it is a dev dependency): the decoder's tables too
        assert "ner-decoder" in kept
