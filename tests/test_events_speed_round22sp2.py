"""Round 22 (SP2), events stage speed: per-word work done once per word type, patterns compiled once. The
outputs must stay what the plain computation gives (the benchmarks compare whole articles byte for byte);
these tests pin the look-ups themselves. Sentences written for these tests."""

from __future__ import annotations

import sys
from collections import Counter

import pytest

from marsad import analyze
from marsad.stages.events import detect, merge

# written for these tests: joined و/ف, proclitics ب/ل/ك with and without ال, possessive pronouns, short words
_WORDS = ("وبالمدينة", "للجنود", "معاركهم", "فالحصار", "كالعادة", "بقصفها", "وله", "في", "ولمقاتليه", "الهدنة",
          "بالقرب", "لها", "وفد", "فيما", "قواتهما")


@pytest.mark.parametrize("word", _WORDS)
def test_bare_forms_are_the_plain_forms_and_kept_per_word(word: str) -> None:
    w = detect._f(word)
    got = detect._bare_forms(w)
    assert got == detect._bare_forms_of(w)
    assert detect._bare_forms(w) is got  # the second asking reads the memo
    assert detect._BARE_FORMS[w] is got


def test_bare_forms_past_the_bound_are_worked_out_not_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(detect, "_BARE_FORMS", {})
    monkeypatch.setattr(detect, "_BARE_FORMS_MAX", 0)
    w = detect._f("وبالسيارات")
    assert detect._bare_forms(w) == detect._bare_forms_of(w)
    assert detect._BARE_FORMS == {}


def test_whole_word_pattern_is_compiled_once_and_matches_whole_words() -> None:
    w = detect._f("الهجوم")
    pat = merge._whole_word(w)
    assert merge._whole_word(w) is pat
    assert pat.search(detect._f("شن المسلحون الهجوم فجرا"))
    assert not pat.search(detect._f("الخطاب الهجومي للوزير"))
    assert not pat.search(detect._f("والهجوم تأخر"))  # a joined و is a word letter: no whole word here


# written for these tests: an article of trade and policing, with no armed party, its words repeated
_CIVIL = ("أغلق التجار أبواب السوق القديم احتجاجا على الضرائب، وأغلق التجار أيضا السوق الجديد. وقال التجار إن "
          "السوق القديم والسوق الجديد سيبقيان مغلقين حتى تخفض البلدية الضرائب، وإن التجار لن يفتحوا السوق قبل ذلك.")


def test_civil_senses_asks_each_word_type_once(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: Counter[tuple[str, int]] = Counter()
    plain = detect._force_word

    def counting(w: str, force: frozenset[str]) -> bool:
        f = sys._getframe(1)
        if "_civil_senses" in (f.f_code.co_name, f.f_back.f_code.co_name if f.f_back else ""):
            asked[w, len(force)] += 1
        return plain(w, force)

    monkeypatch.setattr(detect, "_force_word", counting)
    analyze(_CIVIL)
    assert asked, "the article's words were scanned for force words"
    # the text repeats التجار and السوق: a walk of every word asked them again and again
    assert max(asked.values()) == 1

