"""Cases 1-20: geriatría, hematología, infectología, gastro, endocrino, derma, ORL, oftalmo, psiquiatría, gineco, vascular, quemados, reumato, pediatría, neonatología, UCI."""
from lib import Base

# 1 Geriatría: delirium por ITU
b = Base(
    {"paciente": {"sexo": "Femenino", "edad": 86}, "servicio": "Geriatría",
     "motivo_consulta": {"sintomas": ["confusión aguda", "agitación nocturna", "disuria"], "tiempo_evolucion": "3 días"},
     "antecedentes": [{"codigo": "F03", "nombre": "Demencia"}, {"codigo": "I10", "nombre": "Hipertensión arterial"}],
     "medicamentos_habituales": [{"codigo": "C09AA02", "nombre": "Enalapril", "dosis": "10 mg cada 12 horas", "via": "oral"}],
     "examenes": {"leucocitos": "13.800/uL", "PCR": "86 mg/L", "creatinina": "1,1 mg/dL", "urocultivo": "E. coli sensible a cefalosporinas"},
     "diagnosticos": [{"codigo": "N39.0", "nombre": "Infección urinaria", "tipo": "principal"},
                      {"codigo": "F05.1", "nombre": "Delirium superpuesto a demencia", "tipo": "secundario"}],
     "tratamiento": [{"codigo": "J01DD04", "nombre": "Ceftriaxona", "dosis": "1 g cada 24 horas", "via": "endovenosa"},
                     {"codigo": "N05AD01", "nombre": "Haloperidol", "dosis": "0,5 mg cada noche", "via": "oral"}],
     "evolucion": ["resolución del delirium al cuarto día", "afebril desde las 48 horas"], "dias_hospitalizacion": 6,
     "tratamiento_alta": [{"codigo": "J01DC02", "nombre": "Cefuroximo", "dosis": "500 mg cada 12 horas", "via": "oral", "duracion": "4 días"}],
     "indicaciones_alta": ["medidas no farmacológicas antidelirium", "control en policlínico de geriatría en 2 semanas"]},
    "Ingresa por confusión aguda, agitación nocturna y disuria de 3 días de evolución en paciente de 86 años, con antecedentes de demencia (F03) e hipertensión arterial (I10), usuaria de enalapril (C09AA02) 10 mg c/12h VO. Laboratorio con leucocitosis de 13.800/uL, PCR 86 mg/L y creatinina 1,1 mg/dL; urocultivo positivo a E. coli sensible a cefalosporinas. Se diagnostica infección urinaria (N39.0) con delirium superpuesto a demencia (F05.1). Se trata con ceftriaxona (J01DD04) 1 g c/24h EV y haloperidol (N05AD01) 0,5 mg VO cada noche. Evoluciona afebril desde las 48 horas, con resolución del delirium al cuarto día. Se otorga alta tras 6 días de hospitalización, con cefuroximo (J01DC02) 500 mg c/12h VO por 4 días, medidas no farmacológicas antidelirium y control en policlínico de geriatría en 2 semanas.",
    "Limpio: 'leucocitosis' está respaldada por 13.800/uL del input; c/12h y c/24h equivalen a cada 12/24 horas.")
b.var([("usuaria de enalapril", "usuario de enalapril")], "DEM001", "Concordancia masculina ('usuario') en paciente de sexo femenino.")
b.var([("cefuroximo (J01DC02) 500 mg c/12h VO", "cefuroximo (J01DC02) 500 mg c/24h VO")], "HAL003", "Cefuroximo c/24h cuando el input da cada 12 horas; el 24 existe en el input pero es de la ceftriaxona.")
b.var([("Evoluciona afebril", "Se instala sonda Foley por retención urinaria. Evoluciona afebril")], "HAL001", "Sonda Foley y retención urinaria ausentes del input.")
b.var([("infección urinaria (N39.0)", "infección urinaria (N39.5)")], "COD007", "N39.5 no existe en CIE-10; el input trae el mismo código erróneo (no es COD002).",
      inp_edit=lambda i: i["diagnosticos"][0].update(codigo="N39.5"))

# 2 Hematología: anemia ferropénica por úlcera
b = Base(
    {"paciente": {"sexo": "Masculino", "edad": 58}, "servicio": "Medicina Interna - Hematología",
     "motivo_consulta": {"sintomas": ["astenia", "disnea de esfuerzo", "melena"], "tiempo_evolucion": "2 semanas"},
     "antecedentes": [{"codigo": "M19.9", "nombre": "Artrosis"}],
     "medicamentos_habituales": [{"nombre": "Ibuprofeno", "dosis": "400 mg cada 8 horas", "via": "oral", "nota": "automedicado"}],
     "examenes": {"hemoglobina": "6,1 g/dL", "VCM": "68 fL", "ferritina": "4 ng/mL", "plaquetas": "412.000/uL"},
     "estudios": [{"nombre": "Endoscopia digestiva alta", "resultado": "úlcera gástrica antral Forrest III"}],
     "diagnosticos": [{"codigo": "D50.0", "nombre": "Anemia ferropénica por pérdida crónica de sangre", "tipo": "principal"},
                      {"codigo": "K25.4", "nombre": "Úlcera gástrica crónica con hemorragia", "tipo": "secundario"}],
     "procedimientos": ["Transfusión de 2 unidades de glóbulos rojos"],
     "tratamiento": [{"codigo": "A02BC02", "nombre": "Pantoprazol", "dosis": "40 mg cada 12 horas", "via": "endovenosa"},
                     {"codigo": "B03AC02", "nombre": "Hierro sacarato", "dosis": "200 mg en días alternos", "via": "endovenosa"}],
     "evolucion": ["sin nueva melena", "hemoglobina de control 8,4 g/dL"], "dias_hospitalizacion": 4,
     "tratamiento_alta": [{"codigo": "A02BC02", "nombre": "Pantoprazol", "dosis": "40 mg cada 24 horas", "via": "oral"},
                          {"nombre": "Sulfato ferroso", "dosis": "200 mg al día", "via": "oral"}],
     "indicaciones_alta": ["suspender AINEs", "control con hemograma en 2 semanas"]},
    "Ingresa por astenia, disnea de esfuerzo y melena de 2 semanas de evolución en hombre de 58 años con antecedente de artrosis (M19.9), automedicado con ibuprofeno 400 mg c/8h VO. Laboratorio con hemoglobina 6,1 g/dL, VCM 68 fL, ferritina 4 ng/mL y plaquetas 412.000/uL. La EDA muestra úlcera gástrica antral Forrest III. Se diagnostica anemia ferropénica por pérdida crónica de sangre (D50.0) secundaria a úlcera gástrica crónica con hemorragia (K25.4). Se transfunden 2 unidades de glóbulos rojos y se inicia pantoprazol (A02BC02) 40 mg c/12h EV e hierro sacarato (B03AC02) 200 mg EV en días alternos. Evoluciona sin nueva melena y con hemoglobina de control de 8,4 g/dL. Alta al cuarto día con pantoprazol 40 mg/día VO, sulfato ferroso 200 mg/día VO, suspensión de AINEs y control con hemograma en 2 semanas.",
    "Limpio: EDA = endoscopia digestiva alta del input; pantoprazol 40 mg/día equivale a cada 24 horas al alta.")
b.var([], "HAL001", "La transfusión de 2 unidades no figura en el input (se quitó de procedimientos).",
      inp_edit=lambda i: i.update(procedimientos=[]))
b.var([("hemoglobina de control de 8,4 g/dL", "hemoglobina de control de 9,1 g/dL")], "HAL002", "Hemoglobina de control 9,1 no está en el input (8,4).")
b.var([("sulfato ferroso 200 mg/día VO", "sulfato ferroso (B03AA07) 200 mg/día VO")], "COD004", "B03AA07 es el ATC correcto del sulfato ferroso, pero el input no trae ese código.")

