"""Framing, round 17b: a patron state's nisba right after a militia label and a name of another country is a proxy
label on that name (ميليشيات الحوثي الإيرانية), as الموالية لواشنطن is; nouns that merely end like a nisba
(الرواية، العملية) are no nisba. Sentences written for these tests."""

from __future__ import annotations

import pytest

from marsad.stages.framing import _nisba
from marsad.textnorm import fold_text
from tests.conftest import framing_pairs


def frames(text: str) -> list[tuple[str, str | None]]:
    return framing_pairs(text, "2018-06-01")


@pytest.mark.parametrize(("text", "term", "ref"), [
    ("وشنت الطائرات غارات على مواقع ميليشيات الحوثي الإيرانية في صعدة.", "الإيرانية", "houthis"),
    ("وتكبدت مليشيا الحوثي الإيرانية خسائر كبيرة في الساحل الغربي.", "الإيرانية", "houthis"),
    ("وأكد الوزير أن ميليشيات حزب الله الإيرانية تنتشر قرب الحدود.", "الإيرانية", "hezbollah"),
    ("وقصفت المدفعية تجمعات الميليشيات الحوثية الإيرانية في مديرية حيس.", "الإيرانية", "houthis"),
])
def test_patron_nisba_after_militia_label_is_a_proxy_term(text: str, term: str, ref: str) -> None:
    assert (term, ref) in frames(text)


@pytest.mark.parametrize("text", [
    # the militias' own nisba: one collective name, no name between for Iran to be the patron of
    "وانسحبت الميليشيات الإيرانية من مواقعها قرب البوكمال.",
    # a state's own force is no proxy of it
    "وقال المسؤول إن ميليشيات الحرس الثوري الإيراني تنتشر في المنطقة.",
    # no militia label before the name: the usual nisba
    "وقالت جماعة الحوثي الإيرانية إنها ستواصل القتال.",
    "وانتشرت القوات الإيرانية في ريف حلب الجنوبي.",
])
def test_nisba_without_a_proxy_reading_gives_no_record(text: str) -> None:
    assert not [t for t, _ in frames(text) if fold_text(t).endswith(("ايرانيه", "ايراني"))]


@pytest.mark.parametrize("word", ["الرواية", "القضية", "العملية", "المستشفى", "القتلى"])
def test_nouns_ending_like_a_nisba_are_none(word: str) -> None:
    assert not _nisba(fold_text(word))


@pytest.mark.parametrize("word", ["الإيرانية", "الحوثي", "الكردية", "الموالية"])
def test_nisbas_stay_nisbas(word: str) -> None:
    assert _nisba(fold_text(word))
