"""Throughput: words/s of bare spaCy against actorgraph's extract (and extract + store) on FA-KES, same run.

usage: python benchmarks/throughput.py [--limit N] [--data ../shared/data/fakes/FA-KES-Dataset.csv]
Each variant runs in its own process so its peak memory (max RSS) is its own. Target: extract at least half of bare
spaCy's speed.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "fakes" / "FA-KES-Dataset.csv"


def settings():
    from actorgraph.settings import Settings

    return Settings.from_env(field_id="unit_id", field_title="article_title", field_text="article_content",
                             field_outlet="source", field_published="date", csv_encoding="latin-1")


def documents(path: str, limit: int):
    from actorgraph.ingest.sources import iter_documents
    from actorgraph.model import Document

    docs = [d for d in iter_documents([path], settings()) if isinstance(d, Document)]
    return docs[:limit]


def run_variant(variant: str, path: str, limit: int) -> dict:
    docs = documents(path, limit)
    words = sum(len(d.text.split()) for d in docs)
    t0 = time.perf_counter()
    if variant == "bare":
        import spacy

        nlp = spacy.load(settings().model)
        load = time.perf_counter() - t0
        t1 = time.perf_counter()
        for _ in nlp.pipe((d.text for d in docs), batch_size=settings().batch_size):
            pass
    else:
        from actorgraph.nlp.extract import Extractor

        extractor = Extractor(settings())
        load = time.perf_counter() - t0
        t1 = time.perf_counter()
        if variant == "extract":
            for extraction in extractor.extract_many(docs):
                json.dumps(extraction.to_dict())
        else:
            from actorgraph.kb import open_store

            with tempfile.TemporaryDirectory() as tmp, open_store(str(Path(tmp) / "kb.db")) as store:
                store.load_pack(extractor.pack, extractor.version)
                from actorgraph.errors import StoreError

                for extraction in extractor.extract_many(docs):
                    try:
                        store.add_extraction(extraction)
                    except StoreError:
                        pass  # FA-KES reuses a few ids for different articles; ingest reports these as failures
    seconds = time.perf_counter() - t1
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"variant": variant, "documents": len(docs), "words": words, "seconds": round(seconds, 2),
            "load_seconds": round(load, 2), "words_per_s": round(words / seconds), "docs_per_s": round(len(docs) / seconds, 1),
            "peak_rss_mb": round(peak_mb)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(DEFAULT_DATA))
    ap.add_argument("--limit", type=int, default=100_000)
    ap.add_argument("--variant", choices=["bare", "extract", "ingest"])
    args = ap.parse_args()
    if args.variant:
        print(json.dumps(run_variant(args.variant, args.data, args.limit)))
        return
    if not Path(args.data).exists():
        sys.exit(f"{args.data} not found: this benchmark needs ../shared/data/fakes")
    results = []
    for variant in ("bare", "extract", "ingest"):
        out = subprocess.run([sys.executable, __file__, "--variant", variant, "--data", args.data,
                              "--limit", str(args.limit)], capture_output=True, text=True, check=True)
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))
    base = results[0]["words_per_s"]
    print(f"{'variant':<10}{'docs':>6}{'words':>9}{'seconds':>9}{'words/s':>9}{'docs/s':>8}{'peak MB':>9}{'vs bare':>9}")
    for r in results:
        print(f"{r['variant']:<10}{r['documents']:>6}{r['words']:>9}{r['seconds']:>9}{r['words_per_s']:>9}"
              f"{r['docs_per_s']:>8}{r['peak_rss_mb']:>9}{r['words_per_s'] / base:>9.2f}")


if __name__ == "__main__":
    main()
