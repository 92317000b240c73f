"""NER tagging speed: tokens per second on one core, with the shipped model (or --model).

    .venv/bin/python benchmarks/ner_speed.py                       # ANERcorp CAMeL test split, 5 passes
    .venv/bin/python benchmarks/ner_speed.py --text-limit 300      # also find_entities() on ANT articles

Measures `Tagger.tag()` on pre-tokenised sentences (features + Viterbi) with a cold and a warm feature cache,
`Tagger.tag_document()` on the whole file (tag() plus name propagation between sentences),
and `find_entities()` on raw article text (tokenisation + sentence split + tagging; every word new to the
feature cache, as on unseen text). One process, one core. Rates are given per wall-clock second and per CPU
second (on a shared machine only the latter is comparable between runs).
Writes benchmarks/results/ner_speed.json.
"""

from __future__ import annotations

import argparse
import gzip
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import header, write_results

DATA = Path("/work/shared/data")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--file", default=str(DATA / "ner-anercorp" / "ANERCorp_CamelLab_test.txt"))
    ap.add_argument("--model", default=None)
    ap.add_argument("--passes", type=int, default=5)
    ap.add_argument("--text-limit", type=int, default=300, help="ANT articles for find_entities (0: skip)")
    ap.add_argument("--ant-passes", type=int, default=3, help="find_entities passes, each with a fresh model")
    ap.add_argument(
        "--decoder", choices=("numpy", "crfsuite", "auto"), default="numpy",
        help="numpy: the numpy decoder from the first token; crfsuite: CRFsuite only; auto: as marsad runs, "
        "CRFsuite until DECODE_AFTER tokens, then numpy",
    )
    ap.add_argument("--out", default=None)
    args = ap.parse_args(argv)

    from marsad.ner.conll import read_conll
    from marsad.ner.tagger import Tagger

    t = time.perf_counter()
    tagger = Tagger.load(args.model)
    if args.decoder == "numpy":
        tagger.use_decoder()
    elif args.decoder == "crfsuite":
        tagger._decoder_tried = True  # never switches
    load_s = time.perf_counter() - t
    sents = [[tok for tok, _ in s] for s in read_conll(args.file)]
    n_tok = sum(map(len, sents))

    t = time.perf_counter()
    for s in sents:
        tagger.tag(s)
    cold = n_tok / (time.perf_counter() - t)
    # CPU time as well as wall time: on a shared machine the wall-clock rate swings with the other jobs
    warm_rates, warm_cpu = [], []
    for _ in range(args.passes):
        t, c = time.perf_counter(), time.process_time()
        for s in sents:
            tagger.tag(s)
        warm_rates.append(n_tok / (time.perf_counter() - t))
        warm_cpu.append(n_tok / (time.process_time() - c))
    warm = sorted(warm_rates)[len(warm_rates) // 2]
    doc_rates, doc_cpu = [], []  # the whole file as one document: tag() plus name propagation
    for _ in range(args.passes):
        t, c = time.perf_counter(), time.process_time()
        tagger.tag_document(sents)
        doc_rates.append(n_tok / (time.perf_counter() - t))
        doc_cpu.append(n_tok / (time.process_time() - c))
    doc = sorted(doc_rates)[len(doc_rates) // 2]
    result = {
        **header("ner_speed"),
        "model_load_s": round(load_s, 3),
        "file": args.file,
        "tokens": n_tok,
        "tag_tokens_per_s_cold_cache": round(cold),
        "tag_tokens_per_s_warm_median": round(warm),
        "tag_document_tokens_per_s_warm_median": round(doc),
        "tag_tokens_per_cpu_s_warm_median": round(sorted(warm_cpu)[len(warm_cpu) // 2]),
        "tag_document_tokens_per_cpu_s_warm_median": round(sorted(doc_cpu)[len(doc_cpu) // 2]),
    }
    print(
        f"model loaded in {load_s:.2f}s; {n_tok} tokens: tag() {cold:,.0f} tok/s (first pass, cold cache), "
        f"{warm:,.0f} tok/s (median of {args.passes} warm passes); tag_document() {doc:,.0f} tok/s"
    )

    if args.text_limit:
        from marsad.ner.ant import gold_docnos, usable_docs

        files = sorted((DATA / "news-ant-corpus-multisource").glob("*.trec.xml.gz"))
        gold = gold_docnos()
        texts: list[str] = []
        for f in files:
            # the blind-evaluation articles are left out here too, so no tool of marsad's reads them
            with gzip.open(f, "rt", encoding="utf-8") as fh:
                for _, doc in usable_docs(fh.read(), gold):
                    texts.extend(m.group(1) for m in re.finditer(r"<TEXT>(.*?)</TEXT>", doc, re.S))
            if len(texts) >= args.text_limit:
                break
        texts = texts[: args.text_limit]
        from marsad.ner.tagger import tokenize

        n = sum(len(tokenize(x)) for x in texts)
        walls, cpus = [], []
        for _ in range(args.ant_passes):
            tagger2 = Tagger.load(args.model)  # fresh cache: unseen text
            if args.decoder == "numpy":
                tagger2.use_decoder()
            elif args.decoder == "crfsuite":
                tagger2._decoder_tried = True
            t, c = time.perf_counter(), time.process_time()
            ents = sum(len(tagger2.find_entities(x)) for x in texts)
            walls.append(n / (time.perf_counter() - t))
            cpus.append(n / (time.process_time() - c))
        wall, cpu = sorted(walls)[len(walls) // 2], sorted(cpus)[len(cpus) // 2]
        result.update(
            {
                "articles": len(texts),
                "article_tokens": n,
                "entities": ents,
                "find_entities_tokens_per_s": round(wall),
                "find_entities_tokens_per_cpu_s_median": round(cpu),
                "find_entities_tokens_per_cpu_s_best": round(max(cpus)),
                "decoder": "numpy" if getattr(tagger2, "weights", None) is not None else "crfsuite",
            }
        )
        print(
            f"find_entities on {len(texts)} ANT articles: {n} tokens, {ents} entities, {wall:,.0f} tok/s, "
            f"{cpu:,.0f} tok/CPU s (median of {args.ant_passes} passes, each with a fresh feature cache)"
        )
    path = write_results("ner_speed", result, args.out)
    print(f"results: {path}")


if __name__ == "__main__":
    main()
