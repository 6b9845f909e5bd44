from cases_common import S, T, P

# ---------------------------------------------------------------- F1 geriatrics heart failure, Medellín
S("F1-geriatria-falla-cardiaca", "Geriatría, Hospital Universitario San Vicente Fundación, Medellín (Colombia)",
  "prosa colombiana (paraclínicos, falla cardiaca, egresa)", "mapa plano con diagnostico_1..6 como 'CODIGO texto' y medicamentos como cadenas",
  {
      "ips": "Hospital Universitario San Vicente Fundación, Medellín - Geriatría",
      "sexo": "Masculino", "edad": 91,
      "motivo": "disnea de pequeños esfuerzos, ortopnea y edema de miembros inferiores de 1 semana",
      "diagnostico_1": "I50.0 insuficiencia cardiaca congestiva descompensada",
      "diagnostico_2": "I48.9 fibrilación auricular",
      "diagnostico_3": "E11.9 diabetes mellitus tipo 2",
      "diagnostico_4": "N40 hiperplasia prostática benigna",
      "diagnostico_5": "M10.9 gota",
      "diagnostico_6": "N18.3 enfermedad renal crónica estadio 3",
      "paraclinicos": "NT-proBNP 6850 pg/mL; creatinina 1,7 mg/dL; potasio 4,9 mEq/L; hemoglobina glicosilada 7,1%",
      "ecocardiograma": "fracción de eyección 35%",
      "medicamentos": [
          "furosemida (C03CA01) 40 mg IV cada 12 horas, luego 40 mg VO al día",
          "bisoprolol (C07AB07) 2,5 mg VO al día",
          "apixabán (B01AF02) 2,5 mg VO cada 12 horas",
          "digoxina (C01AA05) 0,125 mg VO al día",
          "espironolactona (C03DA01) 25 mg VO al día",
          "sacubitrilo/valsartán (C09DX04) 24/26 mg VO cada 12 horas",
          "linagliptina (A10BH05) 5 mg VO al día",
          "tamsulosina (G04CA02) 0,4 mg VO en la noche",
          "alopurinol (M04AA01) 100 mg VO al día",
      ],
      "conciliacion": "se suspende metformina por función renal; se suspende naproxeno",
      "evolucion": "balance negativo de 4,5 litros, descenso de 4 kg, sin ortopnea al día 5",
      "egreso": "día 6; control en clínica de falla cardiaca en 1 semana; restricción hídrica de 1,5 litros",
  },
  "Ingresa por disnea de pequeños esfuerzos, ortopnea y edema de miembros inferiores de 1 semana, en un hombre de 91 "
  "años con insuficiencia cardiaca congestiva descompensada (I50.0), fibrilación auricular (I48.9), diabetes mellitus "
  "tipo 2 (E11.9), hiperplasia prostática benigna (N40), gota (M10.9) y enfermedad renal crónica estadio 3 (N18.3). "
  "Paraclínicos: NT-proBNP 6850 pg/mL, creatinina 1,7 mg/dL, potasio 4,9 mEq/L y hemoglobina glicosilada 7,1%; "
  "fracción de eyección 35%. Recibe furosemida (C03CA01) 40 mg IV cada 12 horas, con balance negativo de 4,5 litros, "
  "descenso de 4 kg y sin ortopnea al día 5. En la conciliación se suspenden metformina y naproxeno. Egresa al día 6 "
  "con furosemida 40 mg VO al día, bisoprolol (C07AB07) 2,5 mg al día, apixabán (B01AF02) 2,5 mg cada 12 horas, "
  "digoxina (C01AA05) 0,125 mg al día, espironolactona (C03DA01) 25 mg al día, sacubitrilo/valsartán (C09DX04) 24/26 "
  "mg cada 12 horas, linagliptina (A10BH05) 5 mg al día, tamsulosina (G04CA02) 0,4 mg en la noche y alopurinol "
  "(M04AA01) 100 mg al día, con restricción hídrica de 1,5 litros.",
  [
      T("brands Eliquis and Entresto for the input's generics",
        [("apixabán (B01AF02)", "Eliquis (B01AF02)"), ("sacubitrilo/valsartán (C09DX04)", "Entresto (C09DX04)")]),
      T("FEVI and HbA1c abbreviations", [("hemoglobina glicosilada 7,1%; fracción de eyección 35%", "HbA1c 7,1%; FEVI 35%")]),
      T("'falla cardiaca' synonym and age in words",
        [("insuficiencia cardiaca congestiva descompensada (I50.0)", "falla cardiaca congestiva descompensada (I50.0)"),
         ("en un hombre de 91 años", "en un hombre de noventa y un años")]),
      T("stopped drugs phrased as 'no se reinician'", [("En la conciliación se suspenden metformina y naproxeno.",
                                                        "En la conciliación no se reinician metformina ni naproxeno.")]),
      P(["HAL003"], "apixabán 5 mg (input 2,5 mg; 5 exists elsewhere)", [("apixabán (B01AF02) 2,5 mg", "apixabán (B01AF02) 5 mg")]),
      P(["COD002"], "real code R60.0 attached to the oedema; not in input",
        [("edema de miembros inferiores de 1 semana", "edema de miembros inferiores (R60.0) de 1 semana")]),
      P(["COD004"], "ATC A10BA02 added to the stopped metformina; input has no ATC for it",
        [("se suspenden metformina y naproxeno", "se suspenden metformina (A10BA02) y naproxeno")]),
      P(["CLN001"], "BPH removed from input and output: tamsulosina left without indication",
        [(", hiperplasia prostática benigna (N40),", ",")], input_reps=[('"diagnostico_4": "N40 hiperplasia prostática benigna", ', "")]),
      P(["DEM001"], "sex flipped: una mujer", [("en un hombre de 91 años", "en una mujer de 91 años")]),
      P(["FMT003"], "follow-up sentences appended: over 200 words",
        [("$", " Control en clínica de falla cardiaca en 1 semana. Se explican al paciente y a su familia los signos de alarma y se entrega por escrito la conciliación de medicamentos, dejando constancia de la suspensión de metformina por función renal y de naproxeno.")]),
      P(["REP001"], "degenerate loop of a phrase",
        [("descenso de 4 kg y sin ortopnea al día 5.", "descenso de 4 kg y sin ortopnea al día 5, sin ortopnea al día 5, sin ortopnea al día 5, sin ortopnea al día 5.")]),
  ])

