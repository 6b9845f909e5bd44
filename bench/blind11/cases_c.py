# -*- coding: utf-8 -*-
"""Scenarios C: traumatología, UCI, hematología, digestivo, urología, cardiología, pediatría,
ginecología, urgencias, geriatría, endocrino/infecto, reumatología, dermatología."""

CASES = []
C = CASES.append

C(dict(tag="cu-trauma-cadera", note="trampa: fractura de cadera derecha con artroplastia derecha; enoxaparina profiláctica postoperatoria; anciana",
  input={"Hospital": "Hospital General Docente Provincial", "Servicio": "Ortopedia y Traumatología", "Paciente": {"Sexo": "Femenino", "Edad": 84},
         "HEA": "caída de sus pies en el domicilio con dolor en cadera derecha e impotencia funcional absoluta",
         "Examen físico": "miembro inferior derecho acortado y en rotación externa",
         "Rx": "fractura subcapital de cuello femoral derecho, Garden IV",
         "APP": [{"código": "I10", "desc": "Hipertensión arterial"}, {"código": "M81.0", "desc": "Osteoporosis"}],
         "Diagnóstico": [{"código": "S72.0", "desc": "Fractura del cuello del fémur"}],
         "Operación": "hemiartroplastia parcial de cadera derecha tipo Thompson a las 48 horas",
         "Tratamiento": [{"ATC": "B01AB05", "nombre": "Enoxaparina", "dosis": "40 mg SC diaria por 30 días"}, {"ATC": "N02AX02", "nombre": "Tramadol", "dosis": "50 mg VO cada 8 horas"}, {"ATC": "J01DB04", "nombre": "Cefazolina", "dosis": "1 g EV cada 8 horas por 24 horas"}, {"ATC": "C09AA02", "nombre": "Enalapril", "dosis": "10 mg VO cada 12 horas"}],
         "Complementarios": "Hb 10,9 g/dL postoperatoria, creatinina 82 umol/L",
         "Evolución": "sedestación al 2do día postoperatorio y marcha con andador al 5to día",
         "Egreso": "7 días; fisiatría y consulta de ortopedia en 21 días"},
  out=("Ingresa por caída de sus pies en el domicilio con dolor en cadera derecha e impotencia funcional absoluta. Paciente femenina de 84 años, hipertensa (I10) tratada con enalapril (C09AA02) 10 mg VO cada 12 horas y con osteoporosis (M81.0). "
       "Al examen, miembro inferior derecho acortado y en rotación externa; Rx con fractura subcapital de cuello femoral derecho Garden IV (S72.0). A las 48 horas se realiza hemiartroplastia parcial de cadera derecha tipo Thompson, "
       "con cefazolina (J01DB04) 1 g EV cada 8 horas por 24 horas. Analgesia con tramadol (N02AX02) 50 mg VO cada 8 horas y profilaxis con enoxaparina (B01AB05) 40 mg SC diaria por 30 días. "
       "Hb postoperatoria 10,9 g/dL. Sedestación al 2do día y marcha con andador al 5to día. Egresa a los 7 días con fisiatría y consulta de ortopedia en 21 días."),
  alts=[("trampa: 'prótesis parcial de Thompson' como sinónimo de hemiartroplastia", [("se realiza hemiartroplastia parcial de cadera derecha tipo Thompson", "se coloca prótesis parcial de Thompson en cadera derecha")]),
        ("trampa: 'anciana' y 'HBPM' en vez de enoxaparina no: se mantiene nombre; fractura de cadera como sinónimo", [("Rx con fractura subcapital de cuello femoral derecho Garden IV (S72.0)", "Rx con fractura de cadera derecha, subcapital Garden IV (S72.0)")])],
  plants=[("FMT002", "tratamiento en lista con guiones markdown", [("Analgesia con tramadol (N02AX02) 50 mg VO cada 8 horas y profilaxis con enoxaparina (B01AB05) 40 mg SC diaria por 30 días.", "Tratamiento:\n- tramadol (N02AX02) 50 mg VO cada 8 horas\n- enoxaparina (B01AB05) 40 mg SC diaria por 30 días\n")]),
          ("COD004", "paracetamol (en el input sin código) citado con N02BE01, ATC ausente del input", [("Analgesia con tramadol (N02AX02)", "Analgesia con paracetamol (N02BE01) si dolor y tramadol (N02AX02)")], [('"7 días; fisiatría y consulta de ortopedia en 21 días"', '"7 días; fisiatría y consulta de ortopedia en 21 días; paracetamol si dolor"')])]))

C(dict(tag="co-uci-cad", note="trampa: insulina cristalina en infusión y cloruro de potasio; debut de DM1 en adolescente mujer",
  input={"institucion": "Hospital Universitario del Valle", "servicio": "UCI adultos", "paciente": {"sexo": "F", "edad": 17},
         "motivo_consulta": "poliuria, polidipsia, dolor abdominal, vómitos y respiración de Kussmaul de 2 días",
         "paraclinicos": {"glucemia": "486 mg/dL", "pH": "7.08", "HCO3": "6 mEq/L", "anion gap": "26", "cetonemia": "positiva", "potasio": "3.9 mEq/L", "sodio": "131 mEq/L"},
         "diagnosticos": [{"cie10": "E10.1", "nombre": "Diabetes mellitus insulinodependiente (DM1) con cetoacidosis"}],
         "tratamiento": [{"atc": "A10AB01", "nombre": "Insulina cristalina", "dosis": "infusión 0.1 UI/kg/h"}, {"atc": "B05XA01", "nombre": "Cloruro de potasio", "dosis": "20 mEq por litro de SSN"}, {"atc": "A10AE04", "nombre": "Insulina glargina", "dosis": "18 UI SC en la noche"}, {"atc": "A10AB05", "nombre": "Insulina asparta", "dosis": "4 UI SC con cada comida"}],
         "evolucion": "cierre de brecha aniónica a las 18 horas, paso a esquema basal-bolo",
         "salida": "traslado a pediatría/endocrinología a los 3 días; educación diabetológica"},
  out=("Ingresa por poliuria, polidipsia, dolor abdominal, vómitos y respiración de Kussmaul de 2 días de evolución. Paciente femenina de 17 años sin antecedentes, con glucemia 486 mg/dL, pH 7.08, HCO3 6 mEq/L, "
       "anion gap 26 y cetonemia positiva; potasio 3.9 mEq/L y sodio 131 mEq/L. Se diagnostica debut de diabetes mellitus insulinodependiente con cetoacidosis (E10.1). Manejo en UCI con insulina cristalina (A10AB01) en infusión a 0.1 UI/kg/h "
       "y reposición con cloruro de potasio (B05XA01) 20 mEq por litro de SSN. Cierre de brecha aniónica a las 18 horas, pasando a esquema basal-bolo con insulina glargina (A10AE04) 18 UI SC en la noche e insulina asparta (A10AB05) 4 UI SC con cada comida. "
       "Se traslada a los 3 días para educación diabetológica."),
  alts=[("trampa: CAD y DM1 como siglas", [("debut de diabetes mellitus insulinodependiente con cetoacidosis (E10.1)", "debut de DM1 con CAD (E10.1)")]),
        ("trampa: KCl como sigla del cloruro de potasio", [("cloruro de potasio (B05XA01)", "KCl (B05XA01)")])],
  plants=[("COD001", "E10.1 escrito sin paréntesis", [("con cetoacidosis (E10.1).", "con cetoacidosis, CIE-10 E10.1.")]),
          ("FMT001", "empieza con comillas y 'ingresa' en minúscula", [("Ingresa por poliuria", "\"ingresa por poliuria")])]))

