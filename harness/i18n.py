"""The two languages of every human-facing text: Spanish for the clinicians
who agreed the checklist (the default), English for engineers' logs.

One place holds the words: the CLI's text output, the gate lines and the HTML
report look their labels up here, so a `--lang` choice changes a whole output
and nothing is left half translated. Machine outputs (JSON, JUnit, record
files) keep their fixed English keys; check messages stay Spanish wherever a
clinician reads them.

Gate ids (``regression.check_rate[REP001]``) are engineering names; the
committee reads :func:`plain_gate` beside them: what the gate catches, in
words. Plain data and string formatting only: ``epicrisis check`` imports it.
"""

from __future__ import annotations

import re
from typing import Literal

Lang = Literal["es", "en"]
LANGS: tuple[Lang, ...] = ("es", "en")
DEFAULT_LANG: Lang = "es"


def check_lang(lang: str) -> Lang:
    """``lang`` if it is one of :data:`LANGS`; a ValueError naming them otherwise."""
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}: use one of {', '.join(LANGS)}")
    return lang  # type: ignore[return-value]


# Labels of the CLI's text outputs and the report: key -> (es, en). Values are
# str.format templates; plural forms are separate keys chosen by :func:`count`.
UI: dict[str, tuple[str, str]] = {
    # severities, as shown to people (the config keeps error|warning|preview)
    "severity.error": ("error", "error"),
    "severity.warning": ("advertencia", "warning"),
    "severity.preview": ("prueba", "preview"),
    # epicrisis check
    "check.record": ("registro", "record"),
    "check.summary": ("Resumen", "Summary"),
    "check.col.check": ("regla", "check"),
    "check.col.name": ("nombre", "name"),
    "check.col.severity": ("gravedad", "severity"),
    "check.col.findings": ("hallazgos", "findings"),
    "check.col.records": ("registros", "records"),
    "check.total": ("{records}: {passed}, {failed}.", "{records}: {passed}, {failed}."),
    # counted words, each agreeing with its own number: "1 registro: 1 aprobado, 0 con errores"
    "n.records.one": ("{n} registro", "{n} record"),
    "n.records.many": ("{n} registros", "{n} records"),
    "n.passed.one": ("{n} aprobado", "{n} passed"),
    "n.passed.many": ("{n} aprobados", "{n} passed"),
    "n.failed.one": ("{n} con errores", "{n} with errors"),
    "n.failed.many": ("{n} con errores", "{n} with errors"),
    # epicrisis eval / rescore: the scorecard
    "score.title": ("Resultado", "scorecard"),
    "score.col.check": ("regla", "check"),
    "score.col.name": ("nombre", "name"),
    "score.col.severity": ("gravedad", "severity"),
    "score.col.records": ("registros con hallazgo (IC 95%)", "records with finding (95% CI)"),
    "score.total": ("aprobados {passed}/{records}  {interval}; mediana de palabras {words}; {rate}",
                    "passed {passed}/{records}  {interval}; words median {words}; {rate}"),
    "score.speed": ("{rate} tokens/s", "{rate} tokens/s"),
    "score.no_speed": ("generación sin medir", "no generation timed"),
    "score.generated": ("{generated} generados, {reused} de la caché; escrito {out}",
                        "{generated} generated, {reused} from the cache; wrote {out}"),
    # epicrisis checks
    "checks.title": ("Reglas de la epicrisis", "epicrisis checklist"),
    "checks.col.id": ("id", "id"),
    "checks.col.name": ("nombre", "name"),
    "checks.col.severity": ("gravedad", "severity"),
    "checks.col.rule": ("detecta", "rule (fires when broken)"),
    "checks.col.options": ("opciones", "options"),
    "checks.col.source": ("origen", "from"),
    # epicrisis gate
    "gate.title": ("Puertas de calidad de {run}", "gates for {run}"),
    "gate.against": (" frente a {baseline}", " against {baseline}"),
    "gate.no_baseline": (" (sin modelo de referencia: no se comparan regresiones)",
                         " (no baseline: regression gates not run)"),
    "gate.checkpoint": ("  con la ejecución PyTorch de su punto de control {run} (puertas checkpoint.*)",
                        "  with its checkpoint's torch run {run} (gates named checkpoint.*)"),
    "gate.pass": ("CUMPLE", "PASS"),
    "gate.fail": ("FALLA", "FAIL"),
    "gate.sample": ("muestra", "sample"),
    "gate.warning": ("aviso", "warning"),
    "gate.total": ("{passed} cumplen, {failed} fallan: {decision}", "{passed} passed, {failed} failed: {decision}"),
    "gate.ship": ("el modelo puede pasar a producción", "the run may ship"),
    "gate.no_ship": ("el modelo NO puede pasar a producción", "the run may NOT ship"),
    "gate.value": ("valor {current}", "value {current}"),
    "gate.baseline": ("referencia {baseline}", "baseline {baseline}"),
    "gate.delta": ("cambio {delta}", "change {delta}"),
    "gate.threshold": ("exigido {comparison} {threshold}", "required {comparison} {threshold}"),
    "gate.paired": ("{paired} muestras pareadas, p={p}", "{paired} paired samples, p={p}"),
    # epicrisis promote
    "promote.done": ("promovido {variant} a {target} ({registry} LLM_MODELS como {model_id})",
                     "promoted {variant} to {target} ({registry} LLM_MODELS as {model_id})"),
    "promote.registered": ("registrado en", "registered in"),
    "promote.already": ("ya estaba en", "already in"),
    "promote.unverified": ("verificación en Transformers.js OMITIDA (--no-verify): nadie comprobó que la app "
                           "genere con esta copia los mismos tokens que Python ONNX",
                           "Transformers.js verification SKIPPED (--no-verify): nothing checked that the app "
                           "generates the same tokens with this copy as Python ONNX"),
    "gate.warnings.one": ("1 salvedad sobre la comparación (detallada con --lang en y en el archivo del veredicto)",
                          "1 caveat about the comparison"),
    "gate.warnings.many": ("{n} salvedades sobre la comparación (detalladas con --lang en y en el archivo del "
                           "veredicto)", "{n} caveats about the comparison"),
}


