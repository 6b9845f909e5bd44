# -*- coding: utf-8 -*-
"""Scenarios B: urgencias, neumología, cardiología, obstetricia, neonatología, pediatría,
cirugía, oncología, infectología, nefrología, psiquiatría."""

CASES = []
C = CASES.append

C(dict(tag="cl-urg-asma", note="trampa: estadía corta en urgencia; asmática como adjetivo del diagnóstico J45.0",
  input={"servicio": "Unidad de Emergencia Hospitalaria - Observación", "paciente": {"sexo": "F", "edad": 22},
         "motivo": "disnea, sibilancias y tos seca de 12 horas tras cuadro viral",
         "antecedentes": [{"codigo": "J45.0", "nombre": "Asma predominantemente alérgica"}, {"nombre": "rinitis alérgica, sin tratamiento"}],
         "examen": {"FR": "28 rpm", "SatO2": "91% ambiental", "PEF": "180 L/min (45% del teórico)", "auscultacion": "sibilancias espiratorias difusas"},
         "diagnostico": [{"codigo": "J46", "nombre": "Estado asmático / crisis asmática severa"}],
         "tratamiento": [{"atc": "R03AC02", "nombre": "Salbutamol", "dosis": "4 puff cada 20 min por 3 veces, luego cada 4 h"}, {"atc": "H02AB07", "nombre": "Prednisona", "dosis": "40 mg VO al día por 5 días"}, {"atc": "R03AK06", "nombre": "Salmeterol/fluticasona", "dosis": "25/250 mcg 2 puff cada 12 h"}],
         "evolucion": "PEF 380 L/min y SatO2 97% a las 6 horas; observación de 10 horas",
         "alta": "control en policlínico de broncopulmonar en 10 días"},
  out=("Ingresa por disnea, sibilancias y tos seca de 12 horas de evolución tras cuadro viral. Paciente de 22 años, asmática (J45.0) con rinitis alérgica sin tratamiento. "
       "Al ingreso FR 28 rpm, SatO2 91% ambiental, PEF 180 L/min (45% del teórico) y sibilancias espiratorias difusas. Se diagnostica crisis asmática severa (J46). "
       "Se maneja con salbutamol (R03AC02) 4 puff cada 20 min por 3 veces y luego cada 4 h, más prednisona (H02AB07) 40 mg VO al día. Evoluciona favorablemente, con PEF 380 L/min y SatO2 97% a las 6 horas. "
       "Alta tras 10 horas de observación con prednisona hasta completar 5 días, salmeterol/fluticasona (R03AK06) 25/250 mcg 2 puff cada 12 h y control en policlínico de broncopulmonar en 10 días."),
  alts=[("trampa: 'no requirió sulfato de magnesio ni ventilación' negados", [("Evoluciona favorablemente,", "No requirió sulfato de magnesio ni ventilación mecánica. Evoluciona favorablemente,")]),
        ("trampa: 'crisis de asma' como sinónimo de crisis asmática", [("Se diagnostica crisis asmática severa (J46).", "Se diagnostica crisis de asma severa (J46).")])],
  plants=[("COD003", "ATC del salbutamol fuera de paréntesis", [("salbutamol (R03AC02) 4 puff", "salbutamol R03AC02 4 puff")]),
          ("DEM001", "paciente masculino asmático cuando el input es femenino", [("Paciente de 22 años, asmática", "Paciente masculino de 22 años, asmático")]),
          ("HAL003", "prednisona 40 mg cada 12 h cuando el input da al día", [("prednisona (H02AB07) 40 mg VO al día", "prednisona (H02AB07) 40 mg VO cada 12 h")])]))

