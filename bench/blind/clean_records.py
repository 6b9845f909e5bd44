# -*- coding: utf-8 -*-
"""Clean epicrisis records, written by hand from clinical language and the
checklist spec only (the check code was not read).  Each record's output is
meant to pass every check: it starts with "Ingresa por", has no markup, is
80-200 words long, writes every code of the input in parentheses with its own
label, names nothing absent from the input, and states sex and age as the
input gives them."""

CLEAN = []


def R(id, sexo, edad, serv, anam, ef, lab, img, dx, proc, meds, evol, out, note,
      datos_extra=None, extra=None):
    datos = {}
    if edad is not None:
        datos["edad"] = edad
    datos["sexo"] = sexo
    if serv:
        datos["servicio"] = serv
    if datos_extra:
        datos.update(datos_extra)
    inp = {
        "datos": datos,
        "anamnesis": anam,
        "examen_fisico": ef,
        "laboratorio": lab,
        "imagen": img,
        "diagnostico": dx,
        "procedimiento": proc,
        "medicamentos": meds,
        "evolucion": evol,
    }
    if extra:
        inp.update(extra)
    CLEAN.append({"id": id, "input": inp, "output": out, "note": note})


# ---------------------------------------------------------------- medicina interna
R("c01", "Masculino", 78, "Medicina Interna",
  "Paciente de 78 años, hipertenso, consulta por tos productiva, fiebre y disnea de 3 días de evolución.",
  "T 38,5 °C, FC 104 lpm, SatO2 89% ambiental, crépitos en base derecha.",
  [["Leucocitos", "16.800/mm3"], ["PCR", "182 mg/L"], ["Creatinina", "1,1 mg/dL"]],
  "Radiografía de tórax: condensación en lóbulo inferior derecho.",
  [["J18.9", "Neumonía, no especificada"], ["I10", "Hipertensión esencial (primaria)"]],
  [],
  [["J01DD04", "Ceftriaxona 2 g EV c/24h"], ["C09AA02", "Enalapril 10 mg VO c/12h"]],
  "Afebril desde el día 2, mejoría de la disnea, se suspende oxígeno. Alta al día 5.",
  "Ingresa por tos productiva, fiebre y disnea de 3 días de evolución en paciente masculino de 78 años, hipertenso. "
  "Al ingreso febril con T 38,5 °C, FC 104 lpm y SatO2 89% ambiental, con crépitos en base derecha. "
  "Laboratorio con leucocitos 16.800/mm3, PCR 182 mg/L y creatinina 1,1 mg/dL. "
  "La radiografía de tórax muestra condensación en lóbulo inferior derecho, planteándose neumonía (J18.9). "
  "Se inicia ceftriaxona (J01DD04) 2 g EV c/24h y se mantiene enalapril (C09AA02) 10 mg VO c/12h por hipertensión esencial (I10). "
  "Evoluciona afebril desde el día 2, con mejoría de la disnea, suspendiéndose el oxígeno. "
  "Se otorga el alta al día 5 en buenas condiciones generales.",
  "Neumonía en hombre hipertenso; registro limpio de referencia.")

R("c02", "Femenino", 34, "Medicina Interna",
  "Mujer de 34 años sin antecedentes mórbidos, consulta por fiebre, calofríos, disuria y dolor lumbar derecho de 2 días.",
  "T 39,1 °C, PA 110/70 mmHg, puño percusión derecha positiva.",
  [["Leucocitos", "18.200/mm3"], ["PCR", "210 mg/L"], ["Creatinina", "0,9 mg/dL"], ["Urocultivo", "E. coli sensible a ceftriaxona"]],
  "Ecografía renal: sin dilatación de la vía urinaria.",
  [["N10", "Pielonefritis aguda"]],
  [],
  [["J01DD04", "Ceftriaxona 1 g EV c/24h"]],
  "Afebril a las 48 horas, buena tolerancia oral. Alta al día 4 con control de urocultivo.",
  "Ingresa por fiebre, calofríos, disuria y dolor lumbar derecho de 2 días de evolución. "
  "Se trata de una mujer de 34 años, sin antecedentes mórbidos. "
  "Al examen destaca T 39,1 °C, PA 110/70 mmHg y puño percusión derecha positiva. "
  "En los exámenes, leucocitos 18.200/mm3, PCR 210 mg/L y creatinina 0,9 mg/dL; el urocultivo desarrolla E. coli sensible a ceftriaxona. "
  "La ecografía renal no muestra dilatación de la vía urinaria. "
  "Con diagnóstico de pielonefritis aguda (N10) se indica ceftriaxona (J01DD04) 1 g EV c/24h. "
  "Evoluciona afebril a las 48 horas y con buena tolerancia oral. "
  "Es dada de alta al día 4, estable, con control de urocultivo.",
  "Pielonefritis en mujer joven; concordancia femenina correcta.")

R("c03", "F", 61, "Medicina Interna",
  "Diabética tipo 2 en tratamiento irregular con metformina, consulta por polidipsia, poliuria y baja de peso de 10 días.",
  "Vigil, mucosas secas, PA 128/76 mmHg.",
  [["Glucosa", "412 mg/dL"], ["HbA1c", "11,2%"], ["Sodio", "134 mEq/L"], ["Cetonemia", "negativa"]],
  "",
  [["E11.9", "Diabetes mellitus tipo 2 sin complicaciones"]],
  [],
  [["A10AE04", "Insulina glargina 18 UI SC en la noche"], ["A10BA02", "Metformina 850 mg VO c/12h"]],
  "Glicemias capilares en rango tras ajuste de insulina, educación en insulinoterapia. Alta al día 3.",
  "Ingresa por polidipsia, poliuria y baja de peso de 10 días de evolución en paciente de 61 años, diabética tipo 2 con tratamiento irregular. "
  "Al examen vigil, con mucosas secas y PA 128/76 mmHg. "
  "En el laboratorio destaca hiperglicemia de 412 mg/dL, HbA1c 11,2% y sodio 134 mEq/L, con cetonemia negativa. "
  "Se diagnostica diabetes mellitus tipo 2 (E11.9) descompensada sin cetoacidosis. "
  "Se inicia insulina glargina (A10AE04) 18 UI SC en la noche y se reinicia metformina (A10BA02) 850 mg VO c/12h. "
  "Evoluciona con glicemias capilares en rango tras el ajuste de insulina y recibe educación en insulinoterapia. "
  "Se va de alta al día 3, compensada y con control en su consultorio.",
  "Hiperglicemia derivada de glucosa 412 del input: hallazgo fundado; paciente femenina.")

R("c04", "Masculino", 55, "Medicina Interna",
  "Paciente de 55 años, obeso, con eritema, calor y dolor en pierna izquierda de 4 días.",
  "T 38,2 °C, placa eritematosa de bordes difusos en cara anterior de pierna izquierda, sin crépito.",
  [["Leucocitos", "13.400/mm3"], ["PCR", "96 mg/L"]],
  "Ecografía doppler venoso de extremidad inferior izquierda: sin trombosis.",
  [["L03.1", "Celulitis de otras partes de los miembros"], ["E66.9", "Obesidad, no especificada"]],
  [],
  [["J01DB04", "Cefazolina 1 g EV c/8h"]],
  "Disminución progresiva del eritema, afebril desde el día 3. Alta al día 6.",
  "Ingresa por eritema, calor y dolor en pierna izquierda de 4 días de evolución. "
  "Corresponde a un hombre de 55 años con obesidad (E66.9). "
  "Al examen T 38,2 °C y placa eritematosa de bordes difusos en la cara anterior de la pierna izquierda, sin crépito. "
  "Laboratorio con leucocitos 13.400/mm3 y PCR 96 mg/L. "
  "El doppler venoso de la extremidad inferior izquierda descarta trombosis. "
  "Se diagnostica celulitis (L03.1) de la pierna izquierda y se trata con cefazolina (J01DB04) 1 g EV c/8h. "
  "Evoluciona con disminución progresiva del eritema, afebril desde el día 3. "
  "Es dado de alta al día 6 en buenas condiciones, con indicación de reposo con la extremidad elevada.",
  "Celulitis de pierna izquierda, lateralidad concordante; trombosis descartada por doppler.")

R("c05", "Femenino", 83, "Medicina Interna",
  "Paciente de 83 años, hipertensa usuaria de hidroclorotiazida, traída por su hija por confusión y náuseas de 2 días.",
  "Desorientada en tiempo, sin focalidad neurológica, euvolémica.",
  [["Sodio", "118 mEq/L"], ["Potasio", "3,6 mEq/L"], ["Osmolalidad plasmática", "248 mOsm/kg"]],
  "TC de cerebro sin contraste: sin lesiones agudas.",
  [["E87.1", "Hiposmolaridad e hiponatremia"], ["I10", "Hipertensión esencial (primaria)"]],
  [],
  [["B05XA03", "Cloruro de sodio 3% 100 mL EV en bolo"], ["C08CA01", "Amlodipino 5 mg VO c/24h"]],
  "Se suspende hidroclorotiazida. Sodio 129 mEq/L al día 3, recupera orientación. Alta al día 5.",
  "Ingresa por confusión y náuseas de 2 días de evolución. "
  "Se trata de una paciente de 83 años, hipertensa (I10) usuaria de hidroclorotiazida, traída por su hija. "
  "Al examen se encuentra desorientada en tiempo, sin focalidad neurológica y euvolémica. "
  "Destaca sodio de 118 mEq/L con osmolalidad plasmática de 248 mOsm/kg y potasio 3,6 mEq/L. "
  "La TC de cerebro no muestra lesiones agudas. "
  "Se diagnostica hiponatremia (E87.1) asociada a tiazida; se suspende la hidroclorotiazida y se administra cloruro de sodio (B05XA03) 3% 100 mL EV en bolo. "
  "Se cambia su antihipertensivo a amlodipino (C08CA01) 5 mg VO c/24h. "
  "Al día 3 el sodio es 129 mEq/L y recupera la orientación. Alta al día 5.",
  "Hiponatremia por tiazida en mujer mayor; 'su hija' no cambia el sexo del paciente.")

R("c06", "Masculino", 67, "Medicina Interna",
  "Hombre de 67 años, usuario de AINES por gonartrosis, consulta por melena y lipotimia de 1 día.",
  "PA 92/58 mmHg, FC 112 lpm, pálido, tacto rectal con melena.",
  [["Hemoglobina", "6,8 g/dL"], ["BUN", "48 mg/dL"], ["Plaquetas", "245.000/mm3"]],
  "Endoscopía digestiva alta: úlcera gástrica de curvatura menor con vaso visible.",
  [["K25.4", "Úlcera gástrica crónica o no especificada con hemorragia"], ["D62", "Anemia posthemorrágica aguda"]],
  ["Endoscopía digestiva alta con terapia hemostática (adrenalina y clips)", "Transfusión de 2 unidades de glóbulos rojos"],
  [["A02BC01", "Omeprazol 40 mg EV c/12h"]],
  "Sin nuevos episodios de melena, hemoglobina estable en 8,9 g/dL. Alta al día 4 con omeprazol oral.",
  "Ingresa por melena y lipotimia de 1 día de evolución en paciente de sexo masculino de 67 años, usuario de AINES por gonartrosis. "
  "Al ingreso con PA 92/58 mmHg, FC 112 lpm, pálido y con melena al tacto rectal. "
  "Laboratorio con hemoglobina 6,8 g/dL, BUN 48 mg/dL y plaquetas 245.000/mm3. "
  "Se realiza endoscopía digestiva alta que evidencia úlcera gástrica de curvatura menor con vaso visible, tratada con adrenalina y clips, confirmándose úlcera gástrica con hemorragia (K25.4). "
  "Por anemia posthemorrágica aguda (D62) se transfunden 2 unidades de glóbulos rojos y se indica omeprazol (A02BC01) 40 mg EV c/12h. "
  "Evoluciona sin nuevos episodios de melena y con hemoglobina estable en 8,9 g/dL. "
  "Alta al día 4 con omeprazol oral.",
  "Hemorragia digestiva alta; transfusión presente en procedimientos (fundada).")

R("c07", "Femenino", 49, "Medicina Interna",
  "Mujer de 49 años, usuaria de anticonceptivos orales, consulta por aumento de volumen y dolor de pierna izquierda de 5 días.",
  "Edema de extremidad inferior izquierda con diferencia de perímetro de 3 cm, signo de Homans positivo. SatO2 97%.",
  [["Dímero D", "3.200 ng/mL"], ["Creatinina", "0,7 mg/dL"]],
  "Ecografía doppler venoso: trombosis venosa profunda femoropoplítea izquierda. AngioTC de tórax: sin tromboembolismo pulmonar.",
  [["I80.2", "Flebitis y tromboflebitis de otros vasos profundos de los miembros inferiores"]],
  [],
  [["B01AB05", "Enoxaparina 60 mg SC c/12h"], ["B01AF01", "Rivaroxabán 15 mg VO c/12h"]],
  "Disminución del edema. Se suspenden anticonceptivos. Alta al día 3 con rivaroxabán.",
  "Ingresa por aumento de volumen y dolor de la pierna izquierda de 5 días de evolución, en mujer de 49 años usuaria de anticonceptivos orales. "
  "Al examen presenta edema de la extremidad inferior izquierda con diferencia de perímetro de 3 cm y signo de Homans positivo, con SatO2 97%. "
  "Dímero D 3.200 ng/mL y creatinina 0,7 mg/dL. "
  "El doppler venoso confirma trombosis venosa profunda (I80.2) femoropoplítea izquierda y la angioTC de tórax descarta tromboembolismo pulmonar. "
  "Se anticoagula con enoxaparina (B01AB05) 60 mg SC c/12h, con paso posterior a rivaroxabán (B01AF01) 15 mg VO c/12h. "
  "Se suspenden los anticonceptivos. Evoluciona con disminución del edema y se va de alta al día 3.",
  "TVP izquierda; TEP descartado (mención negada, no es alucinación).")

R("c08", "Femenino", 45, "Medicina Interna",
  "Paciente de 45 años con diarrea acuosa de 6 días, debilidad muscular generalizada.",
  "Fuerza M4 en extremidades, deshidratada leve, FC 96 lpm.",
  [["Potasio", "2,6 mEq/L"], ["Sodio", "137 mEq/L"], ["Magnesio", "1,9 mg/dL"]],
  "ECG: ondas U prominentes.",
  [["E87.6", "Hipopotasemia"], ["A09", "Diarrea y gastroenteritis de presunto origen infeccioso"]],
  [],
  [["B05XA01", "Cloruro de potasio 20 mEq EV c/8h"]],
  "Cede la diarrea, potasio 3,9 mEq/L al día 3, recupera fuerza. Alta al día 3.",
  "Ingresa por diarrea acuosa de 6 días de evolución y debilidad muscular generalizada en una paciente de 45 años. "
  "Al examen se encuentra levemente deshidratada, con FC 96 lpm y fuerza M4 en las cuatro extremidades. "
  "En el laboratorio destaca hipokalemia de 2,6 mEq/L, con sodio 137 mEq/L y magnesio 1,9 mg/dL; el ECG muestra ondas U prominentes. "
  "Se diagnostica hipopotasemia (E87.6) secundaria a gastroenteritis (A09). "
  "Se repone cloruro de potasio (B05XA01) 20 mEq EV c/8h, junto con hidratación oral. "
  "Evoluciona con cese de la diarrea y recuperación de la fuerza, con potasio 3,9 mEq/L al tercer día. "
  "Es dada de alta al día 3 en buenas condiciones.",
  "Hipokalemia fundada por K 2,6 del input; paciente femenina.")

# ---------------------------------------------------------------- cirugía
R("c09", "Masculino", 23, "Cirugía",
  "Dolor abdominal periumbilical de 18 horas que migra a fosa ilíaca derecha, náuseas y anorexia.",
  "T 37,9 °C, signo de Blumberg positivo en fosa ilíaca derecha.",
  [["Leucocitos", "15.100/mm3"], ["PCR", "64 mg/L"]],
  "Ecografía abdominal: apéndice no compresible de 9 mm con líquido periapendicular.",
  [["K35.8", "Apendicitis aguda, otra y la no especificada"]],
  ["Apendicectomía laparoscópica"],
  [["J01DB04", "Cefazolina 2 g EV dosis única preoperatoria"], ["P01AB01", "Metronidazol 500 mg EV c/8h"], ["N02BE01", "Paracetamol 1 g EV c/8h"]],
  "Postoperatorio sin complicaciones, tolera régimen liviano al día 1. Alta al día 2.",
  "Ingresa por dolor abdominal periumbilical de 18 horas de evolución que migra a fosa ilíaca derecha, acompañado de náuseas y anorexia. "
  "Paciente masculino de 23 años, sin antecedentes. "
  "Al examen T 37,9 °C y signo de Blumberg positivo en fosa ilíaca derecha, con leucocitos 15.100/mm3 y PCR 64 mg/L. "
  "La ecografía abdominal muestra apéndice no compresible de 9 mm con líquido periapendicular, compatible con apendicitis aguda (K35.8). "
  "Se realiza apendicectomía laparoscópica con profilaxis con cefazolina (J01DB04) 2 g EV, completando metronidazol (P01AB01) 500 mg EV c/8h y analgesia con paracetamol (N02BE01) 1 g EV c/8h. "
  "El postoperatorio cursa sin complicaciones y tolera régimen liviano al día 1. "
  "Es dado de alta al día 2, operado y en buenas condiciones.",
  "Apendicitis operada en hombre joven; 'operado' concuerda con el sexo.")

