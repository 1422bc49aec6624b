"""Resolve speaker phrases to the document's entities: names, pronouns, descriptions and collective phrases.

General rules, no per-article patches. A pronoun goes to the most salient antecedent of its category, in the manner
of Lappin and Leass: every earlier mention adds weight (more for grammatical subjects and speakers, less for names
inside someone else's quoted words), and the weight halves with each sentence back, so the person the last sentences
were about wins over one named often long ago. Unnamed speakers ("a US defense official") are antecedents too: a
later "he said" or "the official said" stays with the description rather than jumping to a named person. "The
militia commander" goes to the person the text gave that role ("..., the commander of X," / "X commander Y"); "the
group" to the most salient armed group; "leaders of the group" and "a statement by the group" to the group itself.
What cannot be resolved stays a description, flagged unresolved, never guessed.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from ..model import Entity
from ..names import head_noun, last_name_key, normalize_name
from ..packs import Pack
from .allegiance import Allegiance
from .antecedents import Antecedent, Description, Genders, Resolution, resolution
from .discourse import DiscourseCues
from .speakers import SpeakerRef

_STATE_KINDS = {"government", "military", "ministry", "security_agency", "intergovernmental"}
_STATE_NOUNS = {"ministry", "government", "army", "force", "forces", "command", "administration", "authority",
                "authorities", "regime", "council", "office", "agency", "department", "corps", "division"}
_BODY_NOUNS = {"ministry", "office", "agency", "department", "embassy", "council", "command", "corps", "division",
               "mission"}
_ADMINISTRATIVE = {"directorate", "department", "ministry", "authority", "commission", "municipality"}
_SPOKES_ROLES = {"spokesman", "spokeswoman", "spokesperson", "secretary"}  # who speaks for a body at its briefings
_WINDOW = 3000  # characters back that an antecedent is looked for
_FAR = 12000  # characters back that the only antecedent of the right kind is still looked for
_NEARBY = 2500  # characters within which "the commander" may still mean the last person speaking
_MADE_REMARKS = re.compile(r"\bmade (?:the|these|those|his|her) (?:remarks|comments|statement|claim|threat)\b")
_KILLED = re.compile(r"\b(?:killed|killing|assassinated|assassinating|slain)\b")
_CLOSE = 800  # characters within which a bare "they" is still the many who just spoke
_AHEAD = 1500  # characters after a lead's "the commander of X" within which the text names that commander
_RECENCY, _SUBJECT, _OTHER, _SPEAKER = 100.0, 80.0, 40.0, 50.0
_TITLE_FILLERS = {"the", "for", "and", "with", "from", "under", "deputy", "senior", "acting", "general", "high",
                  "special", "chief", "head", "former", "affairs", "this", "that", "office"}
_TITLE_LEAD = re.compile(r"^(?:the|a|an)\s+|^.*['\u2019]s\s+")  # "the ", "Iran's " before a title
_QUOTED = 0.3  # weight kept by a mention inside quoted words
_REPORTED = 0.6  # weight kept by a mention inside reported words ("said that the commander had ...")
_OTHER_ROLE = 0.5  # weight kept by someone the text gave only another role, as the antecedent of a role phrase
_ROLE_BOOST = 4.0  # how much more an earlier holder of the descriptor's role weighs ("the commander")
_TOO_GENERIC_HEADS = {"group", "groups"}  # heads that name no body by themselves ("SITE Intelligence Group")
_NATIONAL = 3.0  # how much more a person the text made a state's weighs for a description with its demonym
_GENDER_UNKNOWN = 0.3  # weight kept by a named person of unknown sex as the antecedent of "she"
_PARAGRAPH = 0.5  # weight kept by an antecedent the paragraph of the reference neither names nor describes
_CONTINUING = 1.5  # how much more the last speaker weighs for the "he" of "He added that ..."
_MAYBE_WOMAN = 0.8  # weight kept for "she" by an unnamed person who has not spoken and is not described as a woman
_POSSESSIVE = 0.5  # share of the recency weight a possessive modifier ("Soleimani's death") carries


_MALE_NOUNS = {"man", "men", "father", "son", "brother", "husband", "boy", "uncle", "grandfather", "nephew",
               "sheikh", "king", "prince", "mr.", "mr"}
_FEMALE_NOUNS = {"woman", "women", "mother", "daughter", "sister", "wife", "girl", "aunt", "grandmother", "niece",
                 "queen", "princess", "mrs.", "mrs", "ms.", "ms"}


class SpeakerResolver:
    def __init__(self, entities: list[Entity], cues: DiscourseCues, pack: Pack,
                 descriptor_kinds: dict[str, tuple[str, ...]] | None = None, author: str | None = None,
                 genders: Genders | None = None, role_words: frozenset[str] = frozenset(),
                 account_nouns: frozenset[str] = frozenset(),
                 role_kin: dict[str, frozenset[str]] | None = None, person_nouns: frozenset[str] = frozenset(),
                 text: str = "", body_from: int = 0) -> None:
        """`body_from`: where the body starts; a headline's "military spokesman says" summarises the person the
        body names, it is no one of its own to refer back to."""
        self.pack = pack
        self.text = text
        self.person_nouns = person_nouns
        self.role_kin = role_kin or {}
        self.person_roles = role_words
        self.account_nouns = account_nouns
        self.genders = genders or Genders()
        self.descriptor_kinds = descriptor_kinds or {}
        # the byline's author writes the story and is never "he" in it
        self.index = sorted(((m.start, m.end, e) for e in entities for m in e.mentions if e.name != author),
                            key=lambda x: x[0])
        self.starts = [s for s, _, _ in self.index]
        # each mention as written, by where it stands ("Israeli military" for the Israel Defense Forces)
        self.mention_texts = {m.start: m.text for e in entities for m in e.mentions}
        self.subjects = set(cues.subjects)
        self.possessives = set(cues.possessives)
        self.sentences = sorted(set(cues.sentences))
        self.quoted = sorted(cues.quoted)
        self.quoted_starts = [s for s, _ in self.quoted]
        self.reported = sorted(cues.reported)
        self.reported_starts = [s for s, _ in self.reported]
        self.spoken: list[tuple[int, Antecedent, bool]] = []  # (position, speaker, named at that position)
        self.pronouns_read: dict[int, Resolution] = {}  # where a pronoun stands -> whom it was read as
        self.described = sorted((d for d in cues.described if d.start >= body_from), key=lambda d: d.start)
        # subject pronouns still to be chained to their antecedents, in text order (see _chain)
        self.pending = sorted(p for p in cues.pronouns if not self._in_quoted(p[0]))
        self.pending.reverse()
        self.accounts = cues.accounts
        self.described_others = sorted((d for d in cues.described_others if d.start >= body_from),
                                       key=lambda d: d.start)
        self.roles: list[tuple[int, Entity, str, Entity | None]] = []
        self.group_roles: list[tuple[int, Entity, str]] = []
        self.titles: list[tuple[int, Entity, frozenset[str]]] = []  # (position, person, what the title is about)
        for fact in cues.roles:
            holder = self.entity_over(*fact.person)
            if holder is None:
                continue
            if holder.type == "ORG":
                self.group_roles.append((fact.person[0], holder, fact.role))
                continue
            if holder.type != "PERSON":
                continue
            owner = self.entity_over(*fact.owner) if fact.owner else None
            self.roles.append((fact.person[0], holder, fact.role, owner))
            topic = self._topic(fact.title)
            if topic:
                self.titles.append((fact.person[0], holder, topic))
        self.allegiance = Allegiance(pack, self.index, self.roles)
        self._lead_role()

    def _lead_role(self) -> None:
        """A feature that opens on "The commander receives his visitors ..." before anyone is named, then names
        "Fadi Abu Assaf" as the next sentence's subject: that person holds the role the lead gave, and a later
        "the commander" is him."""
        people = [(s, e) for s, _end, e in self.index if e.type == "PERSON"]
        lead = next((r for r in self.described if r.kind == "descriptor" and r.category == "person" and
                     r.owner is None and not r.plural), None)
        if lead is None or not people or people[0][0] < lead.start:
            return
        start, person = people[0]
        if start - lead.start < _AHEAD and self._sentence(start) - self._sentence(lead.start) <= 1 and \
                (start, start + len(self.mention_texts.get(start, ""))) in self.subjects:
            self.roles.append((start, person, lead.head, None))

    def bodies_of(self, person: Entity) -> set[int]:
        """The organisations the text made this person a role of ("Pentagon press secretary X"), as ids."""
        return {id(owner) for _pos, p, role, owner in self.roles
                if p is person and owner is not None and role.split()[-1] in _SPOKES_ROLES}

    def entity_over(self, start: int, end: int) -> Entity | None:
        i = bisect.bisect_right(self.starts, end) - 1
        while i >= 0 and self.index[i][0] > start - 300:
            s, e, entity = self.index[i]
            if s < end and e > start:
                return entity
            i -= 1
        return None

    def remember(self, position: int, speaker: Antecedent, named: bool) -> None:
        """A speaker the attributor settled on; `named` when an entity mention stands at `position` already."""
        self.spoken.append((position, speaker, named))

    def resolve(self, ref: SpeakerRef | None, position: int, quote: tuple[int, int] | None = None,
                carriers: frozenset[int] = frozenset(), continuing: bool = False) -> Resolution:
        """`position` is where the phrase stands; `quote` the quoted words it attributes (no antecedent there);
        `carriers` where the outlets that carried the words are named (they are not the pronoun's antecedent);
        `continuing` when the cue carries on a statement ("He added that ...")."""
        if ref is None:
            return Resolution(None, False)
        if ref.kind == "mention":
            entity = self.entity_over(ref.start, ref.end)
            return Resolution(entity.name, True, entity) if entity else Resolution(ref.text, False)
        if ref.collective and ref.owner is not None:
            owner = self.resolve(ref.owner, ref.owner.start, quote)
            if self._platform(owner.entity) and ref.head in self.account_nouns:
                # "a Telegram channel with 200,000 subscribers wrote": an account nobody named, not the platform
                return Resolution(ref.text, False)
            if owner.entity is not None or ref.owner.kind == "description":
                return owner  # "a post attributed to the movement's council": the council speaks, named or not
            return Resolution(ref.text, False)
        if ref.kind == "pronoun" and ref.start in self.pronouns_read:
            # "He added that ..., but said ...": one pronoun, one person, whichever cue asks
            return self.pronouns_read[ref.start]
        if ref.kind == "pronoun" and ref.head in ("they", "them"):
            last = self._last_spoken(position, _CLOSE)
            if isinstance(last, Description) and last.plural:
                # "the two sides said they had agreed ... They also said": the unnamed many who just spoke
                self.pronouns_read[ref.start] = Resolution(last.text, False)
                return self.pronouns_read[ref.start]
        if ref.kind == "pronoun":
            category = ref.category or "person"
            head = "pronoun" if category == "group" else None
            # the outlet that carried the words is not the "it" that said them
            carried = {id(e) for e in (self.entity_over(s, s + 1) for s in carriers) if e is not None}
            carried |= self._slain_here(position) if category == "person" else set()
            free: Callable[[Antecedent], bool] = lambda c: id(c) not in carried  # noqa: E731
            accept = free
            boost: Callable[[Antecedent], float] | None = None
            if category == "person" and ref.head in ("she", "her", "hers"):
                # a woman whose first name the lexicon does not know, the last to speak, is a likelier "she" than
                # a known woman three paragraphs up: she competes, at a discount
                accept = lambda c: free(c) and (self._female(c) or self._maybe_female(c) or (  # noqa: E731
                    isinstance(c, Entity) and c.type == "PERSON" and not self._male(c)))
                # an unnamed speaker ("Britain's representative said") may well be she; an unnamed person who only
                # did something ("a truck driver picked them up") less so than a woman named beside
                spoke = {s for _at, s, _named in self.spoken if isinstance(s, Description)}
                boost = lambda c: 1.0 if self._female(c) or isinstance(c, Description) and c in spoke else (  # noqa
                    _MAYBE_WOMAN if self._maybe_female(c) else _GENDER_UNKNOWN)
            elif category == "person" and ref.head in ("he", "him", "his"):
                accept = lambda c: free(c) and not self._female(c)  # noqa: E731
            if continuing and category == "person":
                boost = self._continuing(position, boost)
            found = self._salient(position, category, head, quote, accept, boost=boost,
                                  they=ref.head in ("they", "them", "their"))
            if (found is None or isinstance(found, Description)) and category == "person" and \
                    ref.head in ("she", "her", "hers"):
                # a woman whose name the lexicon does not know: anyone not known to be a man (an unnamed speaker
                # who may be a woman competes with her on salience alone)
                found = self._salient(position, category, head, quote,
                                      lambda c: free(c) and not self._male(c) and not (
                                          isinstance(c, Description) and not self._maybe_female(c)))
            if found is None:
                found = self._salient(position, category, head, quote)
            self.pronouns_read[ref.start] = resolution(found, ref.text)
            return self.pronouns_read[ref.start]
        if ref.kind == "descriptor" and ref.category == "outlet":
            return resolution(self._account(ref, position) or self.recent_outlet(position, quote, carriers),
                               ref.text)
        if ref.kind == "descriptor":
            found = self._descriptor(ref, position, quote)
            if isinstance(found, Entity) and found.type == "PERSON" and ref.category == "person":
                # "The commander of the SDF" resolved to Mazloum Abdi: a later "the commander" is him too
                owner = self.resolve(ref.owner, ref.owner.start, quote).entity if ref.owner is not None else None
                self.roles.append((ref.start, found, ref.head, owner))
            return resolution(found, ref.text)
        if ref.kind == "description" and ref.definite and not ref.plural and ref.owner is None:
            # "the farmer said" after "the 58-year-old farmer" was found to be Hassan Abdi Elmi: the same person
            holder = self._role_holder(ref, position)
            if holder is not None:
                return Resolution(holder.name, True, holder)
        named = self._by_surname(ref, position) or self._by_acronym(ref) if ref.kind == "description" else None
        if named is None and ref.kind == "description" and ref.definite and ref.owner is None:
            described = self._described_before(ref, position)
            if described is not None:  # "The Houthi political bureau said ... The bureau said"
                return Resolution(described.text, False)
            named = self._by_head_word(ref, position) or self._named_next(ref, position)
        if named is None and ref.kind == "description" and ref.definite and not ref.plural and ref.owner is None \
                and ref.head in self.person_nouns:
            named = self._person_on_stage(ref, position, quote)
        if named is None and ref.kind in ("description", "descriptor") and ref.category == "person" and \
                not ref.plural:
            named = self._owns_the_remarks(position)
        return Resolution(named.name, True, named) if named is not None else Resolution(ref.text, False)

    def _owns_the_remarks(self, position: int) -> Entity | None:
        """"A senior figure in the movement said on Sunday that ...", then "Mohammed Kassem, a member of its
        political bureau, made the remarks in an interview ...": the person the next lines say made them."""
        here = self._sentence(position)
        for match in _MADE_REMARKS.finditer(self.text, position, min(len(self.text), position + _AHEAD)):
            sentence = self._sentence(match.start())
            if sentence - here > 3:
                return None
            i = bisect.bisect_left(self.starts, self._sentence_start(sentence))
            for start, end, entity in self.index[i:]:
                if start >= match.start():
                    break
                if entity.type == "PERSON" and (start, end) in self.subjects:
                    return entity
        return None

    def _slain_here(self, position: int) -> set[int]:
        """People (as ids) the pronoun's own sentence has just said were killed: "after the strike that killed X,
        he told Al-Mayadeen": the dead do not speak."""
        begin = self._sentence_start(self._sentence(position))
        out: set[int] = set()
        for start, _end, entity in self.index[bisect.bisect_left(self.starts, begin):]:
            if start >= position:
                break
            if entity.type == "PERSON" and _KILLED.search(self.text, max(begin, start - 90), start):
                out.add(id(entity))
        return out

    def _continuing(self, position: int, boost: Callable[[Antecedent], float] | None
                    ) -> Callable[[Antecedent], float]:
        """"An official said Damoush had been ... He added that ...": the one who carries on a statement is most
        often the one who just made it, not the man named inside it."""
        last = self._last_spoken(position, _NEARBY)
        base = boost or (lambda c: 1.0)
        return lambda c: base(c) * (_CONTINUING if last is not None and _same(c, last) else 1.0)

    def _person_on_stage(self, ref: SpeakerRef, position: int, quote: tuple[int, int] | None) -> Entity | None:
        """"said the farmer" in a story about a named farmer is that person; but not when the text brought on an
        unnamed one since he was last named ("two residents, a farmer and a teacher, told ...; the farmer said")."""
        found = self._salient(position, "person", None, quote, lambda c: isinstance(c, Entity))
        if not isinstance(found, Entity):
            return None
        last = max((s for s, _e, entity in self.index if entity is found and s < position), default=0)
        unnamed = re.compile(rf"\b(?:an?|one|another)\s+(?:[\w'-]+\s+){{0,3}}{re.escape(ref.head)}s?\b", re.I)
        return None if unnamed.search(self.text, last, position) else found

    def _platform(self, entity: Entity | None) -> bool:
        entry = self.pack.get(entity.pack_id) if entity is not None else None
        return entry is not None and entry.kind == "platform"

    def _account(self, ref: SpeakerRef, position: int) -> Antecedent | None:
        """"The account wrote" after "an X account with 40,000 followers" was named or spoke: that account again
        (by its name where the text gave one: "an X account called Caucasus Insider"), unless an outlet came since."""
        staged: list[tuple[int, Antecedent]] = []
        for account in self.accounts:
            if account.kind == "mention":
                named = self.entity_over(account.start, account.end)
                if named is not None:
                    staged.append((account.start, named))
            else:
                staged.append((account.start, Description(account.text, account.category, account.head)))
        spoken = [(at, speaker) for at, speaker, _named in self.spoken]
        for at, speaker in sorted(spoken + staged, key=lambda x: x[0], reverse=True):
            if at >= position or position - at > _WINDOW:
                continue
            account_name = isinstance(speaker, Entity) and (at, speaker) in staged
            if account_name or isinstance(speaker, Description) and speaker.head == ref.head:
                later = self.index[bisect.bisect_left(self.starts, at + 1):bisect.bisect_left(self.starts, position)]
                if any(e.type == "MEDIA" and e is not speaker and not self._platform(e) for _s, _e, e in later):
                    return None
                return speaker
            if isinstance(speaker, Entity) and speaker.type == "MEDIA":
                return None
        return None

    def _by_acronym(self, ref: SpeakerRef) -> Entity | None:
        """"published by OFSI" where the model left this "OFSI" untagged: the body the text gives that acronym to."""
        word = ref.text.strip()
        if not (word.isupper() and word.isalpha() and 2 <= len(word) <= 8):
            return None
        found = {id(e): e for _s, _e, e in self.index if e.type in ("ORG", "MEDIA") and word in (
            self.mention_texts.get(_s), e.name)}
        return next(iter(found.values())) if len(found) == 1 else None

    def _described_before(self, ref: SpeakerRef, position: int) -> Description | None:
        """The body a recent speaker's description named with the same head noun ("Hariri's office said ... the
        office added"): nearer than any organisation whose name merely ends in that word."""
        for at, speaker, _named in reversed(self.spoken):
            if at < position and position - at < _NEARBY and isinstance(speaker, Description) and \
                    speaker.head == ref.head and not speaker.plural and speaker.category != "person" and \
                    len(speaker.text.split()) > len(ref.text.split()):
                return speaker
        return None

    def _by_head_word(self, ref: SpeakerRef, position: int) -> Entity | None:
        """"The centre said" after the "Joint Crisis Coordination Centre", "the units" after the "Sinjar Resistance
        Units": a definite head noun names the last organisation whose name ends in it."""
        word = ref.text.split()[-1].lower()
        if word in _TOO_GENERIC_HEADS:
            return None  # "the group" is the armed group the text is about, not the "Wagner group" named last
        # a name in the description must be in the body's name too: "Oman's foreign ministry" is not the Iraqi one
        names = {normalize_name(w) for w in ref.text.split() if w[:1].isupper() and w.lower() not in ("the", "a")}
        for start, _end, entity in reversed(self.index):
            if start >= position or position - start > _WINDOW:
                continue
            written = self.mention_texts.get(start, "")
            if entity.type in ("ORG", "MEDIA") and (" " in entity.name and head_noun(entity.name).lower() == word
                                                    or " " in written and written.split()[-1].lower() == word) \
                    and names <= set(normalize_name(f"{entity.name} {written}").split()):
                return entity  # "the military" after "the Israeli military", whatever the pack calls it
        return None

    def _named_next(self, ref: SpeakerRef, position: int) -> Entity | None:
        """A wire lead's "..., the state emergency agency said" before the next paragraph names the "Borno State
        Emergency Management Agency": the body named just after whose name ends in the head word and shares
        another word of the description."""
        words = ref.text.lower().split()
        others = {w for w in words[:-1] if len(w) > 3}
        # a name in the description must be in the body's name too: "Oman's foreign ministry" is not the Philippine one
        names = {normalize_name(w) for w in ref.text.split() if w[:1].isupper() and w.lower() not in ("the", "a")}
        if not others:
            return None
        for start, _end, entity in self.index[bisect.bisect_right(self.starts, position):]:
            if start - position > _AHEAD:
                break
            name = entity.name.lower()
            if entity.type == "ORG" and " " in name and head_noun(entity.name).lower() == words[-1] and \
                    others & set(name.split()) and names <= set(normalize_name(entity.name).split()):
                return entity
        return None

    def _by_surname(self, ref: SpeakerRef, position: int) -> Entity | None:
        """"Awadi added" when the model missed the lone surname: the person named in full before ("Basim al-Awadi");
        failing that, the one person named before with that given name."""
        word = ref.text.strip()
        if word[:1].isupper() and " " in word:
            # a transcript's "Naw Bu:" label: the person named in full before
            key = normalize_name(word)
            return next((e for s, _e, e in reversed(self.index) if s < position and e.type == "PERSON"
                         and key in {normalize_name(n) for n in (e.name, *e.aliases)}), None)
        if not word[:1].isupper() or " " in word or len(word) < 3:
            return None
        key = normalize_name(word)
        for start, _end, entity in reversed(self.index):
            if start < position and entity.type == "PERSON" and last_name_key(entity.name) == key:
                return entity
        # "Getnet said" after "Colonel Getnet Adane": where people go by their given name, the one person named
        # before who has it
        given = {id(e): e for s, _e, e in self.index if s < position and e.type == "PERSON" and " " in e.name
                 and normalize_name(self.genders.first_name(e)) == key}
        return next(iter(given.values())) if len(given) == 1 else None

    def recent_outlet(self, position: int, quote: tuple[int, int] | None = None,
                      carriers: frozenset[int] = frozenset()) -> Entity | None:
        """The outlet "the site" or "the channel" stands for: the most salient one named before, other than the
        ones relaying it ("AFP, citing the channel, reported")."""
        relaying = {id(e) for e in (self.entity_over(s, s + 1) for s in carriers) if e is not None}
        # "told the channel": a broadcaster or a paper, never the platform someone posted on
        found = self._salient(position, "group", "outlet", quote,
                              lambda c: id(c) not in relaying and not (isinstance(c, Entity) and self._platform(c)))
        return found if isinstance(found, Entity) else None

    def _male(self, candidate: Antecedent) -> bool:
        return self.genders.first_name(candidate) in self.genders.male

    def _female(self, candidate: Antecedent) -> bool:
        if isinstance(candidate, Description):
            return bool(set(candidate.text.lower().split()) & _FEMALE_NOUNS)
        name = candidate.name
        return bool(name) and name.split()[0] in self.genders.female

    @staticmethod
    def _maybe_female(candidate: Antecedent) -> bool:
        """"Britain's representative ... She said": an unnamed speaker may be a woman unless described as a man."""
        return isinstance(candidate, Description) and not candidate.plural and \
            not set(candidate.text.lower().split()) & _MALE_NOUNS

    # ---- salience ----------------------------------------------------------------------------------------------
    def _sentence(self, offset: int) -> int:
        return bisect.bisect_right(self.sentences, offset)

    def _sentence_start(self, sentence: int) -> int:
        """Where sentence number `sentence` (as `_sentence` counts) starts."""
        return self.sentences[sentence - 1] if sentence > 0 else 0

    def _last_spoken(self, position: int, within: int) -> Antecedent | None:
        """The speaker the attributor settled on last before `position`, if no more than `within` characters back."""
        return next((s for at, s, _named in reversed(self.spoken) if at < position and position - at < within), None)

    def _in_reported(self, offset: int) -> bool:
        i = bisect.bisect_right(self.reported_starts, offset) - 1
        while i >= 0:
            start, end = self.reported[i]
            if start <= offset < end:
                return True
            if end < offset - _WINDOW:
                return False
            i -= 1
        return False

    def _in_quoted(self, offset: int) -> bool:
        i = bisect.bisect_right(self.quoted_starts, offset) - 1
        return i >= 0 and offset < self.quoted[i][1]

    def _salient(self, position: int, category: str, head: str | None, quote: tuple[int, int] | None,
                 accept: Callable[[Antecedent], bool] | None = None, described: bool = True,
                 boost: Callable[[Antecedent], float] | None = None, window: int = _WINDOW,
                 they: bool = False) -> Antecedent | None:
        """The antecedent with the most weight before `position` among those that fit the category and head;
        `boost` multiplies an antecedent's total weight (a role the descriptor names)."""
        if category == "person":
            self._chain(position)
        here = self._sentence(position)
        weights: dict[int, float] = {}
        latest: dict[int, int] = {}
        found: dict[int, Antecedent] = {}

        per_sentence: dict[tuple[int, int, str], float] = {}
        paragraph = self.text.rfind("\n\n", 0, position) + 1  # where the paragraph of `position` starts
        on_stage: set[int] = set()  # antecedents this paragraph has named or described

        def add(antecedent: Antecedent, at: int, weight: float, factor: str = "mention") -> None:
            # as in Lappin and Leass, a factor counts once per sentence: a name said three times in one sentence is
            # not three times as salient as the subject beside it (having spoken is a factor of its own)
            key = id(antecedent) if isinstance(antecedent, Entity) else hash(antecedent)
            sentence = self._sentence(at)
            weight *= 0.5 ** max(0, here - sentence)
            old = per_sentence.get((key, sentence, factor), 0.0)
            if weight > old:
                per_sentence[(key, sentence, factor)] = weight
                weights[key] = weights.get(key, 0.0) + weight - old
            latest[key] = max(latest.get(key, -1), at)
            found[key] = antecedent
            if at >= paragraph:
                on_stage.add(key)

        i = bisect.bisect_left(self.starts, position) - 1
        while i >= 0 and position - self.index[i][0] <= window:
            start, end, entity = self.index[i]
            i -= 1
            if quote is not None and quote[0] <= start < quote[1]:
                continue
            if not self._fits(entity, category, head) or (accept is not None and not accept(entity)):
                continue
            if (start, end) in self.possessives:
                weight = _RECENCY * _POSSESSIVE
            else:
                weight = _RECENCY + (_SUBJECT if (start, end) in self.subjects else _OTHER)
            if self._in_quoted(start):
                weight *= _QUOTED
            elif self._in_reported(start):
                weight *= _REPORTED
            if head is not None:
                weight *= self._kind_weight(entity, head)
            add(entity, start, weight)
        if category == "person" and described:
            # role phrases as subjects ("The spokesman spent ...") and elsewhere ("For the sheikh, ...")
            for refs, weight in ((self.described, _RECENCY + _SUBJECT), (self.described_others, _RECENCY + _OTHER)):
                for ref in refs:
                    if ref.start >= position:
                        break
                    if position - ref.start > _WINDOW or quote is not None and quote[0] <= ref.start < quote[1]:
                        continue
                    if ref.kind == "description":
                        # "A senior Israeli official ... defended the choice": an unnamed person on stage
                        unnamed = _unnamed(ref)
                        if not ref.plural and (accept is None or accept(unnamed)):
                            add(unnamed, ref.start, weight)
                        continue
                    holder = self._role_holder(ref, ref.start)
                    if holder is not None and (accept is None or accept(holder)):
                        add(holder, ref.start, weight)
        for at, speaker, named in self.spoken:
            if at >= position or position - at > window:
                continue
            if isinstance(speaker, Description):
                # an unknown head that spoke ("a 24-year-old engineering graduate said") may be a later "he"; people
                # who spoke together ("Several residents said") a later "they"
                fits = speaker.category == category or speaker.category is None and category == "person" or \
                    they and speaker.plural and speaker.category == "person"
                fits = fits and not (speaker.plural and category == "person")
                if not fits or (accept is not None and not accept(speaker)):
                    continue
            elif not self._fits(speaker, category, head) or (accept is not None and not accept(speaker)):
                continue
            if not named:  # "the council said", "a US official said": the phrase is a subject mention too
                add(speaker, at, _RECENCY + _SUBJECT)
            add(speaker, at, _SPEAKER, "spoken")
        if not weights:
            return None
        if boost is not None:
            weights = {k: w * boost(found[k]) for k, w in weights.items()}
        weights = {k: w if k in on_stage else w * _PARAGRAPH for k, w in weights.items()}
        best = max(weights, key=lambda k: (weights[k], latest[k]))
        return found[best]

    def _chain(self, position: int) -> None:
        """Resolve the subject pronouns before `position` in order, each entering the index as a subject mention of
        its antecedent, as Lappin and Leass add a resolved pronoun to its antecedent's class."""
        while self.pending and self.pending[-1][0] < position:
            start, end, word = self.pending.pop()
            found = self.resolve(SpeakerRef("pronoun", start, end, word, word, "person"), start).entity
            if found is None or found.type != "PERSON":
                continue
            at = bisect.bisect_left(self.starts, start)
            self.index.insert(at, (start, end, found))
            self.starts.insert(at, start)
            self.subjects.add((start, end))

    def _candidates(self, position: int) -> list[Antecedent]:
        people: list[Antecedent] = [e for s, _e, e in self.index if s < position and e.type == "PERSON"]
        unnamed = [_unnamed(r) for r in self.described if r.kind == "description" and not r.plural
                   and r.start < position]
        return people + unnamed + [speaker for at, speaker, _named in self.spoken if at < position]

    def _fits(self, entity: Entity, category: str, head: str | None) -> bool:
        if category == "person":
            return entity.type == "PERSON"
        if entity.type not in ("ORG", "MEDIA", "GPE"):
            return False
        if head is None:
            return True
        if head == "pronoun":  # "it said", "they claimed": an organisation or outlet, not a place
            return entity.type != "GPE"
        if head == "outlet":  # "the site", "the channel"
            return entity.type == "MEDIA"
        entry = self.pack.get(entity.pack_id)
        state_like = entity.type == "GPE" or (entry is not None and entry.kind in _STATE_KINDS)
        if head in _BODY_NOUNS:  # "the ministry", "the department": a body of a state, not the state itself
            return state_like and entity.type == "ORG"
        return state_like if head in _STATE_NOUNS else (entity.type == "ORG" and not state_like)

    def _of_kind(self, entity: Entity, kinds: tuple[str, ...]) -> bool:
        entry = self.pack.get(entity.pack_id)
        return entry is not None and entry.kind in kinds

    def _kind_weight(self, entity: Entity, head: str) -> float:
        """How well a pack kind suits a description: the lexicon's first kind for the head best, others less."""
        if head == "pronoun":
            return 2.0 if entity.type == "ORG" else 1.0
        entry = self.pack.get(entity.pack_id)
        kinds = self.descriptor_kinds.get(head, ())
        if entry is None or entry.kind not in kinds:
            return 1.0
        return 3.0 if entry.kind == kinds[0] else 2.0

    def _role_holder(self, ref: SpeakerRef, position: int) -> Entity | None:
        """The person the text last gave this role ("..., the movement's spokesman," before "the spokesman")."""
        owner = self.entity_over(ref.owner.start, ref.owner.end) if ref.owner and ref.owner.kind == "mention" else None
        holders = {id(p) for pos, p, role, role_owner in self.roles
                   if pos < position and _same_role(role, ref.head) and (owner is None or role_owner is owner)}
        if not holders:
            return None
        # two spokesmen in one story: the one the text was last about, not the one named last (however far back:
        # "the farmer" ends a feature that opened on him)
        found = self._salient(position, "person", None, None, lambda c: id(c) in holders, described=False,
                              window=_FAR)
        return found if isinstance(found, Entity) else None

    # ---- descriptions ------------------------------------------------------------------------------------------
    def _descriptor(self, ref: SpeakerRef, position: int, quote: tuple[int, int] | None) -> Antecedent | None:
        owner = self.resolve(ref.owner, ref.owner.start, quote).entity if ref.owner is not None else None
        if ref.category == "person":
            holders = {id(p) for pos, p, role, role_owner in self.roles
                       if pos < position and _same_role(role, ref.head) and (owner is None or role_owner is owner)}
            if owner is None and ref.head in self.role_kin.get("leader", frozenset()):
                # "the militia leader" with no group named: someone on stage the pack records as leading one
                holders |= self.allegiance.leaders_on_stage(position)

            def holds_role(candidate: Antecedent) -> bool:
                if isinstance(candidate, Description):
                    return owner is None and _same_role(candidate.head, ref.head)
                return id(candidate) in holders

            if owner is None and any(holds_role(c) for c in self._candidates(position)):
                # a role the text gave earlier counts for much, but not against the person the last lines are about:
                # "the commander" after "X, the chief of staff" is X, not a commander named five sentences before;
                # but one the text gave only other roles ("Defence Minister X") is not "the spokesman" while the
                # text has a spokesman on the list, however far back
                others = self._given_other_roles(ref.head, position)
                nationals = self.allegiance.nationals(ref.text, position)  # "the Iranian minister" among two ministers
                foreign = self.allegiance.foreigners(ref.text)
                found = self._salient(position, "person", None, quote,
                                      lambda c: (isinstance(c, Entity) or holds_role(c)) and id(c) not in others
                                      and id(c) not in foreign,
                                      boost=lambda c: (_ROLE_BOOST if holds_role(c) else 1.0) * (
                                          _NATIONAL if id(c) in nationals else 1.0))
                if found is not None:
                    return found
            found = self._salient(position, "person", None, quote, holds_role)
            if found is not None:  # "the group's leader": a role with its owner named is the role's holder
                return found
            titled = self._titled(ref, position)
            if titled is not None:
                return titled
            if owner is not None and owner.pack_id:
                leader = self.allegiance.leader(owner.pack_id, position)
                if leader is not None:
                    return leader
            if ref.definite and owner is not None:
                # "the Hezbollah official": a member of the group already on stage, whatever role the text gave
                members = {id(p) for pos, p, _role, role_owner in self.roles if role_owner is owner and pos < position}
                members |= self.allegiance.members(owner)
                found = self._salient(position, "person", None, quote, lambda c: id(c) in members)
                if found is not None:
                    return found
                # A lead names the role first and the person after: "The commander of the SDF has accused ...", then
                # "Mazloum Abdi, the force's commander, said".
                ahead = self._named_after(ref, owner, position)
                if ahead is not None:
                    return ahead
            if ref.definite:
                # "the cleric": someone already on stage; but "Mozambique's representative" only if that person is
                # known to be of that state: else an unnamed speaker of the state, kept as its description
                others = self._given_other_roles(ref.head, position)
                # "The Russian representative" after "Russia's ambassador, X,": the one the text made that state's
                nationals = self.allegiance.nationals(ref.text, position)
                found = self._salient(position, "person", None, quote,
                                      lambda c: isinstance(c, Entity) and self.allegiance.may_belong(c, owner),
                                      boost=lambda c: (_OTHER_ROLE if id(c) in others else 1.0) * (
                                          _NATIONAL if id(c) in nationals else 1.0))
                return found if found is not None else self._role_named_later(ref, position)
            return None
        if ref.category == "group":
            if owner is not None:
                return owner
            for at, speaker, _named in reversed(self.spoken):  # "Kadhimi's office said ... The office said"
                if at < position and position - at < _NEARBY and isinstance(speaker, Description) and \
                        speaker.head == ref.head and speaker.category == "group" and not speaker.plural:
                    return speaker
            by_head = self._by_head_word(ref, position)
            if by_head is not None:
                return by_head
            holders = {id(g) for pos, g, role in self.group_roles if pos < position and role == ref.head}
            if holders:  # "X, an umbrella of factions," then "the umbrella"
                found = self._salient(position, "group", None, quote, lambda c: id(c) in holders)
                if found is not None:
                    return found
            found = self._salient(position, "group", ref.head, quote)
            kinds = self.descriptor_kinds.get(ref.head, ())
            if isinstance(found, Entity) and kinds and ref.head in _STATE_NOUNS and not self._of_kind(found, kinds):
                # "the army" two paragraphs after the army last spoke: that army, not the council named since
                earlier = self._salient(position, "group", ref.head, quote,
                                        lambda c: isinstance(c, Entity) and self._of_kind(c, kinds), window=_FAR)
                found = earlier or found
            if isinstance(found, Entity) and ref.head in _ADMINISTRATIVE and \
                    ref.head not in found.name.lower() and not self._of_kind(found, kinds or tuple(_STATE_KINDS)):
                return None  # "the Anbar health directorate" is no armed group on stage: an unnamed body
            return found
        # a statement with no owner: the one speaking just before
        for at, speaker, _named in reversed(self.spoken):
            if at < position and position - at < _NEARBY:
                return speaker
        return None

    def _topic(self, title: str) -> frozenset[str]:
        """The words that say what an office is about ("human rights", "humanitarian"), cut to six letters so that
        "humanitarian" and "Humanitarian Affairs" meet; role words, names of owners and small words left out."""
        words = re.findall(r"[A-Za-z]+", title)
        return frozenset(w.lower()[:6] for w in words if len(w) > 3 and w.lower() not in self.person_roles
                         and w.lower() not in _TITLE_FILLERS)

    def _titled(self, ref: SpeakerRef, position: int) -> Entity | None:
        """"Iran's supreme leader" when the document names "Ali Khamenei", whose pack names include "Supreme Leader
        Ali Khamenei": a title the pack records with the name. The nearest such person before, else the first after."""
        title = _TITLE_LEAD.split(ref.text.lower())[-1].strip() or ref.text.lower()
        if not title:
            return None
        before: Entity | None = None
        for start, _end, entity in self.index:
            if start > position + _AHEAD:
                break
            if entity.type != "PERSON" or position - start > _WINDOW or ref.start <= start < ref.end:
                continue
            entry = self.pack.get(entity.pack_id)
            if entry is None or not any(n.lower().startswith(title + " ") for n in entry.aliases):
                continue
            if start < position:
                before = entity
            else:
                return before or entity
        return before

    def _given_other_roles(self, head: str, position: int) -> set[int]:
        """People (as ids) the text gave a role before `position`, none of them this one or one of its kin."""
        given = {id(p) for pos, p, _role, _o in self.roles if pos < position}
        kin = self.role_kin.get(head, frozenset())
        holding = {id(p) for pos, p, role, _o in self.roles if pos < position and (
            _same_role(role, head) or role in kin or role.split()[-1] in kin)}
        return given - holding

    def _role_named_later(self, ref: SpeakerRef, position: int) -> Entity | None:
        """A lead's "The spokesman for the armed wing said ..." with no one on stage yet, then "The masked spokesman,
        who uses the nom de guerre Abu Obeida, appeared ...": the person named in the sentence that takes up the
        role again; or "the military's chief spokesman said" and then "Major General X, spokesman for the
        commander-in-chief, said": the first person the text gives that role."""
        owner = self.resolve(ref.owner, ref.owner.start).entity if ref.owner is not None else None
        given = min(((pos, person) for pos, person, role, role_owner in self.roles
                     if position < pos < position + _AHEAD and _same_role(role, ref.head) and role_owner is owner
                     and self._sentence(pos) - self._sentence(position) <= 1),
                    key=lambda item: item[0], default=None)
        for later in self.described:
            if given is not None and later.start > given[0]:
                break
            if later.start <= position or later.start - position > _AHEAD or not _same_role(later.head, ref.head):
                continue
            sentence = self._sentence(later.start)
            i = bisect.bisect_right(self.starts, later.start)
            while i < len(self.index) and self._sentence(self.index[i][0]) == sentence:
                if self.index[i][2].type == "PERSON":
                    return self.index[i][2]
                i += 1
        return given[1] if given is not None else None

    def _named_after(self, ref: SpeakerRef, owner: Entity, position: int) -> Entity | None:
        """The person the next lines name in that role (or the owner's leader, by the pack)."""
        for pos, person, role, role_owner in self.roles:
            if position < pos < position + _AHEAD and _same_role(role, ref.head) and role_owner in (owner, None):
                return person
        # "The UN's humanitarian chief told the Council ...", then "Jane Roe, the Under-Secretary-General for
        # Humanitarian Affairs, said": the role words differ, what the office is about does not
        owner_words = self._topic(ref.owner.text) if ref.owner is not None else frozenset()
        topic = self._topic(ref.text) - owner_words
        if topic:
            for pos, person, about in self.titles:
                if position < pos < position + _AHEAD and topic & about:
                    return person
        return self.allegiance.leader(owner.pack_id, position, ahead=_AHEAD) if owner.pack_id else None


def _same(a: Antecedent, b: Antecedent) -> bool:
    """One antecedent: the same entity object, or equal descriptions (entities are not hashable, descriptions are)."""
    return a is b or isinstance(a, Description) and a == b


def _unnamed(ref: SpeakerRef) -> Description:
    return Description(ref.text, "person", ref.head, ref.plural)


def _same_role(role: str, head: str) -> bool:
    """"the leader" is the "supreme leader" and the "secretary-general" is "the secretary"."""
    return role == head or head in role.split("-") or role in head.split("-") or role.split()[-1] == head
