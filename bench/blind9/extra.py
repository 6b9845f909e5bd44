# -*- coding: utf-8 -*-
"""Escenarios adicionales (medicina interna, cirugia, obstetricia, pediatria: servicios de mas egresos)."""

EXTRA = []

# E1 Medicina interna, Argentina, input en texto libre
EXTRA.append(dict(key="itu_arg", svc="medicina interna", input=(
    "Mujer de 84 años, institucionalizada, con demencia vascular (F01.9). Consulta en guardia por fiebre de 38,7 °C, "
    "desorientación y disuria de 2 días. Lab: leucocitos 15.100, creatinina 1,5 mg/dL. Urocultivo: Klebsiella pneumoniae "
    "sensible a ceftriaxona. Dx de egreso: N39.0 Infección de vías urinarias, sitio no especificado. "
    "Tratamiento: ceftriaxona (J01DD04) 1 g EV cada 24 horas por 7 días. Internación 7 días."),
    out="Ingresa por fiebre de 38,7 °C, desorientación y disuria de 2 días en mujer de 84 años institucionalizada, con demencia vascular (F01.9). En el laboratorio presenta leucocitos 15.100 y creatinina 1,5 mg/dL, y el urocultivo desarrolla Klebsiella pneumoniae sensible a ceftriaxona, por lo que se diagnostica infección de vías urinarias, sitio no especificado (N39.0). Recibe ceftriaxona (J01DD04) 1 g EV cada 24 horas por 7 días, con buena respuesta clínica, resolución del síndrome confusional y normalización de la temperatura. Se jerarquiza la hidratación y la movilización precoz. Tras 7 días de internación se otorga el egreso a su residencia con control por médico de cabecera.",
    dem=("en mujer de 84 años", "en varón de 84 años"),
    hal1=("Se jerarquiza la hidratación", "Se coloca sonda vesical y se jerarquiza la hidratación"),
    hal2=("creatinina 1,5 mg/dL", "creatinina 2,3 mg/dL"),
    hal3=("ceftriaxona (J01DD04) 1 g EV cada 24 horas", "ceftriaxona (J01DD04) 2 g EV cada 24 horas"),
    neg="Se descartó bacteriemia con hemocultivos negativos.",
    syn=("infección de vías urinarias, sitio no especificado (N39.0)", "ITU (N39.0)"),
    bogus=("N39.0", "N39.5"),
))
EXTRA[-1]["input"] += " Hemocultivos negativos."

# E2 Medicina interna, Mexico, DM2 descompensada con fechas
EXTRA.append(dict(key="dm_mex", svc="medicina interna", input={
    "paciente": {"genero": "Femenino", "fecha_de_nacimiento": "1962-07-20"},
    "fecha_de_ingreso": "2024-11-05",
    "servicio": "Medicina Interna, HGR 1",
    "padecimiento": "poliuria, polidipsia y astenia de 10 días, glucosa capilar 'HI'",
    "laboratorio": {"glucosa": "498 mg/dL", "HbA1c": "12,4%", "osmolaridad": "318 mOsm/kg", "pH": "7,36"},
    "diagnosticos": [{"cve": "E11.0", "nom": "Diabetes mellitus tipo 2 con coma hiperosmolar"}, {"cve": "I10", "nom": "Hipertensión arterial sistémica"}],
    "tratamiento": [{"cve": "A10AB01", "nom": "insulina de acción rápida", "dosis": "infusión 0,1 UI/kg/h"},
                    {"cve": "A10AE04", "nom": "insulina glargina", "dosis": "22 UI SC cada 24 horas"},
                    {"cve": "C09AA02", "nom": "enalapril", "dosis": "10 mg VO cada 12 horas"}]},
    out="Ingresa por poliuria, polidipsia y astenia de 10 días en femenina de sesenta y dos años con hipertensión arterial sistémica (I10), con glucosa de 498 mg/dL, osmolaridad de 318 mOsm/kg y pH 7,36, sin cetosis significativa. Se integra diabetes mellitus tipo 2 con coma hiperosmolar (E11.0), estado hiperosmolar con somnolencia sin coma franco. Se maneja con hidratación intravenosa e infusión de insulina de acción rápida (A10AB01) a 0,1 UI/kg/h, con descenso gradual de la glucosa. HbA1c de 12,4%. Se transiciona a insulina glargina (A10AE04) 22 UI SC cada 24 horas y continúa enalapril (C09AA02) 10 mg VO cada 12 horas. Egresa con glucómetro, educación en diabetes y cita en consulta externa.",
    dem=("en femenina de sesenta y dos años", "en femenina de cincuenta y dos años"),
    hal1=("Se maneja con hidratación intravenosa", "Se maneja con hidratación intravenosa, bicarbonato"),
    hal2=("HbA1c de 12,4%", "HbA1c de 13,1%"),
    hal3=("insulina glargina (A10AE04) 22 UI SC cada 24 horas", "insulina glargina (A10AE04) 22 UI SC cada 12 horas"),
    neg="No se usaron hipoglucemiantes orales durante la estancia.",
    syn=("insulina de acción rápida (A10AB01)", "insulina rápida (A10AB01)"),
    bogus=None,
    note_clean="Trampa limpia: edad en palabras (62) concordante con fechas de nacimiento e ingreso.",
))
EXTRA[-1]["input"]["nota"] = "somnolencia sin coma franco; cetonas negativas"

