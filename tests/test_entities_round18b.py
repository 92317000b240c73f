"""Round 18b (EN): bare «الفصائل» / «المعارضة» as mentions of the group named before, and a cue word in its own
quotes opening no name. The sentences are written for these tests."""

import marsad
from tests.conftest import event_roles


def _mentions(text: str, published: str = "2018-06-01") -> dict[str, set[str]]:
    art = marsad.analyze(text, published=published)
    return {e.ref or e.name: {m.text for m in e.mentions} for e in art.entities if e.type == "actor"}


def _ref_of(text: str, surface: str) -> str | None:
    art = marsad.analyze(text, published="2018-06-01")
    for e in art.entities:
        if any(m.text == surface for m in e.mentions):
            return e.ref or e.name
    return None


def test_bare_opposition_refers_back_to_the_named_opposition() -> None:
    text = ("وأعلنت فصائل المعارضة السورية صد هجوم على ريف حماة. "
            "وقال قيادي إن المعارضة استعادت نقطتين بعد معارك عنيفة.")
    ref = _ref_of(text, "فصائل المعارضة السورية")
    assert ref is not None and _ref_of(text, "المعارضة") == ref


def test_bare_factions_refers_back_to_the_named_factions() -> None:
    text = ("وتقدمت فصائل المعارضة المسلحة في ريف اللاذقية. "
            "وقال مصدر إن الفصائل سيطرت على تلة مطلة على الطريق.")
    ref = _ref_of(text, "فصائل المعارضة المسلحة")
    assert ref is not None and _ref_of(text, "الفصائل") == ref


def test_bare_opposition_in_a_place_clause_is_the_target_not_the_doer() -> None:
    text = ("وتقدمت فصائل المعارضة السورية في ريف درعا. "
            "وقصفت الطائرات الروسية المناطق التي تسيطر عليها المعارضة في ريف درعا الشرقي.")
    ref = _ref_of(text, "فصائل المعارضة السورية")
    roles = [r for r in event_roles(text) if "قصف" in r[0]]
    assert roles and roles[-1][1] != ref


def test_cue_word_in_its_own_quotes_opens_no_name() -> None:
    # the mark after «"ميليشيات"» closes the cue's own quote: هنا وهناك is no group
    text = 'وقال الوزير في كلمته: "نريد دولة واحدة بدون "ميليشيات" هنا وهناك".'
    assert not any("هنا" in n for ms in _mentions(text).values() for n in ms)
    text = 'وأكد النائب: "لن نقبل "فصائل" هنا وهناك في المدن".'
    assert not any("هنا" in n for ms in _mentions(text).values() for n in ms)


def test_quoted_name_after_a_cue_word_still_names_a_group() -> None:
    assert "سرايا الفجر" in {n for ms in _mentions('وأعلن مسلحون تشكيل ميليشيا "سرايا الفجر" في الريف.').values()
                             for n in ms}


def _people(text: str) -> set[str]:
    art = marsad.analyze(text, published="2018-06-01")
    return {m.text for e in art.entities if e.type == "person" for m in e.mentions}


def test_indefinite_accusative_after_a_given_name_is_no_family_name() -> None:
    # a passive participle in the accusative tells the child's state, not her family
    assert not any("مربوطا" in p for p in _people("وعثر المسعفون على الطفلة ليان مربوطا إلى عمود قرب البيت."))
    # a common noun in the accusative is the verb's object: the name is the two words before it
    people = _people("وقدم المحامي خالد عبدالرحمن بلاغا، صباح الأحد، ضد المذيعة.")
    assert "خالد عبدالرحمن" in people and not any("بلاغا" in p for p in people)


def test_family_name_in_alif_is_kept() -> None:
    assert "باراك أوباما" in _people("وقال باراك أوباما إن الاتفاق لم يكتمل.")
    assert "ماريا زخاروفا" in _people("وقالت ماريا زخاروفا إن موسكو ترفض الاتهام.")
