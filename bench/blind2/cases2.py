"""Cases 21-40: gastro, endocrino, neuro, infecto (VIH), salud mental, cirugía, nefro, ORL, obstetricia, geriatría, derma, hemato."""
from lib import Base

# 21 Gastroenterología: HDA variceal
b = Base(
    {"paciente": {"sexo": "Masculino", "edad": 57}, "servicio": "Gastroenterología",
     "motivo_consulta": {"sintomas": ["hematemesis", "melena", "mareo"], "tiempo_evolucion": "8 horas"},
     "antecedentes": [{"codigo": "K70.3", "nombre": "Cirrosis hepática alcohólica Child-Pugh B"}],
     "medicamentos_habituales": [{"codigo": "C07AA05", "nombre": "Propranolol", "dosis": "20 mg cada 12 horas", "via": "oral"},
                                 {"codigo": "C03DA01", "nombre": "Espironolactona", "dosis": "100 mg al día", "via": "oral"}],
     "signos_vitales": {"PA": "92/58 mmHg", "FC": "112 lpm"},
     "examenes": {"hemoglobina": "7,2 g/dL", "plaquetas": "78.000/uL", "INR": "1,6", "bilirrubina": "2,4 mg/dL"},
     "diagnosticos": [{"codigo": "I85.0", "nombre": "Várices esofágicas con hemorragia"}],
     "procedimientos": ["Endoscopia digestiva alta con ligadura de 4 várices esofágicas", "Transfusión de 2 unidades de glóbulos rojos"],
     "tratamiento": [{"codigo": "H01BA04", "nombre": "Terlipresina", "dosis": "2 mg cada 4 horas", "via": "endovenosa"},
                     {"codigo": "J01DD04", "nombre": "Ceftriaxona", "dosis": "1 g cada 24 horas", "via": "endovenosa"},
                     {"codigo": "A06AD11", "nombre": "Lactulosa", "dosis": "20 ml cada 8 horas", "via": "oral"}],
     "evolucion": ["sin resangrado", "hemoglobina estable en 8,6 g/dL"], "dias_hospitalizacion": 5,
     "tratamiento_alta": [{"codigo": "C07AA05", "nombre": "Propranolol", "dosis": "20 mg cada 12 horas", "via": "oral"},
                          {"codigo": "C03DA01", "nombre": "Espironolactona", "dosis": "100 mg al día", "via": "oral"},
                          {"codigo": "A06AD11", "nombre": "Lactulosa", "dosis": "20 ml cada 8 horas", "via": "oral"}],
     "indicaciones_alta": ["abstinencia alcohólica", "nueva sesión de ligadura en 2 semanas"]},
    "Ingresa por hematemesis, melena y mareo de 8 horas de evolución en hombre de 57 años con cirrosis hepática alcohólica Child-Pugh B (K70.3), usuario de propranolol (C07AA05) 20 mg c/12h y espironolactona (C03DA01) 100 mg/día VO. Al ingreso PA 92/58 mmHg y FC 112 lpm, con hemoglobina 7,2 g/dL, plaquetas 78.000/uL, INR 1,6 y bilirrubina 2,4 mg/dL. Se transfunden 2 U de GR y se inicia terlipresina (H01BA04) 2 mg c/4h EV, ceftriaxona (J01DD04) 1 g c/24h EV y lactulosa (A06AD11) 20 ml c/8h VO. La EDA muestra várices esofágicas con hemorragia (I85.0), realizándose ligadura de 4 várices. Evoluciona sin resangrado, con hemoglobina estable en 8,6 g/dL. Alta al quinto día con su tratamiento habitual más lactulosa, abstinencia alcohólica y nueva sesión de ligadura en 2 semanas.",
    "Limpio (trampa): '2 U de GR' abrevia la transfusión de 2 unidades de glóbulos rojos del input.")
b.var([("terlipresina (H01BA04) 2 mg c/4h EV", "terlipresina (H01BA04) 2 mg c/8h EV")], "HAL003", "Terlipresina c/8h; el input dice cada 4 horas (8 es de la lactulosa).")
b.var([("realizándose ligadura de 4 várices.", "realizándose ligadura de 4 várices e instalación de balón de Sengstaken-Blakemore.")], "HAL001", "Balón de Sengstaken-Blakemore ausente del input.")
b.var([("hemoglobina estable en 8,6 g/dL.", "hemoglobina estable en 8,6 g/dL. Evoluciona sin resangrado, con hemoglobina estable en 8,6 g/dL.")], "REP001", "Oración repetida literalmente.")
b.var([], "COD004", "A06AD11 (lactulosa) en el output; el input trae la lactulosa sin código.",
      inp_edit=lambda i: [d.pop("codigo") for d in i["tratamiento"] + i["tratamiento_alta"] if d["nombre"] == "Lactulosa"])
b.var([("terlipresina (H01BA04) 2 mg", "terlipresina H01BA04 2 mg")], "COD003", "ATC H01BA04 sin paréntesis.")

# 22 Medicina interna: hipoglicemia por sulfonilurea
b = Base(
    {"paciente": {"sexo": "Femenino", "edad": 81}, "servicio": "Medicina Interna",
     "motivo_consulta": {"sintomas": ["sudoración", "confusión", "hallada en el suelo por su hija"], "tiempo_evolucion": "2 horas"},
     "antecedentes": [{"codigo": "E11.9", "nombre": "Diabetes mellitus tipo 2"}, {"codigo": "N18.3", "nombre": "Enfermedad renal crónica etapa 3"}],
     "medicamentos_habituales": [{"codigo": "A10BB01", "nombre": "Glibenclamida", "dosis": "5 mg cada 12 horas", "via": "oral"}],
     "examenes": {"glicemia capilar": "32 mg/dL", "creatinina": "1,7 mg/dL", "VFG": "28 ml/min", "HbA1c": "6,1%"},
     "diagnosticos": [{"codigo": "E16.0", "nombre": "Hipoglicemia inducida por fármacos"}],
     "tratamiento": [{"codigo": "B05BA03", "nombre": "Suero glucosado", "dosis": "al 10% 80 ml/h", "via": "endovenosa"}],
     "evolucion": ["glicemias sobre 100 mg/dL tras 36 horas sin aporte", "sin déficit neurológico"], "dias_hospitalizacion": 3,
     "tratamiento_alta": [{"codigo": "A10BH01", "nombre": "Sitagliptina", "dosis": "25 mg al día", "via": "oral"}],
     "indicaciones_alta": ["suspender glibenclamida", "monitoreo de glicemia capilar", "control en APS en 1 semana"]},
    "Ingresa por sudoración y confusión de 2 horas de evolución, hallada en el suelo por su hija, en mujer de 81 años con DM2 (E11.9) y ERC etapa 3 (N18.3), usuaria de glibenclamida (A10BB01) 5 mg c/12h VO. Glicemia capilar de 32 mg/dL, creatinina 1,7 mg/dL con VFG 28 ml/min y HbA1c 6,1%. Se diagnostica hipoglicemia inducida por fármacos (E16.0) por sulfonilurea en contexto de ERC. Recibe suero glucosado (B05BA03) al 10% a 80 ml/h EV, logrando glicemias sobre 100 mg/dL tras 36 horas sin aporte y sin déficit neurológico. Se suspende glibenclamida. Alta al tercer día con sitagliptina (A10BH01) 25 mg/día VO, monitoreo de glicemia capilar y control en APS en 1 semana.",
    "Limpio (trampa): 'su hija' es otra persona; ERC abrevia enfermedad renal crónica.")
b.var([("hipoglicemia inducida por fármacos (E16.0)", "hipoglicemia inducida por fármacos")], "COD006", "E16.0 del input no aparece en el output.")