# ---------------------------------------------------------------- F2 MDS day hospital, Santiago
S("F2-hemato-mielodisplasia-transfusion", "Hospital de Día Oncohematológico, Red de Salud UC CHRISTUS, Santiago (Chile)",
  "prosa chilena breve", "lista de cadenas (líneas de nota) con códigos entre paréntesis",
  [
      "Hospital de Día Oncohematológico - Red de Salud UC CHRISTUS, Santiago",
      "Sexo: F / Edad: 79",
      "Dg: síndrome mielodisplásico de bajo riesgo (D46.9); sobrecarga de hierro transfusional (E83.1)",
      "Antecedentes: hipertensión arterial (I10) en tratamiento con amlodipino (C08CA01) 5 mg al día",
      "Motivo: astenia y disnea de esfuerzo; Hb 6,8 g/dL en control",
      "Procedimiento: transfusión de 2 unidades de glóbulos rojos con premedicación con paracetamol (N02BE01) 1 g VO",
      "Hb post transfusión 9,1 g/dL; ferritina 2450 ng/mL",
      "Quelación: deferasirox (V03AC03) 1080 mg VO al día, se mantiene",
      "Eritropoyetina alfa (B03XA01) 40000 UI SC semanal",
      "Sin reacciones transfusionales. Alta el mismo día. Próxima transfusión según Hb en 3 semanas",
  ],
  "Ingresa por astenia y disnea de esfuerzo con Hb 6,8 g/dL en control, en una paciente de 79 años con síndrome "
  "mielodisplásico de bajo riesgo (D46.9) y sobrecarga de hierro transfusional (E83.1), además de hipertensión "
  "arterial (I10) en tratamiento con amlodipino (C08CA01) 5 mg al día. Se transfunden 2 unidades de glóbulos rojos "
  "con premedicación con paracetamol (N02BE01) 1 g VO, sin reacciones transfusionales, alcanzando una Hb post "
  "transfusión de 9,1 g/dL. La ferritina es de 2450 ng/mL, por lo que se mantiene la quelación con deferasirox "
  "(V03AC03) 1080 mg VO al día. Continúa con eritropoyetina alfa (B03XA01) 40000 UI SC semanal. Alta el mismo día "
  "desde el Hospital de Día Oncohematológico, con próxima transfusión según Hb en 3 semanas.",
  [
      T("GR abbreviation and hemoglobina spelled out",
        [("2 unidades de glóbulos rojos", "2 unidades de GR"), ("alcanzando una Hb post", "alcanzando una hemoglobina post")]),
      T("brand Jadenu for deferasirox", [("quelación con deferasirox (V03AC03)", "quelación con Jadenu (V03AC03)")]),
      T("negated premedication: no antihistamines or corticosteroids",
        [("sin reacciones transfusionales,", "sin antihistamínicos ni corticoides, sin reacciones transfusionales,")]),
      P(["HAL002"], "post-transfusion Hb 10,1 (input 9,1; absent)", [("de 9,1 g/dL", "de 10,1 g/dL")]),
      P(["HAL003"], "deferasirox route IV (input VO)", [("(V03AC03) 1080 mg VO", "(V03AC03) 1080 mg IV")]),
      P(["DEM001"], "masculine article only: 'un paciente'", [("en una paciente de 79 años", "en un paciente de 79 años")]),
      P(["HAL001"], "bone marrow aspirate invented", [("Alta el mismo día", "Se realiza mielograma de control. Alta el mismo día")]),
      P(["COD005"], "codes of MDS and iron overload swapped",
        [("bajo riesgo (D46.9)", "bajo riesgo (E83.1)"), ("transfusional (E83.1)", "transfusional (D46.9)")]),
      P(["FMT002"], "bullet list line", [(" Continúa con eritropoyetina", "\n- Continúa con eritropoyetina")]),
      P(["COD006"], "epoetin code dropped", [("eritropoyetina alfa (B03XA01) 40000", "eritropoyetina alfa 40000")]),
      P(["FMT001"], "past tense 'Ingresó por'", [("Ingresa por astenia", "Ingresó por astenia")]),
  ])

