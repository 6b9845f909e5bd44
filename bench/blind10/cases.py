"""Cases of blind10: a cross-section of a general hospital discharge archive."""
from gen import make


def P(chk, out=None, note="", inp=None, inp_text=None, text=None):
    d = {"note": note}
    if out:
        d["out"] = out
    if inp:
        d["inp"] = inp
    if inp_text:
        d["inp_text"] = inp_text
    if text:
        d["text"] = text
    return (chk, d)


def add(key, item):
    def f(i):
        i.setdefault(key, [])
        i[key].append(item)
        return i
    return f


CASES = []

# 1 Insuficiencia cardiaca, Chile, Medicina Interna
CASES.append({
    "id": "icc_cl",
    "note": "Limpio: IC congestiva descompensada; 'hipertensa' y 'diabética tipo 2' nombran los antecedentes codificados del input.",
    "input": {"paciente": {"sexo": "F", "edad": 81}, "servicio": "Medicina Interna",
              "motivo_ingreso": "disnea de esfuerzos progresiva y edema de extremidades inferiores, 10 días",
              "antecedentes": [{"cod": "I10", "glosa": "Hipertensión arterial esencial"},
                               {"cod": "E11.9", "glosa": "Diabetes mellitus tipo 2 sin complicaciones"}],
              "diagnostico_egreso": [{"cod": "I50.0", "glosa": "Insuficiencia cardíaca congestiva"}],
              "examenes": {"NT-proBNP": "6840 pg/mL", "creatinina": "1,3 mg/dL", "potasio": "4,6 mEq/L"},
              "imagenes": "Rx tórax: cardiomegalia y derrame pleural derecho",
              "ecocardiograma": "FEVI 35%",
              "farmacos": [{"atc": "C03CA01", "nombre": "Furosemida", "dosis": "40 mg", "via": "EV", "frecuencia": "cada 12 horas"},
                           {"atc": "C09AA02", "nombre": "Enalapril", "dosis": "10 mg", "via": "oral", "frecuencia": "cada 12 horas"},
                           {"atc": "A10BA02", "nombre": "Metformina", "dosis": "850 mg", "via": "oral", "frecuencia": "cada 24 horas"}],
              "dias_estada": 7},
    "output": ("Ingresa por disnea de esfuerzos progresiva y edema de extremidades inferiores de 10 días de evolución en paciente femenina de 81 años, "
               "hipertensa (I10) y diabética tipo 2 (E11.9). Se diagnostica insuficiencia cardíaca congestiva (I50.0) descompensada. "
               "Laboratorio con NT-proBNP 6840 pg/mL, creatinina 1,3 mg/dL y potasio 4,6 mEq/L. Radiografía de tórax muestra cardiomegalia y derrame pleural derecho; "
               "ecocardiograma con FEVI 35%. Se maneja con furosemida (C03CA01) 40 mg EV cada 12 horas, con buena respuesta diurética y disminución de edema. "
               "Se mantiene enalapril (C09AA02) 10 mg cada 12 horas y metformina (A10BA02) 850 mg al día. "
               "Evoluciona sin disnea de reposo, tolerando marcha en sala. Alta tras 7 días de hospitalización con control en policlínico de cardiología y restricción de sal."),
    "trampas": [("furosemida (C03CA01) 40 mg EV cada 12 horas", "furosemida (C03CA01) 40 mg ev c/12 h",
                 "Trampa limpia: posología abreviada equivalente (ev, c/12 h)."),
                ("Se diagnostica insuficiencia cardíaca congestiva (I50.0) descompensada.",
                 "Se diagnostica IC congestiva (I50.0) descompensada; se descarta síndrome coronario agudo.",
                 "Trampa limpia: abreviatura IC y SCA descartado (negación)."),
                ("Evoluciona sin disnea de reposo", "No requiere ventilación mecánica no invasiva. Evoluciona sin disnea de reposo",
                 "Trampa limpia: VMNI mencionada como no requerida.")],
    "plants": [P("DEM001", [("paciente femenina de 81 años", "paciente masculino de 81 años")], "Planta DEM001: sexo masculino, input F."),
               P("HAL003", [("furosemida (C03CA01) 40 mg EV cada 12 horas", "furosemida (C03CA01) 850 mg EV cada 12 horas")],
                 "Planta HAL003: furosemida 850 mg (cifra de la metformina), input 40 mg."),
               P("HAL004", [("derrame pleural derecho", "derrame pleural izquierdo")], "Planta HAL004: derrame izquierdo, input derecho."),
               P("HAL001", [("Se mantiene enalapril", "Se agrega espironolactona. Se mantiene enalapril")], "Planta HAL001: espironolactona no está en el input."),
               P("CLN001", [("y metformina (A10BA02) 850 mg al día.", "y metformina (A10BA02) 850 mg al día. Se indica además alopurinol (M04AA01) 100 mg al día.")],
                 "Planta CLN001: alopurinol sin gota ni hiperuricemia entre los diagnósticos.",
                 inp=add("farmacos", {"atc": "M04AA01", "nombre": "Alopurinol", "dosis": "100 mg", "via": "oral", "frecuencia": "cada 24 horas"}))],
    "gen": ["FMT001", "COD005", "COD002", "HAL002"],
    "cie_drop": "E11.9", "atc_drop": "A10BA02", "bogus": ("I50.0", "I50.5"),
    "hal2": ("ecocardiograma con FEVI 35%.", "ecocardiograma con FEVI 35% y PSAP 48 mmHg."),
})

# 2 Neumonia, Espana, Neumologia
CASES.append({
    "id": "nac_es",
    "note": "Limpio: 'neumonía adquirida en la comunidad' por 'neumonía, no especificada' del input; cifras idénticas.",
    "input": {"episodio": {"nhc": "00481522", "servicio": "Neumología", "hospital": "H. U. de Getafe",
                           "paciente": {"sexo": "varón", "edad": "67 años"},
                           "juicio_clinico": [{"cie10": "J18.9", "texto": "Neumonía, no especificada"}],
                           "antecedentes_personales": [{"cie10": "J44.9", "texto": "EPOC"}, "exfumador de 40 paquetes-año"],
                           "pruebas": {"Rx tórax": "condensación en lóbulo inferior derecho", "PCR": "187 mg/L", "leucocitos": "15.400/µL", "SatO2 basal": "89%"},
                           "tratamiento_hospitalario": [{"atc": "J01DD04", "farmaco": "ceftriaxona", "posologia": "1 g cada 24 h iv"},
                                                        {"atc": "J01FA10", "farmaco": "azitromicina", "posologia": "500 mg cada 24 h iv"}],
                           "tratamiento_alta": [{"atc": "J01CR02", "farmaco": "amoxicilina/ácido clavulánico", "posologia": "875/125 mg cada 8 h vo"}],
                           "estancia_dias": 5}},
    "output": ("Ingresa por fiebre, tos productiva y disnea en varón de 67 años con EPOC (J44.9), exfumador de 40 paquetes-año. "
               "A su llegada a Urgencias presenta SatO2 basal de 89%. En la radiografía de tórax se objetiva condensación en lóbulo inferior derecho, "
               "con PCR de 187 mg/L y leucocitosis de 15.400/µL. Con el juicio clínico de neumonía adquirida en la comunidad (J18.9) se inicia ceftriaxona (J01DD04) 1 g cada 24 h iv "
               "y azitromicina (J01FA10) 500 mg cada 24 h iv, con oxigenoterapia en gafas nasales. Evolución favorable, con desaparición de la fiebre y retirada del oxígeno. "
               "Tras 5 días de ingreso se decide alta a domicilio con amoxicilina/ácido clavulánico (J01CR02) 875/125 mg cada 8 h vo hasta completar tratamiento. "
               "Control por su médico de Atención Primaria y Rx de control."),
    "trampas": [("amoxicilina/ácido clavulánico (J01CR02) 875/125 mg", "Augmentine (J01CR02) 875/125 mg", "Trampa limpia: marca comercial española de amoxicilina/clavulánico."),
                ("Evolución favorable,", "Antigenurias negativas, por lo que no se amplía cobertura. Evolución favorable,", "Trampa limpia: antigenurias negativas y ampliación no realizada (negación). Falta en input?", None),
                ("condensación en lóbulo inferior derecho", "condensación en LID", "Trampa limpia: LID = lóbulo inferior derecho.")],
    "plants": [P("DEM001", [("en varón de 67 años", "en mujer de 67 años")], "Planta DEM001: mujer, input varón."),
               P("HAL004", [("condensación en lóbulo inferior derecho", "condensación en lóbulo inferior izquierdo")], "Planta HAL004: lóbulo izquierdo, input derecho."),
               P("HAL003", [("azitromicina (J01FA10) 500 mg cada 24 h iv", "azitromicina (J01FA10) 500 mg cada 8 h iv")], "Planta HAL003: azitromicina cada 8 h (cifra de otro fármaco), input cada 24 h."),
               P("HAL001", [("con oxigenoterapia en gafas nasales", "con oxigenoterapia en gafas nasales y levofloxacino")], "Planta HAL001: levofloxacino no figura en el input."),
               P("FMT003", text=("Ingresa por neumonía (J18.9) en varón de 67 años con EPOC (J44.9). Condensación en lóbulo inferior derecho. "
                                  "Ceftriaxona (J01DD04) y azitromicina (J01FA10) iv. Buena evolución. Alta con amoxicilina/ácido clavulánico (J01CR02) 875/125 mg cada 8 h vo."),
                 note="Planta FMT003: nota telegráfica de menos de 80 palabras.")],
    "gen": ["FMT002", "COD001", "COD004", "REP001"],
    "cie_drop": "J44.9", "atc_drop": "J01FA10", "bogus": ("J18.9", "J18.5"),
})
# fix trampa 2: antigenurias must be in input
CASES[-1]["trampas"][1] = ("Evolución favorable,", "Antigenuria para neumococo y Legionella negativas, por lo que no se amplía cobertura. Evolución favorable,",
                           "Trampa limpia: antigenurias negativas (en input) y ampliación de cobertura no realizada.",
                           lambda i: (i["episodio"]["pruebas"].__setitem__("antigenuria neumococo y Legionella", "negativas"), i)[1])