C(dict(tag="es-neumo-epoc", note="trampa: AEPOC, 'Spiriva' marca del tiotropio en el input; gasometría agrupada",
  input={"Servicio": "Neumología", "Hospital": "Hospital Virgen de la Luz, Cuenca", "Paciente": {"Sexo": "Hombre", "Edad": 72},
         "Motivo": "aumento de disnea basal, de la tos y purulencia del esputo de 5 días",
         "Antecedentes": "EPOC GOLD 3 (J44.1 en agudización actual), exfumador de 40 paquetes-año, cardiopatía isquémica revascularizada en 2018 (I25.1)",
         "Tratamiento habitual": ["Spiriva (tiotropio, R03BB04) 18 mcg cada 24 horas inhalado", "AAS (B01AC06) 100 mg cada 24 horas", "Atorvastatina (C10AA05) 40 mg cada 24 horas"],
         "Gasometría arterial": "pH 7,36, pCO2 52 mmHg, pO2 56 mmHg, HCO3 29 mmol/L",
         "Analítica": "leucocitos 13200, PCR 48 mg/L, resto normal",
         "Rx tórax": "hiperinsuflación sin condensaciones",
         "Diagnósticos": [{"código": "J44.1", "descripción": "EPOC con exacerbación aguda"}, {"código": "I25.1", "descripción": "Cardiopatía isquémica crónica"}],
         "Tratamiento hospitalario": [{"atc": "J01MA12", "fármaco": "Levofloxacino", "pauta": "500 mg cada 24 horas iv y luego vo, 7 días"}, {"atc": "H02AB06", "fármaco": "Prednisolona", "pauta": "40 mg cada 24 horas 5 días"}, {"atc": "R03AL01", "fármaco": "Salbutamol/ipratropio", "pauta": "nebulización cada 6 horas"}],
         "Evolución": "mejoría clínica, SatO2 92% con oxígeno a 2 lpm en gafas nasales, sin criterios de ventilación no invasiva",
         "Alta": "oxigenoterapia domiciliaria a 2 lpm, revisión en consulta de Neumología en 1 mes"},
  out=("Ingresa por aumento de su disnea basal, de la tos y purulencia del esputo de 5 días de evolución. Varón de 72 años, exfumador de 40 paquetes-año, con EPOC GOLD 3 y cardiopatía isquémica crónica (I25.1) "
       "revascularizada en 2018, en tratamiento con tiotropio (R03BB04) 18 mcg cada 24 horas, AAS (B01AC06) 100 mg y atorvastatina (C10AA05) 40 mg. Gasometría con pH 7,36, pCO2 52 mmHg y pO2 56 mmHg; "
       "leucocitosis de 13200 y PCR 48 mg/L, Rx sin condensaciones. Diagnóstico de EPOC con exacerbación aguda (J44.1). Se trata con levofloxacino (J01MA12) 500 mg cada 24 horas 7 días, "
       "prednisolona (H02AB06) 40 mg cada 24 horas 5 días y nebulizaciones de salbutamol/ipratropio (R03AL01) cada 6 horas, sin precisar ventilación no invasiva. Mejoría clínica con SatO2 92% con oxígeno a 2 lpm. "
       "Alta con oxigenoterapia domiciliaria a 2 lpm y revisión en consulta de Neumología en 1 mes."),
  alts=[("trampa: Spiriva marca del input y AEPOC como abreviatura", [("tiotropio (R03BB04)", "Spiriva (R03BB04)"), ("EPOC con exacerbación aguda (J44.1)", "AEPOC (J44.1)")])],
  plants=[("COD003", "ATC de atorvastatina fuera de paréntesis", [("atorvastatina (C10AA05) 40 mg", "atorvastatina C10AA05 40 mg")]),
          ("HAL002", "pCO2 58 no está en el input (52)", [("pCO2 52 mmHg", "pCO2 58 mmHg")]),
          ("HAL001", "ventilación no invasiva aplicada, el input dice sin criterios", [("sin precisar ventilación no invasiva", "con ventilación no invasiva las primeras 24 horas")])]))

C(dict(tag="mx-card-iam", note="trampa: ICP con stent en DA y clopidogrel/AAS (doble antiagregación) presentes; 'no se trombolizó' negado",
  input={"hospital": "Hospital Regional de Alta Especialidad", "servicio": "Cardiología - Unidad Coronaria", "paciente": {"sexo": "masculino", "edad": 56},
         "padecimiento": "dolor torácico opresivo de 3 horas irradiado a brazo izquierdo, diaforesis",
         "antecedentes": "tabaquismo activo, DM2 (E11.9) en tratamiento con metformina (A10BA02) 850 mg cada 12 h",
         "ekg": "elevación del ST en V1-V4",
         "laboratorio": {"troponina I": "18.4 ng/mL (<0.04)", "CK-MB": "96 U/L", "LDL": "168 mg/dL", "creatinina": "0.9 mg/dL"},
         "diagnosticos": [{"cie10": "I21.0", "nombre": "Infarto agudo transmural de la pared anterior del miocardio"}, {"cie10": "E11.9", "nombre": "Diabetes mellitus tipo 2"}],
         "procedimientos": ["coronariografía: oclusión de descendente anterior proximal", "angioplastia primaria con stent farmacoactivo en DA"],
         "medicamentos": [{"atc": "B01AC06", "nombre": "Ácido acetilsalicílico", "dosis": "100 mg cada 24 h"}, {"atc": "B01AC04", "nombre": "Clopidogrel", "dosis": "75 mg cada 24 h"}, {"atc": "C10AA05", "nombre": "Atorvastatina", "dosis": "80 mg cada 24 h"}, {"atc": "C07AB02", "nombre": "Metoprolol", "dosis": "25 mg cada 12 h"}],
         "ecocardiograma": "FEVI 45%, hipocinesia anteroapical",
         "egreso": "5 días; rehabilitación cardiaca y consulta de cardiología en 2 semanas"},
  out=("Ingresa por dolor torácico opresivo de 3 horas irradiado a brazo izquierdo, con diaforesis. Masculino de 56 años, tabaquista activo, con DM2 (E11.9) tratada con metformina (A10BA02) 850 mg cada 12 h. "
       "EKG con elevación del ST en V1-V4, troponina I 18.4 ng/mL, CK-MB 96 U/L y LDL 168 mg/dL. Se diagnostica IAM con elevación del ST de pared anterior (I21.0). Se lleva a coronariografía con oclusión de la descendente anterior proximal "
       "y angioplastia primaria con stent farmacoactivo en DA. Ecocardiograma con FEVI 45% e hipocinesia anteroapical. Tratamiento con ácido acetilsalicílico (B01AC06) 100 mg cada 24 h, clopidogrel (B01AC04) 75 mg cada 24 h, "
       "atorvastatina (C10AA05) 80 mg cada 24 h y metoprolol (C07AB02) 25 mg cada 12 h. Egresa a los 5 días a rehabilitación cardiaca y consulta de cardiología en 2 semanas."),
  alts=[("trampa: ACTP como abreviatura de angioplastia y 'no se trombolizó' negado", [("y angioplastia primaria con stent farmacoactivo en DA.", "y ACTP primaria con stent farmacoactivo en DA; no se trombolizó.")]),
        ("trampa: infarto anterior escrito completo y troponina agrupada", [("troponina I 18.4 ng/mL, CK-MB 96 U/L y LDL 168 mg/dL", "biomarcadores elevados (troponina I 18.4 ng/mL, CK-MB 96 U/L) y LDL 168 mg/dL")])],
  plants=[("HAL004", "irradiado a brazo derecho cuando el input dice izquierdo", [("irradiado a brazo izquierdo", "irradiado a brazo derecho")]),
          ("COD006", "metformina sin su ATC (A10BA02 omitido)", [("metformina (A10BA02) 850 mg", "metformina 850 mg")]),
          ("HAL001", "nitroglicerina sublingual no consta en el input", [("Se lleva a coronariografía", "Recibe nitroglicerina sublingual y se lleva a coronariografía")])]))

