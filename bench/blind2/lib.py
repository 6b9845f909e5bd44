"""Registry and consistency guards for the blind2 corpus.

These guards are the writer's own bookkeeping (they are NOT the project's
checker): they catch slips such as a planted record that accidentally also
drops a code, adds a stray number or breaks the word count.
"""
import copy
import json
import re

CHECK_IDS = {"FMT001", "FMT002", "FMT003", "COD001", "COD002", "COD003", "COD004",
             "COD005", "COD006", "COD007", "HAL001", "HAL002", "HAL003", "HAL004",
             "CLN001", "REP001", "DEM001"}

# Well-formed CIE-10 codes that exist neither in WHO ICD-10 nor in ICD-10-CM.
NONEXISTENT = {"N39.5", "M32.7", "N20.4", "A08.6", "H05.6", "J45.6", "J18.5", "L03.5", "D50.5"}

RECORDS = []
BASES = []  # BASES[n - 1] is case n of the case modules

ATC_RE = re.compile(r"\b[A-Z]\d\d[A-Z]{2}\d\d\b")
CIE_RE = re.compile(r"\b[A-Z]\d\d(?:\.\d{1,2}|\d{1,2}|X)?\b")
# "vitamina B12" is a vitamin, not a CIE-10 code.
NOT_CODES = re.compile(r"vitamina B12")
MIXED_TOKEN = re.compile(r"\b[A-Za-z]+\d+[A-Za-z0-9]*\b")
NUM_RE = re.compile(r"\d+(?:[.,]\d+)*")
MD_RE = re.compile(r"\*|__|(^|\n)\s*#|(^|\n)\s*[-+•]\s|(^|\n)\s*\d+[.)]\s|\[|\]|`|<[a-zA-Z/]|\|")


def norm_code(c):
    c = c.replace(".", "")
    return c[:-1] if len(c) == 4 and c.endswith("X") else c


def codes(text):
    text = NOT_CODES.sub("", text)
    atc = ATC_RE.findall(text)
    rest = ATC_RE.sub(" ", text)
    return atc, CIE_RE.findall(rest)


def numbers(text):
    text = NOT_CODES.sub("", text)
    text = ATC_RE.sub(" ", text)
    text = CIE_RE.sub(" ", text)
    text = MIXED_TOKEN.sub(" ", text)
    return set(NUM_RE.findall(text))


def add(inp, out, expected, note, allow=()):
    if isinstance(expected, str):
        expected = [expected] if expected else []
    RECORDS.append(dict(input=inp, output=out, expected=sorted(expected), note=note,
                        allow=set(allow)))


class Base:
    """A case whose clean output is registered, and from which variants derive."""

    def __init__(self, inp, out, note, allow=(), emit=True):
        self.inp, self.out, self.allow = inp, out, tuple(allow)
        BASES.append(self)
        if emit:
            add(inp, out, [], note, allow)

    def var(self, subs, expected, note, inp_edit=None, out=None, allow=(), inp_fn=None):
        o = self.out if out is None else out
        for old, new in subs:
            n = o.count(old)
            assert n == 1, f"substring {old!r} occurs {n} times in {o[:60]!r}"
            o = o.replace(old, new)
        i = copy.deepcopy(self.inp)
        if inp_edit is not None:
            inp_edit(i)  # edits mutate in place; the return value is ignored
        if inp_fn is not None:
            i = inp_fn(i)  # reshapes the whole input (list or free text)
        add(i, o, expected, note, tuple(self.allow) + tuple(allow))

    def clean(self, subs, note, inp_edit=None, out=None, allow=(), inp_fn=None):
        self.var(subs, [], note, inp_edit, out, allow, inp_fn)


def guard(rec):
    """Return a list of problems with a record's label, per the writer's rules."""
    exp, out = set(rec["expected"]), rec["output"]
    inp_text = json.dumps(rec["input"], ensure_ascii=False)
    bad = []
    assert exp <= CHECK_IDS, exp
    starts = out.lstrip().startswith("Ingresa por")
    if starts == ("FMT001" in exp):
        bad.append("FMT001 label vs text")
    if bool(MD_RE.search(out)) != ("FMT002" in exp):
        bad.append("FMT002 label vs text")
    wc = len(out.split())
    if (80 <= wc <= 200) == ("FMT003" in exp):
        bad.append(f"FMT003 label vs {wc} words")
    o_atc, o_cie = codes(out)
    i_atc, i_cie = codes(inp_text)
    in_paren = lambda c: re.search(r"\(" + re.escape(c) + r"\)", out)
    if "COD001" not in exp and any(not in_paren(c) for c in o_cie):
        bad.append("CIE-10 code outside its own parenthesis")
    if "COD003" not in exp and any(not in_paren(c) for c in o_atc):
        bad.append("ATC code outside its own parenthesis")
    ni_cie = {norm_code(c) for c in i_cie}
    no_cie = {norm_code(c) for c in o_cie}
    if ("COD002" in exp) != bool(no_cie - ni_cie):
        bad.append(f"COD002 label vs {no_cie - ni_cie}")
    if ("COD004" in exp) != bool(set(o_atc) - set(i_atc)):
        bad.append(f"COD004 label vs {set(o_atc) - set(i_atc)}")
    omitted = (ni_cie - no_cie) | (set(i_atc) - set(o_atc))
    if ("COD006" in exp) != bool(omitted):
        bad.append(f"COD006 label vs omitted {omitted}")
    unknown = set(o_cie) & NONEXISTENT
    if ("COD007" in exp) != bool(unknown):
        bad.append(f"COD007 label vs {unknown}")
    stray = numbers(out) - numbers(inp_text) - rec["allow"]
    if stray and not exp & {"HAL002", "HAL003", "DEM001"}:
        bad.append(f"ungrounded numbers {stray}")
    if "HAL002" in exp and not stray:
        bad.append("HAL002 planted but every number is grounded")
    if exp & {"HAL003", "DEM001"} and "HAL002" not in exp and stray:
        bad.append(f"HAL003/DEM001 plant leaks a new number {stray} (HAL002)")
    return bad
