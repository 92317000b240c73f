"""The Arabic text layer: cleaning for display, folding for matching, and a map between the two.

`clean()` produces the article text every offset refers to. `fold()` produces a matching copy in which
diacritics and tatweel are deleted and letter variants are unified (alef forms, alef maksura, ta marbuta,
Persian letters, Arabic-Indic and Persian digits); `Folded.orig()` maps a folded offset back to the clean
text. Each operation is a small function and the character tables live in `data/charmap.json`.
`proclitic_splits()`, `strip_proclitics()` and `with_proclitics()` are the one proclitic stripper of the
stages: each stage names its set of `data/clitics.json` and its shortest stem.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources


def _cp(s: str) -> str:
    return chr(int(s[2:], 16)) if s.startswith("U+") else s


@cache
def _charmap() -> dict:
    return json.loads(resources.files("marsad.data").joinpath("charmap.json").read_text("utf-8"))


@cache
def _delete_class() -> str:
    parts = []
    for lo, hi, *_ in _charmap()["delete"]:
        parts.append(re.escape(_cp(lo)) + ("-" + re.escape(_cp(hi)) if hi != lo else ""))
    return "[" + "".join(parts) + "]"


@cache
def _delete_re() -> re.Pattern[str]:
    # a word opener (charmap delete_word_openers: the hashtag mark of #أردوغان، رجب طيب #أردوغان) is deleted
    # only where it opens a word after a space, a line start, a bracket or a quote, so that a pack's name matches
    # inside and across it (its «_» folds to a space); offsets still map back to the clean text, so a span keeps
    # the mark it covers
    openers = "".join(re.escape(_cp(c)) for c, *_ in _charmap().get("delete_word_openers", []))
    pattern = _delete_class() + "+"
    if openers:
        pattern += r"|(?:(?<=[\s(\[\"'])|^)[" + openers + r"](?=\w)"
    return re.compile(pattern, re.MULTILINE)


@cache
def _fold_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {ord(_cp(k)): _cp(v) for k, v in _charmap()["replace"].items()}
    for c in range(ord("A"), ord("Z") + 1):
        table[c] = chr(c + 32)
    return table


#: code points that news text is made of (ASCII, Latin-1, Arabic, punctuation, presentation forms)
_COMMON_RANGES = ((0, 0x800), (0x2000, 0x2070), (0xFB50, 0xFF00))


@cache
def _translate_table() -> dict[int, int | str | None]:
    """`_fold_table()` plus an identity entry for every common code point: `str.translate` raises and
    catches a LookupError for every character its table lacks, which costs more than the look-up."""
    table: dict[int, int | str | None] = {c: c for lo, hi in _COMMON_RANGES for c in range(lo, hi)}
    table.update(_fold_table())
    return table


@cache
def _controls_re() -> re.Pattern[str]:
    parts = [re.escape(_cp(lo)) + "-" + re.escape(_cp(hi)) for lo, hi in _charmap()["strip_controls"]]
    # \t \n \r are kept: they carry layout
    return re.compile("[" + "".join(parts) + "]+")


_PRESENTATION = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]+")
# a run of horizontal spaces that is not already one plain space (the same result as replacing every run,
# with far fewer matches)
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]{2,}|[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_MANY_NEWLINES = re.compile(r"\n\s*\n\s*(\n\s*)+")


def strip_controls(text: str) -> str:
    """Remove NUL, C0/C1 controls, bidi and zero-width characters (keeps tab, newline, CR)."""
    return _controls_re().sub("", text)


def unfold_presentation_forms(text: str) -> str:
    """Map Arabic presentation forms (from PDFs and old web pages) to the ordinary letters."""
    return _PRESENTATION.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)


def normalise_whitespace(text: str) -> str:
    """One space between words, no trailing spaces, at most one blank line between paragraphs."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _SPACES.sub(" ", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    return _MANY_NEWLINES.sub("\n\n", text).strip()