# 3 Infectología: celulitis de pierna izquierda
b = Base(
    {"paciente": {"sexo": "F", "edad": 63}, "servicio": "Infectología",
     "motivo_consulta": {"sintomas": ["eritema, calor y dolor en pierna izquierda", "fiebre 38,6 °C"], "tiempo_evolucion": "4 días"},
     "antecedentes": [{"codigo": "E11.9", "nombre": "Diabetes mellitus tipo 2"}, {"codigo": "E66.9", "nombre": "Obesidad"}],
     "medicamentos_habituales": [{"codigo": "A10BA02", "nombre": "Metformina", "dosis": "850 mg cada 12 horas", "via": "oral"}],
     "signos_vitales": {"T": "38,6 °C", "FC": "104 lpm", "PA": "128/76 mmHg"},
     "examenes": {"leucocitos": "15.200/uL", "PCR": "142 mg/L", "glicemia": "246 mg/dL"},
     "estudios": [{"nombre": "Ecografía de partes blandas pierna izquierda", "resultado": "edema celular subcutáneo sin colección"}],
     "diagnosticos": [{"codigo": "L03.1", "nombre": "Celulitis de pierna izquierda", "tipo": "principal"}],
     "tratamiento": [{"codigo": "J01CR02", "nombre": "Amoxicilina/ácido clavulánico", "dosis": "1 g cada 8 horas", "via": "endovenosa"},
                     {"codigo": "A10AE04", "nombre": "Insulina glargina", "dosis": "14 UI en la noche", "via": "subcutánea"}],
     "evolucion": ["disminución del eritema", "afebril a las 72 horas"], "dias_hospitalizacion": 5,
     "tratamiento_alta": [{"codigo": "J01CR02", "nombre": "Amoxicilina/ácido clavulánico", "dosis": "875/125 mg cada 12 horas", "via": "oral", "duracion": "7 días"}],
     "indicaciones_alta": ["reposo con pierna elevada", "control glicémico", "control en APS en 7 días"]},
    "Ingresa por eritema, calor y dolor en pierna izquierda de 4 días de evolución, asociado a fiebre de 38,6 °C, en mujer de 63 años con DM2 (E11.9) y obesidad (E66.9), usuaria de metformina (A10BA02) 850 mg c/12h VO. Al ingreso FC 104 lpm y PA 128/76 mmHg. Laboratorio con leucocitos 15.200/uL, PCR 142 mg/L y glicemia 246 mg/dL. Ecografía de partes blandas de pierna izquierda con edema celular subcutáneo sin colección. Se diagnostica celulitis de pierna izquierda (L03.1) y se trata con amoxicilina/ácido clavulánico (J01CR02) 1 g c/8h EV e insulina glargina (A10AE04) 14 UI SC en la noche. Evoluciona con disminución del eritema, afebril a las 72 horas. Alta al quinto día con amoxicilina/ácido clavulánico 875/125 mg c/12h VO por 7 días, reposo con pierna elevada, control glicémico y control en APS en 7 días.",
    "Limpio: DM2 abrevia 'Diabetes mellitus tipo 2' del input; sexo 'F' = mujer.")
b.var([("celulitis de pierna izquierda (L03.1)", "celulitis de pierna derecha (L03.1)")], "HAL004", "Celulitis de pierna derecha; el input dice izquierda.")
b.var([("en mujer de 63 años", "en hombre de 63 años")], "DEM001", "Hombre cuando el input dice sexo F.")
b.var([("DM2 (E11.9)", "DM2 E11.9")], "COD001", "E11.9 escrito fuera de paréntesis.")

# 4 Gastro/cirugía: pancreatitis aguda biliar
b = Base(
    {"paciente": {"sexo": "Femenino", "edad": 41}, "servicio": "Cirugía General",
     "motivo_consulta": {"sintomas": ["dolor epigástrico en cinturón", "vómitos"], "tiempo_evolucion": "12 horas"},
     "antecedentes": [{"codigo": "K80.2", "nombre": "Colelitiasis"}], "medicamentos_habituales": [],
     "examenes": {"lipasa": "3.450 U/L", "bilirrubina total": "3,2 mg/dL", "GGT": "412 U/L", "PCR a las 48 horas": "118 mg/L"},
     "estudios": [{"nombre": "Ecografía abdominal", "resultado": "colelitiasis múltiple, colédoco de 9 mm"}],
     "diagnosticos": [{"codigo": "K85.1", "nombre": "Pancreatitis aguda biliar", "tipo": "principal"}],
     "procedimientos": ["Colangiopancreatografía retrógrada endoscópica con papilotomía", "Colecistectomía laparoscópica"],
     "tratamiento": [{"nombre": "Ringer lactato", "dosis": "250 ml/h", "via": "endovenosa"},
                     {"codigo": "N02AX02", "nombre": "Tramadol", "dosis": "50 mg cada 8 horas", "via": "endovenosa"}],
     "evolucion": ["realimentación oral al tercer día bien tolerada", "sin complicaciones postoperatorias"], "dias_hospitalizacion": 7,
     "tratamiento_alta": [{"codigo": "N02BE01", "nombre": "Paracetamol", "dosis": "1 g cada 8 horas", "via": "oral"}],
     "indicaciones_alta": ["régimen hipograso", "control en policlínico de cirugía en 10 días"]},
    "Ingresa por dolor epigástrico en cinturón y vómitos de 12 horas de evolución en mujer de 41 años con antecedente de colelitiasis (K80.2). Laboratorio con lipasa 3.450 U/L, bilirrubina total 3,2 mg/dL y GGT 412 U/L, con PCR a las 48 horas de 118 mg/L. Ecografía abdominal con colelitiasis múltiple y colédoco de 9 mm. Se diagnostica pancreatitis aguda biliar (K85.1) y se maneja con hidratación con Ringer lactato 250 ml/h EV y tramadol (N02AX02) 50 mg c/8h EV. Se realiza CPRE con papilotomía y posteriormente colecistectomía laparoscópica, sin complicaciones postoperatorias. Se realimenta al tercer día con buena tolerancia. Alta al séptimo día de hospitalización con paracetamol (N02BE01) 1 g c/8h VO, régimen hipograso y control en policlínico de cirugía en 10 días.",
    "Limpio (trampa): CPRE es la abreviatura de la colangiopancreatografía retrógrada endoscópica del input.")
b.var([("Se realimenta al tercer día", "Se instala SNG a caída libre por vómitos persistentes. Se realimenta al tercer día")], "HAL001", "SNG no figura en el input.")
b.var([("Se diagnostica pancreatitis aguda biliar (K85.1)", "Se diagnostica **pancreatitis aguda biliar** (K85.1)")], "FMT002", "Negrita markdown.")
b.var([("pancreatitis aguda biliar (K85.1)", "pancreatitis aguda biliar K85.1")], "COD001", "K85.1 sin paréntesis.")

# 5 Endocrino/UCI: cetoacidosis diabética
b = Base(
    {"paciente": {"sexo": "Masculino", "edad": 19}, "servicio": "UCI / Endocrinología",
     "motivo_consulta": {"sintomas": ["poliuria", "vómitos", "dolor abdominal", "respiración de Kussmaul"], "tiempo_evolucion": "2 días"},
     "antecedentes": [{"codigo": "E10.9", "nombre": "Diabetes mellitus tipo 1"}],
     "medicamentos_habituales": [{"codigo": "A10AE04", "nombre": "Insulina glargina", "dosis": "22 UI en la noche", "via": "subcutánea"},
                                 {"codigo": "A10AB05", "nombre": "Insulina aspártica", "dosis": "según conteo de carbohidratos", "via": "subcutánea"}],
     "factor_desencadenante": "omisión de insulina basal",
     "examenes": {"glicemia": "512 mg/dL", "pH": "7,08", "bicarbonato": "6 mEq/L", "anion gap": "26", "cetonemia": "positiva", "potasio": "5,6 mEq/L"},
     "diagnosticos": [{"codigo": "E10.1", "nombre": "Diabetes mellitus tipo 1 con cetoacidosis", "tipo": "principal"}],
     "tratamiento": [{"nombre": "Suero fisiológico", "dosis": "1.000 ml en la primera hora", "via": "endovenosa"},
                     {"codigo": "A10AB01", "nombre": "Insulina cristalina", "dosis": "infusión continua 0,1 UI/kg/h", "via": "endovenosa"},
                     {"nombre": "Cloruro de potasio", "dosis": "20 mEq por litro de suero", "via": "endovenosa"}],
     "evolucion": ["cierre del anion gap a las 18 horas", "transición a esquema basal-bolo"], "dias_hospitalizacion": 4,
     "tratamiento_alta": [{"codigo": "A10AE04", "nombre": "Insulina glargina", "dosis": "22 UI en la noche", "via": "subcutánea"},
                          {"codigo": "A10AB05", "nombre": "Insulina aspártica", "dosis": "según conteo de carbohidratos", "via": "subcutánea"}],
     "indicaciones_alta": ["reeducación en insulinoterapia", "control con diabetología en 1 semana"]},
    "Ingresa por poliuria, vómitos, dolor abdominal y respiración de Kussmaul de 2 días de evolución en varón de 19 años con diabetes mellitus tipo 1 (E10.9), usuario de insulina glargina (A10AE04) 22 UI SC nocturna e insulina aspártica (A10AB05) según conteo de carbohidratos, desencadenado por omisión de insulina basal. Gases con pH 7,08, bicarbonato 6 mEq/L y anion gap 26; glicemia 512 mg/dL, cetonemia positiva y potasio 5,6 mEq/L. Se diagnostica cetoacidosis diabética (E10.1) y se maneja en UCI con suero fisiológico 1.000 ml en la primera hora, infusión continua de insulina cristalina (A10AB01) a 0,1 UI/kg/h EV y cloruro de potasio 20 mEq por litro de suero. Cierre del anion gap a las 18 horas, con transición a esquema basal-bolo. Alta al cuarto día con su esquema habitual, reeducación en insulinoterapia y control con diabetología en 1 semana.",
    "Limpio: 'cetoacidosis diabética' nombra E10.1 (DM1 con cetoacidosis); 'nocturna' = en la noche.")