# E3 Cirugia, Colombia, filas de tabla
EXTRA.append(dict(key="colecist_col", svc="cirugia", input=[
    {"seccion": "paciente", "dato": "sexo", "valor": "femenino"},
    {"seccion": "paciente", "dato": "edad", "valor": "51 años"},
    {"seccion": "ingreso", "dato": "motivo", "valor": "dolor en hipocondrio derecho de 36 horas, fiebre, signo de Murphy positivo"},
    {"seccion": "paraclinicos", "dato": "leucocitos", "valor": "15.600"},
    {"seccion": "imagen", "dato": "ecografía", "valor": "vesícula de pared engrosada 6 mm con cálculo impactado en el bacinete"},
    {"seccion": "diagnostico", "dato": "K80.0", "valor": "Cálculo de la vesícula biliar con colecistitis aguda"},
    {"seccion": "procedimiento", "dato": "cirugía", "valor": "colecistectomía laparoscópica"},
    {"seccion": "medicamento", "dato": "J01CR01", "valor": "ampicilina/sulbactam 3 g IV cada 6 horas"},
    {"seccion": "medicamento", "dato": "N02BB02", "valor": "dipirona 1 g IV cada 8 horas"}],
    out="Ingresa por dolor en hipocondrio derecho de 36 horas, fiebre y signo de Murphy positivo en paciente femenina de 51 años. Paraclínicos con leucocitos de 15.600 y ecografía con vesícula de pared engrosada de 6 mm y cálculo impactado en el bacinete, configurando cálculo de la vesícula biliar con colecistitis aguda (K80.0). Se inicia ampicilina/sulbactam (J01CR01) 3 g IV cada 6 horas y dipirona (N02BB02) 1 g IV cada 8 horas para analgesia, y se realiza colecistectomía laparoscópica sin complicaciones. Evoluciona afebril, tolerando dieta y con heridas limpias. Se da egreso con recomendaciones, incapacidad médica y control por consulta externa de cirugía general con reporte de patología.",
    dem=("paciente femenina de 51 años", "paciente masculino de 51 años"),
    hal1=("se realiza colecistectomía laparoscópica sin complicaciones", "se realiza colangiopancreatografía retrógrada y colecistectomía laparoscópica sin complicaciones"),
    hal2=("leucocitos de 15.600", "leucocitos de 18.200"),
    hal3=("ampicilina/sulbactam (J01CR01) 3 g IV cada 6 horas", "ampicilina/sulbactam (J01CR01) 3 g IV cada 8 horas"),
    hal4=("dolor en hipocondrio derecho", "dolor en hipocondrio izquierdo"),
    neg="No se requirió conversión a cirugía abierta.",
    syn=("dipirona (N02BB02)", "metamizol (N02BB02)"),
    bogus=None,
))

