import io
import json

from actorgraph.errors import InputError
from actorgraph.ingest.corpus import iter_csv, iter_jsonl
from actorgraph.settings import Settings

FIELDS = Settings().corpus_fields


def test_corpus_jsonl_broken_row_costs_that_row_only():
    rows = [json.dumps({"id": "a", "text": "First text."}), "{not json", "", json.dumps({"id": "c", "text": "Third."})]
    out = list(iter_jsonl(io.StringIO("\n".join(rows)), "c.jsonl", FIELDS, 10_000))
    assert [type(x).__name__ for x in out] == ["tuple", "InputError", "tuple"]
    assert "c.jsonl line 2" in str(out[1]) and "invalid JSON" in str(out[1])
    assert out[2][1]["id"] == "c"


def test_corpus_jsonl_row_without_text_is_reported():
    out = list(iter_jsonl(io.StringIO('{"id": "a", "body": "x"}\n'), "c.jsonl", FIELDS, 10_000))
    assert isinstance(out[0], InputError) and "ACTORGRAPH_FIELD_TEXT" in str(out[0])


def test_corpus_csv_with_configured_fields():
    data = "unit_id,article_content,source\n7,Some article text.,Zenda Daily\n"
    fields = {**FIELDS, "id": "unit_id", "text": "article_content", "outlet": "source"}
    out = list(iter_csv(io.StringIO(data), "c.csv", fields, 10_000))
    assert out == [("c.csv row 2", {"id": "7", "outlet": "Zenda Daily"}, "Some article text.")]


def test_corpus_csv_missing_text_column_names_the_columns():
    out = list(iter_csv(io.StringIO("a,b\n1,2\n"), "c.csv", FIELDS, 10_000))
    assert isinstance(out[0], InputError) and "columns: a, b" in str(out[0])


def test_corpus_csv_ragged_row_is_reported():
    out = list(iter_csv(io.StringIO("id,text\n1,ok text\n2,too,many\n"), "c.csv", FIELDS, 10_000))
    assert isinstance(out[0], tuple) and isinstance(out[1], InputError)
