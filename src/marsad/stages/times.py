"""Stage: times — date expressions (أمس، الخميس الماضي، 27 تشرين الثاني الماضي، شباط 2023، عام 2020) resolved
against the publication date.

Like the quantities stage this walks the folded text's tokens, so there is no regular expression that could
backtrack; month and weekday names and relative words come from `data/calendar.json`. An expression that
needs the publication date to be placed (أمس, 3 آذار) keeps `date=None` when the date is unknown, so the text
and its precision still reach the output. `parse_published` reads the metadata dates readers find, and
`time_in` gives later stages the time expression inside a span.
"""

from __future__ import annotations

import calendar as _cal
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from typing import Any

from marsad import model
from marsad.packs import load_json
from marsad.pipeline import Doc, stage
from marsad.stages.quantities import (
    _SHORT_PROCLITICS,
    Tok,
    _with_proclitics,
    doc_tokens,
    lexicon,
    parse_words,
    strip_proclitic,
    tokenize,
    widen,
)
from marsad.textnorm import fold, fold_text


@dataclass(slots=True)
class Calendar:
    months: dict[tuple[str, ...], int]
    ambiguous: frozenset[tuple[str, ...]]
    weekdays: dict[str, int]
    relative_days: list[tuple[tuple[str, ...], int]]
    periods: dict[str, str]
    past: frozenset[str]
    next: frozenset[str]
    current: frozenset[str]
    this: frozenset[str]
    ago: frozenset[str]
    ago_units: dict[str, tuple[str, int]]
    ago_vague: dict[str, int]
    parts: dict[str, tuple[int, int, int, int]]
    day_word: frozenset[str]
    year_words: frozenset[str]
    month_word: frozenset[str]
    month_cues: frozenset[str]
    day_adjectives: frozenset[str]
    day_parts: frozenset[str]
    ambiguous_weekdays: frozenset[str]
    day_ordinals: dict[tuple[str, ...], int]
    day_of: frozenset[str]
    hijri_months: dict[tuple[str, ...], int]
    ambiguous_hijri: frozenset[tuple[str, ...]]
    hijri_marks: frozenset[str]
    number_hijri: frozenset[tuple[str, ...]]
    general_nouns: frozenset[str]
    same_day: frozenset[str]
    anchored_after: frozenset[str]
    anchored_now: frozenset[str]
    future: frozenset[str]
    since: frozenset[str]
    span_openers: frozenset[str]
    span_joiners: frozenset[str]
    #: (month, day) -> (year, cue words): a day named by what happened on it (هجمات 11 سبتمبر)
    historic: dict[tuple[int, int], tuple[int, frozenset[str]]]
    same_words: frozenset[str]
    recent_spans: dict[str, tuple[str, int]]
    recent_past: frozenset[str]
    first_day: frozenset[str] = frozenset()  # غرة: the first day of the month after it
    last_words: frozenset[str] = frozenset()  # الأخير: the last week of a month
    #: the words that may stand before a time set off by commas or fronted (day_parts with the pack's
    #: aside_glue: ومساء الجمعة، في يوم الخميس), for `time_beside` and the events' fronted times
    aside_glue: frozenset[str] = frozenset()
    #: the weekday a week opens on (Monday 0 … Sunday 6): Sunday, the first working day in Syria, Iraq and
    #: most Arab countries (their weekend is Friday and Saturday)
    week_start: int = 6


def _fs(items: list[str]) -> frozenset[str]:
    return frozenset(fold_text(x) for x in items)


@cache
def calendar_pack() -> Calendar:
    raw = load_json("calendar")
    months = {tuple(fold_text(n).split()): int(m) for m, names in raw["months"].items() for n in names}
    rel = sorted(((tuple(fold_text(k).split()), int(v)) for k, v in raw["relative_days"].items()),
                 key=lambda p: len(p[0]), reverse=True)
    return Calendar(
        months=months,
        ambiguous=frozenset(tuple(fold_text(n).split()) for n in raw["ambiguous_months"]),
        weekdays={fold_text(n): int(d) for d, names in raw["weekdays"].items() for n in names},
        relative_days=rel,
        periods={fold_text(k): v for k, v in raw["periods"].items()},
        past=_fs(raw["past"]), next=_fs(raw["next"]), current=_fs(raw["current"]), this=_fs(raw["this"]),
        ago=_fs(raw["ago"]),
        ago_units={fold_text(k): (v[0], int(v[1])) for k, v in raw["ago_units"].items()},
        ago_vague={fold_text(k): int(v) for k, v in raw["ago_vague"].items()},
        parts={fold_text(k): (v[0], v[1], v[2], v[3]) for k, v in raw["parts"].items()},
        day_word=_fs(raw["day_word"]), year_words=_fs(raw["year_words"]), month_word=_fs(raw["month_word"]),
        month_cues=_fs(raw["month_cues"]),
        day_adjectives=_fs(raw["day_adjectives"]),
        day_parts=_fs(raw["day_parts"]),
        ambiguous_weekdays=_fs(raw["ambiguous_weekdays"]),
        day_ordinals={tuple(fold_text(k).split()): int(v) for k, v in raw["day_ordinals"].items()},
        day_of=_fs(raw["day_of"]),
        hijri_months={tuple(fold_text(n).split()): int(m) for m, names in raw["hijri_months"].items() for n in names},
        ambiguous_hijri=frozenset(tuple(fold_text(n).split()) for n in raw["ambiguous_hijri_months"]),
        hijri_marks=_fs(raw["hijri_year_marks"]),
        number_hijri=frozenset(tuple(fold_text(n).split()) for n in raw["number_hijri_months"]),
        general_nouns=_fs(raw["general_nouns"]),
        same_day=_fs(raw["same_day_words"]),
        anchored_after=_fs(raw["anchored_after"]),
        anchored_now=_fs(raw["anchored_now"]),
        future=_fs(raw["future_cues"]),
        since=_fs(raw["since_words"]),
        span_openers=_fs(raw["year_span_openers"]),
        span_joiners=_fs(raw["year_span_joiners"]),
        historic={(int(h["month"]), int(h["day"])): (int(h["year"]), _fs(h["cues"]))
                  for h in raw.get("historic_days", ())},
        same_words=_fs(raw.get("same_words", [])),
        recent_spans={fold_text(k): (v[0], int(v[1])) for k, v in raw.get("recent_spans", {}).items()},
        recent_past=_fs(raw.get("recent_past", [])),
        first_day=_fs(raw.get("first_day_words", [])),
        last_words=_fs(raw.get("last_words", [])),
        week_start=_week_start_day(raw),
        aside_glue=_fs(raw["day_parts"]) | _fs(raw.get("aside_glue", [])),
    )


