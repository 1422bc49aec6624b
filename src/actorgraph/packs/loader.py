"""Load and validate domain packs.

Packs are where knowledge lives (who is who, what each is called, where places are); the code that uses them stays
general. Validation is strict because a typo in a pack silently mislabels every document that mentions the entry:
errors name the file and the entry so the pack's author can fix it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml

from ..errors import PackError
from ..model import ENTITY_TYPES, PREDICATES
from ..names import normalize_name

BUNDLED = Path(__file__).parent / "data"
# Files of method (recognition rules, temporal and attribution lexicons), kept even when knowledge packs are off.
RULE_FILES = ("rules.yaml", "temporal.yaml", "quotes.yaml", "facts.yaml")
_SECTIONS = ("actors", "outlets", "places", "affiliations", "rules")


@dataclass(frozen=True)
class PackEntry:
    id: str
    name: str
    type: str
    kind: str | None = None
    aliases: tuple[str, ...] = ()
    arabic: tuple[str, ...] = ()
    parent: str | None = None
    country: str | None = None
    of: str | None = None
    owner: str | None = None
    lat: float | None = None
    lon: float | None = None
    demonyms: tuple[str, ...] = ()
    capital: bool = False
    ambiguous: bool = False
    source: str = ""

    @property
    def names(self) -> tuple[str, ...]:
        """Every surface form that names this entry: canonical, aliases and Arabic script."""
        return (self.name, *self.aliases, *self.arabic)


@dataclass(frozen=True)
class Affiliation:
    subject: str
    predicate: str
    object: str
    since: str | None = None
    until: str | None = None
    source: str = ""


@dataclass
class Pack:
    entries: dict[str, PackEntry] = field(default_factory=dict)
    affiliations: list[Affiliation] = field(default_factory=list)
    rules: dict[str, Any] = field(default_factory=dict)

    @cached_property
    def forms(self) -> dict[str, frozenset[str]]:
        """Normalised forms of every entry's names, by entry id; built once per pack and shared by its users."""
        return {e.id: frozenset(normalize_name(n) for n in e.names) for e in self.entries.values()}

    @cached_property
    def name_index(self) -> dict[str, str]:
        """Normalised name -> entry id (the first entry to claim a form keeps it)."""
        index: dict[str, str] = {}
        for entry_id, forms in self.forms.items():
            for form in forms:
                index.setdefault(form, entry_id)
        return index

    def get(self, entry_id: str | None) -> PackEntry | None:
        return self.entries.get(entry_id) if entry_id else None

    def country_by_demonym(self) -> dict[str, str]:
        """'Iraqi' -> 'iraq', 'American' -> 'united-states': for collective actors such as 'Iraqi forces'. Built once
        per pack and shared: do not change it."""
        return self._demonyms

    @cached_property
    def _demonyms(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for e in self.entries.values():
            for d in e.demonyms:
                out.setdefault(d.lower(), e.id)
        return out

    @cached_property
    def given_names(self) -> frozenset[str]:
        """Common given names, men's and women's, lower case (rules `given_names` and `quotes.female_first_names`):
        language data that tells a person's name from a body's."""
        quotes = self.rules.get("quotes") if isinstance(self.rules.get("quotes"), dict) else {}
        return frozenset(str(n).lower() for n in (*self.rules.get("given_names", []),
                                                  *quotes.get("female_first_names", [])))

    @cached_property
    def current_leaders(self) -> dict[str, frozenset[str]]:
        """Entry id of a body -> the ids of those the pack records as leading it now (no `until`)."""
        out: dict[str, set[str]] = {}
        for a in self.affiliations:
            if a.predicate == "leads" and a.until is None:
                out.setdefault(a.object, set()).add(a.subject)
        return {body: frozenset(people) for body, people in out.items()}

    def state_body(self, country_id: str, kinds: Iterable[str]) -> PackEntry | None:
        """The pack's military or government of a state, so 'Turkish troops' links to a known actor when there is one."""
        wanted = tuple(kinds)
        for kind in wanted:
            for e in self.entries.values():
                if e.of == country_id and e.kind == kind:
                    return e
        return None


def load_packs(bundled: bool = True, extra: Iterable[str | Path] = ()) -> Pack:
    """The bundled pack (unless turned off) plus users' own pack files or folders, later files extending earlier.

    With `bundled=False` the bundled *knowledge* (actors, outlets, places, affiliations) is left out but its rule
    lexicons stay: they are method, not knowledge, and without them the pipeline is bare spaCy.
    """
    files: list[Path] = []
    if bundled:
        files.extend(sorted(BUNDLED.glob("*.yaml")))
    else:
        files.extend(BUNDLED / name for name in RULE_FILES if (BUNDLED / name).exists())
    for raw in extra:
        path = Path(raw)
        if path.is_dir():
            files.extend(sorted(path.glob("*.yaml")) + sorted(path.glob("*.yml")))
        elif path.is_file():
            files.append(path)
        else:
            raise PackError(f"{path}: pack file or folder not found; check the --pack path.")
    pack = Pack()
    for path in files:
        _load_file(path, pack)
    _check_references(pack)
    return pack


def _load_file(path: Path, pack: Pack) -> None:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise PackError(f"{path}: cannot be read as YAML ({exc}); fix the file or leave it out.") from None
    if not isinstance(data, dict) or not set(data) <= set(_SECTIONS):
        raise PackError(f"{path}: a pack file is a mapping with sections {', '.join(_SECTIONS)}.")
    for section in ("actors", "outlets", "places"):
        for index, raw in enumerate(data.get(section) or []):
            entry = _entry(raw, f"{path} {section}[{index}]")
            if entry.id in pack.entries and pack.entries[entry.id].source.split(" ")[0] == str(path):
                raise PackError(f"{path} {section}[{index}]: id '{entry.id}' is used twice; ids must be unique.")
            pack.entries[entry.id] = entry
    for index, raw in enumerate(data.get("affiliations") or []):
        pack.affiliations.append(_affiliation(raw, f"{path} affiliations[{index}]"))
    rules = data.get("rules") or {}
    if not isinstance(rules, dict):
        raise PackError(f"{path}: 'rules' must be a mapping of rule name to values.")
    for key, value in rules.items():
        if isinstance(value, list) and isinstance(pack.rules.get(key), list):
            pack.rules[key] = [*pack.rules[key], *value]
        else:
            pack.rules[key] = value


def _strings(raw: Any, where: str, key: str) -> tuple[str, ...]:
    value = raw.get(key) or []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, (str, int, float)) for v in value):
        raise PackError(f"{where}: '{key}' must be a list of strings.")
    return tuple(str(v).strip() for v in value if str(v).strip())


