# -*- coding: utf-8 -*-
"""Scenarios S31-S35: Galicia (geriatría), Uruguay ASSE (nefrología,
diálisis peritoneal), Guatemala (obstetricia), Mexico ISSSTE (cirugía
pediátrica), Paraguay (neonatología, Chagas congénito)."""
from cases_common import T, P

SCENARIOS = []

# ---------------------------------------------------------------- S31
SCENARIOS.append(dict(
    key="ga_lugo_neumonia_aspirativa",
    setting="Hospital Universitario Lucus Augusti, Lugo (Galicia) - Geriatría, Unidad de Agudos; neumonía por aspiración",
    style="narrativa geriátrica peninsular; fechas dd/mm/aaaa de nacimiento e ingreso en lugar de edad; decisión compartida",
    input={
        "hospital": "Hospital Universitario Lucus Augusti, Lugo",
        "servicio": "Geriatría - Unidad de Agudos",
        "paciente": {"sexo": "hombre", "fecha_nacimiento": "12/05/1932", "residencia": "residencia de mayores"},
        "fecha_ingreso": "02/12/2024",
        "motivo": "fiebre, tos tras la ingesta y aumento de la disnea de 48 horas",
        "antecedentes": [
            {"codigo": "F01.9", "nombre": "Demencia vascular"},
            {"codigo": "I69.3", "nombre": "Secuelas de infarto cerebral"},
            {"codigo": "R13", "nombre": "Disfagia orofaríngea"}],
        "valoracion_funcional": "Barthel 20, dependiente para actividades básicas",
        "exploracion": {"temperatura": "38,1 °C", "SatO2": "90% con aire ambiente", "auscultacion": "crepitantes en base derecha"},
        "radiografia_torax": "infiltrado en lóbulo inferior derecho",
        "analitica": {"leucocitos": "15.200/µL", "PCR": "156 mg/L", "sodio": "149 mEq/L", "urea": "84 mg/dL"},
        "diagnostico": {"codigo": "J69.0", "nombre": "Neumonía por aspiración"},
        "tratamiento": [
            {"atc": "J01CR02", "nombre": "amoxicilina/ácido clavulánico", "pauta": "1 g IV cada 8 horas"},
            "sueroterapia con suero glucosado 5%", "oxigenoterapia con gafas nasales a 2 L/min", "dieta de disfagia con espesante, textura pudin"],
        "decisiones": "se desestima sonda nasogástrica tras valoración con la familia, de acuerdo con sus preferencias previas",
        "evolucion": "afebril desde el tercer día, SatO2 95% sin oxígeno, sodio 141 mEq/L",
        "dias_ingreso": 8,
        "alta": ["amoxicilina/ácido clavulánico 875/125 mg VO cada 8 horas hasta completar 7 días", "dieta de disfagia con espesante",
                 "higiene oral y cabecera elevada a 30 grados", "seguimiento por su médico de la residencia"],
    },
    output=(
        "Ingresa por fiebre, tos tras la ingesta y aumento de la disnea de 48 horas de evolución. Varón "
        "institucionalizado en residencia de mayores, con demencia vascular (F01.9), secuelas de infarto cerebral "
        "(I69.3) y disfagia orofaríngea (R13), dependiente para las actividades básicas, con Barthel de 20. A la "
        "exploración, temperatura de 38,1 °C, SatO2 90% con aire ambiente y crepitantes en base derecha; la "
        "radiografía muestra infiltrado en lóbulo inferior derecho. Analítica con leucocitos 15.200/µL, PCR 156 "
        "mg/L y sodio 149 mEq/L. Con diagnóstico de neumonía por aspiración (J69.0) recibe amoxicilina/ácido "
        "clavulánico (J01CR02) 1 g IV cada 8 horas, sueroterapia con suero glucosado 5%, oxigenoterapia con gafas "
        "nasales a 2 L/min y dieta de disfagia con espesante. Tras valoración con la familia, y de acuerdo con sus "
        "preferencias previas, se desestima la sonda nasogástrica. Afebril desde el tercer día, con SatO2 95% sin "
        "oxígeno y sodio de 141 mEq/L. Alta a los 8 días con amoxicilina/ácido clavulánico 875/125 mg VO cada 8 "
        "horas hasta completar 7 días, dieta de disfagia, higiene oral con cabecera elevada a 30 grados y "
        "seguimiento por su médico de la residencia."),
    variants=[
        T("derived finding 'hipernatremia' supported by sodio 149 mEq/L",
          out=[("y sodio 149 mEq/L.", "e hipernatremia de 149 mEq/L.")]),
        T("abbreviation SG 5% for suero glucosado 5% (in the input)",
          out=[("sueroterapia con suero glucosado 5%", "sueroterapia con SG 5%")]),
        P(["DEM001", "HAL002"], "age 82 stated; birth 12/05/1932 and admission 02/12/2024 give 92; 82 appears nowhere in the input",
          out=[("Varón institucionalizado", "Varón de 82 años, institucionalizado")]),
        P(["HAL001"], "aspiración nasotraqueal de secreciones: procedure absent from the input",
          out=[("nasales a 2 L/min y dieta", "nasales a 2 L/min, aspiración nasotraqueal de secreciones y dieta")]),
        P(["COD006"], "disfagia orofaríngea written without its input code R13",
          out=[("disfagia orofaríngea (R13),", "disfagia orofaríngea,")]),
        P(["FMT002"], "HTML line-break tag inside the text",
          out=[("con Barthel de 20. A la", "con Barthel de 20.<br/>A la")]),
        P(["HAL004"], "radiograph written as lóbulo inferior izquierdo; input says derecho",
          out=[("infiltrado en lóbulo inferior derecho", "infiltrado en lóbulo inferior izquierdo")]),
    ]))

