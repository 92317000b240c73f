"""Entities, round 14c (sentences written for the tests): a common noun opening a span read as a person's
name (حملة، دور، تاجر) heads a construct and opens no name; a cue noun licenses only a bare outlet name of its
own kind (وكالة is no newspaper's cue); المسلة and الأناضول as a word and a region are no outlets."""

from __future__ import annotations

import pytest

import marsad
from marsad.stages import names
from marsad.textnorm import fold_text
from tests.conftest import people


def _outlet_refs(text: str) -> set[str]:
    art = marsad.analyze(text, published="2019-05-01")
    return {e.ref or e.name for e in art.entities if e.type == "outlet"}


@pytest.mark.parametrize("word", ["حملة", "دور", "شريط", "تاجر", "مقطع"])
def test_common_nouns_are_construct_heads(word: str) -> None:
    assert names.common_head(fold_text(word))


@pytest.mark.parametrize("word", ["محمد", "سجاد", "أبو", "الحملة", "جو"])
def test_given_names_kunyas_and_definite_words_are_not(word: str) -> None:
    assert not names.common_head(fold_text(word))


def test_a_campaign_after_a_role_is_no_person() -> None:
    got = people("وتعرض البريد الإلكتروني لمدير حملة ساندرز الانتخابية للاختراق قبل أسابيع من التصويت.")
    assert not any(p.startswith("حملة") for p in got)


def test_a_role_noun_before_a_definite_body_is_no_person() -> None:
    got = people("وقال المحقق إن كشف دور القنصلية في العملية أجبر الحكومة على طرد دبلوماسيين.")
    assert not any(p.startswith("دور") for p in got)


def test_a_trader_is_no_person_but_a_colleague_keeps_the_name_after_him() -> None:
    assert not any(p.startswith("تاجر") for p in people("وقال تاجر قماش في السوق القديمة إن الأسعار تضاعفت."))
    got = people("وقال المدرب إن زميله ماتيو غيندوزي قدم مباراة كبيرة أمام الخصم.")
    assert not any(p.startswith("زميله") for p in got)


def test_an_agency_cue_does_not_license_a_newspapers_bare_name() -> None:
    # الأخبار is a Lebanese paper's bare name; «وكالة الأخبار» is another outlet, an agency
    assert "alakhbar" not in _outlet_refs("وتبنت الجماعة الهجوم في بيان أرسلته إلى وكالة الأخبار المستقلة في نواكشوط.")
    assert "alakhbar" in _outlet_refs("وقالت صحيفة الأخبار إن الاجتماع عقد مساء الأحد في بيروت.")


def test_a_newspaper_cue_does_not_license_a_channels_bare_name() -> None:
    assert "aljazeera" not in _outlet_refs("ونشرت صحيفة الجزيرة السعودية مقالا عن الموازنة الجديدة.")
    assert "aljazeera" in _outlet_refs("وقال مراسل قناة الجزيرة إن القصف استمر حتى الفجر.")


def test_the_obelisk_and_anatolia_are_no_outlets() -> None:
    assert "almasalah" not in _outlet_refs("ونقلت السلطات المسلة الفرعونية إلى ساحة المتحف الجديد.")
    assert "almasalah" in _outlet_refs("وذكر موقع المسلة أن الكتل اتفقت على مرشحها.")
    assert "anadolu" not in _outlet_refs("وضرب زلزال قوي مناطق واسعة في جنوب الأناضول فجر الاثنين.")
    assert "anadolu" in _outlet_refs("وقال الوزير في تصريح للأناضول إن المحادثات ستستمر.")
