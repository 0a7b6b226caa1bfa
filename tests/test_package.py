from __future__ import annotations

import json
import subprocess
import sys

import presseschau


def test_all_lists_the_public_names() -> None:
    code = (
        "import json, types, presseschau as p; print(json.dumps(sorted(n for n, v in "
        "vars(p).items() if not n.startswith('_') and not isinstance(v, types.ModuleType))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert sorted(set(presseschau.__all__) - {"__version__"}) == json.loads(out.stdout)


def test_import_stays_light() -> None:
    code = (
        "import sys, presseschau, presseschau.cli; "
        "heavy = {'trafilatura', 'lxml', 'datasketch', 'py3langid', 'httpx', 'jinja2', "
        "'feedparser'}; "
        "print(sorted(heavy & set(sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_every_data_file_of_the_package_is_installed() -> None:
    """A plain `pip install .` takes only the files pyproject's package-data names: every
    template, schema, model and data file must match one of its patterns."""
    import fnmatch
    import tomllib
    from pathlib import Path

    root = Path(presseschau.__file__).parent
    project = Path(__file__).resolve().parents[1] / "pyproject.toml"
    patterns = tomllib.loads(project.read_text())["tool"]["setuptools"]["package-data"][
        "presseschau"
    ]
    data = [
        p.relative_to(root).as_posix()
        for p in root.rglob("*")
        if p.is_file() and p.suffix not in (".py", ".pyc")
    ]
    assert data
    missing = [
        f
        for f in data
        if not any(fnmatch.fnmatch(f, pat) and f.count("/") == pat.count("/") for pat in patterns)
    ]
    assert missing == []
