"""Writing a report folder: report.json and report.html."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from presseschau.analysis import Analysis
from presseschau.errors import InputError, PresseschauError
from presseschau.nlp.stages import Models
from presseschau.render.html import write_html
from presseschau.render.json import build_report, write_json


def write_report(
    out: Path,
    analysis: Analysis,
    failures: Iterable[InputError] = (),
    models: Models | None = None,
) -> None:
    """Write both files into `out` (created if needed); `models` are those the language stages
    ran with."""
    report = build_report(analysis, failures, models)
    try:
        out.mkdir(parents=True, exist_ok=True)
        write_json(report, out / "report.json")
        write_html(report, analysis, out / "report.html")
    except OSError as exc:
        raise PresseschauError(f"{out}: cannot write the report ({exc.strerror or exc})") from exc