# 23 Neurología: ACV isquémico, fuera de ventana
b = Base(
    {"paciente": {"sexo": "Masculino", "edad": 74}, "servicio": "Neurología",
     "motivo_consulta": {"sintomas": ["hemiparesia derecha", "afasia de expresión"], "tiempo_evolucion": "7 horas"},
     "antecedentes": [{"codigo": "I10", "nombre": "Hipertensión arterial"}, {"codigo": "I48.9", "nombre": "Fibrilación auricular"}],
     "medicamentos_habituales": [{"codigo": "C09CA01", "nombre": "Losartán", "dosis": "50 mg cada 12 horas", "via": "oral"}],
     "examen_fisico": ["NIHSS 11"],
     "estudios": [{"nombre": "TC de cerebro", "resultado": "hipodensidad en territorio de arteria cerebral media izquierda"},
                  {"nombre": "AngioTC", "resultado": "sin oclusión de gran vaso"}],
     "diagnosticos": [{"codigo": "I63.4", "nombre": "Infarto cerebral por embolia de arteria cerebral media izquierda"},
                      {"codigo": "R13", "nombre": "Disfagia"}],
     "procedimientos": ["Instalación de sonda nasogástrica para alimentación"],
     "observaciones": "fuera de ventana para trombólisis y sin indicación de trombectomía",
     "tratamiento": [{"codigo": "B01AC06", "nombre": "Ácido acetilsalicílico", "dosis": "250 mg al día", "via": "por sonda"},
                     {"codigo": "C10AA05", "nombre": "Atorvastatina", "dosis": "80 mg al día", "via": "por sonda"}],
     "evolucion": ["NIHSS 6 al alta", "reinicio de alimentación oral con espesantes al octavo día"], "dias_hospitalizacion": 10,
     "tratamiento_alta": [{"codigo": "B01AF02", "nombre": "Apixabán", "dosis": "5 mg cada 12 horas", "via": "oral"},
                          {"codigo": "C10AA05", "nombre": "Atorvastatina", "dosis": "80 mg al día", "via": "oral"},
                          {"codigo": "C09CA01", "nombre": "Losartán", "dosis": "50 mg cada 12 horas", "via": "oral"}],
     "indicaciones_alta": ["rehabilitación fonoaudiológica y kinésica", "control en neurología en 1 mes"]},
    "Ingresa por hemiparesia derecha y afasia de expresión de 7 horas de evolución en hombre de 74 años con HTA (I10) y fibrilación auricular (I48.9), usuario de losartán (C09CA01) 50 mg c/12h. NIHSS de ingreso 11. TC de cerebro con hipodensidad en territorio de ACM izquierda y angioTC sin oclusión de gran vaso. Se diagnostica infarto cerebral por embolia de arteria cerebral media izquierda (I63.4); fuera de ventana para trombólisis y sin indicación de trombectomía. Por disfagia (R13) se instala SNG para alimentación, recibiendo AAS (B01AC06) 250 mg/día y atorvastatina (C10AA05) 80 mg/día por sonda. Reinicia alimentación oral con espesantes al octavo día. Alta tras 10 días con NIHSS 6, apixabán (B01AF02) 5 mg c/12h VO, atorvastatina 80 mg/día, losartán 50 mg c/12h, rehabilitación fonoaudiológica y kinésica y control en neurología en 1 mes.",
    "Limpio (trampa): 'fuera de ventana para trombólisis' no afirma trombólisis; SNG, AAS y ACM son abreviaturas del input.")
b.var([("Ingresa por hemiparesia derecha", "Ingresa por hemiparesia izquierda")], "HAL004", "Hemiparesia izquierda; el input dice derecha.")
b.var([("fuera de ventana para trombólisis y sin indicación de trombectomía", "se realiza trombólisis con alteplasa")], "HAL001", "Trombólisis con alteplasa afirmada; el input dice fuera de ventana.")
b.var([("AAS (B01AC06) 250 mg/día", "AAS (B01AC06) 80 mg/día")], "HAL003", "AAS 80 mg; el input dice 250 mg (80 es la dosis de atorvastatina).")

# 24 Infectología: VIH con neumonía por Pneumocystis
b = Base(
    {"paciente": {"sexo": "Masculino", "edad": 31}, "servicio": "Infectología",
     "motivo_consulta": {"sintomas": ["disnea progresiva", "tos seca", "fiebre", "baja de peso de 8 kg"], "tiempo_evolucion": "3 semanas"},
     "antecedentes": [],
     "examenes": {"VIH": "reactivo, confirmado por ISP", "CD4": "42 cél/uL", "carga viral": "310.000 copias/ml", "LDH": "486 U/L",
                  "PaO2": "58 mmHg", "baciloscopias de expectoración": "negativas en 3 muestras"},
     "estudios": [{"nombre": "TC de tórax", "resultado": "vidrio esmerilado bilateral difuso"}],
     "diagnosticos": [{"codigo": "B20.6", "nombre": "Enfermedad por VIH con neumonía por Pneumocystis jirovecii"}],
     "tratamiento": [{"codigo": "J01EE01", "nombre": "Cotrimoxazol", "dosis": "15 mg/kg/día de trimetoprim dividido cada 8 horas", "via": "oral"},
                     {"codigo": "H02AB07", "nombre": "Prednisona", "dosis": "40 mg cada 12 horas", "via": "oral"}],
     "evolucion": ["disminución de requerimientos de oxígeno", "suspensión de oxígeno al día 9"], "dias_hospitalizacion": 14,
     "tratamiento_alta": [{"codigo": "J05AR20", "nombre": "Bictegravir/emtricitabina/tenofovir alafenamida", "dosis": "1 comprimido al día", "via": "oral"},
                          {"codigo": "J01EE01", "nombre": "Cotrimoxazol", "dosis": "completar 21 días y luego profilaxis 800/160 mg al día", "via": "oral"},
                          {"codigo": "H02AB07", "nombre": "Prednisona", "dosis": "en descenso hasta completar 21 días", "via": "oral"}],
     "indicaciones_alta": ["control en policlínico de infectología en 2 semanas"]},
    "Ingresa por disnea progresiva, tos seca, fiebre y baja de peso de 8 kg de 3 semanas de evolución en hombre de 31 años sin antecedentes. VIH reactivo confirmado por ISP, con CD4 42 cél/uL, carga viral 310.000 copias/ml, LDH 486 U/L y PaO2 58 mmHg. TC de tórax con vidrio esmerilado bilateral difuso; baciloscopias de expectoración negativas en 3 muestras, descartándose tuberculosis pulmonar. Se diagnostica enfermedad por VIH con neumonía por Pneumocystis jirovecii (B20.6) y se trata con cotrimoxazol (J01EE01) 15 mg/kg/día de trimetoprim c/8h VO y prednisona (H02AB07) 40 mg c/12h VO, disminuyendo los requerimientos de oxígeno hasta suspenderlo al día 9. Se inicia TARV con bictegravir/emtricitabina/tenofovir alafenamida (J05AR20) 1 comprimido al día. Alta tras 14 días completando cotrimoxazol y prednisona en descenso hasta 21 días, luego profilaxis con cotrimoxazol 800/160 mg/día, y control en infectología en 2 semanas.",
    "Limpio (trampa): 'descartándose tuberculosis pulmonar' es un diagnóstico descartado, no afirmado.")
b.var([("descartándose tuberculosis pulmonar", "diagnosticándose además tuberculosis pulmonar")], "HAL001", "Tuberculosis pulmonar afirmada; el input solo trae baciloscopias negativas.")
b.var([("TC de tórax con vidrio esmerilado bilateral difuso", "TC de tórax con vidrio esmerilado difuso del pulmón derecho")], "HAL004", "Compromiso solo derecho; el input dice bilateral.")

# 25 Salud mental adolescente: anorexia nerviosa con SNG
b = Base(
    {"paciente": {"sexo": "Femenino", "edad": 16, "peso": "34 kg", "talla": "1,58 m", "IMC": "13,6"}, "servicio": "Pediatría - Salud Mental",
     "motivo_consulta": {"sintomas": ["restricción alimentaria", "amenorrea", "bradicardia", "mareos"], "tiempo_evolucion": "6 meses"},
     "antecedentes": [], "signos_vitales": {"FC": "42 lpm", "PA": "84/50 mmHg", "T": "35,6 °C"},
     "examenes": {"fósforo": "2,1 mg/dL", "potasio": "3,2 mEq/L", "magnesio": "1,6 mg/dL"},
     "diagnosticos": [{"codigo": "F50.0", "nombre": "Anorexia nerviosa"}],
     "procedimientos": ["Instalación de sonda nasogástrica para realimentación progresiva"],
     "tratamiento": [{"nombre": "Fosfato de potasio", "dosis": "según fosfemia", "via": "endovenosa"},
                     {"codigo": "A11DA01", "nombre": "Tiamina", "dosis": "100 mg al día", "via": "oral"}],
     "evolucion": ["sin síndrome de realimentación", "retiro de sonda al día 12", "peso al alta 37,2 kg", "FC 58 lpm al alta"],
     "dias_hospitalizacion": 21,
     "indicaciones_alta": ["plan nutricional supervisado", "control semanal en unidad de trastornos de la conducta alimentaria"]},
    "Ingresa por restricción alimentaria, amenorrea, bradicardia y mareos de 6 meses de evolución en adolescente de 16 años, con peso de 34 kg, talla 1,58 m e IMC 13,6. Al ingreso FC 42 lpm, PA 84/50 mmHg y T 35,6 °C. Laboratorio con hipofosfemia de 2,1 mg/dL, potasio 3,2 mEq/L y magnesio 1,6 mg/dL. Se diagnostica anorexia nerviosa (F50.0) y se instala SNG para realimentación progresiva, con aporte de fosfato de potasio EV según fosfemia y tiamina (A11DA01) 100 mg/día VO, sin presentar síndrome de realimentación. Se retira la sonda al día 12. Alta tras 21 días, con peso de 37,2 kg y FC 58 lpm, plan nutricional supervisado y control semanal en la unidad de trastornos de la conducta alimentaria.",
    "Limpio (trampa): 'hipofosfemia' está respaldada por fósforo 2,1 mg/dL del input; SNG = sonda nasogástrica.")