def clean(text: str) -> str:
    """The display text of an article: every offset marsad writes points into this string."""
    return normalise_whitespace(unfold_presentation_forms(strip_controls(text)))


def dediacritise(text: str) -> str:
    """Delete harakat, Quranic marks, superscript alef and tatweel."""
    return _delete_re().sub("", text)


_DAMMA = "\u064f"


def _verb_body(word: str) -> str:
    """A written verb without a leading و/ف and without its shaddas, for the passive tests below: a shadda may
    stand before the damma (اتُّهم، يُتّهم), and the conjunction shifts the letters the damma is looked for on."""
    w = word
    if w[:1] in ("و", "ف") and len(w) > 3:
        w = w[1:]
    return w.replace("\u0651", "")


def written_passive(word: str) -> bool:
    """The verb as written carries the passive damma: on its first letter after و/ف (وتُتهم، يُتّهم، قُتل، اُعتقل),
    or on the ت right after the alif of a form VIII of a و-initial root (واتُهم، اتُّهمت). A form VIII of another
    root (اعتُقل، احتُجز: the damma on its third letter) is not read here; `written_past_passive` reads it.
    Unvowelled text says nothing, so only a True is news: the writer told the verb apart from its active
    homograph."""
    w = _verb_body(word)
    if len(w) > 3 and w[0] in "اإأ" and w[1] == "ت" and w[2] == _DAMMA:
        return True
    return len(w) > 2 and (w[1] == _DAMMA or w[0] == _DAMMA)


def written_past_passive(word: str) -> bool:
    """A past verb written passive: the damma on its first letter (قُتل، خُطف، وأُسر), or, in the derived forms that
    open with an alif, on a letter of its stem (اُعتقل، اعتُقل، احتُجز، استُهدف، اتُّهم). An imperfect (ي، ت، ن)
    is left out: the active of forms II-IV carries the same damma on its prefix (يُطلق، يُقاتل، تُدمر)."""
    w = _verb_body(word)
    if len(w) < 3 or w[0] in "يتن":
        return False
    if w[0] in "اإأ" and _DAMMA in w[1:4]:
        return True
    return w[1] == _DAMMA


def fold_letters(text: str) -> str:
    """Unify letter variants, digits, quotes and dashes; lower-case Latin. Length-preserving."""
    return text.translate(_translate_table())


#: strings up to this length are folded once per process (words and names are folded over and over)
_FOLD_CACHE_MAX_LEN = 64
#: short strings kept folded before the memo starts again from empty: a flat bound on its memory (~3 MB)
_FOLD_CACHE_SIZE = 1 << 14


class _FoldMemo(dict[str, str]):
    """`fold_text`'s memo: a dict whose `__getitem__` is `fold_text` itself, so a string folded before (nearly
    every call: ~540 a 1,000-token article, from every stage) is found in C with no Python frame; the
    `lru_cache` behind a Python `fold_text` cost ~0.5 µs a call, ~2 % of the pipeline. A miss folds the
    string (`__missing__`) and keeps it when it is short; the memo is emptied when it is full (a flat bound
    on memory), which costs a fold again for the words still in use, never another answer."""

    def __missing__(self, text: str) -> str:
        out = _delete_re().sub("", text).translate(_translate_table())
        if len(text) <= _FOLD_CACHE_MAX_LEN:
            if len(self) >= _FOLD_CACHE_SIZE:
                self.clear()
            self[text] = out
        return out

    def cache_clear(self) -> None:
        """Forget every string folded so far (the `lru_cache` name, which tests flush the memos by)."""
        self.clear()


_fold_short = _FoldMemo()

#: The matching form of a string (no offsets kept): for pack entries and comparisons. The same as
#: `fold_letters(dediacritise(text))`.
fold_text = _fold_short.__getitem__


