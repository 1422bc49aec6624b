"""The attribution lexicon from the pack's `quotes` rules, as sets the quote and speaker code can look words up in."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..errors import PackError

_KEYS = (
    "speech_verbs", "object_content_verbs", "naming_verbs", "carrier_verbs", "source_phrases",
    "statement_nouns", "channel_nouns", "account_nouns", "person_roles", "group_nouns", "collective_heads", "person_pronouns",
    "group_pronouns", "event_verbs", "state_bodies", "female_first_names", "occasion_nouns", "scene_openers",
    "other_time_words", "lead_verbs", "lead_nouns", "session_bodies",
)


@dataclass(frozen=True)
class QuoteLexicon:
    speech_verbs: frozenset[str]
    object_content_verbs: frozenset[str]
    naming_verbs: frozenset[str]
    carrier_verbs: frozenset[str]
    source_phrases: tuple[tuple[str, ...], ...]
    statement_nouns: frozenset[str]
    channel_nouns: frozenset[str]
    account_nouns: frozenset[str]
    person_roles: frozenset[str]
    group_nouns: frozenset[str]
    collective_heads: frozenset[str]
    person_pronouns: frozenset[str]
    group_pronouns: frozenset[str]
    event_verbs: frozenset[str]
    state_bodies: frozenset[str]
    female_first_names: frozenset[str]
    occasion_nouns: frozenset[str]
    scene_openers: frozenset[str]
    other_time_words: frozenset[str]
    lead_verbs: frozenset[str]
    lead_nouns: frozenset[str]
    session_bodies: frozenset[str]
    descriptor_kinds: dict[str, tuple[str, ...]]
    role_kin: dict[str, frozenset[str]]
    person_nouns: frozenset[str] = frozenset()  # optional: ordinary people ("the farmer"), not office holders
    continuation_cues: frozenset[str] = frozenset()  # optional: "added", "went on": cues that carry on a statement

    @classmethod
    def from_rules(cls, rules: dict[str, Any]) -> QuoteLexicon:
        raw = rules.get("quotes")
        if not isinstance(raw, dict) or any(not isinstance(raw.get(k), list) for k in _KEYS):
            missing = [k for k in _KEYS if not isinstance((raw or {}).get(k), list)]
            raise PackError(f"The pack's 'quotes' rules lack lists {missing}; compare with packs/data/quotes.yaml.")
        words = {k: frozenset(str(w).lower() for w in raw[k]) for k in _KEYS if k != "source_phrases"}
        phrases = tuple(tuple(str(p).lower().split()) for p in raw["source_phrases"])
        kinds = {str(k).lower(): tuple(str(v) for v in vs) for k, vs in (raw.get("descriptor_kinds") or {}).items()}
        kin: dict[str, set[str]] = {}
        for group in raw.get("role_kin") or []:
            if not isinstance(group, list):
                raise PackError("The pack's 'quotes.role_kin' must be a list of lists of role words.")
            roles = {str(r).lower() for r in group}
            for role in roles:
                kin.setdefault(role, set()).update(roles)
        optional = {}
        for key in ("person_nouns", "continuation_cues"):
            listed = raw.get(key) or []
            if not isinstance(listed, list):
                raise PackError(f"The pack's 'quotes.{key}' must be a list of words; compare with "
                                "packs/data/quotes.yaml.")
            optional[key] = frozenset(str(w).lower() for w in listed)
        return cls(source_phrases=phrases, descriptor_kinds=kinds, role_kin={k: frozenset(v) for k, v in kin.items()},
                   **optional, **words)
