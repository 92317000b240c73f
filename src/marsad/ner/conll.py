"""CoNLL-style reading and scoring: `token tag` files, BIO chunks, and exact-match span precision/recall/F1.

Chunking follows `conlleval`: an `I-X` after `O` or after another type opens a chunk; a chunk is counted
correct only when its start, end and type all match. Type names are normalised (`PERS` → `PER`, `MIS*`
→ `MISC`) on both sides so that ANERcorp files and marsad's output compare directly.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

TYPES = ("PER", "LOC", "ORG", "MISC")
_TYPE_ALIASES = {
    "PERS": "PER",
    "PERSON": "PER",
    "MIS": "MISC",
    "MISC": "MISC",
    "LOCATION": "LOC",
    "ORGANIZATION": "ORG",
    "ORGANISATION": "ORG",
}
_MARKS = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\ufeff"


def norm_type(t: str) -> str:
    t = t.strip().upper()
    return _TYPE_ALIASES.get(t, t)


def norm_tag(tag: str) -> str:
    """`B-PERS` → `B-PER`; anything unparseable → `O`."""
    tag = tag.strip().strip(_MARKS)
    if len(tag) < 3 or tag[1] != "-" or tag[0] not in "BI":
        return "O"
    return f"{tag[0]}-{norm_type(tag[2:])}"


def read_conll(path: str | Path, *, sep: str | None = None) -> list[list[tuple[str, str]]]:
    """Sentences of (token, tag) from a `token tag` file; blank lines separate sentences. The tag is the
    last field of the line; lines with no token after stripping bidi marks are skipped."""
    text = Path(path).read_text("utf-8-sig")
    return list(parse_conll(text.splitlines(), sep=sep))


def parse_conll(lines: Iterable[str], *, sep: str | None = None) -> Iterator[list[tuple[str, str]]]:
    sent: list[tuple[str, str]] = []
    for raw in lines:
        line = raw.rstrip("\r\n")
        if not line.strip():
            if sent:
                yield sent
                sent = []
            continue
        parts = line.rsplit(sep, 1) if sep else line.rsplit(None, 1)
        if len(parts) < 2:
            continue
        tok = "".join(c for c in parts[0] if c not in _MARKS).strip()
        if not tok:
            continue
        sent.append((tok, parts[1].strip()))
    if sent:
        yield sent


#: raw tag → (BIO letter, type) as `chunks` reads it: a tagger's output holds a handful of distinct tags,
#: normalised once each instead of once per token (bounded: gold files may spell tags in many ways)
_BIO: dict[str, tuple[str, str]] = {}


def _bio(raw: str) -> tuple[str, str]:
    hit = _BIO.get(raw)
    if hit is None:
        tag = norm_tag(raw)
        hit = ("O", "") if tag == "O" else (tag[0], tag[2:])
        if len(_BIO) < 1000:
            _BIO[raw] = hit
    return hit


def chunks(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Spans (start, end exclusive, type) of a BIO tag sequence, conlleval semantics."""
    out: list[tuple[int, int, str]] = []
    start = -1
    cur = ""
    for i, raw in enumerate(tags):
        if raw == "O":  # most tokens: only closes the open span
            if cur:
                out.append((start, i, cur))
                cur = ""
            continue
        bio, typ = _bio(raw)
        begins = bio == "B" or (bio == "I" and typ != cur)
        if cur and (bio == "O" or begins):
            out.append((start, i, cur))
            cur = ""
        if begins:
            start, cur = i, typ
    if cur:
        out.append((start, len(tags), cur))
    return out


def spans_to_tags(n: int, spans: Iterable[tuple[int, int, str]]) -> list[str]:
    tags = ["O"] * n
    for s, e, t in spans:
        tags[s] = f"B-{t}"
        for k in range(s + 1, e):
            tags[k] = f"I-{t}"
    return tags


@dataclass
class Score:
    """Exact-span counts per type."""

    tp: dict[str, int] = field(default_factory=dict)
    n_gold: dict[str, int] = field(default_factory=dict)
    n_pred: dict[str, int] = field(default_factory=dict)
    tokens: int = 0
    sentences: int = 0

    def add(self, gold: Sequence[str], pred: Sequence[str]) -> None:
        g = set(chunks(gold))
        p = set(chunks(pred))
        for _, _, t in g:
            self.n_gold[t] = self.n_gold.get(t, 0) + 1
        for _, _, t in p:
            self.n_pred[t] = self.n_pred.get(t, 0) + 1
        for _, _, t in g & p:
            self.tp[t] = self.tp.get(t, 0) + 1
        self.tokens += len(gold)
        self.sentences += 1

    @staticmethod
    def _prf(tp: int, ng: int, npred: int) -> dict[str, float | int]:
        p = tp / npred if npred else 0.0
        r = tp / ng if ng else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(f, 4),
            "gold": ng,
            "predicted": npred,
            "correct": tp,
        }

    def types(self) -> list[str]:
        seen = set(self.n_gold) | set(self.n_pred)
        return [t for t in TYPES if t in seen] + sorted(seen - set(TYPES))

    def as_dict(self) -> dict:
        tp, ng, npred = sum(self.tp.values()), sum(self.n_gold.values()), sum(self.n_pred.values())
        d: dict = dict(self._prf(tp, ng, npred))
        d["tokens"] = self.tokens
        d["sentences"] = self.sentences
        d["per_type"] = {
            t: self._prf(self.tp.get(t, 0), self.n_gold.get(t, 0), self.n_pred.get(t, 0)) for t in self.types()
        }
        return d

    @property
    def f1(self) -> float:
        return float(self.as_dict()["f1"])

    def report(self) -> str:
        """A conlleval-like table."""
        d = self.as_dict()
        lines = [
            f"processed {d['tokens']} tokens in {d['sentences']} sentences; found {d['predicted']} phrases; "
            f"correct: {d['correct']}; gold: {d['gold']}.",
            f"{'type':<8}{'precision':>10}{'recall':>10}{'F1':>10}{'gold':>8}{'found':>8}",
        ]
        for t, v in d["per_type"].items():
            lines.append(
                f"{t:<8}{v['precision'] * 100:>10.2f}{v['recall'] * 100:>10.2f}{v['f1'] * 100:>10.2f}"
                f"{v['gold']:>8}{v['predicted']:>8}"
            )
        lines.append(
            f"{'overall':<8}{d['precision'] * 100:>10.2f}{d['recall'] * 100:>10.2f}{d['f1'] * 100:>10.2f}"
            f"{d['gold']:>8}{d['predicted']:>8}"
        )
        return "\n".join(lines)
