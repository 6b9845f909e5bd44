"""blind15 scenarios S31-S35: Perú, Uruguay, second scenarios (Garrahan, Clínic, Centro Médico PR)."""
from cases_common import I, O, P, T, scenario

S31 = scenario(
    "S31",
    setting="Perú, Instituto Nacional de Enfermedades Neoplásicas (INEN, Lima); derrame pleural maligno derecho por cáncer de mama izquierda, tubo de drenaje y pleurodesis; mujer de 58 años",
    style="prosa dictada",
    schema="claves planas; sexo 'Femenino'; diagnósticos en una cadena con códigos (J91 sin decimal); medicación con clave 'ATC'",
    input={
        "institucion": "Instituto Nacional de Enfermedades Neoplásicas (INEN), Lima",
        "departamento": "Medicina Oncológica / Cirugía de Tórax",
        "sexo": "Femenino",
        "edad": "58 años",
        "historia": "cáncer de mama izquierda luminal A diagnosticado hace 6 años, mastectomía izquierda y hormonoterapia",
        "motivo": "disnea progresiva de 3 semanas hasta mínimos esfuerzos y tos seca",
        "radiografia": "derrame pleural derecho masivo con desviación mediastinal contralateral",
        "diagnosticos": "C50.9 Tumor maligno de la mama; C78.2 Tumor maligno secundario de la pleura; J91 Derrame pleural en afecciones clasificadas en otra parte",
        "procedimientos": "colocación de tubo de drenaje pleural derecho 24 F con evacuación de 2.100 mL de líquido serohemático en 24 horas; pleurodesis con talco por el tubo al día 4",
        "citologia_liquido": "positiva para células de adenocarcinoma compatible con origen mamario",
        "medicacion": [
            {"ATC": "L02BG04", "nombre": "Letrozol", "dosis": "2,5 mg al día VO"},
            {"ATC": "N02AX02", "nombre": "Tramadol", "dosis": "50 mg cada 8 horas VO"}],
        "evolucion": "retiro del tubo al día 7 con débito menor de 100 mL/día, reexpansión pulmonar completa",
        "estancia": "8 días",
        "plan": "reevaluación de tratamiento sistémico en consulta de oncología médica en 1 semana",
    },
    output=("Ingresa por disnea progresiva de 3 semanas hasta mínimos esfuerzos y tos seca, en una paciente de 58 años con "
            "cáncer de mama izquierda luminal A diagnosticado hace 6 años, tratado con mastectomía izquierda y "
            "hormonoterapia con letrozol (L02BG04) 2,5 mg al día VO. La radiografía muestra derrame pleural derecho "
            "masivo con desviación mediastinal contralateral. Se coloca tubo de drenaje pleural derecho 24 F con "
            "evacuación de 2.100 mL de líquido serohemático en 24 horas, con citología positiva para células de "
            "adenocarcinoma compatible con origen mamario. Se diagnostica tumor maligno de la mama (C50.9), tumor "
            "maligno secundario de la pleura (C78.2) y derrame pleural (J91). Al día 4 se realiza pleurodesis con talco "
            "por el tubo, y recibe tramadol (N02AX02) 50 mg cada 8 horas VO. El tubo se retira al día 7 con débito menor "
            "de 100 mL/día y reexpansión pulmonar completa. Alta tras 8 días de estancia, con reevaluación del "
            "tratamiento sistémico en consulta de oncología médica en 1 semana."),
    note="base: clean; left breast cancer with right pleural effusion and right drain, as in the input",
    variants=[
        T("device in the input under another name: tubo de tórax = tubo de drenaje pleural",
          O("Se coloca tubo de drenaje pleural derecho 24 F", "Se coloca tubo de tórax derecho 24 F")),
        T("negation: no tunnelled pleural catheter needed; not a claim",
          O("y reexpansión pulmonar completa.", "y reexpansión pulmonar completa, sin necesidad de catéter pleural tunelizado.")),
        T("laterality made explicit and consistent: effusion contralateral to the breast cancer",
          O("derrame pleural derecho masivo", "derrame pleural derecho masivo, contralateral a la mama afectada,")),
        P("HAL004", "side contradicts the input: the effusion is right-sided, output says left",
          O("derrame pleural derecho masivo", "derrame pleural izquierdo masivo")),
        P("HAL004", "side contradicts the input: the breast cancer is left-sided, output says right",
          O("cáncer de mama izquierda luminal A", "cáncer de mama derecha luminal A")),
        P("DEM001", "sex contradicts the input (Femenino): 'un paciente'",
          O("en una paciente de 58 años", "en un paciente de 58 años")),
        P("HAL002", "number not in the input: 1.500 mL drained (input 2.100 mL)",
          O("evacuación de 2.100 mL", "evacuación de 1.500 mL")),
        P("COD001", "CIE-10 code written without parentheses",
          O("derrame pleural (J91).", "derrame pleural, J91.")),
        P("CLN001", "sitagliptina (A10BH01) added to input and output; no diabetes among the input's diagnoses",
          I("{\"ATC\": \"N02AX02\", \"nombre\": \"Tramadol\", \"dosis\": \"50 mg cada 8 horas VO\"}",
            "{\"ATC\": \"N02AX02\", \"nombre\": \"Tramadol\", \"dosis\": \"50 mg cada 8 horas VO\"}, {\"ATC\": \"A10BH01\", \"nombre\": \"Sitagliptina\", \"dosis\": \"100 mg al día VO\"}"),
          O("tramadol (N02AX02) 50 mg cada 8 horas VO.", "tramadol (N02AX02) 50 mg cada 8 horas VO y sitagliptina (A10BH01) 100 mg al día VO.")),
        P("COD002", "CIE-10 code R05 attached to 'tos seca'; the code does not occur in the input",
          O("y tos seca, en una", "y tos seca (R05), en una")),
    ],
)