# ---------------------------------------------------------------- S32
SCENARIOS.append(dict(
    key="uy_maciel_peritonitis_dp",
    setting="ASSE - Hospital Maciel, Montevideo (Uruguay) - Nefrología; peritonitis asociada a diálisis peritoneal",
    style="prosa uruguaya; medicación como cadenas sin códigos; vía intraperitoneal",
    input={
        "institucion": "ASSE - Hospital Maciel, Montevideo",
        "servicio": "Nefrología",
        "paciente": {"sexo": "F", "edad": "44 años"},
        "antecedentes": [
            {"cie10": "N18.5", "descripcion": "Enfermedad renal crónica estadio 5 en diálisis peritoneal desde hace 2 años"},
            {"cie10": "M32.1", "descripcion": "Lupus eritematoso sistémico con nefropatía lúpica"}],
        "motivo_internacion": "dolor abdominal difuso y efluente peritoneal turbio de 24 horas",
        "examen": "temperatura 37,9 °C, abdomen doloroso sin defensa, orificio de salida del catéter de Tenckhoff sin secreción",
        "efluente": {"leucocitos": "1.850/mm3", "polimorfonucleares": "88%", "cultivo": "Staphylococcus epidermidis sensible a vancomicina"},
        "diagnostico_principal": {"cie10": "K65.0", "descripcion": "Peritonitis asociada a diálisis peritoneal"},
        "tratamiento": ["vancomicina 2 g intraperitoneal cada 5 días", "ceftazidima 1 g intraperitoneal cada 24 horas, suspendida al recibir el cultivo",
                        "heparina 500 UI/L en las bolsas de diálisis", "hidroxicloroquina 200 mg VO cada 24 horas (habitual)", "prednisona 5 mg VO cada 24 horas (habitual)"],
        "evolucion": "efluente claro al día 3 con 60 leucocitos/mm3, dolor resuelto",
        "dias_internacion": 6,
        "alta": ["completar 3 semanas de vancomicina intraperitoneal en unidad de diálisis peritoneal", "reentrenamiento de técnica de intercambios", "control en policlínica de Nefrología en 1 semana"],
    },
    output=(
        "Ingresa por dolor abdominal difuso y efluente peritoneal turbio de 24 horas de evolución. Mujer de 44 "
        "años con lupus eritematoso sistémico con nefropatía lúpica (M32.1) y enfermedad renal crónica estadio 5 "
        "(N18.5) en diálisis peritoneal desde hace 2 años, en tratamiento habitual con hidroxicloroquina 200 mg VO "
        "cada 24 horas y prednisona 5 mg VO cada 24 horas. Al examen, temperatura de 37,9 °C, abdomen doloroso "
        "sin defensa y orificio de salida del catéter de Tenckhoff sin secreción. El efluente presenta 1.850 "
        "leucocitos/mm3 con 88% de polimorfonucleares y el cultivo desarrolla Staphylococcus epidermidis "
        "sensible a vancomicina. Con diagnóstico de peritonitis asociada a diálisis peritoneal (K65.0) recibe "
        "vancomicina 2 g intraperitoneal cada 5 días y ceftazidima 1 g intraperitoneal cada 24 horas, suspendida "
        "al recibir el cultivo, con heparina 500 UI/L en las bolsas. Al día 3 el efluente es claro, con 60 "
        "leucocitos/mm3, y el dolor se resuelve. Alta a los 6 días para completar 3 semanas de vancomicina "
        "intraperitoneal en la unidad de diálisis peritoneal, con reentrenamiento en la técnica de intercambios y "
        "control en policlínica de Nefrología en 1 semana."),
    variants=[
        T("device in the input mentioned as not removed: 'sin necesidad de retirar el catéter de Tenckhoff'",
          out=[("y el dolor se resuelve.", "y el dolor se resuelve, sin necesidad de retirar el catéter de Tenckhoff.")]),
        T("route abbreviation IP for intraperitoneal (as in the input)",
          out=[("recibe vancomicina 2 g intraperitoneal cada 5 días", "recibe vancomicina 2 g IP cada 5 días")]),
        P(["HAL003"], "vancomicina written intravenosa; the input route is intraperitoneal",
          out=[("recibe vancomicina 2 g intraperitoneal cada 5 días", "recibe vancomicina 2 g intravenosa cada 5 días")]),
        P(["DEM001"], "'Hombre de 44 años' for a female patient",
          out=[("Mujer de 44 años", "Hombre de 44 años")]),
        P(["COD004"], "ATC P01BA02 added to hidroxicloroquina; the input has no ATC for it",
          out=[("con hidroxicloroquina 200 mg", "con hidroxicloroquina (P01BA02) 200 mg")]),
        P(["COD002"], "B95.7 added to the organism; the input has no such code",
          out=[("Staphylococcus epidermidis sensible", "Staphylococcus epidermidis (B95.7) sensible")]),
        P(["HAL001"], "fluconazol oral prophylaxis added: drug absent from the input (plausible indication, so no CLN001)",
          out=[("con heparina 500 UI/L en las bolsas.", "con heparina 500 UI/L en las bolsas y fluconazol oral como profilaxis antifúngica.")]),
    ]))

