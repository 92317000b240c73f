"""The command line end to end on text written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from marsad.cli import cli

REPORT = (
    "دير الزور - أفادت مصادر محلية لموقع «عنب بلدي» بأن خلايا تابعة لتنظيم داعش هاجمت أمس نقطة "
    "لقوات سوريا الديمقراطية في بلدة البصيرة، ما أدى إلى مقتل ثلاثة عناصر.\n"
    "وأضافت المصادر أن التنظيم استولى على أسلحة خفيفة من النقطة.\n"
)


def _run(args: list[str]) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, args, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_extract_writes_one_json_per_article(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "report.txt").write_text(REPORT, "utf-8")
    code, _out, err = _run(["extract", str(tmp_path / "in"), "--out", str(tmp_path / "out"),
                            "--published", "2025-03-04"])
    assert code == 0, err
    record = json.loads((tmp_path / "out" / "report.json").read_text("utf-8"))
    text = record["text"]
    for ent in record["entities"]:
        for m in ent["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"]
    types = {e["type"] for e in record["entities"]}
    assert {"actor", "place", "outlet"} <= types
    assert any(ev["type"] == "ATTACK" for ev in record["events"])
    assert any(q["value"] == 3 and q["unit"] == "fighters" for q in record["quantities"])
    assert record["claims"] and record["claims"][0]["sources"]
    assert "1 articles" in err


def test_extract_to_stdout_as_json_lines(tmp_path: Path) -> None:
    f = tmp_path / "a.jsonl"
    f.write_text("\n".join(json.dumps({"id": f"r{i}", "text": REPORT}, ensure_ascii=False) for i in range(3)),
                 "utf-8")
    code, out, _err = _run(["extract", str(f), "--out", "-", "--quiet"])
    assert code == 0
    lines = [json.loads(x) for x in out.splitlines()]
    assert [r["id"] for r in lines] == ["r0", "r1", "r2"]


def test_bad_file_is_reported_and_the_rest_go_on(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(REPORT, "utf-8")
    (tmp_path / "empty.txt").write_text("", "utf-8")
    code, _out, err = _run(["extract", str(tmp_path / "good.txt"), str(tmp_path / "empty.txt"),
                            "--out", str(tmp_path / "out")])
    assert code == 1
    assert "empty.txt" in err and "empty" in err
    assert "Traceback" not in err
    assert (tmp_path / "out" / "good.json").exists()


def test_show_prints_a_summary(tmp_path: Path) -> None:
    (tmp_path / "r.txt").write_text(REPORT, "utf-8")
    _run(["extract", str(tmp_path / "r.txt"), "--out", str(tmp_path / "out"), "-q"])
    code, out, _err = _run(["show", str(tmp_path / "out")])
    assert code == 0
    assert "ATTACK" in out
    assert "Islamic State" in out or "ISIS" in out