b.var([("potasio 3,2 mEq/L", "hiperkalemia de 3,2 mEq/L")], "HAL001", "Hiperkalemia contradicha por el potasio 3,2 del input.")
b.var([("con peso de 37,2 kg", "con peso de 39,5 kg")], "HAL002", "Peso al alta 39,5 no está en el input (37,2).")

# 26 Cirugía infantil: apendicitis aguda
b = Base(
    {"paciente": {"sexo": "Masculino", "edad": "9 años"}, "acompanante": "padre", "servicio": "Cirugía Infantil",
     "motivo_consulta": {"sintomas": ["dolor periumbilical migratorio a fosa ilíaca derecha", "vómitos", "fiebre 38,2 °C"], "tiempo_evolucion": "24 horas"},
     "examenes": {"leucocitos": "16.300/uL", "PCR": "54 mg/L"},
     "estudios": [{"nombre": "Ecografía abdominal", "resultado": "apéndice no compresible de 9 mm"}],
     "diagnosticos": [{"codigo": "K35.8", "nombre": "Apendicitis aguda no complicada"}],
     "procedimientos": ["Apendicectomía laparoscópica"],
     "tratamiento": [{"codigo": "J01DD04", "nombre": "Ceftriaxona", "dosis": "50 mg/kg dosis única", "via": "endovenosa"},
                     {"codigo": "P01AB01", "nombre": "Metronidazol", "dosis": "10 mg/kg dosis única", "via": "endovenosa"},
                     {"codigo": "N02BE01", "nombre": "Paracetamol", "dosis": "15 mg/kg cada 6 horas", "via": "endovenosa"}],
     "evolucion": ["realimentación a las 12 horas", "afebril"], "dias_hospitalizacion": 1,
     "tratamiento_alta": [{"codigo": "N02BE01", "nombre": "Paracetamol", "dosis": "15 mg/kg cada 6 horas por 3 días", "via": "oral"}],
     "indicaciones_alta": ["reposo escolar por 7 días", "control en policlínico de cirugía infantil en 10 días"]},
    "Ingresa por dolor periumbilical que migra a fosa ilíaca derecha, vómitos y fiebre de 38,2 °C de 24 horas de evolución, en escolar de 9 años acompañado por su padre. Leucocitos 16.300/uL y PCR 54 mg/L; ecografía abdominal con apéndice no compresible de 9 mm. Se diagnostica apendicitis aguda no complicada (K35.8) y se realiza apendicectomía laparoscópica, con profilaxis con ceftriaxona (J01DD04) 50 mg/kg EV y metronidazol (P01AB01) 10 mg/kg EV en dosis única. Analgesia con paracetamol (N02BE01) 15 mg/kg c/6h EV. Se realimenta a las 12 horas y permanece afebril. Alta al día siguiente de la cirugía con paracetamol 15 mg/kg c/6h VO por 3 días, reposo escolar por 7 días y control en policlínico de cirugía infantil en 10 días.",
    "Limpio: edad '9 años' como texto en el input; 'acompañado' concuerda con paciente masculino.")
b.var([("acompañado por su padre", "acompañada por su padre")], "DEM001", "Concordancia femenina ('acompañada') en niño.")
b.var([("Ingresa por dolor periumbilical", "Ingresó por dolor periumbilical")], "FMT001", "Empieza con 'Ingresó por', no 'Ingresa por'.")
b.var([("metronidazol (P01AB01) 10 mg/kg", "metronidazol 10 mg/kg")], "COD006", "P01AB01 del input no aparece en el output.")

# 27 Nefrología: hiperkalemia, CHD y HD de urgencia
b = Base(
    {"paciente": {"sexo": "Femenino", "edad": 63}, "servicio": "Nefrología",
     "motivo_consulta": {"sintomas": ["debilidad muscular", "náuseas", "oliguria"], "tiempo_evolucion": "5 días"},
     "antecedentes": [{"codigo": "N18.5", "nombre": "Enfermedad renal crónica etapa 5 sin terapia de reemplazo"},
                      {"codigo": "E11.2", "nombre": "Nefropatía diabética"}],
     "medicamentos_habituales": [{"codigo": "C09AA02", "nombre": "Enalapril", "dosis": "20 mg al día", "via": "oral"}],
     "examenes": {"potasio": "7,1 mEq/L", "creatinina": "9,8 mg/dL", "BUN": "112 mg/dL", "pH": "7,21", "ECG": "ondas T picudas"},
     "diagnosticos": [{"codigo": "E87.5", "nombre": "Hiperkalemia"}],
     "procedimientos": ["Instalación de catéter de hemodiálisis femoral derecho", "Hemodiálisis de urgencia, 3 sesiones"],
     "tratamiento": [{"codigo": "A12AA03", "nombre": "Gluconato de calcio", "dosis": "1 g", "via": "endovenosa"},
                     {"nombre": "Insulina cristalina con glucosa", "dosis": "10 UI", "via": "endovenosa"},
                     {"codigo": "R03AC02", "nombre": "Salbutamol", "dosis": "nebulización 10 mg", "via": "inhalatoria"}],
     "evolucion": ["potasio 4,6 mEq/L post diálisis", "ingreso a programa de hemodiálisis crónica", "suspensión de enalapril"],
     "dias_hospitalizacion": 8,
     "indicaciones_alta": ["hemodiálisis trisemanal en centro", "dieta baja en potasio", "confección de fístula arteriovenosa en brazo izquierdo"]},
    "Ingresa por debilidad muscular, náuseas y oliguria de 5 días de evolución en mujer de 63 años con ERC etapa 5 sin terapia de reemplazo (N18.5) por nefropatía diabética (E11.2), usuaria de enalapril (C09AA02) 20 mg/día. Laboratorio con potasio 7,1 mEq/L, creatinina 9,8 mg/dL, BUN 112 mg/dL y pH 7,21; ECG con ondas T picudas. Se diagnostica hiperkalemia (E87.5) y se maneja con gluconato de calcio (A12AA03) 1 g EV, insulina cristalina con glucosa 10 UI EV y salbutamol (R03AC02) en nebulización 10 mg. Se instala CHD femoral derecho y se realizan 3 sesiones de HD de urgencia, con potasio de 4,6 mEq/L post diálisis. Se suspende enalapril e ingresa a programa de hemodiálisis crónica. Alta al octavo día con HD trisemanal en centro, dieta baja en potasio y confección de fístula arteriovenosa en brazo izquierdo.",
    "Limpio (trampa): CHD y HD abrevian catéter de hemodiálisis y hemodiálisis; salbutamol es tratamiento plausible de hiperkalemia.")
b.var([("con potasio de 4,6 mEq/L post diálisis.", "con potasio de 4,6 mEq/L post diálisis, con potasio de 4,6 mEq/L post diálisis, con potasio de 4,6 mEq/L post diálisis, con potasio de 4,6 mEq/L post diálisis.")], "REP001", "Bucle degenerado de n-gramas.")

