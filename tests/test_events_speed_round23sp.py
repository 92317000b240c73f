"""Round 23 (SP): per-trigger rules of the events stage whose cue list the article does not hold return before
reading the words around each trigger (`Words.holds_any`: one substring test per list and article). Every word
those rules compare (as written, without و/ف, the article, a proclitic or a pronoun suffix) is a piece of the
folded text, so the answer is the same; these tests check the skip, and that the rules still fire with their
cues. Sentences written for these tests."""

from __future__ import annotations

import pytest

from marsad.pipeline import make_doc, run
from marsad.stages import events
from marsad.stages.events import detect

# no word of stipulating, guarding, accident, fire, power, description or "previous" in it
_PLAIN = ("شنت الطائرات الحربية هجوما عنيفا على مواقع المسلحين شرق المدينة، وقتل عشرة منهم. "
          "واستهدف القصف مقرا للتنظيم في الريف الجنوبي، كما اعتقلت القوات خمسة مشتبه بهم.")


def _ctx(text: str) -> tuple[events._Ctx, list[events.Hit]]:
    doc = make_doc(text)
    run(doc)
    ctx = events._Ctx(doc, events.lexicon())
    return ctx, detect._find_hits(doc, ctx)


def test_holds_any_reads_the_folded_text_once_per_list() -> None:
    ctx, _hits = _ctx("وقالت الوزارة إن الاتفاق ينص على انسحاب المقاتلين")
    words = ctx.words
    assert words.holds_any(frozenset({"ينص"}))
    assert words.holds_any(frozenset({"نسحاب"}))  # a piece of a word is enough: the rules strip words down
    assert not words.holds_any(frozenset({"حادث", "حوادث"}))
    assert not words.holds_any(frozenset())
    listed = frozenset({"حماية"})
    assert not words.holds_any(listed)
    words.doc = make_doc("حماية")  # the answer is kept: a second question does not read the text again
    assert not words.holds_any(listed)


def test_uses_any_asks_for_whole_words_with_or_without_wa() -> None:
    ctx, _hits = _ctx("أعلن الجيش النصر في المعركة ونصت الهدنة على وقف القصف")
    words = ctx.words
    assert words.holds_any(frozenset({"نص"})) and not words.uses_any(frozenset({"نص"}))  # a piece of النصر
    assert words.uses_any(frozenset({"نصت"}))  # ونصت without its و
    assert words.uses_any(frozenset({"الجيش", "حادث"}))
    assert not words.uses_any(frozenset({"حادث"}))
    assert not words.uses_any(frozenset())


def test_the_substring_cover_keeps_the_words_holding_no_other() -> None:
    from marsad.stages.events.context import _substring_cover

    assert sorted(_substring_cover(frozenset({"حماية", "لحماية", "بحماية", "صون", "لصون", "تحصين"}))) == [
        "تحصين", "حماية", "صون"]


_GATED = (
    (lambda ctx, h, s: detect._deal_term(ctx, h, s.start), lambda: detect._cue_words("stipulate_words")),
    (lambda ctx, h, s: detect._guarded_harm(ctx, h, s.start), lambda: detect._cue_words("guard_words", bare=True)),
    (lambda ctx, h, s: detect._accident_death(ctx, h, s.end), lambda: detect._cue_words("accident_heads", bare=True)),
    (lambda ctx, h, s: detect._fire_no_attack(ctx, h, s.end), lambda: detect._fire_no_attack_cues()[0]),
    (lambda ctx, h, s: detect._described_deed(ctx, h, s.start), lambda: detect._described_cues()[0]),
    (lambda ctx, h, s: detect._capability_frame(ctx, h, s.start), lambda: detect._capability_cues()[0]),
    (lambda ctx, h, s: detect._previous_ones(ctx, h, s.end), lambda: events.cues().previous_words),
)


@pytest.mark.parametrize("k", range(len(_GATED)))
def test_a_rule_without_its_cue_in_the_article_reads_no_words(k: int) -> None:
    rule, cue_list = _GATED[k]
    ctx, hits = _ctx(_PLAIN)
    assert hits and not any(w in ctx.doc.folded.text for w in cue_list())
    types = {h.type for h in hits}
    assert {"ATTACK", "ARREST"} <= types and any(h.trig.pos == "noun" for h in hits)

    def no_walk(pos: int) -> int:
        raise AssertionError("the words around the trigger were read")

    ctx.words.index_at = no_walk  # type: ignore[method-assign]
    for h in hits:
        assert rule(ctx, h, ctx.doc.sentence_of(h.start)) is False


@pytest.mark.parametrize(("text", "rule", "trigger"), [
    ("وقعت الحكومة والفصائل تسوية تقضي باستعادة الجيش السيطرة على البلدة.",
     lambda ctx, h, s: detect._deal_term(ctx, h, s.start), "استعادة"),
    ("قتل سبعة جنود في حادث تصادم شاحنتين على طريق المطار أمس.",
     lambda ctx, h, s: detect._accident_death(ctx, h, s.end), "قتل"),
    ("تعهدت الشرطة بحماية السكان من الهجمات خلال موسم الحصاد.",
     lambda ctx, h, s: detect._guarded_harm(ctx, h, s.start), "الهجمات"),
])
def test_the_rules_still_fire_with_their_cues(text: str, rule, trigger: str) -> None:  # type: ignore[no-untyped-def]
    ctx, hits = _ctx(text)
    at = text.index(trigger)
    fired = [h for h in hits if h.start <= at < h.end]
    assert fired
    assert any(rule(ctx, h, ctx.doc.sentence_of(h.start)) for h in fired)


def test_the_per_word_helpers_run_no_import_per_call(monkeypatch: pytest.MonkeyPatch) -> None:
    """The state adjectives, the claims reader and the corpus words are asked per word and trigger: a `from`
    import in their bodies ran the import machinery on every call."""
    import builtins

    from marsad.stages import ner
    from marsad.stages.events import context

    doc = make_doc("قال المتحدث إن الطائرات الروسية قصفت مواقع المسلحين في ريف حلب.")
    run(doc)
    warm = (context._state_adjectives(), context._derived_state_adjectives(), context._claim_at(doc, 20, 30),
            ner.corpus_words())
    imported: list[str] = []
    real = builtins.__import__

    def counting(name: str, *args, **kwargs):  # type: ignore[no-untyped-def]
        imported.append(name)
        return real(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", counting)  # (put back at the end of the test)
    again = (context._state_adjectives(), context._derived_state_adjectives(), context._claim_at(doc, 20, 30),
             ner.corpus_words())
    builtins.__import__ = real
    assert imported == []
    assert again == warm