C(dict(tag="es-hemato-tvp", note="trampa: TVP de miembro inferior izquierdo coherente; Sintrom marca comercial del acenocumarol; sin TEP (descartado)",
  input={"Servicio": "Medicina Interna - Unidad de Trombosis", "Hospital": "Hospital San Pedro de Alcántara, Cáceres", "Paciente": {"Sexo": "Varón", "Edad": 58},
         "Motivo": "dolor, edema y aumento de temperatura de miembro inferior izquierdo de 4 días tras vuelo largo",
         "Exploración": "edema con fóvea en pierna izquierda, diferencia de perímetros de 3 cm, Homans positivo",
         "Pruebas": {"Dímero D": "3200 ng/mL", "Eco-doppler": "trombosis venosa profunda femoropoplítea izquierda", "AngioTC de tórax": "sin defectos de repleción, se descarta TEP", "Hemograma": "normal", "Creatinina": "0,9 mg/dL"},
         "Diagnóstico": [{"CIE-10": "I80.2", "Descripción": "Trombosis venosa profunda de miembro inferior"}],
         "Tratamiento": [{"ATC": "B01AB05", "Fármaco": "Enoxaparina", "Pauta": "80 mg sc cada 12 horas"}, {"ATC": "B01AA07", "Fármaco": "Acenocumarol (Sintrom)", "Pauta": "según INR, objetivo 2-3"}],
         "Evolución": "mejoría del dolor y del edema; INR 2,4 al alta",
         "Alta": "4 días; suspender enoxaparina con INR en rango 2 días consecutivos, control en Hematología, anticoagulación 3 meses, medias de compresión"},
  out=("Ingresa por dolor, edema y aumento de temperatura de miembro inferior izquierdo de 4 días de evolución tras un vuelo largo. Varón de 58 años, sin antecedentes de interés. Edema con fóvea en pierna izquierda, "
       "diferencia de perímetros de 3 cm y Homans positivo. Dímero D 3200 ng/mL; eco-doppler con trombosis venosa profunda femoropoplítea izquierda (I80.2); angioTC de tórax sin defectos de repleción, descartándose TEP. "
       "Analítica normal. Se inicia enoxaparina (B01AB05) 80 mg sc cada 12 horas solapada con acenocumarol (B01AA07) según INR, objetivo 2-3. Mejoría del dolor y del edema, con INR 2,4 al alta. "
       "Alta a los 4 días: suspender enoxaparina con INR en rango 2 días consecutivos, anticoagulación durante 3 meses, medias de compresión y control en Hematología."),
  alts=[("trampa: Sintrom marca comercial presente en input; TVP como sigla", [("acenocumarol (B01AA07)", "Sintrom (B01AA07)"), ("con trombosis venosa profunda femoropoplítea izquierda (I80.2)", "con TVP femoropoplítea izquierda (I80.2)")])],
  plants=[("COD006", "ATC del acenocumarol omitido (se nombra sin código)", [("acenocumarol (B01AA07) según INR", "acenocumarol según INR")]),
          ("REP001", "frase de mejoría repetida dos veces", [("Mejoría del dolor y del edema, con INR 2,4 al alta.", "Mejoría del dolor y del edema, con INR 2,4 al alta. Mejoría del dolor y del edema, con INR 2,4 al alta.")]),
          ("COD003", "ATC de enoxaparina fuera de paréntesis, entre comas", [("enoxaparina (B01AB05) 80 mg", "enoxaparina, B01AB05, 80 mg")])]))