def text(key: str, lang: str = DEFAULT_LANG, **values: object) -> str:
    """The label ``key`` in ``lang``, formatted with ``values``."""
    es, en = UI[key]
    template = en if check_lang(lang) == "en" else es
    return template.format(**values) if values else template


def count(key: str, n: int, lang: str = DEFAULT_LANG, **values: object) -> str:
    """``key.one`` for n == 1, ``key.many`` otherwise: "1 registro", "2 registros"."""
    return text(f"{key}.{'one' if n == 1 else 'many'}", lang, n=n, **values)


# What each check catches, as a phrase that follows "epicrisis con" / "summaries
# with". The checks' own Spanish messages describe one finding; these name the
# kind of problem for a committee. A check without an entry (a plugin's) falls
# back to its id.
CHECK_TOPICS: dict[str, tuple[str, str]] = {
    "FMT001": ("un comienzo distinto de «Ingresa por»", "an opening other than «Ingresa por»"),
    "FMT002": ("formato markdown (negritas, listas, corchetes)", "markdown formatting (bold, lists, brackets)"),
    "FMT003": ("una longitud fuera de la acordada", "a length outside the agreed range"),
    "COD001": ("códigos CIE-10 mal escritos", "badly written ICD-10 codes"),
    "COD002": ("códigos CIE-10 que no están en los datos del paciente", "ICD-10 codes absent from the patient's data"),
    "COD003": ("códigos ATC mal escritos", "badly written ATC codes"),
    "COD004": ("códigos ATC que no están en los datos del paciente", "ATC codes absent from the patient's data"),
    "COD005": ("códigos que no corresponden al término que acompañan", "codes that do not match the term beside them"),
    "COD006": ("códigos del paciente omitidos", "patient codes left out"),
    "COD007": ("códigos CIE-10 inexistentes", "ICD-10 codes that do not exist"),
    "HAL001": ("fármacos, diagnósticos o procedimientos inventados", "invented drugs, diagnoses or procedures"),
    "HAL002": ("cifras que no están en los datos del paciente", "numbers absent from the patient's data"),
    "HAL003": ("dosis que contradicen los datos del paciente", "doses that contradict the patient's data"),
    "HAL004": ("un lado (derecho/izquierdo) equivocado", "the wrong side (left/right)"),
    "CLN001": ("tratamientos sin indicación entre los diagnósticos", "treatments with no indication among the diagnoses"),
    "REP001": ("texto repetitivo", "repetitive text"),
    "DEM001": ("sexo o edad que contradicen los datos del paciente", "sex or age contradicting the patient's data"),
    "HAR001": ("una regla que falló al ejecutarse", "a check that crashed"),
}


