"""Reading inputs: files and records in, clean article texts (or a reason they were skipped) out.

`read_paths()` walks files and folders and yields, one at a time, either a `RawArticle` or a `Failure` that
names the input and carries an `InputError` with a stable reason code (`empty`, `binary`, `too_large`, ...).
Nothing a user can feed it should raise: every problem with one input becomes a `Failure` and the next input
is read.

Formats: `.txt`, `.html`/`.htm` (and HTML found inside a `.txt` or a record), `.jsonl` records, `.json` (one
record or a list), TREC `<DOC>` streams (`.xml`, `.trec`), and any of these gzip-compressed. Streams (JSON
lines, TREC) are read line by line, so a corpus file of any size costs one record of memory.

Bytes become text in this order of trust: BOM, UTF-16 by its byte pattern, a `<meta charset>` in HTML, strict
UTF-8, then charset-normalizer restricted to the Arabic code pages (cp1256, ISO-8859-6; unrestricted it calls
short ISO-8859-6 text Thai), checked to give mostly Arabic letters. UTF-8 text that was once decoded as
windows-1256 (`ظ‚طھظ„` for `قتل`) or Latin-1 (`Ù‚ØªÙ„`) is repaired.

Every size check happens before the expensive step it protects: the file size before reading, the
decompressed size while decompressing, the byte size before HTML parsing, the character count before
analysis. All patterns here are linear (no nested quantifiers), so a 1 MB line or a million repeated letters
goes through in milliseconds. Text that is not prose (thousands of words with no sentence end, a word of
thousands of letters) is analysed up to a budget of characters and cut there, with a note saying why.
"""

from __future__ import annotations

import codecs
import gzip
import html as html_lib
import itertools
import json
import os
import re
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from importlib import resources
from pathlib import Path
from typing import IO, Any

from marsad.errors import InputError
from marsad.textnorm import clean, fold_text, non_prose

#: raw bytes of one document (a file, or one record of a stream); over it → too_large (E103)
DEFAULT_MAX_BYTES = 10_000_000
#: characters of extracted text analysed; the rest is cut with a note (E112)
DEFAULT_MAX_CHARS = 500_000
#: characters of text that is not prose (`textnorm.non_prose`: thousands of words with no sentence end, a word
#: of thousands of letters) analysed per document; the text is cut where they run past it, with a note
#: (`degenerate:<reason>`, E114). Prose is analysed at ~230,000 characters a second, such text at half that:
#: without the budget a 1 MB line took 4 s; no real article has any (checked on 16,000 ANT articles)
DEFAULT_NON_PROSE_BUDGET = 20_000
#: a compressed stream may expand to at most this many bytes in all ...
DEFAULT_MAX_EXPANDED = 2_000_000_000
#: ... and, once past DEFAULT_MAX_BYTES, to at most this many times its compressed size (bombs run ~1000:1,
#: news text compresses ~4:1)
DEFAULT_MAX_RATIO = 100

SINGLE_SUFFIXES = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html", ".xhtml": "html",
                   ".json": "json"}
STREAM_SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".xml": "trec", ".trec": "trec"}


@dataclass(frozen=True, slots=True)
class RawArticle:
    """One article as read from an input, before analysis."""

    text: str
    name: str  # output stem: file stem, record id, or <file>-<line>
    source: str  # the input path (and record number) for messages
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    notes: tuple[str, ...] = field(default_factory=tuple)
    #: the place a byline or TREC <AUTHOR> field gives ("أبوظبي - سكاي نيوز عربية" → أبوظبي)
    dateline: str | None = None
    #: the HTML page's site name (og:site_name), kept apart from `outlet` for the metadata stage
    sitename: str | None = None
    #: how the bytes were decoded: utf-8, utf-8-sig, utf-16-le, cp1256, iso8859_6 ...
    encoding: str | None = None
    #: a credit line as the source gave it (TREC <AUTHOR>: "العربية.نت - إسلام سيف", "دبي ـ العربية.نت",
    #: "علاوة مزياني"): the metadata stage splits it into place, outlet and person with the outlet pack
    byline: str | None = None

    def given(self) -> dict[str, str]:
        """What the reader found about the article, as `Doc.given` keys for the metadata stage."""
        keys = ("outlet", "author", "published", "dateline", "sitename", "url", "title", "byline")
        return {k: v for k in keys if (v := getattr(self, k))}


@dataclass(frozen=True, slots=True)
class Failure:
    source: str
    error: InputError
    counted: bool = True  # whether the failure stands for one of the inputs count_inputs() counted


@dataclass(frozen=True, slots=True)
class Limits:
    max_bytes: int = DEFAULT_MAX_BYTES
    max_chars: int = DEFAULT_MAX_CHARS
    max_expanded: int = DEFAULT_MAX_EXPANDED
    max_ratio: int = DEFAULT_MAX_RATIO
    non_prose_budget: int = DEFAULT_NON_PROSE_BUDGET


class _Reject(Exception):
    """Internal: one input fails with this error (turned into a Failure at the boundary)."""

    def __init__(self, error: InputError) -> None:
        super().__init__(error.message)
        self.error = error


def _reject(code: str, **kwargs: Any) -> _Reject:
    return _Reject(InputError(code, **kwargs))


# ------------------------------------------------------------------ data packs


@cache
def _data(name: str) -> dict[str, Any]:
    return json.loads(resources.files("marsad.data").joinpath(name).read_text("utf-8"))


_EDGE_PUNCT = " \t*:：.،,;؛-–—_|•·»«\"'()[]"


def _line_key(line: str) -> str:
    """The form a line is compared in against the boilerplate lists."""
    return " ".join(fold_text(line).strip(_EDGE_PUNCT).split())


