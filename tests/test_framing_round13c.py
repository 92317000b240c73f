"""Framing, round 13c: an aside that says whom a phrase means (في إشارة إلى ...) gives a term with no name beside it
its target, by kind (the collaborators or their patron); the PMF under its names without الشعبي; a name whose
quoted part is its last word of three. Sentences written for these tests."""

from __future__ import annotations

from tests.conftest import framing_pairs


def frames(text: str, published: str = "2019-06-01") -> list[tuple[str, str | None]]:
    return framing_pairs(text, published)


def test_an_aside_naming_a_militia_is_whom_the_collaborator_label_means() -> None:
    got = frames("وتصدت وحدات الجيش لهجوم شنته القوات العميلة للعدوان (في إشارة إلى ألوية العمالقة) جنوب الحديدة.")
    assert ("العميلة", "giants-brigades") in got
    assert all(target == "giants-brigades" for _, target in got)  # the patron word is not the militia


def test_an_aside_naming_the_coalition_is_the_patron_not_the_collaborators() -> None:
    got = frames("وأعلنت الداخلية في صنعاء ملاحقة الشبكات العميلة للعدوان (في إشارة إلى التحالف العربي) في المدينة.")
    assert [t for _, t in got] == ["saudi-coalition-yemen"]
    assert "عدوان" in got[0][0]


def test_a_term_after_a_term_with_a_preposition_is_no_second_label_on_the_same_people() -> None:
    got = frames("وقال المتحدث إن القوات العميلة للعدوان تراجعت عن مواقعها قرب الحديدة بعد اشتباكات عنيفة.")
    assert all("عدوان" not in term for term, _ in got)


def test_the_pmf_named_without_its_adjective() -> None:
    assert ("ميليشيات", "pmf") in frames("وقال ناشطون إن ميليشيات الحشد أطلقت النار على المحتجين وسط البصرة.")
    assert frames("وأكد مصدر أمني أن فصائل الحشد انسحبت من الطريق الدولي قرب بيجي.") == []
    got = frames("وقال ناشطون إن فصائل الحشد الولائية هاجمت مكاتب الحزب في البصرة.")
    assert got and all(t == "pmf" for _, t in got)


def test_a_name_whose_quoted_part_is_its_third_word() -> None:
    got = frames('واتهم النائب ميليشيا عصائب أهل "الحق" بخطف الناشط من منزله في بغداد.')
    assert ("ميليشيا", "asaib") in got
