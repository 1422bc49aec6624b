import io
import json

from actorgraph.errors import InputError
from actorgraph.ingest.sources import iter_documents
from actorgraph.model import Document
from actorgraph.settings import Settings

ENGLISH = "Headline here\n\nThe commander of the brigade said on Monday that his fighters would stay in the area.\n"


def test_sources_folder_walk_reads_articles_with_sidecars_and_skips_hidden(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text(ENGLISH)
    (tmp_path / "a.json").write_text(json.dumps({"id": "art-1", "outlet": "Zenda Daily"}))
    (tmp_path / "sub" / "b.txt").write_text(ENGLISH.replace("Monday", "Tuesday"))
    (tmp_path / ".hidden.txt").write_text(ENGLISH)
    docs = list(iter_documents([str(tmp_path)], Settings()))
    assert all(isinstance(d, Document) for d in docs) and len(docs) == 2
    assert docs[0].id == "art-1" and docs[0].outlet == "Zenda Daily"
    assert docs[1].id == docs[1].content_hash


def test_sources_stdin_jsonl_and_plain_text():
    rows = "\n".join(json.dumps({"id": f"r{i}", "text": ENGLISH}) for i in range(2))
    docs = list(iter_documents(["-"], Settings(), stdin=io.StringIO(rows)))
    assert [d.id for d in docs] == ["r0", "r1"]
    docs = list(iter_documents(["-"], Settings(), stdin=io.StringIO(ENGLISH)))
    assert docs[0].title == "Headline here" and docs[0].source == "<stdin>"


def test_sources_missing_path_is_reported():
    out = list(iter_documents(["/no/such/place"], Settings()))
    assert isinstance(out[0], InputError) and "no such file" in str(out[0])


def test_sources_other_language_is_recorded_as_skipped(tmp_path):
    (tmp_path / "fr.txt").write_text(
        "Titre\n\nLe commandant de la brigade a déclaré lundi que ses combattants resteraient dans la région.\n")
    doc = next(iter_documents([str(tmp_path)], Settings()))
    assert doc.language == "fr" and doc.status == "skipped-language"


def test_sources_published_override_wins(tmp_path):
    (tmp_path / "a.txt").write_text("T\n\nBy Jane Roe | Feb 23, 2018\n\n" + ENGLISH)
    assert next(iter_documents([str(tmp_path)], Settings())).published == "2018-02-23"
    assert next(iter_documents([str(tmp_path)], Settings(), published="2020-01-01")).published == "2020-01-01"