def _week_start_day(raw: dict[str, Any]) -> int:
    """The pack's `week_starts_on` (a weekday's name, e.g. الأحد) as a weekday number; Sunday when the pack
    names none, as the working week of most Arab countries opens on it (a Saturday report's هذا الأسبوع is
    then the week it closes, which a Saturday-opened week would put wholly after it)."""
    name = raw.get("week_starts_on")
    days = {fold_text(n): int(d) for d, names in raw["weekdays"].items() for n in names}
    return days.get(fold_text(name), 6) if isinstance(name, str) else 6


def _week_of(d: date) -> date:
    """The first day of the week `d` falls in, by the calendar pack's first weekday."""
    return d - timedelta(days=(d.weekday() - calendar_pack().week_start) % 7)


# ------------------------------------------------------------------ date arithmetic


def _month_end(y: int, m: int) -> date:
    return date(y, m, _cal.monthrange(y, m)[1])


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def _valid_year(y: int) -> bool:
    return 1900 <= y <= 2100


@dataclass(slots=True)
class Hit:
    end: int  # token index after the expression
    date: date | None
    precision: str
    date_end: date | None = None
    hijri: bool = False  # a Hijri month: its days do not line up with the Gregorian month's
    #: الشهر نفسه، العام ذاته: the period (month | year | week) of the time told before, resolved in `find`
    same: str | None = None
    day: int | None = None  # السابع من الشهر نفسه: the day of that month
    month: int | None = None  # آب من العام نفسه: the month of that year


# ------------------------------------------------------------------ matchers


def _w(toks: list[Tok], i: int) -> str | None:
    return toks[i].text if 0 <= i < len(toks) and toks[i].kind == "word" else None


def _punct(toks: list[Tok], i: int) -> bool:
    return 0 <= i < len(toks) and toks[i].text in ("،", ",")


def _month_at(toks: list[Tok], i: int, cal: Calendar) -> tuple[int, int, bool] | None:
    """(month, index after, ambiguous) for a month name at i, also a combined يوليو/ تموز."""
    found = None
    for size in (2, 1):
        if i + size <= len(toks) and all(toks[x].kind == "word" for x in range(i, i + size)):
            words = [toks[x].text for x in range(i, i + size)]
            for form, _ in strip_proclitic(words[0], article=False):
                key = (form, *words[1:])
                if key in cal.months:
                    found = (cal.months[key], i + size, key in cal.ambiguous)
                    break
        if found:
            break
    if found is None:
        return None
    m, j, amb = found
    # يوليو/ تموز, شباط (فبراير): the second name repeats the month
    if j + 1 < len(toks) and toks[j].text in "/(-":
        second = _month_at(toks, j + 1, cal) if toks[j + 1].kind == "word" else None
        if second is not None and second[0] == m:
            j = second[1]
            if j < len(toks) and toks[j].text == ")":
                j += 1
            amb = False
    return m, j, amb


def _year_after_month(toks: list[Tok], k: int, cal: Calendar) -> tuple[int | None, int]:
    """The year after a month name, allowing "عام"/"من عام" between (شباط من عام 2023): (year, next index)."""
    if _w(toks, k) in cal.year_words or _w(toks, k) == "من":
        k += 1
        if _w(toks, k) in cal.year_words:
            k += 1
    y = _year_at(toks, k)
    return y, k + 1


def _year_at(toks: list[Tok], i: int) -> int | None:
    if 0 <= i < len(toks) and toks[i].kind == "num" and len(toks[i].text) == 4 and toks[i].text.isdigit():
        y = int(toks[i].text)
        return y if _valid_year(y) else None
    return None


def _day_of_month(toks: list[Tok], j: int, day: int, cal: Calendar, pub: date | None, start: int = -1,
                  text: str = "") -> Hit | None:
    """The day `day` of the month named at token j, with its year and qualifier if written (تشرين الثاني
    2024، آذار الماضي). A day with no year after a word that names what happened on it (هجمات 11 سبتمبر,
    the expression opening at token `start`) is that day in history."""
    mo = _month_at(toks, j, cal)
    if mo is None:
        return None
    # the reach of a word of the future is counted from the month's first token: a month written twice
    # (نيسان/إبريل) is no farther from the verb than one written once
    month_at = j
    m, j, _ = mo
    y, after = _year_after_month(toks, j, cal)
    if y is not None:
        j = after
    qual = _qualifier(toks, j, cal)
    if qual is not None:
        j += 1
    elif y is None and _future_before(toks, month_at, cal, text):
        qual = "next"
    if y is None and qual is None and (m, day) in cal.historic:
        year, cues = cal.historic[(m, day)]
        prev = _w(toks, start - 1)
        if prev is not None and any(f in cues for f, _ in strip_proclitic(prev, article=False)):
            y = year
    d, _ = _resolve_month(m, y, day, qual, pub)
    return Hit(j, d, "day")


def _day_at(toks: list[Tok], i: int, cal: Calendar) -> tuple[int, int] | None:
    """(day of the month, index after it) for an ordinal day (العاشر، الحادي عشر) or «الـ5»; a bare digit
    run only when من and a month follow (the caller checks من)."""
    for size in (2, 1):
        words = tuple(_w(toks, x) for x in range(i, i + size))
        if None not in words and words in cal.day_ordinals:
            return cal.day_ordinals[words], i + size  # type: ignore[index]
    k = i + 1 if _w(toks, i) == "ال" else i
    t = toks[k] if k < len(toks) else None
    if t is not None and t.kind == "num" and len(t.text) <= 2 and t.text.isdigit() and 1 <= int(t.text) <= 31:
        return int(t.text), k + 1
    return None


def _qualifier(toks: list[Tok], i: int, cal: Calendar) -> str | None:
    w = _w(toks, i)
    if w is None:
        return None
    if w in cal.past:
        return "past"
    if w in cal.next:
        return "next"
    if w in cal.current:
        return "current"
    return None


