"""Case files: blocks headed by the ids a check must report (pycodestyle style).

    #: COD002
    #> {"diagnosticos": [{"codigo": "J18.9", "nombre": "Neumonía"}]}
    Ingresa por neumonía (J15.9) ...

``#: Okay`` means no finding; ``#: COD001 COD001`` means two findings. The
optional ``#>`` line is the record's input as JSON (default ``{}``). Every
other line up to the next header is the output.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from tests import TESTS

CASES = TESTS / "cases"


@dataclass(frozen=True)
class Case:
    check: str
    line: int
    expected: tuple[str, ...]
    input: object
    output: str

    @property
    def label(self) -> str:
        return f"{self.check}:{self.line}:{'+'.join(self.expected) or 'Okay'}"


def load_cases(path: Path) -> list[Case]:
    check = path.stem
    cases: list[Case] = []
    header: tuple[int, tuple[str, ...]] | None = None
    input_value: object = {}
    body: list[str] = []

    def close() -> None:
        if header is not None:
            text = "\n".join(body)
            cases.append(Case(check, header[0], header[1], input_value, text))

    for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1):
        if line.startswith("#: "):
            close()
            ids = tuple(sorted(i for i in line[3:].split() if i != "Okay"))
            header, input_value, body = (number, ids), {}, []
        elif line.startswith("#> ") and header is not None and not body:
            input_value = json.loads(line[3:])
        elif line.startswith("##"):
            continue  # a comment for the reader
        elif header is not None:
            body.append(line)
    close()
    # trailing blank lines separate blocks; they are not part of the output
    return [Case(c.check, c.line, c.expected, c.input, c.output.rstrip("\n")) for c in cases]