C(dict(tag="cl-go-aborto", note="trampa: misoprostol vía vaginal coherente; Rh positivo, no requiere inmunoglobulina anti-D (negado)",
  input={"servicio": "Ginecología y Obstetricia - Hospital de Ovalle", "paciente": {"sexo": "femenino", "edad": 31, "formula_obstetrica": "G3 P2 A0", "grupo": "O Rh positivo"},
         "motivo": "ecografía de control con embrión sin latidos, LCN 9 mm, edad gestacional por FUR 10 semanas",
         "diagnostico": "O02.1 Aborto retenido",
         "tratamiento": [{"atc": "G02AD06", "nombre": "Misoprostol", "dosis": "800 mcg vía vaginal, dosis única"}, {"atc": "M01AE01", "nombre": "Ibuprofeno", "dosis": "400 mg VO cada 8 h"}],
         "procedimiento": "aspiración manual endouterina (AMEU) por expulsión incompleta",
         "laboratorio": "hemoglobina 12.4 g/dL, beta-hCG en descenso",
         "evolucion": "sangrado escaso, afebril",
         "alta": "2 días; control en policlínico de ginecología en 14 días, anticoncepción"},
  out=("Ingresa por hallazgo en ecografía de control de embrión sin latidos, LCN 9 mm, con edad gestacional por FUR de 10 semanas. Paciente de 31 años, G3 P2 A0, grupo O Rh positivo, "
       "por lo que no requiere inmunoglobulina anti-D. Se diagnostica aborto retenido (O02.1) y se indica misoprostol (G02AD06) 800 mcg vía vaginal en dosis única, con analgesia con ibuprofeno (M01AE01) 400 mg VO cada 8 h. "
       "Por expulsión incompleta se realiza aspiración manual endouterina (AMEU) sin complicaciones. Hemoglobina 12.4 g/dL y beta-hCG en descenso. Evoluciona afebril, con sangrado escaso. "
       "Alta a los 2 días con control en policlínico de ginecología en 14 días y consejería en anticoncepción."),
  alts=[("trampa: AMEU como sigla sola", [("se realiza aspiración manual endouterina (AMEU) sin complicaciones", "se realiza AMEU sin complicaciones")])],
  plants=[("HAL003", "misoprostol vía oral cuando el input dice vía vaginal", [("800 mcg vía vaginal", "800 mcg vía oral")]),
          ("HAL001", "legrado uterino instrumental no consta (se hizo AMEU)", [("se realiza aspiración manual endouterina (AMEU) sin complicaciones", "se realiza legrado uterino instrumental bajo anestesia general")]),
          ("FMT003", "epicrisis telegráfica de menos de 80 palabras", [], [], "Ingresa por aborto retenido (O02.1) de 10 semanas. Paciente de 31 años, G3 P2 A0. Misoprostol (G02AD06) 800 mcg vía vaginal e ibuprofeno (M01AE01) 400 mg VO cada 8 h. AMEU por expulsión incompleta. Evolución favorable. Alta a los 2 días, control en 14 días.")]))