def _small_number(toks: list[Tok], i: int) -> tuple[int, int] | None:
    """A count written in digits or words (3, ثلاثة, عشرة) → (value, index after)."""
    t = toks[i] if i < len(toks) else None
    if t is None:
        return None
    if t.kind == "num" and t.text.isdigit() and len(t.text) <= 4:
        return int(t.text), i + 1
    if t.kind == "word":
        c = parse_words(toks, i, lexicon())
        if c is not None and float(c.value).is_integer():
            return int(c.value), c.end
    return None


def _resolve_month(m: int, y: int | None, day: int | None, qual: str | None, pub: date | None
                   ) -> tuple[date | None, date | None]:
    """The date (or month range) of a month with an optional day, placing it near the publication date."""
    if y is None:
        if pub is None:
            return None, None
        y = pub.year
        here = (m, day or 0)
        now = (pub.month, pub.day if day else 0)
        if qual == "past":
            if here >= now:  # the most recent occurrence strictly before publication
                y -= 1
        elif qual == "next":
            if here <= now:
                y += 1
        elif qual != "current" and m > pub.month:  # a later month than publication is last year's
            y -= 1
    try:
        if day is not None:
            return date(y, m, day), None
        return date(y, m, 1), _month_end(y, m)
    except ValueError:
        return None, None


# ------------------------------------------------------------------ Hijri dates

#: Rata Die of 1 Muharram 1 AH (16 July 622, Julian) in the tabular Islamic calendar's civil epoch
_HIJRI_EPOCH = 227014


def hijri_to_date(y: int, m: int, d: int) -> date:
    """The Gregorian date of a Hijri date by the tabular (arithmetical) Islamic calendar: 30-year cycles
    of 11 leap years, months of 30 and 29 days in turn. A sighted month may start a day either side."""
    days = (y - 1) * 354 + (3 + 11 * y) // 30 + (59 * (m - 1) + 1) // 2 + d
    return date.fromordinal(_HIJRI_EPOCH + days)


def _hijri_month_span(y: int, m: int) -> tuple[date, date]:
    ny, nm = (y + 1, 1) if m == 12 else (y, m + 1)
    return hijri_to_date(y, m, 1), hijri_to_date(ny, nm, 1) - timedelta(days=1)


def _hijri_year_near(m: int, qual: str | None, pub: date) -> int:
    """The Hijri year of the named month nearest the publication date: the one running at publication or
    the last before it, the next one after المقبل, the last finished one after الماضي."""
    guess = (pub.toordinal() - _HIJRI_EPOCH) * 30 // 10631 + 1
    spans = [(y, *_hijri_month_span(y, m)) for y in (guess - 2, guess - 1, guess, guess + 1, guess + 2)]
    if qual == "next":
        return next(y for y, a, _ in spans if a > pub)
    if qual == "past":
        return [y for y, _, b in spans if b < pub][-1]
    return [y for y, a, _ in spans if a <= pub][-1]


def _hijri_month_at(toks: list[Tok], i: int, cal: Calendar) -> tuple[int, int, bool] | None:
    """(month, index after, ambiguous) for a Hijri month name at i (رمضان، ذي الحجة، جمادى الأولى)."""
    for size in (2, 1):
        if i + size <= len(toks) and all(toks[x].kind == "word" for x in range(i, i + size)):
            words = [toks[x].text for x in range(i, i + size)]
            for form, _ in strip_proclitic(words[0], article=False):
                key = (form, *words[1:])
                if key in cal.hijri_months:
                    return cal.hijri_months[key], i + size, key in cal.ambiguous_hijri
    return None


def _hijri_year_after(toks: list[Tok], k: int, cal: Calendar) -> tuple[int | None, int]:
    """A Hijri year after a Hijri month (رمضان 1439 هـ، من عام 1439): (year, index after it and its mark)."""
    j = k
    if _w(toks, j) == "من":
        j += 1
    if _w(toks, j) in cal.year_words:
        j += 1
    t = toks[j] if j < len(toks) else None
    if t is None or t.kind != "num" or not t.text.isdigit() or not 1300 <= int(t.text) <= 1500:
        return None, k
    j += 1
    if _w(toks, j) in cal.hijri_marks:
        j += 1
    return int(t.text), j


def _match_hijri(toks: list[Tok], i: int, cal: Calendar, pub: date | None) -> Hit | None:
    """15 رمضان 1439 هـ، الخامس عشر من شهر رمضان، شهر رمضان الماضي، في شوال: a Hijri date or month. A month
    that is also a name or word (رجب، صفر، محرم، شعبان، رمضان) needs a day before it, a year after it or
    شهر before it; the others may also stand after a month cue (في شوال) or before a qualifier."""
    t = toks[i]
    if t.kind != "num" and t.text not in _hijri_openers():
        return None  # most candidates: no Hijri date can start here
    day: int | None = None
    j = i
    if t.kind == "num" and len(t.text) <= 2 and t.text.isdigit() and 1 <= int(t.text) <= 30:
        day, j = int(t.text), i + 1
    elif t.text in cal.first_day:
        day, j = 1, i + 1  # غرة شوال
    else:
        d = _day_at(toks, i, cal)
        if d is not None and _w(toks, d[1]) in cal.day_of:
            day, j = d[0], d[1] + 1
    month_word = any(f in cal.month_word for f, _ in strip_proclitic(_w(toks, j) or "", article=False))
    if month_word:
        j += 1
    mo = _hijri_month_at(toks, j, cal)
    if mo is None:
        return None
    m, k, amb = mo
    y, after = _hijri_year_after(toks, k, cal)
    qual = None
    if y is not None:
        k = after
    else:
        qual = _qualifier(toks, k, cal)
        if qual is not None:
            k += 1
    prev = _w(toks, i - 1)
    forms = [f for f, _ in strip_proclitic(prev, article=False)] if prev is not None else []
    cued = any(f in cal.month_cues for f in forms)
    part = any(f in cal.parts for f in forms)  # منتصف رمضان، أواخر شعبان: a part of a month is of a month
    if not (day is not None or y is not None or month_word or part or (not amb and (cued or qual is not None))):
        return None
    if y is None and not month_word and tuple(toks[x].text for x in range(j, mo[1])) in cal.number_hijri:
        return None  # فاز 2 صفر: a score, not the month
    if y is None:
        if pub is None:
            return Hit(k, None, "day" if day else "month")
        y = _hijri_year_near(m, qual, pub)
    try:
        if day is not None:
            return Hit(k, hijri_to_date(y, m, day), "day")
        a, b = _hijri_month_span(y, m)
    except (ValueError, OverflowError):
        return Hit(k, None, "day" if day else "month")
    return Hit(k, a, "month", b, hijri=True)


