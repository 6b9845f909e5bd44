"""Hand-written clean epicrisis records (source of clean.jsonl).

Each record: id, input (any JSON), output (epicrisis text that must trigger no
check), note. Run `python clean_src.py` to (re)write clean.jsonl next to it.
"""
import json
import pathlib

R = []


def rec(id, input, output, note):
    # paragraphs are separated by a blank line ("\n\n"); collapse other whitespace
    paras = [" ".join(p.split()) for p in output.split("\n\n")]
    R.append({"id": id, "input": input, "output": "\n\n".join(p for p in paras if p), "note": note})


rec("c001", {
    "sexo": "F", "edad": 72,
    "motivo_ingreso": "Fiebre, tos productiva y disnea de 3 días de evolución",
    "diagnosticos": [{"codigo": "J18.9", "nombre": "Neumonía adquirida en la comunidad"}],
    "antecedentes": ["HTA", "DM2"],
    "tratamiento": [
        {"codigo": "J01DD04", "nombre": "Ceftriaxona", "dosis": "2 g cada 24 horas ev"},
        {"codigo": "J01FA10", "nombre": "Azitromicina", "dosis": "500 mg cada 24 horas"}],
    "procedimientos": ["Radiografía de tórax: condensación basal derecha"],
    "examenes": {"PCR": "180 mg/L", "leucocitos": "15.200"},
    "evolucion": "Evoluciona afebril desde el tercer día, con mejoría de la disnea y descenso de parámetros inflamatorios.",
    "dias_estadia": 6,
    "indicaciones_alta": ["Completar amoxicilina/ácido clavulánico 875/125 mg cada 12 horas por 5 días", "Control en APS en 7 días"]},
    "Ingresa por cuadro de 3 días de fiebre, tos productiva y disnea. Paciente de sexo femenino de 72 años con antecedentes de HTA y DM2. "
    "La radiografía de tórax mostró condensación basal derecha y los exámenes evidenciaron PCR de 180 mg/L y leucocitos de 15.200, "
    "por lo que se diagnosticó neumonía adquirida en la comunidad (J18.9). Se inició tratamiento con ceftriaxona (J01DD04) 2 g cada 24 horas ev "
    "y azitromicina (J01FA10) 500 mg cada 24 horas. Evolucionó afebril desde el tercer día, con mejoría de la disnea y descenso de los parámetros "
    "inflamatorios. Completó 6 días de hospitalización y se decide el alta en buenas condiciones generales. Se indica completar amoxicilina/ácido "
    "clavulánico 875/125 mg cada 12 horas por 5 días y control en APS en 7 días.",
    "NAC, mujer 72, esquema estándar")

rec("c002", {
    "sexo": "femenino", "edad": 34,
    "motivo_ingreso": "Fiebre, calofríos, disuria y dolor lumbar derecho de 2 días",
    "diagnosticos": [{"codigo": "N10", "nombre": "Pielonefritis aguda"}],
    "antecedentes": ["ITU a repetición"],
    "tratamiento": [
        {"codigo": "J01DD04", "nombre": "Ceftriaxona", "dosis": "1 g cada 24 horas ev"},
        {"codigo": "N02BE01", "nombre": "Paracetamol", "dosis": "1 g cada 8 horas vo"}],
    "examenes": {"PCR": "145 mg/L", "leucocitos": "17.800", "urocultivo": "Escherichia coli sensible a ciprofloxacino"},
    "evolucion": "Afebril a las 48 horas, sin dolor lumbar al alta.",
    "dias_estadia": 4,
    "indicaciones_alta": ["Ciprofloxacino 500 mg cada 12 horas vo hasta completar 10 días", "Control con urocultivo en 2 semanas"]},
    "Ingresa por cuadro de 2 días de fiebre, calofríos, disuria y dolor lumbar derecho. Paciente de sexo femenino de 34 años con antecedente de ITU a repetición. "
    "Los exámenes mostraron PCR de 145 mg/L y leucocitos de 17.800, con diagnóstico de pielonefritis aguda (N10). Se inició ceftriaxona (J01DD04) 1 g cada 24 horas ev "
    "y paracetamol (N02BE01) 1 g cada 8 horas vo para manejo sintomático. El urocultivo fue positivo para Escherichia coli sensible a ciprofloxacino. "
    "Evolucionó afebril a las 48 horas y sin dolor lumbar al momento del alta, tras 4 días de hospitalización. Se indica ciprofloxacino 500 mg cada 12 horas vo "
    "hasta completar 10 días y control con urocultivo en 2 semanas.",
    "pielonefritis, mujer joven")

rec("c003", {
    "sex": "male", "age": 78,
    "chief_complaint": "Disnea progresiva, ortopnea y edema de extremidades inferiores de 1 semana",
    "diagnoses": [
        {"code": "I50.0", "description": "Insuficiencia cardíaca congestiva descompensada"},
        {"code": "I48.9", "description": "Fibrilación auricular"},
        {"code": "I10", "description": "Hipertensión arterial"}],
    "medications": [
        {"atc": "C03CA01", "name": "Furosemida", "dose": "40 mg cada 12 horas ev"},
        {"atc": "C07AB07", "name": "Bisoprolol", "dose": "2,5 mg al día"},
        {"atc": "B01AF01", "name": "Rivaroxabán", "dose": "20 mg al día"},
        {"atc": "C09CA01", "name": "Losartán", "dose": "50 mg al día"}],
    "labs": {"NT-proBNP": "8.450 pg/mL", "creatinina": "1,3 mg/dL", "potasio": "4,1 mEq/L"},
    "imaging": ["Radiografía de tórax: congestión pulmonar y derrame pleural bilateral pequeño", "Ecocardiograma: FEVI 35%"],
    "course": "Balance hídrico negativo con diuréticos, baja de peso de 4 kg, desaparición del edema.",
    "length_of_stay": 8,
    "discharge_instructions": ["Restricción de sal y líquidos", "Control de peso diario", "Control en policlínico de cardiología en 15 días"]},
    "Ingresa por disnea progresiva, ortopnea y edema de extremidades inferiores de 1 semana de evolución. Paciente de sexo masculino de 78 años con antecedentes de "
    "hipertensión arterial (I10) y fibrilación auricular (I48.9). Se diagnostica insuficiencia cardíaca congestiva descompensada (I50.0), con NT-proBNP de 8.450 pg/mL, "
    "radiografía de tórax con congestión pulmonar y derrame pleural bilateral pequeño y ecocardiograma con FEVI de 35%. Se manejó con furosemida (C03CA01) 40 mg cada "
    "12 horas ev, logrando balance hídrico negativo, baja de peso de 4 kg y desaparición del edema. Se mantuvo bisoprolol (C07AB07) 2,5 mg al día, rivaroxabán (B01AF01) "
    "20 mg al día y losartán (C09CA01) 50 mg al día, con creatinina de 1,3 mg/dL y potasio de 4,1 mEq/L. Tras 8 días de hospitalización se indica restricción de sal y "
    "líquidos, control de peso diario y control en policlínico de cardiología en 15 días.",
    "IC descompensada, claves en inglés")

rec("c004", {
    "paciente": "Hombre, 69 años",
    "dx_principal": "EPOC exacerbado (J44.1)",
    "dx_secundarios": ["Tabaquismo activo (F17.2)"],
    "farmacos": [
        "Salbutamol (R03AC02) 4 puff cada 4 horas",
        "Bromuro de ipratropio (R03BB01) 4 puff cada 6 horas",
        "Prednisona (H02AB07) 40 mg al día por 5 días",
        "Amoxicilina/ácido clavulánico (J01CR02) 875/125 mg cada 12 horas"],
    "examenes": "GSA: pH 7,36, pCO2 48 mmHg; radiografía de tórax sin condensación",
    "evolucion": "Mejoría de la disnea, saturación 92% ambiental al alta, 5 días de hospitalización",
    "alta": "Control en policlínico respiratorio en 2 semanas, consejería antitabaco"},
    "Ingresa por EPOC exacerbado (J44.1) en paciente de sexo masculino de 69 años con tabaquismo activo (F17.2). La GSA mostró pH de 7,36 y pCO2 de 48 mmHg, "
    "y la radiografía de tórax no evidenció condensación. Se manejó con salbutamol (R03AC02) 4 puff cada 4 horas, bromuro de ipratropio (R03BB01) 4 puff cada 6 horas, "
    "prednisona (H02AB07) 40 mg al día por 5 días y amoxicilina/ácido clavulánico (J01CR02) 875/125 mg cada 12 horas. Presentó mejoría progresiva de la disnea, "
    "alcanzando saturación de 92% ambiental al alta, después de 5 días de hospitalización. Se indica control en policlínico respiratorio en 2 semanas y se realiza "
    "consejería antitabaco.",
    "EPOC, dx con códigos en línea")

rec("c005", {
    "sexo": "F", "edad": 58,
    "motivo_ingreso": "Poliuria, polidipsia y compromiso del estado general de 5 días",
    "diagnosticos": [
        {"codigo": "E11.9", "nombre": "Diabetes mellitus tipo 2 descompensada"},
        {"codigo": "N39.0", "nombre": "Infección del tracto urinario"}],
    "antecedentes": ["Obesidad", "HTA"],
    "tratamiento": [
        {"codigo": "A10AE04", "nombre": "Insulina glargina", "dosis": "20 UI en la noche"},
        {"codigo": "A10AB01", "nombre": "Insulina cristalina", "dosis": "según esquema"},
        {"codigo": "A10BA02", "nombre": "Metformina", "dosis": "850 mg cada 12 horas"},
        {"codigo": "J01DB01", "nombre": "Cefalexina", "dosis": "500 mg cada 6 horas"}],
    "examenes": {"glicemia": "486 mg/dL", "HbA1c": "11,2%", "cetonemia": "negativa", "orina": "leucocituria y nitritos positivos"},
    "evolucion": "Glicemias entre 140 y 190 mg/dL al alta, educación en insulinoterapia",
    "dias_estadia": 5,
    "indicaciones_alta": ["Insulina glargina 20 UI en la noche", "Metformina 850 mg cada 12 horas", "Completar cefalexina por 7 días", "Control en policlínico de diabetes en 10 días"]},
    "Ingresa por cuadro de 5 días de poliuria, polidipsia y compromiso del estado general. Paciente de sexo femenino de 58 años con antecedentes de obesidad y HTA. "
    "Al ingreso presentó glicemia de 486 mg/dL, HbA1c de 11,2% y cetonemia negativa, configurando una diabetes mellitus tipo 2 descompensada (E11.9). El examen de orina "
    "mostró leucocituria y nitritos positivos, diagnosticándose infección del tracto urinario (N39.0), tratada con cefalexina (J01DB01) 500 mg cada 6 horas. Se inició "
    "insulina glargina (A10AE04) 20 UI en la noche con insulina cristalina (A10AB01) según esquema, y se mantuvo metformina (A10BA02) 850 mg cada 12 horas. Al alta "
    "presentó glicemias entre 140 y 190 mg/dL y recibió educación en insulinoterapia. Tras 5 días de estadía se indica completar cefalexina por 7 días y control en "
    "policlínico de diabetes en 10 días.",
    "DM2 descompensada + ITU")

rec("c006", {
    "paciente": {"sexo": "M", "edad": 23},
    "ingreso": {"motivo": "Dolor abdominal periumbilical migrado a fosa ilíaca derecha de 24 horas, náuseas y fiebre"},
    "diagnosticos": {"principal": {"cie10": "K35.8", "glosa": "Apendicitis aguda"}},
    "cirugia": {"procedimiento": "Apendicectomía laparoscópica", "hallazgos": "Apéndice flegmonoso sin perforación"},
    "farmacos": [
        {"atc": "J01DD04", "nombre": "Ceftriaxona", "dosis": "2 g al día ev"},
        {"atc": "J01XD01", "nombre": "Metronidazol", "dosis": "500 mg cada 8 horas ev"},
        {"atc": "N02BE01", "nombre": "Paracetamol", "dosis": "1 g cada 8 horas"},
        {"atc": "M01AB05", "nombre": "Diclofenaco", "dosis": "75 mg cada 12 horas"}],
    "laboratorio": {"leucocitos": "16.400", "PCR": "62 mg/L"},
    "evolucion": "Sin complicaciones, tolera régimen oral",
    "estadia_dias": 2,
    "alta": ["Reposo relativo por 14 días", "Curación de heridas en CESFAM", "Control en policlínico de cirugía en 10 días"]},
    "Ingresa por dolor abdominal periumbilical migrado a fosa ilíaca derecha de 24 horas de evolución, asociado a náuseas y fiebre. Paciente de sexo masculino de "
    "23 años, con leucocitos de 16.400 y PCR de 62 mg/L al ingreso. Se diagnostica apendicitis aguda (K35.8) y se realiza apendicectomía laparoscópica, con hallazgo "
    "de apéndice flegmonoso sin perforación. Recibió ceftriaxona (J01DD04) 2 g al día ev y metronidazol (J01XD01) 500 mg cada 8 horas ev, además de analgesia con "
    "paracetamol (N02BE01) 1 g cada 8 horas y diclofenaco (M01AB05) 75 mg cada 12 horas. Evoluciona sin complicaciones y tolerando régimen oral, con 2 días de estadía. "
    "Se indica reposo relativo por 14 días, curación de heridas en CESFAM y control en policlínico de cirugía en 10 días.",
    "apendicitis operada, input anidado")

rec("c007", {
    "sexo": "F", "edad": 47,
    "motivo_ingreso": "Dolor en hipocondrio derecho de 48 horas, vómitos y fiebre",
    "diagnosticos": [{"codigo": "K81.0", "nombre": "Colecistitis aguda"}],
    "antecedentes": ["Colelitiasis conocida", "Obesidad"],
    "tratamiento": [
        {"codigo": "J01CR01", "nombre": "Ampicilina/sulbactam", "dosis": "3 g cada 6 horas ev"},
        {"codigo": "M01AB15", "nombre": "Ketorolaco", "dosis": "30 mg cada 8 horas ev"}],
    "procedimientos": ["Ecotomografía abdominal: vesícula distendida, pared engrosada de 6 mm, cálculos en su interior", "Colecistectomía laparoscópica"],
    "examenes": {"leucocitos": "14.100", "PCR": "98 mg/L"},
    "evolucion": "Favorable, afebril, buena tolerancia oral",
    "dias_estadia": 3,
    "indicaciones_alta": ["Reposo relativo", "Régimen liviano", "Paracetamol en caso de dolor", "Control en policlínico de cirugía en 7 días con resultado de biopsia"]},
    "Ingresa por dolor en hipocondrio derecho de 48 horas de evolución, asociado a vómitos y fiebre. Paciente de sexo femenino de 47 años con antecedentes de "
    "colelitiasis conocida y obesidad. La ecotomografía abdominal mostró vesícula distendida con pared engrosada de 6 mm y cálculos en su interior, con leucocitos "
    "de 14.100 y PCR de 98 mg/L, diagnosticándose colecistitis aguda (K81.0). Se inició ampicilina/sulbactam (J01CR01) 3 g cada 6 horas ev y ketorolaco (M01AB15) "
    "30 mg cada 8 horas ev, y se realizó colecistectomía laparoscópica sin incidentes. Evoluciona favorablemente, afebril y con buena tolerancia oral, completando "
    "3 días de hospitalización. Se indica reposo relativo, régimen liviano, paracetamol en caso de dolor y control en policlínico de cirugía en 7 días con resultado de biopsia.",
    "colecistitis operada")

rec("c008", {
    "sexo": "M", "edad": 81,
    "motivo_ingreso": "Hemiparesia derecha y disartria de inicio súbito, 6 horas de evolución",
    "diagnosticos": [
        {"codigo": "I63.9", "nombre": "Infarto cerebral"},
        {"codigo": "I10", "nombre": "Hipertensión arterial"},
        {"codigo": "E78.5", "nombre": "Dislipidemia"}],
    "tratamiento": [
        {"codigo": "B01AC06", "nombre": "Ácido acetilsalicílico", "dosis": "100 mg al día"},
        {"codigo": "C10AA05", "nombre": "Atorvastatina", "dosis": "80 mg al día"},
        {"codigo": "C09CA01", "nombre": "Losartán", "dosis": "50 mg cada 12 horas"}],
    "imagenes": ["TAC de cerebro: infarto lacunar en cápsula interna izquierda", "Angio-TAC de vasos de cuello sin estenosis significativa"],
    "evaluaciones": ["Fonoaudiología: deglución segura", "Kinesioterapia motora"],
    "evolucion": "Recuperación parcial de la fuerza, NIHSS 3 al alta",
    "dias_estadia": 7,
    "indicaciones_alta": ["Rehabilitación ambulatoria", "Control en policlínico de neurología en 30 días"]},
    "Ingresa por hemiparesia derecha y disartria de inicio súbito, con 6 horas de evolución. Paciente de sexo masculino de 81 años con antecedentes de hipertensión "
    "arterial (I10) y dislipidemia (E78.5). La TAC de cerebro evidenció un infarto lacunar en cápsula interna izquierda y el angio-TAC de vasos de cuello no mostró "
    "estenosis significativa, confirmándose infarto cerebral (I63.9). Se inició ácido acetilsalicílico (B01AC06) 100 mg al día y atorvastatina (C10AA05) 80 mg al día, "
    "manteniendo losartán (C09CA01) 50 mg cada 12 horas. La evaluación por fonoaudiología confirmó deglución segura y se realizó kinesioterapia motora. Evoluciona con "
    "recuperación parcial de la fuerza y NIHSS de 3 al alta, tras 7 días de hospitalización. Se indica rehabilitación ambulatoria y control en policlínico de neurología en 30 días.",
    "ACV isquémico")

rec("c009", {
    "sex": "F", "age": 66,
    "reason_for_admission": "Palpitaciones y disnea de esfuerzo de 2 días",
    "diagnoses": [
        {"code": "I48.0", "label": "Fibrilación auricular paroxística con respuesta ventricular rápida"},
        {"code": "E03.9", "label": "Hipotiroidismo"}],
    "treatment": [
        {"atc": "C07AB02", "drug": "Metoprolol", "dose": "50 mg cada 12 horas"},
        {"atc": "B01AF02", "drug": "Apixabán", "dose": "5 mg cada 12 horas"},
        {"atc": "H03AA01", "drug": "Levotiroxina", "dose": "75 mcg al día"}],
    "labs": {"TSH": "3,2 mUI/L", "potasio": "4,3 mEq/L"},
    "studies": ["ECG: fibrilación auricular con frecuencia de 148 lpm", "Ecocardiograma: FEVI 60%, aurícula izquierda dilatada"],
    "course": "Control de frecuencia a 80 lpm, sin recurrencia de disnea",
    "stay_days": 3,
    "discharge": ["Control en policlínico de cardiología en 3 semanas"]},
    "Ingresa por palpitaciones y disnea de esfuerzo de 2 días de evolución. Paciente de sexo femenino de 66 años con antecedente de hipotiroidismo (E03.9) en tratamiento "
    "con levotiroxina (H03AA01) 75 mcg al día, que se mantuvo durante la hospitalización. El ECG mostró fibrilación auricular con frecuencia de 148 lpm, diagnosticándose "
    "fibrilación auricular paroxística con respuesta ventricular rápida (I48.0). El ecocardiograma evidenció FEVI de 60% con aurícula izquierda dilatada, la TSH fue de "
    "3,2 mUI/L y el potasio de 4,3 mEq/L. Se inició metoprolol (C07AB02) 50 mg cada 12 horas, logrando control de frecuencia a 80 lpm, y anticoagulación con apixabán "
    "(B01AF02) 5 mg cada 12 horas. No presentó recurrencia de disnea, siendo dada de alta tras 3 días de hospitalización con control en policlínico de cardiología en 3 semanas.",
    "FA RVR, claves en inglés")