C(dict(tag="ec-neo-ictericia", note="trampa: recién nacido varón; madre O positivo mencionada (otra persona); fototerapia",
  input={"Hospital": "Hospital Gineco-Obstétrico Isidro Ayora, Neonatología", "RN": {"sexo": "masculino", "edad": "3 días de vida", "peso_nacer": "3150 g", "edad_gestacional": "38 semanas"},
         "Madre": {"edad": 19, "grupo": "O Rh positivo"}, "grupo_RN": "A Rh positivo",
         "Motivo": "ictericia en cara y tronco desde las 48 horas de vida, alimentación con seno materno",
         "Exámenes": {"bilirrubina total": "17.8 mg/dL", "bilirrubina directa": "0.6 mg/dL", "hemoglobina": "16.2 g/dL", "Coombs directo": "negativo", "reticulocitos": "2.1%"},
         "Diagnóstico": [{"CIE10": "P59.9", "desc": "Ictericia neonatal, no especificada"}],
         "Tratamiento": "fototerapia continua por 36 horas, lactancia materna exclusiva a libre demanda",
         "Evolución": "bilirrubina total de control 10.2 mg/dL",
         "Alta": "control en consulta externa de neonatología en 48 horas con bilirrubina"},
  out=("Ingresa por ictericia en cara y tronco desde las 48 horas de vida en recién nacido masculino de 3 días, de 38 semanas y 3150 g al nacer, alimentado con seno materno. "
       "Madre de 19 años, grupo O Rh positivo; recién nacido grupo A Rh positivo, con Coombs directo negativo. Bilirrubina total 17.8 mg/dL a predominio indirecto (directa 0.6 mg/dL), "
       "hemoglobina 16.2 g/dL y reticulocitos 2.1%. Con diagnóstico de ictericia neonatal (P59.9), recibe fototerapia continua por 36 horas y lactancia materna exclusiva a libre demanda, sin necesidad de exanguinotransfusión. "
       "Bilirrubina de control 10.2 mg/dL. Alta con control en consulta externa de neonatología en 48 horas con bilirrubina."),
  alts=[("trampa: 'neonato varón' y 'la madre' (otra persona, femenina)", [("en recién nacido masculino de 3 días", "en neonato varón de 3 días")])],
  plants=[("DEM001", "recién nacida (femenino) cuando el input es masculino", [("en recién nacido masculino de 3 días", "en recién nacida de 3 días")]),
          ("DEM001", "edad 19 días (19 es la edad de la madre) cuando tiene 3 días", [("en recién nacido masculino de 3 días", "en recién nacido masculino de 19 días")]),
          ("HAL002", "bilirrubina 18.7 no está en el input (17.8)", [("Bilirrubina total 17.8 mg/dL", "Bilirrubina total 18.7 mg/dL")])]))

C(dict(tag="pe-ped-gea", note="trampa: SRO y zinc; 'no se usaron antibióticos' negado; deshidratación moderada",
  input={"establecimiento": "Hospital Regional Docente de Trujillo", "servicio": "Pediatría", "paciente": {"sexo": "M", "edad": "2 años"},
         "enfermedad_actual": "deposiciones líquidas 8 a 10 veces al día sin sangre y vómitos de 2 días",
         "examen": "mucosas secas, ojos hundidos, llenado capilar 3 segundos, peso 11.5 kg",
         "laboratorio": {"sodio": "133 mEq/L", "potasio": "3.4 mEq/L", "bicarbonato": "17 mEq/L", "reaccion_inflamatoria_heces": "negativa"},
         "diagnosticos": [{"cie10": "A09", "dx": "Diarrea y gastroenteritis de presunto origen infeccioso"}, {"cie10": "E86", "dx": "Deshidratación moderada"}],
         "tratamiento": ["hidratación EV con plan B por 4 horas y luego sales de rehidratación oral", {"atc": "A04AA01", "nombre": "Ondansetrón", "dosis": "2 mg EV dosis única"}, {"atc": "A12CB01", "nombre": "Sulfato de zinc", "dosis": "20 mg VO cada 24 h por 10 días"}],
         "evolucion": "tolera vía oral, diuresis adecuada, sin vómitos",
         "alta": "hospitalización de 3 días; control en consultorio de pediatría en 72 horas"},
  out=("Ingresa por deposiciones líquidas sin sangre 8 a 10 veces al día y vómitos de 2 días de evolución. Preescolar varón de 2 años, peso 11.5 kg, con mucosas secas, ojos hundidos y llenado capilar de 3 segundos. "
       "Laboratorio con sodio 133 mEq/L, potasio 3.4 mEq/L y bicarbonato 17 mEq/L; reacción inflamatoria en heces negativa, por lo que no se indican antibióticos. "
       "Diagnósticos: gastroenteritis aguda de presunto origen infeccioso (A09) con deshidratación moderada (E86). Recibe hidratación EV por 4 horas y luego sales de rehidratación oral, ondansetrón (A04AA01) 2 mg EV dosis única "
       "y sulfato de zinc (A12CB01) 20 mg VO cada 24 h por 10 días. Tolera vía oral, con diuresis adecuada y sin vómitos. Alta a los 3 días con control en consultorio de pediatría en 72 horas."),
  alts=[("trampa: EDA y SRO como siglas", [("gastroenteritis aguda de presunto origen infeccioso (A09)", "EDA acuosa de presunto origen infeccioso (A09)"), ("sales de rehidratación oral", "SRO")])],
  plants=[("HAL001", "ciprofloxacino/antibiótico administrado; el input no lo trae", [("por lo que no se indican antibióticos", "por lo que se indica ciprofloxacino")]),
          ("COD004", "ATC de las sales de rehidratación oral (A07CA) inventado, ausente del input", [("luego sales de rehidratación oral,", "luego sales de rehidratación oral (A07CA01),")]),
          ("DEM001", "lactante de 2 meses cuando tiene 2 años", [("Preescolar varón de 2 años", "Lactante varón de 2 meses")])]))