b.var([("insulina glargina (A10AE04) 22 UI SC nocturna", "insulina glargina (A10AE04) 22 UI EV nocturna")], "HAL003", "Glargina por vía EV; el input la da subcutánea.")
b.var([("en varón de 19 años", "en varón de 26 años")], "DEM001", "Edad 26 (el 26 del input es el anion gap); el input dice 19 años.")
b.var([("diabetes mellitus tipo 1 (E10.9)", "diabetes mellitus tipo 1 (E10.1)"), ("cetoacidosis diabética (E10.1)", "cetoacidosis diabética (E10.9)")], "COD005", "Códigos E10.9 y E10.1 intercambiados entre sus términos.")

# 6 Dermatología: herpes zóster torácico derecho en LLC
b = Base(
    {"paciente": {"sexo": "Femenino", "edad": 74}, "servicio": "Dermatología",
     "motivo_consulta": {"sintomas": ["dolor urente en hemitórax derecho", "vesículas agrupadas en dermatoma T6 derecho"], "tiempo_evolucion": "3 días"},
     "antecedentes": [{"codigo": "C91.1", "nombre": "Leucemia linfática crónica"}],
     "medicamentos_habituales": [{"codigo": "L01EL01", "nombre": "Ibrutinib", "dosis": "420 mg al día", "via": "oral"}],
     "diagnosticos": [{"codigo": "B02.9", "nombre": "Herpes zóster torácico derecho"}],
     "tratamiento": [{"codigo": "J05AB01", "nombre": "Aciclovir", "dosis": "10 mg/kg cada 8 horas", "via": "endovenosa"},
                     {"codigo": "N03AX16", "nombre": "Pregabalina", "dosis": "75 mg cada 12 horas", "via": "oral"}],
     "indicaciones_hospitalarias": ["suspensión transitoria de ibrutinib según hematología"],
     "evolucion": ["sin nuevas lesiones", "costras al quinto día", "dolor controlado"], "dias_hospitalizacion": 6,
     "tratamiento_alta": [{"codigo": "J05AB11", "nombre": "Valaciclovir", "dosis": "1 g cada 8 horas hasta completar 7 días", "via": "oral"},
                          {"codigo": "N03AX16", "nombre": "Pregabalina", "dosis": "75 mg cada 12 horas", "via": "oral"}],
     "indicaciones_alta": ["reinicio de ibrutinib según hematología", "control en dermatología en 1 semana"]},
    "Ingresa por dolor urente en hemitórax derecho y vesículas agrupadas en dermatoma T6 derecho de 3 días de evolución en mujer de 74 años con leucemia linfática crónica (C91.1) en tratamiento con ibrutinib (L01EL01) 420 mg/día VO. Se diagnostica herpes zóster torácico derecho (B02.9) y se inicia aciclovir (J05AB01) 10 mg/kg c/8h EV más pregabalina (N03AX16) 75 mg c/12h VO. Se suspende transitoriamente ibrutinib según hematología. Evoluciona sin nuevas lesiones, con costras al quinto día y dolor controlado. Alta tras 6 días de hospitalización con valaciclovir (J05AB11) 1 g c/8h VO hasta completar 7 días, pregabalina 75 mg c/12h VO, reinicio de ibrutinib según hematología y control en dermatología en 1 semana.",
    "Limpio: pregabalina para dolor neuropático del zóster es indicación plausible; T6 es dermatoma, no código.")

# 7 ORL: absceso periamigdalino izquierdo
b = Base(
    {"paciente": {"sexo": "Masculino", "edad": 27}, "servicio": "Otorrinolaringología",
     "motivo_consulta": {"sintomas": ["odinofagia intensa", "trismus", "voz de papa caliente", "fiebre"], "tiempo_evolucion": "5 días"},
     "antecedentes": [], "examen_fisico": ["abombamiento del pilar amigdalino izquierdo", "desviación de úvula a derecha"],
     "examenes": {"leucocitos": "17.400/uL", "PCR": "96 mg/L"},
     "diagnosticos": [{"codigo": "J36", "nombre": "Absceso periamigdalino izquierdo"}],
     "procedimientos": ["Punción y drenaje de absceso periamigdalino izquierdo bajo anestesia local"],
     "tratamiento": [{"codigo": "J01CR02", "nombre": "Amoxicilina/ácido clavulánico", "dosis": "1 g cada 8 horas", "via": "endovenosa"},
                     {"codigo": "H02AB02", "nombre": "Dexametasona", "dosis": "8 mg dosis única", "via": "endovenosa"}],
     "evolucion": ["mejoría de trismus", "tolera régimen blando"], "dias_hospitalizacion": 3,
     "tratamiento_alta": [{"codigo": "J01CR02", "nombre": "Amoxicilina/ácido clavulánico", "dosis": "875/125 mg cada 12 horas", "via": "oral", "duracion": "10 días"}],
     "indicaciones_alta": ["régimen blando frío", "control ORL en 5 días"]},
    "Ingresa por odinofagia intensa, trismus, voz de papa caliente y fiebre de 5 días de evolución en hombre de 27 años sin antecedentes mórbidos. Al examen destaca abombamiento del pilar amigdalino izquierdo con desviación de la úvula hacia la derecha. Laboratorio con leucocitos 17.400/uL y PCR 96 mg/L. Se diagnostica absceso periamigdalino izquierdo (J36), realizándose punción y drenaje bajo anestesia local. Recibe amoxicilina/ácido clavulánico (J01CR02) 1 g c/8h EV y dexametasona (H02AB02) 8 mg EV en dosis única. Evoluciona con mejoría del trismus y buena tolerancia a régimen blando. Alta al tercer día con amoxicilina/ácido clavulánico 875/125 mg c/12h VO por 10 días, régimen blando frío y control ORL en 5 días.",
    "Limpio (trampa): la úvula desviada 'hacia la derecha' coincide con el input aunque el absceso es izquierdo.")
b.var([("absceso periamigdalino izquierdo (J36)", "absceso periamigdalino derecho (J36)")], "HAL004", "Absceso derecho; el input dice izquierdo.")
b.var([("Ingresa por odinofagia", "Paciente ingresa por odinofagia")], "FMT001", "Empieza con 'Paciente ingresa por'.")

