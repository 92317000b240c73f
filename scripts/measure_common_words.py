"""Measure, on the ANT news corpus, which words are far more often common words than names, and write them to
`given_names.json` (`mostly_common_words`).

A word used as a name stands bare: a name takes no article, no possessive pronoun and seldom ب or ك. A word
used as a common word takes them often (المدة، مدته، بمدة). For each folded word the script counts its bare
occurrences and those of its definite, suffixed and ب/ك forms; a word whose marked forms number at least half
its bare ones (and that the corpus has at least 20 times, bare or definite) is listed, unless it is a listed
given name or one of the NER model's name class (`a20`, where ترامب، روحاني and most given names fall).
Articles whose numeric id ends in 7 are left out (they are kept for judging changes).

    PYTHONPATH=src python scripts/measure_common_words.py ../shared/data/news-ant-corpus-multisource/
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from marsad.reading import read_paths
from marsad.stages import names
from marsad.stages.ner import corpus_words
from marsad.textnorm import fold_text

DATA = Path(__file__).resolve().parents[1] / "src" / "marsad" / "data" / "given_names.json"
_WORD = re.compile(r"[\u0621-\u064a]+")
#: how many times a word must occur (bare or definite) to be judged, and the share of marked forms that lists it
MIN_COUNT = 20
MIN_BARE = 3
MIN_RATIO = 0.5
#: the NER model's word class of names (given names, family names, foreign leaders)
NAME_CLASS = "a20"


def count(paths: list[str]) -> Counter[str]:
    words: Counter[str] = Counter()
    for art in read_paths(paths):
        text = getattr(art, "text", None)
        if not text:
            continue
        digits = re.findall(r"\d+", getattr(art, "name", "") or "")
        ident = digits[-2] if len(digits) > 1 else (digits[0] if digits else "")
        if ident.endswith("7"):
            continue
        words.update(_WORD.findall(fold_text(text)))
    return words


def marked(words: Counter[str], w: str) -> int:
    definite = sum(words[p + w] for p in ("ال", "وال", "بال", "فال", "كال"))
    definite += words["ل" + w] if w.startswith("ل") else words["لل" + w]
    stem = w[:-1] + "ت" if w.endswith("ه") else w  # ة before a pronoun is written ت
    suffixed = sum(words[stem + s] for s in ("ها", "هم", "هما"))
    if w.endswith("ي"):
        # a final ى, which folding writes ي, is written ا before a pronoun (مستشفى، مستشفاها; مبنى، مبناهم)
        suffixed += sum(words[w[:-1] + "ا" + s] for s in ("ها", "هم", "هما"))
    return definite + suffixed + words["ب" + w] + words["ك" + w]


def common_words(words: Counter[str]) -> list[str]:
    vocab = corpus_words()
    out = []
    for w, bare in words.items():
        if bare < MIN_BARE or len(w) < 2 or w.startswith("ال") or names.is_given_name(w):
            continue
        cls = vocab.get(w) if isinstance(vocab, dict) else None
        if not cls or cls[0] == NAME_CLASS:
            continue  # only the corpus's 30,000 commonest words, and none of the name class
        definite = sum(words[p + w] for p in ("ال", "وال", "بال", "فال", "كال"))
        if bare + definite >= MIN_COUNT and marked(words, w) >= MIN_RATIO * (bare + 1):
            out.append(w)
    return sorted(out)


def main() -> None:
    corpus = Path(__file__).resolve().parents[2] / "shared" / "data" / "news-ant-corpus-multisource"
    paths = sys.argv[1:] or [str(corpus)]
    found = common_words(count(paths))
    data = json.loads(DATA.read_text("utf-8"))
    data["mostly_common_words"] = found
    DATA.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", "utf-8")
    print(f"{len(found)} common words written to {DATA}")


if __name__ == "__main__":
    main()
