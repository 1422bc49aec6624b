"""The data-reading helpers of benchmarks/plover.py on the open data in ../shared/data (skipped when it is absent).

No extraction runs here: only the gold loaders and the CAMEO -> PLOVER table are checked.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from actorgraph.model import EVENT_TYPES

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
GSR = DATA / "plover" / "PLOVER_GSR_CAMEO.json"

if not GSR.exists():
    pytest.skip(f"open data not found ({GSR}); nothing to check", allow_module_level=True)


def load_benchmark() -> ModuleType:
    """benchmarks/ is not a package: load plover.py from its file."""
    spec = importlib.util.spec_from_file_location("plover_benchmark", ROOT / "benchmarks" / "plover.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


plover = load_benchmark()


@pytest.fixture(scope="module")
def table() -> dict[str, str]:
    return plover.load_cameo_table(DATA / "plover" / "CAMEO2PLOVER-2021.txt")


@pytest.mark.parametrize("code, expected", [
    ("19", "ASSAULT"),     # root: use conventional military force
    ("190", "ASSAULT"),
    ("1124", "ACCUSE"),    # accuse of war crimes
    ("173", "COERCE"),     # arrest, detain
    ("040", "CONSULT"),
    ("042", "CONSULT"),    # make a visit
    ("141", "PROTEST"),    # demonstrate or rally
    ("0841", "RETREAT"),   # release persons: a three-digit code under root 08, which the table also gives CONCEDE
    ("163", "COERCE"),     # the full code wins over its root (16 is SANCTION)
    ("0315", "AGREE"),     # not listed: falls back to 031
])
def test_cameo_codes_map_to_plover(table: dict[str, str], code: str, expected: str) -> None:
    assert plover.cameo_to_plover(code, table) == expected


def test_cameo_statements_and_appeals_have_no_plover_type(table: dict[str, str]) -> None:
    assert plover.cameo_to_plover("015", table) is None
    assert plover.cameo_to_plover("021", table) is None


def test_plover_05b1_names_are_renamed() -> None:
    assert plover.plover_type("DEMAND") == "REQUEST"
    assert plover.plover_type("FIGHT") == "ASSAULT"
    assert plover.plover_type("DISAPPROVE") == "ACCUSE"
    assert plover.plover_type("INVESTIGATE") == "ACCUSE"
    assert plover.plover_type("AGREE") == "AGREE"


def test_plover_records_load_with_todays_types() -> None:
    records = plover.load_plover(GSR)
    assert len(records) > 300
    assert all(r.type in EVENT_TYPES for r in records)
    assert all(r.text.strip() for r in records)
    assert not any(r.id.endswith("DOCUMENT-0001") for r in records)
    assert any(r.id.startswith("PLOVER-GSR01-FIGHT") and r.type == "ASSAULT" for r in records)
    assert sum(r.dead is not None for r in records) == 15
    assert sum(bool(r.sources) for r in records) > 300


def test_petrarch_records_map_to_plover_types(table: dict[str, str]) -> None:
    path = DATA / "petrarch" / "UniversalPetrarch_PETR2_GSR_validation.jsonl"
    if not path.exists():
        pytest.skip(f"{path} not found")
    records = plover.load_petrarch(path, table)
    assert len(records) == 78
    assert all(t in EVENT_TYPES for r in records for t in r.types)
    assert all(not r.codes for r in records if r.noevents)
    assert sum(r.noevents for r in records) > 5
