"""Group a document's mentions into entities: one entity per actor, place or outlet, with all its mentions.

Within one text a name recurs in shorter forms ("Akram al-Kaabi" ... "Kaabi"), with or without its article, or as an
acronym introduced in parentheses; each must land on the same entity, or every later fact is split in two.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field

from ..model import Entity, Mention
from ..names import head_noun, last_name_key, normalize_name
from ..packs import Pack

_PAREN = re.compile(r"^\s*\(\s*$")


@dataclass
class RawMention:
    start: int
    end: int
    text: str
    label: str
    kb_id: str = ""


@dataclass
class _Group:
    """Mentions of one entity so far, with what the family-name lookup needs computed once, not per mention."""

    mentions: list[RawMention] = field(default_factory=list)
    labels: Counter[str] = field(default_factory=Counter)
    family: str = ""  # family-name key of a multi-word name ('kaabi' for 'Akram al-Kaabi'), else ''
    # the family-name keys of every multi-word form the text used: a pack entry "Abu Fadak al-Mohammedawi" first
    # written "Abdul Aziz al-Mohammadawi" is a later "Mohammadawi" too
    families: set[str] = field(default_factory=set)
    given: str = ""  # the first word of a multi-word name after any title ('hodan' for 'Hodan Abdi'), else ''
    pack_type: str | None = None  # the entry's type when the group is a pack entry; then labels do not decide
    forms: set[str] = field(default_factory=set)  # normalised texts of its mentions, for one sense per discourse

    def absorb(self, other: _Group) -> None:
        """Take in another group's mentions: the text showed the two are one entity."""
        self.mentions.extend(other.mentions)
        self.mentions.sort(key=lambda m: m.start)
        self.labels.update(other.labels)
        self.forms |= other.forms
        self.families |= other.families

    def is_person(self) -> bool:
        if self.pack_type is not None:
            return self.pack_type == "PERSON"
        return self.labels.most_common(1)[0][0] == "PERSON"


