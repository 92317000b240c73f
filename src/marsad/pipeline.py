"""The pipeline: a working document that stages fill in, the stage registry, and `analyze()`.

A stage is a function `(doc) -> None` registered with `@stage(name, requires=..., assigns=...)`. The
default order is `DEFAULT_STAGES`; `build()` checks that every stage's requirements are assigned by an
earlier stage before anything runs (as spaCy checks its pipeline). Stages load their packs lazily and
cache them for the process, so a worker pays the loading cost once.
"""

from __future__ import annotations

import bisect
import gc
import importlib
import itertools
import operator
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from marsad import matcher, model
from marsad.errors import MarsadError
from marsad.textnorm import Folded, Sentence, clean, dediacritise, fold, split_sentences

#: a word for `Doc.word_spans`
_WORD = re.compile(r"\w+")
#: an entity's mentions, for the mention index's key (see Doc._mention_index)
_MENTIONS = operator.attrgetter("mentions")


@dataclass(slots=True)
class Candidate:
    """A possible entity mention, before overlaps are resolved. Offsets are into `Doc.text`."""

    start: int
    end: int
    type: str  # actor | person | place | outlet
    refs: tuple[str, ...] = ()  # pack or gazetteer ids this surface may mean (several = ambiguous)
    how: str = "pack"  # pack | gazetteer | pattern | anaphora | ner
    #: higher wins when two candidates of the same length overlap
    priority: int = 0
    name: str | None = None  # for names no pack knows
    name_ar: str | None = None
    attrs: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class EntityDraft:
    """An entity while the pipeline works on it; frozen into `model.Entity` at the end."""

    id: str
    type: str
    name: str
    name_ar: str
    ref: str | None
    mentions: list[model.Mention] = field(default_factory=list)
    attrs: dict[str, Any] = field(default_factory=dict)
    _spans: set[tuple[int, int]] = field(default_factory=set, repr=False)

    def add(self, start: int, end: int, text: str, how: str = "pack") -> None:
        # a set and a sorted insert: an entity can have thousands of mentions in a long text
        if (start, end) not in self._spans:
            self._spans.add((start, end))
            bisect.insort(self.mentions, model.Mention(start, end, text, how), key=lambda m: m.start)