C(dict(tag="ec-mi-hda", note="trampa: omeprazol en bolo e infusión; endoscopia con escleroterapia; 'no requirió cirugía' negado; Hb agrupada",
  input={"hospital": "Hospital Vicente Corral Moscoso, Cuenca", "servicio": "Medicina Interna", "paciente": {"sexo": "masculino", "edad": 66},
         "motivo": "melenas de 2 días y un episodio de hematemesis, mareo al ponerse de pie",
         "antecedentes": "artrosis de rodillas (M17.0) con consumo de ibuprofeno sin prescripción; alcohol ocasional",
         "signos": "TA 96/60 mmHg, FC 112 lpm",
         "laboratorio": [{"prueba": "hemoglobina", "valor": "7.2 g/dL", "referencia": "13.5-17.5"}, {"prueba": "BUN", "valor": "58 mg/dL"}, {"prueba": "creatinina", "valor": "1.0 mg/dL"}, {"prueba": "plaquetas", "valor": "245000"}, {"prueba": "INR", "valor": "1.1"}],
         "endoscopia": "úlcera gástrica de 15 mm en antro con vaso visible (Forrest IIa), escleroterapia con adrenalina y clips",
         "diagnosticos": [{"cie10": "K25.4", "nombre": "Úlcera gástrica crónica o no especificada con hemorragia"}, {"cie10": "M17.0", "nombre": "Gonartrosis primaria bilateral"}],
         "tratamiento": [{"atc": "A02BC01", "nombre": "Omeprazol", "dosis": "80 mg IV en bolo y 8 mg/h en infusión por 72 horas, luego 40 mg VO cada 12 h"}, "transfusión de 2 concentrados de glóbulos rojos"],
         "biopsia": "Helicobacter pylori positivo",
         "alta": [{"atc": "A02BD06", "nombre": "Esomeprazol/amoxicilina/claritromicina (terapia triple)", "dosis": "por 14 días"}, "suspender AINE; hemoglobina de control 9.4 g/dL; estancia 5 días; endoscopia de control en 8 semanas"]},
  out=("Ingresa por melenas de 2 días y un episodio de hematemesis, con mareo al ponerse de pie. Masculino de 66 años con gonartrosis bilateral (M17.0) y consumo de ibuprofeno sin prescripción. "
       "TA 96/60 mmHg, FC 112 lpm; hemoglobina 7.2 g/dL y BUN 58 mg/dL, con plaquetas e INR normales. Endoscopia: úlcera gástrica antral de 15 mm Forrest IIa, tratada con escleroterapia con adrenalina y clips, sin requerir cirugía. "
       "Diagnóstico de úlcera gástrica con hemorragia (K25.4). Recibe omeprazol (A02BC01) 80 mg IV en bolo y 8 mg/h en infusión por 72 horas y transfusión de 2 concentrados de glóbulos rojos, con hemoglobina de control 9.4 g/dL. "
       "Biopsia con Helicobacter pylori positivo. Alta a los 5 días con terapia triple (A02BD06) por 14 días, omeprazol 40 mg VO cada 12 h, suspensión de AINE y endoscopia de control en 8 semanas."),
  alts=[("trampa: HDA y H. pylori como abreviaturas; ibuprofeno como AINE", [("Diagnóstico de úlcera gástrica con hemorragia (K25.4).", "Diagnóstico de HDA por úlcera gástrica sangrante (K25.4)."), ("Biopsia con Helicobacter pylori positivo.", "Biopsia con H. pylori positivo.")]),
        ("trampa: IBP en bolo y perfusión; 'no se usa terlipresina' por no ser variceal", [("Biopsia con Helicobacter pylori positivo.", "Al no ser hemorragia variceal no se usa terlipresina. Biopsia con Helicobacter pylori positivo.")])],
  plants=[("FMT003", "epicrisis narrativa de más de 200 palabras", [], [], "Ingresa por melenas de 2 días de evolución y un episodio de hematemesis, acompañado de mareo al ponerse de pie. Se trata de un paciente masculino de 66 años de edad, con antecedente de gonartrosis primaria bilateral (M17.0), por la que consume ibuprofeno sin prescripción médica desde hace tiempo, y con consumo ocasional de alcohol. A su llegada a emergencia presenta TA 96/60 mmHg y FC 112 lpm, con palidez y mareo. En el laboratorio destaca hemoglobina de 7.2 g/dL y BUN de 58 mg/dL, con creatinina de 1.0 mg/dL, plaquetas de 245000 e INR de 1.1, es decir, sin coagulopatía. Se realiza endoscopia digestiva alta que muestra una úlcera gástrica de 15 mm en el antro con vaso visible, clasificada como Forrest IIa, que se trata con escleroterapia con adrenalina y colocación de clips, sin complicaciones inmediatas. Se establece el diagnóstico de úlcera gástrica crónica con hemorragia (K25.4). Recibe omeprazol (A02BC01) 80 mg IV en bolo seguido de 8 mg/h en infusión continua por 72 horas y posteriormente 40 mg VO cada 12 h, además de transfusión de 2 concentrados de glóbulos rojos, alcanzando una hemoglobina de control de 9.4 g/dL. La biopsia tomada durante la endoscopia informa Helicobacter pylori positivo, por lo que se indica terapia triple (A02BD06) por 14 días. Evoluciona sin nuevos episodios de sangrado, tolerando dieta blanda. Alta a los 5 días de estancia con suspensión definitiva de AINE y endoscopia de control en 8 semanas."),
          ("CLN001", "metformina habitual sin diagnóstico de diabetes en el input", [("y consumo de ibuprofeno sin prescripción.", "y consumo de ibuprofeno sin prescripción, usuario de metformina (A10BA02) 850 mg diarios.")], [('"antecedentes": "artrosis de rodillas (M17.0) con consumo de ibuprofeno sin prescripción; alcohol ocasional"', '"antecedentes": "artrosis de rodillas (M17.0) con consumo de ibuprofeno sin prescripción; alcohol ocasional; metformina (A10BA02) 850 mg diarios"')]),
          ("COD004", "ATC de la adrenalina (C01CA24) añadido, ausente del input", [("tratada con escleroterapia con adrenalina y clips", "tratada con escleroterapia con adrenalina (C01CA24) y clips")])]))

C(dict(tag="mx-uro-hpb", note="trampa: paciente masculino con HPB, sonda Foley; 'se descarta cáncer de próstata' por APE normal",
  input={"hospital": "Hospital General de Zona 2, Urología", "paciente": {"sexo": "Masculino", "edad": 71},
         "padecimiento": "imposibilidad para orinar de 14 horas con dolor suprapúbico, chorro débil y nicturia de meses",
         "exploracion": "globo vesical, tacto rectal con próstata aumentada de tamaño grado II, lisa, no dolorosa",
         "laboratorios": "APE total 2.8 ng/mL, creatinina 1.3 mg/dL, EGO con leucocituria leve, urocultivo sin desarrollo",
         "ultrasonido": "próstata de 52 cc, hidronefrosis bilateral leve que resuelve tras sondeo",
         "dx": [{"cie": "N40", "nombre": "Hiperplasia prostática benigna"}, {"cie": "R33", "nombre": "Retención urinaria"}],
         "procedimientos": ["colocación de sonda Foley 16 Fr con drenaje de 1200 ml"],
         "tratamiento": [{"atc": "G04CA02", "nombre": "Tamsulosina", "dosis": "0.4 mg VO cada 24 h nocturna"}, {"atc": "G04CB01", "nombre": "Finasterida", "dosis": "5 mg VO cada 24 h"}],
         "egreso": "2 días; retiro de sonda en 7 días en consulta externa de urología (prueba de micción), valorar RTU de próstata"},
  out=("Ingresa por imposibilidad para orinar de 14 horas con dolor suprapúbico, con chorro débil y nicturia de meses. Masculino de 71 años con globo vesical y próstata aumentada grado II, lisa y no dolorosa al tacto rectal. "
       "APE total 2.8 ng/mL, creatinina 1.3 mg/dL y urocultivo sin desarrollo. Ultrasonido con próstata de 52 cc e hidronefrosis bilateral leve que resuelve tras el sondeo. "
       "Se coloca sonda Foley 16 Fr con drenaje de 1200 ml. Diagnósticos: retención urinaria (R33) por hiperplasia prostática benigna (N40). Se inicia tamsulosina (G04CA02) 0.4 mg VO cada 24 h nocturna y finasterida (G04CB01) 5 mg VO cada 24 h. "
       "Egresa a los 2 días con retiro de sonda en 7 días en consulta externa de urología con prueba de micción, valorando RTU de próstata."),
  alts=[("trampa: HPB como sigla y 'crecimiento prostático'", [("por hiperplasia prostática benigna (N40)", "por HPB (N40)")]),
        ("trampa: hidronefrosis bilateral (input bilateral) y 'sin datos de malignidad' sin nombrar cáncer", [("APE total 2.8 ng/mL,", "APE total 2.8 ng/mL sin datos de malignidad,")])],
  plants=[("COD002", "IVU codificada N39.0 sin código en el input (solo leucocituria)", [("urocultivo sin desarrollo.", "urocultivo sin desarrollo, descartándose infección de vías urinarias (N39.0).")]),
          ("FMT002", "diagnósticos en etiqueta HTML", [("Diagnósticos: retención", "<b>Diagnósticos:</b> retención")]),
          ("HAL004", "hidronefrosis derecha cuando el ultrasonido la da bilateral", [("hidronefrosis bilateral leve", "hidronefrosis derecha leve")])]))

