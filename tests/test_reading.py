"""The reader on every kind of bad input it must survive (shared/research/reliability.md §2): each bad file
fails alone with its reason code, good files are read, nothing raises, and size limits hold before the
expensive step."""

from __future__ import annotations

import gzip
import json
import os
import time
from pathlib import Path

import pytest

from marsad.reading import Failure, RawArticle, count_inputs, read_paths

SHARED = Path(__file__).resolve().parents[2] / "shared"

# short texts written for these tests
AR = ("قالت مصادر محلية إن قصفاً مدفعياً استهدف أطراف بلدة في ريف إدلب الجنوبي صباح اليوم، ما أدى إلى أضرار "
      "في منازل المدنيين. وأضافت المصادر أن فرق الدفاع المدني وصلت إلى المكان بعد ساعة من القصف، وأن "
      "الأهالي نزحوا نحو القرى المجاورة خوفاً من تجدد القصف.")
AR_SHORT = "قتل مدني في قصف على قرية في ريف حلب"
FA = ("وزارت امور خارجه ایران روز دوشنبه اعلام کرد که هیئتی برای گفتگو با مقامات عراقی به بغداد سفر می کند. "
      "این سفر در چارچوب همکاری های دو کشور انجام می شود و قرار است درباره امنیت مرزها گفتگو شود.")
CKB = ("سەرۆکی حکومەتی هەرێمی کوردستان ئەمڕۆ لەگەڵ شاندێکی عێراقی کۆبوویەوە. لەم کۆبوونەوەیەدا باس لە پرسی "
       "ئاسایشی سنوورەکان کرا و هەروەها بڕیار درا کە کۆبوونەوەکان بەردەوام بن.")
EN = ("Local sources said artillery shelling hit the outskirts of a town in southern Idlib this morning, "
      "damaging civilian homes. Civil defence teams arrived an hour later.")


def read_one(path: Path, **kw) -> RawArticle | Failure:
    items = list(read_paths([str(path)], **kw))
    assert len(items) == 1, items
    return items[0]


def ok(path: Path, **kw) -> RawArticle:
    item = read_one(path, **kw)
    assert isinstance(item, RawArticle), item.error.message if isinstance(item, Failure) else item
    return item


def reason(path: Path, **kw) -> str:
    item = read_one(path, **kw)
    assert isinstance(item, Failure), f"expected a failure, got {item!r}"
    assert item.source == str(path) or item.source.startswith(str(path))
    return item.error.reason


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    p = tmp_path / name
    p.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return p


# ------------------------------------------------------------------ good text, encodings


def test_plain_utf8(tmp_path: Path) -> None:
    a = ok(write(tmp_path, "a.txt", AR))
    assert a.text == AR and a.name == "a" and "encoding:utf-8" in a.notes


def test_utf8_bom(tmp_path: Path) -> None:
    a = ok(write(tmp_path, "a.txt", b"\xef\xbb\xbf" + AR.encode()))
    assert a.text == AR and a.encoding == "utf-8-sig"