# 8 Oftalmología: desprendimiento de retina OD
b = Base(
    {"paciente": {"sexo": "Masculino", "edad": 61}, "servicio": "Oftalmología",
     "motivo_consulta": {"sintomas": ["miodesopsias", "fotopsias", "cortina en campo visual superior del ojo derecho"], "tiempo_evolucion": "4 días"},
     "antecedentes": [{"codigo": "H52.1", "nombre": "Miopía alta"}, {"codigo": "E11.9", "nombre": "Diabetes mellitus tipo 2"}],
     "medicamentos_habituales": [{"codigo": "A10BA02", "nombre": "Metformina", "dosis": "1.000 mg cada 12 horas", "via": "oral"}],
     "examen_fisico": ["agudeza visual OD cuenta dedos a 1 metro", "agudeza visual OI 0,8"],
     "diagnosticos": [{"codigo": "H33.0", "nombre": "Desprendimiento de retina regmatógeno del ojo derecho"}],
     "procedimientos": ["Vitrectomía posterior vía pars plana ojo derecho con endoláser y gas SF6"],
     "tratamiento_alta": [{"codigo": "S01CA01", "nombre": "Dexametasona/tobramicina colirio", "dosis": "1 gota cada 6 horas", "via": "oftálmica", "duracion": "3 semanas"},
                          {"codigo": "S01FA04", "nombre": "Ciclopentolato colirio", "dosis": "1 gota cada 12 horas", "via": "oftálmica"}],
     "dias_hospitalizacion": 2,
     "indicaciones_alta": ["posición boca abajo 50 minutos de cada hora por 7 días", "no viajar en avión", "control en 24 horas"]},
    "Ingresa por miodesopsias, fotopsias y sensación de cortina en el campo visual superior del ojo derecho de 4 días de evolución, en hombre de 61 años con miopía alta (H52.1) y DM2 (E11.9), usuario de metformina (A10BA02) 1.000 mg c/12h VO. Agudeza visual OD cuenta dedos a 1 metro y OI 0,8. Se diagnostica desprendimiento de retina regmatógeno del ojo derecho (H33.0) y se realiza VPP del OD con endoláser y gas SF6, sin incidentes. Se indica dexametasona/tobramicina colirio (S01CA01) 1 gota c/6h por 3 semanas y ciclopentolato colirio (S01FA04) 1 gota c/12h. Alta al segundo día con posición boca abajo 50 minutos de cada hora por 7 días, prohibición de viajar en avión y control en 24 horas.",
    "Limpio (trampa): VPP = vitrectomía vía pars plana y OD = ojo derecho, presentes en el input.")
b.var([("se realiza VPP del OD", "se realiza VPP del ojo izquierdo")], "HAL004", "Vitrectomía del ojo izquierdo; el input dice ojo derecho.")
b.var([("y OI 0,8", "y OI 0,5")], "HAL002", "Agudeza visual OI 0,5 no está en el input (0,8).")
b.var([("miopía alta (H52.1)", "miopía alta")], "COD006", "H52.1 del input no aparece en el output.")

# 9 Psiquiatría: intoxicación por BZD en depresión
b = Base(
    {"paciente": {"sexo": "Masculino", "edad": 34}, "servicio": "Psiquiatría",
     "motivo_consulta": "ingesta voluntaria de 20 comprimidos de clonazepam 2 mg, traído por su madre",
     "antecedentes": [{"codigo": "F33.1", "nombre": "Trastorno depresivo recurrente, episodio moderado"}],
     "medicamentos_habituales": [{"codigo": "N06AB06", "nombre": "Sertralina", "dosis": "50 mg al día", "via": "oral"},
                                 {"codigo": "N03AE01", "nombre": "Clonazepam", "dosis": "2 mg en la noche", "via": "oral"}],
     "examenes": {"paracetamolemia": "negativa", "etanol": "negativo", "ECG": "QTc 430 ms"},
     "diagnosticos": [{"codigo": "F33.2", "nombre": "Trastorno depresivo recurrente, episodio actual grave sin síntomas psicóticos"},
                      {"codigo": "T42.4", "nombre": "Intoxicación por benzodiazepinas"}],
     "tratamiento": [{"codigo": "V03AB25", "nombre": "Flumazenil", "dosis": "0,2 mg", "via": "endovenosa"},
                     {"codigo": "N06AB06", "nombre": "Sertralina", "dosis": "100 mg al día", "via": "oral"},
                     {"codigo": "N05AH04", "nombre": "Quetiapina", "dosis": "25 mg en la noche", "via": "oral"}],
     "evolucion": ["recupera conciencia a las 6 horas", "sin ideación suicida activa al alta", "buena adherencia a terapia"],
     "dias_hospitalizacion": 12,
     "indicaciones_alta": ["suspender clonazepam", "custodia de fármacos por familiar", "control en COSAM en 7 días"]},
    "Ingresa por ingesta voluntaria de 20 comprimidos de clonazepam (N03AE01) de 2 mg en hombre de 34 años, traído por su madre, con trastorno depresivo recurrente, episodio moderado (F33.1), en tratamiento con sertralina (N06AB06) 50 mg/día VO. Se diagnostica intoxicación por benzodiazepinas (T42.4), con etanol y paracetamolemia negativos y QTc 430 ms en el ECG. Recibe flumazenil (V03AB25) 0,2 mg EV y recupera conciencia a las 6 horas. Evaluado por psiquiatría, se diagnostica trastorno depresivo recurrente, episodio actual grave sin síntomas psicóticos (F33.2), por lo que se hospitaliza, se aumenta sertralina a 100 mg/día VO y se agrega quetiapina (N05AH04) 25 mg VO en la noche. Sin ideación suicida activa al alta y con buena adherencia a terapia. Alta tras 12 días, con suspensión de clonazepam, custodia de fármacos por un familiar y control en COSAM en 7 días.",
    "Limpio (trampa): 'su madre' es otra persona; el paciente es varón ('traído', 'Evaluado').")
b.var([("Evaluado por psiquiatría", "Evaluada por psiquiatría")], "DEM001", "Concordancia femenina ('Evaluada') en paciente masculino.")
b.var([("quetiapina (N05AH04) 25 mg VO en la noche", "quetiapina (N05AH04) 25 mg VO c/12h")], "HAL003", "Quetiapina c/12h; el input la da en la noche (12 solo son los días de estadía).")
b.var([], "COD002", "F33.1 figura en el output, pero el input trae el antecedente sin código.",
      inp_edit=lambda i: i["antecedentes"][0].pop("codigo"))

# 10 Ginecología: embarazo tubario derecho
b = Base(
    {"paciente": {"sexo": "Femenino", "edad": 29}, "servicio": "Ginecología",
     "motivo_consulta": {"sintomas": ["dolor en fosa ilíaca derecha", "metrorragia escasa", "amenorrea de 7 semanas"], "tiempo_evolucion": "1 día"},
     "antecedentes": [{"codigo": "N70.1", "nombre": "Enfermedad inflamatoria pélvica crónica"}],
     "examenes": {"beta-hCG": "2.860 mUI/ml", "hemoglobina": "10,9 g/dL"}, "grupo_rh": "O Rh negativo",
     "estudios": [{"nombre": "Ecografía transvaginal", "resultado": "masa anexial derecha con anillo tubario, líquido libre escaso en Douglas"}],
     "diagnosticos": [{"codigo": "O00.1", "nombre": "Embarazo tubario derecho"}],
     "procedimientos": ["Salpingectomía derecha laparoscópica"],
     "tratamiento": [{"codigo": "N02BE01", "nombre": "Paracetamol", "dosis": "1 g cada 8 horas", "via": "endovenosa"},
                     {"codigo": "J06BB01", "nombre": "Inmunoglobulina anti-D", "dosis": "300 mcg", "via": "intramuscular"}],
     "evolucion": ["sin requerimiento transfusional", "hemoglobina postoperatoria 10,1 g/dL", "dolor controlado"],
     "dias_hospitalizacion": 2,
     "tratamiento_alta": [{"codigo": "N02BE01", "nombre": "Paracetamol", "dosis": "1 g cada 8 horas", "via": "oral"}],
     "indicaciones_alta": ["reposo relativo por 7 días", "control de beta-hCG en 1 semana"]},
    "Ingresa por dolor en fosa ilíaca derecha, metrorragia escasa y amenorrea de 7 semanas, de 1 día de evolución, en mujer de 29 años con antecedente de enfermedad inflamatoria pélvica crónica (N70.1). Beta-hCG 2.860 mUI/ml y hemoglobina 10,9 g/dL. La ecografía transvaginal muestra masa anexial derecha con anillo tubario y líquido libre escaso en Douglas. Con diagnóstico de embarazo tubario derecho (O00.1) se realiza salpingectomía derecha laparoscópica, sin requerimiento transfusional, con hemoglobina postoperatoria de 10,1 g/dL. Por grupo O Rh negativo recibe inmunoglobulina anti-D (J06BB01) 300 mcg IM. Analgesia con paracetamol (N02BE01) 1 g c/8h EV con dolor controlado. Alta al segundo día con paracetamol 1 g c/8h VO, reposo relativo por 7 días y control de beta-hCG en 1 semana.",
    "Limpio (trampa): 'sin requerimiento transfusional' es una negación, no una transfusión.")
b.var([("se realiza salpingectomía derecha laparoscópica", "se realiza salpingectomía izquierda laparoscópica")], "HAL004", "Salpingectomía izquierda; el input dice derecha.")
b.var([("sin requerimiento transfusional, con", "requiriendo transfusión de glóbulos rojos, con")], "HAL001", "Transfusión afirmada; el input dice sin requerimiento transfusional.")