# 3 EPOC exacerbado, Argentina
CASES.append({
    "id": "epoc_ar",
    "note": "Limpio: EPOC reagudizado; ARM mencionada como no requerida; meprednisona del input.",
    "input": {"Paciente": "Varón, 72 años", "Servicio": "Clínica Médica - Hospital Fernández",
              "Diagnóstico principal": "J44.1 EPOC con exacerbación aguda",
              "Comorbilidades": "I48.2 Fibrilación auricular crónica",
              "Gases": "pH 7,31; pCO2 58 mmHg; pO2 54 mmHg",
              "Tratamiento": [
                  "R03AC02 Salbutamol 4 puff cada 4 horas por aerocámara",
                  "R03BB01 Ipratropio 4 puff cada 6 horas",
                  "H02AB04 Metilprednisolona 40 mg EV cada 24 horas",
                  "B01AF02 Apixabán 5 mg VO cada 12 horas"],
              "Egreso": "H02AB15 Meprednisona 40 mg VO por día por 5 días; internación 6 días"},
    "output": ("Ingresa por disnea clase funcional IV, tos y aumento de la expectoración purulenta en varón de 72 años con EPOC severo y fibrilación auricular crónica (I48.2) anticoagulado. "
               "Gasometría arterial al ingreso con pH 7,31, pCO2 58 mmHg y pO2 54 mmHg, compatible con acidosis respiratoria. "
               "Se interpreta como EPOC con exacerbación aguda (J44.1). Recibe salbutamol (R03AC02) 4 puff cada 4 horas por aerocámara, ipratropio (R03BB01) 4 puff cada 6 horas "
               "y metilprednisolona (H02AB04) 40 mg EV cada 24 horas, continuando apixabán (B01AF02) 5 mg VO cada 12 horas. "
               "Presenta mejoría progresiva de la mecánica ventilatoria, sin requerimiento de ARM. Se otorga egreso tras 6 días de internación con meprednisona (H02AB15) 40 mg VO por día por 5 días "
               "y control por consultorio externo de neumonología."),
    "trampas": [("sin requerimiento de ARM", "sin requerimiento de VNI ni ARM", "Trampa limpia: VNI y ARM mencionadas como no requeridas."),
                ("Recibe salbutamol (R03AC02) 4 puff", "Recibe salbutamol (R03AC02) 4 disparos", "Trampa limpia: 'disparos' = puff, misma dosis."),
                ("con EPOC severo", "con enfermedad pulmonar obstructiva crónica severa", "Trampa limpia: EPOC desarrollado.")],
    "plants": [P("DEM001", [("en varón de 72 años", "en paciente de sexo femenino de 72 años")], "Planta DEM001: sexo femenino, input varón."),
               P("HAL003", [("metilprednisolona (H02AB04) 40 mg EV", "metilprednisolona (H02AB04) 40 mg VO")], "Planta HAL003: vía VO, input EV."),
               P("HAL003", [("apixabán (B01AF02) 5 mg VO cada 12 horas", "apixabán (B01AF02) 5 mg VO cada 6 horas")], "Planta HAL003: apixabán cada 6 horas (cifra del ipratropio), input cada 12."),
               P("HAL001", [("compatible con acidosis respiratoria", "compatible con alcalosis respiratoria")], "Planta HAL001: alcalosis contradicha por pH 7,31 del input."),
               P("COD007", inp_text=[("I48.2", "I48.7")], out=[("(I48.2)", "(I48.7)")], note="Planta COD007: I48.7 no existe en CIE-10 (copiado del input)."),
               P("CLN001", [("continuando apixabán (B01AF02) 5 mg VO cada 12 horas.", "continuando apixabán (B01AF02) 5 mg VO cada 12 horas y sertralina (N06AB06) 50 mg diarios.")],
                 "Planta CLN001: sertralina sin diagnóstico psiquiátrico en el input.",
                 inp=lambda i: (i["Tratamiento"].append("N06AB06 Sertralina 50 mg VO diarios"), i)[1])],
    "gen": ["COD003", "COD006", "FMT001"],
    "omit": "I48.2",
    "cie_drop": "I48.2", "atc_drop": "B01AF02",
    "hal2": ("pO2 54 mmHg,", "pO2 54 mmHg y saturación 86%,"),
})

# 4 ACV isquemico, Colombia, Neurologia
CASES.append({
    "id": "acv_co",
    "note": "Limpio: ACV isquémico; trombólisis negada por ventana, 'ASA' = ácido acetilsalicílico.",
    "input": {"datos_paciente": {"genero": "Femenino", "edad_anios": 76, "eps": "Sura"},
              "servicio": "Neurología - Unidad de ACV",
              "enfermedad_actual": "hemiparesia derecha y afasia de expresión de inicio desconocido, al despertar",
              "diagnosticos": [{"codigo": "I63.9", "descripcion": "Infarto cerebral, no especificado", "tipo": "principal"},
                               {"codigo": "I10", "descripcion": "Hipertensión esencial", "tipo": "relacionado"}],
              "paraclinicos": {"TAC cráneo simple": "hipodensidad en territorio de arteria cerebral media izquierda",
                               "NIHSS ingreso": 9, "NIHSS egreso": 4, "LDL": "142 mg/dL"},
              "conducta": "no candidata a trombólisis por tiempo de evolución desconocido",
              "medicamentos": [{"codigo_atc": "B01AC06", "nombre": "Ácido acetilsalicílico", "presentacion": "100 mg VO cada 24 horas"},
                               {"codigo_atc": "C10AA05", "nombre": "Atorvastatina", "presentacion": "40 mg VO en la noche"},
                               {"codigo_atc": "C09CA01", "nombre": "Losartán", "presentacion": "50 mg VO cada 12 horas"}],
              "estancia": "5 días"},
    "output": ("Ingresa por cuadro de hemiparesia derecha y afasia de expresión de inicio desconocido, notado al despertar, en paciente femenina de 76 años hipertensa (I10). "
               "TAC de cráneo simple con hipodensidad en territorio de arteria cerebral media izquierda. NIHSS de ingreso 9. "
               "No es candidata a trombólisis por tiempo de evolución desconocido. Se diagnostica infarto cerebral (I63.9) y se inicia ácido acetilsalicílico (B01AC06) 100 mg VO cada 24 horas "
               "y atorvastatina (C10AA05) 40 mg VO en la noche dado LDL de 142 mg/dL, con control de presión con losartán (C09CA01) 50 mg VO cada 12 horas. "
               "Recibe terapia física y fonoaudiología con mejoría, NIHSS de egreso 4. Egresa a los 5 días con remisión a consulta externa de neurología y rehabilitación ambulatoria por EPS."),
    "trampas": [("se inicia ácido acetilsalicílico (B01AC06)", "se inicia ASA (B01AC06)", "Trampa limpia: ASA es abreviatura de ácido acetilsalicílico."),
                ("Se diagnostica infarto cerebral (I63.9)", "Se diagnostica ACV isquémico (I63.9)", "Trampa limpia: ACV isquémico = infarto cerebral."),
                ("No es candidata a trombólisis por tiempo de evolución desconocido.", "Fuera de ventana para trombólisis con alteplasa, por lo que no se administra.",
                 "Trampa limpia: alteplasa mencionada como no administrada (fuera de ventana).")],
    "plants": [P("HAL004", [("hemiparesia derecha", "hemiparesia izquierda")], "Planta HAL004: hemiparesia izquierda, input derecha."),
               P("HAL004", [("arteria cerebral media izquierda", "arteria cerebral media derecha")], "Planta HAL004: ACM derecha, input izquierda."),
               P("DEM001", [("en paciente femenina de 76 años hipertensa", "en paciente masculino de 76 años hipertenso"), ("No es candidata", "No es candidato")],
                 "Planta DEM001: concordancia masculina, input femenino."),
               P("HAL001", [("No es candidata a trombólisis por tiempo de evolución desconocido.", "Recibe trombólisis con alteplasa.")], "Planta HAL001: trombólisis con alteplasa afirmada; el input dice no candidata."),
               P("HAL003", [("atorvastatina (C10AA05) 40 mg VO en la noche", "atorvastatina (C10AA05) 100 mg VO en la noche")], "Planta HAL003: atorvastatina 100 mg (cifra del ASA), input 40 mg.")],
    "gen": ["COD005", "COD003", "FMT002"],
})

# 5 Pielonefritis, Mexico
CASES.append({
    "id": "pna_mx",
    "note": "Limpio: pielonefritis; ceftriaxona desescalada a ciprofloxacino según urocultivo del input.",
    "input": "Femenino de 34 años, derechohabiente IMSS, Medicina Interna. Dx: N10 Pielonefritis aguda. Fiebre 39.2, disuria, Giordano derecho positivo. "
             "BH: leucocitos 16,800, neutrófilos 88%. EGO con nitritos positivos. Urocultivo: E. coli sensible a ciprofloxacino. "
             "Tx intrahospitalario: J01DD04 ceftriaxona 1 g IV c/24 h x 3 días. Egreso: J01MA02 ciprofloxacino 500 mg VO c/12 h por 7 días. Estancia 3 días.",
    "output": ("Ingresa por fiebre de 39.2, disuria y dolor lumbar en femenino de 34 años, con Giordano derecho positivo. "
               "Biometría hemática con leucocitos de 16,800 y neutrófilos 88%; examen general de orina con nitritos positivos. "
               "Se integra diagnóstico de pielonefritis aguda (N10) y se inicia ceftriaxona (J01DD04) 1 g IV c/24 h, con remisión de la fiebre a las 48 horas. "
               "El urocultivo reporta E. coli sensible a ciprofloxacino, por lo que se desescala. "
               "Tras 3 días de estancia egresa por mejoría con ciprofloxacino (J01MA02) 500 mg VO c/12 h por 7 días, abundantes líquidos y cita en consulta externa de Medicina Familiar con urocultivo de control."),
    "trampas": [("Se integra diagnóstico de pielonefritis aguda (N10)", "Se integra diagnóstico de IVU alta, pielonefritis aguda (N10),", "Trampa limpia: IVU alta = pielonefritis."),
                ("fiebre de 39.2", "fiebre de 39,2", "Trampa limpia: decimal con coma, mismo valor.")],
    "plants": [P("HAL004", [("Giordano derecho positivo", "Giordano izquierdo positivo")], "Planta HAL004: Giordano izquierdo, input derecho."),
               P("HAL003", [("ciprofloxacino (J01MA02) 500 mg VO c/12 h", "ciprofloxacino (J01MA02) 500 mg IV c/12 h")], "Planta HAL003: ciprofloxacino IV, input VO."),
               P("DEM001", [("en femenino de 34 años", "en masculino de 34 años")], "Planta DEM001: masculino, input femenino."),
               P("HAL001", [("Se integra diagnóstico de pielonefritis aguda (N10)", "Se integra diagnóstico de pielonefritis aguda (N10) con absceso renal")], "Planta HAL001: absceso renal no está en el input.")],
    "gen": ["FMT001", "COD001", "COD004"],
    "atc_drop": "J01DD04",
})
CASES[-1]["input"] = CASES[-1]["input"].replace("a las 48", "")
CASES[-1]["input"] += " Afebril a las 48 horas."

# 6 Celulitis, Uruguay
CASES.append({
    "id": "celu_uy",
    "note": "Limpio: celulitis; cefalexina y cefazolina tal como en el input.",
    "input": {"usuario": {"sexo": "masculino", "edad": 58, "prestador": "ASSE - Hospital Maciel"},
              "motivo": "eritema, calor y dolor en pierna izquierda de 3 días, fiebre",
              "dx": [["L03.1", "Celulitis de pierna"], ["E11.9", "Diabetes tipo 2"]],
              "paraclinica": {"GB": 14200, "PCR": 96, "glicemia": "212 mg/dL"},
              "plan": [["J01DB04", "Cefazolina", "1 g i/v cada 8 horas"], ["J01DB01", "Cefalexina", "500 mg v/o cada 6 horas"],
                       ["A10BA02", "Metformina", "850 mg v/o con almuerzo y cena"]],
              "internacion_dias": 4},
    "output": ("Ingresa por eritema, calor y dolor en pierna izquierda de 3 días de evolución con fiebre, en hombre de 58 años diabético tipo 2 (E11.9) en tratamiento con metformina (A10BA02) 850 mg v/o con almuerzo y cena. "
               "Paraclínica con GB 14200, PCR 96 y glicemia de 212 mg/dL. Se diagnostica celulitis de pierna (L03.1), se marca borde del eritema y se inicia cefazolina (J01DB04) 1 g i/v cada 8 horas con reposo y miembro elevado. "
               "Buena evolución con retracción del eritema y apirexia. Se otorga alta a los 4 días con cefalexina (J01DB01) 500 mg v/o cada 6 horas hasta completar, control en policlínica de su prestador y cuidado de los pies."),
    "trampas": [("Buena evolución con retracción del eritema y apirexia.", "No presenta crepitación ni signos de fascitis necrotizante. Buena evolución con retracción del eritema y apirexia.",
                 "Trampa limpia: fascitis necrotizante descartada clínicamente."),
                ("glicemia de 212 mg/dL", "hiperglicemia de 212 mg/dL", "Trampa limpia: hiperglicemia sostenida por glicemia 212 del input.")],
    "plants": [P("HAL004", [("dolor en pierna izquierda", "dolor en pierna derecha")], "Planta HAL004: pierna derecha, input izquierda."),
               P("HAL003", [("cefalexina (J01DB01) 500 mg v/o cada 6 horas", "cefalexina (J01DB01) 500 mg v/o cada 8 horas")], "Planta HAL003: cefalexina cada 8 horas (cifra de la cefazolina), input cada 6."),
               P("DEM001", [("en hombre de 58 años diabético", "en mujer de 58 años diabética")], "Planta DEM001: mujer, input masculino."),
               P("HAL001", [("se inicia cefazolina (J01DB04) 1 g i/v cada 8 horas", "se inicia cefazolina (J01DB04) 1 g i/v cada 8 horas más clindamicina")], "Planta HAL001: clindamicina no está en el input.")],
    "gen": ["COD005", "COD006", "REP001"],
    "bogus": ("L03.1", "L03.5"),
})