@dataclass(frozen=True, slots=True)
class Folded:
    """A folded copy of a text with the map back to the original offsets."""

    text: str
    #: index[i] is the offset in the original of folded character i; None when nothing was deleted
    index: tuple[int, ...] | None
    orig_len: int

    def orig(self, i: int) -> int:
        """Original offset of folded offset `i` (also valid for i == len(text))."""
        if self.index is None:
            return i
        if i >= len(self.index):
            return self.orig_len
        return self.index[i]

    def orig_end(self, j: int) -> int:
        """Original end offset for a folded end offset `j` (exclusive)."""
        if j <= 0:
            return 0
        return self.orig(j - 1) + 1 if self.index is not None else j

    def span(self, i: int, j: int) -> tuple[int, int]:
        return self.orig(i), self.orig_end(j)


_START, _END, _GROUP = re.Match.start, re.Match.end, re.Match.group


def match_columns(pattern: re.Pattern[str], text: str, pos: int = 0) -> tuple[list[int], list[int], list[str]]:
    """The starts, ends and texts of `pattern`'s matches in `text` (from `pos`), as three lists, each made
    by `map` over the matches (a loop in C): the stages that tokenise a whole text made a tuple per match in a
    Python loop, ~20 % slower."""
    ms = list(pattern.finditer(text, pos))
    return list(map(_START, ms)), list(map(_END, ms)), list(map(_GROUP, ms))


def fold(text: str) -> Folded:
    """Fold `text` for matching, keeping the offset map."""
    deletions = list(_delete_re().finditer(text))
    if not deletions:
        return Folded(fold_letters(text), None, len(text))
    kept: list[int] = []
    pos = 0
    pieces = []
    for m in deletions:
        kept.extend(range(pos, m.start()))
        pieces.append(text[pos : m.start()])
        pos = m.end()
    kept.extend(range(pos, len(text)))
    pieces.append(text[pos:])
    return Folded(fold_letters("".join(pieces)), tuple(kept), len(text))


# ------------------------------------------------------------------ proclitics

#: the set a word-level look-up uses unless it names another (`data/clitics.json` holds every set)
WORD_PROCLITICS = "conj_prep"


@cache
def _clitic_sets() -> dict[str, tuple[tuple[str, str], ...]]:
    """Each named set of `clitics.json` as (proclitic as written, what it reads as) pairs, in its order."""
    data = json.loads(resources.files("marsad.data").joinpath("clitics.json").read_text("utf-8"))
    out: dict[str, tuple[tuple[str, str], ...]] = {}
    for name, entry in data["sets"].items():
        pairs = []
        for p in entry["prefixes"]:
            written, _, reads_as = p.partition(">")
            pairs.append((fold_text(written), fold_text(reads_as)))
        out[name] = tuple(pairs)
    return out


def proclitics(allowed: str = WORD_PROCLITICS) -> tuple[str, ...]:
    """The proclitics of a set as written, in the set's order (for `str.startswith` tests)."""
    return tuple(written for written, _ in _clitic_sets()[allowed])


def proclitic_reads_as(allowed: str = WORD_PROCLITICS) -> frozenset[str]:
    """What the proclitics of a set read as on their stem ("" for most; "ال" for لل): a stem that
    `proclitic_splits` gives is one of these followed by a piece of the word as written."""
    return frozenset(reads_as for _, reads_as in _clitic_sets()[allowed])


# a stage asks about the same words again and again (every word of every clause): read once, bounded memory
@lru_cache(maxsize=1 << 14)
def proclitic_splits(word: str, allowed: str = WORD_PROCLITICS, min_stem: int = 2) -> tuple[tuple[str, str], ...]:
    """Every reading of `word` as a proclitic of the set `allowed` and a stem of at least `min_stem`
    letters, as (proclitic as written, stem), in the set's order; the bare word is not among them. A stem
    keeps what an entry reads the proclitic as (لل>ال: للمدينة gives (لل, المدينة))."""
    by_letter = _clitics_by_letter(allowed)
    out = []
    # only the proclitics written with the word's first letter can start it: most words start with none
    for written, reads_as in by_letter.get(word[:1], by_letter[""]):
        if word.startswith(written):
            stem = reads_as + word[len(written):]
            if len(stem) >= min_stem:
                out.append((written, stem))
    return tuple(out)


