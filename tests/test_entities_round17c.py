"""Round 17c, entities: a description after a person's name is cut off it, a given name said alone joins the
full name, غلام opens a compound given name, a definite given name before بن, and the Sheikh of al-Azhar."""

import marsad
from tests.conftest import mention_refs, people


def _person_mentions(text: str) -> list[list[str]]:
    art = marsad.analyze(text, published="2018-06-01")
    return [sorted(m.text for m in e.mentions) for e in art.entities if e.type == "person"]


def test_indefinite_occupation_after_a_name_is_cut_off() -> None:
    got = people("وأوضح جواد تشودري سمسار العقارات في الحي أن الإيجارات ارتفعت بعد الحرب.")
    assert "جواد تشودري" in got
    assert not any("سمسار" in m for m in got)


def test_plural_of_people_after_a_given_name_is_no_name() -> None:
    got = people("وتراوح عمر الأشخاص الذين نقلوا إلى المستشفى بين عشرة وعشرين عاما.")
    assert not any("الأشخاص" in m for m in got)


def test_definite_adjective_after_a_name_is_cut_off() -> None:
    got = people("وأفرجت الشرطة عن ماهر دوغلاتي المشتبه بعد يومين من التحقيق معه.")
    assert "ماهر دوغلاتي" in got
    assert not any("المشتبه" in m for m in got)


def test_bare_given_name_joins_the_full_name_said_before() -> None:
    ents = _person_mentions("وحضرت الحفل ابنة الرئيس إيفانكا ترمب. وأظهرت الصور الرئيس مصافحاً إيفانكا "
                            "قبل العشاء. ولم يعلن عن حديث بين ايفانكا التي جلست قرب الوفد وأي مسؤول.")
    owner = [e for e in ents if "إيفانكا ترمب" in e]
    assert owner and "إيفانكا" in owner[0]
    assert not [e for e in ents if e and "إيفانكا ترمب" not in e and any("فانكا" in m for m in e)]


def test_ghulam_opens_a_compound_given_name() -> None:
    got = people("وأكد وزير الداخلية عبد الرضا رحماني فضلي وغلام حسين إسماعيلي أن الأمن مستتب في العاصمة.")
    assert "غلام حسين إسماعيلي" in got
    assert "حسين إسماعيلي" not in got


def test_definite_given_name_before_bin_opens_the_name() -> None:
    ents = _person_mentions("واجتمع الأمير الوليد بن طلال بعدد من رجال الأعمال في الرياض. وقال بن طلال إن "
                            "الاستثمار سيتضاعف.")
    full = [e for e in ents if "الوليد بن طلال" in e]
    assert full and "بن طلال" in full[0]


def test_title_before_bin_does_not_open_the_name() -> None:
    got = people("والتقى الأمير بن نايف وفدا من رجال الأعمال.")
    assert not any(m.startswith("الأمير") for m in got)


def test_sheikh_of_al_azhar_is_ahmed_el_tayeb() -> None:
    got = mention_refs("واستقبل شيخ الأزهر وفدا من رجال الدين في القاهرة، وأكد الإمام الأكبر رفضه للعنف.",
                       published="2019-02-01")
    assert got.get("شيخ الأزهر") == "ahmed-el-tayeb"
    assert got.get("الإمام الأكبر") == "ahmed-el-tayeb"


def test_plural_nisba_after_a_given_name_is_no_name() -> None:
    got = people("ويحيي الفلسطينيون اليوم ذكرى النكبة بمسيرات في رام الله وغزة.")
    assert not any("الفلسطينيون" in m for m in got)