# 28 ORL: epistaxis posterior izquierda
b = Base(
    {"paciente": {"sexo": "Masculino", "edad": 70}, "servicio": "Otorrinolaringología",
     "motivo_consulta": {"sintomas": ["epistaxis profusa por fosa nasal izquierda"], "tiempo_evolucion": "3 horas"},
     "antecedentes": [{"codigo": "I10", "nombre": "Hipertensión arterial"}, {"codigo": "I25.1", "nombre": "Cardiopatía coronaria"}],
     "medicamentos_habituales": [{"codigo": "B01AC04", "nombre": "Clopidogrel", "dosis": "75 mg al día", "via": "oral"},
                                 {"codigo": "C07AB07", "nombre": "Bisoprolol", "dosis": "5 mg al día", "via": "oral"}],
     "signos_vitales": {"PA": "182/96 mmHg", "FC": "88 lpm"},
     "examenes": {"hemoglobina": "11,8 g/dL", "plaquetas": "226.000/uL", "TP": "92%"},
     "diagnosticos": [{"codigo": "R04.0", "nombre": "Epistaxis posterior"}],
     "procedimientos": ["Taponamiento anteroposterior de fosa nasal izquierda"],
     "tratamiento": [{"codigo": "C08CA01", "nombre": "Amlodipino", "dosis": "5 mg al día", "via": "oral"}],
     "evolucion": ["retiro de taponamiento a las 72 horas sin resangrado", "PA controlada"], "dias_hospitalizacion": 4,
     "tratamiento_alta": [{"codigo": "C08CA01", "nombre": "Amlodipino", "dosis": "5 mg al día", "via": "oral"},
                          {"codigo": "C07AB07", "nombre": "Bisoprolol", "dosis": "5 mg al día", "via": "oral"}],
     "indicaciones_alta": ["suspender clopidogrel por 5 días y luego reiniciar", "evitar esfuerzos", "control ORL en 1 semana"]},
    "Ingresa por epistaxis profusa por fosa nasal izquierda de 3 horas de evolución en hombre de 70 años con HTA (I10) y cardiopatía coronaria (I25.1), usuario de clopidogrel (B01AC04) 75 mg/día y bisoprolol (C07AB07) 5 mg/día. Al ingreso PA 182/96 mmHg y FC 88 lpm, con hemoglobina 11,8 g/dL, plaquetas 226.000/uL y TP 92%. Se diagnostica epistaxis posterior (R04.0) y se realiza taponamiento anteroposterior de fosa nasal izquierda. Se agrega amlodipino (C08CA01) 5 mg/día VO, logrando PA controlada. Se retira el taponamiento a las 72 horas sin resangrado. Alta al cuarto día con amlodipino y bisoprolol 5 mg/día, suspensión de clopidogrel por 5 días y luego reinicio, evitar esfuerzos y control ORL en 1 semana.",
    "Limpio: HTA abrevia hipertensión arterial; todas las cifras están en el input.")
b.var([], "COD002", "I25.1 en el output; el input trae la cardiopatía coronaria sin código.",
      inp_edit=lambda i: i["antecedentes"][1].pop("codigo"))

# 29 Obstetricia: preeclampsia severa; RN masculino
b = Base(
    {"paciente": {"sexo": "Femenino", "edad": 32}, "servicio": "Obstetricia",
     "motivo_consulta": {"sintomas": ["cefalea", "fotopsias", "edema de extremidades inferiores"], "tiempo_evolucion": "1 día"},
     "antecedentes_obstetricos": "G2P1, embarazo de 34 semanas", "signos_vitales": {"PA": "168/112 mmHg"},
     "examenes": {"proteinuria": "3,2 g en 24 horas", "plaquetas": "118.000/uL", "GOT": "64 U/L", "LDH": "410 U/L"},
     "diagnosticos": [{"codigo": "O14.1", "nombre": "Preeclampsia severa"}],
     "procedimientos": ["Cesárea segmentaria"], "recien_nacido": {"sexo": "masculino", "peso": "2.240 g", "Apgar": "8-9"},
     "tratamiento": [{"codigo": "A12CC02", "nombre": "Sulfato de magnesio", "dosis": "1 g/h", "via": "endovenosa"},
                     {"codigo": "C02AB01", "nombre": "Metildopa", "dosis": "500 mg cada 8 horas", "via": "oral"},
                     {"codigo": "H02AB01", "nombre": "Betametasona", "dosis": "12 mg cada 24 horas por 2 dosis", "via": "intramuscular"}],
     "evolucion": ["PA en rango al tercer día posparto", "sin convulsiones"], "dias_hospitalizacion": 5,
     "tratamiento_alta": [{"codigo": "C08CA05", "nombre": "Nifedipino", "dosis": "20 mg cada 12 horas", "via": "oral"}],
     "indicaciones_alta": ["control de PA en domicilio", "control en policlínico de alto riesgo obstétrico en 1 semana"]},
    "Ingresa por cefalea, fotopsias y edema de extremidades inferiores de 1 día de evolución en mujer de 32 años, G2P1, cursando embarazo de 34 semanas, con PA 168/112 mmHg. Proteinuria de 3,2 g en 24 horas, plaquetas 118.000/uL, GOT 64 U/L y LDH 410 U/L. Se diagnostica preeclampsia severa (O14.1) y se inicia sulfato de magnesio (A12CC02) 1 g/h EV, metildopa (C02AB01) 500 mg c/8h VO y betametasona (H02AB01) 12 mg IM c/24h por 2 dosis. Se realiza cesárea segmentaria, naciendo RN de sexo masculino de 2.240 g con Apgar 8-9. Evoluciona sin convulsiones y con PA en rango al tercer día posparto. Alta al quinto día con nifedipino (C08CA05) 20 mg c/12h VO, control de PA en domicilio y control en policlínico de alto riesgo obstétrico en 1 semana.",
    "Limpio (trampa): 'RN de sexo masculino' se refiere al recién nacido, no a la paciente.")
b.var([("Se diagnostica preeclampsia severa (O14.1)", "Se diagnostica __preeclampsia severa__ (O14.1)")], "FMT002", "Énfasis markdown con guiones bajos.")

# 30 Geriatría: UPP sacra infectada; input en forma de lista
b = Base(
    [{"seccion": "identificacion", "sexo": "masculino", "edad": 92, "procedencia": "ELEAM"},
     {"seccion": "antecedentes", "items": ["Enfermedad de Alzheimer (G30.9)", "Postración crónica"]},
     {"seccion": "ingreso", "motivo": "fiebre y secreción fétida de úlcera sacra", "evolucion_previa": "5 días", "signos": "T 38,4 °C, PA 104/62 mmHg"},
     {"seccion": "laboratorio", "resultados": "leucocitos 14.100/uL, PCR 165 mg/L, albúmina 2,4 g/dL"},
     {"seccion": "diagnosticos", "items": [{"codigo": "L89.3", "nombre": "Úlcera por presión sacra grado IV infectada"}]},
     {"seccion": "procedimientos", "items": ["aseo quirúrgico y desbridamiento de úlcera sacra", "instalación de sonda Foley para protección de la herida"]},
     {"seccion": "tratamiento", "items": [{"atc": "J01CR05", "nombre": "Piperacilina/tazobactam", "dosis": "4,5 g cada 8 horas EV"}]},
     {"seccion": "evolucion", "texto": "afebril al cuarto día; cultivo de tejido con Proteus mirabilis sensible a amoxicilina/ácido clavulánico; se conversa con su hija, quien es su cuidadora, y se acuerda limitación del esfuerzo terapéutico"},
     {"seccion": "alta", "dias": 10, "tratamiento": [{"atc": "J01CR02", "nombre": "Amoxicilina/ácido clavulánico", "dosis": "875/125 mg cada 12 horas VO por 14 días"}],
      "indicaciones": ["curaciones avanzadas diarias", "cambios de posición cada 2 horas", "colchón antiescaras"]}],
    "Ingresa por fiebre y secreción fétida de úlcera sacra de 5 días de evolución en hombre de 92 años, procedente de ELEAM, con enfermedad de Alzheimer (G30.9) y postración crónica. Al ingreso T 38,4 °C y PA 104/62 mmHg; leucocitos 14.100/uL, PCR 165 mg/L y albúmina 2,4 g/dL. Se diagnostica úlcera por presión sacra grado IV infectada (L89.3) y se realiza aseo quirúrgico con desbridamiento, instalándose sonda Foley para protección de la herida. Recibe piperacilina/tazobactam (J01CR05) 4,5 g c/8h EV, quedando afebril al cuarto día; cultivo de tejido con Proteus mirabilis sensible a amoxicilina/ácido clavulánico. Se conversa con su hija, quien es su cuidadora, acordándose limitación del esfuerzo terapéutico. Alta tras 10 días con amoxicilina/ácido clavulánico (J01CR02) 875/125 mg c/12h VO por 14 días, curaciones avanzadas diarias, cambios de posición c/2h y colchón antiescaras.",
    "Limpio (trampa): input como lista de secciones; 'su hija, quien es su cuidadora' es otra persona; sonda Foley sí está en el input.")
