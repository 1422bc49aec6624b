"""What the document-level speaker resolver needs from each parsed chunk, collected in character offsets.

Coreference runs once per document, after every chunk is parsed; by then the parse is gone. So each chunk leaves
behind the few facts salience needs: who holds which role, which mentions are grammatical subjects, where sentences
start (salience fades sentence by sentence) and which stretches are quoted words (a name inside someone's quote is
rarely the "he" who said it), and where a role stands in for a name as a subject ("The spokesman spent the
briefing on Washington. He described ..." keeps the spokesman salient).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .roles import RoleFact
from .speakers import SpeakerRef


@dataclass
class DiscourseCues:
    roles: list[RoleFact] = field(default_factory=list)
    subjects: list[tuple[int, int]] = field(default_factory=list)
    sentences: list[int] = field(default_factory=list)
    quoted: list[tuple[int, int]] = field(default_factory=list)
    described: list[SpeakerRef] = field(default_factory=list)  # "the spokesman" as a subject, speaking or not
    possessives: list[tuple[int, int]] = field(default_factory=list)  # "Soleimani's" in "Soleimani's successor"
    described_others: list[SpeakerRef] = field(default_factory=list)  # "For the sheikh, ...": not a subject
    reported: list[tuple[int, int]] = field(default_factory=list)  # reported words: "said that Sinwar had ..."
    accounts: list[SpeakerRef] = field(default_factory=list)  # "posted by an X account with 40,000 followers"
    pronouns: list[tuple[int, int, str]] = field(default_factory=list)  # "He" opening a main clause

    def extend(self, other: DiscourseCues, offset: int) -> None:
        self.roles.extend(r.shifted(offset) for r in other.roles)
        self.subjects.extend((s + offset, e + offset) for s, e in other.subjects)
        self.sentences.extend(s + offset for s in other.sentences)
        self.quoted.extend((s + offset, e + offset) for s, e in other.quoted)
        self.described.extend(d.shifted(offset) for d in other.described)
        self.possessives.extend((s + offset, e + offset) for s, e in other.possessives)
        self.described_others.extend(d.shifted(offset) for d in other.described_others)
        self.reported.extend((s + offset, e + offset) for s, e in other.reported)
        self.accounts.extend(a.shifted(offset) for a in other.accounts)
        self.pronouns.extend((s + offset, e + offset, w) for s, e, w in other.pronouns)
