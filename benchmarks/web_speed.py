"""Server time of the web app's pages for a story of about 50 articles.

    python benchmarks/web_speed.py [--copies 13] [--runs 20]

The five example articles, each copied --copies times with a sentence of its own and another
outlet name (the largest story then holds about 50 of them), are analysed into a store with
`analyze --db`; then each page is rendered in-process (no network) --runs times and the median
and the slowest server time are printed.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from fastapi.testclient import TestClient

from presseschau.cli import main as cli
from presseschau.web.app import create_app

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "putin-kim-2024"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=13)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for copy in range(args.copies):
            folder = Path(tmp) / "in" / f"Blatt {copy}"  # the folder names the outlet
            folder.mkdir(parents=True)
            for path in CORPUS.iterdir():
                # The sentence of its own goes inside the longest paragraph, where the
                # cleaner keeps it.
                lines = path.read_text(encoding="utf-8").split("\n")
                longest = max(range(len(lines)), key=lambda i: len(lines[i]))
                lines[longest] += f" Blatt {copy} berichtet seit {copy + 2} Jahren aus der Region."
                (folder / path.name).write_text("\n".join(lines), "utf-8")
        db = Path(tmp) / "news.db"
        assert cli(["analyze", str(Path(tmp) / "in"), "--db", str(db), "-q", "--offline"]) == 0
        client = TestClient(create_app(db))
        story = client.get("/stories.json?order=biggest").json()["stories"][0]
        detail = client.get(f"/stories/{story['id']}.json").json()
        first, second = (a["id"] for a in detail["articles"][:2])
        print(f"story: {story['size']} articles, {len(detail['claims'])} claims")
        pages = {
            "story page": f"/stories/{story['id']}",
            "story JSON": f"/stories/{story['id']}.json",
            "story list": "/stories",
            "article page": f"/articles/{first}",
            "compare page": f"/compare/{first}/{second}",
        }
        for label, path in pages.items():
            seconds = []
            for _ in range(args.runs):
                start = time.perf_counter()
                assert client.get(path).status_code == 200
                seconds.append(time.perf_counter() - start)
            print(
                f"{label}: median {statistics.median(seconds) * 1000:.0f} ms, "
                f"slowest {max(seconds) * 1000:.0f} ms"
            )


if __name__ == "__main__":
    main()
