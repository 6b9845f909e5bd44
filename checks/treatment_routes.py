"""Routes that govern a treatment's drugs: 'tratamiento endovenoso con ceftriaxona y
metronidazol' gives each drug without a route of its own that route (HAL003, in the input and
the output). Split from checks/dosing.py."""

from __future__ import annotations

import re

from checks.dosing import ROUTE, ROUTES, Attribute

# A route given for a whole treatment rather than next to one drug: 'tratamiento endovenoso con
# ceftriaxona 1 g c/12h y metronidazol 500 mg c/8h', 'antibioterapia intravenosa con X', 'por vía
# oral: X, Y', 'pasa a vía oral con amoxicilina'. Only a route led by a treatment's noun, 'por' or
# 'a' (with 'vía' or not) and followed by 'con' or ':' governs the drugs after it: a drug's own route
# after its regimen ('10 mg cada 8 horas vía oral con descenso progresivo') does not, nor a
# hydration's ('hidratación ev con suero fisiológico y cloruro de potasio y ondansetrón': whether
# the list's last drug is in the drip is not said).
_GOVERNING = re.compile(
    r"(?<![\w])(?:tratamiento|antibioterapia|antibiotic[oa]s?|antimicrobian[oa]s?|terapia|corticoterapia|"
    r"analgesia|sedacion|manejo|cobertura|esquema|anticoagulacion|quimioterapia|profilaxis|por|a)"
    r"\s+(?:via\s+)?(?P<route>" + ROUTE.pattern + r")\s*(?:con(?![\w])|:)")
# What ends its reach before a drug: the sentence or the clause ends, another moment of the
# treatment begins ('y luego', 'al alta', 'se cambia a'), or another route is written.
_REACH_END = re.compile(r"[;\n]|\.(?:\s|$)|(?<![\w])(?:luego|despues|posterior\w*|seguid[oa]|continua\w*|alta|"
                        r"egreso|domicilio|cambi\w*|rota\w*|pasa\w*|traslap\w*|suspend\w*|retir\w*|complet\w*)"
                        r"(?![\w])")
_REACH = 160


def governing_routes(folded: str) -> tuple[Attribute, ...]:
    """The routes in ``folded`` that govern the drugs after them (usually none)."""
    out = []
    for m in _GOVERNING.finditer(folded):
        name = next(r for r in ROUTES if m.group(r) is not None)
        out.append(Attribute(m.start("route"), m.end("route"), name))
    return tuple(out)


def governed_route(folded: str, start: int, routes: tuple[Attribute, ...]) -> Attribute | None:
    """The governing route (of ``routes``) that reaches a drug named at ``start``: the last one
    before it, with no end of its reach (_REACH_END) and no other route in between."""
    route = None
    for r in routes:
        if r.end > start:
            break
        route = r
    if route is None or start - route.end > _REACH or _REACH_END.search(folded, route.end, start) \
            or ROUTE.search(folded, route.end, start):
        return None
    return route
