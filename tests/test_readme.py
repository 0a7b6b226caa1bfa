"""The README is a contract: its two set-up commands and every command of the CLI."""

from __future__ import annotations

import re
from pathlib import Path

from presseschau.cli import _parser

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def setup_commands() -> list[str]:
    first_screen = README.split("\n## ")[0]
    return re.findall(r"```sh\n(.+)\n```", first_screen)


def test_first_screen_has_exactly_two_set_up_commands() -> None:
    install_and_run, install_and_test = setup_commands()
    assert "presseschau analyze ../shared/corpus/putin-kim-2024 --out report/" in install_and_run
    assert install_and_test.endswith("python -m pytest")


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert setup_commands()[1] in ci.splitlines()


def test_every_cli_command_is_in_the_readme() -> None:
    commands = _parser()._subparsers._group_actions[0].choices
    assert commands
    for name in commands:
        assert f"`presseschau {name} " in README