C(dict(tag="es-cir-colecistitis", note="trampa: colelitiasis y colecistitis con el mismo código K80.0; 'sin coledocolitiasis' negado",
  input={"servicio": "Cirugía General y del Aparato Digestivo", "hospital": "Hospital Comarcal de Alcañiz", "paciente": {"sexo": "mujer", "edad": 47},
         "motivo": "dolor en hipocondrio derecho de 36 horas con fiebre y vómitos",
         "exploracion": "Murphy positivo, temperatura 38,1 °C",
         "analitica": {"leucocitos": "14900/µL", "PCR": "132 mg/L", "bilirrubina total": "0,9 mg/dL", "GGT": "44 U/L", "amilasa": "62 U/L"},
         "ecografia": "vesícula distendida con pared engrosada de 6 mm y litiasis múltiple; vía biliar no dilatada, sin coledocolitiasis",
         "diagnostico": {"cie": "K80.0", "texto": "Cálculo de la vesícula biliar con colecistitis aguda"},
         "antecedentes": "obesidad grado I (E66.9); sin alergias",
         "intervencion": "colecistectomía laparoscópica urgente a las 48 horas del ingreso",
         "tratamiento": [{"atc": "J01CR02", "nombre": "Amoxicilina-clavulánico", "pauta": "1 g/200 mg iv cada 8 horas"}, {"atc": "N02BE01", "nombre": "Paracetamol", "pauta": "1 g iv cada 8 horas"}, {"atc": "B01AB05", "nombre": "Enoxaparina", "pauta": "40 mg sc cada 24 horas"}],
         "evolucion": "buena tolerancia oral, herida sin signos de infección",
         "alta": "alta al 4º día; retirada de grapas en su centro de salud a los 8 días; revisión en consultas externas de Cirugía"},
  out=("Ingresa por dolor en hipocondrio derecho de 36 horas con fiebre y vómitos. Mujer de 47 años con obesidad grado I (E66.9), sin alergias. Murphy positivo y temperatura de 38,1 °C. "
       "Analítica con leucocitos 14900/µL y PCR 132 mg/L, perfil hepático y amilasa normales. Ecografía con vesícula distendida, pared engrosada de 6 mm y litiasis múltiple, sin coledocolitiasis. "
       "Diagnóstico de colecistitis aguda litiásica (K80.0). Se realiza colecistectomía laparoscópica urgente a las 48 horas del ingreso. Recibe amoxicilina-clavulánico (J01CR02) 1 g/200 mg iv cada 8 horas, "
       "paracetamol (N02BE01) 1 g iv cada 8 horas y profilaxis con enoxaparina (B01AB05) 40 mg sc cada 24 horas. Buena tolerancia oral y herida sin signos de infección. "
       "Alta al 4º día con retirada de grapas en su centro de salud a los 8 días y revisión en consultas externas de Cirugía."),
  alts=[("trampa: amoxi-clavulánico abreviado", [("amoxicilina-clavulánico (J01CR02)", "amoxi-clavulánico (J01CR02)")]),
        ("trampa: 'hipocondrio dcho.' abreviado", [("dolor en hipocondrio derecho de 36 horas", "dolor en hipocondrio dcho. de 36 horas")])],
  plants=[("HAL004", "hipocondrio izquierdo cuando el input dice derecho", [("dolor en hipocondrio derecho de 36 horas", "dolor en hipocondrio izquierdo de 36 horas")]),
          ("COD001", "K80.0 sin paréntesis", [("colecistitis aguda litiásica (K80.0).", "colecistitis aguda litiásica K80.0.")]),
          ("CLN001", "alopurinol en el tratamiento habitual sin diagnóstico de gota/hiperuricemia", [("sin alergias.", "sin alergias, en tratamiento con alopurinol (M04AA01) 100 mg cada 24 horas."), ], [('"obesidad grado I (E66.9); sin alergias"', '"obesidad grado I (E66.9); sin alergias; alopurinol (M04AA01) 100 mg cada 24 horas"')])]))