@dataclass(frozen=True, slots=True)
class _Boilerplate:
    exact: frozenset[str]
    prefix: tuple[str, ...]
    contains: tuple[str, ...]
    tokens: frozenset[str]
    max_chars: int
    follow_verbs: frozenset[str]
    follow_targets: frozenset[str]  # one word each
    follow_phrases: tuple[str, ...]  # two words or more, " w1 w2 " with spaces around
    follow_words: int
    list_heads: frozenset[str] = frozenset()  # اقرأ أيضاً: the headlines under it are links, not body
    list_words: int = 16


@cache
def _boilerplate() -> _Boilerplate:
    d = _data("boilerplate.json")
    follow = d.get("follow") or {}
    targets = [" ".join(fold_text(t).split()) for t in follow.get("targets", [])]
    return _Boilerplate(
        exact=frozenset(_line_key(p) for p in d["exact"]),
        prefix=tuple(k for k in (" ".join(fold_text(p).split()) for p in d["prefix"]) if k),
        contains=tuple(k for k in (" ".join(fold_text(p).split()) for p in d.get("contains", [])) if k),
        tokens=frozenset(_line_key(t) for t in d["tokens"]),
        max_chars=int(d.get("prefix_max_chars", 160)),
        follow_verbs=frozenset(fold_text(v).strip() for v in follow.get("verbs", [])),
        follow_targets=frozenset(t for t in targets if t and " " not in t),
        follow_phrases=tuple(f" {t} " for t in targets if " " in t),
        follow_words=int(follow.get("max_words", 14)),
        list_heads=frozenset(_line_key(p) for p in d.get("list_heads", [])),
        list_words=int(d.get("list_headline_max_words", 16)),
    )


_TOKEN_SEP = re.compile(r"[\s|/,،•·\-–—]+")
_FOLLOW_WORD = re.compile(r"[^\W_]+")


def is_boilerplate_line(line: str) -> bool:
    """Whether one line is page furniture (share buttons, comment form, "read also", "follow us on
    Telegram", copyright ...)."""
    bp = _boilerplate()
    stripped = line.strip()
    # long lines are article body: skip the fold entirely (also keeps a 1 MB line cheap)
    if not stripped or len(stripped) > bp.max_chars:
        return False
    # `_line_key`, from the one folded copy both forms start from
    whole = fold_text(stripped)
    key = " ".join(whole.strip(_EDGE_PUNCT).split())
    folded = " ".join(whole.split())
    if key in bp.exact or folded.startswith(bp.prefix) or any(c in folded for c in bp.contains):
        return True
    if _follow_line(key, bp):
        return True
    words = [w for w in _TOKEN_SEP.split(key) if w]
    return bool(words) and _two_word_tokens(words, bp.tokens)


def _follow_line(key: str, bp: _Boilerplate) -> bool:
    """"تابعوا أخبارنا على تلغرام", "للاشتراك في قناتنا", "حمّل تطبيق ...": a verb first, a target in it."""
    words = _FOLLOW_WORD.findall(key)
    if not words or len(words) > bp.follow_words:
        return False
    first = words[0]
    if first not in bp.follow_verbs and not (first[:1] == "و" and first[1:] in bp.follow_verbs):
        return False
    if any(w in bp.follow_targets or (w[:1] in "وبل" and w[1:] in bp.follow_targets) for w in words[1:]):
        return True
    spaced = f" {' '.join(words)} "
    return any(p in spaced for p in bp.follow_phrases)


def is_list_head(line: str) -> bool:
    """Whether a line heads a list of links to other articles ("اقرأ أيضاً", "مقالات ذات صلة")."""
    stripped = line.strip()
    return 0 < len(stripped) <= 60 and _line_key(stripped) in _boilerplate().list_heads


def is_listed_headline(line: str) -> bool:
    """Whether a line under a list head is one of its headlines: short, and not a sentence of the article
    (a paragraph ends with a stop or runs longer)."""
    bp = _boilerplate()
    stripped = line.strip()
    if not stripped or len(stripped) > bp.max_chars or stripped.endswith((".", "!", "؟", "?", ":", "؛")):
        return False
    return len(stripped.split()) <= bp.list_words


def remove_boilerplate(text: str) -> tuple[str, int]:
    """Drop share-button rows, comment-form lines, "read also" and copyright lines, and the headlines listed
    under a "read also" heading.

    Returns (text, number of lines removed)."""
    kept: list[str] = []
    removed = 0
    listing = False  # under a list head: its headlines follow until a line of body
    for line in text.split("\n"):
        if not line.strip():
            kept.append(line)
            continue
        if is_boilerplate_line(line):
            removed += 1
            listing = is_list_head(line)
            continue
        if listing and is_listed_headline(line):
            removed += 1
            continue
        listing = False
        kept.append(line)
    return "\n".join(kept), removed


def _two_word_tokens(words: list[str], tokens: frozenset[str]) -> bool:
    """A share row whose button names are two words ("فيس بوك", "واتس اب")."""
    i = 0
    while i < len(words):
        if words[i] in tokens:
            i += 1
        elif i + 1 < len(words) and f"{words[i]} {words[i + 1]}" in tokens:
            i += 2
        else:
            return False
    return True


# ------------------------------------------------------------------ bytes → text

