"""An outlet found by its page's domain is named in its own text by a short alias; that alias is the publisher,
not a cited outlet. The sentences are written for these tests."""

import pytest

import marsad

TEXT = "وقال مصدر عسكري لـ«سانا» إن وحدات الجيش تصدت لهجوم على نقاط في ريف اللاذقية."


def _chains(**kw: str) -> list[list[tuple[str, str]]]:
    return [[(s.text, s.kind) for s in c.sources] for c in marsad.analyze(TEXT, **kw).claims]


@pytest.mark.parametrize("kw", [{"url": "https://sana.sy/?p=4512"}, {"outlet": "sana.sy"}, {"outlet": "سانا"}])
def test_the_publishers_short_name_is_not_a_cited_outlet(kw: dict[str, str]) -> None:
    assert _chains(**kw) == [[("مصدر عسكري", "anonymous")]]


def test_another_outlets_page_keeps_the_cited_outlet() -> None:
    assert _chains(url="https://www.enabbaladi.net/archives/1") == [[("سانا", "outlet"), ("مصدر عسكري", "anonymous")]]


def test_a_word_of_the_publishers_name_is_not_the_publisher() -> None:
    # «السوري» is a part of «المرصد السوري»: only a whole alias of the publisher counts as the publisher
    text = "وقال الجيش السوري في بيان إن وحداته تصدت لهجوم على نقاط في ريف حماة."
    chains = [[(s.text, s.kind) for s in c.sources] for c in marsad.analyze(text, outlet="syriahr.com").claims]
    assert chains == [[("الجيش السوري", "official")]]