# E4 Obstetricia, Peru (aborto incompleto)
EXTRA.append(dict(key="aborto_peru", svc="obstetricia", input={
    "paciente": {"sexo": "F", "edad": 26},
    "servicio": "Gineco-Obstetricia",
    "motivo": "sangrado vaginal abundante con coágulos y dolor pélvico, gestación de 9 semanas por FUR",
    "ecografia": "restos endocavitarios de 18 mm",
    "hemoglobina": "10,6 g/dL", "grupo": "O Rh positivo",
    "dx": [{"cie10": "O03.4", "desc": "Aborto espontáneo incompleto, sin complicación"}],
    "proc": "aspiración manual endouterina (AMEU)",
    "tto": [{"atc": "G02AD06", "desc": "misoprostol", "dosis": "400 mcg sublingual"},
            {"atc": "J01FA09", "desc": "claritromicina", "dosis": "no"}]},
    out="Ingresa por sangrado vaginal abundante con coágulos y dolor pélvico, con gestación de 9 semanas por FUR, en paciente de 26 años. La ecografía muestra restos endocavitarios de 18 mm, con hemoglobina de 10,6 g/dL y grupo O Rh positivo, diagnosticándose aborto espontáneo incompleto, sin complicación (O03.4). Se administra misoprostol (G02AD06) 400 mcg sublingual para preparación cervical y se realiza aspiración manual endouterina (AMEU) sin incidentes, con sangrado escaso posterior. Se brinda consejería en planificación familiar. Se da alta médica con sulfato ferroso, signos de alarma y control por consultorio externo de ginecología en 7 días.",
    dem=("en paciente de 26 años", "en paciente de 26 años, varón,"),
    hal1=("Se brinda consejería en planificación familiar.", "Se brinda consejería en planificación familiar y se coloca DIU."),
    hal2=("restos endocavitarios de 18 mm", "restos endocavitarios de 22 mm"),
    hal3=("misoprostol (G02AD06) 400 mcg sublingual", "misoprostol (G02AD06) 400 mcg vía oral"),
    neg="No requirió transfusión ni inmunoglobulina anti-D por ser Rh positivo.",
    syn=("aspiración manual endouterina (AMEU)", "AMEU"),
    bogus=None,
))
# sin claritromicina: reemplazar la fila por sulfato ferroso sin codigo y control 7 dias
EXTRA[-1]["input"]["tto"][1] = {"desc": "sulfato ferroso", "dosis": "1 tableta diaria"}
EXTRA[-1]["input"]["control"] = "7 días"

