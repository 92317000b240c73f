"""Add to places.jsonl the Syrian villages and towns that news names after a place noun and no pack holds.

The default run imports no OCHA communities, so a village that no pack holds gets no point (and often no
entity). This script makes a bounded, reproducible selection from the UNOCHA / UN Cartographic Section Syria
COD communities (2015, via HDX, CC BY 3.0 IGO; /work/shared/data/gazetteer-syria-ocha-2015) and a news corpus
(the ANT corpus, /work/shared/data/news-ant-corpus-multisource), and writes them into
src/marsad/data/places.jsonl (never into the gazetteer files). A name is taken when

(a) the gazetteer has ONE community of that name, or all its same-name communities lie within 10 km of each
    other (the record then sits at the first one's point);
(b) the corpus writes it, with a Syrian word (سوري، a governorate's name) within 200 characters, right
    after a place noun (قرية، بلدة، مدينة، ناحية، مزرعة، حي, their duals and plurals, and each item of a
    list they head, with the proclitics و ف ب ل) at least --min-uses times (default 2: at 1 the ANT corpus
    gives foreign places a Syrian word stands near, مدينة سان …، مخيم نهر البارد in Lebanon, beside one-report
    hamlets such as أوتايا; a name several reports put after a place noun is a village the news follows);
(c) no pack or alias of the default run holds it already, it is not a name that never stands alone, and it
    is not a word the cue pack calls no name (not_names).

Every record needs a cue: a one-word name, a name of the common-words list, a name whose first word is a
kunya or given name, or a name the corpus writes bare more than 3 times as often as after a place noun (an
ordinary word or a man's name: جملة، رامي) counts only after a cue noun (requires "noun"); other multi-word
names count after any place cue (requires "cue"). The Iraq COD of 2019 has boundaries only (admin 1-3
polygons), no village points, so it gives nothing here.

Records written by this script carry coord_source "OCHA Syria communities 2015, village pack (...)": a rerun
first drops them, so the selection is reproducible from the two sources. Run from the repository root:

    PYTHONPATH=src python scripts/build_village_pack.py [--min-uses 3] [--corpus PATH ...] [--dry-run]

On the ANT corpus (2018) it selects two (السهوة، حزة): of the 123 OCHA names the corpus puts after a place
noun twice or more, the other Syrian ones are held already (the 27 villages of places 36 came from this corpus),
and the rest are other countries' towns (مدينة جرادة Morocco, مدينة العلمين Egypt, قرية الخان الأحمر,
مدينة سان فرانسيسكو، دار السلام) or words (قرية صغيرة), which the Syrian-word and held-name tests drop.
Its main use is on local outlets' text (--corpus).

then bump places.jsonl's version and changes line and run scripts/update_manifest.py.
"""

from __future__ import annotations

import argparse
import collections
import json
import math
import re
from pathlib import Path
from typing import Any

from marsad import gazetteer
from marsad.reading import read_paths
from marsad.textnorm import fold_text

ROOT = Path(__file__).resolve().parents[1]
PLACES = ROOT / "src" / "marsad" / "data" / "places.jsonl"
SHARED = Path("/work/shared/data")
OCHA = SHARED / "gazetteer-syria-ocha-2015" / "syr_admin4_point.geojson"
CORPUS = SHARED / "news-ant-corpus-multisource"
MARK = "OCHA Syria communities 2015, village pack"
GOV = {"As-Sweida": "As-Suwayda", "Dar'a": "Daraa", "Rural Damascus": "Rif Dimashq", "Idleb": "Idlib",
       "Deir-ez-Zor": "Deir ez-Zor", "Al-Hasakeh": "Al-Hasakah", "Ar-Raqqa": "Raqqa", "Lattakia": "Latakia",
       "Tartous": "Tartus"}
#: a place noun in construct state (its name follows), with the proclitics news puts on it; the words after it
#: are a lookahead, so that a noun inside a list (قريتي س وص وبلدة ع) starts a match of its own
NOUN_RE = re.compile(r"(?<![\u0621-\u064a])[وف]?[بل]?(?:قرية|قريتي|بلدة|بلدتي|مدينة|مدينتي|ناحية|مزرعة|مزرعتي|حي"
                     r"|قرى|بلدات|مزارع)(?=\s+([\u0621-\u064a]+(?:\s+[\u0621-\u064a]+){0,9}))")
#: a Syrian word near the noun (±200 characters): news writes مدينة جرادة (Morocco), قرية الخان الأحمر (the West Bank),
#: مدينة سان فرانسيسكو, مدينة دار السلام, names OCHA also gives a Syrian hamlet
SYRIA_RE = re.compile(r"سوري|دمشق|حلب|إدلب|ادلب|حمص|حماة|درعا|القنيطرة|السويداء|الرقة|الحسكة|دير الزور|اللاذقية|طرطوس")
WORD_RE = re.compile(r"[\u0621-\u064a]+")
BARE_RATIO = 3


def key(text: str) -> str:
    return " ".join(fold_text(text).split())


def km(a: dict[str, Any], b: dict[str, Any]) -> float:
    return gazetteer.haversine_km(a["LATITUDE"], a["LONGITUDE"], b["LATITUDE"], b["LONGITUDE"])