rec("c010", {
    "datos": "Hombre de 55 años",
    "dx_principal": "Celulitis de pierna izquierda (L03.1)",
    "comorbilidades": "DM2 (E11.9), obesidad",
    "farmacos": "Cefazolina (J01DB04) 1 g cada 8 horas ev; Metformina (A10BA02) 850 mg cada 12 horas; Paracetamol (N02BE01) 1 g cada 8 horas",
    "examenes": "PCR 210 mg/L, leucocitos 13.900, glicemia 212 mg/dL",
    "evolucion": "Disminución del eritema y del edema, afebril desde el día 2, se rota a cefadroxilo oral",
    "estadia": 5,
    "indicaciones": "Cefadroxilo 500 mg cada 12 horas hasta completar 10 días, reposo con pierna elevada, control en CESFAM en 5 días"},
    "Ingresa por celulitis de pierna izquierda (L03.1) en paciente de sexo masculino de 55 años con antecedentes de DM2 (E11.9) y obesidad. Al ingreso presentó PCR de "
    "210 mg/L, leucocitos de 13.900 y glicemia de 212 mg/dL. Se trató con cefazolina (J01DB04) 1 g cada 8 horas ev y paracetamol (N02BE01) 1 g cada 8 horas, manteniendo "
    "metformina (A10BA02) 850 mg cada 12 horas. Evolucionó con disminución del eritema y del edema, afebril desde el día 2, por lo que se rota a cefadroxilo oral. "
    "Completa 5 días de estadía en buenas condiciones generales. Se indica cefadroxilo 500 mg cada 12 horas hasta completar 10 días, reposo con pierna elevada y control "
    "en CESFAM en 5 días.",
    "celulitis, strings con códigos en línea")

rec("c011", {
    "sexo": "F", "edad": 52,
    "motivo_ingreso": "Dolor epigástrico intenso irradiado en faja y vómitos de 12 horas",
    "diagnosticos": [{"codigo": "K85.1", "nombre": "Pancreatitis aguda biliar"}],
    "antecedentes": ["Colelitiasis"],
    "tratamiento": [
        "Régimen cero", "Hidratación con Ringer lactato",
        {"codigo": "N02AX02", "nombre": "Tramadol", "dosis": "50 mg cada 8 horas ev"},
        {"codigo": "A02BC01", "nombre": "Omeprazol", "dosis": "40 mg al día ev"},
        {"codigo": "A03FA01", "nombre": "Metoclopramida", "dosis": "10 mg cada 8 horas ev"}],
    "examenes": {"lipasa": "3.200 U/L", "PCR": "85 mg/L", "bilirrubina total": "1,8 mg/dL"},
    "imagenes": ["Ecotomografía abdominal: colelitiasis, colédoco de 5 mm"],
    "evolucion": "Disminución del dolor, realimentación oral al día 3 bien tolerada",
    "dias_estadia": 6,
    "indicaciones_alta": ["Régimen hipograso", "Colecistectomía electiva programada", "Control en policlínico de cirugía en 2 semanas"]},
    "Ingresa por dolor epigástrico intenso irradiado en faja y vómitos de 12 horas de evolución. Paciente de sexo femenino de 52 años con antecedente de colelitiasis. "
    "Presentó lipasa de 3.200 U/L, PCR de 85 mg/L y bilirrubina total de 1,8 mg/dL, y la ecotomografía abdominal mostró colelitiasis con colédoco de 5 mm, confirmándose "
    "pancreatitis aguda biliar (K85.1). Se manejó con régimen cero, hidratación con Ringer lactato, tramadol (N02AX02) 50 mg cada 8 horas ev, omeprazol (A02BC01) 40 mg "
    "al día ev y metoclopramida (A03FA01) 10 mg cada 8 horas ev. Evolucionó con disminución del dolor y realimentación oral al día 3, bien tolerada. Se otorga el alta "
    "tras 6 días de hospitalización con régimen hipograso, colecistectomía electiva programada y control en policlínico de cirugía en 2 semanas.",
    "pancreatitis biliar, lista mixta strings/objetos")

rec("c012", {
    "gender": "M", "age_years": 63,
    "admission_reason": "Melena y hematemesis de 1 día, mareo",
    "history": ["AINE por lumbago crónico"],
    "diagnoses": [
        {"icd10": "K25.4", "name": "Úlcera gástrica con hemorragia"},
        {"icd10": "D62", "name": "Anemia aguda posthemorrágica"}],
    "drugs": [{"atc": "A02BC02", "name": "Pantoprazol", "posology": "80 mg en bolo y luego 40 mg cada 12 horas ev"}],
    "procedures": ["Endoscopía digestiva alta: úlcera gástrica Forrest IIa, terapia con adrenalina y clips", "Transfusión de 2 unidades de glóbulos rojos"],
    "labs": {"hemoglobina ingreso": "7,1 g/dL", "hemoglobina alta": "9,4 g/dL", "BUN": "48 mg/dL"},
    "course": "Sin nuevos episodios de sangrado, test de ureasa positivo para Helicobacter pylori",
    "los": 4,
    "discharge_plan": ["Esquema de erradicación de Helicobacter pylori por 14 días", "Suspender AINE", "Endoscopía de control en 8 semanas"]},
    "Ingresa por melena y hematemesis de 1 día de evolución asociadas a mareo. Paciente de sexo masculino de 63 años con uso de AINE por lumbago crónico. Al ingreso "
    "presentó hemoglobina de 7,1 g/dL y BUN de 48 mg/dL, recibiendo transfusión de 2 unidades de glóbulos rojos por anemia aguda posthemorrágica (D62). La endoscopía "
    "digestiva alta mostró úlcera gástrica Forrest IIa, tratada con adrenalina y clips, configurando úlcera gástrica con hemorragia (K25.4). Se administró pantoprazol "
    "(A02BC02) 80 mg en bolo y luego 40 mg cada 12 horas ev. No presentó nuevos episodios de sangrado y el test de ureasa fue positivo para Helicobacter pylori. Al alta "
    "la hemoglobina fue de 9,4 g/dL, tras 4 días de hospitalización. Se indica esquema de erradicación de Helicobacter pylori por 14 días, suspender AINE y endoscopía de "
    "control en 8 semanas.",
    "HDA por úlcera")

rec("c013",
    "Mujer de 45 años, usuaria de anticonceptivos orales, consulta por disnea súbita y dolor torácico pleurítico de 2 días. AngioTAC de tórax: tromboembolismo "
    "pulmonar segmentario bilateral. Dímero D 2.850 ng/mL, troponina negativa, ecocardiograma sin disfunción de ventrículo derecho. Diagnóstico: Embolia pulmonar "
    "(I26.9). Tratamiento: Enoxaparina (B01AB05) 60 mg cada 12 horas sc, luego Rivaroxabán (B01AF01) 15 mg cada 12 horas por 21 días y luego 20 mg al día. Se "
    "suspenden anticonceptivos orales. Evolución estable. Estadía 4 días. Control en policlínico de hematología en 1 mes.",
    "Ingresa por disnea súbita y dolor torácico pleurítico de 2 días de evolución. Paciente de sexo femenino de 45 años, usuaria de anticonceptivos orales. El angioTAC "
    "de tórax mostró tromboembolismo pulmonar segmentario bilateral, con dímero D de 2.850 ng/mL, troponina negativa y ecocardiograma sin disfunción de ventrículo "
    "derecho, configurando embolia pulmonar (I26.9). Se inició enoxaparina (B01AB05) 60 mg cada 12 horas sc y luego se cambió a rivaroxabán (B01AF01) 15 mg cada 12 "
    "horas por 21 días, para continuar con 20 mg al día. Se suspendieron los anticonceptivos orales. Evolucionó estable y se otorga el alta tras 4 días de estadía, "
    "con control en policlínico de hematología en 1 mes.",
    "TEP, input texto libre")

rec("c014", {
    "sexo": "F", "edad": 29,
    "motivo_ingreso": "Disnea, sibilancias y tos de 3 días, sin respuesta a salbutamol en domicilio",
    "diagnosticos": [{"codigo": "J45.9", "nombre": "Asma bronquial exacerbada"}],
    "tratamiento": [
        {"codigo": "R03AC02", "nombre": "Salbutamol", "dosis": "nebulización 2,5 mg cada 20 minutos por 1 hora y luego cada 4 horas"},
        {"codigo": "R03BB01", "nombre": "Ipratropio", "dosis": "0,5 mg nebulizado cada 6 horas"},
        {"codigo": "H02AB04", "nombre": "Metilprednisolona", "dosis": "40 mg cada 12 horas ev"},
        {"codigo": "R03AK06", "nombre": "Salmeterol/fluticasona", "dosis": "25/250 mcg 2 puff cada 12 horas"}],
    "examenes": {"PEF ingreso": "180 L/min", "PEF alta": "380 L/min", "SatO2 ingreso": "91%"},
    "evolucion": "Mejoría clínica y funcional, sin sibilancias al alta",
    "dias_estadia": 3,
    "indicaciones_alta": ["Prednisona 40 mg al día por 5 días", "Salmeterol/fluticasona 25/250 mcg 2 puff cada 12 horas", "Salbutamol SOS", "Control en policlínico broncopulmonar en 2 semanas"]},
    "Ingresa por disnea, sibilancias y tos de 3 días de evolución, sin respuesta a salbutamol en domicilio. Paciente de sexo femenino de 29 años, con saturación de 91% "
    "y PEF de 180 L/min al ingreso, diagnosticándose asma bronquial exacerbada (J45.9). Se manejó con salbutamol (R03AC02) en nebulización 2,5 mg cada 20 minutos por "
    "1 hora y luego cada 4 horas, ipratropio (R03BB01) 0,5 mg nebulizado cada 6 horas y metilprednisolona (H02AB04) 40 mg cada 12 horas ev. Se inició además "
    "salmeterol/fluticasona (R03AK06) 25/250 mcg 2 puff cada 12 horas. Evolucionó con mejoría clínica y funcional, sin sibilancias y con PEF de 380 L/min al alta, tras "
    "3 días de hospitalización. Se indica prednisona 40 mg al día por 5 días, mantener salmeterol/fluticasona, salbutamol SOS y control en policlínico broncopulmonar en 2 semanas.",
    "crisis asmática")

rec("c015", {
    "identificacion": "Femenino, 84 años",
    "dx_principal": "Gastroenteritis aguda (A09.9)",
    "dx_secundarios": ["Deshidratación moderada (E86)", "Hipokalemia (E87.6)"],
    "antecedentes": "HTA, deterioro cognitivo leve",
    "farmacos": ["Suero fisiológico 0,9% ev", "Cloruro de potasio (A12BA01) 20 mEq en cada litro de suero", "Ondansetrón (A04AA01) 4 mg cada 8 horas ev"],
    "examenes": "Potasio 2,9 mEq/L, creatinina 1,4 mg/dL; control: potasio 3,8 mEq/L, creatinina 0,9 mg/dL",
    "evolucion": "Cede la diarrea al tercer día, buena tolerancia oral",
    "dias_estadia": 4,
    "alta": "Régimen liviano, hidratación abundante, control en CESFAM en 1 semana"},
    "Ingresa por gastroenteritis aguda (A09.9) con deshidratación moderada (E86) en paciente de sexo femenino de 84 años con antecedentes de HTA y deterioro cognitivo "
    "leve. Los exámenes de ingreso mostraron potasio de 2,9 mEq/L y creatinina de 1,4 mg/dL, configurando además una hipokalemia (E87.6). Se manejó con suero fisiológico "
    "0,9% ev con cloruro de potasio (A12BA01) 20 mEq en cada litro de suero y ondansetrón (A04AA01) 4 mg cada 8 horas ev. La diarrea cedió al tercer día y presentó buena "
    "tolerancia oral, con controles de potasio de 3,8 mEq/L y creatinina de 0,9 mg/dL. Se otorga el alta tras 4 días de hospitalización, con indicación de régimen "
    "liviano, hidratación abundante y control en CESFAM en 1 semana.",
    "GEA con deshidratación, adulta mayor")

rec("c016", {
    "paciente": {"sexo": "masculino", "edad": 74, "antecedentes": ["HBP", "DM2 en tratamiento con metformina"]},
    "hospitalizacion": {
        "motivo": "Fiebre, confusión e hipotensión",
        "diagnosticos": [
            {"cod": "A41.9", "desc": "Sepsis"},
            {"cod": "N39.0", "desc": "Infección urinaria"},
            {"cod": "N17.9", "desc": "Insuficiencia renal aguda"}],
        "tratamiento": ["Volemización con cristaloides 30 mL/kg",
                        {"cod": "J01CR05", "desc": "Piperacilina/tazobactam", "dosis": "4,5 g cada 6 horas ev"}],
        "examenes": {"lactato": "3,8 mmol/L", "creatinina": "2,4 mg/dL al ingreso y 1,1 mg/dL al alta", "PCR": "256 mg/L",
                     "hemocultivos": "negativos", "urocultivo": "Klebsiella pneumoniae multisensible"},
        "dias": 7},
    "alta": ["Completar ciprofloxacino 500 mg cada 12 horas por 7 días", "Suspender metformina por 48 horas y luego reiniciar", "Control en policlínico de urología en 1 mes"]},
    "Ingresa por fiebre, confusión e hipotensión en paciente de sexo masculino de 74 años con antecedentes de HBP y DM2 en tratamiento con metformina. Presentó lactato "
    "de 3,8 mmol/L, PCR de 256 mg/L y creatinina de 2,4 mg/dL, diagnosticándose sepsis (A41.9) de foco urinario por infección urinaria (N39.0), asociada a insuficiencia "
    "renal aguda (N17.9). Se realizó volemización con cristaloides 30 mL/kg y se inició piperacilina/tazobactam (J01CR05) 4,5 g cada 6 horas ev. Los hemocultivos fueron "
    "negativos y el urocultivo mostró Klebsiella pneumoniae multisensible, recuperando la función renal con creatinina de 1,1 mg/dL. Tras 7 días de hospitalización se "
    "indica completar ciprofloxacino 500 mg cada 12 horas por 7 días, suspender metformina por 48 horas y luego reiniciar, y control en policlínico de urología en 1 mes.",
    "sepsis urinaria, input anidado")

rec("c017", {
    "sexo": "F", "edad": 88,
    "motivo_ingreso": "Caída a nivel en domicilio con dolor e impotencia funcional de cadera derecha",
    "diagnosticos": [
        {"codigo": "S72.0", "nombre": "Fractura de cuello de fémur derecho"},
        {"codigo": "I10", "nombre": "HTA"},
        {"codigo": "D64.9", "nombre": "Anemia"}],
    "procedimientos": ["Radiografía de pelvis", "Artroplastia parcial de cadera derecha"],
    "tratamiento": [
        {"codigo": "B01AB05", "nombre": "Enoxaparina", "dosis": "40 mg al día sc"},
        {"codigo": "N02BE01", "nombre": "Paracetamol", "dosis": "1 g cada 8 horas"},
        {"codigo": "N02AX02", "nombre": "Tramadol", "dosis": "50 mg cada 8 horas"},
        {"codigo": "C08CA01", "nombre": "Amlodipino", "dosis": "5 mg al día"},
        {"codigo": "B03AA07", "nombre": "Sulfato ferroso", "dosis": "200 mg al día"}],
    "examenes": {"hemoglobina postoperatoria": "9,8 g/dL"},
    "evolucion": "Kinesioterapia motora, bipedestación con andador al día 3 postoperatorio",
    "dias_estadia": 9,
    "indicaciones_alta": ["Enoxaparina 40 mg al día por 30 días", "Kinesioterapia ambulatoria", "Control en traumatología en 15 días"]},
    "Ingresa por caída a nivel en domicilio, con dolor e impotencia funcional de cadera derecha. Paciente de sexo femenino de 88 años con antecedente de HTA (I10), en "
    "tratamiento con amlodipino (C08CA01) 5 mg al día, que se mantuvo. La radiografía de pelvis confirmó fractura de cuello de fémur derecho (S72.0), realizándose "
    "artroplastia parcial de cadera derecha. Recibió enoxaparina (B01AB05) 40 mg al día sc como profilaxis, paracetamol (N02BE01) 1 g cada 8 horas y tramadol (N02AX02) "
    "50 mg cada 8 horas. En el postoperatorio presentó anemia (D64.9) con hemoglobina de 9,8 g/dL, manejada con sulfato ferroso (B03AA07) 200 mg al día. Con "
    "kinesioterapia motora logró bipedestación con andador al día 3 postoperatorio. Tras 9 días de hospitalización se indica enoxaparina 40 mg al día por 30 días, "
    "kinesioterapia ambulatoria y control en traumatología en 15 días.",
    "fractura de cadera operada")

rec("c018", {
    "sex": "M", "age": 70,
    "complaint": "Decaimiento, oliguria y vómitos de 4 días",
    "diagnoses": [
        {"code": "N17.9", "name": "Lesión renal aguda"},
        {"code": "E86", "name": "Deshidratación"},
        {"code": "I10", "name": "Hipertensión arterial"}],
    "home_meds": ["Enalapril 10 mg cada 12 horas", "Hidroclorotiazida 25 mg al día"],
    "inpatient_meds": [
        {"atc": "A04AA01", "name": "Ondansetrón", "dose": "4 mg cada 8 horas ev"},
        {"atc": "A02BC01", "name": "Omeprazol", "dose": "20 mg al día"}],
    "labs": {"creatinina ingreso": "3,6 mg/dL", "creatinina alta": "1,2 mg/dL", "BUN": "72 mg/dL", "potasio": "5,4 mEq/L"},
    "imaging": ["Ecografía renal: riñones de tamaño normal sin dilatación"],
    "course": "Hidratación con suero fisiológico, recuperación de diuresis en 48 horas, se suspenden enalapril e hidroclorotiazida",
    "stay": 5,
    "discharge": ["Reiniciar enalapril en control", "Control con creatinina en 1 semana"]},
    "Ingresa por decaimiento, oliguria y vómitos de 4 días de evolución en paciente de sexo masculino de 70 años con hipertensión arterial (I10) en tratamiento con "
    "enalapril 10 mg cada 12 horas e hidroclorotiazida 25 mg al día. Al ingreso presentó creatinina de 3,6 mg/dL, BUN de 72 mg/dL y potasio de 5,4 mEq/L, diagnosticándose "
    "lesión renal aguda (N17.9) secundaria a deshidratación (E86). La ecografía renal mostró riñones de tamaño normal sin dilatación. Se suspendieron enalapril e "
    "hidroclorotiazida y se hidrató con suero fisiológico, recuperando diuresis en 48 horas. Recibió además ondansetrón (A04AA01) 4 mg cada 8 horas ev y omeprazol "
    "(A02BC01) 20 mg al día. La creatinina al alta fue de 1,2 mg/dL, tras 5 días de hospitalización. Se indica reiniciar enalapril en control y control con creatinina en 1 semana.",
    "IRA prerrenal, fármacos habituales sin código")

rec("c019", {
    "sexo": "M", "edad": 86,
    "dx": ["Neumonía aspirativa (J690)", "Demencia (F03X)", "Disfagia (R13X)"],
    "tto": ["Ampicilina/sulbactam (J01CR01) 1,5 g cada 6 horas ev", "Quetiapina (N05AH04) 25 mg en la noche"],
    "examenes": "Radiografía de tórax: condensación basal derecha. Leucocitos 14.500, PCR 156 mg/L",
    "procedimientos": ["Evaluación fonoaudiológica: disfagia orofaríngea severa", "Instalación de sonda nasoenteral"],
    "evolucion": "Afebril al día 4, adecuada tolerancia a alimentación por sonda nasoenteral",
    "dias_estadia": 10,
    "alta": "Completar amoxicilina/ácido clavulánico 875/125 mg cada 12 horas por 4 días, alimentación por sonda, control en domicilio por equipo de atención domiciliaria"},
    "Ingresa por neumonía aspirativa (J690) en paciente de sexo masculino de 86 años con antecedentes de demencia (F03X) y disfagia (R13X). La radiografía de tórax "
    "mostró condensación basal derecha, con leucocitos de 14.500 y PCR de 156 mg/L. Se inició ampicilina/sulbactam (J01CR01) 1,5 g cada 6 horas ev y se mantuvo "
    "quetiapina (N05AH04) 25 mg en la noche. La evaluación fonoaudiológica evidenció disfagia orofaríngea severa, por lo que se realizó instalación de sonda nasoenteral. "
    "Evolucionó afebril al día 4, con adecuada tolerancia a la alimentación por sonda. Tras 10 días de hospitalización se indica completar amoxicilina/ácido clavulánico "
    "875/125 mg cada 12 horas por 4 días, mantener alimentación por sonda y control en domicilio por el equipo de atención domiciliaria.",
    "neumonía aspirativa, códigos sin punto y con X")

