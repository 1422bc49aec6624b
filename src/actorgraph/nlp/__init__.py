"""spaCy pipeline components and the Document -> Extraction function; knows nothing of storage."""