# 7 Fractura de cadera, Espana, Traumatologia (fechas en vez de edad)
CASES.append({
    "id": "cadera_es",
    "note": "Limpio: fractura subcapital; edad 86 derivada de fecha de nacimiento e ingreso.",
    "allow_nums": ["86"],
    "input": {"paciente": {"sexo": "mujer", "fecha_nacimiento": "1938-02-14"}, "fecha_ingreso": "2024-09-03", "servicio": "COT",
              "diagnosticos": {"principal": {"codigo": "S72.0", "literal": "Fractura del cuello del fémur derecho"},
                               "secundarios": [{"codigo": "F03", "literal": "Demencia"}, {"codigo": "D64.9", "literal": "Anemia"}]},
              "intervencion": "artroplastia parcial (hemiartroplastia) de cadera derecha cementada",
              "analitica": {"Hb preop": "11,2 g/dL", "Hb postop": "8,6 g/dL"},
              "hemoderivados": "2 concentrados de hematíes",
              "tratamiento": {"B01AB05": "enoxaparina 40 mg sc cada 24 h", "N02BE01": "paracetamol 1 g vo cada 8 h"},
              "estancia": 8, "destino": "centro sociosanitario"},
    "output": ("Ingresa por caída casual en domicilio con dolor e impotencia funcional de cadera derecha en mujer de 86 años con demencia (F03). "
               "Se diagnostica fractura del cuello del fémur derecho (S72.0), subcapital, y se realiza hemiartroplastia de cadera derecha cementada sin incidencias. "
               "En el postoperatorio presenta anemia (D64.9) con Hb de 8,6 g/dL desde 11,2 g/dL, que precisa transfusión de 2 concentrados de hematíes. "
               "Recibe profilaxis con enoxaparina (B01AB05) 40 mg sc cada 24 h y analgesia con paracetamol (N02BE01) 1 g vo cada 8 h. "
               "Inicia sedestación y carga asistida con andador con fisioterapia. Tras 8 días de estancia es trasladada a centro sociosanitario para rehabilitación."),
    "trampas": [("se realiza hemiartroplastia de cadera derecha", "se realiza artroplastia parcial de cadera derecha", "Trampa limpia: artroplastia parcial = hemiartroplastia."),
                ("Recibe profilaxis con enoxaparina (B01AB05)", "Recibe profilaxis con Clexane (B01AB05)", "Trampa limpia: Clexane es marca de enoxaparina.")],
    "plants": [P("DEM001", [("en mujer de 86 años", "en mujer de 68 años")], "Planta DEM001: 68 años contradice fechas (1938 a 2024 = 86 años). 68 no está en el input: también sería HAL002?"),
               P("HAL004", [("se realiza hemiartroplastia de cadera derecha", "se realiza hemiartroplastia de cadera izquierda")], "Planta HAL004: cadera izquierda, input derecha."),
               P("HAL003", [("enoxaparina (B01AB05) 40 mg sc cada 24 h", "enoxaparina (B01AB05) 40 mg iv cada 24 h")], "Planta HAL003: enoxaparina iv, input sc."),
               P("HAL001", [("Inicia sedestación", "Presenta delirium hiperactivo que cede con haloperidol. Inicia sedestación")], "Planta HAL001: delirium y haloperidol no están en el input.")],
    "gen": ["COD002", "FMT002", "COD007", "HAL002"],
    "cie_drop": "D64.9", "bogus": ("S72.0", "S72.5"),
    "hal2": ("Tras 8 días de estancia", "Tras 8 días de estancia, con Barthel de 35,"),
})
# DEM001 with dates must not be HAL002: use a number present in input (11 from Hb? no) -> use 'Hb 8' ; choose 24 (from 24 h)
CASES[-1]["plants"][0] = P("DEM001", [("en mujer de 86 años", "en mujer de 24 años")],
                           "Planta DEM001: 24 años contradice las fechas de nacimiento e ingreso (86 años); 24 aparece en el input solo como 'cada 24 h'.")

# 8 Colecistitis, Chile, Cirugia
CASES.append({
    "id": "colecist_cl",
    "note": "Limpio: colecistitis litiásica; 'CLL' abreviatura de colecistectomía laparoscópica del input.",
    "input": {"ficha": {"sexo": "Femenino", "edad": 52}, "servicio": "Cirugía Adultos",
              "ingreso": {"sintomas": ["dolor en hipocondrio derecho", "vómitos", "fiebre"], "evolucion": "2 días", "Murphy": "positivo"},
              "laboratorio": {"leucocitos": "13.900", "PCR": "142 mg/L", "bilirrubina total": "1,1 mg/dL"},
              "ecografia": "vesícula distendida, pared engrosada de 6 mm, cálculo enclavado en bacinete",
              "diagnosticos": [{"codigo": "K80.0", "nombre": "Cálculo de la vesícula biliar con colecistitis aguda"}],
              "procedimientos": [{"nombre": "Colecistectomía laparoscópica", "fecha": "día 1"}],
              "tratamiento": [{"codigo": "J01DD04", "nombre": "Ceftriaxona", "dosis": "2 g ev cada 24 horas"},
                              {"codigo": "J01XD01", "nombre": "Metronidazol", "dosis": "500 mg ev cada 8 horas"},
                              {"codigo": "N02BE01", "nombre": "Paracetamol", "dosis": "1 g vo cada 8 horas"}],
              "dias_hospitalizacion": 3},
    "output": ("Ingresa por dolor en hipocondrio derecho, vómitos y fiebre de 2 días de evolución en paciente de sexo femenino de 52 años, con signo de Murphy positivo. "
               "Laboratorio con leucocitos 13.900, PCR 142 mg/L y bilirrubina total 1,1 mg/dL. Ecografía abdominal muestra vesícula distendida con pared engrosada de 6 mm y cálculo enclavado en bacinete. "
               "Se diagnostica colecistitis aguda litiásica (K80.0) y se realiza colecistectomía laparoscópica sin incidentes. "
               "Recibe ceftriaxona (J01DD04) 2 g ev cada 24 horas y metronidazol (J01XD01) 500 mg ev cada 8 horas, con paracetamol (N02BE01) 1 g vo cada 8 horas. "
               "Evoluciona afebril, tolerando régimen liviano. Alta a los 3 días con control en policlínico de cirugía y retiro de puntos en CESFAM."),
    "trampas": [("y se realiza colecistectomía laparoscópica sin incidentes", "y se realiza CLL sin incidentes", "Trampa limpia: CLL = colecistectomía laparoscópica."),
                ("Ecografía abdominal muestra", "Con bilirrubina normal, no se sospecha coledocolitiasis y no se solicita colangiorresonancia. Ecografía abdominal muestra",
                 "Trampa limpia: coledocolitiasis y colangiorresonancia descartadas/no solicitadas.")],
    "plants": [P("HAL004", [("dolor en hipocondrio derecho", "dolor en hipocondrio izquierdo")], "Planta HAL004: hipocondrio izquierdo, input derecho."),
               P("HAL001", [("Ecografía abdominal muestra", "Bilirrubina elevada sugiere coledocolitiasis. Ecografía abdominal muestra")], "Planta HAL001: coledocolitiasis e hiperbilirrubinemia contradichas por bilirrubina 1,1."),
               P("HAL003", [("metronidazol (J01XD01) 500 mg ev cada 8 horas", "metronidazol (J01XD01) 500 mg ev cada 24 horas")], "Planta HAL003: metronidazol cada 24 h (cifra de la ceftriaxona), input cada 8."),
               P("DEM001", [("paciente de sexo femenino de 52 años", "paciente de sexo masculino de 52 años")], "Planta DEM001: sexo masculino, input femenino."),
               P("CLN001", [("Evoluciona afebril,", "Se administra además levotiroxina (H03AA01) 100 mcg vo al día. Evoluciona afebril,")],
                 "Planta CLN001: levotiroxina sin hipotiroidismo entre los diagnósticos.",
                 inp=add("tratamiento", {"codigo": "H03AA01", "nombre": "Levotiroxina", "dosis": "100 mcg vo al día"}))],
    "gen": ["COD003", "FMT001", "REP001"],
    "atc_drop": "N02BE01", "bogus": ("K80.0", "K80.9"),
})

# 9 Apendicitis, Mexico
CASES.append({
    "id": "apendi_mx",
    "note": "Limpio: apendicitis aguda; 'apéndice supurada' = fase II del input; 'USG' = ultrasonido.",
    "input": {"nota_egreso": {"sexo": "masculino", "edad": "19"}, "servicio": "Cirugía General",
              "padecimiento": "dolor periumbilical migratorio a fosa ilíaca derecha de 24 horas, anorexia, náusea",
              "exploracion": "McBurney positivo, rebote positivo",
              "lab": "leucocitos 15,300, neutrófilos 85%",
              "usg": "apéndice de 9 mm no compresible",
              "dx": "K35.8 Apendicitis aguda",
              "cirugia": "apendicectomía laparoscópica; hallazgo: apéndice fase II (supurada), sin perforación",
              "meds": "J01DD04 ceftriaxona 1 g IV c/12 h; J01XD01 metronidazol 500 mg IV c/8 h; M01AB15 ketorolaco 30 mg IV c/8 h",
              "estancia": "2 días"},
    "output": ("Ingresa por dolor periumbilical que migra a fosa ilíaca derecha de 24 horas de evolución, con anorexia y náusea, en masculino de 19 años. "
               "A la exploración McBurney y rebote positivos. Laboratorio con leucocitos de 15,300 y neutrófilos 85%; USG con apéndice de 9 mm no compresible. "
               "Con diagnóstico de apendicitis aguda (K35.8) se realiza apendicectomía laparoscópica, encontrando apéndice supurada, sin perforación. "
               "Se maneja con ceftriaxona (J01DD04) 1 g IV c/12 h, metronidazol (J01XD01) 500 mg IV c/8 h y ketorolaco (M01AB15) 30 mg IV c/8 h. "
               "Tolera la vía oral, canaliza gases y deambula sin dolor. Egresa a los 2 días por mejoría, con cita a la consulta externa de cirugía general para revisión de heridas."),
    "trampas": [("encontrando apéndice supurada, sin perforación", "encontrando apéndice fase II, sin perforación ni peritonitis", "Trampa limpia: peritonitis negada; fase II del input."),
                ("metronidazol (J01XD01) 500 mg IV c/8 h", "metronidazol (J01XD01) 500 mg intravenoso cada 8 horas", "Trampa limpia: vía y frecuencia escritas de otra forma.")],
    "plants": [P("HAL004", [("que migra a fosa ilíaca derecha", "que migra a fosa ilíaca izquierda")], "Planta HAL004: fosa ilíaca izquierda, input derecha."),
               P("HAL001", [("se realiza apendicectomía laparoscópica", "se realiza apendicectomía abierta por incisión de Rocky-Davis")], "Planta HAL001: apendicectomía abierta, input laparoscópica."),
               P("HAL003", [("ketorolaco (M01AB15) 30 mg IV c/8 h", "ketorolaco (M01AB15) 30 mg IV c/12 h")], "Planta HAL003: ketorolaco c/12 h (cifra de ceftriaxona), input c/8 h."),
               P("DEM001", [("en masculino de 19 años", "en femenino de 19 años")], "Planta DEM001: femenino, input masculino."),
               P("FMT003", text=("Ingresa por apendicitis aguda (K35.8) en masculino de 19 años. Apendicectomía laparoscópica, apéndice supurada sin perforación. "
                                  "Ceftriaxona (J01DD04), metronidazol (J01XD01) y ketorolaco (M01AB15) IV. Egresa a los 2 días por mejoría."),
                 note="Planta FMT003: nota de egreso de menos de 80 palabras.")],
    "gen": ["COD001", "COD006", "FMT002"],
})

