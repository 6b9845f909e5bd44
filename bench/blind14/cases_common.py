"""Helpers shared by the scenario files (standard library only)."""


def T(note, out=(), inp=()):
    """A near-miss trap: the output is changed but stays clean by the spec."""
    return {"kind": "trap", "expected": [], "note": note,
            "out": list(out), "inp": list(inp)}


def P(expected, note, out=(), inp=()):
    """One planted problem; `expected` lists every check id the spec implies."""
    return {"kind": "plant", "expected": list(expected), "note": note,
            "out": list(out), "inp": list(inp)}