#: a date written with dots, year first or last (2025.04.02, 2.4.2025): a four-digit year keeps version
#: numbers and decimals (1.5.2) out
_DOTTED_DATE = re.compile(r"^(?:(?P<y1>\d{4})\.(?P<m1>\d{1,2})\.(?P<d1>\d{1,2})"
                          r"|(?P<d2>\d{1,2})\.(?P<m2>\d{1,2})\.(?P<y2>\d{4}))$")


def _match(toks: list[Tok], i: int, cal: Calendar, pub: date | None, text: str = "") -> Hit | None:
    """The time expression opening at token i. `text` is the folded text the tokens index, for the line
    breaks that end the reach of a word of the future (a list of dated headlines)."""
    t = toks[i]
    hijri = _match_hijri(toks, i, cal, pub)
    if hijri is not None:
        return hijri
    # ---- غرة آذار، غرة الشهر الجاري: the first day of the month
    if t.kind == "word" and t.text in cal.first_day:
        j = i + 2 if _w(toks, i + 1) in cal.month_word else i + 1
        hit = _day_of_month(toks, j, 1, cal, pub, i, text)
        if hit is not None:
            return hit
        if cal.periods.get(_w(toks, i + 1) or "") == "month" and (qual := _qualifier(toks, i + 2, cal)):
            month = _period("month", {"past": -1, "next": 1}.get(qual, 0), i + 3, pub)
            return Hit(i + 3, month.date, "day")
    # ---- الأسبوع الأول من الشهر الجاري، الأسبوع الثاني من آذار: a week of a month, not its first day
    if t.kind == "word" and cal.periods.get(t.text) == "week":
        wk = (0, i + 2) if _w(toks, i + 1) in cal.last_words else _day_at(toks, i + 1, cal)  # 0: the last week
        if wk is not None and wk[0] <= 5 and toks[i + 1].kind == "word" and _w(toks, wk[1]) in cal.day_of:
            month = _match(toks, wk[1] + 1, cal, pub, text)
            mo = _hijri_month_at(toks, wk[1] + 1, cal) if month is None else None
            if mo is not None and pub is not None:  # الأسبوع الأول من رمضان: the day before it was the cue
                qual = _qualifier(toks, mo[1], cal)
                try:
                    a, b = _hijri_month_span(_hijri_year_near(mo[0], qual, pub), mo[0])
                    month = Hit(mo[1] + (qual is not None), a, "month", b, hijri=True)
                except (ValueError, OverflowError):
                    month = None
            if month is not None and month.precision == "month":
                if month.date is None or month.date_end is None:
                    return Hit(month.end, None, "week")
                first = month.date + timedelta(days=7 * (wk[0] - 1)) if wk[0] else \
                    month.date_end - timedelta(days=6)
                last = min(first + timedelta(days=6), month.date_end)
                return Hit(month.end, first, "week", last) if first <= last else Hit(month.end, None, "week")
    # ---- 18/02/2018, 2018-02-18
    if t.kind == "num" and i + 4 < len(toks) and toks[i + 1].text in "/-." \
            and toks[i + 3].text == toks[i + 1].text \
            and toks[i + 2].kind == "num" and toks[i + 4].kind == "num" \
            and max(len(t.text), len(toks[i + 2].text), len(toks[i + 4].text)) <= 4 \
            and all(toks[x].start == toks[x - 1].end for x in range(i + 1, i + 5)):
        a, b, c = t.text, toks[i + 2].text, toks[i + 4].text
        try:
            d = date(int(a), int(b), int(c)) if len(a) == 4 else (
                date(int(c), int(b), int(a)) if len(c) == 4 else None)
        except ValueError:
            d = None
        if d is not None and _valid_year(d.year):
            return Hit(i + 5, d, "day")
    # ---- 2025.04.02, 02.04.2025: the tokenizer reads a dotted date as one decimal number
    if t.kind == "num" and t.text.count(".") == 2 and (m := _DOTTED_DATE.match(t.text)) is not None:
        y, mo, dd = (m["y1"], m["m1"], m["d1"]) if m["y1"] else (m["y2"], m["m2"], m["d2"])
        try:
            d = date(int(y), int(mo), int(dd))
        except ValueError:
            d = None
        if d is not None and _valid_year(d.year):
            return Hit(i + 1, d, "day")
    # ---- 27 تشرين الثاني [2024] [الماضي]
    if t.kind == "num" and len(t.text) <= 2 and t.text.isdigit() and 1 <= int(t.text) <= 31:
        j = i + 1
        if _w(toks, j) in cal.month_word:
            j += 1
        hit = _day_of_month(toks, j, int(t.text), cal, pub, i, text)
        if hit is not None:
            return hit
    # ---- العاشر من آذار، الحادي والعشرين من الشهر الماضي، الـ5 من آذار، 10 من الشهر الجاري
    day = _day_at(toks, i, cal)
    if day is not None and _w(toks, day[1]) in cal.day_of:
        n, j = day[0], day[1] + 1
        hit = _day_of_month(toks, j, n, cal, pub, i, text)
        if hit is not None:
            return hit
        if cal.periods.get(_w(toks, j) or "") == "month":
            if _w(toks, j + 1) in cal.same_words:
                return Hit(j + 2, None, "day", same="month", day=n)  # السابع من الشهر نفسه
            qual = _qualifier(toks, j + 1, cal)
            if qual is not None:
                month = _period("month", {"past": -1, "next": 1}.get(qual, 0), j + 2, pub)
                d = None
                if month.date is not None:
                    try:
                        d = month.date.replace(day=n)
                    except ValueError:
                        d = None
                return Hit(j + 2, d, "day")
    # ---- بين 2011 و2013، من 2014 إلى 2017، (1975-1990): a span of bare years
    if _year_at(toks, i) is not None:
        span = _year_span(toks, i, cal)
        if span is not None:
            return span
    # ---- في 2019: a bare year after a preposition
    if _year_at(toks, i) is not None and _w(toks, i - 1) in {"في", "منذ", "خلال", "حتي", "قبل", "بعد"}:
        y = int(t.text)
        return Hit(i + 1, date(y, 1, 1), "year", date(y, 12, 31))
    if t.kind != "word":
        return None
    w = t.text
    forms = strip_proclitic(w, article=False)
    # ---- مطلع / منتصف / أواخر + month, الشهر, العام, a year
    for form, _ in forms:
        if form in cal.parts and i + 1 < len(toks):
            inner = _match(toks, i + 1, cal, pub, text) if toks[i + 1].kind == "word" else None
            if inner is None:
                y = _year_at(toks, i + 1)
                if y is None and _w(toks, i + 1) in cal.year_words:
                    y = _year_at(toks, i + 2)
                    if y is not None:
                        inner = Hit(i + 3, date(y, 1, 1), "year", date(y, 12, 31))
                elif y is not None:
                    inner = Hit(i + 2, date(y, 1, 1), "year", date(y, 12, 31))
            if inner is None:
                nxt = _w(toks, i + 1)
                per = cal.periods.get(nxt or "")
                # مطلع العام: the current one; a bare نهاية الأسبوع is the weekend, any week's
                if per in ("month", "year"):
                    inner = _period(per, 0, i + 2, pub)
            if inner is not None and inner.precision in ("month", "year", "week"):
                lo_d, hi_d, lo_m, hi_m = cal.parts[form]
                if inner.date is not None:
                    if inner.precision == "week":
                        # أوائل/منتصف/أواخر الأسبوع الماضي: the week's first, middle or last days (its thirds, as
                        # the days of the month the part names)
                        lo_w, hi_w = (0, 2) if lo_d <= 10 else (2, 4) if lo_d <= 20 else (4, 6)
                        first = inner.date
                        inner.date = first + timedelta(days=lo_w)
                        inner.date_end = first + timedelta(days=hi_w)
                    elif inner.precision == "month" and inner.hijri and inner.date_end is not None:
                        # بداية شهر رمضان: the days of the Hijri month, counted from its own first day
                        first = inner.date
                        inner.date = first + timedelta(days=lo_d - 1)
                        inner.date_end = min(first + timedelta(days=hi_d - 1), inner.date_end)
                    elif inner.precision == "month":
                        last = _month_end(inner.date.year, inner.date.month).day
                        inner.date = inner.date.replace(day=lo_d)
                        inner.date_end = inner.date.replace(day=min(hi_d, last))
                    else:
                        inner.date = date(inner.date.year, lo_m, 1)
                        inner.date_end = _month_end(inner.date.year, hi_m)
                return inner
    # ---- relative days: أمس، اليوم، أول أمس [+ weekday]
    by_first = _relative_by_first()
    rel = [p for f, _ in forms for p in by_first.get(f, ())]
    if len(forms) > 1:
        rel.sort(key=lambda p: len(p[0]), reverse=True)  # the longest phrase first, as in the pack's order
    for phrase, off in rel:
        if i + len(phrase) > len(toks) or any(toks[i + x].text != phrase[x] for x in range(1, len(phrase))):
            continue
        j = i + len(phrase)
        if _w(toks, j) in cal.weekdays:
            j += 1
        after = _w(toks, j)
        # اليوم الأول / اليوم التالي / اليوم الوطني: "the day" of something, not today
        if phrase == ("اليوم",) and j == i + 1 and after is not None and after in cal.day_adjectives:
            return None
        # في نفس اليوم، في مثل هذا اليوم، ذلك اليوم: the day of something told, not today
        if phrase == ("اليوم",) and _same_day(toks, i, cal):
            return None
        d = pub + timedelta(days=off) if pub else None
        return Hit(j, d, "day")
    # ---- [يوم] الخميس [الماضي]
    j = i
    has_day_word = False
    if any(f in cal.day_word for f, _ in forms) and _w(toks, i + 1) in cal.weekdays:
        has_day_word, j = True, i + 1
    wd_word = _w(toks, j)
    if wd_word is not None:
        wd_forms = [wd_word] if j > i else [f for f, _ in forms]
        wd = next((cal.weekdays[f] for f in wd_forms if f in cal.weekdays), None)
        if wd is not None:
            qual = _qualifier(toks, j + 1, cal)
            # السبت قبل الماضي: the one a week before the last
            before_last = qual is None and _w(toks, j + 1) == "قبل" and _qualifier(toks, j + 2, cal) == "past"
            prev = _w(toks, i - 1)
            # ومساء الجمعة، فمساء السبت: the part of the day may carry the conjunction
            cue = prev is not None and any(f in cal.day_parts for f, _ in strip_proclitic(prev, article=False))
            # a weekday that is also an ordinary word (الاثنين "the two", الجمعة) needs a cue or commas round it;
            # a sentence's opening word counts as set off on its left (والجمعة، قصفت المدفعية)
            alone = j == i and wd_word not in cal.ambiguous_weekdays and any(
                f in cal.weekdays and f not in cal.ambiguous_weekdays for f, _ in forms)
            opens = i == 0 or (toks[i - 1].kind == "punct" and toks[i - 1].text in (".", "؟", "!", ":")) \
                or "\n" in text[toks[i - 1].end:toks[i].start]
            commas = j == i and (_punct(toks, i - 1) or opens) and _punct(toks, i + 1)
            if has_day_word or qual is not None or cue or alone or commas or before_last:
                end = j + 1 + (1 if qual else 0)
                if before_last:
                    qual, end = "past", j + 3
                d = None
                if pub is not None:
                    back = (pub.weekday() - wd) % 7
                    if qual == "next":
                        d = pub + timedelta(days=(wd - pub.weekday()) % 7 or 7)
                    else:
                        if qual == "past" and back == 0:
                            back = 7
                        d = pub - timedelta(days=back + (7 if before_last else 0))
                return Hit(end, d, "day")
    # ---- [شهر] شباط [/فبراير] 2023 | الماضي
    j = i
    has_month_word = any(f in cal.month_word for f, _ in forms)
    if has_month_word:
        j = i + 1
    mo = _month_at(toks, j, cal)
    if mo is not None:
        m, k, amb = mo
        y, after = _year_after_month(toks, k, cal)
        qual = None
        if y is not None:
            k = after
        else:
            qual = _qualifier(toks, k, cal)
            if qual is not None:
                k += 1
            elif _w(toks, k) == "من" and cal.periods.get(_w(toks, k + 1) or "") == "year" \
                    and _qualifier(toks, k + 2, cal) is not None:
                # أبريل من العام الماضي، آذار من العام المقبل: the month of the year named after it
                off = {"past": -1, "next": 1, "current": 0}[_qualifier(toks, k + 2, cal) or "current"]
                y, k = (pub.year + off if pub else None), k + 3
                if y is None:
                    return Hit(k, None, "month")
            elif _w(toks, k) == "من" and cal.periods.get(_w(toks, k + 1) or "") == "year" \
                    and _w(toks, k + 2) in cal.same_words:
                # آب من العام نفسه: the month of the year told just before, resolved in `find`
                return Hit(k + 3, None, "month", same="year", month=m)
            elif _future_before(toks, i, cal, text):
                qual = "next"  # الذي سيحل في آب: the coming August, not last year's
        prev = _w(toks, i - 1)
        # وفي ديسمبر: the cue word may carry a conjunction
        cued = has_month_word or (prev is not None and any(
            f in cal.month_cues for f, _ in strip_proclitic(prev, article=False)))
        if y is not None or qual is not None or (cued and not amb) or (has_month_word and amb):
            d, de = _resolve_month(m, y, None, qual, pub)
            return Hit(k, d, "month", de)
        return None
    # الأمين العام السابق، المدير العام الحالي: العام is the adjective "general" of the noun before it
    if w == "العام" and (_w(toks, i - 1) or "") in cal.general_nouns:
        return None
    # ---- عام 2020، بين عامي 2015 و2016
    if any(f in cal.year_words for f, _ in forms):
        y = _year_at(toks, i + 1)
        if y is not None:
            end, y2 = i + 2, y
            if _w(toks, i + 2) == "و":
                y3 = _year_at(toks, i + 3)
                if y3 is not None and y3 > y:
                    end, y2 = i + 4, y3
            return Hit(end, date(y, 1, 1), "year", date(y2, 12, 31))
        # العام الماضي، السنة الجارية
    # ---- الأسبوع / الشهر / العام + الماضي / المقبل / الجاري ؛ هذا العام
    per = next((cal.periods[f] for f, _ in strip_proclitic(w, article=False) if f in cal.periods), None)
    if per is not None:
        qual = _qualifier(toks, i + 1, cal)
        if qual is not None:
            return _period(per, {"past": -1, "next": 1, "current": 0}[qual], i + 2, pub)
        if _w(toks, i + 1) == "قبل" and _qualifier(toks, i + 2, cal) == "past":
            return _period(per, -2, i + 3, pub)  # العام قبل الماضي: the one before last
        if _w(toks, i + 1) in cal.same_words:
            return Hit(i + 2, None, per, same=per)  # في الشهر نفسه، العام ذاته: the one just told
    # ---- العامين الماضيين، الأشهر الثلاثة الأخيرة، الأيام الماضية: a span running up to publication
    recent = next((cal.recent_spans[f] for f, _ in forms if f in cal.recent_spans), None)
    if recent is not None:
        hit = _recent(toks, i, recent, cal, pub)
        if hit is not None:
            return hit
    if any(f in cal.this for f, _ in forms):
        per = cal.periods.get(_w(toks, i + 1) or "")
        if per is not None:
            return _period(per, 0, i + 2, pub)
    # ---- قبل يومين، قبل ثلاثة أيام، قبل أسبوع، منذ أيام
    if any(f in cal.ago for f, _ in forms) and i + 1 < len(toks) and _year_at(toks, i + 2) is None:
        nxt = _w(toks, i + 1)
        if nxt is not None and nxt in cal.ago_vague:
            span = cal.ago_vague[nxt]
            if pub is None or _anchored(toks, i + 2, cal):
                return Hit(i + 2, None, "week" if span <= 7 else "month")
            return Hit(i + 2, pub - timedelta(days=span), "week" if span <= 7 else "month",
                       pub - timedelta(days=1))
        count, k = 1, i + 1
        if nxt is None or nxt not in cal.ago_units or cal.ago_units[nxt][1] != 2:
            num = _small_number(toks, i + 1)
            if num is not None:
                count, k = num
        unit_word = _w(toks, k)
        if unit_word is not None:
            # يوماً folds to يوما: drop the accusative alif
            base = unit_word[:-1] if unit_word.endswith("ا") and unit_word[:-1] in cal.ago_units \
                else unit_word
            if base in cal.ago_units:
                per, mult = cal.ago_units[base]
                n = count * mult if k == i + 1 else count
                if k == i + 1 and mult == 1 and base not in ("يوم", "اسبوع", "شهر", "عام", "سنه"):
                    return None  # قبل أيام with no count is vague and handled above
                if k == i + 1 and k + 1 < len(toks) and (toks[k + 1].kind == "num" or _w(toks, k + 1) in cal.weekdays):
                    return None  # منذ يوم 2 أكتوبر، قبل يوم الخميس: "the day of", dated by what follows
                if _anchored(toks, k + 1, cal):
                    return Hit(k + 1, None, per)
                return _ago(per, n, k + 1, pub)
    return None


