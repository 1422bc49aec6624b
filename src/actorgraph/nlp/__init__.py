"""spaCy pipeline components and the Document -> Extraction function; knows nothing of storage.

Importing the package registers every component factory, so `nlp.add_pipe("actorgraph_...")` works after
`import actorgraph.nlp` (spaCy also finds them through the `spacy_factories` entry points).
"""

from . import dates, entity_rules, gazetteer, paragraphs, quotes  # noqa: F401