C(dict(tag="uy-onco-colon", note="trampa: colostomía en FII coherente con sigma; FOLFOX mencionado como plan, no administrado",
  input={"Institución": "Hospital de Clínicas - Cirugía / Oncología", "Paciente": {"Sexo": "Masculino", "Edad": 67},
         "Motivo de ingreso": "distensión abdominal, ausencia de expulsión de gases y materias de 3 días, vómitos",
         "Antecedentes": ["HTA en tratamiento con amlodipina 5 mg día", "anemia crónica en estudio"],
         "Paraclínica": {"Hb": "9,8 g/dL", "CEA": "42 ng/mL (VN <5)", "Creatininemia": "1,0 mg/dL", "TC abdomen": "tumor estenosante de colon sigmoides con dilatación de colon proximal, sin metástasis hepáticas"},
         "Diagnósticos": [{"CIE10": "C18.7", "texto": "Tumor maligno del colon sigmoide"}, {"CIE10": "K56.6", "texto": "Obstrucción intestinal"}],
         "Cirugía": "operación de Hartmann con colostomía terminal en fosa ilíaca izquierda",
         "Medicación": [{"ATC": "J01DD04", "nombre": "Ceftriaxona", "dosis": "2 g i/v día"}, {"ATC": "J01XD01", "nombre": "Metronidazol", "dosis": "500 mg i/v c/8 hs"}, {"ATC": "C08CA01", "nombre": "Amlodipina", "dosis": "5 mg v/o día"}],
         "Anatomía patológica": "adenocarcinoma moderadamente diferenciado pT3 N1",
         "Evolución": "tránsito por colostomía al 3er día, buena tolerancia oral",
         "Alta": "alta a los 9 días; policlínica de oncología para valorar quimioterapia adyuvante FOLFOX; cuidados de ostomía"},
  out=("Ingresa por distensión abdominal, falta de expulsión de gases y materias de 3 días y vómitos. Paciente de 67 años, hipertenso en tratamiento con amlodipina (C08CA01) 5 mg día y con anemia crónica en estudio. "
       "Hb 9,8 g/dL, CEA 42 ng/mL, función renal normal. TC con tumor estenosante de colon sigmoides y dilatación proximal, sin metástasis hepáticas. Con diagnóstico de obstrucción intestinal (K56.6) por neoplasia de sigmoides (C18.7) "
       "se realiza operación de Hartmann con colostomía terminal en fosa ilíaca izquierda, bajo ceftriaxona (J01DD04) 2 g i/v día y metronidazol (J01XD01) 500 mg i/v c/8 hs. Anatomía patológica: adenocarcinoma moderadamente diferenciado pT3 N1. "
       "Tránsito por colostomía al 3er día y buena tolerancia oral. Alta a los 9 días con cuidados de ostomía y policlínica de oncología para valorar quimioterapia adyuvante con FOLFOX."),
  alts=[("trampa: 'neo de sigma' y 'Hartmann' como se escribe en la sala", [("por neoplasia de sigmoides (C18.7)", "por neo de sigma (C18.7)")])],
  plants=[("HAL004", "colostomía en fosa ilíaca derecha cuando el input dice izquierda", [("colostomía terminal en fosa ilíaca izquierda", "colostomía terminal en fosa ilíaca derecha")]),
          ("COD002", "HTA codificada (I10) sin que el input traiga ese código", [("Paciente de 67 años, hipertenso en tratamiento", "Paciente de 67 años, hipertenso (I10) en tratamiento")]),
          ("HAL001", "quimioterapia FOLFOX presentada como administrada durante la internación", [("Alta a los 9 días con cuidados de ostomía y policlínica de oncología para valorar quimioterapia adyuvante con FOLFOX.", "Recibe primer ciclo de FOLFOX durante la internación. Alta a los 9 días con cuidados de ostomía y policlínica de oncología.")])]))

C(dict(tag="ar-inf-meningitis", note="trampa: punción lumbar y dexametasona del input; vancomicina suspendida al rescatar neumococo sensible",
  input={"hospital": "Hospital Interzonal General de Agudos", "servicio": "Clínica Médica / Infectología", "paciente": {"sexo": "femenino", "edad": 38},
         "motivo": "cefalea holocraneana intensa, fiebre de 39,5 °C, vómitos y confusión de 24 h",
         "examen": "rigidez de nuca, Kernig y Brudzinski positivos, Glasgow 13/15, sin foco motor",
         "estudios": {"TAC de cerebro": "sin lesiones ocupantes", "LCR": "turbio, 2400 células/mm3 con 90% polimorfonucleares, proteínas 280 mg/dL, glucorraquia 18 mg/dL", "cultivo LCR": "Streptococcus pneumoniae sensible a ceftriaxona"},
         "diagnostico": [{"cod": "G00.1", "desc": "Meningitis neumocócica"}],
         "tratamiento": [{"atc": "J01DD04", "nombre": "Ceftriaxona", "dosis": "2 g EV cada 12 h por 14 días"}, {"atc": "J01XA01", "nombre": "Vancomicina", "dosis": "1 g EV cada 12 h, suspendida al 3er día"}, {"atc": "H02AB02", "nombre": "Dexametasona", "dosis": "10 mg EV cada 6 h por 4 días"}],
         "evolucion": "afebril al 3er día, Glasgow 15/15, sin secuelas neurológicas",
         "alta": "internación de 14 días; control por consultorio de infectología y audiometría"},
  out=("Ingresa por cefalea holocraneana intensa, fiebre de 39,5 °C, vómitos y confusión de 24 h de evolución. Paciente de 38 años que al examen presenta rigidez de nuca, Kernig y Brudzinski positivos "
       "y Glasgow 13/15 sin foco motor. TAC de cerebro sin lesiones; punción lumbar con LCR turbio, 2400 células/mm3 a predominio polimorfonuclear, proteínas 280 mg/dL y glucorraquia 18 mg/dL. "
       "Cultivo con Streptococcus pneumoniae sensible. Diagnóstico: meningitis neumocócica (G00.1). Recibe ceftriaxona (J01DD04) 2 g EV cada 12 h por 14 días, dexametasona (H02AB02) 10 mg EV cada 6 h por 4 días "
       "y vancomicina (J01XA01) 1 g EV cada 12 h, que se suspende al 3er día con el antibiograma. Afebril al 3er día, Glasgow 15/15, sin secuelas neurológicas. "
       "Alta tras 14 días de internación con control por consultorio de infectología y audiometría."),
  alts=[("trampa: neumococo como sinónimo de Streptococcus pneumoniae", [("Cultivo con Streptococcus pneumoniae sensible.", "Cultivo con neumococo sensible a ceftriaxona.")])],
  plants=[("HAL003", "dexametasona cada 12 h cuando el input da cada 6 h", [("10 mg EV cada 6 h", "10 mg EV cada 12 h")]),
          ("DEM001", "edad en palabras (cincuenta y ocho) contradice 38", [("Paciente de 38 años que", "Paciente de cincuenta y ocho años que")]),
          ("REP001", "bucle: frase del afebril repetida", [("Alta tras 14 días", "Afebril al 3er día, Glasgow 15/15, sin secuelas neurológicas. Alta tras 14 días")])]))

