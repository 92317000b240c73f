"""Streaming writers for `marsad extract`: one JSON file per article, JSON lines, or Parquet tables.

Every writer takes records one at a time and keeps at most one Parquet row group in memory, so a run's
memory does not grow with the number of articles. Nothing is left half-written: per-article JSON files are
written to a temporary name and renamed; a JSON-lines file and the Parquet parts are written under a
temporary name and renamed by `close()`, which also runs after Ctrl-C (what was finished is kept).

Parquet output is a folder with one dataset per table, each a folder of part files:

    OUT/articles/part-00000.parquet   one row per article (text, metadata, quantities/times as JSON)
    OUT/entities/part-00000.parquet   one row per entity, mentions as a list of structs
    OUT/events/part-00000.parquet     one row per event, with the names of its actors and place
    OUT/claims/part-00000.parquet     one row per claim, its sources as a list of structs

`pyarrow.dataset.dataset("OUT/events")`, `pandas.read_parquet("OUT/events")` and DuckDB's
`read_parquet('OUT/events/*.parquet')` read a table whatever the number of parts (the Dask engine writes one
part per partition). Parquet needs the optional dependency: `pip install 'marsad[parquet]'`.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path
from typing import IO, Any

FORMATS = ("json", "jsonl", "parquet")
TABLES = ("articles", "entities", "events", "claims")


class MissingExtra(RuntimeError):
    """An optional dependency is not installed; the message names the extra to install."""


def require_pyarrow() -> Any:
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError as e:
        raise MissingExtra("Parquet output needs pyarrow, which is not installed. "
                           "Install it with: pip install 'marsad[parquet]' (or pip install pyarrow).") from e
    return pyarrow


def write_atomic(path: Path, data: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# ------------------------------------------------------------------ what a worker sends back


def payload(record: dict[str, Any], fmt: str, name: str) -> Any:
    """The record made ready for the writer, in the worker (so serialising runs in parallel too)."""
    if fmt == "json":
        return json.dumps(record, ensure_ascii=False, indent=1)
    if fmt == "jsonl":
        return json.dumps(record, ensure_ascii=False)
    return rows(record, name)


def _js(value: Any) -> str | None:
    return json.dumps(value, ensure_ascii=False) if value else None


def rows(record: dict[str, Any], name: str) -> dict[str, list[dict[str, Any]]]:
    """One article's record as rows of the four tables."""
    aid = record.get("id") or name
    outlet = record.get("outlet") or {}
    names = {e["id"]: e.get("name") for e in record.get("entities", ())}
    text = record.get("text") or ""
    article = {
        "article_id": aid, "title": record.get("title"), "url": record.get("url"),
        "published": record.get("published"), "outlet": outlet.get("name"), "outlet_en": outlet.get("name_en"),
        "outlet_ref": outlet.get("ref"), "author": record.get("author"), "dateline": record.get("dateline"),
        "language": record.get("language"), "text": text,
        "n_entities": len(record.get("entities", ())), "n_events": len(record.get("events", ())),
        "n_claims": len(record.get("claims", ())), "n_quantities": len(record.get("quantities", ())),
        "quantities_json": _js(record.get("quantities")), "times_json": _js(record.get("times")),
        "framing_json": _js(record.get("framing")), "notes": list(record.get("notes", ())),
        "marsad_version": record.get("marsad_version"),
    }
    entities = []
    for e in record.get("entities", ()):
        entities.append({
            "article_id": aid, "entity_id": e["id"], "type": e.get("type"), "name": e.get("name"),
            "name_ar": e.get("name_ar"), "ref": e.get("ref"), "kind": e.get("kind"), "parent": e.get("parent"),
            "lat": e.get("lat"), "lon": e.get("lon"), "country": e.get("country"), "admin1": e.get("admin1"),
            "precision": e.get("precision"), "geo_source": e.get("geo_source"), "role": e.get("role"),
            "n_mentions": len(e.get("mentions", ())),
            "mentions": [{"start": m["start"], "end": m["end"], "text": m.get("text"), "how": m.get("how")}
                         for m in e.get("mentions", ())],
        })
    events = []
    for ev in record.get("events", ()):
        date = ev.get("date") or {}
        trig = ev.get("trigger") or {}
        events.append({
            "article_id": aid, "event_id": ev.get("id"), "type": ev.get("type"), "start": ev.get("start"),
            "end": ev.get("end"), "text": text[ev["start"]:ev["end"]] if "start" in ev else None,
            "trigger": trig.get("text"), "trigger_start": trig.get("start"), "trigger_end": trig.get("end"),
            "modality": ev.get("modality"), "actor1": ev.get("actor1"), "actor1_name": names.get(ev.get("actor1")),
            "actor2": ev.get("actor2"), "actor2_name": names.get(ev.get("actor2")), "place": ev.get("place"),
            "place_name": names.get(ev.get("place")), "date": date.get("date"), "date_end": date.get("date_end"),
            "date_precision": date.get("precision"), "date_text": date.get("text"), "claim": ev.get("claim"),
            "acled": ev.get("acled"), "plover": ev.get("plover"), "quantities_json": _js(ev.get("quantities")),
        })
    claims = []
    for c in record.get("claims", ()):
        claims.append({
            "article_id": aid, "claim_id": c.get("id"), "start": c.get("start"), "end": c.get("end"),
            "text": text[c["start"]:c["end"]] if "start" in c else None, "verb": c.get("verb"),
            "cue_start": c.get("cue_start"), "cue_end": c.get("cue_end"), "speech": c.get("speech"),
            "continues": c.get("continues"),
            "sources": [{"kind": s.get("kind"), "text": s.get("text"), "start": s.get("start"), "end": s.get("end"),
                         "entity": s.get("entity"), "role": s.get("role"), "qualifiers": list(s.get("qualifiers", ())),
                         "joint": bool(s.get("joint"))}
                        for s in c.get("sources", ())],
        })
    return {"articles": [article], "entities": entities, "events": events, "claims": claims}


