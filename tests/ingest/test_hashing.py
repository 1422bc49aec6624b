from actorgraph.ingest.hashing import content_hash


def test_hashing_ignores_line_endings_and_trailing_space():
    assert content_hash("Title\r\n\r\nBody text.  \r\n") == content_hash("Title\n\nBody text.\n")


def test_hashing_ignores_unicode_composition():
    assert content_hash("Caf\u00e9") == content_hash("Cafe\u0301")


def test_hashing_changes_with_words():
    assert content_hash("The group said yes.") != content_hash("The group said no.")
