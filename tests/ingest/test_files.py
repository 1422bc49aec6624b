import json

import pytest

from actorgraph.errors import InputError
from actorgraph.ingest.files import html_to_text, read_text_file, split_front_matter

LIMIT = 1_000_000


def test_files_front_matter_is_metadata_and_offsets_keep_the_whole_file(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("---\ntitle: Meta title\npublished: 2019-06-14\n---\nHeadline\n\nBody.\n", encoding="utf-8")
    text, meta, start = read_text_file(p, LIMIT)
    assert meta["title"] == "Meta title" and str(meta["published"]) == "2019-06-14"
    assert text.startswith("---") and text[start:].startswith("Headline")


def test_files_unclosed_front_matter_is_an_error():
    with pytest.raises(InputError, match="never closed"):
        split_front_matter("---\ntitle: x\nHeadline\n", "x.txt")


def test_files_sidecar_json_supplies_metadata(tmp_path):
    (tmp_path / "a.txt").write_text("Headline\n\nBody.\n", encoding="utf-8")
    (tmp_path / "a.json").write_text(json.dumps({"outlet": "Zenda TV", "url": "https://x.example/a"}))
    _text, meta, _ = read_text_file(tmp_path / "a.txt", LIMIT)
    assert meta == {"outlet": "Zenda TV", "url": "https://x.example/a"}


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty file"),
        (b"   \n\n", "only whitespace"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"Title\n\nCaf\xe9 au lait", "not valid UTF-8"),
    ],
)
def test_files_bad_content_gives_a_reason(tmp_path, content, reason):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    with pytest.raises(InputError, match=reason) as info:
        read_text_file(p, LIMIT)
    assert str(p) in str(info.value)


def test_files_size_limit_refuses_before_reading(tmp_path):
    p = tmp_path / "big.txt"
    p.write_bytes(b"word " * 3000)
    with pytest.raises(InputError, match="over the 1,000-byte limit"):
        read_text_file(p, 1000)


def test_files_html_main_text_and_meta_tags():
    html = """<html><head><title>Site | Story</title>
    <meta property="og:title" content="Militia vows revenge">
    <meta property="og:site_name" content="Zenda Daily">
    <meta property="article:published_time" content="2018-02-23T08:00:00Z">
    <meta name="author" content="Jane Roe"></head><body>
    <nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <article><h1>Militia vows revenge</h1>
    <p>The secretary-general of the Black Elk Brigades said on Tuesday that the group would retaliate for the
    strike on its positions near the border, according to a statement carried by the group's website.</p>
    <p>The statement added that the brigades would not leave the province and called on its fighters to stay
    ready for new orders from the leadership in the coming weeks.</p></article>
    <footer>Copyright Zenda Daily. All rights reserved.</footer></body></html>"""
    text, meta, start = html_to_text(html, "page.html")
    assert text.startswith("Militia vows revenge\n\n")
    assert "secretary-general of the Black Elk Brigades" in text
    assert "Copyright" not in text and "Home" not in text
    assert meta["outlet"] == "Zenda Daily" and meta["author"] == "Jane Roe"
    assert str(meta["published"]).startswith("2018-02-23")


def test_files_html_without_article_text_is_an_error():
    with pytest.raises(InputError, match="no article text"):
        html_to_text("<html><body><div><</div></body>", "broken.html")
