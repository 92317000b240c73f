"""Entities, round 24: a state named only by its nisba after a strike noun that carries ل on its article
(للقصف الروسي، للغارات التركية), and a state named right after «قوات/جنود من» (sentences written for these
tests)."""

from __future__ import annotations

import pytest

from tests.conftest import mention_refs


@pytest.mark.parametrize(("text", "mention", "ref"), [
    ("تعرضت قرى ريف إدلب الجنوبي للقصف الروسي طوال ليلة الأحد.", "الروسي", "russia"),
    ("وتعرض مخيم النازحين للغارات التركية مرة أخرى أمس.", "التركية", "turkey"),
    ("وقال الأهالي إن القرية تتعرض للهجمات الأمريكية منذ أسابيع.", "الأمريكية", "usa"),
])
def test_nisba_after_li_article_strike_noun_names_the_state(text: str, mention: str, ref: str) -> None:
    assert mention_refs(text, types=("actor",)).get(mention) == ref


@pytest.mark.parametrize(("text", "mention", "ref"), [
    ("ووصلت قوات من الأردن والبحرين إلى ميناء المكلا يوم الخميس.", "الأردن", "jordan"),
    ("ووصلت قوات من الأردن والبحرين إلى ميناء المكلا يوم الخميس.", "البحرين", "bahrain"),
    ("ووصل جنود من باكستان إلى مدينة تبوك للمشاركة في المناورات.", "باكستان", "pakistan"),
])
def test_state_after_forces_from_is_the_sender(text: str, mention: str, ref: str) -> None:
    assert mention_refs(text, types=("actor",)).get(mention) == ref

