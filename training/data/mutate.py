"""A mutation corpus: from a valid record, outputs that each carry one
labelled violation of an error-severity check, to measure the rule engine's
recall check by check.

Each mutation is what a fine-tuned model actually gets wrong: it drops the
"Ingresa por", bolds a term, stops early or rambles, writes a code bare or
malformed, miscodes, swaps two codes, names a drug nobody gave, loops, or
flips the patient's sex, changes a drug's dose, flips a side, or invents a
device (training.data.mutate_clinical). A mutant is ``{"id", "instruction", "input",
"output", "mutation": {"check", "kind", "detail"}}``. Where a mutation cannot
apply to a record (no second code to swap, no sex written), it is skipped.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from typing import Any, Callable

from training.data import catalogue
from training.data.catalogue import fold, norm_cie10
from training.data.input_facts import InputFacts, code_family
from training.data.mutate_clinical import derived_from_values, hal001_device, hal003, hal004

Mutant = tuple[str, str, str]  # (output, kind, detail)
DRUG, DIAGNOSIS, PROCEDURE = "drug", "diagnosis", "procedure"
MUTATED_CHECKS = ("FMT001", "FMT002", "FMT003", "COD001", "COD002", "COD003", "COD004", "COD005",
                  "HAL001", "HAL003", "HAL004", "REP001", "DEM001")
# a sentence ends at a full stop followed by a capital; the dots inside codes (J18.9) do not end one
_SENTENCE = re.compile(r".+?\.(?:\s+(?=[A-ZÁÉÍÓÚÑ¿¡])|\s*$)", re.DOTALL)
_FILLER = (  # no entity, number or repeated trigram: padding that only FMT003 should notice
    "Se explica a la familia la evolución esperada del cuadro.", "Se resuelven las dudas planteadas durante la visita.",
    "El equipo tratante revisa la ficha clínica en conjunto.",
    "Se registra la conciliación de la información disponible.",
    "La enfermería refuerza los cuidados generales en cada turno.",
    "Se coordina el traslado a domicilio con la familia.",
    "Queda pendiente la entrega de los documentos administrativos.",
    "Se verifica la comprensión de las indicaciones entregadas.",
    "Se deja constancia de la conversación con los familiares.",
    "La asistente social evalúa la red de apoyo disponible.",
    "Se verifica que cuente con los medios para asistir a sus citas.",
    "Durante la visita médica se revisan los pendientes.",
    "Se actualiza el registro clínico electrónico del servicio.",
    "Se entrega copia escrita de todas las recomendaciones.",
    "La nutricionista conversa sobre hábitos de alimentación saludable.",
    "Se enfatiza la importancia de una adecuada hidratación.",
    "El turno de noche informa un descanso adecuado.",
    "Se mantiene comunicación fluida con el médico de cabecera.",
    "Se revisan nuevamente los resultados antes de la salida.",
    "Se informa el horario de atención del consultorio cercano.",
    "La familia manifiesta conformidad con el plan propuesto.",
    "Se deja registro de la educación entregada al cuidador.",
    "Los antecedentes quedan consignados en la hoja de ingreso.", "Se solicita hora de control por vía telefónica.",
    "La visita del equipo transcurre sin novedades relevantes.", "Se comenta el caso en la reunión clínica semanal.",
    "Se recuerda traer todos los exámenes al próximo control.", "Los cuidadores reciben instrucciones para el hogar.",
)
_UNLISTED = {  # candidates for HAL001: names the catalogues know, checked ungrounded per record
    DRUG: ("vancomicina", "meropenem", "morfina", "haloperidol", "warfarina", "levofloxacino", "fluconazol",
           "amiodarona", "digoxina", "prednisona", "insulina glargina", "clonazepam", "tramadol", "furosemida"),
    DIAGNOSIS: ("derrame pleural", "delirium", "hipokalemia", "trombosis venosa profunda", "anemia",
                "fibrilación auricular",
                "lesión renal aguda", "neumonía aspirativa", "hemorragia digestiva", "crisis convulsiva"),
    PROCEDURE: ("colonoscopía", "tomografía computada de tórax", "ecocardiograma transtorácico", "punción lumbar",
                "endoscopía digestiva alta", "resonancia magnética de cerebro", "hemodiálisis", "paracentesis"),
}
_SEX_SWAP = (("paciente femenina", "paciente masculino"), ("paciente masculino", "paciente femenina"),
             ("sexo femenino", "sexo masculino"), ("sexo masculino", "sexo femenino"), ("una mujer", "un hombre"),
             ("un hombre", "una mujer"), ("un varón", "una mujer"), ("mujer", "hombre"), ("Mujer", "Hombre"),
             ("hombre", "mujer"), ("Hombre", "Mujer"), ("varón", "mujer"), ("Varón", "Mujer"))


_CODE_IN_PARENS = re.compile(r"\(([A-Z]\d\d[0-9A-Z.]*)\)")
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True, slots=True)
class Code:
    text: str
    start: int  # of the code; the parenthesis is one character either side
    end: int
    family: str  # "cie10" | "atc"


def _words(text: str) -> int:
    return len(text.split())


def _sentences(text: str) -> list[str]:
    found = _SENTENCE.findall(text)
    return found if "".join(found) == text else [text]


def _codes(output: str, family: str) -> list[Code]:
    """Codes written alone in parentheses, as the reference outputs write them."""
    return [Code(m.group(1), m.start(1), m.end(1), family) for m in _CODE_IN_PARENS.finditer(output)
            if code_family(m.group(1)) == family]


def _replace(text: str, start: int, end: int, new: str) -> str:
    return text[:start] + new + text[end:]


def _unlisted_rows(kind: str) -> dict[str, catalogue.CatalogueRow]:
    table = {DRUG: catalogue.atc, DIAGNOSIS: catalogue.cie10, PROCEDURE: catalogue.procedures}[kind]()
    by_name = {fold(row.names[0]): row for row in table}
    return {name: by_name[fold(name)] for name in _UNLISTED[kind] if fold(name) in by_name}


class Mutator:
    """Derives the mutants of one record; every draw goes through ``rng``."""

    def __init__(self, record_input: Any, output: str, rng: random.Random) -> None:
        self.input, self.output, self.rng = record_input, output, rng
        self.facts = InputFacts(record_input)

    def mutants(self) -> dict[str, Mutant]:
        makers: dict[str, Callable[[], Mutant | None]] = {
            "FMT001": self.fmt001, "FMT002": self.fmt002, "FMT003": self.fmt003, "COD001": self.cod001,
            "COD002": self.cod002, "COD003": self.cod003, "COD004": self.cod004, "COD005": self.cod005,
            "HAL001": self.hal001, "REP001": self.rep001, "DEM001": self.dem001,
            # issue 14's classes come last, so the draws of the others stay as they were
            "HAL003": lambda: hal003(self.input, self.output, self.rng),
            "HAL004": lambda: hal004(self.facts, self.output, self.rng),
            "HAL001/device": lambda: hal001_device(self.facts, _sentences(self.output), self.rng),
        }
        out = {}
        for check, make in makers.items():
            mutant = make()
            if mutant is not None and mutant[0] != self.output:
                out[check] = mutant
        return out

    # --- FMT ------------------------------------------------------------

    def fmt001(self) -> Mutant | None:
        text = self.output.lstrip()
        if not text.startswith("Ingresa por "):
            return None
        rest = text[len("Ingresa por "):]
        kinds = ["lowercase", "patient-subject", "preamble"] + (["drop-opening"] if _words(text) > 82 else [])
        kind = self.rng.choice(kinds)
        if kind == "lowercase":
            return "i" + text[1:], kind, "«ingresa por» en minúscula"
        if kind == "patient-subject":
            return "Paciente ingresa por " + rest, kind, "comienza con «Paciente ingresa por»"
        if kind == "preamble":
            lead = self.rng.choice(("Epicrisis: ", "Resumen de alta. ", "Motivo de ingreso: "))
            return lead + text, kind, f"antepone «{lead.strip()}»"
        return rest[:1].upper() + rest[1:], kind, "sin «Ingresa por»"

    def fmt002(self) -> Mutant | None:
        text = self.output
        parts = _sentences(text)
        kinds = ["bold", "emphasis", "brackets", "backticks",
                 "html"] + (["heading", "bullets"] if len(parts) >= 3 else [])
        kind = self.rng.choice(kinds)
        if kind == "heading":
            k = self.rng.randrange(1, len(parts))
            text = "".join(parts[:k]).rstrip() + "\n## Evolución\n" + "".join(parts[k:])
            return text, kind, "encabezado «## Evolución»"
        if kind == "bullets":
            return ("".join(parts[:-2]).rstrip() + "\n- " + parts[-2].strip() + "\n- " + parts[-1].strip(), kind,
                    "dos oraciones como lista")
        words = [m for m in _WORD.finditer(text) if len(m.group()) > 4 and m.start() > 12]
        if not words:
            return None
        w = self.rng.choice(words)
        left, right = {"bold": ("**", "**"), "emphasis": ("*", "*"), "brackets": ("[", "]"), "backticks": ("`", "`"),
                       "html": ("<b>", "</b>")}[kind]
        return _replace(text, w.start(), w.end(), f"{left}{w.group()}{right}"), kind, f"{kind} en «{w.group()}»"

    def fmt003(self) -> Mutant | None:
        parts = _sentences(self.output)
        if self.rng.random() < 0.5 and len(parts) > 1:
            kept: list[str] = []
            for part in parts:
                if _words("".join(kept) + part) > 60:
                    break
                kept.append(part)
            if kept:
                text = "".join(kept).rstrip()
                return text, "truncate", f"cortada en {_words(text)} palabras"
        filler = list(_FILLER)
        self.rng.shuffle(filler)
        text = self.output.rstrip()
        while _words(text) <= 200 and filler:
            text += " " + filler.pop()
        return text, "pad", f"rellenada hasta {_words(text)} palabras"

    # --- COD ------------------------------------------------------------

    def _bare(self, family: str) -> Mutant | None:
        codes = _codes(self.output, family)
        if not codes:
            return None
        c = self.rng.choice(codes)
        return _replace(self.output, c.start - 1, c.end + 1, c.text), "unparenthesised", f"{c.text} sin paréntesis"

    def _malformed(self, family: str) -> Mutant | None:
        codes = _codes(self.output, family)
        if not codes:
            return None
        c = self.rng.choice(codes)
        kind = "malformed"
        if family == "atc":
            bad = c.text[:-2] + c.text[-1]  # J01DD04 -> J01DD4
        elif self.rng.random() < 0.5:
            base = c.text[:-1] if c.text.endswith("X") else c.text  # I10X: the filler is no digit to extend
            bad = base + ("9" if len(base) > 3 else ".99")  # J18.9 -> J18.99, J189 -> J1899, I10 -> I10.99
        else:
            bare = c.text.replace(".", "")
            bad, kind = f"{bare[:2]}.{bare[2:]}", "early-dot"  # J18.9 -> J1.89, I10 -> I1.0
        return _replace(self.output, c.start, c.end, bad), kind, f"{c.text} escrito {bad}"

    def _shared(self, family: str) -> Mutant | None:
        codes = _codes(self.output, family)
        if len({c.text for c in codes}) < 2:
            return None
        first, second = self.rng.sample(codes, 2)
        if first.text == second.text:
            return None
        return (_replace(self.output, first.end, first.end, f", {second.text}"), "shared-parenthesis",
                f"({first.text}, {second.text})")

    def _format(self, family: str) -> Mutant | None:
        makers = [self._bare, self._malformed, self._shared]
        self.rng.shuffle(makers)
        return next((m for make in makers if (m := make(family))), None)

    def cod001(self) -> Mutant | None:
        return self._format("cie10")

    def cod003(self) -> Mutant | None:
        return self._format("atc")

    def _foreign_code(self, family: str) -> Mutant | None:
        """Replace a written code with a catalogue code the input lacks: a
        sibling (same CIE-10 category, same ATC group) when there is one."""
        codes = _codes(self.output, family)
        if not codes:
            return None
        c = self.rng.choice(codes)
        if family == "cie10":
            known = {k[:3] for k in self.facts.cie10}
            pool = sorted(r.code for r in catalogue.cie10() if norm_cie10(r.code)[:3] not in known)
            key, widths = norm_cie10(c.text), (3, 1)
        else:
            pool = sorted(r.code for r in catalogue.atc() if r.code not in self.facts.atc)
            key, widths = c.text, (5, 4, 3, 1)
        for width in widths:
            near = [code for code in pool if norm_cie10(code)[:width] == key[:width]] if family == "cie10" else \
                   [code for code in pool if code[:width] == key[:width]]
            if near:
                new = self.rng.choice(near)
                if family == "cie10" and "." not in c.text:
                    new = norm_cie10(new)  # keep the record's way of writing codes
                kind = "sibling-code" if width > 1 else "foreign-code"
                return _replace(self.output, c.start, c.end, new), kind, f"{c.text} cambiado por {new}"
        return None

    def cod002(self) -> Mutant | None:
        return self._foreign_code("cie10")

    def cod004(self) -> Mutant | None:
        return self._foreign_code("atc")

    def cod005(self) -> Mutant | None:
        """Two codes written in each other's place: both in the input, each now after the wrong name."""
        for family in self.rng.sample(("cie10", "atc"), 2):
            codes = _codes(self.output, family)
            single = [c for c in codes if [x.text for x in codes].count(c.text) == 1]
            if len(single) >= 2:
                first, second = sorted(self.rng.sample(single, 2), key=lambda c: c.start)
                return self._swap(first, second, "swap-codes")
        cie, atc = _codes(self.output, "cie10"), _codes(self.output, "atc")
        if cie and atc:
            first, second = sorted((cie[0], atc[0]), key=lambda c: c.start)
            return self._swap(first, second, "swap-families")
        return None

    def _swap(self, first: Code, second: Code, kind: str) -> Mutant:
        text = _replace(self.output, second.start, second.end, first.text)
        return _replace(text, first.start, first.end, second.text), kind, f"{first.text} y {second.text} intercambiados"

    # --- HAL, REP, DEM --------------------------------------------------

    def _unlisted(self, kind: str) -> str | None:
        rows = list(_unlisted_rows(kind).items())
        self.rng.shuffle(rows)
        for name, row in rows:
            if self.facts.writes(row.names):
                continue
            if kind == DRUG and row.code in self.facts.atc:
                continue
            if kind == DIAGNOSIS and norm_cie10(row.code)[:3] in {k[:3] for k in self.facts.cie10}:
                continue
            if kind == DIAGNOSIS and derived_from_values(name, self.facts):
                continue  # anemia beside a haemoglobin may be what the value says
            return name
        return None

    def hal001(self) -> Mutant | None:
        kind = self.rng.choice((DRUG, DRUG, DIAGNOSIS, PROCEDURE))
        name = self._unlisted(kind)
        if name is None:
            return None
        atc = _codes(self.output, "atc")
        if kind == DRUG and atc:
            after = atc[-1].end + 1  # after the closing parenthesis of the last drug written
            return _replace(self.output, after, after, f" y {name}"), "unlisted-drug", name
        sentence = {DRUG: f"Recibe además {name}.", DIAGNOSIS: f"Cursa además con {name}.",
                    PROCEDURE: f"Se realiza {name}."}[kind]
        parts = _sentences(self.output)
        at = self.rng.randrange(1, len(parts) + 1)
        text = "".join(parts[:at]).rstrip() + " " + sentence + (" " + "".join(parts[at:]) if at < len(parts) else "")
        return text.rstrip(), f"unlisted-{kind}", name

    def rep001(self) -> Mutant | None:
        parts = _sentences(self.output)
        candidates = [i for i, p in enumerate(parts) if i > 0 and _words(p) >= 4]
        if candidates and self.rng.random() < 0.6:
            i = min(candidates, key=lambda i: (_words(parts[i]), i))
            repeated = parts[i] if parts[i].endswith(" ") else parts[i] + " "
            return "".join(parts[:i]) + repeated + "".join(parts[i:]), "repeated-sentence", parts[i].strip()
        words = _WORD.findall(parts[-1])
        if len(words) < 2:
            return None
        phrase = " ".join(words[-2:])
        return self.output.rstrip() + " " + " ".join([phrase] * 4) + ".", "loop", f"«{phrase}» en bucle"

    def dem001(self) -> Mutant | None:
        facts = self.facts
        options: list[Mutant] = []
        if facts.sex is not None:
            for old, new in _SEX_SWAP:
                said = "F" if "fem" in old.lower() or "mujer" in old.lower() else "M"
                m = re.search(rf"\b{old}\b", self.output)
                if m and said == facts.sex:
                    options.append((_replace(self.output, m.start(), m.end(), new), "sex-swap",
                                    f"«{old}» cambiado por «{new}»"))
                    break
        if facts.age is not None:
            m = re.search(rf"\bde {facts.age} años", self.output)
            if m:
                wrong = facts.age + self.rng.choice((-12, -7, -4, 4, 7, 12))
                options.append((_replace(self.output, m.start(), m.end(), f"de {wrong} años"), "age-change",
                                f"{facts.age} años cambiado por {wrong}"))
        return self.rng.choice(options) if options else None


def mutate_record(record: dict[str, Any], record_id: str, rng: random.Random,
                  checks: tuple[str, ...] = MUTATED_CHECKS) -> list[dict[str, Any]]:
    """One mutant per check (and per class of a check, 'HAL001/device') that
    can be violated in this record."""
    out = []
    for label, (text, kind, detail) in Mutator(record["input"], record["output"], rng).mutants().items():
        check = label.split("/")[0]
        if check in checks:
            out.append({"id": f"{record_id}~{label.replace('/', '-')}", "instruction": record.get("instruction", ""),
                        "input": record["input"],
                        "output": text, "mutation": {"check": check, "kind": kind, "detail": detail}})
    return out