class EntityAssembler:
    """Builds Entity records from raw mentions, using the pack's shared normalised-name index."""

    def __init__(self, pack: Pack) -> None:
        self.pack = pack
        self.index = pack.name_index
        self.org_heads = {str(w) for w in pack.rules.get("org_heads", [])}
        self.titles = {normalize_name(str(t)) for t in pack.rules.get("person_titles", [])}

    def assemble(self, mentions: list[RawMention], text: str) -> list[Entity]:
        mentions = sorted(mentions, key=lambda m: m.start)
        group_of: list[str] = []
        groups: dict[str, _Group] = {}
        previous: RawMention | None = None
        for m in mentions:
            key = self._key(m, previous, group_of, text, groups)
            group = groups.get(key)
            if group is None:
                group = groups[key] = self._new_group(key, m)
            group.mentions.append(m)
            group.labels[m.label] += 1
            norm = normalize_name(m.text)
            group.forms.add(norm)
            if " " in norm and m.label == "PERSON":
                group.families.add(last_name_key(norm))
            group_of.append(key)
            previous = m
        self._join_bare_words(groups)
        _join_other_names(mentions, group_of, groups, text)
        entities = [self._entity(key, g.mentions) for key, g in groups.items()]
        entities.sort(key=lambda e: e.mentions[0].start)
        return entities

    def _key(
        self, m: RawMention, previous: RawMention | None, group_of: list[str], text: str,
        groups: dict[str, _Group],
    ) -> str:
        if m.kb_id and m.label in ("GPE", "LOC") and " " not in m.text and not _PLACE_PREPOSITION.search(
                text, max(0, m.start - 12), m.start):
            # "Aden said" after "Hussein Osman Aden": the surname of a person named before, not the pack's city
            owners = self._people_with_last_name(normalize_name(m.text), groups)
            if len(owners) == 1:
                m.label = "PERSON"
                return owners.pop()
        if m.kb_id:
            return "pack:" + m.kb_id
        norm = normalize_name(m.text)
        linked = self.index.get(norm)
        if linked is not None and self.pack.entries[linked].type == _family(m.label, self.pack.entries[linked].type):
            return "pack:" + linked
        # An acronym introduced right after its full name: "Popular Mobilization Units (PMU)".
        if previous is not None and group_of and _PAREN.match(text[previous.end:m.start]) and m.text.isupper() and \
                (previous.label not in ("GPE", "LOC") or _initials(previous.text) == m.text):
            # not "BAGHDAD, Iraq (LWS) -": a dateline's agency after a place; a place's own acronym spells it ("DRC")
            return group_of[-1]
        if m.text.isupper() and 2 <= len(m.text) <= 6 and m.text.isalpha():
            # "Arakan Army ... the AA", "Tigray People's Liberation Front ... TPLF": an acronym of exactly one
            # organisation named before, even without the brackets
            spelled = {key for key, g in groups.items() if any(
                x.label in ("ORG", "MEDIA") and _initials(x.text) == m.text for x in g.mentions)}
            if len(spelled) == 1:
                return spelled.pop()
        if m.label == "ORG" and m.text in self.org_heads:
            # "the Guards" after "Iran's Revolutionary Guards": an organisation's head word alone is that
            # organisation when exactly one earlier name in the text ends with it
            heads = {key for key, g in groups.items() if any(
                x.text != m.text and head_noun(x.text) == m.text
                for x in g.mentions)}
            if len(heads) == 1:
                return heads.pop()
        if m.label in {"PERSON", "ORG", "GPE", "LOC"} and " " not in norm:
            owners = self._people_with_last_name(norm, groups)
            if owners:
                m.label = "PERSON"  # a family name of people in this text, even when we cannot tell which
            if len(owners) == 1:
                return owners.pop()
            if not owners and m.label == "PERSON":
                # "Kanyuka" after "Lawrence Kanyuka Kingston": a middle name of exactly one person, who goes by it
                middles = {key for key, g in groups.items() if g.is_person() and any(
                    x.label == "PERSON" and norm in normalize_name(x.text).split()[1:-1] for x in g.mentions)}
                if len(middles) == 1:
                    return middles.pop()
        if m.label in {"PERSON", "ORG", "GPE"} and " " in norm and not linked:
            # "Abu Fakhr" after "Maher Abu Fakhr": the last words of exactly one person's longer name are that person
            tails = {key for key, g in groups.items() if g.is_person() and any(
                f.endswith(" " + norm) for f in g.forms)}
            if len(tails) == 1:
                m.label = "PERSON"
                return tails.pop()
        if m.label == "PERSON" or m.label in ("ORG", "GPE") and linked is None and " " not in norm:
            # "Hodan" after "Hodan Abdi", "Sheikh Mohammed" after "Sheikh Mohammed bin Abdulrahman Al Thani": a
            # given name alone (after a title) is the one person in the text who has it, and no one's family name
            # (also when the model tagged the lone word a body or a place: "Fatoumata said")
            written = self._written_without_title(m.text)
            given = normalize_name(written[0]) if len(written) == 1 else ""  # "Jean-Pierre" is one word
            if given and not self._people_with_last_name(given, groups):
                holders = {key for key, g in groups.items() if g.given == given and g.is_person()}
                if len(holders) == 1:
                    m.label = "PERSON"
                    return holders.pop()
        # One sense per discourse: the same name in one text is one entity, whatever label each mention got, also
        # when its first mention joined a longer name ("Arakan Army (AA)", then "the AA")
        key = f"name:{norm}"
        if key not in groups:
            joined = {k for k, g in groups.items() if norm in g.forms}
            if len(joined) == 1:
                return joined.pop()
        return key

    @staticmethod
    def _join_bare_words(groups: dict[str, _Group]) -> None:
        """"the Treasury" after the "US Department of the Treasury", "Treasury sanctions ..." in a headline before "the
        U.S. Treasury Department": a bare word that is a word of exactly one known body's name in the text, wherever
        it stands, is that body. In place."""
        for key in [k for k, g in groups.items() if k.startswith("name:") and " " not in k[5:]]:
            group = groups[key]
            if group.labels.most_common(1)[0][0] != "ORG" or not key[5:].isalpha():
                continue
            word = key[5:]
            holders = {k for k, g in groups.items() if k.startswith("pack:") and any(
                x.label == "ORG" and " " in x.text and word in normalize_name(x.text).split()
                for x in g.mentions)}
            if len(holders) == 1:
                groups[holders.pop()].absorb(group)
                del groups[key]

    def _new_group(self, key: str, first: RawMention) -> _Group:
        entry = self.pack.entries[key[5:]] if key.startswith("pack:") else None
        full = entry.name if entry is not None else first.text
        family = last_name_key(full) if " " in normalize_name(full) else ""
        given = ""
        if family:
            # the first word as written, hyphens kept: "Jean-Pierre" of "Jean-Pierre Habimana"
            words = self._written_without_title(first.text)
            given = normalize_name(words[0]) if len(words) >= 2 else ""
        return _Group(family=family, given=given, pack_type=entry.type if entry is not None else None,
                      families={family} if family else set())

    def _written_without_title(self, text: str) -> list[str]:
        """The words of a name as written (hyphenated given names kept whole), any title before them dropped."""
        norm = normalize_name(text)
        dropped = len(norm.split()) - len(self._without_title(norm).split())
        return text.split()[dropped:] if dropped else text.split()

    def _without_title(self, norm: str) -> str:
        for title in self.titles:
            if norm.startswith(title + " "):
                return norm[len(title) + 1:]
        return norm

    @staticmethod
    def _people_with_last_name(short: str, groups: dict[str, _Group]) -> set[str]:
        """The groups of the people in the text whose family name is `short` (two brothers give two)."""
        return {key for key, g in groups.items() if short in g.families and g.is_person()}

    def _entity(self, key: str, ms: list[RawMention]) -> Entity:
        surfaces = list(dict.fromkeys(m.text for m in ms))
        if key.startswith("pack:"):
            entry = self.pack.entries[key[5:]]
            name, etype, eid, pack_id = entry.name, entry.type, entry.id, entry.id
        else:
            etype = Counter(m.label for m in ms).most_common(1)[0][0]
            name = max(surfaces, key=lambda s: (len(s.split()), len(s)))
            digest = hashlib.sha1(f"{etype}|{normalize_name(name)}".encode()).hexdigest()[:12]
            eid, pack_id = f"e-{digest}", None
        aliases = [s for s in surfaces if s != name]
        mentions = [Mention(m.start, m.end, m.text, "pack" if m.kb_id else "model") for m in ms]
        return Entity(id=eid, name=name, type=etype, aliases=aliases, mentions=mentions, pack_id=pack_id)