def schemas() -> dict[str, Any]:
    pa = require_pyarrow()
    s, i, f = pa.string(), pa.int32(), pa.float64()
    mention = pa.struct([("start", i), ("end", i), ("text", s), ("how", s)])
    source = pa.struct([("kind", s), ("text", s), ("start", i), ("end", i), ("entity", s), ("role", s),
                        ("qualifiers", pa.list_(s)), ("joint", pa.bool_())])
    return {
        "articles": pa.schema([
            ("article_id", s), ("title", s), ("url", s), ("published", s), ("outlet", s), ("outlet_en", s),
            ("outlet_ref", s), ("author", s), ("dateline", s), ("language", s), ("text", s), ("n_entities", i),
            ("n_events", i), ("n_claims", i), ("n_quantities", i), ("quantities_json", s), ("times_json", s),
            ("framing_json", s), ("notes", pa.list_(s)), ("marsad_version", s)]),
        "entities": pa.schema([
            ("article_id", s), ("entity_id", s), ("type", s), ("name", s), ("name_ar", s), ("ref", s), ("kind", s),
            ("parent", s), ("lat", f), ("lon", f), ("country", s), ("admin1", s), ("precision", s),
            ("geo_source", s), ("role", s), ("n_mentions", i), ("mentions", pa.list_(mention))]),
        "events": pa.schema([
            ("article_id", s), ("event_id", s), ("type", s), ("start", i), ("end", i), ("text", s), ("trigger", s),
            ("trigger_start", i), ("trigger_end", i), ("modality", s), ("actor1", s), ("actor1_name", s),
            ("actor2", s), ("actor2_name", s), ("place", s), ("place_name", s), ("date", s), ("date_end", s),
            ("date_precision", s), ("date_text", s), ("claim", s), ("acled", s), ("plover", s),
            ("quantities_json", s)]),
        "claims": pa.schema([
            ("article_id", s), ("claim_id", s), ("start", i), ("end", i), ("text", s), ("verb", s),
            ("cue_start", i), ("cue_end", i), ("speech", s), ("continues", s), ("sources", pa.list_(source))]),
    }


# ------------------------------------------------------------------ writers