R("c10", "Femenino", 52, "Cirugía",
  "Mujer de 52 años con dolor en hipocondrio derecho de 2 días, vómitos y fiebre. Antecedente de cólicos biliares.",
  "T 38,3 °C, signo de Murphy positivo, sin ictericia.",
  [["Leucocitos", "14.700/mm3"], ["Bilirrubina total", "1,0 mg/dL"], ["Lipasa", "42 U/L"]],
  "Ecografía abdominal: vesícula distendida con pared de 6 mm y cálculo enclavado en el bacinete.",
  [["K80.0", "Cálculo de la vesícula biliar con colecistitis aguda"]],
  ["Colecistectomía laparoscópica"],
  [["J01CR02", "Amoxicilina/ácido clavulánico 1 g EV c/8h"], ["N02BB02", "Metamizol 1 g EV c/8h"]],
  "Operada al día 1 sin incidentes, tolera dieta al día 2. Alta al día 3.",
  "Ingresa por dolor en hipocondrio derecho de 2 días de evolución, con vómitos y fiebre, en mujer de 52 años con antecedente de cólicos biliares. "
  "Al examen T 38,3 °C y signo de Murphy positivo, sin ictericia. "
  "Laboratorio con leucocitos 14.700/mm3, bilirrubina total 1,0 mg/dL y lipasa 42 U/L. "
  "La ecografía muestra vesícula distendida con pared de 6 mm y cálculo enclavado en el bacinete, diagnosticándose colecistitis aguda litiásica (K80.0). "
  "Se indica amoxicilina/ácido clavulánico (J01CR02) 1 g EV c/8h y metamizol (N02BB02) 1 g EV c/8h. "
  "Es operada al día 1 mediante colecistectomía laparoscópica, sin incidentes, y tolera dieta al día 2. "
  "Se otorga el alta al día 3.",
  "Colecistitis operada; 'operada' y 'mujer' concuerdan con el sexo femenino.")

R("c11", "Masculino", 71, "Cirugía",
  "Hombre de 71 años con antecedente de laparotomía por úlcera perforada, consulta por distensión abdominal, vómitos y ausencia de deposiciones de 3 días.",
  "Abdomen distendido, timpánico, ruidos hidroaéreos de lucha. PA 138/82 mmHg.",
  [["Potasio", "3,4 mEq/L"], ["Creatinina", "1,3 mg/dL"], ["Lactato", "1,4 mmol/L"]],
  "TC de abdomen y pelvis: obstrucción de intestino delgado por bridas, sin signos de sufrimiento de asa.",
  [["K56.5", "Adherencias intestinales con obstrucción"]],
  ["Instalación de sonda nasogástrica a caída libre", "Régimen cero"],
  [["B05BB01", "Suero Ringer lactato 2000 mL EV cada 24 horas"]],
  "Débito por SNG disminuye progresivamente, reaparecen deposiciones al día 3. Se retira sonda y tolera régimen. Alta al día 5.",
  "Ingresa por distensión abdominal, vómitos y ausencia de deposiciones de 3 días de evolución en paciente masculino de 71 años con antecedente de laparotomía por úlcera perforada. "
  "Al examen abdomen distendido y timpánico con ruidos hidroaéreos de lucha, PA 138/82 mmHg. "
  "Laboratorio con potasio 3,4 mEq/L, creatinina 1,3 mg/dL y lactato 1,4 mmol/L. "
  "La TC de abdomen y pelvis informa obstrucción de intestino delgado por bridas (K56.5) sin signos de sufrimiento de asa. "
  "Se maneja de forma conservadora con régimen cero, sonda nasogástrica a caída libre y Ringer lactato (B05BB01) 2000 mL EV cada 24 horas. "
  "El débito por SNG disminuye progresivamente y reaparecen las deposiciones al día 3, por lo que se retira la sonda. "
  "Alta al día 5 tolerando régimen.",
  "Obstrucción por bridas; SNG presente en procedimientos (fundada).")

R("c12", "M", 60, "Cirugía",
  "Paciente de 60 años con aumento de volumen inguinal derecho reductible de 1 año, doloroso con esfuerzos. Ingreso electivo.",
  "Hernia inguinal derecha reductible, sin signos de atascamiento.",
  [["Hemoglobina", "14,1 g/dL"], ["Creatinina", "0,9 mg/dL"]],
  "",
  [["K40.9", "Hernia inguinal unilateral o no especificada, sin obstrucción ni gangrena"]],
  ["Hernioplastía inguinal derecha con malla (técnica de Lichtenstein)"],
  [["J01DB04", "Cefazolina 2 g EV dosis única"], ["M01AB05", "Diclofenaco 50 mg VO c/8h por 3 días"]],
  "Postoperatorio sin dolor significativo, deambula y orina espontáneamente. Alta a las 24 horas.",
  "Ingresa por aumento de volumen inguinal derecho reductible de 1 año de evolución, doloroso con los esfuerzos, para cirugía electiva. "
  "Se trata de un paciente de 60 años sin otros antecedentes. "
  "Al examen presenta hernia inguinal (K40.9) derecha reductible, sin signos de atascamiento. "
  "Exámenes preoperatorios con hemoglobina 14,1 g/dL y creatinina 0,9 mg/dL. "
  "Se realiza hernioplastía inguinal derecha con malla según técnica de Lichtenstein, con profilaxis con cefazolina (J01DB04) 2 g EV en dosis única. "
  "El postoperatorio cursa sin dolor significativo; deambula y orina espontáneamente. "
  "Es dado de alta a las 24 horas con diclofenaco (M01AB05) 50 mg VO c/8h por 3 días.",
  "Hernioplastía inguinal derecha; lateralidad concordante.")

R("c13", "Femenino", 44, "Cirugía",
  "Mujer de 44 años con dolor epigástrico transfixiante de 12 horas y vómitos, tras una comida abundante. Colelitiasis conocida.",
  "Dolor a la palpación epigástrica, sin signos peritoneales. T 37,4 °C.",
  [["Lipasa", "2.850 U/L"], ["Bilirrubina total", "1,8 mg/dL"], ["PCR", "38 mg/L"]],
  "Ecografía abdominal: colelitiasis múltiple, vía biliar de 5 mm.",
  [["K85.1", "Pancreatitis aguda inducida por cálculos biliares"]],
  ["Colecistectomía laparoscópica diferida en la misma hospitalización"],
  [["N02AX02", "Tramadol 100 mg EV c/8h"], ["A04AA01", "Ondansetrón 4 mg EV c/8h"]],
  "Cede el dolor al día 3, realimentación oral bien tolerada. Colecistectomía al día 5 sin complicaciones. Alta al día 7.",
  "Ingresa por dolor epigástrico transfixiante de 12 horas de evolución y vómitos tras una comida abundante. "
  "Corresponde a una mujer de 44 años con colelitiasis conocida. "
  "Al examen dolorosa a la palpación epigástrica, sin signos peritoneales y con T 37,4 °C. "
  "Destacan lipasa de 2.850 U/L, bilirrubina total 1,8 mg/dL y PCR 38 mg/L; la ecografía muestra colelitiasis múltiple con vía biliar de 5 mm. "
  "Se diagnostica pancreatitis aguda biliar (K85.1) y se maneja con régimen cero, tramadol (N02AX02) 100 mg EV c/8h y ondansetrón (A04AA01) 4 mg EV c/8h. "
  "El dolor cede al día 3 y la realimentación oral es bien tolerada. "
  "Se realiza colecistectomía laparoscópica al día 5 sin complicaciones y es dada de alta al día 7.",
  "Pancreatitis biliar; 'dolorosa' y 'dada de alta' concuerdan con sexo femenino.")

R("c14", "Masculino", 58, "Cirugía",
  "Hombre de 58 años con dolor abdominal difuso de inicio súbito hace 8 horas, usuario crónico de AINES.",
  "PA 96/60 mmHg, FC 118 lpm, abdomen en tabla.",
  [["Leucocitos", "19.600/mm3"], ["Lactato", "3,8 mmol/L"], ["Creatinina", "1,6 mg/dL"]],
  "Radiografía de tórax de pie: neumoperitoneo.",
  [["K25.5", "Úlcera gástrica crónica o no especificada con perforación"], ["K65.0", "Peritonitis aguda"]],
  ["Laparotomía exploradora con rafia de úlcera y aseo peritoneal", "Instalación de catéter venoso central yugular derecho"],
  [["J01CR05", "Piperacilina/tazobactam 4,5 g EV c/6h"], ["A02BC02", "Pantoprazol 40 mg EV c/12h"]],
  "Recuperación del tránsito al día 4, afebril. Se retira CVC al día 5. Alta al día 8.",
  "Ingresa por dolor abdominal difuso de inicio súbito de 8 horas de evolución en un hombre de 58 años, usuario crónico de AINES. "
  "Al ingreso con PA 96/60 mmHg, FC 118 lpm y abdomen en tabla; leucocitos 19.600/mm3, lactato 3,8 mmol/L y creatinina 1,6 mg/dL. "
  "La radiografía de tórax de pie muestra neumoperitoneo. "
  "Con diagnóstico de úlcera gástrica perforada (K25.5) y peritonitis aguda (K65.0) se realiza laparotomía exploradora con rafia de la úlcera y aseo peritoneal, previa instalación de catéter venoso central yugular derecho. "
  "Recibe piperacilina/tazobactam (J01CR05) 4,5 g EV c/6h y pantoprazol (A02BC02) 40 mg EV c/12h. "
  "Recupera el tránsito al día 4, afebril, y se retira el CVC al día 5. "
  "Alta al día 8.",
  "Úlcera perforada operada; CVC yugular derecho presente en procedimientos.")

# ---------------------------------------------------------------- cardiología
R("c15", "Masculino", 63, "Cardiología",
  "Hombre de 63 años, tabáquico, con dolor torácico opresivo de 2 horas irradiado a brazo izquierdo y diaforesis.",
  "PA 148/90 mmHg, FC 88 lpm, sin signos de insuficiencia cardíaca.",
  [["Troponina T ultrasensible", "2.450 ng/L"], ["LDL", "162 mg/dL"], ["Creatinina", "1,0 mg/dL"]],
  "ECG: supradesnivel del ST de V1 a V4. Ecocardiograma: hipoquinesia anterior, FEVI 45%.",
  [["I21.0", "Infarto agudo transmural del miocardio de la pared anterior"]],
  ["Coronariografía con angioplastía primaria y stent farmacoactivo en arteria descendente anterior"],
  [["B01AC06", "Ácido acetilsalicílico 100 mg VO c/24h"], ["B01AC24", "Ticagrelor 90 mg VO c/12h"], ["C10AA05", "Atorvastatina 80 mg VO c/24h"], ["C07AB07", "Bisoprolol 2,5 mg VO c/24h"]],
  "Sin angina ni arritmias en unidad coronaria. Alta al día 4.",
  "Ingresa por dolor torácico opresivo de 2 horas de evolución irradiado al brazo izquierdo, con diaforesis, en hombre de 63 años tabáquico. "
  "Al ingreso PA 148/90 mmHg y FC 88 lpm, sin signos de insuficiencia cardíaca. "
  "El ECG muestra supradesnivel del ST de V1 a V4 y la troponina T ultrasensible es de 2.450 ng/L, con LDL 162 mg/dL. "
  "Se diagnostica infarto agudo transmural de pared anterior (I21.0) y se realiza coronariografía con angioplastía primaria y stent farmacoactivo en la descendente anterior. "
  "El ecocardiograma muestra hipoquinesia anterior con FEVI 45%. "
  "Se indica ácido acetilsalicílico (B01AC06) 100 mg VO c/24h, ticagrelor (B01AC24) 90 mg VO c/12h, atorvastatina (C10AA05) 80 mg VO c/24h y bisoprolol (C07AB07) 2,5 mg VO c/24h. "
  "Sin angina ni arritmias en la unidad coronaria; alta al día 4.",
  "IAM anterior con angioplastía; brazo izquierdo concordante con el input.")

R("c16", "Femenino", 81, "Cardiología",
  "Paciente de 81 años con insuficiencia cardíaca conocida, disnea progresiva hasta ortopnea y edema de extremidades inferiores de 1 semana, transgresión de sal.",
  "PA 152/84 mmHg, FC 92 lpm, SatO2 90%, crépitos bibasales, edema bilateral de extremidades inferiores.",
  [["NT-proBNP", "8.900 pg/mL"], ["Creatinina", "1,4 mg/dL"], ["Potasio", "4,2 mEq/L"]],
  "Radiografía de tórax: congestión pulmonar y derrame pleural bilateral pequeño. Ecocardiograma: FEVI 35%.",
  [["I50.0", "Insuficiencia cardíaca congestiva"]],
  [],
  [["C03CA01", "Furosemida 40 mg EV c/12h"], ["C09AA02", "Enalapril 5 mg VO c/12h"], ["C07AB07", "Bisoprolol 1,25 mg VO c/24h"]],
  "Balance negativo de 4 litros, desaparece ortopnea. Se pasa a furosemida oral. Alta al día 6.",
  "Ingresa por disnea progresiva hasta ortopnea y edema de extremidades inferiores de 1 semana de evolución, tras transgresión de sal. "
  "Paciente de 81 años con insuficiencia cardíaca congestiva (I50.0) conocida. "
  "Al examen PA 152/84 mmHg, FC 92 lpm, SatO2 90%, crépitos bibasales y edema bilateral de extremidades inferiores. "
  "NT-proBNP 8.900 pg/mL, creatinina 1,4 mg/dL y potasio 4,2 mEq/L. "
  "La radiografía de tórax muestra congestión pulmonar y pequeño derrame pleural bilateral; ecocardiograma con FEVI 35%. "
  "Se trata con furosemida (C03CA01) 40 mg EV c/12h, enalapril (C09AA02) 5 mg VO c/12h y bisoprolol (C07AB07) 1,25 mg VO c/24h. "
  "Logra balance negativo de 4 litros y desaparece la ortopnea, pasando a furosemida oral. "
  "Es dada de alta al día 6.",
  "IC descompensada; furosemida 40 mg EV c/12h concordante; derrame bilateral concordante.")

R("c17", "Femenino", 74, "Cardiología",
  "Paciente de 74 años, hipertensa, con palpitaciones y disnea de esfuerzo de 2 días.",
  "Pulso irregular, FC 138 lpm, PA 132/80 mmHg.",
  [["TSH", "2,1 mUI/L"], ["Creatinina", "0,9 mg/dL"], ["Potasio", "4,4 mEq/L"]],
  "ECG: fibrilación auricular de respuesta ventricular rápida. Ecocardiograma: aurícula izquierda dilatada, FEVI 60%.",
  [["I48.9", "Fibrilación y aleteo auricular, no especificado"], ["I10", "Hipertensión esencial (primaria)"]],
  [],
  [["C07AB02", "Metoprolol 50 mg VO c/12h"], ["B01AF02", "Apixabán 5 mg VO c/12h"], ["C09CA01", "Losartán 50 mg VO c/24h"]],
  "FC en rango 70-90 lpm al día 2. CHA2DS2-VASc 4, se inicia anticoagulación. Alta al día 3.",
  "Ingresa por palpitaciones y disnea de esfuerzo de 2 días de evolución. "
  "Se trata de una paciente de 74 años con hipertensión esencial (I10) en tratamiento con losartán (C09CA01) 50 mg VO c/24h. "
  "Al examen pulso irregular con FC 138 lpm y PA 132/80 mmHg. "
  "El ECG confirma fibrilación auricular (I48.9) de respuesta ventricular rápida; TSH 2,1 mUI/L, creatinina 0,9 mg/dL y potasio 4,4 mEq/L. "
  "El ecocardiograma muestra aurícula izquierda dilatada con FEVI 60%. "
  "Se controla la frecuencia con metoprolol (C07AB02) 50 mg VO c/12h, logrando FC de 70-90 lpm al día 2. "
  "Con CHA2DS2-VASc de 4 se inicia apixabán (B01AF02) 5 mg VO c/12h. "
  "Alta al día 3, asintomática.",
  "Fibrilación auricular; 'asintomática' concuerda con sexo femenino.")

