"""Rewrite src/marsad/data/manifest.json from the headers of the data files (run after editing a pack)."""

from __future__ import annotations

import json
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "src" / "marsad" / "data"


def header(path: Path) -> dict:
    if path.suffix == ".jsonl":
        with path.open(encoding="utf-8") as f:
            return json.loads(f.readline()).get("_meta", {})
    d = json.loads(path.read_text("utf-8"))
    return {k: d.get(k) for k in ("version", "licence", "sources")}


def main() -> None:
    manifest_path = DATA / "manifest.json"
    manifest = json.loads(manifest_path.read_text("utf-8"))
    packs = {}
    for path in sorted(DATA.glob("*.json*")):
        if path.name == "manifest.json":
            continue
        h = header(path)
        packs[path.name] = {
            "version": str(h.get("version") or "1"),
            "licence": h.get("licence") or "Apache-2.0",
            "sources": h.get("sources") or ["written for marsad"],
        }
    manifest["packs"] = packs
    manifest_path.write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", "utf-8")
    print(f"{len(packs)} packs listed in {manifest_path}")


if __name__ == "__main__":
    main()