C(dict(tag="ar-card-bav", note="trampa: marcapasos definitivo bicameral subclavio izquierdo; atenolol suspendido (no se indica)",
  input={"hospital": "Hospital Provincial del Centenario, Rosario", "servicio": "Cardiología - UCO", "paciente": {"sexo": "femenino", "edad": 79},
         "motivo_internacion": "síncope sin pródromos con traumatismo facial leve",
         "antecedentes": "HTA (I10) tratada con atenolol 50 mg/día y amlodipina (C08CA01) 5 mg/día; hipotiroidismo (E03.9) con levotiroxina (H03AA01) 75 mcg/día",
         "ecg": "bloqueo AV completo con escape ventricular a 34 lpm",
         "laboratorio": {"potasio": "4.4 mEq/L", "TSH": "2.1 uUI/mL", "troponina": "negativa"},
         "diagnostico": [{"cie10": "I44.2", "desc": "Bloqueo auriculoventricular completo"}],
         "procedimientos": ["marcapasos transitorio transvenoso femoral derecho", "implante de marcapasos definitivo bicameral DDD por vía subclavia izquierda al 2do día"],
         "conducta": "suspensión definitiva de atenolol",
         "alta": "4 días; control de marcapasos y de herida en consultorio de cardiología en 10 días"},
  out=("Ingresa por síncope sin pródromos con traumatismo facial leve. Paciente femenina de 79 años, hipertensa (I10) medicada con atenolol 50 mg/día y amlodipina (C08CA01) 5 mg/día, e hipotiroidea (E03.9) con levotiroxina (H03AA01) 75 mcg/día. "
       "ECG con bloqueo AV completo y escape ventricular a 34 lpm; potasio 4.4 mEq/L, TSH 2.1 uUI/mL y troponina negativa. Diagnóstico: bloqueo auriculoventricular completo (I44.2). "
       "Se coloca marcapasos transitorio transvenoso femoral derecho y al 2do día se implanta marcapasos definitivo bicameral DDD por vía subclavia izquierda, sin complicaciones. Se suspende definitivamente el atenolol. "
       "Alta a los 4 días con control de marcapasos y de herida en consultorio de cardiología en 10 días."),
  alts=[("trampa: BAV completo como sigla, 'MCP DDD'", [("Diagnóstico: bloqueo auriculoventricular completo (I44.2).", "Diagnóstico: BAV completo (I44.2).")])],
  plants=[("COD004", "ATC del atenolol (C07AB03) añadido, el input no lo codifica", [("medicada con atenolol 50 mg/día", "medicada con atenolol (C07AB03) 50 mg/día")]),
          ("FMT001", "empieza con 'Motivo de ingreso:'", [("Ingresa por síncope", "Motivo de ingreso: ingresa por síncope")]),
          ("HAL004", "implante por vía subclavia derecha cuando el input dice izquierda", [("por vía subclavia izquierda", "por vía subclavia derecha")])]))

C(dict(tag="cl-ped-pielo", note="trampa: edad de la niña calculada con fechas y escrita en palabras; ceftriaxona cambiada a cefadroxilo",
  input={"servicio": "Pediatría - Hospital de Rancagua", "paciente": {"sexo": "F", "fecha_nacimiento": "2021-09-02", "fecha_ingreso": "2024-03-18", "peso": "14 kg"},
         "motivo": "fiebre de 39.8 °C de 48 horas, vómitos e irritabilidad",
         "examenes": {"orina completa": "leucocitos >100 por campo, nitritos positivos", "urocultivo": "E. coli >100000 UFC/ml sensible a cefalosporinas", "PCR": "142 mg/L", "creatinina": "0.3 mg/dL"},
         "eco_renal": "riñones de tamaño normal sin dilatación",
         "diagnostico": [{"codigo": "N10", "descripcion": "Pielonefritis aguda"}],
         "tratamiento": [{"atc": "J01DD04", "nombre": "Ceftriaxona", "dosis": "50 mg/kg/día EV por 3 días"}, {"atc": "J01DB05", "nombre": "Cefadroxilo", "dosis": "50 mg/kg/día VO cada 12 horas hasta completar 10 días"}, {"atc": "N02BE01", "nombre": "Paracetamol", "dosis": "15 mg/kg/dosis cada 6 horas si fiebre"}],
         "evolucion": "afebril a las 36 horas",
         "alta": "4 días; control en policlínico de nefrología infantil con uretrocistografía según evolución"},
  out=("Ingresa por fiebre de 39.8 °C de 48 horas, vómitos e irritabilidad. Preescolar de sexo femenino, de dos años y medio, 14 kg. Orina completa con leucocitos >100 por campo y nitritos positivos, urocultivo con E. coli >100000 UFC/ml "
       "sensible a cefalosporinas y PCR 142 mg/L, con creatinina normal; ecografía renal sin dilatación. Se diagnostica pielonefritis aguda (N10) y se trata con ceftriaxona (J01DD04) 50 mg/kg/día EV por 3 días, "
       "con paracetamol (N02BE01) 15 mg/kg/dosis cada 6 horas si fiebre. Afebril a las 36 horas. Alta a los 4 días con cefadroxilo (J01DB05) 50 mg/kg/día VO cada 12 horas hasta completar 10 días y control en policlínico de nefrología infantil."),
  alts=[("trampa: 'la niña' y 'PNA' como sigla", [("Se diagnostica pielonefritis aguda (N10)", "Se diagnostica PNA (N10)"), ("Preescolar de sexo femenino, de dos años y medio, 14 kg.", "La niña, de dos años y medio, pesa 14 kg.")])],
  plants=[("COD006", "ATC del paracetamol omitido", [("con paracetamol (N02BE01) 15 mg/kg/dosis", "con paracetamol 15 mg/kg/dosis")]),
          ("DEM001", "edad en palabras (cinco años) contradice fechas (2 años y medio)", [("de dos años y medio, 14 kg", "de cinco años y medio, 14 kg")]),
          ("COD005", "ATC de ceftriaxona y cefadroxilo intercambiados", [("ceftriaxona (J01DD04)", "ceftriaxona (J01DB05)"), ("cefadroxilo (J01DB05)", "cefadroxilo (J01DD04)")])]))