@dataclass(slots=True)
class Doc:
    """The article while the stages work on it."""

    text: str
    folded: Folded
    sentences: list[Sentence]
    published: date | None = None
    url: str | None = None
    title: str | None = None
    id: str | None = None
    #: metadata the reader found (HTML site name, author, date ...) before the text stages run
    given: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)
    entities: list[EntityDraft] = field(default_factory=list)
    quantities: list[model.Quantity] = field(default_factory=list)
    times: list[model.TimeRef] = field(default_factory=list)
    claims: list[model.Claim] = field(default_factory=list)
    events: list[model.Event] = field(default_factory=list)
    framing: list[model.Framing] = field(default_factory=list)
    outlet: model.Outlet | None = None
    author: str | None = None
    dateline: str | None = None
    #: spans (start, end) that are not article body: signatures, source lists, bylines
    furniture: list[tuple[int, int]] = field(default_factory=list)
    #: free space for stages to hand results to later stages
    scratch: dict[str, Any] = field(default_factory=dict)
    _mindex: Any = field(default=None, repr=False)
    #: set while a stage that changes no entity and no mention runs (`entities_fixed`): the mention index built
    #: when it began is used as it is, with no key check per look-up
    _fixed: bool = field(default=False, repr=False)
    #: the sentences' starts for `sentence_of`, with the list they were read from and its length
    _sstarts: Any = field(default=None, repr=False)
    #: entities made so far: ids come from this count, not from the list's length, since resolve drops entities and
    #: a later stage's new one would otherwise take the id of one still there (two e14 in one record, and a framing
    #: target read as the wrong entity)
    _made: int = field(default=0, repr=False)

    # ---- helpers shared by stages

    def marked_span(self, i: int, j: int) -> tuple[int, int]:
        """Original offsets of folded [i, j), keeping the diacritics that close the last word (داعشياً), so a
        span cut from a match ends where the printed word does."""
        s, e = self.folded.span(i, j)
        text = self.text
        n = len(text)
        while e < n and not dediacritise(text[e]):
            e += 1
        return s, e

    def word_spans(self) -> tuple[list[tuple[int, int, str]], list[int], list[int]]:
        """The words (`\\w+` runs) of the folded text as (start, end, folded word), offsets in the original
        text, with their starts and ends: made once per text and shared (events and framing each built the
        same list). Read-only: the lists are handed to every stage that asks."""
        folded = self.folded
        got = self.scratch.get("word_spans")
        if got is None or got[0] is not folded.text:
            index = folded.index
            if index is None:
                spans = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(folded.text)]
            else:  # Folded.span read directly: a word starts before the end of the text and is never empty
                spans = [(index[m.start()], index[m.end() - 1] + 1, m.group()) for m in _WORD.finditer(folded.text)]
            got = (folded.text, spans, [w[0] for w in spans], [w[1] for w in spans])
            self.scratch["word_spans"] = got
        return got[1], got[2], got[3]

    def new_entity(self, type_: str, name: str, name_ar: str, ref: str | None, **attrs: Any) -> EntityDraft:
        self._made = max(self._made, len(self.entities)) + 1
        ent = EntityDraft(f"e{self._made}", type_, name, name_ar, ref, attrs=dict(attrs))
        self.entities.append(ent)
        return ent

    def entity(self, entity_id: str | None) -> EntityDraft | None:
        for e in self.entities:
            if e.id == entity_id:
                return e
        return None

    def entity_by_ref(self, ref: str) -> EntityDraft | None:
        for e in self.entities:
            if e.ref == ref:
                return e
        return None

    def mentions_in(self, start: int, end: int, types: Iterable[str] | None = None
                    ) -> list[tuple[model.Mention, EntityDraft]]:
        """Entity mentions inside [start, end), in text order (an index look-up, not a scan of every mention:
        the events stage asks this thousands of times per article)."""
        starts, pairs, _longest = self._mention_index()
        wanted = set(types) if types else None
        # the index is sorted stably by start from the entities' order, as the scan this replaced sorted its
        # pairs: mentions starting at the same offset come in the same order
        lo = bisect.bisect_left(starts, start)
        hi = bisect.bisect_right(starts, end)
        return [(m, e) for m, e in pairs[lo:hi] if m.end <= end and (wanted is None or e.type in wanted)]

    @contextmanager
    def entities_fixed(self) -> Iterator[None]:
        """For a stage that reads the entities and changes none of them, nor their mentions (claims, events): the
        mention index is checked once here and then used without its key check, which costs O(entities) a
        look-up (≈ 35,000 look-ups per 450 articles). A stage that adds or moves mentions must not use it."""
        if self._fixed:  # nested: the outer hold already checked the index
            yield
            return
        self._mention_index()
        self._fixed = True
        try:
            yield
        finally:
            self._fixed = False

    def _mention_index(self) -> tuple[list[int], list[tuple[model.Mention, EntityDraft]], int]:
        """All mentions sorted by start, rebuilt whenever the entities change."""
        got = self._mindex
        if self._fixed:  # see `entities_fixed`: built (or checked) when the hold began
            return got[2], got[3], got[4]
        # the key is the entities, in order, and each one's mention count: counts alone missed a mention moved
        # from one entity to another (resolve moves them) or entities reordered, and a stale index would hand
        # out the wrong entity. Built with map (no Python loop) and compared by identity first: this key is
        # computed for every look-up (thousands per article)
        ents = self.entities
        counts = list(map(len, map(_MENTIONS, ents)))
        # the entities compared by identity (an equal-looking draft is another entity), in C, with no copy made
        if got is None or got[1] != counts or not all(map(operator.is_, got[0], ents)):
            pairs = sorted(((m, e) for e in ents for m in e.mentions), key=lambda p: p[0].start)
            longest = max((m.end - m.start for m, _ in pairs), default=0)
            got = self._mindex = (list(ents), counts, [m.start for m, _ in pairs], pairs, longest)
        return got[2], got[3], got[4]

    def overlapping(self, start: int, end: int, types: Iterable[str] | None = None
                    ) -> list[tuple[model.Mention, EntityDraft]]:
        """Entity mentions overlapping [start, end), in text order (an index look-up, not a scan)."""
        starts, pairs, longest = self._mention_index()
        wanted = set(types) if types else None
        lo = bisect.bisect_left(starts, start - longest)
        hi = bisect.bisect_left(starts, end)
        return [(m, e) for m, e in pairs[lo:hi]
                if m.end > start and m.start < end and (wanted is None or e.type in wanted)]

    def entity_at(self, start: int, end: int) -> EntityDraft | None:
        """The entity with a mention overlapping [start, end), preferring the longest mention."""
        best: tuple[int, EntityDraft] | None = None
        for m, e in self.overlapping(start, end):
            if best is None or m.end - m.start > best[0]:
                best = (m.end - m.start, e)
        return best[1] if best else None

    def sentence_of(self, pos: int) -> Sentence:
        """The sentence holding `pos`, else the first one after it, else the whole text."""
        sents = self.sentences
        got = self._sstarts
        if got is None or got[0] is not sents or got[1] != len(sents):
            starts = [s.start for s in sents]
            # a bisect needs sorted, disjoint sentences (what split_sentences makes); any other list is scanned
            ordered = all(a.end <= b.start for a, b in itertools.pairwise(sents)) \
                and all(s.start < s.end for s in sents)
            got = self._sstarts = (sents, len(sents), starts if ordered else None)
        starts = got[2]
        if starts is None:
            for s in sents:
                if s.start <= pos < s.end:
                    return s
            for s in sents:
                if s.start >= pos:
                    return s
            return Sentence(0, len(self.text))
        # a look-up, not a scan: stages ask this for most spans they keep, and a long article has hundreds
        i = bisect.bisect_right(starts, pos) - 1
        if i >= 0 and pos < sents[i].end:
            return sents[i]
        # no sentence holds pos: the first one starting after it (starts are distinct, so i + 1 is it)
        return sents[i + 1] if i + 1 < len(sents) else Sentence(0, len(self.text))

    def is_furniture(self, start: int, end: int) -> bool:
        # a plain loop: stages ask this for nearly every span they keep
        for a, b in self.furniture:  # noqa: SIM110 - a generator costs more than the test
            if a <= start and end <= b:
                return True
        return False


