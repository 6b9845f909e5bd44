# -*- coding: utf-8 -*-
"""Record specifications for blind6: clean/trampa records and single planted problems.

Each record: scen (scenario key), k (rendering variant), exp (expected ids), note,
upd (scenario changes for input AND output), out_upd (output only), inp_upd (input only),
edits [(old, new)] applied to the rendered output, output (full custom output),
allow_nums / neg_ok / skip (writer-guard exceptions, documented in the note).
"""
import copy

from scenarios import S

RECORDS = []

# well-formed codes that do not exist in ICD-10 (planted for COD007)
INVALID_CIE = ["J18.7", "K35.4", "A09.5", "N17.7", "K40.5", "O23.6"]
# real codes used only in record-level changes
EXTRA_KNOWN = ["C10AA05", "N06AB06", "M04AA01", "N03AX14", "A10AE04", "R03AC02"]


def CL(scen, note, k=0, **kw):
    RECORDS.append(dict(scen=scen, exp=[], note=note, k=k, **kw))


def PL(scen, cid, note, k=0, **kw):
    RECORDS.append(dict(scen=scen, exp=[cid], note=note, k=k, **kw))


def drug(scen, field, idx, code=0, name=None, dose=None, via=None):
    lst = copy.deepcopy(S[scen][field])
    c, n, d, v = lst[idx]
    lst[idx] = (c if code == 0 else code, name or n, dose or d, via or v)
    return lst


def recode(scen, field, idx, code):
    lst = copy.deepcopy(S[scen][field])
    lst[idx] = (code,) + tuple(lst[idx][1:])
    return lst


# =========================================================== neumo (CL, F 78)
CL("neumo", "Limpio: neumonía con cefalosporina y macrólido, todo presente en el input.", k=0)
CL("neumo", "Trampa: 'no requirió ventilación mecánica ni traslado a UCI' es negación, no procedimiento realizado.", k=1,
   edits=[("Se otorga el alta", "No requirió ventilación mecánica ni traslado a UCI. Se otorga el alta")],
   neg_ok=["ventilación mecánica"])
CL("neumo", "Trampa: 'dos veces al día' equivale a 'cada 12 horas' del input para losartán y metformina.", k=2,
   edits=[("50 mg cada 12 horas", "50 mg dos veces al día"), ("850 mg cada 12 horas", "850 mg dos veces al día")])
PL("neumo", "HAL004", "Condensación basal derecha del input escrita como izquierda.", k=0,
   edits=[("condensación basal derecha", "condensación basal izquierda")])
PL("neumo", "HAL003", "Ceftriaxona cada 12 h (frecuencia copiada de losartán) cuando el input dice cada 24 h.", k=1,
   edits=[("1 g cada 24 horas", "1 g cada 12 horas")])
PL("neumo", "DEM001", "Mujer de 78 años; al final 'es dado de alta', participio masculino lejos del sustantivo.", k=0,
   edits=[("Alta luego de 6 días", "Es dado de alta luego de 6 días")], sexplant=True)
PL("neumo", "COD005", "Códigos de antecedentes intercambiados: hipertensión (E11.9) y diabetes (I10).", k=0,
   edits=[("hipertensión arterial esencial (I10) y diabetes mellitus tipo 2 (E11.9)",
           "hipertensión arterial esencial (E11.9) y diabetes mellitus tipo 2 (I10)")])
PL("neumo", "HAL001", "Se inventa lesión renal aguda; la creatinina del input es 0,9 mg/dL.", k=1,
   edits=[("descenso de PCR.", "descenso de PCR, complicándose con lesión renal aguda.")])
PL("neumo", "HAL002", "Valor de laboratorio inventado: PCR de control 38 mg/L, no está en el input.", k=0,
   edits=[("descenso de PCR.", "descenso de PCR a 38 mg/L.")])
PL("neumo", "COD007", "J18.7 no existe en CIE-10 (J18 tiene .0, .1, .2, .8, .9); está en input y output.", k=2,
   upd={"dx": [("J18.7", "Neumonía adquirida en la comunidad")]})

# =========================================================== cadera (ES, F 84)
CL("cadera", "Trampa: paracetamol '1 g' equivale a '1000 mg' del input.", k=1,
   edits=[("1000 mg cada 8 horas", "1 g cada 8 horas")], allow_nums=["1"])
CL("cadera", "Trampa: edad en palabras 'ochenta y cuatro años' coincide con 84 del input.", k=1,
   out_upd={"age_out": "ochenta y cuatro años"})
CL("cadera", "Trampa: lateralidad abreviada 'izq.' coincide con la izquierda del input.", k=0,
   edits=[("artroplastia parcial de cadera izquierda", "artroplastia parcial de cadera izq."),
          ("extremidad inferior izquierda", "extremidad inferior izq.")])
PL("cadera", "HAL004", "Artroplastia de cadera derecha cuando la fractura y la cirugía son izquierdas.", k=0,
   edits=[("artroplastia parcial de cadera izquierda", "artroplastia parcial de cadera derecha")])
PL("cadera", "DEM001", "Edad en palabras 'setenta y cuatro años' contradice 84 años del input.", k=1,
   out_upd={"age_out": "setenta y cuatro años"})
PL("cadera", "HAL001", "Transfusión de glóbulos rojos inventada; el input no la menciona.", k=0,
   edits=[("Se efectúa artroplastia", "Requirió transfusión de glóbulos rojos por anemia postoperatoria. Se efectúa artroplastia")],
   vocabplant=True)
PL("cadera", "CLN001", "Atorvastatina sin indicación: ni dislipidemia ni enfermedad vascular entre los diagnósticos.", k=1,
   upd={"hab": S["cadera"]["hab"] + [("C10AA05", "Atorvastatina", "20 mg al día", "oral")]})
PL("cadera", "COD006", "Antecedente demencia (F03) nombrado sin su código.", k=0,
   edits=[("demencia (F03)", "demencia")])

# =========================================================== apendi (MX, M 23)
CL("apendi", "Limpio: apendicitis operada con antibióticos del input.", k=0)
CL("apendi", "Trampa: 'se descarta plastrón apendicular' es diagnóstico descartado; 'FID' abrevia fosa ilíaca derecha.", k=1,
   edits=[("Durante la estadía se realiza apendicectomía laparoscópica.",
           "Se descarta plastrón apendicular. Durante la estadía se realiza apendicectomía laparoscópica."),
          ("resistencia muscular en fosa ilíaca derecha", "resistencia muscular en FID")])
PL("apendi", "HAL001", "Drenaje tubular inventado junto a la apendicectomía.", k=0,
   edits=[("apendicectomía laparoscópica.", "apendicectomía laparoscópica con instalación de drenaje tubular.")],
   vocabplant=True)
PL("apendi", "HAL003", "Metronidazol 1 g (dosis copiada de ceftriaxona) en vez de 500 mg.", k=1,
   edits=[("500 mg cada 8 horas", "1 g cada 8 horas")])
PL("apendi", "FMT001", "Comienza con 'Paciente que ingresa por' en vez de 'Ingresa por'.", k=1,
   edits=[("Ingresa por", "Paciente que ingresa por")])
PL("apendi", "DEM001", "Hombre de 23 años descrito como paciente de sexo femenino y 'manejada'.", k=0,
   out_upd={"sex": "F"}, sexplant=True)
PL("apendi", "COD007", "K35.4 no existe en CIE-10; figura en input y output.", k=0,
   upd={"dx": [("K35.4", "Apendicitis aguda")]})
