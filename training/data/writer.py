"""The reference epicrisis of an admission, written the way different
physicians write them.

Each record draws a style (phrasings, order of sections, how doses and codes
are written) from its own ``random.Random``. Every name written is copied
from the input (so HAL001 grounds it), every code follows its name in
parentheses (COD001/COD003/COD005), every number is one the input holds
(HAL002), and the text is fitted to 80-200 words (FMT003) by choosing how
much detail each section carries.
"""

from __future__ import annotations

import itertools
import random
from dataclasses import dataclass

from training.data.cases import DAILY, Admission, Diagnosis, Given, LabResult, StudyResult
from training.data.inputs import capitalised, cie10_as_written, duration, listing

MIN_WORDS, MAX_WORDS = 80, 200
_HOURS = ("cada {h} horas", "c/{h} h", "cada {h} h")
_DAILY = ("al día", "diarios", "una vez al día", "por día")  # rotated: a repeated "mg al día" trips REP001
_ROUTE_WORDS = {"ev": ("ev", "endovenoso"), "vo": ("vo", "oral"), "sc": ("sc", "subcutáneo"),
                "inh": ("inhalado", "inhalado"), "im": ("im", "intramuscular")}
_PREDICATE_RESULTS = ("positiv", "negativ", "sin ")  # "Urocultivo negativo", not "Urocultivo muestra negativo"
_INSTALLED = ("sonda", "tubo", "marcapasos", "cateterismo")  # devices are installed, not performed


@dataclass
class _Section:
    """Alternative renderings of one part of the text, shortest first."""

    name: str
    variants: list[str]
    level: int = 0

    @property
    def text(self) -> str:
        return self.variants[self.level]


def _words(text: str) -> int:
    return len(text.split())


