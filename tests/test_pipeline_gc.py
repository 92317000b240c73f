"""`pipeline.run` holds the cyclic collector back while an article is analysed and gives it back as it was."""

from __future__ import annotations

import gc

import pytest

from marsad import pipeline

_TEXT = "قال مصدر محلي إن قصفاً مدفعياً استهدف بلدة في ريف حماة الشمالي أمس."


def _stage_seeing(seen: list[bool]) -> pipeline.StageSpec:
    def fn(doc: pipeline.Doc) -> None:
        seen.append(gc.isenabled())

    return pipeline.StageSpec("probe", fn, (), ())


def test_the_collector_is_paused_during_the_article_and_restored_after():
    assert gc.isenabled()
    seen: list[bool] = []
    pipeline.run(pipeline.make_doc(_TEXT), [_stage_seeing(seen)])
    assert seen == [False]
    assert gc.isenabled()


def test_a_caller_who_turned_the_collector_off_keeps_it_off():
    gc.disable()
    try:
        pipeline.run(pipeline.make_doc(_TEXT), [_stage_seeing([])])
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_collector_comes_back_when_a_stage_raises():
    def boom(doc: pipeline.Doc) -> None:
        raise RuntimeError("stage failed")

    with pytest.raises(RuntimeError):
        pipeline.run(pipeline.make_doc(_TEXT), [pipeline.StageSpec("boom", boom, (), ())])
    assert gc.isenabled()
