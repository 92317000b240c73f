"""Person names no pack knows: foreign given names, a glued particle or kunya, and the words that end a name
or show a span is none (a people plural, a role's adjectives, an adverb, a charge noun, a definite
feminine adjective, a noun with ـه). The sentences and names are written for these tests."""

import marsad
from tests.conftest import people


def test_foreign_given_name_with_a_glued_preposition_loses_it() -> None:
    got = people("وفي رسالة لجيفري بالمرستون قال الدبلوماسي إن المحادثات ستستمر.")
    assert "جيفري بالمرستون" in got
    assert not any(m.startswith("لجيفري") for m in got)


def test_foreign_given_name_after_a_comma_role() -> None:
    got = people("وقال المتحدث باسم الخارجية البلغارية، فاسيلي دراغانوف، إن بلاده ترفض القرار.")
    assert "فاسيلي دراغانوف" in got


def test_ambiguous_foreign_name_is_no_name_on_its_own() -> None:
    # سام is 'poisonous' too: only after a role does it open a name
    assert people("وأطلق المسلحون غاز سام كثيف على الحي.") == set()


def test_his_win_is_no_given_name() -> None:
    assert people("وحقق المنتخب فوزه الثالث على التوالي في البطولة.") == set()


def test_particle_an_with_its_hamza_opens_no_name() -> None:
    got = people("وذكر البيان أن المقدم كاظم هو قائد اللواء وأن رحمتي مسؤول عن التمويل فيه.")
    assert not any(m.startswith("وأن") for m in got)


def test_people_plural_after_a_speech_verb_is_no_person() -> None:
    assert people("وقال عمال الإغاثة إن الطرق إلى المخيم مقطوعة منذ أيام.") == set()
    assert people("وقال سكان البلدة إن القصف استمر طوال الليل.") == set()


def test_role_adjectives_are_no_name() -> None:
    assert people("وكشف مسؤول تنفيذي فيدرالي لوكالة محلية تفاصيل التحقيق.") == set()


def test_adverb_and_charge_noun_end_a_name() -> None:
    got = people("وقال القاضي روبرت هالوران مؤخرا إن الملف لم يغلق.")
    assert "روبرت هالوران" in got
    got = people("وأدانت المحكمة بأبو عمر الألماني بتهمة الانتماء إلى تنظيم متشدد.")
    assert "أبو عمر الألماني" in got


def test_definite_feminine_adjective_after_a_given_name_is_not_his() -> None:
    got = people("ورد الوزير على تصريحات فرانك الكاذبة في المؤتمر الصحفي.")
    assert not any("الكاذبة" in m for m in got)


def test_family_name_in_ta_marbuta_stays() -> None:
    got = people("وقال المتحدث باسم الوزارة أشرف القدرة إن عدد الجرحى ارتفع.")
    assert "أشرف القدرة" in got


def test_noun_with_his_pronoun_ends_a_name() -> None:
    got = people("وسيبدأ الطالب لوران بيترسن دراسته في الجامعة الشهر المقبل.")
    assert "لوران بيترسن" in got
    assert not any("دراسته" in m for m in got)


def test_given_name_that_folds_to_the_article_starts_the_name() -> None:
    got = people("وقال العميل السابق ألكسندر كوفالينكو إن الجهاز تعقبه لسنوات.")
    assert "ألكسندر كوفالينكو" in got


def test_outlet_noun_with_lam_ends_a_name() -> None:
    got = people("وقال المقدم حامد سعيد الغامدي لتلفزيون محلي إن الحريق أخمد.")
    assert "حامد سعيد الغامدي" in got


def test_given_name_that_is_also_a_word_after_a_role_stays() -> None:
    got = people("وقال العقيد معمر الزاوي إن الدورية تعرضت لكمين قرب الحدود.")
    assert "معمر الزاوي" in got


def _actors(text: str) -> set[str]:
    art = marsad.analyze(text, published="2018-06-01")
    return {m.text for e in art.entities if e.type == "actor" for m in e.mentions}


def test_quoted_name_of_an_exercise_law_or_march_is_no_group() -> None:
    assert "زاباد 2021" not in _actors('وأجرت القوات سلسلة من المناورات البحرية المعروفة باسم "زاباد 2021" قرب الساحل.')
    assert "قانون الجمعيات" not in _actors('وأثار ما يعرف بـ"قانون الجمعيات" جدلا واسعا في البرلمان.')
    assert "مسيرة الكرامة" not in _actors('وخرج المئات فيما يسمى "مسيرة الكرامة" وسط المدينة.')


def test_quoted_name_after_a_naming_cue_is_still_a_group() -> None:
    assert "سرايا الفجر" in _actors('وأعلنت جماعة جديدة تحت اسم "سرايا الفجر" مسؤوليتها عن الهجوم.')