R("c18", "Masculino", 80, "Cardiología",
  "Hombre de 80 años con mareos y dos síncopes en la última semana.",
  "FC 34 lpm, PA 150/70 mmHg, sin focalidad neurológica.",
  [["Potasio", "4,6 mEq/L"], ["Troponina T ultrasensible", "14 ng/L"], ["TSH", "1,8 mUI/L"]],
  "ECG: bloqueo auriculoventricular completo con escape ventricular.",
  [["I44.2", "Bloqueo auriculoventricular completo"]],
  ["Instalación de marcapasos transitorio transvenoso", "Implante de marcapasos definitivo bicameral"],
  [["C01CA02", "Isoprenalina 2 mcg/min EV en infusión continua"]],
  "Sin nuevos síncopes tras marcapasos definitivo al día 2. Control de herida sin hematoma. Alta al día 4.",
  "Ingresa por mareos y dos síncopes en la última semana en paciente masculino de 80 años. "
  "Al examen FC 34 lpm y PA 150/70 mmHg, sin focalidad neurológica. "
  "El ECG muestra bloqueo auriculoventricular completo (I44.2) con escape ventricular. "
  "Laboratorio con potasio 4,6 mEq/L, troponina T ultrasensible 14 ng/L y TSH 1,8 mUI/L, descartándose causas reversibles. "
  "Se inicia isoprenalina (C01CA02) 2 mcg/min EV en infusión continua y se instala marcapasos transitorio transvenoso. "
  "Al día 2 se implanta marcapasos definitivo bicameral sin incidentes. "
  "Evoluciona sin nuevos síncopes y con herida sin hematoma. "
  "Es dado de alta al día 4 en buenas condiciones.",
  "Bloqueo AV completo con marcapasos; procedimientos presentes en input.")

# ---------------------------------------------------------------- neumología
R("c19", "Masculino", 70, "Neumología",
  "Hombre de 70 años con EPOC, exfumador de 40 paquetes/año, con aumento de disnea y expectoración purulenta de 4 días.",
  "SatO2 86% ambiental, FR 26 rpm, sibilancias difusas, uso de musculatura accesoria.",
  [["pH", "7,33"], ["pCO2", "52 mmHg"], ["Leucocitos", "12.300/mm3"]],
  "Radiografía de tórax: hiperinsuflación, sin condensación.",
  [["J44.1", "Enfermedad pulmonar obstructiva crónica con exacerbación aguda"]],
  ["Ventilación mecánica no invasiva (BiPAP) por 48 horas"],
  [["R03AC02", "Salbutamol 4 puff c/4h"], ["R03BB01", "Bromuro de ipratropio 4 puff c/6h"], ["H02AB06", "Prednisolona 40 mg VO c/24h por 5 días"], ["J01FA10", "Azitromicina 500 mg VO c/24h por 3 días"]],
  "Se retira BiPAP a las 48 horas, SatO2 91% con oxígeno por naricera 1 L/min. Alta al día 6.",
  "Ingresa por aumento de la disnea y expectoración purulenta de 4 días de evolución en un hombre de 70 años con EPOC, exfumador de 40 paquetes/año. "
  "Al ingreso SatO2 86% ambiental, FR 26 rpm, sibilancias difusas y uso de musculatura accesoria. "
  "Gases arteriales con pH 7,33 y pCO2 52 mmHg; leucocitos 12.300/mm3. "
  "La radiografía de tórax muestra hiperinsuflación sin condensación. "
  "Se diagnostica EPOC con exacerbación aguda (J44.1) y acidosis respiratoria, requiriendo ventilación mecánica no invasiva (BiPAP) por 48 horas. "
  "Recibe salbutamol (R03AC02) 4 puff c/4h, bromuro de ipratropio (R03BB01) 4 puff c/6h, prednisolona (H02AB06) 40 mg VO c/24h y azitromicina (J01FA10) 500 mg VO c/24h. "
  "Se retira la BiPAP a las 48 horas. Alta al día 6 con SatO2 91% y oxígeno por naricera a 1 L/min.",
  "EPOC exacerbado con VMNI presente en el input.")

R("c20", "Masculino", 22, "Neumología",
  "Varón de 22 años, alto y delgado, fumador, con dolor torácico derecho súbito y disnea de 6 horas.",
  "Murmullo pulmonar abolido en hemitórax derecho, SatO2 93%, FC 102 lpm.",
  [["Hemoglobina", "15,2 g/dL"]],
  "Radiografía de tórax: neumotórax derecho de 40%.",
  [["J93.1", "Otros tipos de neumotórax espontáneo"]],
  ["Instalación de tubo pleural derecho 24 Fr en 5° espacio intercostal línea axilar media"],
  [["N02BE01", "Paracetamol 1 g VO c/8h"]],
  "Reexpansión pulmonar completa en control radiológico al día 2, sin fuga aérea. Se retira tubo pleural al día 3. Alta al día 4.",
  "Ingresa por dolor torácico derecho súbito y disnea de 6 horas de evolución en varón de 22 años, fumador, de hábito longilíneo. "
  "Al examen murmullo pulmonar abolido en el hemitórax derecho, SatO2 93% y FC 102 lpm. "
  "La radiografía de tórax muestra neumotórax derecho de 40%, diagnosticándose neumotórax espontáneo (J93.1). "
  "Se instala tubo pleural derecho 24 Fr en 5° espacio intercostal, línea axilar media, con analgesia con paracetamol (N02BE01) 1 g VO c/8h. "
  "En el control radiológico del día 2 presenta reexpansión pulmonar completa sin fuga aérea, retirándose el tubo pleural al día 3. "
  "Hemoglobina 15,2 g/dL. "
  "Es dado de alta al día 4, con indicación de suspender el tabaco y evitar viajes en avión.",
  "Neumotórax derecho con tubo pleural derecho; lateralidad y procedimiento concordantes.")

R("c21", "Femenino", 29, "Neumología",
  "Mujer de 29 años, asmática desde la infancia con mala adherencia a corticoide inhalado, con disnea y sibilancias de 2 días tras cuadro viral.",
  "FR 28 rpm, SatO2 91%, sibilancias espiratorias difusas, PEF 40% del teórico.",
  [["pCO2", "38 mmHg"], ["Eosinófilos", "650/mm3"]],
  "Radiografía de tórax: sin condensación ni neumotórax.",
  [["J45.9", "Asma, no especificada"]],
  [],
  [["R03AC02", "Salbutamol 4 puff c/20 min por 3 dosis y luego c/4h"], ["H02AB06", "Prednisolona 40 mg VO c/24h"], ["R03AK07", "Budesonida/formoterol 160/4,5 mcg 2 inhalaciones c/12h"]],
  "PEF 80% al día 2, sin requerimientos de oxígeno. Alta al día 3 con educación de técnica inhalatoria.",
  "Ingresa por disnea y sibilancias de 2 días de evolución tras un cuadro viral, en mujer de 29 años asmática desde la infancia, con mala adherencia al corticoide inhalado. "
  "Al ingreso FR 28 rpm, SatO2 91%, sibilancias espiratorias difusas y PEF 40% del teórico. "
  "Gases con pCO2 38 mmHg y eosinófilos 650/mm3; la radiografía de tórax no muestra condensación ni neumotórax. "
  "Se diagnostica crisis asmática (J45.9) y se trata con salbutamol (R03AC02) 4 puff c/20 min por 3 dosis y luego c/4h, más prednisolona (H02AB06) 40 mg VO c/24h. "
  "Se inicia budesonida/formoterol (R03AK07) 160/4,5 mcg 2 inhalaciones c/12h. "
  "Al día 2 alcanza PEF 80% sin requerir oxígeno. "
  "Es dada de alta al día 3 tras educación en técnica inhalatoria.",
  "Crisis asmática en mujer joven; neumotórax descartado (negado).")

R("c22", "Masculino", 66, "Neumología",
  "Paciente de 66 años, tabáquico, con disnea progresiva y dolor pleurítico izquierdo de 3 semanas, baja de peso de 5 kg.",
  "Matidez y murmullo disminuido en base izquierda, SatO2 92%.",
  [["LDH pleural", "620 U/L"], ["Proteínas pleurales", "4,8 g/dL"], ["ADA pleural", "18 U/L"], ["Citología pleural", "negativa para células neoplásicas"]],
  "Radiografía de tórax: derrame pleural izquierdo que ocupa un tercio del hemitórax. TC de tórax: engrosamiento pleural izquierdo, sin masa pulmonar.",
  [["J90", "Derrame pleural no clasificado en otra parte"]],
  ["Toracocentesis diagnóstica y evacuadora izquierda de 1200 mL", "Biopsia pleural por videotoracoscopía izquierda"],
  [["N02BE01", "Paracetamol 1 g VO c/8h"]],
  "Mejoría de la disnea tras toracocentesis. Biopsia pendiente al alta. Alta al día 5 con control en policlínico de neumología.",
  "Ingresa por disnea progresiva y dolor pleurítico izquierdo de 3 semanas de evolución con baja de peso de 5 kg, en paciente masculino de 66 años, tabáquico. "
  "Al examen matidez y murmullo disminuido en la base izquierda, con SatO2 92%. "
  "La radiografía de tórax muestra derrame pleural (J90) izquierdo que ocupa un tercio del hemitórax. "
  "Se realiza toracocentesis diagnóstica y evacuadora izquierda de 1200 mL: exudado con LDH 620 U/L, proteínas 4,8 g/dL, ADA 18 U/L y citología negativa para células neoplásicas. "
  "La TC de tórax informa engrosamiento pleural izquierdo sin masa pulmonar, por lo que se realiza biopsia pleural por videotoracoscopía izquierda. "
  "Analgesia con paracetamol (N02BE01) 1 g VO c/8h. "
  "Mejora la disnea y se va de alta al día 5 con biopsia pendiente y control en policlínico de neumología.",
  "Derrame pleural izquierdo; toracocentesis y biopsia izquierdas concordantes.")

R("c23", "Femenino", 57, "Neumología",
  "Mujer de 57 años, cursando postoperatorio de prótesis de rodilla hace 2 semanas, con disnea súbita y dolor torácico.",
  "FC 112 lpm, PA 118/74 mmHg, SatO2 88%, sin signos de TVP.",
  [["Dímero D", "5.400 ng/mL"], ["Troponina T ultrasensible", "32 ng/L"], ["Creatinina", "0,8 mg/dL"]],
  "AngioTC de tórax: tromboembolismo pulmonar de arterias lobares bilaterales. Ecocardiograma: sin disfunción de ventrículo derecho.",
  [["I26.9", "Embolia pulmonar sin mención de corazón pulmonar agudo"]],
  [],
  [["B01AB05", "Enoxaparina 60 mg SC c/12h"], ["B01AF02", "Apixabán 10 mg VO c/12h por 7 días, luego 5 mg c/12h"]],
  "Disminuye requerimiento de oxígeno, sin inestabilidad. No requirió trombólisis. Alta al día 5.",
  "Ingresa por disnea súbita y dolor torácico en mujer de 57 años que cursa el postoperatorio de una prótesis de rodilla de hace 2 semanas. "
  "Al ingreso FC 112 lpm, PA 118/74 mmHg y SatO2 88%, sin signos de TVP. "
  "Dímero D 5.400 ng/mL, troponina T ultrasensible 32 ng/L y creatinina 0,8 mg/dL. "
  "La angioTC de tórax muestra tromboembolismo pulmonar (I26.9) de arterias lobares bilaterales, sin disfunción del ventrículo derecho al ecocardiograma. "
  "Se anticoagula con enoxaparina (B01AB05) 60 mg SC c/12h y luego apixabán (B01AF02) 10 mg VO c/12h por 7 días, seguido de 5 mg c/12h. "
  "Permanece hemodinámicamente estable, sin requerir trombólisis, y disminuye el requerimiento de oxígeno. "
  "Alta al día 5.",
  "TEP bilateral; 'sin requerir trombólisis' es negación y no alucinación.")

# ---------------------------------------------------------------- pediatría
R("c24", "Masculino", 1, "Pediatría",
  "Lactante de 1 año, previamente sano, con coriza, tos y dificultad respiratoria de 3 días. La madre refiere rechazo alimentario.",
  "FR 56 rpm, retracción subcostal, sibilancias y crépitos difusos, SatO2 90%.",
  [["Panel viral", "virus respiratorio sincicial positivo"]],
  "Radiografía de tórax: hiperinsuflación y atelectasias laminares.",
  [["J21.0", "Bronquiolitis aguda debida a virus sincitial respiratorio"]],
  ["Oxigenoterapia por naricera", "Alimentación por sonda nasogástrica por 48 horas"],
  [],
  "Disminuye trabajo respiratorio, suspende oxígeno al día 4, retoma alimentación oral. Alta al día 5.",
  "Ingresa por coriza, tos y dificultad respiratoria de 3 días de evolución en lactante de 1 año, previamente sano. "
  "La madre refiere además rechazo alimentario. "
  "Al examen FR 56 rpm, retracción subcostal, sibilancias y crépitos difusos, con SatO2 90%. "
  "El panel viral resulta positivo para virus respiratorio sincicial y la radiografía de tórax muestra hiperinsuflación con atelectasias laminares. "
  "Se diagnostica bronquiolitis aguda por virus sincicial respiratorio (J21.0). "
  "Se maneja con oxigenoterapia por naricera y, por el rechazo alimentario, se alimenta por sonda nasogástrica durante 48 horas. "
  "Evoluciona con menor trabajo respiratorio, suspendiendo el oxígeno al día 4 y retomando la alimentación oral. "
  "Es dado de alta al día 5, acompañado de su madre.",
  "Bronquiolitis en lactante varón; 'la madre' refiere a otra persona y no contradice el sexo.")

R("c25", "Femenino", 3, "Pediatría",
  "Preescolar de 3 años con vómitos y deposiciones líquidas sin sangre de 2 días, disminución de la diuresis. Padre refiere contacto en jardín infantil.",
  "Peso 14 kg, mucosas secas, llene capilar 3 segundos, FC 142 lpm, decaída.",
  [["Sodio", "133 mEq/L"], ["Potasio", "3,5 mEq/L"], ["Bicarbonato", "15 mEq/L"], ["Rotavirus en deposiciones", "positivo"]],
  "",
  [["A08.0", "Enteritis debida a rotavirus"], ["E86", "Depleción del volumen"]],
  [],
  [["B05BB01", "Suero fisiológico 20 mL/kg EV en bolo"], ["A04AA01", "Ondansetrón 2 mg EV dosis única"]],
  "Tolera rehidratación oral al día 2, diuresis conservada. Alta al día 2.",
  "Ingresa por vómitos y deposiciones líquidas sin sangre de 2 días de evolución con disminución de la diuresis en preescolar de sexo femenino de 3 años. "
  "El padre refiere contacto con casos similares en el jardín infantil. "
  "Al examen decaída, con mucosas secas, llene capilar de 3 segundos, FC 142 lpm y peso de 14 kg. "
  "Laboratorio con sodio 133 mEq/L, potasio 3,5 mEq/L y bicarbonato 15 mEq/L; rotavirus positivo en deposiciones. "
  "Se diagnostica enteritis por rotavirus (A08.0) con depleción de volumen (E86). "
  "Recibe suero fisiológico (B05BB01) 20 mL/kg EV en bolo y ondansetrón (A04AA01) 2 mg EV en dosis única. "
  "Tolera la rehidratación oral y mantiene diuresis conservada, siendo dada de alta al día 2.",
  "Gastroenteritis en niña; 'el padre' es otra persona.")

R("c26", "Masculino", 6, "Pediatría",
  "Escolar de 6 años con fiebre de 39 °C, tos y dolor abdominal de 3 días. Vacunas al día.",
  "T 39,0 °C, FR 34 rpm, SatO2 93%, crépitos y soplo tubario en base izquierda.",
  [["Leucocitos", "21.000/mm3"], ["PCR", "148 mg/L"]],
  "Radiografía de tórax: condensación en lóbulo inferior izquierdo, sin derrame.",
  [["J18.1", "Neumonía lobar, no especificada"]],
  [],
  [["J01CE01", "Penicilina sódica 200.000 UI/kg/día EV c/6h"], ["N02BE01", "Paracetamol 15 mg/kg VO c/6h SOS"]],
  "Afebril a las 48 horas, se rota a amoxicilina oral. Alta al día 4.",
  "Ingresa por fiebre de 39 °C, tos y dolor abdominal de 3 días de evolución en escolar de 6 años con vacunas al día. "
  "Al examen T 39,0 °C, FR 34 rpm y SatO2 93%, con crépitos y soplo tubario en la base izquierda. "
  "Laboratorio con leucocitos 21.000/mm3 y PCR 148 mg/L. "
  "La radiografía de tórax muestra condensación del lóbulo inferior izquierdo sin derrame, compatible con neumonía lobar (J18.1). "
  "Se inicia penicilina sódica (J01CE01) 200.000 UI/kg/día EV c/6h y paracetamol (N02BE01) 15 mg/kg VO c/6h en caso de fiebre. "
  "Evoluciona afebril a las 48 horas, rotándose a amoxicilina oral. "
  "Es dado de alta al día 4 en buenas condiciones, con control en su centro de salud.",
  "Neumonía lobar izquierda en niño; fiebre fundada por T 39,0.")

