"""A backed group joined to a noun that a state's nisba qualifies, a state blamed after «إلى», and the short
name «دولة العراق والشام». The sentences are written for these tests."""

import marsad
from tests.conftest import people


def _ents(text: str, published: str = "2018-06-01") -> list[tuple[str, str | None, str | None, list[str]]]:
    art = marsad.analyze(text, published=published)
    return [(e.type, e.ref, e.name, [m.text for m in e.mentions]) for e in art.entities]


def _backers(text: str) -> set[str | None]:
    return {name for t, _, name, ms in _ents(text) if t == "actor" and name and name.startswith("forces backed by")}


def test_backed_group_after_a_nisba_noun_belongs_to_that_state() -> None:
    text = "وترى إسرائيل نفسها مهددة بالانتشار الإيراني والمجموعات التابعة له على حدودها الشمالية."
    assert _backers(text) == {"forces backed by Iran"}


def test_backed_group_after_or_and_an_indefinite_nisba_noun() -> None:
    text = "وطلبت تل أبيب من موسكو ضمان ألا تقترب أي وحدات تركية أو فصائل موالية لها من المنطقة."
    assert _backers(text) == {"forces backed by Turkey"}


def test_backed_group_after_a_pack_army_keeps_the_army() -> None:
    text = "وقصف الجيش الروسي والفصائل الموالية له مواقع قرب البلدة."
    assert "forces backed by Turkey" not in _backers(text)
    assert len(_backers(text)) == 1


def test_state_blamed_after_ila_is_a_party() -> None:
    text = "وبعد انفجار المستودع وجهت الحكومة اللوم إلى إسرائيل."
    got = {(t, ref) for t, ref, _, _ in _ents(text)}
    assert ("actor", "israel") in got


def test_blame_pointed_at_a_capital_is_the_state() -> None:
    text = "ووجه الوزير البريطاني أصابع الاتهام مباشرة إلى موسكو في قضية التسميم."
    got = {(t, ref) for t, ref, _, _ in _ents(text)}
    assert ("actor", "russia") in got


def test_travel_to_a_state_stays_a_place() -> None:
    text = "ووصل الوفد إلى إسرائيل صباح الاثنين في زيارة تستمر يومين."
    got = {(t, ref) for t, ref, _, _ in _ents(text)}
    assert ("actor", "israel") not in got


def test_so_called_state_of_iraq_and_sham_is_isis() -> None:
    text = "وقال المسؤول إن ما يسمى بدولة العراق والشام فرض حصارا على القرية."
    got = {ref for t, ref, _, _ in _ents(text) if t == "actor"}
    assert "isis" in got


def test_body_name_after_an_indefinite_body_noun_is_no_person() -> None:
    text = "وأكد رئيس لجنة تقصي الحقائق الدولية خالد منصور أن التقرير سيصدر قريبا."
    got = people(text)
    assert "خالد منصور" in got
    assert not any("تقصي" in p for p in got)


def test_body_name_after_a_body_noun_with_la_is_no_person() -> None:
    text = "وقالت المديرة التنفيذية لمنظمة رعاية الأيتام إن المساعدات توقفت."
    assert not any("رعاية" in p for p in people(text))


def test_la_on_a_noun_after_a_title_is_no_name() -> None:
    text = "وقال الموفد الدولي لحل الأزمة إن جولة جديدة ستعقد الشهر المقبل."
    assert people(text) == set()


def test_participle_plural_in_construct_is_no_name() -> None:
    text = "وقال منسقو الإغاثة إن عدد الجرحى ارتفع إلى عشرين."
    assert people(text) == set()


def test_verbal_noun_in_aya_after_a_title_is_no_name() -> None:
    text = "واعتبر وزير الدفاع رعاية الجرحى واجبا على الدولة."
    assert not any("رعاية" in p for p in people(text))


def test_given_name_with_la_still_opens_a_name() -> None:
    text = "وقال المتحدث لؤي الحسيني إن القصف استمر حتى الفجر."
    assert "لؤي الحسيني" in people(text)


def test_preposition_after_a_plural_noun_opens_no_name() -> None:
    text = "وشاهد المصور عناصر من الهلال الأحمر يحملون جريحا إلى الإسعاف."
    assert people(text) == set()