S32_OUT = ("Ingresa por disnea de esfuerzo progresiva, ortopnea y edemas de miembros inferiores de 10 días de evolución, en "
           "un hombre de 84 años con fibrilación auricular permanente (I48.9) y enfermedad renal crónica estadio 3 "
           "(N18.3), que se interna en modalidad de hospitalización a domicilio con su esposa como cuidadora. Se "
           "diagnostica insuficiencia cardíaca congestiva descompensada (I50.0), con NT-proBNP 6.420 pg/mL, creatinina 1,6 "
           "mg/dL, potasio 4,8 mEq/L y FEVI 35%. Recibe furosemida (C03CA01) 40 mg i/v cada 12 horas por 5 días y luego "
           "40 mg v/o al día, junto con bisoprolol (C07AB07) 2,5 mg al día v/o, apixabán (B01AF02) 2,5 mg cada 12 horas "
           "v/o y espironolactona (C03DA01) 25 mg al día v/o. Con visita diaria de la enfermera domiciliaria y control "
           "médico cada 48 horas, desciende 4,5 kg de peso. Tras 8 días se otorga el alta de internación domiciliaria con "
           "restricción hídrica de 1,5 L/día y de sal, control en policlínica de insuficiencia cardíaca en 2 semanas y "
           "consulta si aumenta más de 2 kg en 3 días.")

