"""Claims, round 11 (third pass; sentences written for the tests): نسبه إلى / نسبة إلى name a doer or what a name
comes from, never a teller, while نُسب إلى فلان قوله still reports him; a document named inside quoted words is
never an inner teller; a written or imperfect passive of اتهم (وتُتهم، ويتهم فلان بـ) tells nothing; the و before
a possessed title (ومحاميها) is no part of the teller."""

from __future__ import annotations

import pytest

from tests.conftest import claim_chain, full_claims


def _chains(text: str) -> list[list[tuple[str, str]]]:
    return [claim_chain(c) for c in full_claims(text)]


@pytest.mark.parametrize("text", [
    "وقال الجيش إن الهجوم وقع ليلا، ونسبه إلى تنظيم الدولة الإسلامية.",
    "وأطلق عليه اسم أبو النصر نسبة إلى جده الذي قاتل في الحرب.",
    "وعرف المبنى باسم المكعب، نسبة إلى المهندس الذي صممه.",
])
def test_ascribed_deed_or_name_origin_no_teller(text: str) -> None:
    for chain in _chains(text):
        assert all(kind != "official" or "الجيش" in src for kind, src in chain), chain
        assert not any("تنظيم" in src or "جده" in src or "المهندس" in src for _kind, src in chain), chain


@pytest.mark.parametrize("text, teller", [
    ("ونسب إلى لافروف قوله أيضا إن موسكو أبلغت واشنطن بالضربات.", "لافروف"),
    ("ونُسب إلى الوزير قوله إن الحكومة لن تتراجع عن قرارها.", "الوزير"),
    ("ونسبت الوكالة إلى لافروف القول إنه مقتنع بأن الحرب لن تقع.", "لافروف"),
])
def test_ascribed_saying_reports_the_one_ascribed(text: str, teller: str) -> None:
    chains = _chains(text)
    assert chains and chains[0][-1][1] == teller, chains


def test_ascribed_deed_with_no_saying_no_claim() -> None:
    assert _chains("ونسب إلى الحركة إطلاق الصواريخ على البلدات الحدودية.") == []


@pytest.mark.parametrize("quote", ['"الرسالة وصلت إلى الطرف الآخر"', '"النتائج ستعلن خلال أيام"'])
def test_document_inside_quote_no_inner_teller(quote: str) -> None:
    chains = _chains(f"وقال الوزير إن المفاوضات مستمرة. وأضاف {quote}.")
    assert chains[-1] == [("official", "الوزير")], chains


def test_document_object_still_inner_teller() -> None:
    chains = _chains("وقال الوزير إن المفاوضات مستمرة. وأكد وجود تقارير استخباراتية حذرت من هجمات.")
    assert chains[-1][-1][0] == "document", chains


@pytest.mark.parametrize("text", [
    "وقال المحامي سمير خليل إن موكله بريء. ويتهم خليل بتمويل جماعة محظورة.",
    "وقال السفير إن المحاكمة سياسية. وتتهم الصحافية بنشر أخبار كاذبة.",
    "وتُتهم الحكومة، مثلها مثل فصائل أخرى، باستخدام التجويع سلاحا.",
    "ويُتهم الجيش بقصف الأحياء السكنية.",
])
def test_passive_accusation_no_teller(text: str) -> None:
    chains = _chains(text)
    assert all(not any(w in c[0][1] for w in ("خليل", "السفير", "الحكومة", "الجيش")) for c in chains[1:]), chains
    assert not any(c and c[0][1] in ("الحكومة", "الجيش") for c in chains), chains


def test_elided_subject_accusation_goes_on() -> None:
    chains = _chains("وقال الزفزافي إن المحاكمة سياسية. واتهم الشرطة بتحريف أقواله.")
    assert len(chains) == 2 and chains[1] == chains[0], chains


def test_possessed_title_keeps_no_conjunction() -> None:
    text = "وقالت المحامية إن موكلتها بريئة، وقال ومحاميها إن الحكم ظالم."
    claims = full_claims(text)
    src = claims[-1].sources[-1]
    assert src.text == "محاميها" and text[src.start:src.end] == "محاميها", src