# 11 Cirugía vascular: osteomielitis de ortejo, amputación
b = Base(
    {"paciente": {"sexo": "Masculino", "edad": 67}, "servicio": "Cirugía Vascular",
     "motivo_consulta": {"sintomas": ["úlcera en segundo ortejo del pie izquierdo", "secreción purulenta", "fiebre"], "tiempo_evolucion": "10 días"},
     "antecedentes": [{"codigo": "E11.5", "nombre": "Diabetes mellitus tipo 2 con complicaciones circulatorias periféricas"},
                      {"codigo": "N18.3", "nombre": "Enfermedad renal crónica etapa 3"},
                      {"codigo": "I70.2", "nombre": "Enfermedad arterial periférica"}],
     "medicamentos_habituales": [{"codigo": "A10AE04", "nombre": "Insulina glargina", "dosis": "18 UI en la mañana", "via": "subcutánea"},
                                 {"codigo": "B01AC06", "nombre": "Ácido acetilsalicílico", "dosis": "100 mg al día", "via": "oral"},
                                 {"codigo": "C10AA05", "nombre": "Atorvastatina", "dosis": "40 mg en la noche", "via": "oral"}],
     "examenes": {"PCR": "210 mg/L", "creatinina": "1,8 mg/dL", "VHS": "78 mm/h", "cultivo": "Staphylococcus aureus meticilino sensible"},
     "estudios": [{"nombre": "Radiografía de pie izquierdo", "resultado": "osteolisis de falange proximal del segundo ortejo"}],
     "diagnosticos": [{"codigo": "M86.1", "nombre": "Osteomielitis aguda del segundo ortejo izquierdo"}],
     "procedimientos": ["Amputación del segundo ortejo del pie izquierdo"],
     "tratamiento": [{"codigo": "J01CR01", "nombre": "Ampicilina/sulbactam", "dosis": "3 g cada 6 horas", "via": "endovenosa"}],
     "dias_hospitalizacion": 9,
     "tratamiento_alta": [{"codigo": "J01CR02", "nombre": "Amoxicilina/ácido clavulánico", "dosis": "875/125 mg cada 12 horas por 14 días", "via": "oral"}],
     "indicaciones_alta": ["curaciones en APS"]},
    "Ingresa por úlcera en segundo ortejo del pie izquierdo con secreción purulenta y fiebre de 10 días de evolución, en hombre de 67 años con diabetes mellitus tipo 2 con complicaciones circulatorias periféricas (E11.5), enfermedad renal crónica etapa 3 (N18.3) y enfermedad arterial periférica (I70.2). Usuario de insulina glargina (A10AE04) 18 UI SC en la mañana, AAS (B01AC06) 100 mg/día y atorvastatina (C10AA05) 40 mg en la noche. PCR 210 mg/L, VHS 78 mm/h y creatinina 1,8 mg/dL. Radiografía del pie izquierdo con osteolisis de la falange proximal del segundo ortejo. Se diagnostica osteomielitis aguda del segundo ortejo izquierdo (M86.1), realizándose amputación del segundo ortejo izquierdo. Cultivo con Staphylococcus aureus meticilino sensible; recibe ampicilina/sulbactam (J01CR01) 3 g c/6h EV. Alta al noveno día con amoxicilina/ácido clavulánico (J01CR02) 875/125 mg c/12h VO por 14 días y curaciones en APS.",
    "Limpio (trampa): AAS abrevia ácido acetilsalicílico del input.")
b.var([("AAS (B01AC06) 100 mg/día", "AAS B01AC06 100 mg/día")], "COD003", "ATC B01AC06 sin paréntesis.")
b.var([("atorvastatina (C10AA05) 40 mg en la noche.", "atorvastatina (C10AA05) 40 mg en la noche y levotiroxina (H03AA01) 75 mcg/día.")], "CLN001",
      "Levotiroxina (en el input) sin hipotiroidismo ni otra indicación entre los diagnósticos.",
      inp_edit=lambda i: i["medicamentos_habituales"].append({"codigo": "H03AA01", "nombre": "Levotiroxina", "dosis": "75 mcg al día", "via": "oral"}))

# 12 Quemados: quemadura por llama
b = Base(
    {"paciente": {"sexo": "Masculino", "edad": 45}, "servicio": "Unidad de Quemados",
     "mecanismo": "llama directa por explosión de balón de gas",
     "lesiones": [{"zona": "brazo derecho", "profundidad": "AB (segundo grado profundo)"},
                  {"zona": "tórax anterior", "profundidad": "A (segundo grado superficial)"}],
     "superficie_corporal_quemada": "18%", "antecedentes": [],
     "examenes": {"hemoglobina": "15,8 g/dL", "CK": "840 U/L", "albúmina": "3,1 g/dL"},
     "diagnosticos": [{"codigo": "T22.2", "nombre": "Quemadura de segundo grado del hombro y miembro superior"},
                      {"codigo": "T21.2", "nombre": "Quemadura de segundo grado del tronco"}],
     "procedimientos": ["Aseo quirúrgico bajo anestesia general", "Injerto dermoepidérmico en brazo derecho"],
     "tratamiento": [{"nombre": "Ringer lactato según fórmula de Parkland"},
                     {"codigo": "N02AA01", "nombre": "Morfina", "dosis": "2 mg cada 4 horas", "via": "endovenosa"},
                     {"nombre": "Sulfadiazina de plata", "via": "tópica"}],
     "evolucion": ["prendimiento del injerto del 95%", "sin signos de infección"], "dias_hospitalizacion": 16,
     "tratamiento_alta": [{"codigo": "N02BE01", "nombre": "Paracetamol", "dosis": "1 g cada 8 horas", "via": "oral"}],
     "indicaciones_alta": ["prendas compresivas", "lubricación de cicatrices", "control en policlínico de quemados en 7 días"]},
    "Ingresa por quemaduras por llama directa tras explosión de balón de gas en hombre de 45 años sin antecedentes, con 18% de superficie corporal quemada: brazo derecho AB, segundo grado profundo, y tórax anterior A, segundo grado superficial. Se diagnostican quemadura de segundo grado del hombro y miembro superior (T22.2) y quemadura de segundo grado del tronco (T21.2). Reanimación con Ringer lactato según fórmula de Parkland y analgesia con morfina (N02AA01) 2 mg c/4h EV, con curaciones con sulfadiazina de plata. Laboratorio con hemoglobina 15,8 g/dL, CK 840 U/L y albúmina 3,1 g/dL. Se realiza aseo quirúrgico bajo anestesia general e injerto dermoepidérmico en brazo derecho, con prendimiento del 95% y sin signos de infección. Alta tras 16 días con paracetamol (N02BE01) 1 g c/8h VO, prendas compresivas, lubricación de cicatrices y control en policlínico de quemados en 7 días.",
    "Limpio: todo dato numérico (18%, 95%, dosis) está en el input.")
b.var([("Se realiza aseo quirúrgico bajo anestesia general", "Requiere intubación orotraqueal por injuria inhalatoria. Se realiza aseo quirúrgico bajo anestesia general")], "HAL001", "Intubación e injuria inhalatoria ausentes del input.")
b.var([("con 18% de superficie corporal quemada", "con 22% de superficie corporal quemada")], "HAL002", "22% de SCQ no está en el input (18%).")

