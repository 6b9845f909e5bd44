"""Extra variants on earlier cases: tricky clean near-misses, plus a few plants (CVC, long text, loop)."""
from lib import BASES


def B(n):
    return BASES[n - 1]


def set_code(path_fn, code):
    return lambda i: path_fn(i).update(codigo=code)


# --- tricky clean variants -------------------------------------------------
B(1).clean([("enalapril (C09AA02) 10 mg c/12h VO", "enalapril (C09AA02) 10 mg cada 12 horas por vía oral"),
            ("ceftriaxona (J01DD04) 1 g c/24h EV", "ceftriaxona (J01DD04) 1 g al día endovenosa")],
           "Limpio (trampa): 'cada 12 horas por vía oral' y '1 g al día endovenosa' equivalen a lo indicado en el input.")
B(3).clean([("glicemia 246 mg/dL", "hiperglicemia de 246 mg/dL")],
           "Limpio (trampa): 'hiperglicemia' está respaldada por la glicemia 246 mg/dL del input.")
B(2).clean([("Evoluciona sin nueva melena", "No se indica cirugía. Evoluciona sin nueva melena")],
           "Limpio (trampa): 'No se indica cirugía' es un procedimiento negado.")
B(5).clean([("en varón de 19 años", "en varón de diecinueve años")],
           "Limpio (trampa): edad en palabras ('diecinueve') coincide con 19.")
B(7).clean([("amoxicilina/ácido clavulánico 875/125 mg c/12h VO por 10 días", "amoxicilina/ácido clavulánico 875/125 mg dos veces al día por vía oral por 10 días")],
           "Limpio (trampa): 'dos veces al día' equivale a cada 12 horas.")
B(8).clean([], "Limpio (trampa): el input escribe H330 sin punto; el output (H33.0) es el mismo código normalizado.",
           inp_edit=set_code(lambda i: i["diagnosticos"][0], "H330"))
B(13).clean([], "Limpio (trampa): el input escribe I10X; el output (I10) es el mismo código normalizado.",
            inp_edit=set_code(lambda i: i["antecedentes"][2], "I10X"))
B(16).clean([("Se suspenden vasopresores al tercer día", "Sin necesidad de traqueostomía. Se suspenden vasopresores al tercer día")],
            "Limpio (trampa): 'Sin necesidad de traqueostomía' es procedimiento negado.")
B(18).clean([("ceftriaxona (J01DD04) 1 g c/24h EV", "ceftriaxona (J01DD04) 1 g/día EV")],
            "Limpio (trampa): '1 g/día' equivale a 1 g cada 24 horas.")
B(19).clean([("metoprolol 50 mg c/12h VO", "metoprolol 50 mg cada 12 horas VO")],
            "Limpio (trampa): edad 66 derivada de fechas; posología sin abreviar.", allow=("66",))
B(21).clean([("abstinencia alcohólica y nueva sesión", "abstinencia alcohólica, sin indicación de TIPS por ahora, y nueva sesión")],
            "Limpio (trampa): 'sin indicación de TIPS' es un procedimiento no indicado.")
B(23).clean([("usuario de losartán (C09CA01) 50 mg c/12h.", "usuario de losartán (C09CA01) 50 mg dos veces al día.")],
            "Limpio (trampa): 'dos veces al día' equivale a cada 12 horas.")
B(24).clean([("vidrio esmerilado bilateral difuso", "vidrio esmerilado difuso en ambos campos pulmonares")],
            "Limpio (trampa): 'ambos campos pulmonares' equivale a bilateral.")
B(27).clean([("Se suspende enalapril e ingresa", "No se plantea diálisis peritoneal por ahora. Se suspende enalapril e ingresa")],
            "Limpio (trampa): diálisis peritoneal mencionada solo como no planteada.")
B(29).clean([("en mujer de 32 años", "en mujer de treinta y dos años")],
            "Limpio (trampa): edad en palabras coincide con 32; 'RN de sexo masculino' es el recién nacido.")
