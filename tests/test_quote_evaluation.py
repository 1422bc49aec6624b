"""The scorer's name matching: an outlet's account or channel is the same whichever of its owner's names is written."""

from __future__ import annotations

from actorgraph.model import Entity, Mention
from actorgraph.quote_evaluation import same_via


def _entity(name: str, *forms: str) -> Entity:
    return Entity(id=name.lower(), name=name, type="ORG",
                  mentions=[Mention(start=i, end=i + len(f), text=f) for i, f in enumerate(forms)])


def test_an_account_named_after_any_form_of_its_owner_is_the_same_account():
    entities = {"Valley Command": _entity("Valley Command", "VC Command", "Valley Command")}
    assert same_via("VC Command X account", "Valley Command X account", entities)
    assert same_via("VC Command Telegram channel", "Valley Command Telegram channel", entities)
    assert not same_via("VC Command X account", "Hill Brigade X account", entities)