R("c27", "F", 2, "Pediatría",
  "Niña de 2 años con fiebre de 12 horas y episodio de movimientos tónico-clónicos generalizados de 3 minutos en domicilio, con recuperación completa. La abuela presenció el evento.",
  "T 38,8 °C, vigil, sin signos meníngeos, otoscopía con tímpano derecho abombado.",
  [["Leucocitos", "14.200/mm3"], ["PCR", "41 mg/L"], ["Glucosa", "96 mg/dL"]],
  "",
  [["R56.0", "Convulsiones febriles"], ["H66.0", "Otitis media supurativa aguda"]],
  [],
  [["J01CA04", "Amoxicilina 80 mg/kg/día VO c/12h"], ["N02BE01", "Paracetamol 15 mg/kg VO c/6h"]],
  "Sin nuevas crisis en 24 horas de observación. Alta al día 1 con educación a los padres.",
  "Ingresa por fiebre de 12 horas y un episodio de movimientos tónico-clónicos generalizados de 3 minutos en domicilio, con recuperación completa, en niña de 2 años. "
  "La abuela presenció el evento. "
  "Al examen T 38,8 °C, vigil, sin signos meníngeos y con tímpano derecho abombado a la otoscopía. "
  "Laboratorio con leucocitos 14.200/mm3, PCR 41 mg/L y glucosa 96 mg/dL. "
  "Se diagnostica convulsión febril (R56.0) en contexto de otitis media supurativa aguda (H66.0) derecha. "
  "Se indica amoxicilina (J01CA04) 80 mg/kg/día VO c/12h y paracetamol (N02BE01) 15 mg/kg VO c/6h. "
  "No presenta nuevas crisis en 24 horas de observación. "
  "Alta al día 1 con educación a los padres sobre manejo de la fiebre.",
  "Convulsión febril con otitis derecha; 'la abuela' es otra persona.")

R("c28", "Masculino", 10, "Cirugía Infantil",
  "Escolar de 10 años con dolor abdominal de 2 días que se localiza en fosa ilíaca derecha, vómitos y fiebre.",
  "T 38,4 °C, defensa muscular en fosa ilíaca derecha.",
  [["Leucocitos", "17.900/mm3"], ["PCR", "122 mg/L"]],
  "Ecografía abdominal: apendicitis aguda con plastrón y líquido libre escaso.",
  [["K35.3", "Apendicitis aguda con peritonitis localizada"]],
  ["Apendicectomía laparoscópica con aseo de fosa ilíaca derecha"],
  [["J01DD04", "Ceftriaxona 50 mg/kg EV c/24h"], ["P01AB01", "Metronidazol 10 mg/kg EV c/8h"]],
  "Afebril al día 2, tolera régimen. Completa 5 días de antibióticos. Alta al día 5.",
  "Ingresa por dolor abdominal de 2 días de evolución localizado en la fosa ilíaca derecha, con vómitos y fiebre, en un escolar de 10 años. "
  "Al examen T 38,4 °C y defensa muscular en fosa ilíaca derecha; leucocitos 17.900/mm3 y PCR 122 mg/L. "
  "La ecografía abdominal muestra apendicitis aguda con plastrón y escaso líquido libre, diagnosticándose apendicitis aguda con peritonitis localizada (K35.3). "
  "Se realiza apendicectomía laparoscópica con aseo de la fosa ilíaca derecha. "
  "Recibe ceftriaxona (J01DD04) 50 mg/kg EV c/24h y metronidazol (P01AB01) 10 mg/kg EV c/8h, completando 5 días de tratamiento antibiótico. "
  "Evoluciona afebril desde el día 2 y tolera régimen. "
  "Es dado de alta al día 5, operado y sin complicaciones.",
  "Apendicitis complicada en niño; 'operado' concuerda con el sexo.")

R("c29", "Femenino", 5, "Pediatría",
  "Preescolar de 5 años con fiebre de 3 días, disuria y dolor lumbar izquierdo.",
  "T 39,3 °C, puño percusión izquierda positiva, irritable.",
  [["Leucocitos", "19.800/mm3"], ["PCR", "156 mg/L"], ["Urocultivo", "E. coli > 100.000 UFC/mL"], ["Creatinina", "0,4 mg/dL"]],
  "Ecografía renal y vesical: riñón izquierdo aumentado de tamaño, sin dilatación.",
  [["N10", "Pielonefritis aguda"]],
  [],
  [["J01GB03", "Gentamicina 5 mg/kg EV c/24h"]],
  "Afebril a las 72 horas, se rota a cefadroxilo oral según antibiograma. Alta al día 4.",
  "Ingresa por fiebre de 3 días de evolución, disuria y dolor lumbar izquierdo en preescolar de 5 años, de sexo femenino. "
  "Al examen T 39,3 °C, irritable y con puño percusión izquierda positiva. "
  "Laboratorio con leucocitos 19.800/mm3, PCR 156 mg/L y creatinina 0,4 mg/dL; el urocultivo desarrolla E. coli > 100.000 UFC/mL. "
  "La ecografía renal y vesical muestra riñón izquierdo aumentado de tamaño, sin dilatación. "
  "Se diagnostica pielonefritis aguda (N10) y se trata con gentamicina (J01GB03) 5 mg/kg EV c/24h. "
  "Evoluciona afebril a las 72 horas, rotándose a cefadroxilo oral según el antibiograma. "
  "Es dada de alta al día 4 con control de urocultivo y ecografía.",
  "Pielonefritis izquierda en niña; lateralidad concordante.")

# ---------------------------------------------------------------- obstetricia
R("c30", "Femenino", 28, "Obstetricia",
  "Primigesta de 28 años, embarazo de 39 semanas controlado, consulta por contracciones uterinas regulares de 6 horas.",
  "Dilatación 5 cm, borramiento 80%, LCF 140 lpm, membranas íntegras.",
  [["Hemoglobina", "11,8 g/dL"], ["Grupo sanguíneo", "O Rh positivo"], ["VDRL", "no reactivo"]],
  "",
  [["O80", "Parto único espontáneo"]],
  ["Parto vaginal espontáneo", "Episiotomía mediolateral derecha y episiorrafia"],
  [["H01BB02", "Oxitocina 10 UI IM posterior al alumbramiento"], ["M01AE01", "Ibuprofeno 400 mg VO c/8h"]],
  "Recién nacido de sexo masculino, 3.350 g, Apgar 9-10. Puerperio fisiológico, loquios normales. Alta al día 2 junto a su hijo.",
  "Ingresa por contracciones uterinas regulares de 6 horas de evolución en primigesta de 28 años con embarazo de 39 semanas controlado. "
  "Al ingreso con dilatación de 5 cm, borramiento 80%, LCF 140 lpm y membranas íntegras. "
  "Exámenes con hemoglobina 11,8 g/dL, grupo O Rh positivo y VDRL no reactivo. "
  "Evoluciona a parto vaginal espontáneo (O80) con episiotomía mediolateral derecha y episiorrafia. "
  "Recibe oxitocina (H01BB02) 10 UI IM posterior al alumbramiento. "
  "Nace un recién nacido de sexo masculino de 3.350 g, Apgar 9-10. "
  "El puerperio cursa fisiológico con loquios normales y analgesia con ibuprofeno (M01AE01) 400 mg VO c/8h. "
  "Es dada de alta al día 2 junto a su hijo, ambos en buenas condiciones.",
  "Parto vaginal; el recién nacido masculino ('su hijo') no cambia el sexo de la paciente.")

R("c31", "Femenino", 34, "Obstetricia",
  "Multípara de 34 años, embarazo de 35 semanas, con cefalea, fotopsias y edema de 2 días.",
  "PA 168/112 mmHg, reflejos osteotendíneos vivos, edema de extremidades inferiores, LCF 150 lpm.",
  [["Proteinuria 24 h", "2,8 g"], ["Plaquetas", "118.000/mm3"], ["GOT", "64 U/L"], ["Creatinina", "0,9 mg/dL"]],
  "Ecografía obstétrica: feto único, crecimiento en percentil 12, doppler umbilical normal.",
  [["O14.1", "Preeclampsia severa"]],
  ["Cesárea segmentaria bajo anestesia raquídea", "Instalación de sonda vesical Foley para control de diuresis"],
  [["B05XA05", "Sulfato de magnesio 5 g EV carga y luego 1 g/h en infusión por 24 horas"], ["C07AG01", "Labetalol 20 mg EV en bolo"], ["C02AB01", "Metildopa 500 mg VO c/8h"]],
  "Cesárea sin incidentes, recién nacida de 2.450 g. PA controlada con metildopa. Se retira sonda vesical a las 24 horas. Alta al día 4.",
  "Ingresa por cefalea, fotopsias y edema de 2 días de evolución en multípara de 34 años cursando embarazo de 35 semanas. "
  "Al ingreso PA 168/112 mmHg, reflejos osteotendíneos vivos, edema de extremidades inferiores y LCF 150 lpm. "
  "Proteinuria de 2,8 g en 24 h, plaquetas 118.000/mm3, GOT 64 U/L y creatinina 0,9 mg/dL. "
  "Con diagnóstico de preeclampsia severa (O14.1) recibe sulfato de magnesio (B05XA05) 5 g EV de carga y 1 g/h en infusión por 24 horas, y labetalol (C07AG01) 20 mg EV en bolo. "
  "Se realiza cesárea segmentaria bajo anestesia raquídea, con instalación de sonda vesical Foley, naciendo una recién nacida de 2.450 g. "
  "La sonda vesical se retira a las 24 horas y la presión se controla con metildopa (C02AB01) 500 mg VO c/8h. "
  "Alta al día 4.",
  "Preeclampsia severa con cesárea; sonda vesical presente en procedimientos; 'recién nacida' es otra persona.")

R("c32", "Femenino", 31, "Obstetricia",
  "Puérpera de 31 años, parto vaginal hace 1 hora, con sangrado genital abundante.",
  "PA 84/50 mmHg, FC 124 lpm, útero blando y subinvolucionado.",
  [["Hemoglobina", "7,1 g/dL"], ["Plaquetas", "162.000/mm3"], ["Fibrinógeno", "310 mg/dL"]],
  "Ecografía: sin restos placentarios.",
  [["O72.1", "Otras hemorragias postparto inmediatas"], ["D62", "Anemia posthemorrágica aguda"]],
  ["Masaje uterino bimanual", "Transfusión de 3 unidades de glóbulos rojos"],
  [["H01BB02", "Oxitocina 40 UI en 1000 mL EV a 125 mL/h"], ["G02AB01", "Metilergometrina 0,2 mg IM"], ["B02AA02", "Ácido tranexámico 1 g EV"]],
  "Útero contraído, cede sangrado. Hemoglobina post transfusión 9,4 g/dL. Alta al día 3 con sulfato ferroso.",
  "Ingresa por sangrado genital abundante 1 hora después de un parto vaginal, en puérpera de 31 años. "
  "Al ingreso PA 84/50 mmHg y FC 124 lpm, con útero blando y subinvolucionado; la ecografía descarta restos placentarios. "
  "Hemoglobina 7,1 g/dL, plaquetas 162.000/mm3 y fibrinógeno 310 mg/dL. "
  "Se diagnostica hemorragia postparto inmediata (O72.1) por inercia uterina y se realiza masaje uterino bimanual. "
  "Recibe oxitocina (H01BB02) 40 UI en 1000 mL EV a 125 mL/h, metilergometrina (G02AB01) 0,2 mg IM y ácido tranexámico (B02AA02) 1 g EV. "
  "Por anemia posthemorrágica aguda (D62) se transfunden 3 unidades de glóbulos rojos, con hemoglobina posterior de 9,4 g/dL. "
  "Evoluciona con útero contraído y cese del sangrado. Alta al día 3 con sulfato ferroso.",
  "Hemorragia postparto con transfusión presente en el input.")

R("c33", "Femenino", 26, "Ginecología y Obstetricia",
  "Mujer de 26 años con atraso menstrual de 7 semanas, dolor en fosa ilíaca izquierda y sangrado genital escaso.",
  "PA 104/66 mmHg, FC 98 lpm, dolor a la palpación de fosa ilíaca izquierda, sin signos peritoneales.",
  [["beta-hCG", "2.100 mUI/mL"], ["Hemoglobina", "11,9 g/dL"]],
  "Ecografía transvaginal: útero vacío, masa anexial izquierda de 3 cm, escaso líquido libre.",
  [["O00.1", "Embarazo tubárico"]],
  ["Salpingectomía izquierda laparoscópica"],
  [["J01DB04", "Cefazolina 2 g EV dosis única"], ["N02BE01", "Paracetamol 1 g VO c/8h"]],
  "Postoperatorio sin complicaciones, Rh positivo. Alta al día 2.",
  "Ingresa por atraso menstrual de 7 semanas, dolor en fosa ilíaca izquierda y sangrado genital escaso en una mujer de 26 años. "
  "Al ingreso PA 104/66 mmHg y FC 98 lpm, con dolor a la palpación de la fosa ilíaca izquierda, sin signos peritoneales. "
  "La beta-hCG es de 2.100 mUI/mL y la hemoglobina 11,9 g/dL. "
  "La ecografía transvaginal muestra útero vacío, masa anexial izquierda de 3 cm y escaso líquido libre, planteándose embarazo tubárico (O00.1). "
  "Se realiza salpingectomía izquierda laparoscópica con profilaxis con cefazolina (J01DB04) 2 g EV. "
  "El postoperatorio cursa sin complicaciones, con analgesia con paracetamol (N02BE01) 1 g VO c/8h. "
  "Es Rh positivo, por lo que no requiere inmunoglobulina anti-D. "
  "Es dada de alta al día 2, operada y en buenas condiciones.",
  "Embarazo ectópico izquierdo con salpingectomía izquierda; inmunoglobulina anti-D negada.")

R("c34", "Femenino", 22, "Obstetricia",
  "Primigesta de 22 años con embarazo de 9 semanas, vómitos incoercibles de 5 días e intolerancia oral.",
  "Deshidratada, FC 108 lpm, peso 52 kg con baja de 3 kg.",
  [["Cetonuria", "3+"], ["Potasio", "3,1 mEq/L"], ["Sodio", "136 mEq/L"]],
  "Ecografía obstétrica: embarazo único intrauterino de 9 semanas, LCF presentes.",
  [["O21.1", "Hiperemesis gravídica con trastornos metabólicos"]],
  [],
  [["A03FA01", "Metoclopramida 10 mg EV c/8h"], ["B05XA01", "Cloruro de potasio 20 mEq en suero EV c/12h"], ["A11DA01", "Tiamina 100 mg EV c/24h"]],
  "Cede la cetonuria al día 3, tolera régimen fraccionado. Alta al día 4.",
  "Ingresa por vómitos incoercibles de 5 días de evolución e intolerancia oral en primigesta de 22 años con embarazo de 9 semanas. "
  "Al examen deshidratada, FC 108 lpm y peso de 52 kg, con baja de 3 kg. "
  "Cetonuria 3+, potasio 3,1 mEq/L y sodio 136 mEq/L. "
  "La ecografía obstétrica confirma embarazo único intrauterino de 9 semanas con LCF presentes. "
  "Se diagnostica hiperémesis gravídica con trastornos metabólicos (O21.1). "
  "Se hidrata y se indica metoclopramida (A03FA01) 10 mg EV c/8h, cloruro de potasio (B05XA01) 20 mEq en suero EV c/12h y tiamina (A11DA01) 100 mg EV c/24h. "
  "Al día 3 cede la cetonuria y tolera régimen fraccionado. "
  "Es dada de alta al día 4, hidratada.",
  "Hiperémesis con hipokalemia leve; paciente femenina.")