# what stands between a name and another name of the same actor: "X, the force's chief, better known as Y",
# "X (real name Y)", "X, whose real name is Y", "X, nicknamed Y", "X, also known as Y"
_OTHER_NAME = re.compile(
    r"^\s*(?:,[^.;:\"\u201c\u201d()]{0,80}?)?(?:,\s*|\s+)(?:(?:better|also|widely|commonly|more commonly|popularly)\s+)?"
    r"(?:known\s+(?:as|by\s+(?:the|his|her|its)\s+(?:nom\s+de\s+guerre|name|kunya|alias))|nicknamed|"
    r"whose\s+real\s+name\s+is|a\.k\.a\.?)\s+(?:the\s+)?$"
    r"|^\s*\(\s*(?:real\s+name|born|also\s+known\s+as|known\s+as|a\.k\.a\.?)\s+$",
    re.IGNORECASE)


def _join_other_names(mentions: list[RawMention], group_of: list[str], groups: dict[str, _Group],
                      text: str) -> None:
    """"Abdul Aziz al-Mohammadawi, the force's chief of staff, better known as Abu Fadak": two names the text itself
    says belong to one actor make one entity (a known pack entry keeps its identity). In place."""
    for i in range(1, len(mentions)):
        first, second = mentions[i - 1], mentions[i]
        a, b = group_of[i - 1], group_of[i]
        if a == b or a not in groups or b not in groups:
            continue
        if ({first.label, second.label} - {"ORG", "MEDIA"}) and first.label != second.label:
            continue
        if second.start - first.end > 120 or not _OTHER_NAME.match(text[first.end:second.start]):
            continue
        keep, drop = (b, a) if b.startswith("pack:") and not a.startswith("pack:") else (a, b)
        groups[keep].absorb(groups.pop(drop))
        group_of[:] = [keep if k == drop else k for k in group_of]


_PLACE_PREPOSITION = re.compile(r"\b(?:in|of|to|near|from|at|into|outside|around|across|toward|towards)\s+(?:the\s+)?$",
                                re.IGNORECASE)


def _family(label: str, pack_type: str) -> str:
    """The model's label, except that outlets and organisations are one family for linking by name."""
    if {label, pack_type} <= {"ORG", "MEDIA"}:
        return pack_type
    if {label, pack_type} <= {"GPE", "LOC"}:
        return pack_type
    return label


def _initials(name: str) -> str:
    """"TPLF" for "Tigray People's Liberation Front", "TTP" for "Tehreek-e-Taliban Pakistan": the capitals that
    open each word or hyphenated part, small words ("of", "for", "e") left out."""
    parts = re.split(r"[\s-]+", name)
    return "".join(p[0] for p in parts if p[:1].isupper())
