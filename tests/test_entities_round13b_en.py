"""Round 13b: pack names inside hashtags, and the forces of a state that articles name mostly as the theatre."""

from __future__ import annotations

import pytest

from marsad.textnorm import fold
from tests.conftest import mention_types


def _actors(text: str) -> dict[str, set[str]]:
    import marsad

    out: dict[str, set[str]] = {}
    for e in marsad.analyze(text, published="2020-03-01").entities:
        out.setdefault(e.name, set()).update(m.text for m in e.mentions)
    return out


def test_fold_deletes_a_hashtag_mark_that_opens_a_word_and_keeps_offsets() -> None:
    text = "زار الوزير #دمشق و#حلب أمس\n#ليبيا_الآن"
    f = fold(text)
    assert "زار الوزير دمشق و#حلب" in f.text  # a mark glued to a proclitic is left: it opens no word
    assert f.text.endswith("ليبيا الان")
    i = f.text.index("دمشق")
    s, e = f.span(i, i + 4)
    assert text[s:e] == "دمشق"
    assert text[f.orig(f.text.index("ليبيا")):].startswith("ليبيا")


def test_a_full_name_with_a_hashtag_on_its_last_word_is_one_person() -> None:
    kinds = mention_types("وقال الرئيس التركي رجب طيب #أردوغان في كلمة متلفزة إن بلاده لن تتراجع عن موقفها.")
    assert kinds.get("رجب طيب #أردوغان") == {"person"}
    assert "رجب طيب" not in kinds


def test_a_group_named_inside_a_hashtag_with_underscores() -> None:
    kinds = mention_types("وتداول ناشطون وسم #ميليشيا_الحوثي بعد سقوط صاروخ على مدينة جازان السعودية.")
    assert "actor" in kinds.get("ميليشيا_الحوثي", set())


def test_a_hashtag_on_a_family_name_still_names_the_group() -> None:
    found = _actors("قال عبد الملك الحوثي في خطاب إن الرد قادم. وكتب مغردون أن #الحوثي يهدد الملاحة.")
    assert "Houthis (Ansar Allah)" in found


@pytest.mark.parametrize("text", [
    "وأعلنت القوات الليبية السيطرة على معبر حدودي قرب غدامس.",
    "وقالت السلطات الليبية إن قوات ليبية انتشرت على الطريق الساحلي.",
    "وأكدت قوات الأمن الليبية توقيف عشرة مهربين قرب زوارة.",
])
def test_libyan_forces_and_authorities_name_libya(text: str) -> None:
    assert "Libya" in _actors(text)


def test_other_theatre_states_forces_and_the_bare_plural() -> None:
    found = _actors("وقصفت الطائرات الصومالية مواقع للمسلحين، فيما عاد مئات الليبيين إلى الأراضي الليبية.")
    assert "Somalia" in found
    assert "Libya" not in found  # the people and the land, not a party


@pytest.mark.parametrize(("text", "state"), [
    ("وقررت الحكومة الهولندية طرد دبلوماسيين روس بعد كشف محاولة تجسس.", "Russia"),
    ("وأمهلت موسكو الدبلوماسيين الأميركيين أسبوعا لمغادرة البلاد.", "United States"),
    ("وغادر الدبلوماسيون الأتراك السفارة قبل إغلاقها.", "Turkey"),
])
def test_diplomats_with_a_nisba_name_their_state(text: str, state: str) -> None:
    assert state in _actors(text)