# E5 Pediatria, Mexico (neumonia, fechas)
EXTRA.append(dict(key="nac_ped_mex", svc="pediatria", input={
    "paciente": {"sexo": "masculino", "fecha_nacimiento": "2019-05-02"},
    "fecha_ingreso": "2024-08-14",
    "servicio": "Pediatría",
    "padecimiento": "fiebre de 39 °C, tos y quejido de 3 días",
    "rx": "consolidación basal izquierda",
    "lab": {"leucocitos": "19.300", "PCR": "12 mg/dL", "SatO2": "92%"},
    "dx": [{"cie10": "J18.1", "desc": "Neumonía lobar, no especificada"}],
    "tx": [{"atc": "J01CA04", "nombre": "amoxicilina", "dosis": "90 mg/kg/día VO cada 12 horas"},
           {"atc": "J01CE01", "nombre": "penicilina G sódica", "dosis": "200.000 UI/kg/día IV cada 6 horas"}],
    "estancia": "4 días"},
    out="Ingresa por fiebre de 39 °C, tos y quejido de 3 días en preescolar masculino de cinco años. A su llegada con SatO2 92%, leucocitos 19.300 y PCR 12 mg/dL; la radiografía muestra consolidación basal izquierda, integrándose neumonía lobar, no especificada (J18.1). Se inicia penicilina G sódica (J01CE01) 200.000 UI/kg/día IV cada 6 horas con oxígeno suplementario, con defervescencia a las 48 horas y mejoría del trabajo respiratorio. Tras 4 días de estancia se cambia a amoxicilina (J01CA04) 90 mg/kg/día VO cada 12 horas hasta completar esquema. Se egresa con signos de alarma explicados a la mamá y cita en consulta externa de pediatría.",
    dem=("en preescolar masculino de cinco años", "en preescolar femenina de cinco años"),
    hal1=("con oxígeno suplementario,", "con oxígeno suplementario y nebulizaciones con salbutamol,"),
    hal2=("leucocitos 19.300", "leucocitos 21.400"),
    hal3=("amoxicilina (J01CA04) 90 mg/kg/día VO cada 12 horas", "amoxicilina (J01CA04) 90 mg/kg/día VO cada 6 horas"),
    hal4=("consolidación basal izquierda", "consolidación basal derecha"),
    neg="No hubo derrame pleural en el ultrasonido.",
    syn=("penicilina G sódica (J01CE01)", "PGSC (J01CE01)"),
    bogus=None,
    note_clean="Trampa limpia: edad en palabras (5 años) concordante con fechas; neumonía basal izquierda como en el input.",
))
EXTRA[-1]["input"]["evolucion"] = "afebril a las 48 horas con oxígeno suplementario; ultrasonido sin derrame pleural"

_PLAN = {"dm_mex": "hidratación intravenosa; educación en diabetes",
         "aborto_peru": "consejería en planificación familiar"}
for _sc in EXTRA:
    if _sc["key"] in _PLAN:
        _sc["input"]["plan"] = _PLAN[_sc["key"]]

# E6 Urgencias, Espana: nota escueta de clinico
EXTRA.append(dict(key="fa_esp", svc="urgencias", input={
    "paciente": {"sexo": "varón", "edad": 62},
    "ubicacion": "Urgencias - Unidad de Corta Estancia",
    "motivo": "palpitaciones de 6 h de evolución",
    "antecedentes": [{"cie": "I10", "txt": "HTA"}],
    "ecg": "FA con respuesta ventricular rápida a 142 lpm",
    "CHA2DS2-VASc": 1,
    "diagnostico_principal": {"cie": "I48.0", "txt": "Fibrilación auricular paroxística"},
    "procedimiento": "cardioversión eléctrica sincronizada con 150 J, paso a ritmo sinusal",
    "tratamiento": [{"atc": "C07AB07", "txt": "bisoprolol", "pauta": "2,5 mg cada 24 h"},
                    {"atc": "B01AF03", "txt": "edoxabán", "pauta": "60 mg cada 24 h"}],
    "analitica": "TSH 1,9, K 4,3"},
    out="Ingresa por palpitaciones de 6 h de evolución. Varón de 62 años con HTA (I10). ECG: FA con respuesta ventricular rápida a 142 lpm. Analítica con TSH 1,9 y K 4,3. CHA2DS2-VASc 1. Juicio clínico: fibrilación auricular paroxística (I48.0) de menos de 48 h, por lo que se realiza cardioversión eléctrica sincronizada con 150 J con paso a ritmo sinusal, sin incidencias. Se inicia edoxabán (B01AF03) 60 mg cada 24 h y bisoprolol (C07AB07) 2,5 mg cada 24 h. Asintomático a su salida de la unidad. Alta a domicilio. Control por MAP y derivación a consultas externas de cardiología y arritmias. Reconsultar si palpitaciones mantenidas, dolor torácico o síncope.",
    dem=("Varón de 62 años", "Mujer de 62 años"),
    hal1=("sin incidencias.", "sin incidencias, tras sedación con propofol."),
    hal2=("a 142 lpm", "a 156 lpm"),
    hal3=("edoxabán (B01AF03) 60 mg cada 24 h", "edoxabán (B01AF03) 60 mg cada 6 h"),
    neg="No precisa amiodarona.",
    syn=("cardioversión eléctrica sincronizada", "CVE sincronizada"),
    bogus=("I48.0", "I48.7"),
))
EXTRA[-1]["input"]["nota"] = "inicio menor de 48 h; asintomático al alta"

