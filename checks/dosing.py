"""Dose, route and frequency written next to a drug, read as values.

'furosemida (C03CA01) 80 mg ev cada 8 h' -> Regimen(dose 80 mg, route iv,
every 8 h). Equivalent forms are one value: c/8h = cada 8 horas = cada 8 h = /8 h
= tres veces al día = three times daily; 1 g = 1000 mg; EV = IV = endovenoso; vo = oral; a
loading dose ('20 mg/kg de carga') is a single dose; a count of dispensing units
('2 ampollas', '1 sobre', '1/2 comprimido') is a dose in that unit alone. Only
the first dose, route and frequency after the drug (before the next drug,
the end of the clause, or ', ') are its own: 'prednisona 40 mg con descenso
a 20 mg' says 40 mg. Patterns compile at import.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# --- dose ------------------------------------------------------------------------

# Every unit a dose is written in (folded text: no accents), with its kind and its scale in the
# kind's base unit. A count of dispensing units (ampollas, comprimidos, sobres...) is its own kind:
# '2 ampollas' is held to the input's ampollas only, never to its milligrams.
_SCALE = {"mg": ("mass", 1.0), "miligramo": ("mass", 1.0), "miligramos": ("mass", 1.0), "g": ("mass", 1000.0),
          "gr": ("mass", 1000.0), "gramo": ("mass", 1000.0), "gramos": ("mass", 1000.0),
          "mcg": ("mass", 0.001), "µg": ("mass", 0.001), "ug": ("mass", 0.001), "microgramo": ("mass", 0.001),
          "microgramos": ("mass", 0.001), "ui": ("units", 1.0), "u": ("units", 1.0), "unidades": ("units", 1.0),
          "meq": ("meq", 1.0), "ml": ("volume", 1.0), "cc": ("volume", 1.0), "puff": ("puff", 1.0),
          "puffs": ("puff", 1.0), "inhalacion": ("puff", 1.0), "inhalaciones": ("puff", 1.0),
          "gota": ("drops", 1.0), "gotas": ("drops", 1.0),
          "ampolla": ("ampolla", 1.0), "ampollas": ("ampolla", 1.0), "amp": ("ampolla", 1.0),
          "vial": ("vial", 1.0), "viales": ("vial", 1.0), "frasco": ("frasco", 1.0), "frascos": ("frasco", 1.0),
          "sobre": ("sobre", 1.0), "sobres": ("sobre", 1.0),
          "comprimido": ("comprimido", 1.0), "comprimidos": ("comprimido", 1.0), "comp": ("comprimido", 1.0),
          "capsula": ("capsula", 1.0), "capsulas": ("capsula", 1.0), "caps": ("capsula", 1.0)}
# How a count of each dispensing unit is shown (one, several); '1/2 comprimido' is half of one.
DISPENSING = {"ampolla": ("ampolla", "ampollas"), "vial": ("vial", "viales"), "frasco": ("frasco", "frascos"),
              "sobre": ("sobre", "sobres"), "comprimido": ("comprimido", "comprimidos"),
              "capsula": ("cápsula", "cápsulas")}
# 'sobre' before a number is a score ('EVA 8 sobre 10'), not a sachet
_UNIT = ("(?P<unit>" + "|".join(re.escape(u) + (r"(?!\s*\d)" if u.startswith("sobre") else "")
                                for u in sorted(_SCALE, key=len, reverse=True))
         + r"|mill(?:ones|on)\s+(?:de\s+)?ui)")
_NUM = r"\d+(?:[.,]\d+)?"
DOSE = re.compile(
    rf"(?<![\w.,/])(?P<num>{_NUM}(?:\s*/\s*{_NUM})?)(?:\s*(?:-|a)\s*(?P<high>{_NUM}))?\s*{_UNIT}"
    r"(?P<per>\s*/\s*(?:kg|h|hr|hora|min|m2)(?:\s*/\s*(?:h|hr|hora|min|dia))?)?(?![\w])"
)


@dataclass(frozen=True, slots=True)
class Dose:
    kind: str  # mass | units | meq | volume | puff | drops | a dispensing unit, with '/kg'... when a rate
    values: tuple[float, ...]  # in mg / UI / ...; two for '875/125 mg'
    high: float | None  # upper end of a range '1-2 g'

    def same(self, other: "Dose") -> bool:
        if self.kind != other.kind:
            return True  # other units: nothing to compare
        if other.high is not None and len(self.values) == 1:
            return other.values[0] - 1e-9 <= self.values[0] <= other.high + 1e-9
        if self.high is not None and len(other.values) == 1:
            return self.values[0] - 1e-9 <= other.values[0] <= self.high + 1e-9
        return len(self.values) == len(other.values) and all(
            abs(a - b) <= 1e-6 * max(1.0, abs(b)) for a, b in zip(self.values, other.values))


_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")


def _float(text: str) -> float:
    """'5.000' is five thousand (no one writes 5 as 5.000), '2,5' and '2.5' two and a half."""
    if "." in text and _THOUSANDS.fullmatch(text):  # no dot, no thousands: no regex call
        return float(text.replace(".", ""))
    return float(text.replace(",", "."))


_SPACES = re.compile(r"\s+")


def parse_dose(m: re.Match[str]) -> Dose:
    unit = m.group("unit")
    if unit.startswith("mill"):
        kind, scale = "units", 1e6
    else:
        kind, scale = _SCALE.get(unit, (unit, 1.0))
    per = m.group("per")
    per = _SPACES.sub("", per).replace("hr", "h").replace("hora", "h") if per else ""
    num = m.group("num")
    if "/" not in num:
        values: tuple[float, ...] = (_float(num) * scale,)
    elif kind in DISPENSING:  # '1/2 comprimido'
        top, bottom = (_float(v) for v in num.split("/"))
        values = (top / bottom,) if bottom else (top,)
    else:  # '875/125 mg': two drugs' doses
        values = tuple(_float(v) * scale for v in num.split("/"))
    high = _float(m.group("high")) * scale if m.group("high") else None
    return Dose(kind + per, values, high)


# --- frequency ------------------------------------------------------------------------

_TIMES = {"una": 24, "1": 24, "dos": 12, "2": 12, "tres": 8, "3": 8, "cuatro": 6, "4": 6, "seis": 4, "6": 4}
FREQUENCY = re.compile(
    r"(?P<slash>/\s*d(?:ia)?\b)|/\s*(?P<per>\d+)\s*(?:h|hrs?|horas?)\b|(?<![\w])(?:(?:cada|c\s*/)\s*(?P<min>\d+)\s*min(?:utos?)?\b|cada\s+(?P<h>\d+)\s*(?:h|hrs?|horas?)\b|c\s*/\s*(?P<c>\d+)\s*(?:h|hrs?|horas?)?(?![\w/])"
    r"|q\s*(?P<q>\d+)\s*h\b|cada\s+(?P<d>\d+)\s*d[ií]as?\b"
    r"|(?P<times>una|dos|tres|cuatro|seis|[12346])\s+ve(?:z|ces)\s+(?:al|por)\s+d[ií]a\b"
    r"|(?P<daily>al\s+d[ií]a(?!\s*\d)|diari[oa]s?|cada\s+d[ií]a|por\s+d[ií]a|cada\s+noche|en\s+la\s+noche"
    r"|por\s+la\s+noche|nocturn[oa]|en\s+la\s+ma[nñ]ana|cada\s+ma[nñ]ana|qd|(?:once\s+)?daily|once\s+a\s+day)"
    r"|(?P<weekly>semanal|cada\s+semana|una\s+vez\s+(?:a|por)\s+la\s+semana)"
    r"|(?P<bid>bid|twice\s+(?:daily|a\s+day))\b|(?P<tid>tid|three\s+times\s+(?:daily|a\s+day))\b"
    r"|(?P<qid>qid|four\s+times\s+(?:daily|a\s+day))\b"
    r"|(?P<once>dosis\s+[uú]nica|una\s+dosis|[uú]nica\s+dosis|por\s+una\s+vez|(?:en\s+)?bolo|stat)"
    r"|(?P<prn>seg[uú]n\s+(?:esquema|necesidad|dolor|glicemia|requerimiento)\w*|sos|prn|si\s+(?:dolor|fiebre|precisa)"
    r"|en\s+infusi[oó]n|infusi[oó]n\s+continua|bic))"
)


# 'al día' is once a day; 'al día 6' is a day of the stay ('inicio de apixabán al día 6'), no frequency.
# Hours for the alternatives of FREQUENCY that say them by name.
_NAMED_HOURS = {"daily": 24.0, "slash": 24.0, "weekly": 168.0, "bid": 12.0, "tid": 8.0, "qid": 6.0, "once": 0.0}


def parse_frequency(m: re.Match[str]) -> float | None:
    """Hours between doses; 0 for a single dose; None when it depends on need."""
    # Each alternative of FREQUENCY holds exactly one named group and no other
    # group, so the last group matched names the alternative.
    name = m.lastgroup
    if name == "h" or name == "c" or name == "q" or name == "per":  # 'cada 12 h', 'c/12h', 'q12h', '850 mg/12 h'
        return float(m.group(name))
    if name == "min":  # nebulisations 'c/20 min': an interval in minutes
        return round(int(m.group("min")) / 60, 4)
    if name == "d":
        return 24.0 * int(m.group("d"))
    if name == "times":
        return float(_TIMES[m.group("times")])
    return _NAMED_HOURS.get(name)  # prn (by need): None


# --- route --------------------------------------------------------------------------

ROUTE = re.compile(
    r"(?<![\w.])(?:(?P<oral>v\.?\s?o\.?|oral|por\s+boca|enteral|por\s+sng|por\s+sonda)"
    r"|(?P<iv>e\.?\s?v\.?|i\.?\s?v\.?|endovenos[oa]|intravenos[oa]|e/v)"
    r"|(?P<sc>s\.?\s?c\.?|subcut[aá]ne[oa])|(?P<im>i\.?\s?m\.?|intramuscular)"
    r"|(?P<inh>inhalad[oa]|inhalatori[oa]|inh|nebulizad[oa]|nbz|en\s+nebulizaci[oó]n)"
    r"|(?P<sl>s\.?\s?l\.?|sublingual)|(?P<top>t[oó]pic[oa])|(?P<td>transd[eé]rmic[oa])"
    r"|(?P<rect>rectal|v[ií]a\s+rectal)"
    # the vagina as a route ('misoprostol 800 mcg vía vaginal', 'óvulos vaginales'), not the birth or a bleeding
    r"|(?P<vag>intravaginal|v[ií]a\s+vaginal|(?<!parto\s)(?<!sangrado\s)(?<!flujo\s)(?<!tacto\s)(?<!secrecion\s)"
    r"(?<!hemorragia\s)(?<!perdida\s)(?<!cupula\s)(?<!pared\s)(?<!via\s)vaginal(?:es)?)"
    # routes into a cavity or a space (peritoneal dialysis, intrathecal chemotherapy, bladder
    # instillation): another route than the vein the same drug may take elsewhere
    r"|(?P<ip>intraperitoneal)|(?P<it>intratecal)|(?P<ives>intravesical)|(?P<ivt>intravitre[oa])"
    r"|(?P<io>intraose[oa])"
    # into the trachea (a surfactant, a drug down the tube): not the tube a patient is intubated with
    r"|(?P<itq>(?<!intubacion\s)(?<!tubo\s)(?:intra|endo)traqueal))(?![\w])"
)
ROUTES = ("oral", "iv", "sc", "im", "inh", "sl", "top", "td", "rect", "vag", "ip", "it", "ives", "ivt", "io", "itq")


def parse_route(m: re.Match[str]) -> str:
    # ROUTE's groups are its alternatives (ROUTES, none empty, no other group): the one that matched
    # is the last group matched, the first of ROUTES with text, without a call per name
    return m.lastgroup



# --- a regimen --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Attribute:
    start: int  # offsets in the text read
    end: int
    value: object


@dataclass(frozen=True, slots=True)
class Regimen:
    dose: Attribute | None = None
    frequency: Attribute | None = None
    route: Attribute | None = None


# Where a drug's own attributes stop: the clause ends, or a new item begins.
_SEGMENT_END = re.compile(r"[;\n]|\.(?:\s|$)|,\s|\s(?:y|e|con|luego|seguid[oa]|asociad[oa]|m[aá]s|\+)\s|\(")
_CODE_FIRST = re.compile(r"\s*\([A-Za-z]\d\d[A-Za-z0-9.]*\)")
# The salt of the drug may stand between its name and its code: 'metoprolol succinato (C07AB02) 25 mg',
# 'metamizol sódico (N02BB02)' (folded text: no accents). Tried only where a parenthesis follows closely.
_SALT_THEN_CODE = re.compile(r"\s*(?:(?:succinato|tartrato|fumarato|maleato|mesilato|besilato|clorhidrato|"
                             r"hidrocloruro|bromhidrato|sulfato|fosfato|acetato|citrato|gluconato|carbonato|sodic[oa]|"
                             r"potasic[oa]|calcic[oa]|magnesic[oa]|monohidrato|dihidrato|trihidrato)\s+){1,2}"
                             r"\([A-Za-z]\d\d[A-Za-z0-9.]*\)")


def segment(text: str, start: int, limit: int | None = None) -> tuple[int, int]:
    """The span after a drug name (and its '(CODE)', a salt's name before it) that holds its regimen."""
    code = _CODE_FIRST.match(text, start)
    if code is None and 0 <= text.find("(", start, start + 32) - start >= 6:
        code = _SALT_THEN_CODE.match(text, start)
    if code:
        start = code.end()
    end = min(len(text), start + 80, limit if limit is not None else len(text))
    stop = _SEGMENT_END.search(text, start, end)
    return start, stop.start() if stop else end


_NOTHING = Regimen()

# A regimen given in steps: 'cada 20 minutos por 3 ciclos, luego cada 4 horas', '15 mg c/12h por
# 21 días, luego 20 mg c/24h'. Each later step is the drug's regimen too: an epicrisis may write
# either. Read on folded text (no accents), right where a step's segment stops. A part joined by 'y'
# and led by its dose ('80 mg IV en bolo y 8 mg/h en infusion, luego 40 mg VO') is a step too.
# The regimen of another moment after a ';' or ',' is one too: '1 g IV c/8h; al alta 875/125 mg VO
# c/12h', '40 mg EV c/12h, al egreso 40 mg/día VO'. So is one after a ';' led by its dose: '800 mg al día
# en inducción; 400 mg al día al egreso'.
# A taper's step is one too, its dose the amount taken off each time: 'prednisona 40 mg diarios con descenso
# de 5 mg cada semana', 'reduciendo 10 mg cada 3 días' (held to the input's taper where it gives one).
# The words that lead a later step of a regimen.
_STEP_WORDS = r"(?:luego|despues|posteriormente|seguid[oa]\s+de|continuando\s+con|para\s+continuar\s+con)"
_NEXT_STEP = re.compile(r"(?:[,;]\s*|\s+)(?:y\s+)?(?:pasando\s+)?" + _STEP_WORDS + r"\s+(?:a\s+(?=\d))?|\s+y\s+(?=\d)|"
                        r"[;,]\s*(?:y\s+)?(?:al|para\s+el|tras\s+el)\s+(?:alta|egreso)\s*:?\s*|;\s*(?=\d)|"
                        r"(?:,\s*|\s+)(?:y\s+)?(?:con\s+)?(?:(?:un|una)\s+)?(?:descenso|reduccion|disminucion)"
                        r"(?:\s+progresiv[oa])?\s+(?:de\s+)?(?=\d)|"
                        r"(?:,\s*|\s+)(?:descendiendo|reduciendo|disminuyendo|bajando)\s+(?=\d)")


def later_steps(folded: str, stop: int) -> tuple[Regimen, ...]:
    """The regimens of the steps that follow a segment ending at ``stop`` (four at most), in the
    input's text (a loading dose is a single dose)."""
    steps: list[Regimen] = []
    while len(steps) < 4:
        m = _NEXT_STEP.match(folded, stop)
        if m is None:
            break
        start, stop = segment(folded, m.end())
        regimen = read_regimen(folded, start, stop, loading=True)
        if regimen == _NOTHING:
            break
        steps.append(regimen)
    return tuple(steps)


# A later step written after a clause about something else: 'levetiracetam con carga de 60 mg/kg EV, con
# cese de las crisis, continuando con 500 mg cada 12 horas'. Only a step led by its dose, in the sentence.
_RESUMED = re.compile(r"(?<![\w])" + _STEP_WORDS + r"\s+(?:a\s+)?(?=\d)")
_SENTENCE_END = re.compile(r"[;\n]|\.(?:\s|$)")


def resumed_steps(folded: str, stop: int, limit: int | None = None) -> tuple[Regimen, ...]:
    """The steps of a drug's regimen resumed later in its sentence, before the next drug (``limit``) and
    not right after its segment (later_steps reads those), two at most."""
    end = min(len(folded), stop + 160, limit if limit is not None else len(folded))
    close = _SENTENCE_END.search(folded, stop, end)
    end = close.start() if close else end
    if _NEXT_STEP.match(folded, stop) is not None:
        return ()
    steps: list[Regimen] = []
    for m in _RESUMED.finditer(folded, stop, end):
        start, step_stop = segment(folded, m.end(), end)
        regimen = read_regimen(folded, start, step_stop)
        if regimen != _NOTHING:
            steps.append(regimen)
        if len(steps) == 2:
            break
    return tuple(steps)


# The input's loading dose is given once ('20 mg/kg de carga', 'dosis de impregnación', 'carga 300 mg'),
# where no frequency is written with it: its number is no maintenance dose's ('carga viral' is a lab
# value). Read so in the input only: an output's 'con carga de 300 mg' states no frequency to compare.
_LOADING = re.compile(r"(?<![\w])(?:de\s+(?:carga(?!\s+viral)|impregnacion)"
                      r"|(?:carga|impregnacion)\s+(?:de\s+)?(?=\d))")


def read_regimen(folded: str, start: int, end: int, loading: bool = False) -> Regimen:
    """The first dose, frequency and route in folded[start:end]; with ``loading`` (the input's
    regimens), a loading dose without a frequency is a single dose."""
    if start >= end:
        return _NOTHING
    dose = DOSE.search(folded, start, end)
    m = FREQUENCY.search(folded, start, end)
    by_weight = False
    if m is not None and m.lastgroup == "slash":  # a daily total ('45 mg/kg/día cada 12 horas') is divided
        # at the interval after it; a '/día' alone is once a day, but one by weight or surface says no interval
        after = FREQUENCY.search(folded, m.end(), end)
        if after is not None and after.lastgroup != "slash":
            m = after
        else:
            by_weight = folded[max(start, m.start() - 4) : m.start()].rstrip().endswith(("kg", "m2"))
    freq = Attribute(m.start(), m.end(), None if by_weight else parse_frequency(m)) if m else None
    if freq is None and loading and (folded.find("carga", start, end) >= 0
                                     or folded.find("impregnacion", start, end) >= 0):
        loading = _LOADING.search(folded, start, end)
        if loading is not None:
            freq = Attribute(loading.start(), loading.end(), 0.0)
    route = ROUTE.search(folded, start, end)
    return Regimen(Attribute(dose.start(), dose.end(), parse_dose(dose)) if dose else None, freq,
                   Attribute(route.start(), route.end(), parse_route(route)) if route else None)


# A regimen written as its loading and maintenance doses after the drug: 'citrato de cafeína con carga
# de 20 mg/kg y mantenimiento de 5 mg/kg cada 24 horas', 'dosis de impregnación de 10 mg/kg, mantenimiento
# con 5 mg/kg/día'. Each part is a regimen of the drug.
_LABELLED = re.compile(r"\s*,?\s*(?:(?:con|y|e)\s+)?(?:(?:una|la)\s+)?(?:dosis\s+(?:de\s+)?)?"
                       r"(?P<label>carga|impregnacion|mantenimiento)\s+(?:(?:de|con)\s+)?(?=\d)")


def labelled_steps(folded: str, stop: int, limit: int | None = None) -> tuple[Regimen, ...]:
    """The loading and maintenance regimens that follow a segment ending at ``stop`` (three at most)."""
    if folded.find("carga", stop, stop + 40) < 0 and folded.find("mantenimiento", stop, stop + 40) < 0 \
            and folded.find("impregnacion", stop, stop + 40) < 0:
        return ()  # most drugs have neither after them
    steps: list[Regimen] = []
    while len(steps) < 3:
        m = _LABELLED.match(folded, stop)
        if m is None:
            break
        start, stop = segment(folded, m.end(), limit)
        regimen = read_regimen(folded, start, stop)
        if regimen == _NOTHING:
            break
        steps.append(regimen)
    return tuple(steps)


def _other_regimen(said: Regimen, r: Regimen) -> bool:
    """``r`` states a dose or a frequency, and one of them differs from what ``said`` writes. A dose of
    the same measure per another thing is another regimen too: '60 mg/kg' (a weight-based load) or
    '10 mg/h' (an infusion) beside a flat '1000 mg'."""
    dose = r.dose is not None and r.dose.value is not None and said.dose is not None and said.dose.value is not None
    freq = (r.frequency is not None and r.frequency.value is not None
            and said.frequency is not None and said.frequency.value is not None)
    kind, other_kind = (said.dose.value.kind, r.dose.value.kind) if dose else ("", "")
    return (dose and (kind == other_kind and not said.dose.value.same(r.dose.value)
                      or kind != other_kind and kind.split("/")[0] == other_kind.split("/")[0])) \
        or (freq and r.frequency.value != said.frequency.value)


def route_of_another_moment(said: Regimen, given: list[Regimen]) -> bool:
    """The route written is the input's only for another regimen of the drug: 'Recibe furosemida 40 mg VO
    c/12h' where the input gives 40 mg EV c/12h in hospital and 40 mg/día VO at discharge. Dose and
    frequency name the regimen meant; each input regimen with that dose (and that frequency, when one
    is written) states a route, and none is the one written. Only where the route written is the one
    of an input regimen of another dose or frequency (another route is the route's own mismatch,
    reported once)."""
    if said.route is None or said.route.value is None or said.dose is None or said.dose.value is None:
        return False
    if not any(r.route is not None and r.route.value == said.route.value and _other_regimen(said, r) for r in given):
        return False  # the route written is another regimen's ('y luego oral' states no regimen)
    freq = said.frequency.value if said.frequency is not None else None
    same = [r for r in given
            if r.dose is not None and r.dose.value is not None and r.dose.value.kind == said.dose.value.kind
            and said.dose.value.same(r.dose.value)
            and (freq is None or (r.frequency is not None and r.frequency.value == freq))]
    return bool(same) and all(r.route is not None and r.route.value is not None
                              and r.route.value != said.route.value for r in same)


def dose_of_another_moment(said: Regimen, given: list[Regimen]) -> bool:
    """The dose written is the input's only at another frequency: 'omeprazol 80 mg cada 12 h' where the
    input gives 80 mg as the loading bolus (a single dose) and 40 mg cada 12 h after it. The bolus's
    number does not ground the maintenance dose. Only where every input regimen with that dose states
    a frequency (one without leaves the pair open) and the frequency written is one the input gives
    (another is the frequency's own mismatch, reported once)."""
    if said.dose is None or said.dose.value is None or said.frequency is None or said.frequency.value is None:
        return False
    with_dose = [r for r in given
                 if r.dose is not None and r.dose.value is not None and said.dose.value.same(r.dose.value)]
    if not any(r.frequency is not None and r.frequency.value == said.frequency.value for r in given):
        return False
    return bool(with_dose) and all(r.frequency is not None and r.frequency.value is not None
                                   and r.frequency.value != said.frequency.value for r in with_dose)