StageFn = Callable[[Doc], None]


@dataclass(frozen=True, slots=True)
class StageSpec:
    name: str
    fn: StageFn
    requires: tuple[str, ...]
    assigns: tuple[str, ...]


REGISTRY: dict[str, StageSpec] = {}

#: the default pipeline, in order; each name is "<module>.<stage>" under marsad.stages
DEFAULT_STAGES: tuple[str, ...] = (
    "metadata",
    "entities",
    "places.candidates",
    "names",
    "ner",
    "resolve",
    "places.geocode",
    "quantities",
    "times",
    "claims",
    "events",
    "framing",
)

_BASE = ("doc.text", "doc.folded", "doc.sentences")


def stage(name: str, *, requires: Iterable[str] = (), assigns: Iterable[str] = ()) -> Callable[[StageFn], StageFn]:
    def register(fn: StageFn) -> StageFn:
        # a helper placed between the decorator and the stage function would be registered in its place and
        # the stage would silently do something else: the function must be `run` or named after the stage
        if fn.__name__ not in ("run", name.rsplit(".", 1)[-1]):
            raise TypeError(f"@stage({name!r}) decorates {fn.__name__!r}: put the decorator right above the "
                            f"stage's own function, named 'run' or {name.rsplit('.', 1)[-1]!r}")
        REGISTRY[name] = StageSpec(name, fn, tuple(requires), tuple(assigns))
        return fn

    return register