# E7 Medicina interna, Peru: estilo de modelo fine-tuned
EXTRA.append(dict(key="dengue_peru", svc="medicina interna", input={
    "paciente": {"sexo": "Femenino", "edad": 31},
    "servicio": "Medicina Interna",
    "motivo_consulta": {"sintomas": ["fiebre", "dolor abdominal intenso", "vómitos persistentes"], "tiempo_evolucion": "5 días"},
    "antecedentes": [],
    "examenes": {"plaquetas": "42.000", "hematocrito": "46%", "NS1": "positivo"},
    "diagnosticos": [{"codigo": "A97.1", "nombre": "Dengue con signos de alarma", "tipo": "principal"}],
    "tratamiento": [{"codigo": "N02BE01", "nombre": "Paracetamol", "dosis": "1 g cada 8 horas", "via": "oral"},
                    {"codigo": "B05BB01", "nombre": "Cloruro de sodio 0,9%", "dosis": "según balance hídrico", "via": "endovenosa"}],
    "evolucion": ["plaquetas en ascenso", "tolerancia oral adecuada", "sin sangrado"],
    "dias_hospitalizacion": 4},
    out="Ingresa por fiebre, dolor abdominal intenso y vómitos persistentes de 5 días de evolución, diagnosticándose dengue con signos de alarma (A97.1) en paciente de sexo femenino de 31 años, sin antecedentes. En el laboratorio destaca plaquetas de 42.000, hematocrito de 46% y NS1 positivo. Se indica paracetamol (N02BE01) 1 g cada 8 horas vía oral y cloruro de sodio 0,9% (B05BB01) endovenoso según balance hídrico. Durante la hospitalización presenta plaquetas en ascenso, tolerancia oral adecuada y sin sangrado. Alta luego de 4 días de hospitalización en buenas condiciones generales, con control en consultorio externo y signos de alarma explicados.",
    dem=("en paciente de sexo femenino de 31 años", "en paciente de sexo masculino de 31 años"),
    hal1=("sin antecedentes.", "con antecedente de diabetes mellitus."),
    hal2=("hematocrito de 46%", "hematocrito de 52%"),
    hal3=("paracetamol (N02BE01) 1 g cada 8 horas vía oral", "paracetamol (N02BE01) 1 g cada 4 horas vía oral"),
    neg="No se administró ácido acetilsalicílico ni antiinflamatorios.",
    syn=("paracetamol (N02BE01)", "acetaminofén (N02BE01)"),
    bogus=None,
))