# ---------------------------------------------------------------- traumatología
R("c35", "Femenino", 84, "Traumatología",
  "Paciente de 84 años, autovalente, sufre caída a nivel en domicilio con dolor e impotencia funcional de cadera derecha.",
  "Extremidad inferior derecha acortada y en rotación externa. PA 142/78 mmHg.",
  [["Hemoglobina", "11,4 g/dL"], ["Creatinina", "1,0 mg/dL"], ["INR", "1,1"]],
  "Radiografía de pelvis y cadera derecha: fractura subcapital de cuello femoral derecho desplazada.",
  [["S72.0", "Fractura del cuello del fémur"]],
  ["Artroplastía parcial de cadera derecha"],
  [["B01AB05", "Enoxaparina 40 mg SC c/24h"], ["N02BE01", "Paracetamol 1 g VO c/8h"], ["J01DB04", "Cefazolina 2 g EV preoperatoria"]],
  "Operada al día 2. Inicia marcha con andador al día 3 con kinesiología. Alta al día 5 a domicilio con su hija.",
  "Ingresa por dolor e impotencia funcional de cadera derecha tras caída a nivel en domicilio, en paciente de 84 años autovalente. "
  "Al examen la extremidad inferior derecha se encuentra acortada y en rotación externa, con PA 142/78 mmHg. "
  "La radiografía muestra fractura subcapital desplazada del cuello femoral (S72.0) derecho. "
  "Exámenes preoperatorios con hemoglobina 11,4 g/dL, creatinina 1,0 mg/dL e INR 1,1. "
  "Es operada al día 2, realizándose artroplastía parcial de cadera derecha con profilaxis con cefazolina (J01DB04) 2 g EV. "
  "Recibe enoxaparina (B01AB05) 40 mg SC c/24h como tromboprofilaxis y paracetamol (N02BE01) 1 g VO c/8h. "
  "Inicia la marcha con andador al día 3 con apoyo de kinesiología. "
  "Alta al día 5 a domicilio, acompañada por su hija.",
  "Fractura de cadera derecha operada; lateralidad concordante, 'operada' y 'acompañada' femeninos.")

R("c36", "Femenino", 67, "Traumatología",
  "Mujer de 67 años, osteoporótica, cae sobre la mano izquierda extendida, con dolor y deformidad de muñeca izquierda.",
  "Deformidad en dorso de tenedor de muñeca izquierda, sin compromiso neurovascular distal.",
  [["Hemoglobina", "12,9 g/dL"]],
  "Radiografía de muñeca izquierda: fractura de extremo distal de radio izquierdo con desplazamiento dorsal.",
  [["S52.5", "Fractura de la epífisis inferior del radio"], ["M81.0", "Osteoporosis postmenopáusica"]],
  ["Reducción abierta y osteosíntesis con placa volar de radio distal izquierdo"],
  [["N02BE01", "Paracetamol 1 g VO c/8h"], ["M05BA04", "Ácido alendrónico 70 mg VO semanal"]],
  "Sin compromiso neurovascular postoperatorio. Alta al día 2 con férula y control en policlínico.",
  "Ingresa por dolor y deformidad de la muñeca izquierda tras caída sobre la mano izquierda extendida, en mujer de 67 años con osteoporosis postmenopáusica (M81.0). "
  "Al examen presenta deformidad en dorso de tenedor de la muñeca izquierda, sin compromiso neurovascular distal, y hemoglobina 12,9 g/dL. "
  "La radiografía de muñeca izquierda muestra fractura del extremo distal del radio (S52.5) izquierdo con desplazamiento dorsal. "
  "Se realiza reducción abierta y osteosíntesis con placa volar del radio distal izquierdo. "
  "Recibe analgesia con paracetamol (N02BE01) 1 g VO c/8h y se inicia ácido alendrónico (M05BA04) 70 mg VO semanal. "
  "Evoluciona sin compromiso neurovascular en el postoperatorio. "
  "Es dada de alta al día 2 con férula y control en policlínico de traumatología.",
  "Fractura de radio distal izquierdo; lateralidad concordante.")

R("c37", "Masculino", 35, "Traumatología",
  "Hombre de 35 años, motociclista, sufre accidente de tránsito con dolor y deformidad de pierna derecha.",
  "Deformidad de tercio medio de pierna derecha, herida puntiforme de 1 cm, pulsos pedios presentes.",
  [["Hemoglobina", "13,6 g/dL"], ["CK", "890 U/L"]],
  "Radiografía de pierna derecha: fractura diafisiaria de tibia y peroné derechos.",
  [["S82.2", "Fractura de la diáfisis de la tibia"]],
  ["Aseo quirúrgico y enclavado endomedular de tibia derecha"],
  [["J01DB04", "Cefazolina 2 g EV c/8h por 24 horas"], ["N02AX02", "Tramadol 50 mg VO c/8h"]],
  "Herida sin signos de infección, sin síndrome compartimental. Marcha con bastones sin apoyo. Alta al día 3.",
  "Ingresa por dolor y deformidad de la pierna derecha tras accidente de tránsito en motocicleta, en hombre de 35 años. "
  "Al examen deformidad del tercio medio de la pierna derecha con herida puntiforme de 1 cm y pulsos pedios presentes. "
  "Hemoglobina 13,6 g/dL y CK 890 U/L. "
  "La radiografía muestra fractura diafisiaria de tibia (S82.2) y peroné derechos, expuesta. "
  "Se realiza aseo quirúrgico y enclavado endomedular de la tibia derecha, con cefazolina (J01DB04) 2 g EV c/8h por 24 horas. "
  "Analgesia con tramadol (N02AX02) 50 mg VO c/8h. "
  "Evoluciona con herida sin signos de infección y sin síndrome compartimental, iniciando marcha con bastones sin apoyo. "
  "Es dado de alta al día 3.",
  "Fractura de tibia derecha; síndrome compartimental negado.")

R("c38", "Masculino", 41, "Traumatología",
  "Paciente de 41 años que sufre caída practicando esquí con dolor e impotencia funcional de hombro izquierdo.",
  "Signo de la charretera en hombro izquierdo, sensibilidad conservada en territorio axilar.",
  [["Hemoglobina", "14,8 g/dL"]],
  "Radiografía de hombro izquierdo: luxación glenohumeral anterior sin fractura. Radiografía post reducción: articulación congruente.",
  [["S43.0", "Luxación de la articulación del hombro"]],
  ["Reducción cerrada de hombro izquierdo bajo sedación", "Inmovilización con cabestrillo"],
  [["N05CD08", "Midazolam 2 mg EV"], ["N02AB03", "Fentanilo 50 mcg EV"], ["M01AE01", "Ibuprofeno 400 mg VO c/8h"]],
  "Sin déficit neurológico post reducción. Alta a las 12 horas de observación.",
  "Ingresa por dolor e impotencia funcional del hombro izquierdo tras caída practicando esquí, en paciente masculino de 41 años. "
  "Al examen presenta signo de la charretera en el hombro izquierdo, con sensibilidad conservada en territorio axilar. "
  "La radiografía muestra luxación glenohumeral anterior (S43.0) izquierda sin fractura asociada; hemoglobina 14,8 g/dL. "
  "Se realiza reducción cerrada del hombro izquierdo bajo sedación con midazolam (N05CD08) 2 mg EV y fentanilo (N02AB03) 50 mcg EV. "
  "La radiografía post reducción confirma una articulación congruente y se inmoviliza con cabestrillo. "
  "No presenta déficit neurológico posterior a la reducción. "
  "Es dado de alta tras 12 horas de observación, con ibuprofeno (M01AE01) 400 mg VO c/8h.",
  "Luxación de hombro izquierdo con reducción; lateralidad concordante.")

R("c39", "Masculino", 29, "Traumatología",
  "Hombre de 29 años con torsión de tobillo izquierdo jugando fútbol, dolor y aumento de volumen.",
  "Aumento de volumen y equimosis maleolar lateral izquierda, imposibilidad de apoyo.",
  [["Hemoglobina", "15,0 g/dL"]],
  "Radiografía de tobillo izquierdo: fractura bimaleolar desplazada.",
  [["S82.8", "Fractura de otras partes de la pierna"]],
  ["Reducción abierta y osteosíntesis bimaleolar de tobillo izquierdo"],
  [["B01AB05", "Enoxaparina 40 mg SC c/24h por 4 semanas"], ["N02BE01", "Paracetamol 1 g VO c/8h"]],
  "Herida operatoria en buenas condiciones, bota de yeso. Alta al día 2.",
  "Ingresa por dolor y aumento de volumen del tobillo izquierdo tras torsión jugando fútbol, en hombre de 29 años. "
  "Al examen presenta aumento de volumen y equimosis maleolar lateral izquierda, con imposibilidad de apoyo. "
  "La radiografía de tobillo izquierdo muestra fractura bimaleolar desplazada, codificada como fractura de otras partes de la pierna (S82.8). "
  "Hemoglobina 15,0 g/dL. "
  "Se realiza reducción abierta y osteosíntesis bimaleolar del tobillo izquierdo sin incidentes. "
  "Se indica paracetamol (N02BE01) 1 g VO c/8h y enoxaparina (B01AB05) 40 mg SC c/24h por 4 semanas como tromboprofilaxis. "
  "Evoluciona con herida operatoria en buenas condiciones y se inmoviliza con bota de yeso. "
  "Es dado de alta al día 2, operado, con indicación de no apoyar la extremidad.",
  "Fractura bimaleolar izquierda; lateralidad concordante.")

# ---------------------------------------------------------------- neurología
R("c40", "Masculino", 74, "Neurología",
  "Hombre de 74 años, hipertenso, con hemiparesia derecha y afasia de inicio brusco hace 2 horas.",
  "NIHSS 12, hemiparesia braquiocrural derecha, afasia mixta. PA 168/94 mmHg. Glucosa capilar 118 mg/dL.",
  [["Plaquetas", "210.000/mm3"], ["INR", "1,0"], ["Creatinina", "1,1 mg/dL"]],
  "TC de cerebro: sin hemorragia. AngioTC: oclusión de arteria cerebral media izquierda segmento M1.",
  [["I63.5", "Infarto cerebral debido a oclusión o estenosis no especificada de arterias cerebrales"], ["I10", "Hipertensión esencial (primaria)"]],
  ["Trombólisis endovenosa con alteplasa", "Trombectomía mecánica de arteria cerebral media izquierda"],
  [["B01AD02", "Alteplasa 0,9 mg/kg EV"], ["C10AA05", "Atorvastatina 80 mg VO c/24h"], ["B01AC06", "Ácido acetilsalicílico 100 mg VO c/24h desde las 24 horas"], ["C09CA01", "Losartán 50 mg VO c/24h"]],
  "NIHSS 4 al alta, persiste leve paresia de mano derecha. Alta al día 7 a rehabilitación.",
  "Ingresa por hemiparesia derecha y afasia de inicio brusco de 2 horas de evolución en hombre de 74 años con hipertensión esencial (I10). "
  "Al ingreso NIHSS 12, hemiparesia braquiocrural derecha y afasia mixta, con PA 168/94 mmHg. "
  "La TC de cerebro descarta hemorragia y la angioTC muestra oclusión de la arteria cerebral media izquierda en segmento M1, diagnosticándose infarto cerebral (I63.5). "
  "Se realiza trombólisis endovenosa con alteplasa (B01AD02) 0,9 mg/kg EV y trombectomía mecánica de la arteria cerebral media izquierda. "
  "Desde las 24 horas recibe ácido acetilsalicílico (B01AC06) 100 mg VO c/24h, atorvastatina (C10AA05) 80 mg VO c/24h y losartán (C09CA01) 50 mg VO c/24h. "
  "Evoluciona con NIHSS 4, persistiendo leve paresia de la mano derecha. "
  "Es trasladado al día 7 a rehabilitación.",
  "ACV izquierdo con hemiparesia derecha (lateralidad coherente hemisferio-cuerpo) y trombólisis presente en input.")

R("c41", "Femenino", 80, "Neurología",
  "Mujer de 80 años con fibrilación auricular sin anticoagulación, encontrada por su nieto con hemiparesia izquierda al despertar, última vez vista sana hace 14 horas.",
  "NIHSS 9, hemiparesia izquierda, desviación de la mirada a derecha. PA 176/88 mmHg.",
  [["Glucosa", "132 mg/dL"], ["Creatinina", "0,9 mg/dL"]],
  "TC de cerebro: hipodensidad establecida en territorio de arteria cerebral media derecha. ECG: fibrilación auricular.",
  [["I63.4", "Infarto cerebral debido a embolia de arterias cerebrales"], ["I48.9", "Fibrilación y aleteo auricular, no especificado"]],
  [],
  [["B01AC06", "Ácido acetilsalicílico 250 mg VO c/24h"], ["B01AF02", "Apixabán 5 mg VO c/12h desde el día 6"], ["C10AA05", "Atorvastatina 40 mg VO c/24h"]],
  "Fuera de ventana para trombólisis. NIHSS 6 al alta. Se traslada a rehabilitación al día 8.",
  "Ingresa por hemiparesia izquierda constatada al despertar por su nieto, con última vez vista sana 14 horas antes, en mujer de 80 años con fibrilación auricular (I48.9) sin anticoagulación. "
  "Al ingreso NIHSS 9, hemiparesia izquierda y desviación de la mirada a derecha, PA 176/88 mmHg y glucosa 132 mg/dL. "
  "La TC de cerebro muestra hipodensidad establecida en territorio de la arteria cerebral media derecha, compatible con infarto cerebral embólico (I63.4). "
  "Por encontrarse fuera de ventana para trombólisis no se realiza terapia de reperfusión. "
  "Se indica ácido acetilsalicílico (B01AC06) 250 mg VO c/24h y atorvastatina (C10AA05) 40 mg VO c/24h, iniciándose apixabán (B01AF02) 5 mg VO c/12h desde el día 6. "
  "Evoluciona con NIHSS 6 y es trasladada a rehabilitación al día 8.",
  "ACV fuera de ventana: 'fuera de ventana para trombólisis' no es afirmar trombólisis; 'su nieto' es otra persona.")

R("c42", "Femenino", 37, "Neurología",
  "Mujer de 37 años con epilepsia en tratamiento con levetiracetam, suspendido hace 5 días por falta de medicamento, presenta crisis tónico-clónicas repetidas sin recuperar conciencia entre ellas.",
  "Glasgow 9 en periodo postictal, sin focalidad, T 37,2 °C.",
  [["CK", "1.240 U/L"], ["Glucosa", "104 mg/dL"], ["Sodio", "139 mEq/L"], ["Lactato", "4,1 mmol/L"]],
  "TC de cerebro: sin lesiones agudas. EEG al día 2: sin actividad epileptiforme.",
  [["G41.0", "Estado de gran mal epiléptico"]],
  [],
  [["N05BA06", "Lorazepam 4 mg EV"], ["N03AX14", "Levetiracetam 1500 mg EV carga y luego 1000 mg VO c/12h"]],
  "Cesan crisis tras lorazepam y carga de levetiracetam, recupera conciencia en 6 horas. Alta al día 3.",
  "Ingresa por crisis tónico-clónicas repetidas sin recuperación de conciencia entre ellas, en mujer de 37 años epiléptica que suspendió levetiracetam hace 5 días por falta de medicamento. "
  "Al ingreso Glasgow 9 en periodo postictal, sin focalidad y con T 37,2 °C. "
  "Laboratorio con CK 1.240 U/L, glucosa 104 mg/dL, sodio 139 mEq/L y lactato 4,1 mmol/L. "
  "La TC de cerebro no muestra lesiones agudas. "
  "Con diagnóstico de estado epiléptico (G41.0) recibe lorazepam (N05BA06) 4 mg EV y carga de levetiracetam (N03AX14) 1500 mg EV, seguida de 1000 mg VO c/12h. "
  "Cesan las crisis y recupera la conciencia en 6 horas, sin necesidad de intubación. "
  "El EEG del día 2 no muestra actividad epileptiforme. "
  "Es dada de alta al día 3.",
  "Estado epiléptico; 'sin necesidad de intubación' es negación.")

