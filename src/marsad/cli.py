"""The `marsad` command line: thin click commands over the library."""

from __future__ import annotations

import gc
import json
import sys
from collections import Counter
from pathlib import Path
from typing import ClassVar

import click

from marsad import __version__


class _LazyConsole:
    """rich's Console for stderr, imported only when something is printed: a quiet run of one article then
    never pays for importing rich (a noticeable part of a cold start)."""

    def __init__(self) -> None:
        self._real = None

    @property
    def real(self):  # type: ignore[no-untyped-def]
        if self._real is None:
            from rich.console import Console

            self._real = Console(stderr=True, highlight=False)
        return self._real

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        return getattr(self.real, name)


def _console() -> _LazyConsole:
    return _LazyConsole()


class _Commands(click.Group):
    """The commands defined in other modules (gazetteer, train, eval) are imported when one of them is run or
    listed, not by every `marsad extract` (importing the NER trainer cost a cold start 4 ms)."""

    LAZY: ClassVar[dict[str, tuple[str, str]]] = {
        "gazetteer": ("marsad.cli_gazetteer", "gazetteer"), "train": ("marsad.cli_ner", "train_group"),
        "eval": ("marsad.cli_ner", "eval_group")}

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.LAZY})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.LAZY and cmd_name not in self.commands:
            import importlib

            module, attr = self.LAZY[cmd_name]
            self.add_command(getattr(importlib.import_module(module), attr), cmd_name)
        return super().get_command(ctx, cmd_name)


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="marsad")
def cli() -> None:
    """marsad reads Arabic news about armed conflict and writes structured, source-attributed records."""


def _write_atomic(path: Path, data: str) -> None:
    from marsad.output import write_atomic

    write_atomic(path, data)


def _default_jobs() -> int:
    from marsad.runner import default_jobs

    return default_jobs()


class _Stop:
    """Ctrl-C once: finish the articles in progress, write them, close the outputs. Twice: stop at once."""

    def __init__(self, console) -> None:  # type: ignore[no-untyped-def]
        self.requested = False
        self.console = console
        self.previous = None

    def __enter__(self) -> _Stop:
        import signal
        import threading

        if threading.current_thread() is threading.main_thread():
            self.previous = signal.signal(signal.SIGINT, self._handle)
        return self

    def _handle(self, signum, frame) -> None:  # type: ignore[no-untyped-def]
        import signal

        self.requested = True
        self.console.print("[yellow]stopping[/yellow]: writing what is finished (Ctrl-C again to stop at once)")
        signal.signal(signal.SIGINT, signal.default_int_handler)

    def __exit__(self, *exc) -> None:  # type: ignore[no-untyped-def]
        import signal

        if self.previous is not None:
            signal.signal(signal.SIGINT, self.previous)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--out", "-o", "out", required=True,
              help="Output: a folder (json: one <name>.json per article; parquet: one table per folder), "
                   "a .jsonl file, or - for JSON lines on stdout.")
@click.option("--format", "-f", "fmt", type=click.Choice(["json", "jsonl", "parquet"]), default=None,
              help="json (one file per article; the default), jsonl (one file, a record a line), parquet "
                   "(tables articles, entities, events, claims; needs marsad[parquet]). Default: jsonl for "
                   "--out - or a .jsonl file, else json.")
@click.option("--jobs", "-j", type=click.IntRange(0), default=None,
              help="Worker processes (default: all cores; 1 = this process only).")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local: this machine's cores; dask: a Dask cluster (needs marsad[dask]).")
@click.option("--scheduler", default=None,
              help="Dask scheduler address (tcp://host:8786); without it --engine dask starts a LocalCluster.")
@click.option("--chunk-size", default=16, show_default=True, type=click.IntRange(1),
              help="Articles sent to a worker process at a time.")
@click.option("--published", default=None, help="Publication date (YYYY-MM-DD) for inputs that carry none.")
@click.option("--outlet", default=None, help="Outlet name for inputs that carry none.")
@click.option("--max-bytes", default=10_000_000, show_default=True, type=click.IntRange(1),
              help="Skip input files larger than this (reason too_large).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary.")
