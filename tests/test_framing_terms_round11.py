"""Framing, round 11, second part (framing pack 22, actors 1.34.0): loaded terms of state, party and opposition
outlets that the pack lacked (proxy constructs وكلاء/أذرع, أزلام/أذناب, الصفوية, النصيرية, الظلاميين,
الكهنوتية/السلالية, زمرة المنافقين, الحشد الطائفي, هلاك/نفوق of an enemy's men; pack 23: نظام الحمدين), each
with the literal uses that must stay out. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import framing_pairs


def frames(text: str, published: str = "2018-06-01") -> list[tuple[str, str | None]]:
    return framing_pairs(text, published)


def test_proxies_of_a_state_are_the_iran_backed_militias_whichever_name_of_the_patron() -> None:
    # وكلاء إيران was already a name of the militias; وكلاء طهران now is too, so the label lands on the same party
    assert frames("وحذر الوزير من أن وكلاء إيران يخططون لضرب السفن في الخليج.") == [
        ("وكلاء", "iran-backed-militias")]
    assert frames("ونددت واشنطن بالصواريخ التي أطلقها وكلاء طهران على قاعدة عين الأسد.") == [
        ("وكلاء", "iran-backed-militias")]


def test_proxies_of_a_state_with_no_name_of_their_own_label_the_patron() -> None:
    assert frames("واتهم المتحدث وكلاء روسيا في ليبيا بزرع الألغام حول سرت.") == [("وكلاء", "russia")]


def test_arms_of_a_state_are_a_proxy_label() -> None:
    assert frames("وقال المسؤول إن أذرع طهران في العراق تعرقل تشكيل الحكومة.") == [
        ("أذرع", "iran-backed-militias")]


@pytest.mark.parametrize("text", [
    "واجتمع وكلاء الوزارة مع ممثلي المنظمات الإنسانية في صنعاء.",
    "وسمح القاضي لوكلاء مكتب التحقيقات الفيدرالي بتفتيش المنزل.",
    "ورفعت أذرع الرافعات الكتل الخرسانية إلى سطح المبنى.",
])
def test_agents_undersecretaries_and_cranes_are_no_proxies(text: str) -> None:
    assert frames(text) == []


def test_henchmen_of_the_regime() -> None:
    assert frames("وقتل ثلاثة من أزلام النظام السوري في كمين قرب بصرى الشام.") == [("أزلام", "syr-gov-assad")]


def test_lackeys_of_a_state_and_possessed_henchmen() -> None:
    assert frames("واتهم البيان أذناب إيران بإشعال الفتنة في البصرة.") == [("أذناب", "iran")]
    assert frames("ولن تنفع دعاية أردوغان وأزلامه في إخفاء الهزيمة.") == [("أزلامه", "erdogan")]


def test_safavid_after_a_militia_name() -> None:
    got = frames("وشنت الميليشيات الصفوية هجوما على قرى ريف حلب الجنوبي.")
    assert got == [("الميليشيات", "militias-unspecified"), ("الصفوية", "militias-unspecified")]


@pytest.mark.parametrize("text", [
    "وبني الجسر التاريخي في العصر الصفوي في أصفهان.",
    "واعترفت الدولة الصفوية في القرن السادس عشر باستقلال الإمارة.",
])
def test_safavid_of_history_is_no_label(text: str) -> None:
    assert frames(text) == []


def test_nusayris_name_the_assad_government_or_army() -> None:
    got = frames("وقال تنظيم داعش إن مقاتله قتل عشرات النصيرية عند حاجز للجيش السوري قرب تدمر.")
    assert got == [("النصيرية", "syr-army-assad")]


def test_a_surname_nusayri_is_no_label() -> None:
    assert frames("وسجل المهاجم المغربي يوسف النصيري هدف التعادل في الدقيقة الأخيرة.") == []


def test_obscurantists_are_the_jihadist_group_of_the_sentence() -> None:
    got = frames("وقال الوزير الأردني إن المملكة ستبقى عصية على الظلاميين بعد هجوم تبناه تنظيم داعش.")
    assert got == [("الظلاميين", "isis")]


def test_priestly_after_the_houthis_and_not_after_a_church_rank() -> None:
    got = frames("ودعا الرئيس اليمنيين إلى الانتفاض ضد الحوثي الكهنوتي الذي أهان كرامتهم.")
    assert got == [("الكهنوتي", "houthis")]
    assert frames("وقال القيادي إن ميليشيا الحوثي السلالية تواصل قصف الأحياء في تعز.") == [
        ("ميليشيا", "houthis"), ("السلالية", "houthis")]
    assert frames("وجردت الكنيسة الراهب من رتبته الكهنوتية بعد التحقيق.") == []


def test_the_clique_of_hypocrites_is_the_mek() -> None:
    got = frames("وقال المتحدث إن زمرة المنافقين، أي منظمة مجاهدي خلق، تقف وراء الهجوم في الأهواز.")
    assert ("زمرة المنافقين", "mek") in got


def test_the_sectarian_mobilisation_is_the_pmf() -> None:
    got = frames("واتهم النائب السني الحشد الطائفي بتهجير أهالي القرى، فيما نفت قيادة الحشد الشعبي ذلك.")
    assert ("الحشد الطائفي", "pmf") in got


def test_perishing_of_an_enemy_s_men() -> None:
    assert frames("وأكدت مصادر ميدانية هلاك عدد من مسلحي تنظيم داعش في البادية.") == [("هلاك", "isis")]
    assert frames("وأعلن الجيش نفوق عشرات من عناصر داعش في قصف على وادي حوران.") == [("نفوق", "isis")]


@pytest.mark.parametrize("text", [
    "وتسببت موجة الحر في نفوق آلاف الأسماك في بحيرات العراق.",
    "وحذر الرئيس من أن الحرب تقود البلاد إلى الهلاك.",
])
def test_literal_death_of_beasts_and_ruin_are_no_label(text: str) -> None:
    assert frames(text) == []


def test_the_regime_of_the_two_hamads_is_qatar() -> None:
    got = frames("وقال المعارض إن سياسة نظام الحمدين أبعدت قطر عن جيرانها العرب.")
    assert got == [("نظام الحمدين", "qatar")]


def test_a_plain_regime_before_a_ruler_s_name_is_no_label() -> None:
    assert frames("ويتهم المدافعون عن حقوق الإنسان نظام السيسي بتقييد الحريات في مصر.") == []
