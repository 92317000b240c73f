"""Claims, round 14 (second follow-up): a known person or a title followed by an accusative participle with its
object (قال فلان منتقداً سياسة …) or by the verb's object the entity stage took for a name (توعد الرئيس منفذي
الهجوم بأنهم …): the teller ends before them."""

from __future__ import annotations

import pytest

from tests.conftest import claim_chain, full_claims


def _chains(text: str) -> list[list[tuple[str, str]]]:
    return [claim_chain(c) for c in full_claims(text)]


@pytest.mark.parametrize("text, teller", [
    ("وقال السيناتور جون ماكين منتقداً سياسة الإدارة إن الضربات الجوية لم تكن كافية لوقف التقدم.",
     "السيناتور جون ماكين"),
    ("وقال الرئيس الأمريكي دونالد ترامب محذراً طهران إن بلاده سترد بقوة على أي هجوم.",
     "الرئيس الأمريكي دونالد ترامب"),
])
def test_an_accusative_participle_with_its_object_ends_the_teller(text: str, teller: str) -> None:
    chains = _chains(text)
    assert len(chains) == 1 and chains[0][-1] == ("person", teller)


def test_a_definite_title_then_the_verbs_object_is_the_title_alone() -> None:
    text = "وتوعد الرئيس منفذي الهجوم بأنهم سيدفعون ثمنا باهظا على ما فعلوه في المدينة."
    chains = _chains(text)
    assert len(chains) == 1 and chains[0][-1][1] == "الرئيس"


def test_a_name_after_a_title_still_reads_as_the_teller() -> None:
    text = "وقال الرئيس محمود عباس إن الاحتلال يتحمل مسؤولية التصعيد في الضفة الغربية."
    assert _chains(text)[0][-1] == ("person", "الرئيس محمود عباس")