PL("apendi", "CLN001", "Sertralina habitual sin ningún diagnóstico psiquiátrico en el input.", k=1,
   upd={"hab": [("N06AB06", "Sertralina", "50 mg al día", "oral")]})
PL("apendi", "HAL004", "Resistencia muscular en fosa ilíaca izquierda; el input dice derecha.", k=0,
   edits=[("resistencia muscular en fosa ilíaca derecha", "resistencia muscular en fosa ilíaca izquierda")])

# =========================================================== bronq (CL, F 5 meses)
CL("bronq", "Trampa: 'hija de madre adolescente' y 'su padre' son otras personas; lactante mujer.", k=0,
   edits=[("Alta luego de", "Su padre refiere que el hermano mayor cursó un cuadro similar. Alta luego de")], skip=["sex"])
CL("bronq", "Trampa: edad escrita 'cinco meses' en palabras, igual al input.", k=1,
   out_upd={"persona": "lactante de cinco meses, hija de madre adolescente,"})
PL("bronq", "DEM001", "Edad en años en vez de meses: 'lactante de 5 años' con edad 5 meses en el input.", k=0,
   out_upd={"persona": "lactante de 5 años, hija de madre adolescente,"})
PL("bronq", "HAL001", "Nebulizaciones con salbutamol inventadas.", k=1,
   edits=[("oxigenoterapia por naricera y aspiración de secreciones", "oxigenoterapia por naricera, nebulizaciones con salbutamol y aspiración de secreciones")],
   vocabplant=True)
PL("bronq", "HAL004", "Hiperinsuflación derecha cuando el input informa hiperinsuflación bilateral.", k=0,
   edits=[("hiperinsuflación bilateral", "hiperinsuflación derecha")])
PL("bronq", "FMT002", "Encabezado markdown '## Alta' insertado en medio del texto.", k=0,
   edits=[("Alta luego de", "\n## Alta\nAlta luego de")])

# =========================================================== icter (CO, M RN)
CL("icter", "Trampa: 'RN de 3 días de vida' coincide con edad 3 días del input.", k=1,
   out_upd={"persona": "RN pretérmino de 36 semanas y 3 días de vida"})
CL("icter", "Limpio: fototerapia e hiperbilirrubinemia con valores del input.", k=0)
PL("icter", "DEM001", "Recién nacido masculino escrito como 'recién nacida'.", k=0,
   out_upd={"persona": "recién nacida pretérmino de 36 semanas, de 3 días de vida,"}, sexplant=True)
PL("icter", "DEM001", "Edad '3 meses de vida' cuando el input dice 3 días.", k=1,
   out_upd={"persona": "recién nacido pretérmino de 36 semanas, de 3 meses de vida,"})
PL("icter", "HAL001", "Exanguinotransfusión inventada; solo hubo fototerapia.", k=0,
   edits=[("Se efectúa fototerapia continua.", "Se efectúa fototerapia continua y exanguinotransfusión.")],
   vocabplant=True)
PL("icter", "HAL002", "Bilirrubina total 21,3 mg/dL inventada (input 18,5).", k=1,
   edits=[("bilirrubina total de 18,5 mg/dL", "bilirrubina total de 21,3 mg/dL")])

# =========================================================== preecl (AR, F 31)
CL("preecl", "Trampa: 'recién nacido de sexo masculino' es otra persona; la paciente es mujer.", k=1,
   edits=[("Se otorga el alta", "El recién nacido, de sexo masculino, evoluciona en neonatología sin complicaciones. Se otorga el alta")],
   skip=["sex"])
CL("preecl", "Limpio: preeclampsia severa con antihipertensivos y cesárea del input.", k=0)
PL("preecl", "HAL003", "Nifedipino cada 12 h en vez de cada 8 h del input.", k=0,
   edits=[("20 mg cada 8 horas", "20 mg cada 12 horas")])
PL("preecl", "HAL003", "Labetalol por vía oral cuando el input indica bolo endovenoso.", k=1,
   out_upd={"tx": drug("preecl", "tx", 0, dose="20 mg", via="oral")})
PL("preecl", "HAL001", "Betametasona para maduración pulmonar no aparece en el input.", k=0,
   edits=[("Se efectúa cesárea", "Se administra betametasona para maduración pulmonar fetal. Se efectúa cesárea")])

# =========================================================== ectop (ES, F 28)
CL("ectop", "Trampa: 'salpingectomía izq.' y 'FII' abrevian la izquierda del input.", k=0,
   edits=[("Se efectúa salpingectomía izquierda laparoscópica", "Se efectúa salpingectomía izq. laparoscópica"),
          ("dolor en fosa ilíaca izquierda", "dolor en FII")])
PL("ectop", "HAL004", "Salpingectomía derecha; el input dice izquierda.", k=1,
   edits=[("salpingectomía izquierda", "salpingectomía derecha")])
PL("ectop", "COD002", "El input da 'Embarazo tubárico' sin código; el output añade (O00.1).", k=0,
   inp_upd={"dx": [(None, "Embarazo tubárico")]})
PL("ectop", "DEM001", "Mujer de 28 años: 'Manejado con' en masculino, lejos del sustantivo.", k=1,
   edits=[("Manejada con", "Manejado con")], sexplant=True)
PL("ectop", "HAL002", "Masa anexial de 5 cm inventada (input 3 cm).", k=0,
   edits=[("masa anexial izquierda de 3 cm", "masa anexial izquierda de 5 cm")], skip=[])

# =========================================================== depre (CL, F 45)
CL("depre", "Trampa: 'su esposo ... dado de alta' y 'su madre' son otras personas.", k=1,
   edits=[("Se otorga el alta", "Acude acompañada de su esposo, recientemente dado de alta de otro hospital, y de su madre. Se otorga el alta")],
   skip=["sex"])
CL("depre", "Trampa: edad en palabras 'cuarenta y cinco años' igual a 45.", k=0,
   out_upd={"age_out": "cuarenta y cinco años"})
PL("depre", "HAL003", "Quetiapina 50 mg (dosis de sertralina) en vez de 25 mg.", k=0,
   edits=[("25 mg en la noche", "50 mg en la noche")])
PL("depre", "CLN001", "Levotiroxina sin hipotiroidismo ni otra indicación entre los diagnósticos del input.", k=1,
   upd={"ant": []})
PL("depre", "DEM001", "Edad 'cincuenta y cuatro años' en palabras; el input dice 45.", k=1,
   out_upd={"age_out": "cincuenta y cuatro años"})
PL("depre", "COD006", "Levotiroxina (H03AA01) del input nombrada sin su código ATC.", k=0,
   out_upd={"hab": recode("depre", "hab", 0, None)})

# =========================================================== esquizo (MX, M 27)
CL("esquizo", "Trampa: 'c/12 h' equivale a 'cada 12 horas'; 'se descarta consumo de sustancias' con tóxicos negativos.", k=1,
   edits=[("2 mg cada 12 horas", "2 mg c/12 h"),
          ("Evoluciona favorablemente", "Se descarta consumo de sustancias. Evoluciona favorablemente")])
PL("esquizo", "HAL003", "Risperidona 5 mg (dosis del haloperidol) en lugar de 2 mg.", k=0,
   edits=[("risperidona (N05AX08) 2 mg", "risperidona (N05AX08) 5 mg")])
PL("esquizo", "HAL003", "Haloperidol por vía oral; el input lo da intramuscular.", k=1,
   out_upd={"tx": drug("esquizo", "tx", 1, via="oral")})
PL("esquizo", "DEM001", "Hombre de 27 años; 'Manejada con' en femenino.", k=1,
   edits=[("Manejado con", "Manejada con")], sexplant=True)