rec("c020", {
    "sexo": "F", "edad": 21,
    "motivo_ingreso": "Vómitos, dolor abdominal y polidipsia de 2 días, suspendió insulina",
    "antecedentes": ["Diabetes mellitus tipo 1"],
    "diagnosticos": [{"codigo": "E10.1", "nombre": "Cetoacidosis diabética en diabetes mellitus tipo 1"}],
    "tratamiento": [
        "Hidratación endovenosa",
        {"codigo": "A10AB01", "nombre": "Insulina cristalina", "dosis": "infusión 0,1 UI/kg/hora"},
        {"codigo": "A12BA01", "nombre": "Cloruro de potasio", "dosis": "20 mEq por litro"},
        {"codigo": "A10AE04", "nombre": "Insulina glargina", "dosis": "18 UI al día"},
        {"codigo": "A10AB04", "nombre": "Insulina lispro", "dosis": "4 UI con cada comida"}],
    "examenes": {"glicemia": "520 mg/dL", "pH": "7,12", "bicarbonato": "8 mEq/L", "cetonemia": "positiva"},
    "evolucion": "Resolución de la acidosis en 24 horas, educación en autocontrol",
    "dias_estadia": 3,
    "indicaciones_alta": ["Control en policlínico de diabetes en 1 semana"]},
    "Ingresa por vómitos, dolor abdominal y polidipsia de 2 días de evolución, tras suspender la insulina. Paciente de sexo femenino de 21 años con diabetes mellitus "
    "tipo 1 conocida. Al ingreso presentó glicemia de 520 mg/dL, pH de 7,12, bicarbonato de 8 mEq/L y cetonemia positiva, diagnosticándose cetoacidosis diabética en "
    "diabetes mellitus tipo 1 (E10.1). Se manejó con hidratación endovenosa, infusión de insulina cristalina (A10AB01) a 0,1 UI/kg/hora y cloruro de potasio (A12BA01) "
    "20 mEq por litro, con resolución de la acidosis en 24 horas. Posteriormente se inició insulina glargina (A10AE04) 18 UI al día e insulina lispro (A10AB04) 4 UI con "
    "cada comida. Recibió educación en autocontrol y se otorga el alta tras 3 días de hospitalización, con control en policlínico de diabetes en 1 semana.",
    "cetoacidosis DM1")

rec("c021", {
    "sex": "M", "age": 61,
    "chief_complaint": "Dolor torácico opresivo de 3 horas",
    "diagnoses": [
        {"code": "I21.4", "description": "Infarto agudo de miocardio sin elevación del ST"},
        {"code": "E11.9", "description": "Diabetes mellitus tipo 2"},
        {"code": "E78.5", "description": "Dislipidemia"}],
    "medications": [
        {"atc": "B01AC04", "name": "Clopidogrel", "dose": "carga 300 mg, luego 75 mg al día"},
        {"atc": "B01AC06", "name": "Ácido acetilsalicílico", "dose": "100 mg al día"},
        {"atc": "B01AB05", "name": "Enoxaparina", "dose": "60 mg cada 12 horas sc"},
        {"atc": "C10AA05", "name": "Atorvastatina", "dose": "80 mg al día"},
        {"atc": "C07AB07", "name": "Bisoprolol", "dose": "5 mg al día"},
        {"atc": "A10BA02", "name": "Metformina", "dose": "850 mg cada 12 horas"}],
    "labs": {"troponina T ultrasensible": "1.250 ng/L", "creatinina": "0,9 mg/dL"},
    "procedures": ["Coronariografía: lesión severa de arteria descendente anterior", "Angioplastia con stent medicado"],
    "length_of_stay": 4,
    "discharge_instructions": ["Doble antiagregación por 12 meses", "Rehabilitación cardíaca", "Control en cardiología en 2 semanas"]},
    "Ingresa por dolor torácico opresivo de 3 horas de evolución en paciente de sexo masculino de 61 años con antecedentes de diabetes mellitus tipo 2 (E11.9) y "
    "dislipidemia (E78.5). Presentó troponina T ultrasensible de 1.250 ng/L, diagnosticándose infarto agudo de miocardio sin elevación del ST (I21.4). Recibió "
    "clopidogrel (B01AC04) con carga de 300 mg y luego 75 mg al día, ácido acetilsalicílico (B01AC06) 100 mg al día, enoxaparina (B01AB05) 60 mg cada 12 horas sc, "
    "atorvastatina (C10AA05) 80 mg al día y bisoprolol (C07AB07) 5 mg al día. La coronariografía mostró lesión severa de arteria descendente anterior, realizándose "
    "angioplastia con stent medicado. Se mantuvo metformina (A10BA02) 850 mg cada 12 horas, con creatinina de 0,9 mg/dL. Tras 4 días de hospitalización se indica "
    "doble antiagregación por 12 meses, rehabilitación cardíaca y control en cardiología en 2 semanas.",
    "IAM sin SDST con angioplastia")

rec("c022",
    "Paciente femenina de 79 años con antecedentes de HTA en tratamiento con hidroclorotiazida y depresión en tratamiento con sertralina (N06AB06) 50 mg al día. "
    "Ingresa por confusión, náuseas y marcha inestable de 3 días. Natremia 118 mEq/L, osmolalidad plasmática 248 mOsm/kg. Diagnósticos: Hiponatremia (E87.1), "
    "Episodio depresivo (F32.9), Hipertensión esencial (I10). Se suspende hidroclorotiazida, se administra suero fisiológico 0,9% con corrección lenta, natremia "
    "131 mEq/L al alta. Se cambia antihipertensivo a amlodipino (C08CA01) 5 mg al día. Estadía 6 días. Control con electrolitos plasmáticos en 1 semana en APS.",
    "Ingresa por confusión, náuseas y marcha inestable de 3 días de evolución. Paciente de sexo femenino de 79 años con antecedentes de hipertensión esencial (I10) en "
    "tratamiento con hidroclorotiazida y episodio depresivo (F32.9) en tratamiento con sertralina (N06AB06) 50 mg al día. Al ingreso presentó natremia de 118 mEq/L con "
    "osmolalidad plasmática de 248 mOsm/kg, diagnosticándose hiponatremia (E87.1). Se suspendió hidroclorotiazida y se administró suero fisiológico 0,9% con corrección "
    "lenta, alcanzando natremia de 131 mEq/L al alta. Se cambió el antihipertensivo a amlodipino (C08CA01) 5 mg al día, con buena tolerancia. Tras 6 días de estadía se "
    "indica control con electrolitos plasmáticos en 1 semana en APS.",
    "hiponatremia por tiazida, texto libre")

rec("c023", {
    "pac": "F 63 años",
    "diagnostico_principal": "Erisipela de pierna derecha (A46)",
    "otros_diagnosticos": ["Insuficiencia venosa crónica (I87.2)", "Obesidad (E66.9)"],
    "medicamentos": ["Penicilina sódica (J01CE01) 2 millones UI cada 4 horas ev", "Paracetamol (N02BE01) 1 g cada 8 horas",
                     "Enoxaparina (B01AB05) 40 mg al día sc"],
    "laboratorio": "PCR 132 mg/L, leucocitos 12.300",
    "evolucion": "Regresión del eritema, afebril desde el día 2",
    "estadia": 5,
    "alta": "Amoxicilina 1 g cada 8 horas hasta completar 10 días, reposo con extremidad elevada, control en CESFAM en 1 semana"},
    "Ingresa por erisipela de pierna derecha (A46) en paciente de sexo femenino de 63 años con antecedentes de insuficiencia venosa crónica (I87.2) y obesidad (E66.9). "
    "Los exámenes de ingreso mostraron PCR de 132 mg/L y leucocitos de 12.300. Se trató con penicilina sódica (J01CE01) 2 millones UI cada 4 horas ev, paracetamol "
    "(N02BE01) 1 g cada 8 horas y enoxaparina (B01AB05) 40 mg al día sc como profilaxis tromboembólica. Evolucionó con regresión progresiva del eritema y se mantuvo "
    "afebril desde el día 2. Tras 5 días de estadía se indica amoxicilina 1 g cada 8 horas hasta completar 10 días, reposo con la extremidad elevada y control en "
    "CESFAM en 1 semana.",
    "erisipela")

rec("c024", {
    "sexo": "M", "edad": 57,
    "motivo_ingreso": "Aumento de volumen y dolor de pierna izquierda de 5 días",
    "antecedentes": ["Tabaquismo"],
    "diagnosticos": [{"codigo": "I80.2", "nombre": "Trombosis venosa profunda de extremidad inferior izquierda"}],
    "tratamiento": [
        {"codigo": "B01AB05", "nombre": "Enoxaparina", "dosis": "1 mg/kg cada 12 horas sc"},
        {"codigo": "B01AA07", "nombre": "Acenocumarol", "dosis": "según INR"}],
    "examenes": {"ecodoppler venoso": "trombosis de vena femoral común y poplítea izquierda", "dímero D": "4.100 ng/mL", "INR al alta": "2,3"},
    "evolucion": "Disminución del edema y del dolor",
    "dias_estadia": 5,
    "indicaciones_alta": ["Acenocumarol según control de TACO", "Medias de compresión", "Control de INR en 3 días"]},
    "Ingresa por aumento de volumen y dolor de pierna izquierda de 5 días de evolución en paciente de sexo masculino de 57 años con antecedente de tabaquismo. El "
    "ecodoppler venoso mostró trombosis de vena femoral común y poplítea izquierda, con dímero D de 4.100 ng/mL, configurando trombosis venosa profunda de extremidad "
    "inferior izquierda (I80.2). Se inició enoxaparina (B01AB05) 1 mg/kg cada 12 horas sc, traslapada con acenocumarol (B01AA07) según INR. Evolucionó con disminución "
    "del edema y del dolor, alcanzando INR de 2,3 al alta tras 5 días de hospitalización. Se indica continuar acenocumarol según control de TACO, uso de medias de "
    "compresión y control de INR en 3 días.",
    "TVP")

rec("c025", {
    "sex": "female", "age": 68,
    "reason": "Dolor en fosa ilíaca izquierda y fiebre de 3 días",
    "diagnoses": [{"code": "K57.3", "text": "Diverticulitis aguda no complicada"}, {"code": "I10", "text": "Hipertensión arterial"}],
    "medications": [
        {"atc": "J01MA02", "name": "Ciprofloxacino", "dose": "400 mg cada 12 horas ev"},
        {"atc": "J01XD01", "name": "Metronidazol", "dose": "500 mg cada 8 horas ev"},
        {"atc": "N02BE01", "name": "Paracetamol", "dose": "1 g cada 8 horas"},
        {"atc": "C09CA01", "name": "Losartán", "dose": "50 mg al día"}],
    "imaging": ["TAC de abdomen y pelvis: diverticulitis sigmoidea sin absceso ni perforación"],
    "labs": {"PCR": "118 mg/L", "leucocitos": "13.200"},
    "course": "Disminución del dolor, afebril, tolera régimen liviano",
    "stay": 4,
    "discharge": ["Ciprofloxacino 500 mg cada 12 horas y metronidazol 500 mg cada 8 horas vo hasta completar 10 días", "Colonoscopía en 6 semanas",
                  "Control en policlínico de cirugía en 2 semanas"]},
    "Ingresa por dolor en fosa ilíaca izquierda y fiebre de 3 días de evolución. Paciente de sexo femenino de 68 años con antecedente de hipertensión arterial (I10) "
    "en tratamiento con losartán (C09CA01) 50 mg al día. Presentó PCR de 118 mg/L y leucocitos de 13.200, y la TAC de abdomen y pelvis mostró diverticulitis "
    "sigmoidea sin absceso ni perforación, configurando una diverticulitis aguda no complicada (K57.3). Se inició ciprofloxacino (J01MA02) 400 mg cada 12 horas ev, "
    "metronidazol (J01XD01) 500 mg cada 8 horas ev y paracetamol (N02BE01) 1 g cada 8 horas. Evolucionó con disminución del dolor, afebril y tolerando régimen "
    "liviano. Tras 4 días de hospitalización se indica ciprofloxacino 500 mg cada 12 horas y metronidazol 500 mg cada 8 horas vo hasta completar 10 días, "
    "colonoscopía en 6 semanas y control en policlínico de cirugía en 2 semanas.",
    "diverticulitis, claves inglés")

rec("c026", {
    "sexo": "M", "edad": 58,
    "motivo_ingreso": "Hematemesis abundante y melena de 12 horas",
    "antecedentes": ["Consumo de alcohol crónico"],
    "diagnosticos": [
        {"codigo": "I85.0", "nombre": "Várices esofágicas con hemorragia"},
        {"codigo": "K70.3", "nombre": "Cirrosis hepática alcohólica"}],
    "tratamiento": [
        {"codigo": "H01BA04", "nombre": "Terlipresina", "dosis": "2 mg cada 4 horas ev"},
        {"codigo": "A02BC01", "nombre": "Omeprazol", "dosis": "40 mg cada 12 horas ev"},
        {"codigo": "A06AD11", "nombre": "Lactulosa", "dosis": "20 mL cada 8 horas"},
        {"codigo": "C07AA05", "nombre": "Propranolol", "dosis": "20 mg cada 12 horas"}],
    "procedimientos": ["Endoscopía digestiva alta: várices esofágicas grandes, ligadura con 4 bandas", "Transfusión de 1 unidad de glóbulos rojos"],
    "examenes": {"hemoglobina": "8,2 g/dL", "plaquetas": "86.000", "bilirrubina": "2,1 mg/dL", "INR": "1,4"},
    "evolucion": "Sin resangrado, Child-Pugh B",
    "dias_estadia": 6,
    "indicaciones_alta": ["Abstinencia alcohólica", "Nueva ligadura en 3 semanas", "Control en policlínico de gastroenterología"]},
    "Ingresa por hematemesis abundante y melena de 12 horas de evolución en paciente de sexo masculino de 58 años con consumo de alcohol crónico. Al ingreso presentó "
    "hemoglobina de 8,2 g/dL, plaquetas de 86.000, bilirrubina de 2,1 mg/dL e INR de 1,4, en contexto de cirrosis hepática alcohólica (K70.3) Child-Pugh B. Se inició "
    "terlipresina (H01BA04) 2 mg cada 4 horas ev y omeprazol (A02BC01) 40 mg cada 12 horas ev, con transfusión de 1 unidad de glóbulos rojos. La endoscopía digestiva "
    "alta mostró várices esofágicas grandes, realizándose ligadura con 4 bandas, confirmando várices esofágicas con hemorragia (I85.0). Se agregó lactulosa (A06AD11) "
    "20 mL cada 8 horas y propranolol (C07AA05) 20 mg cada 12 horas, sin presentar resangrado. Tras 6 días de hospitalización se indica abstinencia alcohólica, nueva "
    "ligadura en 3 semanas y control en policlínico de gastroenterología.",
    "HDA variceal en cirrosis")

rec("c027", {
    "sex": "F", "age": 77,
    "presenting_complaint": "Compromiso de conciencia en domicilio, glicemia capilar 38 mg/dL",
    "diagnoses": [
        {"code": "E16.2", "name": "Hipoglicemia"},
        {"code": "E11.9", "name": "Diabetes mellitus tipo 2"},
        {"code": "N18.3", "name": "Enfermedad renal crónica etapa 3"}],
    "home_medication": ["Glibenclamida 5 mg cada 12 horas"],
    "hospital_medication": [
        "Suero glucosado al 10% ev",
        {"atc": "A10BH01", "name": "Sitagliptina", "dose": "50 mg al día"}],
    "labs": {"creatinina": "1,6 mg/dL", "VFG": "32 mL/min", "HbA1c": "6,4%"},
    "course": "Recupera conciencia tras glucosa endovenosa, sin nuevas hipoglicemias en 48 horas, se suspende glibenclamida",
    "length_of_stay": 3,
    "discharge_plan": ["Suspender glibenclamida", "Sitagliptina 50 mg al día", "Control en policlínico de diabetes en 2 semanas"]},
    "Ingresa por compromiso de conciencia en domicilio con glicemia capilar de 38 mg/dL. Paciente de sexo femenino de 77 años con diabetes mellitus tipo 2 (E11.9) en "
    "tratamiento con glibenclamida 5 mg cada 12 horas y enfermedad renal crónica etapa 3 (N18.3), con creatinina de 1,6 mg/dL y VFG de 32 mL/min. Se diagnostica "
    "hipoglicemia (E16.2) y se maneja con suero glucosado al 10% ev, recuperando la conciencia. La HbA1c fue de 6,4%, por lo que se suspendió glibenclamida y se inició "
    "sitagliptina (A10BH01) 50 mg al día, ajustada a función renal. No presentó nuevas hipoglicemias en 48 horas de observación. Tras 3 días de hospitalización se indica "
    "mantener sitagliptina 50 mg al día y control en policlínico de diabetes en 2 semanas.",
    "hipoglicemia por sulfonilurea")

rec("c028", {
    "sexo": "mujer", "edad": 39,
    "motivo_ingreso": "Fiebre alta, mialgias, tos y disnea de 4 días",
    "diagnosticos": [{"codigo": "J100", "nombre": "Neumonía por influenza A"}, {"codigo": "J459", "nombre": "Asma"}],
    "tratamiento": [
        {"codigo": "J05AH02", "nombre": "Oseltamivir", "dosis": "75 mg cada 12 horas por 5 días"},
        {"codigo": "J01DD04", "nombre": "Ceftriaxona", "dosis": "2 g al día ev"},
        {"codigo": "R03AC02", "nombre": "Salbutamol", "dosis": "2 puff cada 6 horas"}],
    "examenes": {"panel viral": "influenza A positivo", "PCR": "96 mg/L", "radiografía de tórax": "infiltrado intersticial bilateral"},
    "evolucion": "Afebril al día 3, sin requerimientos de oxígeno al alta",
    "dias_estadia": 5,
    "indicaciones_alta": ["Completar oseltamivir", "Reposo por 7 días", "Control en APS en 1 semana"]},
    "Ingresa por fiebre alta, mialgias, tos y disnea de 4 días de evolución. Paciente de sexo femenino de 39 años con antecedente de asma (J459). El panel viral resultó "
    "positivo para influenza A, con PCR de 96 mg/L y radiografía de tórax con infiltrado intersticial bilateral, diagnosticándose neumonía por influenza A (J100). Se "
    "inició oseltamivir (J05AH02) 75 mg cada 12 horas por 5 días y ceftriaxona (J01DD04) 2 g al día ev, manteniendo salbutamol (R03AC02) 2 puff cada 6 horas. "
    "Evolucionó afebril al día 3 y sin requerimientos de oxígeno al alta. Tras 5 días de hospitalización se indica completar oseltamivir, reposo por 7 días y control "
    "en APS en 1 semana.",
    "neumonía por influenza, códigos sin punto")

rec("c029", {
    "sexo": "M", "edad": 64,
    "motivo_ingreso": "Aumento de volumen, eritema y secreción purulenta del primer ortejo derecho de 1 semana",
    "diagnosticos": [
        {"codigo": "M86.1", "nombre": "Osteomielitis aguda del primer ortejo derecho"},
        {"codigo": "E11.5", "nombre": "Diabetes mellitus tipo 2 con pie diabético"}],
    "tratamiento": [
        {"codigo": "J01FF01", "nombre": "Clindamicina", "dosis": "600 mg cada 8 horas ev"},
        {"codigo": "J01MA02", "nombre": "Ciprofloxacino", "dosis": "400 mg cada 12 horas ev"},
        {"codigo": "A10AC01", "nombre": "Insulina NPH", "dosis": "14 UI en la mañana y 8 UI en la noche"}],
    "procedimientos": ["Radiografía de pie derecho: osteólisis de falange distal", "Amputación del primer ortejo derecho"],
    "examenes": {"PCR": "164 mg/L", "HbA1c": "9,8%", "cultivo óseo": "Staphylococcus aureus meticilino sensible"},
    "evolucion": "Herida operatoria en buenas condiciones, glicemias controladas",
    "dias_estadia": 11,
    "indicaciones_alta": ["Curaciones avanzadas en CESFAM", "Insulina NPH 14 UI en la mañana y 8 UI en la noche", "Control en policlínico de pie diabético en 1 semana"]},
    "Ingresa por aumento de volumen, eritema y secreción purulenta del primer ortejo derecho de 1 semana de evolución. Paciente de sexo masculino de 64 años con "
    "diabetes mellitus tipo 2 con pie diabético (E11.5), con HbA1c de 9,8% y PCR de 164 mg/L. La radiografía de pie derecho mostró osteólisis de falange distal, "
    "diagnosticándose osteomielitis aguda del primer ortejo derecho (M86.1). Se inició clindamicina (J01FF01) 600 mg cada 8 horas ev y ciprofloxacino (J01MA02) 400 mg "
    "cada 12 horas ev, y se realizó amputación del primer ortejo derecho, con cultivo óseo positivo para Staphylococcus aureus meticilino sensible. Se ajustó insulina "
    "NPH (A10AC01) 14 UI en la mañana y 8 UI en la noche, logrando glicemias controladas. La herida operatoria se encuentra en buenas condiciones al alta, tras 11 días "
    "de hospitalización. Se indica curaciones avanzadas en CESFAM y control en policlínico de pie diabético en 1 semana.",
    "pie diabético con osteomielitis")