S32 = scenario(
    "S32",
    setting="Uruguay, CASMU (Montevideo), internación domiciliaria; insuficiencia cardíaca descompensada; hombre de 84 años cuidado por su esposa",
    style="prosa dictada, vocabulario uruguayo (internación domiciliaria, policlínica, i/v, v/o)",
    schema="objeto 'usuario' con fecha de nacimiento y de ingreso (sin edad); 'cuidadora'; tratamiento con atc/pauta",
    input={
        "institucion": "CASMU - Internación Domiciliaria, Montevideo",
        "modalidad": "hospitalización a domicilio",
        "usuario": {"sexo": "masculino", "fecha_nacimiento": "1939-11-03", "fecha_ingreso": "2024-01-25"},
        "cuidadora": "esposa",
        "motivo": "disnea de esfuerzo progresiva, ortopnea y edemas de miembros inferiores de 10 días",
        "antecedentes": [
            {"cie10": "I48.9", "nombre": "Fibrilación auricular permanente"},
            {"cie10": "N18.3", "nombre": "Enfermedad renal crónica estadio 3"}],
        "diagnostico": {"cie10": "I50.0", "nombre": "Insuficiencia cardíaca congestiva descompensada"},
        "exploracion": "ingurgitación yugular, crepitantes bibasales, edemas con fóvea hasta rodillas, PA 148/86 mmHg, FC 92 lpm",
        "examenes": {"NT-proBNP": "6.420 pg/mL", "creatinina": "1,6 mg/dL", "potasio": "4,8 mEq/L", "FEVI": "35%",
                     "radiografía de tórax": "cardiomegalia y derrame pleural bilateral leve"},
        "tratamiento": [
            {"atc": "C03CA01", "nombre": "Furosemida", "pauta": "40 mg i/v cada 12 horas por 5 días, luego 40 mg v/o al día"},
            {"atc": "C07AB07", "nombre": "Bisoprolol", "pauta": "2,5 mg al día v/o"},
            {"atc": "B01AF02", "nombre": "Apixabán", "pauta": "2,5 mg cada 12 horas v/o"},
            {"atc": "C03DA01", "nombre": "Espironolactona", "pauta": "25 mg al día v/o"}],
        "controles": "peso diario: descenso de 4,5 kg; enfermera domiciliaria diaria; médico cada 48 horas; ionograma al tercer día con potasio 4,9 mEq/L y creatinina 1,7 mg/dL",
        "dias": 8,
        "alta": "alta de internación domiciliaria; restricción hídrica de 1,5 L/día y de sal; control en policlínica de insuficiencia cardíaca en 2 semanas; consultar si aumento de peso de más de 2 kg en 3 días",
    },
    output=S32_OUT,
    note="base: clean; age 84 follows from 1939-11-03 and 2024-01-25; the carer (esposa) and the nurse are women, the patient is a man",
    variants=[
        T("age by decade, consistent with 84",
          O("un hombre de 84 años", "un hombre octogenario")),
        T("regional synonym: kalemia = potasio",
          O("potasio 4,8 mEq/L", "kalemia 4,8 mEq/L")),
        T("route abbreviations expanded (i/v = intravenosa, v/o = oral)",
          O("furosemida (C03CA01) 40 mg i/v cada 12 horas por 5 días y luego 40 mg v/o al día",
            "furosemida (C03CA01) 40 mg intravenosa cada 12 horas por 5 días y luego 40 mg por vía oral al día")),
        P("DEM001", "sex contradicts the input (masculino)",
          O("un hombre de 84 años", "una mujer de 84 años")),
        P(["DEM001", "HAL002"], "birth date in the input changed to 1949-11-03 (74 years at admission); the output's 84 contradicts it (DEM001) and is neither written in nor derivable from the input (HAL002)",
          I("1939-11-03", "1949-11-03")),
        P("HAL003", "frequency contradicts the input for bisoprolol (al día in the input, cada 12 horas in the output); 12 occurs elsewhere in the input",
          O("bisoprolol (C07AB07) 2,5 mg al día v/o", "bisoprolol (C07AB07) 2,5 mg cada 12 horas v/o")),
        P("HAL003", "dose contradicts the input for espironolactona (25 mg in the input, 40 mg in the output); 40 is furosemida's dose elsewhere in the input",
          O("espironolactona (C03DA01) 25 mg al día", "espironolactona (C03DA01) 40 mg al día")),
        P("HAL001", "drug not in the input: sacubitrilo/valsartán (plausible for heart failure, so no CLN001)",
          O("se otorga el alta de internación domiciliaria con", "se otorga el alta de internación domiciliaria añadiendo sacubitrilo/valsartán, con")),
        P("FMT003", "output lengthened past 200 words (about 220) with examination, radiograph and control ionogram data that are all in the input",
          O("y FEVI 35%.", "y FEVI 35%; la radiografía de tórax muestra cardiomegalia y derrame pleural bilateral leve. A la "
            "exploración inicial presenta ingurgitación yugular, crepitantes bibasales y edemas con fóvea hasta rodillas, con "
            "PA 148/86 mmHg y FC 92 lpm."),
          O("desciende 4,5 kg de peso.", "desciende 4,5 kg de peso; el ionograma del tercer día informa potasio 4,9 mEq/L y creatinina 1,7 mg/dL.")),
        P("COD006", "the CIE-10 code of the chronic kidney disease (N18.3) is left out of the output",
          O("estadio 3 (N18.3)", "estadio 3")),
        P("COD003", "ATC code written without parentheses",
          O("apixabán (B01AF02) 2,5 mg", "apixabán, B01AF02, 2,5 mg")),
    ],
)

