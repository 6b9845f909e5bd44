from cases_common import S, T, P, rep_sentence, fmt1, fmt2, cod001, cod001_pair, cod003, cod006, cod005_swap, cod007

SCEN = []


def add_drug(key_path_fn):
    return key_path_fn


# 4 anaphylaxis, Panama emergency observation, single free-text string with codes inside
SCEN.append(S("anafilaxia_panama", "Observación de urgencias, Ciudad de Panamá", "dictated prose", "single free-text string with codes inside",
 "Paciente femenina, 24 años. Consulta en observación de urgencias del Hospital Santo Tomás (Panamá) por urticaria generalizada, edema de labios y disnea "
 "20 minutos tras ingerir camarones. PA 86/50 mmHg, FC 124 lpm, SatO2 91%. Sibilancias difusas. Dx: T78.0 Choque anafiláctico debido a reacción adversa a "
 "alimentos. Tratamiento: adrenalina (C01CA24) 0,5 mg intramuscular dosis única; clorfenamina (R06AB04) 10 mg intravenosa; hidrocortisona (H02AB09) 200 mg "
 "intravenosa; salbutamol (R03AC02) 5 mg nebulizado. Observación 12 horas sin reacción bifásica. Alta con cetirizina 10 mg cada 24 horas por 5 días, "
 "autoinyector de adrenalina y evitar mariscos. Referencia a alergología.",
 """Ingresa por urticaria generalizada, edema de labios y disnea iniciados 20 minutos después de ingerir camarones, en mujer de 24 años. A su llegada presenta
 PA 86/50 mmHg, FC 124 lpm, SatO2 91% y sibilancias difusas, configurándose un choque anafiláctico debido a reacción adversa a alimentos (T78.0). Se administra
 adrenalina (C01CA24) 0,5 mg intramuscular en dosis única, clorfenamina (R06AB04) 10 mg intravenosa, hidrocortisona (H02AB09) 200 mg intravenosa y salbutamol
 (R03AC02) 5 mg nebulizado, con rápida mejoría de la presión arterial y de la dificultad respiratoria. Permanece 12 horas en observación de urgencias del
 Hospital Santo Tomás sin reacción bifásica. Se da de alta con cetirizina 10 mg cada 24 horas por 5 días, autoinyector de adrenalina, indicación de evitar
 mariscos y referencia a alergología para estudio.""",
 [
  T("epinefrina as synonym of adrenalina", ("adrenalina (C01CA24)", "epinefrina (C01CA24)")),
  T("Central American brand Clorotrimetón for clorfenamina", ("clorfenamina (R06AB04)", "Clorotrimetón (R06AB04)")),
  T("ruled-out diagnosis and negated intubation", ("sin reacción bifásica.", "sin reacción bifásica; se descarta angioedema hereditario y no requiere intubación.")),
  T("doce horas / cinco días in words; 'la paciente'", ("Permanece 12 horas", "La paciente permanece doce horas"), ("por 5 días", "por cinco días")),
  P("DEM001", "sex changed: varón", ("en mujer de 24 años", "en varón de 24 años")),
  P("HAL003", "adrenalina route changed from intramuscular to intravenosa", ("0,5 mg intramuscular en dosis única", "0,5 mg intravenosa en dosis única")),
  P("HAL002", "SatO2 91% -> 88% (not in input)", ("SatO2 91%", "SatO2 88%")),
  P("HAL001", "invented procedure: intubación orotraqueal", ("sin reacción bifásica.", "sin reacción bifásica, tras requerir intubación orotraqueal transitoria.")),
  P("COD004", "ATC R06AE07 added to cetirizina, which has no code in the input", ("con cetirizina 10 mg", "con cetirizina (R06AE07) 10 mg")),
  P("FMT003", "collapsed to a 57-word summary", output="""Ingresa por urticaria, edema de labios y disnea tras ingerir camarones, en mujer de 24 años, con choque anafiláctico debido a
   reacción adversa a alimentos (T78.0). Recibe adrenalina (C01CA24) 0,5 mg intramuscular, clorfenamina (R06AB04), hidrocortisona (H02AB09) y salbutamol
   (R03AC02) nebulizado, con buena respuesta. Alta tras 12 horas sin reacción bifásica, con cetirizina y autoinyector de adrenalina."""),
  cod003("H02AB09"),
 ]))