b.var([("en hombre de 92 años", "en mujer de 92 años")], "DEM001", "Mujer cuando el input dice masculino.")
b.var([("amoxicilina/ácido clavulánico (J01CR02) 875/125", "amoxicilina/ácido clavulánico J01CR02 875/125")], "COD003", "ATC J01CR02 sin paréntesis.")

# 31 Dermatología: DRESS por alopurinol
b = Base(
    {"paciente": {"sexo": "Femenino", "edad": 68}, "servicio": "Dermatología",
     "motivo_consulta": {"sintomas": ["exantema morbiliforme generalizado", "fiebre", "edema facial"], "tiempo_evolucion": "5 días"},
     "antecedentes": [{"codigo": "M10.9", "nombre": "Gota"}, {"codigo": "I10", "nombre": "Hipertensión arterial"}],
     "farmaco_sospechoso": "alopurinol iniciado hace 5 semanas",
     "medicamentos_habituales": [{"codigo": "C09CA01", "nombre": "Losartán", "dosis": "50 mg al día", "via": "oral"}],
     "examenes": {"eosinófilos": "2.300/uL", "GPT": "186 U/L", "creatinina": "1,3 mg/dL"},
     "diagnosticos": [{"codigo": "L27.0", "nombre": "Erupción generalizada por drogas (DRESS por alopurinol)"}],
     "tratamiento": [{"codigo": "H02AB06", "nombre": "Prednisolona", "dosis": "1 mg/kg/día", "via": "oral"},
                     {"codigo": "D07AC01", "nombre": "Betametasona crema", "dosis": "cada 12 horas", "via": "tópica"}],
     "evolucion": ["regresión del exantema", "GPT 74 U/L al alta"], "dias_hospitalizacion": 9,
     "tratamiento_alta": [{"codigo": "H02AB06", "nombre": "Prednisolona", "dosis": "40 mg al día en descenso lento", "via": "oral"},
                          {"codigo": "C09CA01", "nombre": "Losartán", "dosis": "50 mg al día", "via": "oral"}],
     "indicaciones_alta": ["alopurinol contraindicado de por vida", "control en dermatología en 1 semana"]},
    "Ingresa por exantema morbiliforme generalizado, fiebre y edema facial de 5 días de evolución en mujer de 68 años con gota (M10.9) e HTA (I10), usuaria de losartán (C09CA01) 50 mg/día, que inició alopurinol hace 5 semanas. Laboratorio con eosinofilia de 2.300/uL, GPT 186 U/L y creatinina 1,3 mg/dL. Se diagnostica erupción generalizada por drogas, DRESS por alopurinol (L27.0), suspendiéndose el fármaco. Se trata con prednisolona (H02AB06) 1 mg/kg/día VO y betametasona crema (D07AC01) c/12h, con regresión del exantema y GPT de 74 U/L al alta. No requiere inmunoglobulina endovenosa ni ciclosporina. Alta al noveno día con prednisolona 40 mg/día en descenso lento, losartán 50 mg/día, alopurinol contraindicado de por vida y control en dermatología en 1 semana.",
    "Limpio (trampa): inmunoglobulina y ciclosporina aparecen negadas; eosinofilia respaldada por 2.300/uL.")
b.var([("gota (M10.9) e HTA (I10)", "gota (I10) e HTA (M10.9)")], "COD005", "Códigos de gota e HTA intercambiados.")
b.var([("usuaria de losartán (C09CA01)", "usuaria de losartán")], "COD006", "C09CA01 del input no aparece en el output.")

# 32 Medicina interna: TVP femoropoplítea izquierda
b = Base(
    {"paciente": {"sexo": "Masculino", "edad": 44}, "servicio": "Medicina Interna",
     "motivo_consulta": {"sintomas": ["aumento de volumen de pierna izquierda", "dolor en pantorrilla izquierda"], "tiempo_evolucion": "6 días"},
     "antecedentes": ["Viaje en avión de 14 horas hace 10 días"],
     "examenes": {"dímero D": "3.840 ng/ml", "creatinina": "0,9 mg/dL", "plaquetas": "254.000/uL"},
     "estudios": [{"nombre": "Ecografía doppler venosa de extremidad inferior izquierda", "resultado": "trombosis de vena femoral común y poplítea izquierda"},
                  {"nombre": "AngioTC de tórax", "resultado": "sin tromboembolismo pulmonar"}],
     "diagnosticos": [{"codigo": "I80.2", "nombre": "Trombosis venosa profunda femoropoplítea izquierda"}],
     "tratamiento": [{"codigo": "B01AB05", "nombre": "Enoxaparina", "dosis": "80 mg cada 12 horas", "via": "subcutánea"}],
     "evolucion": ["disminución del edema", "deambulación precoz con media compresiva"], "dias_hospitalizacion": 3,
     "tratamiento_alta": [{"codigo": "B01AF01", "nombre": "Rivaroxabán", "dosis": "15 mg cada 12 horas por 21 días, luego 20 mg al día", "via": "oral"}],
     "indicaciones_alta": ["completar 3 meses de anticoagulación", "media de compresión", "control en hematología en 1 mes"]},
    "Ingresa por aumento de volumen y dolor en pantorrilla izquierda de 6 días de evolución en hombre de 44 años, con antecedente de viaje en avión de 14 horas hace 10 días. Dímero D 3.840 ng/ml, creatinina 0,9 mg/dL y plaquetas 254.000/uL. Ecografía doppler venosa de extremidad inferior izquierda con trombosis de vena femoral común y poplítea izquierda; angioTC de tórax descarta TEP. Se diagnostica trombosis venosa profunda femoropoplítea izquierda (I80.2) y se anticoagula con enoxaparina (B01AB05) 80 mg c/12h SC, con disminución del edema y deambulación precoz con media compresiva. Alta al tercer día con rivaroxabán (B01AF01) 15 mg c/12h VO por 21 días y luego 20 mg/día, completando 3 meses de anticoagulación, y control en hematología en 1 mes.",
    "Limpio (trampa): 'descarta TEP' es diagnóstico descartado (TEP = tromboembolismo pulmonar del input, negado).")
b.var([("angioTC de tórax descarta TEP", "angioTC de tórax muestra TEP segmentario")], "HAL001", "TEP afirmado; el input dice sin tromboembolismo pulmonar.")
b.var([("enoxaparina (B01AB05) 80 mg c/12h SC", "enoxaparina (B01AB05) 80 mg c/12h EV")], "HAL003", "Enoxaparina EV; el input la da subcutánea.")
b.var([("en hombre de 44 años", "en hombre de 21 años")], "DEM001", "Edad 21 (el 21 del input son días de rivaroxabán); el input dice 44.")

# 33 Infectología: meningitis neumocócica
b = Base(
    {"paciente": {"sexo": "Femenino", "edad": 23}, "servicio": "Infectología",
     "motivo_consulta": {"sintomas": ["cefalea intensa", "fiebre 39,2 °C", "rigidez de nuca", "vómitos"], "tiempo_evolucion": "36 horas"},
     "antecedentes": [], "estudios": [{"nombre": "TC de cerebro", "resultado": "sin lesiones"}], "procedimientos": ["Punción lumbar"],
     "examenes": {"LCR": "leucocitos 2.400/uL con 90% polimorfonucleares, glucosa 18 mg/dL, proteínas 210 mg/dL",
                  "Gram de LCR": "diplococos Gram positivos", "cultivo LCR": "Streptococcus pneumoniae sensible a ceftriaxona"},
     "diagnosticos": [{"codigo": "G00.1", "nombre": "Meningitis neumocócica"}],
     "tratamiento": [{"codigo": "J01DD04", "nombre": "Ceftriaxona", "dosis": "2 g cada 12 horas", "via": "endovenosa", "duracion": "10 días"},
                     {"codigo": "J01XA01", "nombre": "Vancomicina", "dosis": "15 mg/kg cada 8 horas", "via": "endovenosa", "nota": "suspendida al conocer sensibilidad"},
                     {"codigo": "H02AB02", "nombre": "Dexametasona", "dosis": "10 mg cada 6 horas por 4 días", "via": "endovenosa"}],
     "evolucion": ["afebril al tercer día", "sin secuelas neurológicas", "audiometría normal"], "dias_hospitalizacion": 11,
     "indicaciones_alta": ["vacunación antineumocócica", "control en infectología en 2 semanas"]},
    "Ingresa por cefalea intensa, fiebre de 39,2 °C, rigidez de nuca y vómitos de 36 horas de evolución en mujer de 23 años sin antecedentes. TC de cerebro sin lesiones, por lo que se realiza punción lumbar, obteniéndose LCR con leucocitos 2.400/uL con 90% polimorfonucleares, glucosa 18 mg/dL y proteínas 210 mg/dL; Gram con diplococos Gram positivos y cultivo con Streptococcus pneumoniae sensible a ceftriaxona. Se diagnostica meningitis neumocócica (G00.1) y se trata con ceftriaxona (J01DD04) 2 g c/12h EV por 10 días, dexametasona (H02AB02) 10 mg c/6h EV por 4 días y vancomicina (J01XA01) 15 mg/kg c/8h EV, esta última suspendida al conocer sensibilidad. Afebril al tercer día, sin secuelas neurológicas y con audiometría normal. Alta tras 11 días con indicación de vacunación antineumocócica y control en infectología en 2 semanas.",
    "Limpio: todas las dosis y frecuencias coinciden con el input.")