def _recent(toks: list[Tok], i: int, span: tuple[str, int], cal: Calendar, pub: date | None) -> Hit | None:
    """A dual or plural of a period followed by an optional count and "past" (العامين الماضيين، الأشهر
    الستة الأخيرة، الأيام الماضية): from that many periods before publication up to it. A plural with no
    count spans the vague recent past of `ago_vague` (days, weeks, months; years have none)."""
    per, n = span
    k = i + 1
    if n == 0:
        w = _w(toks, k)
        num = w[2:] if w is not None and w.startswith("ال") else None
        lex = lexicon()
        if num is not None and (num in lex.ones or num in lex.tens):
            n, k = (lex.ones.get(num) or lex.tens[num]), k + 1
    if _w(toks, k) not in cal.recent_past or _anchored(toks, k + 1, cal):
        return None  # السنوات الأربع الأخيرة من رئاسته: the last years of something else, not up to now
    if pub is None:
        return Hit(k + 1, None, per)
    if n == 0:
        vague = {"day": "ايام", "week": "اسابيع", "month": "اشهر"}.get(per)
        if vague is None or vague not in cal.ago_vague:
            return None  # في السنوات الأخيرة: no span of ours to give it
        return Hit(k + 1, pub - timedelta(days=cal.ago_vague[vague]), per, pub)
    if per == "day":
        start = pub - timedelta(days=n)
    elif per == "week":
        start = pub - timedelta(weeks=n)
    else:
        y, m = _add_months(pub.year, pub.month, -n * (12 if per == "year" else 1))
        start = date(y, m, min(pub.day, _month_end(y, m).day))
    return Hit(k + 1, start, per, pub)


