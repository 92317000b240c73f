"""marsad: structured, source-attributed records from Arabic news about armed conflict.

    >>> import marsad
    >>> article = marsad.analyze("أفادت مصادر محلية بأن قوات سوريا الديمقراطية ...", published="2025-01-20")
    >>> article.to_dict()["entities"]

The pipeline and its stages are in `marsad.pipeline`; the records in `marsad.model`.
"""

from __future__ import annotations

import logging
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from marsad.model import Article

__all__ = ["__version__", "analyze"]

logging.getLogger(__name__).addHandler(logging.NullHandler())


def _as_date(value: str | date | datetime | None) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    from marsad.stages.times import parse_published

    return parse_published(str(value))


def analyze(text: str, *, published: str | date | datetime | None = None, url: str | None = None,
            outlet: str | None = None, title: str | None = None, id: str | None = None,
            given: dict[str, Any] | None = None) -> Article:
    """Analyse one article's text and return its records.

    `published` (ISO date or datetime, or a date object) anchors relative dates such as أمس; `outlet`
    names the publishing outlet when the text itself does not; `given` carries other metadata the caller
    already knows (author, dateline, sitename from an HTML page).
    """
    from marsad import pipeline

    given = dict(given or {})
    if outlet:
        given.setdefault("outlet", outlet)
    doc = pipeline.make_doc(text, published=_as_date(published), url=url, title=title, doc_id=id, given=given)
    pipeline.run(doc)
    return pipeline.freeze(doc)