PL("esquizo", "HAL001", "Lorazepam añadido, ausente del input.", k=0,
   edits=[("dosis única vía intramuscular.", "dosis única vía intramuscular, asociando lorazepam.")], vocabplant=True)
PL("esquizo", "REP001", "La frase de evolución se repite dos veces seguidas.", k=0,
   edits=[("Durante la hospitalización presenta disminución de la agitación y adherencia a tratamiento oral.",
           "Durante la hospitalización presenta disminución de la agitación y adherencia a tratamiento oral. Durante la hospitalización presenta disminución de la agitación y adherencia a tratamiento oral.")])
PL("esquizo", "CLN001", "Insulina glargina sin diabetes entre los diagnósticos del input.", k=1,
   upd={"tx": S["esquizo"]["tx"] + [("A10AE04", "Insulina glargina", "10 UI en la noche", "subcutánea")]})

# =========================================================== neutro (ES, M 56)
CL("neutro", "Trampa: 'no requirió retirada del catéter venoso central' (catéter presente en el input).", k=0,
   edits=[("Alta luego de", "No requirió retirada del catéter venoso central. Alta luego de")])
CL("neutro", "Trampa: edad 'cincuenta y seis años' y pauta '2 g c/8 h' equivalentes al input.", k=1,
   out_upd={"age_out": "cincuenta y seis años"}, edits=[("2 g cada 8 horas", "2 g c/8 h")])
PL("neutro", "HAL001", "Aislamiento de Pseudomonas inventado; los hemocultivos del input son negativos.", k=0,
   edits=[("que informa negativos a las 72 horas.", "que informa Pseudomonas aeruginosa a las 72 horas.")])
PL("neutro", "HAL003", "Cefepime por vía oral; el input lo indica intravenoso.", k=1,
   out_upd={"tx": drug("neutro", "tx", 0, via="oral")})
PL("neutro", "COD004", "Cefepime sin código en el input; el output añade (J01DE01).", k=0,
   inp_upd={"tx": recode("neutro", "tx", 0, None)})

# =========================================================== mama (AR, F 62)
CL("mama", "Trampa: ondansetrón con dos pautas distintas, ambas del input (hospital y alta).", k=0)
CL("mama", "Trampa: 'mama izq.' abrevia la izquierda del input.", k=1,
   edits=[("mastectomía izquierda cicatrizada", "mastectomía izq. cicatrizada")])
PL("mama", "FMT001", "Empieza con 'EPICRISIS.' antes de 'Ingresa por'.", k=0,
   edits=[("Ingresa por", "EPICRISIS. Ingresa por")])
PL("mama", "FMT003", "Texto cortado a media frase, con menos de 80 palabras.", k=1,
   output="Ingresa por vómitos incoercibles e intolerancia oral de 2 días de evolución. Se trata de una mujer de 62 años con antecedentes de cáncer de mama izquierda (C50.9) en quien se diagnostica náuseas y vómitos secundarios a quimioterapia (R11). Manejada con ondansetrón (A04AA01) 8 mg cada 8 horas vía intravenosa, indicándose al alta ondansetrón (A04AA01) 8 mg cada 12 horas vía oral y control en")
PL("mama", "HAL004", "Mastectomía derecha cuando el input dice izquierda.", k=0,
   edits=[("mastectomía izquierda", "mastectomía derecha")])

# =========================================================== hiperk (CL, M 66)
CL("hiperk", "Trampa: 'hiperpotasemia' es sinónimo de hiperkalemia (E87.5); 'yugular dcho.' abrevia derecho.", k=0,
   edits=[("hiperkalemia (E87.5)", "hiperpotasemia (E87.5)"), ("yugular derecho", "yugular dcho.")], skip=["label"])
CL("hiperk", "Limpio: hemodiálisis de urgencia y catéter presentes en el input.", k=1)
PL("hiperk", "HAL001", "Acidosis metabólica severa: diagnóstico ausente del input.", k=0,
   edits=[("Al ingreso se constata", "Se agrega acidosis metabólica severa. Al ingreso se constata")])
PL("hiperk", "HAL003", "Insulina cristalina por vía subcutánea; el input la indica endovenosa.", k=1,
   out_upd={"tx": drug("hiperk", "tx", 1, via="subcutánea")})
PL("hiperk", "COD005", "Códigos cruzados: hiperkalemia (N18.5) y enfermedad renal crónica (E87.5).", k=0,
   edits=[("hiperkalemia (E87.5) y enfermedad renal crónica etapa 5 (N18.5)",
           "hiperkalemia (N18.5) y enfermedad renal crónica etapa 5 (E87.5)")])
PL("hiperk", "FMT001", "Comienza con 'Ingresó por' (otra forma verbal).", k=1,
   edits=[("Ingresa por", "Ingresó por")])
PL("hiperk", "HAL004", "Catéter yugular izquierdo; el input dice yugular derecho.", k=0,
   edits=[("yugular derecho", "yugular izquierdo")])

# =========================================================== ira (CO, F, fecha nac 1966-02-11, ingreso 2024-07-03 -> 58)
CL("ira", "Trampa: edad en palabras (58) calculada de fecha de nacimiento e ingreso; 'se suspende enalapril' está en el input.", k=0)
CL("ira", "Trampa: 'LRA' abreviatura de lesión renal aguda; 'mujer de cincuenta y ocho años' coincide con las fechas.", k=1,
   edits=[("lesión renal aguda prerrenal (N17.9)", "lesión renal aguda (LRA) prerrenal (N17.9)")])
PL("ira", "DEM001", "Edad 'sesenta y ocho años' contradice fechas (nacida 1966, ingreso 2024: 58).", k=1,
   out_upd={"age_out": "sesenta y ocho años"})
PL("ira", "COD007", "N17.7 no existe en CIE-10 (N17 tiene .0, .1, .2, .8, .9).", k=0,
   upd={"dx": [("N17.7", "Lesión renal aguda prerrenal")]})
PL("ira", "HAL001", "Hemodiálisis inventada; el input solo tiene hidratación.", k=1,
   edits=[("hidratación con cristaloides.", "hidratación con cristaloides y una sesión de hemodiálisis.")], vocabplant=True)

# =========================================================== shock (ES, M 71)
CL("shock", "Trampa: 'no requirió hemodiálisis' es negación; sepsis urinaria con ventilación y catéter del input.", k=0,
   edits=[("Alta luego de", "No requirió hemodiálisis. Alta luego de")], neg_ok=["hemodiálisis", "diálisis"])
CL("shock", "Limpio: shock séptico en UCI con noradrenalina y meropenem del input.", k=1)
PL("shock", "HAL001", "Traqueostomía inventada.", k=1,
   edits=[("Evoluciona favorablemente con", "Se realiza traqueostomía percutánea. Evoluciona favorablemente con")], vocabplant=True)
PL("shock", "FMT003", "Texto de más de 200 palabras, sin repeticiones, todo del input.", k=0,
   edits=[("Alta luego de", "El foco de la sepsis es urinario, en relación con la hiperplasia prostática de base, y el urocultivo confirma Escherichia coli productora de BLEE, motivo por el cual se mantiene meropenem durante todo el curso antibiótico. La hipotensión y la mala perfusión distal revierten de forma progresiva con noradrenalina, que se retira al cuarto día. Tras la extubación al quinto día permanece consciente, orientado y con buena mecánica ventilatoria, sin nueva fiebre ni desorientación, y se decide su traslado a planta de medicina interna para completar el tratamiento. Alta luego de")])

