"""Publication metadata read off the top of an article: byline author, byline or dateline date, wire agency.

Monitoring write-ups put this in the text ("By Jane Doe | Fellow | Feb 23, 2018", "BAGHDAD, March 3 (Reuters) -")
rather than in metadata, and relative dates later in the text can only be resolved against it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|" \
         r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_DATE_PATTERNS = [
    re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)(?!\d)"),
    re.compile(r"\b(?P<y>(?:19|20)\d\d)/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)(?!\d)"),
    re.compile(_MONTH + r"\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)\b", re.I),
    re.compile(r"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<y>(?:19|20)\d\d)\b", re.I),
]
_BYLINE = re.compile(r"^\s*(?:By|BY|Written by|Interview by|Reporting by)\s+(?P<name>[^|,\n\u2013\u2014]+?)\s*"
                     r"(?:[|,\n\u2013\u2014]|$)")
_WIRE = re.compile(r"\((?P<agency>[A-Z][A-Za-z.&]*(?: [A-Z][A-Za-z.&]*){0,3})\)\s*[-\u2013\u2014]")
_HEAD_CHARS = 700


@dataclass(frozen=True)
class Byline:
    author: str | None = None
    published: str | None = None
    outlet: str | None = None


def parse_date(raw: str) -> str | None:
    """ISO date (YYYY-MM-DD) from the first full date in `raw`, or None; a date with no year is not guessed."""
    for pattern in _DATE_PATTERNS:
        m = pattern.search(raw)
        if not m:
            continue
        parts = m.groupdict()
        month = int(parts["m"]) if parts.get("m") else MONTHS[parts["mon"].lower()[:3]]
        try:
            return date(int(parts["y"]), month, int(parts["d"])).isoformat()
        except ValueError:
            continue
    return None


def read_byline(body: str) -> Byline:
    """Author, date and wire agency from the first lines of the body (the part after the title line)."""
    head = body[:_HEAD_CHARS]
    lines = [ln for ln in head.split("\n") if ln.strip()][:4]
    author = published = outlet = None
    for line in lines:
        # "By X | ...", or a later field: "Tigris Security Profiles | By Layla Ibrahim | February 12, 2020"
        m = next((f for f in (_BYLINE.match(part) for part in line.split("|")) if f), None)
        if m and author is None:
            author = m.group("name").strip()
        if published is None and (m or "|" in line or re.search(r"\b(Published|Updated|Posted)\b", line)):
            published = parse_date(line)
    if published is None and lines:
        # A dateline or a date line of its own at the top of the body.
        for line in lines[:2]:
            candidate = parse_date(line[:160])
            if candidate:
                published = candidate
                break
    wire = _WIRE.search(head)
    if wire:
        outlet = wire.group("agency")
    for line in lines[:2]:
        if outlet is None and ("|" in line or _DASH.search(line)) and parse_date(line):
            outlet = _outlet_field(line)
    return Byline(author=author, published=published, outlet=outlet)


def _outlet_field(line: str) -> str | None:
    """The publication named in a byline: "By X | Baghdad Observer | May 14, 2024", "Caspian Dispatch — Tehran,
    Feb 17, 2025", "Tigris Security Profiles | By Layla Ibrahim | ...". Fields that are the author, a date, a
    job title ("Fellow, Some Institute") or lower-case prose are skipped; a trailing ", City" is cut. A name of
    several words wins over a single word, which is as often the dateline's city ("By X — Beirut | The Ledger")."""
    found: list[str] = []
    for field in re.split(r"\s*\|\s*|\s+[\u2013\u2014]\s+", line.strip()):
        field = field.strip()
        if not field or _BYLINE.match(field) or re.match(r"(?:Interview|Reporting|Analysis|Text) by\b", field, re.I):
            continue
        if parse_date(field) or re.match(r"(?:Published|Updated|Posted)\b", field):
            continue
        name = field.split(",")[0].strip()
        words = name.split()
        if not words or len(words) > 6 or words[0] in _ROLE_WORDS or not all(
                w[:1].isupper() or w in ("of", "the", "and", "&", "al", "el") for w in words):
            continue
        found.append(name)
    return next((n for n in found if len(n.split()) > 1), found[0] if found else None)


_DASH = re.compile(r"\s[\u2013\u2014]\s")
_ROLE_WORDS = {"Fellow", "Senior", "Staff", "Correspondent", "Reporter", "Editor", "Analyst", "Contributor",
               "Researcher", "Director", "Special", "Chief", "Bureau", "Guest", "Associate", "Visiting", "Press",
               "PRESS", "MEDIA", "Office", "Updated", "Published"}