B(30).clean([("en hombre de 92 años", "en hombre de noventa y dos años")],
            "Limpio (trampa): edad en palabras; input en forma de lista; 'su hija' es otra persona.")
B(32).clean([("rivaroxabán (B01AF01) 15 mg c/12h VO por 21 días y luego 20 mg/día", "rivaroxabán (B01AF01) 15 mg dos veces al día VO por 21 días y luego 20 mg una vez al día")],
            "Limpio (trampa): 'dos veces al día' y 'una vez al día' equivalen a las frecuencias del input.")
B(33).clean([("dexametasona (H02AB02) 10 mg c/6h EV", "dexametasona (H02AB02) 10 mg cuatro veces al día EV")],
            "Limpio (trampa): 'cuatro veces al día' equivale a cada 6 horas.")
B(35).clean([("más reposición EV de cloruro de potasio.", "más reposición EV de cloruro de potasio; no se usa metronidazol.")],
            "Limpio (trampa): 'no se usa metronidazol' es fármaco negado, no administrado.")
B(36).clean([("Evoluciona sin parestesias, con calcio", "Evoluciona sin parestesias ni hipocalcemia, con calcio")],
            "Limpio (trampa): 'sin hipocalcemia' es negación y concuerda con calcio 8,9 mg/dL.")
B(37).clean([("Se realiza pleurostomía derecha", "Se instala drenaje pleural derecho")],
            "Limpio (trampa): 'drenaje pleural' es sinónimo del tubo pleural del input.")
B(39).clean([("Se indica salbutamol 2 puff c/6h por 5 días", "Se indica salbutamol 2 puff cuatro veces al día por 5 días")],
            "Limpio (trampa): 'cuatro veces al día' equivale a cada 6 horas.")
B(40).clean([("No requiere transfusión de plaquetas.", "Se descarta dengue grave y no requiere transfusión de plaquetas.")],
            "Limpio (trampa): 'Se descarta dengue grave' es diagnóstico descartado.")
B(44).clean([("se administra inmunoglobulina humana (J06BA02)", "se administra IgIV (J06BA02)")],
            "Limpio (trampa): IgIV abrevia la inmunoglobulina humana endovenosa del input.")
B(45).clean([("Evoluciona con disminución del edema palpebral,", "Evoluciona sin compromiso del ojo izquierdo, con disminución del edema palpebral,")],
            "Limpio (trampa): mención del ojo izquierdo negada; no contradice la lateralidad derecha.")
B(60).clean([("se inicia cianocobalamina (B03BA01) 1.000 mcg/día IM", "se inicia vitamina B12 (B03BA01) 1.000 mcg/día IM")],
            "Limpio (trampa): 'vitamina B12' nombra la cianocobalamina del código B03BA01 y no es un código CIE-10.")
B(15).clean([], "Limpio (trampa): texto breve pero dentro del rango (al menos 80 palabras), con todos los códigos.",
            out="Ingresa por ictericia de cara y tronco en recién nacida de término de 38 semanas y 3 días de vida, con peso de nacimiento de 3.120 g. Madre grupo O Rh positivo y recién nacida grupo A Rh positivo. Bilirrubina total 18,4 mg/dL y Coombs directo positivo. Se diagnostica enfermedad hemolítica por incompatibilidad ABO (P55.1) y se indica fototerapia por 36 horas. Bilirrubina al alta de 11,2 mg/dL. Alta tras 3 días con lactancia materna a libre demanda y control de bilirrubina en 48 horas.")
B(16).clean([("Tras 9 días en UCI se traslada a sala de medicina.",
              "Durante su estadía en UCI se mantuvo con ceftriaxona, norepinefrina e hidrocortisona, con suspensión de vasopresores al tercer día y extubación exitosa al sexto día, sin complicaciones del CVC yugular derecho. Se mantiene tiotropio como tratamiento habitual de su EPOC. Tras 9 días en UCI se traslada a sala de medicina para completar el tratamiento antibiótico.")],
            "Limpio (trampa): texto largo pero dentro del límite de 200 palabras.")

