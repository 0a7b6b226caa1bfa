"""The one exception tree of presseschau."""


class PresseschauError(Exception):
    """Base of every error presseschau raises on purpose."""


class InputError(PresseschauError):
    """An input could not be read; the message names the input and the problem."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


class StoreError(PresseschauError):
    """The store could not be opened or written."""
