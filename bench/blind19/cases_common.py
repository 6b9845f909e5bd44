"""Shared helpers for the blind19 corpus (stdlib only)."""


def S(sid, setting, style, schema, inp, base, variants, age_ok=()):
    return dict(sid=sid, setting=setting, style=style, schema=schema,
                input=inp, base=base, variants=variants, age_ok=list(age_ok))


def T(name, note, subs=None, full=None, inp_sub=None, allow_nums=()):
    """Trap: clean near-miss, expected []."""
    return dict(kind="trap", name=name, expected=[], note=note, subs=subs or [],
                full=full, inp_sub=inp_sub or [], allow_nums=list(allow_nums))


def P(name, expected, note, subs=None, full=None, inp_sub=None, allow_nums=()):
    """Plant: exactly one clinical problem; expected = ids it triggers."""
    return dict(kind="plant", name=name, expected=sorted(expected), note=note,
                subs=subs or [], full=full, inp_sub=inp_sub or [],
                allow_nums=list(allow_nums))