b.var([], "FMT003", "Demasiado corto (menos de 80 palabras), códigos completos.",
      out="Ingresa por cefalea intensa, fiebre, rigidez de nuca y vómitos de 36 horas de evolución en mujer de 23 años. Punción lumbar con cultivo de LCR positivo a Streptococcus pneumoniae. Se diagnostica meningitis neumocócica (G00.1) y se trata con ceftriaxona (J01DD04), dexametasona (H02AB02) y vancomicina (J01XA01). Alta tras 11 días sin secuelas neurológicas.")

# 34 Reumatología: nefritis lúpica, biopsia renal izquierda
b = Base(
    {"paciente": {"sexo": "Femenino", "edad": 27}, "servicio": "Reumatología",
     "motivo_consulta": {"sintomas": ["edema de extremidades inferiores", "orina espumosa", "artralgias"], "tiempo_evolucion": "3 semanas"},
     "antecedentes": [{"codigo": "M32.9", "nombre": "Lupus eritematoso sistémico"}],
     "medicamentos_habituales": [{"codigo": "P01BA02", "nombre": "Hidroxicloroquina", "dosis": "200 mg al día", "via": "oral"}],
     "examenes": {"proteinuria": "4,8 g en 24 horas", "creatinina": "1,4 mg/dL", "C3": "48 mg/dL", "anti-DNA": "positivo 1/320", "albúmina": "2,6 g/dL"},
     "procedimientos": ["Biopsia renal percutánea de riñón izquierdo"],
     "diagnosticos": [{"codigo": "M32.1", "nombre": "Lupus eritematoso sistémico con compromiso renal (nefritis lúpica clase IV)"}],
     "tratamiento": [{"codigo": "H02AB04", "nombre": "Metilprednisolona", "dosis": "500 mg al día por 3 días", "via": "endovenosa"},
                     {"codigo": "L04AA06", "nombre": "Micofenolato", "dosis": "1 g cada 12 horas", "via": "oral"},
                     {"codigo": "C09AA02", "nombre": "Enalapril", "dosis": "10 mg al día", "via": "oral"}],
     "evolucion": ["proteinuria 2,9 g en 24 horas al alta", "sin hematoma post biopsia"], "dias_hospitalizacion": 10,
     "tratamiento_alta": [{"codigo": "H02AB07", "nombre": "Prednisona", "dosis": "40 mg al día con descenso progresivo", "via": "oral"},
                          {"codigo": "L04AA06", "nombre": "Micofenolato", "dosis": "1 g cada 12 horas", "via": "oral"},
                          {"codigo": "P01BA02", "nombre": "Hidroxicloroquina", "dosis": "200 mg al día", "via": "oral"},
                          {"codigo": "C09AA02", "nombre": "Enalapril", "dosis": "10 mg al día", "via": "oral"}],
     "indicaciones_alta": ["control en reumatología y nefrología en 2 semanas"]},
    "Ingresa por edema de extremidades inferiores, orina espumosa y artralgias de 3 semanas de evolución en mujer de 27 años con LES (M32.9) en tratamiento con hidroxicloroquina (P01BA02) 200 mg/día. Proteinuria 4,8 g en 24 horas, creatinina 1,4 mg/dL, albúmina 2,6 g/dL, C3 48 mg/dL y anti-DNA positivo 1/320. Se realiza biopsia renal percutánea izquierda, confirmándose lupus eritematoso sistémico con compromiso renal, nefritis lúpica clase IV (M32.1). Recibe pulsos de metilprednisolona (H02AB04) 500 mg/día EV por 3 días, micofenolato (L04AA06) 1 g c/12h VO y enalapril (C09AA02) 10 mg/día, sin hematoma post biopsia. Alta tras 10 días con proteinuria de 2,9 g en 24 horas, prednisona (H02AB07) 40 mg/día en descenso progresivo, micofenolato, hidroxicloroquina, enalapril y control en reumatología y nefrología en 2 semanas.",
    "Limpio (trampa): LES abrevia lupus eritematoso sistémico; enalapril antiproteinúrico es plausible en nefritis lúpica.")
b.var([("nefritis lúpica clase IV (M32.1)", "nefritis lúpica clase IV (M32.7)")], "COD007", "M32.7 no existe en CIE-10; el input trae el mismo código erróneo.",
      inp_edit=lambda i: i["diagnosticos"][0].update(codigo="M32.7"))

# 35 Gastro: colitis por C. difficile; claves distintas
b = Base(
    {"sexo": "M", "edad_anios": 79, "servicio": "Gastroenterología",
     "anamnesis": "diarrea acuosa de 8 deposiciones diarias, dolor abdominal cólico y fiebre de 4 días, tras 10 días de ciprofloxacino por ITU",
     "comorbilidades": [{"cie10": "I50.9", "desc": "Insuficiencia cardíaca"}, {"cie10": "N40", "desc": "Hiperplasia prostática benigna"}],
     "farmacos_habituales": [{"atc": "C03CA01", "nombre": "Furosemida", "posologia": "40 mg al día VO"},
                             {"atc": "G04CA02", "nombre": "Tamsulosina", "posologia": "0,4 mg al día VO"}],
     "laboratorio": {"leucocitos": "21.600/uL", "creatinina": "1,6 mg/dL", "potasio": "3,1 mEq/L", "toxina C. difficile": "positiva"},
     "diagnosticos_egreso": [{"cie10": "A04.7", "desc": "Enterocolitis por Clostridioides difficile"}],
     "tratamiento": [{"atc": "A07AA09", "nombre": "Vancomicina", "posologia": "125 mg cada 6 horas VO por 10 días"},
                     {"nombre": "Cloruro de potasio", "posologia": "reposición EV"}],
     "evolucion": "disminución a 2 deposiciones formadas al quinto día; creatinina 1,1 mg/dL", "dias": 6,
     "alta": "completar vancomicina; suspender furosemida hasta control; control en APS en 1 semana"},
    "Ingresa por diarrea acuosa de 8 deposiciones diarias, dolor abdominal cólico y fiebre de 4 días de evolución, tras 10 días de ciprofloxacino por ITU, en hombre de 79 años con insuficiencia cardíaca (I50.9) e hiperplasia prostática benigna (N40), usuario de furosemida (C03CA01) 40 mg/día y tamsulosina (G04CA02) 0,4 mg/día VO. Leucocitos 21.600/uL, creatinina 1,6 mg/dL, potasio 3,1 mEq/L y toxina de C. difficile positiva. Se diagnostica enterocolitis por Clostridioides difficile (A04.7) y se indica vancomicina (A07AA09) 125 mg c/6h VO por 10 días más reposición EV de cloruro de potasio. Evoluciona con 2 deposiciones formadas al quinto día y creatinina de 1,1 mg/dL. Alta al sexto día completando vancomicina, con suspensión de furosemida hasta control y control en APS en 1 semana.",
    "Limpio (trampa): claves no estándar (sexo 'M', edad_anios, cie10/atc); ciprofloxacino es antecedente del input.")
