"""Sources, round 21 (dev-g/dev-h): state broadcasters named by description are outlets, negotiators are tellers."""

from __future__ import annotations

import pytest

import marsad
from tests.conftest import claim_chains


def _outlets(text: str) -> set[str]:
    doc = marsad.analyze(text).to_dict()
    return {e["name"] for e in doc["entities"] if e["type"] == "outlet"}


@pytest.mark.parametrize(("text", "outlet"), [
    ("وأفاد التلفزيون الرسمي السوري مساء الأحد بأن الدفاعات الجوية اعترضت صواريخ فوق حمص.",
     "Syrian Arab TV (state)"),
    ("وأعلن التليفزيون العراقي اعتقال ثلاثة مسلحين قرب كركوك.", "Al Iraqiya"),
    ("وقال التلفزيون الرسمي الإيراني إن الزوارق اقتربت من الناقلة.", "IRIB (Iranian state TV)"),
    ("وذكر التلفزيون المصري الرسمي أن مسلحين هاجموا نقطة تفتيش في العريش.", "Egyptian state TV"),
    ("وأظهر التلفزيون السعودي صورا لبقايا الصاروخ الذي سقط قرب جازان.", "Saudi state TV"),
    ("وقال التلفزيون التركي الحكومي إن القوات دخلت القرية فجرا.", "TRT (Turkish state TV)"),
])
def test_state_broadcaster_by_description_is_an_outlet(text: str, outlet: str) -> None:
    assert outlet in _outlets(text)


def test_tilivizyon_spelling_ends_the_teller_before_the_masdar() -> None:
    # without the outlet name the teller ran on into the verb's object (التليفزيون العراقي اعتقال)
    assert claim_chains("وأعلن التليفزيون العراقي اعتقال ثلاثة مسلحين قرب كركوك.") == [
        [("outlet", "التليفزيون العراقي")]]


def test_bare_television_and_other_countries_stay_no_outlet() -> None:
    assert _outlets("وظهر الوزير على شاشة التلفزيون مساء أمس وتحدث عن الانتخابات.") == set()


@pytest.mark.parametrize("text", [
    "وقال مفاوضون من الفصائل المسلحة إنهم رفضوا شروط الانسحاب من البلدة.",
    "وأكد مفاوض حكومي أن جولة المحادثات المقبلة ستعقد في عمان.",
])
def test_negotiators_are_official_tellers(text: str) -> None:
    chains = claim_chains(text)
    assert len(chains) == 1 and chains[0][0][0] == "official" and chains[0][0][1].startswith("مفاوض")


def test_outlet_spoken_to_keeps_the_alias_as_written() -> None:
    # the entity's own name is قناة العراقية; the link keeps the name the text gives, its article restored
    chains = claim_chains("وقال ضابط للتلفزيون العراقي الرسمي إن المسلحين فروا نحو الصحراء.")
    assert chains and chains[0][0] == ("outlet", "التلفزيون العراقي الرسمي")
