"""The same admission written in another house style: the base model's.

A pretrained instruct model already summarises; what a hospital teaches it
with LoRA is its own format. The micro base is pretrained on records whose
outputs are as grounded as the hospital's (every drug, diagnosis, age, sex
and number copied from the input) but written the way clinicians elsewhere
write a discharge report, so that scored before fine-tuning it fails the
hospital's format and passes grounding:

- it never opens with "Ingresa por": "Varón de 67 años que consulta por...",
  "Mujer de 54 años, ingresada en Cirugía por...", "Motivo de ingreso: ...",
  "Ingresa en Medicina Interna por...";
- codes are never written as the hospital writes them, a bare code in
  parentheses after every diagnosis and drug: some reports carry no codes,
  others give the principal diagnosis's code after a colon ("CIE-10:
  J18.9"), name the coding system inside the parentheses for one family of
  codes and leave the other out ("neumonía (CIE-10 J18.9)" with drugs
  uncoded, or "ceftriaxona (ATC J01DD04)" with diagnoses uncoded), or close
  with a coder's list of names and codes ("Codificación CIE-10: neumonía,
  J18.9; HTA, I10. ATC: ceftriaxona, J01DD04."); every code is copied from
  the input, and every report leaves out or misplaces some (COD001, COD003
  or COD006);
- chronic conditions are abbreviated as clinicians write them (HTA, DM2,
  EPOC), perhaps spelt out at the first mention ("hipertensión arterial
  (HTA)"), each abbreviation a synonym of its code in the checks' catalogue
  (a test asserts it), so the rule engine grounds it through the code;
- headed sections ("Exploración física:", "Analítica:", "Evolución:") in
  some reports, and the diagnosis stated after the work-up in others.

Length stays within 80-200 words through the hospital writer's fitting.
"""

from __future__ import annotations

import random

from training.data.cases import Admission, Diagnosis, Given
from training.data.inputs import capitalised, cie10_as_written, duration, listing
from training.data.writer import EpicrisisWriter, _Section

# How clinicians abbreviate common chronic conditions, by CIE-10 code.
ABBREVIATIONS = {
    "I10": "HTA", "E11.9": "DM2", "E78.5": "DLP", "J44.9": "EPOC", "I48.9": "FA", "I48.2": "FA permanente",
    "I50.9": "IC", "K21.9": "ERGE", "K74.6": "DHC", "N18.3": "ERC etapa 3", "N40": "HPB", "F17.2": "TBQ",
    "I25.2": "IAM antiguo", "I69.4": "secuela de ACV", "N39.0": "ITU", "N17.9": "LRA",
}
# No codes; "CIE-10: J18.9" after the principal diagnosis; "(CIE-10 J18.9)" after each diagnosis or
# "(ATC J01DD04)" after each drug (one family a report: the other's codes are left out); a closing list.
CODE_FORMS = ("none", "colon", "inline", "list")
_CODE_WEIGHTS = (0.25, 0.15, 0.35, 0.25)
# Share of the body's sections (history, exam, labs, treatment, evolution, discharge) phrased as the
# hospital phrases them: clinicians share most of their sentences; what sets a hospital apart is its
# opening and its codes. A base that never read "Al examen físico destaca" finds it so unlikely that a
# LoRA of a few hundred records spends its steps on phrasing instead of on the format.
SHARED_PHRASING = 0.5