def extract(paths: tuple[str, ...], out: str, fmt: str | None, jobs: int | None, engine: str,
            scheduler: str | None, chunk_size: int, published: str | None, outlet: str | None, max_bytes: int,
            quiet: bool) -> None:
    """Analyse articles and write one record per article.

    PATHS are files or folders (walked): .txt, .html, .jsonl records, TREC <DOC> streams, optionally .gz.
    With --engine dask they may also be URLs the workers can read.

    Exit status: 0 all articles written; 1 some inputs were skipped or failed (each is named on stderr
    with its reason); 130 stopped by Ctrl-C (what was finished is written out completely).

    \b
    Examples:
      marsad extract articles/ --out records/
      marsad extract corpus/*.trec.xml.gz --format parquet --out tables/ --jobs 8
      marsad extract s3://bucket/news/ --engine dask --scheduler tcp://10.0.0.5:8786 --format parquet \\
          --out s3://bucket/marsad/
    """
    from marsad.output import MissingExtra

    if fmt is None:
        fmt = "jsonl" if out == "-" or out.endswith((".jsonl", ".ndjson")) else "json"
    if fmt == "parquet" and out == "-":
        raise click.UsageError("Parquet output needs a folder: give --out FOLDER.")
    jobs = jobs or _default_jobs()
    console = _console()
    try:
        if engine == "dask":
            code = _extract_dask(list(paths), out, fmt, jobs, scheduler, published, outlet, max_bytes, quiet,
                                 console)
        else:
            if scheduler:
                raise click.UsageError("--scheduler needs --engine dask.")
            code = _extract_local(list(paths), out, fmt, jobs, chunk_size, published, outlet, max_bytes, quiet,
                                  console)
    except MissingExtra as e:
        raise click.ClickException(str(e)) from e
    # every record is written and its file closed: the interpreter's last collection at exit would walk each
    # object the run left alive (the packs loaded after the first article, the recogniser's word cache) to
    # free a process that is ending anyway, ~90 ms after 400 articles; in the permanent generation it skips them
    gc.freeze()
    if code:
        sys.exit(code)


def _open_writer(fmt: str, out: str):  # type: ignore[no-untyped-def]
    from marsad.output import make_writer

    try:
        return make_writer(fmt, out)
    except OSError as e:
        raise click.ClickException(f"Cannot create the output {out}: {e.strerror}. "
                                   "Choose another --out folder.") from e


def _extract_local(paths: list[str], out: str, fmt: str, jobs: int, chunk_size: int, published: str | None,
                   outlet: str | None, max_bytes: int, quiet: bool, console) -> int:  # type: ignore[no-untyped-def]
    from marsad.reading import Failure, count_inputs, read_paths
    from marsad.runner import Settings, run_local

    writer = _open_writer(fmt, out)
    totals: Counter[str] = Counter()
    failures: list[tuple[str, str]] = []
    show_progress = not quiet and sys.stderr.isatty()
    progress = None
    task = None
    interrupted = False
    stream = run_local(read_paths(paths, max_bytes=max_bytes), Settings(fmt, published, outlet), jobs, chunk_size)
    with _Stop(console) as stop:
        try:
            first = next(stream, None)  # starts the worker pool (if any) before the progress bar's thread
            if show_progress:
                total = count_inputs(paths)
                if total > 3:
                    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

                    progress = Progress(TextColumn("extract"), BarColumn(), MofNCompleteColumn(),
                                        TimeRemainingColumn(), console=console.real, transient=True)
                    progress.start()
                    task = progress.add_task("extract", total=total)
            events = stream if first is None else _chain_one(first, stream)
            for ev in events:
                if isinstance(ev, Failure):
                    failures.append((ev.source, ev.error.message))
                    console.print(f"[red]skipped[/red] {ev.source}: {ev.error.reason} — "
                                  f"{ev.error.message.split(': ', 1)[-1]}", soft_wrap=True)
                    if progress is not None and ev.counted:
                        progress.advance(task)  # type: ignore[arg-type]
                elif ev.error is not None:
                    failures.append((ev.source, ev.error))
                    console.print(f"[red]failed[/red] {ev.source}: {ev.error}. "
                                  "Please report this with the input file.", soft_wrap=True)
                    if progress is not None:
                        progress.advance(task)  # type: ignore[arg-type]
                else:
                    if ev.warnings:
                        console.print(f"[yellow]warning[/yellow] {ev.source}: {_warning_text(ev.warnings)}",
                                      soft_wrap=True)
                    try:
                        writer.write(ev.name, ev.data)
                    except OSError as e:
                        raise click.ClickException(f"Cannot write to {out}: {e.strerror}. "
                                                   "Choose another --out folder.") from e
                    totals["articles"] += 1
                    for k, c in zip(("entities", "events", "claims", "quantities"), ev.counts, strict=True):
                        totals[k] += c
                    if progress is not None:
                        progress.advance(task)  # type: ignore[arg-type]
                if stop.requested:
                    interrupted = True
                    break
        except KeyboardInterrupt:
            interrupted = True
        finally:
            stream.close()
            if progress is not None:
                progress.stop()
            writer.close()
    _summary(console, quiet, totals, failures, interrupted)
    return 130 if interrupted else 1 if failures else 0


