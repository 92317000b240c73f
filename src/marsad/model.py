"""The records marsad produces. Every span is a pair of character offsets into `Article.text`.

Records are frozen: stages build them once and never mutate them, so an `Article` can be shared across
threads and processes and serialised without surprises.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

#: types `_plain` returns as they are: most values of a record (tested first: `hasattr` on a string raises
#: and catches an AttributeError inside, the largest cost of serialising a record)
_SCALARS = frozenset({str, int, float, bool, type(None)})


def _plain(value: Any) -> Any:
    """Turn nested records and tuples into JSON-ready values, dropping None-valued optional keys."""
    if type(value) in _SCALARS:
        return value
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


class _Record:
    """Shared `to_dict` for the frozen records below."""

    _keep_none: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        cls = type(self)
        names = _FIELD_NAMES.get(cls)
        if names is None:  # dataclasses.fields() is slow enough to show up when thousands of records are written
            names = _FIELD_NAMES[cls] = tuple(f.name for f in fields(self))  # type: ignore[arg-type]
        out: dict[str, Any] = {}
        keep = self._keep_none
        for name in names:
            v = getattr(self, name)
            if v is None and name not in keep:
                continue
            out[name] = v if type(v) in _SCALARS else _plain(v)
        return out


@dataclass(frozen=True, slots=True)
class Span(_Record):
    """A stretch of the article text: `text == article.text[start:end]`."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Mention(_Record):
    start: int
    end: int
    text: str
    #: how the mention was found: "pack" (a data-pack alias), "pattern" (a cue such as a role noun),
    #: "anaphora" (resolved from a definite description such as التنظيم), "ner" (a statistical model).
    how: str = "pack"


@dataclass(frozen=True, slots=True)
class Entity(_Record):
    id: str
    type: str  # actor | person | place | outlet
    name: str  # canonical English name
    name_ar: str
    mentions: tuple[Mention, ...]
    #: the data-pack entry this entity was linked to, or None for a name no pack knows
    ref: str | None = None
    kind: str | None = None  # actor kind (armed_group, state_force, ...), place kind, outlet kind
    parent: str | None = None  # the canonical name of the actor this one belongs to
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    admin1: str | None = None
    precision: str | None = None  # place | admin_area | region | country
    geo_source: str | None = None  # which gazetteer gave the coordinates
    role: str | None = None  # for people: the role the article gives them (الصحفي, المحلل ...)


@dataclass(frozen=True, slots=True)
class Quantity(_Record):
    value: float
    unit: str
    start: int
    end: int
    text: str
    approx: str | None = None  # "more than", "about", "hundreds", "700 to 800" ...
    counts: str | None = None  # the Arabic noun the number counts (عنصر, سجين ...)

    def to_dict(self) -> dict[str, Any]:
        d = _Record.to_dict(self)
        if float(self.value).is_integer():
            d["value"] = int(self.value)
        return d


@dataclass(frozen=True, slots=True)
class TimeRef(_Record):
    text: str
    start: int
    end: int
    #: ISO date (YYYY-MM-DD), or None when it cannot be resolved (no publication date known)
    date: str | None = None
    precision: str | None = None  # day | week | month | year
    #: the date range the expression covers, for week/month/year precision
    date_end: str | None = None


@dataclass(frozen=True, slots=True)
class Source(_Record):
    """One link of an isnad: who tells (outermost first)."""

    kind: str  # outlet | person | official | anonymous | document
    text: str
    start: int | None = None
    end: int | None = None
    entity: str | None = None  # entity id when the teller is a known entity
    qualifiers: tuple[str, ...] = ()  # local, security, diplomatic, close-to-X, informed ...
    role: str | None = None  # for people: الصحفي, المحلل ...
    #: True when this teller speaks together with the link before it, joined by و (قال فلان وفلان إن):
    #: a co-teller of the same claim, not one who relays the other; None (left out of the JSON) otherwise
    joint: bool | None = None


@dataclass(frozen=True, slots=True)
class Claim(_Record):
    start: int
    end: int
    sources: tuple[Source, ...]
    verb: str | None = None  # the attribution verb or phrase (أفادت، وفق، بحسب ...)
    cue_start: int | None = None
    cue_end: int | None = None
    #: "direct" when the claim is quoted, else "indirect"
    speech: str = "indirect"
    #: ids of the claims this one continues ("وأضاف" after a first attribution)
    continues: str | None = None
    id: str = ""


@dataclass(frozen=True, slots=True)
class Event(_Record):
    _keep_none = ("actor1", "actor2", "place")

    type: str
    start: int
    end: int
    trigger: Span
    modality: str
    actor1: str | None = None
    actor2: str | None = None
    place: str | None = None
    date: TimeRef | None = None
    quantities: tuple[Quantity, ...] = ()
    claim: str | None = None  # the id of the claim the event belongs to
    acled: str | None = None
    plover: str | None = None
    id: str = ""


@dataclass(frozen=True, slots=True)
class Framing(_Record):
    term: str
    start: int
    end: int
    target: str | None  # entity id
    category: str | None = None  # delegitimising, terrorism, occupation, ...


@dataclass(frozen=True, slots=True)
class Outlet(_Record):
    name: str
    name_en: str | None = None
    ref: str | None = None
    how: str | None = None  # html, signature, masthead, trailer, cited, given


@dataclass(frozen=True, slots=True)
class Article(_Record):
    text: str
    id: str | None = None
    title: str | None = None
    url: str | None = None
    published: str | None = None
    outlet: Outlet | None = None
    author: str | None = None
    dateline: str | None = None
    language: str = "ar"
    entities: tuple[Entity, ...] = ()
    events: tuple[Event, ...] = ()
    claims: tuple[Claim, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    times: tuple[TimeRef, ...] = ()
    framing: tuple[Framing, ...] = ()
    #: notes from reading the input: encoding, repaired mojibake, boilerplate removed ...
    notes: tuple[str, ...] = ()
    marsad_version: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def entity(self, entity_id: str | None) -> Entity | None:
        for e in self.entities:
            if e.id == entity_id:
                return e
        return None