rec("c030", {
    "nombre_servicio": "Medicina Interna",
    "sexo": "M", "edad": 35,
    "dx_principal": "Epilepsia (G40.9)",
    "motivo": "Crisis tónico-clónica generalizada en vía pública, sin recuperación completa de conciencia por 30 minutos",
    "farmacos": "Levetiracetam (N03AX14) 500 mg cada 12 horas; Lorazepam (N05BA06) 4 mg ev en urgencia",
    "estudios": "TAC de cerebro sin lesiones agudas; EEG con actividad epileptiforme temporal izquierda; niveles de alcohol negativos",
    "evolucion": "Sin nuevas crisis durante la hospitalización",
    "dias_estadia": 3,
    "alta": "No conducir vehículos, levetiracetam 500 mg cada 12 horas, control en policlínico de neurología en 1 mes"},
    "Ingresa por crisis tónico-clónica generalizada en vía pública, sin recuperación completa de conciencia por 30 minutos. Paciente de sexo masculino de 35 años "
    "que recibió lorazepam (N05BA06) 4 mg ev en urgencia. La TAC de cerebro no mostró lesiones agudas, los niveles de alcohol fueron negativos y el EEG evidenció "
    "actividad epileptiforme temporal izquierda, configurando el diagnóstico de epilepsia (G40.9). Se inició levetiracetam (N03AX14) 500 mg cada 12 horas, sin "
    "presentar nuevas crisis durante la hospitalización. Se otorga el alta tras 3 días en el servicio de Medicina Interna, con indicación de no conducir vehículos, "
    "mantener levetiracetam 500 mg cada 12 horas y control en policlínico de neurología en 1 mes.",
    "epilepsia, farmacos en un string")

rec("c031", [
    {"campo": "sexo", "valor": "F"},
    {"campo": "edad", "valor": 91},
    {"campo": "motivo", "valor": "Desorientación, agitación nocturna y disuria de 2 días"},
    {"campo": "diagnosticos", "valor": ["Delirium (F05.1)", "Demencia tipo Alzheimer (G30.9)", "Infección del tracto urinario (N39.0)"]},
    {"campo": "medicamentos", "valor": ["Cefuroxima (J01DC02) 500 mg cada 12 horas vo", "Haloperidol (N05AD01) 0,5 mg en la noche", "Donepecilo (N06DA02) 5 mg al día"]},
    {"campo": "examenes", "valor": "Orina completa con leucocituria, urocultivo con Escherichia coli sensible a cefuroxima, PCR 48 mg/L"},
    {"campo": "evolucion", "valor": "Recupera ciclo sueño-vigilia al día 4, medidas no farmacológicas de prevención de delirium"},
    {"campo": "dias_estadia", "valor": 6},
    {"campo": "indicaciones_alta", "valor": "Completar cefuroxima por 7 días, suspender haloperidol en 3 días, control en geriatría en 2 semanas"}],
    "Ingresa por desorientación, agitación nocturna y disuria de 2 días de evolución. Paciente de sexo femenino de 91 años con demencia tipo Alzheimer (G30.9) en "
    "tratamiento con donepecilo (N06DA02) 5 mg al día. La orina completa mostró leucocituria y el urocultivo resultó positivo para Escherichia coli sensible a "
    "cefuroxima, con PCR de 48 mg/L, diagnosticándose infección del tracto urinario (N39.0) y delirium (F05.1). Se trató con cefuroxima (J01DC02) 500 mg cada 12 horas "
    "vo, medidas no farmacológicas de prevención de delirium y haloperidol (N05AD01) 0,5 mg en la noche. Recuperó el ciclo sueño-vigilia al día 4. Tras 6 días de "
    "hospitalización se indica completar cefuroxima por 7 días, suspender haloperidol en 3 días y control en geriatría en 2 semanas.",
    "delirium por ITU, input lista de campo/valor")

rec("c032", {
    "sexo": "M", "edad": 42,
    "motivo_ingreso": "Dolor lumbar derecho cólico, fiebre y vómitos de 1 día",
    "diagnosticos": [
        {"codigo": "N20.1", "nombre": "Litiasis ureteral derecha"},
        {"codigo": "N10", "nombre": "Pielonefritis aguda obstructiva"}],
    "procedimientos": ["Pielo-TAC: cálculo de 8 mm en uréter proximal derecho con hidroureteronefrosis", "Instalación de catéter doble J derecho"],
    "tratamiento": [
        {"codigo": "J01DD04", "nombre": "Ceftriaxona", "dosis": "2 g al día ev"},
        {"codigo": "M01AB15", "nombre": "Ketorolaco", "dosis": "30 mg cada 8 horas ev"},
        {"codigo": "N02AA01", "nombre": "Morfina", "dosis": "2 mg ev SOS"}],
    "examenes": {"PCR": "220 mg/L", "creatinina": "1,5 mg/dL", "urocultivo": "Proteus mirabilis"},
    "evolucion": "Afebril a las 48 horas del drenaje, creatinina 1,0 mg/dL",
    "dias_estadia": 5,
    "indicaciones_alta": ["Cefixima 400 mg al día por 10 días", "Ureteroscopía electiva en 4 semanas", "Control en urología"]},
    "Ingresa por dolor lumbar derecho cólico, fiebre y vómitos de 1 día de evolución. Paciente de sexo masculino de 42 años, con PCR de 220 mg/L y creatinina de "
    "1,5 mg/dL. El pielo-TAC mostró un cálculo de 8 mm en uréter proximal derecho con hidroureteronefrosis, configurando litiasis ureteral derecha (N20.1) con "
    "pielonefritis aguda obstructiva (N10). Se realizó instalación de catéter doble J derecho y se trató con ceftriaxona (J01DD04) 2 g al día ev, ketorolaco (M01AB15) "
    "30 mg cada 8 horas ev y morfina (N02AA01) 2 mg ev SOS. El urocultivo fue positivo para Proteus mirabilis. Evolucionó afebril a las 48 horas del drenaje, con "
    "creatinina de 1,0 mg/dL. Tras 5 días de hospitalización se indica cefixima 400 mg al día por 10 días, ureteroscopía electiva en 4 semanas y control en urología.",
    "pielonefritis obstructiva con doble J")

rec("c033", {
    "sexo": "F", "edad": 44,
    "motivo_ingreso": "Astenia, disnea de esfuerzo y metrorragia abundante de 3 meses",
    "diagnosticos": [
        {"codigo": "D50.0", "nombre": "Anemia ferropénica secundaria a pérdidas crónicas"},
        {"codigo": "D25.9", "nombre": "Mioma uterino"},
        {"codigo": "N92.0", "nombre": "Menorragia"}],
    "tratamiento": [
        "Transfusión de 2 unidades de glóbulos rojos",
        {"codigo": "B03AC02", "nombre": "Hierro sacarato", "dosis": "200 mg ev en 3 dosis"},
        {"codigo": "B03AA07", "nombre": "Sulfato ferroso", "dosis": "200 mg cada 12 horas"}],
    "examenes": {"hemoglobina ingreso": "5,9 g/dL", "hemoglobina alta": "8,7 g/dL", "VCM": "68 fL", "ferritina": "4 ng/mL"},
    "imagenes": ["Ecografía transvaginal: mioma intramural de 6 cm"],
    "dias_estadia": 4,
    "indicaciones_alta": ["Sulfato ferroso 200 mg cada 12 horas por 3 meses", "Control en policlínico de ginecología para resolución quirúrgica"]},
    "Ingresa por astenia, disnea de esfuerzo y metrorragia abundante de 3 meses de evolución. Paciente de sexo femenino de 44 años con hemoglobina de 5,9 g/dL, VCM de "
    "68 fL y ferritina de 4 ng/mL, compatible con anemia ferropénica secundaria a pérdidas crónicas (D50.0). La ecografía transvaginal mostró un mioma intramural de "
    "6 cm, diagnosticándose mioma uterino (D25.9) con menorragia (N92.0). Se realizó transfusión de 2 unidades de glóbulos rojos y se administró hierro sacarato "
    "(B03AC02) 200 mg ev en 3 dosis, continuando con sulfato ferroso (B03AA07) 200 mg cada 12 horas. La hemoglobina al alta fue de 8,7 g/dL, tras 4 días de "
    "hospitalización. Se indica sulfato ferroso 200 mg cada 12 horas por 3 meses y control en policlínico de ginecología para resolución quirúrgica.",
    "anemia ferropénica por mioma")

rec("c034", {
    "sexo": "F", "edad": 71,
    "motivo_ingreso": "Dolor abdominal cólico, distensión, vómitos y ausencia de deposiciones de 2 días",
    "antecedentes": ["Histerectomía hace 20 años", "HTA"],
    "diagnosticos": [{"codigo": "K56.5", "nombre": "Obstrucción intestinal por bridas"}],
    "procedimientos": ["TAC de abdomen: dilatación de asas de intestino delgado con zona de transición en íleon", "Sonda nasogástrica",
                       "Laparotomía exploradora con liberación de bridas"],
    "tratamiento": [
        "Régimen cero", "Hidratación endovenosa",
        {"codigo": "N02BB02", "nombre": "Metamizol", "dosis": "1 g cada 8 horas ev"},
        {"codigo": "A02BC01", "nombre": "Omeprazol", "dosis": "40 mg al día ev"},
        {"codigo": "B01AB05", "nombre": "Enoxaparina", "dosis": "40 mg al día sc"}],
    "evolucion": "Tránsito intestinal recuperado al día 3 postoperatorio, tolera régimen blando",
    "dias_estadia": 7,
    "indicaciones_alta": ["Régimen blando", "Evitar esfuerzos por 30 días", "Retiro de puntos en CESFAM", "Control en policlínico de cirugía en 2 semanas"]},
    "Ingresa por dolor abdominal cólico, distensión, vómitos y ausencia de deposiciones de 2 días de evolución. Paciente de sexo femenino de 71 años con antecedentes de "
    "HTA e histerectomía hace 20 años. La TAC de abdomen mostró dilatación de asas de intestino delgado con zona de transición en íleon, diagnosticándose obstrucción "
    "intestinal por bridas (K56.5). Se manejó inicialmente con régimen cero, sonda nasogástrica e hidratación endovenosa, y luego se realizó laparotomía exploradora "
    "con liberación de bridas. Recibió metamizol (N02BB02) 1 g cada 8 horas ev, omeprazol (A02BC01) 40 mg al día ev y enoxaparina (B01AB05) 40 mg al día sc. Recuperó "
    "el tránsito intestinal al día 3 postoperatorio, tolerando régimen blando. Tras 7 días de hospitalización se indica régimen blando, evitar esfuerzos por 30 días, "
    "retiro de puntos en CESFAM y control en policlínico de cirugía en 2 semanas.",
    "obstrucción intestinal por bridas operada")

rec("c035", {
    "sexo": "M", "edad": 67,
    "motivo_ingreso": "Cefalea intensa, vómitos y hemiparesia derecha de 4 horas, presión arterial 210/120 mmHg",
    "diagnosticos": [
        {"codigo": "I61.9", "nombre": "Hemorragia intracerebral"},
        {"codigo": "I10", "nombre": "Hipertensión arterial mal controlada"}],
    "tratamiento": [
        {"codigo": "C07AG01", "nombre": "Labetalol", "dosis": "infusión continua ev"},
        {"codigo": "C08CA01", "nombre": "Amlodipino", "dosis": "10 mg al día"},
        {"codigo": "C09CA01", "nombre": "Losartán", "dosis": "50 mg cada 12 horas"},
        {"codigo": "N02BE01", "nombre": "Paracetamol", "dosis": "1 g cada 8 horas"}],
    "imagenes": ["TAC de cerebro: hematoma talámico izquierdo de 15 mL sin extensión ventricular"],
    "evolucion": "Manejo en unidad de tratamiento intermedio, presión arterial 130/80 mmHg al alta, persiste paresia leve",
    "dias_estadia": 12,
    "indicaciones_alta": ["Rehabilitación motora y fonoaudiológica", "Control de presión arterial en CESFAM", "Control en neurología en 1 mes"]},
    "Ingresa por cefalea intensa, vómitos y hemiparesia derecha de 4 horas de evolución, con presión arterial de 210/120 mmHg. Paciente de sexo masculino de 67 años con "
    "hipertensión arterial mal controlada (I10). La TAC de cerebro mostró un hematoma talámico izquierdo de 15 mL sin extensión ventricular, diagnosticándose hemorragia "
    "intracerebral (I61.9). Se manejó en unidad de tratamiento intermedio con labetalol (C07AG01) en infusión continua ev, y luego amlodipino (C08CA01) 10 mg al día y "
    "losartán (C09CA01) 50 mg cada 12 horas, además de paracetamol (N02BE01) 1 g cada 8 horas. Al alta presenta presión arterial de 130/80 mmHg y persiste paresia leve. "
    "Tras 12 días de hospitalización se indica rehabilitación motora y fonoaudiológica, control de presión arterial en CESFAM y control en neurología en 1 mes.",
    "hemorragia intracerebral hipertensiva")

rec("c036", {
    "sexo": "M", "edad": 48,
    "motivo_ingreso": "Fiebre, tos y dolor torácico derecho de 10 días, sin respuesta a amoxicilina ambulatoria",
    "diagnosticos": [
        {"codigo": "J18.9", "nombre": "Neumonía"},
        {"codigo": "J86.9", "nombre": "Empiema pleural derecho"}],
    "tratamiento": [
        {"codigo": "J01DD04", "nombre": "Ceftriaxona", "dosis": "2 g al día ev"},
        {"codigo": "J01FF01", "nombre": "Clindamicina", "dosis": "600 mg cada 8 horas ev"},
        {"codigo": "N02BE01", "nombre": "Paracetamol", "dosis": "1 g cada 8 horas"}],
    "procedimientos": ["TAC de tórax: derrame pleural derecho loculado", "Toracocentesis: líquido turbio, pH 6,9, LDH 2.400 U/L", "Pleurostomía derecha"],
    "examenes": {"PCR": "285 mg/L", "leucocitos": "21.300"},
    "evolucion": "Drenaje de 1.200 mL en las primeras 24 horas, retiro de pleurostomía al día 7, afebril",
    "dias_estadia": 14,
    "indicaciones_alta": ["Amoxicilina/ácido clavulánico 875/125 mg cada 12 horas por 2 semanas", "Control con radiografía de tórax en 2 semanas", "Control en policlínico broncopulmonar"]},
    "Ingresa por fiebre, tos y dolor torácico derecho de 10 días de evolución, sin respuesta a amoxicilina ambulatoria. Paciente de sexo masculino de 48 años con PCR "
    "de 285 mg/L y leucocitos de 21.300. La TAC de tórax mostró derrame pleural derecho loculado y la toracocentesis obtuvo líquido turbio con pH de 6,9 y LDH de "
    "2.400 U/L, configurando neumonía (J18.9) complicada con empiema pleural derecho (J86.9).\n\n"
    "Se instaló pleurostomía derecha, con drenaje de 1.200 mL en las primeras 24 horas, y se trató con ceftriaxona (J01DD04) 2 g al día ev, clindamicina (J01FF01) "
    "600 mg cada 8 horas ev y paracetamol (N02BE01) 1 g cada 8 horas. Evolucionó afebril, con retiro de la pleurostomía al día 7. Tras 14 días de hospitalización se "
    "indica amoxicilina/ácido clavulánico 875/125 mg cada 12 horas por 2 semanas, control con radiografía de tórax en 2 semanas y control en policlínico broncopulmonar.",
    "empiema con pleurostomía, dos párrafos")

rec("c037", {
    "sexo": "F", "edad": 36,
    "motivo_ingreso": "Palpitaciones, baja de peso de 6 kg, temblor e intolerancia al calor de 2 meses",
    "diagnosticos": [
        {"codigo": "E05.0", "nombre": "Enfermedad de Graves con tirotoxicosis"},
        {"codigo": "R00.0", "nombre": "Taquicardia sinusal"}],
    "tratamiento": [
        {"codigo": "H03BB02", "nombre": "Tiamazol", "dosis": "10 mg cada 8 horas"},
        {"codigo": "C07AA05", "nombre": "Propranolol", "dosis": "40 mg cada 8 horas"}],
    "examenes": {"TSH": "menor a 0,01 mUI/L", "T4 libre": "4,8 ng/dL", "anticuerpos anti receptor de TSH": "positivos", "frecuencia cardíaca": "132 lpm"},
    "imagenes": ["Ecografía tiroidea: bocio difuso hipervascular"],
    "evolucion": "Frecuencia cardíaca 88 lpm al alta, disminución del temblor",
    "dias_estadia": 3,
    "indicaciones_alta": ["Tiamazol 10 mg cada 8 horas", "Propranolol 40 mg cada 8 horas", "Hemograma y perfil hepático en 2 semanas", "Control en endocrinología en 1 mes"]},
    "Ingresa por palpitaciones, baja de peso de 6 kg, temblor e intolerancia al calor de 2 meses de evolución. Paciente de sexo femenino de 36 años con frecuencia "
    "cardíaca de 132 lpm, configurando taquicardia sinusal (R00.0). Los exámenes mostraron TSH menor a 0,01 mUI/L, T4 libre de 4,8 ng/dL y anticuerpos anti receptor "
    "de TSH positivos, y la ecografía tiroidea evidenció bocio difuso hipervascular, diagnosticándose enfermedad de Graves con tirotoxicosis (E05.0). Se inició tiamazol "
    "(H03BB02) 10 mg cada 8 horas y propranolol (C07AA05) 40 mg cada 8 horas, con disminución del temblor y frecuencia cardíaca de 88 lpm al alta. Tras 3 días de "
    "hospitalización se indica mantener ambos fármacos, hemograma y perfil hepático en 2 semanas y control en endocrinología en 1 mes.",
    "enfermedad de Graves")

rec("c038", {
    "sexo": "masculino", "edad": 83,
    "motivo": "Mareos y dos episodios de síncope en 24 horas",
    "diagnosticos": ["Bloqueo auriculoventricular completo (I44.2)", "Hipertensión arterial (I10X)"],
    "medicamentos": ["Losartán (C09CA01) 50 mg al día", "Paracetamol (N02BE01) 1 g cada 8 horas SOS"],
    "estudios": ["ECG: bloqueo AV completo con frecuencia de 34 lpm", "Ecocardiograma: FEVI 55%"],
    "procedimientos": ["Implante de marcapasos bicameral"],
    "evolucion": "Sin nuevos síncopes, herida de bolsillo sin signos de complicación",
    "dias_estadia": 4,
    "indicaciones_alta": ["No levantar brazo izquierdo sobre el hombro por 4 semanas", "Control de marcapasos en 1 mes"]},
    "Ingresa por mareos y dos episodios de síncope en 24 horas. Paciente de sexo masculino de 83 años con antecedente de hipertensión arterial (I10X) en tratamiento con "
    "losartán (C09CA01) 50 mg al día. El ECG mostró bloqueo AV completo con frecuencia de 34 lpm y el ecocardiograma una FEVI de 55%, configurando bloqueo "
    "auriculoventricular completo (I44.2). Se realizó implante de marcapasos bicameral sin incidentes, con paracetamol (N02BE01) 1 g cada 8 horas SOS para el dolor. "
    "No presentó nuevos síncopes y la herida de bolsillo se encuentra sin signos de complicación. Tras 4 días de hospitalización se indica no levantar el brazo "
    "izquierdo sobre el hombro por 4 semanas y control de marcapasos en 1 mes.",
    "BAV completo con marcapaso, código con X")

