"""Thin command line over plain functions. Machine output (JSON, JSON Lines) on stdout; logs and progress on stderr.

Exit status: 0 success, 1 when some inputs failed (or nothing was found), 2 on a usage error.
"""

from __future__ import annotations

import itertools
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from . import __version__
from .errors import ActorGraphError, InputError, UsageError
from .settings import Settings, describe

EXAMPLES = Path(__file__).parent / "examples"


def _emit(obj: Any, indent: int | None = None) -> None:
    click.echo(json.dumps(obj, ensure_ascii=False, indent=indent))


def _log(message: str) -> None:
    click.echo(message, err=True)


def _settings(db: str | None = None, no_packs: bool = False, packs: tuple[str, ...] = (), model: str | None = None,
              **more: Any) -> Settings:
    base = Settings.from_env()
    extra = ",".join(p for p in (base.extra_packs, *packs) if p)
    return base.with_(db=db, model=model, packs=False if no_packs else None, extra_packs=extra or None, **more)


def db_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--db", "db", default=None, metavar="FILE",
                        help="Knowledge base file (default: $ACTORGRAPH_DB, else ./actorgraph.db).")(fn)


def pack_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    fn = click.option("--no-packs", is_flag=True, help="Do not use the bundled domain packs.")(fn)
    fn = click.option("--pack", "packs", multiple=True, metavar="FILE",
                      help="Add a pack file or folder of your own (repeatable).")(fn)
    fn = click.option("--model", default=None, help="Installed spaCy pipeline to use (default: $ACTORGRAPH_MODEL).")(fn)
    return fn


