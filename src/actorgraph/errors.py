"""One exception root, so callers can catch everything actorgraph raises on purpose.

Every message says what went wrong *and* what the user can do about it; the CLI prints the message as it is.
"""

from __future__ import annotations


class ActorGraphError(Exception):
    """Root of every error actorgraph raises deliberately."""


class UsageError(ActorGraphError):
    """The command was called wrongly (bad flag value, missing file); the CLI exits with status 2."""


class InputError(ActorGraphError):
    """One input document cannot be read; the run goes on with the others and exits with status 1."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class PackError(ActorGraphError):
    """A domain pack file is malformed; the message names the file and the entry."""


class StoreError(ActorGraphError):
    """The knowledge base cannot be opened, migrated or written."""


class PipelineError(ActorGraphError):
    """The spaCy pipeline cannot be loaded (usually: the model package is not installed)."""