rec("c039", {
    "sexo": "F", "edad": 26,
    "motivo_ingreso": "Aumento de volumen doloroso y fluctuante en muslo izquierdo de 5 días, fiebre",
    "diagnosticos": [{"codigo": "L02.4", "nombre": "Absceso cutáneo de muslo izquierdo"}],
    "procedimientos": ["Drenaje quirúrgico de absceso"],
    "tratamiento": [
        {"codigo": "J01DB04", "nombre": "Cefazolina", "dosis": "1 g cada 8 horas ev"},
        {"codigo": "N02BE01", "nombre": "Paracetamol", "dosis": "1 g cada 8 horas"}],
    "examenes": {"PCR": "74 mg/L", "cultivo": "Staphylococcus aureus meticilino sensible"},
    "dias_estadia": 2,
    "indicaciones_alta": ["Cefadroxilo 500 mg cada 12 horas por 7 días", "Curación diaria en CESFAM"]},
    "Ingresa por aumento de volumen doloroso y fluctuante en muslo izquierdo de 5 días de evolución, asociado a fiebre. Paciente de sexo femenino de 26 años con PCR de "
    "74 mg/L, diagnosticándose absceso cutáneo de muslo izquierdo (L02.4). Se realizó drenaje quirúrgico de absceso y se inició cefazolina (J01DB04) 1 g cada 8 horas "
    "ev y paracetamol (N02BE01) 1 g cada 8 horas. El cultivo resultó positivo para Staphylococcus aureus meticilino sensible. Evoluciona afebril y con buena respuesta "
    "local, completando 2 días de hospitalización. Se indica cefadroxilo 500 mg cada 12 horas por 7 días y curación diaria en CESFAM.",
    "absceso cutáneo, registro corto")

rec("c040", {
    "patient": {"sex": "M", "age": 31},
    "reason_for_admission": "Cefalea holocránea intensa, fiebre, fotofobia y vómitos de 2 días",
    "diagnoses": [{"code": "A87.9", "name": "Meningitis viral"}],
    "medications": [
        {"atc": "J05AB01", "name": "Aciclovir", "dose": "10 mg/kg cada 8 horas ev, suspendido al día 3"},
        {"atc": "N02BE01", "name": "Paracetamol", "dose": "1 g cada 6 horas"},
        {"atc": "A04AA01", "name": "Ondansetrón", "dose": "4 mg cada 8 horas ev"}],
    "workup": {"punción lumbar": "LCR con 180 células, 90% mononucleares, glucosa 58 mg/dL, proteínas 72 mg/dL",
               "PCR de virus herpes simplex en LCR": "negativa", "TAC de cerebro": "normal"},
    "course": "Resolución de la cefalea y afebril desde el día 2",
    "length_of_stay": 4,
    "discharge": ["Reposo por 7 días", "Control en APS"]},
    "Ingresa por cefalea holocránea intensa, fiebre, fotofobia y vómitos de 2 días de evolución. Paciente de sexo masculino de 31 años con TAC de cerebro normal. "
    "La punción lumbar mostró LCR con 180 células, 90% mononucleares, glucosa de 58 mg/dL y proteínas de 72 mg/dL, compatible con meningitis viral (A87.9). Se inició "
    "aciclovir (J05AB01) 10 mg/kg cada 8 horas ev, que se suspendió al día 3 tras resultado negativo de PCR de virus herpes simplex en LCR. Recibió paracetamol "
    "(N02BE01) 1 g cada 6 horas y ondansetrón (A04AA01) 4 mg cada 8 horas ev, con resolución de la cefalea y afebril desde el día 2. Tras 4 días de hospitalización "
    "se indica reposo por 7 días y control en APS.",
    "meningitis viral, claves inglés anidadas")

rec("c041", {
    "sexo": "F", "edad": 76,
    "motivo_ingreso": "Dolor en hipocondrio derecho, ictericia y fiebre con calofríos de 2 días",
    "diagnosticos": [
        {"codigo": "K83.0", "nombre": "Colangitis aguda"},
        {"codigo": "K80.5", "nombre": "Coledocolitiasis"},
        {"codigo": "A41.9", "nombre": "Sepsis de origen biliar"}],
    "tratamiento": [
        {"codigo": "J01CR05", "nombre": "Piperacilina/tazobactam", "dosis": "4,5 g cada 6 horas ev"},
        {"codigo": "N02BE01", "nombre": "Paracetamol", "dosis": "1 g cada 8 horas"}],
    "procedimientos": ["Colangiorresonancia: coledocolitiasis", "ERCP con papilotomía y extracción de cálculos"],
    "examenes": {"bilirrubina total": "6,8 mg/dL", "fosfatasas alcalinas": "540 U/L", "PCR": "198 mg/L", "hemocultivos": "Escherichia coli"},
    "evolucion": "Descenso de bilirrubina a 1,9 mg/dL, afebril",
    "dias_estadia": 8,
    "indicaciones_alta": ["Ciprofloxacino 500 mg cada 12 horas hasta completar 7 días", "Colecistectomía electiva", "Control en cirugía en 2 semanas"]},
    "Ingresa por dolor en hipocondrio derecho, ictericia y fiebre con calofríos de 2 días de evolución. Paciente de sexo femenino de 76 años con bilirrubina total de "
    "6,8 mg/dL, fosfatasas alcalinas de 540 U/L y PCR de 198 mg/L, con hemocultivos positivos para Escherichia coli, configurando colangitis aguda (K83.0) con sepsis de "
    "origen biliar (A41.9). La colangiorresonancia confirmó coledocolitiasis (K80.5) y se realizó ERCP con papilotomía y extracción de cálculos. Recibió "
    "piperacilina/tazobactam (J01CR05) 4,5 g cada 6 horas ev y paracetamol (N02BE01) 1 g cada 8 horas, evolucionando afebril y con descenso de bilirrubina a 1,9 mg/dL. "
    "Tras 8 días de hospitalización se indica ciprofloxacino 500 mg cada 12 horas hasta completar 7 días, colecistectomía electiva y control en cirugía en 2 semanas.",
    "colangitis con ERCP")

rec("c042", {
    "sexo": "M", "edad": 44,
    "motivo_ingreso": "Dolor epigástrico transfixiante y vómitos tras ingesta alcohólica de 3 días",
    "diagnosticos": [
        {"codigo": "K85.2", "nombre": "Pancreatitis aguda alcohólica"},
        {"codigo": "F10.2", "nombre": "Dependencia de alcohol"}],
    "tratamiento": [
        "Régimen cero", "Hidratación endovenosa",
        {"codigo": "A11DA01", "nombre": "Tiamina", "dosis": "100 mg al día ev"},
        {"codigo": "N05BA06", "nombre": "Lorazepam", "dosis": "2 mg cada 8 horas"},
        {"codigo": "N02AX02", "nombre": "Tramadol", "dosis": "50 mg cada 8 horas ev"},
        {"codigo": "A02BC01", "nombre": "Omeprazol", "dosis": "40 mg al día ev"}],
    "examenes": {"lipasa": "1.840 U/L", "triglicéridos": "210 mg/dL", "GGT": "380 U/L"},
    "imagenes": ["TAC de abdomen: pancreatitis edematosa sin necrosis"],
    "evolucion": "Sin síntomas de abstinencia tras ajuste de lorazepam, tolera régimen hipograso al día 4",
    "dias_estadia": 7,
    "indicaciones_alta": ["Abstinencia de alcohol", "Derivación a programa de alcohol y drogas", "Control en policlínico de gastroenterología en 1 mes"]},
    "Ingresa por dolor epigástrico transfixiante y vómitos de 3 días de evolución tras ingesta alcohólica. Paciente de sexo masculino de 44 años con dependencia de "
    "alcohol (F10.2). Presentó lipasa de 1.840 U/L, triglicéridos de 210 mg/dL y GGT de 380 U/L, y la TAC de abdomen mostró pancreatitis edematosa sin necrosis, "
    "configurando pancreatitis aguda alcohólica (K85.2). Se manejó con régimen cero, hidratación endovenosa, tramadol (N02AX02) 50 mg cada 8 horas ev y omeprazol "
    "(A02BC01) 40 mg al día ev, además de tiamina (A11DA01) 100 mg al día ev y lorazepam (N05BA06) 2 mg cada 8 horas, sin síntomas de abstinencia. Toleró régimen "
    "hipograso al día 4. Tras 7 días de hospitalización se indica abstinencia de alcohol, derivación a programa de alcohol y drogas y control en policlínico de "
    "gastroenterología en 1 mes.",
    "pancreatitis alcohólica")

rec("c043", {
    "sexo": "F", "edad": 70,
    "motivo_ingreso": "Lesiones vesiculares dolorosas en hemifrente derecha y párpado superior de 3 días",
    "antecedentes": ["Artritis reumatoide en tratamiento con metotrexato"],
    "diagnosticos": [
        {"codigo": "B02.3", "nombre": "Herpes zóster oftálmico"},
        {"codigo": "M06.9", "nombre": "Artritis reumatoide"}],
    "tratamiento": [
        {"codigo": "J05AB01", "nombre": "Aciclovir", "dosis": "10 mg/kg cada 8 horas ev"},
        {"codigo": "N02AX02", "nombre": "Tramadol", "dosis": "50 mg cada 8 horas"},
        {"codigo": "N02BE01", "nombre": "Paracetamol", "dosis": "1 g cada 8 horas"}],
    "interconsultas": ["Oftalmología: sin compromiso corneal"],
    "evolucion": "Costras en todas las lesiones al día 6, dolor controlado",
    "dias_estadia": 7,
    "indicaciones_alta": ["Valaciclovir 1 g cada 8 horas hasta completar 10 días", "Suspender metotrexato hasta control", "Control en oftalmología en 1 semana"]},
    "Ingresa por lesiones vesiculares dolorosas en hemifrente derecha y párpado superior de 3 días de evolución. Paciente de sexo femenino de 70 años con artritis "
    "reumatoide (M06.9) en tratamiento con metotrexato, diagnosticándose herpes zóster oftálmico (B02.3). Se inició aciclovir (J05AB01) 10 mg/kg cada 8 horas ev, con "
    "analgesia con tramadol (N02AX02) 50 mg cada 8 horas y paracetamol (N02BE01) 1 g cada 8 horas. La evaluación por oftalmología descartó compromiso corneal. "
    "Evolucionó con dolor controlado y costras en todas las lesiones al día 6. Tras 7 días de hospitalización se indica valaciclovir 1 g cada 8 horas hasta completar "
    "10 días, suspender metotrexato hasta control y control en oftalmología en 1 semana.",
    "zóster oftálmico en inmunosuprimida")

rec("c044", {
    "sexo": "F", "edad": 80,
    "motivo_ingreso": "Diarrea acuosa de 8 episodios diarios, dolor abdominal y fiebre, uso reciente de amoxicilina/ácido clavulánico",
    "diagnosticos": "A047 Colitis por Clostridioides difficile; E86X Deshidratación",
    "tratamiento": "Vancomicina (A07AA09) 125 mg cada 6 horas vo por 10 días; hidratación endovenosa con suero fisiológico",
    "examenes": "Toxina de Clostridioides difficile positiva, leucocitos 18.900, creatinina 1,7 mg/dL que baja a 1,0 mg/dL",
    "evolucion": "Disminución progresiva de deposiciones, 2 episodios diarios al alta",
    "dias_estadia": 5,
    "indicaciones_alta": "Completar vancomicina, evitar antibióticos innecesarios, control en APS en 1 semana"},
    "Ingresa por diarrea acuosa de 8 episodios diarios, dolor abdominal y fiebre, con uso reciente de amoxicilina/ácido clavulánico. Paciente de sexo femenino de "
    "80 años con toxina de Clostridioides difficile positiva, leucocitos de 18.900 y creatinina de 1,7 mg/dL, diagnosticándose colitis por Clostridioides difficile "
    "(A047) y deshidratación (E86X). Se inició vancomicina (A07AA09) 125 mg cada 6 horas vo por 10 días e hidratación endovenosa con suero fisiológico, con descenso "
    "de la creatinina a 1,0 mg/dL. Presentó disminución progresiva de las deposiciones, con 2 episodios diarios al alta. Tras 5 días de hospitalización se indica "
    "completar vancomicina, evitar antibióticos innecesarios y control en APS en 1 semana.",
    "colitis por C. difficile, códigos sin punto en strings")

rec("c045", {
    "sexo": "M", "edad": 73,
    "motivo_ingreso": "Afasia y paresia braquial derecha de 40 minutos, con recuperación completa",
    "diagnosticos": [
        {"codigo": "G45.9", "nombre": "Ataque isquémico transitorio"},
        {"codigo": "I10", "nombre": "Hipertensión arterial"},
        {"codigo": "E78.5", "nombre": "Dislipidemia"}],
    "tratamiento": [
        {"codigo": "B01AC06", "nombre": "Ácido acetilsalicílico", "dosis": "100 mg al día"},
        {"codigo": "B01AC04", "nombre": "Clopidogrel", "dosis": "75 mg al día por 21 días"},
        {"codigo": "C10AA05", "nombre": "Atorvastatina", "dosis": "40 mg al día"},
        {"codigo": "C09CA01", "nombre": "Losartán", "dosis": "100 mg al día"}],
    "estudios": ["Resonancia magnética de cerebro sin infarto agudo", "Angio-TAC de vasos de cuello: estenosis carotídea izquierda de 40%", "Holter de ritmo sin fibrilación auricular"],
    "dias_estadia": 2,
    "indicaciones_alta": ["Control en policlínico de neurología en 2 semanas"]},
    "Ingresa por afasia y paresia braquial derecha de 40 minutos, con recuperación completa. Paciente de sexo masculino de 73 años con antecedentes de hipertensión "
    "arterial (I10) y dislipidemia (E78.5). La resonancia magnética de cerebro no mostró infarto agudo, el angio-TAC de vasos de cuello evidenció estenosis carotídea "
    "izquierda de 40% y el Holter de ritmo no registró fibrilación auricular, configurando un ataque isquémico transitorio (G45.9). Se inició ácido acetilsalicílico "
    "(B01AC06) 100 mg al día, clopidogrel (B01AC04) 75 mg al día por 21 días y atorvastatina (C10AA05) 40 mg al día, y se ajustó losartán (C09CA01) a 100 mg al día. "
    "Tras 2 días de hospitalización se indica control en policlínico de neurología en 2 semanas.",
    "AIT")

rec("c046", {
    "paciente": {"sexo": "F", "edad": 83},
    "ingreso": {"motivo": "Tos, fiebre y compromiso del estado general de 4 días", "signos_vitales": {"temperatura": "38,6 °C", "saturacion": "89%", "frecuencia_respiratoria": 26}},
    "diagnosticos": {"principal": {"codigo": "J18.1", "descripcion": "Neumonía lobar"},
                     "secundarios": [{"codigo": "I48.1", "descripcion": "Fibrilación auricular persistente"}, {"codigo": "I50.9", "descripcion": "Insuficiencia cardíaca"}]},
    "tratamiento": {"hospitalario": [
        {"atc": "J01CR02", "nombre": "Amoxicilina/ácido clavulánico", "dosis": "1 g cada 8 horas ev"},
        {"atc": "B01AF02", "nombre": "Apixabán", "dosis": "2,5 mg cada 12 horas"},
        {"atc": "C03CA01", "nombre": "Furosemida", "dosis": "20 mg al día"}],
        "otros": ["Oxigenoterapia por naricera a 2 L/min", "Kinesioterapia respiratoria"]},
    "evolucion": "Afebril al día 3, saturación 94% ambiental al día 5",
    "dias_estadia": 6,
    "alta": ["Amoxicilina/ácido clavulánico 875/125 mg cada 12 horas por 4 días", "Control en APS en 1 semana"]},
    "Ingresa por tos, fiebre y compromiso del estado general de 4 días de evolución, con temperatura de 38,6 °C, saturación de 89% y frecuencia respiratoria de 26. "
    "Paciente de sexo femenino de 83 años con antecedentes de fibrilación auricular persistente (I48.1) e insuficiencia cardíaca (I50.9), diagnosticándose neumonía "
    "lobar (J18.1). Se trató con amoxicilina/ácido clavulánico (J01CR02) 1 g cada 8 horas ev, oxigenoterapia por naricera a 2 L/min y kinesioterapia respiratoria, "
    "manteniendo apixabán (B01AF02) 2,5 mg cada 12 horas y furosemida (C03CA01) 20 mg al día. Evolucionó afebril al día 3 y con saturación de 94% ambiental al día 5. "
    "Tras 6 días de hospitalización se indica amoxicilina/ácido clavulánico 875/125 mg cada 12 horas por 4 días y control en APS en 1 semana.",
    "neumonía lobar en anciana con FA, input muy anidado")

rec("c047", {
    "sexo": "F", "edad": 38,
    "motivo_ingreso": "Dolor lumbar izquierdo cólico intenso irradiado a fosa ilíaca, náuseas y hematuria de 12 horas",
    "diagnosticos": [
        {"codigo": "N23", "nombre": "Cólico renal"},
        {"codigo": "N20.0", "nombre": "Litiasis renal izquierda"}],
    "tratamiento": [
        {"codigo": "M01AB15", "nombre": "Ketorolaco", "dosis": "30 mg cada 8 horas ev"},
        {"codigo": "N02AA01", "nombre": "Morfina", "dosis": "3 mg ev SOS"},
        {"codigo": "A03FA01", "nombre": "Metoclopramida", "dosis": "10 mg cada 8 horas ev"}],
    "examenes": {"creatinina": "0,8 mg/dL", "orina completa": "hematuria sin leucocituria", "PCR": "12 mg/L"},
    "imagenes": ["Pielo-TAC: cálculo de 6 mm en pelvis renal izquierda sin hidronefrosis"],
    "evolucion": "Dolor controlado a las 24 horas, sin fiebre",
    "dias_estadia": 2,
    "indicaciones_alta": ["Ingesta abundante de líquidos", "Diclofenaco 50 mg cada 8 horas por 5 días", "Control en urología con estudio metabólico"]},
    "Ingresa por dolor lumbar izquierdo cólico intenso irradiado a fosa ilíaca, náuseas y hematuria de 12 horas de evolución. Paciente de sexo femenino de 38 años con "
    "creatinina de 0,8 mg/dL, PCR de 12 mg/L y orina completa con hematuria sin leucocituria. La pielo-TAC mostró un cálculo de 6 mm en pelvis renal izquierda sin "
    "hidronefrosis, configurando cólico renal (N23) por litiasis renal izquierda (N20.0). Se manejó con ketorolaco (M01AB15) 30 mg cada 8 horas ev, morfina (N02AA01) "
    "3 mg ev SOS y metoclopramida (A03FA01) 10 mg cada 8 horas ev, logrando dolor controlado a las 24 horas y sin fiebre. Tras 2 días de hospitalización se indica "
    "ingesta abundante de líquidos, diclofenaco 50 mg cada 8 horas por 5 días y control en urología con estudio metabólico.",
    "cólico renal")

rec("c048", {
    "sexo": "M", "edad": 79,
    "motivo_ingreso": "Caída de su altura con dolor de cadera izquierda e imposibilidad de marcha",
    "diagnosticos": [
        {"codigo": "S72.1", "nombre": "Fractura pertrocantérica de fémur izquierdo"},
        {"codigo": "E11.9", "nombre": "DM2"}],
    "procedimientos": ["Radiografía de cadera izquierda", "Osteosíntesis con placa DHS"],
    "tratamiento": [
        {"codigo": "B01AB05", "nombre": "Enoxaparina", "dosis": "40 mg al día sc"},
        {"codigo": "N02BE01", "nombre": "Paracetamol", "dosis": "1 g cada 8 horas"},
        {"codigo": "N02AX02", "nombre": "Tramadol", "dosis": "50 mg cada 8 horas"},
        {"codigo": "A10BA02", "nombre": "Metformina", "dosis": "850 mg cada 12 horas"}],
    "examenes": {"hemoglobina": "11,4 g/dL", "HbA1c": "7,1%"},
    "evolucion": "Sedestación al día 1 postoperatorio, marcha con andador al día 4",
    "dias_estadia": 8,
    "indicaciones_alta": ["Enoxaparina 40 mg al día por 35 días", "Kinesioterapia domiciliaria", "Control en traumatología con radiografía en 3 semanas"]},
    "Ingresa por caída de su altura con dolor de cadera izquierda e imposibilidad de marcha. Paciente de sexo masculino de 79 años con antecedente de DM2 (E11.9) en "
    "tratamiento con metformina (A10BA02) 850 mg cada 12 horas, con HbA1c de 7,1%. La radiografía de cadera izquierda confirmó fractura pertrocantérica de fémur "
    "izquierdo (S72.1), realizándose osteosíntesis con placa DHS. Recibió enoxaparina (B01AB05) 40 mg al día sc, paracetamol (N02BE01) 1 g cada 8 horas y tramadol "
    "(N02AX02) 50 mg cada 8 horas, con hemoglobina postoperatoria de 11,4 g/dL. Logró sedestación al día 1 postoperatorio y marcha con andador al día 4. Tras 8 días "
    "de hospitalización se indica enoxaparina 40 mg al día por 35 días, kinesioterapia domiciliaria y control en traumatología con radiografía en 3 semanas.",
    "fractura pertrocantérica operada")

