"""Every word the HTML report shows, in Spanish (the default: the committee
that signs a model off reads it) and English, and the way it writes numbers.

Languages, the default and the words shared with the CLI (severities, what
each check catches, what each gate catches) come from ``harness.i18n``; this
module holds only the report's own labels, so a ``lang`` choice changes the
whole page and nothing is left half translated. Model-written text (outputs,
quotes) is content and stays as written.
"""

from __future__ import annotations

from harness import i18n
from harness.figures import pct as _pct

NBSP = "\u00a0"  # a figure and its unit never split across lines: "12,5 %" stays one piece
LANGS = i18n.LANGS
DEFAULT_LANG = i18n.DEFAULT_LANG

# key -> (es, en); str.format templates.
REPORT: dict[str, tuple[str, str]] = {
    "title": ("Informe de regresión de epicrisis", "epicrisis regression report"),
    "meta.rendered": ("Generado el {created} sólo a partir de los registros de las ejecuciones; no se volvió a "
                      "generar nada. Las tasas llevan intervalos de Wilson al 95 %; una diferencia, el intervalo "
                      "de Newcombe.",
                      "Rendered {created} from run records only; nothing was generated again. Rates carry 95% "
                      "Wilson intervals; a difference carries Newcombe's interval."),
    # navigation
    "nav.summary": ("Resumen clínico", "Clinical summary"),
    "nav.decision": ("Decisión", "Decision"),
    "nav.checks": ("Reglas", "Checks"),
    "nav.trend": ("Puntos de control", "Checkpoints"),
    "nav.parity": ("Paridad", "Parity"),
    "nav.advice": ("Consejos", "Advice"),
    "nav.gates": ("Puertas", "Gates"),
    "nav.samples": ("Muestras", "Samples"),
    "nav.history": ("Historial", "History"),
    "nav.runs": ("Ejecuciones", "Runs"),
    # the clinical summary
    "summary.title": ("Resumen para el comité clínico", "Summary for the clinical committee"),
    "summary.candidate": ("El modelo candidato es <strong>{candidate}</strong>; se compara con el modelo en "
                          "producción (<span class=\"mono\">{baseline}</span>) sobre las mismas {n} epicrisis.",
                          "The candidate model is <strong>{candidate}</strong>; it is compared with the model in "
                          "production (<span class=\"mono\">{baseline}</span>) on the same {n} summaries."),
    "summary.candidate_alone": ("El modelo candidato es <strong>{candidate}</strong>. No hay modelo en producción "
                                "con el que compararlo: se muestran sus problemas más frecuentes.",
                                "The candidate model is <strong>{candidate}</strong>. There is no production "
                                "model to compare it with: its most frequent problems are shown."),
    "summary.overall": ("Escribe sin errores {count} de {total} epicrisis ({rate}); el modelo en producción, "
                        "{b_count} de {b_total} ({b_rate}).",
                        "It writes {count} of {total} summaries without errors ({rate}); the model in "
                        "production, {b_count} of {b_total} ({b_rate})."),
    "summary.overall_alone": ("Escribe sin errores {count} de {total} epicrisis ({rate}).",
                              "It writes {count} of {total} summaries without errors ({rate})."),
    "summary.worse": ("Lo que hace peor que el modelo en producción", "What it does worse than the model in production"),
    "summary.better": ("Lo que hace mejor que el modelo en producción", "What it does better than the model in production"),
    "summary.problems": ("Sus problemas más frecuentes", "Its most frequent problems"),
    "summary.none_worse": ("Nada: ninguna regla aparece en más epicrisis que con el modelo en producción.",
                           "Nothing: no check fires on more summaries than with the model in production."),
    "summary.none_better": ("Nada: ninguna regla aparece en menos epicrisis que con el modelo en producción.",
                            "Nothing: no check fires on fewer summaries than with the model in production."),
    "summary.change": ("Epicrisis con {topic}: {count} de {total} ({rate}), frente a {b_count} de {b_total} "
                       "({b_rate}) en producción.",
                       "Summaries with {topic}: {count} of {total} ({rate}), against {b_count} of {b_total} "
                       "({b_rate}) in production."),
    "summary.alone": ("Epicrisis con {topic}: {count} de {total} ({rate}).",
                      "Summaries with {topic}: {count} of {total} ({rate})."),
    "summary.clear": ("La diferencia es mayor de lo que explicaría el azar.",
                      "The difference is larger than chance would explain."),
    "summary.chance": ("Con estas muestras, la diferencia aún puede deberse al azar.",
                       "With these samples, the difference may still be chance."),
    "summary.example_candidate": ("Escrito por el candidato", "Written by the candidate"),
    "summary.example_baseline": ("Escrito por el modelo en producción", "Written by the model in production"),
    "summary.whole": ("toda la epicrisis: {words} palabras", "the whole summary: {words} words"),
    "summary.see": ("ver la muestra", "see the sample"),
    "summary.decision": ("Decisión", "Decision"),
    "summary.promote": ("Se puede poner en producción: cumple todas las exigencias acordadas.",
                        "It may go into production: it meets every agreed requirement."),
    "summary.block": ("No se debe poner en producción, porque tiene:",
                      "It must not go into production, because it has:"),
    "summary.blocked_by": ("Además, una comprobación posterior a las puertas lo rechazó (detalle con --lang en).",
                           "Also, a check after the gates refused it."),
    "summary.no_gates": ("No se evaluaron exigencias: este informe no decide.",
                         "No requirements were evaluated: this report decides nothing."),
    # decision box
    "decision.promote": ("Promover {subject}", "Promote {subject}"),
    "decision.block": ("No promover {subject}", "Do not promote {subject}"),
    "decision.block_alone": ("No promover", "Do not promote"),
    "decision.no_gates": ("Sin puertas evaluadas", "No gates evaluated"),
    "decision.no_gate_file": ("no se dio ningún archivo de puertas: nada decide la promoción",
                              "no gate file was given: nothing decides promotion"),
    "decision.all_pass": ("las {n} puertas se cumplen{against}", "all {n} gates pass{against}"),
    "decision.against": (" frente a {baseline}", " against {baseline}"),
    "decision.no_baseline": (" (sin modelo de referencia: no se evaluaron regresiones)",
                             " (no baseline: regression gates not run)"),
    "decision.pass_rate": ("Tasa de aprobación", "Pass rate"),
    "decision.samples": ("{count} de {total} muestras", "{count} of {total} samples"),
    "decision.against_baseline": ("frente a", "against"),
    "decision.in_baseline": ("en la referencia", "in the baseline"),
    "decision.no_baseline_given": ("no se dio modelo de referencia", "no baseline given"),
    "decision.significant": ("significativo", "significant"),
    "decision.gates_pass": ("{passed} de {total} puertas se cumplen", "{passed} of {total} gates pass"),
    "decision.checkpoint": (" (con las puertas de la ejecución PyTorch de su punto de control, llamadas checkpoint.*)",
                            " (with the gates of its checkpoint's torch run, named checkpoint.*)"),
    "decision.warning": ("Aviso", "Warning"),
    # tests
    "test.mcnemar": ("McNemar exacta, pareada n={n}", "exact McNemar, paired n={n}"),
    "test.fisher": ("Fisher exacta, no pareada", "Fisher exact, unpaired"),
    "test.none": ("sin referencia", "no baseline"),
    "test.mcnemar_short": ("McNemar, n={n}", "McNemar, n={n}"),
    "test.fisher_short": ("Fisher", "Fisher"),
    # checks table
    "checks.title": ("Reglas, según cuánto cambiaron", "Checks, by how much they moved"),
    "checks.help": ("Tasa = proporción de muestras con al menos un hallazgo de la regla (menos es mejor). p: prueba "
                    "exacta de McNemar sobre las n muestras pareadas, o de Fisher sin pares. Pulse una regla para "
                    "ver sus muestras.",
                    "Rate = share of samples with at least one finding of the check (lower is better). p: exact "
                    "McNemar test on the n paired samples, or Fisher's without pairs. Click a check to list its "
                    "samples."),
    "col.check": ("regla", "check"),
    "col.name": ("qué detecta", "what it catches"),
    "col.severity": ("gravedad", "severity"),
    "col.now": ("ahora", "now"),
    "col.interval": ("intervalo", "interval"),
    "col.baseline": ("referencia", "baseline"),
    "col.delta": ("Δ", "Δ"),
    "col.delta_interval": ("intervalo de Δ", "Δ interval"),
    "col.p": ("p", "p"),
    "col.test": ("prueba", "test"),
    "col.gate": ("puerta", "gate"),
    "col.status": ("estado", "status"),
    "col.current": ("actual", "current"),
    "col.threshold": ("umbral", "threshold"),
    "col.plain": ("qué significa", "what it means"),
    "col.worst": ("peores muestras", "worst samples"),
    "strip.now": ("tasa actual", "current rate"),
    "strip.interval": ("intervalo del 95 %", "95% interval"),
    "strip.baseline": ("tasa de la referencia", "baseline rate"),
    "pill.pass": ("cumple", "pass"),
    "pill.fail": ("falla", "fail"),
    "pill.no_gate": ("sin puerta", "no gate"),
    "pill.best": ("mejor", "best"),
    "pill.primary": ("principal", "primary"),
    "na": ("n/d", "n/a"),
    "tests.note": ("† El intervalo de Δ (Newcombe) y p pueden discrepar: el intervalo compara las dos tasas como "
                   "si fueran muestras independientes, mientras que p viene de la prueba exacta de McNemar sobre "
                   "las muestras pareadas, que sólo cuenta las que cambiaron de una ejecución a otra. Con pocas "
                   "muestras que cambian, el intervalo puede excluir el cero con p ≥ 0,05 (o al revés). Las "
                   "puertas usan la prueba pareada.",
                   "† The Δ interval (Newcombe) and p can disagree: the interval compares the two rates as if "
                   "they were independent samples, while p comes from the exact McNemar test on the paired "
                   "samples, which counts only those that changed between the runs. With few samples that "
                   "change, the interval can exclude zero while p ≥ 0.05 (or the reverse). The gates use the "
                   "paired test."),
    # trend
    "trend.pass": ("Tasa de aprobación por punto de control", "Pass rate by checkpoint"),
    "trend.checks": ("Proporción de muestras con un hallazgo, por regla", "Share of samples with a finding, by check"),
    "trend.loss": ("Pérdida por punto de control", "Loss by checkpoint"),
    "trend.step": ("paso de entrenamiento", "training step"),
    "trend.passing": ("muestras que aprueban", "samples passing"),
    "trend.with_finding": ("muestras con hallazgo", "samples with finding"),
    "trend.loss_axis": ("pérdida", "loss"),
    "trend.torch": ("torch (IC 95 %)", "torch (95% CI)"),
    "trend.onnx": ("ONNX fp32", "ONNX fp32"),
    "trend.train_loss": ("pérdida de entrenamiento", "train loss"),
    "trend.eval_loss": ("pérdida de validación", "eval loss"),
    "trend.never": ("Reglas que no aparecieron en ningún punto de control (no se dibujan): {checks}.",
                    "Checks that fired at no checkpoint (not drawn): {checks}."),
    "trend.all_drawn": ("Se dibujan todas las reglas que aparecieron en algún punto de control ({n}).",
                        "Every check that fired at some checkpoint is drawn ({n})."),
    "trend.failed": ("la evaluación falló (detalle con --lang en)", "its evaluation failed"),
    "col.step": ("paso", "step"),
    "col.loss": ("pérdida", "loss"),
    "col.eval_loss": ("pérdida de validación", "eval loss"),
    "col.pass_rate": ("tasa de aprobación", "pass rate"),
    "col.onnx_pass": ("aprobación ONNX fp32", "ONNX fp32 pass rate"),
    "col.identical": ("texto idéntico", "identical text"),
    "col.agreement": ("mismo veredicto", "verdict agreement"),
    "not_scored": ("sin puntuar", "not scored"),
    # parity
    "parity.title": ("Paridad de las versiones frente a {reference}", "Backend parity against {reference}"),
    "col.variant": ("versión", "variant"),
    "col.samples": ("muestras", "samples"),
    "col.pass_agreement": ("mismo aprobado/suspenso", "pass/fail agreement"),
    "col.least_check": ("regla con menos acuerdo", "least-agreeing check"),
    "col.mcnemar": ("p de McNemar", "McNemar p"),
    "col.diverged": ("divergen", "diverged"),
    "parity.only": ("{a} aprueban sólo en {reference}, {b} sólo aquí", "{a} pass only in {reference}, {b} only here"),
    "hist.title": ("{variant}: primer token distinto", "{variant}: first divergent token"),
    "hist.x": ("posición del token", "token position"),
    "hist.y": ("muestras", "samples"),
    # advice
    "advice.title": ("Consejos", "Advice"),
    "advice.source": ("Fuente", "Source"),
    "advice.guide": ("la sección de problemas frecuentes de la guía de ajuste fino", "the guide's troubleshooting"),
    "advice.fired": ("{check} aparece en {count} de {total} muestras ({interval})",
                     "{check} fired on {count} of {total} samples ({interval})"),
    "advice.vs": ("; referencia {base}, Δ {delta} [{low}, {high}], p={p}",
                  "; baseline {base}, Δ {delta} [{low}, {high}], p={p}"),
    "advice.rep.problem": ("texto repetitivo", "repetitive text"),
    "advice.rep.figures": ("; generado con repetition_penalty={rp}, no_repeat_ngram_size={nr}; {cut} de las salidas "
                           "cortadas en max_new_tokens={max}",
                           "; generated with repetition_penalty={rp}, no_repeat_ngram_size={nr}; {cut} of outputs "
                           "cut at max_new_tokens={max}"),
    "advice.rep.remedy": ("Suba repetition_penalty (1,1–1,2) o fije no_repeat_ngram_size (3–4) al generar "
                          "(epicrisis eval --repetition-penalty 1.15 --no-repeat-ngram-size 4) y vuelva a puntuar.",
                          "Raise repetition_penalty (1.1–1.2) or set no_repeat_ngram_size (3–4) for generation "
                          "(epicrisis eval --repetition-penalty 1.15 --no-repeat-ngram-size 4) and score again."),
    "advice.format.problem": ("no sigue el formato", "format not followed"),
    "advice.format.words": ("; palabras: mediana {median}, p10 {p10}, p90 {p90} (permitido {lo}–{hi}); {cut} "
                            "cortadas en max_new_tokens={max}",
                            "; words median {median}, p10 {p10}, p90 {p90} (allowed {lo}–{hi}); {cut} cut at "
                            "max_new_tokens={max}"),
    "advice.format.training": ("; entrenamiento: {settings}", "; training: {settings}"),
    "advice.format.remedy": ("Entrene más épocas o con una tasa de aprendizaje mayor: el modelo aún no sigue el "
                             "formato.",
                             "Train more epochs or with a higher learning rate: the model does not follow the "
                             "format yet."),
    "advice.format.length": (" Muchas salidas llegan a max_new_tokens: súbalo, o corrija antes la repetición.",
                             " Many outputs reach max_new_tokens: raise it, or fix repetition first."),
    "advice.grounding.problem": ("escribe lo que la entrada no contiene", "writes what the input does not contain"),
    "advice.grounding.remedy": ("Entrene más épocas con los mismos datos y compruebe que las referencias cumplen las "
                                "reglas (epicrisis data prepare --check); un modelo base mayor inventa menos.",
                                "Train more epochs on the same data and make sure the references pass the checklist "
                                "(epicrisis data prepare --check); a larger base model invents less."),
    "advice.crash.problem": ("una regla falló al ejecutarse", "a check crashed"),
    "advice.crash.remedy": ("Un fallo del arnés, no del modelo: abra una incidencia con el mensaje del hallazgo.",
                            "A harness bug, not a model problem: file an issue with the finding's message."),
    "advice.other.problem": ("más hallazgos que la referencia", "more findings than the baseline"),
    "advice.other.remedy": ("Lea las muestras de esta regla más abajo y los registros de entrenamiento que las "
                            "originan.",
                            "Read this check's samples below and the training records behind them."),
    "advice.parity.problem": ("la cuantización cambia lo que escribe el modelo",
                              "quantization changes what the model writes"),
    "advice.parity.figures": ("{variant} frente a {reference}: texto idéntico {text}, mismo aprobado/suspenso "
                              "{agree}, p de McNemar={p}, mediana del primer token distinto: {median}",
                              "{variant} vs {reference}: identical text {text}, pass/fail agreement {agree}, "
                              "McNemar p={p}, median first divergence at token {median}"),
    "advice.parity.remedy": ("Distribuya la versión fp32 o int8, o cuantice int4 con bloques más pequeños u otro "
                             "nivel de precisión y vuelva a medir.",
                             "Ship the fp32 or int8 variant instead, or quantize int4 with a smaller block size or "
                             "another accuracy level and measure again."),
    "advice.oom.problem": ("memoria agotada", "out of memory"),
    "advice.oom.figures": ("{n} reintentos por memoria agotada; lote final {batch} × acumulación {accum}",
                           "{n} out-of-memory retries; final batch {batch} × accumulation {accum}"),
    "advice.oom.remedy": ("Use un lote más pequeño (y más acumulación de gradiente para el mismo lote efectivo).",
                          "Use a smaller batch (and more gradient accumulation for the same effective batch)."),
    # gates
    "gates.title": ("Puertas de {run}", "Gates of {run}"),
    "gates.policy": ("Política", "Policy"),
    "gates.baseline": ("referencia", "baseline"),
    "gates.no_baseline": ("sin referencia: no se evaluaron las puertas de regresión",
                          "no baseline: regression gates not run"),
    "gates.units": ("Todas las cifras en porcentaje: tasas en %, cambios en puntos porcentuales (pp).",
                    "Every figure in percent: rates in %, changes in percentage points (pp)."),
    "gates.passing": ("{n} puertas se cumplen", "{n} gates pass"),
    "gates.paired": ("pareadas n={n}", "paired n={n}"),
    "gates.in": ("en la lista permitida", "on the allowed list"),
    # samples
    "samples.title": ("Muestras de {run}", "Samples of {run}"),
    "filter.check": ("Regla", "Check"),
    "filter.all": ("todas", "all"),
    "filter.failing": ("sólo las que fallan", "failing only"),
    "filter.shown": ("de {n} visibles", "of {n} shown"),
    "sample.words": ("{n} palabras", "{n} words"),
    "sample.cut": ("cortada en max_new_tokens", "cut at max_new_tokens"),
    "sample.differs": ("difiere en {variant}", "differs in {variant}"),
    "sample.input": ("Entrada", "Input"),
    "sample.input_json": ("entrada JSON", "input JSON"),
    "sample.whole": ("toda la epicrisis", "whole summary"),
    "sample.times": ("×{n}", "×{n}"),
    "sample.history": ("historial de esta muestra", "this sample's history"),
    "sample.history_line": ("{text}", "{text}"),
    # history
    "history.title": ("Historial por muestra: puntos de control y versiones",
                      "Per-sample history: checkpoints and variants"),
    "history.help": ("✓ aprueba, ✗ falla, · sin puntuar. «Aprueba desde» es el primer paso a partir del cual la "
                     "muestra aprueba siempre; «cambia en» nombra las versiones cuyo veredicto difiere del de "
                     "{reference}.",
                     "✓ passes, ✗ fails, · not scored. \"Passes from\" is the first step from which the sample "
                     "always passes; \"flips in\" names the variants whose verdict differs from {reference}'s."),
    "history.checkpoints": ("puntos de control (paso)", "checkpoints (step)"),
    "history.variants": ("versiones", "variants"),
    "history.sample": ("muestra", "sample"),
    "history.from": ("aprueba desde", "passes from"),
    "history.flips": ("cambia en", "flips in"),
    "history.step": ("paso {step}", "step {step}"),
    "history.never": ("nunca", "never"),
    "history.always": ("siempre", "always"),
    "history.from_step": ("aprueba desde el paso {step}", "passes from step {step}"),
    "history.never_passes": ("no aprueba en ningún punto de control", "passes at no checkpoint"),
    "history.flips_in": ("cambia en {variants}", "flips in {variants}"),
    "history.missing": ("Puntos de control sin registros por muestra (no se muestran): {steps}.",
                        "Checkpoints without per-sample records (not shown): {steps}."),
    "history.changed_only": ("sólo las que cambian", "changing only"),
    # runs
    "runs.title": ("Ejecuciones", "Runs"),
    "col.run": ("ejecución", "run"),
    "col.path": ("ruta", "path"),
    "col.model": ("modelo", "model"),
    "col.prompt": ("prompt", "prompt"),
    "col.generation": ("generación", "generation"),
    "col.revision": ("revisión", "revision"),
    "col.created": ("creada", "created"),
    "gen.greedy": ("voraz", "greedy"),
    "gen.sample": ("muestreo T={t} top_p={p} semilla={seed}", "sample T={t} top_p={p} seed={seed}"),
    "gen.summary": ("{mode}, máx. {max} tokens, repetition_penalty {rp}, no_repeat_ngram {nr}, lote {batch}",
                    "{mode}, max {max} tokens, repetition_penalty {rp}, no_repeat_ngram {nr}, batch {batch}"),
    "baseline": ("referencia", "baseline"),
    # the recipe chart (reports/recipes.py)
    "recipe.title": ('Recetas de cuantización', 'Quantization recipes'),
    "recipe.variant": ('Variante', 'Variant'),
    "recipe.size": ('MiB', 'MiB'),
    "recipe.dtype": ('dtype', 'dtype'),
    "recipe.speed": ('tokens/s (ONNX Runtime)', 'tokens/s (ONNX Runtime)'),
    "recipe.agreement": ('acuerdo con torch', 'agreement with torch'),
    "recipe.pass": ('Pasan', 'Pass'),
    "recipe.verdict": ('Gates', 'Gates'),
    "recipe.outcome": ('Búsqueda', 'Search'),
    "recipe.pass_pill": ('pasa', 'pass'),
    "recipe.fail_pill": ('falla', 'fail'),
    "recipe.gate_line": ("la línea marca el mínimo de acuerdo que exige el gate",
                         "the line marks the agreement the gate requires"),
    "recipe.chosen": ('elegida', 'chosen'),
    "recipe.gates failed": ('gates fallan', 'gates failed'),
    "recipe.over budget": ('excede el presupuesto', 'over budget'),
    "recipe.refused on CPU": ('no corre en CPU', 'refused on CPU'),
    "recipe.passed, not chosen": ('pasa, no elegida', 'passed, not chosen'),
    "recipe.none": ('—', '—'),
    "recipe.searched": ("búsqueda: la variante {prefer} que pasa sus gates{budget}; elegida: {chosen}",
                        "search: the {prefer} variant whose gates pass{budget}; chosen: {chosen}"),
    "recipe.prefer.smallest": ('más pequeña', 'smallest'),
    "recipe.prefer.fastest": ('más rápida', 'fastest'),
    "recipe.budget": (' dentro de {mb} MiB', ' within {mb} MiB'),
    "recipe.nothing": ('ninguna', 'none'),
}