R("c43", "Masculino", 52, "Neurología",
  "Hombre de 52 años con debilidad ascendente de extremidades inferiores de 5 días, precedida por diarrea hace 2 semanas.",
  "Paraparesia M3 en extremidades inferiores, M4 en superiores, arreflexia global. CVF 2,8 L.",
  [["Proteínas en LCR", "142 mg/dL"], ["Células en LCR", "3/mm3"]],
  "Electromiografía: polineuropatía desmielinizante aguda.",
  [["G61.0", "Síndrome de Guillain-Barré"]],
  ["Punción lumbar"],
  [["J06BA02", "Inmunoglobulina humana 0,4 g/kg/día EV por 5 días"], ["B01AB05", "Enoxaparina 40 mg SC c/24h"]],
  "CVF estable, sin requerir ventilación mecánica. Fuerza M4 en extremidades inferiores al día 10. Traslado a rehabilitación al día 12.",
  "Ingresa por debilidad ascendente de extremidades inferiores de 5 días de evolución, precedida por diarrea hace 2 semanas, en hombre de 52 años. "
  "Al examen paraparesia M3 en extremidades inferiores, M4 en superiores y arreflexia global, con CVF 2,8 L. "
  "Se realiza punción lumbar con disociación albuminocitológica: proteínas 142 mg/dL y 3 células/mm3. "
  "La electromiografía muestra polineuropatía desmielinizante aguda, confirmándose síndrome de Guillain-Barré (G61.0). "
  "Recibe inmunoglobulina humana (J06BA02) 0,4 g/kg/día EV por 5 días y enoxaparina (B01AB05) 40 mg SC c/24h como tromboprofilaxis. "
  "Mantiene CVF estable, sin requerir ventilación mecánica. "
  "Al día 10 presenta fuerza M4 en extremidades inferiores y es trasladado a rehabilitación al día 12.",
  "Guillain-Barré; 'sin requerir ventilación mecánica' es negación, no alucinación.")

R("c44", "Masculino", 69, "Neurología",
  "Hombre de 69 años, hipertenso mal controlado, con cefalea súbita, vómitos y hemiparesia izquierda de 3 horas.",
  "PA 210/115 mmHg, Glasgow 14, hemiparesia izquierda M2.",
  [["Plaquetas", "198.000/mm3"], ["INR", "1,0"], ["Glucosa", "140 mg/dL"]],
  "TC de cerebro: hemorragia intraparenquimatosa talámica derecha de 18 mL sin apertura ventricular.",
  [["I61.0", "Hemorragia intracerebral en hemisferio, subcortical"], ["I10", "Hipertensión esencial (primaria)"]],
  [],
  [["C08CA05", "Nicardipino 5 mg/h EV en infusión continua"], ["C08CA01", "Amlodipino 10 mg VO c/24h"], ["C09CA01", "Losartán 100 mg VO c/24h"]],
  "PA objetivo menor de 140 mmHg lograda en 2 horas. TC control al día 2 estable. Paresia izquierda M3 al alta. Traslado a rehabilitación al día 9.",
  "Ingresa por cefalea súbita, vómitos y hemiparesia izquierda de 3 horas de evolución en hombre de 69 años con hipertensión esencial (I10) mal controlada. "
  "Al ingreso PA 210/115 mmHg, Glasgow 14 y hemiparesia izquierda M2. "
  "La TC de cerebro muestra hemorragia intraparenquimatosa talámica derecha de 18 mL, sin apertura ventricular, diagnosticándose hemorragia intracerebral subcortical (I61.0). "
  "Plaquetas 198.000/mm3, INR 1,0 y glucosa 140 mg/dL. "
  "Se inicia nicardipino (C08CA05) 5 mg/h EV en infusión continua, logrando PA menor de 140 mmHg en 2 horas. "
  "La TC de control al día 2 se mantiene estable. "
  "Se ajusta tratamiento con amlodipino (C08CA01) 10 mg VO c/24h y losartán (C09CA01) 100 mg VO c/24h. "
  "Persiste paresia izquierda M3 y se traslada a rehabilitación al día 9.",
  "Hemorragia talámica derecha con hemiparesia izquierda; lateralidades concordantes con el input.")

R("c45", "Femenino", 66, "Neurología",
  "Paciente de 66 años, dislipidémica, con episodio de 30 minutos de debilidad de mano derecha y disartria, con recuperación completa.",
  "Examen neurológico normal al ingreso. PA 146/82 mmHg. ABCD2 4.",
  [["LDL", "171 mg/dL"], ["HbA1c", "5,6%"]],
  "RM de cerebro: sin lesiones isquémicas agudas. Doppler carotídeo: estenosis de carótida interna izquierda de 30%. Holter de 24 horas: ritmo sinusal.",
  [["G45.9", "Isquemia cerebral transitoria, sin otra especificación"], ["E78.0", "Hipercolesterolemia pura"]],
  [],
  [["B01AC06", "Ácido acetilsalicílico 100 mg VO c/24h"], ["C10AA05", "Atorvastatina 40 mg VO c/24h"]],
  "Sin nuevos episodios. Alta al día 2 con control en policlínico de neurología.",
  "Ingresa por un episodio de 30 minutos de debilidad de la mano derecha y disartria, con recuperación completa, en paciente de 66 años con hipercolesterolemia pura (E78.0). "
  "Al ingreso examen neurológico normal, PA 146/82 mmHg y puntaje ABCD2 de 4. "
  "LDL 171 mg/dL y HbA1c 5,6%. "
  "La RM de cerebro no muestra lesiones isquémicas agudas; el doppler carotídeo informa estenosis de la carótida interna izquierda de 30% y el Holter de 24 horas ritmo sinusal. "
  "Se diagnostica accidente isquémico transitorio (G45.9). "
  "Se indica ácido acetilsalicílico (B01AC06) 100 mg VO c/24h y atorvastatina (C10AA05) 40 mg VO c/24h. "
  "Sin nuevos episodios durante la hospitalización, es dada de alta al día 2 con control en policlínico de neurología.",
  "AIT con síntomas derechos y estenosis carotídea izquierda; lateralidades concordantes.")

# ---------------------------------------------------------------- nefrología
R("c46", "Masculino", 71, "Nefrología",
  "Hombre de 71 años, hipertenso usuario de losartán, con vómitos y diarrea de 4 días y disminución de la diuresis.",
  "Mucosas secas, PA 98/60 mmHg, FC 104 lpm.",
  [["Creatinina", "3,8 mg/dL"], ["Creatinina basal", "1,0 mg/dL"], ["BUN", "72 mg/dL"], ["Potasio", "5,4 mEq/L"]],
  "Ecografía renal: riñones de tamaño normal sin dilatación.",
  [["N17.9", "Insuficiencia renal aguda, no especificada"], ["I10", "Hipertensión esencial (primaria)"]],
  [],
  [["B05BB01", "Suero fisiológico 1500 mL EV en 24 horas"]],
  "Se suspende losartán. Creatinina 1,2 mg/dL al día 4, diuresis conservada. Alta al día 4.",
  "Ingresa por vómitos y diarrea de 4 días de evolución con disminución de la diuresis en hombre de 71 años con hipertensión esencial (I10), usuario de losartán. "
  "Al examen mucosas secas, PA 98/60 mmHg y FC 104 lpm. "
  "Laboratorio con creatinina 3,8 mg/dL, basal de 1,0 mg/dL, BUN 72 mg/dL y potasio 5,4 mEq/L. "
  "La ecografía renal muestra riñones de tamaño normal sin dilatación. "
  "Se diagnostica insuficiencia renal aguda (N17.9) prerrenal. "
  "Se suspende el losartán y se hidrata con suero fisiológico (B05BB01) 1500 mL EV en 24 horas. "
  "Evoluciona con diuresis conservada y creatinina de 1,2 mg/dL al día 4. "
  "Es dado de alta al día 4, sin requerir hemodiálisis, con control de función renal.",
  "IRA prerrenal; 'sin requerir hemodiálisis' es negación, no alucinación.")

R("c47", "Masculino", 59, "Nefrología",
  "Paciente de 59 años con enfermedad renal crónica por nefropatía diabética, con náuseas, prurito y disnea de 2 semanas.",
  "PA 172/96 mmHg, edema de extremidades inferiores, asterixis. SatO2 93%.",
  [["Creatinina", "9,6 mg/dL"], ["BUN", "128 mg/dL"], ["Potasio", "6,1 mEq/L"], ["Hemoglobina", "8,4 g/dL"], ["Bicarbonato", "14 mEq/L"]],
  "Radiografía de tórax: congestión pulmonar leve.",
  [["N18.5", "Enfermedad renal crónica, etapa 5"], ["E11.2", "Diabetes mellitus tipo 2 con complicaciones renales"]],
  ["Instalación de catéter venoso central de hemodiálisis yugular derecho", "Hemodiálisis, 3 sesiones"],
  [["B03XA01", "Eritropoyetina 4000 UI SC 2 veces por semana"], ["A10AE04", "Insulina glargina 10 UI SC en la noche"], ["C03CA01", "Furosemida 80 mg VO c/12h"]],
  "Mejoría de síntomas urémicos tras 3 sesiones de hemodiálisis. Alta al día 6 a programa de hemodiálisis crónica.",
  "Ingresa por náuseas, prurito y disnea de 2 semanas de evolución en paciente masculino de 59 años con enfermedad renal crónica etapa 5 (N18.5) por diabetes mellitus tipo 2 con complicación renal (E11.2). "
  "Al examen PA 172/96 mmHg, edema de extremidades inferiores, asterixis y SatO2 93%. "
  "Laboratorio con creatinina 9,6 mg/dL, BUN 128 mg/dL, potasio 6,1 mEq/L, bicarbonato 14 mEq/L y hemoglobina 8,4 g/dL. "
  "Se instala catéter venoso central de hemodiálisis yugular derecho y se realizan 3 sesiones de hemodiálisis, con mejoría de los síntomas urémicos. "
  "Se indica furosemida (C03CA01) 80 mg VO c/12h, insulina glargina (A10AE04) 10 UI SC en la noche y eritropoyetina (B03XA01) 4000 UI SC 2 veces por semana por anemia renal. "
  "Alta al día 6 a programa de hemodiálisis crónica.",
  "ERC 5 con inicio de hemodiálisis y CVC presentes en input; anemia fundada por Hb 8,4.")

R("c48", "Femenino", 19, "Nefrología",
  "Mujer de 19 años con edema palpebral y de extremidades inferiores de 3 semanas, orina espumosa.",
  "Edema generalizado, PA 122/78 mmHg, peso 64 kg.",
  [["Proteinuria 24 h", "7,2 g"], ["Albúmina", "1,9 g/dL"], ["Colesterol total", "386 mg/dL"], ["Creatinina", "0,7 mg/dL"]],
  "Ecografía renal: riñones de tamaño normal.",
  [["N04.0", "Síndrome nefrótico, anomalía glomerular mínima"]],
  ["Biopsia renal percutánea ecoguiada"],
  [["H02AB07", "Prednisona 60 mg VO c/24h"], ["C03CA01", "Furosemida 40 mg VO c/24h"], ["C09AA02", "Enalapril 5 mg VO c/24h"]],
  "Biopsia: enfermedad de cambios mínimos. Disminución del edema, peso 60 kg al alta. Alta al día 5.",
  "Ingresa por edema palpebral y de extremidades inferiores de 3 semanas de evolución y orina espumosa, en mujer de 19 años. "
  "Al examen edema generalizado, PA 122/78 mmHg y peso de 64 kg. "
  "Laboratorio con proteinuria de 7,2 g en 24 h, albúmina 1,9 g/dL, colesterol total 386 mg/dL y creatinina 0,7 mg/dL. "
  "La ecografía renal muestra riñones de tamaño normal y se realiza biopsia renal percutánea ecoguiada, que informa enfermedad de cambios mínimos. "
  "Se diagnostica síndrome nefrótico con anomalía glomerular mínima (N04.0). "
  "Se inicia prednisona (H02AB07) 60 mg VO c/24h, furosemida (C03CA01) 40 mg VO c/24h y enalapril (C09AA02) 5 mg VO c/24h. "
  "Evoluciona con disminución del edema, con peso de 60 kg. "
  "Es dada de alta al día 5.",
  "Síndrome nefrótico en mujer joven; biopsia presente en procedimientos.")

R("c49", "Masculino", 64, "Nefrología",
  "Hombre de 64 años con enfermedad renal crónica etapa 4, usuario de espironolactona, con debilidad y palpitaciones de 1 día.",
  "FC 52 lpm, PA 134/80 mmHg, sin edema.",
  [["Potasio", "7,2 mEq/L"], ["Creatinina", "3,1 mg/dL"], ["Bicarbonato", "17 mEq/L"]],
  "ECG: ondas T picudas, QRS 110 ms.",
  [["E87.5", "Hiperpotasemia"], ["N18.4", "Enfermedad renal crónica, etapa 4"]],
  [],
  [["A12AA03", "Gluconato de calcio 10% 10 mL EV"], ["A10AB01", "Insulina cristalina 10 UI EV con glucosa"], ["R03AC02", "Salbutamol 10 mg nebulizado"], ["V03AE01", "Poliestirensulfonato de calcio 15 g VO c/8h"]],
  "Se suspende espironolactona. Potasio 5,0 mEq/L a las 12 horas, ECG normalizado. Alta al día 2.",
  "Ingresa por debilidad y palpitaciones de 1 día de evolución en hombre de 64 años con enfermedad renal crónica etapa 4 (N18.4), usuario de espironolactona. "
  "Al examen FC 52 lpm y PA 134/80 mmHg, sin edema. "
  "Laboratorio con potasio 7,2 mEq/L, creatinina 3,1 mg/dL y bicarbonato 17 mEq/L; el ECG muestra ondas T picudas con QRS de 110 ms. "
  "Se diagnostica hiperpotasemia (E87.5) severa. "
  "Recibe gluconato de calcio (A12AA03) 10% 10 mL EV, insulina cristalina (A10AB01) 10 UI EV con glucosa, salbutamol (R03AC02) 10 mg nebulizado y poliestirensulfonato de calcio (V03AE01) 15 g VO c/8h. "
  "Se suspende la espironolactona. "
  "A las 12 horas el potasio baja a 5,0 mEq/L con ECG normalizado. "
  "Es dado de alta al día 2.",
  "Hiperkalemia tratada con insulina y salbutamol (indicación plausible sin diabetes ni asma); no debe marcarse CLN001.")

R("c50", "Femenino", 41, "Urología",
  "Mujer de 41 años con dolor lumbar izquierdo cólico irradiado a fosa ilíaca izquierda, hematuria y vómitos de 1 día.",
  "Afebril, puño percusión izquierda positiva, PA 136/84 mmHg.",
  [["Creatinina", "1,0 mg/dL"], ["Leucocitos", "9.800/mm3"], ["Sedimento urinario", "hematuria, sin piuria"]],
  "PieloTC: cálculo de 6 mm en uréter distal izquierdo con hidronefrosis leve izquierda.",
  [["N20.1", "Cálculo del uréter"]],
  [],
  [["M01AB05", "Diclofenaco 75 mg IM"], ["G04CA02", "Tamsulosina 0,4 mg VO c/24h"], ["N02BB02", "Metamizol 1 g EV c/8h"]],
  "Cede el dolor, expulsa el cálculo al día 2. Alta al día 2.",
  "Ingresa por dolor lumbar izquierdo de tipo cólico irradiado a fosa ilíaca izquierda, con hematuria y vómitos de 1 día de evolución, en mujer de 41 años. "
  "Al examen afebril, con puño percusión izquierda positiva y PA 136/84 mmHg. "
  "Laboratorio con creatinina 1,0 mg/dL, leucocitos 9.800/mm3 y sedimento urinario con hematuria sin piuria. "
  "La pieloTC muestra cálculo de 6 mm en el uréter distal izquierdo con hidronefrosis leve izquierda, confirmándose cálculo del uréter (N20.1). "
  "Se maneja con diclofenaco (M01AB05) 75 mg IM, metamizol (N02BB02) 1 g EV c/8h y tamsulosina (G04CA02) 0,4 mg VO c/24h como terapia expulsiva. "
  "Cede el dolor y expulsa el cálculo al día 2. "
  "Es dada de alta al día 2.",
  "Litiasis ureteral izquierda; lateralidad concordante, afebril (sin fiebre).")

# ---------------------------------------------------------------- oncología
R("c51", "Femenino", 48, "Oncología",
  "Mujer de 48 años con cáncer de mama en quimioterapia, último ciclo hace 9 días, con fiebre de 38,6 °C y calofríos.",
  "T 38,6 °C, FC 108 lpm, PA 110/68 mmHg, mucositis grado 2, sin foco evidente.",
  [["Neutrófilos", "180/mm3"], ["Hemoglobina", "10,2 g/dL"], ["Plaquetas", "96.000/mm3"], ["Hemocultivos", "negativos"]],
  "Radiografía de tórax: sin condensación.",
  [["D70", "Agranulocitosis"], ["C50.9", "Tumor maligno de la mama, parte no especificada"]],
  [],
  [["J01DH02", "Meropenem 1 g EV c/8h"], ["L03AA02", "Filgrastim 300 mcg SC c/24h"]],
  "Afebril a las 72 horas, recuperación de neutrófilos a 1.600/mm3 al día 5. Alta al día 6.",
  "Ingresa por fiebre de 38,6 °C y calofríos en mujer de 48 años con cáncer de mama (C50.9) en quimioterapia, con último ciclo hace 9 días. "
  "Al ingreso FC 108 lpm, PA 110/68 mmHg y mucositis grado 2, sin foco evidente. "
  "Laboratorio con neutrófilos 180/mm3, hemoglobina 10,2 g/dL y plaquetas 96.000/mm3; hemocultivos negativos y radiografía de tórax sin condensación. "
  "Se diagnostica neutropenia febril por agranulocitosis (D70) postquimioterapia. "
  "Se inicia meropenem (J01DH02) 1 g EV c/8h y filgrastim (L03AA02) 300 mcg SC c/24h. "
  "Evoluciona afebril a las 72 horas, con recuperación de neutrófilos a 1.600/mm3 al día 5. "
  "Es dada de alta al día 6 con control en oncología.",
  "Neutropenia febril: fiebre fundada por T 38,6 del input.")

