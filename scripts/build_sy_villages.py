"""Write src/marsad/data/villages_sy.jsonl: every Syrian community of the OCHA Syria COD, as a default gazetteer.

Source: UNOCHA / UN Cartographic Section, Syria COD, populated places (2015), via HDX, CC BY 3.0 IGO
(/work/shared/data/gazetteer-syria-ocha-2015/syr_admin4_point.geojson; its README records the mirror and the
licence). The pack is a derived work: names, points and governorates only, with the attribution in its header.

The records load as an imported gazetteer does (`marsad gazetteer import`, source "user:sy-villages"), so every
rule for imported villages holds: a village never stands for a name the places pack or a GeoNames town bears, a
one-word name counts only after a place noun, a name headed by a kunya needs a cue. One more guard applies to
this pack alone (stages/places.py): a village counts only in an article that names its governorate. Measured
on Syrian news (2018 ANT articles), OCHA's namesakes in another governorate were the main harm of a plain
import: قرية هداج "in the Hasakah countryside" is OCHA's هداج in Hama, حي تشرين in Damascus a village in Raqqa,
محافظة السويدة (a misspelt السويداء) a hamlet in Hama; the villages the news meant lay in a governorate it named.

    PYTHONPATH=src python scripts/build_sy_villages.py [--ocha PATH]

then bump the version and `changes` line in the header written here and run scripts/update_manifest.py.
"""

from __future__ import annotations

import argparse
import json
import math
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "marsad" / "data" / "villages_sy.jsonl"
OCHA = Path("/work/shared/data/gazetteer-syria-ocha-2015/syr_admin4_point.geojson")
VERSION = "1"
#: OCHA's governorate names → the places pack's admin1 spelling (as scripts/build_village_pack.py)
GOV = {"As-Sweida": "As-Suwayda", "Dar'a": "Daraa", "Rural Damascus": "Rif Dimashq", "Idleb": "Idlib",
       "Deir-ez-Zor": "Deir ez-Zor", "Al-Hasakeh": "Al-Hasakah", "Ar-Raqqa": "Raqqa", "Lattakia": "Latakia",
       "Tartous": "Tartus"}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--ocha", default=str(OCHA))
    args = ap.parse_args()
    # ~6 NAME_ARA values were cut mid-character by the shapefile width (see the data README)
    d = json.loads(Path(args.ocha).read_bytes().decode("utf-8", "replace"))
    rows, govs = [], {}
    for ft in d["features"]:
        q = ft["properties"]
        name = (q.get("NAME_ARA") or "").strip()
        lat, lon = q.get("LATITUDE"), q.get("LONGITUDE")
        if not name or "\ufffd" in name or lat is None or math.isnan(lat):
            continue
        admin1 = GOV.get(q["ADMIN1_EN"], q["ADMIN1_EN"])
        # the word news uses for the governorate: ريف دمشق and مدينة دمشق are both named by دمشق
        govs[admin1] = q["ADMIN1_ARA"].strip().removeprefix("ريف ").removeprefix("مدينة ")
        rows.append({"id": q["PCODE"], "name": q["NAME_EN"], "name_ar": name, "lat": round(lat, 4),
                     "lon": round(lon, 4), "admin1": admin1})
    meta = {"version": VERSION, "licence": "CC-BY-3.0-IGO",
            "sources": ["UNOCHA / UN Cartographic Section, Syria COD, populated places 2015, via HDX "
                        "(CC BY 3.0 IGO); derived by scripts/build_sy_villages.py: names, points, governorates"],
            "attribution": "UNOCHA / UN Cartographic Section, Syria COD, via HDX",
            "about": "Syria's communities (towns and villages), loaded as a default gazetteer with the rules of "
                     "an imported one; a village counts only in an article that names its governorate "
                     "(governorate_words: the Arabic word for each admin1).",
            "governorate_words": dict(sorted(govs.items())),
            "changes": ["1: the 5,245 OCHA communities with a whole Arabic name and a point"]}
    lines = [json.dumps({"_meta": meta}, ensure_ascii=False)]
    lines += [json.dumps(r, ensure_ascii=False) for r in rows]
    OUT.write_text("\n".join(lines) + "\n", "utf-8")
    print(len(rows), "communities →", OUT)


if __name__ == "__main__":
    main()
