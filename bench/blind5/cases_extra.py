# -*- coding: utf-8 -*-
"""Extra variants attached to base cases by key (same tuple format as 'muts')."""

EXTRA = {
    "a01": [
        ("", [("se diagnostica neumonía adquirida en la comunidad (J18.9)", "se diagnostica NAC (J18.9)")], "Trampa: NAC como abreviatura de neumonía adquirida en la comunidad delante del código; limpio."),
        ("", [("Rx de tórax con condensación basal derecha,", "Rx de tórax con condensación basal derecha, sin derrame pleural,")], "Trampa: derrame pleural negado; limpio."),
    ],
    "a02": [
        ("", [("sin antecedentes de importancia", "niega DM2, HTA y alergias")], "Trampa: DM2 e HTA negadas (no son diagnósticos del paciente); limpio."),
    ],
    "a03": [
        ("", [("JC fractura del cuello del fémur (S72.0)", "JC fractura subcapital de cadera (S72.0)")], "Trampa: 'fractura subcapital de cadera' nombra la fractura de cuello femoral de S72.0; limpio."),
    ],
    "a04": [
        ("COD006", [("preeclampsia severa (O14.1)", "preeclampsia severa")], "Falta O14.1, único diagnóstico codificado del input."),
        ("", [("se diagnostica preeclampsia severa (O14.1)", "se diagnostica preeclampsia con criterios de severidad (O14.1)")], "Trampa: 'con criterios de severidad' = severa; limpio."),
    ],
    "a05": [
        ("COD004", [("Recibe Lactato de Ringer en bolo", "Recibe Lactato de Ringer (B05BB01) en bolo")], "ATC B05BB01 (real) ausente del input, que trae el Ringer sin código."),
        ("", [("hombre de 19 años", "joven de 19 años, de sexo masculino,")], "Trampa: 'joven' sin marca de sexo y sexo explícito correcto; limpio."),
    ],
    "a06": [
        ("", [("Coombs directo negativo", "test de Coombs directo (-)")], "Trampa: signo menos entre paréntesis, no es markdown; limpio."),
    ],
    "a07": [
        ("", [("se diagnostica embarazo tubárico izquierdo no roto (O00.1)", "se diagnostica embarazo ectópico tubárico izquierdo no roto (O00.1)")], "Trampa: 'ectópico tubárico' = embarazo tubárico; limpio."),
    ],
    "a08": [
        ("COD005", [("DM2 (E11.9) e HPB (N40)", "DM2 (N40) e HPB (E11.9)")], "Códigos de DM2 e HPB intercambiados."),
        ("", [("Se instala CVC yugular derecho", "Se instala catéter venoso central yugular derecho")], "Trampa: CVC en forma larga con el mismo lado; limpio."),
    ],
    "a09": [
        ("FMT002", [("Precisa VMNI 48 horas", "Precisa *VMNI* 48 horas")], "Énfasis markdown con asteriscos."),
        ("", [("amoxicilina-clavulánico (J01CR02)", "Augmentine (J01CR02)")], "Trampa: Augmentine, marca española de amoxicilina-clavulánico; limpio."),
        ("", [("revisión en consulta de Neumología.", "revisión en consulta de Neumología. Se revisa técnica inhaladora con el paciente, que realiza correctamente las inhalaciones de Symbicort, y se explican los signos de alarma respiratoria. Durante el ingreso no presentó fiebre ni nuevas agudizaciones, y la tolerancia a la retirada de la ventilación no invasiva fue buena, con mejoría clínica y gasométrica progresiva hasta el alta, manteniendo la misma pauta inhalada que tenía en su domicilio.")], "Trampa: salida larga cerca del límite (menos de 200 palabras); limpio."),
    ],
    "b02": [
        ("", [("Ca de mama izquierda", "CA de mama izq.")], "Trampa: lado abreviado 'izq.' coincide con el input; limpio."),
    ],
    "b03": [
        ("COD004", [("10 UI con dextrosa EV", "10 UI con dextrosa (B05BA03) EV")], "ATC B05BA03 (real) ausente del input."),
        ("", [("K 7,1 mEq/L", "kalemia de 7,1 mEq/L")], "Trampa: kalemia = potasio; limpio."),
    ],
    "b04": [
        ("", [("trombólisis iv con alteplasa (B01AD02)", "trombólisis iv con rt-PA (B01AD02)")], "Trampa: rt-PA = alteplasa; limpio."),
    ],
    "b05": [
        ("", [("destete de oxígeno al día 4", "se suspende el O2 al día 4")], "Trampa: O2 abreviado; limpio."),
        ("", [("Evoluciona favorablemente, destete de oxígeno al día 4 y alimentación oral completa. ", "")], "Trampa: salida corta cerca del límite inferior (más de 80 palabras); limpio."),
    ],
    "b06": [
        ("", [("niño de 7 años", "escolar de 7 años")], "Trampa: 'escolar' sin sexo, edad correcta; limpio."),
    ],
    "c03": [
        ("COD001", [("asma (J45.9)", "asma J45.9")], "CIE-10 de asma sin paréntesis."),
        ("REP001", [("Extubada al día 9 sin incidencias, traqueostomía no precisada.", "Extubada al día 9 sin incidencias, traqueostomía no precisada. Extubada al día 9 sin incidencias, traqueostomía no precisada.")], "Oración repetida."),
    ],
    "c04": [
        ("COD003", [("rifampicina (J04AB02) 600 mg", "rifampicina J04AB02 600 mg")], "ATC de rifampicina sin paréntesis."),
        ("CLN001", [("con buena tolerancia y transaminasas normales.", "con buena tolerancia y transaminasas normales, además de sertralina (N06AB06) 50 mg al día.")], "Sertralina sin depresión ni ansiedad entre los diagnósticos.",
         lambda s: s["tto"].append(("N06AB06", "Sertralina", "50 mg al día", "oral"))),
        ("", [("Inicia fase intensiva con", "Inicia fase intensiva HRZE con")], "Trampa: HRZE, sigla del esquema con los cuatro fármacos del input; limpio."),
    ],
    "c05": [
        ("COD005", [("Recibe TMP/SMX (J01EE01) 2 tabletas DF c/8h VO y prednisona (H02AB07)", "Recibe TMP/SMX (H02AB07) 2 tabletas DF c/8h VO y prednisona (J01EE01)")], "ATC de TMP/SMX y prednisona intercambiados."),
        ("FMT001", [("Ingresa por disnea", "INGRESA POR disnea")], "Empieza en mayúsculas 'INGRESA POR' (se exige 'Ingresa por')."),
        ("", [("CD4 42 cél/mm3", "linfocitos CD4+ 42 cél/mm3")], "Trampa: signo '+' en CD4+, no es viñeta markdown; limpio."),
    ],
    "c06": [
        ("", [("puérpera de 27 años", "paciente de 27 años")], "Trampa: sin marca de sexo; limpio."),
    ],
    "c07": [
        ("COD004", [("dexketoprofeno 50 mg iv c/8h", "dexketoprofeno (M01AE17) 50 mg iv c/8h")], "ATC M01AE17 (real) ausente del input."),
    ],
    "c09": [
        ("COD002", [("abandonó el litio hace 2 meses.", "abandonó el litio hace 2 meses, incumplimiento terapéutico (Z91.1).")], "Z91.1 (real) no está en el input."),
    ],
    "c10": [
        ("REP001", [("Tolera vía oral a las 24 horas", "Tolera vía oral, tolera vía oral, tolera vía oral, tolera vía oral, tolera vía oral, tolera vía oral a las 24 horas")], "Bucle degenerado 'tolera vía oral'."),
    ],
    "c11": [
        ("CLN001", [("oxígeno por naricera por 48 horas", "fenobarbital (N03AA02) 20 mg/kg ev, oxígeno por naricera por 48 horas")], "Fenobarbital sin convulsiones entre los diagnósticos.",
         lambda s: s["tto"].append(("N03AA02", "Fenobarbital", "20 mg/kg", "endovenosa"))),
        ("", [("RN de término de 38 semanas", "RNT de 38 semanas")], "Trampa: RNT por recién nacido de término; limpio."),
    ],
    "c12": [
        ("COD002", [("inestabilidad de la marcha y caídas de 4 días", "inestabilidad de la marcha y caídas (W19) de 4 días")], "W19 (real, caída no especificada) no está en el input."),
    ],
    "c13": [
        ("HAL002", [("CEA 14,2 ng/mL", "CEA 41,2 ng/mL")], "CEA 41,2 no figura en el input (14,2)."),
    ],
    "c14": [
        ("", [("femenina de 52 años", "femenina de cincuenta y dos años")], "Trampa: edad en palabras; limpio."),
    ],
}

