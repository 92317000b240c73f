"""An article's records must not depend on what the process analysed before it. The stages keep per-process
memos (folded strings, the NER featurizer's and stack's two-generation word caches, the state-name memo on
word triples, the phrase indexes' last scan): each must be keyed on everything its answer depends on, so a
batch run and a run of one article give the same records. Hand-written texts, run through the full pipeline."""

from __future__ import annotations

from typing import Any

import pytest

import marsad
from marsad.ner import features, stack
from marsad.stages import names
from marsad.textnorm import _fold_short

TEXTS = (
    ("قالت وزارة الداخلية العراقية إن وحدات من الشرطة الاتحادية انتشرت صباح الأحد في محيط مطار الموصل، "
     "فيما أعلن الجيش مقتل خمسة مسلحين من تنظيم داعش في غارة جوية قرب تلعفر.", "2019-03-10"),
    ("أفاد المرصد السوري لحقوق الإنسان بأن الطائرات الروسية شنت أمس عشر غارات على بلدة كفرنبل في ريف "
     "إدلب الجنوبي، ما أدى إلى مقتل سبعة مدنيين بينهم طفلان. وهدد قائد فصيل جيش العزة بالرد على القصف.",
     "2019-05-02"),
    ("اعتقلت قوات سوريا الديمقراطية أربعة أشخاص في مدينة الرقة بتهمة الانتماء إلى خلايا التنظيم، بحسب ما "
     "ذكره ناشطون محليون لوكالة فرانس برس، وقال المتحدث باسم القوات إن الحملة مستمرة.", "2020-08-15"),
)


def _records(text: str, published: str) -> dict[str, Any]:
    return marsad.analyze(text, published=published).to_dict()


def _run(order: tuple[int, ...]) -> dict[int, dict[str, Any]]:
    return {k: _records(*TEXTS[k]) for k in order}


def test_records_do_not_depend_on_the_article_before() -> None:
    forward = _run((0, 1, 2))
    backward = _run((2, 1, 0))
    assert forward[0]["events"], "the texts must exercise the events stage"
    for k in range(len(TEXTS)):
        assert forward[k] == backward[k], f"text {k}: records differ with the order of the batch"


def test_records_survive_cache_evictions(monkeypatch: pytest.MonkeyPatch) -> None:
    # the bounded memos flushed on (almost) every new entry: an answer that depended on what filled them
    # before (article context stored under a word-only key) would change here
    expected = _run((0, 1, 2))
    monkeypatch.setattr(features, "CACHE_LIMIT", 2)
    monkeypatch.setattr(stack, "CACHE_LIMIT", 2)
    monkeypatch.setattr(names, "_STATE_MEMO_LIMIT", 1, raising=False)
    _fold_short.cache_clear()
    evicted = _run((1, 2, 0))
    for k in range(len(TEXTS)):
        assert evicted[k] == expected[k], f"text {k}: records differ once the memos are flushed"
