"""A small on-disk cache for built indexes (phrase automata and their payload tables).

Stages build their indexes from the data packs on first use in every process. `cached(name, files, build)`
returns `build()`'s result, stored as a pickle under `$MARSAD_CACHE` (default `~/.cache/marsad`) and loaded
from there by the next process. The file name carries a key made of the marsad version, the Python and
pyahocorasick versions, the index name and the sha256 of every data file the index is built from: a changed
pack, an upgrade or an imported gazetteer gives a new key, so a stale file is never read. A file that cannot
be read (truncated, corrupt, another format) is ignored and rebuilt. Files are written atomically (a
temporary file in the same folder, then `os.replace`), so concurrent workers never see half a file; when the
folder cannot be written the index is simply built every time.

Each index keeps its `KEEP` most recently used keys (a hit touches its file's mtime; a store removes the
older ones beyond `KEEP`): two installs, checkouts or versions on one account, or a pack edited and put back,
each find their own file instead of evicting each other's and rebuilding in every process. A machine with more
checkouts than that sets `MARSAD_CACHE_KEEP` (a whole number, at least 1). Removing the folder (or any file in
it) is always safe: what is missing is built again.

What is stored: the phrase indexes of the entities, names, claims, events and framing stages; the place
records and the alias table of `gazetteer` ("places", keyed also on the GeoNames slice and the imported
gazetteers' contents) and the places stage's index over them ("place-index"); the towns abroad of
`gazetteer.world_towns` ("world-towns", keyed also on the world slice's key); the parsed entity packs
("pack-<name>"). A fresh process thus reads pickles instead of parsing JSON lines and folding every name.

`MARSAD_CACHE=off` (or `0`, `none`) turns the cache off. The cache holds only what marsad itself wrote into
the user's own cache folder; like any pickle, it must not be pointed at files from elsewhere.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import gc
import hashlib
import os
import pickle
import re
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

#: bumped whenever the layout of what is stored changes (2: slotted dataclasses stored as field tuples)
FORMAT = 2
_MAGIC = "marsad-index-cache"
_OFF = {"0", "off", "none", "false", "no"}
#: keys kept per index: a few installs or checkouts sharing one cache folder each keep theirs
KEEP = 3
_KEEP_ENV = "MARSAD_CACHE_KEEP"
#: a temporary file older than this was left by a process that died while writing it
_STALE_TMP_S = 3600.0


def cache_dir() -> Path | None:
    """The cache folder, or None when the cache is turned off."""
    env = os.environ.get("MARSAD_CACHE")
    if env is not None:
        if env.strip().lower() in _OFF or not env.strip():
            return None
        return Path(env).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "marsad"


def keep() -> int:
    """Keys kept per index: `$MARSAD_CACHE_KEEP`, else `KEEP`. A value that is not a whole number of at least 1
    is named in a warning and the default is used: a cache setting never stops a run."""
    raw = os.environ.get(_KEEP_ENV)
    if raw is None or not raw.strip():
        return KEEP
    try:
        n = int(raw.strip())
    except ValueError:
        n = 0
    if n < 1:
        _warn_keep(raw)
        return KEEP
    return n


@functools.cache
def _warn_keep(raw: str) -> None:
    """Said once per process and value, on stderr: the run goes on with the default."""
    from marsad.errors import MESSAGES

    msg = MESSAGES["E501"].format(name=_KEEP_ENV, value=raw, default=KEEP)
    sys.stderr.write(f"marsad: warning [E501] {msg}\n")


def _versions() -> str:
    from marsad import __version__

    try:
        import ahocorasick

        aho = getattr(ahocorasick, "__version__", "") or str(getattr(ahocorasick, "unicode", ""))
    except ImportError:  # pragma: no cover - a hard dependency
        aho = ""
    return f"{FORMAT}|{__version__}|{sys.version_info[:3]}|{sys.implementation.name}|{aho}"


def data_file_bytes(name: str) -> bytes | None:
    """The bytes of `marsad/data/<name>`, or None when it does not exist."""
    try:
        return resources.files("marsad.data").joinpath(name).read_bytes()
    except (FileNotFoundError, IsADirectoryError, OSError):
        return None


@functools.cache
def _file_digest(path: str) -> bytes:
    """sha256 of a source file, read once per process (close to the code the process imported)."""
    try:
        return hashlib.sha256(Path(path).read_bytes()).digest()
    except OSError:
        return b"<missing>"


def cache_key(name: str, files: Iterable[str | Path], extra: str = "") -> str:
    """The key of an index: versions, name, `extra` and the sha256 of each file (a data-pack name such as
    "actors.jsonl", or a path). A missing file counts as such, so adding it later changes the key."""
    h = hashlib.sha256()
    h.update(f"{_versions()}|{name}|{extra}".encode())
    for f in files:
        h.update(b"\0" + str(f).encode() + b"\0")
        if isinstance(f, Path) or os.sep in str(f):
            h.update(_file_digest(str(f)))
            continue
        data = data_file_bytes(str(f))
        h.update(hashlib.sha256(data).digest() if data is not None else b"<missing>")
    return h.hexdigest()


def code_files(*modules: str) -> tuple[Path, ...]:
    """The source files of marsad modules an index is built with (matcher, textnorm, the stage itself): a
    change to the code that builds an index changes its key as a change to the data does. A module that is a
    package (a folder) stands for every source file in it, so that an edit to any of its sub-stages counts."""
    here = Path(__file__).parent
    files: list[Path] = []
    for m in modules:
        base = here / m.replace(".", "/")
        files.extend(sorted(base.glob("*.py")) if base.is_dir() else [base.with_suffix(".py")])
    for f in files:
        _file_digest(str(f))  # hashed now, while the modules are being imported
    return tuple(files)


@contextlib.contextmanager
def _no_gc() -> Iterator[None]:
    """The collector off while a pickle is read: an index is hundreds of thousands of new objects that all
    stay, and the collections their allocation triggers (a fifth of a cold start's CPU) find nothing."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


@functools.cache
def _slot_fields(cls: type) -> tuple[str, ...] | None:
    """The field names of a slotted dataclass that pickles by the dataclass' own per-field __setstate__
    (frozen + slots), else None: a class with a __reduce__ of its own keeps it."""
    if not dataclasses.is_dataclass(cls) or "__slots__" not in cls.__dict__:
        return None
    if "__reduce__" in cls.__dict__ or "__reduce_ex__" in cls.__dict__:
        return None
    if getattr(getattr(cls, "__getstate__", None), "__qualname__", "") != "_dataclass_getstate":
        return None
    return tuple(f.name for f in dataclasses.fields(cls))


#: per class: whether `cls(*field values)` rebuilds an equal object (checked on the first one pickled)
_BY_CONSTRUCTOR: dict[type, bool] = {}


def _by_constructor(cls: type, obj: Any, values: tuple[Any, ...]) -> bool:
    ok = _BY_CONSTRUCTOR.get(cls)
    if ok is None:
        params = getattr(cls, "__dataclass_params__", None)
        try:
            ok = bool(params is not None and params.eq and not hasattr(cls, "__post_init__")
                      and all(f.init for f in dataclasses.fields(cls)) and cls(*values) == obj)
        except Exception:  # a constructor of its own that takes other arguments
            ok = False
        _BY_CONSTRUCTOR[cls] = ok
    return ok


def _restore(cls: type, names: tuple[str, ...], values: tuple[Any, ...]) -> Any:
    """A slotted dataclass from its field values, without the constructor."""
    obj = object.__new__(cls)
    setattr_ = object.__setattr__
    for n, v in zip(names, values, strict=True):
        setattr_(obj, n, v)
    return obj


class _Pickler(pickle.Pickler):
    """Frozen slotted dataclasses (a lexicon's ten thousand small records) are stored as their field values
    and rebuilt by their constructor: the dataclass' own __setstate__ calls `dataclasses.fields()` for every
    object, which made most of the time such an index took to load (2.5x slower than the constructor)."""

    def reducer_override(self, obj: Any) -> Any:
        cls = type(obj)
        names = None if isinstance(obj, type) else _slot_fields(cls)
        if names is None:
            return NotImplemented
        values = tuple(getattr(obj, n) for n in names)
        if _by_constructor(cls, obj, values):
            return cls, values
        return _restore, (cls, names, values)


def _path(folder: Path, name: str, key: str) -> Path:
    return folder / f"{name}-{key[:32]}.pickle"


def load(name: str, key: str) -> Any | None:
    """The stored object for (name, key); None when there is none or it cannot be read."""
    folder = cache_dir()
    if folder is None:
        return None
    try:
        with open(_path(folder, name, key), "rb") as fh, _no_gc():
            magic, stored_key, obj = pickle.load(fh)
    except Exception:  # missing, truncated, corrupt or from another version: rebuild
        return None
    if magic != _MAGIC or stored_key != key:
        return None
    # a hit marks the file as recently used, so that another install's stores evict older keys first
    with contextlib.suppress(OSError):  # a read-only cache folder is only read
        os.utime(_path(folder, name, key))
    return obj


def store(name: str, key: str, obj: Any) -> bool:
    """Write atomically; keep the `keep()` most recently used files of the same index. False when the folder
    is not writable."""
    folder = cache_dir()
    if folder is None:
        return False
    target = _path(folder, name, key)
    tmp = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{name}-", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as fh:
            _Pickler(fh, protocol=pickle.HIGHEST_PROTOCOL).dump((_MAGIC, key, obj))
        os.replace(tmp, target)
        tmp = None
    except Exception:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        return False
    _prune(folder, name, target)
    return True


def _prune(folder: Path, name: str, target: Path) -> None:
    """Keep the `keep()` most recently used files of index `name` (`target`, just written, among them); remove
    the others and temporary files that dead writers left. Another process may be pruning or storing at the
    same time: a file already gone is fine, and a reader that has a file open keeps reading it."""
    own = re.compile(re.escape(name) + r"-[0-9a-f]{32}\.pickle")  # not "pack-x-y-…" for index "pack-x"
    aged: list[tuple[float, str, Path]] = []
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        try:
            mtime = entry.stat().st_mtime
        except OSError:  # removed meanwhile
            continue
        if own.fullmatch(entry.name):
            if entry.path != str(target):
                aged.append((mtime, entry.name, Path(entry.path)))
        elif entry.name.startswith(f".{name}-") and entry.name.endswith(".tmp") and now - mtime > _STALE_TMP_S:
            with contextlib.suppress(OSError):
                os.unlink(entry.path)
    aged.sort(reverse=True)  # newest first; the name breaks ties so that every process agrees
    for _, _, old in aged[keep() - 1:]:
        with contextlib.suppress(OSError):
            old.unlink()


def cached(name: str, files: Iterable[str | Path], build: Callable[[], T], *, extra: str = "") -> T:
    """`build()`, or its result stored by an earlier process for the same data files and versions."""
    if cache_dir() is None:
        return build()
    key = cache_key(name, files, extra)
    obj = load(name, key)
    if obj is not None:
        return obj  # type: ignore[no-any-return]
    obj = build()
    store(name, key, obj)
    return obj