# 5 bronchiolitis, Ecuador paediatric ward, English keys, birth + admission dates
SCEN.append(S("bronquiolitis_ecuador", "Pediatría, Hospital Básico de Otavalo (Ecuador)", "dictated prose", "English nested keys, dates instead of age, mg/kg",
 {"patient": {"gender": "female", "birth_date": "2026-03-10", "admission_date": "2026-07-14", "weight_kg": 6.2},
  "hospital": "Hospital Básico, Otavalo (Ecuador) - Pediatría",
  "presenting": {"symptoms": ["tos", "rinorrea", "dificultad respiratoria", "rechazo parcial de tomas"], "days": 3},
  "exam": {"RR": "62 rpm", "SpO2": "89% aire ambiente", "findings": "tiraje subcostal, sibilancias y crepitantes bilaterales"},
  "tests": [{"name": "panel viral", "result": "VSR positivo"}, {"name": "radiografía de tórax", "result": "hiperinsuflación sin consolidación"}],
  "diagnoses": [{"code": "J21.0", "label": "Bronquiolitis aguda por virus sincitial respiratorio"}],
  "management": [{"item": "oxígeno por cánula nasal", "detail": "1 L/min"}, {"item": "suero salino hipertónico 3% nebulizado", "detail": "cada 8 horas"},
                 {"drug": "Paracetamol", "atc": "N02BE01", "dose": "10 mg/kg cada 6 horas si fiebre", "route": "oral"}],
  "course": "retiro de oxígeno al quinto día, alimentación completa", "length_of_stay_days": 6,
  "discharge": ["lavados nasales", "signos de alarma", "control en 48 horas en centro de salud"]},
 """Ingresa por tos, rinorrea, dificultad respiratoria y rechazo parcial de tomas de 3 días de evolución en lactante de sexo femenino de 4 meses, con peso
 de 6,2 kg. Al ingreso presenta frecuencia respiratoria de 62 rpm, SpO2 89% con aire ambiente, tiraje subcostal, sibilancias y crepitantes bilaterales. El
 panel viral resulta positivo para VSR y la radiografía de tórax muestra hiperinsuflación sin consolidación, por lo que se diagnostica bronquiolitis aguda por
 virus sincitial respiratorio (J21.0). Se maneja con oxígeno por cánula nasal a 1 L/min, suero salino hipertónico 3% nebulizado cada 8 horas y paracetamol
 (N02BE01) 10 mg/kg cada 6 horas por vía oral si presenta fiebre. Se retira el oxígeno al quinto día y logra alimentación completa. Tras 6 días de
 hospitalización es dada de alta con lavados nasales, educación sobre signos de alarma a la madre y control en 48 horas en el centro de salud.""",
 [
  T("age in words computed from dates; father instead of mother", ("de 4 meses", "de cuatro meses"), ("a la madre", "al padre")),
  T("bilateral said as 'en ambos campos pulmonares'", ("sibilancias y crepitantes bilaterales", "sibilancias y crepitantes en ambos campos pulmonares")),
  T("negated salbutamol and corticoids (not indicated)", ("si presenta fiebre.", "si presenta fiebre. No se indicaron salbutamol ni corticoides.")),
  T("VSR expanded and 'bebita' regional diminutive", ("positivo para VSR", "positivo para virus sincitial respiratorio"), ("en lactante de sexo femenino", "en bebita lactante")),
  P("DEM001", "age 4 -> 10 meses (10 in input as a date part/dose, so no HAL002)", ("de 4 meses", "de 10 meses")),
  P("DEM001", "sex changed: lactante varón", ("en lactante de sexo femenino", "en lactante varón")),
  P("HAL004", "bilateral crackles become right-sided only", ("sibilancias y crepitantes bilaterales", "sibilancias y crepitantes en base derecha")),
  P("HAL003", "paracetamol frequency cada 6 -> cada 8 horas (8 elsewhere in input)", ("10 mg/kg cada 6 horas", "10 mg/kg cada 8 horas")),
  P("HAL001", "salbutamol nebulizado added, not in input", ("nebulizado cada 8 horas y paracetamol", "nebulizado cada 8 horas, salbutamol nebulizado y paracetamol")),
  P("FMT002", "discharge instructions as a bullet list",
    ("con lavados nasales, educación sobre signos de alarma a la madre y control en 48 horas en el centro de salud.",
     "con las siguientes indicaciones:\n- lavados nasales\n- educación sobre signos de alarma a la madre\n- control en 48 horas en el centro de salud")),
  cod003("N02BE01"),
 ], allow_numbers={"4"}))

