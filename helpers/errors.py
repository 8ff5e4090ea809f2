"""The one kind of error an input mistake raises, shown to the user as its message, without a traceback.

An `InputError` is the user's to fix (a corpus, manifest, annotation sheet or parameter is wrong): its
message names the file, row and column and says what to do. IPython and Jupyter show it as that
message alone (through `_render_traceback_`), and the report runner prints it as one line. Any other
exception is a bug in the workbook and keeps its full traceback.
"""
from __future__ import annotations


class InputError(ValueError):
    """A mistake in the user's input; the message says where it is and what to do."""

    def _render_traceback_(self) -> list[str]:
        """Return the lines IPython shows instead of a traceback: the error's name and message."""
        return [f"{type(self).__name__}: {line}" if i == 0 else line for i, line in enumerate(str(self).splitlines())]


class MissingInputError(InputError, FileNotFoundError):
    """A file or folder named by a parameter or a manifest does not exist."""


class ReconcileError(AssertionError):
    """Counts that do not add up: rows were lost or invented between a stage's input and its outputs."""


def reconcile(unit: str, count_in: int, parts: dict[str, int]) -> str:
    """Return 'UNIT in = N = a + b ...', or raise ReconcileError when the parts do not add up to N."""
    line = f"{unit} in = {count_in} = " + " + ".join(f"{name} {count}" for name, count in parts.items())
    if count_in != sum(parts.values()):
        raise ReconcileError(f"{line} does not add up (parts sum to {sum(parts.values())}): rows were lost or duplicated")
    return line
