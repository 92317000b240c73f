"""Round 22: marsad's output does not depend on Python's string hash seed. Rules walk sets and dicts of words in
many places; an order that leaked into a record (which of two equal candidates wins) would make two runs of one
article differ, which a user comparing runs, or a cache of results, cannot tell from a real change. Two fresh
processes with different PYTHONHASHSEEDs analyse the same real articles and must write the same bytes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from marsad.ner.ant import gold_docnos, is_reserved
from marsad.reading import RawArticle, read_paths

_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "news-ant-corpus-multisource"
_WORDS = ("قتل", "قصف", "هجوم", "اعتقال", "قوات", "مسلح")


def _articles(n: int) -> list[dict[str, str]]:
    gold = gold_docnos(Path(__file__).with_name("gold"))
    out: list[dict[str, str]] = []
    for item in read_paths(sorted(str(p) for p in _CORPUS.glob("*.trec.xml.gz"))):
        if isinstance(item, RawArticle) and not is_reserved(item.name, gold) and \
                sum(item.text.count(w) for w in _WORDS) >= 5:
            out.append({"id": item.name, "text": item.text})
            if len(out) == n:
                break
    return out


@pytest.mark.skipif(not _CORPUS.is_dir(), reason="the ANT corpus is not next to the checkout")
def test_two_hash_seeds_write_the_same_records(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in _articles(40)), "utf-8")
    outs = []
    for seed in ("1", "2"):
        out = tmp_path / f"out{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-m", "marsad", "extract", str(src), "--out", str(out), "--jobs", "1",
                        "--quiet"], check=True, env=env, capture_output=True)
        outs.append({p.name: p.read_bytes() for p in sorted(out.glob("*.json"))})
    assert len(outs[0]) == 40
    differ = sorted(name for name in outs[0] if outs[0][name] != outs[1].get(name))
    assert differ == []