@cache
def _clitics_by_letter(allowed: str) -> dict[str, tuple[tuple[str, str], ...]]:
    """The pairs of a set that a word starting with a letter may carry, by that letter, in the set's order
    (those written with the letter, and any written as nothing); under "" those for any other letter."""
    pairs = _clitic_sets()[allowed]
    letters = {w[:1] for w, _ in pairs if w}
    return {c: tuple(p for p in pairs if not p[0] or p[0][:1] == c) for c in (*letters, "")}


def strip_proclitics(word: str, allowed: str = WORD_PROCLITICS, min_stem: int = 2) -> str:
    """`word` without the first proclitic of the set it carries (the longest, the set being longest
    first), or `word` itself when it carries none with a long enough stem."""
    splits = proclitic_splits(word, allowed, min_stem)
    return splits[0][1] if splits else word


def proclitic_stripper(allowed: str = WORD_PROCLITICS, min_stem: int = 2) -> Callable[[str], str]:
    """`strip_proclitics` with `allowed` and `min_stem` fixed, as a bounded cache of one argument (one per set
    and stem): a stage that strips every word it reads (claims, framing, resolve: ~600 calls an article) asks
    it without a Python frame or a key built of three arguments for each word it has seen (lru_cache keys one
    str argument by itself)."""
    return _stripper(allowed, min_stem)


@cache
def _stripper(allowed: str, min_stem: int) -> Callable[[str], str]:
    @lru_cache(maxsize=1 << 14)
    def strip(word: str) -> str:
        return strip_proclitics(word, allowed, min_stem)

    return strip


def with_proclitics(stem: str, allowed: str = WORD_PROCLITICS, min_stem: int = 2) -> tuple[str, ...]:
    """The written forms of `stem` after each proclitic of the set that fits it, in the set's order: the
    inverse of `proclitic_splits` (المدينة with لل>ال gives للمدينة); none for a stem under `min_stem`."""
    if len(stem) < min_stem:
        return ()
    return tuple(written + stem[len(reads_as):] for written, reads_as in _clitic_sets()[allowed]
                 if stem.startswith(reads_as))


#: the proclitics a word-level look-up takes off a folded word (و ف ب ل ك and their pairs), longest first;
#: the article (ال، بال، لل) is the caller's to handle, since a name may keep it
PROCLITICS = proclitics(WORD_PROCLITICS)


# ------------------------------------------------------------------ sentences

_SENT_END = re.compile(r"(?:[.!?؟؛;]+|\n+)")
_CLOSERS = "\"'”’»)]"


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int


def split_sentences(text: str) -> list[Sentence]:
    """Sentences as offsets. Ends at . ! ? ؟ ؛ and line breaks; a closing quote after a full stop stays with
    its sentence; a dot between digits (3.5) does not end a sentence, nor one between two Arabic names of Latin
    letters with no space (إم.آي 5، بي.بي.سي: `_letter_name_dot`). Linear time."""
    out: list[Sentence] = []
    start = 0
    n = len(text)
    for m in _SENT_END.finditer(text):
        end = m.end()
        tok = m.group()
        if tok == "." and m.start() > 0 and end < n and text[m.start() - 1].isdigit() and text[end].isdigit():
            continue
        if tok == "." and end < n and text[end].isalpha() and _letter_name_dot(text, m.start()):
            continue
        while end < n and text[end] in _CLOSERS:
            end += 1
        seg_start = start
        while seg_start < m.start() and text[seg_start].isspace():
            seg_start += 1
        seg_end = m.start() if "\n" in tok else end
        if seg_end > seg_start:
            out.append(Sentence(seg_start, seg_end))
        start = end
    while start < n and text[start].isspace():
        start += 1
    if start < n:
        out.append(Sentence(start, n))
    return out


#: the letter-name prefixes an abbreviation may carry (الإف.بي.آي، وبي.بي.سي، لسي.إن.إن; clitics.json
#: abbreviation), read once at import, as PROCLITICS is
_ABBR_PREFIXES = proclitics("abbreviation")
_LETTER_RUN = re.compile(r"\w+")


