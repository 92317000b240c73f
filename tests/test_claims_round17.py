"""Claims, round 17: a pluperfect «وكان/وكانت TITLE NAME قال» keeps the whole title and name as its teller (the
verb after a name is no relative clause when كان opens the sentence, and كان may stand far back)."""

from __future__ import annotations

import pytest

from tests.conftest import claim_chains


@pytest.mark.parametrize(("text", "teller"), [
    ("وكان رئيس البرلمان العراقي سليم الجبوري قال إن الجلسة ستعقد الأحد.",
     "رئيس البرلمان العراقي سليم الجبوري"),
    ("وكانت رئيسة الحكومة النيوزيلندية جاسيندا أرديرن قالت إن التحقيق سيستمر.",
     "رئيسة الحكومة النيوزيلندية جاسيندا أرديرن"),
    ("وكان رئيس الوزراء اللبناني سعد الحريري أعلن أن الحكومة ستجتمع غدا.",
     "رئيس الوزراء اللبناني سعد الحريري"),
])
def test_kana_title_and_name_before_verb(text: str, teller: str) -> None:
    assert claim_chains(text) == [[("person", teller)]]


def test_asyndetic_relative_still_reads_sentence_subject() -> None:
    # (no كان: a verb of saying right after a noun is a relative clause whose subject is the sentence's subject)
    chains = claim_chains("ويشن التحالف الدولي عملية عسكرية قال إنها تستهدف مواقع التنظيم.")
    assert chains and chains[0][0][1] == "التحالف الدولي"

