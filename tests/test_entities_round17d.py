"""Round 17d, entities: the SPLA-IO rebels under their army's name are no state army, the IRGC named with a
militia word is the Guard itself, not the collective of Iran's proxies, and جو ('atmosphere') before a definite common
word is no person, nor is a saint's name after سانت/سان."""

import pytest

from tests.conftest import mention_refs, people


@pytest.mark.parametrize("text", [
    "وشن الجيش الشعبي لتحرير السودان – في المعارضة هجوما على مواقع حكومية قرب بلدة الناصر.",
    "وقال ناطق باسم الجيش الشعبي لتحرير السودان - في المعارضة إن مقاتليه صدوا الهجوم.",
    "واتهم الجيش الشعبي لتحرير السودان في المعارضة القوات الحكومية بخرق الهدنة.",
])
def test_spla_io_is_the_rebels_not_the_state_army(text: str) -> None:
    refs = mention_refs(text, types=("actor",))
    assert "splm-io" in refs.values()
    assert "spla" not in refs.values()


def test_bare_spla_stays_the_state_army() -> None:
    refs = mention_refs("وأعلن الجيش الشعبي لتحرير السودان أنه استعاد السيطرة على بلدة في ولاية الوحدة.",
                        types=("actor",))
    assert "spla" in refs.values()
    assert "splm-io" not in refs.values()


@pytest.mark.parametrize("text", [
    "واتهمت واشنطن ميليشيات الحرس الثوري الإيراني بتهريب الوقود عبر الخليج.",
    "وتسيطر مليشيات الحرس الثوري على المنافذ البحرية في الجنوب.",
])
def test_militia_word_before_the_irgc_is_the_irgc(text: str) -> None:
    refs = mention_refs(text, types=("actor",))
    assert "irgc" in refs.values()
    assert "iran-backed-militias" not in refs.values()


def test_militias_under_the_irgc_stay_the_collective() -> None:
    refs = mention_refs("وانسحبت الميليشيات التابعة للحرس الثوري من محيط البلدة.", types=("actor",))
    assert "iran-backed-militias" in refs.values()


@pytest.mark.parametrize("text", [
    "وقال دبلوماسي مصري إن جو التعاون بين القاهرة وعمان بشأن الملف جيد.",
    "وحذر الوزير من جو الانقسام الذي يسود البرلمان منذ أسابيع.",
])
def test_jo_before_a_definite_common_word_is_no_person(text: str) -> None:
    assert not [m for m in people(text) if m.startswith("جو")]


@pytest.mark.parametrize("text, name", [
    ("وقال جو الخوري إن الحفل تأجل إلى الشهر المقبل.", "جو الخوري"),
    ("وأكد النائب الأمريكي جو مانشن أن التصويت سيجري غدا.", "جو مانشن"),
])
def test_jo_before_a_family_name_stays_a_person(text: str, name: str) -> None:
    assert name in people(text)


@pytest.mark.parametrize("text", [
    "وأقيم العزاء في كنيسة سانت مارتن الأسقفية بمدينة بوسطن.",
    "وتخرج الشاب من مدرسة سانت جورج الثانوية قبل عامين.",
])
def test_a_saints_name_is_no_person(text: str) -> None:
    assert not [m for m in people(text) if "مارتن" in m or "جورج" in m]


def test_saint_petersburg_stays_a_place_and_aung_san_a_person() -> None:
    assert "أونغ سان سو تشي" in people("وقالت الزعيمة أونغ سان سو تشي إن الحكومة ستحقق في الأحداث.")
    refs = mention_refs("وقال الوزير الروسي في سانت بطرسبرغ إن المحادثات ستستمر.")
    assert "سانت بطرسبرغ" in refs
