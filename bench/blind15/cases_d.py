"""blind15 scenarios S19-S24: Spain (Valdecilla, Arrixaca, Navarra, Salamanca, Zaragoza, Badajoz)."""
from cases_common import I, O, P, T, scenario

S19 = scenario(
    "S19",
    setting="España, Hospital Universitario Marqués de Valdecilla (Santander), reumatología; arteritis de células gigantes con biopsia temporal derecha; mujer de 76 años",
    style="prosa dictada",
    schema="objeto anidado; sexo 'Mujer'; antecedentes con cie10/desc; pruebas como lista de cadenas; tratamiento con atc/pauta",
    input={
        "hospital": "Hospital Universitario Marqués de Valdecilla, Santander",
        "servicio": "Reumatología",
        "paciente": {"sexo": "Mujer", "edad": 76},
        "motivo": "cefalea temporal derecha de 3 semanas, claudicación mandibular y amaurosis fugaz del ojo derecho",
        "antecedentes": [{"cie10": "M81.0", "desc": "Osteoporosis posmenopáusica"},
                         {"cie10": "I10", "desc": "Hipertensión arterial"}],
        "exploracion": "arteria temporal derecha engrosada, dolorosa y sin pulso",
        "laboratorio": {"VSG": "96 mm/h", "PCR": "8,4 mg/dL", "hemoglobina": "10,9 g/dL", "plaquetas": "512.000/µL"},
        "pruebas": ["ecografía Doppler de arterias temporales: signo del halo bilateral",
                    "biopsia de arteria temporal derecha: arteritis de células gigantes"],
        "diagnostico": {"cie10": "M31.6", "desc": "Arteritis de células gigantes"},
        "tratamiento": [
            {"atc": "H02AB04", "nombre": "Metilprednisolona", "pauta": "500 mg IV al día durante 3 días"},
            {"atc": "H02AB07", "nombre": "Prednisona", "pauta": "60 mg al día VO en pauta descendente"},
            {"atc": "L04AC07", "nombre": "Tocilizumab", "pauta": "162 mg SC semanal"},
            {"atc": "M05BA04", "nombre": "Ácido alendrónico", "pauta": "70 mg semanal VO"},
            {"atc": "C09AA02", "nombre": "Enalapril", "pauta": "10 mg al día VO"}],
        "evolucion": "desaparición de la cefalea, sin nuevos episodios visuales, PCR 0,9 mg/dL al alta",
        "dias_ingreso": 7,
        "seguimiento": "consulta de reumatología en 4 semanas; vigilancia de glucemia y tensión arterial",
    },
    output=("Ingresa por cefalea temporal derecha de 3 semanas, claudicación mandibular y amaurosis fugaz del ojo derecho, "
            "en una mujer de 76 años con osteoporosis posmenopáusica (M81.0) e hipertensión arterial (I10) tratada con "
            "enalapril (C09AA02) 10 mg al día. A la exploración, la arteria temporal derecha está engrosada, dolorosa y "
            "sin pulso. Analítica con VSG 96 mm/h, PCR 8,4 mg/dL, hemoglobina 10,9 g/dL y plaquetas 512.000/µL. La "
            "ecografía Doppler muestra signo del halo bilateral y la biopsia de arteria temporal derecha confirma "
            "arteritis de células gigantes (M31.6). Recibe metilprednisolona (H02AB04) 500 mg IV al día durante 3 días, "
            "seguida de prednisona (H02AB07) 60 mg al día VO en pauta descendente, y se inicia tocilizumab (L04AC07) 162 "
            "mg SC semanal y ácido alendrónico (M05BA04) 70 mg semanal VO. Presenta desaparición de la cefalea, sin "
            "nuevos episodios visuales, y PCR de 0,9 mg/dL al alta. Tras 7 días de ingreso, seguimiento en consulta de "
            "reumatología en 4 semanas con vigilancia de glucemia y tensión arterial."),
    note="base: clean; halo sign bilateral on ultrasound while the biopsy is right-sided, as in the input",
    variants=[
        T("finding supported by the input's lab value: anemia leve from hemoglobina 10,9 g/dL",
          O("hemoglobina 10,9 g/dL", "anemia leve con hemoglobina 10,9 g/dL")),
        T("dose in an equivalent form: 500 mg = 0,5 g (bolos)",
          O("Recibe metilprednisolona (H02AB04) 500 mg IV al día", "Recibe bolos de metilprednisolona (H02AB04) 0,5 g IV al día")),
        T("negation: temporal-artery ultrasound alone; 'no precisa PET-TC' is a test not done",
          O("La ecografía Doppler muestra", "Sin necesidad de PET-TC, la ecografía Doppler muestra")),
        P("HAL004", "side contradicts the input: the biopsy is of the right temporal artery, output says left",
          O("biopsia de arteria temporal derecha", "biopsia de arteria temporal izquierda")),
        P("HAL004", "side contradicts the input: amaurosis of the right eye, output says left",
          O("amaurosis fugaz del ojo derecho", "amaurosis fugaz del ojo izquierdo")),
        P("DEM001", "sex contradicts the input (Mujer)",
          O("en una mujer de 76 años", "en un varón de 76 años")),
        P("HAL003", "route contradicts the input for tocilizumab (SC in the input, IV in the output)",
          O("tocilizumab (L04AC07) 162 mg SC semanal", "tocilizumab (L04AC07) 162 mg IV semanal")),
        P("CLN001", "tamsulosina (G04CA02) added to input and output in a woman; no prostatic or urinary diagnosis among the input's diagnoses",
          I("{\"atc\": \"C09AA02\", \"nombre\": \"Enalapril\", \"pauta\": \"10 mg al día VO\"}",
            "{\"atc\": \"C09AA02\", \"nombre\": \"Enalapril\", \"pauta\": \"10 mg al día VO\"}, {\"atc\": \"G04CA02\", \"nombre\": \"Tamsulosina\", \"pauta\": \"0,4 mg al día VO\"}"),
          O("enalapril (C09AA02) 10 mg al día.", "enalapril (C09AA02) 10 mg al día y tamsulosina (G04CA02) 0,4 mg al día.")),
        P("COD003", "two ATC codes share one parenthesis",
          O("se inicia tocilizumab (L04AC07) 162 mg SC semanal y ácido alendrónico (M05BA04) 70 mg semanal VO",
            "se inicia tocilizumab 162 mg SC semanal y ácido alendrónico 70 mg semanal VO (L04AC07, M05BA04)")),
    ],
)