# E8 Infectologia, Colombia: meningitis
EXTRA.append(dict(key="mening_col", svc="infectologia", input={
    "Paciente": {"Sexo": "Masculino", "Edad": 45},
    "Servicio": "Medicina Interna - Infectología",
    "Enfermedad actual": "cefalea holocraneana intensa, fiebre y rigidez nucal de 2 días",
    "Puncion lumbar": "LCR turbio, 1.850 células con 90% neutrófilos, glucosa 18 mg/dL, Gram con diplococos grampositivos",
    "Diagnosticos": [{"CIE10": "G00.1", "Nombre": "Meningitis neumocócica"}],
    "Medicamentos": [{"ATC": "J01DD04", "Nombre": "Ceftriaxona", "Dosis": "2 g IV cada 12 horas por 14 días"},
                     {"ATC": "J01XA01", "Nombre": "Vancomicina", "Dosis": "15 mg/kg IV cada 8 horas"},
                     {"ATC": "H02AB02", "Nombre": "Dexametasona", "Dosis": "10 mg IV cada 6 horas por 4 días"}],
    "TAC de craneo": "sin lesiones"},
    out="Ingresa por cefalea holocraneana intensa, fiebre y rigidez nucal de 2 días en hombre de 45 años. TAC de cráneo sin lesiones, y la punción lumbar muestra LCR turbio con 1.850 células, 90% neutrófilos, glucosa de 18 mg/dL y Gram con diplococos grampositivos, confirmándose meningitis neumocócica (G00.1). Se inicia dexametasona (H02AB02) 10 mg IV cada 6 horas por 4 días antes del antibiótico, ceftriaxona (J01DD04) 2 g IV cada 12 horas por 14 días y vancomicina (J01XA01) 15 mg/kg IV cada 8 horas hasta antibiograma. Evoluciona sin déficit neurológico focal ni convulsiones. Completa esquema y se da egreso con control por consulta externa de infectología y audiometría ambulatoria.",
    dem=("en hombre de 45 años", "en mujer de 45 años"),
    hal1=("Evoluciona sin déficit neurológico focal", "Requiere fenitoína y evoluciona sin déficit neurológico focal"),
    hal2=("glucosa de 18 mg/dL", "glucosa de 25 mg/dL"),
    hal3=("ceftriaxona (J01DD04) 2 g IV cada 12 horas", "ceftriaxona (J01DD04) 2 g IV cada 24 horas"),
    neg="No se documentaron convulsiones ni hipoacusia al egreso.",
    syn=("vancomicina (J01XA01)", "vanco (J01XA01)"),
    bogus=("G00.1", "G00.4"),
))
EXTRA[-1]["input"]["Plan"] = "audiometría ambulatoria; vancomicina hasta antibiograma; 24 horas afebril"

# E9 Dermatologia, Argentina: SJS por alopurinol (farmaco causal suspendido)
EXTRA.append(dict(key="sjs_arg", svc="dermatologia", input={
    "paciente": {"sexo": "F", "edad": 58},
    "servicio": "Dermatología",
    "motivo": "lesiones en diana atípicas, ampollas y erosiones en mucosa oral y conjuntival de 3 días",
    "antecedentes": "inicio de alopurinol 3 semanas antes por hiperuricemia asintomática, suspendido al ingreso",
    "superficie_despegamiento": "8%",
    "dx": [{"cie10": "L51.1", "desc": "Eritema multiforme ampolloso (síndrome de Stevens-Johnson)"}],
    "tto": [{"atc": "L04AD01", "desc": "ciclosporina", "dosis": "3 mg/kg/día vía oral"}],
    "interconsultas": "oftalmología: conjuntivitis sin úlcera corneal",
    "dias": 10},
    out="Ingresa por lesiones en diana atípicas, ampollas y erosiones en mucosa oral y conjuntival de 3 días en paciente de 58 años que había iniciado alopurinol 3 semanas antes por hiperuricemia asintomática. Se diagnostica síndrome de Stevens-Johnson, eritema multiforme ampolloso (L51.1), con despegamiento del 8% de la superficie corporal. Se suspende el alopurinol y se indica ciclosporina (L04AD01) 3 mg/kg/día vía oral, curaciones con apósitos no adherentes y cuidados de mucosas. Oftalmología constata conjuntivitis sin úlcera corneal. Evoluciona con reepitelización progresiva, sin sobreinfección. Tras 10 días de internación se otorga el egreso, contraindicándose de por vida el alopurinol, con control por consultorio de dermatología.",
    dem=("en paciente de 58 años que había iniciado", "en paciente varón de 58 años que había iniciado"),
    hal1=("curaciones con apósitos no adherentes", "inmunoglobulina endovenosa, curaciones con apósitos no adherentes"),
    hal2=("despegamiento del 8%", "despegamiento del 12%"),
    hal3=("ciclosporina (L04AD01) 3 mg/kg/día vía oral", "ciclosporina (L04AD01) 3 mg/kg/día endovenosa"),
    neg=None,
    syn=("síndrome de Stevens-Johnson", "SSJ"),
    bogus=("L51.1", "L51.6"),
    note_clean="Trampa limpia: alopurinol suspendido y contraindicado (fármaco causal, no tratamiento); no es CLN001.",
))
EXTRA[-1]["input"]["cuidados"] = "curaciones con apósitos no adherentes, cuidados de mucosas"