# 10 Parto vaginal, Venezuela, Obstetricia
CASES.append({
    "id": "parto_ve",
    "note": "Limpio: parto eutócico; 'RN' y datos del neonato no contradicen el sexo de la madre.",
    "input": {"paciente": {"nombre": "XXX", "sexo": "F", "edad": 24, "gestas": "II", "paras": "I"}, "servicio": "Obstetricia - Maternidad Concepción Palacios",
              "ingreso": "embarazo de 39 semanas en trabajo de parto activo, membranas íntegras",
              "diagnosticos": [{"cie": "O80.0", "desc": "Parto único espontáneo, presentación cefálica de vértice"},
                               {"cie": "O70.0", "desc": "Desgarro perineal de primer grado durante el parto"},
                               {"cie": "Z37.0", "desc": "Nacido vivo único"}],
              "recien_nacido": {"sexo": "masculino", "peso": "3250 g", "apgar": "8 y 9"},
              "medicacion": [{"atc": "H01BB02", "nombre": "Oxitocina", "pauta": "10 UI IM tras salida del hombro anterior"},
                             {"atc": "M01AE01", "nombre": "Ibuprofeno", "pauta": "400 mg VO cada 8 horas"},
                             {"atc": "B03AA07", "nombre": "Sulfato ferroso", "pauta": "300 mg VO diarios"}],
              "estancia": "48 horas"},
    "output": ("Ingresa por embarazo de 39 semanas en trabajo de parto activo con membranas íntegras en paciente de 24 años, II gestas, I para. "
               "Se atiende parto único espontáneo en presentación cefálica de vértice (O80.0), con manejo activo del alumbramiento con oxitocina (H01BB02) 10 UI IM. "
               "Presenta desgarro perineal de primer grado (O70.0) que se sutura sin complicaciones. "
               "Se obtiene recién nacido vivo único (Z37.0) masculino de 3250 g, Apgar 8 y 9, en alojamiento conjunto con lactancia materna exclusiva. "
               "Puerperio inmediato sin sangrado anormal, útero contraído. Se indica ibuprofeno (M01AE01) 400 mg VO cada 8 horas y sulfato ferroso (B03AA07) 300 mg VO diarios. "
               "Egresa a las 48 horas en buenas condiciones, con control de puerperio y del niño sano en ambulatorio."),
    "trampas": [("Se obtiene recién nacido vivo único (Z37.0) masculino", "Se obtiene RN vivo único (Z37.0), varón,", "Trampa limpia: el sexo masculino es del recién nacido, no de la paciente."),
                ("Puerperio inmediato sin sangrado anormal,", "Puerperio inmediato sin hemorragia posparto ni necesidad de misoprostol,", "Trampa limpia: hemorragia posparto y misoprostol negados.")],
    "plants": [P("DEM001", [("en paciente de 24 años, II gestas", "en paciente de 39 años, II gestas")], "Planta DEM001: 39 años (cifra de las semanas de gestación), input 24."),
               P("HAL003", [("ibuprofeno (M01AE01) 400 mg VO cada 8 horas", "ibuprofeno (M01AE01) 300 mg VO cada 8 horas")], "Planta HAL003: ibuprofeno 300 mg (cifra del sulfato ferroso), input 400."),
               P("HAL001", [("que se sutura sin complicaciones", "que se sutura sin complicaciones, previa episiotomía medio-lateral")], "Planta HAL001: episiotomía no está en el input."),
               P("CLN001", [("y sulfato ferroso (B03AA07) 300 mg VO diarios.", "y sulfato ferroso (B03AA07) 300 mg VO diarios, además de atorvastatina (C10AA05) 10 mg VO diarios.")],
                 "Planta CLN001: atorvastatina sin dislipidemia ni enfermedad vascular en los diagnósticos.",
                 inp=add("medicacion", {"atc": "C10AA05", "nombre": "Atorvastatina", "pauta": "10 mg VO diarios"}))],
    "gen": ["COD005", "COD004", "FMT001", "REP001"],
    "atc_drop": "B03AA07",
})

# 11 Cesarea, Argentina
CASES.append({
    "id": "cesarea_ar",
    "note": "Limpio: cesárea por presentación podálica; profilaxis con cefazolina.",
    "input": {"Historia": {"Sexo": "Femenino", "Edad": 31, "Obra social": "OSDE"},
              "Servicio": "Obstetricia - Sanatorio",
              "Motivo": "embarazo de 38 semanas, presentación pelviana, inicio de trabajo de parto",
              "Diagnósticos": "O32.1 Atención materna por presentación de nalgas | O82.1 Parto por cesárea de emergencia",
              "Cirugía": "cesárea segmentaria arciforme bajo anestesia raquídea",
              "Medicación": "J01DB04 Cefazolina 2 g EV dosis única prequirúrgica | H01BB02 Oxitocina 10 UI en infusión | N02BE01 Paracetamol 1 g VO cada 6 horas",
              "Laboratorio": "Hb posquirúrgica 10,4 g/dL",
              "Internación": "72 horas"},
    "output": ("Ingresa por embarazo de 38 semanas con presentación pelviana e inicio de trabajo de parto, en paciente de 31 años. "
               "Con diagnóstico de atención materna por presentación de nalgas (O32.1) se decide parto por cesárea de emergencia (O82.1), realizándose cesárea segmentaria arciforme bajo anestesia raquídea. "
               "Recibe profilaxis antibiótica con cefazolina (J01DB04) 2 g EV en dosis única prequirúrgica y oxitocina (H01BB02) 10 UI en infusión. "
               "Puerperio quirúrgico sin complicaciones, con Hb posquirúrgica de 10,4 g/dL, herida limpia, diuresis espontánea y buena tolerancia oral. "
               "Analgesia con paracetamol (N02BE01) 1 g VO cada 6 horas. Se otorga el alta a las 72 horas, puérpera lúcida y deambulando, con pautas de alarma y control por consultorio de obstetricia."),
    "trampas": [("presentación pelviana", "presentación podálica", "Trampa limpia: podálica = pelviana = de nalgas."),
                ("Puerperio quirúrgico sin complicaciones,", "Puerperio quirúrgico sin complicaciones ni requerimiento de transfusión,", "Trampa limpia: transfusión negada con Hb 10,4.")],
    "plants": [P("DEM001", [("en paciente de 31 años", "en paciente de 38 años")], "Planta DEM001: 38 años (cifra de las semanas), input 31."),
               P("HAL003", [("cefazolina (J01DB04) 2 g EV", "cefazolina (J01DB04) 1 g EV")], "Planta HAL003: cefazolina 1 g (cifra del paracetamol), input 2 g."),
               P("HAL001", [("bajo anestesia raquídea", "bajo anestesia general")], "Planta HAL001: anestesia general, input raquídea."),
               P("HAL002", [("Se otorga el alta a las 72 horas", "Se otorga el alta a las 96 horas")], "Planta HAL002: 96 horas no figura en el input (72).")],
    "gen": ["COD001", "COD006", "COD002"],
    "cie_drop": "O32.1", "bogus": ("O82.1", "O82.5"),
})

# 12 Bronquiolitis, Chile, Pediatria
CASES.append({
    "id": "bronq_cl",
    "note": "Limpio: bronquiolitis VSR en lactante de 4 meses; la madre (femenino) no cambia el sexo del paciente.",
    "input": {"paciente": {"sexo": "masculino", "edad": "4 meses", "peso": "6,8 kg"}, "servicio": "Pediatría",
              "motivo": "tos, coriza y dificultad respiratoria de 3 días, rechazo parcial alimentario",
              "examen": "retracción subcostal, sibilancias y crépitos bilaterales, SatO2 91% ambiental",
              "estudio": {"panel viral": "VSR positivo", "Rx tórax": "hiperinsuflación, sin condensación"},
              "diagnosticos": [{"codigo": "J21.0", "nombre": "Bronquiolitis aguda por virus sincicial respiratorio"}],
              "manejo": ["oxígeno por naricera hasta 1 L/min", "aseo nasal", "fraccionamiento de alimentación"],
              "medicamentos": [{"codigo": "N02BE01", "nombre": "Paracetamol", "dosis": "100 mg vo cada 6 horas si fiebre"}],
              "no_indicado": "salbutamol y corticoides sin beneficio",
              "dias": 4},
    "output": ("Ingresa por tos, coriza y dificultad respiratoria de 3 días de evolución con rechazo parcial alimentario en lactante masculino de 4 meses, 6,8 kg. "
               "Al examen con retracción subcostal, sibilancias y crépitos bilaterales, SatO2 91% ambiental. Panel viral VSR positivo y radiografía de tórax con hiperinsuflación, sin condensación. "
               "Se diagnostica bronquiolitis aguda por virus sincicial respiratorio (J21.0). Se maneja con oxígeno por naricera hasta 1 L/min, aseo nasal y fraccionamiento de la alimentación, "
               "con paracetamol (N02BE01) 100 mg vo cada 6 horas si fiebre. Se destetó de oxígeno sin incidentes y la madre refiere buena tolerancia oral. "
               "Alta a los 4 días con control en CESFAM y signos de alarma."),
    "trampas": [("aseo nasal y fraccionamiento de la alimentación,", "aseo nasal y fraccionamiento de la alimentación, sin salbutamol ni corticoides por no tener beneficio,",
                 "Trampa limpia: salbutamol y corticoides mencionados como no indicados."),
                ("Panel viral VSR positivo", "Panel viral positivo para virus respiratorio sincicial", "Trampa limpia: VRS/VSR escrito completo."),
                ("la madre refiere buena tolerancia oral", "la mamá, muy preocupada, refiere que está comiendo bien", "Trampa limpia: concordancia femenina referida a la madre.")],
    "plants": [P("DEM001", [("lactante masculino de 4 meses", "lactante masculino de 4 años")], "Planta DEM001: 4 años, input 4 meses."),
               P("DEM001", [("en lactante masculino de 4 meses", "en lactante femenina de 4 meses")], "Planta DEM001: lactante femenina, input masculino."),
               P("HAL004", [("sibilancias y crépitos bilaterales", "sibilancias y crépitos derechos")], "Planta HAL004: crépitos derechos, input bilaterales."),
               P("HAL001", [("Se maneja con oxígeno por naricera", "Se maneja con nebulizaciones de suero hipertónico y oxígeno por naricera")], "Planta HAL001: suero hipertónico no está en el input."),
               P("HAL003", [("paracetamol (N02BE01) 100 mg vo cada 6 horas", "paracetamol (N02BE01) 100 mg vo cada 4 horas")], "Planta HAL003: cada 4 horas (cifra de los días de estadía), input cada 6."),
               P("COD007", inp_text=[("J21.0", "J21.4")], out=[("(J21.0)", "(J21.4)")], note="Planta COD007: J21.4 no existe en CIE-10.")],
    "gen": ["FMT002", "FMT001"],
})

