"""The clinical data of an admission as the ``input`` of a record, in three
shapes, so that schema-agnostic grounding stays tested:

- ``object``: the default, nested objects with ``codigo``/``nombre`` pairs;
- ``flat``: one string per field with codes inline, "Neumonía (J18.9)";
- ``nodots``: the object shape with codes as Chilean records write them,
  without the dot and with the X filler of three-character codes (J189, I10X).
"""

from __future__ import annotations

from typing import Any

from training.data.cases import ROUTES, Admission, Diagnosis, Dose, Given

SHAPES = ("object", "flat", "nodots")


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def duration(amount: int, unit: str) -> str:
    """'1 día', '3 días', '1 hora': units are declared in the plural."""
    return f"{amount} {unit[:-1] if amount == 1 else unit}"


def cie10_as_written(code: str, shape: str) -> str:
    if shape != "nodots":
        return code
    bare = code.replace(".", "")
    return bare + "X" if len(bare) == 3 else bare


def dose_in_chart(dose: Dose) -> str:
    """How the chart writes a dose: '2 g cada 24 horas', '500 mg al día'."""
    schedule = f"cada {dose.every} horas" if isinstance(dose.every, int) else dose.every
    return f"{dose.amount} {schedule}".strip()


def render_input(adm: Admission, shape: str) -> dict[str, Any]:
    if shape not in SHAPES:
        raise ValueError(f"unknown input shape {shape!r} (known: {', '.join(SHAPES)})")
    if shape == "flat":
        return _flat(adm)
    return _object(adm, shape)


def _diagnosis(d: Diagnosis, shape: str, kind: str | None = None) -> dict[str, str]:
    item = {"codigo": cie10_as_written(d.code, shape), "nombre": capitalised(d.label)}
    if kind:
        item["tipo"] = kind
    return item


def _medication(g: Given) -> dict[str, str]:
    item = {"codigo": g.code, "nombre": capitalised(g.name), "dosis": dose_in_chart(g.dose),
            "via": ROUTES[g.dose.route][0]}
    if g.dose.days:
        item["duracion"] = f"{g.dose.days} días"
    return item


def _object(adm: Admission, shape: str) -> dict[str, Any]:
    diagnoses = [_diagnosis(adm.principal, shape, "principal")]
    diagnoses += [_diagnosis(d, shape, "secundario") for d in adm.secondary]
    return {
        "paciente": {"sexo": "Femenino" if adm.sex == "F" else "Masculino", "edad": adm.age},
        "servicio": adm.service,
        "motivo_consulta": {"sintomas": adm.complaints, "tiempo_evolucion": duration(*adm.onset)},
        "antecedentes": [_diagnosis(d, shape) for d in adm.comorbidities],
        "medicamentos_habituales": [_medication(g) for g in adm.home_medication],
        "examen_fisico": adm.exam,
        "examenes": {lab.name: _lab_value(lab.value, lab.unit) for lab in adm.labs},
        "estudios": [{"nombre": capitalised(s.name), "resultado": s.result} for s in adm.studies],
        "diagnosticos": diagnoses,
        "procedimientos": [capitalised(p) for p in adm.procedures],
        "tratamiento": [_medication(g) for g in adm.treatment],
        "evolucion": adm.evolution,
        "dias_hospitalizacion": adm.stay_days,
        "tratamiento_alta": [_medication(g) for g in adm.discharge_medication],
        "indicaciones_alta": adm.plan,
    }


def _lab_value(value: str, unit: str) -> str:
    if not unit:
        return value
    return f"{value}{unit}" if unit.startswith(("/", "%")) else f"{value} {unit}"


def _inline_medication(g: Given) -> str:
    text = f"{capitalised(g.name)} ({g.code}) {dose_in_chart(g.dose)} {ROUTES[g.dose.route][1]}"
    return text + (f" por {g.dose.days} días" if g.dose.days else "")


def _flat(adm: Admission) -> dict[str, str]:
    """Every field one string; demographics only in free text."""
    sex = "femenina" if adm.sex == "F" else "masculino"
    diagnoses = [adm.principal, *adm.secondary]
    fields = {
        "paciente": f"Paciente {sex}, {adm.age} años",
        "motivo_consulta": f"{capitalised(listing(adm.complaints))} de {duration(*adm.onset)} de evolución",
        "antecedentes": ", ".join(f"{capitalised(d.label)} ({d.code})" for d in adm.comorbidities)
        or "Sin antecedentes mórbidos",
        "medicamentos_habituales": "; ".join(_inline_medication(g) for g in adm.home_medication) or "No usa",
        "examen_fisico": capitalised("; ".join(adm.exam)),
        "examenes": ", ".join(f"{lab.name} {_lab_value(lab.value, lab.unit)}" for lab in adm.labs),
        "estudios": ". ".join(f"{capitalised(s.name)}: {s.result}" for s in adm.studies),
        "diagnosticos": "; ".join(f"{capitalised(d.label)} ({d.code})" for d in diagnoses),
        "procedimientos": ", ".join(capitalised(p) for p in adm.procedures),
        "tratamiento": "; ".join(_inline_medication(g) for g in adm.treatment),
        "evolucion": ". ".join(capitalised(f) for f in adm.evolution),
        "dias_hospitalizacion": str(adm.stay_days),
        "alta": ". ".join([*(_inline_medication(g) for g in adm.discharge_medication),
                           *(capitalised(p) for p in adm.plan)]),
    }
    return {key: value for key, value in fields.items() if value}


def listing(items: list[str]) -> str:
    """'a, b y c'; 'y' becomes 'e' before an /i/ sound (fiebre e ictericia)."""
    if len(items) < 2:
        return "".join(items)
    last = items[-1].lower()
    joiner = " e " if last.startswith(("i", "hi", "í")) and not last.startswith("hie") else " y "
    return ", ".join(items[:-1]) + joiner + items[-1]
