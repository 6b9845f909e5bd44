# -*- coding: utf-8 -*-
"""Extra clean near-miss variants ("trampa") added to existing scenarios by key."""

EXTRA = {
    "radio_izq_cl": [
        ([], "Trampa: posología equivalente 'tres veces al día' por cada 8 horas y 'vía oral' explícita.",
         [("paracetamol (N02BE01) 1 g cada 8 horas", "paracetamol (N02BE01) 1 g por vía oral tres veces al día")]),
    ],
    "cadera_der_es": [
        ([], "Trampa: abreviaturas DM2 e HBP por los diagnósticos del input.",
         [("antecedentes de diabetes mellitus tipo 2 (E11.9)", "antecedentes de DM2 (E11.9)"), ("hiperplasia benigna de próstata (N40)", "HBP (N40)")]),
    ],
    "rodilla_der_ar": [
        ([], "Trampa: 'HTA' por hipertensión arterial y 'una vez al día' por cada 24 h.",
         [("e hipertensión arterial (I10)", "e HTA (I10)"), ("10 mg cada 24 h por 14 días", "10 mg una vez al día por 14 días")]),
    ],
    "catarata_od_mx": [
        ([], "Trampa: 'DM2' como abreviatura de diabetes mellitus tipo 2 del input.",
         [("con diabetes mellitus tipo 2 (E11.9)", "con DM2 (E11.9)")]),
    ],
    "absceso_amig_pe": [
        ([], "Trampa: 'intravenoso' por EV y 'vía oral' por VO.",
         [("600 mg EV cada 8 horas", "600 mg intravenoso cada 8 horas"), ("875/125 mg VO cada 12 horas", "875/125 mg por vía oral cada 12 horas")]),
    ],
    "colesteatoma_od_cl": [
        ([], "Trampa: se descarta parálisis facial y no se realiza osiculoplastia en este tiempo.",
         [("sin incidentes.", "sin incidentes; no se realiza osiculoplastia en este tiempo quirúrgico.")]),
    ],
    "litiasis_izq_mx": [
        ([], "Trampa: 'catéter JJ' como abreviatura del catéter doble J del input.",
         [("y retiro programado del catéter doble J en 4 semanas.", "y retiro programado del catéter JJ en 4 semanas.")]),
    ],
    "rtup_es": [
        ([], "Trampa: 'AAS' como abreviatura de ácido acetilsalicílico del input.",
         [("Se reinicia ácido acetilsalicílico al alta", "Se reinicia AAS al alta")]),
    ],
    "pie_diab_izq_cl": [
        ([], "Trampa: hiperglicemia mal controlada sustentada por HbA1c 9,8 % sobre el rango.",
         [("Exámenes con HbA1c de 9,8 %,", "Exámenes con mal control metabólico, HbA1c de 9,8 %,")]),
    ],
    "apendicitis_pe": [
        ([], "Trampa: leucocitosis sustentada por 14 500 sobre el rango de referencia del input.",
         [("Leucocitos de 14 500 /mm3", "Leucocitosis de 14 500 /mm3")]),
    ],
    "hernia_der_ar": [
        ([], "Trampa: 'una vez al día' por cada 24 h en el inhalador.",
         [("110/50 mcg inhalado cada 24 h", "110/50 mcg inhalado una vez al día")]),
    ],
    "mama_izq_ar": [
        ([], "Trampa: 'la cirujana' no cambia el sexo; la paciente es mujer.",
         [("sin hematoma y buena movilidad del hombro.", "sin hematoma y buena movilidad del hombro, según constata la cirujana.")]),
    ],
    "uci_sepsis_cl": [
        ([], "Trampa: hiperlactatemia sustentada por lactato 5,2 y neumonía neumocócica por el cultivo.",
         [("Lactato de 5,2 mmol/L,", "Hiperlactatemia de 5,2 mmol/L,")]),
    ],
    "tec_craniectomia_ar": [
        ([], "Trampa: 'DVE' como abreviatura de drenaje ventricular externo del input.",
         [("y drenaje ventricular externo\nderecho", "x")] if False else [("con colocación de sensor de PIC y drenaje ventricular externo derecho.", "con colocación de sensor de PIC y DVE derecho.")]),
    ],
    "discal_der_mx": [
        ([], "Trampa: 'vía oral' y 'dos veces al día' equivalentes a VO cada 12 horas.",
         [("pregabalina (N03AX16) 75 mg VO cada 12 horas", "pregabalina (N03AX16) 75 mg por vía oral dos veces al día")]),
    ],
    "preeclampsia_cl": [
        ([], "Trampa: 'tres veces al día' equivalente a cada 8 horas para metildopa.",
         [("metildopa (C02AB01) 500 mg oral cada 8 horas", "metildopa (C02AB01) 500 mg oral tres veces al día")]),
    ],
    "neutropenia_mx": [
        ([], "Trampa: 'LLA' como abreviatura del diagnóstico del input.",
         [("con leucemia linfoblástica aguda\n(C91.0)", "x")] if False else [("con leucemia linfoblástica aguda (C91.0)", "con LLA (C91.0)")]),
    ],
    "ictus_es": [
        ([], "Trampa: 'FA' como abreviatura de fibrilación auricular del input.",
         [("el ECG revela fibrilación auricular (I48.9)", "el ECG revela FA (I48.9)")]),
    ],
    "geriatria_cl": [
        ([], "Trampa: 'ITU' como abreviatura de infección de vías urinarias del input.",
         [("Se diagnostica infección de vías urinarias (N39.0)", "Se diagnostica ITU (N39.0)")]),
    ],
    "hombro_der_mx": [
        ([], "Trampa: 'una vez al día' equivalente a cada 24 horas para levotiroxina.",
         [("levotiroxina (H03AA01) 100 mcg VO cada 24 horas", "levotiroxina (H03AA01) 100 mcg VO una vez al día")]),
    ],
    "hemodialisis_ar": [
        ([], "Trampa: 'FAV' como abreviatura de fístula arteriovenosa, que sigue pendiente (no realizada).",
         [("Queda pendiente la fístula arteriovenosa braquiocefálica izquierda", "Queda pendiente la FAV braquiocefálica izquierda")]),
    ],
}
