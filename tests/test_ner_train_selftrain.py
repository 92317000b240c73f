"""Self-training of the NER CRF (`marsad.ner.selftrain`, `marsad train ner --self-train`): which ANT articles
may be used, how silver sentences are chosen, and a run end to end on a tiny sample."""

from __future__ import annotations

import gzip
import json
import os
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from marsad.ner import ant, selftrain
from marsad.ner.selftrain import SilverSentence

DATA = Path(os.environ.get("MARSAD_DATA", "/work/shared/data"))


def need_data() -> Path:
    if not (DATA / "ner-anercorp" / "ANERCorp_CamelLab_test.txt").is_file():
        pytest.skip("the NER corpora are not in MARSAD_DATA")
    return DATA


def test_reserved_articles_are_never_used():
    gold = {"BB-middleEast-43-20180219"}
    assert ant.is_reserved("CN-middleEast-537-20180409", gold)  # numeric id ending in 7
    assert ant.is_reserved("SK-internationalNews-7-20180218", gold)
    assert ant.is_reserved("BB-middleEast-43-20180219", gold)  # annotated
    assert ant.is_reserved("no-docno", gold)  # no numeric id to check: left out
    assert not ant.is_reserved("CN-middleEast-534-20180409", gold)
    assert not ant.is_reserved("FR-middleEast-1270-20180409", gold)


def test_gold_docnos_are_read_from_the_id_fields(tmp_path):
    (tmp_path / "a.gold.jsonl").write_text(
        json.dumps({"id": "ant:AL-internationalNews-12-20180301", "records": []}) + "\n\n", "utf-8"
    )
    (tmp_path / "b.gold.jsonl").write_text(json.dumps({"source_file": "ant:SK-middleEast-3-20180223"}) + "\n", "utf-8")
    assert ant.gold_docnos(tmp_path) == {"AL-internationalNews-12-20180301", "SK-middleEast-3-20180223"}
    assert ant.gold_docnos(tmp_path / "none") == set()


def _ant_file(root: Path) -> None:
    d = root / "news-ant-corpus-multisource"
    d.mkdir(parents=True)
    docs = [
        ("CN-middleEast-11-20180301", "قال وزير الخارجية سامي العلي إن الوفد وصل إلى بغداد."),
        ("CN-middleEast-17-20180301", "خبر محجوز لا يقرأ."),
        ("CN-middleEast-12-20180301", "التقى رئيس الحكومة وفدا من الأمم المتحدة في عمان."),
    ]
    body = "".join(f"<DOC>\n<DOCNO>{n}</DOCNO>\n<TITLE>عنوان</TITLE>\n<TEXT>\n{t}\n</TEXT>\n</DOC>\n" for n, t in docs)
    with gzip.open(d / "CNN_middleEast.trec.xml.gz", "wt", encoding="utf-8") as f:
        f.write(body)


def test_ant_documents_skip_reserved_and_annotated(tmp_path):
    _ant_file(tmp_path)
    docs = selftrain.ant_documents(tmp_path, {"CN-middleEast-12-20180301"})
    assert [n for n, _ in docs] == ["CN-middleEast-11-20180301"]
    assert "بغداد" in docs[0][1] and "عنوان" not in docs[0][1]  # the TEXT only
    assert selftrain.sample_documents(docs * 5, 2, 13) == selftrain.sample_documents(docs * 5, 2, 13)
    assert len(selftrain.sample_documents(docs, 0, 13)) == 1


def _silver(conf: float, tags: list[str], propagated: bool = False) -> SilverSentence:
    toks = ["زار", "سامي", "العلي", "حلب", "أمس"][: len(tags)]
    return SilverSentence("CN-middleEast-11-20180301", toks, tags, conf, propagated)


def test_select_keeps_confident_sentences_with_names():
    a = _silver(0.95, ["O", "B-PER", "I-PER", "B-LOC", "O"])
    b = _silver(0.99, ["O", "B-PER", "I-PER", "O"])
    low = _silver(0.5, ["O", "B-PER", "I-PER", "B-LOC", "O"])
    empty = _silver(0.999, ["O", "O", "O"])
    prop = _silver(0.97, ["O", "B-PER", "I-PER", "O", "O"], propagated=True)
    out = selftrain.select([a, b, low, empty, prop], threshold=0.9, max_tokens=0)
    as_pairs = [list(zip(s.tokens, s.tags, strict=True)) for s in (a, b, prop)]
    assert sorted(map(str, out)) == sorted(map(str, as_pairs))
    assert out == selftrain.select([a, b, low, empty, prop], threshold=0.9, max_tokens=0)  # seeded order
    assert len(selftrain.select([a, b, low, empty, prop], threshold=0.9, max_tokens=0, propagated=False)) == 2
    assert len(selftrain.select([a, b, empty], threshold=0.9, max_tokens=0, entity_only=False)) == 3
    capped = selftrain.select([a, b, low], threshold=0.9, max_tokens=6)
    assert len(capped) == 1 and len(capped[0]) <= 6


def test_self_training_end_to_end_on_a_tiny_sample(tmp_path):
    root = need_data()
    from marsad.cli_ner import train_group
    from marsad.ner.tagger import Tagger

    out = tmp_path / "m.zip"
    args = ["ner", "--data", str(root), "--out", str(out), "--sample", "60", "--iterations", "10", "--no-clusters"]
    args += ["--self-train", "1", "--self-train-docs", "8", "--self-train-threshold", "0.3"]
    r = CliRunner().invoke(train_group, args)
    assert r.exit_code == 0, r.output
    m = Tagger.load(out).manifest
    assert m["params"]["selftrain_rounds"] == 1 and m["params"]["selftrain_docs"] == 8
    (rnd,) = m["selftrain"]["rounds"]
    assert rnd["articles"] == 8 and rnd["sentences_tagged"] > 0
    assert 0 < rnd["silver_sentences"] <= rnd["sentences_tagged"]
    assert m["selftrain"]["files"] and all(len(h) == 64 for h in m["selftrain"]["files"].values())
    with zipfile.ZipFile(out) as z:
        assert z.read("crf.bin")


def test_word_vectors_can_leave_reserved_articles_out(tmp_path):
    from marsad.ner import clusters

    _ant_file(tmp_path)
    files = clusters.ant_files(tmp_path)
    every = [" ".join(s) for s in clusters.iter_sentences(files)]
    usable = [" ".join(s) for s in clusters.iter_sentences(files, {"CN-middleEast-12-20180301"})]
    assert any("محجوز" in s for s in every) and not any("محجوز" in s for s in usable)
    assert any("بغداد" in s for s in usable) and not any("عمان" in s for s in usable)
    assert len(every) == 6 and len(usable) == 2  # TITLE and TEXT of the one usable article