def _warning_text(notes: tuple[str, ...]) -> str:
    """One line from the reader's notes on an article it cut: why (reason codes), and how much was kept."""
    parts = []
    reasons = [n.split(":", 1)[1] for n in notes if n.startswith("degenerate:")]
    if reasons:
        parts.append(f"degenerate ({', '.join(reasons)}) — part of the text is not prose")
    for n in notes:
        if n.startswith("truncated:"):
            sizes, _, code = n.split(":", 1)[1].partition(" ")
            total, _, kept = sizes.partition(">")
            parts.append(f"analysed the first {kept} of {total} characters {code}".rstrip())
    return "; ".join(parts)


def _chain_one(first, rest):  # type: ignore[no-untyped-def]
    yield first
    yield from rest


def _summary(console, quiet: bool, totals: Counter[str], failures: list[tuple[str, str]],  # type: ignore[no-untyped-def]
             interrupted: bool) -> None:
    if interrupted:
        console.print(f"[yellow]interrupted[/yellow]: {totals['articles']} articles written completely; "
                      "run again to do the rest")
    if not quiet:
        console.print(
            f"{totals['articles']} articles, {totals['entities']} entities, {totals['events']} events, "
            f"{totals['claims']} claims, {totals['quantities']} quantities, {len(failures)} failed"
        )


def _extract_dask(paths: list[str], out: str, fmt: str, jobs: int, scheduler: str | None, published: str | None,
                  outlet: str | None, max_bytes: int, quiet: bool, console) -> int:  # type: ignore[no-untyped-def]
    from marsad.runner import DaskMissing, Settings, run_dask

    if fmt == "json":
        raise click.UsageError("--engine dask writes partitioned output: use --format parquet or --format jsonl.")
    if out == "-":
        raise click.UsageError("--engine dask writes partitioned output: give --out FOLDER (or a URL).")
    totals: Counter[str] = Counter()
    failures: list[tuple[str, str]] = []

    def on_part(summary: dict) -> None:  # type: ignore[type-arg]
        for k in ("articles", "entities", "events", "claims", "quantities"):
            totals[k] += summary.get(k, 0)
        for source, reason in summary["failures"]:
            failures.append((source, reason))
            console.print(f"[red]failed[/red] {source}: {reason}", soft_wrap=True)

    interrupted = False
    with _Stop(console) as stop:
        try:
            finished = run_dask(paths, out, Settings(fmt, published, outlet), scheduler=scheduler, jobs=jobs,
                                max_bytes=max_bytes, on_part=on_part, stop=lambda: stop.requested)
            interrupted = not finished
        except DaskMissing as e:
            raise click.ClickException(str(e)) from e
        except KeyboardInterrupt:
            interrupted = True
    _summary(console, quiet, totals, failures, interrupted)
    return 130 if interrupted else 1 if failures else 0


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


def main() -> None:
    cli()


if __name__ == "__main__":
    main()
