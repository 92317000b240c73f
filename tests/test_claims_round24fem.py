"""Claims, round 24: our correspondent in the feminine (مراسلتنا) is the publisher's own reporter, as مراسلنا is:
a trailing «بحسب مراسلتنا» chains the claim through her, and «وأفادت مراسلتنا في …» is her own claim. Before, the
feminine form was no teller at all, or was read as an official or a named person."""

from __future__ import annotations

import pytest

import marsad


def _chains(text: str) -> list[list[tuple[str, str]]]:
    art = marsad.analyze(text, outlet="سكاي نيوز عربية").to_dict()
    return [[(s["kind"], s["text"]) for s in c["sources"]] for c in art["claims"]]


@pytest.mark.parametrize("noun", ["مراسلتنا", "مراسلنا"])
def test_trailing_own_correspondent_is_the_middle_link(noun: str) -> None:
    chains = _chains(f"قال الدفاع المدني إن فرق الإنقاذ انتشلت جثث ضحايا القصف من تحت الأنقاض، بحسب {noun}.")
    assert chains == [[("outlet", "سكاي نيوز عربية"), ("anonymous", noun), ("official", "الدفاع المدني")]]


def test_own_correspondent_who_tells_is_anonymous_under_the_outlet() -> None:
    chains = _chains("وأفادت مراسلتنا في الموصل بأن دوريات الشرطة انتشرت في أحياء المدينة القديمة.")
    assert chains == [[("outlet", "سكاي نيوز عربية"), ("anonymous", "مراسلتنا في الموصل")]]


def test_another_outlets_correspondent_is_not_ours() -> None:
    # a named outlet's reporter keeps that outlet, not the publisher's
    chains = _chains("وأفادت مراسلة وكالة رويترز في الموصل بأن دوريات الشرطة انتشرت في أحياء المدينة.")
    assert all(("anonymous", "مراسلتنا") not in c for c in chains)
    assert any(link[0] == "outlet" and "رويترز" in link[1] for c in chains for link in c)
