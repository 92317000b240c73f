"""Speed round 13, the command line: what `marsad extract` leaves for the interpreter's exit."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from click.testing import CliRunner

from marsad.cli import cli

_ARTICLES = (
    "حمص - قال ناشطون إن قوات النظام قصفت بلدة تلبيسة بالمدفعية صباح اليوم، ما أدى إلى إصابة مدنيين.\n",
    "بغداد - أعلنت خلية الإعلام الأمني أن القوات العراقية اعتقلت أربعة مطلوبين في قضاء الطارمية.\n",
    "إدلب - ذكرت مصادر محلية أن طائرة مسيرة استهدفت سيارة على طريق سرمدا أمس دون وقوع إصابات.\n",
)


def test_the_run_ends_with_everything_alive_frozen_after_the_last_record_is_written(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the collection at exit would walk every object the run left (caches filled after the first article);
    # moved to the permanent generation once every file is closed, it skips them
    folder = tmp_path / "in"
    folder.mkdir()
    for i, text in enumerate(_ARTICLES):
        (folder / f"a{i}.txt").write_text(text, "utf-8")
    out = tmp_path / "out"
    written_at_freeze: list[int] = []
    monkeypatch.setattr(gc, "freeze", lambda: written_at_freeze.append(
        len(list(out.glob("*.json"))) if out.is_dir() else 0))
    result = CliRunner().invoke(cli, ["extract", str(folder), "--out", str(out), "-j", "1", "--quiet"],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    assert len(list(out.glob("*.json"))) == len(_ARTICLES)
    assert written_at_freeze and written_at_freeze[-1] == len(_ARTICLES)
