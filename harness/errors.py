"""Typed errors that the CLI turns into exit status 2 with a located message."""

from __future__ import annotations


class UsageError(Exception):
    """Bad input or configuration. ``str()`` is what the user reads."""


class InputError(UsageError):
    """A problem at a place in a file: reported as ``FILE:LINE: reason``."""

    def __init__(self, path: str, line: int | None, reason: str) -> None:
        self.path, self.line, self.reason = path, line, reason
        where = f"{path}:{line}" if line is not None else str(path)
        super().__init__(f"{where}: {reason}")


class InputErrors(UsageError):
    """Every problem found in a file, collected before raising."""

    def __init__(self, errors: list[InputError]) -> None:
        self.errors = errors
        super().__init__("\n".join(str(e) for e in errors))


class ConfigError(UsageError):
    pass


class OutputError(UsageError, OSError):
    """A file that cannot be written (a folder in the way, a read-only
    place, a full disk): ``FILE: cannot write: reason``, exit status 2.

    Also an OSError, so code that already handles OSError keeps doing so."""

    def __init__(self, path: str, exc: OSError) -> None:
        OSError.__init__(self, exc.errno, exc.strerror or str(exc), str(path))
        self.path = str(path)

    def __str__(self) -> str:
        return f"{self.path}: cannot write: {self.strerror}"
