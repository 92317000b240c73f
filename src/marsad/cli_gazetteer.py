"""`marsad gazetteer import FILE` and `marsad gazetteer list`: the user's own place lists.

Registered in `marsad.cli` with `cli.add_command(gazetteer)`.
"""

from __future__ import annotations

import click

from marsad import gazetteer as gz
from marsad.errors import MarsadError


@click.group("gazetteer")
def gazetteer() -> None:
    """Import and list gazetteers (place lists with Arabic names and coordinates)."""


@gazetteer.command("import")
@click.argument("file", type=click.Path(dir_okay=False, path_type=str))
@click.option("--name", "name", default=None, help="Name to store it under (default: the file's name).")
@click.option("--name-ar", "name_ar", default=None, metavar="COL", help="Column holding the Arabic name.")
@click.option("--name-en", "name_en", default=None, metavar="COL", help="Column holding the English name.")
@click.option("--country", default=None, metavar="CC", help="ISO country code for every place (SY, IQ ...).")
def import_cmd(
    file: str, name: str | None, name_ar: str | None, name_en: str | None, country: str | None
) -> None:
    """Import an OCHA/HDX populated-places file (GeoJSON or CSV) or a GeoNames dump."""
    try:
        r = gz.import_gazetteer(file, name=name, name_ar=name_ar, name_en=name_en, country=country)
    except MarsadError as e:
        raise click.ClickException(str(e)) from e
    click.echo(f"imported {r.records} places from {file} ({r.format}) as '{r.name}' → {r.path}")
    if r.skipped:
        click.echo(f"skipped {r.skipped} rows without an Arabic name or coordinates")
    if r.repaired:
        click.echo(f"trimmed {r.repaired} names with broken UTF-8")
    used = ", ".join(f"{k}={v}" for k, v in r.columns.items() if v)
    if used:
        click.echo(f"columns: {used}")


@gazetteer.command("list")
def list_cmd() -> None:
    """List imported gazetteers."""
    rows = gz.list_gazetteers()
    if not rows:
        click.echo(f"no gazetteers imported (folder: {gz.gazetteer_dir()})")
        return
    for name, n, path in rows:
        click.echo(f"{name}\t{n} places\t{path}")