class Writer:
    """`write(name, payload)` for each finished article in order, then `close()` (also after Ctrl-C)."""

    written = 0

    def write(self, name: str, data: Any) -> None:
        raise NotImplementedError

    def close(self) -> None:
        pass


class JsonDirWriter(Writer):
    """One `<name>.json` per article, each written atomically; a repeated name gets -2, -3 ..."""

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir
        self.used: dict[str, int] = {}
        out_dir.mkdir(parents=True, exist_ok=True)

    def write(self, name: str, data: Any) -> None:
        n = self.used.get(name, 0) + 1
        self.used[name] = n
        write_atomic(self.out_dir / f"{name if n == 1 else f'{name}-{n}'}.json", data)
        self.written += 1


class JsonlWriter(Writer):
    """JSON lines to a file (written as a temporary file, renamed on close) or to stdout."""

    def __init__(self, path: Path | None, stream: IO[str] | None = None) -> None:
        self.path = path
        self.tmp: Path | None = None
        if path is None:
            self.f = stream or sys.stdout
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
            self.tmp = Path(tmp)
            self.f = os.fdopen(fd, "w", encoding="utf-8")

    def write(self, name: str, data: Any) -> None:
        self.f.write(data + "\n")
        self.written += 1

    def close(self) -> None:
        if self.path is None:
            self.f.flush()
            return
        if self.tmp is not None:
            self.f.close()
            os.replace(self.tmp, self.path)
            self.tmp = None


class ParquetWriter(Writer):
    """The four tables as `OUT/<table>/part-NNNNN.parquet`, one row group per `rows_per_group` articles."""

    def __init__(self, out_dir: str | Path, part: int = 0, rows_per_group: int = 1000,
                 filesystem: Any = None) -> None:
        require_pyarrow()
        self.out = str(out_dir).rstrip("/")
        self.part = part
        self.rows_per_group = rows_per_group
        self.fs = filesystem
        self.schemas = schemas()
        self.buf: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
        self.pending = 0
        self.writers: dict[str, Any] = {}
        self.tmp: dict[str, str] = {}
        self.closed = False

    def _open(self, table: str) -> Any:
        import pyarrow.parquet as pq

        folder = f"{self.out}/{table}"
        final = f"{folder}/part-{self.part:05d}.parquet"
        tmp = f"{folder}/.part-{self.part:05d}.parquet.tmp"
        if self.fs is None:
            Path(folder).mkdir(parents=True, exist_ok=True)
        else:
            self.fs.makedirs(folder, exist_ok=True)
        self.tmp[table] = tmp
        w = pq.ParquetWriter(tmp, self.schemas[table], compression="zstd", filesystem=self.fs)
        w.final_path = final  # type: ignore[attr-defined]
        return w

    def write(self, name: str, data: Any) -> None:
        for t in TABLES:
            self.buf[t].extend(data[t])
        self.pending += 1
        self.written += 1
        if self.pending >= self.rows_per_group:
            self.flush()

    def flush(self) -> None:
        import pyarrow as pa

        if not self.pending:
            return
        for t in TABLES:
            if t not in self.writers:
                self.writers[t] = self._open(t)
            self.writers[t].write_table(pa.Table.from_pylist(self.buf[t], schema=self.schemas[t]))
            self.buf[t] = []
        self.pending = 0

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        self.flush()
        for t in TABLES:  # an empty run still writes empty tables, so readers find the schema
            if t not in self.writers:
                self.writers[t] = self._open(t)
        for t, w in self.writers.items():
            w.close()
            if self.fs is None:
                os.replace(self.tmp[t], w.final_path)
            else:
                self.fs.mv(self.tmp[t], w.final_path)


def make_writer(fmt: str, out: str) -> Writer:
    """The writer for `--format fmt --out out` (out `-` is stdout, for json and jsonl)."""
    if fmt == "parquet":
        if out == "-":
            raise ValueError("Parquet output needs a folder: give --out FOLDER.")
        return ParquetWriter(Path(out))
    if out == "-":
        return JsonlWriter(None)
    path = Path(out)
    if fmt == "jsonl":
        if path.is_dir():
            path = path / "records.jsonl"
        return JsonlWriter(path)
    return JsonDirWriter(path)