def _year_span(toks: list[Tok], i: int, cal: Calendar) -> Hit | None:
    """Two bare years joined as a span after بين/ما بين/من, or hyphenated in brackets: year precision from
    the first year's start to the second's end. A later second year only (2011 و2013, not 2013 و2011)."""
    prev = _w(toks, i - 1)
    bracket = i > 0 and toks[i - 1].text == "("
    if prev not in cal.span_openers and not bracket:
        return None
    j = i + 1
    if j < len(toks) and toks[j].text in cal.span_joiners:
        j += 1
    y1, y2 = int(toks[i].text), _year_at(toks, j)
    if j == i + 1 or y2 is None or y2 <= y1:
        return None
    if bracket and toks[i + 1].text not in ("-", "–"):
        return None  # (2015، التي راح ضحيتها): a bracket with one year and more
    return Hit(j + 1, date(y1, 1, 1), "year", date(y2, 12, 31))


def _future_before(toks: list[Tok], i: int, cal: Calendar, text: str = "") -> bool:
    """Whether a word of the future stands among the six tokens before token i, within its sentence and line
    (with the folded `text`, a line break ends the sentence: a dated list of headlines has no full stops)."""
    for x in range(i - 1, max(-1, i - 7), -1):
        t = toks[x]
        after = toks[x + 1].start if x + 1 < len(toks) else len(text)
        if t.text in (".", "!", "؟", "?") or (text and "\n" in text[t.end:after]):
            return False
        if t.kind == "word" and any(f in cal.future for f, _ in strip_proclitic(t.text, article=False)):
            return True
    return False


