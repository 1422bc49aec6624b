"""Coreference that leans on what a pack knows: an invented pack, so the behaviour is the method's."""

from __future__ import annotations

import pytest

from actorgraph.settings import Settings
from quote_helpers import one
from quote_helpers import run

PACK = """
actors:
  - {id: cedar-front, name: Cedar Front, type: ORG, kind: armed_group}
  - {id: lena-marsh, name: Lena Marsh, type: PERSON, kind: person}
  - {id: omar-haddadin, name: Omar Haddadin, type: PERSON, kind: person}
  - {id: tamsin-vale, name: Tamsin Vale, type: PERSON, kind: person}
  - {id: vale-legion, name: Vale Legion, type: ORG, kind: armed_group}
  - {id: elbonia, name: Elbonia, type: GPE, kind: country, demonyms: [Elbonian]}
  - {id: freedonia, name: Freedonia, type: GPE, kind: country, demonyms: [Freedonian]}
affiliations:
  - {subject: tamsin-vale, predicate: leads, object: vale-legion}
  - {subject: lena-marsh, predicate: leads, object: cedar-front, until: "2024-07-31"}
  - {subject: omar-haddadin, predicate: member_of, object: cedar-front}
"""


@pytest.fixture(scope="module")
def invented(tmp_path_factory):
    from actorgraph.nlp.extract import Extractor

    path = tmp_path_factory.mktemp("pack") / "invented.yaml"
    path.write_text(PACK, encoding="utf-8")
    return Extractor(Settings(extra_packs=str(path)))


def test_the_groups_official_is_the_member_the_pack_knows_who_spoke_last(invented):
    x = run(invented, "Title line\n\nCedar Front leader Lena Marsh was killed in a strike on Wednesday.\n\n"
                      "Omar Haddadin told a news conference in the capital that the killing would not go "
                      "unanswered.\n\nThe Cedar Front official said the movement's demands had not changed.",
            "2024-08-01")
    assert one(x, "demands had not changed").speaker == "Omar Haddadin"


def test_the_militia_leader_is_the_leader_the_pack_knows_not_the_spokesman_who_spoke_last(invented):
    x = run(invented, "Title line\n\nThe claim spread on Friday. Tamsin Vale has not spoken since.\n\n"
                      "Karl Brandt said that the movement's statements are issued only through "
                      "official channels, and warned that \u201cthose who forge our words\u201d would be exposed."
                      "\n\nThat matches what we found. The most recent message on Vale's Telegram channel, posted "
                      "on Thursday, makes no reference to the troops; in "
                      "it, the militia leader described the truce as \u201ca victory written in blood.\u201d",
            "2025-11-01")
    assert one(x, "a victory written in blood").speaker == "Tamsin Vale"


def test_a_description_with_a_demonym_is_the_person_the_text_made_that_states(invented):
    x = run(invented, "Title line\n\nThe council met on Wednesday.\n\nFreedonia's ambassador, Otto Wendel, said "
                      "the rebels alone were to blame. \u201cWe will not pay for hostage-taking,\u201d Wendel said. "
                      "He accused the neighbours of arming the group.\n\nElbonia's ambassador, Karl Brandt, took a "
                      "different view. The Elbonian representative said the strikes had done more damage than any "
                      "embargo.", "2026-02-12")
    assert one(x, "more damage than any embargo").speaker == "Karl Brandt"
