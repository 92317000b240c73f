"""Entities, round 22 (EN3): a state's branch or service named by a force noun, a branch word and the state's
nisba (القوات البحرية المصرية، أجهزة الأمن الروسية) is that state acting; Ukraine's SBU, Russia's FSB and
Russia's special forces are entries of their own; the adjective الانتقالي after a head noun is Yemen's Southern
Transitional Council only in an article about Yemen or one that names the council; التحالف الأمريكي is the
US-led coalition. The sentences are written for these tests."""

from __future__ import annotations

import pytest

import marsad


def _refs(text: str, surface: str) -> set[tuple[str, str | None, str]]:
    """(type, ref, mention text) of the entities with a mention overlapping the first `surface`."""
    start = text.index(surface)
    end = start + len(surface)
    art = marsad.analyze(text, published="2018-06-01")
    return {(e.type, e.ref, m.text) for e in art.entities for m in e.mentions if m.start < end and start < m.end}


@pytest.mark.parametrize(("text", "surface", "ref"), [
    ("أكدت القوات المسلحة القطرية مشاركتها في تمرين مشترك مع حلف الناتو الشهر المقبل.",
     "القوات المسلحة القطرية", "qatar"),
    ("قالت أجهزة الأمن الروسية إنها فككت شبكة تجسس في ضواحي العاصمة.", "أجهزة الأمن الروسية", "russia"),
    ("أعلنت القوات البحرية المصرية تسلم سفينة إنزال جديدة في ميناء الإسكندرية.",
     "القوات البحرية المصرية", "egypt"),
    ("ضبطت أجهزة الأمن اليمني شحنة أسلحة مهربة على الطريق الساحلي.", "أجهزة الأمن اليمني", "yemen"),
])
def test_branch_word_between_force_noun_and_nisba_names_the_state(text: str, surface: str, ref: str) -> None:
    assert _refs(text, surface) == {("actor", ref, surface)}


def test_proclitic_on_the_force_noun_stays_out_of_the_mention() -> None:
    text = "سقطت طائرة تدريب تابعة للقوات الجوية الجزائرية جنوب البلاد دون خسائر بشرية."
    assert _refs(text, "للقوات الجوية الجزائرية") == {("actor", "algeria", "قوات الجوية الجزائرية")}


def test_the_packs_own_name_of_a_branch_still_wins() -> None:
    text = "وصلت طائرات تابعة للقوات المسلحة الإماراتية إلى القاعدة الجوية مساء أمس."
    assert {r for _, r, _ in _refs(text, "للقوات المسلحة الإماراتية")} == {"uae-armed-forces"}


@pytest.mark.parametrize("text", [
    "أعلنت الخطوط الجوية القطرية إلغاء رحلاتها إلى المدينة بسبب العاصفة.",
    "ناقش الوزيران العلاقات البحرية المصرية الإيطالية خلال اللقاء.",
])
def test_a_branch_word_without_a_force_noun_names_no_state(text: str) -> None:
    art = marsad.analyze(text, published="2018-06-01")
    assert not [e for e in art.entities if e.type == "actor"]


@pytest.mark.parametrize(("text", "surface", "ref"), [
    ("قال جهاز الأمن الأوكراني إنه أحبط مخططا لتفجير محطة قطارات في الشرق.", "جهاز الأمن الأوكراني",
     "ukraine-sbu"),
    ("داهم عناصر جهاز الأمن الفيدرالي الروسي شقة في مدينة قازان واعتقلوا شخصين.", "جهاز الأمن الفيدرالي الروسي",
     "russia-fsb"),
    ("ذكرت الصحيفة أن القوات الخاصة الروسية شاركت في العملية قرب الحدود.", "القوات الخاصة الروسية",
     "russian-forces"),
])
def test_named_services_and_units(text: str, surface: str, ref: str) -> None:
    assert _refs(text, surface) == {("actor", ref, surface)}


def test_transitional_council_outside_yemen_is_not_the_stc() -> None:
    text = ("اجتمع قادة المجلس الانتقالي في بنغازي لبحث الأوضاع في طرابلس ومصراتة وسرت، "
            "وقال المجلس الانتقالي إن الانتخابات ستجري العام المقبل في ليبيا.")
    art = marsad.analyze(text, published="2012-03-01")
    assert "stc" not in {e.ref for e in art.entities}


def test_transitional_council_in_yemen_stays_the_stc() -> None:
    text = "قال المجلس الانتقالي إن قواته صدت هجوما في أبين، فيما تواصلت الاشتباكات قرب عدن ولحج."
    art = marsad.analyze(text, published="2019-08-01")
    assert [m.text for e in art.entities if e.ref == "stc" for m in e.mentions] == ["المجلس الانتقالي"]


@pytest.mark.parametrize("surface", ["التحالف الأمريكي", "التحالف الأميركي"])
def test_the_american_coalition_is_the_us_led_coalition(surface: str) -> None:
    text = f"قال مصدر عسكري إن {surface} قصف موقعا للجيش قرب دير الزور."
    assert {r for _, r, _ in _refs(text, surface)} == {"global-coalition"}


def test_an_alliance_of_two_states_is_not_the_coalition() -> None:
    text = "عاد التحالف الأمريكي-السعودي إلى الواجهة بعد زيارة الرئيس إلى الرياض."
    art = marsad.analyze(text, published="2018-06-01")
    assert "global-coalition" not in {e.ref for e in art.entities}


def test_a_second_nisba_joined_by_wa_keeps_to_its_own_word() -> None:
    text = "أجرت القوات المسلحة المصرية والفرنسية تدريبا مشتركا في البحر المتوسط الأسبوع الماضي."
    art = marsad.analyze(text, published="2018-06-01")
    got = {(e.ref, m.text) for e in art.entities for m in e.mentions if e.type == "actor"}
    assert got == {("egypt-army", "القوات المسلحة المصرية"), ("france", "الفرنسية")}


@pytest.mark.parametrize("text", [
    "وقال جون كارتر، قائد قوة مكافحة الإرهاب في شرطة المدينة، إن التحقيق مستمر.",
    "وقال قائد وحدة مكافحة المتفجرات في الشرطة إن فرقه فككت العبوة.",
])
def test_a_unit_after_a_title_is_no_person(text: str) -> None:
    art = marsad.analyze(text, published="2018-06-01")
    assert not [m.text for e in art.entities if e.type == "person" for m in e.mentions
                if m.text.startswith(("قوة", "وحدة"))]