C(dict(tag="pe-inf-tbc", note="trampa: esquema HRZE en dosis fija combinada con un solo ATC; VIH negativo (descartado)",
  input={"establecimiento": "Hospital Nacional Dos de Mayo - Neumología", "paciente": {"sexo": "masculino", "edad": 24, "ocupacion": "estudiante"},
         "motivo": "tos productiva de 6 semanas, hemoptisis leve, sudoración nocturna y pérdida de 7 kg",
         "examenes": {"baciloscopía esputo": "BK positivo (++)", "GeneXpert": "MTB detectado, sin resistencia a rifampicina", "prueba rápida VIH": "no reactiva", "glucosa": "92 mg/dL", "TGO": "28 U/L"},
         "radiografia": "cavidad en lóbulo superior derecho con infiltrado alveolar",
         "diagnostico": [{"cie10": "A15.0", "nombre": "Tuberculosis pulmonar confirmada por baciloscopía"}],
         "tratamiento": [{"atc": "J04AM06", "nombre": "Rifampicina/isoniazida/pirazinamida/etambutol (HRZE)", "dosis": "4 tabletas diarias VO, primera fase de 2 meses"}, {"atc": "A11HA02", "nombre": "Piridoxina", "dosis": "50 mg VO diario"}],
         "evolucion": "buena tolerancia, afebril",
         "alta": "alta a los 5 días, referido a la Estrategia Sanitaria de TB de su centro de salud; estudio de contactos"},
  out=("Ingresa por tos productiva de 6 semanas, hemoptisis leve, sudoración nocturna y pérdida de 7 kg. Masculino de 24 años, estudiante. Baciloscopía de esputo positiva (++) y GeneXpert con MTB detectado sin resistencia a rifampicina; "
       "prueba rápida de VIH no reactiva y perfil hepático normal. Radiografía con cavidad en lóbulo superior derecho e infiltrado alveolar. Se diagnostica tuberculosis pulmonar confirmada por baciloscopía (A15.0). "
       "Inicia primera fase con HRZE (J04AM06) 4 tabletas diarias VO por 2 meses, más piridoxina (A11HA02) 50 mg VO diario, con buena tolerancia y afebril. "
       "Alta a los 5 días, referido a la Estrategia Sanitaria de TB de su centro de salud, con estudio de contactos."),
  alts=[("trampa: TBC pulmonar BK+ como abreviatura", [("tuberculosis pulmonar confirmada por baciloscopía (A15.0)", "TBC pulmonar BK positivo (A15.0)")]),
        ("trampa: posología equivalente escrita 50 mg/día en lugar de 50 mg diario", [("piridoxina (A11HA02) 50 mg VO diario", "piridoxina (A11HA02) 50 mg/día VO")])],
  plants=[("HAL004", "cavidad en lóbulo superior izquierdo cuando el input dice derecho", [("lóbulo superior derecho", "lóbulo superior izquierdo")]),
          ("COD003", "ATC de piridoxina sin paréntesis", [("piridoxina (A11HA02) 50 mg", "piridoxina A11HA02 50 mg")]),
          ("HAL001", "coinfección VIH afirmada cuando la prueba es no reactiva", [("prueba rápida de VIH no reactiva", "coinfección por VIH")])]))