S20_OUT = ("Ingresa por poliuria, polidipsia y pérdida de 4 kg en 3 semanas, con vómitos y dolor abdominal en las "
           "últimas 24 horas, en una niña de 11 años y 34 kg que acude con su padre. La gasometría muestra pH 7,12 y "
           "bicarbonato 9 mmol/L, con glucemia de 486 mg/dL y cetonemia de 5,8 mmol/L; HbA1c 12,1 % y anticuerpos "
           "anti-GAD positivos. Se diagnostica diabetes mellitus tipo 1 con cetoacidosis (E10.1). Recibe sueroterapia "
           "con suero salino 0,9% y aporte de potasio, junto con perfusión intravenosa de insulina regular (A10AB01) a "
           "0,1 UI/kg/h, con resolución de la cetoacidosis a las 20 horas. Posteriormente se pauta insulina glargina "
           "(A10AE04) 14 UI cada 24 horas SC e insulina aspart (A10AB05) SC según ratio de 1 UI/15 g de hidratos. Se "
           "realiza educación diabetológica a la paciente y a su padre y se inicia monitorización continua de glucosa. "
           "Alta tras 6 días de estancia con control en el hospital de día de diabetes en 1 semana.")

S20 = scenario(
    "S20",
    setting="España, Hospital Clínico Universitario Virgen de la Arrixaca (Murcia), endocrinología pediátrica; debut de diabetes tipo 1 con cetoacidosis; niña de 11 años con su padre",
    style="prosa dictada",
    schema="objeto anidado; sexo 'F'; gasometría como objeto de cadenas; tratamiento con 'codigo'; sueroterapia sin código en texto libre",
    input={
        "hospital": "Hospital Clínico Universitario Virgen de la Arrixaca, Murcia",
        "servicio": "Pediatría - Endocrinología infantil",
        "paciente": {"sexo": "F", "edad": "11 años", "peso": "34 kg"},
        "acompanante": "padre",
        "motivo_ingreso": "poliuria, polidipsia y pérdida de 4 kg en 3 semanas; vómitos y dolor abdominal en las últimas 24 horas",
        "gasometria": {"pH": "7,12", "bicarbonato": "9 mmol/L", "glucemia": "486 mg/dL", "cetonemia": "5,8 mmol/L"},
        "exploracion": "deshidratación moderada, respiración de Kussmaul, Glasgow 15",
        "constantes": {"FC": "128 lpm", "TA": "104/62 mmHg", "FR": "32 rpm"},
        "bioquimica": {"sodio": "131 mmol/L", "potasio": "5,2 mmol/L", "creatinina": "0,7 mg/dL"},
        "HbA1c": "12,1 %",
        "autoinmunidad": "anticuerpos anti-GAD positivos",
        "diagnostico": [{"codigo": "E10.1", "descripcion": "Diabetes mellitus tipo 1 con cetoacidosis"}],
        "tratamiento": [
            {"codigo": "A10AB01", "farmaco": "Insulina regular", "pauta": "perfusión intravenosa a 0,1 UI/kg/h"},
            {"codigo": "A10AE04", "farmaco": "Insulina glargina", "pauta": "14 UI cada 24 horas SC"},
            {"codigo": "A10AB05", "farmaco": "Insulina aspart", "pauta": "según ratio 1 UI/15 g de hidratos SC"}],
        "otros": "sueroterapia con suero salino 0,9% y aporte de potasio; resolución de la cetoacidosis a las 20 horas",
        "educacion": "educación diabetológica a la paciente y a su padre: técnica de inyección, rotación de zonas, recuento de hidratos y manejo de hipoglucemias; monitorización continua de glucosa",
        "dias_estancia": 6,
        "alta": "control en hospital de día de diabetes en 1 semana; consulta de endocrinología infantil en 1 mes; informe para el colegio",
    },
    output=S20_OUT,
    variants=[
        T("finding supported by the input's lab value: hiperglucemia from glucemia 486 mg/dL",
          O("con glucemia de 486 mg/dL", "con hiperglucemia de 486 mg/dL")),
        T("another person (the father, in the input) described with a masculine adjective; age in words",
          O("en una niña de 11 años y 34 kg que acude con su padre.", "en una niña de once años y 34 kg que acude con su padre, muy preocupado.")),
        P("DEM001", "sex contradicts the input (F)",
          O("en una niña de 11 años", "en un niño de 11 años")),
        P("DEM001", "age contradicts the input (11 años): output says 14; 14 occurs in the input (14 UI), so not HAL002",
          O("en una niña de 11 años", "en una niña de 14 años")),
        P("HAL003", "route contradicts the input for insulina glargina (SC in the input, IV in the output)",
          O("insulina glargina (A10AE04) 14 UI cada 24 horas SC", "insulina glargina (A10AE04) 14 UI cada 24 horas IV")),
        P("HAL002", "lab value not in the input: cetonemia 6,4 (input 5,8)",
          O("cetonemia de 5,8 mmol/L", "cetonemia de 6,4 mmol/L")),
        P("COD004", "ATC code B05XA03 attached to suero salino; the fluid is in the input but without a code",
          O("suero salino 0,9% y", "suero salino 0,9% (B05XA03) y")),
        P("FMT003", "output lengthened past 200 words (about 230) with exploration, chemistry, education details and follow-up that are all in the input",
          O("La gasometría muestra", "A la exploración presenta deshidratación moderada, respiración de Kussmaul y "
            "Glasgow 15, con FC 128 lpm, TA 104/62 mmHg y FR 32 rpm; bioquímica con sodio 131 mmol/L, potasio 5,2 mmol/L "
            "y creatinina 0,7 mg/dL. La gasometría muestra"),
          O("Alta tras 6 días de estancia con control en el hospital de día de diabetes en 1 semana.",
            "La educación incluye técnica de inyección, rotación de zonas, recuento de hidratos y manejo de hipoglucemias. "
            "Alta tras 6 días de estancia con control en el hospital de día de diabetes en 1 semana, consulta de "
            "endocrinología infantil en 1 mes e informe para el colegio.")),
        T("brand name: NovoRapid = insulina aspart, same code",
          O("e insulina aspart (A10AB05)", "y NovoRapid (A10AB05)")),
    ],
)

