"""Round 20b: wrong person spans from the name patterns — an indefinite accusative (adverb, ḥāl participle)
opening a name, a landmark head noun (جبل، سهل ...) after a title, digits glued to a name's last word, and a
hamza-final common noun (نداء) after a full name."""

from tests.conftest import people


def test_circumstantial_participle_after_title_is_no_name() -> None:
    got = people("وفي المساء، خرج الأمير مرتديا ثيابا رياضية ومنتعلا حذاء أبيض.")
    assert not any("مرتديا" in p for p in got)


def test_adverb_in_accusative_before_its_complement_is_no_name() -> None:
    got = people("وعين الوزير الجديد السيد خلفا لسمير حداد في المنصب.")
    assert not any("خلفا" in p for p in got)


def test_landmark_head_after_title_is_no_person() -> None:
    assert not any("جبل" in p for p in people("وسيزور الأمير جبل المكبر في القدس."))


def test_digits_glued_to_a_name_end_it() -> None:
    assert "محمود أبو سالم" in people("وقال الشاب محمود أبو سالم19) عاما) إن الشارع غاضب.")


def test_hamza_final_noun_after_full_name_is_the_object() -> None:
    got = people("وأمس وجه موشيه أرينز نداء إلى الحكومة للإفراج عنه.")
    assert "موشيه أرينز" in got and not any("نداء" in p for p in got)


def test_names_that_look_alike_are_kept() -> None:
    assert "صوفيا لورين" in people("وقالت الممثلة صوفيا لورين إن الفيلم جميل.")
    assert "موسى علاء الدين" in people("واستقبل الوزير موسى علاء الدين في مكتبه.")


def test_preposition_on_definite_noun_opens_no_recognised_name() -> None:
    from marsad.stages.names import not_a_person
    from marsad.textnorm import fold_text

    assert not_a_person([fold_text("للكاهن"), fold_text("يوحنا")])
    assert not not_a_person([fold_text("لينا"), fold_text("الحسيني")])


def test_company_after_group_noun_is_no_person() -> None:
    from marsad.stages.ner import after_non_person_noun
    from marsad.textnorm import fold_text

    text = fold_text("وفازت مجموعة نورثروب غرومان بالعقد")
    assert after_non_person_noun(text, text.index("نورثروب"))
