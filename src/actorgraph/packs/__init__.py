"""Domain packs: actors, outlets, places, affiliations and recognition rules as data (YAML)."""

from .loader import Affiliation, Pack, PackEntry, load_packs

__all__ = ["Affiliation", "Pack", "PackEntry", "load_packs"]