S21 = scenario(
    "S21",
    setting="España, Hospital Universitario de Navarra (Pamplona), otorrinolaringología; hemorragia tras amigdalectomía; varón de 24 años",
    style="telegráfico con abreviaturas (Expl, Dx, Tto, c/8h, IV, VO)",
    schema="claves planas; sexo 'masculino'; diagnósticos con cie/nombre; fármaco suspendido (ibuprofeno) solo como comentario",
    input={
        "hospital": "Hospital Universitario de Navarra, Pamplona",
        "servicio": "Otorrinolaringología",
        "sexo": "masculino",
        "edad": 24,
        "motivo": "sangrado orofaríngeo activo al séptimo día de amigdalectomía programada por amigdalitis de repetición",
        "antecedentes": "sin alergias medicamentosas conocidas; no toma anticoagulantes ni antiagregantes",
        "constantes": {"TA": "118/72 mmHg", "FC": "96 lpm"},
        "exploracion": "coágulo adherido y sangrado en lecho amigdalar izquierdo",
        "analitica": {"hemoglobina": "12,4 g/dL", "plaquetas": "268.000/µL", "INR": "1,0"},
        "diagnosticos": [
            {"cie": "T81.0", "nombre": "Hemorragia secundaria a procedimiento"},
            {"cie": "J35.0", "nombre": "Amigdalitis crónica"},
            {"cie": "R07.0", "nombre": "Odinofagia"}],
        "intervencion": "revisión y hemostasia del lecho amigdalar izquierdo con electrocoagulación bipolar bajo anestesia general",
        "tratamiento": [
            {"atc": "B02AA02", "farmaco": "Ácido tranexámico", "dosis": "1 g cada 8 horas IV"},
            {"atc": "N02BE01", "farmaco": "Paracetamol", "dosis": "1 g cada 8 horas VO"}],
        "comentario": "se suspende ibuprofeno",
        "evolucion": "sin resangrado en 48 horas de observación, tolera dieta blanda fría",
        "estancia_dias": 3,
        "alta": "dieta blanda y fría 7 días, evitar esfuerzos, acudir a urgencias si nuevo sangrado",
    },
    output=("Ingresa por sangrado orofaríngeo activo al séptimo día de amigdalectomía programada por amigdalitis de "
            "repetición, amigdalitis crónica (J35.0). Varón de 24 años, sin alergias medicamentosas conocidas, que no "
            "toma anticoagulantes ni antiagregantes. Constantes: TA 118/72 mmHg, FC 96 lpm. Expl: coágulo adherido y "
            "sangrado en lecho amigdalar izquierdo. Analítica: Hb 12,4 g/dL, plaquetas 268.000/µL, INR 1,0. Dx: "
            "hemorragia secundaria a procedimiento (T81.0) y odinofagia (R07.0). Se realiza revisión y hemostasia del "
            "lecho amigdalar izquierdo con electrocoagulación bipolar bajo anestesia general. Tto: ácido tranexámico "
            "(B02AA02) 1 g c/8h IV y paracetamol (N02BE01) 1 g c/8h VO; se suspende ibuprofeno. Evolución: sin "
            "resangrado en 48 h de observación, tolera dieta blanda fría. Alta a los 3 días con dieta blanda y fría 7 "
            "días, evitar esfuerzos y acudir a Urgencias si nuevo sangrado."),
    note="base: clean; anticoagulants/antiplatelets and ibuprofeno appear only as not taken or suspended",
    variants=[
        T("dose and frequency in an equivalent form: 1 g = 1000 mg, c/8h = cada 8 horas",
          O("(B02AA02) 1 g c/8h IV", "(B02AA02) 1000 mg cada 8 horas IV")),
        T("negation: no other NSAIDs prescribed",
          O("se suspende ibuprofeno.", "se suspende ibuprofeno y no se pautan otros AINE.")),
        T("synonym common in Latin America: acetaminofén = paracetamol, same code",
          O("paracetamol (N02BE01)", "acetaminofén (N02BE01)")),
        P("HAL004", "side contradicts the input: haemostasis of the left tonsillar bed, output says right",
          O("hemostasia del lecho amigdalar izquierdo", "hemostasia del lecho amigdalar derecho")),
        P("DEM001", "sex contradicts the input (masculino)",
          O("Varón de 24 años,", "Mujer de 24 años,")),
        P("HAL001", "drug not in the input: amoxicilina-clavulánico (plausible for tonsillitis J35.0, so no CLN001)",
          O("se suspende ibuprofeno.", "se inicia amoxicilina-clavulánico.")),
        P("HAL003", "route contradicts the input for paracetamol (VO in the input, IV in the output)",
          O("paracetamol (N02BE01) 1 g c/8h VO", "paracetamol (N02BE01) 1 g c/8h IV")),
        P("FMT002", "HTML tag in the text",
          O("Dx: hemorragia", "<b>Dx:</b> hemorragia")),
        P("COD005", "codes swapped: 'hemorragia secundaria a procedimiento (R07.0)' and 'odinofagia (T81.0)'",
          O("procedimiento (T81.0) y odinofagia (R07.0)", "procedimiento (R07.0) y odinofagia (T81.0)")),
        P("COD004", "ATC code M01AE01 attached to the suspended ibuprofeno; that code is not in the input",
          O("se suspende ibuprofeno.", "se suspende ibuprofeno (M01AE01).")),
    ],
)

