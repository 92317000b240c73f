"""Round 24 (SP2): `gazetteer.named_governorates` asks only the words that can name a governorate, after a
substring test of the whole text; the answers must be those of the word-by-word scan it replaces."""

from __future__ import annotations

import pytest

from marsad import gazetteer as gz
from marsad.textnorm import fold_text, proclitic_reads_as, proclitic_splits


def _reference(folded_text: str) -> frozenset[str]:
    """The scan as it was before the round: every word, every reading, every next word."""
    by_word: dict[str, list[str]] = {}
    for a, w in gz.village_governorate_words().items():
        by_word.setdefault(w, []).append(a)
    words = [m.group() for m in gz._WORD_RE.finditer(folded_text)]
    blind = gz._governorate_not_after()
    named: set[str] = set()
    for i, word in enumerate(words):
        prev = words[i - 1] if i else ""
        if prev in blind or any(stem in blind for _, stem in proclitic_splits(prev)):
            continue
        for r in (word, *(stem for _, stem in proclitic_splits(word))):
            for key in (r, f"{r} {words[i + 1]}" if i + 1 < len(words) else r):
                named.update(by_word.get(key, ()))
    return frozenset(named)


TEXTS = [
    "قال مراسلنا إن الطائرات قصفت أطراف بلدة صغيرة في ريف حماه الشمالي صباح اليوم",
    "وصل الوفد إلى دمشق ثم توجه بحمص وفي طريق العودة مر بطرطوس",
    "تحدث نظام دمشق عن اتفاق جديد بينما افتتحت جامعة حلب قاعة",
    "شهدت مدينة دير الزور اشتباكات، وانسحبت القوات إلى دير قريب",
    "ذكر التقرير أن الحلبي ولد في حلبة سباق قرب البحر",
    "لا يذكر هذا الخبر أي محافظة ولا أي مدينة سورية على الإطلاق",
    "وصلت قافلة إلى الرقه ثم إلى وادلب واللاذقيه والقنيطره والحسكه",
    "انتهى الاجتماع في العاصمة دمشق",
    "دير",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_named_governorates_as_the_word_by_word_scan(text: str) -> None:
    folded = fold_text(text)
    assert gz.named_governorates(folded) == _reference(folded)


def test_the_scan_still_finds_and_blinds() -> None:
    named = gz.named_governorates(fold_text("وصل الوفد إلى دمشق ثم توجه بحمص وفي طريق العودة مر بطرطوس"))
    assert {"Homs", "Tartus"} <= named
    assert "Aleppo" not in gz.named_governorates(fold_text("افتتحت جامعة حلب قاعة جديدة"))


def test_a_text_without_any_core_names_none() -> None:
    # the shortcut: no core in the text, no governorate (and the full scan agrees)
    folded = fold_text("قصفت الطائرات مواقع في جنوب لبنان وشمال العراق")
    assert not any(c in folded for c in gz._governorate_cores())
    assert gz.named_governorates(folded) == frozenset() == _reference(folded)


def test_cores_cover_every_head_and_its_reading() -> None:
    cores = gz._governorate_cores()
    reads_as = proclitic_reads_as()
    for head in gz._governorate_heads():
        assert head in cores or any(head.startswith(r) and head[len(r):] in cores for r in reads_as)


def test_readings_are_the_heads_among_the_word_and_its_stems() -> None:
    for word in ("وحلب", "بدمشق", "حلبه", "دير", "فبحمص", "كتاب"):
        folded = fold_text(word)
        expect = tuple(r for r in (folded, *(s for _, s in proclitic_splits(folded))) if r in gz._governorate_heads())
        assert gz._governorate_readings(folded) == expect
    assert gz._governorate_readings(fold_text("وحلب")) == (fold_text("حلب"),)
    assert gz._governorate_readings(fold_text("كتاب")) == ()
