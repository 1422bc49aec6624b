"""The command line as a user drives it: real subprocess-free invocations through click's runner."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

import pytest
from click.testing import CliRunner

from actorgraph.cli import cli
from conftest import SHARED_TOOLS

ARTICLE = (
    "Brigade threatens convoy\n\n"
    "By Jane Roe | Analyst | Feb 23, 2018\n\n"
    "The commander of the Black Elk Brigades, Rupert al-Hentzau, told Zenda TV that his fighters would strike "
    "Ruritanian troops near the village of Tarlenheim. Hentzau repeated the threat on Monday.\n"
)
PACK = """
actors:
  - {id: black-elk-brigades, name: Black Elk Brigades, type: ORG, kind: armed_group}
  - {id: rupert-hentzau, name: Rupert al-Hentzau, type: PERSON, kind: person}
  - {id: ruritanian-forces, name: Ruritanian Armed Forces, type: ORG, kind: military, of: ruritania}
outlets:
  - {id: zenda-tv, name: Zenda TV, type: MEDIA, kind: tv}
places:
  - {id: ruritania, name: Ruritania, type: GPE, kind: country, demonyms: [Ruritanian]}
affiliations:
  - {subject: rupert-hentzau, predicate: leads, object: black-elk-brigades}
"""


@pytest.fixture()
def pack_file(tmp_path):
    p = tmp_path / "pack.yaml"
    p.write_text(PACK, encoding="utf-8")
    return str(p)


def invoke(*args, input=None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def test_cli_extract_gives_exact_entities_types_and_offsets(tmp_path, pack_file):
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    result = invoke("extract", str(src), "--no-packs", "--pack", pack_file)
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert out["document"]["published"] == "2018-02-23" and out["document"]["author"] == "Jane Roe"
    got = {(e["name"], e["type"]): [(m["start"], m["end"], m["text"]) for m in e["mentions"]] for e in out["entities"]}
    expect = {
        ("Black Elk Brigades", "ORG"): ["Black Elk Brigades"],
        ("Rupert al-Hentzau", "PERSON"): ["Rupert al-Hentzau", "Hentzau"],
        ("Zenda TV", "MEDIA"): ["Zenda TV"],
        ("Ruritanian Armed Forces", "ORG"): ["Ruritanian troops"],
        ("Tarlenheim", "GPE"): ["Tarlenheim"],
    }
    for key, surfaces in expect.items():
        assert key in got, (key, got)
        assert [t for _s, _e, t in got[key]] == surfaces
        for start, end, text in got[key]:
            assert ARTICLE[start:end] == text
    assert all(key[1] != "PERSON" or key[0] in {"Rupert al-Hentzau", "Jane Roe"} for key in got)
    (quote,) = out["quotes"]
    assert (quote["speaker"], quote["speaker_resolved"], quote["kind"], quote["cue"], quote["via"], quote["date"]) == (
        "Rupert al-Hentzau", True, "indirect", "told", "Zenda TV", None)
    assert quote["text"] == "his fighters would strike Ruritanian troops near the village of Tarlenheim"
    assert ARTICLE[quote["start"]:quote["end"]] == quote["text"]
    assert [(d["text"], d["value"], d["precision"]) for d in out["dates"]] == [
        ("Feb 23, 2018", "2018-02-23", "day"), ("Monday", "2018-02-19", "day")]
    assert [(r["subject"], r["predicate"], r["object"]) for r in out["relations"]] == [
        ("Rupert al-Hentzau", "leads", "Black Elk Brigades")]
    threats = [(e["type"], e["actor"], e["target"], e["quote"]) for e in out["events"]]
    assert threats == [("THREATEN", "Rupert al-Hentzau", "Ruritanian Armed Forces", quote["text"])]
    for fact in out["relations"] + out["events"] + out["claims"]:
        ev = fact["evidence"]
        assert ARTICLE[ev["start"]:ev["end"]] == ev["text"]


def test_cli_extract_corpus_prints_json_lines(tmp_path):
    corpus = tmp_path / "c.jsonl"
    rows = [{"id": f"d{i}", "text": ARTICLE.replace("Monday", day)} for i, day in enumerate(["Monday", "Friday"])]
    corpus.write_text("\n".join(json.dumps(r) for r in rows) + "\n{broken\n", encoding="utf-8")
    result = invoke("extract", str(corpus))
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["document"]["id"] for d in lines] == ["d0", "d1"]
    assert result.exit_code == 1 and "line 3" in result.stderr


def test_cli_extract_folder_prints_json_lines(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for i, day in enumerate(["Monday", "Friday"]):
        (folder / f"a{i}.txt").write_text(ARTICLE.replace("Monday", day), encoding="utf-8")
    result = invoke("extract", str(folder))
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == 2 and all(set(d) >= {"document", "entities", "quotes"} for d in lines)
    assert result.exit_code == 0


def test_cli_extract_output_passes_the_shared_contract_checker(tmp_path):
    checker = SHARED_TOOLS / "check_contract.py"
    if not checker.exists():
        pytest.skip("../shared/tools is absent")
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out.json"
    out.write_text(invoke("extract", str(src)).stdout, encoding="utf-8")
    proc = subprocess.run([sys.executable, str(checker), str(out), "--text", str(src)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout


def test_cli_bad_input_folder_stores_the_good_and_names_the_bad(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "good2.txt").write_text(ARTICLE.replace("Monday", "Sunday"), encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.bin").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    (folder / "latin1.txt").write_bytes("Titre\n\nCaf\xe9 cr\xe8me".encode("latin-1"))
    (folder / "broken.html").write_text("<html><body><div><</div></bo", encoding="utf-8")
    (folder / "rows.jsonl").write_text(json.dumps({"id": "r1", "text": ARTICLE.replace("Monday", "Tuesday")})
                                       + "\n{oops\n", encoding="utf-8")
    db = str(tmp_path / "kb.db")
    result = invoke("ingest", str(folder), "--db", db)
    assert result.exit_code == 1
    summary = json.loads(result.stdout)
    assert summary["documents_new"] == 3 and summary["documents_failed"] == 5
    for name, reason in [("empty.txt", "empty"), ("image.bin", "binary"), ("latin1.txt", "UTF-8"),
                         ("broken.html", "no article text"), ("rows.jsonl line 2", "invalid JSON")]:
        assert any(name in line and reason in line for line in result.stderr.splitlines()), (name, result.stderr)
    again = invoke("ingest", str(folder), "--db", db)
    assert json.loads(again.stdout)["documents_new"] == 0 and json.loads(again.stdout)["documents_present"] == 3
    con = sqlite3.connect(db)
    assert con.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 3
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_cli_reingest_is_a_no_op(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    db = str(tmp_path / "kb.db")
    invoke("ingest", str(src), "--db", db)
    con = sqlite3.connect(db)
    tables = ["documents", "entities", "aliases", "mentions", "statements"]
    before = {t: con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}
    result = invoke("ingest", str(src), "--db", db)
    assert result.exit_code == 0
    assert {t: con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables} == before
    assert json.loads(result.stdout)["documents_present"] == 1


def test_cli_show_profile_by_alias_and_missing_name(tmp_path, pack_file):
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    db = str(tmp_path / "kb.db")
    invoke("ingest", str(src), "--db", db, "--no-packs", "--pack", pack_file)
    prof = json.loads(invoke("show", "hentzau", "--db", db).stdout)
    assert prof["name"] == "Rupert al-Hentzau" and prof["mentions"] == 2 and len(prof["documents"]) == 1
    assert prof["background"][0]["predicate"] == "leads"
    missing = invoke("show", "Nobody At All", "--db", db)
    assert missing.exit_code == 1 and "no entity named" in missing.stderr


def test_cli_stdin_and_skipped_language(tmp_path):
    db = str(tmp_path / "kb.db")
    result = invoke("ingest", "-", "--db", db, input=ARTICLE)
    assert json.loads(result.stdout)["documents_new"] == 1
    french = "Titre\n\nLe commandant de la brigade a déclaré lundi que ses combattants resteraient sur place.\n"
    result = invoke("ingest", "-", "--db", db, input=french)
    summary = json.loads(result.stdout)
    assert summary["documents_skipped"] == 1 and "language 'fr'" in result.stderr
    again = json.loads(invoke("ingest", "-", "--db", db, input=french).stdout)
    assert again["documents_present"] == 1


def test_cli_usage_error_exits_2(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "actorgraph.cli", "extract", str(src), "--published", "soon"],
                          capture_output=True, text=True)
    assert proc.returncode == 2 and "--published" in proc.stderr
    proc = subprocess.run([sys.executable, "-m", "actorgraph.cli", "ingest"], capture_output=True, text=True)
    assert proc.returncode == 2


def test_cli_size_limit_refuses_with_the_setting_named(tmp_path, monkeypatch):
    big = tmp_path / "big.txt"
    big.write_text("Title\n\n" + "The brigade said nothing. " * 400, encoding="utf-8")
    monkeypatch.setenv("ACTORGRAPH_MAX_DOCUMENT_BYTES", "2000")
    result = invoke("ingest", str(big), "--db", str(tmp_path / "kb.db"))
    assert result.exit_code == 1 and "ACTORGRAPH_MAX_DOCUMENT_BYTES" in result.stderr


def test_cli_quotes_lists_statements_newest_first_with_outlet_and_source(tmp_path, pack_file):
    first = tmp_path / "first.txt"
    first.write_text(ARTICLE, encoding="utf-8")
    later = tmp_path / "later.txt"
    later.write_text(
        "Brigade repeats threat\n\nBy Jane Roe | Analyst | Mar 30, 2018\n\n"
        "Rupert al-Hentzau said on Thursday that the convoy route through Tarlenheim would stay closed.\n",
        encoding="utf-8")
    db = str(tmp_path / "kb.db")
    assert invoke("ingest", str(first), str(later), "--db", db, "--no-packs", "--pack", pack_file).exit_code == 0
    result = invoke("quotes", "Hentzau", "--db", db)
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["document"]["published"] for r in rows] == ["2018-03-30", "2018-02-23"]
    assert rows[0]["date"] == "2018-03-29" and rows[0]["via"] is None
    assert rows[1]["via"] == "Zenda TV" and rows[1]["cue"] == "told"
    # re-ingest stores nothing twice
    assert invoke("ingest", str(first), "--db", db, "--no-packs", "--pack", pack_file).exit_code == 0
    again = [json.loads(line) for line in invoke("quotes", "Hentzau", "--db", db).stdout.splitlines()]
    assert again == rows
    assert invoke("quotes", "Nobody At All", "--db", db).exit_code == 1