# ---------------------------------------------------------------- F3 biliary pancreatitis, Guadalajara
S("F3-gastro-pancreatitis-biliar", "Gastroenterología, Hospital Civil de Guadalajara Fray Antonio Alcalde (México)",
  "prosa mexicana (transfictivo, ultrasonido, cita)", "claves en inglés anidadas, labs como objetos {value, unit}",
  {
      "encounter": {"site": "Hospital Civil de Guadalajara Fray Antonio Alcalde - Gastroenterología", "length_of_stay_days": 6},
      "patient": {"sex": "F", "age": 45},
      "history": "sin comorbilidades, niega consumo de alcohol",
      "presentation": "dolor epigástrico transfictivo irradiado en cinturón, náuseas y vómitos de 12 horas",
      "labs": {"lipasa": {"value": 2350, "unit": "U/L"}, "ALT": {"value": 312, "unit": "U/L"},
               "bilirrubina total": {"value": 2.1, "unit": "mg/dL"}, "leucocitos": {"value": 13900, "unit": "/mm3"}},
      "imaging": {"ultrasound": "colelitiasis múltiple, colédoco de 5 mm", "ct": "no realizada"},
      "diagnoses": [{"icd10": "K85.1", "name": "pancreatitis aguda biliar"}, {"icd10": "K80.2", "name": "colelitiasis sin colecistitis"}],
      "severity": "leve, BISAP 1",
      "management": {"fluids": "solución Hartmann (B05BB01) 3 mL/kg/h por 24 horas",
                     "analgesia": "buprenorfina (N02AE01) 0,3 mg IV cada 8 horas", "diet": "vía oral a las 24 horas"},
      "surgery": "colecistectomía laparoscópica al día 4 sin complicaciones",
      "discharge": "afebril, tolerando dieta; cita en consulta externa de cirugía general en 2 semanas",
  },
  "Ingresa por dolor epigástrico transfictivo irradiado en cinturón, con náuseas y vómitos de 12 horas, en una mujer "
  "de 45 años sin comorbilidades, que niega consumo de alcohol. Laboratorio: lipasa 2350 U/L, ALT 312 U/L, "
  "bilirrubina total 2,1 mg/dL y leucocitos 13900/mm3. El ultrasonido muestra colelitiasis múltiple con colédoco de "
  "5 mm. Se diagnostica pancreatitis aguda biliar (K85.1) leve, con BISAP 1, y colelitiasis sin colecistitis "
  "(K80.2); no se realiza tomografía. Se maneja con solución Hartmann (B05BB01) 3 mL/kg/h por 24 horas y "
  "buprenorfina (N02AE01) 0,3 mg IV cada 8 horas, iniciando la vía oral a las 24 horas. Al día 4 se realiza "
  "colecistectomía laparoscópica sin complicaciones. Egresa al día 6 afebril y tolerando dieta, con cita en consulta "
  "externa de cirugía general en 2 semanas.",
  [
      T("Ringer lactato synonym for solución Hartmann", [("con solución Hartmann (B05BB01)", "con Ringer lactato (B05BB01)")]),
      T("USG abbreviation", [("El ultrasonido muestra", "El USG muestra")]),
      T("negated procedure and ruled-out diagnosis: no ERCP, choledocholithiasis ruled out",
        [("sin complicaciones. Egresa", "sin complicaciones; no se realiza CPRE al descartarse coledocolitiasis. Egresa")]),
      P(["COD002", "COD007"], "non-existent code R10.7 attached to epigastric pain (also absent from input)",
        [("dolor epigástrico transfictivo", "dolor epigástrico (R10.7) transfictivo")]),
      P(["HAL003"], "buprenorfina route sublingual (input IV)", [("(N02AE01) 0,3 mg IV", "(N02AE01) 0,3 mg sublingual")]),
      P(["DEM001"], "sex flipped: un hombre", [("en una mujer de 45 años", "en un hombre de 45 años")]),
      P(["HAL002"], "lipasa 3250 (input 2350; absent)", [("lipasa 2350 U/L", "lipasa 3250 U/L")]),
      P(["HAL001"], "ERCP with sphincterotomy invented",
        [("Al día 4 se realiza colecistectomía", "Al día 2 se realiza CPRE con esfinterotomía y al día 4 colecistectomía")]),
      P(["COD003"], "ATC without parentheses", [("buprenorfina (N02AE01) 0,3", "buprenorfina N02AE01 0,3")]),
      P(["REP001"], "sentence repeated",
        [("El ultrasonido muestra colelitiasis múltiple con colédoco de 5 mm.",
          "El ultrasonido muestra colelitiasis múltiple con colédoco de 5 mm. El ultrasonido muestra colelitiasis múltiple con colédoco de 5 mm.")]),
  ])