def check_topic(check: str, lang: str = DEFAULT_LANG) -> str:
    """What ``check`` catches, in words: "texto repetitivo" for REP001."""
    es, en = CHECK_TOPICS.get(check, (f"hallazgos de {check}", f"findings of {check}"))
    return en if check_lang(lang) == "en" else es


# Gate ids -> what the gate catches. {topic} is the check's phrase, {variant}
# the ONNX variant. The ids themselves come from harness.gates / gating.
_GATES: dict[str, tuple[str, str]] = {
    "floor.pass_rate": ("menos epicrisis sin errores que el mínimo exigido",
                        "fewer summaries without errors than the required minimum"),
    "floor.max_check_rate": ("más epicrisis con {topic} que el máximo permitido",
                             "more summaries with {topic} than allowed"),
    "regression.pass_rate": ("más epicrisis con errores que el modelo en producción",
                             "more summaries with errors than the production model"),
    "regression.check_rate": ("más epicrisis con {topic} que el modelo en producción",
                              "more summaries with {topic} than the production model"),
    "parity.text_match": ("la versión para el navegador ({variant}) escribe otro texto que el modelo original",
                          "the browser version ({variant}) writes different text from the original model"),
    "parity.verdict_agreement": ("la versión para el navegador ({variant}) aprueba o suspende otras epicrisis "
                                 "que el modelo original",
                                 "the browser version ({variant}) passes or fails other summaries than the "
                                 "original model"),
    "parity.check_agreement": ("la versión para el navegador ({variant}) tiene otros hallazgos que el modelo original",
                               "the browser version ({variant}) gets other findings than the original model"),
    "parity.pass_rate_drop": ("la versión para el navegador ({variant}) aprueba menos epicrisis que el modelo original",
                              "the browser version ({variant}) passes fewer summaries than the original model"),
    "ship.variant": ("una versión que no está entre las autorizadas para el navegador",
                     "a version not among those allowed to ship to the browser"),
    "checkpoint.found": ("no se encontró el modelo original de esta versión",
                         "the original model of this version was not found"),
    "checkpoint": ("el modelo original: {plain}", "the original model: {plain}"),
}

_CHECK_GATE = re.compile(r"^(floor\.max_check_rate|regression\.check_rate)\[([^\]]+)\]$")
_PARITY_GATE = re.compile(r"^parity\.([^.]+)\.([a-z_]+)$")


def plain_gate(name: str, lang: str = DEFAULT_LANG) -> str:
    """What the gate ``name`` catches, in plain words; the name itself when it
    is not one this module knows (a newer gate is never hidden).

    >>> plain_gate("regression.check_rate[REP001]")
    'más epicrisis con texto repetitivo que el modelo en producción'
    >>> plain_gate("checkpoint.floor.pass_rate", "en")
    'the original model: fewer summaries without errors than the required minimum'
    """
    index = 1 if check_lang(lang) == "en" else 0
    if name in _GATES:
        return _GATES[name][index]
    if name.startswith("checkpoint."):
        inner = name.removeprefix("checkpoint.")
        plain = plain_gate(inner, lang)
        return name if plain == inner else _GATES["checkpoint"][index].format(plain=plain)
    if match := _CHECK_GATE.match(name):
        family, check = match.groups()
        return _GATES[family][index].format(topic=check_topic(check, lang))
    if (match := _PARITY_GATE.match(name)) and f"parity.{match.group(2)}" in _GATES:
        variant, measure = match.groups()
        return _GATES[f"parity.{measure}"][index].format(variant=variant)
    return name
