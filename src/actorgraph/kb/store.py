"""The store interface every backend implements, so the CLI, web app and loaders never see SQL dialects."""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import Any

from ..model import Extraction
from ..packs import Pack


@dataclass(frozen=True)
class AddResult:
    """What storing one Extraction did: 'new', 'present' (same content already stored) or 'skipped'."""

    document_id: str
    outcome: str
    entities: int = 0
    mentions: int = 0


class Store(ABC):
    """A knowledge base. Each `add_extraction` is one transaction: a document is stored with all its facts or not at all."""

    @abstractmethod
    def add_extraction(self, extraction: Extraction) -> AddResult: ...

    @abstractmethod
    def has_content(self, content_hash: str) -> bool: ...

    @abstractmethod
    def load_pack(self, pack: Pack, version: str) -> int:
        """Store pack entries, aliases and background affiliations (origin 'pack'); idempotent."""

    @abstractmethod
    def find_entities(self, name: str, limit: int = 10) -> list[dict[str, Any]]: ...

    @abstractmethod
    def profile(self, entity_id: str) -> dict[str, Any] | None: ...

    @abstractmethod
    def quotes_by(self, entity_id: str, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
        """The entity's statements (quotes it is the speaker of), newest first, each with its source document."""

    @abstractmethod
    def list_entities(self, type: str | None = None, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]: ...

    @abstractmethod
    def list_documents(self, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]: ...

    @abstractmethod
    def stats(self) -> dict[str, int]: ...

    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_store(url: str) -> Store:
    """A store for `url`: a file path (SQLite) today; postgresql:// URLs are for the team backend."""
    if url.startswith(("postgresql://", "postgres://")):
        from ..errors import StoreError

        raise StoreError("The PostgreSQL backend is not available in this version; use a SQLite file path for --db.")
    from .sqlite import SQLiteStore

    return SQLiteStore(url)