S33 = scenario(
    "S33",
    setting="Argentina, Hospital Garrahan (Buenos Aires), nefrología; recaída de síndrome nefrótico corticodependiente (GEFS) con derrame pleural; adolescente mujer de 13 años con su madre",
    style="encabezados en línea (Laboratorio:, Diagnósticos:), español rioplatense",
    schema="claves planas con iniciales; fechas dd/mm/aaaa de nacimiento e internación; booleano 'madre_acompanante'; laboratorio con punto decimal",
    input={
        "hospital": "Hospital de Pediatría Garrahan",
        "area": "Nefrología",
        "iniciales": "M. A. L.",
        "sexo": "femenino",
        "fecha_nacimiento": "14/02/2011",
        "fecha_internacion": "05/08/2024",
        "madre_acompanante": True,
        "motivo": "recaída de síndrome nefrótico corticodependiente con edema generalizado y derrame pleural bilateral",
        "antecedentes": "síndrome nefrótico desde los 5 años, 4 recaídas previas; biopsia renal previa: glomeruloesclerosis focal y segmentaria",
        "dx": [{"codigo": "N04.1", "nombre": "Síndrome nefrótico, lesiones glomerulares focales y segmentarias"},
               {"codigo": "J90", "nombre": "Derrame pleural"}],
        "laboratorio": {"albumina": "1.4 g/dL", "proteinuria": "68 mg/m2/h", "colesterol": "486 mg/dL", "creatinina": "0.6 mg/dL"},
        "medicacion": [
            {"atc": "H02AB15", "nombre": "Meprednisona", "dosis": "60 mg/día VO"},
            {"atc": "L04AD01", "nombre": "Ciclosporina", "dosis": "75 mg cada 12 horas VO"},
            {"atc": "C09AA02", "nombre": "Enalapril", "dosis": "5 mg cada 12 horas VO"}],
        "evolucion": "remisión parcial con proteinuria 8 mg/m2/h, resolución del derrame sin drenaje",
        "dias": 14,
        "egreso": "nivel de ciclosporina en 1 semana; control con nefróloga de cabecera",
    },
    output=("Ingresa por recaída de síndrome nefrótico corticodependiente con edema generalizado y derrame pleural "
            "bilateral, en una adolescente de 13 años acompañada por su madre, con síndrome nefrótico desde los 5 años, 4 "
            "recaídas previas y biopsia renal previa con glomeruloesclerosis focal y segmentaria. Laboratorio: albúmina "
            "1,4 g/dL, proteinuria 68 mg/m2/h, colesterol 486 mg/dL y creatinina 0,6 mg/dL. Diagnósticos: síndrome "
            "nefrótico con lesiones glomerulares focales y segmentarias (N04.1) y derrame pleural (J90). Se trata con "
            "meprednisona (H02AB15) 60 mg/día VO, ciclosporina (L04AD01) 75 mg cada 12 horas VO y enalapril (C09AA02) 5 "
            "mg cada 12 horas VO. Evoluciona con remisión parcial, proteinuria de 8 mg/m2/h y resolución del derrame sin "
            "drenaje. Egresa a los 14 días de internación, con nivel de ciclosporina en 1 semana y control con su "
            "nefróloga de cabecera."),
    note="base: clean; age 13 follows from 14/02/2011 and 05/08/2024; decimals written with a comma where the input uses a point",
    variants=[
        T("age in words, consistent with the dates (13)",
          O("en una adolescente de 13 años", "en una adolescente de trece años")),
        T("negation: no chest tube needed; not a claim",
          O("resolución del derrame sin drenaje", "resolución del derrame sin necesidad de tubo de tórax")),
        T("finding supported by the input's lab value: hipoalbuminemia from albúmina 1.4 g/dL",
          O("Laboratorio: albúmina 1,4 g/dL", "Laboratorio: hipoalbuminemia de 1,4 g/dL")),
        P("DEM001", "sex contradicts the input (femenino): 'un adolescente ... acompañado'",
          O("en una adolescente de 13 años acompañada", "en un adolescente de 13 años acompañado")),
        P("DEM001", "age contradicts the input (13 from the dates): output says 14; 14 occurs in the input (14 días), so not HAL002",
          O("en una adolescente de 13 años", "en una adolescente de 14 años")),
        P("HAL004", "side contradicts the input: the pleural effusion is bilateral, output says right",
          O("derrame pleural bilateral", "derrame pleural derecho")),
        P("HAL003", "route contradicts the input for ciclosporina (VO in the input, IV in the output)",
          O("ciclosporina (L04AD01) 75 mg cada 12 horas VO", "ciclosporina (L04AD01) 75 mg cada 12 horas IV")),
        P("COD005", "codes swapped: 'meprednisona (C09AA02)' and 'enalapril (H02AB15)'",
          O("meprednisona (H02AB15)", "meprednisona (C09AA02)"), O("enalapril (C09AA02)", "enalapril (H02AB15)")),
        P("FMT001", "output begins with a label before 'Ingresa por'",
          O("Ingresa por recaída", "Resumen: Ingresa por recaída")),
        P("COD002", "CIE-10 code R60.1 attached to 'edema generalizado'; the code does not occur in the input",
          O("con edema generalizado y", "con edema generalizado (R60.1) y")),
    ],
)

