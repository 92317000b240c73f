"""Round 24 (SP2): `propagate` visits only the words that start a name in its window; its tags must be those
of the word-by-word walk it replaces, on names of my own and on many generated documents."""

from __future__ import annotations

import random
from collections.abc import Sequence

import pytest

from marsad.ner.conll import chunks
from marsad.ner.tagger import PROP_MAX_LEN, PROP_MIN_STEM, PROP_WINDOW, _extend, propagate


def _reference(stems: Sequence[Sequence[str]], tags: Sequence[list[str]], window: int = PROP_WINDOW) -> list[list[str]]:
    """`propagate` as it was before the round: every word of every sentence visited in turn."""
    found: list[list[tuple[tuple[str, ...], str]]] = []
    for st, t in zip(stems, tags, strict=True):
        keys: list[tuple[tuple[str, ...], str]] = []
        for a, b, typ in chunks(t):
            key = tuple(st[a:b])
            if b - a <= PROP_MAX_LEN and all(len(x) >= PROP_MIN_STEM for x in key):
                keys.append((key, typ))
            if typ == "PER" and b - a >= 2 and len(st[b - 1]) >= PROP_MIN_STEM:
                keys.append(((st[b - 1],), "PER"))
        found.append(keys)
    counts: dict[tuple[tuple[str, ...], str], int] = {}
    by_first: dict[str, set[tuple[tuple[str, ...], str]]] = {}

    def slide(j: int, d: int) -> None:
        for name in found[j]:
            c = counts.get(name, 0) + d
            if c:
                counts[name] = c
                by_first.setdefault(name[0][0], set()).add(name)
            else:
                del counts[name]
                by_first[name[0][0]].discard(name)

    n_sents = len(found)
    for j in range(min(window, n_sents)):
        slide(j, 1)
    out: list[list[str]] = []
    for i, (st, t) in enumerate(zip(stems, tags, strict=True)):
        if i + window < n_sents:
            slide(i + window, 1)
        if i - window - 1 >= 0:
            slide(i - window - 1, -1)
        new = list(t)
        n = len(st)
        k = 0
        while k < n:
            step = 1
            names = by_first.get(st[k]) if new[k] == "O" else None
            if names:
                best: tuple[int, int, str] | None = None
                for key, typ in names:
                    m = len(key)
                    if tuple(st[k : k + m]) == key and all(x == "O" for x in new[k : k + m]):
                        cand = (m, counts[(key, typ)], typ)
                        if best is None or (cand[0], cand[1]) > (best[0], best[1]) or (
                                cand[:2] == best[:2] and typ < best[2]):
                            best = cand
                if best is not None:
                    m, _, typ = best
                    new[k] = "B-" + typ
                    for x in range(k + 1, k + m):
                        new[x] = "I-" + typ
                    step = m
            k += step
        out.append(_extend(st, new, by_first))
    return out


def test_a_family_name_after_the_full_name_is_tagged() -> None:
    stems = [["صرح", "كمال", "الزيدي", "امس"], ["واضاف", "الزيدي", "ان", "الزيدي", "الزيدي"]]
    tags = [["O", "B-PER", "I-PER", "O"], ["O", "O", "O", "O", "O"]]
    got = propagate(stems, tags)
    assert got == _reference(stems, tags)
    assert got[1] == ["O", "B-PER", "O", "B-PER", "B-PER"]


def test_a_sentence_without_names_is_left_as_it_is() -> None:
    stems = [["ذهب", "الولد", "الى", "المدرسه"], ["ثم", "عاد"]]
    tags = [["O"] * 4, ["O"] * 2]
    assert propagate(stems, tags) == tags == _reference(stems, tags)


def _document(rng: random.Random) -> tuple[list[list[str]], list[list[str]]]:
    vocab = ["سامي", "نور", "حداد", "بيروت", "مجلس", "الامن", "قال", "في", "ان", "جبهه", "سليم", "عمر"]
    labels = ["O", "O", "O", "O", "B-PER", "I-PER", "B-LOC", "B-ORG", "I-ORG", "I-LOC"]
    stems, tags = [], []
    for _ in range(rng.randint(0, 30)):
        n = rng.randint(0, 14)
        stems.append([rng.choice(vocab) for _ in range(n)])
        tags.append([rng.choice(labels) for _ in range(n)])
    return stems, tags


@pytest.mark.parametrize("seed", range(40))
def test_generated_documents_get_the_walks_tags(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(25):
        stems, tags = _document(rng)
        window = rng.choice([0, 1, 3, PROP_WINDOW])
        assert propagate(stems, [list(t) for t in tags], window) == _reference(stems, [list(t) for t in tags], window)