class EpicrisisWriter:
    def __init__(self, adm: Admission, rng: random.Random, *, nodots: bool = False) -> None:
        self.adm, self.rng = adm, rng
        self.female = adm.sex == "F"
        self.nodots = nodots
        self.hours = rng.choice(_HOURS)
        self.route_style = rng.choice((0, 0, 1, 2))  # 0: omitted, 1: abbreviated, 2: a word
        self.daily = itertools.cycle(rng.sample(_DAILY, len(_DAILY)))

    # --- pieces -------------------------------------------------------------

    def _g(self, masculine: str, feminine: str) -> str:
        return feminine if self.female else masculine

    def _pick(self, *options: str) -> str:
        return self.rng.choice(options)

    def cie10(self, d: Diagnosis) -> str:
        code = cie10_as_written(d.code, "nodots") if self.nodots else d.code
        return f"{d.label} ({code})"

    def dose(self, g: Given) -> str:
        d = g.dose
        if isinstance(d.every, int):
            schedule = self.hours.format(h=d.every)
        elif d.every == DAILY:
            schedule = next(self.daily)
        else:
            schedule = d.every
        route = "" if self.route_style == 0 else _ROUTE_WORDS[d.route][self.route_style - 1]
        text = " ".join(part for part in (d.amount, schedule, route) if part)
        return text + (f" por {d.days} días" if d.days else "")

    def medication(self, g: Given, with_dose: bool) -> str:
        coded = f"{g.name} ({g.code})"
        return f"{coded} {self.dose(g)}" if with_dose else coded

    def medications(self, items: list[Given], with_dose: bool) -> str:
        return listing([self.medication(g, with_dose) for g in items])

    def patient(self, *, article: bool) -> str:
        age = f"de {self.adm.age} años"
        if self.female:
            forms = ("paciente femenina", "paciente de sexo femenino", "una mujer" if article else "mujer",
                     "una paciente" if article else "paciente")
        else:
            forms = ("paciente masculino", "paciente de sexo masculino", "un hombre" if article else "hombre",
                     "un varón" if article else "varón", "un paciente" if article else "paciente")
        return f"{self.rng.choice(forms)} {age}"

    # --- sections -----------------------------------------------------------

    def opening(self, background: str) -> _Section:
        adm = self.adm
        principal = self.cie10(adm.principal)
        complaints = listing(adm.complaints)
        onset = duration(*adm.onset)
        form = self.rng.randrange(4)
        if form == 0:
            who = capitalised(self.patient(article=False)) + background
            short = f"Ingresa por {principal}. {who}."
            long = f"Ingresa por {principal}. {who}, consulta por {complaints} de {onset} de evolución."
        elif form == 1:
            who = capitalised(self.patient(article=False)) + background
            short = f"Ingresa por {principal}. {who}."
            long = f"Ingresa por cuadro de {onset} de {complaints}, con diagnóstico de {principal}. {who}."
        elif form == 2:
            who = self.patient(article=True) + background
            short = f"Ingresa por {principal} en {who}."
            long = f"Ingresa por {complaints} de {onset} de evolución, diagnosticándose {principal} en {who}."
        else:
            who = self.patient(article=True) + background
            short = f"Ingresa por {principal} al servicio de {adm.service}. Se trata de {who}."
            long = (f"Ingresa por {principal} al servicio de {adm.service}. Se trata de {who} que presenta "
                    f"{complaints} de {onset} de evolución.")
        return _Section("opening", [short, long], 1)

    def inline_background(self) -> str:
        comorbidities = [self.cie10(d) for d in self.adm.comorbidities]
        return f", con antecedentes de {listing(comorbidities)}" if comorbidities else ""

    def background(self, inline: bool) -> _Section:
        adm = self.adm
        sentences: list[str] = []
        if not inline:
            if adm.comorbidities:
                items = listing([self.cie10(d) for d in adm.comorbidities])
                sentences.append(self._pick(f"Antecedentes de {items}.",
                                            f"Como antecedentes mórbidos presenta {items}.",
                                            f"Antecedentes mórbidos: {items}.", f"Tiene antecedentes de {items}."))
            else:
                sentences.append(self._pick("", "Sin antecedentes mórbidos conocidos.",
                                            f"Previamente {self._g('sano', 'sana')}."))
        if not adm.home_medication:
            return _Section("background", [" ".join(s for s in sentences if s)])
        variants = []
        template = self._pick("En tratamiento habitual con {}.", self._g("Usuario de {}.", "Usuaria de {}."),
                              "Fármacos de uso habitual: {}.", "Su tratamiento habitual incluye {}.")
        for with_dose in (False, True):
            meds = template.format(self.medications(adm.home_medication, with_dose))
            variants.append(" ".join(s for s in (*sentences, meds) if s))
        return _Section("background", variants)

    def exam(self) -> _Section:
        findings = listing(self.adm.exam)
        return _Section("exam", ["", self._pick(f"Al examen físico destaca {findings}.",
                                                f"Al ingreso se constata {findings}.",
                                                f"Examen físico con {findings}.")])

    def labs(self) -> _Section:
        item = self._pick("{n} de {v}", "{n} {v}", "{n} en {v}")

        def show(lab: LabResult) -> str:
            unit = "" if not lab.unit else lab.unit if lab.unit.startswith(("/", "%")) else f" {lab.unit}"
            return item.format(n=lab.name, v=f"{lab.value}{unit}")

        intro = self._pick("Exámenes de ingreso con {}.", "En el laboratorio destaca {}.", "Laboratorio con {}.",
                           "Al ingreso presenta {}.")
        labs = self.adm.labs
        variants = [""] + [intro.format(listing([show(lab) for lab in labs[:k]]))
                           for k in range(min(2, len(labs)), len(labs) + 1)]
        return _Section("labs", variants)

    def study(self, s: StudyResult) -> str:
        name = capitalised(s.name)
        if s.result.startswith(_PREDICATE_RESULTS):
            return self._pick(f"{name} {s.result}.", f"{name}: {s.result}.")
        return self._pick(f"{name} muestra {s.result}.", f"{name} con {s.result}.",
                          f"Se realiza {s.name}, que informa {s.result}.",
                          f"{name}: {s.result}.")

    def studies(self) -> _Section:
        written = [self.study(s) for s in self.adm.studies]
        return _Section("studies", [""] + [" ".join(written[:k]) for k in range(1, len(written) + 1)])

    def treatment(self) -> _Section:
        if not self.adm.treatment:
            return _Section("treatment", [""])
        template = self._pick("Se inicia tratamiento con {}.", "Recibe {}.", "Se maneja con {}.",
                              self._g("Manejado con {}.", "Manejada con {}."), "Se indica {}.")
        return _Section("treatment", [template.format(self.medications(self.adm.treatment, d)) for d in (False, True)])

    def procedures(self) -> _Section:
        if not self.adm.procedures:
            return _Section("procedures", [""])
        done = listing(self.adm.procedures)
        if self.adm.procedures[0].startswith(_INSTALLED):
            return _Section("procedures", [self._pick(f"Se instala {done}.",
                                                      f"Durante la hospitalización se instala {done}.")])
        return _Section("procedures", [self._pick(f"Se realiza {done}.", f"Se efectúa {done} sin incidentes.",
                                                  self._g(f"Es sometido a {done}.", f"Es sometida a {done}."),
                                                  f"Durante la hospitalización se realiza {done}.")])

    def secondary(self) -> _Section:
        if not self.adm.secondary:
            return _Section("secondary", [""])
        items = listing([self.cie10(d) for d in self.adm.secondary])
        return _Section("secondary", [self._pick(f"Se agrega diagnóstico de {items}.", f"Cursa además con {items}.",
                                                 f"Como diagnóstico secundario se registra {items}.",
                                                 f"Durante la hospitalización se diagnostica {items}.")])

    def evolution(self) -> _Section:
        facts = self.adm.evolution
        template = self._pick("Evoluciona con {}.", "En su evolución destaca {}.",
                              "Durante la hospitalización presenta {}.",
                              "Evoluciona favorablemente, con {}.")
        variants = [self._pick("Evoluciona favorablemente.", "Buena evolución clínica.")]
        variants += [template.format(listing(facts[:k])) for k in range(min(2, len(facts)), len(facts) + 1)]
        return _Section("evolution", variants)

    def discharge(self) -> _Section:
        adm = self.adm
        days = duration(adm.stay_days, "días")
        stay = self._pick(f"tras {days} de hospitalización", f"luego de {days} de estadía",
                          f"con {days} de hospitalización")
        condition = self._pick("", " en buenas condiciones generales", " en condiciones estables")
        plan = listing(adm.plan)
        plan_sentence = self._pick(f"Se indica {plan}.", f"Indicaciones al alta: {plan}.", f"Al alta se indica {plan}.",
                                   f"Se deja con indicación de {plan}.")
        meds = adm.discharge_medication
        if meds:
            carry = self._pick("con {}", "indicándose {}")
            short = f"Se da de alta {carry.format(self.medications(meds, False))}."
            mid = f"Alta {stay}{condition}, {carry.format(self.medications(meds, True))}."
        else:
            short = self._pick("Se decide alta a domicilio.", "Se otorga alta a domicilio.")
            mid = f"Se decide alta {stay}{condition}."
        return _Section("discharge", [short, mid, f"{mid} {plan_sentence}"])

    # --- the whole text -----------------------------------------------------

    def write(self) -> str:
        inline = bool(self.adm.comorbidities) and self.rng.random() < 0.35
        opening = self.opening(self.inline_background() if inline else "")
        parts = {p.name: p for p in (self.background(inline), self.exam(), self.labs(), self.studies(),
                                     self.treatment(), self.procedures(), self.secondary(), self.evolution(),
                                     self.discharge())}
        orders = (  # where physicians put the history, the work-up and the secondary diagnoses
            ("background", "exam", "labs", "studies", "treatment", "procedures", "secondary", "evolution", "discharge"),
            ("background", "exam", "studies", "labs", "procedures", "treatment", "evolution", "secondary", "discharge"),
            ("exam", "labs", "studies", "background", "treatment", "procedures", "secondary", "evolution", "discharge"),
            ("background", "labs", "studies", "exam", "secondary", "treatment", "procedures", "evolution", "discharge"),
        )
        sections = [opening] + [parts[name] for name in self.rng.choice(orders)]
        for section in sections[1:]:
            section.level = self.rng.randrange(len(section.variants))
        self._fit(sections)
        return " ".join(s.text for s in sections if s.text)

    def _fit(self, sections: list[_Section]) -> None:
        """Raise or lower the detail of sections until the text has 80-200 words."""
        def total() -> int:
            return sum(_words(s.text) for s in sections)

        order = list(range(len(sections)))
        self.rng.shuffle(order)
        while total() > MAX_WORDS:
            lowerable = [i for i in order if sections[i].level > 0]
            if not lowerable:
                break
            sections[max(lowerable, key=lambda i: _words(sections[i].text))].level -= 1
        while total() < MIN_WORDS:
            raisable = [i for i in order if sections[i].level < len(sections[i].variants) - 1]
            if not raisable:
                break
            sections[raisable[0]].level += 1
            if total() > MAX_WORDS:
                sections[raisable[0]].level -= 1
                order.remove(raisable[0])


def write_epicrisis(adm: Admission, rng: random.Random, *, nodots: bool = False) -> str:
    return EpicrisisWriter(adm, rng, nodots=nodots).write()


__all__ = ["EpicrisisWriter", "MAX_WORDS", "MIN_WORDS", "write_epicrisis"]
