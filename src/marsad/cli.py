"""The `marsad` command line: thin click commands over the library."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections import Counter
from pathlib import Path

import click

from marsad import __version__


def _console():  # type: ignore[no-untyped-def]
    from rich.console import Console

    return Console(stderr=True, highlight=False)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="marsad")
def cli() -> None:
    """marsad reads Arabic news about armed conflict and writes structured, source-attributed records."""


def _write_atomic(path: Path, data: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--out", "-o", "out", required=True,
              help="Folder for one <name>.json per article, or - for JSON lines on stdout.")
@click.option("--published", default=None, help="Publication date (YYYY-MM-DD) for inputs that carry none.")
@click.option("--outlet", default=None, help="Outlet name for inputs that carry none.")
@click.option("--max-bytes", default=10_000_000, show_default=True, type=click.IntRange(1),
              help="Skip input files larger than this (reason too_large).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary.")
def extract(paths: tuple[str, ...], out: str, published: str | None, outlet: str | None, max_bytes: int,
            quiet: bool) -> None:
    """Analyse articles and write one JSON record per article.

    PATHS are files or folders (walked): .txt, .html, .jsonl records, TREC <DOC> streams, optionally .gz.

    Example: marsad extract articles/ --out records/
    """
    from marsad import analyze
    from marsad.reading import Failure, count_inputs, read_paths

    to_stdout = out == "-"
    out_dir = Path(out)
    if not to_stdout:
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise click.ClickException(f"Cannot create the output folder {out}: {e.strerror}. "
                                       "Choose another --out folder.") from e
    console = _console()
    totals: Counter[str] = Counter()
    failures: list[tuple[str, str]] = []
    used_names: Counter[str] = Counter()

    show_progress = not quiet and sys.stderr.isatty()
    progress = None
    task = None
    if show_progress:
        total = count_inputs(list(paths))
        if total > 3:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            progress = Progress(TextColumn("extract"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                                console=console, transient=True)
            progress.start()
            task = progress.add_task("extract", total=total)
    try:
        for item in read_paths(list(paths), max_bytes=max_bytes):
            if isinstance(item, Failure):
                failures.append((item.source, item.error.message))
                console.print(f"[red]skipped[/red] {item.source}: {item.error.reason} — "
                              f"{item.error.message.split(': ', 1)[-1]}", soft_wrap=True)
                if progress is not None and item.counted:
                    progress.advance(task)  # type: ignore[arg-type]
                continue
            try:
                article = analyze(item.text, published=item.published or published, url=item.url,
                                  outlet=item.outlet or outlet, title=item.title, id=item.name,
                                  given=item.given())
            except Exception as e:  # one bad article must never stop the run
                failures.append((item.source, f"internal: {type(e).__name__}: {e}"))
                console.print(f"[red]failed[/red] {item.source}: internal — {type(e).__name__}: {e}. "
                              "Please report this with the input file.", soft_wrap=True)
                continue
            record = article.to_dict()
            if item.notes:
                record["notes"] = list(item.notes) + list(record.get("notes", []))
            if item.author and not record.get("author"):
                record["author"] = item.author
            totals["articles"] += 1
            totals["entities"] += len(article.entities)
            totals["events"] += len(article.events)
            totals["claims"] += len(article.claims)
            totals["quantities"] += len(article.quantities)
            if to_stdout:
                click.echo(json.dumps(record, ensure_ascii=False))
            else:
                name = item.name
                used_names[name] += 1
                if used_names[name] > 1:
                    name = f"{name}-{used_names[name]}"
                try:
                    _write_atomic(out_dir / f"{name}.json", json.dumps(record, ensure_ascii=False, indent=1))
                except OSError as e:
                    raise click.ClickException(f"Cannot write to {out_dir}: {e.strerror}. "
                                               "Choose another --out folder.") from e
            if progress is not None:
                progress.advance(task)  # type: ignore[arg-type]
    finally:
        if progress is not None:
            progress.stop()
    if not quiet:
        console.print(
            f"{totals['articles']} articles, {totals['entities']} entities, {totals['events']} events, "
            f"{totals['claims']} claims, {totals['quantities']} quantities, {len(failures)} failed"
        )
    if failures:
        sys.exit(1)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--limit", default=50, show_default=True, help="Show at most this many articles.")
def show(paths: tuple[str, ...], limit: int) -> None:
    """Print a readable summary of records written by `marsad extract`.

    Example: marsad show records/
    """
    from marsad.summary import render

    files: list[Path] = []
    for p in paths:
        path = Path(p)
        files.extend(sorted(path.glob("*.json")) if path.is_dir() else [path])
    console = _console_out()
    for f in files[:limit]:
        try:
            record = json.loads(f.read_text("utf-8"))
        except (OSError, json.JSONDecodeError) as e:
            console.print(f"[red]cannot read[/red] {f}: {e}")
            continue
        render(record, f.stem, console)


def _console_out():  # type: ignore[no-untyped-def]
    from rich.console import Console

    return Console(highlight=False)


def _register() -> None:
    from marsad.cli_gazetteer import gazetteer

    cli.add_command(gazetteer)


_register()


def main() -> None:
    cli()


if __name__ == "__main__":
    main()