@cache
def _latin_letter_names() -> frozenset[str]:
    """translit.json latin_letter_names, folded: how Arabic writes the letters of a Latin abbreviation."""
    data = json.loads(resources.files("marsad.data").joinpath("translit.json").read_text("utf-8"))
    return frozenset(fold_text(w) for w in data.get("latin_letter_names", []))


def _letter_name_dot(text: str, dot: int) -> bool:
    """Whether the dot at `dot` sits inside an abbreviation spelled with letter names: the word right before it
    (bare or after و/ب/ل/ال) and the word right after it, with no space, are both Arabic names of Latin letters
    (إم.آي، بي.بي.سي، سي.إن.إن، إف.بي.آي). Only the two short words beside the dot are read."""
    names = _latin_letter_names()
    start = dot
    while start > 0 and dot - start < 8 and text[start - 1].isalpha():
        start -= 1
    if start > 0 and text[start - 1].isalpha():
        return False
    after = _LETTER_RUN.match(text, dot + 1)
    if after is None or len(after.group()) > 6 or fold_text(after.group()) not in names:
        return False
    before = fold_text(text[start:dot])
    return before in names or any(before.startswith(p) and before[len(p):] in names for p in _ABBR_PREFIXES)


_ARABIC_LETTER = re.compile(r"[\u0621-\u064a\u0671-\u06d3\u06fa-\u06fc]")


def arabic_ratio(text: str) -> float:
    """Share of letters that are in the Arabic script."""
    letters = sum(1 for c in text if c.isalpha())
    if not letters:
        return 0.0
    return len(_ARABIC_LETTER.findall(text)) / letters


# ------------------------------------------------------------------ text that is not prose

#: a stretch this long with no sentence end (. ! ? ؟ ؛ ;) and no line break is not prose: the longest
#: sentence in 16,000 ANT news articles (five outlets, 2018) is 2,215 characters, the 99th percentile 473
PROSE_RUN_MAX = 5_000
#: nor is a "word" (characters between spaces) this long: the longest in the same articles, a URL, is 181
PROSE_WORD_MAX = 1_000

_LONG_WORD = re.compile(rf"\S{{{PROSE_WORD_MAX + 1},}}")


@dataclass(frozen=True, slots=True)
class NonProse:
    """A span of text that no article is made of: `reason` is `long_word` (a run of letters with no space,
    a million repeated letters) or `no_sentence_breaks` (thousands of words with no punctuation)."""

    start: int
    end: int
    reason: str


def non_prose(text: str) -> list[NonProse]:
    """The spans of `text` that are not prose, in text order; empty for any real article. Linear time (one
    pass over the sentence ends, one over over-long words), so it is safe on any input."""
    out: list[NonProse] = []
    n = len(text)
    if n <= PROSE_WORD_MAX:
        return out
    if n > PROSE_RUN_MAX:  # (most articles are shorter: the scan of their sentence ends is skipped)
        prev = 0
        for m in _SENT_END.finditer(text):
            if m.start() - prev > PROSE_RUN_MAX:
                out.append(NonProse(prev, m.start(), "no_sentence_breaks"))
            prev = m.end()
        if n - prev > PROSE_RUN_MAX:
            out.append(NonProse(prev, n, "no_sentence_breaks"))
    words = [NonProse(m.start(), m.end(), "long_word") for m in _LONG_WORD.finditer(text)]
    if not words:
        return out
    # a long word inside a long stretch names the stretch's cause better than the missing punctuation (both
    # lists are in text order: one merge pass)
    merged: list[NonProse] = []
    i = 0
    for run in out:
        while i < len(words) and words[i].end <= run.start:
            merged.append(words[i])
            i += 1
        has_word = False
        while i < len(words) and words[i].start < run.end:
            has_word = True
            i += 1
        merged.append(NonProse(run.start, run.end, "long_word") if has_word else run)
    merged += words[i:]
    return merged
