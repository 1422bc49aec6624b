"""SQLite backend: the embedded default, one file, WAL journal so readers never block the writer."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from ..errors import StoreError
from ..model import Extraction
from ..names import normalize_name
from ..packs import Pack
from .migrations import migrate
from .store import AddResult, Store

PACK_EXTRACTOR = "actorgraph.packs"


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def statement_id(*parts: object) -> str:
    """Deterministic id, so re-extracting the same fact from the same span updates rather than duplicates it."""
    return hashlib.sha1("\x1f".join("" if p is None else str(p) for p in parts).encode()).hexdigest()


class SQLiteStore(Store):
    def __init__(self, path: str) -> None:
        self.path = path
        if path != ":memory:" and not path.startswith("file:"):
            parent = Path(path).expanduser().resolve().parent
            if not parent.is_dir():
                raise StoreError(f"{path}: folder {parent} does not exist; create it or choose another --db.")
        try:
            self.conn = sqlite3.connect(path, isolation_level=None, timeout=30, uri=path.startswith("file:"))
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.execute("PRAGMA busy_timeout = 30000")
            if path != ":memory:":
                self.conn.execute("PRAGMA journal_mode = WAL")
            migrate(self.conn)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{path}: cannot open as an actorgraph knowledge base ({exc}).") from None

    # -- writing ------------------------------------------------------------------------------------------------
    def has_content(self, content_hash: str) -> bool:
        row = self.conn.execute("SELECT 1 FROM documents WHERE content_hash = ?", (content_hash,)).fetchone()
        return row is not None

    def add_extraction(self, extraction: Extraction) -> AddResult:
        doc = extraction.document
        if self.has_content(doc.content_hash):
            return AddResult(doc.id, "present")
        clash = self.conn.execute("SELECT content_hash FROM documents WHERE id = ?", (doc.id,)).fetchone()
        if clash is not None:
            raise StoreError(
                f"document id '{doc.id}' is already stored with different content; give the new version its own id."
            )
        now = _now()
        c = self.conn
        c.execute("BEGIN IMMEDIATE")
        try:
            c.execute(
                "INSERT INTO documents (id, content_hash, title, outlet, author, published, url, language, status, "
                "source, body_start, text, extractor, extractor_version, ingested_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (doc.id, doc.content_hash, doc.title, doc.outlet, doc.author, doc.published, doc.url, doc.language,
                 doc.status, doc.source, doc.body_start, doc.text, extraction.extractor,
                 extraction.extractor_version, now),
            )
            mentions = 0
            for ent in extraction.entities:
                c.execute(
                    "INSERT OR IGNORE INTO entities (id, name, type, origin, created_at) VALUES (?, ?, ?, ?, ?)",
                    (ent.id, ent.name, ent.type, "pack" if ent.pack_id else "extracted", now),
                )
                for alias in {ent.name, *ent.aliases}:
                    c.execute(
                        "INSERT OR IGNORE INTO aliases (entity_id, alias, norm, origin) VALUES (?, ?, ?, 'extracted')",
                        (ent.id, alias, normalize_name(alias)),
                    )
                c.executemany(
                    'INSERT OR IGNORE INTO mentions (document_id, entity_id, start, "end", text, recogniser, '
                    "extractor, extractor_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [(doc.id, ent.id, m.start, m.end, m.text, m.source, extraction.extractor,
                      extraction.extractor_version) for m in ent.mentions],
                )
                mentions += len(ent.mentions)
            self._add_statements(extraction, now)
        except BaseException:
            c.execute("ROLLBACK")
            raise
        c.execute("COMMIT")
        outcome = "new" if doc.status == "ok" else "skipped"
        return AddResult(doc.id, outcome, len(extraction.entities), mentions)

    def _add_statements(self, extraction: Extraction, now: str) -> None:
        doc = extraction.document
        names = {e.name: e.id for e in extraction.entities}
        rows = []
        facts: list[tuple[str, str | None, str | None, str | None, Any]] = []
        facts += [("relation", r.subject, r.predicate, r.object, r) for r in extraction.relations]
        facts += [("quote", q.speaker, q.cue, q.via, q) for q in extraction.quotes]
        facts += [("event", e.actor, e.type, e.target, e) for e in extraction.events]
        facts += [("claim", c.claimant, c.status, None, c) for c in extraction.claims]
        for kind, subject, predicate, obj, fact in facts:
            ev = fact.evidence
            value = fact.to_dict()
            # What tells two facts of one sentence apart is part of the id: a quote's own span, a claim's words, an
            # event's place and toll.
            own: tuple[Any, ...] = ()
            if kind == "quote":
                own = (fact.start, fact.end)
            elif kind == "claim":
                own = (fact.text,)
            elif kind == "event":
                own = (fact.location, fact.killed, fact.wounded, fact.quote)
            sid = statement_id(doc.id, kind, subject, predicate, obj, ev.start, ev.end, *own)
            rows.append((sid, kind, names.get(subject or ""), predicate, names.get(obj or ""), json.dumps(value),
                         doc.id, ev.start, ev.end, "extracted", extraction.extractor, extraction.extractor_version,
                         getattr(fact, "confidence", 1.0), getattr(fact, "date", None), now))
        self.conn.executemany(
            'INSERT OR IGNORE INTO statements (id, kind, subject_id, predicate, object_id, value, document_id, start, '
            '"end", origin, extractor, extractor_version, confidence, date, created_at) '
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )

    def quotes_by(self, entity_id: str, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
        """An actor's statements, newest first: by the statement's date where it is a calendar date, else by the
        publication date of the document that reports it."""
        rows = self.conn.execute(
            "SELECT s.value, s.date, d.id, d.title, d.outlet, d.published, "
            "CASE WHEN s.date GLOB '[0-9][0-9][0-9][0-9]*' THEN s.date ELSE d.published END AS sort_date "
            "FROM statements s JOIN documents d ON d.id = s.document_id "
            "WHERE s.kind = 'quote' AND s.subject_id = ? "
            "ORDER BY sort_date IS NULL, sort_date DESC, s.document_id, s.start LIMIT ? OFFSET ?",
            (entity_id, limit, offset),
        ).fetchall()
        out = []
        for value, date, doc_id, title, outlet, published, _sort in rows:
            quote = json.loads(value)
            out.append({
                "date": date, "speaker": quote["speaker"], "text": quote["text"], "kind": quote["kind"],
                "cue": quote["cue"], "via": quote["via"], "relayed_by": quote["relayed_by"],
                "document": {"id": doc_id, "title": title, "outlet": outlet, "published": published},
                "start": quote["start"], "end": quote["end"], "evidence": quote["evidence"],
            })
        return out

    def load_pack(self, pack: Pack, version: str) -> int:
        now = _now()
        c = self.conn
        c.execute("BEGIN IMMEDIATE")
        try:
            for e in pack.entries.values():
                c.execute(
                    "INSERT INTO entities (id, name, type, origin, kind, created_at) VALUES (?, ?, ?, 'pack', ?, ?) "
                    "ON CONFLICT(id) DO UPDATE SET name = excluded.name, type = excluded.type, origin = 'pack', "
                    "kind = excluded.kind",
                    (e.id, e.name, e.type, e.kind, now),
                )
                c.executemany(
                    "INSERT OR IGNORE INTO aliases (entity_id, alias, norm, origin) VALUES (?, ?, ?, 'pack')",
                    [(e.id, n, normalize_name(n)) for n in e.names],
                )
            for a in pack.affiliations:
                value = {"subject": pack.entries[a.subject].name, "predicate": a.predicate,
                         "object": pack.entries[a.object].name, "since": a.since, "until": a.until}
                c.execute(
                    "INSERT OR IGNORE INTO statements (id, kind, subject_id, predicate, object_id, value, origin, "
                    "extractor, extractor_version, created_at) VALUES (?, 'relation', ?, ?, ?, ?, 'pack', ?, ?, ?)",
                    (statement_id("pack", a.subject, a.predicate, a.object, a.since, a.until), a.subject,
                     a.predicate, a.object, json.dumps(value), PACK_EXTRACTOR, version, now),
                )
        except BaseException:
            c.execute("ROLLBACK")
            raise
        c.execute("COMMIT")
        return len(pack.entries)

    # -- reading ------------------------------------------------------------------------------------------------
    def find_entities(self, name: str, limit: int = 10) -> list[dict[str, Any]]:
        """Entities whose name or an alias matches `name` (normalised), those with the most mentions first."""
        norm = normalize_name(name)
        rows = self.conn.execute(
            "SELECT e.id, e.name, e.type, e.origin, "
            "(SELECT COUNT(*) FROM mentions m WHERE m.entity_id = e.id) AS mentions "
            "FROM entities e WHERE e.id IN (SELECT entity_id FROM aliases WHERE norm = ?) OR e.id = ? "
            "ORDER BY mentions DESC, e.name LIMIT ?",
            (norm, name, limit),
        ).fetchall()
        return [dict(r) for r in rows]

    def profile(self, entity_id: str) -> dict[str, Any] | None:
        row = self.conn.execute("SELECT id, name, type, origin, kind FROM entities WHERE id = ?", (entity_id,)).fetchone()
        if row is None:
            return None
        aliases = [r[0] for r in self.conn.execute(
            "SELECT alias FROM aliases WHERE entity_id = ? AND alias != ? ORDER BY alias", (entity_id, row["name"]))]
        docs = [dict(r) for r in self.conn.execute(
            "SELECT d.id, d.title, d.outlet, d.published, COUNT(*) AS mentions FROM mentions m "
            "JOIN documents d ON d.id = m.document_id WHERE m.entity_id = ? GROUP BY d.id "
            "ORDER BY d.published DESC, d.id", (entity_id,))]
        background = [json.loads(r[0]) | {"origin": "pack"} for r in self.conn.execute(
            "SELECT value FROM statements WHERE origin = 'pack' AND (subject_id = ? OR object_id = ?) "
            "ORDER BY predicate, value", (entity_id, entity_id))]
        return {
            **dict(row), "aliases": aliases, "mentions": sum(d["mentions"] for d in docs),
            "documents": docs, "background": background,
            "affiliations": self._affiliations(entity_id),
            "events_as_actor": self._facts("event", "subject_id", entity_id),
            "events_as_target": self._facts("event", "object_id", entity_id),
            "claims": self._facts("claim", "subject_id", entity_id),
        }

    def _sourced(self, where: str, params: tuple[Any, ...]) -> list[tuple[dict[str, Any], dict[str, Any]]]:
        """(fact, source) pairs for extracted statements, newest report first."""
        rows = self.conn.execute(
            "SELECT s.value, d.id, d.title, d.outlet, d.published FROM statements s "
            f"JOIN documents d ON d.id = s.document_id WHERE s.origin = 'extracted' AND {where} "
            "ORDER BY d.published DESC, d.id, s.start", params).fetchall()
        return [(json.loads(value), {"id": doc_id, "title": title, "outlet": outlet, "published": published})
                for value, doc_id, title, outlet, published in rows]

    def _affiliations(self, entity_id: str) -> list[dict[str, Any]]:
        """One line per tie (subject, predicate, object), with the widest time span the reports give and every
        report that states it."""
        merged: dict[tuple[str, str, str], dict[str, Any]] = {}
        for fact, source in self._sourced("s.kind = 'relation' AND (s.subject_id = ? OR s.object_id = ?)",
                                          (entity_id, entity_id)):
            key = (fact["subject"], fact["predicate"], fact["object"])
            tie = merged.setdefault(key, {"subject": key[0], "predicate": key[1], "object": key[2], "since": None,
                                          "until": None, "sources": []})
            if fact.get("since") and (tie["since"] is None or fact["since"] < tie["since"]):
                tie["since"] = fact["since"]
            if fact.get("until") and (tie["until"] is None or fact["until"] > tie["until"]):
                tie["until"] = fact["until"]
            tie["sources"].append({"document": source, "evidence": fact["evidence"]})
        return sorted(merged.values(), key=lambda t: (t["predicate"], t["subject"], t["object"]))

    def _facts(self, kind: str, column: str, entity_id: str) -> list[dict[str, Any]]:
        out = []
        for fact, source in self._sourced(f"s.kind = ? AND s.{column} = ?", (kind, entity_id)):
            out.append(fact | {"document": source})
        return sorted(out, key=lambda f: (f.get("date") or f["document"].get("published") or ""), reverse=True)

    def list_entities(self, type: str | None = None, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
        where = "WHERE e.type = ?" if type else ""
        params: tuple[Any, ...] = (type,) if type else ()
        rows = self.conn.execute(
            "SELECT e.id, e.name, e.type, e.origin, COUNT(m.entity_id) AS mentions, "
            "COUNT(DISTINCT m.document_id) AS documents FROM entities e "
            f"JOIN mentions m ON m.entity_id = e.id {where} GROUP BY e.id "
            "ORDER BY mentions DESC, e.name LIMIT ? OFFSET ?",
            (*params, limit, offset),
        ).fetchall()
        return [dict(r) for r in rows]

    def list_documents(self, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
        rows = self.conn.execute(
            "SELECT d.id, d.title, d.outlet, d.author, d.published, d.url, d.language, d.status, d.source, "
            "(SELECT COUNT(*) FROM mentions m WHERE m.document_id = d.id) AS mentions "
            "FROM documents d ORDER BY d.published DESC, d.id LIMIT ? OFFSET ?",
            (limit, offset),
        ).fetchall()
        return [dict(r) for r in rows]

    def stats(self) -> dict[str, int]:
        q = self.conn.execute
        return {
            "documents": q("SELECT COUNT(*) FROM documents WHERE status = 'ok'").fetchone()[0],
            "skipped_documents": q("SELECT COUNT(*) FROM documents WHERE status != 'ok'").fetchone()[0],
            "entities": q("SELECT COUNT(DISTINCT entity_id) FROM mentions").fetchone()[0],
            "mentions": q("SELECT COUNT(*) FROM mentions").fetchone()[0],
            "statements": q("SELECT COUNT(*) FROM statements WHERE origin = 'extracted'").fetchone()[0],
            **{f"{kind}s": q("SELECT COUNT(*) FROM statements WHERE origin = 'extracted' AND kind = ?",
                             (kind,)).fetchone()[0] for kind in ("quote", "relation", "event", "claim")},
            "pack_entities": q("SELECT COUNT(*) FROM entities WHERE origin = 'pack'").fetchone()[0],
            "pack_affiliations": q("SELECT COUNT(*) FROM statements WHERE origin = 'pack'").fetchone()[0],
        }

    def close(self) -> None:
        self.conn.close()