# =========================================================== cad (MX, F 19)
CL("cad", "Trampa: 'cetoacidosis diabética' sinónimo del diagnóstico del input; pH ácido y cetonemia lo apoyan.", k=0,
   edits=[("diabetes mellitus tipo 1 con cetoacidosis (E10.1)", "cetoacidosis diabética (E10.1)")])
PL("cad", "HAL002", "pH de 7,21 en vez de 7,12 del input (valor inventado).", k=0,
   edits=[("pH de 7,12", "pH de 7,21")])
PL("cad", "REP001", "La última indicación se repite en bucle.", k=1,
   edits=[("Se indica automonitoreo de glucosa capilar y consulta de endocrinología en 10 días.",
           "Se indica automonitoreo de glucosa capilar y consulta de endocrinología en 10 días. Se indica automonitoreo de glucosa capilar y consulta de endocrinología en 10 días. Se indica automonitoreo de glucosa capilar y consulta de")])
PL("cad", "DEM001", "Mujer de 19 años descrita como 'un hombre de 19 años'.", k=1,
   out_upd={"sex": "M"}, sexplant=True)

# =========================================================== acv (CL, M 74)
CL("acv", "Trampa: 'fuera de ventana para trombólisis' no es una trombólisis realizada.", k=0, neg_ok=["trombólisis"])
CL("acv", "Trampa: hemiparesia derecha con infarto de ACM izquierda es contralateral, coherente con el input.", k=1,
   neg_ok=["trombólisis"], edits=[("arteria cerebral media izquierda", "arteria cerebral media (ACM) izquierda")])
PL("acv", "HAL001", "Trombólisis con alteplasa inventada (el input no la tiene).", k=0,
   edits=[("Se encontraba fuera de ventana para trombólisis.", "Se realiza trombólisis endovenosa con alteplasa.")], vocabplant=True)
PL("acv", "HAL003", "Atorvastatina 100 mg (dosis del AAS) en vez de 40 mg.", k=1,
   edits=[("atorvastatina (C10AA05) 40 mg", "atorvastatina (C10AA05) 100 mg")], neg_ok=["trombólisis"])
PL("acv", "HAL004", "Infarto en arteria cerebral media derecha; el input la da izquierda.", k=0,
   edits=[("arteria cerebral media izquierda", "arteria cerebral media derecha")], neg_ok=["trombólisis"])
PL("acv", "COD006", "Losartán (C09CA01) del input mencionado sin código.", k=1,
   out_upd={"hab": recode("acv", "hab", 0, None)}, neg_ok=["trombólisis"])

# =========================================================== mening (AR, M 34)
CL("mening", "Trampa: 'se descarta meningitis bacteriana, no se inicia ceftriaxona' es negación.", k=0, neg_ok=["ceftriaxona"])
CL("mening", "Trampa: 'paracetamol 1 g cada 6 horas' escrito 'c/6 h'; ceftriaxona solo negada.", k=1,
   edits=[("1 g cada 6 horas", "1 g c/6 h")], neg_ok=["ceftriaxona"])
PL("mening", "HAL001", "Aciclovir iniciado: el input no lo menciona.", k=0,
   edits=[("Se efectúa punción lumbar.", "Se efectúa punción lumbar y se inicia aciclovir empírico.")], neg_ok=["ceftriaxona"],
   vocabplant=True)
PL("mening", "COD002", "Meningitis por enterovirus sin código en el input; el output añade (A87.0).", k=1,
   inp_upd={"dx": [(None, "Meningitis por enterovirus")]}, neg_ok=["ceftriaxona"])
PL("mening", "HAL003", "Paracetamol por vía endovenosa; el input indica vía oral.", k=0,
   out_upd={"tx": drug("mening", "tx", 0, via="endovenosa")}, neg_ok=["ceftriaxona"])

# =========================================================== celul (CO, F, nac 1972-09-30, ingreso 2024-10-12 -> 52)
CL("celul", "Trampa: edad 'cincuenta y dos años' calculada de las fechas; sin edad en el input.", k=0)
CL("celul", "Trampa: 'pierna izq.' y cefadroxilo 'dos veces al día' equivalen al input.", k=1,
   edits=[("placa eritematosa caliente en cara anterior de pierna izquierda", "placa eritematosa caliente en cara anterior de pierna izq."),
          ("cefadroxilo (J01DB05) 500 mg cada 12 horas", "cefadroxilo (J01DB05) 500 mg dos veces al día")])
PL("celul", "HAL004", "Celulitis de pierna derecha; el input dice izquierda.", k=0,
   edits=[("celulitis de pierna izquierda (L03.1)", "celulitis de pierna derecha (L03.1)")])
PL("celul", "HAL003", "Cefazolina cada 12 h (frecuencia de metformina) en vez de cada 8 h.", k=1,
   edits=[("1 g cada 8 horas", "1 g cada 12 horas")])
PL("celul", "DEM001", "Edad 'cincuenta y un años': nacida 30-09-1972, ingreso 12-10-2024, tiene 52.", k=1,
   out_upd={"age_out": "cincuenta y un años"})
PL("celul", "COD003", "ATC de cefazolina sin paréntesis.", k=0,
   edits=[("cefazolina (J01DB04)", "cefazolina J01DB04")])

# =========================================================== pielo (MX, F 24)
CL("pielo", "Trampa: 'puñopercusión dcha.' y 'c/24 h' equivalen al input.", k=1,
   edits=[("puñopercusión derecha positiva", "puñopercusión dcha. positiva"), ("1 g cada 24 horas", "1 g c/24 h")])
PL("pielo", "HAL004", "Puñopercusión izquierda positiva; el input dice derecha.", k=0,
   edits=[("puñopercusión derecha positiva", "puñopercusión izquierda positiva")])
PL("pielo", "COD001", "Código CIE-10 O23.0 escrito sin paréntesis.", k=1,
   edits=[("pielonefritis en el embarazo (O23.0)", "pielonefritis en el embarazo O23.0")])
PL("pielo", "COD007", "O23.6 no existe en CIE-10.", k=0,
   upd={"dx": [("O23.6", "Pielonefritis en el embarazo")]})
PL("pielo", "HAL003", "Cefadroxilo 1 g (dosis de ceftriaxona) en vez de 500 mg.", k=1,
   edits=[("cefadroxilo (J01DB05) 500 mg", "cefadroxilo (J01DB05) 1 g")])

# =========================================================== delir (ES, F 89)
CL("delir", "Trampa: 'no requirió sondaje vesical ni contención mecánica' es negación.", k=1, neg_ok=["sonda"])
CL("delir", "Limpio: delirium e infección urinaria con cefuroxima del input.", k=0, neg_ok=["sonda"])
PL("delir", "REP001", "Bucle degenerativo: 'y recuperación de situación basal' repetido.", k=0, neg_ok=["sonda"],
   edits=[("y recuperación de situación basal.", "y recuperación de situación basal y recuperación de situación basal y recuperación de situación basal y recuperación de situación basal.")])
PL("delir", "COD005", "Códigos cruzados: delirium (N39.0) e infección urinaria (F05.1).", k=1, neg_ok=["sonda"],
   edits=[("delirium superpuesto a demencia (F05.1) e infección urinaria (N39.0)",
           "delirium superpuesto a demencia (N39.0) e infección urinaria (F05.1)")])
PL("delir", "HAL001", "Sonda vesical instalada: contradice el input, que no la menciona.", k=0,
   edits=[("No requirió sondaje vesical ni contención mecánica.", "Se instala sonda vesical por retención urinaria.")], vocabplant=True)