def _module_for(stage_name: str) -> str:
    return "marsad.stages." + stage_name.split(".")[0]


def build(names: Iterable[str] = DEFAULT_STAGES) -> list[StageSpec]:
    """Import and check the stages; raise E301/E302 before any article is touched."""
    names = list(names)
    specs: list[StageSpec] = []
    have = set(_BASE)
    for n in names:
        if n not in REGISTRY:
            try:
                importlib.import_module(_module_for(n))
            except ModuleNotFoundError as e:
                if e.name != _module_for(n):
                    raise
        if n not in REGISTRY:
            raise MarsadError("E302", stage=n, available=", ".join(sorted(REGISTRY)) or "none")
        spec = REGISTRY[n]
        missing = [r for r in spec.requires if r not in have]
        if missing:
            raise MarsadError("E301", stage=n, needs=", ".join(missing), order=" → ".join(names))
        have.update(spec.assigns)
        specs.append(spec)
    return specs


_DEFAULT: list[StageSpec] | None = None


def default_pipeline() -> list[StageSpec]:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = build(DEFAULT_STAGES)
    return _DEFAULT


def make_doc(text: str, *, published: date | None = None, url: str | None = None, title: str | None = None,
             doc_id: str | None = None, given: dict[str, Any] | None = None, cleaned: bool = False) -> Doc:
    text = text if cleaned else clean(text)
    return Doc(text=text, folded=fold(text), sentences=split_sentences(text), published=published, url=url,
               title=title, id=doc_id, given=dict(given or {}))


def run(doc: Doc, stages: list[StageSpec] | None = None) -> Doc:
    # the cyclic collector waits until the article is done: the stages allocate hundreds of thousands of
    # short-lived objects that reference counting frees, and the collections those allocations triggered
    # (~560 young and 4 full ones over 450 ANT articles, the full ones walking every pack and cache) found
    # almost nothing; one collection after the article does the same work once (the collector's time in
    # `marsad.analyze` over 450 articles: 0.43 s → 0.27 s, 564 → 222 young collections; the command line
    # sets its own thresholds, `runner`). The state is restored; a caller who turned the collector off keeps
    # it off
    paused = gc.isenabled()
    if paused:
        gc.disable()
    # the pack indexes that scan the whole folded text are scanned in one pass (`matcher.document`)
    matcher.document(doc.folded.text)
    try:
        for spec in stages if stages is not None else default_pipeline():
            spec.fn(doc)
    finally:
        matcher.document(None)
        if paused:
            gc.enable()
    return doc


def freeze(doc: Doc) -> model.Article:
    from marsad import __version__

    entities = tuple(
        model.Entity(
            id=e.id, type=e.type, name=e.name, name_ar=e.name_ar, mentions=tuple(e.mentions), ref=e.ref,
            kind=e.attrs.get("kind"), parent=e.attrs.get("parent"), lat=e.attrs.get("lat"),
            lon=e.attrs.get("lon"), country=e.attrs.get("country"), admin1=e.attrs.get("admin1"),
            precision=e.attrs.get("precision"), geo_source=e.attrs.get("geo_source"), role=e.attrs.get("role"),
        )
        for e in doc.entities
        if e.mentions
    )
    return model.Article(
        text=doc.text, id=doc.id, title=doc.title, url=doc.url,
        published=doc.published.isoformat() if doc.published else None,
        outlet=doc.outlet, author=doc.author, dateline=doc.dateline, entities=entities,
        events=tuple(doc.events), claims=tuple(doc.claims), quantities=tuple(doc.quantities),
        times=tuple(doc.times), framing=tuple(doc.framing), notes=tuple(doc.notes), marsad_version=__version__,
    )
