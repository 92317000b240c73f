"""`marsad train ner` and `marsad eval ner FILE`: train the NER tagger and score it on a CoNLL file.

Registered in `marsad.cli` with `cli.add_command(train_group)` and `cli.add_command(eval_group)`.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import click

from marsad.errors import MarsadError
from marsad.ner.train import DEFAULT_CORPORA


@click.group("train")
def train_group() -> None:
    """Train marsad's statistical models."""


@click.group("eval")
def eval_group() -> None:
    """Score marsad's statistical models on labelled files."""


def _default_data() -> str:
    return os.environ.get("MARSAD_DATA", "/work/shared/data")


@train_group.command("ner")
@click.option(
    "--data",
    "data",
    default=_default_data,
    show_default="$MARSAD_DATA or /work/shared/data",
    type=click.Path(file_okay=False, exists=True, path_type=Path),
    help="Folder holding ner-anercorp/, ner-aqmar/, ner-newsfane-gold/, ner-wojood-sample/ and "
    "news-ant-corpus-multisource/.",
)
@click.option(
    "--out",
    "out",
    default=None,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Model file to write (default: the model shipped inside the package).",
)
@click.option(
    "--corpora", default=",".join(DEFAULT_CORPORA), show_default=True, help="Comma-separated training corpora."
)
@click.option("--seed", default=13, show_default=True, type=int)
@click.option("--iterations", default=None, type=click.IntRange(1), help="L-BFGS iterations (default: 150).")
@click.option("--c1", default=None, type=float, help="L1 penalty.")
@click.option("--c2", default=None, type=float, help="L2 penalty.")
@click.option("--no-clusters", is_flag=True, help="Skip the word clusters learnt from the ANT corpus.")
@click.option(
    "--sample",
    default=0,
    type=click.IntRange(0),
    help="Use only this many sentences of each corpus (quick runs and tests).",
)
@click.option("--dev", is_flag=True, help="Hold out the last tenth of ANERcorp-train and report F1 on it.")
@click.option(
    "--stack/--no-stack",
    default=None,
    help="Also train the stacked neural tagger over the CRF's marginals (needs torch: pip install 'marsad[train]').",
)
@click.option("--stack-epochs", default=None, type=click.IntRange(1), help="Epochs of the stacked network.")
@click.option(
    "--self-train",
    "self_train",
    default=0,
    type=click.IntRange(0),
    help="Rounds of self-training: tag unlabelled ANT articles with the CRF, add its confident sentences to the "
    "training data and retrain (0: off; see marsad.ner.selftrain).",
)
@click.option("--self-train-docs", default=None, type=click.IntRange(0), help="ANT articles tagged per round (0: all).")
@click.option(
    "--self-train-threshold",
    default=None,
    type=click.FloatRange(0.0, 1.0),
    help="Keep a silver sentence when each token's CRF marginal of its label is at least this.",
)
@click.option(
    "--self-train-tokens", default=None, type=click.IntRange(0), help="At most this many silver tokens a round."
)
@click.option(
    "--ant-all-articles",
    is_flag=True,
    help="Learn the word vectors from every ANT article, the reserved ones too (only to rebuild a model made "
    "before 2026-11-26, such as the one shipped now; see the models README).",
)
def train_ner(
    data: Path,
    out: Path | None,
    corpora: str,
    seed: int,
    iterations: int | None,
    c1: float | None,
    c2: float | None,
    no_clusters: bool,
    sample: int,
    dev: bool,
    stack: bool | None,
    stack_epochs: int | None,
    self_train: int,
    self_train_docs: int | None,
    self_train_threshold: float | None,
    self_train_tokens: int | None,
    ant_all_articles: bool,
) -> None:
    """Train the CRF named-entity tagger and write the model file.

    The ANERcorp CAMeL test split never reaches training; the F1 on it is printed and recorded in the model.

    Example: marsad train ner --data /work/shared/data
    """
    from marsad.ner import train as tr
    from marsad.ner.tagger import default_model_path

    cfg = tr.TrainConfig(
        data=data,
        out=out or default_model_path(),
        seed=seed,
        corpora=tuple(c.strip() for c in corpora.split(",") if c.strip()),
        clusters=not no_clusters,
        sample=sample,
        dev=dev,
        log=lambda m: click.echo(m, err=True),
    )
    defaults = tr.TrainConfig(data=data, out=cfg.out)
    cfg.iterations = iterations or defaults.iterations
    cfg.c1 = defaults.c1 if c1 is None else c1
    cfg.c2 = defaults.c2 if c2 is None else c2
    cfg.stack = defaults.stack if stack is None else stack
    cfg.stack_epochs = stack_epochs or defaults.stack_epochs
    cfg.selftrain_rounds = self_train
    cfg.ant_reserved_out = not ant_all_articles
    cfg.selftrain_docs = defaults.selftrain_docs if self_train_docs is None else self_train_docs
    cfg.selftrain_threshold = defaults.selftrain_threshold if self_train_threshold is None else self_train_threshold
    cfg.selftrain_tokens = defaults.selftrain_tokens if self_train_tokens is None else self_train_tokens
    unknown = [c for c in cfg.corpora if c not in tr.corpora.LOADERS]
    if unknown:
        raise click.BadParameter(
            f"unknown corpus {', '.join(unknown)}; choose from {', '.join(tr.corpora.LOADERS)}", param_hint="--corpora"
        )
    try:
        manifest = tr.train(cfg)
    except FileNotFoundError as e:
        raise click.ClickException(f"A training file is missing: {e.filename}. Check --data.") from e
    except ImportError as e:
        raise click.ClickException(f"{e}. Install the training extras: pip install 'marsad[train]'.") from e
    test = manifest["scores"]["test_anercorp_camel"]
    click.echo(
        f"wrote {cfg.out} ({cfg.out.stat().st_size / 1e6:.1f} MB) in {manifest['seconds']['total']:.0f}s; "
        f"ANERcorp CAMeL test F1 {test['f1']:.4f} (P {test['precision']:.4f}, R {test['recall']:.4f})"
    )
    if "dev" in manifest["scores"]:
        click.echo(f"dev F1 {manifest['scores']['dev']['f1']:.4f}")