_MAGIC: tuple[tuple[bytes, int, str], ...] = (
    (b"%PDF", 0, "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", 0, "a PNG image"),
    (b"\xff\xd8\xff", 0, "a JPEG image"),
    (b"GIF87a", 0, "a GIF image"),
    (b"GIF89a", 0, "a GIF image"),
    (b"PK\x03\x04", 0, "a ZIP archive (or a Word/Excel file)"),
    (b"PK\x05\x06", 0, "an empty ZIP archive"),
    (b"\x7fELF", 0, "a program (ELF)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 0, "an old Microsoft Office document"),
    (b"BZh", 0, "a bzip2 archive"),
    (b"\xfd7zXZ\x00", 0, "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", 0, "a 7-Zip archive"),
    (b"Rar!\x1a\x07", 0, "a RAR archive"),
    (b"SQLite format 3\x00", 0, "an SQLite database"),
    (b"\x00asm", 0, "a WebAssembly program"),
    (b"ftyp", 4, "a video (MP4/MOV)"),
    (b"WEBP", 8, "a WebP image"),
    (b"ID3", 0, "an MP3 file"),
    (b"OggS", 0, "an Ogg audio file"),
    (b"\x1a\x45\xdf\xa3", 0, "a video (Matroska/WebM)"),
    (b"\xca\xfe\xba\xbe", 0, "a compiled program (Java/Mach-O)"),
    (b"\xcf\xfa\xed\xfe", 0, "a compiled program (Mach-O)"),
)
#: bytes that never occur in text (\t \n \v \f \r and ESC excepted)
_CONTROL_BYTES = bytes([*range(0, 9), *range(14, 27), *range(28, 32), 127])
_GZIP_MAGIC = b"\x1f\x8b"


def _sniff_binary(data: bytes) -> str | None:
    """What binary format `data` is, or None if it may be text."""
    for magic, offset, what in _MAGIC:
        if data[offset : offset + len(magic)] == magic:
            return what
    if data[:2] == b"MZ" and b"\x00" in data[2:64]:
        return "a Windows program"
    sample = data[:65536]
    bad = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    # real text with a few stray NULs passes (they are stripped later); random bytes run ~11 %
    if sample and bad / len(sample) > 0.05:
        return "binary data (many control bytes)"
    return None


def _utf16_guess(data: bytes) -> str | None:
    """UTF-16 without a BOM: the high byte of each unit is 0x00 (ASCII) or 0x06 (Arabic) nearly always."""
    sample = data[:4096]
    if len(sample) < 8:
        return None
    sample = sample[: len(sample) - len(sample) % 2]
    even, odd = sample[0::2], sample[1::2]

    def share(bs: bytes) -> float:
        return sum(1 for b in bs if b in (0, 6)) / len(bs)

    se, so = share(even), share(odd)
    if so > 0.7 and se < 0.3:
        return "utf-16-le"
    if se > 0.7 and so < 0.3:
        return "utf-16-be"
    return None


_ARABIC_CHAR = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")


def _nonascii_arabic_share(text: str, limit: int = 200_000) -> float:
    """Of the non-ASCII letters, the share that are Arabic-script: what a wrong code page gets wrong."""
    sample = text[:limit]
    non_ascii = sum(1 for c in sample if ord(c) > 127 and c.isalpha())
    if not non_ascii:
        return 0.0
    return len(_ARABIC_CHAR.findall(sample)) / non_ascii


_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]{1,40})""", re.I)
_LEGACY = ("cp1256", "iso8859_6")


def decode_bytes(data: bytes, *, is_html: bool = False) -> tuple[str, list[str]]:
    """Bytes to text, with notes (`encoding:...`, `replaced_bytes:N`). Raises _Reject(E104) when no Arabic
    reading of the bytes exists."""
    notes: list[str] = []
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"),
                     (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            text = data.decode(enc, errors="replace")
            return text, _replacement_note([f"encoding:{enc}"], text)
    guess = _utf16_guess(data)
    if guess:
        try:
            return data.decode(guess), [f"encoding:{guess}"]
        except UnicodeDecodeError:
            pass
    if is_html:
        m = _META_CHARSET.search(data[:4096])
        if m:
            declared = m.group(1).decode("ascii", "replace").lower()
            try:
                codec = codecs.lookup(declared).name
                if codec not in ("utf-8", "ascii"):  # utf-8 is tried next anyway
                    return data.decode(codec), [f"encoding:{codec}"]
            except (LookupError, UnicodeDecodeError):
                pass  # a wrong declaration is common: fall through to detection
    try:
        return data.decode("utf-8"), ["encoding:utf-8"]
    except UnicodeDecodeError:
        pass
    # UTF-8 with a few broken sequences (a field cut mid-character): keep it, flag it
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    if bad <= max(2, len(text) // 1000) and _nonascii_arabic_share(text) >= 0.8:
        return text, [*notes, "encoding:utf-8", f"replaced_bytes:{bad}"]
    best: tuple[float, str, str] | None = None
    try:
        from charset_normalizer import from_bytes

        match = from_bytes(data, cp_isolation=["cp1256", "iso8859_6", "utf_8"]).best()
        if match is not None:
            cand = str(match)
            best = (_nonascii_arabic_share(cand), match.encoding, cand)
    except Exception:  # a detector bug must not stop the run: the code pages are tried by hand below
        best = None
    if best is None or best[0] < 0.8:
        for enc in _LEGACY:
            try:
                cand = data.decode(enc)
            except UnicodeDecodeError:
                continue
            score = _nonascii_arabic_share(cand)
            if best is None or score > best[0]:
                best = (score, enc, cand)
    if best is None or best[0] < 0.8:
        raise _reject("E104")
    return best[2], [f"encoding:{best[1]}"]


def _replacement_note(notes: list[str], text: str) -> list[str]:
    bad = text.count("\ufffd")
    return [*notes, f"replaced_bytes:{bad}"] if bad else notes


# ------------------------------------------------------------------ text repairs

_C0 = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]+")

#: UTF-8 Arabic is a lead byte D8–DB and a continuation byte 80–BF; decoded as windows-1256 the lead
#: becomes ط ظ ع غ and the continuation one of these
_CP1256_CONT = "".join(bytes([b]).decode("cp1256") for b in range(0x80, 0xC0))
_MOJI_1256 = re.compile("[\u0637-\u063a][" + re.escape(_CP1256_CONT) + "]")
_MOJI_1256_RUN = re.compile("(?:[\u0637-\u063a][" + re.escape(_CP1256_CONT) + "])+")
#: ... and decoded as Latin-1 / cp1252 the lead becomes Ø Ù Ú Û
_CP1252_CONT = "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in range(0x80, 0xC0))
_MOJI_LATIN = re.compile("[\u00d8-\u00db][" + re.escape(_CP1252_CONT) + "]")
_MOJI_LATIN_RUN = re.compile("(?:[\u00d8-\u00db][" + re.escape(_CP1252_CONT) + "])+")


def _arabic_letters(text: str) -> int:
    # each match is one character: the length they take away, without a list of one-letter strings
    return len(text) - len(_ARABIC_CHAR.sub("", text))


def repair_mojibake(text: str) -> tuple[str, bool]:
    """Undo UTF-8 that was decoded as windows-1256 or Latin-1/cp1252. Only when the telltale pairs make up
    most of the text, so a genuine `ط،` (a word ending in ط before a comma) is never touched."""
    pairs = len(_MOJI_1256.findall(text))
    if pairs >= 3 and 2 * pairs >= 0.5 * _arabic_letters(text):
        return _repair(text, "cp1256", _MOJI_1256_RUN)
    pairs = len(_MOJI_LATIN.findall(text))
    # the letters are counted only where there are pairs to weigh (a count over every character of the text)
    if pairs >= 3 and 2 * pairs >= 0.3 * sum(map(str.isalpha, text)) and not _arabic_letters(text):
        return _repair(text, "latin-1", _MOJI_LATIN_RUN)
    return text, False


def _latin_encode(s: str) -> bytes:
    """Bytes of text that went through cp1252 or Latin-1 (browsers mix them: C1 bytes cp1252 lacks stay)."""
    out = bytearray()
    for c in s:
        try:
            out += c.encode("cp1252")
        except UnicodeEncodeError:
            if ord(c) > 255:
                raise
            out.append(ord(c))
    return bytes(out)


def _repair(text: str, enc: str, run: re.Pattern[str]) -> tuple[str, bool]:
    def encode(s: str) -> bytes:
        return _latin_encode(s) if enc == "latin-1" else s.encode(enc)

    try:
        return encode(text).decode("utf-8"), True
    except (UnicodeEncodeError, UnicodeDecodeError):
        pass
    # the text mixes in characters the code page lacks: repair each run of pairs on its own

    def fix(m: re.Match[str]) -> str:
        try:
            return encode(m.group()).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return m.group()

    fixed = run.sub(fix, text)
    return fixed, fixed != text


_HTML_HINT = re.compile(
    r"<(?:!doctype\s+html|html|head|body|meta|title|div|p|article|section|span|br|table|a\s)[\s>/]", re.I)


def looks_like_html(text: str) -> bool:
    head = text[:4096].lstrip().lower()
    if head.startswith(("<!doctype html", "<html", "<?xml")) and "<html" in text[:8192].lower():
        return True
    return head.startswith("<") and len(_HTML_HINT.findall(text[:8192])) >= 3


# ------------------------------------------------------------------ language


@cache
def _languages() -> dict[str, Any]:
    d = _data("languages.json")
    arabic_map = str.maketrans({"ی": "ي", "ک": "ك", "ى": "ي"})
    arabic = frozenset(w.translate(arabic_map) for w in d["stopwords"]["arabic"])
    return {
        "min_share": float(d["min_arabic_script_share"]),
        "max_letter_share": float(d["max_letter_share"]),
        "persian_letters": frozenset(d["letters"]["persian"]),
        "kurdish_letters": frozenset(d["letters"]["kurdish"]),
        "arabic": arabic,
        "arabic_written": _written_forms(arabic, arabic_map),
        "persian": frozenset(d["stopwords"]["persian"]),
        "kurdish": frozenset(d["stopwords"]["kurdish"]),
        "arabic_map": arabic_map,
        "names": d["names"],
    }


_WORD = re.compile(r"[^\W\d_]+")


def _written_forms(words: frozenset[str], letter_map: dict[int, str]) -> frozenset[str]:
    """Every string that `letter_map` (one letter for one) turns into one of `words`: a word of a text is
    then looked up as written, not mapped first (`w.translate(letter_map) in words` ⇔ `w in` these)."""
    sources: dict[str, list[str]] = {}
    for src, dst in letter_map.items():
        sources.setdefault(dst, []).append(chr(src))
    out: set[str] = set()
    for w in words:
        out.update(map("".join, itertools.product(*([c, *sources.get(c, ())] for c in w))))
    return frozenset(out)


def detect_language(text: str, sample: int = 50_000) -> tuple[str, str]:
    """("arabic" | "persian" | "kurdish" | "latin" | "other", detail for the message)."""
    lang = _languages()
    s = text[:sample]
    # one string of the letters, filtered by a C loop (`filter(str.isalpha, ...)`, not a comprehension)
    letters = "".join(filter(str.isalpha, s))
    if not letters:
        return "other", "no letters"
    arabic_script = _arabic_letters(letters)
    share = arabic_script / len(letters)
    if share < lang["min_share"]:
        latin = sum(1 for c in letters if c.isascii() or "\u00c0" <= c <= "\u024f")
        kind = "latin" if latin >= arabic_script and latin / len(letters) > 0.5 else "other"
        return kind, f"{share:.0%} Arabic-script letters"
    # a letter is one character: the set's one-character members counted by `str.count` (a C scan each)
    per = sum(letters.count(c) for c in lang["persian_letters"] if len(c) == 1)
    kur = sum(letters.count(c) for c in lang["kurdish_letters"] if len(c) == 1)
    words = _WORD.findall(s)
    ar_hits = sum(map(lang["arabic_written"].__contains__, words))
    fa_hits = sum(1 for w in words if w in lang["persian"])
    ku_hits = sum(1 for w in words if w in lang["kurdish"])
    other_hits = fa_hits + ku_hits
    letter_share = (per + kur) / max(1, arabic_script)
    if other_hits > ar_hits or (not ar_hits and letter_share > lang["max_letter_share"]) \
            or (letter_share > 5 * lang["max_letter_share"] and other_hits * 2 > ar_hits):
        kind = "kurdish" if ku_hits > fa_hits or kur / max(1, arabic_script) > 0.01 else "persian"
        return kind, (f"{other_hits} {lang['names'][kind]} function words against {ar_hits} Arabic ones, "
                      f"{letter_share:.0%} letters Arabic does not use")
    return "arabic", f"{share:.0%} Arabic-script letters"


# ------------------------------------------------------------------ one text → RawArticle


def _safe_name(name: str) -> str:
    """A file stem that stays inside the output folder whatever a record's id says."""
    out = "".join(c if (c.isalnum() or c in "-_.") else "_" for c in name.strip())
    out = out.lstrip("._")[:120]
    return out or "article"


