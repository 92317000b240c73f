"""Quality gates on held-out real articles from other outlets (ANT corpus, annotated for marsad in
tests/gold/): the seeds tune the pipeline, these check that it generalises. Each gate in
quality_floors.json["held_out"] names its gold files and floors; floors only move up."""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

import pytest

from tests.conftest import score_value, shared_path

GOLD_DIR = Path(__file__).with_name("gold")
GATES = json.loads((Path(__file__).with_name("quality_floors.json")).read_text("utf-8")).get("held_out", {})


def _gold_lines(files: list[str]) -> list[dict]:
    out = []
    for name in files:
        out += [json.loads(line) for line in (GOLD_DIR / name).read_text("utf-8").splitlines() if line.strip()]
    return out


@pytest.fixture(scope="session")
def held_out_predictions(tmp_path_factory) -> Path:
    """Every held-out article analysed once, as the CLI would from the TREC stream."""
    import marsad
    from marsad.reading import RawArticle, read_paths

    gold = _gold_lines(sorted(p.name for p in GOLD_DIR.glob("*.gold.jsonl")))
    wanted = {g["source_file"].split(":", 1)[1] for g in gold if g["source_file"].startswith("ant:")}
    corpus = shared_path("data", "news-ant-corpus-multisource")
    out = tmp_path_factory.mktemp("held-out-pred")
    found = set()
    for item in read_paths([str(p) for p in sorted(corpus.glob("*.trec.xml.gz"))]):
        if isinstance(item, RawArticle) and item.name in wanted:
            article = marsad.analyze(item.text, published=item.published, url=item.url, outlet=item.outlet,
                                     title=item.title, id=item.name, given=item.given())
            (out / f"{item.name}.json").write_text(json.dumps(article.to_dict(), ensure_ascii=False), "utf-8")
            found.add(item.name)
            if found == wanted:
                break
    return out


def _report(scorer, predictions: Path, files: list[str], tmp: Path) -> dict:
    gold_file = tmp / "gold.jsonl"
    gold_file.write_text("\n".join(json.dumps(g, ensure_ascii=False) for g in _gold_lines(files)), "utf-8")
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        scorer.main([str(gold_file), str(predictions), "--json"])
    return json.loads(buf.getvalue())


CASES = [(gate, key) for gate, spec in sorted(GATES.items()) for key in sorted(spec["floors"])]


@pytest.mark.parametrize(("gate", "key"), CASES)
def test_held_out_score_at_or_above_floor(scorer, held_out_predictions, tmp_path, gate: str, key: str) -> None:
    spec = GATES[gate]
    report = _report(scorer, held_out_predictions, spec["files"], tmp_path)
    assert report["missing_predictions"] == []
    got = score_value(report, key)
    assert got >= spec["floors"][key] - 1e-9, f"{gate} {key}: {got:.3f} fell below the floor {spec['floors'][key]:.3f}"


def test_every_gold_file_is_in_a_gate() -> None:
    gated = {f for spec in GATES.values() for f in spec["files"]}
    assert {p.name for p in GOLD_DIR.glob("*.gold.jsonl")} <= gated
