"""Claims, round 17b: a verb of vowing (توعد) ends its teller before the بـ that opens what is vowed, and a name set
off by commas after the title of a verb of accusing is the teller's name, never the one accused."""

from __future__ import annotations

import pytest

from tests.conftest import claim_chains


@pytest.mark.parametrize(("text", "teller"), [
    ("وتوعد قائد الكتيبة بشن هجمات واسعة على مواقع المسلحين.", "قائد الكتيبة"),
    ("وتوعد زعيم الجماعة بالرد على أي اعتداء يطال عناصره.", "زعيم الجماعة"),
    ("وتوعد المتحدث باسم الفصيل بملاحقة المسؤولين عن التفجير.", "المتحدث باسم الفصيل"),
])
def test_vow_teller_ends_before_bi(text: str, teller: str) -> None:
    assert claim_chains(text) == [[("official", teller)]]


def test_vow_known_body_unchanged() -> None:
    assert claim_chains("وتوعد الجيش بشن هجمات جديدة.") == [[("official", "الجيش")]]


@pytest.mark.parametrize(("text", "teller"), [
    # the name's last word opens with ب (بارلي، بلحاج): it is no بـ complement between the commas
    ("اتهمت وزيرة الخارجية الهولندية، ماريكه بارلي، روسيا بتضليل المحققين.",
     "وزيرة الخارجية الهولندية، ماريكه بارلي"),
    ("واتهم وزير الداخلية التونسي، منصف بلحاج، جماعة متشددة بتدبير الهجوم.",
     "وزير الداخلية التونسي، منصف بلحاج"),
])
def test_accuser_apposed_name_kept(text: str, teller: str) -> None:
    assert claim_chains(text) == [[("person", teller)]]


def test_accuser_title_cut_before_accused() -> None:
    # no commas: the words after the title are still the ones accused
    assert claim_chains("اتهم وزير الخارجية بلدين جارين بالتآمر على الحكومة.") == [[("official", "وزير الخارجية")]]


def test_warner_apposed_unknown_name() -> None:
    # a name no list knows between commas after the title, then من: the holder tells
    assert claim_chains("وحذر وزير الداخلية التونسي، منصف بلحاج، من هجمات جديدة.") == [
        [("person", "وزير الداخلية التونسي، منصف بلحاج")]]


def test_date_between_commas_is_no_name() -> None:
    assert claim_chains("وحذر وزير الخارجية، مساء أمس، من هجمات جديدة.") == [[("official", "وزير الخارجية")]]


@pytest.mark.parametrize(("text", "teller"), [
    # an office or a group with a name set off after it keeps its own kind
    ("وأوضح مكتب رئيس الحكومة، عادل عبد المهدي، في بيان إن الاجتماع تأجل.", ("official", "مكتب رئيس الحكومة")),
    ("وقال ضباط بريطانيون، من بينهم هاموند، في أكثر من مناسبة إن الهدنة هشة.", ("official", "ضباط بريطانيون")),
])
def test_office_or_group_with_aside_keeps_kind(text: str, teller: tuple[str, str]) -> None:
    assert claim_chains(text)[0] == [teller]