def _finish(text: str, *, name: str, source: str, notes: list[str], limits: Limits, from_html: bool = False,
            meta: dict[str, Any] | None = None) -> RawArticle:
    """Strip, repair, extract, clean, check. Raises _Reject for a text that cannot be analysed."""
    meta = dict(meta or {})
    text, n = _C0.subn("", text)  # NUL and C0 controls go before anything looks at the text
    if n:
        notes.append(f"stripped_controls:{n}")
    text, repaired = repair_mojibake(text)
    if repaired:
        notes.append("repaired_mojibake")
    if not from_html and looks_like_html(text):
        text, page = _extract_html(text, limits)
        from_html = True
        notes.append("html")
        for k, v in page.items():
            meta.setdefault(k, v)
    text = clean(text)
    text, removed = remove_boilerplate(text)
    if removed:
        notes.append(f"boilerplate_removed:{removed}")
        text = clean(text)
    if not text.strip():
        raise _reject("E106") if from_html else _reject("E101")
    kind, detail = detect_language(text)
    if kind != "arabic":
        raise _reject("E105", language=_languages()["names"].get(kind, kind), detail=detail)
    text = _budget_non_prose(text, notes, limits)
    if len(text) > limits.max_chars:
        size = len(text)
        cut = text.rfind("\n", 0, limits.max_chars)
        if cut < limits.max_chars // 2:
            cut = text.rfind(" ", 0, limits.max_chars)
        text = text[: cut if cut > 0 else limits.max_chars].rstrip()
        notes.append(f"truncated:{size}>{limits.max_chars} (E112)")
    encoding = next((n_[9:] for n_ in notes if n_.startswith("encoding:")), None)
    return RawArticle(
        text=text, name=_safe_name(name), source=source, title=_str(meta.get("title")),
        url=_str(meta.get("url")), outlet=_str(meta.get("outlet")), author=_str(meta.get("author")),
        published=_str(meta.get("published")), notes=tuple(notes), dateline=_str(meta.get("dateline")),
        sitename=_str(meta.get("sitename")), encoding=encoding, byline=_str(meta.get("byline")),
    )