def _anchored(toks: list[Tok], j: int, cal: Calendar) -> bool:
    """Whether the span of time ending before token j is counted from another event (قبل أشهر من اغتياله،
    بعد يومين على الهجوم), not from publication (قبل ثلاثة أيام من الآن، منذ أسبوع على الأقل)."""
    return _w(toks, j) in cal.anchored_after and (_w(toks, j + 1) or "") not in cal.anchored_now


def _same_day(toks: list[Tok], i: int, cal: Calendar) -> bool:
    """Whether the word before اليوم (or before the هذا in front of it) makes it the same or that day."""
    for x in (i - 1, i - 2):
        w = _w(toks, x)
        if w is None:
            return False
        if w in cal.same_day:
            return True
        if w not in cal.this:
            return False
    return False


def _period(per: str, offset: int, end: int, pub: date | None) -> Hit:
    if pub is None:
        return Hit(end, None, per)
    if per == "week":
        start = _week_of(pub) + timedelta(weeks=offset)  # الأسبوع الماضي: the calendar week before this one
        return Hit(end, start, "week", start + timedelta(days=6))
    if per == "month":
        y, m = _add_months(pub.year, pub.month, offset)
        return Hit(end, date(y, m, 1), "month", _month_end(y, m))
    y = pub.year + offset
    return Hit(end, date(y, 1, 1), "year", date(y, 12, 31))


def _ago(per: str, n: int, end: int, pub: date | None) -> Hit:
    if pub is None:
        return Hit(end, None, per)
    try:
        return _ago_dated(per, n, end, pub)
    except (ValueError, OverflowError):  # قبل 2500 عام: before the calendar date type can hold
        return Hit(end, None, per)


def _ago_dated(per: str, n: int, end: int, pub: date) -> Hit:
    if per == "day":
        return Hit(end, pub - timedelta(days=n), "day")
    if per == "week":
        d = pub - timedelta(weeks=n)
        return Hit(end, d, "week")
    if per == "month":
        y, m = _add_months(pub.year, pub.month, -n)
        return Hit(end, date(y, m, 1), "month", _month_end(y, m))
    y = pub.year - n
    return Hit(end, date(y, 1, 1), "year", date(y, 12, 31))


def find(doc: Doc) -> list[model.TimeRef]:
    cal = calendar_pack()
    toks = doc_tokens(doc)
    out: list[model.TimeRef] = []
    last: Hit | None = None  # the last dated time, for الشهر نفسه
    i = 0
    anchors = _anchor_words()
    starters = _anchor_forms()
    # most words cannot start a date expression: try the matchers only at digit runs and anchor words
    candidates = [x for x, t in enumerate(toks) if t.kind == "num" or (t.kind == "word" and t.text in starters)]
    for c in candidates:
        if c < i:
            continue
        i = c
        hit = _match(toks, i, cal, doc.published, doc.folded.text)
        if hit is None or hit.end <= i:
            i += 1
            continue
        if hit.same is not None:
            _resolve_same(hit, last)
        if hit.date is not None:
            last = hit
        s = toks[i].start
        # leave a proclitic (وقبل، بعد أن، في) outside the span when the word carries one
        first = toks[i].text
        for p in ("و", "ف", "ب", "ل"):
            if first.startswith(p) and len(first) > 3 and first[1:] in anchors:
                s += 1
                break
        a, b = widen(doc.text, *doc.folded.span(s, toks[hit.end - 1].end))
        if not doc.is_furniture(a, b) and not _in_name(doc, a, b):
            out.append(model.TimeRef(
                doc.text[a:b], a, b,
                hit.date.isoformat() if hit.date else None, hit.precision,
                hit.date_end.isoformat() if hit.date_end else None,
            ))
        i = hit.end
    return out


#: entity types whose names may hold a time word (روسيا اليوم، بغداد اليوم، اليوم السابع، حركة 6 أبريل)
_NAMED_TYPES = frozenset(("outlet", "actor"))


def _in_name(doc: Doc, a: int, b: int) -> bool:
    """Whether [a, b) lies inside the mention of an outlet or an organisation: a word of its name, no time."""
    return any(m.start <= a and b <= m.end for m, _ in doc.overlapping(a, b, _NAMED_TYPES))


