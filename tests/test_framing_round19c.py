"""Framing, round 19c (FR): a bare rebel word never means the forces a government backs (AFP's القوات الموالية
للحكومة in a Yemen story), and the fighters a rebel word keeps away from are the ones its own family shows fighting,
not those fighting another term of its wide category (the Houthis «التصدي للعدوان»). Sentences written for these
tests."""

from __future__ import annotations

from tests.conftest import framing_pairs


def frames(text: str, published: str = "2018-06-20") -> list[tuple[str, str | None]]:
    return framing_pairs(text, published)


# the government-backed forces are named more often than the Houthis: still the rebels are the Houthis
BACKED = ("تقدمت القوات الموالية للحكومة في اليمن نحو مطار الحديدة. وقالت القوات الموالية للحكومة إنها سيطرت على "
          "مداخل المطار. وأضافت القوات الموالية للحكومة أنها تلقت دعما جويا. وكان الحوثيون قد سيطروا على المدينة "
          "قبل أعوام. وتواصل القوات الموالية للحكومة القتال ضد المتمردين في محيط الميناء، فيما حفر المتمردون خنادق "
          "في الشوارع.")


def test_rebels_are_not_the_government_backed_forces() -> None:
    pairs = frames(BACKED)
    assert ("المتمردين", "houthis") in pairs
    assert ("المتمردون", "houthis") in pairs


def test_rebels_with_only_government_backed_forces_named_mean_no_one() -> None:
    text = ("تقدمت القوات الموالية للحكومة في اليمن نحو مطار الحديدة. وقالت القوات الموالية للحكومة إنها سيطرت "
            "على مداخل المطار. وتواصل القوات الموالية للحكومة القتال ضد المتمردين في محيط الميناء.")
    assert [p for p in frames(text) if p[0] == "المتمردين"] == []


def test_fighting_another_term_of_the_category_does_not_keep_the_rebel_word_away() -> None:
    text = ("قال زعيم جماعة الحوثي إن مقاتلي جماعة الحوثي مستعدون للتصدي للعدوان في الساحل. وأكدت جماعة الحوثي "
            "أنها أرسلت تعزيزات إلى الحديدة. وأعلنت جماعة الحوثي أن مقاتليها صدوا هجوما. "
            "وتسعى القوات الحكومية إلى طرد المتمردين من الميناء الخاضع لسيطرة المتمردين منذ سنوات.")
    assert ("المتمردين", "houthis") in frames(text)