S22 = scenario(
    "S22",
    setting="España, Complejo Asistencial Universitario de Salamanca, medicina interna; TEP bilateral y TVP poplítea izquierda; mujer de 66 años",
    style="prosa dictada",
    schema="objeto 'datos' con f_nac y f_ingreso; diagnósticos como lista de cadenas 'CÓDIGO texto'; tratamiento con el ATC dentro del texto; decisión negativa (fibrinólisis)",
    input={
        "hospital": "Complejo Asistencial Universitario de Salamanca",
        "servicio": "Medicina Interna",
        "datos": {"sexo": "mujer", "f_nac": "1957-06-30", "f_ingreso": "2024-02-19"},
        "motivo": "disnea súbita y dolor pleurítico derecho; edema y dolor en pierna izquierda de 5 días",
        "factores_riesgo": "inmovilización por fractura de tobillo izquierdo hace 4 semanas",
        "constantes": {"SatO2": "89% basal", "FC": "112 lpm", "TA": "134/82 mmHg"},
        "pruebas": {
            "angioTC": "defectos de repleción en arterias lobares y segmentarias de ambos pulmones, sin dilatación de ventrículo derecho",
            "eco_doppler": "trombosis venosa profunda poplítea y femoral superficial izquierda",
            "dimero_D": "4.850 ng/mL", "troponina": "normal", "NT-proBNP": "310 pg/mL"},
        "PESIs": 1,
        "diagnosticos": ["I26.9 Tromboembolismo pulmonar sin cor pulmonale agudo",
                         "I80.2 Trombosis venosa profunda de miembro inferior izquierdo"],
        "tratamiento": {
            "hospitalario": "enoxaparina (B01AB05) 1 mg/kg cada 12 horas SC",
            "alta": "apixabán (B01AF02) 10 mg cada 12 horas 7 días y después 5 mg cada 12 horas, mínimo 3 meses"},
        "decision": "no se indicó fibrinólisis por estabilidad hemodinámica",
        "evolucion": "SatO2 96% basal al alta, mejoría del edema",
        "estancia": "6 días",
        "seguimiento": "consulta de enfermedad tromboembólica en 1 mes; medias de compresión",
    },
    output=("Ingresa por disnea súbita y dolor pleurítico derecho, con edema y dolor en la pierna izquierda de 5 días, en "
            "una mujer de 66 años inmovilizada por fractura de tobillo izquierdo hace 4 semanas. Presenta SatO2 basal del "
            "89%, FC 112 lpm y TA 134/82 mmHg. La angioTC muestra defectos de repleción en arterias lobares y "
            "segmentarias de ambos pulmones sin dilatación del ventrículo derecho, y la eco-Doppler confirma trombosis "
            "venosa profunda poplítea y femoral superficial izquierda; dímero D 4.850 ng/mL, troponina normal, NT-proBNP "
            "310 pg/mL y PESIs de 1. Se diagnostica tromboembolismo pulmonar sin cor pulmonale agudo (I26.9) y trombosis "
            "venosa profunda de miembro inferior izquierdo (I80.2). No se indicó fibrinólisis por estabilidad "
            "hemodinámica y se anticoaguló con enoxaparina (B01AB05) 1 mg/kg cada 12 horas SC. Al alta, tras 6 días, "
            "presenta SatO2 basal del 96% y mejoría del edema; se pauta apixabán (B01AF02) 10 mg cada 12 horas durante 7 "
            "días y después 5 mg cada 12 horas un mínimo de 3 meses, con medias de compresión y consulta de enfermedad "
            "tromboembólica en 1 mes."),
    note="base: clean; age 66 follows from f_nac 1957-06-30 and f_ingreso 2024-02-19 (birthday not yet reached); right-sided pleuritic pain with left leg DVT, both as in the input; fibrinólisis only as not indicated",
    variants=[
        T("abbreviations: TEP = tromboembolismo pulmonar, TVP = trombosis venosa profunda",
          O("Se diagnostica tromboembolismo pulmonar sin cor pulmonale agudo (I26.9) y trombosis venosa profunda de miembro inferior izquierdo (I80.2).",
            "Se diagnostica TEP sin cor pulmonale agudo (I26.9) y TVP de miembro inferior izquierdo (I80.2).")),
        T("brand name: Clexane = enoxaparina, same code",
          O("se anticoaguló con enoxaparina (B01AB05)", "se anticoaguló con Clexane (B01AB05)")),
        T("age in words, consistent with the dates (66)",
          O("una mujer de 66 años", "una mujer de sesenta y seis años")),
        P("HAL004", "side contradicts the input: DVT in the left leg, output says right for the popliteal/femoral thrombosis",
          O("poplítea y femoral superficial izquierda", "poplítea y femoral superficial derecha")),
        P(["DEM001", "HAL002"], "birth date in the input changed to 1947-06-30 (76 years at admission); the output's 66 contradicts it (DEM001) and is neither written in nor derivable from the input (HAL002)",
          I("1957-06-30", "1947-06-30")),
        P("HAL003", "frequency contradicts the input for apixabán loading (cada 12 horas in the input, once a day in the output)",
          O("apixabán (B01AF02) 10 mg cada 12 horas durante 7", "apixabán (B01AF02) 10 mg una vez al día durante 7")),
        P("HAL001", "drug/procedure not in the input and against it: fibrinólisis con alteplasa given (the input says not indicated)",
          O("No se indicó fibrinólisis por estabilidad hemodinámica y se anticoaguló", "Se administró fibrinólisis con alteplasa y se anticoaguló")),
        P("COD001", "two CIE-10 codes share one parenthesis",
          O("sin cor pulmonale agudo (I26.9) y trombosis venosa profunda de miembro inferior izquierdo (I80.2).",
            "sin cor pulmonale agudo y trombosis venosa profunda de miembro inferior izquierdo (I26.9, I80.2).")),
        P("REP001", "a sentence repeated verbatim",
          O("TA 134/82 mmHg. La angioTC", "TA 134/82 mmHg. Presenta SatO2 basal del 89%, FC 112 lpm y TA 134/82 mmHg. La angioTC")),
    ],
)