# =========================================================== subdu (CL, M 81)
CL("subdu", "Trampa: 'sin requerir drenaje quirúrgico' es negación de procedimiento.", k=0, neg_ok=["drenaje"])
CL("subdu", "Trampa: 'hematoma subdural izq.' abrevia izquierdo; edad 'ochenta y un años'.", k=1, neg_ok=["drenaje"],
   out_upd={"age_out": "ochenta y un años"},
   edits=[("hematoma subdural agudo izquierdo", "hematoma subdural agudo izq.")])
PL("subdu", "HAL004", "Hematoma subdural derecho en la tomografía; el input dice izquierdo.", k=0, neg_ok=["drenaje"],
   edits=[("hematoma subdural agudo izquierdo", "hematoma subdural agudo derecho")])
PL("subdu", "COD006", "Acenocumarol (B01AA07) sin su código ATC.", k=1, neg_ok=["drenaje"],
   out_upd={"hab": recode("subdu", "hab", 0, None)})
PL("subdu", "HAL001", "Craneotomía de drenaje inventada en vez del manejo conservador del input.", k=0,
   edits=[("Se decide manejo conservador, sin requerir drenaje quirúrgico.", "Se realiza craneotomía para evacuación del hematoma.")],
   vocabplant=True)

# =========================================================== colecis (AR, F 47)
CL("colecis", "Limpio: colecistitis litiásica operada.", k=1)
PL("colecis", "COD001", "Código K80.0 sin paréntesis.", k=0,
   edits=[("colecistitis aguda litiásica (K80.0)", "colecistitis aguda litiásica K80.0")])
PL("colecis", "FMT002", "Indicaciones en lista con viñetas markdown.", k=0,
   edits=[("Se indica dieta hipograsa y control por consultorio externo en 10 días.",
           "Se indica:\n- dieta hipograsa\n- control por consultorio externo en 10 días")])
PL("colecis", "CLN001", "Levetiracetam habitual sin epilepsia en los diagnósticos.", k=1,
   upd={"hab": [("N03AX14", "Levetiracetam", "500 mg cada 12 horas", "oral")]})

# =========================================================== hernia (ES, M 63)
CL("hernia", "Trampa: 'hernioplastia inguinal dcha.' abrevia derecha.", k=1,
   edits=[("hernioplastia inguinal derecha con malla", "hernioplastia inguinal dcha. con malla")])
PL("hernia", "HAL004", "Hernioplastia izquierda; la hernia y la cirugía del input son derechas.", k=0,
   edits=[("hernioplastia inguinal derecha", "hernioplastia inguinal izquierda")])
PL("hernia", "COD003", "ATC de paracetamol sin paréntesis.", k=1,
   edits=[("paracetamol (N02BE01)", "paracetamol N02BE01")])
PL("hernia", "COD007", "K40.5 no existe en CIE-10.", k=0, upd={"dx": [("K40.5", "Hernia inguinal derecha")]})
PL("hernia", "FMT003", "Resumen demasiado corto (menos de 80 palabras).", k=0,
   output="Ingresa por tumoración inguinal derecha dolorosa de 5 días de evolución, diagnosticándose hernia inguinal derecha (K40.9) en un hombre de 63 años con hipertensión arterial (I10) en tratamiento con enalapril (C09AA02). Se efectúa hernioplastia inguinal derecha con malla y analgesia con paracetamol (N02BE01). Alta a los 2 días.")
PL("hernia", "CLN001", "Alopurinol habitual sin gota ni hiperuricemia en los diagnósticos.", k=1,
   upd={"hab": S["hernia"]["hab"] + [("M04AA01", "Alopurinol", "300 mg al día", "oral")]})

# =========================================================== radio (CO, F 9)
CL("radio", "Trampa: 'niña de 9 años' y 'radio distal izq.' coinciden con el input.", k=0,
   edits=[("fractura desplazada de radio distal izquierdo", "fractura desplazada de radio distal izq.")])
PL("radio", "HAL004", "Fractura de radio distal derecho en el diagnóstico; el input dice izquierdo.", k=1,
   edits=[("fractura de radio distal izquierdo (S52.5)", "fractura de radio distal derecho (S52.5)")])
PL("radio", "COD002", "Diagnóstico sin código en el input; el output añade (S52.5).", k=0,
   inp_upd={"dx": [(None, "Fractura de radio distal izquierdo")]})
PL("radio", "DEM001", "Niña descrita como 'niño de 9 años'.", k=1,
   out_upd={"persona": "niño de 9 años"}, sexplant=True)

# =========================================================== neumot (CL, M 22)
CL("neumot", "Trampa: 'tubo pleural izquierdo' = pleurostomía izquierda; no requirió videotoracoscopia.", k=0,
   edits=[("Alta luego de", "No requirió cirugía videotoracoscópica. Alta luego de")])
PL("neumot", "HAL004", "Pleurostomía derecha; el neumotórax del input es izquierdo.", k=1,
   edits=[("pleurostomía izquierda", "pleurostomía derecha")])
PL("neumot", "COD002", "Neumotórax sin código en el input; el output pone (J93.1).", k=0,
   inp_upd={"dx": [(None, "Neumotórax espontáneo primario")]})
PL("neumot", "HAL002", "Neumotórax de 60% (input 40%).", k=1,
   edits=[("neumotórax izquierdo de 40%", "neumotórax izquierdo de 60%")])

# =========================================================== icc (MX, M 69)
CL("icc", "Trampa: 'derrame pleural bilateral' y 'crépitos bibasales' coinciden con el input; 'c/12 h'.", k=0,
   edits=[("40 mg cada 12 horas", "40 mg c/12 h")])
PL("icc", "HAL004", "Derrame pleural derecho; el input informa derrame bilateral.", k=1,
   edits=[("derrame pleural bilateral", "derrame pleural derecho")])
PL("icc", "HAL003", "Furosemida 10 mg (dosis de enalapril) en vez de 40 mg.", k=0,
   edits=[("furosemida (C03CA01) 40 mg", "furosemida (C03CA01) 10 mg")])
PL("icc", "COD005", "Códigos cruzados entre furosemida (C07AB07) y bisoprolol (C03CA01).", k=1,
   edits=[("furosemida (C03CA01)", "furosemida (C07AB07)"), ("bisoprolol (C07AB07)", "bisoprolol (C03CA01)")])
PL("icc", "FMT003", "Texto de más de 200 palabras con detalle redundante pero sin repetir frases.", k=0,
   edits=[("Alta luego de", "El manejo se orienta a la descongestión con diurético de asa endovenoso, control diario de peso, balance hídrico estricto, restricción de sodio y de líquidos, monitorización de la función renal y de los electrolitos, y titulación cuidadosa del betabloqueador según la frecuencia cardíaca y la presión arterial. La cardiopatía isquémica crónica de base y la fracción de eyección reducida explican la descompensación, sin otros desencadenantes identificados durante la estadía. La disnea de pequeños esfuerzos, la ortopnea y el edema de miembros inferiores remiten de manera progresiva. Alta luego de")])

# =========================================================== iam (ES, M 58)
CL("iam", "Trampa: 'IAMCEST' sigla del diagnóstico; angioplastia con stent presente en el input.", k=0,
   edits=[("infarto agudo de miocardio anterior con elevación del ST (I21.0)", "infarto agudo de miocardio anterior con elevación del ST, IAMCEST (I21.0)")],
   skip=["label"])
PL("iam", "HAL003", "Ticagrelor 'al día' cuando el input dice cada 12 horas.", k=1,
   edits=[("90 mg cada 12 horas", "90 mg al día")])
PL("iam", "COD005", "AAS y ticagrelor con códigos intercambiados.", k=0,
   edits=[("ácido acetilsalicílico (B01AC06)", "ácido acetilsalicílico (B01AC24)"), ("ticagrelor (B01AC24)", "ticagrelor (B01AC06)")])
