"""A bounded load test of the web app on loopback: many concurrent clients for a while.

    python benchmarks/web_load.py [--clients 200] [--seconds 30]

Analyses the example corpus into a store, starts `presseschau serve` on a free port in its own
process, and lets --clients concurrent clients (asyncio, httpx) fetch the story list, the story
page, an article and a JSON twin in turn for --seconds. Prints requests, errors, requests/s and
the p50 and p99 latency.
"""

from __future__ import annotations

import argparse
import asyncio
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "putin-kim-2024"


async def client(base: str, paths: list[str], until: float, latencies: list, errors: list) -> None:
    async with httpx.AsyncClient(base_url=base, timeout=30) as http:
        turn = 0
        while time.perf_counter() < until:
            path = paths[turn % len(paths)]
            turn += 1
            start = time.perf_counter()
            try:
                response = await http.get(path)
                ok = response.status_code == 200
            except httpx.HTTPError as error:
                ok, response = False, error
            latencies.append(time.perf_counter() - start)
            if not ok:
                errors.append(f"{path}: {response}")


async def load(base: str, paths: list[str], clients: int, seconds: float) -> None:
    latencies: list[float] = []
    errors: list[str] = []
    until = time.perf_counter() + seconds
    await asyncio.gather(*(client(base, paths, until, latencies, errors) for _ in range(clients)))
    ordered = sorted(latencies)
    p99 = ordered[int(len(ordered) * 0.99) - 1]
    print(f"clients: {clients}  seconds: {seconds:.0f}  requests: {len(latencies)}", end="  ")
    print(f"errors: {len(errors)}")
    print(f"requests/s: {len(latencies) / seconds:,.0f}")
    print(f"latency: p50 {statistics.median(ordered) * 1000:.0f} ms  p99 {p99 * 1000:.0f} ms")
    for error in errors[:5]:
        print("  error:", error)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "news.db"
        run = [sys.executable, "-m", "presseschau"]
        subprocess.run(
            [*run, "analyze", str(CORPUS), "--db", str(db), "-q", "--offline"], check=True
        )
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        server = subprocess.Popen([*run, "serve", "--db", str(db), "--port", str(port), "-q"])
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(100):
                try:
                    story = httpx.get(f"{base}/stories.json").json()["stories"][0]["id"]
                    break
                except httpx.HTTPError:
                    time.sleep(0.1)
            article = httpx.get(f"{base}/stories/{story}.json").json()["articles"][0]["id"]
            paths = [
                "/stories",
                f"/stories/{story}",
                f"/articles/{article}",
                f"/stories/{story}.json",
            ]
            asyncio.run(load(base, paths, args.clients, args.seconds))
        finally:
            server.terminate()
            server.wait()


if __name__ == "__main__":
    main()
