"""Round 25 SP: cheaper per-word rule loops in the events stage, with the same answers.

The gates test a clause's words in C (`_in_list_forms`, `_phrase_openers`) before a rule walks them word by
word, and the civil-article rule judges each word type once per process (`detect._forcing_types`): each is
checked here against the word-by-word reading it stands for, on sentences written for these tests.
"""

from __future__ import annotations

import itertools
import random

import marsad
from marsad.stages.events import detect
from marsad.stages.events.context import _in_list, _in_list_forms
from marsad.stages.events.lexicon import _civil_cues, _f, _phrase_in, _phrase_openers, _section_phrases


def _brute_phrase_in(words: list[str], phrases: frozenset[tuple[str, ...]]) -> bool:
    return any(tuple(words[i:i + len(p)]) == p for p in phrases for i in range(len(words) - len(p) + 1))


def test_phrase_in_matches_the_walk_of_every_phrase() -> None:
    phrases = _section_phrases("habitual", "before_phrases")
    assert phrases and _phrase_openers(phrases) is not None
    pool = sorted({w for p in phrases for w in p}) + [_f(w) for w in ("قصفت", "القوات", "ما", "على")]
    rnd = random.Random(25)
    for _ in range(2000):
        words = [rnd.choice(pool) for _ in range(rnd.randint(0, 6))]
        assert _phrase_in(words, phrases) == _brute_phrase_in(words, phrases), words


def test_phrase_in_with_an_empty_phrase_is_met_anywhere() -> None:
    phrases = frozenset({(), ("عادة", "ما")})
    assert _phrase_openers(phrases) is None
    assert _phrase_in(["قصف"], phrases) is True
    assert _phrase_in(["عادة", "ما"], frozenset({("عادة", "ما")})) is True
    assert _phrase_in(["ما", "عادة"], frozenset({("عادة", "ما")})) is False


def test_forcing_types_is_the_word_by_word_reading_and_remembers(monkeypatch) -> None:
    force = _civil_cues()[2]
    types = {_f(w) for w in ("والقوات", "للشرطة", "بالجيش", "الجيش", "سعر", "فالمسلحين", "ولجنة", "قوات")}
    want = {w for w in types if detect._force_word(w, force)}
    assert want and want != types
    assert detect._forcing_types(types, force) == want
    calls = []
    real = detect._force_word
    monkeypatch.setattr(detect, "_force_word", lambda w, f: calls.append(w) or real(w, f))
    assert detect._forcing_types(types, force) == want
    assert calls == []  # every type judged before is read from the memo
    assert detect._forcing_types(types | {"وسعر"}, force) == want
    assert calls == ["وسعر"]


def test_in_list_forms_gate_is_in_list() -> None:
    words = frozenset({_f("مدعومة"), _f("بدعم"), "قف"})
    forms = _in_list_forms(words)
    letters = ["و", "ف", "ب", "م", "د", "ع", "ة", "ق"]
    for n in range(1, 6):
        for t in itertools.islice(itertools.product(letters, repeat=n), 3000):
            w = "".join(t)
            assert (w in forms) == _in_list(w, words), w


def _roles(text: str) -> list[tuple[str, str | None, str | None]]:
    """(type, actor1 name, actor2 name) of each event of `text`."""
    d = marsad.analyze(text).to_dict()
    names = {e["id"]: e.get("name") for e in d["entities"]}
    return [(e["type"], names.get(e["actor1"]), names.get(e["actor2"])) for e in d["events"]]


def test_habitual_phrase_still_drops_the_series() -> None:
    # a custom phrase before the deed: a series in general, no arrest told; without it the arrest stands
    assert not [r for r in _roles("اعتادت قوات الأمن اعتقال الطلاب في المدينة كل صيف.") if r[0] == "ARREST"]
    assert [r for r in _roles("اعتقلت قوات الأمن الطلاب في المدينة أمس.") if r[0] == "ARREST"]


def test_backing_gate_keeps_the_backer_out() -> None:
    # the state named after a word of backing stands behind the force; it neither struck nor was struck
    got = _roles("قصفت قوات النظام السوري مدعومة بطائرات روسية بلدة خان شيخون أمس.")
    assert got and all("Russia" not in (a1, a2) for _t, a1, a2 in got)
    got = _roles("شنت فصائل المعارضة المدعومة من تركيا هجوما على مدينة عفرين.")
    assert got and all("Turkey" not in (a1, a2) for _t, a1, a2 in got)


def test_victims_gate_keeps_the_dead_as_target() -> None:
    got = _roles("أعلن الجيش العراقي مقتل خمسة من عناصر داعش في غارة جوية.")
    assert ("ATTACK", "Iraqi Army", "Islamic State (ISIS)") in got


def _ctx(text: str):
    """The events stage's per-article context over `text`, after the stages before events."""
    from marsad.pipeline import default_pipeline, make_doc
    from marsad.stages.events.context import _Ctx
    from marsad.stages.events.lexicon import lexicon

    doc = make_doc(text)
    for spec in default_pipeline():
        if spec.name == "events":
            break
        spec.fn(doc)
    return _Ctx(doc, lexicon())


_TEXT = ("وقتلت القوات الحكومية فجر الأحد خمسة مسلحين في اشتباكات مع فصائل المعارضة، فيما قصفت الطائرات "
         "مواقع للتنظيم قرب المدينة. ولقي قيادي في الحركة مصرعه وفر آخرون من البلدة.")


def test_indexes_in_is_the_walk_of_the_run() -> None:
    ctx = _ctx(_TEXT)
    words = ctx.words
    forms = _in_list_forms(frozenset({_f("قتلت"), _f("قصفت"), _f("لقي"), _f("فر")}))
    n = len(_TEXT)
    for a in range(0, n, 7):
        for b in range(a, n + 1, 11):
            i, j = words.run_of(a, b)
            want = [k for k in range(i, j) if words.texts[k] in forms]
            assert words.indexes_in(a, b, forms) == want, (a, b)


def test_bare_views_are_the_stripped_words() -> None:
    from marsad.stages.events.context import _strip_conj

    ctx = _ctx(_TEXT)
    words = ctx.words
    for a in range(0, len(_TEXT), 5):
        for n in (1, 2, 4, 7):
            assert words.bare_before(a, n, 3) == [_strip_conj(w) for w in words.before(a, n, 3)]
        assert words.bare_between(a, a + 40, 3) == [_strip_conj(w) for w in words.between(a, a + 40, 3)]


def test_bare_reach_words_is_the_stripped_reach() -> None:
    from marsad.stages.events.context import _strip_conj

    ctx = _ctx(_TEXT)
    for h in detect._find_hits(ctx.doc, ctx):
        sent = ctx.doc.sentence_of(h.start)
        for reach in (1, 3, 5, 9):
            want = [_strip_conj(w) for w in detect._reach_words(ctx, h, reach, sent.start)]
            assert detect._bare_reach_words(ctx, h, reach, sent.start) == want
