"""What an input states, read independently of the rule engine: its codes,
its text (folded), the sex and age it gives. The mutation corpus uses it to
decide what a violation is without asking the code it measures."""

from __future__ import annotations

import re
from typing import Any

from training.data.catalogue import fold, norm_cie10

_CODE_ANYWHERE = re.compile(r"(?<![\w.])[A-Z]\d\d[0-9A-Z.]*(?![\w])")
_ATC = re.compile(r"^[A-Z]\d\d[A-Z]{2}\d\d$")
_CIE10 = re.compile(r"^[A-Z]\d\d(?:\.?[0-9X])?$")
_SEX_KEYS = ("sexo", "sex", "genero", "gender")
_AGE_KEYS = ("edad", "age")


def code_family(code: str) -> str | None:
    return "atc" if _ATC.match(code) else "cie10" if _CIE10.match(code) else None


class InputFacts:
    """What the mutations need to know about an input: its codes, its text,
    the sex and age it states. Read here, independently of the rule engine."""

    def __init__(self, value: Any) -> None:
        self.cie10: set[str] = set()
        self.atc: set[str] = set()
        self.sex: str | None = None
        self.age: int | None = None
        pieces: list[str] = []
        self._walk(value, pieces)
        self.text = " " + " ".join(fold(p) for p in pieces) + " "
        for piece in pieces:
            for code in _CODE_ANYWHERE.findall(piece.upper()):
                family = code_family(code) or ("cie10" if re.match(r"^[A-Z]\d\dX$", code) else None)
                if family == "atc":
                    self.atc.add(code)
                elif family == "cie10":
                    self.cie10.add(norm_cie10(code))
        if self.sex is None:
            female = re.search(r"\b(femenin[oa]|mujer)\b", self.text)
            male = re.search(r"\b(masculin[oa]|hombre|varon)\b", self.text)
            self.sex = "F" if female and not male else "M" if male and not female else None
        if self.age is None:
            m = re.search(r"\b(\d{1,3}) anos\b", self.text)
            self.age = int(m.group(1)) if m else None

    def _walk(self, value: Any, pieces: list[str]) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                pieces.append(str(key))
                k = fold(str(key))
                if k in _SEX_KEYS and isinstance(item, str) and item.strip():
                    word = fold(item).strip()
                    female, male = word.startswith(("f", "mujer")), word.startswith(("m", "h", "v"))
                    self.sex = "F" if female else "M" if male else None
                if k in _AGE_KEYS and not isinstance(item, bool) and isinstance(item, (int, str)):
                    m = re.match(r"\s*(\d{1,3})", str(item))
                    self.age = int(m.group(1)) if m else None
                self._walk(item, pieces)
        elif isinstance(value, list):
            for item in value:
                self._walk(item, pieces)
        elif isinstance(value, (str, int, float)) and not isinstance(value, bool):
            pieces.append(str(value))

    def writes(self, names: tuple[str, ...]) -> bool:
        """Whether the input writes any of these names (accents and case aside)."""
        return any(re.search(rf"(?<!\w){re.escape(fold(n))}(?!\w)", self.text) for n in names)