def _budget_non_prose(text: str, notes: list[str], limits: Limits) -> str:
    """Text that is not prose is analysed up to `limits.non_prose_budget` characters: the text is cut (at a
    space) where its non-prose spans, counted in order, run past the budget; prose before that is kept
    whole. Notes `degenerate:<reason>` for each kind found, and `truncated:...` (E114) when cut."""
    spans = non_prose(text)
    if not spans:
        return text
    for reason in dict.fromkeys(sp.reason for sp in spans):
        notes.append(f"degenerate:{reason}")
    used = 0
    budget = max(1, limits.non_prose_budget)  # a text is never cut to nothing
    for sp in spans:
        if used + (sp.end - sp.start) <= budget:
            used += sp.end - sp.start
            continue
        cut = sp.start + max(1, budget - used)
        space = text.rfind(" ", sp.start, cut)
        size = len(text)
        text = text[: space if space > sp.start else cut].rstrip()
        notes.append(f"truncated:{size}>{len(text)} (E114)")
        break
    return text


def _str(v: Any) -> str | None:
    if v is None:
        return None
    s = " ".join(str(v).split())
    return s or None


def _extract_html(markup: str, limits: Limits) -> tuple[str, dict[str, Any]]:
    """Article text and page metadata with trafilatura. The input is capped first: trafilatura caps its own
    downloads but not a string it is given (24 MB took 9 s)."""
    if len(markup) > limits.max_bytes:
        raise _reject("E103", size=len(markup.encode("utf-8", "replace")), limit=limits.max_bytes)
    try:
        import trafilatura

        doc = trafilatura.bare_extraction(markup, with_metadata=True, include_comments=False,
                                          include_tables=True, deduplicate=False)
    except Exception as e:  # lxml and trafilatura can raise on pathological markup: that page has no text
        raise _reject("E106") from e
    if doc is None:
        raise _reject("E106")
    get = doc.get if isinstance(doc, dict) else (lambda k: getattr(doc, k, None))
    text = get("text") or ""
    if not text.strip():
        raise _reject("E106")
    meta = {"title": get("title"), "published": get("date"), "sitename": get("sitename"),
            "author": get("author"), "url": get("url")}
    # the site name is the best outlet a page gives; the metadata stage weighs it against the text
    if meta["sitename"]:
        meta["outlet"] = meta["sitename"]
    return text, {k: v for k, v in meta.items() if v}


