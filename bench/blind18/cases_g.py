from cases_common import S, T, P, rep_sentence, fmt1, fmt2, cod001, cod001_pair, cod003, cod006, cod005_swap, cod007

SCEN = []

# 22 paediatric appendicectomy, El Salvador, English keys with one-line Spanish strings
SCEN.append(S("apendicectomia_sanmiguel", "Cirugía pediátrica, Hospital Nacional de San Miguel (El Salvador)", "dictated prose, Salvadoran vocabulary", "English keys, demographics as one string",
 {"demographics": "niño de 11 años, 34 kg", "site": "Cirugía pediátrica, Hospital Nacional de San Miguel (El Salvador)",
  "hpi": "dolor periumbilical migrado a fosa ilíaca derecha de 18 horas, vómitos, fiebre 38,3 °C", "exam": "signo de McBurney positivo, Blumberg positivo",
  "labs": "leucocitos 15800/mm3, neutrófilos 84%, PCR 56 mg/L", "imaging": "ecografía: apéndice no compresible de 9 mm", "score": "Alvarado 8",
  "dx": "K35.8 Apendicitis aguda", "surgery": "apendicectomía laparoscópica; hallazgo: apéndice flegmonoso sin perforación",
  "meds": "ceftriaxona (J01DD04) 50 mg/kg/día intravenosa cada 24 horas; metronidazol (J01XD01) 10 mg/kg intravenoso cada 8 horas; ketorolaco (M01AB15) 0,5 mg/kg intravenoso cada 8 horas",
  "los": "48 horas", "discharge": "dieta normal, no esfuerzos por 2 semanas, control en consulta externa en 7 días"},
 """Ingresa por dolor periumbilical migrado a fosa ilíaca derecha de 18 horas de evolución, con vómitos y fiebre de 38,3 °C, en niño de 11 años y 34 kg.
 Al examen presenta signo de McBurney y Blumberg positivos. Laboratorio con leucocitos 15800/mm3, neutrófilos 84% y PCR 56 mg/L; la ecografía muestra
 apéndice no compresible de 9 mm, con puntuación de Alvarado de 8. Se diagnostica apendicitis aguda (K35.8) y se realiza apendicectomía laparoscópica,
 encontrando apéndice flegmonoso sin perforación. Recibe ceftriaxona (J01DD04) 50 mg/kg/día intravenosa cada 24 horas, metronidazol (J01XD01) 10 mg/kg
 intravenoso cada 8 horas y ketorolaco (M01AB15) 0,5 mg/kg intravenoso cada 8 horas. Tras 48 horas de hospitalización en el Hospital Nacional de San Miguel
 se da de alta con dieta normal, indicación de evitar esfuerzos por 2 semanas y control en consulta externa en 7 días.""",
 [
  T("FID abbreviation; 'cipote' (Salvadoran for boy)", ("migrado a fosa ilíaca derecha", "migrado a FID"), ("en niño de 11 años", "en cipote de 11 años")),
  T("peritonitis ruled out and no drain left", ("sin perforación.", "sin perforación, descartándose peritonitis, por lo que no se deja drenaje.")),
  T("'apendicitis aguda flegmonosa' label and 'once años' in words", ("apendicitis aguda (K35.8)", "apendicitis aguda flegmonosa (K35.8)"), ("de 11 años", "de once años")),
  P("HAL004", "pain side changed to fosa ilíaca izquierda", ("migrado a fosa ilíaca derecha", "migrado a fosa ilíaca izquierda")),
  P("DEM001", "sex changed: niña", ("en niño de 11 años", "en niña de 11 años")),
  P("HAL003", "metronidazol cada 8 -> cada 24 horas (24 elsewhere in input)", ("10 mg/kg intravenoso cada 8 horas", "10 mg/kg intravenoso cada 24 horas")),
  P("HAL001", "operative finding contradicted: perforated appendix with peritonitis", ("encontrando apéndice flegmonoso sin perforación", "encontrando apéndice perforado con peritonitis localizada")),
  P("HAL002", "leukocytes 15800 -> 18500", ("leucocitos 15800/mm3", "leucocitos 18500/mm3")),
  P("COD002", "R10.3 added to the presenting pain; not in the input", ("de 18 horas de evolución,", "(R10.3) de 18 horas de evolución,")),
  P(["HAL001", "CLN001"], "salbutamol added with no respiratory diagnosis", ("0,5 mg/kg intravenoso cada 8 horas.", "0,5 mg/kg intravenoso cada 8 horas, además de salbutamol inhalado.")),
  cod003("J01XD01"),
 ]))