# 6 febrile neutropenia, Puerto Rico community hospital, English keys with lab objects
SCEN.append(S("neutropenia_febril_pr", "Hospital comunitario, Mayagüez (Puerto Rico)", "dictated prose", "English keys, labs as value/unit objects",
 {"demographics": {"sex": "male", "age_years": 58}, "facility": "Hospital comunitario, Mayagüez (Puerto Rico)",
  "reason": "fiebre de 38,7 °C a los 10 días del tercer ciclo de quimioterapia R-CHOP",
  "history": [{"icd10": "C83.3", "name": "Linfoma difuso de células B grandes"}],
  "vitals": {"temp": "38,7 °C", "bp": "112/70 mmHg", "hr": "104 lpm"},
  "labs": {"leukocytes": {"value": 900, "unit": "/mm3"}, "neutrophils": {"value": 200, "unit": "/mm3"},
           "hemoglobin": {"value": 10.4, "unit": "g/dL"}, "platelets": {"value": 98000, "unit": "/mm3"}},
  "cultures": "hemocultivos x2 negativos a las 48 horas",
  "diagnoses": [{"icd10": "D70.1", "name": "Neutropenia febril secundaria a quimioterapia"}],
  "treatment": [{"atc": "J01DE01", "name": "Cefepime", "dose": "2 g intravenoso cada 8 horas"},
                {"atc": "L03AA02", "name": "Filgrastim", "dose": "300 mcg subcutáneo cada 24 horas"},
                {"atc": "N02BE01", "name": "Acetaminophen", "dose": "1 g oral cada 8 horas si fiebre"}],
  "outcome": "afebril a las 72 horas, neutrófilos 1200/mm3 al alta", "los_days": 5,
  "discharge_meds": [{"atc": "J01MA02", "name": "Ciprofloxacino", "dose": "500 mg oral cada 12 horas por 5 días"}],
  "follow_up": "oncología en 1 semana"},
 """Ingresa por fiebre de 38,7 °C a los 10 días del tercer ciclo de quimioterapia R-CHOP en varón de 58 años con linfoma difuso de células B grandes
 (C83.3). Al ingreso presenta PA 112/70 mmHg y FC 104 lpm. El hemograma muestra leucocitos 900/mm3, neutrófilos 200/mm3, hemoglobina 10,4 g/dL y plaquetas
 98000/mm3, diagnosticándose neutropenia febril secundaria a quimioterapia (D70.1). Se toman hemocultivos x2, negativos a las 48 horas, y se inicia cefepime
 (J01DE01) 2 g intravenoso cada 8 horas, filgrastim (L03AA02) 300 mcg subcutáneo cada 24 horas y acetaminofén (N02BE01) 1 g oral cada 8 horas si fiebre.
 Evoluciona afebril a las 72 horas, con neutrófilos de 1200/mm3 al alta. Tras 5 días de hospitalización egresa estable con ciprofloxacino (J01MA02) 500 mg
 oral cada 12 horas por 5 días y seguimiento en oncología en 1 semana.""",
 [
  T("paracetamol for acetaminophen; cefepima spelling", ("acetaminofén (N02BE01)", "paracetamol (N02BE01)"), ("cefepime (J01DE01)", "cefepima (J01DE01)")),
  T("1 g written as 1000 mg (plain conversion)", ("acetaminofén (N02BE01) 1 g oral", "acetaminofén (N02BE01) 1000 mg oral")),
  T("vancomycin explicitly not indicated", ("si fiebre.", "si fiebre; no se indicó vancomicina al no existir foco cutáneo ni catéter.")),
  T("'hombre' and 'el paciente'; seven-day follow-up as una semana", ("en varón de 58 años", "en hombre de 58 años"), ("en 1 semana", "en una semana")),
  P(["DEM001", "HAL002"], "age 58 -> 85 (85 absent from input, so HAL002 too)", ("en varón de 58 años", "en varón de 85 años")),
  P("HAL003", "cefepime cada 8 -> cada 12 horas (12 exists elsewhere)", ("2 g intravenoso cada 8 horas", "2 g intravenoso cada 12 horas")),
  P(["HAL001", "COD005"], "lymphoma relabelled as linfoma de Hodgkin next to C83.3", ("linfoma difuso de células B grandes (C83.3)", "linfoma de Hodgkin (C83.3)")),
  P("HAL002", "platelets 98000 -> 89000", ("plaquetas 98000/mm3", "plaquetas 89000/mm3")),
  P(["HAL001", "CLN001"], "atorvastatina added with no dyslipidaemia or vascular diagnosis", ("300 mcg subcutáneo cada 24 horas y", "300 mcg subcutáneo cada 24 horas, atorvastatina oral y")),
  P("FMT001", "output opens with a quotation mark", ("Ingresa por", "\u201cIngresa por"), ("en oncología en 1 semana.", "en oncología en 1 semana.\u201d")),
  cod006("L03AA02"),
 ]))