# ---------------------------------------------------------------- F4 cellulitis, San José
S("F4-infecto-celulitis-pierna", "Medicina Interna e Infectología, Hospital San Juan de Dios CCSS, San José (Costa Rica)",
  "prosa costarricense (EBAIS, glicemia)", "objeto anidado, sexo 'masc.', edad '56 a'",
  {
      "hospital": "Hospital San Juan de Dios, CCSS, San José - Medicina Interna / Infectología",
      "sexo": "masc.", "edad": "56 a",
      "motivo": "eritema, calor y dolor en pierna izquierda de 4 días con fiebre de 38,4 °C",
      "antecedentes": [{"cie10": "E11.9", "texto": "diabetes mellitus tipo 2"}, {"cie10": "B35.3", "texto": "tiña pedis interdigital"}],
      "examen": "placa eritematosa caliente de bordes mal definidos en cara anterior de pierna izquierda; intertrigo en cuarto espacio interdigital izquierdo",
      "laboratorios": {"leucocitos": "15300/µL", "PCR": "96 mg/L", "glicemia": "214 mg/dL", "creatinina": "0,9 mg/dL"},
      "ultrasonido_doppler": "sin trombosis venosa profunda; sin colecciones",
      "diagnostico": [{"cie10": "L03.1", "texto": "celulitis de miembro inferior"}],
      "tratamiento": [
          {"atc": "J01DB04", "nombre": "cefazolina", "dosis": "2 g IV cada 8 horas"},
          {"atc": "D01AC02", "nombre": "miconazol crema", "dosis": "cada 12 horas tópico interdigital"},
          {"atc": "A10AE04", "nombre": "insulina glargina", "dosis": "14 UI SC en la noche"},
      ],
      "evolucion": "regresión del eritema, afebril a las 48 horas",
      "egreso": {"dia": 5, "medicamentos": "cefalexina (J01DB01) 500 mg VO cada 6 horas por 7 días más",
                 "indicaciones": "elevación del miembro, control en EBAIS en 1 semana"},
  },
  "Ingresa por eritema, calor y dolor en la pierna izquierda de 4 días con fiebre de 38,4 °C, en un hombre de 56 años "
  "con diabetes mellitus tipo 2 (E11.9) y tiña pedis interdigital (B35.3). Al examen, placa eritematosa caliente de "
  "bordes mal definidos en la cara anterior de la pierna izquierda e intertrigo en el cuarto espacio interdigital "
  "izquierdo. Laboratorios: leucocitos 15300/µL, PCR 96 mg/L, glicemia 214 mg/dL y creatinina 0,9 mg/dL. El "
  "ultrasonido doppler no muestra trombosis venosa profunda ni colecciones. Se diagnostica celulitis de miembro "
  "inferior (L03.1) y se trata con cefazolina (J01DB04) 2 g IV cada 8 horas, miconazol crema (D01AC02) tópico "
  "interdigital cada 12 horas e insulina glargina (A10AE04) 14 UI SC en la noche. Presenta regresión del eritema y "
  "está afebril a las 48 horas. Egresa al día 5 con cefalexina (J01DB01) 500 mg VO cada 6 horas por 7 días más, "
  "elevación del miembro y control en EBAIS en 1 semana.",
  [
      T("side said as 'miembro inferior izquierdo'", [("dolor en la pierna izquierda de 4 días", "dolor en el miembro inferior izquierdo de 4 días")]),
      T("ruled-out diagnosis phrased 'se descarta TVP'",
        [("El ultrasonido doppler no muestra trombosis venosa profunda ni colecciones.",
          "El ultrasonido doppler descarta TVP y colecciones.")]),
      T("glucemia spelling, brand Keflex for cefalexina",
        [("glicemia 214 mg/dL", "glucemia 214 mg/dL"), ("con cefalexina (J01DB01)", "con Keflex (J01DB01)")]),
      P(["HAL004"], "cellulitis plaque on the right leg (input left)",
        [("en la cara anterior de la pierna izquierda", "en la cara anterior de la pierna derecha")]),
      P(["HAL003"], "cefalexina cada 8 horas (input cada 6; 8 exists elsewhere)",
        [("(J01DB01) 500 mg VO cada 6 horas", "(J01DB01) 500 mg VO cada 8 horas")]),
      P(["COD002"], "real code L30.4 attached to the intertrigo; not in input",
        [("e intertrigo en el cuarto", "e intertrigo (L30.4) en el cuarto")]),
      P(["DEM001"], "sex flipped: una mujer", [("en un hombre de 56 años", "en una mujer de 56 años")]),
      P(["HAL001"], "surgical debridement invented",
        [("Presenta regresión del eritema", "Requiere desbridamiento quirúrgico y presenta regresión del eritema")]),
      P(["COD006"], "insulin code dropped", [("insulina glargina (A10AE04) 14 UI", "insulina glargina 14 UI")]),
      P(["CLN001"], "input and output add quetiapina without psychiatric diagnosis",
        [("interdigital cada 12 horas e insulina glargina (A10AE04) 14 UI SC en la noche.", "interdigital cada 12 horas, insulina glargina (A10AE04) 14 UI SC en la noche y quetiapina (N05AH04) 25 mg en la noche.")],
        input_reps=[('"tratamiento": [', '"tratamiento": [{"atc": "N05AH04", "nombre": "quetiapina", "dosis": "25 mg VO en la noche"}, ')]),
      P(["FMT001", "FMT002"], "leading markdown heading mark (also markdown, so FMT002)", [("^", "# ")]),
  ])
