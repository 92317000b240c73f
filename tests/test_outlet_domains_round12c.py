"""An outlet given as a web address (a bare domain, a URL, with www. or a subdomain) is the pack outlet whose
domains hold it: through analyze() and through the CLI's .jsonl records. Sentences written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import marsad
from marsad.cli import cli

#: a local source speaking to the publisher: when the publisher is North Press, نورث برس is no cited outlet
TOLD = "وقال مصدر محلي لـ«نورث برس» إن طائرة مسيّرة تركية استهدفت سيارة قرب مدينة القامشلي.\n"
#: the publisher's own correspondent: the outer link is the publisher by its name, not its address
OURS = "وقال مراسلنا في دير الزور إن اشتباكات اندلعت بين مسلحين من العشائر وقوات سوريا الديمقراطية.\n"


@pytest.mark.parametrize(("given", "ref"), [
    ("syriahr.com", "sohr"),
    ("www.syriahr.com", "sohr"),
    ("https://npasyria.com", "north-press"),
    ("https://npasyria.com/ar/12345/", "north-press"),
    ("ar.npasyria.com", "north-press"),
    ("http://m.enabbaladi.net/archives/123", "enab-baladi"),
    ("english.enabbaladi.net", "enab-baladi"),
    ("https://www.aawsat.com/", "asharq-al-awsat"),
])
def test_an_outlet_given_as_a_web_address_is_the_pack_outlet(given: str, ref: str) -> None:
    art = marsad.analyze(TOLD, outlet=given)
    assert art.outlet is not None
    assert art.outlet.ref == ref
    assert art.outlet.name != given  # the pack's Arabic name stands for the address


def test_a_url_with_a_subdomain_is_the_pack_outlet() -> None:
    for url in ("https://www.enabbaladi.net/archives/123", "https://ar.syriahr.com/x", "https://m.aawsat.com/a/1"):
        art = marsad.analyze(TOLD, url=url)
        assert art.outlet is not None and art.outlet.ref is not None, url


def test_the_publisher_given_by_its_domain_is_no_cited_source() -> None:
    art = marsad.analyze(TOLD, outlet="npasyria.com")
    chains = [[(s.text, s.kind) for s in c.sources] for c in art.claims]
    assert chains and all(("نورث برس", "outlet") not in ch for ch in chains)
    ours = marsad.analyze(OURS, outlet="https://npasyria.com")
    outer = [c.sources[0] for c in ours.claims if c.sources]
    assert outer and outer[0].text == "نورث برس"


def test_an_address_the_pack_does_not_know_stays_as_given() -> None:
    art = marsad.analyze(TOLD, outlet="example-news.org")
    assert art.outlet is not None and art.outlet.ref is None and art.outlet.name == "example-news.org"


def test_jsonl_records_with_an_address_or_only_a_url(tmp_path: Path) -> None:
    recs = [
        {"id": "a", "text": TOLD, "outlet": "https://npasyria.com"},
        {"id": "b", "text": TOLD, "url": "https://npasyria.com/ar/555"},
        {"id": "c", "text": TOLD, "outlet": "www.syriahr.com"},
    ]
    f = tmp_path / "recs.jsonl"
    f.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in recs), "utf-8")
    result = CliRunner().invoke(cli, ["extract", str(f), "--out", "-", "--quiet"], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    out = {r["id"]: r for r in (json.loads(x) for x in result.stdout.splitlines())}
    assert out["a"]["outlet"]["ref"] == "north-press"
    assert out["b"]["outlet"]["ref"] == "north-press"
    assert out["c"]["outlet"]["ref"] == "sohr"
    for rid in ("a", "b"):
        srcs = [s["text"] for c in out[rid]["claims"] for s in c["sources"]]
        assert "نورث برس" not in srcs


@pytest.mark.parametrize(("url", "ref"), [
    ("https://www.basnews.com/ar/babat/1", "basnews"),
    ("https://ninanews.com/Website/News/Details?key=1", "nina"),
    ("https://ultrairaq.ultrasawt.com/x", "ultra-iraq"),
    ("https://ultrasawt.com/x", "ultra-sawt"),
    ("https://www.964media.com/123/", "964"),
    ("https://www.nidaalwatan.com/article/1", "nidaa-al-watan"),
])
def test_outlets_found_by_their_domains(url: str, ref: str) -> None:
    art = marsad.analyze(TOLD, url=url)
    assert art.outlet is not None and art.outlet.ref == ref