S34 = scenario(
    "S34",
    setting="España, Hospital Clínic de Barcelona, unidad de TCA; anorexia nerviosa con hipofosfatemia; adolescente varón de 16 años con ambos padres",
    style="prosa dictada",
    schema="claves en catalán (pacient/sexe 'home', edat, analitica, tractament, estada); valores en castellano; suplemento de fosfato sin código",
    input={
        "hospital": "Hospital Clínic de Barcelona",
        "unitat": "Unitat de Trastorns de la Conducta Alimentària",
        "pacient": {"sexe": "home", "edat": 16},
        "ingres": {"data": "2024-05-13",
                   "motiu": "varón de 16 años con restricción alimentaria y ejercicio compulsivo, pérdida de 14 kg en 6 meses, síncope en el instituto"},
        "exploracio": {"pes": "47,8 kg", "talla": "1,78 m", "IMC": "15,1 kg/m2", "FC": "38 lpm", "TA": "88/50 mmHg"},
        "analitica": {"fosfat": "0,6 mmol/L", "magnesi": "0,62 mmol/L", "GOT": "96 U/L"},
        "ecg": "bradicardia sinusal sin alteraciones de la repolarización",
        "diagnostics": [{"codi": "F50.0", "descripcio": "Anorexia nerviosa"},
                        {"codi": "E83.3", "descripcio": "Hipofosfatemia"}],
        "tractament": [
            {"atc": "A11DA01", "nom": "Tiamina", "pauta": "100 mg al día VO"},
            {"nom": "Fosfato oral", "pauta": "1 sobre cada 12 horas"}],
        "intervencions": ["reposo absoluto con monitorización cardíaca las primeras 72 horas",
                          "realimentación oral progresiva pautada por la dietista",
                          "terapia cognitivo-conductual y terapia familiar con ambos padres"],
        "evolucio": "FC 54 lpm y fosfato 1,1 mmol/L a la segunda semana; peso al alta 53,0 kg",
        "estada": "29 dies",
        "alta": "hospital de día de TCA 5 días por semana",
    },
    output=("Ingresa por restricción alimentaria y ejercicio compulsivo con pérdida de 14 kg en 6 meses y síncope en el "
            "instituto, en un adolescente varón de 16 años. Al ingreso pesa 47,8 kg, con talla de 1,78 m e IMC de 15,1 "
            "kg/m2, FC 38 lpm y TA 88/50 mmHg; el ECG muestra bradicardia sinusal sin alteraciones de la repolarización. "
            "Analítica con fosfato 0,6 mmol/L, magnesio 0,62 mmol/L y GOT 96 U/L. Se diagnostica anorexia nerviosa "
            "(F50.0) con hipofosfatemia (E83.3). Se indica reposo absoluto con monitorización cardíaca las primeras 72 "
            "horas, realimentación oral progresiva pautada por la dietista, fosfato oral 1 sobre cada 12 horas y tiamina "
            "(A11DA01) 100 mg al día VO, junto con terapia cognitivo-conductual y terapia familiar con ambos padres. A la "
            "segunda semana presenta FC 54 lpm y fosfato 1,1 mmol/L. Alta tras 29 días con peso de 53,0 kg, y continúa en "
            "el hospital de día de TCA 5 días por semana."),
    variants=[
        T("the parents named separately (a woman and a man, other people); patient unchanged",
          O("terapia familiar con ambos padres", "terapia familiar con la madre y el padre")),
        T("finding supported by the input's own value: hipertransaminasemia leve from GOT 96 U/L",
          O("y GOT 96 U/L", "e hipertransaminasemia leve con GOT 96 U/L")),
        T("frequency written another way: cada 12 horas = dos veces al día",
          O("fosfato oral 1 sobre cada 12 horas", "fosfato oral 1 sobre dos veces al día")),
        P("DEM001", "sex contradicts the input (home / varón)",
          O("en un adolescente varón de 16 años", "en una adolescente de 16 años")),
        P(["DEM001", "HAL002"], "age contradicts the input (16): output says 21 (DEM001); 21 appears nowhere in the input (HAL002)",
          O("en un adolescente varón de 16 años", "en un varón joven de 21 años")),
        P("HAL002", "lab value not in the input: GOT 69 (input 96)",
          O("GOT 96 U/L", "GOT 69 U/L")),
        P("HAL003", "route contradicts the input for tiamina (VO in the input, IM in the output)",
          O("tiamina (A11DA01) 100 mg al día VO", "tiamina (A11DA01) 100 mg al día IM")),
        P("COD003", "ATC code written without parentheses",
          O("tiamina (A11DA01) 100 mg", "tiamina A11DA01 100 mg")),
        P("HAL001", "procedure not in the input: refeeding by sonda nasogástrica (the input says oral refeeding)",
          O("realimentación oral progresiva pautada por la dietista", "realimentación por sonda nasogástrica pautada por la dietista")),
    ],
)