# ---------------------------------------------------------------- S33
SCENARIOS.append(dict(
    key="gt_hemorragia_posparto",
    setting="Hospital Regional de Occidente San Juan de Dios, Quetzaltenango (Guatemala) - Ginecología y Obstetricia; hemorragia posparto",
    style="prosa guatemalteca ('células empacadas', 'se egresa'); separador de miles con coma",
    input={
        "hospital": "Hospital Regional de Occidente San Juan de Dios, Quetzaltenango",
        "servicio": "Ginecología y Obstetricia",
        "paciente": {"sexo": "Femenino", "edad": 26, "idioma": "k'iche' y español"},
        "obstetricia": "G3 P3, parto eutócico de recién nacido masculino de 3,300 g",
        "evento": "hemorragia postparto inmediata de aproximadamente 1,500 mL por atonía uterina",
        "signos": {"PA": "84/50 mmHg", "FC": "128 lpm", "indice_de_choque": "1,5"},
        "laboratorio": {"hemoglobina_postevento": "7,2 g/dL", "plaquetas": "210,000/mm3", "fibrinogeno": "310 mg/dL"},
        "diagnosticos": [
            {"cie10": "O72.1", "nombre": "Hemorragia postparto inmediata por atonía uterina"},
            {"cie10": "O99.0", "nombre": "Anemia que complica el puerperio"}],
        "manejo": ["masaje uterino bimanual", "oxitocina 40 UI en 1000 mL de solución Hartmann", "misoprostol 800 mcg sublingual",
                   "ácido tranexámico 1 g IV", "transfusión de 2 unidades de células empacadas", "sonda Foley para control de diuresis"],
        "evolucion": "útero contraído, loquios escasos, hemoglobina de control 8,9 g/dL",
        "dias_estancia": 3,
        "egreso": ["sulfato ferroso 300 mg VO cada 12 horas por 3 meses", "ácido fólico 5 mg VO cada día", "consejería en planificación familiar", "control en centro de salud en 7 días"],
    },
    output=(
        "Ingresa por hemorragia postparto inmediata de aproximadamente 1,500 mL por atonía uterina, tras parto "
        "eutócico de recién nacido masculino de 3,300 g. Puérpera de 26 años, G3 P3, hablante de k'iche' y "
        "español. Presenta PA 84/50 mmHg, FC 128 lpm e índice de choque de 1,5. Se maneja con masaje uterino "
        "bimanual, oxitocina 40 UI en 1000 mL de solución Hartmann, misoprostol 800 mcg sublingual y ácido "
        "tranexámico 1 g IV; se coloca sonda Foley para control de diuresis y se transfunden 2 unidades de "
        "células empacadas. Hemoglobina postevento de 7,2 g/dL, plaquetas 210,000/mm3 y fibrinógeno 310 mg/dL. "
        "Diagnósticos: hemorragia postparto inmediata por atonía uterina (O72.1) y anemia que complica el "
        "puerperio (O99.0). Evoluciona con útero contraído, loquios escasos y hemoglobina de control de 8,9 g/dL. "
        "Se egresa a los 3 días con sulfato ferroso 300 mg VO cada 12 horas por 3 meses, ácido fólico 5 mg VO "
        "cada día, consejería en planificación familiar y control en centro de salud en 7 días."),
    variants=[
        T("procedure absent from the input mentioned as not needed: 'sin necesidad de histerectomía'",
          out=[("Evoluciona con útero contraído", "Evoluciona sin necesidad de histerectomía, con útero contraído")]),
        T("synonym for a grounded blood product: 'glóbulos rojos empacados' for 'células empacadas'",
          out=[("2 unidades de células empacadas", "2 unidades de glóbulos rojos empacados")]),
        P(["HAL001", "HAL002"], "ergometrina 0,2 mg IM added: drug absent from the input, and its dose 0,2 appears nowhere in the input (no HAL003: the input gives no dose for ergometrina)",
          out=[("misoprostol 800 mcg sublingual y ácido", "misoprostol 800 mcg sublingual, ergometrina 0,2 mg IM y ácido")]),
        P(["HAL003"], "misoprostol written vía rectal; the input route is sublingual",
          out=[("misoprostol 800 mcg sublingual", "misoprostol 800 mcg vía rectal")]),
        P(["COD001"], "two CIE-10 codes in one parenthesis",
          out=[("por atonía uterina (O72.1) y anemia que complica el puerperio (O99.0).", "por atonía uterina y anemia que complica el puerperio (O72.1; O99.0).")]),
        P(["HAL002"], "hemoglobina de control 9,8 g/dL; input says 8,9 and 9,8 appears nowhere",
          out=[("hemoglobina de control de 8,9 g/dL", "hemoglobina de control de 9,8 g/dL")]),
        P(["FMT001"], "output starts with 'Se ingresa por'",
          out=[("Ingresa por hemorragia", "Se ingresa por hemorragia")]),
    ]))