rec("c049", {
    "sex": "M", "age": 85,
    "admission_reason": "Disnea, tos con expectoración purulenta, fiebre y edema de extremidades inferiores de 5 días",
    "diagnoses": [
        {"code": "J18.9", "name": "Neumonía adquirida en la comunidad"},
        {"code": "I50.0", "name": "Insuficiencia cardíaca descompensada"}],
    "meds": [
        {"atc": "J01DD04", "name": "Ceftriaxona", "dose": "2 g al día ev"},
        {"atc": "J01FA09", "name": "Claritromicina", "dose": "500 mg cada 12 horas"},
        {"atc": "C03CA01", "name": "Furosemida", "dose": "40 mg cada 8 horas ev"},
        {"atc": "C09AA02", "name": "Enalapril", "dose": "5 mg cada 12 horas"}],
    "labs": {"PCR": "164 mg/L", "leucocitos": "14.800", "NT-proBNP": "5.320 pg/mL", "sodio": "134 mEq/L"},
    "imaging": ["Radiografía de tórax: condensación en lóbulo inferior izquierdo y cardiomegalia"],
    "course": "Afebril al día 3, balance negativo de 3 litros, sin edema al alta",
    "stay_days": 9,
    "discharge": ["Furosemida 40 mg al día", "Enalapril 5 mg cada 12 horas", "Completar cefuroxima 500 mg cada 12 horas por 3 días", "Control en APS en 1 semana"]},
    "Ingresa por disnea, tos con expectoración purulenta, fiebre y edema de extremidades inferiores de 5 días de evolución. Paciente de sexo masculino de 85 años con "
    "PCR de 164 mg/L, leucocitos de 14.800, NT-proBNP de 5.320 pg/mL y sodio de 134 mEq/L. La radiografía de tórax mostró condensación en lóbulo inferior izquierdo y "
    "cardiomegalia, diagnosticándose neumonía adquirida en la comunidad (J18.9) e insuficiencia cardíaca descompensada (I50.0).\n\n"
    "Se trató con ceftriaxona (J01DD04) 2 g al día ev, claritromicina (J01FA09) 500 mg cada 12 horas, furosemida (C03CA01) 40 mg cada 8 horas ev y enalapril (C09AA02) "
    "5 mg cada 12 horas. Evolucionó afebril al día 3, con balance negativo de 3 litros y sin edema al alta. Tras 9 días de hospitalización se indica furosemida 40 mg al "
    "día, mantener enalapril, completar cefuroxima 500 mg cada 12 horas por 3 días y control en APS en 1 semana.",
    "NAC + IC, dos párrafos")

rec("c050", {
    "sexo": "M", "edad": 77,
    "motivo_ingreso": "Hematoquecia abundante de 6 horas con mareo",
    "antecedentes": ["Diverticulosis conocida", "HTA"],
    "diagnosticos": [
        {"codigo": "K92.2", "nombre": "Hemorragia digestiva baja"},
        {"codigo": "D62", "nombre": "Anemia aguda posthemorrágica"}],
    "procedimientos": ["Transfusión de 2 unidades de glóbulos rojos", "Colonoscopía: divertículos en sigmoides sin sangrado activo"],
    "tratamiento": [{"codigo": "B03AA07", "nombre": "Sulfato ferroso", "dosis": "200 mg al día"}],
    "examenes": {"hemoglobina ingreso": "7,8 g/dL", "hemoglobina alta": "9,6 g/dL"},
    "evolucion": "Sin nuevos episodios de sangrado",
    "dias_estadia": 4,
    "indicaciones_alta": ["Régimen rico en fibra", "Control de hemoglobina en 1 semana", "Control en policlínico de coloproctología"]},
    "Ingresa por hematoquecia abundante de 6 horas de evolución con mareo. Paciente de sexo masculino de 77 años con antecedentes de diverticulosis conocida y HTA, con "
    "hemoglobina de 7,8 g/dL al ingreso, diagnosticándose hemorragia digestiva baja (K92.2) y anemia aguda posthemorrágica (D62). Recibió transfusión de 2 unidades de "
    "glóbulos rojos y la colonoscopía mostró divertículos en sigmoides sin sangrado activo. No presentó nuevos episodios de sangrado y se inició sulfato ferroso "
    "(B03AA07) 200 mg al día, con hemoglobina de 9,6 g/dL al alta. Tras 4 días de hospitalización se indica régimen rico en fibra, control de hemoglobina en 1 semana y "
    "control en policlínico de coloproctología.",
    "HDB diverticular")

rec("c051", {
    "sexo": "F", "edad": 52,
    "motivo_ingreso": "Vómitos, dolor abdominal, debilidad intensa e hipotensión 80/50 mmHg de 2 días, hiperpigmentación cutánea",
    "diagnosticos": [
        {"codigo": "E27.1", "nombre": "Insuficiencia suprarrenal primaria descompensada"},
        {"codigo": "E87.1", "nombre": "Hiponatremia"}],
    "tratamiento": [
        "Suero fisiológico 0,9% ev",
        {"codigo": "H02AB09", "nombre": "Hidrocortisona", "dosis": "100 mg ev en bolo y luego 50 mg cada 6 horas"},
        {"codigo": "H02AA02", "nombre": "Fludrocortisona", "dosis": "0,1 mg al día"}],
    "examenes": {"sodio": "126 mEq/L", "potasio": "5,8 mEq/L", "cortisol": "2,1 ug/dL", "ACTH": "480 pg/mL", "sodio al alta": "135 mEq/L"},
    "dias_estadia": 5,
    "indicaciones_alta": ["Hidrocortisona 20 mg en la mañana y 10 mg en la tarde", "Fludrocortisona 0,1 mg al día", "Duplicar dosis de hidrocortisona en caso de fiebre",
                          "Control en endocrinología en 2 semanas"]},
    "Ingresa por vómitos, dolor abdominal, debilidad intensa e hipotensión de 80/50 mmHg de 2 días de evolución, con hiperpigmentación cutánea. Paciente de sexo "
    "femenino de 52 años con sodio de 126 mEq/L, potasio de 5,8 mEq/L, cortisol de 2,1 ug/dL y ACTH de 480 pg/mL, diagnosticándose insuficiencia suprarrenal primaria "
    "descompensada (E27.1) con hiponatremia (E87.1). Se manejó con suero fisiológico 0,9% ev e hidrocortisona (H02AB09) 100 mg ev en bolo y luego 50 mg cada 6 horas, "
    "agregándose fludrocortisona (H02AA02) 0,1 mg al día. Evolucionó con normalización hemodinámica y sodio de 135 mEq/L al alta, tras 5 días de hospitalización. Se "
    "indica hidrocortisona 20 mg en la mañana y 10 mg en la tarde, duplicar la dosis en caso de fiebre y control en endocrinología en 2 semanas.",
    "crisis addisoniana")

rec("c052", {
    "id_paciente": "HCL-55821",
    "sexo": "M", "edad": 62,
    "dx": "Encefalopatía hepática (K729) en cirrosis hepática (K746), precipitada por constipación (K590)",
    "motivo": "Somnolencia, desorientación y asterixis de 2 días, sin deposiciones hace 5 días",
    "farmacos": "Lactulosa (A06AD11) 30 mL cada 8 horas; Rifaximina (A07AA11) 550 mg cada 12 horas",
    "examenes": "Amonio 142 ug/dL, sodio 133 mEq/L, bilirrubina 3,2 mg/dL, sin infección en paracentesis diagnóstica",
    "evolucion": "Recupera estado de conciencia al día 3 con 2 a 3 deposiciones diarias",
    "dias_estadia": 5,
    "alta": "Lactulosa para lograr 2 a 3 deposiciones diarias, rifaximina, control en hepatología en 2 semanas"},
    "Ingresa por somnolencia, desorientación y asterixis de 2 días de evolución, sin deposiciones hace 5 días. Paciente de sexo masculino de 62 años con cirrosis "
    "hepática (K746), con amonio de 142 ug/dL, sodio de 133 mEq/L y bilirrubina de 3,2 mg/dL. La paracentesis diagnóstica descartó infección, diagnosticándose "
    "encefalopatía hepática (K729) precipitada por constipación (K590). Se inició lactulosa (A06AD11) 30 mL cada 8 horas y rifaximina (A07AA11) 550 mg cada 12 horas, "
    "recuperando el estado de conciencia al día 3 con 2 a 3 deposiciones diarias. Tras 5 días de hospitalización se indica lactulosa para lograr 2 a 3 deposiciones "
    "diarias, mantener rifaximina y control en hepatología en 2 semanas.",
    "encefalopatía hepática, códigos sin punto dentro de texto")

rec("c053", {
    "sexo": "M", "edad": 72,
    "motivo_ingreso": "Disnea de reposo, aumento de expectoración y somnolencia de 2 días",
    "diagnosticos": [
        {"codigo": "J44.1", "nombre": "EPOC exacerbado"},
        {"codigo": "J96.0", "nombre": "Insuficiencia respiratoria aguda global"}],
    "tratamiento": [
        "Ventilación mecánica no invasiva por 48 horas",
        {"codigo": "R03AL02", "nombre": "Salbutamol/ipratropio", "dosis": "4 puff cada 6 horas"},
        {"codigo": "H02AB04", "nombre": "Metilprednisolona", "dosis": "40 mg al día ev"},
        {"codigo": "J01MA12", "nombre": "Levofloxacino", "dosis": "750 mg al día"}],
    "examenes": {"GSA ingreso": "pH 7,28, pCO2 68 mmHg", "GSA alta": "pH 7,39, pCO2 49 mmHg"},
    "evolucion": "Suspensión de VMNI, saturación 90% con oxígeno a 1 L/min",
    "dias_estadia": 8,
    "indicaciones_alta": ["Oxigenoterapia domiciliaria 1 L/min", "Prednisona 30 mg al día por 5 días", "Control en policlínico respiratorio en 2 semanas"]},
    "Ingresa por disnea de reposo, aumento de expectoración y somnolencia de 2 días de evolución. Paciente de sexo masculino de 72 años con GSA de ingreso con pH de "
    "7,28 y pCO2 de 68 mmHg, diagnosticándose EPOC exacerbado (J44.1) con insuficiencia respiratoria aguda global (J96.0). Requirió ventilación mecánica no invasiva "
    "por 48 horas y se trató con salbutamol/ipratropio (R03AL02) 4 puff cada 6 horas, metilprednisolona (H02AB04) 40 mg al día ev y levofloxacino (J01MA12) 750 mg al "
    "día. Evolucionó favorablemente, con GSA de control con pH de 7,39 y pCO2 de 49 mmHg y saturación de 90% con oxígeno a 1 L/min. Tras 8 días de hospitalización se "
    "indica oxigenoterapia domiciliaria a 1 L/min, prednisona 30 mg al día por 5 días y control en policlínico respiratorio en 2 semanas.",
    "EPOC con VMNI")

rec("c054", {
    "sexo": "M", "edad": 59,
    "motivo_ingreso": "Dolor, aumento de volumen y calor de rodilla derecha con fiebre de 3 días",
    "diagnosticos": [{"codigo": "M00.0", "nombre": "Artritis séptica estafilocócica de rodilla derecha"}],
    "procedimientos": ["Artrocentesis: líquido purulento con 68.000 leucocitos", "Aseo articular artroscópico"],
    "tratamiento": [
        {"codigo": "J01DB04", "nombre": "Cefazolina", "dosis": "2 g cada 8 horas ev"},
        {"codigo": "N02BE01", "nombre": "Paracetamol", "dosis": "1 g cada 8 horas"}],
    "examenes": {"PCR": "240 mg/L", "cultivo de líquido articular": "Staphylococcus aureus meticilino sensible"},
    "evolucion": "Afebril, disminución del derrame articular, PCR 38 mg/L al alta",
    "dias_estadia": 9,
    "indicaciones_alta": ["Cefadroxilo 1 g cada 12 horas por 3 semanas", "Kinesioterapia", "Control en traumatología en 1 semana"]},
    "Ingresa por dolor, aumento de volumen y calor de rodilla derecha con fiebre de 3 días de evolución. Paciente de sexo masculino de 59 años con PCR de 240 mg/L. "
    "La artrocentesis obtuvo líquido purulento con 68.000 leucocitos y el cultivo de líquido articular fue positivo para Staphylococcus aureus meticilino sensible, "
    "configurando artritis séptica estafilocócica de rodilla derecha (M00.0). Se realizó aseo articular artroscópico y se trató con cefazolina (J01DB04) 2 g cada "
    "8 horas ev y paracetamol (N02BE01) 1 g cada 8 horas. Evolucionó afebril, con disminución del derrame articular y PCR de 38 mg/L al alta. Tras 9 días de "
    "hospitalización se indica cefadroxilo 1 g cada 12 horas por 3 semanas, kinesioterapia y control en traumatología en 1 semana.",
    "artritis séptica")

rec("c055", {
    "sexo": "M", "edad": 22,
    "motivo_ingreso": "Dolor torácico izquierdo súbito y disnea de 6 horas",
    "antecedentes": ["Tabaquismo"],
    "diagnosticos": [{"codigo": "J93.1", "nombre": "Neumotórax espontáneo primario izquierdo"}],
    "procedimientos": ["Radiografía de tórax: neumotórax izquierdo de 40%", "Pleurostomía izquierda"],
    "tratamiento": [
        {"codigo": "N02BE01", "nombre": "Paracetamol", "dosis": "1 g cada 8 horas"},
        {"codigo": "N02AX02", "nombre": "Tramadol", "dosis": "50 mg cada 8 horas"}],
    "evolucion": "Reexpansión pulmonar completa, retiro de pleurostomía al día 3",
    "dias_estadia": 4,
    "indicaciones_alta": ["No viajar en avión ni bucear por 6 semanas", "Suspender tabaquismo", "Control en cirugía de tórax con radiografía en 1 semana"]},
    "Ingresa por dolor torácico izquierdo súbito y disnea de 6 horas de evolución. Paciente de sexo masculino de 22 años con antecedente de tabaquismo. La radiografía "
    "de tórax mostró un neumotórax izquierdo de 40%, diagnosticándose neumotórax espontáneo primario izquierdo (J93.1). Se instaló pleurostomía izquierda, con "
    "reexpansión pulmonar completa, y se manejó el dolor con paracetamol (N02BE01) 1 g cada 8 horas y tramadol (N02AX02) 50 mg cada 8 horas. Se retiró la pleurostomía "
    "al día 3 sin incidentes. Tras 4 días de hospitalización se indica no viajar en avión ni bucear por 6 semanas, suspender el tabaquismo y control en cirugía de "
    "tórax con radiografía en 1 semana.",
    "neumotórax espontáneo")

rec("c056", {
    "sexo": "F", "edad": 70,
    "motivo_ingreso": "Dolor torácico opresivo en reposo de 20 minutos, recurrente en 2 días",
    "diagnosticos": [
        {"codigo": "I20.0", "nombre": "Angina inestable"},
        {"codigo": "I10", "nombre": "Hipertensión arterial"},
        {"codigo": "E11.9", "nombre": "Diabetes mellitus tipo 2"}],
    "tratamiento": [
        {"codigo": "B01AC06", "nombre": "Ácido acetilsalicílico", "dosis": "100 mg al día"},
        {"codigo": "C10AA05", "nombre": "Atorvastatina", "dosis": "80 mg al día"},
        {"codigo": "C01DA14", "nombre": "Mononitrato de isosorbida", "dosis": "20 mg cada 12 horas"},
        {"codigo": "C09CA01", "nombre": "Losartán", "dosis": "50 mg al día"},
        {"codigo": "A10BA02", "nombre": "Metformina", "dosis": "850 mg al día"}],
    "examenes": {"troponina T ultrasensible": "12 ng/L seriada sin curva", "ECG": "infradesnivel del ST de 1 mm en cara lateral"},
    "procedimientos": ["Coronariografía: lesión moderada de arteria circunfleja, manejo médico"],
    "dias_estadia": 3,
    "indicaciones_alta": ["Control en cardiología en 2 semanas", "Test de esfuerzo ambulatorio"]},
    "Ingresa por dolor torácico opresivo en reposo de 20 minutos, recurrente en 2 días. Paciente de sexo femenino de 70 años con antecedentes de hipertensión arterial "
    "(I10) y diabetes mellitus tipo 2 (E11.9). El ECG mostró infradesnivel del ST de 1 mm en cara lateral, con troponina T ultrasensible de 12 ng/L seriada sin curva, "
    "diagnosticándose angina inestable (I20.0). La coronariografía evidenció lesión moderada de arteria circunfleja, decidiéndose manejo médico con ácido "
    "acetilsalicílico (B01AC06) 100 mg al día, atorvastatina (C10AA05) 80 mg al día y mononitrato de isosorbida (C01DA14) 20 mg cada 12 horas. Se mantuvieron losartán "
    "(C09CA01) 50 mg al día y metformina (A10BA02) 850 mg al día. Tras 3 días de hospitalización se indica test de esfuerzo ambulatorio y control en cardiología en 2 semanas.",
    "angina inestable")

rec("c057", {
    "sexo": "F", "edad": 82,
    "motivo_ingreso": "Pérdida de conciencia breve al ponerse de pie, con recuperación espontánea",
    "antecedentes": ["HTA en tratamiento con hidroclorotiazida"],
    "diagnosticos": [
        {"codigo": "R55", "nombre": "Síncope"},
        {"codigo": "I95.1", "nombre": "Hipotensión ortostática"}],
    "examenes": {"test de ortostatismo": "presión arterial 142/80 mmHg acostada y 104/62 mmHg de pie", "ECG": "ritmo sinusal",
                 "Holter de ritmo": "sin arritmias", "ecocardiograma": "FEVI 60%, sin valvulopatía significativa"},
    "tratamiento": ["Suspensión de hidroclorotiazida", "Hidratación oral abundante", "Medias de compresión"],
    "evolucion": "Sin nuevos episodios, test de ortostatismo negativo al día 3",
    "dias_estadia": 3,
    "indicaciones_alta": ["Levantarse lentamente", "Control de presión arterial en CESFAM en 1 semana"]},
    "Ingresa por pérdida de conciencia breve al ponerse de pie, con recuperación espontánea. Paciente de sexo femenino de 82 años con antecedente de HTA en tratamiento "
    "con hidroclorotiazida. El test de ortostatismo mostró presión arterial de 142/80 mmHg acostada y 104/62 mmHg de pie, con ECG en ritmo sinusal, Holter de ritmo "
    "sin arritmias y ecocardiograma con FEVI de 60% sin valvulopatía significativa. Se diagnostica síncope (R55) secundario a hipotensión ortostática (I95.1). Se "
    "suspendió hidroclorotiazida y se indicó hidratación oral abundante y medias de compresión, sin nuevos episodios y con test de ortostatismo negativo al día 3. Tras "
    "3 días de hospitalización se indica levantarse lentamente y control de presión arterial en CESFAM en 1 semana.",
    "síncope ortostático, sin códigos ATC en el input")

