"""Helpers for the blind15 corpus (hand-written, standard library only).

A scenario is a dict with: id, setting, style, schema, input (JSON value),
output (clean discharge summary) and variants.

A variant is a list of exact-text replacements, applied either to the
output or to the input's JSON text (json.dumps(..., ensure_ascii=False)):

    O(old, new)   replacement in the output
    I(old, new)   replacement in the input JSON text

    T(note, *reps)        trap: a near-miss that stays clean, expected []
    P(ids, note, *reps)   plant: exactly one planted problem; ids is one
                          check id or a list of them (when two definitions of
                          the spec really both apply; the note says why)
"""


def O(old, new):
    return ("output", old, new)


def I(old, new):
    return ("input", old, new)


def _reps(reps):
    out = []
    for r in reps:
        if isinstance(r, tuple) and len(r) == 3 and r[0] in ("output", "input"):
            out.append(r)
        elif isinstance(r, tuple) and len(r) == 2:
            out.append(("output", r[0], r[1]))
        else:
            raise ValueError("bad replacement: %r" % (r,))
    if not out:
        raise ValueError("a variant needs at least one replacement")
    return out


def T(note, *reps):
    return {"kind": "trap", "expected": [], "note": note, "reps": _reps(reps)}


def P(ids, note, *reps):
    if isinstance(ids, str):
        ids = [ids]
    return {"kind": "plant", "expected": sorted(set(ids)), "note": note,
            "reps": _reps(reps)}


def scenario(id, setting, style, schema, input, output, variants, note=""):
    return {"id": id, "setting": setting, "style": style, "schema": schema,
            "input": input, "output": output, "variants": variants,
            "note": note}