b.var([("vancomicina (A07AA09) 125 mg c/6h VO", "vancomicina (A07AA09) 125 mg c/6h EV")], "HAL003", "Vancomicina EV; el input la da VO (clínicamente distinto en C. difficile).")
b.var([("insuficiencia cardíaca (I50.9) e hiperplasia prostática benigna (N40),", "insuficiencia cardíaca (I50.9),")], "CLN001",
      "Tamsulosina sin hiperplasia prostática ni otra indicación (se quitó N40 del input y del output).",
      inp_edit=lambda i: i["comorbilidades"].pop())
b.var([("vancomicina (A07AA09) 125 mg", "vancomicina A07AA09 125 mg")], "COD003", "ATC A07AA09 sin paréntesis.")

# 36 Endocrino/cirugía: hiperparatiroidismo primario
b = Base(
    {"paciente": {"sexo": "Femenino", "edad": 58}, "servicio": "Cirugía de Cabeza y Cuello / Endocrinología",
     "motivo_consulta": {"sintomas": ["poliuria", "constipación", "dolor lumbar"], "tiempo_evolucion": "2 meses"},
     "antecedentes": [{"codigo": "N20.0", "nombre": "Litiasis renal"}],
     "examenes": {"calcio": "12,8 mg/dL", "PTH": "248 pg/ml", "fósforo": "2,2 mg/dL", "creatinina": "1,0 mg/dL"},
     "estudios": [{"nombre": "Cintigrafía con sestamibi", "resultado": "adenoma paratiroideo inferior derecho"}],
     "diagnosticos": [{"codigo": "E21.0", "nombre": "Hiperparatiroidismo primario"}],
     "procedimientos": ["Paratiroidectomía inferior derecha"],
     "tratamiento": [{"nombre": "Suero fisiológico", "dosis": "200 ml/h", "via": "endovenosa"},
                     {"codigo": "M05BA08", "nombre": "Ácido zoledrónico", "dosis": "4 mg dosis única", "via": "endovenosa"},
                     {"codigo": "A12AA04", "nombre": "Carbonato de calcio", "dosis": "500 mg cada 8 horas", "via": "oral"}],
     "evolucion": ["PTH intraoperatoria con caída de 82%", "calcio 8,9 mg/dL al alta", "sin parestesias"], "dias_hospitalizacion": 4,
     "tratamiento_alta": [{"codigo": "A12AA04", "nombre": "Carbonato de calcio", "dosis": "500 mg cada 8 horas", "via": "oral"},
                          {"codigo": "A11CC04", "nombre": "Calcitriol", "dosis": "0,25 mcg al día", "via": "oral"}],
     "indicaciones_alta": ["control de calcemia en 1 semana", "control con endocrinología"]},
    "Ingresa por poliuria, constipación y dolor lumbar de 2 meses de evolución en mujer de 58 años con litiasis renal (N20.0). Laboratorio con calcio 12,8 mg/dL, PTH 248 pg/ml, fósforo 2,2 mg/dL y creatinina 1,0 mg/dL. Cintigrafía con sestamibi muestra adenoma paratiroideo inferior derecho. Con diagnóstico de hiperparatiroidismo primario (E21.0) se maneja la hipercalcemia con suero fisiológico 200 ml/h EV y ácido zoledrónico (M05BA08) 4 mg EV en dosis única, realizándose luego paratiroidectomía inferior derecha con caída de PTH intraoperatoria de 82%. Se indica carbonato de calcio (A12AA04) 500 mg c/8h VO. Evoluciona sin parestesias, con calcio de 8,9 mg/dL al alta. Alta al cuarto día con carbonato de calcio 500 mg c/8h, calcitriol (A11CC04) 0,25 mcg/día VO, control de calcemia en 1 semana y control con endocrinología.",
    "Limpio (trampa): 'hipercalcemia' está respaldada por calcio 12,8 mg/dL del input.")
b.var([("Evoluciona sin parestesias, con calcio", "Evoluciona con hipocalcemia sintomática y parestesias, con calcio")], "HAL001", "Hipocalcemia sintomática afirmada; el input dice sin parestesias y calcio 8,9.")
b.var([], "COD004", "A11CC04 (calcitriol) en el output; el input trae calcitriol sin código.",
      inp_edit=lambda i: i["tratamiento_alta"][1].pop("codigo"))

# 37 Trauma/UCI: neumotórax derecho con tubo pleural
b = Base(
    {"paciente": {"sexo": "Masculino", "edad": 33}, "servicio": "UCI / Cirugía", "mecanismo": "colisión de motocicleta a alta velocidad",
     "lesiones": ["neumotórax derecho", "fracturas de arcos costales 4 a 7 derechos", "contusión pulmonar derecha"],
     "signos_vitales": {"SatO2": "86% ambiental", "FR": "32 rpm", "PA": "118/74 mmHg"},
     "diagnosticos": [{"codigo": "S27.0", "nombre": "Neumotórax traumático"}, {"codigo": "S22.4", "nombre": "Fracturas múltiples de costillas"}],
     "procedimientos": ["Instalación de tubo pleural derecho", "Bloqueo de nervios intercostales"],
     "tratamiento": [{"codigo": "N02AB03", "nombre": "Fentanilo", "dosis": "50 mcg/h en infusión", "via": "endovenosa"},
                     {"codigo": "N02BE01", "nombre": "Paracetamol", "dosis": "1 g cada 6 horas", "via": "endovenosa"}],
     "evolucion": ["reexpansión pulmonar completa", "retiro de tubo pleural al cuarto día", "sin fuga aérea"], "dias_hospitalizacion": 6,
     "tratamiento_alta": [{"codigo": "N02BE01", "nombre": "Paracetamol", "dosis": "1 g cada 6 horas", "via": "oral"},
                          {"codigo": "N02AX02", "nombre": "Tramadol", "dosis": "50 mg cada 8 horas si dolor", "via": "oral"}],
     "indicaciones_alta": ["kinesioterapia respiratoria", "no viajar en avión por 2 semanas", "control en cirugía de tórax con radiografía en 10 días"]},
    "Ingresa por colisión de motocicleta a alta velocidad en hombre de 33 años, con SatO2 86% ambiental, FR 32 rpm y PA 118/74 mmHg. Se constatan neumotórax traumático (S27.0) derecho, fracturas múltiples de costillas (S22.4) de los arcos 4 a 7 derechos y contusión pulmonar derecha. Se realiza pleurostomía derecha y bloqueo de nervios intercostales, con analgesia con fentanilo (N02AB03) 50 mcg/h EV en infusión y paracetamol (N02BE01) 1 g c/6h EV. Evoluciona con reexpansión pulmonar completa y sin fuga aérea, retirándose el tubo pleural al cuarto día. Alta al sexto día con paracetamol 1 g c/6h VO, tramadol (N02AX02) 50 mg c/8h VO si dolor, kinesioterapia respiratoria, no viajar en avión por 2 semanas y control en cirugía de tórax con radiografía en 10 días.",
    "Limpio (trampa): 'pleurostomía' es sinónimo de la instalación de tubo pleural del input.")
b.var([("Se realiza pleurostomía derecha y bloqueo de nervios intercostales,", "Se realiza pleurostomía derecha, bloqueo de nervios intercostales e intubación orotraqueal con VMI,")], "HAL001", "Intubación y VMI ausentes del input.")
b.var([("Alta al sexto día con", "\n## Indicaciones al alta\nAlta al sexto día con")], "FMT002", "Encabezado markdown '##' en medio del texto.")
b.var([("neumotórax traumático (S27.0)", "neumotórax traumático (S22.4)"), ("fracturas múltiples de costillas (S22.4)", "fracturas múltiples de costillas (S27.0)")], "COD005", "Códigos de neumotórax y fracturas costales intercambiados.")

