"""Claims, round 18c: a definite family name told to an outlet ends before it, a quoted phrase after لـ is an
outlet only when known, a body known by one bare word before its present verb tells."""

from tests.conftest import claim_chains


def test_definite_name_ends_before_correspondent_spoken_to() -> None:
    chains = claim_chains("وقال الزعبي لمراسل الجزيرة إن الاشتباكات توقفت عند أطراف البلدة.")
    assert chains == [[("outlet", "الجزيرة"), ("person", "الزعبي")]]


def test_definite_name_ends_before_outlet_spoken_to() -> None:
    chains = claim_chains("وقال العبيدي لبي بي سي إن الطريق إلى المعبر أعيد فتحه.")
    assert chains == [[("outlet", "بي بي سي"), ("person", "العبيدي")]]


def test_definite_name_ends_before_outlet_noun_spoken_to() -> None:
    chains = claim_chains("وقال الدليمي لوكالة رويترز إن المسلحين انسحبوا من القرية.")
    assert chains == [[("outlet", "وكالة رويترز"), ("person", "الدليمي")]]


def test_quoted_slogan_after_lam_is_no_outlet() -> None:
    chains = claim_chains('اتهمت منظمات غير حكومية ألمانيا بتقديم السلاح للحكومة خلال الأعوام الماضية '
                          'لـ"قمع المحتجين في الشوارع".')
    assert chains == [[("official", "منظمات")]]


def test_quoted_known_outlet_after_lam_stays() -> None:
    chains = claim_chains('وقال الوزير لـ"فرانس برس" إن المفاوضات ستستأنف الأسبوع المقبل.')
    assert chains == [[("outlet", "فرانس برس"), ("official", "الوزير")]]


def test_bare_body_before_present_verb_of_accusing() -> None:
    assert claim_chains("أوكسفام تتهم الأطراف المتحاربة بعرقلة وصول الغذاء") == [[("official", "أوكسفام")]]


def test_bare_body_after_conjunction_before_verb() -> None:
    chains = claim_chains("وأعلنت الحكومة فتح المعابر، وأمنستي تقول إن المعتقلين ما زالوا محتجزين.")
    assert [("official", "أمنستي")] in chains