# 13 Cetoacidosis diabetica, Espana, Endocrino
CASES.append({
    "id": "cad_es",
    "note": "Limpio: CAD en DM1; bicarbonato y potasio son valores de laboratorio del input.",
    "input": [{"campo": "Sexo", "valor": "Mujer"}, {"campo": "Edad", "valor": "23"}, {"campo": "Servicio", "valor": "Endocrinología"},
              {"campo": "Diagnóstico", "valor": "E10.1 Diabetes mellitus tipo 1 con cetoacidosis"},
              {"campo": "Desencadenante", "valor": "abandono de insulina basal"},
              {"campo": "Analítica", "valor": "glucemia 486 mg/dL, pH 7,12, bicarbonato 9 mmol/L, cetonemia 5,4 mmol/L, potasio 3,6 mEq/L"},
              {"campo": "Tratamiento", "valor": "A10AB01 insulina regular iv en perfusión 0,1 UI/kg/h; B05XA01 cloruro potásico 20 mEq por litro de suero"},
              {"campo": "Al alta", "valor": "A10AE04 insulina glargina 18 UI sc en la noche; A10AB05 insulina aspart según ingestas"},
              {"campo": "Estancia", "valor": "4 días"}],
    "output": ("Ingresa por náuseas, vómitos, poliuria y dolor abdominal en mujer de 23 años con diabetes mellitus tipo 1, tras abandono de insulina basal. "
               "Analítica con glucemia 486 mg/dL, pH 7,12, bicarbonato 9 mmol/L, cetonemia 5,4 mmol/L y potasio 3,6 mEq/L. "
               "Se diagnostica diabetes mellitus tipo 1 con cetoacidosis (E10.1) y se trata con sueroterapia, insulina regular (A10AB01) iv en perfusión a 0,1 UI/kg/h "
               "y reposición con cloruro potásico (B05XA01) 20 mEq por litro de suero, con cierre del anión gap en 24 horas. "
               "Se educa en ajuste de dosis y técnica de inyección. Alta a los 4 días con insulina glargina (A10AE04) 18 UI sc en la noche e insulina aspart (A10AB05) según ingestas, y revisión en consultas de Endocrinología."),
    "trampas": [("insulina regular (A10AB01) iv en perfusión", "insulina rápida (A10AB01) iv en perfusión", "Trampa limpia: insulina rápida = regular."),
                ("Se educa en ajuste", "No precisa bicarbonato intravenoso. Se educa en ajuste", "Trampa limpia: bicarbonato iv negado (el bicarbonato del input es un valor de laboratorio).")],
    "plants": [P("HAL003", [("insulina glargina (A10AE04) 18 UI sc en la noche", "insulina glargina (A10AE04) 20 UI sc en la noche")], "Planta HAL003: glargina 20 UI (cifra del potasio), input 18 UI."),
               P("DEM001", [("en mujer de 23 años", "en varón de 23 años")], "Planta DEM001: varón, input mujer."),
               P("HAL001", [("potasio 3,6 mEq/L.", "potasio 3,6 mEq/L, con hiperpotasemia.")], "Planta HAL001: hiperpotasemia contradicha por K 3,6."),
               P("CLN001", [("e insulina aspart (A10AB05) según ingestas,", "e insulina aspart (A10AB05) según ingestas, además de tamsulosina (G04CA02) 0,4 mg al día,")],
                 "Planta CLN001: tamsulosina sin patología prostática/urológica (y mujer).",
                 inp=lambda i: (i.append({"campo": "Otros", "valor": "G04CA02 tamsulosina 0,4 mg al día"}), i)[1])],
    "gen": ["COD003", "COD004", "HAL002", "REP001"],
    "atc_drop": "B05XA01",
    "hal2": ("con cierre del anión gap en 24 horas", "con cierre del anión gap en 24 horas y osmolaridad de 318 mOsm/kg"),
})
CASES[-1]["input"][5]["valor"] += ", cierre del anión gap en 24 horas"

# 14 Hemorragia digestiva alta, Uruguay
CASES.append({
    "id": "hda_uy",
    "note": "Limpio: HDA por úlcera gástrica; dosis de omeprazol en bolo y de mantenimiento según el input.",
    "input": {"Paciente": {"Sexo": "M", "Edad": 63}, "Servicio": "Medicina - Emergencia Hospital de Clínicas",
              "Motivo": "melenas y hematemesis, lipotimia",
              "Antecedentes": "consumo de AINE por lumbalgia",
              "Diagnósticos": [{"Código": "K25.4", "Nombre": "Úlcera gástrica con hemorragia"}, {"Código": "D62", "Nombre": "Anemia posthemorrágica aguda"}],
              "Procedimientos": ["fibrogastroscopía: úlcera de cara posterior de antro Forrest IIa, esclerosis con adrenalina y clips", "transfusión de 2 volúmenes de glóbulos rojos"],
              "Laboratorio": {"Hb ingreso": "7,1 g/dL", "Hb alta": "9,3 g/dL", "urea": "98 mg/dL"},
              "Medicación": [{"ATC": "A02BC01", "Droga": "Omeprazol", "Dosis": "80 mg i/v en bolo y luego 40 mg i/v cada 12 horas"}],
              "Alta": "omeprazol 40 mg v/o cada 12 horas por 8 semanas; suspender AINE; internación 5 días"},
    "output": ("Ingresa por melenas y hematemesis con lipotimia en hombre de 63 años, consumidor de AINE por lumbalgia. "
               "Hb de ingreso 7,1 g/dL y urea 98 mg/dL. Se realiza fibrogastroscopía que evidencia úlcera de cara posterior de antro Forrest IIa, efectuándose esclerosis con adrenalina y colocación de clips. "
               "Diagnóstico de úlcera gástrica con hemorragia (K25.4) y anemia posthemorrágica aguda (D62), requiriendo transfusión de 2 volúmenes de glóbulos rojos. "
               "Recibe omeprazol (A02BC01) 80 mg i/v en bolo y luego 40 mg i/v cada 12 horas, sin resangrado. Hb al alta 9,3 g/dL. "
               "Alta a los 5 días con omeprazol 40 mg v/o cada 12 horas por 8 semanas, suspensión de AINE y control en policlínica de gastroenterología con biopsia."),
    "trampas": [("Se realiza fibrogastroscopía que evidencia", "Se realiza FGC que evidencia", "Trampa limpia: FGC = fibrogastroscopía."),
                ("sin resangrado.", "sin resangrado, por lo que no se requiere nueva endoscopía ni cirugía.", "Trampa limpia: segunda endoscopía y cirugía no requeridas.")],
    "plants": [P("HAL003", [("Alta a los 5 días con omeprazol 40 mg v/o cada 12 horas", "Alta a los 5 días con omeprazol 80 mg v/o cada 12 horas")], "Planta HAL003: omeprazol 80 mg al alta (la cifra del bolo), input 40 mg."),
               P("DEM001", [("en hombre de 63 años, consumidor", "en mujer de 63 años, consumidora")], "Planta DEM001: mujer, input M."),
               P("HAL001", [("Se realiza fibrogastroscopía que evidencia", "Se inicia octreotida y se realiza fibrogastroscopía que evidencia")], "Planta HAL001: octreotida no figura en el input."),
               P("HAL002", [("Hb al alta 9,3 g/dL.", "Hb al alta 10,2 g/dL.")], "Planta HAL002: Hb 10,2 no está en el input (9,3)."),
               P("FMT003", text=("Ingresa por melenas y hematemesis en hombre de 63 años. FGC: úlcera antral Forrest IIa, esclerosis y clips. Úlcera gástrica con hemorragia (K25.4) y anemia posthemorrágica aguda (D62), "
                                  "transfusión de 2 volúmenes. Omeprazol (A02BC01) i/v. Alta a los 5 días."), note="Planta FMT003: resumen de menos de 80 palabras.")],
    "gen": ["FMT001", "COD001", "COD002"],
    "cie_drop": "D62", "bogus": ("K25.4", "K25.8"),
})

# 15 Injuria renal aguda, Colombia (fechas)
CASES.append({
    "id": "ira_co",
    "note": "Limpio: lesión renal aguda prerrenal; losartán suspendido (no es claim de uso); edad no escrita.",
    "input": {"identificacion": {"sexo": "F", "fecha_nacimiento": "12/05/1945"}, "fecha_ingreso": "20/01/2025",
              "servicio": "Medicina Interna - Hospital San Vicente",
              "cuadro": "diarrea acuosa de 5 días, vómito, oliguria",
              "diagnosticos": [{"codigo": "N17.9", "nombre": "Insuficiencia renal aguda no especificada"},
                               {"codigo": "E86", "nombre": "Depleción del volumen"},
                               {"codigo": "I10", "nombre": "Hipertensión esencial"}],
              "laboratorios": {"creatinina ingreso": "2,8 mg/dL", "creatinina egreso": "1,3 mg/dL", "BUN": "64 mg/dL", "potasio": "5,1 mEq/L"},
              "manejo": {"cristaloides": "lactato de Ringer", "suspendidos": "losartán e hidroclorotiazida"},
              "medicamentos": [{"atc": "C08CA01", "nombre": "Amlodipino", "posologia": "5 mg VO cada 24 horas"}],
              "estancia_dias": 5},
    "output": ("Ingresa por diarrea acuosa de 5 días de evolución, vómito y oliguria en paciente femenina adulta mayor con hipertensión esencial (I10). "
               "Paraclínicos con creatinina de 2,8 mg/dL, BUN 64 mg/dL y potasio 5,1 mEq/L. Se diagnostica insuficiencia renal aguda (N17.9) de origen prerrenal por depleción del volumen (E86). "
               "Se suspenden losartán e hidroclorotiazida y se hidrata con lactato de Ringer, con recuperación de la diuresis. "
               "Para control tensional se deja amlodipino (A08CA01) 5 mg VO cada 24 horas. Creatinina de egreso 1,3 mg/dL. "
               "Egresa a los 5 días con control de función renal en una semana por consulta externa y recomendaciones de hidratación."),
    "trampas": [("Se diagnostica insuficiencia renal aguda (N17.9)", "Se diagnostica lesión renal aguda (N17.9)", "Trampa limpia: lesión renal aguda = IRA."),
                ("con recuperación de la diuresis.", "con recuperación de la diuresis, sin requerir hemodiálisis.", "Trampa limpia: hemodiálisis negada.")],
    "plants": [P("HAL001", [("Se suspenden losartán e hidroclorotiazida y se hidrata", "Se mantienen losartán e hidroclorotiazida y se hidrata")], "Planta HAL001? no: losartán en input; plantado como uso afirmado contra 'suspendidos'."),
               P("DEM001", [("en paciente femenina adulta mayor", "en paciente femenina de 5 años")], "Planta DEM001: 5 años contradice fechas de nacimiento (1945) e ingreso (2025)."),
               P("HAL003", [("amlodipino (C08CA01) 5 mg VO cada 24 horas", "amlodipino (C08CA01) 5 mg IV cada 24 horas")], "Planta HAL003: amlodipino IV, input VO.")],
    "gen": ["COD005", "COD006", "COD003", "HAL002"],
    "omit": "E86",
    "hal2": ("Creatinina de egreso 1,3 mg/dL.", "Creatinina de egreso 1,3 mg/dL y sodio 131 mEq/L."),
})
CASES[-1]["output"] = CASES[-1]["output"].replace("(A08CA01)", "(C08CA01)")
CASES[-1]["plants"][0] = P("HAL001", [("Se suspenden losartán e hidroclorotiazida y se hidrata", "Se suspenden losartán e hidroclorotiazida, se inicia furosemida y se hidrata")],
                           "Planta HAL001: furosemida no figura en el input.")

