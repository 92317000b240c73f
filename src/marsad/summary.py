"""A readable, terminal-sized summary of one article's records (used by `marsad show`)."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table


def _ent_label(ents: dict[str, dict[str, Any]], eid: str | None) -> str:
    if not eid or eid not in ents:
        return "—"
    e = ents[eid]
    return f"{e.get('name')} ({e.get('name_ar', '')})"


def render(record: dict[str, Any], name: str, console: Console) -> None:
    ents = {e["id"]: e for e in record.get("entities", [])}
    outlet = (record.get("outlet") or {}).get("name") if isinstance(record.get("outlet"), dict) else None
    head = f"[bold]{escape(name)}[/bold]"
    meta = [x for x in (outlet, record.get("author"), record.get("dateline"), record.get("published")) if x]
    if meta:
        head += "  " + escape(" · ".join(str(m) for m in meta))
    console.rule(head)
    text = record.get("text", "")

    by_type: dict[str, list[str]] = {}
    for e in ents.values():
        label = e.get("name") or ""
        if e.get("type") == "place" and e.get("lat") is not None:
            label += f" [{e['lat']:.2f},{e['lon']:.2f}]"
        by_type.setdefault(e.get("type", "?"), []).append(f"{label} ×{len(e.get('mentions', []))}")
    for t in ("actor", "person", "place", "outlet"):
        if by_type.get(t):
            console.print(f"[cyan]{t}s[/cyan]: " + escape(", ".join(by_type[t])))

    if record.get("events"):
        table = Table("type", "actor1", "actor2", "place", "modality", "evidence", show_lines=False)
        for ev in record["events"]:
            table.add_row(ev.get("type", ""), escape(_ent_label(ents, ev.get("actor1"))),
                          escape(_ent_label(ents, ev.get("actor2"))), escape(_ent_label(ents, ev.get("place"))),
                          ev.get("modality", ""), escape(text[ev["start"]:ev["end"]][:70]))
        console.print(table)
    for c in record.get("claims", []):
        # a co-teller (joint) speaks beside the link before it, not through it: « + », not « → »
        chain = "".join((" + " if s.get("joint") else " → ") * (i > 0) + f"{s.get('kind')}: {s.get('text')}"
                        for i, s in enumerate(c.get("sources", [])))
        console.print(f"[magenta]claim[/magenta] {escape(chain)} | {escape(text[c['start']:c['end']][:80])}")
    if record.get("quantities"):
        qs = ", ".join(f"{q.get('approx', '') + ' ' if q.get('approx') else ''}{q['value']:g} {q['unit']}"
                       for q in record["quantities"])
        console.print(f"[green]quantities[/green]: {escape(qs)}")
    if record.get("framing"):
        fr = ", ".join(f"{f['term']} → {ents.get(f.get('target') or '', {}).get('name', '?')}"
                       for f in record["framing"])
        console.print(f"[yellow]framing[/yellow]: {escape(fr)}")