ALTS = {
    "c09": [("FMT003", "Ingresa por manía de 10 días, varón de 41 años, episodio maníaco con síntomas psicóticos (F31.2). Se reintroduce litio (N05AN01) y olanzapina (N05AH03). Alta a los 18 días.", "Salida de menos de 80 palabras.")],
}


MORE = {'c01': [('', [('pcte de 86 años', 'adulta mayor de 86 años')], "Trampa: 'adulta mayor' concuerda en femenino y edad; limpio.")], 'c02': [('', [('se diagnostica IAM sin supradesnivel del ST (I21.4)', 'se diagnostica IAMSEST (I21.4)')], 'Trampa: sigla IAMSEST delante del código; limpio.')], 'c06': [('', [('sin requerir balón de Bakri ni cirugía', 'sin requerir balón de Bakri ni histerectomía')], 'Trampa: histerectomía negada (no realizada); limpio.')], 'c07': [('', [('conservando ambos ovarios', 'con conservación ovárica bilateral')], "Trampa: 'bilateral' equivale a 'ambos ovarios' del input; limpio.")], 'c08': [('', [('Analgesia con diclofenac 75 mg', 'Analgesia con diclofenaco 75 mg')], 'Trampa: diclofenaco (grafía de otros países) = diclofenac; limpio.')], 'c10': [('', [('escolar masculino de 6 años', 'niño de 6 años')], "Trampa: 'niño' concuerda con masculino; limpio.")], 'c12': [('', [('se diagnostica hiponatremia severa (E87.1)', 'se diagnostica hiponatremia grave (E87.1)')], 'Trampa: grave = severa; limpio.')], 'c13': [('', [('Se realiza sigmoidectomía con colostomía terminal tipo Hartmann', 'Se realiza operación de Hartmann')], 'Trampa: operación de Hartmann = sigmoidectomía con colostomía terminal; limpio.')], 'c14': [('', [('Se yugula con diazepam (N05BA01)', 'Se yugula con Valium (N05BA01)')], 'Trampa: Valium, marca de diazepam; limpio.')], 'b01': [('', [('Se inicia sertralina (N06AB06)', 'Se inicia Altruline (N06AB06)')], 'Trampa: Altruline, marca de sertralina; limpio.')], 'b03': [('', [('se realiza hemodiálisis de urgencia', 'se realiza HD de urgencia')], 'Trampa: HD por hemodiálisis; limpio.')], 'b04': [('', [('varón con HTA', 'hombre con HTA')], 'Trampa: hombre = male del recurso Patient; limpio.')], 'b06': [('', [('requiere transfusión de glóbulos rojos', 'requiere transfusión de GR')], 'Trampa: GR por glóbulos rojos; limpio.')], 'a06': [('', [('Se indica fototerapia continua', 'Se indica luminoterapia continua')], 'Trampa: luminoterapia = fototerapia; limpio.')], 'a08': [('', [('y noradrenalina hasta', 'y norepinefrina hasta')], 'Trampa: norepinefrina = noradrenalina; limpio.')], 'a02': [('', [('ketorolaco (M01AB15) 30 mg IV c/8h', 'Dolac (M01AB15) 30 mg IV c/8h')], 'Trampa: Dolac, marca mexicana de ketorolaco; limpio.')], 'a05': [('', [('no se usan AINES ni ácido acetilsalicílico', 'se contraindican AINES y aspirina')], 'Trampa: AINES y aspirina contraindicados, no administrados; limpio.')], 'c03': [('', [('enoxaparina (B01AB05) 40 mg sc c/24h', 'Clexane (B01AB05) 40 mg sc c/24h')], 'Trampa: Clexane, marca de enoxaparina; limpio.')], 'c11': [('', [('sin requerir VM', 'sin requerir ventilación mecánica ni surfactante')], 'Trampa: ventilación mecánica y surfactante negados; limpio.')]}
for _k, _v in MORE.items():
    EXTRA.setdefault(_k, []).extend(_v)

