"""The knowledge base: storage behind one interface, migrations, and (later) resolution and review.

Knows nothing of spaCy: it stores Extractions and answers queries.
"""

from .store import AddResult, Store, open_store

__all__ = ["AddResult", "Store", "open_store"]