C(dict(tag="ve-gine-mioma", note="trampa: histerectomía total abdominal con anexos conservados; anemia corregida con hierro del input",
  input={"hospital": "Hospital Central Universitario Antonio María Pineda, Barquisimeto", "servicio": "Ginecología", "paciente": {"sexo": "femenino", "edad": 45, "paridad": "III gestas, II partos, I cesárea"},
         "motivo": "sangrado uterino anormal abundante de 8 meses y dolor pélvico",
         "eco": "útero miomatoso de 14 cm con mioma intramural de 8 cm, anexos normales",
         "laboratorio": {"hemoglobina ingreso": "9.1 g/dL", "hemoglobina posoperatoria": "9.6 g/dL", "beta-hCG": "negativa"},
         "dx": [{"cie10": "D25.1", "desc": "Leiomioma intramural del útero"}, {"cie10": "D50.0", "desc": "Anemia por pérdida crónica de sangre"}],
         "cirugia": "histerectomía total abdominal con conservación de anexos",
         "medicamentos": [{"atc": "J01DB04", "nombre": "Cefazolina", "dosis": "2 g EV profilaxis"}, {"atc": "M01AB05", "nombre": "Diclofenac", "dosis": "75 mg IM cada 12 horas"}, {"atc": "B03AA07", "nombre": "Sulfato ferroso", "dosis": "300 mg VO diario"}],
         "egreso": "3 días; control por consulta de ginecología en 10 días con biopsia"},
  out=("Ingresa por sangrado uterino anormal abundante de 8 meses y dolor pélvico. Paciente de 45 años, III gestas, II partos, I cesárea. Eco con útero miomatoso de 14 cm y mioma intramural de 8 cm, anexos normales; beta-hCG negativa. "
       "Hemoglobina de ingreso 9.1 g/dL. Diagnósticos: leiomioma intramural del útero (D25.1) y anemia por pérdida crónica de sangre (D50.0). Se realiza histerectomía total abdominal con conservación de anexos, con cefazolina (J01DB04) 2 g EV de profilaxis "
       "y analgesia con diclofenac (M01AB05) 75 mg IM cada 12 horas. Hemoglobina posoperatoria 9.6 g/dL. Egresa a los 3 días con sulfato ferroso (B03AA07) 300 mg VO diario y control por consulta de ginecología en 10 días con biopsia."),
  alts=[("trampa: HTA abreviatura de histerectomía total abdominal (uso local) y miomatosis uterina", [("Se realiza histerectomía total abdominal con conservación de anexos", "Se realiza HTA (histerectomía total abdominal) conservando anexos")]),
        ("trampa: diclofenaco con ortografía española", [("diclofenac (M01AB05)", "diclofenaco (M01AB05)")])],
  plants=[("FMT002", "corchetes de plantilla sin rellenar", [("con biopsia.", "con biopsia [resultado pendiente].")]),
          ("COD001", "dos CIE-10 en un mismo paréntesis", [("leiomioma intramural del útero (D25.1) y anemia por pérdida crónica de sangre (D50.0)", "leiomioma intramural del útero y anemia por pérdida crónica de sangre (D25.1, D50.0)")]),
          ("HAL001", "salpingooforectomía bilateral afirmada; el input conserva anexos", [("histerectomía total abdominal con conservación de anexos", "histerectomía total abdominal con salpingooforectomía bilateral")])]))

C(dict(tag="es-urg-intox", note="trampa: flumazenil no administrado (contraindicado por riesgo de convulsiones); intoxicación en mujer por sus fármacos",
  input={"Servicio": "Urgencias - Unidad de Corta Estancia", "Hospital": "Hospital Universitario de Cabueñes, Gijón", "Paciente": {"Sexo": "Mujer", "Edad": 41},
         "Motivo": "hallada somnolienta por su pareja junto a blísteres vacíos de lorazepam, ingesta estimada de 20 comprimidos de 1 mg",
         "Antecedentes": [{"CIE": "F33.1", "Desc": "Trastorno depresivo recurrente, episodio moderado"}, "Tratamiento: escitalopram (N06AB10) 10 mg/24 h, lorazepam 1 mg si ansiedad"],
         "Exploración": "Glasgow 12 (O3V3M6), TA 104/62, FC 64 lpm, SatO2 95%, pupilas mióticas reactivas",
         "Pruebas": "ECG ritmo sinusal QTc 420 ms; tóxicos en orina positivos para benzodiacepinas; paracetamolemia y etanol negativos",
         "Diagnósticos": [{"CIE": "T42.4", "Desc": "Intoxicación por benzodiazepinas"}, {"CIE": "X61", "Desc": "Autointoxicación intencional"}],
         "Manejo": "observación y monitorización 24 horas, carbón activado no indicado por tiempo de evolución; no se administra flumazenil por riesgo de convulsiones",
         "Alta": "valorada por Psiquiatría, sin ideación autolítica actual; alta a domicilio con su pareja, cita en Salud Mental en 7 días; se retira lorazepam y se mantiene escitalopram 10 mg"},
  out=("Ingresa por somnolencia tras ser hallada por su pareja junto a blísteres vacíos de lorazepam, con ingesta estimada de 20 comprimidos de 1 mg. Mujer de 41 años con trastorno depresivo recurrente, episodio moderado (F33.1), "
       "en tratamiento con escitalopram (N06AB10) 10 mg/24 h. Glasgow 12, TA 104/62, FC 64 lpm y SatO2 95%, con pupilas mióticas reactivas. ECG con QTc 420 ms; tóxicos en orina positivos para benzodiacepinas, paracetamol y etanol negativos. "
       "Diagnóstico: intoxicación por benzodiazepinas (T42.4) por autointoxicación intencional (X61). Observación y monitorización 24 horas; no se administra flumazenil por riesgo de convulsiones ni carbón activado por el tiempo transcurrido. "
       "Valorada por Psiquiatría, sin ideación autolítica actual. Alta con su pareja, retirada de lorazepam, escitalopram 10 mg y cita en Salud Mental en 7 días."),
  alts=[("trampa: BZD como sigla y 'intento autolítico'", [("intoxicación por benzodiazepinas (T42.4) por autointoxicación intencional (X61)", "intoxicación por BZD (T42.4) en contexto de intento autolítico (X61)")])],
  plants=[("FMT003", "nota de urgencias de menos de 80 palabras", [], [], "Ingresa por intoxicación por benzodiazepinas (T42.4), autointoxicación intencional (X61). Mujer de 41 años con trastorno depresivo recurrente (F33.1) en tratamiento con escitalopram (N06AB10). Glasgow 12. Observación 24 horas. Valorada por Psiquiatría. Alta con cita en Salud Mental en 7 días."),
          ("COD002", "ansiedad (presente en el input sin código) codificada F41.9, código ausente del input", [("en tratamiento con escitalopram", "con ansiedad (F41.9) tratada con lorazepam a demanda, en tratamiento con escitalopram")]),
          ("HAL001", "flumazenil administrado; el input dice que no se administra", [("no se administra flumazenil por riesgo de convulsiones ni carbón activado por el tiempo transcurrido", "se administra flumazenil con recuperación del nivel de conciencia, sin carbón activado por el tiempo transcurrido")])]))