@pytest.mark.parametrize("enc", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_and_without_bom(tmp_path: Path, enc: str) -> None:
    a = ok(write(tmp_path, "a.txt", AR.encode(enc)))
    assert a.text == AR


def test_windows_1256(tmp_path: Path) -> None:
    a = ok(write(tmp_path, "a.txt", AR.encode("cp1256")))
    assert a.text == AR and a.encoding in ("cp1256", "windows-1256")


def test_short_iso_8859_6_is_not_thai(tmp_path: Path) -> None:
    a = ok(write(tmp_path, "a.txt", AR_SHORT.encode("iso8859_6")))
    assert a.text == AR_SHORT and a.encoding == "iso8859_6"


def test_mojibake_utf8_read_as_cp1256_is_repaired(tmp_path: Path) -> None:
    garbled = AR.encode("utf-8").decode("cp1256")
    assert "ظ" in garbled
    a = ok(write(tmp_path, "a.txt", garbled))
    assert a.text == AR and "repaired_mojibake" in a.notes


def test_mojibake_utf8_read_as_latin1_is_repaired(tmp_path: Path) -> None:
    a = ok(write(tmp_path, "a.txt", AR_SHORT.encode("utf-8").decode("latin-1")))
    assert a.text == AR_SHORT and "repaired_mojibake" in a.notes


def test_genuine_ta_before_comma_is_not_mojibake(tmp_path: Path) -> None:
    text = "ضغط، ثم ضبط، ثم ربط، وقال إن الوضع في المنطقة هادئ نسبياً بعد أيام من التصعيد."
    a = ok(write(tmp_path, "a.txt", text))
    assert a.text == text and "repaired_mojibake" not in a.notes


def test_truncated_utf8_character_is_replaced_and_flagged(tmp_path: Path) -> None:
    data = AR.encode() + "قرية".encode()[:-1]
    a = ok(write(tmp_path, "a.txt", data))
    assert any(n.startswith("replaced_bytes:") for n in a.notes)


def test_nul_and_control_bytes_are_stripped(tmp_path: Path) -> None:
    data = AR[:40].encode() + b"\x00\x01" + AR[40:].encode() + b"\x00"
    a = ok(write(tmp_path, "a.txt", data))
    assert "\x00" not in a.text and "\x01" not in a.text
    assert any(n.startswith("stripped_controls:") for n in a.notes)


def test_boilerplate_lines_removed_and_counted(tmp_path: Path) -> None:
    text = "\n".join(["Facebook", "Twitter", "WhatsApp", "Telegram", "", AR, "", "اقرأ أيضاً: عنوان آخر",
                      "مقالات ذات صلة", "اترك تعليقاً", "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية "
                      "مشار إليها بـ *", "زر الذهاب إلى الأعلى", "جميع الحقوق محفوظة © 2025"])
    a = ok(write(tmp_path, "a.txt", text))
    assert a.text == AR
    assert "boilerplate_removed:10" in a.notes


def test_long_text_is_cut_with_a_note(tmp_path: Path) -> None:
    a = ok(write(tmp_path, "a.txt", (AR + "\n") * 50), max_chars=1000)
    assert len(a.text) <= 1000
    assert any("E112" in n for n in a.notes)


def test_text_that_is_not_prose_is_analysed_up_to_a_budget(tmp_path: Path) -> None:
    words = ["قصف", "مدفعي", "على", "قرية", "في", "ريف", "حلب", "بعد", "اشتباكات", "مع", "فصائل", "المعارضة"]
    line = " ".join(words[i % len(words)] for i in range(200_000))  # ~1 MB, no punctuation
    a = ok(write(tmp_path, "line.txt", line))
    assert "degenerate:no_sentence_breaks" in a.notes
    assert any(n.startswith(f"truncated:{len(line)}>") and "E114" in n for n in a.notes)
    assert 19_000 < len(a.text) <= 20_000 and line.startswith(a.text)
    assert not a.text.endswith(" ")


def test_prose_before_a_degenerate_tail_is_kept_whole(tmp_path: Path) -> None:
    prose = (AR + "\n") * 30
    a = ok(write(tmp_path, "tail.txt", prose + "ا" * 1_000_000), non_prose_budget=1_000)
    assert "degenerate:long_word" in a.notes
    assert a.text.startswith(prose.strip()) and len(a.text) == len(prose) + 1_000


def test_degenerate_text_within_the_budget_is_kept_and_flagged(tmp_path: Path) -> None:
    a = ok(write(tmp_path, "w.txt", AR + " " + "ب" * 3_000 + "\n" + AR))
    assert "degenerate:long_word" in a.notes
    assert not any(n.startswith("truncated:") for n in a.notes)


def test_real_articles_are_not_flagged(tmp_path: Path) -> None:
    examples = sorted((Path(__file__).resolve().parents[1] / "examples").glob("*.txt"))
    assert examples
    for item in read_paths([str(p) for p in examples]):
        assert isinstance(item, RawArticle)
        assert not any(n.startswith(("degenerate:", "truncated:")) for n in item.notes), item.name


# ------------------------------------------------------------------ bad inputs


def test_empty_and_whitespace(tmp_path: Path) -> None:
    assert reason(write(tmp_path, "e.txt", b"")) == "empty"
    assert reason(write(tmp_path, "w.txt", b"  \n\t\r\n ")) == "empty"


@pytest.mark.parametrize(("data", "what"), [
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10, "PNG"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + os.urandom(2000), "PDF"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF" + os.urandom(500), "JPEG"),
    (b"PK\x03\x04" + os.urandom(500), "ZIP"),
    (b"\x7fELF\x02\x01\x01" + bytes(500), "ELF"),
])
def test_binary_by_magic(tmp_path: Path, data: bytes, what: str) -> None:
    p = write(tmp_path, "b.txt", data)
    item = read_one(p)
    assert isinstance(item, Failure) and item.error.reason == "binary" and what in item.error.message


def test_random_bytes_are_binary(tmp_path: Path) -> None:
    assert reason(write(tmp_path, "r.txt", os.urandom(200_000))) == "binary"


def test_50mb_file_rejected_before_reading(tmp_path: Path) -> None:
    p = tmp_path / "big.txt"
    with p.open("wb") as f:  # sparse: costs no disk, and the reader must not read it anyway
        f.truncate(50_000_000)
    t = time.process_time()
    assert reason(p) == "too_large"
    assert time.process_time() - t < 0.5


def test_size_limit_is_configurable(tmp_path: Path) -> None:
    p = write(tmp_path, "a.txt", AR)
    assert reason(p, max_bytes=100) == "too_large"


def test_undecodable_bytes(tmp_path: Path) -> None:
    # high bytes that make no Arabic in any of the code pages (Latin-1 French)
    assert reason(write(tmp_path, "f.txt", "Élève à côté, très égaré: où êtes-vous?".encode("latin-1"))) \
        == "bad_encoding"


@pytest.mark.parametrize(("text", "word"), [(FA, "Persian"), (CKB, "Kurdish"), (EN, "Latin")])
def test_not_arabic(tmp_path: Path, text: str, word: str) -> None:
    item = read_one(write(tmp_path, "x.txt", text))
    assert isinstance(item, Failure) and item.error.reason == "not_arabic"
    assert word in item.error.message


def test_arabic_typed_with_persian_keyboard_is_still_arabic(tmp_path: Path) -> None:
    text = AR.replace("ي", "ی").replace("ك", "ک")
    ok(write(tmp_path, "a.txt", text))


def test_not_found_and_unsupported(tmp_path: Path) -> None:
    items = list(read_paths([str(tmp_path / "nope.txt")]))
    assert isinstance(items[0], Failure) and items[0].error.reason == "not_found"
    assert reason(write(tmp_path, "a.docx", b"whatever")) == "unsupported"


def test_unreadable_file(tmp_path: Path) -> None:
    p = write(tmp_path, "a.txt", AR)
    p.chmod(0)
    try:
        if os.access(p, os.R_OK):
            pytest.skip("running as root: permissions are not enforced")
        assert reason(p) == "unreadable"
    finally:
        p.chmod(0o644)


# ------------------------------------------------------------------ HTML


PAGE = f"""<!doctype html><html><head><meta charset="utf-8"><title>قصف على ريف إدلب - موقع تجريبي</title>
<meta property="og:site_name" content="موقع تجريبي"><meta name="author" content="سامر الأحمد">
<meta property="article:published_time" content="2025-03-04T09:00:00Z"></head>
<body><nav><a href="/">الرئيسية</a> <a href="/s">سياسة</a></nav>
<article><h1>قصف على ريف إدلب</h1><p>{AR}</p><p>{AR}</p></article>
<footer>جميع الحقوق محفوظة</footer></body></html>"""


def test_html_page_with_metadata(tmp_path: Path) -> None:
    a = ok(write(tmp_path, "p.html", PAGE))
    assert AR in a.text and "الرئيسية" not in a.text
    assert a.sitename == "موقع تجريبي" and a.outlet == "موقع تجريبي"
    assert a.author == "سامر الأحمد" and (a.published or "").startswith("2025-03-04")
    assert a.title and "قصف" in a.title


def test_html_in_a_txt_file_is_detected(tmp_path: Path) -> None:
    a = ok(write(tmp_path, "p.txt", PAGE))
    assert "html" in a.notes and "<p>" not in a.text


def test_html_windows_1256_declared(tmp_path: Path) -> None:
    page = PAGE.replace('charset="utf-8"', 'charset="windows-1256"')
    a = ok(write(tmp_path, "p.htm", page.encode("cp1256")))
    assert AR in a.text


def test_broken_html_still_gives_text(tmp_path: Path) -> None:
    page = f"<html><body><div><b><p>{AR}<div>{AR}</b><p>{AR}"
    a = ok(write(tmp_path, "p.html", page))
    assert "قصفاً" in a.text


def test_html_without_text(tmp_path: Path) -> None:
    page = "<html><head><script>var x = 1;</script></head><body><nav><a href='/'>x</a></nav></body></html>"
    assert reason(write(tmp_path, "p.html", page)) == "no_text"


def test_deeply_nested_html(tmp_path: Path) -> None:
    page = "<html><body>" + "<div>" * 100_000 + "</div>" * 100_000 + "</body></html>"
    t = time.process_time()
    assert reason(write(tmp_path, "p.html", page)) in ("no_text", "empty")
    assert time.process_time() - t < 5


# ------------------------------------------------------------------ gzip


def test_gzip_text(tmp_path: Path) -> None:
    a = ok(write(tmp_path, "a.txt.gz", gzip.compress(AR.encode())))
    assert a.text == AR and a.name == "a"


def test_gzip_bomb_stops_at_the_cap(tmp_path: Path) -> None:
    bomb = gzip.compress(b" " * 60_000_000, compresslevel=9)
    assert len(bomb) < 100_000
    p = write(tmp_path, "bomb.txt.gz", bomb)
    t = time.process_time()
    assert reason(p) == "archive_limit"
    assert time.process_time() - t < 2


def test_gzip_bomb_in_a_stream(tmp_path: Path) -> None:
    bomb = gzip.compress(b" " * 60_000_000, compresslevel=9)
    p = write(tmp_path, "bomb.jsonl.gz", bomb)
    items = list(read_paths([str(p)]))
    assert any(isinstance(i, Failure) and i.error.reason == "archive_limit" for i in items)


def test_damaged_gzip(tmp_path: Path) -> None:
    data = gzip.compress(AR.encode() * 20)
    assert reason(write(tmp_path, "a.txt.gz", data[: len(data) // 2])) == "unreadable"


# ------------------------------------------------------------------ records


def test_jsonl_with_one_bad_line(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "r1", "text": AR, "url": "https://example.org/a", "outlet": "عنب بلدي",
                    "published": "2025-01-02", "title": "عنوان"}, ensure_ascii=False),
        "{not json",
        json.dumps({"text": AR}, ensure_ascii=False),
        json.dumps({"id": "r4", "body": AR}, ensure_ascii=False),
        "",
        json.dumps({"id": "../../etc/passwd", "text": AR}, ensure_ascii=False),
    ]
    p = write(tmp_path, "batch.jsonl", "\n".join(lines) + "\n")
    items = list(read_paths([str(p)]))
    assert len(items) == 5
    good = [i for i in items if isinstance(i, RawArticle)]
    bad = [i for i in items if isinstance(i, Failure)]
    assert [g.name for g in good] == ["r1", "batch-3", "etc_passwd"]
    assert good[0].outlet == "عنب بلدي" and good[0].url == "https://example.org/a"
    assert good[0].published == "2025-01-02" and good[0].title == "عنوان"
    assert [b.source for b in bad] == [f"{p}:2", f"{p}:4"]
    assert {b.error.reason for b in bad} == {"bad_record"}
    assert "line 2" in bad[0].error.message


def test_jsonl_gz(tmp_path: Path) -> None:
    data = "\n".join(json.dumps({"id": f"x{i}", "text": AR}, ensure_ascii=False) for i in range(3))
    p = write(tmp_path, "b.jsonl.gz", gzip.compress(data.encode()))
    assert [i.name for i in read_paths([str(p)])] == ["x0", "x1", "x2"]


def test_json_one_record_and_list(tmp_path: Path) -> None:
    one = write(tmp_path, "one.json", json.dumps({"text": AR, "title": "ت"}, ensure_ascii=False))
    assert ok(one).name == "one"
    records = [{"text": AR}, 5, {"id": "k", "text": AR}]
    many = write(tmp_path, "many.json", json.dumps(records, ensure_ascii=False))
    items = list(read_paths([str(many)]))
    assert [type(i).__name__ for i in items] == ["RawArticle", "Failure", "RawArticle"]
    assert items[0].name == "many-1" and items[2].name == "k"
    assert reason(write(tmp_path, "bad.json", "{oops")) == "bad_record"


# ------------------------------------------------------------------ TREC


def test_trec_stream_synthetic(tmp_path: Path) -> None:
    doc = ("<DOC>\n<DOCNO>X-1</DOCNO>\n<URL>http://example.org/1</URL>\n<SRC>skynews</SRC>\n"
           "<TITLE>عنوان & آخر</TITLE>\n<TIME>Sun, 18 Feb 2018 20:50:44 GMT</TIME>\n"
           "<AUTHOR>أبوظبي - سكاي نيوز عربية</AUTHOR>\n<TEXT>\n" + AR + "\n</TEXT>\n</DOC>\n")
    empty = "<DOC>\n<DOCNO>X-2</DOCNO>\n<TEXT>\n</TEXT>\n</DOC>\n"
    p = write(tmp_path, "s.trec.xml", doc + empty + doc.replace("X-1", "X-3"))
    items = list(read_paths([str(p)]))
    assert [type(i).__name__ for i in items] == ["RawArticle", "Failure", "RawArticle"]
    a = items[0]
    assert a.name == "X-1" and a.outlet == "skynews" and a.url == "http://example.org/1"
    assert a.title == "عنوان & آخر" and a.published == "2018-02-18T20:50:44+00:00"
    assert a.dateline == "أبوظبي" and a.text == AR
    assert items[1].source.endswith("#X-2") and items[1].error.reason == "empty"


def test_xml_without_docs(tmp_path: Path) -> None:
    assert reason(write(tmp_path, "x.xml", "<root><a>1</a></root>")) == "no_records"


def test_real_ant_trec_file() -> None:
    f = SHARED / "data" / "news-ant-corpus-multisource" / "BBC_middleEast.trec.xml.gz"
    if not f.exists():
        pytest.skip("ANT corpus not available")
    items = list(read_paths([str(f)]))
    good = [i for i in items if isinstance(i, RawArticle)]
    assert len(good) >= 1100 and len(items) - len(good) <= 10
    first = good[0]
    assert first.name == "BB-middleEast-1-20180218"
    assert first.outlet == "BBC" and first.url and first.url.startswith("http://www.bbc.co.uk/")
    assert first.published and first.published.startswith("2018-02-18")
    assert first.title and len(first.text) > 200


# ------------------------------------------------------------------ folders, sizes, speed


def test_folder_walk_sorted_hidden_skipped(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / ".hidden").mkdir()
    write(tmp_path, "b.txt", AR)
    write(tmp_path / "sub", "a.txt", AR)
    write(tmp_path, ".secret.txt", AR)
    write(tmp_path / ".hidden", "c.txt", AR)
    names = [i.name for i in read_paths([str(tmp_path)])]
    assert names == ["b", "a"]
    assert count_inputs([str(tmp_path)]) == 2


def test_count_inputs_counts_records(tmp_path: Path) -> None:
    p = write(tmp_path, "b.jsonl", "\n".join(json.dumps({"text": AR}) for _ in range(4)) + "\n")
    assert count_inputs([str(p)]) == 4


def test_one_megabyte_line_is_fast(tmp_path: Path) -> None:
    line = ("قصف مدفعي على ريف المدينة الجنوبي " * 40_000)[:1_000_000]
    p = write(tmp_path, "long.txt", line)
    t = time.process_time()
    a = ok(p, max_chars=2_000_000, non_prose_budget=2_000_000)  # all of it kept: the reader's own speed
    assert time.process_time() - t < 1.0
    assert len(a.text) > 900_000


def test_million_repeated_letters_is_fast(tmp_path: Path) -> None:
    p = write(tmp_path, "alef.txt", "ا" * 1_000_000)
    t = time.process_time()
    read_one(p, max_chars=2_000_000)
    assert time.process_time() - t < 1.0


def test_reader_is_lazy(tmp_path: Path) -> None:
    for i in range(3):
        write(tmp_path, f"{i}.txt", AR)
    it = read_paths([str(tmp_path)])
    assert isinstance(next(it), RawArticle)  # one article without reading the rest


# ------------------------------------------------------------------ the CLI end to end


@pytest.fixture
def metadata_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Run the CLI with the metadata stage only, so this test does not depend on packs still being written."""
    from marsad import pipeline

    monkeypatch.setattr(pipeline, "_DEFAULT", None)
    monkeypatch.setattr(pipeline, "DEFAULT_STAGES", ("metadata",))


def test_cli_extract_folder_with_good_and_bad_files(tmp_path: Path, metadata_only: None) -> None:
    from click.testing import CliRunner

    from marsad.cli import cli

    src = tmp_path / "in"
    src.mkdir()
    write(src, "good1.txt", AR)
    write(src, "good2.txt", AR.encode("cp1256"))
    write(src, "empty.txt", b"")
    write(src, "image.txt", b"\x89PNG\r\n\x1a\n" + bytes(300))
    write(src, "persian.txt", FA)
    write(src, "notes.docx", b"x")  # not an article suffix: skipped silently in a walked folder
    write(src, "README.md", "# about these files\n")
    write(src, "batch.jsonl", json.dumps({"id": "rec", "text": AR}, ensure_ascii=False) + "\n[1]\n")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["extract", str(src), "--out", str(out)])
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    assert sorted(p.name for p in out.glob("*.json")) == ["good1.json", "good2.json", "rec.json"]
    record = json.loads((out / "good2.json").read_text("utf-8"))
    assert record["text"] == AR and "encoding:cp1256" in record["notes"]
    lines = [ln for ln in result.output.splitlines() if ln.startswith("skipped")]
    expect = {"empty.txt": "empty", "image.txt": "binary", "persian.txt": "not_arabic",
              "batch.jsonl:2": "bad_record"}
    assert "notes.docx" not in result.output and "README.md" not in result.output
    assert len(lines) == len(expect), result.output
    for name, code in expect.items():
        assert any(name in ln and code in ln for ln in lines), (name, result.output)


def test_folder_walk_reads_only_article_suffixes(tmp_path: Path) -> None:
    """README.md, scripts, images, .DS_Store and files with no suffix in a walked folder are not inputs:
    they are skipped without a failure, and count_inputs agrees."""
    write(tmp_path, "a.txt", AR)
    write(tmp_path, "b.html.gz", gzip.compress(f"<html><body><p>{AR}</p></body></html>".encode()))
    write(tmp_path, "README.md", "# notes\n")
    write(tmp_path, "fetch.py", "print('hi')\n")
    write(tmp_path, "photo.png", b"\x89PNG\r\n\x1a\n" + bytes(100))
    write(tmp_path, ".DS_Store", b"\x00\x00\x00\x01Bud1")
    write(tmp_path, "LICENSE", "Apache License\n")
    write(tmp_path, "table.csv.gz", gzip.compress(b"a,b\n"))
    items = list(read_paths([str(tmp_path)]))
    assert [type(i).__name__ for i in items] == ["RawArticle", "RawArticle"], items
    assert count_inputs([str(tmp_path)]) == 2


def test_named_file_with_unsupported_suffix_still_fails(tmp_path: Path) -> None:
    p = write(tmp_path, "README.md", AR)
    assert reason(p) == "unsupported"
    assert count_inputs([str(p)]) == 1


def test_cli_extract_folder_with_readme_exits_zero(tmp_path: Path, metadata_only: None) -> None:
    from click.testing import CliRunner

    from marsad.cli import cli

    src = tmp_path / "in"
    src.mkdir()
    write(src, "one.txt", AR)
    write(src, "README.md", "# example articles\n")
    write(src, "make.py", "x = 1\n")
    result = CliRunner().invoke(cli, ["extract", str(src), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "skipped" not in result.output


@pytest.mark.parametrize("line", [
    "تابعوا أخبار الوكالة على تلغرام",
    "تابعونا على فيسبوك وتويتر",
    "ويمكنكم متابعة قناتنا على يوتيوب",
    "للاشتراك في قناتنا على واتساب اضغط هنا",
    "حمّل تطبيق الموقع على هاتفك",
    "اشترك في نشرتنا البريدية",
    "اقرأ المزيد",
    "اقرأ المزيد عن الحملة",
    "© 2024 الموقع الإخباري",
    "الموقع الإخباري 2024 - جميع الحقوق محفوظة",
    "Follow us on Telegram",
])
def test_follow_and_footer_lines_are_boilerplate(line: str) -> None:
    from marsad.reading import is_boilerplate_line

    assert is_boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "وتابع: إن القصف استهدف القرية",
    "سجل المرصد مقتل خمسة مدنيين في القصف",
    "حمل المتظاهرون لافتات تطالب بالإفراج عن المعتقلين",
    "وتابع الجيش تقدمه نحو القرى المجاورة وسط قصف مدفعي",
    "قال ناشطون إن قناة الري في القرية تضررت",
])
def test_body_lines_are_not_boilerplate(line: str) -> None:
    from marsad.reading import is_boilerplate_line

    assert not is_boilerplate_line(line)


def test_follow_line_removed_from_a_read_article(tmp_path: Path) -> None:
    a = ok(write(tmp_path, "f.txt", AR + "\n\nتابعوا آخر أخبارنا عبر قناتنا على تلغرام\n"))
    assert a.text == AR and "boilerplate_removed:1" in a.notes


def test_trec_author_is_passed_on_as_a_byline(tmp_path: Path) -> None:
    def doc(n: int, author: str) -> str:
        return (f"<DOC>\n<DOCNO>Y-{n}</DOCNO>\n<SRC>alarabia</SRC>\n<AUTHOR>{author}</AUTHOR>\n<TEXT>\n{AR}\n"
                "</TEXT>\n</DOC>\n")

    p = write(tmp_path, "b.trec", doc(1, "الموقع.نت - سامر خليل") + doc(2, "دبي ـ الموقع.نت") + doc(3, ""))
    a, b, c = list(read_paths([str(p)]))
    assert isinstance(a, RawArticle) and isinstance(b, RawArticle) and isinstance(c, RawArticle)
    assert a.byline == "الموقع.نت - سامر خليل" and a.dateline is None  # an outlet is no place
    assert b.dateline == "دبي" and b.given()["byline"] == "دبي ـ الموقع.نت"
    assert c.byline is None and "byline" not in c.given()
