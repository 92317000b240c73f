"""Round 15b speed: `Doc.sentence_of` bisects, `Doc._mention_index` checks its key without copies, resolve's
`_words_before` answers an offset it has read once from what it kept. Each answer must be the one the old
scan gave."""

from __future__ import annotations

from collections import Counter

from marsad import model
from marsad.pipeline import Doc, make_doc
from marsad.stages import resolve
from marsad.textnorm import Sentence

_TEXT = ("قال مصدر محلي إن القوات قصفت قرية شرق المدينة.\n\nوأضاف أن ثلاثة مدنيين قتلوا؛ وجرح آخرون!  "
         "ونفى الجيش ذلك في بيان.   ")


def _scan(doc: Doc, pos: int) -> Sentence:
    """The old `sentence_of`: a scan."""
    for s in doc.sentences:
        if s.start <= pos < s.end:
            return s
    for s in doc.sentences:
        if s.start >= pos:
            return s
    return Sentence(0, len(doc.text))


def test_sentence_of_gives_the_scan_answer_at_every_offset() -> None:
    doc = make_doc(_TEXT)
    assert len(doc.sentences) >= 3
    for pos in range(-2, len(doc.text) + 3):  # gaps between sentences, before the first, past the last
        assert doc.sentence_of(pos) == _scan(doc, pos), pos


def test_sentence_of_follows_a_new_sentence_list_and_scans_an_unordered_one() -> None:
    doc = make_doc(_TEXT)
    doc.sentence_of(5)
    doc.sentences = [Sentence(30, 40), Sentence(0, 35), Sentence(50, 50)]  # overlapping, unsorted, empty
    for pos in range(0, 60):
        assert doc.sentence_of(pos) == _scan(doc, pos), pos
    doc.sentences = []
    assert doc.sentence_of(3) == Sentence(0, len(doc.text))


def test_mention_index_sees_a_moved_mention_and_a_swapped_entity() -> None:
    doc = make_doc("قصفت القوات الروسية مواقع الجيش السوري قرب حلب.")
    a = doc.new_entity("actor", "A", "أ", None)
    b = doc.new_entity("actor", "B", "ب", None)
    a.add(5, 20, doc.text[5:20])
    b.add(26, 38, doc.text[26:38])
    assert [e for _m, e in doc.mentions_in(0, 50)] == [a, b]
    # resolve moves mentions between entities: the counts change, the index is rebuilt
    b.mentions.append(a.mentions.pop())
    assert [e.id for _m, e in doc.mentions_in(0, 50)] == [b.id, b.id]
    # another draft with the same fields and count is another entity: found by identity, not by equality
    twin = type(b)(b.id, b.type, b.name, b.name_ar, b.ref, mentions=list(b.mentions), _spans=set(b._spans))
    assert twin == b and twin is not b
    doc.entities[doc.entities.index(b)] = twin
    assert all(e is twin for _m, e in doc.mentions_in(0, 50))
    assert isinstance(doc.mentions_in(0, 50)[0][0], model.Mention)


def _words_before_scan(doc: Doc, pos: int, n: int) -> list[str]:
    return list(reversed(resolve._words_before_scan(doc, pos, n)))


def test_words_before_kept_answers_match_a_fresh_read_in_any_order() -> None:
    doc = make_doc(_TEXT)
    positions = [0, 1, 4, 10, 24, 30, 47, 50, 60, 75, len(doc.text) - 1]
    for order in ([1, 4, 2, 6, 3], [6, 1, 2], [2, 2, 5, 1]):
        doc.scratch.pop("words_before", None)
        for pos in positions:
            for n in order:
                assert resolve._words_before(doc, pos, n) == _words_before_scan(doc, pos, n), (pos, n)
    assert resolve._words_before(doc, 24, 0) == []
    assert resolve._words_before(doc, _TEXT.index("القوات"), 5) == ["قال", "مصدر", "محلي", "ان"]
    assert resolve._words_before(doc, 24, 3) == _words_before_scan(doc, 24, 3)


def _state_names_near_scan(doc: Doc, start: int, end: int, window: tuple[int, int]) -> Counter[str]:
    """The old `_state_names_near`: every word joined to the next one and looked up."""
    ftext = doc.folded.text
    fs, fe = resolve._folded_pos(doc, start), resolve._folded_pos(doc, end)
    lo, hi = max(0, fs - window[0]), min(len(ftext), fe + window[1])
    words = [w.strip(".,،؛:!?؟\"'«»“”()-") for w in (ftext[lo:fs] + " " + ftext[fe:hi]).split()]
    names = resolve._state_names()
    found: Counter[str] = Counter()
    for i, w in enumerate(words):
        for key in (w, resolve._strip_clitic(w)):
            country = names.get(" ".join([key, *words[i + 1:i + 2]])) or names.get(key)
            if country:
                found[country] += 1
                break
    return found


def test_state_names_near_counts_as_the_pairwise_scan() -> None:
    text = ("رحبت الولايات المتحدة والمملكة العربية السعودية بالاتفاق، وقال مسؤول عراقي إن العراق "
            "وإيران وتركيا والولايات المتحدة ستجتمع في بغداد مع وفد من الإمارات العربية المتحدة")
    doc = make_doc(text)
    at = text.index("مسؤول")
    got = resolve._state_names_near(doc, at, at + 5, (400, 400))
    assert got == _state_names_near_scan(doc, at, at + 5, (400, 400))
    assert sum(got.values()) >= 6  # the two-word names, the clitic ones and the nisba all counted
    for w in ((0, 0), (10, 30), (60, 5)):
        assert resolve._state_names_near(doc, at, at + 5, w) == _state_names_near_scan(doc, at, at + 5, w)