# 13 Reumatología: crisis de gota en rodilla derecha
b = Base(
    {"paciente": {"sexo": "Masculino", "edad": 71}, "servicio": "Reumatología",
     "motivo_consulta": {"sintomas": ["dolor", "aumento de volumen", "calor en rodilla derecha"], "tiempo_evolucion": "2 días"},
     "antecedentes": [{"codigo": "M10.9", "nombre": "Gota"}, {"codigo": "N18.4", "nombre": "Enfermedad renal crónica etapa 4"},
                      {"codigo": "I10", "nombre": "Hipertensión arterial"}],
     "medicamentos_habituales": [{"codigo": "C08CA01", "nombre": "Amlodipino", "dosis": "10 mg al día", "via": "oral"}],
     "examenes": {"ácido úrico": "9,6 mg/dL", "creatinina": "2,9 mg/dL", "PCR": "88 mg/L"},
     "procedimientos": ["Artrocentesis de rodilla derecha: líquido inflamatorio con cristales de urato monosódico, Gram y cultivo negativos"],
     "diagnosticos": [{"codigo": "M10.0", "nombre": "Gota idiopática, crisis aguda de rodilla derecha"}],
     "contraindicaciones": ["AINEs contraindicados por enfermedad renal crónica"],
     "tratamiento": [{"codigo": "H02AB06", "nombre": "Prednisolona", "dosis": "30 mg al día", "via": "oral"},
                     {"codigo": "M04AC01", "nombre": "Colchicina", "dosis": "0,5 mg al día", "via": "oral"}],
     "evolucion": ["disminución del derrame", "deambula sin dolor"], "dias_hospitalizacion": 3,
     "tratamiento_alta": [{"codigo": "H02AB06", "nombre": "Prednisolona", "dosis": "30 mg al día con descenso en 10 días", "via": "oral"},
                          {"codigo": "M04AC01", "nombre": "Colchicina", "dosis": "0,5 mg al día", "via": "oral"}],
     "indicaciones_alta": ["iniciar alopurinol en control una vez resuelta la crisis", "control en reumatología en 4 semanas"]},
    "Ingresa por dolor, aumento de volumen y calor en rodilla derecha de 2 días de evolución en hombre de 71 años con gota (M10.9), enfermedad renal crónica etapa 4 (N18.4) e HTA (I10), usuario de amlodipino (C08CA01) 10 mg/día. Ácido úrico 9,6 mg/dL, creatinina 2,9 mg/dL y PCR 88 mg/L. Se realiza artrocentesis de rodilla derecha que obtiene líquido inflamatorio con cristales de urato monosódico, con Gram y cultivo negativos, descartándose artritis séptica. Se diagnostica gota idiopática con crisis aguda de rodilla derecha (M10.0). No se usan AINEs por su ERC; se trata con prednisolona (H02AB06) 30 mg/día VO y colchicina (M04AC01) 0,5 mg/día VO. Evoluciona con disminución del derrame y deambula sin dolor. Alta al tercer día con prednisolona en descenso en 10 días y colchicina, indicación de iniciar alopurinol en control una vez resuelta la crisis y control en reumatología en 4 semanas.",
    "Limpio (trampa): 'descartándose artritis séptica' y 'No se usan AINEs' son negaciones; alopurinol es indicación futura del input.")
b.var([("colchicina (M04AC01) 0,5 mg/día VO.", "colchicina (M04AC01) 0,5 mg/día VO, agregando tramadol para el dolor.")], "HAL001", "Tramadol no figura en el input.")
b.var([("en hombre de 71 años", "en hombre de 88 años")], "DEM001", "Edad 88 (el 88 del input es la PCR); el input dice 71.")
b.var([], "COD002", "I10 en el output, pero el input trae la HTA sin código.",
      inp_edit=lambda i: i["antecedentes"][2].pop("codigo"))

# 14 Pediatría: bronquiolitis VRS en lactante varón
b = Base(
    {"paciente": {"sexo": "Masculino", "edad": "4 meses", "peso": "6,2 kg"}, "acompanante": "madre", "servicio": "Pediatría",
     "motivo_consulta": {"sintomas": ["tos", "coriza", "dificultad respiratoria", "rechazo alimentario parcial"], "tiempo_evolucion": "3 días"},
     "antecedentes": ["Recién nacido de término, sin patología perinatal"],
     "signos_vitales": {"FR": "62 rpm", "SatO2": "89% ambiental", "T": "37,8 °C"}, "examenes": {"panel viral": "VRS positivo"},
     "diagnosticos": [{"codigo": "J21.0", "nombre": "Bronquiolitis aguda por virus respiratorio sincicial"}],
     "procedimientos": ["Oxigenoterapia por naricera hasta 1 L/min", "Aspiración de secreciones nasales"],
     "tratamiento": [{"nombre": "Suero fisiológico nasal"}],
     "evolucion": ["suspensión de oxígeno al cuarto día", "alimentación completa"], "dias_hospitalizacion": 5,
     "indicaciones_alta": ["aseo nasal con suero fisiológico", "signos de alarma", "control pediátrico en 48 horas"]},
    "Ingresa por tos, coriza, dificultad respiratoria y rechazo alimentario parcial de 3 días de evolución en lactante varón de 4 meses y 6,2 kg, recién nacido de término sin patología perinatal, traído por su madre. Al ingreso FR 62 rpm, SatO2 89% ambiental y T 37,8 °C. Panel viral positivo para VRS, diagnosticándose bronquiolitis aguda por virus respiratorio sincicial (J21.0). Se maneja con oxigenoterapia por naricera hasta 1 L/min, aspiración de secreciones nasales y aseo nasal con suero fisiológico, sin requerir ventilación no invasiva ni antibióticos. Se suspende el oxígeno al cuarto día y logra alimentación completa. Alta al quinto día con aseo nasal, educación en signos de alarma y control pediátrico en 48 horas.",
    "Limpio (trampa): 'su madre' es otra persona; 'sin requerir ventilación no invasiva ni antibióticos' es negación.")
b.var([("traído por su madre", "traída por su madre")], "DEM001", "Concordancia femenina ('traída') en lactante varón.")
b.var([("en lactante varón de 4 meses", "en lactante varón de 4 años")], "DEM001", "4 años en vez de 4 meses (edad contradice el input sin número nuevo).")
b.var([("sin requerir ventilación no invasiva ni antibióticos", "requiriendo además ventilación no invasiva")], "HAL001", "Ventilación no invasiva no figura en el input.")

# 15 Neonatología: ictericia por incompatibilidad ABO
b = Base(
    {"recien_nacido": {"sexo": "femenino", "edad": "3 días de vida", "edad_gestacional": "38 semanas", "peso_nacimiento": "3.120 g", "grupo": "A Rh positivo"},
     "madre": {"grupo": "O Rh positivo"}, "servicio": "Neonatología", "motivo_ingreso": "ictericia de cara y tronco detectada en control",
     "examenes": {"bilirrubina total": "18,4 mg/dL", "bilirrubina directa": "0,6 mg/dL", "Coombs directo": "positivo", "hematocrito": "48%"},
     "diagnosticos": [{"codigo": "P55.1", "nombre": "Enfermedad hemolítica por incompatibilidad ABO"}],
     "procedimientos": ["Fototerapia intensiva por 36 horas"],
     "evolucion": ["bilirrubina al alta 11,2 mg/dL", "lactancia materna exclusiva efectiva"], "dias_hospitalizacion": 3,
     "indicaciones_alta": ["control de bilirrubina en 48 horas", "lactancia materna a libre demanda"]},
    "Ingresa por ictericia de cara y tronco detectada en control, en recién nacida de término de 38 semanas, con peso de nacimiento de 3.120 g y 3 días de vida. Madre grupo O Rh positivo y recién nacida grupo A Rh positivo. Exámenes con bilirrubina total 18,4 mg/dL, directa 0,6 mg/dL, Coombs directo positivo y hematocrito 48%. Se diagnostica enfermedad hemolítica por incompatibilidad ABO (P55.1) y se indica fototerapia intensiva por 36 horas, sin necesidad de exsanguinotransfusión. Evoluciona con bilirrubina al alta de 11,2 mg/dL y lactancia materna exclusiva efectiva. Alta tras 3 días de hospitalización con lactancia materna a libre demanda y control de bilirrubina en 48 horas.",
    "Limpio (trampa): 'sin necesidad de exsanguinotransfusión' es negación; input con claves propias de neonato.")
b.var([("en recién nacida de término", "en recién nacido de término")], "DEM001", "'Recién nacido' masculino en neonata de sexo femenino.")
b.var([], "FMT003", "Demasiado corto (menos de 80 palabras), sin otro problema.",
      out="Ingresa por ictericia de cara y tronco en recién nacida de término de 3 días de vida, con bilirrubina total 18,4 mg/dL y Coombs directo positivo. Se diagnostica enfermedad hemolítica por incompatibilidad ABO (P55.1), tratada con fototerapia intensiva por 36 horas. Alta con lactancia materna a libre demanda y control de bilirrubina en 48 horas.")