PL("iam", "FMT002", "Palabra en negrita markdown.", k=1,
   edits=[("infarto agudo de miocardio anterior con elevación del ST (I21.0)", "**infarto agudo de miocardio anterior con elevación del ST** (I21.0)")])
PL("iam", "COD003", "ATC de ticagrelor sin paréntesis.", k=0,
   edits=[("ticagrelor (B01AC24)", "ticagrelor B01AC24")])

# =========================================================== hda (CL, M 61)
CL("hda", "Trampa: 'anemia' apoyada por hemoglobina 7,1 g/dL del input; transfusión presente.", k=0,
   edits=[("hemoglobina de 7,1 g/dL", "hemoglobina de 7,1 g/dL, compatible con anemia aguda")])
CL("hda", "Trampa: omeprazol con pauta endovenosa y pauta oral distintas, ambas del input.", k=1)
PL("hda", "HAL001", "Sonda nasogástrica inventada.", k=0,
   edits=[("Se efectúa escleroterapia", "Se instala sonda nasogástrica. Se efectúa escleroterapia")], vocabplant=True)
PL("hda", "HAL002", "Transfusión de 3 unidades (input 2).", k=1,
   edits=[("transfusión de 2 unidades", "transfusión de 3 unidades")])
PL("hda", "DEM001", "Hombre de 61 años: 'dada de alta' en femenino.", k=0,
   edits=[("Alta luego de 4 días", "Es dada de alta luego de 4 días")], sexplant=True)

# =========================================================== asma (AR, M 7)
CL("asma", "Trampa: '2 puff c/4 h' igual al input; crisis asmática en paciente con asma.", k=1,
   edits=[("2 puff cada 4 horas", "2 puff c/4 h")], out_upd={"persona": "niño de 7 años"})
PL("asma", "COD004", "Salbutamol sin código en el input; el output añade (R03AC02).", k=0,
   inp_upd={"tx": recode("asma", "tx", 0, None)})
PL("asma", "DEM001", "Niño de 7 años descrito como 'niña'.", k=1, out_upd={"persona": "niña de 7 años"}, sexplant=True)
PL("asma", "HAL003", "Prednisolona por vía endovenosa; el input la indica oral.", k=0,
   out_upd={"tx": drug("asma", "tx", 1, via="endovenosa")})

# =========================================================== febril (ES, F 18 meses)
CL("febril", "Trampa: 'un año y medio' equivale a 18 meses.", k=0,
   out_upd={"persona": "lactante de un año y medio"})
CL("febril", "Trampa: 'tímpano dcho.' y otitis derecha coinciden con el input.", k=1,
   edits=[("tímpano derecho abombado", "tímpano dcho. abombado")], out_upd={"persona": "lactante de 18 meses"})
PL("febril", "DEM001", "18 meses escrito como '18 años'.", k=0, out_upd={"persona": "paciente de 18 años"})
PL("febril", "HAL003", "Amoxicilina 150 mg (dosis del paracetamol) en vez de 250 mg.", k=1,
   edits=[("amoxicilina (J01CA04) 250 mg", "amoxicilina (J01CA04) 150 mg")], out_upd={"persona": "lactante de 18 meses"})
PL("febril", "HAL004", "Otitis media aguda izquierda; el input dice derecha.", k=0,
   edits=[("otitis media aguda derecha (H66.9)", "otitis media aguda izquierda (H66.9)")], out_upd={"persona": "lactante de 18 meses"})

# =========================================================== gea (MX, M 2, texto libre)
CL("gea", "Trampa: 'hiponatremia leve' apoyada por sodio 132 mEq/L del input.", k=0,
   edits=[("sodio de 132 mEq/L", "sodio de 132 mEq/L, con hiponatremia leve")], out_upd={"persona": "niño de 2 años"})
PL("gea", "COD007", "A09.5 no existe en CIE-10.", k=1, upd={"dx": [("A09.5", "Gastroenteritis infecciosa"), ("E86", "Deshidratación moderada")]},
   out_upd={"persona": "niño de 2 años"})
PL("gea", "FMT003", "Resumen de menos de 80 palabras.", k=0,
   output="Ingresa por evacuaciones líquidas y vómitos de 2 días de evolución en niño de 2 años, diagnosticándose gastroenteritis infecciosa (A09.0) con deshidratación moderada (E86). Recibe hidratación intravenosa y ondansetrón (A04AA01) 2 mg dosis única. Evoluciona con tolerancia a suero oral. Alta a domicilio.")
PL("gea", "REP001", "La frase de evolución se repite.", k=1, out_upd={"persona": "niño de 2 años"},
   edits=[("Evoluciona favorablemente con tolerancia a suero oral y diuresis adecuada.",
           "Evoluciona favorablemente con tolerancia a suero oral y diuresis adecuada. Evoluciona favorablemente con tolerancia a suero oral y diuresis adecuada.")])

# =========================================================== sepsisrn (CL, F RN 6 días)
CL("sepsisrn", "Trampa: 'la matrona' y 'su padre, hospitalizado' son otras personas; RN de 6 días mujer.", k=0,
   out_upd={"persona": "RN de 6 días de vida"},
   edits=[("Alta luego de", "La matrona educa a la madre en lactancia; su padre, hospitalizado en otro centro, es informado telefónicamente. Alta luego de")],
   skip=["sex"])
PL("sepsisrn", "HAL003", "Gentamicina cada 8 h (frecuencia de ampicilina) en vez de cada 24 h.", skip=["sex"], k=1,
   edits=[("4 mg/kg cada 24 horas", "4 mg/kg cada 8 horas")])
PL("sepsisrn", "COD004", "Gentamicina sin código en el input; el output añade (J01GB03).", skip=["sex"], k=0,
   inp_upd={"tx": recode("sepsisrn", "tx", 1, None)})
PL("sepsisrn", "DEM001", "RN femenina descrita como 'RN de sexo masculino'.", skip=["sex"], k=1,
   out_upd={"persona": "RN de sexo masculino de 6 días de vida"}, sexplant=True)
PL("sepsisrn", "FMT003", "Texto cortado tras pocas palabras (menos de 80).", skip=["sex"], k=0,
   output="Ingresa por rechazo alimentario e hipotermia de 1 día de evolución, diagnosticándose sepsis bacteriana del recién nacido (P36.9) en RN de 6 días de vida. Se instala catéter epicutáneo y se indica ampicilina (J01CA01) 50 mg/kg cada 8 horas y gentamicina (J01GB03) 4 mg/kg cada 24 horas endovenosa. Evoluciona con")

# =========================================================== pancr (CO, F, nac 1985-01-20, ingreso 2024-05-14 -> 39)
CL("pancr", "Trampa: 'no requirió sonda nasogástrica' es negación; edad de fechas en palabras.", k=0, neg_ok=["sonda"])
CL("pancr", "Trampa: 'pancreatitis aguda de origen biliar' sinónimo del diagnóstico; 'hiperlipasemia' apoyada por lipasa.", k=1,
   neg_ok=["sonda"], edits=[("lipasa de 2.340 U/L", "lipasa de 2.340 U/L, con hiperlipasemia marcada")])
PL("pancr", "COD005", "Códigos cruzados: pancreatitis (K80.2) y colelitiasis (K85.1).", k=0, neg_ok=["sonda"],
   edits=[("pancreatitis aguda biliar (K85.1) y colelitiasis (K80.2)", "pancreatitis aguda biliar (K80.2) y colelitiasis (K85.1)")])
