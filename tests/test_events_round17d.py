"""Round 17d (events precision): an attack in words by a person or official is no ATTACK: a verbal adjective
on the attack noun (لاذعا، كلاميا، شديد اللهجة), a person doer with a medium word in the sentence (في كلمته، في
تغريدة، عبر تويتر، متهما), or the press, an idea or a policy as object. A weapon, force or casualty word in the
sentence, or an armed doer, keeps the attack."""

from __future__ import annotations

import pytest


def _types(text: str) -> list[str]:
    import marsad

    return [ev["type"] for ev in marsad.analyze(text, published="2019-06-01").to_dict()["events"]]


@pytest.mark.parametrize("text", [
    # (a) a verbal adjective on the noun, behind a long subject set off by commas too
    "وشن الوزير هجوما كلاميا على نظيره في الدولة الجارة.",
    "وشن رئيس البرلمان، سليم الحسيني، أمس الأحد، هجوما لاذعا على خصومه في الائتلاف.",
    "وشن النائب هجوما شديد اللهجة على الحكومة أمام زملائه.",
    # (b) a person or official doer and a medium word
    "وهاجم الوزير المعارضة في كلمته أمام البرلمان.",
    "وهاجمت المرشحة منافسها عبر تويتر مساء أمس.",
    "وشن رئيس جهاز الاستخبارات الداخلية هجوما عنيفا على موسكو خلال محاضرة في العاصمة.",
    "وهاجم الرئيس الفرنسي نظيره البرازيلي متهما إياه بالكذب بشأن المناخ.",
    # (c) the press, an idea or a policy as object
    "وهاجم الزعيم المعارض سياسة الحكومة الاقتصادية.",
    "وشن الكاتب هجوما على الصحافة المحلية.",
])
def test_attack_in_words_is_no_attack(text: str) -> None:
    assert "ATTACK" not in _types(text)


@pytest.mark.parametrize("text", [
    # a weapon, force or casualty word keeps the attack, whatever medium is named
    "وقال الوزير في كلمته إن مسلحين هاجموا حاجزا للشرطة وقتلوا عنصرين.",
    "وشن المسلحون هجوما عنيفا على حاجز للجيش بالأسلحة الثقيلة.",
    "وهاجم مسلحون مركزا للشرطة في المدينة وقتلوا ثلاثة عناصر.",
    "وشنت القوات الحكومية هجوما على مواقع الفصائل في ريف المدينة.",
])
def test_armed_attack_stays(text: str) -> None:
    assert "ATTACK" in _types(text)
