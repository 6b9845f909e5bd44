"""Helpers for blind16 variants (stdlib only).

T(...) : near-miss trap, clean -> expected [].
P(...) : exactly one planted problem -> expected = sorted list of check ids.
out: list of (old, new) exact replacements in the output (each old must occur once).
inp: list of (old, new) exact replacements in json.dumps(input, ensure_ascii=False).
"""


def _norm(reps):
    if reps is None:
        return []
    if isinstance(reps, tuple):
        return [reps]
    return list(reps)


def T(name, out, note, inp=None):
    return {"kind": "trap", "name": name, "out": _norm(out), "inp": _norm(inp),
            "expected": [], "note": note}


def P(name, ids, out, note, inp=None):
    if isinstance(ids, str):
        ids = [ids]
    return {"kind": "plant", "name": name, "out": _norm(out), "inp": _norm(inp),
            "expected": sorted(ids), "note": note}


def S(sid, setting, style, schema, input, output, variants, extra_nums=()):
    """A scenario. extra_nums: numbers legitimately derived (e.g. age from dates)."""
    return {"sid": sid, "setting": setting, "style": style, "schema": schema,
            "input": input, "output": output, "variants": variants,
            "extra_nums": list(extra_nums)}