# 16 Sepsis urinaria, Venezuela
CASES.append({
    "id": "sepsis_ve",
    "note": "Limpio: sepsis de foco urinario en varón con HBP; tamsulosina justificada por N40.",
    "input": {"datos": {"sexo": "masculino", "edad": 70, "hospital": "Hospital Universitario de Caracas"},
              "servicio": "Medicina Interna / UCI",
              "ingreso": "fiebre, escalofríos, confusión, TA 82/46 mmHg, FC 118",
              "diagnosticos": "A41.9 Sepsis no especificada; N39.0 Infección de vías urinarias; N40 Hiperplasia prostática",
              "laboratorio": "lactato 4,1 mmol/L, leucocitos 21.000, creatinina 1,9 mg/dL; urocultivo Klebsiella pneumoniae BLEE",
              "tratamiento": "J01DH02 meropenem 1 g EV c/8h; C01CA03 noradrenalina en infusión por 36 horas; sonda vesical; G04CA02 tamsulosina 0,4 mg VO diaria",
              "estancia": "9 días"},
    "output": ("Ingresa por fiebre, escalofríos y confusión en paciente masculino de 70 años con hiperplasia prostática (N40), con TA 82/46 mmHg y FC 118. "
               "Laboratorio con lactato 4,1 mmol/L, leucocitos 21.000 y creatinina 1,9 mg/dL. Se diagnostica sepsis (A41.9) de foco urinario, infección de vías urinarias (N39.0), "
               "con urocultivo positivo para Klebsiella pneumoniae BLEE. Recibe meropenem (J01DH02) 1 g EV c/8h y noradrenalina (C01CA03) en infusión por 36 horas, con colocación de sonda vesical. "
               "Evoluciona con estabilidad hemodinámica y normalización del sensorio. Se continúa tamsulosina (G04CA02) 0,4 mg VO diaria. Egresa a los 9 días con control por urología."),
    "trampas": [("y noradrenalina (C01CA03) en infusión", "y norepinefrina (C01CA03) en infusión", "Trampa limpia: norepinefrina = noradrenalina."),
                ("Evoluciona con estabilidad hemodinámica", "No requiere ventilación mecánica. Evoluciona con estabilidad hemodinámica", "Trampa limpia: ventilación mecánica negada.")],
    "plants": [P("HAL003", [("meropenem (J01DH02) 1 g EV c/8h", "meropenem (J01DH02) 1 g VO c/8h")], "Planta HAL003: meropenem VO, input EV."),
               P("DEM001", [("en paciente masculino de 70 años", "en paciente femenina de 70 años")], "Planta DEM001: femenina, input masculino (y con HBP)."),
               P("HAL001", [("con colocación de sonda vesical", "con colocación de catéter de nefrostomía")], "Planta HAL001: nefrostomía no está en el input."),
               P("FMT003", text=("Ingresa por sepsis (A41.9) de foco urinario, infección de vías urinarias (N39.0), en masculino de 70 años con hiperplasia prostática (N40). "
                                  "Meropenem (J01DH02), noradrenalina (C01CA03), sonda vesical, tamsulosina (G04CA02). Egresa a los 9 días."), note="Planta FMT003: nota de menos de 80 palabras."),
               P("CLN001", [("Se continúa tamsulosina (G04CA02) 0,4 mg VO diaria.", "Se continúa tamsulosina (G04CA02) 0,4 mg VO diaria y se agrega donepezilo (N06DA02) 5 mg diarios.")],
                 "Planta CLN001: donepezilo sin demencia entre los diagnósticos.",
                 inp=lambda i: (i.__setitem__("tratamiento", i["tratamiento"] + "; N06DA02 donepezilo 5 mg diarios"), i)[1])],
    "gen": ["FMT002", "COD004", "COD007"],
    "atc_drop": "G04CA02", "bogus": ("N39.0", "N39.5"),
})

# 17 Depresion grave, Espana, Psiquiatria
CASES.append({
    "id": "depre_es",
    "note": "Limpio: episodio depresivo grave; la hermana (femenino) es otra persona, paciente varón.",
    "input": {"paciente": {"sexo": "hombre", "edad": 45}, "unidad": "Unidad de Hospitalización Psiquiátrica",
              "motivo": "ideación autolítica estructurada, ánimo bajo, insomnio, hiporexia",
              "juicio_diagnostico": {"F32.2": "Episodio depresivo grave sin síntomas psicóticos"},
              "tratamiento": {"N06AB06": "Sertralina 100 mg/día", "N05BA06": "Lorazepam 1 mg cada 8 horas", "N05CF02": "Zolpidem 10 mg por la noche"},
              "dias_ingreso": 18, "derivacion": "Centro de Salud Mental"},
    "output": ("Ingresa por ideación autolítica estructurada, ánimo bajo, insomnio e hiporexia en hombre de 45 años, acompañado por su hermana, que refiere aislamiento progresivo. "
               "Se diagnostica episodio depresivo grave sin síntomas psicóticos (F32.2). Se inicia sertralina (N06AB06) 100 mg/día con lorazepam (N05BA06) 1 mg cada 8 horas, en pauta descendente, "
               "y zolpidem (N05CF02) 10 mg por la noche. Durante el ingreso mejora el ánimo y el patrón de sueño, hace crítica de la ideación autolítica y se implica en las actividades de la unidad. "
               "Alta tras 18 días con seguimiento en Centro de Salud Mental, plan de seguridad y la familia informada."),
    "trampas": [("acompañado por su hermana, que refiere", "acompañado por su hermana, preocupada, que refiere", "Trampa limpia: concordancia femenina referida a la hermana."),
                ("Se diagnostica episodio depresivo grave", "Se descarta trastorno bipolar y se diagnostica episodio depresivo grave", "Trampa limpia: trastorno bipolar descartado."),
                ("Durante el ingreso mejora", "No se indica terapia electroconvulsiva. Durante el ingreso mejora", "Trampa limpia: TEC no indicada.")],
    "plants": [P("DEM001", [("en hombre de 45 años, acompañado", "en mujer de 45 años, acompañada")], "Planta DEM001: mujer, input hombre."),
               P("HAL003", [("sertralina (N06AB06) 100 mg/día", "sertralina (N06AB06) 10 mg/día")], "Planta HAL003: sertralina 10 mg (cifra del zolpidem), input 100."),
               P("HAL001", [("(F32.2). Se inicia", "(F32.2) con síntomas psicóticos. Se inicia")], "Planta HAL001: síntomas psicóticos, input 'sin síntomas psicóticos'."),
               P("HAL002", [("Alta tras 18 días", "Alta tras 21 días")], "Planta HAL002: 21 días no figura en el input.")],
    "gen": ["FMT001", "COD003", "COD006", "REP001"],
    "atc_drop": "N05CF02",
})

# 18 Esquizofrenia, Chile (free text)
CASES.append({
    "id": "esq_cl",
    "note": "Limpio: descompensación psicótica; haloperidol SOS y clonazepam tal como en el input (texto libre).",
    "input": "Hombre 28 años. Servicio de Psiquiatría, Hospital Barros Luco. Ingreso por descompensación psicótica: alucinaciones auditivas, ideas delirantes de persecución, abandono de tratamiento. "
             "Dg: F20.0 Esquizofrenia paranoide. F12.1 Consumo perjudicial de cannabis. "
             "Tto: N05AX08 risperidona 3 mg cada 12 horas VO; N05AD01 haloperidol 5 mg IM SOS agitación; N03AE01 clonazepam 0,5 mg cada 12 horas VO. "
             "Estadía 21 días. Alta a COSAM.",
    "output": ("Ingresa por descompensación psicótica en hombre de 28 años con alucinaciones auditivas e ideas delirantes de persecución, en contexto de abandono de tratamiento y consumo perjudicial de cannabis (F12.1). "
               "Se diagnostica esquizofrenia paranoide (F20.0). Se reinicia risperidona (N05AX08) 3 mg cada 12 horas VO, con haloperidol (N05AD01) 5 mg IM SOS por agitación, "
               "y clonazepam (N03AE01) 0,5 mg cada 12 horas VO. Evoluciona con remisión de la sintomatología positiva, sin nuevos episodios de agitación, con adecuada adherencia y conciencia parcial de enfermedad. "
               "Alta tras 21 días de estadía, derivado a COSAM para seguimiento y psicoeducación familiar."),
    "trampas": [("y clonazepam (N03AE01) 0,5 mg cada 12 horas VO.", "y clonazepam (N03AE01) 0.5 mg c/12 h VO.", "Trampa limpia: 0.5 con punto y c/12 h equivalentes."),
                ("sin nuevos episodios de agitación,", "sin nuevos episodios de agitación ni necesidad de contención física,", "Trampa limpia: contención negada.")],
    "plants": [P("DEM001", [("en hombre de 28 años", "en mujer de 28 años"), ("derivado a COSAM", "derivada a COSAM")], "Planta DEM001: mujer, input hombre."),
               P("HAL003", [("risperidona (N05AX08) 3 mg cada 12 horas VO", "risperidona (N05AX08) 5 mg cada 12 horas VO")], "Planta HAL003: risperidona 5 mg (cifra del haloperidol), input 3 mg."),
               P("HAL001", [("Se diagnostica esquizofrenia paranoide (F20.0).", "Se diagnostica esquizofrenia paranoide (F20.0) y se inicia clozapina.")], "Planta HAL001: clozapina no está en el input.")],
    "gen": ["COD001", "COD005", "FMT002", "COD004"],
    "atc_drop": "N03AE01", "bogus": ("F20.0", "F20.7"),
})