# 23 inguinal hernia repair as a day case, Panama, English snake_case keys
SCEN.append(S("hernia_panama", "Cirugía ambulatoria, Hospital Regional de Chepo (Panamá)", "telegraphic with inline headings", "English snake_case keys, sex as 'M (masculino)'",
 {"gender": "M (masculino)", "age": 52, "unit": "Cirugía ambulatoria, Hospital Regional de Chepo, Panamá",
  "complaint": "tumoración inguinal derecha reductible de 8 meses, dolor con esfuerzos",
  "comorbidities": [{"icd": "I10", "label": "Hipertensión arterial"}], "home_meds": [{"atc": "C09CA01", "drug": "Losartán", "dose": "50 mg cada 24 horas"}],
  "diagnosis": [{"icd": "K40.9", "label": "Hernia inguinal derecha sin obstrucción ni gangrena"}],
  "procedure": "hernioplastia inguinal derecha abierta tipo Lichtenstein con malla de polipropileno",
  "anesthesia": "raquídea con bupivacaína (N01BB01) 12 mg",
  "periop_meds": [{"atc": "J01DB04", "drug": "Cefazolina", "dose": "2 g intravenoso preincisión"},
                  {"atc": "M01AE01", "drug": "Ibuprofeno", "dose": "400 mg cada 8 horas vía oral por 5 días"}],
  "course": "micción espontánea, tolerancia oral y deambulación a las 5 horas",
  "discharge": "mismo día; no cargar peso por 4 semanas; control en consulta externa en 10 días"},
 """Ingresa por tumoración inguinal derecha reductible de 8 meses de evolución con dolor a los esfuerzos, en varón de 52 años. Antecedentes: hipertensión
 arterial (I10) en tratamiento con losartán (C09CA01) 50 mg cada 24 horas. Diagnóstico: hernia inguinal derecha sin obstrucción ni gangrena (K40.9).
 Procedimiento: hernioplastia inguinal derecha abierta tipo Lichtenstein con malla de polipropileno, bajo anestesia raquídea con bupivacaína (N01BB01) 12 mg.
 Profilaxis con cefazolina (J01DB04) 2 g intravenoso preincisión. Analgesia con ibuprofeno (M01AE01) 400 mg cada 8 horas vía oral por 5 días. Evolución:
 micción espontánea, tolerancia oral y deambulación a las 5 horas de la cirugía, sin incidencias en la unidad de cirugía ambulatoria del Hospital Regional de
 Chepo. Alta el mismo día, con indicación de no cargar peso por 4 semanas, continuar su medicación habitual y acudir a control en consulta externa en 10 días.""",
 [
  T("HTA abbreviation before I10", ("hipertensión arterial (I10)", "HTA (I10)")),
  T("'lado derecho' phrasing and 'cuatro semanas'", ("tumoración inguinal derecha reductible", "tumoración inguinal reductible del lado derecho"), ("por 4 semanas", "por cuatro semanas")),
  T("laparoscopic repair and general anaesthesia explicitly not used", ("Profilaxis con cefazolina", "No se utilizó anestesia general. Profilaxis con cefazolina")),
  T("Cozaar brand for losartán; wife (female) drives him home", ("losartán (C09CA01)", "Cozaar (C09CA01)"), ("Alta el mismo día,", "Alta el mismo día, acompañado por su esposa,")),
  P("HAL004", "procedure side changed to izquierda", ("hernioplastia inguinal derecha abierta", "hernioplastia inguinal izquierda abierta")),
  P("DEM001", "sex changed: mujer", ("en varón de 52 años", "en mujer de 52 años")),
  P("HAL003", "ibuprofeno cada 8 -> cada 5 horas (5 elsewhere in input)", ("400 mg cada 8 horas vía oral", "400 mg cada 5 horas vía oral")),
  P("HAL001", "laparoscopic TEP repair claimed instead of open Lichtenstein", ("hernioplastia inguinal derecha abierta tipo Lichtenstein con malla de polipropileno", "hernioplastia inguinal derecha laparoscópica totalmente extraperitoneal")),
  cod005_swap("I10", "K40.9"),
  cod006("C09CA01"),
  P("HAL002", "bupivacaine dose 12 -> 15 mg (HAL003 too: dose next to the drug)", ("bupivacaína (N01BB01) 12 mg", "bupivacaína (N01BB01) 15 mg")),
 ]))
SCEN[-1]["variants"][-1].expected = ["HAL002", "HAL003"]