def communities() -> dict[str, list[dict[str, Any]]]:
    # ~6 NAME_ARA values were cut mid-character by the shapefile width (see the data README)
    d = json.loads(OCHA.read_bytes().decode("utf-8", "replace"))
    by: dict[str, list[dict[str, Any]]] = collections.defaultdict(list)
    for ft in d["features"]:
        q = ft["properties"]
        name = (q.get("NAME_ARA") or "").strip()
        if name and "\ufffd" not in name and not math.isnan(q.get("LATITUDE") or math.nan):
            by[key(name)].append(q)
    return by


def one_place(rows: list[dict[str, Any]]) -> bool:
    return all(km(a, b) <= 10.0 for a in rows for b in rows)


def corpus_texts(paths: list[str]) -> list[str]:
    out = []
    for a in read_paths(paths):
        text = getattr(a, "text", None)
        m = re.search(r"-(\d+)-\d+$", getattr(a, "name", ""))
        if text and not (m and m.group(1).endswith("7")):  # ids ending in 7 are kept out of all tuning
            out.append(text)
    return out


def count_uses(texts: list[str], names: set[str]) -> tuple[collections.Counter[str], collections.Counter[str]]:
    """Per name: uses right after a place noun, and bare uses (as whole words, proclitic و/ب/ل allowed)."""
    cued: collections.Counter[str] = collections.Counter()
    bare: collections.Counter[str] = collections.Counter()
    first = {n.split()[0] for n in names}
    for text in texts:
        for m in NOUN_RE.finditer(text):
            if not SYRIA_RE.search(text, max(0, m.start() - 200), m.end() + 200):
                continue
            words = key(m.group(1)).split()
            while words:
                for n in (3, 2, 1):  # the longest name the noun heads
                    if len(words) >= n and " ".join(words[:n]) in names:
                        cued[" ".join(words[:n])] += 1
                        words = words[n:]
                        break
                else:
                    break
                # a list the noun heads (قريتي س وص، قرى س وص وع): the next item starts with و
                if not words or not words[0].startswith("و") or len(words[0]) < 3:
                    break
                words = [words[0][1:], *words[1:]]
        words = [key(w) for w in WORD_RE.findall(text)]
        for i, w in enumerate(words):
            for cand in (w, w[1:] if w[:1] in "وبلف" else None):
                if cand not in first:
                    continue
                for n in (1, 2, 3):
                    name = " ".join([cand, *words[i + 1:i + n]])
                    if name in names:
                        bare[name] += 1
    return cued, bare


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--min-uses", type=int, default=2)
    ap.add_argument("--corpus", nargs="+", default=[str(CORPUS)], help="news files or folders marsad can read")
    ap.add_argument("--dry-run", action="store_true", help="print the selection, write nothing")
    args = ap.parse_args()
    lines = PLACES.read_text("utf-8").rstrip("\n").split("\n")
    kept = [lines[0]] + [ln for ln in lines[1:] if MARK not in ln]  # the header names the mark too
    # the records of an earlier run are in the loaded pack: they must not count as held, or a rerun drops them
    own = {json.loads(ln).get("id") for ln in lines[1:] if MARK in ln}
    known = {k for k, info in gazetteer.alias_table().items() if set(info.ids) - own}
    cues = gazetteer.cues()
    skip = gazetteer.never_alone() | {key(w) for w in cues.get("not_names", ())}
    by = communities()
    # a pack may hold the name only with its noun (مدينة البعث): the bare name is known then too
    heads = ("قريه", "بلده", "مدينه", "ناحيه", "مزرعه", "حي")
    pool = {n: rows for n, rows in by.items()
            if n not in known and not any(f"{h} {n}" in known for h in heads)
            and n not in skip and gazetteer.usable_name(n) and one_place(rows)}
    # counted over all community names, so that a list (بلدات المسيفرة وكحيل والسهوة) walks past the held ones
    cued, bare = count_uses(corpus_texts(args.corpus), set(by))
    ids = {json.loads(ln).get("id") for ln in kept[1:]}
    out = []
    for name, uses in sorted(cued.items(), key=lambda kv: -kv[1]):
        if uses < args.min_uses or name not in pool:
            continue
        q = pool[name][0]
        single = len(name.split()) == 1
        wordlike = bare[name] - uses > BARE_RATIO * uses
        need = "noun" if (single or wordlike or name in gazetteer.common_words()
                          or gazetteer.person_cue(name)) else "cue"
        rid = f"sy-{q['NAME_EN'].lower().replace(' ', '-').replace(chr(39), '')}-{q['PCODE'].lower()}"
        if rid in ids:
            continue
        out.append({"id": rid, "name": q["NAME_EN"], "name_ar": q["NAME_ARA"].strip(),
                    "aliases": [{"text": q["NAME_ARA"].strip(), "requires": need}], "kind": "village",
                    "country": "SY", "lat": round(q["LATITUDE"], 3), "lon": round(q["LONGITUDE"], 3),
                    "admin1": GOV.get(q["ADMIN1_EN"], q["ADMIN1_EN"]), "precision": "place",
                    "coord_source": f"{MARK} ({q['PCODE']}, {q['ADMIN3_EN']} subdistrict; "
                                    f"{uses} uses after a place noun, {bare[name]} in all)"})
        print(f"{uses:4d} {bare[name]:5d} {need:4s} {name}  {q['NAME_EN']} {q['ADMIN1_EN']}")
    print(len(out), "villages")
    if not args.dry_run:
        PLACES.write_text("\n".join(kept + [json.dumps(r, ensure_ascii=False) for r in out]) + "\n", "utf-8")


if __name__ == "__main__":
    main()
