"""Round 18c: «عمر» as the noun of age, and actors met in unseen international pages."""

from __future__ import annotations

import pytest

from tests.conftest import mention_refs, people


@pytest.mark.parametrize("text", [
    "نقل إلى المستشفى صبي بعمر أحد عشر عاما بعد سقوط القذيفة على منزله.",
    "قالت الممرضة إن عمر الجنين لا يتجاوز أربعة أشهر.",
    "جندت الميليشيا أطفالا في عمر الـ14 للقتال على الجبهات.",
    "أصيبت امرأة بعمر 60 عاما في القصف المدفعي على الحي.",
    "مددت الدول الكبرى عمر الصراع بدعمها للأطراف المتحاربة.",
])
def test_age_noun_is_no_person(text: str) -> None:
    assert not any(p.startswith(("عمر", "بعمر")) for p in people(text)), people(text)


@pytest.mark.parametrize(("text", "name"), [
    ("وصرح عمر البشير بأن الحكومة ستفاوض المتمردين.", "عمر البشير"),
    ("استقبل المبعوث عمر الخطيب في مكتبه ببيروت.", "عمر الخطيب"),
])
def test_omar_before_family_name_stays_person(text: str, name: str) -> None:
    assert name in people(text)


@pytest.mark.parametrize(("text", "surface", "ref"), [
    ("داهمت الشرطة منزلا لأعضاء في جماعة أنصار الدولة الموالية لداعش في جاوة.", "جماعة أنصار الدولة",
     "jad-indonesia"),
    ("دعت الهيئة الوطنية العليا لمسيرات العودة سكان القطاع إلى التظاهر يوم الجمعة.",
     "الهيئة الوطنية العليا لمسيرات العودة", "great-march-committee"),
    ("اتفق حزب الرابطة مع حركة خمس نجوم على تشكيل الحكومة في روما.", "حزب الرابطة", "lega-italy"),
    ("اتفق حزب الرابطة مع حركة خمس نجوم على تشكيل الحكومة في روما.", "حركة خمس نجوم", "m5s-italy"),
])
def test_new_actors(text: str, surface: str, ref: str) -> None:
    assert mention_refs(text).get(surface) == ref
