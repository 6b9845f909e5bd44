"""Shared helpers for the blind17 corpus (standard library only).

A scenario is a dict built with S(); each variant is built with V() as a list
of textual replacements applied to the base output (and optionally to the
JSON text of the input).
"""
import json
import re

CHECK_IDS = [
    "FMT001", "FMT002", "FMT003", "COD001", "COD002", "COD003", "COD004",
    "COD005", "COD006", "COD007", "HAL001", "HAL002", "CLN001", "REP001",
    "DEM001", "HAL003", "HAL004",
]

# well-formed CIE-10 codes that do not exist in ICD-10 (used only in COD007 plants)
NONEXISTENT_CIE = {"J19.0", "I53.1", "E17.0", "G42.0", "N18.7", "J18.7", "K85.7", "L52.3", "R10.7"}

SCENARIOS = []


def S(sid, setting, style, schema, inp, base, variants, age_from_dates=None):
    sc = dict(sid=sid, setting=setting, style=style, schema=schema, input=inp,
              base=base, variants=variants, age_from_dates=age_from_dates)
    SCENARIOS.append(sc)
    return sc


def V(kind, expected, note, reps, input_reps=None, numok=False, variant=None):
    """kind: trap|plant. reps: list of (old, new); old '^' prepends, '$' appends."""
    return dict(kind=kind, expected=sorted(expected), note=note, reps=reps,
                input_reps=input_reps or [], numok=numok, variant=variant)


def T(note, reps, **kw):
    return V("trap", [], note, reps, **kw)


def P(expected, note, reps, **kw):
    return V("plant", expected, note, reps, **kw)


def apply_reps(text, reps, where):
    for old, new in reps:
        if old == "*":
            text = new
        elif old == "^":
            text = new + text
        elif old == "$":
            text = text + new
        else:
            n = text.count(old)
            if n != 1:
                raise ValueError("%s: replacement source %r occurs %d times" % (where, old, n))
            text = text.replace(old, new)
    return text


# ---------- lexical helpers used by build.py guards ----------
ATC_RE = re.compile(r"(?<![A-Za-z0-9])[A-Z]\d\d[A-Z]{2}\d\d(?![A-Za-z0-9])")
CIE_RE = re.compile(r"(?<![A-Za-z0-9])[A-TV-Z]\d\d(?:\.?[0-9X]{1,2})?(?![A-Za-z0-9])")
NUM_RE = re.compile(r"(?<![A-Za-z0-9.,])\d+(?:[.,]\d+)?")


def strings_of(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield str(k)
            yield from strings_of(v)
    elif isinstance(value, list):
        for v in value:
            yield from strings_of(v)
    elif value is None or isinstance(value, bool):
        return
    else:
        yield json.dumps(value)


def norm_cie(c):
    c = c.replace(".", "").upper()
    if c.endswith("X"):
        c = c[:-1]
    return c


def atc_codes(text):
    return ATC_RE.findall(text)


def cie_codes(text):
    t = ATC_RE.sub(" ", text)
    return CIE_RE.findall(t)


def strip_codes(text):
    return CIE_RE.sub(" ", ATC_RE.sub(" ", text))


def norm_num(s):
    s = s.replace(",", ".")
    if "." in s:
        a, b = s.split(".", 1)
        b = b.rstrip("0")
        a = str(int(a))
        return a if not b else a + "." + b
    return str(int(s))


def numbers(text):
    return {norm_num(m) for m in NUM_RE.findall(strip_codes(text))}


def input_text(inp):
    return "\n".join(strings_of(inp))


def words(text):
    return len(text.split())