# 19 Neutropenia febril, Argentina, Oncologia
CASES.append({
    "id": "nf_ar",
    "note": "Limpio: neutropenia febril post quimioterapia; lateralidad izquierda igual al input.",
    "input": {"paciente": {"sexo": "femenino", "edad": 55}, "servicio": "Oncología Clínica",
              "antecedente_oncologico": {"diagnostico": "C50.9 Tumor maligno de la mama", "lateralidad": "mama izquierda",
                                         "cirugia": "mastectomía radical modificada izquierda", "esquema": "AC (doxorrubicina-ciclofosfamida), ciclo 3, día +9"},
              "diagnostico_internacion": {"codigo": "D70", "nombre": "Neutropenia febril (agranulocitosis)"},
              "laboratorio": {"neutrófilos": "320/mm3", "hemoglobina": "10,1 g/dL", "plaquetas": "148.000/mm3"},
              "tratamiento": [{"atc": "J01DE01", "nombre": "Cefepime", "dosis": "2 g EV cada 8 horas"},
                              {"atc": "L03AA02", "nombre": "Filgrastim", "dosis": "300 mcg SC por día"},
                              {"atc": "A04AA01", "nombre": "Ondansetrón", "dosis": "8 mg EV cada 8 horas"}],
              "hemocultivos": "negativos", "internacion_dias": 5},
    "output": ("Ingresa por fiebre en paciente femenina de 55 años con tumor maligno de la mama (C50.9) izquierda, con mastectomía radical modificada izquierda, cursando ciclo 3 de AC (doxorrubicina-ciclofosfamida), día +9. "
               "Laboratorio con neutrófilos 320/mm3, hemoglobina 10,1 g/dL y plaquetas 148.000/mm3. Se diagnostica neutropenia febril (D70) y se inicia cefepime (J01DE01) 2 g EV cada 8 horas, "
               "filgrastim (L03AA02) 300 mcg SC por día y ondansetrón (A04AA01) 8 mg EV cada 8 horas. Hemocultivos negativos. "
               "Evoluciona afebril con recuperación de neutrófilos. Se otorga alta a los 5 días con control en consultorio de oncología para continuar quimioterapia."),
    "trampas": [("filgrastim (L03AA02) 300 mcg SC por día", "G-CSF, filgrastim (L03AA02), 300 mcg SC por día", "Trampa limpia: G-CSF es la clase de filgrastim."),
                ("Hemocultivos negativos.", "Hemocultivos negativos, por lo que no se agrega vancomicina.", "Trampa limpia: vancomicina no agregada (negación).")],
    "plants": [P("HAL004", [("con mastectomía radical modificada izquierda", "con mastectomía radical modificada derecha")], "Planta HAL004: mastectomía derecha, input izquierda."),
               P("HAL004", [("tumor maligno de la mama (C50.9) izquierda", "tumor maligno de la mama (C50.9) bilateral")], "Planta HAL004: cáncer bilateral, input mama izquierda."),
               P("HAL003", [("cefepime (J01DE01) 2 g EV cada 8 horas", "cefepime (J01DE01) 2 g EV cada 9 horas")], "Planta HAL003: cefepime cada 9 horas (cifra del día +9), input cada 8."),
               P("DEM001", [("en paciente femenina de 55 años", "en paciente masculino de 55 años")], "Planta DEM001: masculino, input femenino."),
               P("HAL001", [("Hemocultivos negativos.", "Hemocultivos positivos para Staphylococcus aureus.")], "Planta HAL001: bacteriemia contradice 'hemocultivos negativos'.")],
    "gen": ["FMT001", "COD006", "COD002", "REP001"],
    "cie_drop": "C50.9", "bogus": ("D70", "D79"),
})

# 20 TVP, Mexico
CASES.append({
    "id": "tvp_mx",
    "note": "Limpio: TVP; TEP descartado con angiotomografía del input.",
    "input": {"paciente": {"sexo": "masculino", "edad": 47, "peso": "82 kg"}, "servicio": "Medicina Interna - Hospital General",
              "padecimiento": "aumento de volumen, dolor y eritema de miembro pélvico izquierdo de 4 días, posterior a viaje prolongado",
              "estudios": {"USG Doppler venoso": "trombosis venosa profunda femoropoplítea izquierda", "angiotomografía de tórax": "sin datos de tromboembolia pulmonar", "dímero D": "3,8 mcg/mL"},
              "diagnostico": {"clave": "I80.2", "descripcion": "Trombosis venosa profunda de miembro inferior"},
              "tratamiento": [{"clave": "B01AB05", "nombre": "Enoxaparina", "indicacion": "80 mg SC cada 12 horas"},
                              {"clave": "B01AF01", "nombre": "Rivaroxabán", "indicacion": "15 mg VO cada 12 horas por 21 días, luego 20 mg cada 24 horas"}],
              "dias_estancia": 3},
    "output": ("Ingresa por aumento de volumen, dolor y eritema de miembro pélvico izquierdo de 4 días de evolución, posterior a viaje prolongado, en masculino de 47 años, peso 82 kg. "
               "USG Doppler venoso con trombosis venosa profunda femoropoplítea izquierda y dímero D de 3,8 mcg/mL. Angiotomografía de tórax sin datos de tromboembolia pulmonar. "
               "Se diagnostica trombosis venosa profunda de miembro inferior (I80.2) y se anticoagula con enoxaparina (B01AB05) 80 mg SC cada 12 horas, con mejoría del dolor y del edema. "
               "Egresa a los 3 días con rivaroxabán (B01AF01) 15 mg VO cada 12 horas por 21 días, luego 20 mg cada 24 horas, medias de compresión y cita en consulta externa de angiología."),
    "trampas": [("Angiotomografía de tórax sin datos de tromboembolia pulmonar.", "Se descarta TEP por angiotomografía de tórax.", "Trampa limpia: TEP descartado."),
                ("con rivaroxabán (B01AF01) 15 mg VO cada 12 horas", "con rivaroxabán (B01AF01) 15 mg VO c/12 h", "Trampa limpia: posología abreviada."),
                ("enoxaparina (B01AB05) 80 mg SC", "enoxaparina (B01AB05) 1 mg/kg (80 mg) SC", "Trampa limpia: 1 mg/kg con peso 82 kg da la dosis del input de 80 mg.",
                 lambda i: (i["tratamiento"][0].__setitem__("indicacion", "1 mg/kg, 80 mg SC cada 12 horas"), i)[1])],
    "plants": [P("HAL004", [("eritema de miembro pélvico izquierdo", "eritema de miembro pélvico derecho")], "Planta HAL004: miembro derecho, input izquierdo."),
               P("HAL004", [("femoropoplítea izquierda", "femoropoplítea bilateral")], "Planta HAL004: TVP bilateral, input izquierda."),
               P("HAL003", [("rivaroxabán (B01AF01) 15 mg VO cada 12 horas", "rivaroxabán (B01AF01) 20 mg VO cada 12 horas")], "Planta HAL003: rivaroxabán 20 mg c/12 h (el 20 es de la fase de mantenimiento), input 15 mg c/12 h."),
               P("DEM001", [("en masculino de 47 años, peso 82 kg", "en femenino de 47 años, peso 82 kg")], "Planta DEM001: femenino, input masculino."),
               P("HAL001", [("Angiotomografía de tórax sin datos de tromboembolia pulmonar.", "Angiotomografía de tórax con tromboembolia pulmonar segmentaria.")], "Planta HAL001: TEP afirmado, el input lo descarta.")],
    "gen": ["COD003", "COD005x", "HAL002"],
    "hal2": ("y dímero D de 3,8 mcg/mL", "y dímero D de 3,8 mcg/mL, plaquetas 254.000"),
})
CASES[-1]["gen"] = ["COD003", "HAL002", "FMT002"]

# 21 Colico renal, Colombia, Urologia
CASES.append({
    "id": "renal_co",
    "note": "Limpio: urolitiasis ureteral izquierda; lados coinciden con el input; tramadol sin código repetido.",
    "input": [{"tipo": "paciente", "sexo": "M", "edad": 38},
              {"tipo": "diagnostico", "codigo": "N20.1", "texto": "Cálculo del uréter izquierdo"},
              {"tipo": "diagnostico", "codigo": "N13.2", "texto": "Hidronefrosis con obstrucción por cálculo"},
              {"tipo": "imagen", "texto": "UroTAC: cálculo de 6 mm en uréter distal izquierdo con hidronefrosis leve izquierda"},
              {"tipo": "laboratorio", "texto": "creatinina 1,0 mg/dL, uroanálisis con hematuria, sin nitritos"},
              {"tipo": "medicamento", "codigo": "M01AB15", "texto": "Ketorolaco 30 mg IV cada 8 horas"},
              {"tipo": "medicamento", "codigo": "G04CA02", "texto": "Tamsulosina 0,4 mg VO cada noche"},
              {"tipo": "medicamento", "codigo": "N02AX02", "texto": "Tramadol 50 mg VO cada 8 horas si dolor"},
              {"tipo": "estancia", "texto": "2 días, Urología"}],
    "output": ("Ingresa por dolor lumbar izquierdo tipo cólico irradiado a genitales, con náuseas y hematuria, en hombre de 38 años. "
               "UroTAC con cálculo de 6 mm en uréter distal izquierdo e hidronefrosis leve izquierda; creatinina 1,0 mg/dL y uroanálisis sin nitritos. "
               "Se diagnostica cálculo del uréter izquierdo (N20.1) con hidronefrosis con obstrucción por cálculo (N13.2). "
               "Manejo con ketorolaco (M01AB15) 30 mg IV cada 8 horas y terapia expulsiva con tamsulosina (G04CA02) 0,4 mg VO cada noche, con control del dolor. "
               "Egresa a los 2 días por Urología con tamsulosina, tramadol (N02AX02) 50 mg VO cada 8 horas si dolor, tamizado de orina y control con imagen."),
    "trampas": [("terapia expulsiva con tamsulosina (G04CA02)", "terapia expulsiva con tamsulosina, Secotex (G04CA02),", "Trampa limpia: Secotex es marca de tamsulosina."),
                ("uroanálisis sin nitritos.", "uroanálisis sin nitritos, sin criterios de pielonefritis ni de derivación urinaria urgente.", "Trampa limpia: pielonefritis y derivación negadas.")],
    "plants": [P("HAL004", [("UroTAC con cálculo de 6 mm en uréter distal izquierdo", "UroTAC con cálculo de 6 mm en uréter distal derecho")], "Planta HAL004: uréter derecho, input izquierdo."),
               P("HAL004", [("Ingresa por dolor lumbar izquierdo", "Ingresa por dolor lumbar derecho")], "Planta HAL004: dolor lumbar derecho, input izquierdo."),
               P("HAL003", [("ketorolaco (M01AB15) 30 mg IV cada 8 horas", "ketorolaco (M01AB15) 30 mg VO cada 8 horas")], "Planta HAL003: ketorolaco VO, input IV."),
               P("DEM001", [("en hombre de 38 años", "en mujer de 38 años")], "Planta DEM001: mujer, input M."),
               P("HAL001", [("con control del dolor.", "con control del dolor, y se coloca catéter doble J.")], "Planta HAL001: catéter doble J no está en el input.")],
    "gen": ["COD001", "COD007", "COD004"],
    "atc_drop": "N02AX02", "bogus": ("N13.2", "N13.0X"),
})
CASES[-1]["bogus"] = ("N20.1", "N20.4")

