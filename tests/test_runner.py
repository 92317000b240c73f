"""Running many articles: worker processes, bad articles, Parquet output, the Dask engine, Ctrl-C."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from marsad import runner
from marsad.cli import cli
from marsad.reading import Failure, RawArticle, read_paths

BASE = (
    "دير الزور - أفادت مصادر محلية بأن خلايا تابعة لتنظيم داعش هاجمت أمس نقطة لقوات سوريا الديمقراطية في "
    "بلدة البصيرة، ما أدى إلى مقتل {n} عناصر.\nوأضافت المصادر أن التنظيم استولى على أسلحة خفيفة من النقطة.\n"
)
FORK = sys.platform.startswith("linux")


def _articles(n: int) -> list[RawArticle]:
    return [RawArticle(BASE.format(n=i + 2), f"a{i:03d}", f"mem#{i}", published="2025-03-04") for i in range(n)]


def _jsonl(path: Path, n: int, bad: dict[int, str] | None = None) -> Path:
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            text = (bad or {}).get(i, BASE.format(n=i + 2))
            f.write(json.dumps({"id": f"a{i:03d}", "text": text, "published": "2025-03-04"}, ensure_ascii=False))
            f.write("\n")
    return path


def test_pool_gives_the_serial_results_in_input_order() -> None:
    items = _articles(40)
    settings = runner.Settings("jsonl")
    one = list(runner.serial(items, settings))
    two = list(runner.pooled(items, settings, jobs=2, chunk_size=3))
    assert [o.name for o in two] == [f"a{i:03d}" for i in range(40)]
    assert [o.data for o in two] == [o.data for o in one]
    assert all(o.error is None for o in two)


def test_small_inputs_run_without_a_pool(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_pool(*a, **k):  # type: ignore[no-untyped-def]
        raise AssertionError("a pool was started for three articles")

    monkeypatch.setattr(runner, "pooled", no_pool)
    out = list(runner.run_local(_articles(3), runner.Settings("jsonl"), jobs=4))
    assert [o.name for o in out] == ["a000", "a001", "a002"]


def test_an_article_that_raises_is_reported_and_the_rest_go_on(monkeypatch: pytest.MonkeyPatch) -> None:
    import marsad

    real = marsad.analyze

    def flaky(text: str, **kw):  # type: ignore[no-untyped-def]
        if "BOOM" in text:
            raise ValueError("boom")
        return real(text, **kw)

    monkeypatch.setattr(marsad, "analyze", flaky)
    monkeypatch.setenv("MARSAD_START_METHOD", "fork")  # the workers must inherit the patched function
    items = _articles(20)
    items[7] = RawArticle("BOOM " + BASE, "a007", "mem#7")
    out = list(runner.pooled(items, runner.Settings("jsonl"), jobs=2, chunk_size=4) if FORK
               else runner.serial(items, runner.Settings("jsonl")))
    assert [o.name for o in out] == [f"a{i:03d}" for i in range(20)]
    assert out[7].error and "ValueError: boom" in out[7].error
    assert sum(o.error is not None for o in out) == 1


@pytest.mark.skipif(not FORK, reason="the crashing worker is patched in through fork")
def test_a_worker_that_dies_loses_only_its_article(monkeypatch: pytest.MonkeyPatch) -> None:
    real = runner.analyse_item

    def deadly(item, settings):  # type: ignore[no-untyped-def]
        if "DIE" in item.text:
            os._exit(3)  # as a segfault would: no exception, the process is gone
        return real(item, settings)

    monkeypatch.setattr(runner, "analyse_item", deadly)
    monkeypatch.setenv("MARSAD_START_METHOD", "fork")  # the workers must inherit the patched function
    items: list[RawArticle | Failure] = list(_articles(30))
    items[11] = RawArticle("DIE " + BASE, "a011", "mem#11")
    out = list(runner.pooled(items, runner.Settings("jsonl"), jobs=2, chunk_size=4))
    assert [o.name for o in out] == [f"a{i:03d}" for i in range(30)]
    failed = [o for o in out if o.error]
    assert [o.name for o in failed] == ["a011"]
    assert "crashed" in failed[0].error


def test_cli_jobs_and_jsonl_file(tmp_path: Path) -> None:
    src = _jsonl(tmp_path / "in.jsonl", 40, bad={5: ""})
    res = CliRunner().invoke(cli, ["extract", str(src), "--out", str(tmp_path / "out.jsonl"), "--jobs", "2",
                                   "--chunk-size", "4", "-q"])
    assert res.exit_code == 1  # the empty record is skipped and named
    assert "in.jsonl" in res.stderr and "empty" in res.stderr
    ids = [json.loads(line)["id"] for line in (tmp_path / "out.jsonl").read_text("utf-8").splitlines()]
    assert ids == [f"a{i:03d}" for i in range(40) if i != 5]
    assert not list(tmp_path.glob(".*.tmp"))


def test_parquet_tables(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    src = _jsonl(tmp_path / "in.jsonl", 20)
    res = CliRunner().invoke(cli, ["extract", str(src), "--format", "parquet", "--out", str(tmp_path / "t"),
                                   "-j", "1", "-q"])
    assert res.exit_code == 0, res.stderr
    CliRunner().invoke(cli, ["extract", str(src), "--out", str(tmp_path / "r.jsonl"), "-j", "1", "-q"])
    records = [json.loads(x) for x in (tmp_path / "r.jsonl").read_text("utf-8").splitlines()]
    tables = {t: pq.read_table(tmp_path / "t" / t).to_pylist() for t in ("articles", "entities", "events", "claims")}
    assert [r["article_id"] for r in tables["articles"]] == [r["id"] for r in records]
    assert len(tables["entities"]) == sum(len(r["entities"]) for r in records)
    assert len(tables["events"]) == sum(len(r["events"]) for r in records)
    assert len(tables["claims"]) == sum(len(r["claims"]) for r in records)
    ev = tables["events"][0]
    assert ev["type"] == "ATTACK" and ev["actor1_name"]
    assert tables["claims"][0]["sources"][0]["kind"]
    assert not list((tmp_path / "t").rglob(".*"))  # no temporary files left


def test_parquet_without_pyarrow_names_the_extra(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    src = _jsonl(tmp_path / "in.jsonl", 1)
    res = CliRunner().invoke(cli, ["extract", str(src), "--format", "parquet", "--out", str(tmp_path / "t")])
    assert res.exit_code == 1
    assert "marsad[parquet]" in res.stderr and "Traceback" not in res.stderr


def test_dask_local_cluster(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    pq = pytest.importorskip("pyarrow.parquet")
    src = _jsonl(tmp_path / "in.jsonl", 12)
    (tmp_path / "more").mkdir()
    (tmp_path / "more" / "x.txt").write_text(BASE.format(n=9), "utf-8")
    (tmp_path / "more" / "empty.txt").write_text("", "utf-8")
    parts: list[dict] = []  # type: ignore[type-arg]
    ok = runner.run_dask([str(src), str(tmp_path / "more")], str(tmp_path / "t"), runner.Settings("parquet"),
                         scheduler=None, jobs=2, max_bytes=10_000_000, on_part=parts.append,
                         cluster_kwargs={"processes": False})
    assert ok
    assert sum(p["articles"] for p in parts) == 13
    assert [f[0].endswith("empty.txt") for p in parts for f in p["failures"]] == [True]
    ids = sorted(pq.read_table(tmp_path / "t" / "articles").column("article_id").to_pylist())
    assert ids == sorted([f"a{i:03d}" for i in range(12)] + ["x"])


def test_dask_without_dask_names_the_extra(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "dask", None)
    monkeypatch.setitem(sys.modules, "dask.distributed", None)
    src = _jsonl(tmp_path / "in.jsonl", 1)
    res = CliRunner().invoke(cli, ["extract", str(src), "--engine", "dask", "--format", "jsonl",
                                   "--out", str(tmp_path / "t")])
    assert res.exit_code == 1
    assert "marsad[dask]" in res.stderr


@pytest.mark.skipif(not FORK, reason="POSIX signals")
def test_ctrl_c_leaves_complete_output(tmp_path: Path) -> None:
    src = _jsonl(tmp_path / "in.jsonl", 400)
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen([sys.executable, "-m", "marsad", "extract", str(src), "--out", str(out), "-j", "1",
                             "-q"], stderr=subprocess.PIPE)
    # interrupt once the run has written something (a fixed delay raced with a slow start on a busy machine)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if any(f.stat().st_size > 0 for f in tmp_path.glob(".out.jsonl.*.tmp")):
            break
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode in (0, 130), err
    lines = out.read_text("utf-8").splitlines()
    assert all(json.loads(line)["id"] for line in lines)  # every line complete
    if proc.returncode == 130:
        assert b"interrupted" in err and len(lines) < 400
    assert not list(tmp_path.glob(".*.tmp"))


def test_read_failures_keep_their_place(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(BASE.format(n=3), "utf-8")
    (tmp_path / "b.txt").write_text("", "utf-8")
    (tmp_path / "c.txt").write_text(BASE.format(n=4), "utf-8")
    out = list(runner.run_local(read_paths([str(tmp_path)]), runner.Settings("jsonl"), jobs=1))
    assert [type(o).__name__ for o in out] == ["Outcome", "Failure", "Outcome"]


def test_input_failures_cross_to_workers_without_breaking_the_pool(monkeypatch: pytest.MonkeyPatch) -> None:
    # a skipped input travels with its batch; its error must survive pickling, or the worker dies on it
    import pickle

    from marsad.errors import InputError
    from marsad.ner.tagger import NerModelError

    for err in (InputError("E101"), NerModelError("/x/model.zip", "the file does not exist")):
        back = pickle.loads(pickle.dumps(err))
        assert type(back) is type(err) and str(back) == str(err) and back.reason == err.reason

    def no_rebuild(self):  # type: ignore[no-untyped-def]
        raise AssertionError("the worker pool broke")

    monkeypatch.setattr(runner._Pool, "rebuild", no_rebuild)
    items: list = _articles(12)
    items.insert(5, Failure("mem#bad", InputError("E101")))
    out = list(runner.pooled(items, runner.Settings("jsonl"), jobs=2, chunk_size=4))
    assert [getattr(o, "name", None) or o.source for o in out][5] == "mem#bad"
    assert sum(1 for o in out if not isinstance(o, Failure) and o.error is None) == 12


def test_the_first_article_leaves_the_collector_on_and_the_output_unchanged(monkeypatch: pytest.MonkeyPatch
                                                                             ) -> None:
    import gc

    items = _articles(3)
    settings = runner.Settings("jsonl")
    monkeypatch.setattr(runner, "_SETTLED", False)
    threshold = gc.get_threshold()
    try:
        first = list(runner.serial(items, settings))
        assert gc.isenabled()
        assert runner._SETTLED and gc.get_freeze_count() > 0
        assert gc.get_threshold()[0] >= runner._GC_THRESHOLD
        again = list(runner.serial(items, settings))
        assert [o.data for o in first] == [o.data for o in again]
    finally:  # the test process is not marsad's own
        gc.unfreeze()
        gc.set_threshold(*threshold)


def test_degenerate_text_is_written_with_a_warning(tmp_path: Path) -> None:
    words = ["قصف", "مدفعي", "على", "قرية", "في", "ريف", "حلب", "بعد", "اشتباكات", "مع", "فصائل", "المعارضة"]
    (tmp_path / "line.txt").write_text(" ".join(words[i % len(words)] for i in range(20_000)), "utf-8")
    res = CliRunner().invoke(cli, ["extract", str(tmp_path / "line.txt"), "--out", str(tmp_path / "out"), "-q",
                                   "-j", "1"])
    assert res.exit_code == 0, res.stderr
    assert "warning" in res.stderr and "no_sentence_breaks" in res.stderr and "E114" in res.stderr
    record = json.loads((tmp_path / "out" / "line.json").read_text("utf-8"))
    assert "degenerate:no_sentence_breaks" in record["notes"]
    assert len(record["text"]) <= 20_000