rec("c058", {
    "sexo": "F", "edad": 54,
    "motivo_ingreso": "Fiebre de 38,9 °C a los 10 días de quimioterapia",
    "diagnosticos": [
        {"codigo": "D70", "nombre": "Neutropenia febril"},
        {"codigo": "C50.9", "nombre": "Cáncer de mama en quimioterapia"}],
    "tratamiento": [
        {"codigo": "J01DE01", "nombre": "Cefepime", "dosis": "2 g cada 8 horas ev"},
        {"codigo": "L03AA02", "nombre": "Filgrastim", "dosis": "300 mcg al día sc"},
        {"codigo": "N02BE01", "nombre": "Paracetamol", "dosis": "1 g cada 8 horas SOS"}],
    "examenes": {"RAN ingreso": "180", "RAN alta": "2.300", "hemocultivos": "negativos", "radiografía de tórax": "sin condensación"},
    "evolucion": "Afebril a las 72 horas",
    "dias_estadia": 6,
    "indicaciones_alta": ["Control en oncología antes del próximo ciclo", "Consultar en urgencia si presenta fiebre"]},
    "Ingresa por fiebre de 38,9 °C a los 10 días de quimioterapia. Paciente de sexo femenino de 54 años con cáncer de mama en quimioterapia (C50.9), con RAN de 180, "
    "diagnosticándose neutropenia febril (D70). Los hemocultivos fueron negativos y la radiografía de tórax no mostró condensación. Se inició cefepime (J01DE01) 2 g cada "
    "8 horas ev, filgrastim (L03AA02) 300 mcg al día sc y paracetamol (N02BE01) 1 g cada 8 horas SOS. Evolucionó afebril a las 72 horas, con recuperación del RAN a "
    "2.300 al alta. Tras 6 días de hospitalización se indica control en oncología antes del próximo ciclo y consultar en urgencia si presenta fiebre.",
    "neutropenia febril")

rec("c059",
    "Hombre de 52 años, asmático desde la infancia, con mala adherencia a budesonida. Consulta por disnea y sibilancias de 2 días tras cuadro viral. SatO2 90%, "
    "PEF 45% del teórico. Diagnóstico: Asma predominantemente alérgica exacerbada (J45.0). Tratamiento: salbutamol (R03AC02) 4 puff cada 20 minutos y luego cada 4 horas, "
    "prednisona (H02AB07) 40 mg al día, budesonida/formoterol (R03AK07) 160/4,5 mcg 2 inhalaciones cada 12 horas. Evolución: sin sibilancias al día 2, PEF 80% del "
    "teórico. Estadía 2 días. Alta con prednisona por 5 días, budesonida/formoterol y educación de técnica inhalatoria.",
    "Ingresa por disnea y sibilancias de 2 días de evolución tras cuadro viral. Paciente de sexo masculino de 52 años, asmático desde la infancia y con mala adherencia "
    "a budesonida, con SatO2 de 90% y PEF de 45% del teórico, diagnosticándose asma predominantemente alérgica exacerbada (J45.0). Se trató con salbutamol (R03AC02) "
    "4 puff cada 20 minutos y luego cada 4 horas, prednisona (H02AB07) 40 mg al día y budesonida/formoterol (R03AK07) 160/4,5 mcg 2 inhalaciones cada 12 horas. "
    "Evolucionó sin sibilancias al día 2, con PEF de 80% del teórico. Se otorga el alta tras 2 días de estadía con prednisona por 5 días, budesonida/formoterol y "
    "educación de técnica inhalatoria.",
    "asma en hombre, texto libre corto")

rec("c060", {
    "sexo": "F", "edad": 19,
    "motivo_ingreso": "Dolor abdominal difuso de 3 días, fiebre y vómitos",
    "diagnosticos": [{"codigo": "K35.2", "nombre": "Apendicitis aguda perforada con peritonitis difusa"}],
    "procedimientos": ["TAC de abdomen: apendicitis perforada con líquido libre", "Apendicectomía laparoscópica con aseo peritoneal"],
    "tratamiento": [
        {"codigo": "J01DD04", "nombre": "Ceftriaxona", "dosis": "2 g al día ev"},
        {"codigo": "J01XD01", "nombre": "Metronidazol", "dosis": "500 mg cada 8 horas ev"},
        {"codigo": "N02BB02", "nombre": "Metamizol", "dosis": "1 g cada 8 horas ev"}],
    "examenes": {"leucocitos": "19.600", "PCR": "231 mg/L", "test de embarazo": "negativo"},
    "evolucion": "Íleo postoperatorio que resuelve al día 3, afebril",
    "dias_estadia": 5,
    "indicaciones_alta": ["Amoxicilina/ácido clavulánico 875/125 mg cada 12 horas por 7 días", "Control en cirugía en 10 días"]},
    "Ingresa por dolor abdominal difuso de 3 días de evolución, fiebre y vómitos. Paciente de sexo femenino de 19 años con leucocitos de 19.600, PCR de 231 mg/L y test "
    "de embarazo negativo. La TAC de abdomen mostró apendicitis perforada con líquido libre, diagnosticándose apendicitis aguda perforada con peritonitis difusa (K35.2), "
    "por lo que se realizó apendicectomía laparoscópica con aseo peritoneal. Recibió ceftriaxona (J01DD04) 2 g al día ev, metronidazol (J01XD01) 500 mg cada 8 horas ev "
    "y metamizol (N02BB02) 1 g cada 8 horas ev. Presentó íleo postoperatorio que resolvió al día 3, manteniéndose afebril. Tras 5 días de hospitalización se indica "
    "amoxicilina/ácido clavulánico 875/125 mg cada 12 horas por 7 días y control en cirugía en 10 días.",
    "apendicitis perforada")

rec("c061", {
    "sexo": "M", "edad": 66,
    "motivo_ingreso": "Aumento de volumen inguinal derecho doloroso e irreductible de 8 horas",
    "antecedentes": ["Hernia inguinal derecha de larga data", "HTA"],
    "diagnosticos": [{"codigo": "K40.3", "nombre": "Hernia inguinal derecha atascada"}],
    "procedimientos": ["Hernioplastía inguinal derecha con malla, sin resección intestinal"],
    "tratamiento": [
        {"codigo": "M01AB15", "nombre": "Ketorolaco", "dosis": "30 mg cada 8 horas ev"},
        {"codigo": "N02BE01", "nombre": "Paracetamol", "dosis": "1 g cada 8 horas"}],
    "evolucion": "Sin complicaciones, deambulación precoz, tolera régimen",
    "dias_estadia": 2,
    "indicaciones_alta": ["Evitar esfuerzos por 4 semanas", "Retiro de puntos en CESFAM en 10 días", "Control en cirugía en 3 semanas"]},
    "Ingresa por aumento de volumen inguinal derecho doloroso e irreductible de 8 horas de evolución. Paciente de sexo masculino de 66 años con antecedentes de HTA y "
    "hernia inguinal derecha de larga data, diagnosticándose hernia inguinal derecha atascada (K40.3). Se realizó hernioplastía inguinal derecha con malla, sin "
    "necesidad de resección intestinal. Recibió analgesia con ketorolaco (M01AB15) 30 mg cada 8 horas ev y paracetamol (N02BE01) 1 g cada 8 horas. Evolucionó sin "
    "complicaciones, con deambulación precoz y buena tolerancia al régimen. Tras 2 días de hospitalización se indica evitar esfuerzos por 4 semanas, retiro de puntos "
    "en CESFAM en 10 días y control en cirugía en 3 semanas.",
    "hernia inguinal atascada")

rec("c062", {
    "sexo": "M", "edad": 41,
    "motivo_ingreso": "Aumento de volumen y dolor de hemicara izquierda, trismus y fiebre de 3 días, dolor dental previo",
    "diagnosticos": [
        {"codigo": "L03.2", "nombre": "Celulitis facial"},
        {"codigo": "K04.7", "nombre": "Absceso periapical de pieza 36"}],
    "procedimientos": ["TAC de cuello: celulitis submandibular izquierda sin colección", "Exodoncia de pieza 36"],
    "tratamiento": [
        {"codigo": "J01CR02", "nombre": "Amoxicilina/ácido clavulánico", "dosis": "1 g cada 8 horas ev"},
        {"codigo": "M01AE01", "nombre": "Ibuprofeno", "dosis": "400 mg cada 8 horas"}],
    "examenes": {"PCR": "146 mg/L", "leucocitos": "15.700"},
    "evolucion": "Regresión del edema facial, apertura bucal normal al día 4",
    "dias_estadia": 5,
    "indicaciones_alta": ["Amoxicilina/ácido clavulánico 875/125 mg cada 12 horas por 7 días", "Control en cirugía maxilofacial en 1 semana"]},
    "Ingresa por aumento de volumen y dolor de hemicara izquierda, trismus y fiebre de 3 días de evolución, con dolor dental previo. Paciente de sexo masculino de "
    "41 años con PCR de 146 mg/L y leucocitos de 15.700. La TAC de cuello mostró celulitis submandibular izquierda sin colección, diagnosticándose celulitis facial "
    "(L03.2) secundaria a absceso periapical de pieza 36 (K04.7). Se realizó exodoncia de pieza 36 y se trató con amoxicilina/ácido clavulánico (J01CR02) 1 g cada "
    "8 horas ev e ibuprofeno (M01AE01) 400 mg cada 8 horas. Evolucionó con regresión del edema facial y apertura bucal normal al día 4. Tras 5 días de hospitalización "
    "se indica amoxicilina/ácido clavulánico 875/125 mg cada 12 horas por 7 días y control en cirugía maxilofacial en 1 semana.",
    "celulitis facial odontogénica")

rec("c063",
    "Paciente de 27 años, sexo femenino, sin antecedentes. Fiebre 39 °C, tos productiva y dolor pleurítico derecho de 2 días. Radiografía: condensación lobar "
    "inferior derecha. PCR 212 mg/L. Dx: Neumonía neumocócica (J13), antígeno urinario de neumococo positivo. Tto: Ceftriaxona (J01DD04) 2 g/día ev por 3 días, "
    "luego amoxicilina 1 g cada 8 horas vo hasta completar 7 días. Paracetamol (N02BE01) 1 g c/8h. Afebril a las 48 h. Alta al 3er día. Control APS 1 semana.",
    "Ingresa por fiebre de 39 °C, tos productiva y dolor pleurítico derecho de 2 días de evolución. Paciente de sexo femenino de 27 años, sin antecedentes mórbidos. La "
    "radiografía mostró condensación lobar inferior derecha, con PCR de 212 mg/L y antígeno urinario de neumococo positivo, diagnosticándose neumonía neumocócica (J13). "
    "Se trató con ceftriaxona (J01DD04) 2 g/día ev por 3 días y paracetamol (N02BE01) 1 g cada 8 horas, evolucionando afebril a las 48 horas. Se otorga el alta al "
    "3er día de hospitalización con amoxicilina 1 g cada 8 horas vo hasta completar 7 días y control en APS en 1 semana.",
    "neumonía neumocócica, texto libre con abreviaturas")

rec("c064", {
    "sexo": "M", "edad": 45,
    "motivo_ingreso": "Fiebre intermitente, baja de peso y disnea de 3 semanas",
    "antecedentes": ["Valvulopatía aórtica bicúspide"],
    "diagnosticos": [
        {"codigo": "I33.0", "nombre": "Endocarditis infecciosa de válvula aórtica"},
        {"codigo": "B95.2", "nombre": "Infección por Enterococcus faecalis"}],
    "tratamiento": [
        {"codigo": "J01CA01", "nombre": "Ampicilina", "dosis": "2 g cada 4 horas ev"},
        {"codigo": "J01DD04", "nombre": "Ceftriaxona", "dosis": "2 g cada 12 horas ev"}],
    "examenes": {"hemocultivos": "3 de 3 positivos para Enterococcus faecalis", "PCR": "96 mg/L", "hemoglobina": "10,1 g/dL"},
    "procedimientos": ["Ecocardiograma transesofágico: vegetación de 12 mm en velo aórtico, insuficiencia aórtica moderada"],
    "evolucion": "Hemocultivos de control negativos al día 5, afebril, sin embolías",
    "dias_estadia": 28,
    "indicaciones_alta": ["Completar 6 semanas de ampicilina y ceftriaxona en hospitalización domiciliaria", "Control en cardiocirugía para evaluar reemplazo valvular",
                          "Evaluación odontológica"]},
    "Ingresa por fiebre intermitente, baja de peso y disnea de 3 semanas de evolución. Paciente de sexo masculino de 45 años con antecedente de valvulopatía aórtica "
    "bicúspide. Presentó hemocultivos 3 de 3 positivos para Enterococcus faecalis, PCR de 96 mg/L y hemoglobina de 10,1 g/dL, y el ecocardiograma transesofágico mostró "
    "vegetación de 12 mm en velo aórtico con insuficiencia aórtica moderada, configurando endocarditis infecciosa de válvula aórtica (I33.0) por Enterococcus faecalis "
    "(B95.2).\n\n"
    "Se inició ampicilina (J01CA01) 2 g cada 4 horas ev asociada a ceftriaxona (J01DD04) 2 g cada 12 horas ev, con hemocultivos de control negativos al día 5. "
    "Evolucionó afebril y sin embolías. Tras 28 días de hospitalización se indica completar 6 semanas de ampicilina y ceftriaxona en hospitalización domiciliaria, "
    "control en cardiocirugía para evaluar reemplazo valvular y evaluación odontológica.",
    "endocarditis enterocócica, dos párrafos")

rec("c065", {
    "demographics": {"sex": "female", "age": 61},
    "admission": {"reason": "Fiebre, dolor lumbar izquierdo y vómitos de 2 días"},
    "problems": [
        {"icd10": "N10", "title": "Pielonefritis aguda"},
        {"icd10": "E11.9", "title": "Diabetes mellitus tipo 2"},
        {"icd10": "E66.9", "title": "Obesidad"}],
    "medications": [
        {"atc": "J01DD04", "title": "Ceftriaxona", "dose": "2 g al día ev"},
        {"atc": "A10AE04", "title": "Insulina glargina", "dose": "16 UI al día"},
        {"atc": "A10BA02", "title": "Metformina", "dose": "1 g cada 12 horas, suspendida durante la hospitalización"}],
    "results": {"urocultivo": "Escherichia coli BLEE negativo", "PCR": "189 mg/L", "glicemia": "298 mg/dL", "ecografía renal": "sin dilatación de vía urinaria"},
    "course": "Afebril al día 2, glicemias bajo 180 mg/dL",
    "days": 4,
    "discharge": ["Cefixima 400 mg al día hasta completar 10 días", "Reiniciar metformina 1 g cada 12 horas", "Insulina glargina 16 UI al día", "Control en APS en 1 semana"]},
    "Ingresa por fiebre, dolor lumbar izquierdo y vómitos de 2 días de evolución. Paciente de sexo femenino de 61 años con antecedentes de diabetes mellitus tipo 2 "
    "(E11.9) y obesidad (E66.9), con PCR de 189 mg/L y glicemia de 298 mg/dL. La ecografía renal no mostró dilatación de vía urinaria y el urocultivo fue positivo para "
    "Escherichia coli BLEE negativo, diagnosticándose pielonefritis aguda (N10). Se trató con ceftriaxona (J01DD04) 2 g al día ev, suspendiendo metformina (A10BA02) "
    "durante la hospitalización e iniciando insulina glargina (A10AE04) 16 UI al día. Evolucionó afebril al día 2 y con glicemias bajo 180 mg/dL. Tras 4 días de "
    "hospitalización se indica cefixima 400 mg al día hasta completar 10 días, reiniciar metformina 1 g cada 12 horas, mantener insulina glargina y control en APS en "
    "1 semana.",
    "pielonefritis en diabética, claves inglés anidadas")

rec("c066", {
    "sexo": "M", "edad": 33,
    "motivo_ingreso": "Mordedura de perro en antebrazo derecho hace 2 días, con eritema, calor y dolor progresivo",
    "diagnosticos": [{"codigo": "L03.1", "nombre": "Celulitis de antebrazo derecho"}],
    "tratamiento": [
        {"codigo": "J01CR02", "nombre": "Amoxicilina/ácido clavulánico", "dosis": "1 g cada 8 horas ev"},
        {"codigo": "N02BE01", "nombre": "Paracetamol", "dosis": "1 g cada 8 horas"},
        "Vacuna antirrábica esquema post exposición", "Vacuna antitetánica"],
    "procedimientos": ["Aseo quirúrgico de herida"],
    "examenes": {"PCR": "88 mg/L", "radiografía de antebrazo": "sin cuerpo extraño ni compromiso óseo"},
    "evolucion": "Disminución del eritema, afebril",
    "dias_estadia": 3,
    "indicaciones_alta": ["Amoxicilina/ácido clavulánico 875/125 mg cada 12 horas hasta completar 7 días", "Completar esquema de vacuna antirrábica en vacunatorio",
                          "Curación en CESFAM"]},
    "Ingresa por mordedura de perro en antebrazo derecho hace 2 días, con eritema, calor y dolor progresivo. Paciente de sexo masculino de 33 años con PCR de 88 mg/L y "
    "radiografía de antebrazo sin cuerpo extraño ni compromiso óseo, diagnosticándose celulitis de antebrazo derecho (L03.1). Se realizó aseo quirúrgico de herida y se "
    "inició amoxicilina/ácido clavulánico (J01CR02) 1 g cada 8 horas ev y paracetamol (N02BE01) 1 g cada 8 horas, administrándose además vacuna antitetánica y vacuna "
    "antirrábica con esquema post exposición. Evolucionó afebril y con disminución del eritema. Tras 3 días de hospitalización se indica amoxicilina/ácido clavulánico "
    "875/125 mg cada 12 horas hasta completar 7 días, completar esquema de vacuna antirrábica en vacunatorio y curación en CESFAM.",
    "celulitis por mordedura")

rec("c067", {
    "sexo": "F", "edad": 45,
    "motivo_ingreso": "Polidipsia, poliuria y baja de peso de 8 kg en 2 meses",
    "diagnosticos": [
        {"codigo": "E11.9", "nombre": "Diabetes mellitus tipo 2 de reciente diagnóstico"},
        {"codigo": "E66.9", "nombre": "Obesidad"}],
    "tratamiento": [
        {"codigo": "A10AC01", "nombre": "Insulina NPH", "dosis": "10 UI en la mañana y 6 UI en la noche"},
        {"codigo": "A10BA02", "nombre": "Metformina", "dosis": "850 mg al almuerzo"}],
    "examenes": {"glicemia": "398 mg/dL", "HbA1c": "12,4%", "cetonemia": "negativa", "pH": "7,38"},
    "evolucion": "Glicemias entre 120 y 200 mg/dL, educación en insulinoterapia y autocontrol por enfermera",
    "dias_estadia": 3,
    "indicaciones_alta": ["Insulina NPH 10 UI en la mañana y 6 UI en la noche", "Metformina 850 mg al almuerzo", "Ingreso a programa cardiovascular en CESFAM"]},
    "Ingresa por polidipsia, poliuria y baja de peso de 8 kg en 2 meses. Paciente de sexo femenino de 45 años con obesidad (E66.9), con glicemia de 398 mg/dL, HbA1c de "
    "12,4%, cetonemia negativa y pH de 7,38, diagnosticándose diabetes mellitus tipo 2 de reciente diagnóstico (E11.9). Se inició insulina NPH (A10AC01) 10 UI en la "
    "mañana y 6 UI en la noche y metformina (A10BA02) 850 mg al almuerzo, logrando glicemias entre 120 y 200 mg/dL. Recibió educación en insulinoterapia y autocontrol "
    "por enfermera. Tras 3 días de hospitalización se indica mantener el esquema de insulina NPH y metformina e ingreso a programa cardiovascular en CESFAM.",
    "debut DM2")

rec("c068", {
    "sexo": "M", "edad": 66,
    "motivo_ingreso": "Disnea de pequeños esfuerzos, ortopnea y edema de 2 semanas",
    "diagnosticos": [
        {"codigo": "I50.0", "nombre": "Insuficiencia cardíaca con FEVI reducida descompensada"},
        {"codigo": "I42.0", "nombre": "Miocardiopatía dilatada"}],
    "tratamiento": [
        {"codigo": "C03CA01", "nombre": "Furosemida", "dosis": "40 mg cada 12 horas ev"},
        {"codigo": "C09DX04", "nombre": "Sacubitril/valsartán", "dosis": "24/26 mg cada 12 horas"},
        {"codigo": "C03DA01", "nombre": "Espironolactona", "dosis": "25 mg al día"},
        {"codigo": "C07AG02", "nombre": "Carvedilol", "dosis": "6,25 mg cada 12 horas"}],
    "examenes": {"ecocardiograma": "FEVI 25%, ventrículo izquierdo dilatado", "NT-proBNP": "12.600 pg/mL", "creatinina": "1,1 mg/dL", "potasio": "4,6 mEq/L"},
    "evolucion": "Baja de peso de 6 kg, sin ortopnea",
    "dias_estadia": 7,
    "indicaciones_alta": ["Furosemida 40 mg al día vo", "Control en unidad de insuficiencia cardíaca en 2 semanas", "Restricción de sodio"]},
    "Ingresa por disnea de pequeños esfuerzos, ortopnea y edema de 2 semanas de evolución. Paciente de sexo masculino de 66 años con NT-proBNP de 12.600 pg/mL y "
    "ecocardiograma con FEVI de 25% y ventrículo izquierdo dilatado, configurando insuficiencia cardíaca con FEVI reducida descompensada (I50.0) por miocardiopatía "
    "dilatada (I42.0). Se trató con furosemida (C03CA01) 40 mg cada 12 horas ev, logrando baja de peso de 6 kg y resolución de la ortopnea. Se inició sacubitril/valsartán "
    "(C09DX04) 24/26 mg cada 12 horas, espironolactona (C03DA01) 25 mg al día y carvedilol (C07AG02) 6,25 mg cada 12 horas, con creatinina de 1,1 mg/dL y potasio de "
    "4,6 mEq/L. Tras 7 días de hospitalización se indica furosemida 40 mg al día vo, restricción de sodio y control en unidad de insuficiencia cardíaca en 2 semanas.",
    "IC FEVI reducida")