# ---------------------------------------------------------------- S34
SCENARIOS.append(dict(
    key="mx_issste_apendicitis",
    setting="ISSSTE - Hospital General Tacuba, Ciudad de México - Cirugía Pediátrica; apendicitis aguda",
    style="nota mexicana pediátrica ('escolar', 'EGO', 'se egresa'); fecha de nacimiento en lugar de edad; dosis en mg/kg",
    input={
        "unidad": "ISSSTE - Hospital General Tacuba, Ciudad de México",
        "servicio": "Cirugía Pediátrica",
        "paciente": {"sexo": "femenino", "fecha_de_nacimiento": "2013-03-22"},
        "fecha_de_ingreso": "2024-09-16",
        "padecimiento": "dolor periumbilical de 20 horas que migra a fosa ilíaca derecha, náusea, vómito e hiporexia",
        "exploracion": {"temperatura": "38,0 °C", "McBurney": "positivo", "rebote": "positivo"},
        "laboratorio": {"leucocitos": "15,600/mm3", "neutrofilos": "84%", "PCR": "48 mg/L", "EGO": "sin leucocituria"},
        "ultrasonido": "apéndice no compresible de 9 mm con líquido periapendicular",
        "diagnostico": {"clave": "K35.3", "desc": "Apendicitis aguda con peritonitis localizada"},
        "cirugia": "apendicectomía laparoscópica, apéndice fase III sin perforación",
        "medicamentos": [
            {"nombre": "ceftriaxona", "dosis": "50 mg/kg/día IV cada 24 horas"},
            {"nombre": "metronidazol", "dosis": "10 mg/kg/dosis IV cada 8 horas"},
            {"nombre": "paracetamol", "dosis": "15 mg/kg/dosis IV cada 6 horas"}],
        "evolucion": "tolera dieta al día 1, canaliza gases, herida sin datos de infección",
        "dias_estancia": 3,
        "indicaciones_egreso": ["amoxicilina con ácido clavulánico 45 mg/kg/día VO cada 12 horas por 5 días", "paracetamol VO en caso de dolor", "cita a consulta externa de Cirugía Pediátrica en 10 días"],
    },
    output=(
        "Ingresa por dolor periumbilical de 20 horas de evolución que migra a fosa ilíaca derecha, con náusea, "
        "vómito e hiporexia. Escolar de sexo femenino. A la exploración, temperatura de 38,0 °C con McBurney y "
        "rebote positivos. Laboratorio con leucocitos 15,600/mm3, neutrófilos 84%, PCR 48 mg/L y EGO sin "
        "leucocituria. El ultrasonido reporta apéndice no compresible de 9 mm con líquido periapendicular. Con "
        "diagnóstico de apendicitis aguda con peritonitis localizada (K35.3) se realiza apendicectomía "
        "laparoscópica, encontrando apéndice fase III sin perforación. Recibe ceftriaxona 50 mg/kg/día IV cada 24 "
        "horas, metronidazol 10 mg/kg/dosis IV cada 8 horas y paracetamol 15 mg/kg/dosis IV cada 6 horas. Tolera "
        "la dieta al día 1, canaliza gases y la herida no muestra datos de infección. Se egresa a los 3 días con "
        "amoxicilina con ácido clavulánico 45 mg/kg/día VO cada 12 horas por 5 días, paracetamol VO en caso de "
        "dolor y cita a consulta externa de Cirugía Pediátrica en 10 días."),
    variants=[
        T("derived finding 'fiebre' supported by 38,0 °C",
          out=[("temperatura de 38,0 °C con McBurney", "fiebre de 38,0 °C con McBurney")]),
        T("device absent from the input mentioned as not left: 'por lo que no se deja drenaje'",
          out=[("apéndice fase III sin perforación.", "apéndice fase III sin perforación, por lo que no se deja drenaje.")]),
        P(["DEM001"], "age 9 stated; birth 2013-03-22 and admission 2024-09-16 give 11 (9 occurs elsewhere: 9 mm, so no HAL002)",
          out=[("Escolar de sexo femenino.", "Escolar de sexo femenino, de 9 años.")]),
        P(["HAL004"], "pain written as migrating to fosa ilíaca izquierda; input says derecha",
          out=[("migra a fosa ilíaca derecha", "migra a fosa ilíaca izquierda")]),
        P(["HAL001"], "derived diagnosis contradicted by the input: 'leucocituria compatible con infección de vías urinarias' where the input says sin leucocituria",
          out=[("y EGO sin leucocituria.", "y EGO con leucocituria, compatible con infección de vías urinarias.")]),
        P(["HAL003", "HAL002"], "metronidazol 30 mg/kg/dosis where the input says 10; 30 appears nowhere in the input",
          out=[("metronidazol 10 mg/kg/dosis", "metronidazol 30 mg/kg/dosis")]),
        P(["COD001"], "CIE-10 code written after a comma, without parentheses",
          out=[("peritonitis localizada (K35.3) se realiza", "peritonitis localizada, K35.3, se realiza")]),
    ]))