C(dict(tag="cu-ger-hiponatremia", note="trampa: hidroclorotiazida suspendida (causa), no indicada al alta; sodio agrupado; anciano masculino",
  input={"Hospital": "Hospital Provincial Saturnino Lora, Santiago de Cuba", "Servicio": "Geriatría", "Paciente": {"Sexo": "M", "Edad": 86},
         "HEA": "confusión, inestabilidad de la marcha y dos caídas en 3 días",
         "APP": [{"cod": "I10", "desc": "Hipertensión arterial"}, {"cod": "F03", "desc": "Demencia no especificada, leve"}],
         "Medicamentos previos": ["hidroclorotiazida (C03AA03) 25 mg/día", "donepezilo (N06DA02) 5 mg/noche"],
         "Complementarios": {"Na": "118 mmol/L", "K": "3,3 mmol/L", "osmolalidad plasmática": "252 mOsm/kg", "Na urinario": "46 mmol/L", "TSH": "normal", "cortisol": "normal"},
         "Diagnósticos": [{"cod": "E87.1", "desc": "Hiponatremia"}],
         "Conducta": "suspensión de hidroclorotiazida, restricción hídrica, cloruro de sodio al 3% con corrección lenta; amlodipino (C08CA01) 5 mg/día para la HTA",
         "Evolución": "Na 131 mmol/L al egreso, sin focalidad, mejoría de la marcha",
         "Egreso": "6 días; seguimiento por el médico de familia con ionograma en 1 semana"},
  out=("Ingresa por confusión, inestabilidad de la marcha y dos caídas en 3 días. Paciente masculino de 86 años, hipertenso (I10) en tratamiento con hidroclorotiazida (C03AA03) 25 mg/día y con demencia leve (F03) tratada con donepezilo (N06DA02) 5 mg/noche. "
       "Complementarios con Na 118 mmol/L, K 3,3 mmol/L, osmolalidad plasmática 252 mOsm/kg y Na urinario 46 mmol/L, con TSH y cortisol normales. Se diagnostica hiponatremia (E87.1) asociada a tiazida. "
       "Se suspende la hidroclorotiazida, se indica restricción hídrica y cloruro de sodio al 3% con corrección lenta, y se sustituye por amlodipino (C08CA01) 5 mg/día para la HTA. Na 131 mmol/L al egreso, sin focalidad y con mejoría de la marcha. "
       "Egresa a los 6 días con seguimiento por el médico de familia e ionograma en 1 semana."),
  alts=[("trampa: 'el anciano' e HCTZ como sigla", [("Se suspende la hidroclorotiazida", "Se suspende la HCTZ")]),
        ("trampa: sodio del egreso escrito igual, 'natremia'", [("Na 131 mmol/L al egreso", "Natremia de 131 mmol/L al egreso")])],
  plants=[("CLN001", "donepezilo sin diagnóstico de demencia en el input (F03 retirado del input y output)", [("y con demencia leve (F03) tratada con donepezilo", "y tratado con donepezilo")], [(', {"cod": "F03", "desc": "Demencia no especificada, leve"}', '')]),
          ("COD007", "E87.9 no existe (E87 tiene .0-.8)", [("hiponatremia (E87.1)", "hiponatremia (E87.9)")], [('"cod": "E87.1"', '"cod": "E87.9"')]),
          ("COD005", "código de demencia puesto a la hipertensión y viceversa", [("hipertenso (I10)", "hipertenso (F03)"), ("demencia leve (F03)", "demencia leve (I10)")])]))

