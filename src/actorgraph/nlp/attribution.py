"""Turn a document's quote candidates into contract quotes: speakers, outlets and dates as entity names and values.

This is the document-level half of quote extraction (the per-chunk half is `quotes`): it needs every entity of the
document to resolve "he" or "the group", the publisher to keep it out of relay chains, and the resolved dates. A
continuing quote ("He continued: ...", a paragraph that carries on a statement) takes speaker, outlet and date from
the quote it continues; an owned channel ("its Telegram channel") becomes an outlet entity named for its owner.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from ..model import Entity, Mention, Quote, Span, TimeExpression
from ..names import normalize_name
from ..packs import Pack
from .antecedents import Description, Genders, Resolution
from .coref import SpeakerResolver
from .discourse import DiscourseCues
from .occasions import Occasions, date_headings
from .quote_lexicon import QuoteLexicon
from .quotes import QuoteCandidate, ViaRef


@dataclass
class _Said:
    quote: Quote
    candidate: QuoteCandidate
    speaker: Resolution

    @property
    def entity(self) -> Entity | None:
        return self.speaker.entity


class Attributor:
    def __init__(self, pack: Pack) -> None:
        self.pack = pack
        self.lex = QuoteLexicon.from_rules(pack.rules)
        self.occasions = Occasions(self.lex)
        self.genders = Genders.from_pack(pack, self.lex.female_first_names)

    def attribute(self, text: str, publisher: str | None, entities: list[Entity], candidates: list[QuoteCandidate],
                  dates: list[TimeExpression], cues: DiscourseCues, body_from: int = 0,
                  author: str | None = None, published: str | None = None) -> list[Quote]:
        """Quotes in text order; may append outlet entities (owned channels) to `entities`.

        `body_from` is where the article body starts: a headline ("Group vows revenge") is the publisher's summary
        of a statement reported below, not a statement of its own.
        """
        resolver = SpeakerResolver(entities, cues, self.pack, self.lex.descriptor_kinds, author, self.genders,
                                  self.lex.person_roles, self.lex.account_nouns, self.lex.role_kin,
                                  person_nouns=self.lex.person_nouns, text=text, body_from=body_from)
        date_at = {d.start: d for d in dates}
        publisher_key = normalize_name(publisher) if publisher else None
        out: list[_Said] = []
        carried_by: dict[int, str] = {}  # candidate (by id) -> the outlet whose report frames it
        for cand in _without_nested(candidates):
            if cand.evidence[0] < body_from:
                continue
            prev = next((s for s in reversed(out) if s.candidate.kind != "event"), None)
            if cand.inherit:
                if prev is None or not _near(prev.candidate, cand):
                    continue
                q = prev.quote
                out.append(_Said(self._quote(text, cand, q.speaker, q.speaker_resolved, q.via, q.relayed_by, q.date),
                                 cand, prev.speaker))
                continue
            ref = cand.speaker
            # the outlet that carried these words is not the "it" that said them
            carriers = frozenset(v.start for v in cand.vias if v.kind == "outlet" and (
                _AFTER_PREPOSITION.search(text, max(0, v.start - 16), v.start)
                or v.relay and ref is not None and ref.category == "outlet"))  # "AFP, citing the channel": not AFP
            speaker = resolver.resolve(ref, ref.start if ref is not None else cand.start, (cand.start, cand.end),
                                       carriers, continuing=(cand.cue or "").lower() in self.lex.continuation_cues)
            carried = _channel_statement(out, cand, ref.head) if ref is not None and ref.category == "outlet" else None
            if carried is not None and speaker.entity is not None and speaker.entity.type == "MEDIA" and any(
                    carried.candidate.end <= m.start < cand.start for m in speaker.entity.mentions):
                carried = None  # "Grey Zone, a channel ..., wrote ... the channel complained": the outlet named since
            if carried is not None:  # "according to the channel" just after a group's post on its channel
                speaker = carried.speaker
            issued_via: str | None = None
            if ref is not None and ref.collective and speaker.entity is not None and speaker.entity.type == "MEDIA" \
                    and ref.head in self.lex.statement_nouns:
                owner = self._outlet_owner(speaker.entity, entities)
                if owner is not None:  # "a message posted by Amaq": the group that runs the outlet speaks through it
                    issued_via, speaker = speaker.entity.name, Resolution(owner.name, True, owner)
            if cand.kind != "direct" and speaker.name is None:
                continue
            if speaker.entity is not None and speaker.entity.type == "MEDIA" and _carries_another(cand, candidates):
                # "Reuters reported that X said ...": the outlet relays X's statement, it is not its own; it is the
                # outlet through which X's words came ("X told the conference that ..., the agency said")
                for inner in candidates:
                    if inner is not cand and cand.start <= inner.start and inner.end <= cand.end:
                        carried_by.setdefault(id(inner), speaker.entity.name)
                continue
            vias = cand.vias
            if ref is not None:
                # "the account wrote": the phrase names the speaker (an outlet or an account), not a hop
                vias = tuple(v for v in vias if not (v.kind == "recent" and ref.start <= v.start < ref.end))
            via, relayed = self._vias(vias, speaker, entities, resolver, text, publisher_key)
            if issued_via is not None and via is None:
                via = issued_via
            if via is None and id(cand) in carried_by:
                via = carried_by[id(cand)]
            if carried is not None and via is None:
                via, relayed = carried.quote.via, list(carried.quote.relayed_by)
            date = _statement_day(date_at[cand.date_at[0]]) if cand.date_at and cand.date_at[0] in date_at else None
            same = _last_by(out, speaker.entity) if speaker.entity is not None else _last_described(out, speaker.name)
            if same is not None and via is not None and via in same.quote.relayed_by and same.quote.via and \
                    _near(same.candidate, cand):
                # "..., Saree said in the televised statement, according to AFP's translation": the outlet that
                # relayed the same speaker's words just before relays these too; they reached the public the same way
                via, relayed = same.quote.via, list(same.quote.relayed_by)
            if same is not None and date is not None and same.quote.date is not None and date != same.quote.date \
                    and not (ref is not None and ref.head in self.lex.statement_nouns and speaker.name
                             and (same.quote.via or "").startswith(speaker.name + " ")):
                # "In an interview with X last month, he had said ...; On Monday he said": two occasions; but "the
                # first statement, posted on Monday" is one of the statements its own channel carried
                same = None
            if same is not None and (via is None or date is None) and \
                    (_near(same.candidate, cand) or cand.start - same.candidate.end < _SAME_STATEMENT):
                # The same speaker again, a few paragraphs on, with no outlet or date of its own: the same statement.
                if via is None:
                    via, relayed = same.quote.via, list(same.quote.relayed_by)
                if date is None:
                    date = same.quote.date  # the same interview, speech or briefing goes on: its date carries
            if date is None and speaker.entity is not None and speaker.entity.type == "PERSON" and \
                    not self.occasions.at_another_time(text, cand):
                date = _body_statement_date(out, resolver.bodies_of(speaker.entity), cand)
            if ref is not None and speaker.entity is not None:
                resolver.remember(ref.start, speaker.entity, ref.kind == "mention")
            elif ref is not None and speaker.name is not None and ref.kind in ("description", "descriptor"):
                resolver.remember(ref.start, Description(speaker.name, ref.category, ref.head, ref.plural), False)
            if speaker.entity is not None:
                if via is not None and speaker.entity.name == via:
                    via = None
            out.append(_Said(self._quote(text, cand, speaker.name, speaker.entity is not None, via, relayed, date),
                             cand, speaker))
        date_headings(text, dates, out, body_from)
        self.occasions.date(text, out, self.occasions.openings(text, dates, body_from, published))
        return [s.quote for s in out if s.candidate.kind != "event"]

    @staticmethod
    def _quote(text: str, cand: QuoteCandidate, speaker: str | None, resolved: bool, via: str | None,
               relayed: list[str], date: str | None) -> Quote:
        ev_start, ev_end = cand.evidence
        return Quote(
            speaker=speaker, speaker_resolved=resolved, text=text[cand.start:cand.end], start=cand.start,
            end=cand.end, kind=cand.kind, cue=cand.cue, evidence=Span(ev_start, ev_end, text[ev_start:ev_end]),
            via=via, relayed_by=list(relayed), date=date,
        )

    def _vias(self, vias: tuple[ViaRef, ...], speaker: Resolution, entities: list[Entity],
              resolver: SpeakerResolver, text: str, publisher_key: str | None) -> tuple[str | None, list[str]]:
        via: str | None = None
        relayed: list[str] = []
        for ref in vias:
            name = self._via_name(ref, speaker, entities, resolver, text)
            if name is None or (speaker.entity is not None and name == speaker.entity.name):
                continue
            if ref.relay:
                if name not in relayed and name != via:
                    relayed.append(name)
            elif via is None:
                via = name
        if via is None and relayed and not (speaker.entity is not None and speaker.entity.type == "MEDIA"):
            via = relayed.pop(0)  # (an outlet in its own voice has no outlet of its own; later hops relay it)
        if via is not None and self._is_publisher(via, entities, publisher_key):
            via = None  # "told AFP" in an AFP story: the publisher is the end of the chain, not a hop
        relayed = [r for r in relayed if not self._is_publisher(r, entities, publisher_key)]
        return via, relayed

    def _outlet_owner(self, outlet: Entity, entities: list[Entity]) -> Entity | None:
        entry = self.pack.get(outlet.pack_id)
        if entry is None or not entry.owner:
            return None
        return next((e for e in entities if e.pack_id == entry.owner), None)

    def _is_publisher(self, name: str, entities: list[Entity], publisher_key: str | None) -> bool:
        if publisher_key is None:
            return False
        forms = {normalize_name(name)}
        for entity in entities:
            if entity.name == name:
                forms |= {normalize_name(a) for a in entity.aliases}
                entry = self.pack.get(entity.pack_id)
                if entry is not None:
                    forms |= {normalize_name(n) for n in entry.names}
        return publisher_key in forms

    def _via_name(self, ref: ViaRef, speaker: Resolution, entities: list[Entity], resolver: SpeakerResolver,
                  text: str) -> str | None:
        if ref.kind == "recent":
            outlet = resolver.recent_outlet(ref.start)
            return outlet.name if outlet is not None else None
        if ref.kind == "outlet":
            entity = resolver.entity_over(ref.start, ref.end)
            if entity is None or entity.type != "MEDIA":
                return None
            entry = self.pack.get(entity.pack_id)
            if entry is not None and entry.kind == "platform" and speaker.entity is not None \
                    and speaker.entity.type != "MEDIA":
                # "in a post on Telegram": the speaker's own channel on that platform carried it
                platform = text[ref.start:ref.end]  # as written: "Twitter", not the pack's "X (Twitter)"
                name = f"{speaker.entity.name} {platform} {'channel' if entity.name == 'Telegram' else 'account'}"
                _add_outlet(entities, name, Mention(ref.start, ref.end, text[ref.start:ref.end], "attribution"))
                return name
            return entity.name
        owner = ref.owner
        if owner is None:
            return None
        if owner.kind == "pronoun" and speaker.entity is not None:
            owner_entity: Entity | None = speaker.entity
        else:
            owner_entity = resolver.resolve(owner, ref.start).entity
        if owner_entity is None or owner_entity.type == "MEDIA":
            return None
        name = f"{owner_entity.name} {_channel_label(ref.channel or 'website')}"
        _add_outlet(entities, name, Mention(ref.start, ref.end, text[ref.start:ref.end], "attribution"))
        return name


def _channel_label(channel: str) -> str:
    words = [w for w in channel.split() if w.lower() != "own"]  # "its own channel" is the owner's channel
    return " ".join(w if w[:1].isupper() else w.lower() for w in words)


def _add_outlet(entities: list[Entity], name: str, mention: Mention) -> None:
    for entity in entities:
        if entity.name == name:
            if all(m.start != mention.start for m in entity.mentions):
                entity.mentions.append(mention)
                entity.mentions.sort(key=lambda m: m.start)
                if mention.text not in entity.aliases and mention.text != name:
                    entity.aliases.append(mention.text)
            return
    digest = hashlib.sha1(f"MEDIA|{normalize_name(name)}".encode()).hexdigest()[:12]
    aliases = [mention.text] if mention.text != name else []
    entities.append(Entity(id=f"e-{digest}", name=name, type="MEDIA", aliases=aliases, mentions=[mention]))


_AFTER_PREPOSITION = re.compile(r"\b(?:by|on|via|to|with|from|in)\s+(?:the\s+)?$")  # "carried by the X"
_SAME_STATEMENT = 1500  # characters: how far on a speaker's unattributed words still belong to the last statement


def _channel_statement(said: list[_Said], cand: QuoteCandidate, noun: str) -> _Said | None:
    """The statement a bare "the channel" points back to, when it reached the public on a speaker's own channel
    of that name ("the channel" after "its Telegram channel"; "the site" is not "the group's website")."""
    for item in reversed(said):
        if cand.start - item.candidate.end > _SAME_STATEMENT:
            return None
        via = item.quote.via
        if via is not None and via.endswith(" " + noun) and item.speaker.name is not None:
            return item
    return None


_PART_OF_DAY = re.compile(r"T(?:MO|AF|EV|NI|\d{2}:\d{2})$")  # "Sunday evening", "at 13:40": the day


def _statement_day(when: TimeExpression) -> str | None:
    """A statement is dated by its day: "on Sunday evening" lists as 2019-08-25TEV among the dates, but the
    quote's date is 2019-08-25, the value analysts sort and group statements by. "Two days later" dates it by the
    day the measure reaches, never by the measure."""
    value = when.anchored if when.kind == "duration" else when.value
    return _PART_OF_DAY.sub("", value) if value else None


def _last_by(said: list[_Said], entity: Entity | None) -> _Said | None:
    if entity is None:
        return None
    for item in reversed(said):
        if item.speaker.entity is entity:
            return item
    return None


def _last_described(said: list[_Said], name: str | None) -> _Said | None:
    """The last statement by the same unnamed speaker ("an Egyptian official ..."), as written."""
    if not name:
        return None
    for item in reversed(said):
        if item.speaker.entity is None and item.quote.speaker == name and item.candidate.kind != "event":
            return item
    return None


def _near(prev: QuoteCandidate, cand: QuoteCandidate) -> bool:
    """Same paragraph, or the one right after (paragraph starts are offsets; the gap is one paragraph at most)."""
    return cand.paragraph == prev.paragraph or 0 <= cand.paragraph - prev.evidence[1] < 4


def _carries_another(outer: QuoteCandidate, candidates: list[QuoteCandidate]) -> bool:
    return any(c is not outer and c.kind != "event" and outer.start <= c.start and c.end <= outer.end
               and c.speaker != outer.speaker for c in candidates)


def _without_nested(candidates: list[QuoteCandidate]) -> list[QuoteCandidate]:
    """Drop a reported clause lying wholly inside another candidate by the same cue region (it repeats it)."""
    out: list[QuoteCandidate] = []
    for cand in sorted(candidates, key=lambda c: (c.start, -(c.end - c.start))):
        if cand.kind == "event" and any(o.kind != "event" and o.start <= cand.start < o.end for o in out):
            continue  # "Sot al-Iraq reported that Sudani received ...": a meeting inside reported words is no set-up
        if any(o.start <= cand.start and cand.end <= o.end and o.kind != "direct" and cand.kind != "direct"
               and o.speaker == cand.speaker for o in out):
            continue
        out.append(cand)
    return out


def _body_statement_date(said: list[_Said], bodies: set[int], cand: QuoteCandidate) -> str | None:
    """"The Pentagon said on Monday that ...", then "Pentagon press secretary X told reporters ...": the spokesperson
    of a body that just made a dated statement is speaking at that statement's briefing."""
    if not bodies:
        return None
    for item in reversed(said):
        if cand.start - item.candidate.end > _SAME_STATEMENT:
            break
        entity = item.speaker.entity
        if entity is not None and id(entity) in bodies and item.quote.date:
            return item.quote.date
    return None