# 7 dengue with warning signs, Honduras area hospital, flat Spanish map with labs as strings
SCEN.append(S("dengue_honduras", "Hospital de área, San Pedro Sula (Honduras)", "dictated prose", "flat Spanish map, labs as strings, code in text",
 {"sexo": "mujer", "edad": "16 años", "procedencia": "San Pedro Sula", "hospital": "Hospital de área, Honduras",
  "sintomas": "fiebre de 5 días, dolor abdominal intenso, vómitos persistentes, gingivorragia",
  "signos": "PA 100/70 mmHg, FC 108 lpm, hepatomegalia de 3 cm", "hematocrito": "48%", "plaquetas": "42000/mm3", "NS1": "positivo",
  "eco": "líquido libre perivesicular y derrame pleural derecho pequeño", "diagnostico_principal": "A97.1 Dengue con signos de alarma",
  "tratamiento": "lactato de Ringer (B05BB01) 7 mL/kg/h por 2 horas, luego 5 mL/kg/h; paracetamol (N02BE01) 500 mg cada 6 horas vía oral",
  "contraindicado": "AINE y ácido acetilsalicílico", "evolucion": "plaquetas 96000/mm3 al alta, hematocrito 39%", "dias": 4,
  "alta": "control de plaquetas en 48 horas en la unidad de salud"},
 """Ingresa por fiebre de 5 días, dolor abdominal intenso, vómitos persistentes y gingivorragia en mujer de 16 años procedente de San Pedro Sula. Al examen
 presenta PA 100/70 mmHg, FC 108 lpm y hepatomegalia de 3 cm. Hematocrito 48%, plaquetas 42000/mm3 y NS1 positivo. La ecografía muestra líquido libre
 perivesicular y derrame pleural derecho pequeño. Se diagnostica dengue con signos de alarma (A97.1). Se hidrata con lactato de Ringer (B05BB01) 7 mL/kg/h
 por 2 horas y luego 5 mL/kg/h, y se indica paracetamol (N02BE01) 500 mg cada 6 horas vía oral; se evitan AINE y ácido acetilsalicílico por estar
 contraindicados. Evoluciona favorablemente, con plaquetas de 96000/mm3 y hematocrito de 39% al alta. Tras 4 días de estancia en el hospital de área se da
 de alta con control de plaquetas en 48 horas en la unidad de salud y explicación de los signos de alarma a la familia.""",
 [
  T("severe dengue ruled out; 'Ringer lactato' word order", ("Se diagnostica dengue con signos de alarma (A97.1).", "Se diagnostica dengue con signos de alarma (A97.1) y se descarta dengue grave."),
    ("lactato de Ringer (B05BB01)", "Ringer lactato (B05BB01)")),
  T("acetaminofén for paracetamol; 'cipota' (Honduran for girl) keeps female", ("paracetamol (N02BE01)", "acetaminofén (N02BE01)"), ("en mujer de 16 años", "en cipota de 16 años")),
  T("laterality said as 'en hemitórax derecho'", ("derrame pleural derecho pequeño", "derrame pleural pequeño en hemitórax derecho")),
  T("age in words", ("de 16 años", "de dieciséis años")),
  P("DEM001", "sex changed: varón", ("en mujer de 16 años", "en varón de 16 años")),
  P("HAL004", "pleural effusion side changed to izquierdo", ("derrame pleural derecho pequeño", "derrame pleural izquierdo pequeño")),
  P("HAL003", "paracetamol route changed to intravenosa", ("500 mg cada 6 horas vía oral", "500 mg cada 6 horas vía intravenosa")),
  P("HAL001", "invented platelet transfusion", ("Evoluciona favorablemente,", "Se transfunden plaquetas y evoluciona favorablemente,")),
  P("HAL002", "platelets 42000 -> 24000", ("plaquetas 42000/mm3", "plaquetas 24000/mm3")),
  cod007("A97.1", "A97.3", "(A97 has .0 .1 .2 .9)"),
  rep_sentence("Hematocrito 48%, plaquetas 42000/mm3 y NS1 positivo."),
 ]))

