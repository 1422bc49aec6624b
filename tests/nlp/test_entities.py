from actorgraph.nlp.entities import EntityAssembler, RawMention


def mention(text, surface, label, kb="", nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return RawMention(start, start + len(surface), surface, label, kb)


def test_entities_short_family_name_joins_the_full_name(tiny_pack):
    text = "Colonel Sapt Rasendyll spoke. Later Rasendyll left."
    ms = [mention(text, "Sapt Rasendyll", "PERSON"), mention(text, "Rasendyll", "ORG", nth=1)]
    (ent,) = EntityAssembler(tiny_pack).assemble(ms, text)
    assert ent.name == "Sapt Rasendyll" and ent.type == "PERSON" and ent.aliases == ["Rasendyll"]
    assert [m.start for m in ent.mentions] == [8, 36]


def test_entities_two_people_with_one_family_name_stay_apart(tiny_pack):
    text = "Anna Osric and Karl Osric met. Osric left."
    ms = [mention(text, "Anna Osric", "PERSON"), mention(text, "Karl Osric", "PERSON"),
          mention(text, "Osric", "PERSON", nth=2)]
    names = sorted(e.name for e in EntityAssembler(tiny_pack).assemble(ms, text))
    assert names == ["Anna Osric", "Karl Osric", "Osric"]


def test_entities_pack_linked_mentions_use_canonical_name(tiny_pack):
    text = "Hentzau and Rupert al-Hentzau."
    ms = [mention(text, "Hentzau", "PERSON", "rupert-hentzau"),
          mention(text, "Rupert al-Hentzau", "PERSON", "rupert-hentzau")]
    (ent,) = EntityAssembler(tiny_pack).assemble(ms, text)
    assert (ent.id, ent.name, ent.aliases) == ("rupert-hentzau", "Rupert al-Hentzau", ["Hentzau"])


def test_entities_unlinked_mention_of_a_pack_name_is_linked_by_normalised_form(tiny_pack):
    text = "Black Elk brigades fought."
    (ent,) = EntityAssembler(tiny_pack).assemble([mention(text, "Black Elk brigades", "ORG")], text)
    assert ent.id == "black-elk-brigades"


def test_entities_acronym_after_full_name_joins_it(tiny_pack):
    text = "Grey Wolf Units (GWU) fought; GWU won."
    ms = [mention(text, "Grey Wolf Units", "ORG"), mention(text, "GWU", "ORG"), mention(text, "GWU", "ORG", nth=1)]
    (ent,) = EntityAssembler(tiny_pack).assemble(ms, text)  # the later "GWU" is the same one (one sense)
    assert ent.name == "Grey Wolf Units" and ent.aliases == ["GWU"] and len(ent.mentions) == 3


def test_entities_acronym_without_brackets_joins_the_one_name_it_spells(tiny_pack):
    text = "The Tigray People's Liberation Front met. Later the TPLF and the Arakan Army (AA) spoke; the AA left."
    ms = [mention(text, "Tigray People's Liberation Front", "ORG"), mention(text, "TPLF", "ORG"),
          mention(text, "Arakan Army", "ORG"), mention(text, "AA", "ORG"), mention(text, "AA", "ORG", nth=1)]
    ents = {e.name: e for e in EntityAssembler(tiny_pack).assemble(ms, text)}
    assert sorted(ents) == ["Arakan Army", "Tigray People's Liberation Front"]
    assert len(ents["Arakan Army"].mentions) == 3


def test_entities_a_datelines_agency_after_a_place_is_not_its_acronym(tiny_pack):
    text = "BAGHDAD, Iraq (LWS) - Fighting went on. The Democratic Republic of the Congo (DRC) said."
    ms = [mention(text, "Iraq", "GPE"), mention(text, "LWS", "ORG"),
          mention(text, "Democratic Republic of the Congo", "GPE"), mention(text, "DRC", "GPE")]
    ents = {e.name: e for e in EntityAssembler(tiny_pack).assemble(ms, text)}
    assert "LWS" in ents and ents["Democratic Republic of the Congo"].aliases == ["DRC"]


def test_entities_a_bare_word_ending_one_known_body_is_that_body(tiny_pack):
    text = "The Government of Ruritania spoke. Later the Ruritania said more."
    ms = [mention(text, "Government of Ruritania", "ORG", "ruritanian-government"),
          mention(text, "Ruritania", "ORG", nth=1)]
    (ent,) = EntityAssembler(tiny_pack).assemble(ms, text)
    assert ent.id == "ruritanian-government" and len(ent.mentions) == 2


def test_entities_a_middle_name_alone_is_the_one_person_who_has_it(tiny_pack):
    text = "The Treasury named Lorenz Kavanu Kingsby. Kavanu announced the capture."
    ms = [mention(text, "Lorenz Kavanu Kingsby", "PERSON"), mention(text, "Kavanu", "PERSON", nth=1)]
    (ent,) = EntityAssembler(tiny_pack).assemble(ms, text)
    assert ent.name == "Lorenz Kavanu Kingsby" and "Kavanu" in ent.aliases


def test_entities_a_middle_name_two_people_share_joins_neither(tiny_pack):
    text = "Lorenz Kavanu Kingsby and Anna Kavanu Osric met. Kavanu spoke."
    ms = [mention(text, "Lorenz Kavanu Kingsby", "PERSON"), mention(text, "Anna Kavanu Osric", "PERSON"),
          mention(text, "Kavanu", "PERSON", nth=2)]
    assert len(EntityAssembler(tiny_pack).assemble(ms, text)) == 3


def test_entities_a_place_word_that_is_a_persons_surname_is_that_person_unless_a_place_by_preposition(tiny_pack):
    text = "Major Karl Strelsau led the unit. Strelsau said they held. Fighting went on in Strelsau."
    ms = [mention(text, "Karl Strelsau", "PERSON"), mention(text, "Strelsau", "GPE", "strelsau", nth=1),
          mention(text, "Strelsau", "GPE", "strelsau", nth=2)]
    ents = {e.name: e for e in EntityAssembler(tiny_pack).assemble(ms, text)}
    assert [m.start for m in ents["Karl Strelsau"].mentions] == [6, 34]
    assert ents["Strelsau"].type == "GPE" and len(ents["Strelsau"].mentions) == 1


def test_entities_a_name_the_text_says_is_another_name_joins_it(tiny_pack):
    text = "Sapt Osric, the force's chief of staff, better known as Abu Tarlen, spoke. Osric left."
    ms = [mention(text, "Sapt Osric", "PERSON"), mention(text, "Abu Tarlen", "PERSON"),
          mention(text, "Osric", "PERSON", nth=1)]
    (ent,) = EntityAssembler(tiny_pack).assemble(ms, text)
    assert {m.text for m in ent.mentions} == {"Sapt Osric", "Abu Tarlen", "Osric"}


def test_entities_a_pack_entry_keeps_its_identity_when_the_text_gives_its_real_name(tiny_pack):
    text = "Karl Brandt (real name Rupert al-Hentzau) spoke. Later Brandt left."
    ms = [mention(text, "Karl Brandt", "PERSON"), mention(text, "Rupert al-Hentzau", "PERSON", "rupert-hentzau"),
          mention(text, "Brandt", "PERSON", nth=1)]
    (ent,) = EntityAssembler(tiny_pack).assemble(ms, text)
    assert ent.id == "rupert-hentzau" and "Karl Brandt" in ent.aliases and len(ent.mentions) == 3


def test_entities_two_names_side_by_side_without_an_alias_phrase_stay_apart(tiny_pack):
    text = "Sapt Osric met Abu Tarlen, known for his temper."
    ms = [mention(text, "Sapt Osric", "PERSON"), mention(text, "Abu Tarlen", "PERSON")]
    assert len(EntityAssembler(tiny_pack).assemble(ms, text)) == 2


def test_entities_the_last_words_of_one_persons_longer_name_are_that_person(tiny_pack):
    text = "Maher Abu Tarlen, an activist, spoke. Abu Tarlen said more."
    ms = [mention(text, "Maher Abu Tarlen", "PERSON"), mention(text, "Abu Tarlen", "ORG", nth=1)]
    (ent,) = EntityAssembler(tiny_pack).assemble(ms, text)
    assert ent.type == "PERSON" and ent.aliases == ["Abu Tarlen"]


def test_entities_a_family_name_spelt_as_in_the_text_joins_a_pack_person_spelt_otherwise(tiny_pack):
    text = "Rupert al-Hentzaw spoke. Later Hentzaw left."
    ms = [mention(text, "Rupert al-Hentzaw", "PERSON", "rupert-hentzau"), mention(text, "Hentzaw", "PERSON", nth=1)]
    (ent,) = EntityAssembler(tiny_pack).assemble(ms, text)
    assert ent.id == "rupert-hentzau" and len(ent.mentions) == 2


def test_entities_a_hyphenated_given_name_alone_is_the_one_person_who_has_it(tiny_pack):
    text = "Jean-Pierre Osric, a farmer, spoke. Later Jean-Pierre left."
    ms = [mention(text, "Jean-Pierre Osric", "PERSON"), mention(text, "Jean-Pierre", "PERSON", nth=1)]
    (ent,) = EntityAssembler(tiny_pack).assemble(ms, text)
    assert ent.name == "Jean-Pierre Osric" and ent.aliases == ["Jean-Pierre"]