S23 = scenario(
    "S23",
    setting="España, Hospital Universitario Miguel Servet (Zaragoza), cirugía general; diverticulitis de sigma con absceso y drenaje percutáneo; hombre de 55 años",
    style="prosa dictada",
    schema="objeto anidado; sexo 'hombre'; clave 'CIE-10' y 'ATC' en mayúsculas con guion; antibioterapia con días",
    input={
        "hospital": "Hospital Universitario Miguel Servet, Zaragoza",
        "servicio": "Cirugía General y del Aparato Digestivo",
        "paciente": {"sexo": "hombre", "edad": 55, "IMC": 31},
        "motivo_ingreso": "dolor en fosa ilíaca izquierda de 4 días con fiebre de 38,7 °C",
        "analitica": {"leucocitos": "17.900/µL", "PCR": "24,6 mg/dL", "creatinina": "0,8 mg/dL"},
        "TC_abdominal": "diverticulitis aguda de sigma con absceso pericólico de 5,5 cm (Hinchey Ib)",
        "diagnosticos": [{"CIE-10": "K57.2", "descripcion": "Diverticulitis del intestino grueso con perforación y absceso"}],
        "procedimientos": ["drenaje percutáneo del absceso guiado por TC con catéter pigtail 10 F",
                           "retirada del drenaje al día 6 tras TC de control sin colección"],
        "antibioterapia": [
            {"ATC": "J01CR05", "farmaco": "Piperacilina-tazobactam", "dosis": "4/0,5 g cada 8 horas IV", "dias": 6},
            {"ATC": "J01CR02", "farmaco": "Amoxicilina-ácido clavulánico", "dosis": "875/125 mg cada 8 horas VO", "dias": 8}],
        "cultivo_absceso": "Escherichia coli sensible a amoxicilina-clavulánico",
        "estancia": "7 días",
        "plan": "colonoscopia en 6-8 semanas; valoración de sigmoidectomía electiva en consulta",
    },
    output=("Ingresa por dolor en fosa ilíaca izquierda de 4 días de evolución y fiebre de 38,7 °C en un hombre de 55 años "
            "con IMC de 31. Analítica con leucocitos 17.900/µL, PCR 24,6 mg/dL y creatinina 0,8 mg/dL. La TC abdominal "
            "muestra diverticulitis aguda de sigma con absceso pericólico de 5,5 cm, Hinchey Ib, y se diagnostica "
            "diverticulitis del intestino grueso con perforación y absceso (K57.2). Se realiza drenaje percutáneo del "
            "absceso guiado por TC con catéter pigtail 10 F y se inicia piperacilina-tazobactam (J01CR05) 4/0,5 g cada 8 "
            "horas IV durante 6 días. El cultivo del absceso aísla Escherichia coli sensible a amoxicilina-clavulánico. "
            "El drenaje se retira al día 6 tras TC de control sin colección. Alta a los 7 días con amoxicilina-ácido "
            "clavulánico (J01CR02) 875/125 mg cada 8 horas VO durante 8 días, colonoscopia en 6-8 semanas y valoración de "
            "sigmoidectomía electiva en consulta."),
    note="base: clean; sigmoidectomía appears only as a future assessment, as in the input",
    variants=[
        T("negation: no urgent surgery was needed; not a claim of surgery",
          O("y se inicia piperacilina-tazobactam (J01CR05)", "y, sin necesidad de cirugía urgente, se inicia piperacilina-tazobactam (J01CR05)")),
        T("synonym/abbreviation: E. coli = Escherichia coli; decimal point instead of comma (38.7)",
          O("aísla Escherichia coli", "aísla E. coli"), O("fiebre de 38,7 °C", "fiebre de 38.7 °C")),
        T("finding supported by the input's own values: leucocitosis from leucocitos 17.900/µL",
          O("Analítica con leucocitos 17.900/µL", "Analítica con leucocitosis de 17.900/µL")),
        P("HAL004", "side contradicts the input: pain in the left iliac fossa, output says right",
          O("dolor en fosa ilíaca izquierda", "dolor en fosa ilíaca derecha")),
        P("DEM001", "sex contradicts the input (hombre)",
          O("en un hombre de 55 años", "en una mujer de 55 años")),
        P("HAL003", "route contradicts the input for amoxicilina-clavulánico (VO in the input, IV in the output)",
          O("875/125 mg cada 8 horas VO", "875/125 mg cada 8 horas IV")),
        P("HAL001", "procedure/device not in the input: PICC",
          O("catéter pigtail 10 F y se inicia", "catéter pigtail 10 F, se coloca un PICC y se inicia")),
        P("COD007", "code changed in both input and output to K57.7, well-formed but not an ICD-10 code; label unchanged",
          I("K57.2", "K57.7"), O("(K57.2)", "(K57.7)")),
        P("FMT002", "plan turned into a bullet list",
          O("colonoscopia en 6-8 semanas y valoración de sigmoidectomía electiva en consulta.",
            "plan:\n* colonoscopia en 6-8 semanas\n* valoración de sigmoidectomía electiva en consulta")),
        P("COD002", "CIE-10 code R50.9 attached to 'fiebre'; the code does not occur in the input",
          O("y fiebre de 38,7 °C", "y fiebre (R50.9) de 38,7 °C")),
    ],
)