def _published(value: str | None) -> str | None:
    if value is None:
        return None
    from .ingest.document import normalise_date

    iso = normalise_date(value)
    if iso is None:
        raise UsageError(f"--published {value!r} is not a date; use YYYY-MM-DD.")
    return iso


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="actorgraph")
def cli() -> None:
    """actorgraph: turn reports about armed groups and political actors into a sourced, queryable graph."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@pack_options
@click.option("--published", default=None, metavar="YYYY-MM-DD", help="Publication date for every document read.")
def ingest(paths: tuple[str, ...], db: str | None, no_packs: bool, packs: tuple[str, ...], model: str | None,
           published: str | None) -> None:
    """Read files, folders, JSONL/CSV corpora or '-' (stdin) into the knowledge base; prints a JSON summary."""
    settings = _settings(db, no_packs, packs, model)
    report = _run_ingest(list(paths), settings, _published(published))
    sys.exit(1 if report.failed else 0)


def _run_ingest(paths: list[str], settings: Settings, published: str | None) -> Any:
    from tqdm import tqdm

    from .kb import open_store
    from .nlp.extract import Extractor
    from .run import ingest as run_ingest

    with open_store(settings.db) as store:
        with tqdm(desc="ingest", unit="doc", file=sys.stderr, disable=None, leave=False) as bar:
            def make_extractor() -> Extractor:
                extractor = Extractor(settings)
                store.load_pack(extractor.pack, extractor.version)
                return extractor

            report = run_ingest(paths, store, settings, make_extractor, published=published,
                                on_progress=lambda _s: bar.update(1))
    for source, reason in report.failed:
        _log(f"error: {source}: {reason}")
    for source, reason in report.skipped:
        _log(f"skipped: {source}: {reason}")
    summary = report.to_dict()
    _log(f"{summary['documents_new']} new, {summary['documents_present']} already present, "
         f"{summary['documents_skipped']} skipped, {summary['documents_failed']} failed; "
         f"{summary['entities']} entities, {summary['mentions']} mentions -> {settings.db}")
    _emit(summary)
    return report


@cli.command()
@click.argument("source")
@pack_options
@click.option("--published", default=None, metavar="YYYY-MM-DD", help="Publication date (overrides the text's).")
@click.option("--format", "fmt", type=click.Choice(["json", "text"]), default="json", show_default=True)
def extract(source: str, no_packs: bool, packs: tuple[str, ...], model: str | None, published: str | None,
            fmt: str) -> None:
    """Print the extraction of FILE (one JSON object), or of a folder, a JSONL/CSV corpus or '-' (JSON Lines)."""
    from .ingest.sources import iter_documents
    from .nlp.extract import Extractor

    settings = _settings(None, no_packs, packs, model)
    items = iter_documents([source], settings, published=_published(published))
    failed = 0
    extractor: Extractor | None = None
    # one article prints one readable object; a folder or a corpus prints one object per line (JSON Lines)
    single = source != "-" and Path(source).is_file() and \
        Path(source).suffix.lower() not in {".jsonl", ".ndjson", ".csv", ".json"}

    def good() -> Any:
        nonlocal failed
        for item in items:
            if isinstance(item, InputError):
                failed += 1
                _log(f"error: {item}")
            else:
                yield item

    docs = good()
    first = next(docs, None)
    if first is not None:
        extractor = Extractor(settings)
        for extraction in extractor.extract_many(itertools.chain([first], docs)):
            if fmt == "text":
                click.echo(_text_summary(extraction))
            else:
                _emit(extraction.to_dict(), indent=2 if single else None)
    sys.exit(1 if failed or first is None else 0)


def _text_summary(extraction: Any) -> str:
    d = extraction.document
    lines = [f"# {d.title or d.id}", f"id: {d.id}", f"outlet: {d.outlet}  author: {d.author}  published: "
             f"{d.published}  language: {d.language}  status: {d.status}"]
    for e in extraction.entities:
        aka = f" (also: {', '.join(e.aliases)})" if e.aliases else ""
        lines.append(f"  {e.type:<7} {e.name}{aka}  x{len(e.mentions)}")
    if extraction.quotes:
        lines.append("quotes:")
    for q in extraction.quotes:
        via = f" via {q.via}" if q.via else ""
        relay = f" (relayed by {', '.join(q.relayed_by)})" if q.relayed_by else ""
        who = q.speaker if q.speaker_resolved else f"[{q.speaker}]"
        lines.append(f"  {q.date or '-':<10} {who} {q.cue or ''}{via}{relay}: {q.text[:100]!r}")
    if extraction.relations:
        lines.append("relations:")
    for r in extraction.relations:
        span = f" [{r.since or ''}..{r.until or ''}]" if r.since or r.until else ""
        lines.append(f"  {r.subject} {r.predicate} {r.object}{span}")
    if extraction.events:
        lines.append("events:")
    for e in extraction.events:
        toll = f" killed {e.killed_qualifier + ' ' if e.killed_qualifier else ''}{e.killed}" if e.killed else ""
        toll += f" wounded {e.wounded_qualifier + ' ' if e.wounded_qualifier else ''}{e.wounded}" if e.wounded else ""
        actor = e.actor or (f"[{e.actor_description}]" if e.actor_description else "-")
        target = e.target or (f"[{e.target_description}]" if e.target_description else "-")
        flags = " (alleged)" if e.alleged else ""
        lines.append(f"  {e.date or '-':<10} {e.type:<9} {actor} -> {target}{toll}{flags}")
    if extraction.claims:
        lines.append("claims:")
    for c in extraction.claims:
        who = c.claimant or f"[{c.claimant_description}]"
        by = f" by {c.assessed_by or c.assessed_by_description}" if c.assessed_by or c.assessed_by_description else ""
        lines.append(f"  {c.status}{by}: {who}: {c.text[:90]!r}")
    return "\n".join(lines) + "\n"


def _matches_or_exit(store: Any, name: str, db: str) -> list[dict[str, Any]]:
    """Entities answering to a name or alias, best first; a name nobody has ends the command with status 1."""
    matches: list[dict[str, Any]] = store.find_entities(name)
    if not matches:
        _log(f"no entity named {name!r} in {db}; try `actorgraph entities` to list them.")
        sys.exit(1)
    return matches


@cli.command()
@click.argument("name")
@db_option
def show(name: str, db: str | None) -> None:
    """Print an actor's profile as JSON: type, aliases, documents, affiliations with their time spans, events it
    did and suffered, and the claims it made with their status."""
    from .kb import open_store

    settings = _settings(db)
    with open_store(settings.db) as store:
        matches = _matches_or_exit(store, name, settings.db)
        profile = store.profile(matches[0]["id"]) or {}
        if len(matches) > 1:
            profile["other_matches"] = matches[1:]
    _emit(profile, indent=2)


@cli.command()
@click.argument("name")
@db_option
@click.option("--limit", default=100, show_default=True)
@click.option("--offset", default=0, show_default=True)
def quotes(name: str, db: str | None, limit: int, offset: int) -> None:
    """List an actor's statements, newest first, with date, outlet and source document (JSON Lines)."""
    from .kb import open_store

    settings = _settings(db)
    with open_store(settings.db) as store:
        matches = _matches_or_exit(store, name, settings.db)
        for row in store.quotes_by(matches[0]["id"], limit, offset):
            _emit(row)