rec("c069", {
    "paciente": {"sexo": "femenino", "edad": 75, "antecedentes": ["EPOC GOLD 3", "Osteoporosis"]},
    "episodio": {
        "motivo": "Aumento de disnea, tos con expectoración purulenta y fiebre de 3 días",
        "diagnosticos": [{"codigo": "J44.0", "nombre": "EPOC con infección respiratoria aguda baja"}, {"codigo": "J18.9", "nombre": "Neumonía"}],
        "farmacos": [
            {"codigo": "J01DD04", "nombre": "Ceftriaxona", "dosis": "1 g cada 12 horas ev"},
            {"codigo": "R03AC02", "nombre": "Salbutamol", "dosis": "2 puff cada 4 horas"},
            {"codigo": "H02AB07", "nombre": "Prednisona", "dosis": "40 mg al día"}],
        "apoyo": ["Oxigenoterapia por naricera", "Kinesioterapia respiratoria"],
        "examenes": {"PCR": "122 mg/L", "radiografía de tórax": "condensación en língula"},
        "evolucion": "Afebril al día 2, saturación 91% ambiental",
        "dias": 6},
    "indicaciones": ["Cefuroxima 500 mg cada 12 horas por 4 días", "Prednisona 40 mg al día hasta completar 5 días", "Control en policlínico respiratorio en 2 semanas"]},
    "Ingresa por aumento de disnea, tos con expectoración purulenta y fiebre de 3 días de evolución. Paciente de sexo femenino de 75 años con antecedentes de EPOC GOLD 3 "
    "y osteoporosis. Presentó PCR de 122 mg/L y la radiografía de tórax mostró condensación en língula, diagnosticándose neumonía (J18.9) en contexto de EPOC con "
    "infección respiratoria aguda baja (J44.0). Se trató con ceftriaxona (J01DD04) 1 g cada 12 horas ev, salbutamol (R03AC02) 2 puff cada 4 horas y prednisona (H02AB07) "
    "40 mg al día, además de oxigenoterapia por naricera y kinesioterapia respiratoria. Evolucionó afebril al día 2, con saturación de 91% ambiental. Tras 6 días de "
    "hospitalización se indica cefuroxima 500 mg cada 12 horas por 4 días, completar prednisona hasta 5 días y control en policlínico respiratorio en 2 semanas.",
    "EPOC con neumonía, input anidado")

rec("c070", {
    "sexo": "M", "edad": 24,
    "motivo_ingreso": "Diarrea líquida de más de 10 episodios al día, vómitos y fiebre de 2 días tras ingesta de mariscos",
    "diagnosticos": [
        {"codigo": "A09.0", "nombre": "Gastroenteritis aguda infecciosa"},
        {"codigo": "E86", "nombre": "Deshidratación"}],
    "tratamiento": [
        "Suero fisiológico 0,9% ev",
        {"codigo": "A04AA01", "nombre": "Ondansetrón", "dosis": "4 mg cada 8 horas ev"},
        {"codigo": "N02BE01", "nombre": "Paracetamol", "dosis": "1 g cada 8 horas"}],
    "examenes": {"creatinina": "1,5 mg/dL", "creatinina al alta": "0,9 mg/dL", "coprocultivo": "en curso"},
    "evolucion": "Tolera régimen a las 24 horas, disminución de deposiciones",
    "dias_estadia": 2,
    "indicaciones_alta": ["Sales de rehidratación oral", "Régimen sin residuos", "Control en APS con resultado de coprocultivo"]},
    "Ingresa por diarrea líquida de más de 10 episodios al día, vómitos y fiebre de 2 días de evolución tras ingesta de mariscos. Paciente de sexo masculino de 24 años "
    "con creatinina de 1,5 mg/dL, diagnosticándose gastroenteritis aguda infecciosa (A09.0) con deshidratación (E86).\n\n"
    "Se manejó con suero fisiológico 0,9% ev, ondansetrón (A04AA01) 4 mg cada 8 horas ev y paracetamol (N02BE01) 1 g cada 8 horas. Toleró régimen a las 24 horas, con "
    "disminución de las deposiciones y creatinina de 0,9 mg/dL al alta. El coprocultivo se encuentra en curso. Tras 2 días de hospitalización se indica sales de "
    "rehidratación oral, régimen sin residuos y control en APS con resultado de coprocultivo.",
    "GEA en joven, dos párrafos, registro corto")

rec("c071", {
    "sexo": "M", "edad": 50,
    "motivo_ingreso": "Ictericia, coluria y acolia de 5 días, dolor en hipocondrio derecho, sin fiebre",
    "diagnosticos": [{"codigo": "K80.5", "nombre": "Coledocolitiasis"}, {"codigo": "K80.2", "nombre": "Colelitiasis"}],
    "procedimientos": ["Ecotomografía abdominal: colelitiasis, colédoco de 11 mm", "ERCP con papilotomía y extracción de 2 cálculos"],
    "tratamiento": [
        {"codigo": "N02BE01", "nombre": "Paracetamol", "dosis": "1 g cada 8 horas"},
        {"codigo": "A02BC01", "nombre": "Omeprazol", "dosis": "20 mg al día"}],
    "examenes": {"bilirrubina total": "8,4 mg/dL", "bilirrubina al alta": "2,6 mg/dL", "lipasa": "normal"},
    "dias_estadia": 4,
    "indicaciones_alta": ["Régimen hipograso", "Colecistectomía laparoscópica electiva en 6 semanas", "Control en cirugía"]},
    "Ingresa por ictericia, coluria y acolia de 5 días de evolución, con dolor en hipocondrio derecho y sin fiebre. Paciente de sexo masculino de 50 años con bilirrubina "
    "total de 8,4 mg/dL y lipasa normal. La ecotomografía abdominal mostró colelitiasis (K80.2) con colédoco de 11 mm, diagnosticándose coledocolitiasis (K80.5). Se "
    "realizó ERCP con papilotomía y extracción de 2 cálculos sin complicaciones. Recibió paracetamol (N02BE01) 1 g cada 8 horas y omeprazol (A02BC01) 20 mg al día, con "
    "descenso de la bilirrubina a 2,6 mg/dL al alta. Tras 4 días de hospitalización se indica régimen hipograso, colecistectomía laparoscópica electiva en 6 semanas y "
    "control en cirugía.",
    "coledocolitiasis con ERCP")

rec("c072", {
    "sexo": "M", "edad": 28,
    "motivo_ingreso": "Mialgias intensas y orina oscura de 2 días tras entrenamiento de alta intensidad",
    "diagnosticos": [{"codigo": "M62.8", "nombre": "Rabdomiólisis por ejercicio"}],
    "tratamiento": ["Hidratación endovenosa con suero fisiológico 200 mL/hora", "Control de diuresis"],
    "examenes": {"CK ingreso": "48.000 U/L", "CK alta": "3.900 U/L", "creatinina": "1,0 mg/dL", "orina completa": "mioglobinuria"},
    "evolucion": "Diuresis conservada, descenso progresivo de CK",
    "dias_estadia": 4,
    "indicaciones_alta": ["Hidratación abundante", "Evitar ejercicio intenso por 2 semanas", "Control de CK en 1 semana"]},
    "Ingresa por mialgias intensas y orina oscura de 2 días de evolución tras entrenamiento de alta intensidad. Paciente de sexo masculino de 28 años con CK de 48.000 U/L, "
    "creatinina de 1,0 mg/dL y orina completa con mioglobinuria, diagnosticándose rabdomiólisis por ejercicio (M62.8). Se manejó con hidratación endovenosa con suero "
    "fisiológico 200 mL/hora y control de diuresis, que se mantuvo conservada. Presentó descenso progresivo de CK hasta 3.900 U/L al alta, sin deterioro de la función "
    "renal. Tras 4 días de hospitalización se indica hidratación abundante, evitar ejercicio intenso por 2 semanas y control de CK en 1 semana.",
    "rabdomiólisis, sin fármacos codificados")

rec("c073", {
    "sexo": "F", "edad": 19,
    "motivo_ingreso": "Ingesta voluntaria de 30 comprimidos de paracetamol de 500 mg hace 4 horas",
    "diagnosticos": [
        {"codigo": "T39.1", "nombre": "Intoxicación por paracetamol"},
        {"codigo": "F32.9", "nombre": "Episodio depresivo"}],
    "tratamiento": [{"codigo": "V03AB23", "nombre": "Acetilcisteína", "dosis": "protocolo endovenoso de 21 horas"}],
    "examenes": {"paracetamolemia a las 4 horas": "210 ug/mL", "transaminasas": "normales", "INR": "1,1"},
    "interconsultas": ["Psiquiatría: riesgo suicida moderado, inicia seguimiento ambulatorio"],
    "dias_estadia": 3,
    "indicaciones_alta": ["Control en psiquiatría en 48 horas", "Supervisión familiar de medicamentos"]},
    "Ingresa por ingesta voluntaria de 30 comprimidos de paracetamol de 500 mg hace 4 horas. Paciente de sexo femenino de 19 años con paracetamolemia a las 4 horas de "
    "210 ug/mL, transaminasas normales e INR de 1,1, diagnosticándose intoxicación por paracetamol (T39.1). Se administró acetilcisteína (V03AB23) en protocolo "
    "endovenoso de 21 horas, sin alteración de pruebas hepáticas. La evaluación por psiquiatría evidenció riesgo suicida moderado en contexto de episodio depresivo "
    "(F32.9), iniciándose seguimiento ambulatorio. Tras 3 días de hospitalización se indica control en psiquiatría en 48 horas y supervisión familiar de medicamentos.",
    "intoxicación por paracetamol")

rec("c074", {
    "sexo": "M", "edad": 50,
    "motivo_ingreso": "Lumbago irradiado a pierna izquierda de 10 días, refractario a analgesia oral, sin déficit motor",
    "diagnosticos": [{"codigo": "M54.4", "nombre": "Lumbociática izquierda"}],
    "estudios": ["Resonancia magnética lumbar: hernia discal L5-S1 posterolateral izquierda"],
    "tratamiento": [
        {"codigo": "M01AB05", "nombre": "Diclofenaco", "dosis": "75 mg cada 12 horas ev"},
        {"codigo": "N02AX02", "nombre": "Tramadol", "dosis": "50 mg cada 8 horas"},
        {"codigo": "M03BX08", "nombre": "Ciclobenzaprina", "dosis": "10 mg en la noche"},
        {"codigo": "A02BC01", "nombre": "Omeprazol", "dosis": "20 mg al día"}],
    "evolucion": "EVA 3 al alta, deambula sin ayuda",
    "dias_estadia": 4,
    "indicaciones_alta": ["Kinesioterapia", "Control en policlínico de neurocirugía en 3 semanas"]},
    "Ingresa por lumbago irradiado a pierna izquierda de 10 días de evolución, refractario a analgesia oral y sin déficit motor. Paciente de sexo masculino de 50 años "
    "en quien la resonancia magnética lumbar mostró hernia discal L5-S1 posterolateral izquierda, diagnosticándose lumbociática izquierda (M54.4). Se manejó con "
    "diclofenaco (M01AB05) 75 mg cada 12 horas ev, tramadol (N02AX02) 50 mg cada 8 horas, ciclobenzaprina (M03BX08) 10 mg en la noche y omeprazol (A02BC01) 20 mg al "
    "día. Evolucionó con EVA de 3 al alta, deambulando sin ayuda. Tras 4 días de hospitalización se indica kinesioterapia y control en policlínico de neurocirugía en "
    "3 semanas.",
    "lumbociática")

rec("c075", {
    "sexo": "M", "edad": 68,
    "motivo_ingreso": "Fiebre, disuria, polaquiuria y dolor perineal de 3 días",
    "antecedentes": ["HBP"],
    "diagnosticos": [{"codigo": "N41.0", "nombre": "Prostatitis aguda"}, {"codigo": "N40", "nombre": "Hiperplasia prostática"}],
    "tratamiento": [
        {"codigo": "J01DD04", "nombre": "Ceftriaxona", "dosis": "2 g al día ev"},
        {"codigo": "G04CA02", "nombre": "Tamsulosina", "dosis": "0,4 mg al día"},
        {"codigo": "N02BE01", "nombre": "Paracetamol", "dosis": "1 g cada 8 horas"}],
    "examenes": {"PCR": "176 mg/L", "urocultivo": "Escherichia coli sensible a ciprofloxacino", "residuo postmiccional": "90 mL"},
    "evolucion": "Afebril al día 3",
    "dias_estadia": 4,
    "indicaciones_alta": ["Ciprofloxacino 500 mg cada 12 horas por 4 semanas", "Tamsulosina 0,4 mg al día", "Control en urología en 1 mes"]},
    "Ingresa por fiebre, disuria, polaquiuria y dolor perineal de 3 días de evolución. Paciente de sexo masculino de 68 años con antecedente de hiperplasia prostática "
    "(N40), con PCR de 176 mg/L y residuo postmiccional de 90 mL, diagnosticándose prostatitis aguda (N41.0). Se trató con ceftriaxona (J01DD04) 2 g al día ev, "
    "tamsulosina (G04CA02) 0,4 mg al día y paracetamol (N02BE01) 1 g cada 8 horas. El urocultivo fue positivo para Escherichia coli sensible a ciprofloxacino y "
    "evolucionó afebril al día 3. Tras 4 días de hospitalización se indica ciprofloxacino 500 mg cada 12 horas por 4 semanas, tamsulosina 0,4 mg al día y control en "
    "urología en 1 mes.",
    "prostatitis aguda")

rec("c076", {
    "sexo": "M", "edad": 51,
    "motivo_ingreso": "Temblor, alucinaciones visuales, sudoración y agitación a las 48 horas de suspender ingesta de alcohol",
    "diagnosticos": [{"codigo": "F10.4", "nombre": "Síndrome de abstinencia alcohólica con delirium"}],
    "tratamiento": [
        {"codigo": "N05BA06", "nombre": "Lorazepam", "dosis": "2 mg cada 6 horas con descenso progresivo"},
        {"codigo": "A11DA01", "nombre": "Tiamina", "dosis": "300 mg al día ev"},
        "Hidratación endovenosa"],
    "examenes": {"GGT": "512 U/L", "VCM": "104 fL", "magnesio": "1,5 mg/dL", "TAC de cerebro": "atrofia cortical sin lesiones agudas"},
    "evolucion": "Resolución del delirium al día 4, sin convulsiones",
    "dias_estadia": 7,
    "indicaciones_alta": ["Tiamina 100 mg al día vo", "Derivación a programa de alcohol y drogas", "Control en APS en 1 semana"]},
    "Ingresa por temblor, alucinaciones visuales, sudoración y agitación a las 48 horas de suspender la ingesta de alcohol. Paciente de sexo masculino de 51 años con "
    "GGT de 512 U/L, VCM de 104 fL y magnesio de 1,5 mg/dL, con TAC de cerebro que mostró atrofia cortical sin lesiones agudas. Se diagnostica síndrome de abstinencia "
    "alcohólica con delirium (F10.4) y se trata con lorazepam (N05BA06) 2 mg cada 6 horas con descenso progresivo, tiamina (A11DA01) 300 mg al día ev e hidratación "
    "endovenosa. Presentó resolución del delirium al día 4, sin convulsiones. Tras 7 días de hospitalización se indica tiamina 100 mg al día vo, derivación a programa "
    "de alcohol y drogas y control en APS en 1 semana.",
    "delirium tremens")

rec("c077", {
    "sexo": "M", "edad": 34,
    "motivo_ingreso": "Tos productiva de 6 semanas, hemoptisis leve, sudoración nocturna y baja de peso de 7 kg",
    "diagnosticos": [{"codigo": "A15.0", "nombre": "Tuberculosis pulmonar con baciloscopía positiva"}],
    "tratamiento": [
        {"codigo": "J04AC01", "nombre": "Isoniazida", "dosis": "300 mg al día"},
        {"codigo": "J04AB02", "nombre": "Rifampicina", "dosis": "600 mg al día"},
        {"codigo": "J04AK01", "nombre": "Pirazinamida", "dosis": "1.500 mg al día"},
        {"codigo": "J04AK02", "nombre": "Etambutol", "dosis": "1.200 mg al día"}],
    "examenes": {"baciloscopía": "positiva 2 cruces", "VIH": "negativo", "radiografía de tórax": "cavitación en lóbulo superior derecho", "transaminasas": "normales"},
    "evolucion": "Buena tolerancia al tratamiento, sin hemoptisis",
    "dias_estadia": 10,
    "indicaciones_alta": ["Tratamiento supervisado en CESFAM", "Estudio de contactos", "Control en programa de tuberculosis en 2 semanas"]},
    "Ingresa por tos productiva de 6 semanas, hemoptisis leve, sudoración nocturna y baja de peso de 7 kg. Paciente de sexo masculino de 34 años con radiografía de "
    "tórax que mostró cavitación en lóbulo superior derecho y baciloscopía positiva 2 cruces, con VIH negativo, diagnosticándose tuberculosis pulmonar con baciloscopía "
    "positiva (A15.0). Se inició isoniazida (J04AC01) 300 mg al día, rifampicina (J04AB02) 600 mg al día, pirazinamida (J04AK01) 1.500 mg al día y etambutol (J04AK02) "
    "1.200 mg al día, con buena tolerancia, transaminasas normales y sin nueva hemoptisis. Tras 10 días de hospitalización se indica tratamiento supervisado en CESFAM, "
    "estudio de contactos y control en programa de tuberculosis en 2 semanas.",
    "tuberculosis pulmonar")

rec("c078", {
    "sexo": "F", "edad": 27,
    "motivo_ingreso": "Petequias en extremidades, gingivorragia y equimosis de 3 días",
    "diagnosticos": [{"codigo": "D69.3", "nombre": "Púrpura trombocitopénica inmune"}],
    "tratamiento": [
        {"codigo": "H02AB07", "nombre": "Prednisona", "dosis": "1 mg/kg al día"},
        {"codigo": "J06BA02", "nombre": "Inmunoglobulina humana", "dosis": "1 g/kg por 2 días ev"}],
    "examenes": {"plaquetas ingreso": "6.000", "plaquetas alta": "84.000", "frotis": "sin esquistocitos", "VIH y VHC": "negativos"},
    "evolucion": "Sin sangrado activo desde el día 2",
    "dias_estadia": 5,
    "indicaciones_alta": ["Prednisona 1 mg/kg al día con descenso según hematología", "Control de plaquetas en 1 semana"]},
    "Ingresa por petequias en extremidades, gingivorragia y equimosis de 3 días de evolución. Paciente de sexo femenino de 27 años con plaquetas de 6.000, frotis sin "
    "esquistocitos y serología para VIH y VHC negativa, diagnosticándose púrpura trombocitopénica inmune (D69.3). Se inició prednisona (H02AB07) 1 mg/kg al día e "
    "inmunoglobulina humana (J06BA02) 1 g/kg por 2 días ev, sin sangrado activo desde el día 2. Las plaquetas ascendieron a 84.000 al alta. Tras 5 días de "
    "hospitalización se indica prednisona 1 mg/kg al día con descenso según hematología y control de plaquetas en 1 semana.",
    "PTI")


if __name__ == "__main__":
    out = pathlib.Path(__file__).with_name("clean.jsonl")
    with out.open("w", encoding="utf-8") as fh:
        for r in R:
            fh.write(json.dumps({"id": r["id"], "input": r["input"], "output": r["output"], "expected": [],
                                 "violation": None, "note": r["note"]}, ensure_ascii=False) + "\n")
    print(f"wrote {len(R)} clean records to {out}")