# 24 spontaneous pneumothorax with chest drain, Dominican Republic, single free-text note
SCEN.append(S("neumotorax_rd", "Observación de emergencias y cirugía de tórax, Hospital Dr. Luis E. Aybar, Santo Domingo (RD)", "telegraphic", "single free-text string",
 "EPICRISIS BORRADOR. Masculino de 22 años, fumador de 10 cigarrillos al día, alto y delgado. Dolor torácico izquierdo súbito y disnea de 6 horas. "
 "SatO2 91%, FR 24 rpm, murmullo vesicular abolido en hemitórax izquierdo. Radiografía: neumotórax izquierdo de 40%. Dx J93.1 Neumotórax espontáneo primario. "
 "Procedimiento: colocación de tubo de tórax izquierdo 24 Fr en quinto espacio intercostal línea axilar media con sello de agua. "
 "Medicación: tramadol (N02AX02) 50 mg intravenoso cada 8 horas; paracetamol (N02BE01) 1 g intravenoso cada 8 horas. "
 "Evolución: reexpansión pulmonar completa en radiografía de control a las 48 horas, sin fuga aérea; se retira tubo al tercer día. "
 "Alta al cuarto día: cese del tabaquismo, evitar viajes en avión por 2 semanas, control en consulta de cirugía de tórax en 10 días.",
 """Ingresa por dolor torácico izquierdo súbito y disnea de 6 horas de evolución en masculino de 22 años, fumador de 10 cigarrillos al día, alto y delgado.
 A su llegada presenta SatO2 91%, FR 24 rpm y murmullo vesicular abolido en hemitórax izquierdo. La radiografía muestra neumotórax izquierdo de 40%, con
 diagnóstico de neumotórax espontáneo primario (J93.1). Se coloca tubo de tórax izquierdo 24 Fr en quinto espacio intercostal, línea axilar media, con sello
 de agua. Recibe tramadol (N02AX02) 50 mg intravenoso cada 8 horas y paracetamol (N02BE01) 1 g intravenoso cada 8 horas. La radiografía de control a las
 48 horas muestra reexpansión pulmonar completa sin fuga aérea, por lo que se retira el tubo al tercer día. Se da de alta al cuarto día con indicación de
 cese del tabaquismo, evitar viajes en avión por 2 semanas y control en consulta de cirugía de tórax en 10 días.""",
 [
  T("'drenaje pleural' for tubo de tórax; 'varón joven'", ("Se coloca tubo de tórax izquierdo", "Se coloca drenaje pleural izquierdo"), ("en masculino de 22 años", "en varón joven de 22 años")),
  T("side as 'pulmón izquierdo'; surgery (VATS) not indicated", ("neumotórax izquierdo de 40%", "neumotórax del pulmón izquierdo de 40%"), ("por lo que se retira el tubo", "sin indicación de cirugía videotoracoscópica, por lo que se retira el tubo")),
  T("tension pneumothorax ruled out", ("con diagnóstico de neumotórax espontáneo primario (J93.1).", "con diagnóstico de neumotórax espontáneo primario (J93.1), sin signos de neumotórax a tensión.")),
  P("HAL004", "drain side changed to derecho", ("Se coloca tubo de tórax izquierdo", "Se coloca tubo de tórax derecho")),
  P("DEM001", "sex by agreement: 'fumadora ... alta y delgada'", ("fumador de 10 cigarrillos al día, alto y delgado", "fumadora de 10 cigarrillos al día, alta y delgada")),
  P("HAL003", "tramadol route intravenoso -> oral", ("tramadol (N02AX02) 50 mg intravenoso", "tramadol (N02AX02) 50 mg oral")),
  P("HAL002", "pneumothorax size 40% -> 30%", ("de 40%", "de 30%")),
  P("HAL001", "invented pleurodesis", ("por lo que se retira el tubo al tercer día.", "por lo que se realiza pleurodesis y se retira el tubo al tercer día.")),
  P("COD004", "input lists paracetamol without its ATC; output keeps (N02BE01), a code absent from the input (neutral rewording of one verb)",
    ("Recibe tramadol", "Se administra tramadol"), output=None,
    input_fn=lambda i: i.replace("paracetamol (N02BE01)", "paracetamol")),
  P(["HAL001", "CLN001"], "warfarina added with no thrombotic indication", ("1 g intravenoso cada 8 horas.", "1 g intravenoso cada 8 horas, y se inicia warfarina.")),
  P("FMT003", "padded past 200 words with a wordy restatement", ("en 10 días.", "en 10 días. Se explica al paciente con detalle que el riesgo de recurrencia depende en buena medida del abandono del tabaco, "
     "que debe consultar de inmediato ante un nuevo dolor torácico súbito o la aparición de disnea, que no debe bucear ni realizar esfuerzos intensos hasta "
     "ser valorado en la consulta, y que debe llevar consigo la radiografía de control y el informe de alta a la cita programada con el cirujano de tórax.")),
 ]))
