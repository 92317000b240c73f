"""A second quality gate on held-out real articles from other outlets (ANT corpus, annotated for marsad in
tests/gold/): the seeds tune the pipeline, these check that it generalises. Floors only move up."""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

import pytest

from tests.conftest import score_value, shared_path

GOLD_DIR = Path(__file__).with_name("gold")
FLOORS = json.loads((Path(__file__).with_name("quality_floors.json")).read_text("utf-8")).get("dev", {})


def _gold_lines() -> list[dict]:
    out = []
    for f in sorted(GOLD_DIR.glob("*.gold.jsonl")):
        out += [json.loads(line) for line in f.read_text("utf-8").splitlines() if line.strip()]
    return out


@pytest.fixture(scope="session")
def dev_report(scorer, tmp_path_factory) -> dict:
    import marsad
    from marsad.reading import RawArticle, read_paths

    gold = _gold_lines()
    if not gold:
        pytest.skip("no held-out gold")
    wanted = {g["source_file"].split(":", 1)[1] for g in gold if g["source_file"].startswith("ant:")}
    corpus = shared_path("data", "news-ant-corpus-multisource")
    out = tmp_path_factory.mktemp("dev-pred")
    found = set()
    for item in read_paths([str(p) for p in sorted(corpus.glob("*.trec.xml.gz"))]):
        if isinstance(item, RawArticle) and item.name in wanted:
            article = marsad.analyze(item.text, published=item.published, url=item.url, outlet=item.outlet,
                                     title=item.title, id=item.name, given=item.given())
            (out / f"{item.name}.json").write_text(json.dumps(article.to_dict(), ensure_ascii=False), "utf-8")
            found.add(item.name)
            if found == wanted:
                break
    gold_file = out / "dev.gold.jsonl"
    gold_file.write_text("\n".join(json.dumps(g, ensure_ascii=False) for g in gold), "utf-8")
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        scorer.main([str(gold_file), str(out), "--json"])
    return json.loads(buf.getvalue())


@pytest.mark.parametrize("key", sorted(FLOORS))
def test_dev_score_at_or_above_floor(dev_report: dict, key: str) -> None:
    got = score_value(dev_report, key)
    assert got >= FLOORS[key] - 1e-9, f"{key}: {got:.3f} fell below the floor {FLOORS[key]:.3f}"


def test_every_dev_article_was_found(dev_report: dict) -> None:
    assert dev_report["missing_predictions"] == []