@eval_group.command("ner")
@click.argument("file", type=click.Path(dir_okay=False, exists=True, path_type=Path))
@click.option(
    "--model",
    "model",
    default=None,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Model file (default: the shipped model).",
)
@click.option("--json", "as_json", is_flag=True, help='Print one JSON object (overall F1 under "f1").')
def eval_ner(file: Path, model: Path | None, as_json: bool) -> None:
    """Score the NER tagger on FILE: `token tag` a line, a blank line between sentences (ANERcorp format).

    Prints CoNLL-style exact-span precision, recall and F1 per type and overall. The file is tagged as one
    stream: names found in a sentence also tag their repeats in the sentences around it.

    Example: marsad eval ner ANERCorp_CamelLab_test.txt --json
    """
    from marsad.ner.conll import Score, read_conll
    from marsad.ner.tagger import Tagger

    try:
        tagger = Tagger.load(model)
    except MarsadError as e:
        raise click.ClickException(str(e)) from e
    try:
        sents = read_conll(file)
    except (OSError, UnicodeDecodeError) as e:
        raise click.ClickException(f"Cannot read {file}: {e}. Give a UTF-8 `token tag` file.") from e
    if not sents:
        raise click.ClickException(f"{file} holds no `token tag` lines.")
    sc = Score()
    # the file is one stream: each sentence is tagged with its neighbours as its document
    for s, tags in zip(sents, tagger.tag_document([[t for t, _ in s] for s in sents]), strict=True):
        sc.add([g for _, g in s], tags)
    if as_json:
        d = sc.as_dict()
        d["file"] = str(file)
        d["model"] = str(model) if model else "shipped"
        click.echo(json.dumps(d, ensure_ascii=False))
    else:
        click.echo(sc.report())
