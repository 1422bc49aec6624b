import sqlite3

import pytest

from actorgraph.errors import StoreError
from actorgraph.kb import open_store
from actorgraph.kb.migrations import MIGRATIONS
from actorgraph.model import Document, Entity, Extraction, Mention, Relation, Span
from actorgraph.packs import Affiliation, Pack


def extraction(doc_id="d1", text="Black Elk Brigades fought in Strelsau.", chash="h1"):
    doc = Document(id=doc_id, content_hash=chash, text=text, title="T", language="en")
    ents = [
        Entity("black-elk-brigades", "Black Elk Brigades", "ORG", [], [Mention(0, 18, "Black Elk Brigades", "pack")],
               pack_id="black-elk-brigades"),
        Entity("e-strelsau", "Strelsau", "GPE", [], [Mention(28, 36, "Strelsau")]),
    ]
    rel = Relation("Black Elk Brigades", "operates_in", "Strelsau", Span(0, 37, text[:37]))
    return Extraction(document=doc, entities=ents, relations=[rel], extractor="t", extractor_version="1")


def test_sqlite_migrations_are_recorded_and_run_once(tmp_path):
    path = str(tmp_path / "kb.db")
    open_store(path).close()
    open_store(path).close()
    rows = sqlite3.connect(path).execute("SELECT version FROM schema_migrations").fetchall()
    assert [r[0] for r in rows] == [v for v, _n, _f in MIGRATIONS]


def test_sqlite_add_is_idempotent_by_content_hash(tmp_path):
    with open_store(str(tmp_path / "kb.db")) as store:
        assert store.add_extraction(extraction()).outcome == "new"
        assert store.add_extraction(extraction(doc_id="other-id")).outcome == "present"
        assert store.stats()["documents"] == 1 and store.stats()["mentions"] == 2
        assert store.stats()["statements"] == 1


def test_sqlite_same_id_with_new_content_is_refused_and_keeps_the_old(tmp_path):
    with open_store(str(tmp_path / "kb.db")) as store:
        store.add_extraction(extraction())
        with pytest.raises(StoreError, match="already stored with different content"):
            store.add_extraction(extraction(chash="h2", text="Changed text entirely, Strelsau again."))
        assert store.list_documents()[0]["id"] == "d1" and store.stats()["documents"] == 1


def test_sqlite_failed_write_leaves_nothing_half_stored(tmp_path):
    with open_store(str(tmp_path / "kb.db")) as store:
        bad = extraction()
        bad.entities[1].mentions.append(Mention(0, 5, "Black"))
        bad.entities[1].mentions[-1] = None  # type: ignore[assignment]  (breaks half way through the write)
        with pytest.raises(AttributeError):
            store.add_extraction(bad)
        assert store.stats()["documents"] == 0 and store.stats()["mentions"] == 0


def test_sqlite_profile_and_find_by_alias(tmp_path, tiny_pack):
    pack = Pack(entries=tiny_pack.entries, affiliations=[
        Affiliation("rupert-hentzau", "leads", "black-elk-brigades", since="2015")], rules=tiny_pack.rules)
    with open_store(str(tmp_path / "kb.db")) as store:
        store.load_pack(pack, "v1")
        store.load_pack(pack, "v1")
        store.add_extraction(extraction())
        (hit, *_rest) = store.find_entities("kata'ib al-ayil")
        assert hit["id"] == "black-elk-brigades"
        prof = store.profile("black-elk-brigades")
        assert prof["mentions"] == 1 and prof["documents"][0]["id"] == "d1"
        assert "BEB" in prof["aliases"]
        assert prof["background"] == [{"subject": "Rupert al-Hentzau", "predicate": "leads",
                                       "object": "Black Elk Brigades", "since": "2015", "until": None,
                                       "origin": "pack"}]
        assert store.stats()["pack_affiliations"] == 1


def test_sqlite_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        open_store(str(tmp_path / "nope" / "kb.db"))


def test_sqlite_not_a_database_is_a_clear_error(tmp_path):
    p = tmp_path / "junk.db"
    p.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="cannot open"):
        open_store(str(p))


def test_sqlite_profile_lists_affiliations_events_and_claims_with_their_sources(tmp_path):
    from actorgraph.model import Claim, Event

    def one(doc_id, chash, text, since):
        ex = extraction(doc_id=doc_id, text=text, chash=chash)
        ex.relations[0].since = since
        ex.events = [Event("ASSAULT", Span(0, 37, text[:37]), actor="Black Elk Brigades", target=None,
                           location="Strelsau", killed=3, killed_qualifier="at least")]
        ex.claims = [Claim("Black Elk Brigades", "fought in Strelsau", Span(0, 37, text[:37]), status="denied",
                           assessed_by="Strelsau")]
        return ex

    with open_store(str(tmp_path / "kb.db")) as store:
        store.add_extraction(one("d1", "h1", "Black Elk Brigades fought in Strelsau.", "2019"))
        store.add_extraction(one("d2", "h2", "Black Elk Brigades fought in Strelsau!", "2014"))
        store.add_extraction(one("d3", "h2", "Black Elk Brigades fought in Strelsau!", "2014"))  # same content
        profile = store.profile("black-elk-brigades")
        stats = store.stats()
    (tie,) = profile["affiliations"]
    assert (tie["predicate"], tie["object"], tie["since"]) == ("operates_in", "Strelsau", "2014")
    assert sorted(s["document"]["id"] for s in tie["sources"]) == ["d1", "d2"]
    assert [e["killed"] for e in profile["events_as_actor"]] == [3, 3]
    assert profile["events_as_target"] == []
    assert {c["status"] for c in profile["claims"]} == {"denied"}
    assert (stats["relations"], stats["events"], stats["claims"]) == (2, 2, 2)