# ------------------------------------------------------------------ files


def _walk(path: Path) -> Iterator[Path]:
    """The files under a folder that can hold articles, sorted. Hidden files and folders are skipped, and so
    is every file without a supported suffix (README.md, scripts, images, files with no suffix): a folder
    of articles usually carries a few such files, and they are not inputs that failed. A file named on the
    command line is read whatever its suffix, and an unsupported one fails with its reason."""
    for root, dirs, files in os.walk(path):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for f in sorted(files):
            if not f.startswith(".") and _supported(Path(f)):
                yield Path(root) / f


def _supported(path: Path) -> bool:
    """Whether a walked file's suffix is one the reader reads (a file with no suffix is not walked)."""
    kind, _, suffix = _kind(path)
    return kind is not None and suffix != ""


def _kind(path: Path) -> tuple[str | None, bool, str]:
    """(format, gzip-compressed, suffix as written) from the file name."""
    name = path.name.lower()
    compressed = name.endswith(".gz") or name.endswith(".gzip")
    if compressed:
        name = name.rsplit(".", 1)[0]
    suffix = Path(name).suffix
    if suffix in SINGLE_SUFFIXES:
        return SINGLE_SUFFIXES[suffix], compressed, suffix
    if suffix in STREAM_SUFFIXES:
        return STREAM_SUFFIXES[suffix], compressed, suffix
    if suffix == "":
        return "text", compressed, suffix  # no suffix: sniffed like a .txt
    return None, compressed, path.suffix


def read_paths(paths: Iterable[str], *, max_bytes: int = DEFAULT_MAX_BYTES,
               max_chars: int = DEFAULT_MAX_CHARS, max_expanded: int = DEFAULT_MAX_EXPANDED,
               max_ratio: int = DEFAULT_MAX_RATIO, non_prose_budget: int = DEFAULT_NON_PROSE_BUDGET
               ) -> Iterator[RawArticle | Failure]:
    """Every article in `paths` (files or folders, walked in sorted order), one at a time."""
    limits = Limits(max_bytes, max_chars, max_expanded, max_ratio, non_prose_budget)
    for p in paths:
        path = Path(p)
        try:
            is_dir = path.is_dir()
            exists = is_dir or path.exists()
        except OSError as e:
            yield Failure(str(path), InputError("E108", detail=e.strerror or str(e)))
            continue
        if not exists:
            yield Failure(str(path), InputError("E110"))
            continue
        files = _walk(path) if is_dir else iter((path,))
        for f in files:
            yield from read_file(f, limits)


def read_file(path: Path, limits: Limits | None = None) -> Iterator[RawArticle | Failure]:
    """The articles in one file. Never raises for a problem with the file."""
    limits = limits or Limits()
    source = str(path)
    kind, compressed, suffix = _kind(path)
    if kind is None:
        yield Failure(source, InputError("E111", suffix=suffix or "(no suffix)"))
        return
    try:
        if kind in ("jsonl", "trec"):
            yield from _read_stream(path, kind, compressed, limits)
            return
        data = _read_capped(path, compressed, limits)
        if kind == "text" and data.lstrip()[:5] == b"<DOC>":  # a TREC stream saved as .txt
            yield from _trec_records(_lines_of(data, limits), path, limits)
            return
        yield from _read_single(data, path, kind, limits)
    except _Reject as r:
        yield Failure(source, r.error)
    except OSError as e:
        yield Failure(source, InputError("E108", detail=e.strerror or str(e)))
    except RecursionError as e:  # pathological nesting in a parser: that input has no readable text
        yield Failure(source, InputError("E106", detail=str(e)))


def _read_capped(path: Path, compressed: bool, limits: Limits) -> bytes:
    """The file's bytes, refusing before reading when it is too big, decompressing with a cap."""
    size = path.stat().st_size
    if size > limits.max_bytes:
        raise _reject("E103", size=size, limit=limits.max_bytes)
    with path.open("rb") as f:
        data = f.read(limits.max_bytes + 1)
    if len(data) > limits.max_bytes:  # grew while we looked
        raise _reject("E103", size=len(data), limit=limits.max_bytes)
    if compressed or data[:2] == _GZIP_MAGIC:
        data = _gunzip_capped(data, limits.max_bytes)
    return data


def _gunzip_capped(data: bytes, cap: int) -> bytes:
    """Decompress every gzip member, never producing more than `cap` bytes (a bomb stops at the cap)."""
    out = bytearray()
    rest = data
    try:
        while rest:
            if rest[:2] != _GZIP_MAGIC:
                if out and not rest.strip(b"\x00"):
                    break  # trailing zero padding after the last member
                raise _reject("E108", detail="not a valid gzip file")
            d = zlib.decompressobj(16 + zlib.MAX_WBITS)
            out += d.decompress(rest, cap + 1 - len(out))
            if len(out) > cap:
                raise _reject("E109", limit=cap)
            while d.unconsumed_tail:
                out += d.decompress(d.unconsumed_tail, cap + 1 - len(out))
                if len(out) > cap:
                    raise _reject("E109", limit=cap)
            if not d.eof:
                raise _reject("E108", detail="the gzip data is truncated")
            rest = d.unused_data
    except zlib.error as e:
        raise _reject("E108", detail=f"damaged gzip data ({e})") from e
    return bytes(out)


def _read_single(data: bytes, path: Path, kind: str, limits: Limits) -> Iterator[RawArticle | Failure]:
    source = str(path)
    stem = path.name.split(".")[0] if path.name.lower().endswith((".gz", ".gzip")) else path.stem
    if not data.strip():
        raise _reject("E101")
    text, notes = _decode_checked(data, is_html=kind == "html" or data.lstrip()[:1] == b"<")
    if kind == "json":
        yield from _json_records(text, path, stem, limits)
        return
    if kind == "html" or looks_like_html(text):
        text = _C0.sub("", text)
        body, meta = _extract_html(text, limits)
        yield _finish(body, name=stem, source=source, notes=[*notes, "html"], limits=limits, from_html=True,
                      meta=meta)
        return
    yield _finish(text, name=stem, source=source, notes=notes, limits=limits)