# --- additional plants -----------------------------------------------------
B(52).var([("más suero glucosalino 2 litros en 2 horas.", "más suero glucosalino 2 litros en 2 horas por CVC yugular.")], "HAL001",
          "CVC no figura en el input.")
B(50).var([("Evoluciona sin nuevos síncopes y con herida", "Evoluciona sin nuevos síncopes sin nuevos síncopes sin nuevos síncopes sin nuevos síncopes sin nuevos síncopes y con herida")], "REP001",
          "Bucle degenerado 'sin nuevos síncopes'.")
B(16).var([("Tras 9 días en UCI se traslada a sala de medicina.",
            "Durante su estadía en UCI se mantuvo con ceftriaxona, norepinefrina e hidrocortisona en las dosis señaladas, con suspensión de vasopresores al tercer día y extubación exitosa al sexto día, retirándose la VMI sin incidentes. Se mantiene tiotropio como tratamiento habitual de su EPOC y se continúa el manejo de la neumonía neumocócica en sala. Tras 9 días en UCI se traslada a sala de medicina para completar el tratamiento antibiótico con ceftriaxona.")],
          "FMT003", "Demasiado largo (más de 200 palabras) reiterando datos del input.")

# --- reshaped inputs (schema-agnostic grounding) ----------------------------
def as_sections(d):
    return [{"campo": k, "valor": v} for k, v in d.items()]


B(44).clean([], "Limpio (trampa): input como lista de pares campo/valor; mismo contenido.", inp_fn=as_sections)
B(57).clean([], "Limpio (trampa): input como lista de pares campo/valor; 'su padre' es otra persona.", inp_fn=as_sections)
B(57).var([("acompañada por su padre", "acompañado por su padre")], "DEM001", "Concordancia masculina ('acompañado') en lactante F; input en forma de lista.", inp_fn=as_sections)
B(61).clean([], "Limpio (trampa): input como texto libre (string), con códigos y dosis dentro del texto.",
            inp_fn=lambda i: ("Mujer de 41 años, sin antecedentes, consulta en ORL por desviación de comisura labial a derecha, imposibilidad de cerrar ojo izquierdo "
                              "y otalgia izquierda de 1 día. Examen: parálisis facial periférica izquierda House-Brackmann IV, otoscopia sin vesículas. "
                              "TC de cerebro sin hallazgos. Diagnóstico: parálisis de Bell (G51.0). Tratamiento: prednisona (H02AB07) 60 mg al día por 5 días "
                              "y luego descenso VO; valaciclovir (J05AB11) 1 g cada 8 horas por 7 días VO; lágrimas artificiales (S01XA20) cada 2 horas. "
                              "Evolución sin progresión del déficit. Alta al segundo día (2 días de hospitalización) con oclusión ocular nocturna del ojo izquierdo, "
                              "kinesioterapia facial y control en ORL en 1 semana."))
B(28).var([("usuario de clopidogrel", "usuaria de clopidogrel")], "DEM001", "Concordancia femenina ('usuaria') en paciente masculino; input como texto libre.",
          inp_fn=lambda i: ("Hombre de 70 años con HTA (I10) y cardiopatía coronaria (I25.1), usuario de clopidogrel (B01AC04) 75 mg al día y bisoprolol (C07AB07) 5 mg al día. "
                            "Consulta por epistaxis profusa por fosa nasal izquierda de 3 horas. PA 182/96 mmHg, FC 88 lpm. Hemoglobina 11,8 g/dL, plaquetas 226.000/uL, TP 92%. "
                            "Diagnóstico: epistaxis posterior (R04.0). Se realiza taponamiento anteroposterior de fosa nasal izquierda. Se agrega amlodipino (C08CA01) 5 mg al día VO con PA controlada. "
                            "Retiro de taponamiento a las 72 horas sin resangrado. Alta al cuarto día (4 días) con amlodipino y bisoprolol 5 mg al día, suspender clopidogrel por 5 días y luego reiniciar, "
                            "evitar esfuerzos, control ORL en 1 semana."))