C(dict(tag="cl-nefro-lra", note="trampa: enalapril y metformina suspendidos (se nombran pero no se indican al alta), creatinina agrupada",
  input={"servicio": "Medicina - Nefrología", "hospital": "Hospital Base de Puerto Montt", "paciente": {"sexo": "F", "edad": 74},
         "motivo": "decaimiento, oliguria y vómitos tras 5 días de diarrea",
         "antecedentes": [{"cod": "E11.9", "glosa": "DM2 no insulinorrequiriente"}, {"cod": "I10", "glosa": "HTA"}],
         "farmacos_previos": [{"atc": "A10BA02", "nombre": "Metformina", "dosis": "850 mg c/12 h"}, {"atc": "C09AA02", "nombre": "Enalapril", "dosis": "10 mg c/12 h"}],
         "laboratorio": {"creatinina_ingreso": "3.9 mg/dL", "creatinina_basal": "0.9 mg/dL", "creatinina_alta": "1.2 mg/dL", "BUN": "68 mg/dL", "potasio": "5.6 mEq/L", "bicarbonato": "16 mEq/L", "FENa": "0.4%"},
         "ecografia_renal": "riñones de tamaño normal sin hidronefrosis",
         "diagnosticos": [{"cod": "N17.9", "glosa": "Insuficiencia renal aguda prerrenal"}, {"cod": "E86", "glosa": "Deshidratación"}],
         "manejo": "suspensión de enalapril y metformina, hidratación con suero fisiológico 2000 ml/día",
         "alta": "6 días; reiniciar metformina y enalapril en control con creatinina en 7 días en CESFAM"},
  out=("Ingresa por decaimiento, oliguria y vómitos tras 5 días de diarrea. Paciente femenina de 74 años, con DM2 (E11.9) en tratamiento con metformina (A10BA02) 850 mg c/12 h e HTA (I10) con enalapril (C09AA02) 10 mg c/12 h. "
       "Creatinina de ingreso 3.9 mg/dL (basal 0.9 mg/dL), BUN 68 mg/dL, potasio 5.6 mEq/L, bicarbonato 16 mEq/L y FENa 0.4%; ecografía renal sin hidronefrosis. Se diagnostica insuficiencia renal aguda prerrenal (N17.9) por deshidratación (E86). "
       "Se suspenden enalapril y metformina y se hidrata con suero fisiológico 2000 ml/día, con creatinina de 1.2 mg/dL al alta. Alta a los 6 días, con indicación de reiniciar fármacos según control con creatinina en 7 días en CESFAM."),
  alts=[("trampa: LRA/AKI prerrenal como sinónimo de IRA", [("insuficiencia renal aguda prerrenal (N17.9)", "lesión renal aguda prerrenal (N17.9)")]),
        ("trampa: SF como sigla de suero fisiológico", [("suero fisiológico 2000 ml/día", "SF 2000 ml/día")])],
  plants=[("COD007", "N17.7 no existe en CIE-10 (input y output)", [("prerrenal (N17.9)", "prerrenal (N17.7)")], [('"cod": "N17.9"', '"cod": "N17.7"')]),
          ("HAL002", "creatinina de ingreso 3.4 no está en el input (3.9)", [("Creatinina de ingreso 3.9 mg/dL", "Creatinina de ingreso 3.4 mg/dL")])]))

C(dict(tag="mx-psiq-esquizo", note="trampa: biperideno por extrapiramidalismo del haloperidol (indicación), paciente masculino; 'niega consumo' negado",
  input={"hospital": "Hospital Psiquiátrico Regional", "paciente": {"sexo": "Masculino", "edad": 29},
         "motivo": "alucinaciones auditivas de comando, ideas delirantes de persecución y agitación psicomotriz; abandono de tratamiento hace 3 meses",
         "antecedentes": "esquizofrenia paranoide diagnosticada a los 21 años; niega consumo de sustancias, perfil toxicológico negativo",
         "dx": [{"cie10": "F20.0", "descripcion": "Esquizofrenia paranoide"}, {"cie10": "G21.1", "descripcion": "Parkinsonismo secundario inducido por neurolépticos"}],
         "tratamiento": [{"atc": "N05AD01", "nombre": "Haloperidol", "dosis": "5 mg IM dosis única en urgencias"}, {"atc": "N05AX08", "nombre": "Risperidona", "dosis": "3 mg VO cada 12 h"}, {"atc": "N04AA02", "nombre": "Biperideno", "dosis": "2 mg VO cada 12 h"}],
         "laboratorios": "biometría hemática, química sanguínea y prolactina 38 ng/mL",
         "evolucion": "remisión parcial de síntomas positivos, sin agitación, con rigidez leve",
         "egreso": "21 días; consulta externa de psiquiatría en 15 días, psicoeducación familiar"},
  out=("Ingresa por alucinaciones auditivas de comando, ideas delirantes de persecución y agitación psicomotriz tras abandonar el tratamiento hace 3 meses. Masculino de 29 años con esquizofrenia paranoide (F20.0) "
       "diagnosticada a los 21 años; niega consumo de sustancias y el perfil toxicológico es negativo. En urgencias recibe haloperidol (N05AD01) 5 mg IM dosis única y se reinicia risperidona (N05AX08) 3 mg VO cada 12 h. "
       "Presenta rigidez leve compatible con parkinsonismo inducido por neurolépticos (G21.1), por lo que se agrega biperideno (N04AA02) 2 mg VO cada 12 h. Prolactina 38 ng/mL, resto de laboratorios sin alteraciones. "
       "Evoluciona con remisión parcial de síntomas positivos y sin agitación. Egresa a los 21 días con consulta externa de psiquiatría en 15 días y psicoeducación familiar."),
  alts=[("trampa: 'extrapiramidalismo' como sinónimo de parkinsonismo por neurolépticos", [("compatible con parkinsonismo inducido por neurolépticos (G21.1)", "por extrapiramidalismo inducido por neurolépticos (G21.1)")])],
  plants=[("DEM001", "femenina cuando el input es masculino", [("Masculino de 29 años", "Femenina de 29 años")]),
          ("HAL003", "risperidona IM cuando el input la da VO", [("risperidona (N05AX08) 3 mg VO cada 12 h", "risperidona (N05AX08) 3 mg IM cada 12 h")]),
          ("COD005", "código del parkinsonismo puesto a la esquizofrenia y viceversa", [("esquizofrenia paranoide (F20.0)", "esquizofrenia paranoide (G21.1)"), ("neurolépticos (G21.1)", "neurolépticos (F20.0)")])]))
