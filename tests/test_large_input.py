"""Large inputs: a 20 MB file is refused by the default limit at once; a multi-megabyte one is processed in chunks
with bounded memory (slow: run with -m slow; ACTORGRAPH_REDUCED=1 makes it smaller for CI)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pytest

PARAGRAPH = ("The commander of the Black Elk Brigades said on Monday that his fighters in the village of Tarlenheim "
             "would not withdraw, Zenda TV reported, citing a statement on the group's website.\n\n")


def write_big(path, size):
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("A very long report\n\n")
        written = 0
        while written < size:
            fh.write(PARAGRAPH)
            written += len(PARAGRAPH)


def test_large_input_20mb_file_is_refused_quickly_by_default(tmp_path):
    big = tmp_path / "big.txt"
    write_big(big, 20_000_000)
    t = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "actorgraph.cli", "ingest", str(big), "--db", str(tmp_path / "kb.db")],
                          capture_output=True, text=True, env={**os.environ, "ACTORGRAPH_MAX_DOCUMENT_BYTES": "10000000"})
    assert proc.returncode == 1
    assert "over the 10,000,000-byte limit" in proc.stderr and "big.txt" in proc.stderr
    assert time.perf_counter() - t < 60


@pytest.mark.slow
def test_large_input_long_document_is_processed_in_bounded_memory(tmp_path):
    size = 1_000_000 if os.environ.get("ACTORGRAPH_REDUCED") else 4_000_000
    big = tmp_path / "big.txt"
    write_big(big, size)
    code = (
        "import resource, sys, json\n"
        "from actorgraph.cli import main\n"
        "try:\n    main()\nexcept SystemExit as e:\n    code = e.code\n"
        "print(json.dumps({'rss_mb': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}), file=sys.stderr)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code, "ingest", str(big), "--db", str(tmp_path / "kb.db")],
                          capture_output=True, text=True)
    summary = json.loads(proc.stdout)
    assert summary["documents_new"] == 1 and summary["mentions"] > size / len(PARAGRAPH)
    rss = json.loads(proc.stderr.strip().splitlines()[-1])["rss_mb"]
    assert rss < 1500, f"peak RSS {rss:.0f} MB"