# 8 malaria, Equatorial Guinea regional hospital, diagnoses and drugs as code->text dicts
SCEN.append(S("malaria_bata", "Hospital Regional de Bata (Guinea Ecuatorial)", "dictated prose", "nested es, code->text dicts",
 {"filiacion": {"sexo": "hombre", "edad": 31, "ocupacion": "pescador"}, "hospital": "Hospital Regional de Bata, Guinea Ecuatorial",
  "motivo": "fiebre, escalofríos y cefalea de 3 días", "exploracion": "T 39,4 °C, FC 112 lpm, PA 110/68 mmHg, esplenomegalia leve",
  "pruebas": {"gota gruesa": "Plasmodium falciparum, parasitemia 2%", "hemoglobina": "11,2 g/dL", "plaquetas": "88000/mm3",
              "creatinina": "0,9 mg/dL", "glucemia": "96 mg/dL"},
  "diagnosticos": {"B50.9": "Paludismo por Plasmodium falciparum no complicado"},
  "tratamiento": {"P01BF01": "Arteméter/lumefantrina 80/480 mg cada 12 horas por 3 días (6 dosis), vía oral", "N02BE01": "Paracetamol 1 g cada 8 horas"},
  "evolucion": "afebril a las 48 horas, gota gruesa negativa al tercer día", "estancia": "3 días",
  "alta": "completar esquema, mosquitero impregnado, control en 7 días"},
 """Ingresa por fiebre, escalofríos y cefalea de 3 días de evolución en hombre de 31 años, pescador de oficio. A la exploración presenta temperatura de
 39,4 °C, FC 112 lpm, PA 110/68 mmHg y esplenomegalia leve. La gota gruesa identifica Plasmodium falciparum con parasitemia del 2%, con hemoglobina
 11,2 g/dL, plaquetas 88000/mm3, creatinina 0,9 mg/dL y glucemia 96 mg/dL. Se diagnostica paludismo por Plasmodium falciparum no complicado (B50.9) y se
 inicia arteméter/lumefantrina (P01BF01) 80/480 mg cada 12 horas por 3 días, completando 6 dosis por vía oral, junto con paracetamol (N02BE01) 1 g cada 8
 horas. Queda afebril a las 48 horas y la gota gruesa es negativa al tercer día. Se da de alta del Hospital Regional de Bata con indicación de completar el
 esquema, dormir bajo mosquitero impregnado y acudir a control en 7 días.""",
 [
  T("malaria as synonym of paludismo; Coartem brand for artemether/lumefantrine", ("Se diagnostica paludismo por", "Se diagnostica malaria por"),
    ("arteméter/lumefantrina (P01BF01)", "Coartem (P01BF01)")),
  T("severe malaria ruled out, IV artesunate explicitly not used", ("Queda afebril", "Al no cumplir criterios de malaria grave no se usa artesunato intravenoso. Queda afebril")),
  T("'39,4 grados'; the wife (female) mentioned", ("39,4 °C", "39,4 grados"), ("pescador de oficio.", "pescador de oficio, acompañado por su esposa.")),
  T("numbers in words: tres días, seis dosis", ("por 3 días, completando 6 dosis", "por tres días, completando seis dosis")),
  P("DEM001", "sex changed by agreement: 'mujer ... pescadora'", ("en hombre de 31 años, pescador de oficio", "en mujer de 31 años, pescadora de oficio")),
  P("HAL003", "artemether/lumefantrine cada 12 -> cada 8 horas (8 elsewhere in input)", ("80/480 mg cada 12 horas", "80/480 mg cada 8 horas")),
  P("HAL001", "species contradicted: Plasmodium vivax on the smear", ("La gota gruesa identifica Plasmodium falciparum", "La gota gruesa identifica Plasmodium vivax")),
  P("HAL002", "glucemia 96 -> 69", ("glucemia 96 mg/dL", "glucemia 69 mg/dL")),
  P("CLN001", "alopurinol (M04AA01) present in input and output with no gout/hyperuricaemia diagnosis",
    ("1 g cada 8 horas.", "1 g cada 8 horas, y alopurinol (M04AA01) 300 mg cada 24 horas."),
    input_fn=lambda i: {**i, "tratamiento": {**i["tratamiento"], "M04AA01": "Alopurinol 300 mg cada 24 horas"}}),
  cod003("P01BF01"),
  fmt2("Plasmodium falciparum no complicado", "brackets"),
 ]))
