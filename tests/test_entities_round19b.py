"""Entities, round 19b: the article a glued ل swallowed goes back on a surface-built canonical name; an
outlet noun refers back only; a kunya after a geographic head noun is a place's name; quoted names after a
plural or dual formation noun are formations."""

from __future__ import annotations

from marsad.pipeline import Candidate, make_doc
from marsad.stages import resolve
from tests.conftest import mention_refs, mention_types


def test_article_restored_after_a_glued_lam() -> None:
    text = "وأحرق محتجون مقرا للمجلس الثوري في البلدة."
    start = text.index("مجلس الثوري")
    assert resolve._article_restored(text, start, start + len("مجلس الثوري")) == "المجلس الثوري"


def test_article_restored_after_wa_and_lam() -> None:
    text = "وتعهد قادة الفصائل وللمجلس الثوري دور في ذلك."
    start = text.index("مجلس الثوري")
    assert resolve._article_restored(text, start, start + len("مجلس الثوري")) == "المجلس الثوري"


def test_no_article_inside_a_word_nor_without_lam() -> None:
    text = "زار الوفد مقر مجلس الثوري القديم."
    start = text.index("مجلس الثوري")
    assert resolve._article_restored(text, start, start + len("مجلس الثوري")) == "مجلس الثوري"


def test_outlet_noun_before_any_outlet_is_no_later_agency() -> None:
    text = "ونقلت الوكالة عن مسؤول محلي أن القصف استمر ساعات. وقالت رويترز في تقرير آخر إن الضحايا مدنيون."
    got = mention_types(text)
    assert "الوكالة" not in got
    assert got.get("رويترز") == {"outlet"}


def test_outlet_noun_after_the_agency_still_refers_back() -> None:
    text = "وقالت رويترز في تقرير إن الضحايا مدنيون. ونقلت الوكالة عن مسؤول محلي أن القصف استمر ساعات."
    assert mention_refs(text).get("الوكالة") == "reuters"


def _kept(text: str, span: str) -> bool:
    doc = make_doc(text)
    start = doc.text.index(span)
    c = Candidate(start, start + len(span), "person", (), how="ner", name_ar=span)
    return resolve._recogniser_person(doc, c)  # type: ignore[arg-type]


def test_kunya_after_mountain_range_is_no_person() -> None:
    assert not _kept("وتقدمت القوات في سلسلة جبال أبو الريش شمال المديرية.", "أبو الريش")


def test_kunya_after_conjoined_valley_is_no_person() -> None:
    assert not _kept("وسيطر المقاتلون على التلال ووادي أم الخير بعد معارك.", "أم الخير")


def test_kunya_after_a_verb_stays_a_person() -> None:
    assert _kept("وقال أبو سامر الحلبي إن المعارك مستمرة.", "أبو سامر الحلبي")


def test_quoted_names_after_plural_formation_noun() -> None:
    got = mention_types('وشاركت ألوية "صقور الساحل" و"الفجر الجديد" في الهجوم على المواقع.')
    assert got.get("صقور الساحل") == {"actor"}
    assert got.get("الفجر الجديد") == {"actor"}


def test_quoted_names_after_plural_formation_noun_with_comma() -> None:
    got = mention_types('وأعلنت فصائل «درع البادية»، «أسود الصحراء» مسؤوليتها عن الهجوم.')
    assert got.get("درع البادية") == {"actor"}
    assert got.get("أسود الصحراء") == {"actor"}


def test_quoted_clause_after_plural_formation_noun_is_no_name() -> None:
    got = mention_types('وقالت فصائل "ملتزمة بالهدنة ما دام الطرف الآخر ملتزما بها" إنها سترد.')
    assert not any(k.startswith("ملتزمة") for k in got)


def test_listed_quote_that_the_plural_noun_makes_an_alias_is_that_entry() -> None:
    refs = mention_refs('وتقدمت ألوية "حراس الجمهورية" و"العمالقة" نحو مركز المديرية.')
    assert refs.get("العمالقة") == "giants-brigades"


def test_listed_quote_that_the_dual_noun_singular_makes_an_alias() -> None:
    refs = mention_refs('ودعت حركتي "حماس" و"فتح" إلى الحوار.')
    assert refs.get("فتح") == "fatah"