def _resolve_same(hit: Hit, last: Hit | None) -> None:
    """Date a الشهر نفسه / العام ذاته / السابع من الشهر نفسه hit from the time told before it."""
    if last is None or last.date is None:
        return
    base = last.date
    if hit.same == "month" and last.precision in ("day", "week", "month"):
        if hit.day is not None:
            try:
                hit.date = base.replace(day=hit.day)
            except ValueError:
                return
        else:
            hit.date, hit.date_end = base.replace(day=1), _month_end(base.year, base.month)
    elif hit.same == "year" and hit.month is not None:
        hit.date, hit.date_end = date(base.year, hit.month, 1), _month_end(base.year, hit.month)
    elif hit.same == "year":
        hit.date, hit.date_end = date(base.year, 1, 1), date(base.year, 12, 31)
    elif hit.same == "week" and last.precision in ("day", "week"):
        hit.date = _week_of(base)
        hit.date_end = hit.date + timedelta(days=6)


@cache
def _relative_by_first() -> dict[str, list[tuple[tuple[str, ...], int]]]:
    """The relative-day phrases by their first word, longest first: a word is checked against its own few."""
    out: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for phrase, off in calendar_pack().relative_days:  # already longest first
        out.setdefault(phrase[0], []).append((phrase, off))
    return out


@cache
def _hijri_openers() -> frozenset[str]:
    """The words a Hijri date can open with (a day ordinal, شهر, a Hijri month), bare or with a proclitic."""
    cal = calendar_pack()
    words = {k[0] for k in cal.hijri_months} | {k[0] for k in cal.day_ordinals} | set(cal.month_word) | {"ال"}
    words |= set(cal.first_day)
    return _with_proclitics(words, _SHORT_PROCLITICS)


@cache
def _anchor_words() -> frozenset[str]:
    cal = calendar_pack()
    words = set(cal.ago) | set(cal.day_word) | set(cal.month_word) | set(cal.year_words) | set(cal.parts)
    words |= {p[0] for p, _ in cal.relative_days} | set(cal.weekdays) | set(cal.this) | set(cal.periods)
    words |= {k[0] for k in cal.months} | {k[0] for k in cal.day_ordinals} | {"ال"}
    words |= {k[0] for k in cal.hijri_months} | set(cal.recent_spans) | set(cal.first_day)
    return frozenset(words)


@cache
def _anchor_forms() -> frozenset[str]:
    """The anchor words bare or after a short proclitic: a word outside this set cannot start a date."""
    return _with_proclitics(_anchor_words(), _SHORT_PROCLITICS)


@stage("times", assigns=("doc.times",))
def run(doc: Doc) -> None:
    doc.times = find(doc)


def time_in(doc: Doc, start: int, end: int) -> model.TimeRef | None:
    """The time expression inside [start, end) of the text; the most precise one when there are several
    (a day beats a month beats a year), the first among equals."""
    rank = {"day": 0, "week": 1, "month": 2, "year": 3}
    inside = [t for t in doc.times if t.start >= start and t.end <= end]
    if not inside:
        return None
    return min(inside, key=lambda t: (_since(doc.text, t), rank.get(t.precision or "", 9), t.start))


def time_beside(doc: Doc, start: int, end: int, lo: int, hi: int, head: int = -1) -> model.TimeRef | None:
    """A time set off by commas right beside [start, end) within its sentence [lo, hi): after it (قصفت
    المدفعية التركية، مساء الجمعة، أطراف القرية: the event's words stop at the comma), or fronted at the
    sentence's opening (ومساء الجمعة، قصفت المدفعية). Between the comma and the time only a part of the day
    (مساء، فجر) or في; after a time told after, a comma or the sentence's end, so the time is an aside and not
    the opening of the next clause's own words. A fronted time dates an event whose word `head` opens the
    sentence's first words (not حملة عنف شنتها far on, told by a sentence of another day)."""
    text = doc.text
    glue = calendar_pack().aside_glue

    def only_glue(a: int, b: int, comma: bool) -> bool:
        gap = text[a:b].strip()
        if comma:
            if not gap.startswith(("،", ",")):
                return False
            gap = gap[1:]
        return all(any(f in glue or f == "" for f, _ in strip_proclitic(fold_text(w), article=False))
                   for w in gap.split()) and len(gap.split()) <= 2

    for t in doc.times:
        if t.date is None or not lo <= t.start < t.end <= hi:
            continue
        if end <= t.start and only_glue(end, t.start, True):
            rest = text[t.end:hi].lstrip()
            if not rest or rest[0] in "،,.\n":
                return t
        if t.end <= start and text[t.end:start].strip() in ("،", ",") and only_glue(lo, t.start, False) \
                and (head < 0 or len(text[start:head].split()) <= 4):
            return t
    return None


def _since(text: str, t: model.TimeRef) -> bool:
    """Whether the time opens with منذ or follows it (منذ ثلاث سنوات، منذ 18 شباط الماضي): the start of a
    state that goes on (a siege, a war), which dates the event less well than a time of its own."""
    since = calendar_pack().since
    first = fold_text(t.text).split()[:1]
    if first and first[0] in since:
        return True
    words = text[max(0, t.start - 12):t.start].split()
    return bool(words) and any(f in since for f, _ in strip_proclitic(fold_text(words[-1]), article=False))


# ------------------------------------------------------------------ publication dates

_NUMERIC = re.compile(r"^\s*(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{1,4})")


def parse_published(value: str) -> date | None:
    """A publication date from metadata: ISO date or datetime, RFC 2822 (Sun, 18 Feb 2018 20:50:44 GMT),
    18/02/2018 (day first, as Arabic sites write it), or an Arabic date such as 12 نوفمبر 2024. None when it
    cannot be read."""
    value = (value or "").strip()
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    from email.utils import parsedate_to_datetime  # here: it imports socket and more, a cold start's cost

    try:
        return parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        pass
    m = _NUMERIC.match(fold_text(value))
    if m:
        a, b, c = (int(x) for x in m.groups())
        try:
            if len(m.group(1)) == 4:
                return date(a, b, c)
            if len(m.group(3)) == 4:
                return date(c, b, a)
        except ValueError:
            return None
        return None
    # Arabic: 12 نوفمبر 2024 — reuse the stage's matcher with no anchor
    toks = tokenize(fold(value).text)
    cal = calendar_pack()
    for i in range(len(toks)):
        hit = _match(toks, i, cal, None)
        if hit is not None and hit.date is not None and hit.precision == "day":
            return hit.date
    return None