C(dict(tag="ec-endo-piediabetico", note="trampa: amputación del 2do dedo del pie izquierdo coherente; osteomielitis confirmada por Rx",
  input={"hospital": "Hospital Teodoro Maldonado Carbo, Guayaquil", "servicio": "Cirugía Vascular / Medicina Interna", "paciente": {"sexo": "masculino", "edad": 63},
         "motivo": "úlcera en segundo dedo del pie izquierdo con secreción fétida y fiebre de 5 días",
         "antecedentes": "DM2 de 20 años de evolución mal controlada",
         "laboratorio": {"glucosa": "312 mg/dL", "HbA1c": "11.2%", "leucocitos": "17600", "PCR": "210 mg/L", "creatinina": "1.1 mg/dL"},
         "rx_pie": "osteólisis de falange proximal del segundo dedo izquierdo compatible con osteomielitis",
         "diagnosticos": [{"cie10": "E11.5", "nombre": "Diabetes mellitus tipo 2 con complicaciones circulatorias periféricas"}, {"cie10": "M86.1", "nombre": "Otras osteomielitis agudas"}],
         "cirugia": "amputación del segundo dedo del pie izquierdo a nivel metatarsofalángico",
         "antibioticos": [{"atc": "J01FF01", "nombre": "Clindamicina", "dosis": "600 mg IV cada 8 h"}, {"atc": "J01MA02", "nombre": "Ciprofloxacino", "dosis": "400 mg IV cada 12 h"}],
         "insulina": [{"atc": "A10AE04", "nombre": "Insulina glargina", "dosis": "24 UI SC cada noche"}],
         "alta": "10 días; curaciones en centro de salud cada 48 horas, control en consulta de pie diabético en 7 días"},
  out=("Ingresa por úlcera en segundo dedo del pie izquierdo con secreción fétida y fiebre de 5 días. Masculino de 63 años con DM2 de 20 años mal controlada, glucosa 312 mg/dL y HbA1c 11.2%. "
       "Leucocitosis de 17600 y PCR 210 mg/L, función renal conservada. Rx de pie con osteólisis de la falange proximal compatible con osteomielitis. Diagnósticos: pie diabético con complicaciones circulatorias periféricas (E11.5) y osteomielitis aguda (M86.1). "
       "Se realiza amputación del segundo dedo del pie izquierdo a nivel metatarsofalángico y antibioticoterapia con clindamicina (J01FF01) 600 mg IV cada 8 h y ciprofloxacino (J01MA02) 400 mg IV cada 12 h. "
       "Control glucémico con insulina glargina (A10AE04) 24 UI SC cada noche. Alta a los 10 días con curaciones cada 48 horas en centro de salud y control en consulta de pie diabético en 7 días."),
  alts=[("trampa: 'amputación del 2do dedo' con ordinal abreviado", [("Se realiza amputación del segundo dedo del pie izquierdo", "Se realiza amputación del 2do dedo del pie izquierdo")])],
  plants=[("COD004", "metformina (en el input sin código) citada con A10BA02, ATC ausente del input", [("con DM2 de 20 años mal controlada,", "con DM2 de 20 años mal controlada en tratamiento irregular con metformina (A10BA02),")], [('"DM2 de 20 años de evolución mal controlada"', '"DM2 de 20 años de evolución mal controlada, en tratamiento irregular con metformina"')]),
          ("COD006", "ATC del ciprofloxacino omitido", [("ciprofloxacino (J01MA02) 400 mg", "ciprofloxacino 400 mg")]),
          ("HAL004", "pie derecho en la amputación; el input dice izquierdo", [("amputación del segundo dedo del pie izquierdo", "amputación del segundo dedo del pie derecho")])]))

C(dict(tag="pe-uro-litiasis", note="trampa: cálculo ureteral derecho con doble J derecho; tamsulosina como terapia expulsiva; 'sin fiebre'",
  input={"hospital": "Hospital Regional Lambayeque", "servicio": "Urología", "paciente": {"sexo": "femenino", "edad": 38},
         "motivo": "dolor cólico en fosa lumbar derecha irradiado a genitales de 10 horas, náuseas, sin fiebre",
         "examenes": {"examen de orina": "hematíes 30-40 por campo, leucocitos 4-6", "creatinina": "1.4 mg/dL", "urotem": "litiasis de 9 mm en uréter proximal derecho con hidronefrosis grado III"},
         "dx": [{"cie": "N20.1", "desc": "Cálculo del uréter"}, {"cie": "N13.2", "desc": "Hidronefrosis con obstrucción por cálculo"}],
         "procedimiento": "colocación de catéter doble J derecho por cistoscopía",
         "farmacos": [{"atc": "M01AB15", "nombre": "Ketorolaco", "dosis": "60 mg EV stat y 30 mg EV cada 8 h"}, {"atc": "A03BB01", "nombre": "Butilhioscina (Buscapina)", "dosis": "20 mg EV cada 8 h"}, {"atc": "G04CA02", "nombre": "Tamsulosina", "dosis": "0.4 mg VO cada 24 h"}],
         "evolucion": "dolor controlado, creatinina de control 0.9 mg/dL",
         "alta": "3 días; ureterolitotricia programada en 4 semanas"},
  out=("Ingresa por dolor cólico en fosa lumbar derecha irradiado a genitales de 10 horas, con náuseas y sin fiebre. Paciente femenina de 38 años. Examen de orina con hematíes 30-40 por campo, creatinina 1.4 mg/dL y urotem con litiasis de 9 mm en uréter proximal derecho "
       "e hidronefrosis grado III. Diagnósticos: cálculo del uréter (N20.1) con hidronefrosis obstructiva (N13.2). Se coloca catéter doble J derecho por cistoscopía. Analgesia con ketorolaco (M01AB15) 60 mg EV stat y 30 mg EV cada 8 h y butilhioscina (A03BB01) 20 mg EV cada 8 h; "
       "se añade tamsulosina (G04CA02) 0.4 mg VO cada 24 h. Dolor controlado y creatinina de control 0.9 mg/dL. Alta a los 3 días con ureterolitotricia programada en 4 semanas."),
  alts=[("trampa: Buscapina marca comercial del input", [("butilhioscina (A03BB01)", "Buscapina (A03BB01)")]),
        ("trampa: 'litiasis ureteral derecha' como sinónimo de cálculo del uréter", [("Diagnósticos: cálculo del uréter (N20.1)", "Diagnósticos: litiasis ureteral derecha (N20.1)")])],
  plants=[("FMT001", "encabezado 'EPICRISIS' antes de 'Ingresa por'", [("Ingresa por dolor", "EPICRISIS. Ingresa por dolor")]),
          ("COD003", "ATC de tamsulosina compartiendo paréntesis con la dosis", [("tamsulosina (G04CA02) 0.4 mg", "tamsulosina (G04CA02 0.4 mg)")]),
          ("REP001", "frase de diagnóstico repetida", [("Se coloca catéter doble J", "Diagnósticos: cálculo del uréter (N20.1) con hidronefrosis obstructiva (N13.2). Se coloca catéter doble J")]),
          ("DEM001", "paciente masculino cuando el input es femenino", [("Paciente femenina de 38 años.", "Paciente masculino de 38 años.")])]))