@cli.command()
@db_option
@click.option("--type", "etype", default=None, type=click.Choice(["PERSON", "ORG", "GPE", "LOC", "MEDIA", "EVENT"]))
@click.option("--limit", default=100, show_default=True)
@click.option("--offset", default=0, show_default=True)
def entities(db: str | None, etype: str | None, limit: int, offset: int) -> None:
    """List entities seen in documents, most mentioned first (JSON Lines)."""
    from .kb import open_store

    with open_store(_settings(db).db) as store:
        for row in store.list_entities(etype, limit, offset):
            _emit(row)


@cli.command()
@db_option
@click.option("--limit", default=100, show_default=True)
@click.option("--offset", default=0, show_default=True)
def documents(db: str | None, limit: int, offset: int) -> None:
    """List stored documents, newest first (JSON Lines)."""
    from .kb import open_store

    with open_store(_settings(db).db) as store:
        for row in store.list_documents(limit, offset):
            _emit(row)


@cli.command()
@db_option
def stats(db: str | None) -> None:
    """Counts of documents, entities, mentions and facts in the knowledge base (JSON)."""
    from .kb import open_store

    with open_store(_settings(db).db) as store:
        _emit(store.stats())


@cli.command()
@db_option
@click.option("--top", default=15, show_default=True, help="How many actors to list in the result.")
def demo(db: str | None, top: int) -> None:
    """Build a knowledge base from the bundled example articles, print a summary and the most-mentioned actors."""
    from .kb import open_store

    settings = _settings(db or "actorgraph-demo.db")
    report = _run_ingest([str(EXAMPLES)], settings, None)
    with open_store(settings.db) as store:
        _log("")
        _log(f"Most mentioned actors in {settings.db}:")
        for row in store.list_entities(None, top, 0):
            _log(f"  {row['type']:<7} {row['name']:<45} {row['mentions']:>4} mentions in {row['documents']} documents")
    _log("")
    _log(f"Try: actorgraph show 'Kataib Hezbollah' --db {settings.db}")
    sys.exit(1 if report.failed else 0)


@cli.command("settings")
def settings_cmd() -> None:
    """List every setting with its environment variable, default and current value (JSON Lines)."""
    current = Settings.from_env()
    for name, env, default, help_text in describe():
        _emit({"setting": name, "env": env, "default": default, "value": getattr(current, name), "help": help_text})


def main() -> None:
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        _log("aborted")
        sys.exit(1)
    except click.ClickException as exc:
        exc.show()
        sys.exit(2)
    except UsageError as exc:
        _log(f"error: {exc}")
        sys.exit(2)
    except ActorGraphError as exc:
        _log(f"error: {exc}")
        sys.exit(1)
    except BrokenPipeError:
        sys.exit(0)


if __name__ == "__main__":
    main()