PL("pancr", "FMT002", "Etiqueta HTML <br> entre frases.", k=1, neg_ok=["sonda"],
   edits=[("Se realiza ecografía abdominal", "<br>Se realiza ecografía abdominal")])
PL("pancr", "DEM001", "Edad 'cuarenta y nueve años'; por fechas (1985-01-20 a 2024-05-14) tiene 39.", k=1, neg_ok=["sonda"],
   out_upd={"age_out": "cuarenta y nueve años"})
PL("pancr", "HAL001", "Nutrición parenteral total inventada.", k=0, neg_ok=["sonda"],
   edits=[("Durante la hospitalización presenta", "Recibe nutrición parenteral total. Durante la hospitalización presenta")])

# =========================================================== epoc (ES, M 76)
CL("epoc", "Trampa: 'VMNI' sigla de ventilación mecánica no invasiva; 'no requirió intubación' es negación.", k=0,
   edits=[("ventilación mecánica no invasiva.", "ventilación mecánica no invasiva (VMNI), sin requerir intubación.")], neg_ok=["intubación"])
CL("epoc", "Trampa: amoxicilina-clavulánico '875/125 mg c/8 h' igual al input.", k=1,
   edits=[("875/125 mg cada 8 horas", "875/125 mg c/8 h")])
PL("epoc", "HAL001", "Intubación orotraqueal inventada (solo hubo ventilación no invasiva).", k=1,
   edits=[("Evoluciona favorablemente con", "Requirió intubación orotraqueal. Evoluciona favorablemente con")], vocabplant=True)
PL("epoc", "FMT002", "Tratamiento como lista numerada markdown.", k=0,
   edits=[("Se indica prednisona", "Se indica:\n1. prednisona"), (" y amoxicilina-clavulánico", "\n2. amoxicilina-clavulánico")])
PL("epoc", "COD006", "El inhalador habitual (R03AL04) del input se omite.", k=0,
   out_upd={"hab": []})

# =========================================================== tbc (AR, M 41)
CL("tbc", "Trampa: 'se descarta infección por VIH' con serología negativa del input; 'esquema HRZE'.", k=0,
   edits=[("Se indica rifampicina/isoniazida/pirazinamida/etambutol", "Se descarta infección por VIH. Se indica esquema HRZE con rifampicina/isoniazida/pirazinamida/etambutol")])
PL("tbc", "COD004", "Combinación antituberculosa sin código en el input; el output añade (J04AM06).", k=1,
   inp_upd={"tx": recode("tbc", "tx", 0, None)})
PL("tbc", "HAL004", "Cavitación en lóbulo superior izquierdo; el input dice derecho.", k=0,
   edits=[("cavitación en lóbulo superior derecho", "cavitación en lóbulo superior izquierdo")])
PL("tbc", "FMT002", "Texto entre corchetes.", k=1,
   edits=[("Se realiza radiografía de tórax", "[Estudios] Se realiza radiografía de tórax")])
PL("tbc", "REP001", "La indicación final se repite.", k=0,
   edits=[("Se indica tratamiento directamente observado en centro de salud y estudio de contactos.",
           "Se indica tratamiento directamente observado en centro de salud y estudio de contactos. Se indica tratamiento directamente observado en centro de salud y estudio de contactos.")])

# =========================================================== dengue (CO, F 26)
CL("dengue", "Trampa: 'no se usa ibuprofeno' es negación; 'trombocitopenia' apoyada por plaquetas 48.000.", k=0,
   edits=[("plaquetas de 48.000/mm3", "plaquetas de 48.000/mm3 (trombocitopenia)")], neg_ok=["ibuprofeno"])
CL("dengue", "Trampa: 'paracetamol' es sinónimo de acetaminofén del input.", k=1,
   edits=[("acetaminofén (N02BE01)", "paracetamol (N02BE01)")], skip=["label"], neg_ok=["ibuprofeno", "paracetamol"])
PL("dengue", "COD003", "ATC de acetaminofén sin paréntesis.", k=0, neg_ok=["ibuprofeno"],
   edits=[("acetaminofén (N02BE01)", "acetaminofén N02BE01")])
PL("dengue", "HAL001", "Transfusión de plaquetas inventada.", k=1, neg_ok=["ibuprofeno"],
   edits=[("Evoluciona favorablemente con", "Requirió transfusión de plaquetas. Evoluciona favorablemente con")], vocabplant=True)
PL("dengue", "HAL002", "Plaquetas 18.000 en vez de 48.000.", k=0, neg_ok=["ibuprofeno"],
   edits=[("plaquetas de 48.000/mm3", "plaquetas de 18.000/mm3")])

# =========================================================== colon (CL, M 67)
CL("colon", "Trampa: 'CEA elevado' apoyado por CEA 12,4 ng/mL; cáncer de colon sigmoides también como antecedente.", k=0,
   edits=[("CEA de 12,4 ng/mL", "CEA elevado de 12,4 ng/mL")])
PL("colon", "HAL002", "CEA 14,2 en vez de 12,4.", k=1, edits=[("CEA de 12,4", "CEA de 14,2")])
PL("colon", "REP001", "Bucle: 'con buena evolución' repetido.", k=0,
   edits=[("Durante la hospitalización presenta", "Durante la hospitalización con buena evolución, con buena evolución, con buena evolución, con buena evolución, con buena evolución, presenta")])
PL("colon", "HAL001", "Ileostomía de protección inventada.", k=1,
   edits=[("sigmoidectomía laparoscópica.", "sigmoidectomía laparoscópica con ileostomía de protección.")])

# =========================================================== ferro (MX, F 34)
CL("ferro", "Trampa: 'anemia microcítica' apoyada por VCM 64 fL; sulfato ferroso 'dos veces al día'.", k=0,
   edits=[("VCM de 64 fL", "VCM de 64 fL, anemia microcítica"), ("200 mg cada 12 horas", "200 mg dos veces al día")])
PL("ferro", "HAL002", "Hemoglobina postransfusional 9,7 inventada (input 7,9).", k=1,
   edits=[("hemoglobina postransfusional de 7,9 g/dL", "hemoglobina postransfusional de 9,7 g/dL")])
PL("ferro", "COD001", "Código D50.0 escrito sin paréntesis tras una coma.", k=0,
   edits=[("pérdida crónica de sangre (D50.0)", "pérdida crónica de sangre, código D50.0,")])
PL("ferro", "COD003", "ATC de sulfato ferroso sin paréntesis.", k=1,
   edits=[("sulfato ferroso (B03AA07)", "sulfato ferroso B03AA07")])
PL("ferro", "HAL003", "Sulfato ferroso endovenoso; el input lo indica oral.", k=0,
   out_upd={"tx": drug("ferro", "tx", 0, via="endovenosa")})

# =========================================================== tvp (AR, F 55)
CL("tvp", "Trampa: 'se descarta tromboembolismo pulmonar' con angioTC negativa; 'pierna dcha.'.", k=0,
   edits=[("edema con fóvea de pierna derecha", "edema con fóvea de pierna dcha.")])
PL("tvp", "HAL004", "TVP de pierna izquierda; el input dice derecha.", k=1,
   edits=[("trombosis venosa profunda de pierna derecha (I80.2)", "trombosis venosa profunda de pierna izquierda (I80.2)")])
PL("tvp", "HAL003", "Enoxaparina 15 mg (dosis del rivaroxabán) en vez de 60 mg.", k=0,
   edits=[("enoxaparina (B01AB05) 60 mg", "enoxaparina (B01AB05) 15 mg")])