def _decode_checked(data: bytes, *, is_html: bool) -> tuple[str, list[str]]:
    if not data.strip(b" \t\r\n\x00\x0b\x0c"):
        raise _reject("E101")
    if data[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE) or _utf16_guess(data):
        return decode_bytes(data, is_html=is_html)  # UTF-16 is full of NULs: not binary
    what = _sniff_binary(data)
    if what:
        raise _reject("E102", what=what)
    text, notes = decode_bytes(data, is_html=is_html)
    if not text.strip():
        raise _reject("E101")
    return text, notes


# ------------------------------------------------------------------ records


def _record_article(rec: Any, *, where: str, default_name: str, source: str, limits: Limits) -> RawArticle:
    if not isinstance(rec, dict):
        raise _reject("E107", where=where, detail=f"a JSON {type(rec).__name__}")
    text = rec.get("text")
    if not isinstance(text, str):
        detail = "no \"text\" field" if text is None else f"\"text\" is a {type(text).__name__}"
        raise _reject("E107", where=where, detail=detail)
    if not text.strip():
        raise _reject("E101")
    rid = rec.get("id")
    name = str(rid) if isinstance(rid, (str, int)) and str(rid).strip() else default_name
    meta = {k: rec.get(k) for k in ("url", "outlet", "title", "author", "dateline", "sitename")
            if isinstance(rec.get(k), str)}
    pub = rec.get("published") or rec.get("date")
    if isinstance(pub, str):
        meta["published"] = _iso_time(pub) or pub
    return _finish(text, name=name, source=source, notes=[], limits=limits, meta=meta)


def _json_records(text: str, path: Path, stem: str, limits: Limits) -> Iterator[RawArticle | Failure]:
    source = str(path)
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as e:
        raise _reject("E107", where="the file", detail=f"not valid JSON: {e}") from e
    if isinstance(data, dict):
        yield _record_article(data, where="the file", default_name=stem, source=source, limits=limits)
        return
    if not isinstance(data, list):
        raise _reject("E107", where="the file", detail=f"a JSON {type(data).__name__}")
    for i, rec in enumerate(data, 1):
        src = f"{source}[{i}]"
        try:
            yield _record_article(rec, where=f"item {i}", default_name=f"{stem}-{i}", source=src,
                                  limits=limits)
        except _Reject as r:
            yield Failure(src, r.error)


class _ExpansionGuard:
    """Counts the bytes a compressed stream expands to and stops a bomb (E109)."""

    def __init__(self, compressed_size: int, limits: Limits) -> None:
        self.total = 0
        self.compressed_size = max(1, compressed_size)
        self.limits = limits

    def add(self, n: int) -> None:
        self.total += n
        lim = self.limits
        if self.total > lim.max_expanded or (
                self.total > lim.max_bytes and self.total > lim.max_ratio * self.compressed_size):
            raise _reject("E109", limit=min(lim.max_expanded, max(lim.max_bytes,
                                                                   lim.max_ratio * self.compressed_size)))


def _bounded_lines(f: IO[bytes], limits: Limits, guard: _ExpansionGuard | None) -> Iterator[bytes | None]:
    """Lines of a binary stream; a line over max_bytes is skipped and stands as None."""
    cap = limits.max_bytes
    while True:
        line = f.readline(cap + 1)
        if not line:
            return
        if guard:
            guard.add(len(line))
        if len(line) > cap and not line.endswith(b"\n"):
            while True:  # drain the rest of the overlong line in bounded chunks
                chunk = f.readline(1 << 20)
                if guard:
                    guard.add(len(chunk))
                if not chunk or chunk.endswith(b"\n"):
                    break
            yield None
        else:
            yield line


def _too_long(limits: Limits) -> InputError:
    return InputError("E103", size=f"more than {limits.max_bytes}", limit=limits.max_bytes)


def _lines_of(data: bytes, limits: Limits) -> Iterator[bytes | None]:
    import io

    return _bounded_lines(io.BytesIO(data), limits, None)


def _read_stream(path: Path, kind: str, compressed: bool, limits: Limits) -> Iterator[RawArticle | Failure]:
    size = path.stat().st_size
    with path.open("rb") as raw:
        magic = raw.read(2)
        raw.seek(0)
        f: IO[bytes] = gzip.GzipFile(fileobj=raw, mode="rb") if compressed or magic == _GZIP_MAGIC else raw
        guard = _ExpansionGuard(size, limits) if f is not raw else None
        lines = _bounded_lines(f, limits, guard)
        try:
            if kind == "jsonl":
                yield from _jsonl_records(lines, path, limits)
            else:
                yield from _trec_records(lines, path, limits)
        except _Reject as r:
            yield Failure(str(path), r.error, counted=False)
        except (gzip.BadGzipFile, EOFError, zlib.error) as e:
            yield Failure(str(path), InputError("E108", detail=f"damaged gzip data ({e})"), counted=False)