# 16 UCI: shock séptico neumocócico
b = Base(
    {"paciente": {"sexo": "Masculino", "edad": 59}, "servicio": "Unidad de Cuidados Intensivos",
     "motivo_consulta": {"sintomas": ["fiebre", "disnea progresiva", "compromiso de conciencia"], "tiempo_evolucion": "4 días"},
     "antecedentes": [{"codigo": "J44.9", "nombre": "EPOC"}, {"codigo": "F17.2", "nombre": "Tabaquismo activo"}],
     "medicamentos_habituales": [{"codigo": "R03BB04", "nombre": "Tiotropio", "dosis": "18 mcg al día", "via": "inhalatoria"}],
     "signos_vitales": {"PA": "78/42 mmHg", "FC": "128 lpm", "SatO2": "82% con FiO2 50%"},
     "examenes": {"lactato": "5,2 mmol/L", "PaO2/FiO2": "96", "procalcitonina": "18 ng/mL", "hemocultivos": "Streptococcus pneumoniae"},
     "estudios": [{"nombre": "Radiografía de tórax", "resultado": "condensación lobar inferior derecha"}],
     "diagnosticos": [{"codigo": "J13", "nombre": "Neumonía neumocócica"}, {"codigo": "A40.3", "nombre": "Sepsis neumocócica con shock séptico"},
                      {"codigo": "J96.0", "nombre": "Insuficiencia respiratoria aguda"}],
     "procedimientos": ["Intubación orotraqueal y ventilación mecánica invasiva por 6 días", "Catéter venoso central yugular derecho", "Línea arterial radial izquierda"],
     "tratamiento": [{"codigo": "J01DD04", "nombre": "Ceftriaxona", "dosis": "2 g cada 24 horas", "via": "endovenosa"},
                     {"codigo": "C01CA03", "nombre": "Norepinefrina", "dosis": "hasta 0,4 mcg/kg/min", "via": "endovenosa"},
                     {"codigo": "H02AB09", "nombre": "Hidrocortisona", "dosis": "50 mg cada 6 horas", "via": "endovenosa"}],
     "evolucion": ["suspensión de vasopresores al tercer día", "extubación exitosa al sexto día", "traslado a sala de medicina"],
     "dias_hospitalizacion_uci": 9},
    "Ingresa por fiebre, disnea progresiva y compromiso de conciencia de 4 días de evolución en hombre de 59 años con EPOC (J44.9) y tabaquismo activo (F17.2), usuario de tiotropio (R03BB04) 18 mcg/día inhalado. Al ingreso PA 78/42 mmHg, FC 128 lpm y SatO2 82% con FiO2 50%, lactato 5,2 mmol/L y procalcitonina 18 ng/mL. Radiografía de tórax con condensación lobar inferior derecha y hemocultivos positivos a Streptococcus pneumoniae. Se diagnostica neumonía neumocócica (J13) con sepsis neumocócica con shock séptico (A40.3) e insuficiencia respiratoria aguda (J96.0), con PaO2/FiO2 de 96. Requiere intubación orotraqueal y VMI por 6 días, CVC yugular derecho y línea arterial radial izquierda. Recibe ceftriaxona (J01DD04) 2 g c/24h EV, norepinefrina (C01CA03) hasta 0,4 mcg/kg/min e hidrocortisona (H02AB09) 50 mg c/6h EV. Se suspenden vasopresores al tercer día y se extuba al sexto día. Tras 9 días en UCI se traslada a sala de medicina.",
    "Limpio (trampa): VMI y CVC abrevian ventilación mecánica invasiva y catéter venoso central del input; derecho e izquierdo ambos correctos.")
b.var([("CVC yugular derecho", "CVC yugular izquierdo")], "HAL004", "CVC yugular izquierdo; el input dice derecho.")
b.var([("y línea arterial radial izquierda.", "y línea arterial radial izquierda, además de hemodiálisis por falla renal aguda.")], "HAL001", "Hemodiálisis y falla renal aguda ausentes del input.")
b.var([("neumonía neumocócica (J13)", "neumonía neumocócica J13")], "COD001", "J13 sin paréntesis.")

# 17 Ortogeriatría: fractura de cadera izquierda; edad en palabras
b = Base(
    {"paciente": {"sexo": "Femenino", "edad": 89}, "servicio": "Traumatología - Ortogeriatría",
     "motivo_consulta": {"sintomas": ["caída a nivel en domicilio", "dolor e impotencia funcional de cadera izquierda"], "tiempo_evolucion": "6 horas"},
     "antecedentes": [{"codigo": "M81.0", "nombre": "Osteoporosis posmenopáusica"}, {"codigo": "I48.9", "nombre": "Fibrilación auricular"}],
     "medicamentos_habituales": [{"codigo": "B01AF02", "nombre": "Apixabán", "dosis": "2,5 mg cada 12 horas", "via": "oral"}],
     "examen_fisico": ["extremidad inferior izquierda acortada y en rotación externa"],
     "estudios": [{"nombre": "Radiografía de pelvis", "resultado": "fractura subcapital de cuello femoral izquierdo Garden IV"}],
     "diagnosticos": [{"codigo": "S72.0", "nombre": "Fractura de cuello de fémur izquierdo"}],
     "procedimientos": ["Artroplastia parcial de cadera izquierda (hemiartroplastia) a las 48 horas, tras suspensión de apixabán"],
     "tratamiento": [{"codigo": "B01AB05", "nombre": "Enoxaparina", "dosis": "40 mg cada 24 horas", "via": "subcutánea"},
                     {"codigo": "N02BE01", "nombre": "Paracetamol", "dosis": "1 g cada 8 horas", "via": "oral"}],
     "evolucion": ["sedestación al día siguiente de la cirugía", "marcha con andador asistida por kinesiólogo"], "dias_hospitalizacion": 7,
     "tratamiento_alta": [{"codigo": "B01AF02", "nombre": "Apixabán", "dosis": "2,5 mg cada 12 horas", "via": "oral"},
                          {"codigo": "N02BE01", "nombre": "Paracetamol", "dosis": "1 g cada 8 horas", "via": "oral"},
                          {"codigo": "M05BA04", "nombre": "Ácido alendrónico", "dosis": "70 mg semanal", "via": "oral"}],
     "indicaciones_alta": ["kinesioterapia motora", "control en traumatología en 3 semanas"]},
    "Ingresa por caída a nivel en domicilio con dolor e impotencia funcional de cadera izquierda de 6 horas de evolución, en mujer de ochenta y nueve años con osteoporosis posmenopáusica (M81.0) y fibrilación auricular (I48.9), usuaria de apixabán (B01AF02) 2,5 mg c/12h VO. Al examen, extremidad inferior izquierda acortada y en rotación externa. La radiografía de pelvis muestra fractura subcapital de cuello femoral izquierdo Garden IV, diagnosticándose fractura de cuello de fémur izquierdo (S72.0). Tras suspender apixabán es operada a las 48 horas, realizándose hemiartroplastia de cadera izquierda. Recibe enoxaparina (B01AB05) 40 mg c/24h SC y paracetamol (N02BE01) 1 g c/8h VO. Logra sedestación al día siguiente y marcha con andador asistida por kinesiólogo. Alta al séptimo día con reinicio de apixabán 2,5 mg c/12h, paracetamol 1 g c/8h, ácido alendrónico (M05BA04) 70 mg semanal VO, kinesioterapia motora y control en traumatología en 3 semanas.",
    "Limpio (trampa): edad escrita en palabras ('ochenta y nueve') coincide con 89; hemiartroplastia = artroplastia parcial.")
b.var([("es operada a las 48 horas", "es operado a las 48 horas")], "DEM001", "Concordancia masculina ('operado') en paciente mujer.")
b.var([("realizándose hemiartroplastia de cadera izquierda", "realizándose hemiartroplastia de cadera derecha")], "HAL004", "Hemiartroplastia derecha; el input dice izquierda.")
b.var([("usuaria de apixabán (B01AF02) 2,5 mg c/12h VO", "usuaria de apixabán (B01AF02) 2,5 mg c/24h VO")], "HAL003", "Apixabán c/24h; el input dice cada 12 horas (24 es de la enoxaparina).")
b.var([("mujer de ochenta y nueve años", "mujer de setenta y nueve años")], "DEM001", "Edad en palabras (79) contradice los 89 del input.")