# ---------------------------------------------------------------- S35
SCENARIOS.append(dict(
    key="py_chagas_congenito",
    setting="Hospital Materno Infantil San Pablo, Asunción (Paraguay) - Neonatología; Chagas congénito",
    style="prosa paraguaya; edad en días; sin códigos",
    input={
        "hospital": "Hospital Materno Infantil San Pablo, Asunción",
        "servicio": "Neonatología",
        "paciente": {"sexo": "masculino", "edad_dias": 28, "peso": "3,9 kg"},
        "madre": "31 años, serología para Chagas positiva en control prenatal, no tratada",
        "motivo": "estudio y tratamiento de infección congénita por Trypanosoma cruzi",
        "examen": "activo, hepatomegalia de 2 cm, sin signos de insuficiencia cardíaca",
        "laboratorio": {"micrometodo": "tripomastigotes visualizados", "hemoglobina": "12,4 g/dL", "TGP": "38 U/L", "leucocitos": "9.800/mm3"},
        "ecocardiograma": "normal",
        "diagnostico": "enfermedad de Chagas congénita sin compromiso cardíaco",
        "tratamiento": ["benznidazol 7,5 mg/kg/día VO dividido cada 12 horas, previsto por 60 días"],
        "controles": "hemograma y transaminasas sin alteraciones al día 7 de tratamiento",
        "dias_internacion": 8,
        "plan": ["continuar benznidazol en domicilio hasta completar 60 días", "control con hemograma y hepatograma cada 15 días", "estudio serológico a hermanos"],
    },
    output=(
        "Ingresa por infección congénita por Trypanosoma cruzi, para estudio y tratamiento. Recién nacido de 28 "
        "días y 3,9 kg, hijo de madre de 31 años con serología para Chagas positiva en el control prenatal, no "
        "tratada. Al examen se encuentra activo, con hepatomegalia de 2 cm y sin signos de insuficiencia "
        "cardíaca. El micrométodo muestra tripomastigotes; hemoglobina 12,4 g/dL, TGP 38 U/L y leucocitos "
        "9.800/mm3, con ecocardiograma normal. Se diagnostica enfermedad de Chagas congénita sin compromiso "
        "cardíaco y se inicia benznidazol 7,5 mg/kg/día VO dividido cada 12 horas, previsto por 60 días. Al día 7 "
        "de tratamiento el hemograma y las transaminasas no muestran alteraciones. Es dado de alta tras 8 días de "
        "internación para continuar benznidazol en domicilio hasta completar 60 días, con control de hemograma y "
        "hepatograma cada 15 días y estudio serológico a los hermanos."),
    variants=[
        T("ruled-out diagnosis absent from the input: 'que descarta miocarditis'",
          out=[("con ecocardiograma normal.", "con ecocardiograma normal, que descarta miocarditis.")]),
        T("negated finding absent from the input: 'sin esplenomegalia'",
          out=[("con hepatomegalia de 2 cm y", "con hepatomegalia de 2 cm sin esplenomegalia y")]),
        P(["DEM001"], "newborn of 28 days written as 'Lactante de 8 meses' (8 occurs elsewhere, so no HAL002)",
          out=[("Recién nacido de 28 días y 3,9 kg", "Lactante de 8 meses y 3,9 kg")]),
        P(["DEM001"], "sex by agreement: 'Es dada de alta' for a male newborn",
          out=[("Es dado de alta", "Es dada de alta")]),
        P(["HAL003", "HAL002"], "benznidazol 10 mg/kg/día where the input says 7,5; 10 appears nowhere in the input",
          out=[("se inicia benznidazol 7,5 mg/kg/día", "se inicia benznidazol 10 mg/kg/día")]),
        P(["HAL001"], "nifurtimox instead of benznidazol at the start of treatment: drug absent from the input (antiparasitic, so no CLN001)",
          out=[("se inicia benznidazol 7,5 mg/kg/día", "se inicia nifurtimox 7,5 mg/kg/día")]),
        P(["HAL002"], "TGP 83 U/L; the input says 38 and 83 appears nowhere",
          out=[("TGP 38 U/L", "TGP 83 U/L")]),
        P(["REP001"], "sentence about the day-7 control repeated verbatim",
          out=[("no muestran alteraciones.", "no muestran alteraciones. Al día 7 de tratamiento el hemograma y las transaminasas no muestran alteraciones.")]),
    ]))
