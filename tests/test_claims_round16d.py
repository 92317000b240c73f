"""Claims, round 16d: with no أن/إن to close it, the subject of a participle's claim (هاجم …، معتبرا أن) is the
first person after the verb, never a longer name inside the object; a Latin initial written out (إي، إف، دبليو)
between two name words is part of the name, while إن after a name still opens the content clause; the definite
nouns of person-held callings (الممرضة، المسعف، المعلمة) with a plain word after them are a named person."""

from __future__ import annotations

from tests.conftest import full_claims, mention_refs


def _sources(text: str) -> list[list[tuple[str, str, str | None]]]:
    return [[(s.kind, s.text, s.entity) for s in c.sources] for c in full_claims(text)]


def test_a_participle_claim_has_the_first_person_after_the_verb_for_teller() -> None:
    text = ("انتقد المندوب الأمريكي جون بولتون نجل الرئيس الفنزويلي نيكولاس مادورو غيرا في مقابلة تلفزيونية، "
            "معتبرا أنه يدير شبكة فساد.")
    [[(kind, said, ent)]] = _sources(text)
    assert (kind, said) == ("person", "المندوب الأمريكي جون بولتون")
    refs = mention_refs(text, types=("person",))
    assert ent is not None and "جون بولتون" in refs


def test_a_title_and_its_holder_right_after_another_person_stay_one_teller() -> None:
    text = "التقى مستشار الرئيس ترامب جون بولتون نظيره الروسي في جنيف، مؤكدا أن اللقاء كان مثمرا."
    [[(kind, said, _ent)]] = _sources(text)
    assert (kind, said) == ("person", "مستشار الرئيس ترامب جون بولتون")


def test_a_latin_initial_between_two_name_words_is_part_of_the_name() -> None:
    assert "روبرت إي كيلي" in mention_refs("وقال البروفيسور روبرت إي كيلي إن الحرب ستطول.", types=("person",))
    assert "روبرت إي لي" in mention_refs("قاد الجنرال روبرت إي لي جيشا كبيرا في الحرب.", types=("person",))


def test_a_teller_runs_across_an_initial_and_not_past_the_particle() -> None:
    [[(kind, said, _e)]] = _sources("وقال الأستاذ روبرت إي كيلي إن الحرب في المنطقة ستطول.")
    assert (kind, said) == ("person", "الأستاذ روبرت إي كيلي")
    [[(kind, said, _e)]] = _sources("وقال الجنرال روبرت إي لي إن الجيش سينسحب من المدينة.")
    assert (kind, said) == ("person", "الجنرال روبرت إي لي")


def test_inna_after_a_name_is_the_particle_not_an_initial() -> None:
    refs = mention_refs("وقال ترامب إن بوتين رجل قوي يصعب التفاوض معه.", types=("person",))
    assert "ترامب" in refs and "بوتين" in refs and not any("إن" in m.split() for m in refs)


def test_a_feminine_calling_and_a_given_name_is_a_named_person() -> None:
    [[(kind, said, _e)]] = _sources("وقالت الممرضة سارة إن المستشفى امتلأ بالجرحى منذ الصباح.")
    assert (kind, said) == ("person", "الممرضة سارة")
    [[(kind, said, _e)]] = _sources("وقالت المسعفة ليلى إن سيارات الإسعاف لم تصل إلى الحي.")
    assert (kind, said) == ("person", "المسعفة ليلى")


def test_an_unnamed_woman_doctor_is_anonymous_not_an_official() -> None:
    [[(kind, said, _e)]] = _sources("وقالت الطبيبة إن المستشفى امتلأ بالجرحى منذ الصباح.")
    assert (kind, said) == ("anonymous", "الطبيبة")
