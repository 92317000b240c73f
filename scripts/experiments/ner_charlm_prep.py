"""Contextual character-LM experiment for the NER, data preparation (runs with marsad installed).

Writes into --out (default: data/ next to this file):
  ant.txt.gz      folded ANT text (TITLE / ABSTRACT / TEXT paragraphs, reserved articles left out), one
                  paragraph a line (exact repeats dropped), tokens split as
                  `marsad.ner.clusters.iter_sentences` splits them, joined by single spaces
  train.txt, dev.txt, test.txt   `token<TAB>folded token<TAB>tag`, blank line between sentences:
                  exactly `marsad train ner --dev`'s train / dev split (marsad.ner.train.load_training_data)
                  and the ANERcorp CAMeL test split
  meta.json       counts, sha256 of the inputs
Usage: python scripts/experiments/ner_charlm_prep.py --data ../shared/data --out DIR
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import time
from pathlib import Path

from marsad.ner import ant
from marsad.ner import clusters as cl
from marsad.ner.features import fold_token
from marsad.ner.train import TrainConfig, load_training_data

HERE = Path(__file__).resolve().parent


def sha(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


def write_conll(path: Path, sents) -> int:
    n = 0
    with open(path, "w", encoding="utf-8") as f:
        for s in sents:
            for tok, tag in s:
                t = tok.replace("\t", " ").replace("\n", " ")
                f.write(f"{t}\t{fold_token(t)}\t{tag}\n")
                n += 1
            f.write("\n")
    return n


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[3] / "shared" / "data")
    ap.add_argument("--out", type=Path, default=HERE / "data")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    t0 = time.monotonic()
    meta: dict = {"inputs": {}}

    train, dev, test, report = load_training_data(TrainConfig(data=args.data, out=args.out / "unused.zip", dev=True))
    meta["split_report"] = report
    for name, sents in (("train", train), ("dev", dev), ("test", test)):
        ntok = write_conll(args.out / f"{name}.txt", sents)
        meta[name] = {"sentences": len(sents), "tokens": ntok}
        print(name, len(sents), "sentences", ntok, "tokens", flush=True)
    for f in ("ner-anercorp/ANERCorp_full_ITE5th_copy.txt", "ner-anercorp/ANERCorp_CamelLab_test.txt"):
        meta["inputs"][f] = sha(args.data / f)

    files = cl.ant_files(args.data)
    gold = ant.gold_docnos()
    lines = chars = toks = dups = 0
    seen: set[int] = set()
    with gzip.open(args.out / "ant.txt.gz", "wt", encoding="utf-8", compresslevel=9) as fh:
        for sent in cl.iter_sentences(files, gold):
            line = " ".join(sent)
            key = hash(line)
            if key in seen:  # ABSTRACT often repeats TEXT; syndicated copies
                dups += 1
                continue
            seen.add(key)
            fh.write(line + "\n")
            lines += 1
            chars += len(line) + 1
            toks += len(sent)
    for f in files:
        meta["inputs"][str(f.relative_to(args.data))] = sha(f)
    meta["ant"] = {"lines": lines, "chars": chars, "tokens": toks, "duplicate_lines_dropped": dups,
                   "gold_docnos_left_out": len(gold), "reserved_rule": "marsad.ner.ant.is_reserved"}
    meta["seconds"] = round(time.monotonic() - t0, 1)
    (args.out / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1), "utf-8")
    print(json.dumps({k: v for k, v in meta.items() if k != "inputs"}, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main()
