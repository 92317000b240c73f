"""Readers for the public NER corpora marsad trains on, each mapped to PER / LOC / ORG / MISC.

| corpus | file(s) under the data folder | mapping |
|---|---|---|
| ANERcorp (full copy) | `ner-anercorp/ANERCorp_full_ITE5th_copy.txt`, tokens before the CAMeL test part | as is |
| AQMAR | `ner-aqmar/articles/*.txt` | `MIS0`–`MIS3` → MISC, typos cleaned |
| NewsFANE Gold | `ner-newsfane-gold/NewsFANE_Gold_2014_170K.txt` | 50 fine classes → 4 coarse (`NEWSFANE_MAP`) |
| Wojood sample | `ner-wojood-sample/{train,val,test}.txt` | PERS, ORG, GPE/LOC/FAC, EVENT/PRODUCT/LAW (outermost) |

The ANERcorp CAMeL test split must never reach training. The full copy holds it from token index
`ANERCORP_TEST_START` on (the line "المفرق - غيث الطراونة …"), and NewsFANE re-annotates the same text, so
`drop_test_overlap` removes every training sentence that shares a run of `LEAK_CHARS` folded letters with a
test sentence, and `assert_no_leak` checks the result.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from marsad.ner.conll import chunks, norm_tag, parse_conll, read_conll, spans_to_tags
from marsad.textnorm import fold_text

Sentence = list[tuple[str, str]]

#: index of the first token of the CAMeL test part in the ITE-5th copy (line 125276, "المفرق B-LOC")
ANERCORP_TEST_START = 125275
ANERCORP_FULL = "ner-anercorp/ANERCorp_full_ITE5th_copy.txt"
ANERCORP_TEST = "ner-anercorp/ANERCorp_CamelLab_test.txt"
NEWSFANE = "ner-newsfane-gold/NewsFANE_Gold_2014_170K.txt"
AQMAR_DIR = "ner-aqmar/articles"
WOJOOD = ("ner-wojood-sample/train.txt", "ner-wojood-sample/val.txt", "ner-wojood-sample/test.txt")

_SENT_END = {".", "!", "؟", "?"}

NEWSFANE_MAP: dict[str, str] = {
    # persons
    "Politician": "PER",
    "Athlete": "PER",
    "Artist": "PER",
    "Other_PER": "PER",
    "Religious_PER": "PER",
    "Scientist": "PER",
    "Businessperson": "PER",
    "Lawyer": "PER",
    "Engineer": "PER",
    "Group": "PER",
    # geo-political entities and locations (ANERcorp tags countries and cities LOC)
    "Nation": "LOC",
    "Population-Center": "LOC",
    "State-or-Province": "LOC",
    "GPE-Cluster": "LOC",
    "Water-Body": "LOC",
    "Land": "LOC",
    "Continent": "LOC",
    "County-or-District": "LOC",
    "Land-Region-Natural": "LOC",
    "Celestial": "LOC",
    "Water": "LOC",
    "Path": "LOC",
    "Building-Grounds": "LOC",
    "Airport": "LOC",
    "Subarea-Facility": "LOC",
    # organisations
    "Non-Governmental": "ORG",
    "Sports": "ORG",
    "Government": "ORG",
    "Media": "ORG",
    "Commercial": "ORG",
    "Educational": "ORG",
    "Police": "ORG",
    "Medical-Science": "ORG",
    "Entertainment": "ORG",
    "Religious_ORG": "ORG",
    # the rest
    "Book": "MISC",
    "Movie": "MISC",
    "Software": "MISC",
    "Hardware": "MISC",
    "Shooting": "MISC",
    "Food": "MISC",
    "Drug": "MISC",
    "Plant": "MISC",
    "Projectile": "MISC",
    "Air": "MISC",
}

WOJOOD_MAP: dict[str, str] = {
    "PERS": "PER",
    "ORG": "ORG",
    "GPE": "LOC",
    "LOC": "LOC",
    "FAC": "LOC",
    "EVENT": "MISC",
    "PRODUCT": "MISC",
    "LAW": "MISC",
}


def _split_long(tokens: Sequence[tuple[str, str]]) -> list[Sentence]:
    """Cut a token stream into sentences after . ! ? ؟ (the way CAMeL split the test part)."""
    out: list[Sentence] = []
    cur: Sentence = []
    for tok, tag in tokens:
        cur.append((tok, tag))
        if tok in _SENT_END:
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


def _normalise(sent: Sentence) -> Sentence:
    return [(t, norm_tag(g) if g != "O" else "O") for t, g in sent]


def load_anercorp_train(root: Path) -> list[Sentence]:
    """The full ANERcorp copy up to the start of the CAMeL test part."""
    tokens: list[tuple[str, str]] = []
    for sent in read_conll(root / ANERCORP_FULL):
        tokens.extend(sent)
    # read_conll drops empty tokens, so find the boundary by position in the raw file instead
    raw_lines = (root / ANERCORP_FULL).read_text("utf-8-sig").splitlines()[:ANERCORP_TEST_START]
    train_tokens = [s for sent in parse_conll(raw_lines) for s in sent]
    return [_normalise(s) for s in _split_long(train_tokens)]


def load_anercorp_test(root: Path) -> list[Sentence]:
    return [_normalise(s) for s in read_conll(root / ANERCORP_TEST)]


def _clean_aqmar_tag(tag: str) -> str:
    tag = tag.strip().replace("`", "").replace("--", "-")
    if tag in ("OO", "IO", "O") or len(tag) < 3:
        return "O"
    bio, typ = tag[0], tag[2:].upper()
    if bio not in "BI":
        return "O"
    if typ.startswith("MIS"):
        typ = "MISC"
    if typ not in ("PER", "LOC", "ORG", "MISC"):
        return "O"
    return f"{bio}-{typ}"


def load_aqmar(root: Path) -> list[Sentence]:
    out: list[Sentence] = []
    for f in sorted((root / AQMAR_DIR).glob("*.txt")):
        for sent in read_conll(f):
            out.append([(t, _clean_aqmar_tag(g)) for t, g in sent])
    return out


def load_newsfane(root: Path) -> list[Sentence]:
    out: list[Sentence] = []
    for sent in read_conll(root / NEWSFANE, sep="\t"):
        tags = []
        for _, g in sent:
            g = g.strip()
            if len(g) > 2 and g[1] == "-" and g[2:] in NEWSFANE_MAP:
                tags.append(f"{g[0]}-{NEWSFANE_MAP[g[2:]]}")
            else:
                tags.append("O")
        # re-chunk so that a fine-class change inside one coarse span stays one span
        spans = chunks(tags)
        out.append([(t, g) for (t, _), g in zip(sent, spans_to_tags(len(sent), spans), strict=True)])
    return out


def _wojood_sentence(rows: list[tuple[str, list[str]]]) -> Sentence:
    spans: list[tuple[int, int, str]] = []
    open_: dict[str, int] = {}
    n = len(rows)
    for i, (_, tags) in enumerate([*rows, ("", [])]):
        here = {}
        for tg in tags:
            if len(tg) > 2 and tg[1] == "-":
                here[tg[2:]] = tg[0]
        for typ in list(open_):
            if here.get(typ) != "I":
                spans.append((open_.pop(typ), i, typ))
        for typ, bio in here.items():
            if typ not in open_ and (bio == "B" or bio == "I"):
                open_[typ] = i
            elif bio == "B":
                spans.append((open_.pop(typ), i, typ))
                open_[typ] = i
    mapped = [(s, e, WOJOOD_MAP[t]) for s, e, t in spans if t in WOJOOD_MAP and e <= n]
    mapped.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    kept: list[tuple[int, int, str]] = []
    for s, e, t in mapped:  # outermost first; drop anything overlapping a kept span
        if all(e <= ks or s >= ke for ks, ke, _ in kept):
            kept.append((s, e, t))
    tags_out = spans_to_tags(n, kept)
    return [(tok, g) for (tok, _), g in zip(rows, tags_out, strict=True)]


def load_wojood(root: Path) -> list[Sentence]:
    out: list[Sentence] = []
    for name in WOJOOD:
        rows: list[tuple[str, list[str]]] = []
        for line in (root / name).read_text("utf-8-sig").splitlines():
            parts = line.split()
            if not parts or parts[0] == "$#$":
                if rows:
                    out.append(_wojood_sentence(rows))
                    rows = []
                continue
            rows.append((parts[0], parts[1:]))
        if rows:
            out.append(_wojood_sentence(rows))
    return out


LOADERS = {"anercorp": load_anercorp_train, "aqmar": load_aqmar, "newsfane": load_newsfane, "wojood": load_wojood}


def corpus_files(root: Path, name: str) -> list[Path]:
    if name == "anercorp":
        return [root / ANERCORP_FULL]
    if name == "newsfane":
        return [root / NEWSFANE]
    if name == "aqmar":
        return sorted((root / AQMAR_DIR).glob("*.txt"))
    if name == "wojood":
        return [root / n for n in WOJOOD]
    if name == "test":
        return [root / ANERCORP_TEST]
    raise KeyError(name)


# ------------------------------------------------------------------ leak control
#
# NewsFANE splits clitics off (في ه, و قد) and spells hamza differently, so token n-grams miss its copies of
# test sentences. Keys are therefore the folded letters and digits of a sentence with every space and
# punctuation mark removed, and two sentences overlap when they share a run of LEAK_CHARS characters.

LEAK_CHARS = 24
_NON_WORD = re.compile(r"[\W_]+")


def sentence_key(sent: Sentence | Sequence[str]) -> str:
    toks = [t if isinstance(t, str) else t[0] for t in sent]
    return _NON_WORD.sub("", fold_text("".join(toks))).replace("ـ", "")


def sentence_hash(sent: Sentence | Sequence[str]) -> str:
    return hashlib.sha256(sentence_key(sent).encode()).hexdigest()


def _shingles(key: str, n: int) -> Iterable[str]:
    if len(key) <= n:
        if key:
            yield key
        return
    for i in range(0, len(key) - n + 1):
        yield key[i : i + n]


def test_shingles(test: Iterable[Sentence], n: int = LEAK_CHARS) -> set[str]:
    out: set[str] = set()
    for s in test:
        out.update(_shingles(sentence_key(s), n))
    return out


#: a training sentence is test text when this share of its shingles, or a run this long, is in the test split
LEAK_SHARE = 0.2
LEAK_RUN = 48


def _overlaps(sent: Sentence, shingles: set[str], n: int) -> bool:
    """True when the sentence repeats test text: a fifth of its character shingles, or 48 characters in a row
    (about nine words). Stock phrases (جلالة الملك عبدالله الثاني) share one shingle run and stay."""
    key = sentence_key(sent)
    if len(key) < n:
        return False  # too short to carry a test sentence (a dateline, a number)
    hits = [g in shingles for g in _shingles(key, n)]
    if sum(hits) >= LEAK_SHARE * len(hits):
        return True
    run = best = 0
    for h in hits:
        run = run + 1 if h else 0
        best = max(best, run)
    return best + n - 1 >= LEAK_RUN


def drop_test_overlap(sents: list[Sentence], shingles: set[str], n: int = LEAK_CHARS) -> tuple[list[Sentence], int]:
    """Training sentences sharing no run of `n` folded characters with the test split, and how many went."""
    kept = [s for s in sents if not _overlaps(s, shingles, n)]
    return kept, len(sents) - len(kept)


def assert_no_leak(train: Iterable[Sentence], test: Iterable[Sentence], n: int = LEAK_CHARS) -> None:
    """Raise if a training sentence equals a test sentence or shares a run of `n` folded characters with one."""
    test = list(test)
    hashes = {sentence_hash(s) for s in test if len(sentence_key(s)) >= 8}
    shingles = test_shingles(test, n)
    for s in train:
        if len(sentence_key(s)) >= 8 and sentence_hash(s) in hashes:
            raise AssertionError(f"test sentence in training: {' '.join(t for t, _ in s[:12])}")
        if _overlaps(s, shingles, n):
            raise AssertionError(f"test text in training: {' '.join(t for t, _ in s[:12])}")
