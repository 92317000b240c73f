"""Round 11, speed outside the recogniser: the folded words with their original offsets are made once per
document (`Doc.word_spans`) and shared by the events and framing stages, and the events stage reads each word
without its و/ف from one list per document (`Words.bare`, `Words.run_of`) instead of stripping it again in
every sentence and clause walk. Each must give what the per-call code gave."""

from __future__ import annotations

import random
import re

import pytest

from marsad import analyze
from marsad.pipeline import make_doc
from marsad.stages import events, framing

# written for these tests: diacritics (the folded text is then shorter than the text, so offsets map back),
# words with و/ف on them, short words that keep them (وفد، فك), claims of responsibility made and not made
_TEXTS = (
    "أعلنَ تنظيمُ الدولة مسؤوليته عن الهجوم الذي استهدف حاجزاً للجيش قرب الموصل، وفرّ المهاجمون.",
    "ولم تعلن أي جهة حتى الآن مسؤوليتها عن التفجير ، فيما وصل وفد أممي إلى المدينة.",
    "قصفت الطائرات مواقع المسلحين ردا على هجوم في درعا ، وقال مصدر إن الحركة تبنت العملية.",
    "فك الجيش الحصار عن البلدة. والتقى الوزير نظيره في عمّان وبحثا الوضع ، ثم غادر.",
    "لا أحد يعلن شيئا",
    "",
)


def _old_spans(doc) -> list[tuple[int, int, str]]:  # type: ignore[no-untyped-def]
    """The word list as events.Words and framing._Around built it before this round."""
    folded = doc.folded
    index = folded.index
    word = re.compile(r"\w+")
    if index is None:
        return [(m.start(), m.end(), m.group()) for m in word.finditer(folded.text)]
    return [(index[m.start()], index[m.end() - 1] + 1, m.group()) for m in word.finditer(folded.text)]


@pytest.mark.parametrize("text", _TEXTS)
def test_word_spans_as_before_and_shared(text: str) -> None:
    doc = make_doc(text)
    spans, starts, ends = doc.word_spans()
    assert spans == _old_spans(doc)
    assert starts == [s for s, _, _ in spans] and ends == [e for _, e, _ in spans]
    # made once: the events stage and the framing stage read the same list
    assert events.Words(doc).spans is spans
    assert framing._Around(doc).words is spans
    # a new folded text (a stage that refolds) gets its own list
    doc.folded = make_doc(text + " وانتهى").folded
    assert doc.word_spans()[0] == _old_spans(doc)


def test_diacritics_map_back_to_the_text() -> None:
    doc = make_doc(_TEXTS[0])
    assert doc.folded.index is not None
    spans, _, _ = doc.word_spans()
    # a word ends after its last letter, a final short vowel left out (as Folded.span gives it)
    assert [doc.text[s:e] for s, e, _ in spans[:3]] == ["أعلن", "تنظيم", "الدولة"]


@pytest.mark.parametrize("text", _TEXTS)
def test_bare_runs_walk_like_spans_from(text: str) -> None:
    doc = make_doc(text)
    words = events.Words(doc)
    assert [w for _, _, w in words.bare] == [events._strip_conj(w) for _, _, w in words.spans]
    rng = random.Random(11)
    points = [-1, 0, len(text), len(text) + 3, *(rng.randrange(-2, len(text) + 3) for _ in range(60))]
    for a in points:
        for b in points:
            old = []
            for s, e, w in words.spans_from(a):
                if s >= b:
                    break
                old.append((s, e, events._strip_conj(w)))
            i, j = words.run_of(a, b)
            assert words.bare[i:j] == old, (a, b)


def _roles(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.type, e.actor1, e.actor2) for e in analyze(text).events]


def test_claims_of_responsibility_still_read() -> None:
    # the early return for a sentence with no verb of adopting or announcing must keep the sentences with one
    doc = make_doc("انفجرت سيارة مفخخة في سوق ببغداد. وتبنت جماعة أنصار الإسلام التفجير في بيان.")
    ctx = events._Ctx(doc, events.lexicon())
    first, second = doc.sentences[:2]
    assert events._responsibility_claim(ctx, first.start, first.end) is None
    assert events._unclaimed_objects(ctx, first.start, first.end) == []
    doc = make_doc("انفجرت عبوة في دورية. ولم تتبن أي جهة الهجوم حتى مساء أمس.")
    ctx = events._Ctx(doc, events.lexicon())
    second = doc.sentences[1]
    objects = events._unclaimed_objects(ctx, second.start, second.end)
    assert [doc.folded.text[s:e] for s, e in objects] == ["الهجوم"]