S35 = scenario(
    "S35",
    setting="Puerto Rico, Centro Médico (San Juan), unidad coronaria; IAMCEST inferior con ICP primaria en coronaria derecha; mujer de 66 años con su hija",
    style="prosa dictada, español de Puerto Rico, decimales con punto",
    schema="claves planas; antecedentes y medicamentos de alta como cadenas con códigos dentro; complicación con su código en el texto",
    input={
        "hospital": "Centro Médico de Puerto Rico, San Juan",
        "servicio": "Cardiología - Unidad de Cuidado Coronario",
        "paciente": {"sexo": "femenino", "edad": 66},
        "acompañante": "hija",
        "motivo": "dolor epigástrico y torácico opresivo con náuseas y diaforesis de 3 horas",
        "antecedentes": "diabetes mellitus tipo 2 (E11.9) tratada con insulina glargina (A10AE04) 24 unidades en la noche; hipotiroidismo (E03.9) con levotiroxina (H03AA01) 100 mcg diarios",
        "ECG": "elevación del ST en DII, DIII y aVF",
        "diagnostico": "I21.1 Infarto agudo transmural de pared inferior",
        "intervencion": "cateterismo por vía femoral derecha; oclusión de coronaria derecha media; ICP primaria con un stent farmacoactivo",
        "complicacion": "bradicardia sinusal transitoria (R00.1) que resolvió con atropina (A03BA01) 0.5 mg IV, sin necesidad de marcapasos",
        "labs": {"troponina I pico": "22.4 ng/mL", "HbA1c": "8.9%", "glucosa ingreso": "248 mg/dL"},
        "ecocardiograma": "FEVI 55% con hipocinesia inferior",
        "medicamentos_alta": "ácido acetilsalicílico (B01AC06) 81 mg diarios; prasugrel (B01AC22) 10 mg diarios; rosuvastatina (C10AA07) 20 mg diarios; insulina glargina 24 unidades en la noche; levotiroxina 100 mcg diarios",
        "estadia": "3 días",
        "seguimiento": "rehabilitación cardiaca y clínica de cardiología en 10 días",
    },
    output=("Ingresa por dolor epigástrico y torácico opresivo con náuseas y diaforesis de 3 horas de evolución, en una "
            "mujer de 66 años con diabetes mellitus tipo 2 (E11.9) tratada con insulina glargina (A10AE04) 24 unidades en "
            "la noche e hipotiroidismo (E03.9) con levotiroxina (H03AA01) 100 mcg diarios. El ECG muestra elevación del ST "
            "en DII, DIII y aVF, y se diagnostica infarto agudo transmural de pared inferior (I21.1). Se realiza "
            "cateterismo por vía femoral derecha, que muestra oclusión de la coronaria derecha media, e ICP primaria con "
            "un stent farmacoactivo. Presenta bradicardia sinusal transitoria (R00.1) que resuelve con atropina (A03BA01) "
            "0.5 mg IV, sin necesidad de marcapasos. Troponina I pico 22.4 ng/mL, HbA1c 8.9% y glucosa de ingreso 248 "
            "mg/dL; ecocardiograma con FEVI 55% e hipocinesia inferior. Alta a los 3 días con ácido acetilsalicílico "
            "(B01AC06) 81 mg diarios, prasugrel (B01AC22) 10 mg diarios y rosuvastatina (C10AA07) 20 mg diarios, además "
            "de su insulina y levotiroxina habituales, con rehabilitación cardiaca y clínica de cardiología en 10 días."),
    note="base: clean; 'coronaria derecha' is the artery's name and agrees with the input; marcapasos appears only as not needed",
    variants=[
        T("finding supported by the input's own value: hiperglucemia from glucosa 248 mg/dL",
          O("glucosa de ingreso 248 mg/dL", "hiperglucemia de ingreso de 248 mg/dL")),
        T("another person (her daughter, in the input) named next to the patient",
          O("en una mujer de 66 años con", "en una mujer de 66 años, acompañada por su hija, con")),
        T("synonym and dose form: AAS = ácido acetilsalicílico; 0.5 mg = 500 mcg",
          O("ácido acetilsalicílico (B01AC06)", "AAS (B01AC06)"), O("(A03BA01) 0.5 mg IV", "(A03BA01) 500 mcg IV")),
        P("HAL004", "side contradicts the input: femoral access is right, output says left",
          O("por vía femoral derecha", "por vía femoral izquierda")),
        P("DEM001", "sex contradicts the input (femenino)",
          O("en una mujer de 66 años", "en un hombre de 66 años")),
        P("HAL003", "dose contradicts the input for prasugrel (10 mg in the input, 20 mg in the output); 20 is rosuvastatina's dose elsewhere in the input and does not ground it",
          O("prasugrel (B01AC22) 10 mg diarios", "prasugrel (B01AC22) 20 mg diarios")),
        P("HAL001", "device/procedure not in the input: balón de contrapulsación intraaórtico",
          O("e ICP primaria con un stent farmacoactivo.", "e ICP primaria con un stent farmacoactivo y balón de contrapulsación intraaórtico.")),
        P("COD002", "CIE-10 code R11 attached to 'náuseas'; the code does not occur in the input",
          O("opresivo con náuseas y", "opresivo con náuseas (R11) y")),
        P("CLN001", "montelukast (R03DC03) added to input and output; no asthma or allergic rhinitis among the input's diagnoses",
          I("levotiroxina 100 mcg diarios\"", "levotiroxina 100 mcg diarios; montelukast (R03DC03) 10 mg diarios\""),
          O("rosuvastatina (C10AA07) 20 mg diarios,", "rosuvastatina (C10AA07) 20 mg diarios, montelukast (R03DC03) 10 mg diarios,")),
        P("FMT002", "square brackets in the text",
          O("sin necesidad de marcapasos.", "[sin necesidad de marcapasos].")),
        P("COD007", "bradycardia code changed in both input and output to R00.5, well-formed but not an ICD-10 code; label unchanged",
          I("(R00.1)", "(R00.5)"), O("(R00.1)", "(R00.5)")),
    ],
)

SCENARIOS = [S31, S32, S33, S34, S35]
