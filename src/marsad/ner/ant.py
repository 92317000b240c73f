"""Which articles of the unlabelled ANT corpus marsad's training may read.

Blind-evaluation material never takes part, not even as unlabelled text: an article whose DOCNO's numeric
id (third field of e.g. CN-middleEast-534-20180409) ends in 7, and every article of the annotated sets
(`tests/gold/*.jsonl`, read for their `id` / `source_file` fields only).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

#: the repository's annotated sets (absent from an installed package: then only the id rule applies)
GOLD_DIR = Path(__file__).resolve().parents[3] / "tests" / "gold"

_DOC = re.compile(r"<DOC>(.*?)</DOC>", re.S)
_DOCNO = re.compile(r"<DOCNO>\s*(.*?)\s*</DOCNO>", re.S)


def gold_docnos(gold_dir: Path = GOLD_DIR) -> set[str]:
    """The DOCNOs of the annotated articles (their `id` / `source_file` fields; nothing else is read)."""
    ids: set[str] = set()
    if not gold_dir.is_dir():
        return ids
    for f in sorted(gold_dir.glob("*.jsonl")):
        for line in f.read_text("utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                ids.update(str(rec[k]).split(":", 1)[-1] for k in ("id", "source_file") if rec.get(k))
    return ids


def is_reserved(docno: str, gold: set[str]) -> bool:
    """An annotated article, one whose numeric id ends in 7, or one without a numeric id to check."""
    parts = docno.split("-")
    if len(parts) < 3 or not parts[2].isdigit():
        return True
    return docno in gold or parts[2].endswith("7")


def usable_docs(raw: str, gold: set[str]) -> Iterator[tuple[str, str]]:
    """(DOCNO, the <DOC> element's inner text) of each usable article of one TREC stream."""
    for m in _DOC.finditer(raw):
        no = _DOCNO.search(m.group(1))
        if no is not None and not is_reserved(no.group(1), gold):
            yield no.group(1), m.group(1)
