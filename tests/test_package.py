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