PL("tvp", "COD001", "Código I80.2 sin paréntesis, precedido de 'código'.", k=1,
   edits=[("pierna derecha (I80.2)", "pierna derecha, código I80.2,")])
PL("tvp", "HAL001", "Filtro de vena cava inventado.", k=0,
   edits=[("Se descarta tromboembolismo pulmonar.", "Se descarta tromboembolismo pulmonar y se instala filtro de vena cava inferior.")])
PL("tvp", "COD006", "Antecedente cáncer de endometrio (C54.1) omitido del texto.", k=1,
   out_upd={"ant": []})

# =========================================================== epil (ES, F 16)
CL("epil", "Trampa: 'EEG' y 'RM' son siglas de estudios del input; adolescente mujer por 'estudiante' sin marca masculina.", k=0,
   edits=[("Se realiza electroencefalograma", "Se realiza EEG"), ("Se realiza resonancia magnética cerebral", "Se realiza RM cerebral")])
PL("epil", "FMT001", "Comienza con 'Adolescente de 16 años que ingresa por'.", k=1,
   edits=[("Ingresa por", "Adolescente de 16 años que ingresa por")])
PL("epil", "COD003", "ATC de levetiracetam sin paréntesis.", k=0,
   edits=[("levetiracetam (N03AX14)", "levetiracetam N03AX14")])
PL("epil", "COD001", "Código G40.3 sin paréntesis.", k=1,
   edits=[("epilepsia generalizada idiopática (G40.3)", "epilepsia generalizada idiopática G40.3")])
PL("epil", "DEM001", "Adolescente mujer descrita como 'adolescente de 16 años, estudiante, hospitalizado'.", k=0,
   out_upd={"persona": "adolescente de 16 años, estudiante, hospitalizado"}, sexplant=True)

# =========================================================== hpp (CL, F 29)
CL("hpp", "Trampa: 'el recién nacido, de sexo masculino' es otra persona.", k=1, skip=["sex"])
CL("hpp", "Trampa: transfusión y oxitocina presentes en input; 'no requirió histerectomía' es negación.", k=0, skip=["sex"],
   edits=[("Alta luego de", "No requirió histerectomía. Alta luego de")])
PL("hpp", "COD004", "Oxitocina sin código en el input; el output añade (H01BB02).", k=0, skip=["sex"],
   inp_upd={"tx": recode("hpp", "tx", 0, None)})
PL("hpp", "COD001", "Código O72.1 separado por guion, sin paréntesis.", k=1, skip=["sex"],
   edits=[("inercia uterina (O72.1)", "inercia uterina - O72.1")])
PL("hpp", "DEM001", "Puérpera de 29 años: 'el paciente evoluciona' en masculino.", k=1, skip=["sex"],
   edits=[("Evoluciona favorablemente con", "El paciente evoluciona favorablemente con")])
PL("hpp", "HAL001", "Balón de Bakri inventado.", k=0, skip=["sex"],
   edits=[("masaje uterino bimanual", "masaje uterino bimanual, balón de Bakri")])

# =========================================================== gbs (CO, M 45, lista)
CL("gbs", "Trampa: 'no requirió ventilación mecánica ni ingreso a UCI' es negación; 'IgIV' sigla.", k=0,
   edits=[("Alta luego de", "No requirió ventilación mecánica ni ingreso a UCI. Alta luego de")], neg_ok=["ventilación mecánica"])
PL("gbs", "COD002", "Guillain-Barré sin código en el input; el output añade (G61.0).", k=1,
   inp_upd={"dx": [(None, "Síndrome de Guillain-Barré")]})
PL("gbs", "HAL002", "Saturación de 97% inventada.", k=0,
   edits=[("arreflexia generalizada", "saturación de 97%, arreflexia generalizada")])
PL("gbs", "FMT001", "Salida entre comillas: comienza con '\"Ingresa por'.", k=1,
   edits=[("Ingresa por", "\"Ingresa por")])
PL("gbs", "DEM001", "Hombre de 45 años: 'es trasladada a rehabilitación'.", k=0,
   edits=[("Alta luego de", "Es trasladada a rehabilitación. Alta luego de")], sexplant=True)

# =========================================================== hipogli (MX, M 83, texto libre)
CL("hipogli", "Trampa: 'ochenta y tres años' en palabras; 'se suspende glibenclamida' figura en el input.", k=0,
   out_upd={"age_out": "ochenta y tres años"})
PL("hipogli", "DEM001", "Edad '38 años' (número presente en el input como glucosa) contradice 83.", k=1,
   out_upd={"age_out": "38 años"})
PL("hipogli", "COD002", "Hipoglucemia sin código en el texto de input; el output añade (E16.0).", k=0,
   inp_upd={"dx": [(None, "Hipoglucemia inducida por sulfonilurea")]})
PL("hipogli", "COD006", "Antecedente de enfermedad renal crónica (N18.3) mencionado sin código.", k=1,
   edits=[("enfermedad renal crónica estadio 3 (N18.3)", "enfermedad renal crónica estadio 3")])

# =========================================================== peritoneal (AR, F 52, lista)
CL("peritoneal", "Trampa: 'su esposo, quien realiza los recambios' es otra persona; catéter peritoneal en el input.", k=0,
   edits=[("Alta luego de", "Su esposo, entrenado, realiza los recambios en domicilio. Alta luego de")])
PL("peritoneal", "FMT001", "Comienza con 'ingresa por' en minúscula.", k=1,
   edits=[("Ingresa por", "ingresa por")])
PL("peritoneal", "COD004", "Vancomicina sin código en el input; el output añade (J01XA01).", k=0,
   inp_upd={"tx": recode("peritoneal", "tx", 0, None)})
PL("peritoneal", "HAL003", "Vancomicina por vía intravenosa; el input la da intraperitoneal.", k=1,
   out_upd={"tx": drug("peritoneal", "tx", 0, via="intravenosa")})
PL("peritoneal", "DEM001", "Mujer de 52 años descrita como 'paciente varón'.", k=0,
   out_upd={"sex": "M"}, sexplant=True)


# =========================================================== extra clean batch
# One more rendering of every scenario with other phrasing (k=2 or 3). Where a drug
# schedule 'cada N horas' is present, it is written 'c/N h' (equivalent posology: trampa).
_NEG = {"acv": ["trombólisis"], "mening": ["ceftriaxona"], "delir": ["sonda"], "subdu": ["drenaje"],
        "pancr": ["sonda"], "dengue": ["ibuprofeno"]}
_SKIP = {"hpp": ["sex"], "sepsisrn": ["sex"]}
_PERS = {"gea": "niño de 2 años", "asma": "niño de 7 años", "febril": "lactante de 18 meses",
         "sepsisrn": "RN de 6 días de vida"}
import re as _re
from render import render as _render, scen as _scen
for _j, _key in enumerate(S):
    _k = 2 + (_j % 2)
    _ou = {"persona": _PERS[_key]} if _key in _PERS else None
    _txt = _render(_scen(S[_key], _ou), _k)
    _m = _re.search(r"cada (\d+) horas", _txt)
    if _m:
        CL(_key, "Trampa: pauta '%s' escrita 'c/%s h', equivalente a la del input." % (_m.group(0), _m.group(1)), k=_k,
           edits=[(_m.group(0), "c/%s h" % _m.group(1))], out_upd=_ou, neg_ok=_NEG.get(_key, []), skip=_SKIP.get(_key, []))
    else:
        CL(_key, "Limpio: otra redacción del mismo caso, todo presente en el input.", k=_k, out_upd=_ou,
           neg_ok=_NEG.get(_key, []), skip=_SKIP.get(_key, []))