def _jsonl_records(lines: Iterator[bytes | None], path: Path, limits: Limits
                   ) -> Iterator[RawArticle | Failure]:
    stem = path.name.split(".")[0]
    for lineno, line in enumerate(lines, 1):
        src = f"{path}:{lineno}"
        if line is None:
            yield Failure(src, _too_long(limits))
            continue
        if lineno == 1 and line.startswith(codecs.BOM_UTF8):
            line = line[3:]
        if not line.strip():
            continue
        try:
            try:
                rec = json.loads(line.decode("utf-8"))
            except UnicodeDecodeError as e:
                raise _reject("E107", where=f"line {lineno}", detail="not UTF-8") from e
            except (json.JSONDecodeError, RecursionError) as e:
                raise _reject("E107", where=f"line {lineno}", detail=f"not valid JSON: {e}") from e
            yield _record_article(rec, where=f"line {lineno}", default_name=f"{stem}-{lineno}", source=src,
                                  limits=limits)
        except _Reject as r:
            yield Failure(src, r.error)


# ------------------------------------------------------------------ TREC <DOC> streams

_TREC_FIELDS = ("DOCNO", "URL", "SRC", "TITLE", "TIME", "AUTHOR", "TEXT", "ABSTRACT")
#: "أبوظبي - سكاي نيوز عربية": a place, a dash, a bureau or outlet
#: (one to three words of Arabic letters, tatweel excluded: "دبي ـ العربية.نت" uses it as a dash)
_PLACE_DASH = re.compile(r"^((?:[\u0621-\u063a\u0641-\u064a]{2,} ?){1,3}?)\s*(?:[-–—]|(?<=\s)ـ)\s*(\S.{1,60})$")


def _trec_field(doc: str, tag: str) -> str | None:
    """The text between <TAG> and </TAG> with str.find: linear, whatever the record holds."""
    i = doc.find(f"<{tag}>")
    if i < 0:
        return None
    i += len(tag) + 2
    j = doc.find(f"</{tag}>", i)
    value = doc[i:] if j < 0 else doc[i:j]
    value = html_lib.unescape(value) if "&" in value else value
    return value.strip()


def _iso_time(value: str) -> str | None:
    value = value.strip()
    if not value:
        return None
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
        return value  # already ISO: keep its precision (a bare date stays a date)
    except ValueError:
        pass
    from email.utils import parsedate_to_datetime  # here: email.utils imports socket and more (a cold start)

    try:
        return parsedate_to_datetime(value).isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def _trec_records(lines: Iterator[bytes | None], path: Path, limits: Limits
                  ) -> Iterator[RawArticle | Failure]:
    """A stream of <DOC>…</DOC> records, scanned line by line (the files are not valid XML: no root element,
    raw ampersands), so no XML parser is involved."""
    stem = path.name.split(".")[0]
    buf: list[bytes] = []
    size = 0
    inside = overlong = False
    n = 0
    for line in lines:
        if line is None:  # a line over the cap: the record holding it is too large
            overlong = overlong or inside
            continue
        if not inside:
            k = line.find(b"<DOC>")
            if k < 0:
                continue
            inside, buf, size, overlong = True, [], 0, False
            line = line[k + 5 :]
        e = line.find(b"</DOC>")
        piece = line if e < 0 else line[:e]
        if not overlong:
            buf.append(piece)
            size += len(piece)
            if size > limits.max_bytes:
                overlong, buf = True, []
        if e >= 0:
            inside = False
            n += 1
            yield _trec_one(b"".join(buf), overlong, n, stem, path, limits)
    if inside:
        n += 1
        yield _trec_one(b"".join(buf), overlong, n, stem, path, limits)
    if n == 0:
        raise _reject("E113")


def _trec_one(raw: bytes, overlong: bool, n: int, stem: str, path: Path, limits: Limits
              ) -> RawArticle | Failure:
    src = f"{path}#{n}"
    if overlong:
        return Failure(src, _too_long(limits))
    try:
        try:
            doc, notes = raw.decode("utf-8"), ["encoding:utf-8"]
        except UnicodeDecodeError:
            doc, notes = decode_bytes(raw)
        f = {tag: _trec_field(doc, tag) for tag in _TREC_FIELDS}
        docno = f["DOCNO"]
        if docno:
            src = f"{path}#{docno}"
        text = f["TEXT"] or f["ABSTRACT"] or ""
        if not text.strip():
            raise _reject("E101")
        meta: dict[str, Any] = {"url": f["URL"], "outlet": f["SRC"], "title": f["TITLE"]}
        if f["TIME"]:
            meta["published"] = _iso_time(f["TIME"]) or f["TIME"]
        author = " ".join((f["AUTHOR"] or "").split())
        if author:  # a person, an outlet, or "place - bureau/person": the metadata stage tells them apart
            meta["byline"] = author
        m = _PLACE_DASH.match(author)
        if m:  # ANT puts "dateline - bureau" here ("أبوظبي - سكاي نيوز عربية")
            meta["dateline"] = m.group(1).strip()
        return _finish(text, name=docno or f"{stem}-{n}", source=src, notes=notes, limits=limits, meta=meta)
    except _Reject as r:
        return Failure(src, r.error)


# ------------------------------------------------------------------ counting


def count_inputs(paths: list[str]) -> int:
    """How many articles the paths hold, roughly (for the progress bar): records in uncompressed streams are
    counted, a compressed stream counts as one."""
    n = 0
    for p in paths:
        path = Path(p)
        try:
            files = list(_walk(path)) if path.is_dir() else [path]
        except OSError:
            n += 1
            continue
        for f in files:
            n += _count_file(f)
    return n


def _count_file(path: Path) -> int:
    kind, compressed, _ = _kind(path)
    if kind not in ("jsonl", "trec") or compressed:
        return 1
    marker = b"\n" if kind == "jsonl" else b"<DOC>"
    count = 0
    try:
        with path.open("rb") as f:
            tail = b""
            while chunk := f.read(1 << 20):
                block = tail + chunk
                count += block.count(marker)
                # the tail is shorter than the marker, so no marker is counted twice
                tail = block[-(len(marker) - 1) :] if len(marker) > 1 else b""
    except OSError:
        return 1
    return max(1, count)
