"""Dates in French and English news, normalised against the publication date.

News rarely writes the year: "le 3 mars", "jeudi", "le 12 janvier". The year
is inferred from the publication date and the tense of the sentence (a past
event dated after publication belongs to the previous year; a planned event
dated before publication to the next), and marked as inferred. Without a
publication date, partial dates stay partial (``--04-10``). "La semaine dernière", "le mois
prochain" are periods: they get the month (or year) that surely holds them, marked inferred.

Candidate spans are found with our own patterns: dateparser on a whole French
text reads "des" as December and "pendant près de trois ans" as a date.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from diplograph.loaders.facts import DateValue
from diplograph.loaders.lexicon import alternation, table_of_all, words_of_all

__all__ = ["DateMention", "find_dates", "is_date_line", "normalise_month_day"]


@dataclass(frozen=True, slots=True)
class _Words:
    """The date words of every lexicon (months, weekdays, numbers, days around today) and the patterns
    built from them; every article gets all of them, as French pages write English dates too."""

    months: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, int]
    relative_days: dict[str, int]
    day_month: re.Pattern
    month_day: re.Pattern
    month_year: re.Pattern
    day_current: re.Pattern
    weekday: re.Pattern
    relative_day: re.Pattern
    ago: re.Pattern


@cache
def _words() -> _Words:
    months = {**table_of_all("months"), **table_of_all("month_abbreviations")}
    weekdays, numbers, relative = table_of_all("weekdays"), table_of_all("numbers"), table_of_all("relative_days")
    month = "|".join(sorted(months, key=len, reverse=True))
    weekday = "|".join(weekdays)
    number = "|".join(sorted(numbers, key=len, reverse=True))
    return _Words(
        months, weekdays, numbers, relative,
        # "le 10 avril 2025", "jeudi 10 avril", "1er mars", "premier mars", "10-11 avril" (first day kept)
        day_month=re.compile(
            rf"\b(?:(?P<wd>{weekday})\s+)?(?P<day>\d{{1,2}}|premier)(?:er|e|th|st|nd|rd)?(?:\s*(?:-|–|et|au|and)\s*\d{{1,2}})?"
            rf"\s+(?P<month>{month})\.?(?:\s+(?P<year>(?:19|20)\d\d))?\b",
            re.I,
        ),
        # "April 10, 2025", "April 10"
        month_day=re.compile(
            rf"\b(?P<month>{month})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<year>(?:19|20)\d\d))?\b", re.I
        ),
        month_year=re.compile(rf"\b(?:en|de|depuis|in|since|of)\s+(?P<month>{month})\s+(?P<year>(?:19|20)\d\d)\b", re.I),
        # "le 12 courant": the 12th of the month of publication (African and Levantine press).
        day_current=re.compile(rf"\b(?:(?P<wd>{weekday})\s+)?(?P<day>\d{{1,2}})(?:er)?\s+courant\b", re.I),
        weekday=re.compile(rf"\b(?P<wd>{weekday})(?P<rel>\s+(?:dernier|prochain|last|next))?\b", re.I),
        relative_day=re.compile(rf"\b(?P<word>{alternation(relative)})\b", re.I),
        # At most three digits: "il y a 99999999999 ans" is no date, and its year would not fit a date.
        ago=re.compile(
            rf"\bil y a\s+(?P<n>\d{{1,3}}|{number})\s+(?P<unit>ans?|années?|mois|semaines?|jours?)\b"
            rf"|\b(?P<n2>\d{{1,3}}|{number})\s+(?P<unit2>years?|months?|weeks?|days?)\s+ago\b",
            re.I,
        ),
    )


DIGIT = re.compile(r"\d")
ISO = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)\b")
NUMERIC = re.compile(r"\b(?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>(?:19|20)\d\d)\b")
YEAR = re.compile(r"\b(?:en|depuis|in|since)\s+(?P<year>(?:19|20)\d\d)\b", re.I)
PAST_BEFORE = re.compile(
    r"(?:s['’]est|se\s+sont|a|ont|avait|avaient|had|was|were)\s+(?:\w+\s+)?(?:eu\s+lieu|tenue?s?|déroulée?s?|réunie?s?|"
    r"rencontrée?s?|held|met)\s+(?:le\s+|on\s+)?$|\b(?:depuis|dernier|dernière|last)\s+(?:le\s+)?$",
    re.I,
)
# "la semaine dernière", "le mois prochain", "l'an dernier", "last week": a period, not a day.
RELATIVE_PERIOD = re.compile(
    r"\b(?:(?:la\s+|cette\s+)?(?P<fr_unit>semaine|mois|année|an)\s+(?P<fr_rel>dernière|dernier|passée|passé|prochaine|prochain)"
    r"|(?:l['’]|le\s+)(?P<fr_unit2>an|année|mois)\s+(?P<fr_rel2>dernier|dernière|passé|passée|prochain|prochaine)"
    r"|cette\s+(?P<fr_this>semaine|année)|ce\s+(?P<fr_this2>mois)-ci"
    r"|(?P<en_rel>last|next|this)\s+(?P<en_unit>week|month|year))\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    value: DateValue


def _valid(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def normalise_month_day(month: int, day: int, published: dt.date | None, future: bool) -> tuple[str, bool] | None:
    """Give a year to a day and month written without one.

    Returns ``(iso, inferred)`` or None when the day does not exist.

    >>> normalise_month_day(2, 27, dt.date(2025, 4, 10), future=False)
    ('2025-02-27', True)
    >>> normalise_month_day(12, 20, dt.date(2025, 4, 10), future=False)
    ('2024-12-20', True)
    >>> normalise_month_day(1, 5, dt.date(2025, 11, 30), future=True)
    ('2026-01-05', True)
    >>> normalise_month_day(4, 10, None, future=False)
    ('--04-10', False)
    """
    if published is None:
        return (f"--{month:02d}-{day:02d}", False) if _valid(2024, month, day) else None
    year = published.year
    if not _valid(year, month, day):
        return None
    candidate = dt.date(year, month, day)
    # Past events reported after the fact: a date well after publication is last year's.
    # Planned events: a date well before publication is next year's. A few days of slack
    # cover articles published just after midnight and "tomorrow"-style previews.
    if not future and (candidate - published).days > 7:
        year -= 1
    elif future and (published - candidate).days > 31:
        year += 1
    if not _valid(year, month, day):
        return None
    return f"{year}-{month:02d}-{day:02d}", True


def _period(start: dt.date, end: dt.date) -> str | None:
    """The finest ISO form that holds the whole of [start, end]: a month, else a year, else None.

    >>> _period(dt.date(2025, 3, 3), dt.date(2025, 3, 9))
    '2025-03'
    >>> _period(dt.date(2025, 3, 31), dt.date(2025, 4, 6))
    '2025'
    """
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.year:04d}-{start.month:02d}"
    if start.year == end.year:
        return f"{start.year:04d}"
    return None


def relative_period(unit: str, step: int, published: dt.date) -> str | None:
    """The week, month or year ``step`` units from the one of ``published``, as precise as ISO
    allows: a week is written as its month (or its year when it straddles two months), since
    ``DateValue`` has no week form and claiming a day would be false precision.

    >>> relative_period("semaine", -1, dt.date(2025, 3, 12))
    '2025-03'
    >>> relative_period("mois", -1, dt.date(2025, 1, 20))
    '2024-12'
    >>> relative_period("an", 1, dt.date(2025, 1, 20))
    '2026'
    """
    unit = _unit(unit)
    if unit == "week":
        monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=step)
        if monday.year < 1 or monday.year > 9998:
            return None
        return _period(monday, monday + dt.timedelta(days=6))
    if unit == "month":
        index = published.year * 12 + published.month - 1 + step
        return f"{index // 12:04d}-{index % 12 + 1:02d}" if 1 <= index // 12 <= 9999 else None
    year = published.year + step
    return f"{year:04d}" if 1 <= year <= 9999 else None


def _unit(word: str) -> str:
    """'semaine'/'week' → 'week', 'mois'/'month' → 'month', 'an'/'année'/'year' → 'year'."""
    word = word.lower()
    if word in ("semaine", "week"):
        return "week"
    if word in ("mois", "month"):
        return "month"
    return "year"


def _shift(published: dt.date, days: int) -> str:
    return (published + dt.timedelta(days=days)).isoformat()


@cache
def _publication_mark(at_end: bool = True) -> re.Pattern:
    """The words that put a page's own date after them (lexicon "publication_marks"), right
    before the end of the text searched (``at_end``) or anywhere."""
    return re.compile(rf"\b(?:{alternation(words_of_all('publication_marks'))})\s*:?\s*" + ("$" if at_end else ""), re.I)


def page_date(text: str) -> dt.date | None:
    """The date a page gives itself near its top ("Publié le vendredi 6 mai 2022", "Published
    on 3 May 2021"), for an article read without a publication date; else the latest full date
    the text writes, as news is written on or soon after the latest day it dates ("le mardi 14
    mars 2023 … Lundi dernier": that Monday is the 13th, not unknown)."""
    for m in _publication_mark(at_end=False).finditer(text[:2000]):
        for d in find_dates(text[m.end():m.end() + 40], None):
            if not d.value.inferred and re.fullmatch(r"\d{4}-\d\d-\d\d", d.value.iso):
                return dt.date.fromisoformat(d.value.iso)
    full = [dt.date.fromisoformat(d.value.iso) for d in find_dates(text, None)
            if not d.value.inferred and re.fullmatch(r"(?:19|20)\d\d-\d\d-\d\d", d.value.iso)]
    return max(full) if full else None


#: "KATHMANDU, May 6: …", "Tallinn, 27 August -": a dateline's place before its day.
_DATELINE_PLACE = re.compile(r"^\s*[A-ZÀ-Ý][\w'’. -]{1,40}?,\s*")


def page_day(text: str) -> tuple[int, int] | None:
    """The day and month of an undated page whose header gives no year: a line of its own ("27
    August") or a dateline ("KATHMANDU, May 6: …") among its first lines. What the story calls
    "today" is that day, though the year is unknown."""
    lines = [line for line in text[:1200].splitlines() if line.strip()][:8]
    for line in lines:
        head = line[:80]
        place = _DATELINE_PLACE.match(head)
        rest = head[place.end():] if place else head
        dates = [d for d in find_dates(rest, None) if d.value.iso.startswith("--")]
        if not dates or dates[0].start > 0 and rest[:dates[0].start].strip():
            continue
        if (place and re.match(r"\s*(?:[:–—-]|\()", rest[dates[0].end:])) or is_date_line(line, find_dates(line, None)):
            return int(dates[0].value.iso[2:4]), int(dates[0].value.iso[5:7])
    return None


def written_on(text: str, published: dt.date | None) -> dt.date | None:
    """The day the article was written, when it explains a relative day in brackets ("met this
    evening [Wednesday 26 February]", "hier (lundi 3 mars)") and that day is not the publication
    date: a page put online the next morning. Else ``published``."""
    if published is None:
        return None
    words = _words()
    for m in words.relative_day.finditer(text):
        inside = _bracketed_after(text, m.end())
        if inside is None:
            continue
        meant = [d for d in find_dates(inside[1][:60], published) if DIGIT.search(d.value.text)
                 and re.fullmatch(r"\d{4}-\d\d-\d\d", d.value.iso)]
        if meant:
            day = dt.date.fromisoformat(meant[0].value.iso) - dt.timedelta(
                days=words.relative_days[m["word"].lower().replace("’", "'")])
            if 0 < (published - day).days <= 3:
                return day
    return published


#: What a page's date line holds besides its date: a weekday, a time, separators ("Monday, 12
#: February 2018 - 12:57 PM", "Publié le 3 mai 2021 à 14h05").
_TIME = re.compile(r"\b\d{1,2}\s*[:hH.]\s*\d\d(?:\s*[:.]\s*\d\d)?(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*(?:GMT|UTC|[A-Z]{2,4}T))?")


def is_date_line(text: str, dates: list[DateMention], offset: int = 0) -> bool:
    """True when ``text`` (a sentence) is nothing but a date: the page's date line, not an event's."""
    rest = text
    for d in sorted(dates, key=lambda d: -d.start):
        rest = rest[:d.start - offset] + " " + rest[d.end - offset:]
    rest = _TIME.sub(" ", rest)
    words = [w for w in re.findall(r"[^\W\d_]+", rest) if w.lower() not in _words().weekdays
             and w.lower() not in ("le", "du", "à", "the", "on", "at")]
    return bool(dates) and not words and not re.search(r"\d", rest)


def find_dates(text: str, published: dt.date | None, *, future: bool = False, offset: int = 0,
               page: tuple[int, int] | None = None) -> list[DateMention]:
    """All dates in ``text`` (a sentence), normalised against ``published``.

    Args:
        text: the sentence.
        published: the article's publication date, or None.
        page: without ``published``, the page's day and month (:func:`page_day`): "today" and
            "yesterday" are then days of a year left unknown (``--MM-DD``).
        future: True when the sentence speaks of a planned event (tense or cue).
        offset: added to the returned character offsets (the sentence start).
    """
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    words = _words()

    def add(m: re.Match, iso: str, inferred: bool) -> None:
        s, e = m.span()
        if any(s < te and ts < e for ts, te in taken):
            return
        if _publication_mark().search(text, 0, s):
            taken.append((s, e))  # "Publié le vendredi 6 mai 2022": the page's date, not an event's
            return
        taken.append((s, e))
        found.append(DateMention(offset + s, offset + e, DateValue(m.group(0), iso, inferred)))

    # Every pattern but the weekday and relative ones needs a digit: most sentences have none.
    digits = DIGIT.search(text) is not None
    for m in ISO.finditer(text) if digits else ():
        y, mo, d = int(m["year"]), int(m["month"]), int(m["day"])
        if _valid(y, mo, d):
            add(m, f"{y:04d}-{mo:02d}-{d:02d}", False)
    for m in NUMERIC.finditer(text) if digits else ():
        y, mo, d = int(m["year"]), int(m["month"]), int(m["day"])
        if _valid(y, mo, d):
            add(m, f"{y:04d}-{mo:02d}-{d:02d}", False)
    for pattern in (words.day_month, words.month_day) if digits else ():
        for m in pattern.finditer(text):
            month = words.months[m["month"].lower()]
            day = 1 if m["day"].lower() == "premier" else int(m["day"])  # "le premier mars 2016"
            if m["year"]:
                if _valid(int(m["year"]), month, day):
                    add(m, f"{int(m['year']):04d}-{month:02d}-{day:02d}", False)
                continue
            # "le premier cycle qui s'était tenu le 12 janvier" in a sentence about the future.
            local_future = future and not PAST_BEFORE.search(text[max(0, m.start() - 40):m.start()])
            norm = normalise_month_day(month, day, published, local_future)
            if norm:
                add(m, *norm)
    if published is not None and digits:
        for m in words.day_current.finditer(text):
            if _valid(published.year, published.month, int(m["day"])):
                add(m, f"{published.year:04d}-{published.month:02d}-{int(m['day']):02d}", True)
    for m in words.month_year.finditer(text) if digits else ():
        add(m, f"{int(m['year']):04d}-{words.months[m['month'].lower()]:02d}", False)
    if published is not None:
        for m in words.relative_day.finditer(text):
            add(m, _shift(published, words.relative_days[m["word"].lower().replace("’", "'")]), True)
        for m in words.weekday.finditer(text):
            wd = words.weekdays[m["wd"].lower()]
            rel = (m["rel"] or "").strip().lower()
            delta = (wd - published.weekday()) % 7
            if rel in ("prochain", "next") or (future and rel not in ("dernier", "last")):
                days = (delta or 7) if rel else delta
            else:
                days = -((published.weekday() - wd) % 7)
                if rel in ("dernier", "last") and days == 0:
                    days = -7
            add(m, _shift(published, days), True)
        for m in RELATIVE_PERIOD.finditer(text):
            unit = m["fr_unit"] or m["fr_unit2"] or m["fr_this"] or m["fr_this2"] or m["en_unit"]
            rel = (m["fr_rel"] or m["fr_rel2"] or m["en_rel"] or "this").lower()
            step = -1 if rel.startswith(("dern", "pass", "last")) else 1 if rel.startswith(("proch", "next")) else 0
            iso = relative_period(unit, step, published)
            if iso:
                add(m, iso, True)
        for m in words.ago.finditer(text):
            raw_n = (m["n"] or m["n2"]).lower()
            n = int(raw_n) if raw_n.isdigit() else words.numbers[raw_n]
            unit = (m["unit"] or m["unit2"]).lower()
            days = 7 * n if unit.startswith(("semaine", "week")) else n
            if unit.startswith(("an", "ann", "year")):
                if published.year - n >= 1:
                    add(m, f"{published.year - n:04d}", True)
            elif unit.startswith(("mois", "month")):
                month_index = published.year * 12 + published.month - 1 - n
                if month_index // 12 >= 1:
                    add(m, f"{month_index // 12:04d}-{month_index % 12 + 1:02d}", True)
            elif published.toordinal() - days >= 1:
                add(m, _shift(published, -days), True)
    if published is None and page is not None:
        # (A leap year, so that the 29th of February has a day before and after it.)
        for m in words.relative_day.finditer(text):
            shifted = dt.date(2000, *page) + dt.timedelta(days=words.relative_days[m["word"].lower().replace("’", "'")])
            add(m, f"--{shifted.month:02d}-{shifted.day:02d}", True)
    for m in YEAR.finditer(text) if digits else ():
        add(m, m["year"], False)
    found.sort(key=lambda d: d.start)
    return [d for d in found if not _explained(d, found, text, offset)]


def _explained(d: DateMention, found: list[DateMention], text: str, offset: int) -> bool:
    """"met this evening [Wednesday 26 February]", "hier (lundi 3 mars)": a relative day followed by
    the day written out in brackets, which says which day was meant (a page read a day late)."""
    inside = _bracketed_after(text, d.end - offset)
    if not d.value.inferred or inside is None or DIGIT.search(d.value.text):
        return False
    lo, words = inside
    return any(lo <= o.start - offset and o.end - offset <= lo + len(words) and DIGIT.search(o.value.text) for o in found)


def _bracketed_after(text: str, end: int) -> tuple[int, str] | None:
    """The words in brackets right after ``end`` ("this evening [Wednesday 26 February]"): where
    they start and what they say, or None."""
    gap = re.match(r"\s*[(\[]", text[end:])
    if gap is None:
        return None
    return end + gap.end(), text[end + gap.end():].split(")")[0].split("]")[0]