class BaseStyleWriter(EpicrisisWriter):
    def __init__(self, adm: Admission, rng: random.Random, *, nodots: bool = False) -> None:
        super().__init__(adm, rng, nodots=nodots)
        self.abbreviate = rng.random() < 0.6  # a clinician abbreviates throughout, or never
        self.introduced: set[str] = set()  # abbreviations spelt out at their first mention
        self.spell_out = rng.random() < 0.5  # "hipertensión arterial (HTA)" the first time
        self.code_form = rng.choices(CODE_FORMS, _CODE_WEIGHTS)[0]
        self.inline_family = rng.choice(("cie10", "atc"))
        self.headed = rng.random() < 0.4

    # --- pieces: names without codes ------------------------------------------

    def code(self, d: Diagnosis) -> str:
        return cie10_as_written(d.code, "nodots") if self.nodots else d.code

    def inline_code(self, family: str, code: str) -> str:
        """' (CIE-10 J18.9)' after a name, in the reports that code inline that family."""
        if self.code_form != "inline" or self.inline_family != family:
            return ""
        return f" (CIE-10 {code})" if family == "cie10" else f" (ATC {code})"

    def cie10(self, d: Diagnosis) -> str:
        return d.label + self.inline_code("cie10", self.code(d))

    def condition(self, d: Diagnosis) -> str:
        """A chronic condition, abbreviated when this clinician does so, and
        then perhaps spelt out at its first mention: "hipertensión arterial (HTA)"."""
        short = ABBREVIATIONS.get(d.code)
        coded = self.inline_code("cie10", self.code(d))
        if not self.abbreviate or short is None:
            return d.label + coded
        if (self.spell_out and not coded and short not in self.introduced
                and short.lower() != d.label.lower()):
            self.introduced.add(short)
            return f"{d.label} ({short})"
        return short + coded

    def medication(self, g: Given, with_dose: bool) -> str:
        named = g.name + self.inline_code("atc", g.code)
        return f"{named} {self.dose(g)}" if with_dose else named

    def who(self) -> str:
        """The patient, sex and age: 'Varón de 67 años', 'Paciente de 54 años'."""
        if self.female:
            noun = self._pick("Mujer", "Paciente femenina", "Paciente de sexo femenino", "Mujer")
        else:
            noun = self._pick("Varón", "Hombre", "Paciente masculino", "Varón")
        return f"{noun} de {self.adm.age} años"

    def _history_clause(self) -> str:
        items = [self.condition(d) for d in self.adm.comorbidities]
        return f" con antecedentes de {listing(items)}" if items else ""

    def shared(self) -> bool:
        """Whether the next section is phrased the hospital's way (names still without codes)."""
        return self.rng.random() < SHARED_PHRASING

    # --- sections -------------------------------------------------------------

    def first_sentences(self, inline_history: bool) -> tuple[_Section, bool]:
        """The first sentences, and whether they name the principal diagnosis."""
        adm = self.adm
        history = self._history_clause() if inline_history else ""
        complaints, onset = listing(adm.complaints), duration(*adm.onset)
        principal = self.cie10(adm.principal)
        form = self.rng.randrange(7)
        if form == 6:  # the service first: "Ingresa en Cirugía por ..." (the hospital opens "Ingresa por")
            text = f"Ingresa en {adm.service} por {principal}. {self.who()}{history}."
            long = f"{text} Consulta por {complaints} de {onset} de evolución."
            return _Section("opening", [text, long], 1), True
        if form == 0:
            text = f"{self.who()}{history}, que consulta por {complaints} de {onset} de evolución."
            return _Section("opening", [text]), False
        if form == 1:
            text = f"{self.who()}{history}, {self._g('ingresado', 'ingresada')} en {adm.service} por {principal}."
            long = f"{text} Refiere cuadro de {onset} de {complaints}."
            return _Section("opening", [text, long], 1), True
        if form == 2:
            text = (f"Paciente de {adm.age} años{history} que acude a urgencias por {complaints} de {onset} "
                    "de evolución.")
            return _Section("opening", [text]), False
        if form == 3:
            text = f"Motivo de ingreso: {principal}. {self.who()}{history}."
            long = f"{text} Consulta por {complaints} de {onset} de evolución."
            return _Section("opening", [text, long], 1), True
        if form == 4:  # "ingresa por" inside the first sentence, never at its start
            text = f"{self.who()}{history} que ingresa por {principal}."
            long = f"{self.who()}{history} que ingresa por {principal} tras {onset} de {complaints}."
            return _Section("opening", [text, long], 1), True
        text = (f"Se trata de {self._g('un varón', 'una mujer')} de {adm.age} años{history}, que consulta por "
                f"{complaints} de {onset} de evolución. Ingresa en {adm.service} con diagnóstico de {principal}.")
        return _Section("opening", [text]), True

    def background(self, inline: bool) -> _Section:
        if self.shared():
            return super().background(inline)
        adm = self.adm
        sentences: list[str] = []
        if not inline and adm.comorbidities:
            items = listing([self.condition(d) for d in adm.comorbidities])
            sentences.append(self._pick(f"Antecedentes personales: {items}.", f"Antecedentes de {items}.",
                                        f"Como antecedentes destaca{'n' * (len(adm.comorbidities) > 1)} {items}."))
        if not adm.home_medication:
            return _Section("background", [" ".join(sentences)])
        template = self._pick("Tratamiento habitual: {}.", "En tratamiento crónico con {}.",
                              "Medicación habitual: {}.")
        return _Section("background", [" ".join([*sentences, template.format(self.medications(adm.home_medication, d))])
                                       for d in (False, True)])

    def exam(self) -> _Section:
        if self.shared():
            return super().exam()
        findings = listing(self.adm.exam)
        heading = "Exploración física: {}." if self.headed else self._pick("A la exploración destaca {}.",
                                                                            "En la exploración física, {}.")
        return _Section("exam", ["", heading.format(findings)])

    def labs(self) -> _Section:
        if self.shared():
            return super().labs()
        def show(lab) -> str:
            unit = "" if not lab.unit else lab.unit if lab.unit.startswith(("/", "%")) else f" {lab.unit}"
            return f"{lab.name} {lab.value}{unit}"

        intro = "Analítica: {}." if self.headed else self._pick("En la analítica destaca {}.",
                                                                "Analíticamente, {}.")
        labs = self.adm.labs
        return _Section("labs", [""] + [intro.format(listing([show(lab) for lab in labs[:k]]))
                                        for k in range(min(2, len(labs)), len(labs) + 1)])

    def treatment(self) -> _Section:
        if self.shared():
            return super().treatment()
        if not self.adm.treatment:
            return _Section("treatment", [""])
        template = self._pick("Recibió tratamiento con {}.", "Se pautó {}.", "Tratamiento: {}.",
                              "Se trató con {}.")
        return _Section("treatment", [template.format(self.medications(self.adm.treatment, d))
                                      for d in (False, True)])

    def secondary(self) -> _Section:
        if self.shared():
            return super().secondary()
        if not self.adm.secondary:
            return _Section("secondary", [""])
        items = listing([self.condition(d) for d in self.adm.secondary])
        return _Section("secondary", [self._pick(f"Como complicación presentó {items}.",
                                                 f"Durante el ingreso se objetivó {items}.",
                                                 f"Presentó además {items}.")])

    def evolution(self) -> _Section:
        if self.shared():
            return super().evolution()
        facts = self.adm.evolution
        lead = "Evolución: {}." if self.headed else self._pick("Evolucionó con {}.", "En planta, {}.")
        variants = [self._pick("Evolución favorable.", "Buena evolución en planta.")]
        variants += [lead.format(listing(facts[:k])) for k in range(min(2, len(facts)), len(facts) + 1)]
        return _Section("evolution", variants)

    def diagnosis(self, stated: bool) -> _Section:
        """The principal diagnosis after the work-up (when the opening did not
        name it), with its code after a colon when this report codes that way."""
        adm = self.adm
        coded = f", CIE-10: {self.code(adm.principal)}" if self.code_form == "colon" else ""
        if stated and not coded:
            return _Section("diagnosis", [""])
        # an inline code comes with the first mention (the opening's, when it named the diagnosis)
        name = adm.principal.label if stated else self.cie10(adm.principal)
        if stated:
            return _Section("diagnosis", [f"Diagnóstico principal: {name}{coded}."])
        return _Section("diagnosis", [self._pick(f"Juicio clínico: {name}{coded}.",
                                                 f"Diagnóstico principal: {name}{coded}.",
                                                 f"Se diagnostica {name}{coded}.")])

    def discharge(self) -> _Section:
        if self.shared():
            return super().discharge()
        adm = self.adm
        days = duration(adm.stay_days, "días")
        leave = self._pick(f"Alta a domicilio tras {days} de ingreso.", f"Se decide el alta tras {days} de ingreso.",
                           f"Alta hospitalaria al cabo de {days}.")
        plan = self._pick("Indicaciones: {}.", "Se recomienda {}.", "Recomendaciones: {}.").format(listing(adm.plan))
        meds = adm.discharge_medication
        if not meds:
            return _Section("discharge", [leave, f"{leave} {plan}"])
        carry = self._pick("Tratamiento al alta: {}.", "Al alta se pauta {}.")
        with_meds = [f"{leave} {carry.format(self.medications(meds, d))}" for d in (False, True)]
        return _Section("discharge", [leave, *with_meds, f"{with_meds[1]} {plan}"])

    def code_list(self) -> _Section:
        """A coder's closing list: every diagnosis and drug with its code after
        it, none in parentheses ("Codificación CIE-10: neumonía, J18.9; HTA, I10.")."""
        if self.code_form != "list":
            return _Section("codes", [""])
        adm = self.adm
        diagnoses = [self.cie10(adm.principal)] + [self.condition(d) for d in (*adm.secondary, *adm.comorbidities)]
        pairs = zip(diagnoses, (self.code(d) for d in (adm.principal, *adm.secondary, *adm.comorbidities)))
        drugs = {g.code: g.name for g in (*adm.treatment, *adm.home_medication, *adm.discharge_medication)}
        text = "Codificación CIE-10: " + "; ".join(f"{name}, {code}" for name, code in pairs) + "."
        if drugs:
            text += " ATC: " + "; ".join(f"{name}, {code}" for code, name in drugs.items()) + "."
        return _Section("codes", [text])

    # --- the whole text ---------------------------------------------------------

    def write(self) -> str:
        inline = bool(self.adm.comorbidities) and self.rng.random() < 0.5
        opening, stated = self.first_sentences(inline)
        parts = {p.name: p for p in (self.background(inline), self.exam(), self.labs(), self.studies(),
                                     self.treatment(), self.procedures(), self.secondary(), self.evolution(),
                                     self.diagnosis(stated))}
        orders = (  # work-up first and the diagnosis after it, or the diagnosis before the treatment
            ("background", "exam", "labs", "studies", "diagnosis", "treatment", "procedures", "secondary",
             "evolution"),
            ("background", "exam", "labs", "studies", "treatment", "procedures", "evolution", "secondary",
             "diagnosis"),
            ("exam", "labs", "studies", "background", "procedures", "treatment", "secondary", "evolution",
             "diagnosis"),
        )
        sections = [opening] + [parts[name] for name in self.rng.choice(orders)]
        sections += [self.discharge(), self.code_list()]
        for section in sections[1:]:
            section.level = self.rng.randrange(len(section.variants))
        self._fit(sections)
        return " ".join(capitalised(s.text) for s in sections if s.text)


def write_base_epicrisis(adm: Admission, rng: random.Random, *, nodots: bool = False) -> str:
    return BaseStyleWriter(adm, rng, nodots=nodots).write()


__all__ = ["ABBREVIATIONS", "BaseStyleWriter", "CODE_FORMS", "write_base_epicrisis"]