C(dict(tag="ar-reuma-gota", note="trampa: alopurinol no se inicia en la crisis (diferido) y colchicina presente; podagra en pie derecho",
  input={"hospital": "Hospital Regional de Río Gallegos", "servicio": "Clínica Médica / Reumatología", "paciente": {"sexo": "masculino", "edad": 54},
         "motivo": "dolor, tumefacción y eritema de primera articulación metatarsofalángica del pie derecho de 2 días, fiebre 38 °C",
         "antecedentes": "obesidad (E66.9), consumo de cerveza; HTA (I10) con losartán (C09CA01) 50 mg/día",
         "laboratorio": {"ácido úrico": "9.8 mg/dL", "VSG": "62 mm/h", "PCR": "54 mg/L", "creatinina": "1.0 mg/dL"},
         "artrocentesis": "líquido inflamatorio con cristales de urato monosódico, cultivo negativo",
         "diagnosticos": [{"cie10": "M10.0", "desc": "Gota idiopática"}],
         "tratamiento": [{"atc": "M04AC01", "nombre": "Colchicina", "dosis": "1 mg y 0.5 mg a la hora, luego 0.5 mg cada 12 h"}, {"atc": "H02AB07", "nombre": "Prednisona", "dosis": "30 mg/día por 5 días"}],
         "alta": "3 días; iniciar alopurinol 100 mg/día a las 2 semanas de resuelta la crisis; control por consultorio de reumatología"},
  out=("Ingresa por dolor, tumefacción y eritema de la primera articulación metatarsofalángica del pie derecho de 2 días, con fiebre de 38 °C. Paciente masculino de 54 años con obesidad (E66.9), consumo de cerveza e HTA (I10) tratada con losartán (C09CA01) 50 mg/día. "
       "Ácido úrico 9.8 mg/dL, VSG 62 mm/h, PCR 54 mg/L y función renal normal. Artrocentesis con líquido inflamatorio, cristales de urato monosódico y cultivo negativo, descartándose artritis séptica. "
       "Diagnóstico de gota idiopática (M10.0). Se trata con colchicina (M04AC01) 1 mg y 0.5 mg a la hora y luego 0.5 mg cada 12 h, más prednisona (H02AB07) 30 mg/día por 5 días. "
       "Alta a los 3 días con control por consultorio de reumatología; iniciará alopurinol 100 mg/día a las 2 semanas de resuelta la crisis."),
  alts=[("trampa: podagra como sinónimo y artritis séptica descartada", [("Diagnóstico de gota idiopática (M10.0).", "Diagnóstico de podagra por gota idiopática (M10.0).")])],
  plants=[("CLN001", "clopidogrel habitual sin ningún diagnóstico cardiovascular que lo indique (HTA sola)", [("tratada con losartán (C09CA01) 50 mg/día.", "tratada con losartán (C09CA01) 50 mg/día, además de clopidogrel (B01AC04) 75 mg/día.")], [('HTA (I10) con losartán (C09CA01) 50 mg/día"', 'HTA (I10) con losartán (C09CA01) 50 mg/día; clopidogrel (B01AC04) 75 mg/día"')]),
          ("COD001", "M10.0 escrito sin paréntesis tras dos puntos", [("Diagnóstico de gota idiopática (M10.0).", "Diagnóstico: M10.0 gota idiopática.")]),
          ("HAL003", "prednisona 30 mg cada 12 h cuando el input da 30 mg/día", [("prednisona (H02AB07) 30 mg/día", "prednisona (H02AB07) 30 mg cada 12 h")])]))

C(dict(tag="co-derma-celulitis", note="trampa: celulitis de pierna izquierda; oxacilina cambiada a cefalexina; 'se descarta TVP' por doppler",
  input={"ips": "Hospital San Vicente de Paúl, Caldas", "servicio": "Medicina Interna / Dermatología", "paciente": {"sexo": "F", "edad": 59},
         "enfermedad_actual": "eritema, calor y dolor en pierna izquierda de 3 días con fiebre, puerta de entrada por intertrigo interdigital",
         "antecedentes": "obesidad, insuficiencia venosa crónica",
         "paraclinicos": {"leucocitos": "13800", "PCR": "88 mg/L", "glucemia": "104 mg/dL", "doppler venoso": "sin trombosis venosa profunda"},
         "diagnosticos": [{"cie10": "L03.1", "nombre": "Celulitis de otras partes de los miembros"}, {"cie10": "B35.3", "nombre": "Tiña del pie"}],
         "tratamiento": [{"atc": "J01CF04", "nombre": "Oxacilina", "dosis": "2 g IV cada 4 horas"}, {"atc": "J01DB01", "nombre": "Cefalexina", "dosis": "500 mg VO cada 6 horas por 7 días al alta"}, {"atc": "D01AC01", "nombre": "Clotrimazol crema", "dosis": "aplicar cada 12 horas interdigital por 4 semanas"}],
         "evolucion": "disminución del eritema, afebril desde el 2° día",
         "salida": "4 días; control por consulta externa en 1 semana; elevación del miembro"},
  out=("Ingresa por eritema, calor y dolor en pierna izquierda de 3 días con fiebre, con puerta de entrada por intertrigo interdigital. Paciente de 59 años con obesidad e insuficiencia venosa crónica. Leucocitos 13800, PCR 88 mg/L y glucemia normal; "
       "doppler venoso sin trombosis venosa profunda. Diagnósticos: celulitis de miembro inferior (L03.1) y tiña del pie (B35.3). Recibe oxacilina (J01CF04) 2 g IV cada 4 horas con disminución del eritema y afebril desde el 2° día. "
       "Sale a los 4 días con cefalexina (J01DB01) 500 mg VO cada 6 horas por 7 días, clotrimazol (D01AC01) crema interdigital cada 12 horas por 4 semanas, elevación del miembro y control por consulta externa en 1 semana."),
  alts=[("trampa: 'pie de atleta' como sinónimo de tiña del pie", [("y tiña del pie (B35.3)", "y tiña del pie o pie de atleta (B35.3)")]),
        ("trampa: TVP descartada nombrada como sigla", [("doppler venoso sin trombosis venosa profunda", "doppler venoso que descarta TVP")])],
  plants=[("COD002", "obesidad (en el input sin código) codificada E66.9, código ausente del input", [("Paciente de 59 años con obesidad", "Paciente de 59 años con obesidad (E66.9)")]),
          ("FMT003", "nota de menos de 80 palabras", [], [], "Ingresa por celulitis de pierna izquierda (L03.1) con tiña del pie (B35.3). Paciente de 59 años. Oxacilina (J01CF04) 2 g IV cada 4 horas. Mejoría. Sale a los 4 días con cefalexina (J01DB01) 500 mg VO cada 6 horas y clotrimazol (D01AC01) crema. Control en 1 semana."),
          ("COD007", "L03.7 no existe (L03 tiene .0-.3, .8, .9)", [("celulitis de miembro inferior (L03.1)", "celulitis de miembro inferior (L03.7)")], [('"cie10": "L03.1"', '"cie10": "L03.7"')]),
          ("HAL004", "pierna derecha cuando el input dice izquierda", [("dolor en pierna izquierda de 3 días", "dolor en pierna derecha de 3 días")])]))
