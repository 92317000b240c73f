"""Data packs: the knowledge marsad uses, kept in versioned files under `marsad/data/`.

Each pack is listed in `data/manifest.json` with its version, licence and sources. Entity packs
(actors, people, outlets, places) are JSON lines with one entry a line; lexicons (attribution verbs,
triggers, framing terms, number words, month names ...) are JSON objects. Nothing here runs at import:
packs are read on first use and cached for the life of the process.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from marsad import index_cache
from marsad.errors import MarsadError
from marsad.textnorm import fold_text


@dataclass(frozen=True, slots=True)
class Alias:
    text: str
    #: ISO dates bounding when this alias means this entry (e.g. الجيش السوري before/after Dec 2024)
    valid_from: str | None = None
    valid_to: str | None = None
    #: None, or a context the alias needs to count: "quoted" (in quotes), "cue" (after a cue noun such
    #: as صحيفة/قناة/موقع for outlets), "capital" (a capital city used for its government), "theatre" (a
    #: name many states give their own body, الأمن العام: the entry's only unless the article's places lie
    #: mostly in another country), "sign" (a name other countries' oppositions share, قوات المعارضة: the
    #: entry's only where the article names some other place, party or person of its country), "theatre_sign"
    #: (both: الثوار, a word every country's rebels take, is Syria's only in a story that names something
    #: Syrian and whose places do not lie mostly elsewhere, as a Cuban or Libyan story's may name Syria once)
    requires: str | None = None
    #: words that, right before or after the alias, give it another sense: أمن الدولة after محكمة is a
    #: court (Jordan's State Security Court), not Syria's State Security; compared folded, with the
    #: proclitics و ف ب ل ك taken off the neighbouring word
    not_after: tuple[str, ...] = ()
    not_before: tuple[str, ...] = ()

    def __reduce__(self) -> tuple[Any, ...]:
        # a slots dataclass unpickles through a generic per-field __setstate__; the constructor is ~3x faster,
        # and index caches hold thousands of these
        return (Alias, (self.text, self.valid_from, self.valid_to, self.requires, self.not_after, self.not_before))


@dataclass(frozen=True, slots=True)
class PackEntry:
    id: str
    type: str  # actor | person | outlet | place
    name: str  # canonical English name
    name_ar: str
    aliases: tuple[Alias, ...]
    kind: str | None = None
    parent: str | None = None
    country: str | None = None
    valid_from: str | None = None
    valid_to: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def __reduce__(self) -> tuple[Any, ...]:
        return (PackEntry, (self.id, self.type, self.name, self.name_ar, self.aliases, self.kind, self.parent,
                            self.country, self.valid_from, self.valid_to, self.extra))


def _data_file(name: str) -> Any:
    return resources.files("marsad.data").joinpath(name)


@cache
def manifest() -> dict[str, Any]:
    return json.loads(_data_file("manifest.json").read_text("utf-8"))


@cache
def load_json(name: str) -> Any:
    """A lexicon pack (`data/<name>.json`)."""
    f = _data_file(f"{name}.json")
    try:
        return json.loads(f.read_text("utf-8"))
    except FileNotFoundError as e:
        raise MarsadError("E201", pack=name) from e
    except json.JSONDecodeError as e:
        raise MarsadError("E202", pack=name, detail=str(e)) from e


def iter_jsonl(name: str) -> Iterator[dict[str, Any]]:
    f = _data_file(f"{name}.jsonl")
    try:
        text = f.read_text("utf-8")
    except FileNotFoundError as e:
        raise MarsadError("E201", pack=name) from e
    for lineno, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("//"):
            continue
        try:
            d = json.loads(line)
        except json.JSONDecodeError as e:
            raise MarsadError("E202", pack=name, detail=f"line {lineno}: {e}") from e
        if "_meta" not in d:  # the header line carries the pack's version, licence and sources
            yield d


def pack_meta(name: str) -> dict[str, Any]:
    """The header of a pack: `{"version", "licence", "sources", ...}`."""
    if name.endswith(".json"):
        d = load_json(name[:-5])
        return {k: d.get(k) for k in ("version", "licence", "sources", "about")}
    first = _data_file(name).read_text("utf-8").split("\n", 1)[0]
    return dict(json.loads(first).get("_meta", {}))


def _words(items: Any, lists: dict[str, list[str]]) -> tuple[str, ...]:
    """An alias's word list, where "@name" stands for the pack header's `word_lists[name]` (one list that many
    aliases share, kept once)."""
    out: list[str] = []
    for w in items or ():
        out.extend(lists[w[1:]] if w.startswith("@") and w not in COMPUTED_WORD_CLASSES else [w])
    return tuple(out)


#: word classes an alias's `not_after`/`not_before` may name that no list spells out, since the packs already
#: know their words: "@state_adjective" is any state's masculine nisba of actors.jsonl (الروسي، الإيراني), so
#: that «مجلس الأمن الروسي» is Russia's council, not the UN's; "@given_name" is any given name of the names pack,
#: so that a bare epithet (الرئيس المخلوع) right before a man's name is that man's title, not the alias (stage
#: entities reads them)
COMPUTED_WORD_CLASSES = frozenset({"@state_adjective", "@given_name"})


def _alias(a: Any, lists: dict[str, list[str]] | None = None) -> Alias:
    if isinstance(a, str):
        return Alias(a)
    lists = lists or {}
    return Alias(a["text"], a.get("valid_from"), a.get("valid_to"), a.get("requires"),
                 _words(a.get("not_after"), lists), _words(a.get("not_before"), lists))


_CODE = index_cache.code_files("packs")

_CORE = {"id", "type", "name", "name_ar", "aliases", "kind", "parent", "country", "valid_from", "valid_to"}


def entry_from_dict(d: dict[str, Any], default_type: str, lists: dict[str, list[str]] | None = None) -> PackEntry:
    aliases = [_alias(a, lists) for a in d.get("aliases", [])]
    known = {a.text for a in aliases}
    if d.get("name_ar") and d["name_ar"] not in known:
        aliases.insert(0, Alias(d["name_ar"]))
    return PackEntry(
        id=d["id"],
        type=d.get("type", default_type),
        name=d["name"],
        name_ar=d.get("name_ar", ""),
        aliases=tuple(aliases),
        kind=d.get("kind"),
        parent=d.get("parent"),
        country=d.get("country"),
        valid_from=d.get("valid_from"),
        valid_to=d.get("valid_to"),
        extra={k: v for k, v in d.items() if k not in _CORE},
    )


def _read_entity_pack(name: str) -> tuple[PackEntry, ...]:
    default_type = {"actors": "actor", "people": "person", "outlets": "outlet", "places": "place"}.get(name, name)
    lists = pack_meta(f"{name}.jsonl").get("word_lists", {})
    return tuple(entry_from_dict(d, default_type, lists) for d in iter_jsonl(name))


@cache
def entity_pack(name: str) -> tuple[PackEntry, ...]:
    """An entity pack (`data/<name>.jsonl`): actors, people, outlets, places."""
    # parsing ~2,000 JSON lines is a fifth of a fresh process's start: the index cache keeps the entries,
    # keyed on the pack file and this module
    return index_cache.cached(f"pack-{name}", (f"{name}.jsonl", *_CODE), lambda: _read_entity_pack(name))


@cache
def entries_by_id() -> dict[str, PackEntry]:
    out: dict[str, PackEntry] = {}
    for name in ("actors", "people", "outlets", "places"):
        for e in entity_pack(name):
            out[e.id] = e
    return out


def root_of(ref: str) -> str:
    """The top of an entry's parent chain (air force → army → state; a group backed by the Turkish army and one
    backed by Turkey share it): whose side a force is on. An id no pack has is its own top."""
    by_id = entries_by_id()
    seen = {ref}
    while (entry := by_id.get(ref)) is not None and entry.parent and entry.parent not in seen:
        ref = entry.parent
        seen.add(ref)
    return ref


@cache
def folded_aliases() -> frozenset[str]:
    """Every alias of every entity pack, folded: the names a derived word must not take over. Made once per
    process for the stages that ask (`state_words(not_names=True)`, the entities stage's derived nisbas): each
    of them folding the ~10,000 aliases itself was ~0.01 s of a one-article run."""
    return frozenset(fold_text(a.text) for e in entries_by_id().values() for a in e.aliases)


@cache
def state_words(value: str = "id", *, states_only: bool = True, names: bool = False,
                singular: bool = False, not_names: bool = False) -> dict[str, str]:
    """The actors pack's nisba adjectives (`adjectives`: التركي، روسية، الأميركيين), folded → the actor's id,
    or its country code with `value="country"`. Each stage that reads a nationality word asks for its own cut:
    `states_only` (kind state; else any actor with adjectives: الحوثية), `names` (the state's own aliases too:
    العراق), `singular` (only the singular nisba, -ي/-ية: plurals name people, not the state's act),
    `not_names` (leave out a nisba that is also a name: سورية). The first entry to claim a word keeps it."""
    taken = folded_aliases() if not_names else frozenset()
    out: dict[str, str] = {}
    for e in entity_pack("actors"):
        if states_only and e.kind != "state":
            continue
        key = e.country if value == "country" else e.id
        if not key:
            continue
        words: list[str] = list(e.extra.get("adjectives") or ())
        if names:
            words += [a.text for a in e.aliases if not a.requires]
        for w in words:
            f = fold_text(w)
            if singular and not f.endswith(("ي", "يه")):
                continue
            if f not in taken:
                out.setdefault(f, key)
    return out


@cache
def folded_words(pack: str, key: str, group: str | None = None) -> frozenset[str]:
    """The word list `key` of a JSON pack (inside its `group` object when given), folded, once per process: the
    one reader of the closed word classes the stages steer by. A missing key is an empty class."""
    data = load_json(pack)
    if group is not None:
        data = data.get(group, {})
    return frozenset(" ".join(fold_text(w).split()) for w in data.get(key, ()))


def reset_caches() -> None:
    """Forget every loaded pack (tests, or after `marsad gazetteer import`)."""
    for fn in (manifest, load_json, entity_pack, entries_by_id, folded_aliases, state_words, folded_words):
        fn.cache_clear()