ALTS["c12"] = [("FMT003", "Ingresa por confusión, inestabilidad de la marcha y caídas de 4 días de evolución, paciente femenina de 81 años con HTA (I10) y enfermedad de Parkinson (G20), medicada con hidroclorotiazida (C03AA03) 25 mg/día y levodopa/carbidopa (N04BA02) 250/25 mg c/8h. Al ingreso sodio 118 mEq/L, osmolaridad plasmática 252 mOsm/kg y TSH normal, compatible con hiponatremia hipotónica, y se diagnostica hiponatremia severa (E87.1) asociada a tiazidas. Se suspende de inmediato la hidroclorotiazida y se corrige con solución salina hipertónica al 3%, con controles de natremia c/6h para evitar una corrección excesiva, logrando un ascenso de 8 mEq/L en 24 horas, dentro del objetivo de seguridad. Durante la internación recupera de forma progresiva el estado de conciencia, no presenta nuevas caídas y la marcha vuelve a su basal, lo que permite retomar la deambulación sin ayuda dentro de la sala de internación. El sodio al alta es de 133 mEq/L. Se explica a la paciente y a su familia que no debe volver a tomar tiazidas, que debe mantener la medicación antiparkinsoniana en sus horarios habituales y que ante somnolencia, confusión o nuevas caídas debe consultar. Alta a los 6 días con amlodipino (C08CA01) 5 mg/día en lugar de la tiazida, levodopa/carbidopa sin cambios y control por clínica médica en la semana siguiente al alta, con nuevo dosaje de sodio en sangre para confirmar la estabilidad de la natremia.", "Salida de más de 200 palabras, todo fundado.")]