R("c52", "Masculino", 77, "Urología",
  "Hombre de 77 años con cáncer de próstata avanzado en hormonoterapia, con retención urinaria aguda de 12 horas.",
  "Globo vesical palpable, dolor hipogástrico. PA 158/88 mmHg.",
  [["Creatinina", "1,5 mg/dL"], ["APE", "48 ng/mL"], ["Hemoglobina", "12,1 g/dL"]],
  "Ecografía vesical: residuo de 900 mL, próstata de 70 g.",
  [["R33", "Retención de orina"], ["C61", "Tumor maligno de la próstata"]],
  ["Instalación de sonda vesical Foley 18 Fr con débito de 900 mL"],
  [["G04CA02", "Tamsulosina 0,4 mg VO c/24h"], ["L02AE02", "Leuprorelina 22,5 mg IM trimestral"]],
  "Creatinina 1,1 mg/dL al día 2. Se da de alta con sonda vesical a permanencia y control en urología.",
  "Ingresa por retención urinaria aguda de 12 horas de evolución en paciente masculino de 77 años con cáncer de próstata (C61) avanzado en hormonoterapia con leuprorelina (L02AE02) 22,5 mg IM trimestral. "
  "Al examen globo vesical palpable y dolor hipogástrico, PA 158/88 mmHg. "
  "Laboratorio con creatinina 1,5 mg/dL, APE 48 ng/mL y hemoglobina 12,1 g/dL. "
  "Se diagnostica retención de orina (R33) y se instala sonda vesical Foley 18 Fr con débito de 900 mL; la ecografía informa próstata de 70 g. "
  "Se inicia tamsulosina (G04CA02) 0,4 mg VO c/24h. "
  "Evoluciona con creatinina de 1,1 mg/dL al día 2. "
  "Es dado de alta con sonda vesical a permanencia y control en urología.",
  "Retención urinaria con sonda vesical presente en procedimientos.")

R("c53", "Masculino", 69, "Oncología",
  "Hombre de 69 años con cáncer de colon derecho en estudio, con astenia y disnea de esfuerzo de 1 mes.",
  "Palidez mucocutánea, FC 98 lpm, PA 118/70 mmHg.",
  [["Hemoglobina", "6,9 g/dL"], ["VCM", "71 fL"], ["Ferritina", "8 ng/mL"]],
  "Colonoscopía: lesión vegetante de colon ascendente. TC de tórax, abdomen y pelvis: sin metástasis.",
  [["C18.2", "Tumor maligno del colon ascendente"], ["D50.0", "Anemia por deficiencia de hierro secundaria a pérdida de sangre (crónica)"]],
  ["Transfusión de 2 unidades de glóbulos rojos", "Colonoscopía con biopsia"],
  [["B03AC06", "Hierro sacarosa 200 mg EV c/48h por 3 dosis"]],
  "Hemoglobina 9,1 g/dL post transfusión. Biopsia: adenocarcinoma. Alta al día 4 con evaluación en comité oncológico.",
  "Ingresa por astenia y disnea de esfuerzo de 1 mes de evolución en hombre de 69 años. "
  "Al examen palidez mucocutánea, FC 98 lpm y PA 118/70 mmHg. "
  "Laboratorio con hemoglobina 6,9 g/dL, VCM 71 fL y ferritina 8 ng/mL, compatible con anemia ferropénica por pérdida crónica de sangre (D50.0). "
  "Se transfunden 2 unidades de glóbulos rojos y se administra hierro sacarosa (B03AC06) 200 mg EV c/48h por 3 dosis, alcanzando hemoglobina de 9,1 g/dL. "
  "La colonoscopía con biopsia muestra lesión vegetante de colon ascendente, informada como adenocarcinoma, confirmándose tumor maligno del colon ascendente (C18.2). "
  "La TC de tórax, abdomen y pelvis no muestra metástasis. "
  "Es dado de alta al día 4 para evaluación en comité oncológico.",
  "Cáncer de colon con anemia transfundida; transfusión y colonoscopía presentes en input.")

R("c54", "Femenino", 62, "Oncología",
  "Mujer de 62 años con cáncer de páncreas metastásico, con dolor abdominal epigástrico intenso irradiado al dorso de 1 semana, EVA 9.",
  "Caquéctica, dolor epigástrico a la palpación, sin signos peritoneales.",
  [["Bilirrubina total", "1,2 mg/dL"], ["Albúmina", "2,9 g/dL"], ["Creatinina", "0,6 mg/dL"]],
  "TC de abdomen: masa de cabeza pancreática de 4 cm con metástasis hepáticas.",
  [["C25.0", "Tumor maligno de la cabeza del páncreas"]],
  [],
  [["N02AA01", "Morfina 5 mg SC c/4h"], ["A06AB08", "Picosulfato de sodio 10 gotas VO en la noche"], ["A04AA01", "Ondansetrón 4 mg VO c/8h"]],
  "EVA 3 con morfina. Se coordina con cuidados paliativos. Alta al día 4.",
  "Ingresa por dolor abdominal epigástrico intenso irradiado al dorso de 1 semana de evolución, EVA 9, en mujer de 62 años con cáncer de páncreas metastásico. "
  "Al examen caquéctica, con dolor epigástrico a la palpación y sin signos peritoneales. "
  "Laboratorio con bilirrubina total 1,2 mg/dL, albúmina 2,9 g/dL y creatinina 0,6 mg/dL. "
  "La TC de abdomen muestra masa de la cabeza pancreática de 4 cm con metástasis hepáticas, correspondiente a tumor maligno de la cabeza del páncreas (C25.0). "
  "Se inicia morfina (N02AA01) 5 mg SC c/4h, con picosulfato de sodio (A06AB08) 10 gotas VO en la noche y ondansetrón (A04AA01) 4 mg VO c/8h. "
  "Logra EVA 3 y se coordina seguimiento con cuidados paliativos. "
  "Es dada de alta al día 4.",
  "Dolor oncológico con morfina, laxante y antiemético (coadyuvantes plausibles).")

# ---------------------------------------------------------------- UCI
R("c55", "Masculino", 60, "UCI",
  "Hombre de 60 años, diabético, con fiebre, tos y disnea progresiva de 5 días, ingresa hipotenso y taquipneico.",
  "T 39,2 °C, PA 78/42 mmHg, FC 126 lpm, FR 36 rpm, SatO2 82% con mascarilla de alto flujo.",
  [["Lactato", "5,2 mmol/L"], ["Leucocitos", "24.300/mm3"], ["PaO2/FiO2", "110"], ["Procalcitonina", "18 ng/mL"], ["Glucosa", "286 mg/dL"]],
  "Radiografía de tórax: condensación bilateral multilobar.",
  [["A41.9", "Sepsis, no especificada"], ["J18.9", "Neumonía, no especificada"], ["E11.9", "Diabetes mellitus tipo 2 sin complicaciones"]],
  ["Intubación orotraqueal y ventilación mecánica invasiva", "Instalación de catéter venoso central subclavio derecho", "Línea arterial radial izquierda"],
  [["J01DH02", "Meropenem 1 g EV c/8h"], ["J01XA01", "Vancomicina 1 g EV c/12h"], ["C01CA03", "Noradrenalina 0,3 mcg/kg/min EV"], ["A10AB01", "Insulina cristalina en infusión según protocolo"]],
  "Suspende noradrenalina al día 3, extubado al día 6. Traslado a sala de medicina al día 8.",
  "Ingresa por fiebre, tos y disnea progresiva de 5 días de evolución en hombre de 60 años con diabetes mellitus tipo 2 (E11.9), hipotenso y taquipneico. "
  "Al ingreso T 39,2 °C, PA 78/42 mmHg, FC 126 lpm, FR 36 rpm y SatO2 82% con mascarilla de alto flujo. "
  "Lactato 5,2 mmol/L, leucocitos 24.300/mm3, PaO2/FiO2 110, procalcitonina 18 ng/mL y glucosa 286 mg/dL. "
  "Con radiografía de tórax con condensación bilateral multilobar se diagnostica sepsis (A41.9) de foco pulmonar por neumonía (J18.9). "
  "Requiere intubación orotraqueal y ventilación mecánica invasiva, catéter venoso central subclavio derecho y línea arterial radial izquierda. "
  "Recibe meropenem (J01DH02) 1 g EV c/8h, vancomicina (J01XA01) 1 g EV c/12h, noradrenalina (C01CA03) 0,3 mcg/kg/min EV e insulina cristalina (A10AB01) en infusión. "
  "Suspende la noradrenalina al día 3, se extuba al día 6 y se traslada a sala al día 8.",
  "Shock séptico con VM, CVC y línea arterial presentes en input.")

R("c56", "Femenino", 19, "UCI",
  "Mujer de 19 años con diabetes tipo 1, suspendió insulina hace 3 días, con vómitos, dolor abdominal y polipnea.",
  "Glasgow 14, respiración de Kussmaul, mucosas secas, FC 124 lpm, PA 100/62 mmHg.",
  [["Glucosa", "548 mg/dL"], ["pH", "7,08"], ["Bicarbonato", "6 mEq/L"], ["Cetonemia", "6,2 mmol/L"], ["Potasio", "5,6 mEq/L"]],
  "",
  [["E10.1", "Diabetes mellitus tipo 1 con cetoacidosis"]],
  [],
  [["A10AB01", "Insulina cristalina 0,1 UI/kg/h EV en infusión"], ["B05BB01", "Suero fisiológico 1000 mL EV en la primera hora"], ["B05XA01", "Cloruro de potasio 20 mEq por litro de suero EV"], ["A10AE04", "Insulina glargina 20 UI SC c/24h"]],
  "Cierre de brecha aniónica a las 14 horas, se pasa a esquema basal-bolo. Traslado a sala al día 2, alta al día 4.",
  "Ingresa por vómitos, dolor abdominal y polipnea en mujer de 19 años con diabetes tipo 1 que suspendió la insulina hace 3 días. "
  "Al ingreso Glasgow 14, respiración de Kussmaul, mucosas secas, FC 124 lpm y PA 100/62 mmHg. "
  "Destacan glucosa 548 mg/dL, pH 7,08, bicarbonato 6 mEq/L, cetonemia 6,2 mmol/L y potasio 5,6 mEq/L, confirmándose diabetes mellitus tipo 1 con cetoacidosis (E10.1). "
  "Se hidrata con suero fisiológico (B05BB01) 1000 mL EV en la primera hora y se inicia insulina cristalina (A10AB01) 0,1 UI/kg/h EV en infusión, con cloruro de potasio (B05XA01) 20 mEq por litro de suero. "
  "La brecha aniónica se cierra a las 14 horas y pasa a esquema basal-bolo con insulina glargina (A10AE04) 20 UI SC c/24h. "
  "Se traslada a sala al día 2 y es dada de alta al día 4.",
  "Cetoacidosis diabética en mujer joven; 'dada de alta' concuerda.")

R("c57", "Masculino", 45, "UCI",
  "Hombre de 45 años, víctima de caída de altura de 4 metros, con compromiso de conciencia.",
  "Glasgow 8, pupila derecha midriática, hematoma temporal derecho.",
  [["Hemoglobina", "12,8 g/dL"], ["INR", "1,1"], ["Plaquetas", "176.000/mm3"]],
  "TC de cerebro: hematoma subdural agudo frontotemporoparietal derecho de 14 mm con desviación de línea media de 9 mm.",
  [["S06.5", "Hemorragia subdural traumática"]],
  ["Intubación orotraqueal y ventilación mecánica", "Craniectomía descompresiva derecha y evacuación de hematoma"],
  [["N01AX10", "Propofol 2 mg/kg/h EV"], ["N01AH01", "Fentanilo 1 mcg/kg/h EV"], ["N03AX14", "Levetiracetam 500 mg EV c/12h"]],
  "Extubado al día 5, Glasgow 14 al traslado. Traslado a sala de neurocirugía al día 9.",
  "Ingresa por compromiso de conciencia tras caída de altura de 4 metros en hombre de 45 años. "
  "Al ingreso Glasgow 8, pupila derecha midriática y hematoma temporal derecho, por lo que se realiza intubación orotraqueal y conexión a ventilación mecánica. "
  "La TC de cerebro muestra hematoma subdural agudo (S06.5) frontotemporoparietal derecho de 14 mm con desviación de línea media de 9 mm. "
  "Hemoglobina 12,8 g/dL, INR 1,1 y plaquetas 176.000/mm3. "
  "Se realiza craniectomía descompresiva derecha con evacuación del hematoma. "
  "Recibe sedoanalgesia con propofol (N01AX10) 2 mg/kg/h EV y fentanilo (N01AH01) 1 mcg/kg/h EV, más levetiracetam (N03AX14) 500 mg EV c/12h como profilaxis anticonvulsivante. "
  "Se extuba al día 5 y es trasladado a neurocirugía al día 9 con Glasgow 14.",
  "Hematoma subdural derecho con craniectomía derecha; VM presente en input.")

R("c58", "Femenino", 73, "UCI",
  "Mujer de 73 años, portadora de sonda vesical a permanencia por vejiga neurogénica, con fiebre, compromiso de conciencia e hipotensión de 1 día.",
  "T 38,9 °C, PA 82/48 mmHg, FC 118 lpm, Glasgow 13, orina turbia por sonda.",
  [["Lactato", "3,4 mmol/L"], ["Leucocitos", "22.100/mm3"], ["Creatinina", "2,0 mg/dL"], ["Urocultivo", "Klebsiella pneumoniae BLEE"]],
  "Ecografía renal: sin hidronefrosis.",
  [["A41.5", "Sepsis debida a otros organismos gramnegativos"], ["N39.0", "Infección de vías urinarias, sitio no especificado"]],
  ["Recambio de sonda vesical"],
  [["J01DH51", "Imipenem/cilastatina 500 mg EV c/6h"], ["C01CA03", "Noradrenalina 0,1 mcg/kg/min EV"], ["B05BB01", "Ringer lactato 30 mL/kg EV"]],
  "Sin necesidad de ventilación mecánica. Suspende noradrenalina a las 36 horas. Traslado a sala al día 3.",
  "Ingresa por fiebre, compromiso de conciencia e hipotensión de 1 día de evolución en mujer de 73 años, portadora de sonda vesical a permanencia por vejiga neurogénica. "
  "Al ingreso T 38,9 °C, PA 82/48 mmHg, FC 118 lpm, Glasgow 13 y orina turbia por la sonda. "
  "Lactato 3,4 mmol/L, leucocitos 22.100/mm3 y creatinina 2,0 mg/dL; el urocultivo desarrolla Klebsiella pneumoniae BLEE. "
  "Se diagnostica sepsis por gramnegativos (A41.5) de foco urinario (N39.0). "
  "Se realiza recambio de la sonda vesical y se reanima con Ringer lactato (B05BB01) 30 mL/kg EV, requiriendo noradrenalina (C01CA03) 0,1 mcg/kg/min EV. "
  "Recibe imipenem/cilastatina (J01DH51) 500 mg EV c/6h. "
  "Evoluciona sin necesidad de ventilación mecánica y suspende la noradrenalina a las 36 horas. "
  "Se traslada a sala al día 3.",
  "Sepsis urinaria; 'sin necesidad de ventilación mecánica' es negación.")