# 22 IAM, Chile, Cardiologia
CASES.append({
    "id": "iam_cl",
    "note": "Limpio: IAM sin SDST con angioplastia; 'AAS' y 'clopidogrel' del input.",
    "input": {"pac": {"sex": "M", "age": 61}, "serv": "UCO",
              "dx": [{"c": "I21.4", "d": "Infarto agudo de miocardio sin elevación del ST"}, {"c": "E78.5", "d": "Dislipidemia"}],
              "labs": {"troponina T us": "1240 ng/L", "LDL": "156 mg/dL"},
              "coronariografia": "lesión crítica de arteria coronaria derecha, angioplastia con stent farmacoactivo",
              "rx": [{"c": "B01AC06", "n": "Ácido acetilsalicílico", "p": "100 mg VO al día"},
                     {"c": "B01AC04", "n": "Clopidogrel", "p": "75 mg VO al día"},
                     {"c": "C10AA05", "n": "Atorvastatina", "p": "80 mg VO en la noche"},
                     {"c": "C07AB07", "n": "Bisoprolol", "p": "2,5 mg VO al día"}],
              "estadia": 4},
    "output": ("Ingresa por dolor torácico opresivo en reposo en hombre de 61 años con dislipidemia (E78.5). Troponina T ultrasensible de 1240 ng/L y LDL 156 mg/dL. "
               "Se diagnostica infarto agudo de miocardio sin elevación del ST (I21.4). Coronariografía muestra lesión crítica de arteria coronaria derecha, tratada con angioplastia con stent farmacoactivo. "
               "Se indica doble antiagregación con AAS (B01AC06) 100 mg VO al día y clopidogrel (B01AC04) 75 mg VO al día, atorvastatina (C10AA05) 80 mg VO en la noche "
               "y bisoprolol (C07AB07) 2,5 mg VO al día. Evoluciona sin angina ni arritmias. Alta a los 4 días con control en policlínico de cardiología y rehabilitación cardíaca."),
    "trampas": [("Evoluciona sin angina ni arritmias.", "Evoluciona sin angina, sin arritmias ni insuficiencia cardíaca.", "Trampa limpia: IC y arritmias negadas."),
                ("Se diagnostica infarto agudo de miocardio sin elevación del ST (I21.4).", "Se diagnostica IAM sin supradesnivel del ST, IAM SSDST (I21.4).", "Trampa limpia: IAM SSDST, abreviatura chilena de IAM sin supradesnivel (elevación) del ST.")],
    "plants": [P("HAL004", [("lesión crítica de arteria coronaria derecha", "lesión crítica de arteria coronaria izquierda")], "Planta HAL004: coronaria izquierda, input derecha."),
               P("HAL003", [("clopidogrel (B01AC04) 75 mg VO al día", "clopidogrel (B01AC04) 100 mg VO al día")], "Planta HAL003: clopidogrel 100 mg (cifra del AAS), input 75."),
               P("DEM001", [("en hombre de 61 años", "en mujer de 61 años")], "Planta DEM001: mujer, input M."),
               P("HAL001", [("clopidogrel (B01AC04)", "ticagrelor (B01AC04)")], "Planta HAL001: ticagrelor no está en el input (y etiqueta distinta del código)."),
               P("FMT003", text=("Ingresa por dolor torácico en hombre de 61 años con dislipidemia (E78.5). IAM sin SDST (I21.4), angioplastia con stent a coronaria derecha. "
                                  "AAS (B01AC06), clopidogrel (B01AC04), atorvastatina (C10AA05) y bisoprolol (C07AB07). Alta a los 4 días."), note="Planta FMT003: epicrisis de menos de 80 palabras.")],
    "gen": ["FMT001", "COD005", "COD006"],
})
# ticagrelor with B01AC04 would also be COD005 -> use plain name without code
CASES[-1]["plants"][3] = P("HAL001", [("Evoluciona sin angina ni arritmias.", "Se agrega nitroglicerina sublingual. Evoluciona sin angina ni arritmias.")], "Planta HAL001: nitroglicerina no está en el input.")

# 23 Abstinencia alcoholica, Mexico (free text)
CASES.append({
    "id": "oh_mx",
    "note": "Limpio: síndrome de abstinencia; tiamina y diazepam del input.",
    "input": "Paciente masculino de 52 años. Servicio: Medicina Interna. Motivo: temblor, diaforesis, alucinaciones visuales, 48 horas tras suspender ingesta de alcohol. "
             "CIWA-Ar 22. Diagnósticos: F10.3 Trastornos mentales y del comportamiento debidos al uso de alcohol, estado de abstinencia; K70.0 Hígado graso alcohólico. "
             "Laboratorio: AST 112, ALT 58, GGT 340, plaquetas 118,000. Tratamiento: A11DA01 Tiamina 100 mg IV cada 24 horas; N05BA01 Diazepam 10 mg VO cada 8 horas con reducción progresiva. "
             "Estancia 6 días. Referencia a grupo de ayuda mutua.",
    "output": ("Ingresa por temblor, diaforesis y alucinaciones visuales 48 horas tras suspender la ingesta de alcohol, en paciente masculino de 52 años, con CIWA-Ar de 22. "
               "Se diagnostica estado de abstinencia por alcohol (F10.3) e hígado graso alcohólico (K70.0), con AST 112, ALT 58, GGT 340 y plaquetas 118,000. "
               "Recibe tiamina (A11DA01) 100 mg IV cada 24 horas y diazepam (N05BA01) 10 mg VO cada 8 horas con reducción progresiva, con resolución del cuadro sin crisis convulsivas. "
               "Egresa a los 6 días, con referencia a grupo de ayuda mutua y cita en consulta externa."),
    "trampas": [("con resolución del cuadro sin crisis convulsivas.", "con resolución del cuadro, sin crisis convulsivas ni delirium tremens.", "Trampa limpia: delirium tremens negado."),
                ("Recibe tiamina (A11DA01) 100 mg IV", "Recibe vitamina B1, tiamina (A11DA01), 100 mg IV", "Trampa limpia: vitamina B1 = tiamina.")],
    "plants": [P("HAL003", [("diazepam (N05BA01) 10 mg VO cada 8 horas", "diazepam (N05BA01) 10 mg IV cada 8 horas")], "Planta HAL003: diazepam IV, input VO."),
               P("DEM001", [("en paciente masculino de 52 años", "en paciente femenina de 52 años")], "Planta DEM001: femenina, input masculino."),
               P("HAL001", [("e hígado graso alcohólico (K70.0)", "e hígado graso alcohólico (K70.0) con encefalopatía hepática, tratada con lactulosa")], "Planta HAL001: encefalopatía y lactulosa no están en el input."),
               P("HAL002", [("Egresa a los 6 días,", "Egresa a los 6 días con CIWA-Ar de 4,")], "Planta HAL002: CIWA-Ar 4 al egreso no figura en el input.")],
    "gen": ["FMT002", "COD003", "COD001", "REP001"],
})

# 24 Gastroenteritis con deshidratacion, Espana, Pediatria
CASES.append({
    "id": "gea_es",
    "note": "Limpio: GEA con deshidratación en niña de 3 años; la madre refiere.",
    "input": {"paciente": {"sexo": "niña", "edad": "3 años", "peso": "14 kg"}, "servicio": "Pediatría",
              "motivo": "vómitos y diarrea de 2 días, rechazo de la ingesta",
              "diagnosticos": ["A09.9 Gastroenteritis y colitis de origen no especificado", "E86 Deshidratación"],
              "analitica": "sodio 134 mEq/L, bicarbonato 16 mmol/L, glucemia 68 mg/dL",
              "tratamiento": ["fluidoterapia intravenosa con suero glucosalino", "A04AA01 ondansetrón 2 mg vo dosis única", "rehidratación oral con solución de rehidratación oral"],
              "estancia": "48 horas"},
    "output": ("Ingresa por vómitos y diarrea de 2 días de evolución con rechazo de la ingesta en niña de 3 años y 14 kg. "
               "Analítica con sodio 134 mEq/L, bicarbonato 16 mmol/L y glucemia 68 mg/dL. Se diagnostica gastroenteritis aguda (A09.9) con deshidratación (E86). "
               "Se pauta fluidoterapia intravenosa con suero glucosalino y ondansetrón (A04AA01) 2 mg vo en dosis única, cediendo los vómitos. "
               "Posteriormente tolera rehidratación oral con solución de rehidratación oral. La madre refiere que recupera el apetito y las deposiciones disminuyen. "
               "Alta a las 48 horas con dieta normal, control por su pediatra y normas de rehidratación."),
    "trampas": [("Se diagnostica gastroenteritis aguda (A09.9)", "Se diagnostica GEA (A09.9)", "Trampa limpia: GEA = gastroenteritis aguda."),
                ("cediendo los vómitos.", "cediendo los vómitos. No precisa antibiótico.", "Trampa limpia: antibiótico negado.")],
    "plants": [P("DEM001", [("en niña de 3 años y 14 kg", "en niño de 3 años y 14 kg")], "Planta DEM001: niño, input niña."),
               P("DEM001", [("en niña de 3 años y 14 kg", "en niña de 3 meses y 14 kg")], "Planta DEM001: 3 meses, input 3 años."),
               P("HAL003", [("ondansetrón (A04AA01) 2 mg vo", "ondansetrón (A04AA01) 2 mg iv")], "Planta HAL003: ondansetrón iv, input vo."),
               P("HAL001", [("glucemia 68 mg/dL.", "glucemia 68 mg/dL, con hiperglucemia.")], "Planta HAL001: hiperglucemia contradicha por glucemia 68."),
               P("CLN001", [("cediendo los vómitos.", "cediendo los vómitos, y se añade salbutamol (R03AC02) 2 puff cada 4 horas.")],
                 "Planta CLN001: salbutamol sin diagnóstico respiratorio.",
                 inp=lambda i: (i["tratamiento"].append("R03AC02 salbutamol 2 puff cada 4 horas"), i)[1]),
               P("FMT003", text=("Ingresa por GEA (A09.9) con deshidratación (E86) en niña de 3 años. Fluidoterapia iv y ondansetrón (A04AA01) 2 mg vo. Tolera rehidratación oral. Alta a las 48 horas."),
                 note="Planta FMT003: menos de 80 palabras.")],
    "gen": ["FMT001", "COD006", "COD002"],
    "cie_drop": "E86", "omit": "E86", "bogus": ("A09.9", "A09.5"),
})

def _c(cid):
    return next(x for x in CASES if x["id"] == cid)


# grounding of symptoms, procedures and devices named in the clean outputs
_c("nac_es")["input"]["episodio"]["motivo_consulta"] = "fiebre, tos productiva y disnea"
_c("nac_es")["input"]["episodio"]["tratamiento_hospitalario"].append("oxigenoterapia con gafas nasales")
_c("epoc_ar")["input"]["Motivo de internación"] = "disnea CF IV, tos y aumento de expectoración purulenta"
_c("acv_co")["input"]["rehabilitacion"] = "terapia física y fonoaudiología"
_c("pna_mx")["input"] = _c("pna_mx")["input"].replace("Fiebre 39.2, disuria,", "Fiebre 39.2, disuria, dolor lumbar,")
_c("cadera_es")["input"]["motivo"] = "caída casual en domicilio, dolor e impotencia funcional de cadera derecha"
_c("cadera_es")["input"]["diagnosticos"]["principal"]["literal"] = "Fractura subcapital del cuello del fémur derecho"
_c("cadera_es")["input"]["evolucion"] = "sedestación y carga asistida con andador, fisioterapia"
_c("cad_es")["input"].insert(3, {"campo": "Motivo", "valor": "náuseas, vómitos, poliuria, dolor abdominal"})
_c("cad_es")["input"][7]["valor"] = "sueroterapia con suero fisiológico; " + _c("cad_es")["input"][7]["valor"]
_c("hda_uy")["output"] = _c("hda_uy")["output"].replace(" con biopsia.", ".")
_c("tvp_mx")["input"]["indicaciones"] = "medias de compresión, consulta externa de angiología"
_c("renal_co")["input"].insert(1, {"tipo": "motivo", "texto": "dolor lumbar izquierdo tipo cólico irradiado a genitales, náuseas, hematuria"})
_c("iam_cl")["input"]["motivo"] = "dolor torácico opresivo en reposo"
_c("iam_cl")["input"]["plan_alta"] = "rehabilitación cardíaca"

_long = (" Durante los primeros días se realiza balance hídrico estricto y control de peso diario, con diuresis abundante. "
         "Se educa a la paciente y a su familia sobre la adherencia farmacológica, la restricción hídrica y de sodio, y el reconocimiento precoz de signos de alarma "
         "como aumento de peso, edema o disnea. Enfermería entrega material educativo y la paciente comprende las indicaciones. "
         "Al momento del alta se encuentra hemodinámicamente estable, sin ortopnea, con buena tolerancia oral y deambulación autónoma, acompañada por su hija, "
         "quien asume el rol de cuidadora principal y recibe también la educación correspondiente.")
_c("icc_cl")["plants"].append(P("FMT003", text=_c("icc_cl")["output"] + _long,
                                note="Planta FMT003: narrativa larga de más de 200 palabras (sin repeticiones ni datos nuevos)."))

for _c0 in CASES:
    _c0.setdefault("plants", [])
    for _k in _c0.get("gen", []):
        _c0["plants"].append(make(_k, _c0))