# 38 Geriatría: hiponatremia por tiazida; edad desde fechas dd/mm/aaaa
b = Base(
    {"identificacion": {"sexo": "femenino", "fecha_nacimiento": "12/03/1940", "fecha_ingreso": "20/08/2024"}, "servicio": "Geriatría",
     "motivo": "somnolencia, confusión y dos caídas en 48 horas",
     "antecedentes": [{"codigo": "I10", "nombre": "Hipertensión arterial"}, {"codigo": "H91.1", "nombre": "Presbiacusia"}],
     "farmacos_previos": [{"codigo": "C03AA03", "nombre": "Hidroclorotiazida", "dosis": "25 mg al día"}],
     "laboratorio": {"sodio": "118 mEq/L", "osmolalidad plasmática": "248 mOsm/kg", "sodio urinario": "46 mEq/L", "TSH": "2,1 uUI/ml", "cortisol": "18 ug/dL"},
     "diagnosticos": [{"codigo": "E87.1", "nombre": "Hiponatremia"}],
     "tratamiento": ["suspensión de hidroclorotiazida", "bolo de 100 ml de solución salina hipertónica al 3%", "restricción hídrica"],
     "evolucion": ["sodio 128 mEq/L a las 24 horas", "sodio 134 mEq/L al alta", "recuperación del estado mental basal"], "dias_hospitalizacion": 5,
     "alta": [{"codigo": "C08CA01", "nombre": "Amlodipino", "dosis": "5 mg al día", "via": "oral"}],
     "indicaciones": ["control de sodio en 1 semana", "no reiniciar tiazidas"]},
    "Ingresa por somnolencia, confusión y dos caídas en 48 horas en mujer de 84 años con HTA (I10) y presbiacusia (H91.1), usuaria de hidroclorotiazida (C03AA03) 25 mg/día. Laboratorio con sodio 118 mEq/L, osmolalidad plasmática 248 mOsm/kg y sodio urinario 46 mEq/L, con TSH 2,1 uUI/ml y cortisol 18 ug/dL. Se diagnostica hiponatremia (E87.1) secundaria a tiazida, por lo que se suspende hidroclorotiazida y se administra bolo de 100 ml de solución salina hipertónica al 3% con restricción hídrica. Sodio de 128 mEq/L a las 24 horas y 134 mEq/L al alta, con recuperación del estado mental basal. Alta al quinto día con amlodipino (C08CA01) 5 mg/día VO, sin reiniciar tiazidas y control de sodio en 1 semana.",
    "Limpio (trampa): 84 años se deduce de nacimiento 12/03/1940 e ingreso 20/08/2024.", allow=("84",))
b.var([("en mujer de 84 años", "en mujer de 48 años")], "DEM001", "48 años (el 48 del input son horas) contradice los 84 derivados de las fechas.")
b.var([("Ingresa por somnolencia", "\"Ingresa por somnolencia")], "FMT001", "El texto empieza con comillas.")

# 39 Pediatría: crisis asmática en escolar
b = Base(
    {"paciente": {"sexo": "Femenino", "edad": 7, "peso": "24 kg"}, "acompanante": "madre", "servicio": "Pediatría",
     "motivo_consulta": {"sintomas": ["tos", "sibilancias", "dificultad respiratoria"], "tiempo_evolucion": "2 días"},
     "antecedentes": ["Asma alérgica"],
     "medicamentos_habituales": [{"codigo": "R03BA05", "nombre": "Fluticasona", "dosis": "125 mcg cada 12 horas", "via": "inhalatoria"}],
     "signos_vitales": {"SatO2": "91% ambiental", "FR": "38 rpm"},
     "diagnosticos": [{"codigo": "J45.9", "nombre": "Crisis asmática moderada"}],
     "tratamiento": [{"codigo": "R03AC02", "nombre": "Salbutamol", "dosis": "4 puff cada 20 minutos por 3 veces, luego cada 4 horas", "via": "inhalatoria"},
                     {"codigo": "H02AB07", "nombre": "Prednisona", "dosis": "20 mg al día", "via": "oral"},
                     {"nombre": "Oxígeno por naricera"}],
     "evolucion": ["suspensión de oxígeno a las 36 horas", "SatO2 96% ambiental al alta"], "dias_hospitalizacion": 3,
     "tratamiento_alta": [{"codigo": "R03AC02", "nombre": "Salbutamol", "dosis": "2 puff cada 6 horas por 5 días", "via": "inhalatoria"},
                          {"codigo": "H02AB07", "nombre": "Prednisona", "dosis": "20 mg al día hasta completar 5 días", "via": "oral"},
                          {"codigo": "R03BA05", "nombre": "Fluticasona", "dosis": "125 mcg cada 12 horas", "via": "inhalatoria"}],
     "indicaciones_alta": ["técnica inhalatoria con aerocámara", "control en broncopulmonar infantil en 2 semanas"]},
    "Ingresa por tos, sibilancias y dificultad respiratoria de 2 días de evolución en escolar de 7 años y 24 kg, con asma alérgica en tratamiento con fluticasona (R03BA05) 125 mcg c/12h inhalada. Al ingreso SatO2 91% ambiental y FR 38 rpm. Se diagnostica crisis asmática moderada (J45.9) y se trata con salbutamol (R03AC02) 4 puff c/20 minutos por 3 veces y luego c/4h, prednisona (H02AB07) 20 mg/día VO y oxígeno por naricera, que se suspende a las 36 horas. Al alta SatO2 96% ambiental. Se indica salbutamol 2 puff c/6h por 5 días, prednisona 20 mg/día hasta completar 5 días y fluticasona 125 mcg c/12h, con técnica inhalatoria con aerocámara. Alta al tercer día, acompañada por su madre, con control en broncopulmonar infantil en 2 semanas.",
    "Limpio: 'acompañada' concuerda con la paciente; dosis y frecuencias del input.")
b.var([("prednisona (H02AB07) 20 mg/día VO", "prednisona (H02AB07) 24 mg/día VO")], "HAL003", "Prednisona 24 mg; el input dice 20 mg (24 es el peso en kg).")
b.var([("crisis asmática moderada (J45.9)", "crisis asmática moderada (J45.6)")], "COD007", "J45.6 no existe en CIE-10; el input trae el mismo código erróneo.",
      inp_edit=lambda i: i["diagnosticos"][0].update(codigo="J45.6"))

# 40 Medicina tropical: dengue con signos de alarma
b = Base(
    {"paciente": {"sexo": "Masculino", "edad": 38, "procedencia": "Piura"}, "servicio": "Medicina Tropical",
     "motivo_consulta": {"sintomas": ["fiebre alta", "mialgias", "dolor retroocular", "dolor abdominal intenso", "petequias"], "tiempo_evolucion": "5 días"},
     "examenes": {"NS1": "positivo", "plaquetas": "34.000/uL", "hematocrito": "49%", "GOT": "212 U/L"},
     "estudios": [{"nombre": "Ecografía abdominal", "resultado": "engrosamiento de pared vesicular y líquido libre perihepático"}],
     "diagnosticos": [{"codigo": "A90", "nombre": "Dengue con signos de alarma"}],
     "tratamiento": [{"nombre": "Cristaloides", "dosis": "10 ml/kg/h con descenso progresivo", "via": "endovenosa"},
                     {"codigo": "N02BE01", "nombre": "Paracetamol", "dosis": "1 g cada 8 horas", "via": "oral"}],
     "contraindicado": "AINEs y aspirina",
     "evolucion": ["plaquetas 112.000/uL al alta", "hematocrito 42%", "sin sangrado"], "dias_hospitalizacion": 5,
     "indicaciones_alta": ["hidratación oral", "evitar AINEs", "control en 48 horas"]},
    "Ingresa por fiebre alta, mialgias, dolor retroocular, dolor abdominal intenso y petequias de 5 días de evolución en hombre de 38 años procedente de Piura. NS1 positivo, plaquetas 34.000/uL, hematocrito 49% y GOT 212 U/L; ecografía abdominal con engrosamiento de pared vesicular y líquido libre perihepático. Se diagnostica dengue con signos de alarma (A90) y se maneja con cristaloides EV a 10 ml/kg/h con descenso progresivo y paracetamol (N02BE01) 1 g c/8h VO, evitando AINEs y aspirina. No requiere transfusión de plaquetas. Evoluciona sin sangrado, con hematocrito 42% y plaquetas de 112.000/uL al alta. Alta al quinto día con hidratación oral, evitar AINEs y control en 48 horas.",
    "Limpio (trampa): 'No requiere transfusión de plaquetas' y 'evitando AINEs y aspirina' son negación/contraindicación.")
b.var([("plaquetas 34.000/uL", "plaquetas 43.000/uL")], "HAL002", "Plaquetas 43.000 no está en el input (34.000).")
b.var([("Evoluciona sin sangrado, con hematocrito 42% y plaquetas de 112.000/uL al alta.", "Evoluciona sin sangrado, con hematocrito 42% y plaquetas de 112.000/uL al alta. Evoluciona sin sangrado, con hematocrito 42% y plaquetas de 112.000/uL al alta.")], "REP001", "Oración repetida literalmente.")