# ---------------------------------------------------------------- misceláneos
R("c59", "Femenino", 39, "Medicina Interna",
  "Mujer de 39 años con hipermenorrea de larga data, astenia, disnea de esfuerzo y pica de 2 meses.",
  "Palidez de piel y mucosas, FC 104 lpm, soplo sistólico funcional.",
  [["Hemoglobina", "6,4 g/dL"], ["VCM", "64 fL"], ["Ferritina", "3 ng/mL"], ["Plaquetas", "452.000/mm3"]],
  "Ecografía transvaginal: mioma uterino intramural de 4 cm.",
  [["D50.0", "Anemia por deficiencia de hierro secundaria a pérdida de sangre (crónica)"], ["D25.1", "Leiomioma intramural del útero"]],
  ["Transfusión de 1 unidad de glóbulos rojos"],
  [["B03AC06", "Hierro sacarosa 200 mg EV c/48h por 5 dosis"], ["G03AC06", "Medroxiprogesterona 150 mg IM dosis única"]],
  "Hemoglobina 8,2 g/dL al día 3, mejoría de la disnea. Alta al día 3 con derivación a ginecología.",
  "Ingresa por astenia, disnea de esfuerzo y pica de 2 meses de evolución en mujer de 39 años con hipermenorrea de larga data. "
  "Al examen palidez de piel y mucosas, FC 104 lpm y soplo sistólico funcional. "
  "Laboratorio con hemoglobina 6,4 g/dL, VCM 64 fL, ferritina 3 ng/mL y plaquetas 452.000/mm3, diagnosticándose anemia ferropénica por pérdida crónica de sangre (D50.0). "
  "La ecografía transvaginal muestra un mioma uterino intramural de 4 cm, leiomioma intramural del útero (D25.1). "
  "Se transfunde 1 unidad de glóbulos rojos y se indica hierro sacarosa (B03AC06) 200 mg EV c/48h por 5 dosis, más medroxiprogesterona (G03AC06) 150 mg IM en dosis única para control del sangrado. "
  "Al día 3 presenta hemoglobina de 8,2 g/dL con mejoría de la disnea. "
  "Es dada de alta al día 3 con derivación a ginecología.",
  "Anemia ferropénica por mioma; transfusión presente en el input.")

R("c60", "Masculino", 56, "Gastroenterología",
  "Hombre de 56 años con cirrosis hepática por alcohol, con aumento del perímetro abdominal de 3 semanas y disnea.",
  "Ascitis a tensión, ictericia leve, sin asterixis. Peso 82 kg.",
  [["Albúmina", "2,6 g/dL"], ["Bilirrubina total", "2,4 mg/dL"], ["INR", "1,6"], ["Sodio", "131 mEq/L"], ["Recuento de PMN en líquido ascítico", "90/mm3"]],
  "Ecografía abdominal: hígado de contornos nodulares, ascitis abundante, vena porta permeable.",
  [["K70.3", "Cirrosis hepática alcohólica"], ["R18", "Ascitis"]],
  ["Paracentesis evacuadora de 6 litros"],
  [["B05AA01", "Albúmina humana 20% 50 g EV post paracentesis"], ["C03DA01", "Espironolactona 100 mg VO c/24h"], ["C03CA01", "Furosemida 40 mg VO c/24h"]],
  "Disminución del perímetro abdominal, peso 75 kg al alta. Alta al día 4.",
  "Ingresa por aumento del perímetro abdominal de 3 semanas de evolución y disnea, en hombre de 56 años con cirrosis hepática alcohólica (K70.3). "
  "Al examen ascitis (R18) a tensión e ictericia leve, sin asterixis, con peso de 82 kg. "
  "Laboratorio con albúmina 2,6 g/dL, bilirrubina total 2,4 mg/dL, INR 1,6 y sodio 131 mEq/L. "
  "La ecografía abdominal muestra hígado de contornos nodulares, ascitis abundante y vena porta permeable. "
  "Se realiza paracentesis evacuadora de 6 litros con recuento de PMN de 90/mm3, descartándose peritonitis bacteriana espontánea, y se repone albúmina humana (B05AA01) 20% 50 g EV. "
  "Se inicia espironolactona (C03DA01) 100 mg VO c/24h y furosemida (C03CA01) 40 mg VO c/24h. "
  "Disminuye el perímetro abdominal, con peso de 75 kg, y es dado de alta al día 4.",
  "Cirrosis con ascitis; PBE descartada (negación) y paracentesis presente.")

R("c61", "Masculino", 50, "Medicina Interna",
  "Hombre de 50 años, hipertenso, con dolor, aumento de volumen y eritema del primer ortejo del pie derecho de 1 día.",
  "T 37,8 °C, artritis de primera articulación metatarsofalángica derecha.",
  [["Ácido úrico", "9,8 mg/dL"], ["PCR", "74 mg/L"], ["Creatinina", "1,2 mg/dL"], ["Líquido sinovial", "cristales de urato monosódico"]],
  "Radiografía de pie derecho: aumento de partes blandas sin erosiones.",
  [["M10.0", "Gota idiopática"], ["I10", "Hipertensión esencial (primaria)"]],
  ["Artrocentesis de primera metatarsofalángica derecha"],
  [["M04AC01", "Colchicina 0,5 mg VO c/12h"], ["H02AB07", "Prednisona 30 mg VO c/24h por 5 días"], ["C08CA01", "Amlodipino 5 mg VO c/24h"]],
  "Disminución del dolor y eritema al día 2. Alta al día 2.",
  "Ingresa por dolor, aumento de volumen y eritema del primer ortejo del pie derecho de 1 día de evolución, en hombre de 50 años con hipertensión esencial (I10). "
  "Al examen T 37,8 °C y artritis de la primera articulación metatarsofalángica derecha. "
  "Laboratorio con ácido úrico 9,8 mg/dL, PCR 74 mg/L y creatinina 1,2 mg/dL. "
  "Se realiza artrocentesis de la primera metatarsofalángica derecha, con cristales de urato monosódico en el líquido sinovial, confirmándose gota (M10.0). "
  "La radiografía de pie derecho muestra aumento de partes blandas sin erosiones. "
  "Se indica colchicina (M04AC01) 0,5 mg VO c/12h y prednisona (H02AB07) 30 mg VO c/24h por 5 días, manteniendo amlodipino (C08CA01) 5 mg VO c/24h. "
  "Presenta disminución del dolor y del eritema, siendo dado de alta al día 2.",
  "Gota de pie derecho; lateralidad concordante, T 37,8 sin fiebre afirmada.")

R("c62", "Masculino", 30, "Cardiología",
  "Hombre de 30 años con dolor torácico punzante que aumenta con la inspiración y alivia al inclinarse hacia adelante, tras cuadro gripal hace 1 semana.",
  "Frote pericárdico, PA 124/76 mmHg, FC 96 lpm, T 37,6 °C.",
  [["Troponina T ultrasensible", "9 ng/L"], ["PCR", "58 mg/L"]],
  "ECG: supradesnivel difuso del ST con infradesnivel del PR. Ecocardiograma: derrame pericárdico leve sin compromiso hemodinámico.",
  [["I30.9", "Pericarditis aguda, no especificada"]],
  [],
  [["M01AE01", "Ibuprofeno 600 mg VO c/8h"], ["M04AC01", "Colchicina 0,5 mg VO c/12h por 3 meses"], ["A02BC01", "Omeprazol 20 mg VO c/24h mientras use ibuprofeno"]],
  "Disminución del dolor, sin taponamiento. Alta al día 2.",
  "Ingresa por dolor torácico punzante que aumenta con la inspiración y alivia al inclinarse hacia adelante, en hombre de 30 años con antecedente de cuadro gripal hace 1 semana. "
  "Al examen frote pericárdico, PA 124/76 mmHg, FC 96 lpm y T 37,6 °C. "
  "El ECG muestra supradesnivel difuso del ST con infradesnivel del PR y la troponina T ultrasensible es de 9 ng/L, con PCR 58 mg/L. "
  "El ecocardiograma evidencia derrame pericárdico leve sin compromiso hemodinámico, diagnosticándose pericarditis aguda (I30.9). "
  "Se indica ibuprofeno (M01AE01) 600 mg VO c/8h, colchicina (M04AC01) 0,5 mg VO c/12h por 3 meses y omeprazol (A02BC01) 20 mg VO c/24h como protección gástrica mientras use ibuprofeno. "
  "Evoluciona con disminución del dolor y sin taponamiento. "
  "Alta al día 2.",
  "Pericarditis; omeprazol como gastroprotección de AINE (indicación plausible, no CLN001).")

# ---- entradas con fecha de nacimiento en vez de edad (edad escrita en palabras)
R("c63", "Femenino", None, "Medicina Interna",
  "Paciente con antecedente de EPOC, consulta por tos con expectoración purulenta y fiebre de 4 días.",
  "T 38,4 °C, SatO2 90%, crépitos en base izquierda.",
  [["Leucocitos", "14.900/mm3"], ["PCR", "131 mg/L"]],
  "Radiografía de tórax: condensación en lóbulo inferior izquierdo.",
  [["J18.9", "Neumonía, no especificada"], ["J44.9", "Enfermedad pulmonar obstructiva crónica, no especificada"]],
  [],
  [["J01CR02", "Amoxicilina/ácido clavulánico 875/125 mg VO c/12h"], ["R03AK07", "Budesonida/formoterol 160/4,5 mcg 2 inhalaciones c/12h"]],
  "Afebril al día 2, alta al día 3.",
  "Ingresa por tos con expectoración purulenta y fiebre de 4 días de evolución en paciente femenina de setenta y siete años con EPOC (J44.9). "
  "Al examen T 38,4 °C, SatO2 90% y crépitos en la base izquierda. "
  "Laboratorio con leucocitos 14.900/mm3 y PCR 131 mg/L. "
  "La radiografía de tórax muestra condensación en el lóbulo inferior izquierdo, diagnosticándose neumonía (J18.9). "
  "Se trata con amoxicilina/ácido clavulánico (J01CR02) 875/125 mg VO c/12h y se mantiene budesonida/formoterol (R03AK07) 160/4,5 mcg 2 inhalaciones c/12h. "
  "Evoluciona afebril desde el día 2, con buena tolerancia oral y sin requerimientos de oxígeno adicional. "
  "Es dada de alta al día 3 en buenas condiciones generales, con control en su consultorio.",
  "Edad derivada de fechas (1947-02-10 a 2024-06-18 = 77 años) escrita en palabras; concordante.",
  datos_extra={"fecha_nacimiento": "1947-02-10", "fecha_ingreso": "2024-06-18"})

R("c64", "Masculino", None, "Cirugía",
  "Paciente con dolor en hipocondrio derecho postprandial de 3 días, fiebre e ictericia.",
  "T 38,7 °C, ictericia de piel y escleras, signo de Murphy positivo.",
  [["Bilirrubina total", "5,8 mg/dL"], ["Fosfatasa alcalina", "412 U/L"], ["Leucocitos", "16.200/mm3"]],
  "Colangiorresonancia: coledocolitiasis con colédoco de 11 mm.",
  [["K80.3", "Cálculo de conducto biliar con colangitis"]],
  ["Colangiopancreatografía retrógrada endoscópica con papilotomía y extracción de cálculo"],
  [["J01CR05", "Piperacilina/tazobactam 4,5 g EV c/8h"]],
  "Descenso de bilirrubina a 1,6 mg/dL, afebril. Alta al día 5 con colecistectomía electiva programada.",
  "Ingresa por dolor en hipocondrio derecho postprandial de 3 días de evolución, fiebre e ictericia, en paciente masculino de cuarenta y seis años. "
  "Al examen T 38,7 °C, ictericia de piel y escleras y signo de Murphy positivo. "
  "Laboratorio con bilirrubina total 5,8 mg/dL, fosfatasa alcalina 412 U/L y leucocitos 16.200/mm3. "
  "La colangiorresonancia muestra coledocolitiasis con colédoco de 11 mm, diagnosticándose colangitis por cálculo del conducto biliar (K80.3). "
  "Se realiza colangiopancreatografía retrógrada endoscópica con papilotomía y extracción del cálculo, y se trata con piperacilina/tazobactam (J01CR05) 4,5 g EV c/8h. "
  "Evoluciona afebril y con descenso de la bilirrubina a 1,6 mg/dL. "
  "Es dado de alta al día 5 con colecistectomía electiva programada.",
  "Edad derivada de fechas (1978-09-30 a 2025-01-12 = 46 años) escrita en palabras; concordante.",
  datos_extra={"fecha_nacimiento": "1978-09-30", "fecha_ingreso": "2025-01-12"})

# ---- dos entradas con otro esquema (el chequeo es agnóstico al esquema)
CLEAN.append({"id": "c65", "note": "Esquema alternativo (paciente/diagnosticos/tratamiento); ITU baja en hombre mayor.", "input": {
    "paciente": {"sexo": "Masculino", "edad": 82},
    "servicio": "Medicina Interna",
    "motivo_consulta": {"sintomas": ["disuria", "fiebre", "confusión"], "tiempo_evolucion": "2 días"},
    "antecedentes": [{"codigo": "N40", "nombre": "Hiperplasia de la próstata"}],
    "medicamentos_habituales": [{"codigo": "G04CA02", "nombre": "Tamsulosina", "dosis": "0,4 mg al día", "via": "oral"}],
    "examen_fisico": ["T 38,1 °C", "desorientado", "sin globo vesical"],
    "examenes": {"leucocitos": "15.600/mm3", "creatinina": "1,3 mg/dL", "urocultivo": "Proteus mirabilis sensible a cefalosporinas"},
    "estudios": [],
    "diagnosticos": [{"codigo": "N39.0", "nombre": "Infección de vías urinarias, sitio no especificado", "tipo": "principal"}],
    "procedimientos": [],
    "tratamiento": [{"codigo": "J01DD04", "nombre": "Ceftriaxona", "dosis": "1 g cada 24 horas", "via": "endovenosa"}],
    "evolucion": ["afebril al segundo día", "recupera orientación"],
    "dias_hospitalizacion": 4,
    "indicaciones_alta": ["completar 7 días de antibiótico con cefuroxima oral"]},
  "output": "Ingresa por disuria, fiebre y confusión de 2 días de evolución en paciente masculino de 82 años con hiperplasia de la próstata (N40) en tratamiento con tamsulosina (G04CA02) 0,4 mg al día oral. "
  "Al examen T 38,1 °C, desorientado y sin globo vesical. "
  "Laboratorio con leucocitos 15.600/mm3 y creatinina 1,3 mg/dL; el urocultivo desarrolla Proteus mirabilis sensible a cefalosporinas. "
  "Se diagnostica infección de vías urinarias (N39.0) y se trata con ceftriaxona (J01DD04) 1 g cada 24 horas endovenosa. "
  "Evoluciona afebril al segundo día y recupera la orientación. "
  "Es dado de alta tras 4 días de hospitalización, con indicación de completar 7 días de antibiótico con cefuroxima oral y control en su consultorio."})

CLEAN.append({"id": "c66", "note": "Esquema alternativo; celulitis submandibular izquierda en mujer, edad en palabras.", "input": {
    "paciente": {"sexo": "Femenino", "edad": 58},
    "servicio": "Cirugía Maxilofacial",
    "motivo_consulta": {"sintomas": ["aumento de volumen submandibular izquierdo", "dolor dental", "trismus"], "tiempo_evolucion": "3 días"},
    "antecedentes": [{"codigo": "E03.9", "nombre": "Hipotiroidismo, no especificado"}],
    "medicamentos_habituales": [{"codigo": "H03AA01", "nombre": "Levotiroxina", "dosis": "75 mcg al día", "via": "oral"}],
    "examen_fisico": ["T 38,3 °C", "aumento de volumen submandibular izquierdo", "pieza dental 36 con caries profunda"],
    "examenes": {"leucocitos": "17.400/mm3", "PCR": "167 mg/L"},
    "estudios": [{"nombre": "TC de cuello", "resultado": "celulitis submandibular izquierda sin colección"}],
    "diagnosticos": [{"codigo": "K12.2", "nombre": "Celulitis y absceso de boca", "tipo": "principal"}],
    "procedimientos": [{"nombre": "Exodoncia de pieza 36"}],
    "tratamiento": [{"codigo": "J01CR02", "nombre": "Amoxicilina/ácido clavulánico", "dosis": "1 g cada 8 horas", "via": "endovenosa"}],
    "evolucion": ["disminución del aumento de volumen", "afebril desde el tercer día"],
    "dias_hospitalizacion": 5},
  "output": "Ingresa por aumento de volumen submandibular izquierdo, dolor dental y trismus de 3 días de evolución en mujer de cincuenta y ocho años, hipotiroidea (E03.9) usuaria de levotiroxina (H03AA01) 75 mcg al día oral. "
  "Al examen T 38,3 °C, aumento de volumen submandibular izquierdo y pieza dental 36 con caries profunda. "
  "Laboratorio con leucocitos 17.400/mm3 y PCR 167 mg/L. "
  "La TC de cuello informa celulitis submandibular izquierda sin colección, diagnosticándose celulitis de boca (K12.2) de origen dental. "
  "Se realiza exodoncia de la pieza 36 y se indica amoxicilina/ácido clavulánico (J01CR02) 1 g cada 8 horas endovenosa. "
  "Evoluciona con disminución del aumento de volumen, afebril desde el tercer día. "
  "Es dada de alta tras 5 días de hospitalización."})