S24 = scenario(
    "S24",
    setting="España, Hospital Universitario de Badajoz, traumatología; infección precoz de prótesis de cadera derecha con DAIR; mujer de 79 años",
    style="prosa dictada",
    schema="objeto anidado; sexo 'F'; antecedente sin código (hipertensión) junto a antecedentes codificados; antibioterapia con duración",
    input={
        "hospital": "Hospital Universitario de Badajoz",
        "servicio": "Cirugía Ortopédica y Traumatología",
        "paciente": {"sexo": "F", "edad": 79},
        "motivo": "dolor, eritema y supuración de la herida quirúrgica de cadera derecha a las 3 semanas de artroplastia total",
        "antecedentes": [{"cie10": "M16.1", "nombre": "Coxartrosis primaria unilateral"},
                         {"cie10": "E03.9", "nombre": "Hipotiroidismo"},
                         {"nombre": "Hipertensión arterial controlada con dieta"}],
        "medicacion_habitual": [{"atc": "H03AA01", "nombre": "Levotiroxina", "dosis": "75 µg al día", "via": "oral"}],
        "analitica": {"PCR": "11,2 mg/dL", "VSG": "78 mm/h", "leucocitos": "12.300/µL"},
        "diagnostico": {"cie10": "T84.5", "nombre": "Infección de prótesis articular de cadera"},
        "cirugia": "desbridamiento, recambio de componentes móviles y retención del implante (DAIR) de cadera derecha",
        "cultivos": "Staphylococcus aureus sensible a meticilina en 4 de 5 muestras intraoperatorias",
        "antibioterapia": [
            {"atc": "J01CF02", "nombre": "Cloxacilina", "dosis": "2 g cada 4 horas", "via": "intravenosa", "duracion": "14 días"},
            {"atc": "J01MA12", "nombre": "Levofloxacino", "dosis": "750 mg cada 24 horas", "via": "oral", "duracion": "hasta completar 12 semanas"}],
        "evolucion": "herida seca, PCR 1,8 mg/dL al alta, deambulación con andador",
        "dias_ingreso": 16,
        "alta": "control en consulta de infección osteoarticular en 2 semanas; analítica semanal",
    },
    output=("Ingresa por dolor, eritema y supuración de la herida quirúrgica de la cadera derecha a las 3 semanas de una "
            "artroplastia total por coxartrosis primaria unilateral (M16.1), en una mujer de 79 años con hipotiroidismo "
            "(E03.9) en tratamiento con levotiroxina (H03AA01) 75 µg al día e hipertensión arterial controlada con dieta. "
            "Analítica con PCR 11,2 mg/dL, VSG 78 mm/h y leucocitos 12.300/µL. Con el diagnóstico de infección de "
            "prótesis articular de cadera (T84.5) se realiza desbridamiento, recambio de componentes móviles y retención "
            "del implante (DAIR) de la cadera derecha. Los cultivos intraoperatorios aíslan Staphylococcus aureus "
            "sensible a meticilina en 4 de 5 muestras. Recibe cloxacilina (J01CF02) 2 g cada 4 horas intravenosa durante "
            "14 días y después levofloxacino (J01MA12) 750 mg cada 24 horas por vía oral hasta completar 12 semanas. Al "
            "alta, tras 16 días de ingreso, la herida está seca, la PCR es de 1,8 mg/dL y deambula con andador. Control "
            "en consulta de infección osteoarticular en 2 semanas con analítica semanal."),
    variants=[
        T("brand name: Eutirox = levotiroxina, same code; mcg = µg",
          O("levotiroxina (H03AA01) 75 µg al día", "Eutirox (H03AA01) 75 mcg al día")),
        T("abbreviation of the organism added in parentheses (SAMS); not a code",
          O("sensible a meticilina en 4 de 5 muestras", "sensible a meticilina (SAMS) en 4 de 5 muestras")),
        P("HAL004", "side contradicts the input: DAIR of the right hip, output says left",
          O("(DAIR) de la cadera derecha", "(DAIR) de la cadera izquierda")),
        P(["DEM001", "HAL002"], "age contradicts the input (79): output says 97 (DEM001); 97 appears nowhere in the input (HAL002)",
          O("en una mujer de 79 años", "en una mujer de 97 años")),
        P("DEM001", "sex contradicts the input (F)",
          O("en una mujer de 79 años", "en un varón de 79 años")),
        P("HAL003", "route contradicts the input for cloxacilina (intravenosa in the input, oral in the output)",
          O("cloxacilina (J01CF02) 2 g cada 4 horas intravenosa", "cloxacilina (J01CF02) 2 g cada 4 horas por vía oral")),
        P("CLN001", "donepezilo (N06DA02) added to input and output; no dementia among the input's diagnoses",
          I("{\"atc\": \"H03AA01\", \"nombre\": \"Levotiroxina\", \"dosis\": \"75 µg al día\", \"via\": \"oral\"}",
            "{\"atc\": \"H03AA01\", \"nombre\": \"Levotiroxina\", \"dosis\": \"75 µg al día\", \"via\": \"oral\"}, {\"atc\": \"N06DA02\", \"nombre\": \"Donepezilo\", \"dosis\": \"5 mg al día\", \"via\": \"oral\"}"),
          O("levotiroxina (H03AA01) 75 µg al día e", "levotiroxina (H03AA01) 75 µg al día y donepezilo (N06DA02) 5 mg al día, e")),
        P("COD002", "CIE-10 code I10 attached to the hypertension that the input lists without any code",
          O("e hipertensión arterial controlada con dieta", "e hipertensión arterial (I10) controlada con dieta")),
        T("dose and frequency in an equivalent form: 2 g = 2000 mg, c/4h = cada 4 horas, IV = intravenosa",
          O("cloxacilina (J01CF02) 2 g cada 4 horas intravenosa", "cloxacilina (J01CF02) 2000 mg c/4h IV")),
    ],
)

SCENARIOS = [S19, S20, S21, S22, S23, S24]
