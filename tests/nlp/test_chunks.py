from hypothesis import given, settings
from hypothesis import strategies as st

from actorgraph.nlp.chunks import chunk_text


def test_chunks_cut_at_paragraph_breaks():
    text = "A" * 40 + "\n\n" + "B" * 40 + "\n\n" + "C" * 10
    chunks = list(chunk_text(text, 60))
    assert [c for _, c in chunks] == ["A" * 40 + "\n\n", "B" * 40 + "\n\n" + "C" * 10]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab .\n"), max_size=500), st.integers(min_value=4, max_value=80))
def test_chunks_cover_the_text_exactly_and_respect_the_limit(text, limit):
    chunks = list(chunk_text(text, limit))
    assert "".join(c for _, c in chunks) == text
    assert all(text[o:o + len(c)] == c and len(c) <= limit for o, c in chunks)