def t(key: str, lang: str = DEFAULT_LANG, **values: object) -> str:
    """The report label ``key`` in ``lang`` (falling back to the CLI's shared labels)."""
    if key not in REPORT:
        return i18n.text(key, lang, **values)
    es, en = REPORT[key]
    template = en if i18n.check_lang(lang) == "en" else es
    return template.format(**values) if values else template


def _decimal(text: str, lang: str) -> str:
    return text.replace(".", ",") if lang == "es" else text


def pct(value: float | None, lang: str = DEFAULT_LANG, digits: int = 1) -> str:
    """A rate as harness.figures writes it, with the language's decimal mark: 12,5 % / 12.5%."""
    if value is None:
        return t("na", lang)
    text = _pct(value, digits)
    return _decimal(text, lang).replace("%", NBSP + "%") if lang == "es" else text


def pp(value: float | None, lang: str = DEFAULT_LANG) -> str:
    """A change in rate in percentage points: +3,0 pp / +3.0 pp."""
    return t("na", lang) if value is None else _decimal(f"{value * 100:+.1f}{NBSP}pp", lang)


def p_value(value: float | None, lang: str = DEFAULT_LANG) -> str:
    if value is None:
        return t("na", lang)
    return _decimal("<0.001" if value < 0.001 else f"{value:.3f}", lang)


def number(value: float, fmt: str, lang: str = DEFAULT_LANG) -> str:
    return _decimal(format(value, fmt), lang)
