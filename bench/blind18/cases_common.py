"""Shared helpers for the blind18 corpus (standard library only)."""
import copy
import re

CHECK_IDS = ["FMT001", "FMT002", "FMT003", "COD001", "COD002", "COD003", "COD004",
             "COD005", "COD006", "COD007", "HAL001", "HAL002", "CLN001", "REP001",
             "DEM001", "HAL003", "HAL004"]

CIE_RE = re.compile(r"\b([A-Z]\d\d(?:\.(?:\d{1,2}|X))?)(?![\w])")
ATC_RE = re.compile(r"\b([ABCDGHJLMNPRSV]\d\d[A-Z]{2}\d\d)\b")


def codes_in(text):
    atc = set(ATC_RE.findall(text))
    cie = set(c for c in CIE_RE.findall(text))
    return cie, atc


def norm_cie(c):
    return c.replace(".", "").rstrip("X")


class V:
    """A variant: kind in base/trap/plant; repl = [(old, new), ...] applied once each."""

    def __init__(self, kind, expected, note, repl=None, output=None, input_fn=None):
        self.kind = kind
        self.expected = sorted(set(expected))
        self.note = note
        self.repl = repl or []
        self.output = output
        self.input_fn = input_fn


def T(note, *repl, output=None, input_fn=None):
    return V("trap", [], note, list(repl), output, input_fn)


def P(expected, note, *repl, output=None, input_fn=None):
    if isinstance(expected, str):
        expected = [expected]
    return V("plant", expected, note, list(repl), output, input_fn)


def S(sid, setting, style, schema, inp, base, variants, allow_numbers=()):
    return dict(id=sid, setting=setting, style=style, schema=schema, input=inp,
                base=" ".join(base.split()), variants=variants,
                allow_numbers=set(allow_numbers))


def apply(base, v):
    if v.output is not None:
        return " ".join(v.output.split()) if "\n" not in v.output else v.output
    out = base
    for old, new in v.repl:
        if out.count(old) != 1:
            raise ValueError("replacement %r occurs %d times" % (old, out.count(old)))
        out = out.replace(old, new)
    return out


# ---- generic plant builders -------------------------------------------------

def rep_sentence(sentence):
    """REP001: a sentence of the base written twice in a row."""
    return P("REP001", "sentence repeated verbatim: %s" % sentence[:40],
             (sentence, sentence + " " + sentence))


def fmt1(new_start):
    return P("FMT001", "opening changed to '%s' instead of 'Ingresa por'" % new_start,
             ("Ingresa por", new_start))


def fmt2(word, how="bold"):
    if how == "bold":
        return P("FMT002", "markdown bold around '%s'" % word, (word, "**%s**" % word))
    return P("FMT002", "square brackets around '%s'" % word, (word, "[%s]" % word))


def cod001(code):
    return P("COD001", "CIE-10 %s written without parentheses" % code,
             (" (%s)" % code, " %s" % code))


def cod001_pair(c1, c2):
    return P("COD001", "two CIE-10 codes %s and %s in one parenthesis" % (c1, c2),
             ("(%s)" % c1, "(%s, %s)" % (c1, c2)), (" (%s)" % c2, ""))


def cod003(code):
    return P("COD003", "ATC %s written without parentheses" % code,
             (" (%s)" % code, " %s" % code))


def cod006(code):
    return P("COD006", "input code %s dropped from the output (entity still named)" % code,
             (" (%s)" % code, ""))


def cod005_swap(c1, c2):
    return P("COD005", "codes %s and %s swapped between their labels" % (c1, c2),
             ("(%s)" % c1, "(@@1)"), ("(%s)" % c2, "(%s)" % c1), ("(@@1)", "(%s)" % c2))


def cod007(old, new, field_note=""):
    """COD007 only: nonexistent code written consistently in input and output."""
    def fn(inp):
        import json
        s = json.dumps(inp, ensure_ascii=False)
        assert s.count(old) >= 1, old
        return json.loads(s.replace(old, new))
    return P("COD007", "input and output both carry %s, a code that does not exist in ICD-10 %s" % (new, field_note),
             ("(%s)" % old, "(%s)" % new), input_fn=fn)
