"""Round 16, speed: the CPU-clock sampler of benchmarks/profile_stages.py runs and accounts for its ticks."""

from __future__ import annotations

import signal
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

pytestmark = pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="POSIX CPU timers only")

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))


def _article(text: str, name: str) -> SimpleNamespace:
    return SimpleNamespace(text=text, published="2018-05-10", url=None, outlet=None, title=None, name=name)


def test_profile_reports_stage_and_function_shares() -> None:
    import profile_stages

    # sentences of my own, repeated so the run lasts some ticks of CPU
    text = ("قال مسؤول محلي إن قوات الحكومة قصفت قرية في ريف حلب الشمالي أمس، ما أدى إلى مقتل خمسة مدنيين. "
            "وأضاف المسؤول أن فصائل المعارضة ردت بهجوم على مواقع الجيش قرب المدينة.\n") * 6
    got = profile_stages.profile([_article(text, "t-1"), _article(text, "t-2"), _article(text, "t-3")], 0.5)
    assert got["articles"] == 3 and got["cpu_s"] > 0
    assert got["samples"] > 0
    # every tick falls in one stage (or outside them): the stage shares add up to the whole
    assert abs(sum(p for _, p in got["stages_pct"]) - 100.0) < 0.5
    names = {n for n, _ in got["inclusive_pct"]}
    assert any(n.startswith("marsad/pipeline.py:run") for n in names)
    # the timer and handler are given back
    assert signal.getitimer(signal.ITIMER_PROF) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGPROF) in (signal.SIG_DFL, signal.SIG_IGN, None)