def _entry(raw: Any, where: str) -> PackEntry:
    if not isinstance(raw, dict):
        raise PackError(f"{where}: an entry must be a mapping with at least id, name and type.")
    for key in ("id", "name", "type"):
        if not raw.get(key):
            raise PackError(f"{where}: missing '{key}'.")
    etype = str(raw["type"]).upper()
    if etype not in ENTITY_TYPES:
        raise PackError(f"{where} ({raw['id']}): type '{raw['type']}' is not one of {', '.join(ENTITY_TYPES)}.")

    def opt_float(key: str) -> float | None:
        if raw.get(key) is None:
            return None
        try:
            return float(raw[key])
        except (TypeError, ValueError):
            raise PackError(f"{where} ({raw['id']}): '{key}' must be a number.") from None

    return PackEntry(
        id=str(raw["id"]), name=str(raw["name"]).strip(), type=etype, kind=raw.get("kind"),
        aliases=_strings(raw, where, "aliases"), arabic=_strings(raw, where, "arabic"),
        parent=raw.get("parent"), country=raw.get("country"), of=raw.get("of"), owner=raw.get("owner"),
        lat=opt_float("lat"), lon=opt_float("lon"), demonyms=_strings(raw, where, "demonyms"),
        capital=bool(raw.get("capital", False)), ambiguous=bool(raw.get("ambiguous", False)),
        source=where,
    )


def _affiliation(raw: Any, where: str) -> Affiliation:
    if not isinstance(raw, dict) or not all(raw.get(k) for k in ("subject", "predicate", "object")):
        raise PackError(f"{where}: an affiliation needs subject, predicate and object.")
    if raw["predicate"] not in PREDICATES:
        raise PackError(f"{where}: predicate '{raw['predicate']}' is not one of {', '.join(PREDICATES)}.")
    since = raw.get("since")
    until = raw.get("until")
    return Affiliation(
        subject=str(raw["subject"]), predicate=str(raw["predicate"]), object=str(raw["object"]),
        since=None if since is None else str(since), until=None if until is None else str(until), source=where,
    )


def _check_references(pack: Pack) -> None:
    for a in pack.affiliations:
        for ref in (a.subject, a.object):
            if ref not in pack.entries:
                raise PackError(f"{a.source}: '{ref}' is not the id of any pack entry.")
    for e in pack.entries.values():
        for key in ("parent", "of", "owner", "country"):
            ref = getattr(e, key)
            if ref and ref not in pack.entries:
                raise PackError(f"{e.source} ({e.id}): {key} '{ref}' is not the id of any pack entry.")
