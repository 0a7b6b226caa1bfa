"""The `presseschau` command: thin commands over the library.

Exit codes: 0 all good, 1 some inputs failed (the rest were processed), 2 usage error,
130 interrupted (what was stored stays; run the command again to complete it).
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import tempfile
from pathlib import Path

from presseschau import __version__
from presseschau.errors import InputError, PresseschauError
from presseschau.settings import DEFAULT_DB, DEFAULT_MAX_MB, Settings

log = logging.getLogger("presseschau")

EXAMPLES = {
    "ingest": "example:\n  presseschau ingest articles/ feed.xml https://example.org/a --db x.db",
    "analyze": "examples:\n  presseschau analyze ../shared/corpus/putin-kim-2024 --out report/\n"
    "  presseschau analyze --engine dask --scheduler tcp://10.0.0.5:8786 crawl/*.warc.gz "
    "--out run/",
    "search": 'example:\n  presseschau search "Putin Pjöngjang" --db news.db',
    "load": "example:\n  presseschau load run/articles --db news.db",
    "watch": "example:\n  presseschau watch news/ https://example.org/feed.xml --db news.db "
    "--out report/ --interval 600",
    "export": "example:\n  presseschau export --format parquet --out tables/ --db news.db",
    "serve": "example:\n  presseschau analyze news/ --db news.db\n"
    "  presseschau serve --db news.db    # then open http://127.0.0.1:8000/stories",
    "eval": "examples:\n  presseschau eval extract ../shared/data/html-news-de --json\n"
    "  presseschau eval ner ../shared/data/germeval2014/NER-de-dev.tsv\n"
    "  presseschau eval quotes ../shared/data/quotes-wikinews/dev.jsonl.gz\n"
    "  presseschau eval time ../shared/data/wikiwars-de",
}


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    _configure_logging(args.verbose, args.quiet)
    try:
        return args.run(args)
    except KeyboardInterrupt:
        log.error("interrupted; what was stored stays, run the command again to complete it")
        return 130
    except PresseschauError as error:
        log.error("%s", error)
        return 1


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="presseschau",
        description="Compare how news outlets cover the same events, with evidence.",
        epilog=EXAMPLES["analyze"],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"presseschau {__version__}")
    _add_verbosity(parser, argparse.SUPPRESS)
    parser.set_defaults(verbose=False, quiet=False)
    commands = parser.add_subparsers(title="commands", required=True, metavar="COMMAND")

    ingest = _command(commands, "ingest", "add articles to the store", _ingest)
    ingest.add_argument(
        "paths", nargs="+", metavar="PATH", help="file, folder, URL, or - for stdin"
    )
    _add_db(ingest, DEFAULT_DB)
    _add_input_options(ingest)

    analyze = _command(commands, "analyze", "analyse stored articles and write a report", _analyze)
    analyze.add_argument("paths", nargs="*", metavar="PATH", help="inputs to ingest first")
    _add_db(analyze, None, "store (default: a temporary one holding just the PATHs)")
    _add_analysis_options(analyze)
    analyze.add_argument(
        "--engine",
        choices=["local", "dask"],
        default="local",
        help="local (this machine, default) or dask: PATHs to Parquet files in --out DIR",
    )
    analyze.add_argument(
        "--scheduler", metavar="ADDRESS", help="a Dask scheduler (default: a local cluster)"
    )
    _add_input_options(analyze)

    load = _command(commands, "load", "put the articles of a Dask run into a store", _load)
    load.add_argument("folder", type=Path, metavar="DIR", help="the articles/ folder of the run")
    _add_db(load, DEFAULT_DB)

    watch = _command(commands, "watch", "keep reading inputs and update the stories", _watch)
    watch.add_argument("paths", nargs="+", metavar="PATH", help="folder, file or feed URL")
    _add_db(watch, DEFAULT_DB)
    _add_analysis_options(watch)
    watch.add_argument(
        "--interval", type=_positive, default=300, metavar="S", help="seconds between rounds"
    )
    watch.add_argument(
        "--rounds", type=_positive, metavar="N", help="stop after N rounds (default: never)"
    )
    _add_input_options(watch)

    search = _command(commands, "search", "full-text search over stored articles", _search)
    search.add_argument("query", metavar="QUERY", help="words, or an SQLite FTS5 query")
    _add_db(search, DEFAULT_DB)
    search.add_argument("--limit", type=int, default=20, help="most hits to show (default 20)")
    search.add_argument("--json", action="store_true", help="print the hits as JSON")

    export = _command(commands, "export", "write the kept analysis as tables", _export)
    export.add_argument("--format", choices=["json", "csv", "parquet"], default="csv")
    export.add_argument("--out", type=Path, required=True, metavar="DIR", help="folder to write")
    _add_db(export, DEFAULT_DB)

    serve = _command(commands, "serve", "browse the analysis kept in a store", _serve)
    _add_db(serve, DEFAULT_DB)
    serve.add_argument("--host", default="127.0.0.1", help="address (default: this machine only)")
    serve.add_argument("--port", type=_positive, default=8000, help="port (default 8000)")
    serve.add_argument(
        "--token-file",
        type=Path,
        metavar="FILE",
        help="a file holding a secret; POST /articles then adds articles for those who send it",
    )

    evaluate = _command(commands, "eval", "measure quality on annotated data", _eval)
    evaluate.add_argument(
        "kind",
        choices=["extract", "ner", "quotes", "time"],
        help="extract: HTML text and cleaning (a folder); ner: named entities (a GermEval "
        "file); quotes: quotes and speakers (a JSONL file, gzip or not); time: temporal "
        "expressions (a folder laid out like WikiWarsDE)",
    )
    evaluate.add_argument("path", type=Path, metavar="PATH", help="the evaluation data")
    evaluate.add_argument("--json", action="store_true", help="print the scores as JSON")
    return parser


def _command(commands, name: str, help_text: str, run) -> argparse.ArgumentParser:
    sub = commands.add_parser(
        name,
        help=help_text,
        description=help_text[0].upper() + help_text[1:] + ".",
        epilog=EXAMPLES[name],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _add_verbosity(sub, argparse.SUPPRESS)
    sub.set_defaults(run=run)
    return sub


def _add_verbosity(parser: argparse.ArgumentParser, default) -> None:
    parser.add_argument("-q", "--quiet", action="store_true", default=default, help="errors only")
    parser.add_argument(
        "-v", "--verbose", action="store_true", default=default, help="log progress"
    )


def _add_db(
    parser: argparse.ArgumentParser, default: Path | None, help_text: str | None = None
) -> None:
    parser.add_argument(
        "--db",
        type=Path,
        default=default,
        metavar="FILE",
        help=help_text or f"store (default {default})",
    )


def _add_input_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--max-size", type=float, default=DEFAULT_MAX_MB, metavar="MB",
        help=f"refuse inputs larger than this (default {DEFAULT_MAX_MB} MB)",
    )  # fmt: skip
    parser.add_argument("--outlets", type=Path, metavar="FILE", help="TOML mapping of outlet names")
    parser.add_argument("--offline", action="store_true", help="never fetch URLs")


def _configure_logging(verbose: bool, quiet: bool) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_OneLine())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.ERROR if quiet else logging.INFO if verbose else logging.WARNING)
    # Libraries below us log their own parsing noise; our messages say what matters.
    for noisy in ("trafilatura", "htmldate", "courlan", "charset_normalizer", "httpx", "warcio"):
        logging.getLogger(noisy).setLevel(logging.CRITICAL)
    logging.captureWarnings(True)


class _OneLine(logging.Formatter):
    """`presseschau: error: SOURCE: problem`, one line, never a traceback."""

    def format(self, record: logging.LogRecord) -> str:
        return f"presseschau: {record.levelname.lower()}: {record.getMessage()}"


def _settings(args: argparse.Namespace) -> Settings:
    from presseschau.ingest.context import BYTES_PER_MB
    from presseschau.ingest.outlet import OutletMap

    outlets = OutletMap.load(args.outlets) if args.outlets else OutletMap()
    return Settings(
        max_bytes=int(args.max_size * BYTES_PER_MB),
        outlets=outlets,
        offline=args.offline,
        progress=not args.quiet,
    )


def _say(args: argparse.Namespace, message: str) -> None:
    if not args.quiet:
        print(message)


def _run_ingest(args: argparse.Namespace, store, where: str) -> list[InputError]:
    from presseschau.ingest.ingestor import Ingestor

    ingestor = Ingestor(store, _settings(args), on_failure=lambda e: log.error("%s", e))
    result = ingestor.ingest(args.paths)
    _say(
        args,
        f"{result.added} articles added, {result.unchanged} inputs unchanged, "
        f"{result.exact_duplicates} exact and {result.near_duplicates} near duplicates, "
        f"{len(result.failures)} failed; {store.count()} articles in {where}",
    )
    return result.failures


def _ingest(args: argparse.Namespace) -> int:
    from presseschau.store import Store

    with Store(args.db) as store:
        return 1 if _run_ingest(args, store, str(args.db)) else 0


def _add_analysis_options(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--out", type=Path, metavar="DIR", help="write report.json and report.html here"
    )
    command.add_argument(
        "--ner",
        default="crf",
        metavar="BACKEND",
        help="named entities: crf (the shipped model, default) or spacy:NAME (an installed one)",
    )
    command.add_argument(
        "--genre-model",
        metavar="FILE",
        help="a genre model that scripts/train_genre.py --out FILE trained (default: the shipped)",
    )
    command.add_argument(
        "--jobs",
        type=_positive,
        metavar="N",
        help="worker processes for the language stages (default: one per core)",
    )


def _models(args: argparse.Namespace):
    from presseschau.nlp.stages import Models

    return Models(args.ner, args.genre_model)


def _positive(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number of 1 or more")
    return int(value)


def _analyze(args: argparse.Namespace) -> int:
    from presseschau.store import Store

    if args.engine == "dask":
        return _analyze_on_dask(args)
    if args.db is None and not args.paths:
        return _usage_error("analyze", "give PATHs to analyse, or --db FILE")
    with tempfile.TemporaryDirectory(prefix="presseschau-") as scratch:
        db = args.db or Path(scratch) / "presseschau.db"
        with Store(db) if args.paths else _open_existing(db) as store:
            where = str(args.db) if args.db else "a temporary store"
            failures = _run_ingest(args, store, where) if args.paths else []
            if args.out or args.db:
                _analyze_store(args, store, failures)
    return 1 if failures else 0


def _analyze_store(args: argparse.Namespace, store, failures: list[InputError]) -> None:
    """Analyse the stored articles; keep the analysis in the store named by --db (for `serve`
    and `export`) and write the report into --out, where given."""
    from presseschau.analysis import analyze, digest
    from presseschau.annotate import annotate, default_jobs
    from presseschau.report import write_report
    from presseschau.saved import save

    jobs = args.jobs or default_jobs()
    stream = store.articles()
    digests = annotate(
        stream, _models(args), jobs, not args.quiet, then=digest, total=store.count()
    )
    with analyze(digests) as analysis:
        if args.db:
            save(store, analysis)
            _say(args, f"analysis of {len(analysis.articles)} articles kept in {args.db}")
        if args.out:
            write_report(args.out, analysis, failures, _models(args))
            _say(args, f"report: {args.out / 'report.html'} and {args.out / 'report.json'}")


def _analyze_on_dask(args: argparse.Namespace) -> int:
    from presseschau.annotate import default_jobs
    from presseschau.on_dask import run

    if not args.paths or not args.out:
        return _usage_error("analyze", "--engine dask needs PATHs and --out DIR")
    found = run(
        args.paths,
        args.out,
        _settings(args),
        _models(args),
        args.jobs or default_jobs(),
        args.scheduler,
    )
    for failure in found.failures:
        log.error("%s", failure)
    _say(
        args,
        f"{found.articles} articles, {found.stories} stories, {len(found.failures)} failed; "
        f"Parquet in {args.out} (presseschau load {args.out / 'articles'} puts them in a store)",
    )
    return 1 if found.failures else 0


def _load(args: argparse.Namespace) -> int:
    from presseschau.ingest.ingestor import Ingestor
    from presseschau.render.parquet import read_articles
    from presseschau.store import Store

    if not args.folder.is_dir():
        return _usage_error("load", f"{args.folder}: no such folder")
    with Store(args.db) as store:
        result = Ingestor(store, Settings(offline=True, progress=False)).load(
            read_articles(args.folder)
        )
        _say(
            args,
            f"{result.added} articles added, {result.exact_duplicates} exact and "
            f"{result.near_duplicates} near duplicates; {store.count()} articles in {args.db}",
        )
    return 0


def _watch(args: argparse.Namespace) -> int:
    from presseschau.annotate import default_jobs
    from presseschau.ingest.ingestor import Ingestor
    from presseschau.store import Store
    from presseschau.watch import Watcher

    with Store(args.db) as store:
        ingestor = Ingestor(store, _settings(args), on_failure=lambda e: log.error("%s", e))
        watcher = Watcher(store, ingestor, _models(args), args.jobs or default_jobs())
        return _rounds(args, store, watcher)


def _rounds(args: argparse.Namespace, store, watcher) -> int:
    import time

    from presseschau.report import write_report
    from presseschau.saved import save

    with watcher:
        number = 0
        while True:
            number += 1
            found = watcher.round(args.paths, progress=not args.quiet)
            save(store, found.analysis)
            if args.out:
                write_report(args.out, found.analysis, found.ingested.failures, watcher.models)
            stories = sum(len(s.articles) > 1 for s in found.analysis.stories)
            _say(
                args,
                f"round {number}: {found.ingested.added} articles added, "
                f"{found.analysed} analysed, {found.compared} stories compared; "
                f"{store.count()} articles, {stories} stories of two or more",
            )
            if args.rounds and number >= args.rounds:
                return 1 if found.ingested.failures else 0
            time.sleep(args.interval)


def _export(args: argparse.Namespace) -> int:
    from presseschau.export import export
    from presseschau.saved import Saved

    with _open_existing(args.db) as store:
        saved = Saved(store)
        if not saved.article_count():
            raise PresseschauError(f"{args.db}: no analysis kept; run `presseschau analyze --db`")
        try:
            written = export(saved, args.format, args.out)
        except OSError as exc:
            raise PresseschauError(f"{args.out}: cannot write ({exc.strerror or exc})") from exc
    _say(
        args,
        f"{len(written)} tables written into {args.out}: " + ", ".join(p.name for p in written),
    )
    return 0


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from presseschau.web.app import create_app

    with _open_existing(args.db):
        pass  # a missing or broken store is one line of error, before the server starts
    token = _token(args.token_file) if args.token_file else None
    _say(args, f"serving {args.db} on http://{args.host}:{args.port}/stories (Ctrl-C stops)")
    app = create_app(args.db, token)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning", access_log=False)
    return 0


def _token(path: Path) -> str:
    try:
        token = path.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError) as exc:
        raise PresseschauError(f"{path}: cannot read the token ({exc})") from exc
    if len(token) < 16:
        raise PresseschauError(f"{path}: a token needs at least 16 characters")
    return token


def _search(args: argparse.Namespace) -> int:
    with _open_existing(args.db) as store:
        hits = store.search(args.query, limit=args.limit)
    if args.json:
        print(json.dumps([hit.__dict__ for hit in hits], ensure_ascii=False, indent=1))
        return 0
    for hit in hits:
        snippet = " ".join(hit.snippet.split())
        print(f"{hit.id}\t{hit.outlet or '-'}\t{hit.title or '-'}\n    {snippet}")
    _say(args, f"{len(hits)} hits")
    return 0


def _eval(args: argparse.Namespace) -> int:
    evaluations = {
        "extract": _eval_extract,
        "ner": _eval_ner,
        "quotes": _eval_quotes,
        "time": _eval_time,
    }
    return evaluations[args.kind](args)


def _eval_time(args: argparse.Namespace) -> int:
    from presseschau.evaluate.time import evaluate_time

    score = evaluate_time(args.path).as_dict()
    if args.json:
        print(json.dumps(score, indent=1))
        return 0
    span, value = score["span"], score["value"]
    print(f"documents: {score['documents']}  words: {score['words']}")
    print(
        f"spans: precision {span['precision']:.3f}  recall {span['recall']:.3f}  "
        f"f1 {span['f1']:.3f}  ({span['predicted']} found, {span['gold']} gold)"
    )
    print(f"values: accuracy {value['accuracy']:.3f} of {value['matched']} matched")
    return 0


def _eval_quotes(args: argparse.Namespace) -> int:
    from presseschau.evaluate.quotes import evaluate_quotes
    from presseschau.nlp.stages import language_pipeline

    score = evaluate_quotes(args.path, language_pipeline()).as_dict()
    if args.json:
        print(json.dumps(score, indent=1))
        return 0
    print(f"documents: {score['documents']}  words: {score['words']}")
    print(f"{'quotes':8} {'precision':>9} {'recall':>7} {'f1':>6} {'gold':>6}")
    for name in ("direct", "indirect", "all"):
        figures = score[name]
        print(
            f"{name:8} {figures['precision']:9.3f} {figures['recall']:7.3f} "
            f"{figures['f1']:6.3f} {figures['gold']:6d}"
        )
    speaker = score["speaker"]
    print(f"speaker accuracy: {speaker['accuracy']:.3f} of {speaker['found']} found quotes")
    return 0


def _eval_ner(args: argparse.Namespace) -> int:
    from presseschau.evaluate.ner import evaluate_ner

    score = evaluate_ner(args.path).as_dict()
    if args.json:
        print(json.dumps(score, indent=1))
        return 0
    print(f"sentences: {score['sentences']}")
    print(f"{'type':6} {'precision':>9} {'recall':>7} {'f1':>6} {'support':>8}")
    print(f"{'all':6} {score['precision']:9.3f} {score['recall']:7.3f} {score['f1']:6.3f}")
    for name, figures in score["types"].items():
        print(
            f"{name:6} {figures['precision']:9.3f} {figures['recall']:7.3f} {figures['f1']:6.3f} "
            f"{figures['support']:8d}"
        )
    return 0


def _eval_extract(args: argparse.Namespace) -> int:
    from presseschau.evaluate.extract import evaluate_extraction

    score = evaluate_extraction(args.path)
    if args.json:
        print(json.dumps(score.as_dict(), ensure_ascii=False, indent=1))
        return 0
    for miss in score.misses:
        log.info("%s: %s %r", miss["file"], miss["kind"], miss["snippet"])
    print(f"pages: {score.pages}")
    print(
        f"with snippets found:     {score.with_found}/{score.with_total} = {score.with_share:.3f}"
    )
    print(
        f"without snippets absent: {score.without_absent}/{score.without_total} "
        f"= {score.without_share:.3f}"
    )
    for name, counts in score.as_dict()["metadata"].items():
        print(f"{name + ':':8} {counts['right']}/{counts['known']} exactly as expected")
    return 0


def _open_existing(db: Path):
    from presseschau.store import Store

    if not db.is_file():
        raise PresseschauError(f"{db}: no store here; add articles with `presseschau ingest`")
    return Store(db)


def _usage_error(command: str, message: str) -> int:
    print(
        f"usage: presseschau {command} ...\npresseschau {command}: error: {message}",
        file=sys.stderr,
    )
    return 2