# 18 Medicina interna: pielonefritis aguda derecha
b = Base(
    {"paciente": {"sexo": "F", "edad": 36}, "servicio": "Medicina Interna",
     "motivo_consulta": {"sintomas": ["fiebre hasta 39,4 °C", "calofríos", "dolor lumbar derecho", "disuria"], "tiempo_evolucion": "2 días"},
     "antecedentes": [{"codigo": "N39.0", "nombre": "Infecciones urinarias a repetición"}], "alergias": ["penicilina"],
     "examen_fisico": ["puño percusión positiva derecha"],
     "examenes": {"leucocitos": "18.900/uL", "PCR": "187 mg/L", "creatinina": "0,8 mg/dL",
                  "urocultivo": "Escherichia coli sobre 100.000 UFC/ml, sensible a ceftriaxona y ciprofloxacino"},
     "estudios": [{"nombre": "Ecografía renal", "resultado": "sin dilatación de vía urinaria"}],
     "diagnosticos": [{"codigo": "N10", "nombre": "Pielonefritis aguda derecha"}],
     "tratamiento": [{"codigo": "J01DD04", "nombre": "Ceftriaxona", "dosis": "1 g cada 24 horas", "via": "endovenosa"}],
     "evolucion": ["afebril a las 48 horas", "tolerancia oral adecuada"], "dias_hospitalizacion": 3,
     "tratamiento_alta": [{"codigo": "J01MA02", "nombre": "Ciprofloxacino", "dosis": "500 mg cada 12 horas", "via": "oral", "duracion": "7 días"}],
     "indicaciones_alta": ["hidratación abundante", "control con urocultivo post tratamiento"]},
    "Ingresa por fiebre hasta 39,4 °C, calofríos, dolor lumbar derecho y disuria de 2 días de evolución en mujer de 36 años con infecciones urinarias a repetición (N39.0) y alergia a penicilina. Al examen, puño percusión positiva derecha. Leucocitos 18.900/uL, PCR 187 mg/L y creatinina 0,8 mg/dL; urocultivo con Escherichia coli sobre 100.000 UFC/ml, sensible a ceftriaxona y ciprofloxacino. Ecografía renal sin dilatación de vía urinaria. Se diagnostica pielonefritis aguda derecha (N10) y se trata con ceftriaxona (J01DD04) 1 g c/24h EV, quedando afebril a las 48 horas con tolerancia oral adecuada. Alta al tercer día con ciprofloxacino (J01MA02) 500 mg c/12h VO por 7 días, hidratación abundante y control con urocultivo post tratamiento.",
    "Limpio (trampa): la penicilina se nombra como alergia, no como fármaco administrado.")
b.var([("Alta al tercer día con ciprofloxacino", "Alta al tercer día con:\n- ciprofloxacino"), (", hidratación abundante y control", ",\n- hidratación abundante y control")], "FMT002", "Lista con viñetas al final.")

# 19 Cardiología/endocrino: FA por Graves; edad derivada de fechas
b = Base(
    {"datos_paciente": {"genero": "mujer", "fecha_nacimiento": "1958-09-14"}, "fecha_ingreso": "2025-02-03",
     "historia": "palpitaciones y disnea de 2 días, baja de peso de 6 kg en 3 meses, temblor fino",
     "signos": "FC 148 lpm irregular, PA 124/70",
     "laboratorio": "TSH menor a 0,01 uUI/ml, T4 libre 3,9 ng/dL",
     "ecocardiograma": "FEVI 55%, aurícula izquierda levemente dilatada",
     "diagnosticos_egreso": [{"cie10": "I48.0", "descripcion": "Fibrilación auricular paroxística"},
                             {"cie10": "E05.0", "descripcion": "Hipertiroidismo por enfermedad de Graves"}],
     "manejo": "control de frecuencia con metoprolol endovenoso y luego oral; anticoagulación por CHA2DS2-VASc 2",
     "evolucion": "conversión espontánea a ritmo sinusal al segundo día", "estadia_dias": 4,
     "farmacos_alta": [{"atc": "C07AB02", "farmaco": "Metoprolol", "posologia": "50 mg cada 12 horas VO"},
                       {"atc": "H03BB02", "farmaco": "Tiamazol", "posologia": "20 mg al día VO"},
                       {"atc": "B01AF01", "farmaco": "Rivaroxabán", "posologia": "20 mg al día VO"}],
     "indicaciones": "control en cardiología y endocrinología"},
    "Ingresa por palpitaciones y disnea de 2 días de evolución, asociadas a baja de peso de 6 kg en 3 meses y temblor fino, en mujer de 66 años. Al ingreso FC 148 lpm irregular y PA 124/70. Laboratorio con TSH menor a 0,01 uUI/ml y T4 libre 3,9 ng/dL; ecocardiograma con FEVI 55% y aurícula izquierda levemente dilatada. Se diagnostica fibrilación auricular paroxística (I48.0) secundaria a hipertiroidismo por enfermedad de Graves (E05.0). Se controla la frecuencia con metoprolol (C07AB02) EV y luego VO, y se anticoagula por CHA2DS2-VASc de 2 puntos. Convierte espontáneamente a ritmo sinusal al segundo día. Alta al cuarto día con metoprolol 50 mg c/12h VO, tiamazol (H03BB02) 20 mg/día VO, rivaroxabán (B01AF01) 20 mg/día VO y control en cardiología y endocrinología.",
    "Limpio (trampa): 66 años se deduce de nacimiento 1958-09-14 e ingreso 2025-02-03; claves del input no estándar.",
    allow=("66",))
b.var([("en mujer de 66 años", "en mujer de 55 años")], "DEM001", "55 años (el 55 del input es la FEVI) contradice la edad de 66 derivada de las fechas.")
b.var([("tiamazol (H03BB02)", "tiamazol (B01AF01)"), ("rivaroxabán (B01AF01)", "rivaroxabán (H03BB02)")], "COD005", "ATC de tiamazol y rivaroxabán intercambiados.")
b.var([("FC 148 lpm irregular", "FC 152 lpm irregular")], "HAL002", "FC 152 no está en el input (148).")

# 20 Hematología: neutropenia febril en linfoma
b = Base(
    {"paciente": {"sexo": "Masculino", "edad": 48}, "servicio": "Hematología",
     "motivo_consulta": {"sintomas": ["fiebre 38,9 °C", "calofríos"], "tiempo_evolucion": "1 día"},
     "antecedentes": [{"codigo": "C83.3", "nombre": "Linfoma difuso de células B grandes"}],
     "antecedentes_tratamiento": "quimioterapia R-CHOP ciclo 3 hace 9 días",
     "dispositivos": ["reservorio venoso subcutáneo subclavio derecho"],
     "examenes": {"RAN": "180/uL", "hemoglobina": "9,2 g/dL", "plaquetas": "64.000/uL", "PCR": "74 mg/L", "hemocultivos": "negativos"},
     "diagnosticos": [{"codigo": "D70", "nombre": "Neutropenia febril post quimioterapia"}],
     "tratamiento": [{"codigo": "J01DE01", "nombre": "Cefepime", "dosis": "2 g cada 8 horas", "via": "endovenosa"},
                     {"codigo": "L03AA02", "nombre": "Filgrastim", "dosis": "300 mcg al día", "via": "subcutánea"}],
     "evolucion": ["afebril al tercer día", "recuperación de RAN a 1.450/uL"], "dias_hospitalizacion": 6,
     "tratamiento_alta": [{"codigo": "J01MA02", "nombre": "Ciprofloxacino", "dosis": "500 mg cada 12 horas", "via": "oral", "duracion": "5 días"}],
     "indicaciones_alta": ["continuar ciclo 4 de R-CHOP según hematología", "consultar ante fiebre"]},
    "Ingresa por fiebre de 38,9 °C y calofríos de 1 día de evolución en hombre de 48 años con linfoma difuso de células B grandes (C83.3), a 9 días del ciclo 3 de quimioterapia R-CHOP, portador de reservorio venoso subcutáneo subclavio derecho. Laboratorio con RAN 180/uL, hemoglobina 9,2 g/dL, plaquetas 64.000/uL y PCR 74 mg/L; hemocultivos negativos. Se diagnostica neutropenia febril post quimioterapia (D70) y se inicia cefepime (J01DE01) 2 g c/8h EV más filgrastim (L03AA02) 300 mcg/día SC. Queda afebril al tercer día con recuperación del RAN a 1.450/uL, sin requerir retiro del reservorio ni transfusiones. Alta al sexto día con ciprofloxacino (J01MA02) 500 mg c/12h VO por 5 días, indicación de consultar ante fiebre y continuar ciclo 4 de R-CHOP según hematología.",
    "Limpio (trampa): 'sin requerir retiro del reservorio ni transfusiones' es negación.")
b.var([("filgrastim (L03AA02) 300 mcg/día SC.", "filgrastim (L03AA02) 300 mcg/día SC y tamsulosina (G04CA02) 0,4 mg/día VO.")], "CLN001",
      "Tamsulosina (presente en el input) sin hiperplasia prostática ni otra indicación entre los diagnósticos.",
      inp_edit=lambda i: i["tratamiento"].append({"codigo": "G04CA02", "nombre": "Tamsulosina", "dosis": "0,4 mg al día", "via": "oral"}))
