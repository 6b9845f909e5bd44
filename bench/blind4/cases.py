# -*- coding: utf-8 -*-
"""Registros del corpus blind4: escenario base + operaciones sobre la salida (y a veces sobre la entrada).

Cada caso: s (escenario), exp (ids esperados), note (una línea en español), ops (reemplazos sobre la salida),
sc (mutación del escenario antes de renderizar la entrada), v (variante de redacción), rend (formato de entrada).
"""
CASES = []

def C(s, exp, note, ops=(), sc=None, v=None, rend=None, budget=186, full=False):
    d = {'s': s, 'exp': list(exp), 'note': note, 'ops': list(ops), 'sc': sc, 'budget': budget, 'full': full}
    if v is not None:
        d['v'] = v
    if rend is not None:
        d['rend'] = rend
    CASES.append(d)

def rm_code(code):
    def f(sc):
        for k in ('ant', 'dx'):
            sc[k] = [(None if c == code else c, l) for c, l in sc[k]]
        for k in ('hab', 'tx', 'alta'):
            sc[k] = [(None if m[0] == code else m[0],) + tuple(m[1:]) for m in sc[k]]
    return f

def set_code(old, new):
    def f(sc):
        for k in ('ant', 'dx'):
            sc[k] = [(new if c == old else c, l) for c, l in sc[k]]
    return f

def add_hab(m):
    def f(sc):
        sc['hab'] = sc['hab'] + [m]
    return f

def swap(a, b):
    return [('r', a, '@@1'), ('r', b, a), ('r', '@@1', b)]

# ============================================================ nac (CL, medicina interna)
C('nac', [], 'Registro limpio: neumonía con siete antecedentes codificados y siete fármacos habituales, todo presente en la entrada.', v=0)
C('nac', [], 'Trampa: abreviaturas HTA y DM2 por los diagnósticos del input y TEP mencionado solo como descartado.', v=1, budget=175,
  ops=[('r', 'hipertensión arterial (I10)', 'HTA (I10)'), ('r', 'diabetes mellitus tipo 2 (E11.9)', 'DM2 (E11.9)'),
       ('after', '(J18.9)', 'Se descarta tromboembolismo pulmonar.')])
C('nac', ['HAL004'], 'Lateralidad: la radiografía del input muestra condensación basal derecha y la salida dice izquierda.', v=2,
  ops=[('r', 'Radiografía de tórax informa condensación basal derecha', 'Radiografía de tórax informa condensación basal izquierda')])
C('nac', ['HAL003'], 'Frecuencia: ceftriaxona 2 g cada 24 horas en el input, la salida dice cada 12 horas (el 12 existe en otro fármaco).', v=0,
  ops=[('r', '2 g cada 24 horas', '2 g cada 12 horas')])
C('nac', ['DEM001'], 'Sexo: paciente femenina en el input, la salida la describe como hombre.', v=1,
  ops=[('r', 'en mujer de 78 años', 'en hombre de 78 años')])
C('nac', ['COD002'], 'Código CIE-10 de gota (M10.9) escrito en la salida pero ausente del input, que solo trae la palabra gota.', v=2,
  sc=rm_code('M10.9'), ops=[('r', ' y gota.', ' y gota (M10.9).')])
C('nac', ['COD006'], 'Se omite el código M10.9 de gota, diagnóstico codificado en el input.', v=0,
  ops=[('r', ' y gota (M10.9)', ' y gota')])
C('nac', ['FMT003'], 'Longitud: salida con todas las dosis habituales e indicaciones, supera las 200 palabras.', v=0, full=True,
  ops=[('end', 'Se explica a la paciente y a su familia la importancia de la adherencia a losartán, metformina, atorvastatina, apixabán, levotiroxina, alopurinol y bisoprolol, manteniendo el control estricto de glicemias capilares en domicilio.')])
C('nac', ['HAL001'], 'Fármaco inventado: vancomicina no figura en ninguna parte del input.', v=1, budget=178,
  ops=[('r', ' y insulina cristalina (A10AB01) según esquema por vía subcutánea', ', insulina cristalina (A10AB01) según esquema por vía subcutánea y vancomicina por vía endovenosa')])
C('nac', [], 'Trampa: leucocitosis e hiperglicemia no están como diagnósticos pero las sostienen los valores de leucocitos 16.800 y glicemia 214 mg/dL.', v=2, budget=172,
  ops=[('after', 'potasio 4,9 mEq/L', 'Destaca leucocitosis con PCR elevada e hiperglicemia.')])
C('nac', ['COD007'], 'El input trae un código inexistente J18.5 para la neumonía y la salida lo copia.', v=0, sc=set_code('J18.9', 'J18.5'))
C('nac', [], 'Trampa: edad escrita en palabras (setenta y ocho) y posología equivalente (una vez al día por cada 24 horas).', v=0,
  ops=[('r', 'de 78 años', 'de setenta y ocho años'), ('r', '2 g cada 24 horas', '2 g una vez al día')])

# ============================================================ icc (ES, cardiología)
C('icc', [], 'Trampa: furosemida con pautas distintas en planta (40 mg cada 8 horas iv) y al alta (40 mg cada 12 horas oral), ambas del input.', v=1)
C('icc', [], 'Trampa: hiponatremia no codificada pero sostenida por sodio 133 mmol/L; edema bilateral concordante con el input.', v=0, budget=170,
  ops=[('after', 'hemoglobina 13,1 g/dL', 'Destaca hiponatremia leve.')])
C('icc', ['HAL004'], 'Lateralidad: el input describe derrame pleural bilateral y la salida lo hace derecho (unilateral).', v=2,
  ops=[('r', 'derrame pleural bilateral', 'derrame pleural derecho')])
C('icc', ['DEM001'], 'Edad: 81 años en el input; la salida dice 30 años (el 30 solo existe como FEVI 30%).', v=0,
  ops=[('r', 'de sexo masculino de 81 años', 'de sexo masculino de 30 años')])
C('icc', ['COD005'], 'Códigos intercambiados: hipertensión arterial rotulada con E11.9 y diabetes con I10.', v=1,
  ops=swap('hipertensión arterial (I10)', 'diabetes mellitus tipo 2 (E11.9)') and
      [('r', 'hipertensión arterial (I10)', 'hipertensión arterial (@@X)'), ('r', 'diabetes mellitus tipo 2 (E11.9)', 'diabetes mellitus tipo 2 (I10)'),
       ('r', '(@@X)', '(E11.9)')])
C('icc', ['FMT001'], 'La salida empieza con "Paciente ingresa por" en lugar de "Ingresa por".', v=2,
  ops=[('r', 'Ingresa por', 'Paciente ingresa por')])
C('icc', ['COD001'], 'Dos códigos CIE-10 dentro del mismo paréntesis.', v=0,
  ops=[('r', 'hipertensión arterial (I10), diabetes mellitus tipo 2 (E11.9)', 'hipertensión arterial y diabetes mellitus tipo 2 (I10; E11.9)')])
C('icc', [], 'Trampa: posología equivalente escrita de otra forma (dos veces al día, tres veces al día) para furosemida.', v=2,
  ops=[('r', '40 mg cada 8 horas', '40 mg tres veces al día'), ('r', '40 mg cada 12 horas', '40 mg dos veces al día')])

# ============================================================ cadera (AR, traumatología, fecha de nacimiento)
C('cadera', [], 'Trampa: entrada con fecha de nacimiento e ingreso sin edad; la salida no declara edad y respeta el lado izquierdo.', v=0)
C('cadera', [], 'Trampa: 54 años es la edad de la hija cuidadora, no de la paciente.', v=1, budget=176,
  ops=[('end', 'Acompañada por su hija, de 54 años, cuidadora principal.')])
C('cadera', ['DEM001'], 'Edad: las fechas dan 85 años y la salida dice 54 (la edad de la hija cuidadora).', v=0,
  ops=[('r', 'en paciente de sexo femenino.', 'en paciente de sexo femenino de 54 años.')])
C('cadera', ['HAL004'], 'Lateralidad: la osteosíntesis fue de fémur izquierdo y la salida dice derecho.', v=1,
  ops=[('r', 'Se realiza osteosíntesis con clavo endomedular de fémur izquierdo', 'Se realiza osteosíntesis con clavo endomedular de fémur derecho')])
C('cadera', ['HAL003'], 'Vía: enoxaparina subcutánea en el input, la salida dice endovenosa en la hospitalización.', v=0,
  ops=[('r', '40 mg cada 24 horas por vía subcutánea y paracetamol (N02BE01) 1 g cada 8 horas por vía endovenosa', '40 mg cada 24 horas por vía endovenosa y paracetamol (N02BE01) 1 g cada 8 horas por vía endovenosa')])
C('cadera', ['COD003'], 'Código ATC de amlodipino escrito sin paréntesis.', v=1,
  ops=[('r', 'amlodipino (C08CA01)', 'amlodipino C08CA01')])
C('cadera', ['REP001'], 'Oración repetida literalmente (informe de la radiografía).', v=0, budget=170,
  ops=[('after', 'Radiografía de pelvis informa', 'Radiografía de pelvis informa fractura pertrocantérea de fémur izquierdo.')])

# ============================================================ preecl (MX, obstetricia)
C('preecl', [], 'Trampa: "recién nacido masculino" se refiere al hijo; la paciente es mujer.', v=0, budget=186)
C('preecl', ['HAL001'], 'Diagnóstico inventado: eclampsia (no hubo convulsiones ni figura en el input).', v=1, budget=176,
  ops=[('r', 'Se realiza cesárea segmentaria', 'Presenta eclampsia y se realiza cesárea segmentaria')])
C('preecl', [], 'Trampa: trombocitopenia y transaminasas elevadas sostenidas por plaquetas 98.000/µL y TGO 112 U/L.', v=2, budget=172,
  ops=[('after', 'DHL 640 U/L', 'Se documenta trombocitopenia con elevación de transaminasas.')])
C('preecl', ['FMT002'], 'Markdown: diagnóstico en negritas.', v=0,
  ops=[('r', 'preeclampsia con datos de severidad (O14.1)', '**preeclampsia con datos de severidad** (O14.1)')])
C('preecl', [], 'Trampa: betametasona en esquema de 2 dosis y sulfato de magnesio por 24 horas escritos igual que en el input; Apgar del recién nacido no es dato de la madre.', v=1)

# ============================================================ bronq (CL, pediatría)
C('bronq', [], 'Trampa: 23 años es la edad de la madre; la paciente es una lactante de 5 meses.', v=0,
  ops=[('end', 'La madre, de 23 años, la acompaña durante toda la hospitalización.')])
C('bronq', ['DEM001'], 'Edad en unidad errónea: lactante de 5 meses en el input, la salida dice preescolar de 5 años.', v=1,
  ops=[('r', 'en lactante femenina de 5 meses', 'en preescolar femenina de 5 años')])
C('bronq', [], 'Trampa: VRS es la abreviatura del virus respiratorio sincicial del diagnóstico del input.', v=2,
  ops=[('r', 'por virus respiratorio sincicial (J21.0)', 'por VRS (J21.0)')])
C('bronq', ['COD004'], 'Código ATC de salbutamol en la salida, ausente del input (que solo nombra el fármaco).', v=1,
  sc=rm_code('R03AC02'), ops=[('r', 'salbutamol 2 puff', 'salbutamol (R03AC02) 2 puff')])
C('bronq', ['HAL002'], 'Número inventado: temperatura 38,6 °C no figura en el input.', v=2,
  ops=[('r', 'Al examen destaca retracción subcostal', 'Al examen destaca temperatura de 38,6 °C, retracción subcostal')])

# ============================================================ apendi (CO, cirugía)
C('apendi', [], 'Trampa: paracetamol por acetaminofén y metamizol por dipirona, sinónimos de los fármacos del input.', v=0,
  ops=[('r', 'acetaminofén (N02BE01)', 'paracetamol (N02BE01)'), ('r', 'dipirona (N02BB02)', 'metamizol (N02BB02)')])
C('apendi', ['HAL004'], 'Lateralidad: dolor en fosa ilíaca derecha en el input, izquierda en la salida.', v=1,
  ops=[('r', 'Ingresa por dolor en fosa ilíaca derecha', 'Ingresa por dolor en fosa ilíaca izquierda')])
C('apendi', ['HAL003'], 'Frecuencia: piperacilina/tazobactam cada 6 horas en el input, cada 8 horas en la salida.', v=2,
  ops=[('r', '4,5 g cada 6 horas', '4,5 g cada 8 horas')])
C('apendi', ['HAL001'], 'Dispositivo inventado: drenaje no mencionado en el input.', v=0,
  ops=[('r', 'Se realiza apendicectomía laparoscópica', 'Se realiza apendicectomía laparoscópica con instalación de drenaje')])
C('apendi', ['CLN001'], 'Levotiroxina como fármaco habitual sin ningún diagnóstico tiroideo en el input.', v=1,
  sc=add_hab(('H03AA01', 'Levotiroxina', '50 mcg al día', 'oral')))
C('apendi', [], 'Trampa: la madre (femenino) acompaña a un paciente varón; la concordancia femenina no es del paciente.', v=2,
  ops=[('end', 'Se entregan indicaciones a la madre, quien acompaña al paciente.')])
C('apendi', ['FMT001'], 'La salida empieza en minúscula ("ingresa por").', v=0,
  ops=[('r', 'Ingresa por', 'ingresa por')])

# ============================================================ acv (AR, neurología)
C('acv', [], 'Trampa: hemiparesia derecha con infarto de arteria cerebral media izquierda (contralateral, ambos del input); AAS por aspirina.', v=0,
  ops=[('ra', 'aspirina (B01AC06)', 'AAS (B01AC06)')])
C('acv', ['HAL004'], 'Lateralidad: infarto de arteria cerebral media izquierda en el input, derecha en la salida.', v=1,
  ops=[('r', 'de arteria cerebral media izquierda (I63.9)', 'de arteria cerebral media derecha (I63.9)')])
C('acv', ['HAL003'], 'Dosis: atorvastatina 80 mg en el input, 20 mg en la salida (20 solo existe para simvastatina).', v=2,
  ops=[('r', 'atorvastatina (C10AA05) 80 mg al día', 'atorvastatina (C10AA05) 20 mg al día')])
C('acv', ['HAL001'], 'Procedimiento inventado: trombectomía mecánica.', v=0, budget=176,
  ops=[('r', 'Se realiza trombólisis endovenosa', 'Se realiza trombólisis endovenosa y trombectomía mecánica')])
C('acv', [], 'Trampa: hemorragia intracraneal mencionada solo como descartada por la tomografía.', v=1, budget=176,
  ops=[('after', '(I63.9)', 'Se descarta hemorragia intracraneal.')])
C('acv', ['COD003'], 'Dos códigos ATC compartiendo un paréntesis en la indicación de alta.', v=2,
  ops=[('r', 'manteniendo aspirina (B01AC06) y atorvastatina (C10AA05)', 'manteniendo aspirina y atorvastatina (B01AC06, C10AA05)')])
C('acv', ['REP001'], 'Oración repetida: el diagnóstico aparece dos veces idéntico.', v=0, budget=170,
  ops=[('after', '(I63.9).', 'Se diagnostica infarto cerebral isquémico de arteria cerebral media izquierda.'),
       ('after', 'izquierda (I63.9). Se diagnostica', 'Se diagnostica infarto cerebral isquémico de arteria cerebral media izquierda.')])

# ============================================================ cad (CO, UCI pediátrica)
C('cad', [], 'Trampa: el padre (41 años, masculino) recibe educación; la paciente es una niña de 12 años.', v=0,
  ops=[('end', 'El padre, de 41 años, participa activamente en la educación.')])
C('cad', ['DEM001'], 'Sexo: paciente femenina en el input, la salida dice escolar de sexo masculino.', v=0,
  ops=[('r', 'en escolar de sexo femenino de 12 años', 'en escolar de sexo masculino de 12 años')])
C('cad', [], 'Trampa: acidosis metabólica con cetosis sostenida por pH 7,08, bicarbonato 6 y cetonemia 5,8.', v=1,
  ops=[('after', 'sodio 131 mEq/L', 'Compatible con acidosis metabólica con cetosis.')])
C('cad', ['COD004'], 'Código ATC de cloruro de potasio en la salida sin estar en el input.', v=2,
  sc=rm_code('A12BA01'), ops=[('r', 'cloruro de potasio 20 mEq', 'cloruro de potasio (A12BA01) 20 mEq')])
C('cad', ['REP001'], 'Bucle degenerado: la misma frase se repite varias veces.', v=0,
  ops=[('r', 'Evoluciona con resolución de la acidosis a las 18 horas', 'Evoluciona con resolución de la acidosis, resolución de la acidosis, resolución de la acidosis, resolución de la acidosis a las 18 horas')])
C('cad', [], 'Trampa: insulina en infusión y luego esquema basal bolo con glargina y aspart, escalonamiento presente en el input.', v=2)

# ============================================================ depre (ES, psiquiatría)
C('depre', [], 'Trampa: sertralina en escalada 50 mg y luego 100 mg al día, ambas pautas del input; 100 mg al alta.', v=0)
C('depre', ['HAL001'], 'Procedimiento inventado: terapia electroconvulsiva no figura en el input.', v=1,
  ops=[('end', 'Se inicia terapia electroconvulsiva.')])
C('depre', ['COD005'], 'Códigos intercambiados entre ansiedad generalizada (F41.1) e hipotiroidismo (E03.9).', v=2,
  ops=[('r', 'ansiedad generalizada (F41.1)', 'ansiedad generalizada (@@X)'), ('r', 'hipotiroidismo (E03.9)', 'hipotiroidismo (F41.1)'), ('r', '(@@X)', '(E03.9)')])
C('depre', ['COD007'], 'El input trae F32.7, código CIE-10 inexistente, y la salida lo copia.', v=0, sc=set_code('F32.2', 'F32.7'))
C('depre', [], 'Trampa: terapia electroconvulsiva mencionada como no indicada; su pareja es otra persona.', v=1,
  ops=[('end', 'No se indica terapia electroconvulsiva. La acompaña su pareja, con quien convive.')])
C('depre', ['FMT002'], 'Markdown: línea de lista con guion.', v=2,
  ops=[('r', ' Es dada de alta tras', '\n- Es dada de alta tras')])
C('depre', ['HAL003'], 'Dosis: quetiapina 25 mg en el input, 50 mg en la salida (50 existe solo para sertralina).', v=0,
  ops=[('r', 'quetiapina (N05AH04) 25 mg por la noche', 'quetiapina (N05AH04) 50 mg por la noche')])

# ============================================================ neutro (CL, hemato-oncología)
C('neutro', [], 'Registro limpio: neutropenia febril con antibiótico, factor estimulante y profilaxis, todo del input.', v=0)
C('neutro', ['HAL004'], 'Lateralidad: reservorio infraclavicular derecho en el input, izquierdo en la salida.', v=1,
  ops=[('r', 'región infraclavicular derecha', 'región infraclavicular izquierda')])
C('neutro', ['HAL003'], 'Vía: filgrastim subcutáneo en el input, endovenoso en la salida.', v=2,
  ops=[('r', 'filgrastim (L03AA02) 300 mcg al día por vía subcutánea', 'filgrastim (L03AA02) 300 mcg al día por vía endovenosa')])
C('neutro', ['HAL001'], 'Hallazgo contradicho: bacteriemia por Staphylococcus aureus cuando los hemocultivos del input son negativos.', v=0, budget=176,
  ops=[('after', '(D70)', 'Se documenta bacteriemia por Staphylococcus aureus.')])
C('neutro', [], 'Trampa: neumonía descartada por tomografía; neutropenia profunda sostenida por 180 neutrófilos/mm3.', v=1, budget=172,
  ops=[('after', '(D70)', 'Se descarta neumonía por tomografía.')])
C('neutro', ['COD001'], 'Código CIE-10 del linfoma sin paréntesis.', v=2,
  ops=[('r', 'linfoma difuso de células B grandes (C83.3)', 'linfoma difuso de células B grandes C83.3')])

# ============================================================ hd (MX, nefrología)
C('hd', [], 'Trampa: hiperkalemia como sinónimo de hiperpotasemia; fístula en brazo izquierdo coincide con el input.', v=0,
  ops=[('r', 'hiperpotasemia (E87.5)', 'hiperkalemia (E87.5)')])
C('hd', ['HAL004'], 'Lateralidad: hemodiálisis por fístula izquierda en el input, la salida dice derecha.', v=1, budget=190,
  ops=[('r', 'por fístula arteriovenosa izquierda', 'por fístula arteriovenosa derecha')])
C('hd', ['HAL001'], 'Hallazgo contradicho por laboratorio: hipofosfatemia con fósforo 6,8 mg/dL en el input.', v=2, budget=176,
  ops=[('after', 'fósforo 6,8 mg/dL', 'Destaca hipofosfatemia.')])
C('hd', ['COD002'], 'Código K21.9 de reflujo gastroesofágico en la salida, ausente en el input (solo el texto).', v=0,
  sc=rm_code('K21.9'), ops=[('r', 'enfermedad por reflujo gastroesofágico', 'enfermedad por reflujo gastroesofágico (K21.9)')])
C('hd', ['FMT003'], 'Longitud: listado completo de diez fármacos con dosis, más de 200 palabras.', v=1, full=True)
C('hd', ['COD006'], 'Omeprazol nombrado sin su código A02BC01 presente en el input.', v=2,
  ops=[('r', 'omeprazol (A02BC01)', 'omeprazol')])
C('hd', [], 'Trampa: acidosis metabólica sostenida por bicarbonato 15 mEq/L.', v=0, budget=176,
  ops=[('after', 'fósforo 6,8 mg/dL', 'Compatible con acidosis metabólica.')])
C('hd', ['COD003'], 'Dos códigos ATC en un mismo paréntesis.', v=1,
  ops=[('r', 'eritropoyetina (B03XA01), sevelámero (V03AE02)', 'eritropoyetina y sevelámero (B03XA01, V03AE02)')])

# ============================================================ sepsis (CL, UPC)
C('sepsis', [], 'Registro limpio: sepsis urinaria con lado derecho consistente en pielonefritis, catéter y litiasis.', v=0)
C('sepsis', [], 'Trampa: ventilación mecánica y nefrostomía mencionadas como no requeridas.', v=1, budget=176,
  ops=[('end', 'No requiere ventilación mecánica ni nefrostomía.')])
C('sepsis', ['HAL001'], 'Procedimiento inventado: intubación orotraqueal.', v=2,
  ops=[('r', 'Se realiza instalación de catéter venoso central', 'Se realiza intubación orotraqueal, instalación de catéter venoso central')])
C('sepsis', ['HAL002'], 'Estadía inventada: 10 días cuando el input dice 9.', v=0,
  ops=[('r', 'tras 9 días de hospitalización', 'tras 10 días de hospitalización')])
C('sepsis', ['COD001'], 'Dos códigos CIE-10 en un mismo paréntesis.', v=1,
  ops=[('r', 'sepsis por gramnegativos (A41.5) y pielonefritis aguda obstructiva derecha (N10)', 'sepsis por gramnegativos y pielonefritis aguda obstructiva derecha (A41.5, N10)')])
C('sepsis', ['FMT002'], 'Markdown: código entre comillas invertidas.', v=2,
  ops=[('r', 'Se realiza instalación', 'Se realiza `instalación'), ('r', 'yugular derecho', 'yugular derecho`')])
C('sepsis', [], 'Trampa: presión arterial 78/40 y lactato 4,6 tal como en el input; "derecha" coincide en exploración y tomografía.', v=2, rend=6)

# ============================================================ rn (AR, neonatología)
C('rn', [], 'Trampa: la madre tiene 31 años; el paciente es un recién nacido de 2 días.', v=0,
  ops=[('r', 'en recién nacido de 2 días de vida', 'en recién nacido de 2 días de vida, hijo de madre de 31 años, G2 P2, por parto vaginal a las 39 semanas')])
C('rn', ['DEM001'], 'Sexo: recién nacido masculino en el input, la salida dice recién nacida.', v=1,
  ops=[('r', 'en recién nacido de 2 días', 'en recién nacida de 2 días'), ('r', 'Es dado de alta', 'Es dada de alta')])
C('rn', [], 'Trampa: incompatibilidad ABO mencionada como descartada con Coombs directo negativo.', v=2,
  ops=[('after', 'hematocrito 52%', 'Se descarta incompatibilidad ABO por Coombs directo negativo.')])
C('rn', ['FMT003'], 'Longitud: salida demasiado corta (menos de 80 palabras).', v=0,
  ops=[('set', 'Ingresa por ictericia de 24 horas de evolución, en recién nacido de 2 días de vida. Se confirma ictericia neonatal (P59.9). Se realiza luminoterapia con buena respuesta. Es dado de alta tras 3 días de hospitalización.')])
C('rn', ['HAL002'], 'Peso inventado: 3.340 g frente a 3.120 g del input.', v=1,
  ops=[('r', 'peso 3.120 g', 'peso 3.340 g')])
C('rn', ['HAL001'], 'Procedimiento inventado: exanguinotransfusión.', v=2,
  ops=[('r', 'Se realiza luminoterapia', 'Se realiza luminoterapia y exanguinotransfusión')])

# ============================================================ tep (ES, neumología)
C('tep', [], 'Trampa: mama izquierda y pierna derecha son órganos distintos, ambos con su lado del input; TEP y TVP como abreviaturas.', v=0,
  ops=[('r', 'tromboembolismo pulmonar (I26.9)', 'TEP (I26.9)'), ('r', 'trombosis venosa profunda de extremidad inferior derecha (I80.2)', 'TVP de extremidad inferior derecha (I80.2)')])
C('tep', ['HAL004'], 'Lateralidad: TVP de extremidad inferior derecha en el input, izquierda en la salida.', v=1,
  ops=[('r', 'profunda de extremidad inferior derecha (I80.2)', 'profunda de extremidad inferior izquierda (I80.2)')])
C('tep', ['HAL001'], 'Dispositivo inventado: filtro de vena cava.', v=2,
  ops=[('end', 'Se instala filtro de vena cava inferior.')])
C('tep', [], 'Trampa: trombólisis mencionada como no indicada por estabilidad hemodinámica.', v=0,
  ops=[('end', 'No se indica trombólisis por estabilidad hemodinámica.')])
C('tep', ['COD005'], 'Códigos intercambiados: carcinoma de mama con I26.9 y tromboembolismo con C50.9.', v=1,
  ops=[('r', 'en tratamiento (C50.9)', 'en tratamiento (@@X)'), ('r', 'tromboembolismo pulmonar (I26.9)', 'tromboembolismo pulmonar (C50.9)'), ('r', '(@@X)', '(I26.9)')])
C('tep', ['COD004'], 'Código ATC de enoxaparina escrito en la salida, ausente del input.', v=2,
  sc=rm_code('B01AB05'), ops=[('ra', 'enoxaparina 1 mg/kg', 'enoxaparina (B01AB05) 1 mg/kg')])

# ============================================================ colecist (MX, cirugía)
C('colecist', [], 'Trampa: coledocolitiasis descartada, sostenida por colédoco de 4 mm y bilirrubina normal.', v=0, budget=176,
  ops=[('after', 'colédoco de 4 mm', 'Se descarta coledocolitiasis.')])
C('colecist', ['CLN001'], 'Alopurinol habitual sin gota ni hiperuricemia entre los diagnósticos.', v=2,
  sc=add_hab(('M04AA01', 'Alopurinol', '300 mg al día', 'oral')))
C('colecist', ['FMT002'], 'Markdown: etiqueta HTML <br>.', v=0,
  ops=[('r', '. Es dada de alta', '.<br>Es dada de alta')])
C('colecist', ['COD004'], 'Código ATC de metronidazol en la salida y ausente del input.', v=1,
  sc=rm_code('J01XD01'), ops=[('r', 'metronidazol 500 mg', 'metronidazol (J01XD01) 500 mg')])
C('colecist', [], 'Trampa: ketorolaco con dosis distinta intravenosa (30 mg) y oral al alta (10 mg), ambas del input.', v=2)

# ============================================================ status (CO, neurología pediátrica)
C('status', [], 'Trampa: la abuela materna (femenino) queda a cargo de un paciente varón de 8 años.', v=0,
  ops=[('end', 'Se explica el plan a la abuela materna, quien queda a cargo del niño.')])
C('status', [], 'Trampa: ácido valproico 250 mg cada 12 horas habitual y cada 8 horas al alta, ambas pautas del input.', v=1)
C('status', ['HAL003'], 'Frecuencia: levetiracetam al alta cada 12 horas en el input, cada 8 horas en la salida.', v=2,
  ops=[('r', 'levetiracetam (N03AX14) 250 mg cada 12 horas', 'levetiracetam (N03AX14) 250 mg cada 8 horas')])
C('status', ['CLN001'], 'Metformina habitual en un niño sin diabetes ni otro diagnóstico que la justifique.', v=0,
  sc=add_hab(('A10BA02', 'Metformina', '500 mg cada 12 horas', 'oral')))
C('status', ['REP001'], 'Oración repetida al final (indicación de control).', v=1,
  ops=[('end', 'Se indica control con neuropediatría en 2 semanas.')])
C('status', [], 'Trampa: niveles subterapéuticos de ácido valproico (22 mcg/mL) explican la crisis; todo del input.', v=2, rend=6)

# ============================================================ epoc (CL, geriatría)
C('epoc', [], 'Trampa: la esposa de 80 años es la cuidadora; el paciente tiene 84.', v=0, budget=172,
  ops=[('end', 'Lo acompaña su esposa, de 80 años, cuidadora principal.')])
C('epoc', ['DEM001'], 'Edad: 84 años en el input; la salida dice 80 (edad de la esposa).', v=0,
  ops=[('r', 'de 84 años', 'de 80 años')])
C('epoc', ['HAL003'], 'Frecuencia: prednisona 40 mg al día en el input, cada 12 horas en la salida.', v=1,
  ops=[('r', 'prednisona (H02AB07) 40 mg al día por 5 días', 'prednisona (H02AB07) 40 mg cada 12 horas por 5 días')])
C('epoc', ['HAL001'], 'Diagnóstico contradicho: neumonía cuando la radiografía del input no muestra condensación.', v=2, budget=178,
  ops=[('after', 'sin condensación', 'Se agrega neumonía basal.')])
C('epoc', ['COD002'], 'Código G30.9 de enfermedad de Alzheimer en la salida, ausente del input.', v=0,
  sc=rm_code('G30.9'), ops=[('r', 'enfermedad de Alzheimer', 'enfermedad de Alzheimer (G30.9)')])
C('epoc', ['FMT003'], 'Longitud: todas las dosis de ocho fármacos habituales, más de 200 palabras.', v=1, full=True,
  ops=[('end', 'Se refuerza con la familia la técnica inhalatoria, la adherencia a fluticasona/salmeterol y tiotropio, y los signos de alarma respiratorios.')])
C('epoc', [], 'Trampa: edad escrita en palabras (ochenta y cuatro años); EPOC como sigla del input.', v=2,
  ops=[('r', 'de 84 años', 'de ochenta y cuatro años')])

# ============================================================ erisip (AR, infectología)
C('erisip', [], 'Registro limpio: erisipela de pierna derecha con lado consistente en examen y diagnóstico.', v=0)
C('erisip', ['HAL004'], 'Lateralidad: dolor en pierna derecha en el input, izquierda en la salida.', v=1,
  ops=[('r', 'dolor en pierna derecha', 'dolor en pierna izquierda')])
C('erisip', [], 'Trampa: absceso mencionado como descartado por ecografía.', v=2,
  ops=[('after', 'sin colecciones', 'Se descarta absceso.')])
C('erisip', ['HAL003'], 'Frecuencia: clindamicina cada 8 horas en el input, cada 4 horas en la salida (4 pertenece a la penicilina).', v=0,
  ops=[('r', 'clindamicina (J01FF01) 600 mg cada 8 horas', 'clindamicina (J01FF01) 600 mg cada 4 horas')])
C('erisip', ['COD003'], 'Código ATC de penicilina sin paréntesis.', v=1,
  ops=[('r', 'penicilina G sódica (J01CE01)', 'penicilina G sódica J01CE01')])
C('erisip', ['FMT001'], 'La salida empieza con "Se hospitaliza por".', v=2,
  ops=[('r', 'Ingresa por', 'Se hospitaliza por')])

# ============================================================ psicosis (MX, psiquiatría)
C('psicosis', [], 'Trampa: "preocupada y cansada" concuerda con la madre, no con el paciente varón.', v=0,
  ops=[('end', 'La madre refiere que está preocupada y cansada.')])
C('psicosis', ['DEM001'], 'Sexo: varón en el input, la salida dice sexo femenino.', v=0,
  ops=[('r', 'en paciente de sexo masculino de 24 años', 'en paciente de sexo femenino de 24 años')])
C('psicosis', ['HAL003'], 'Dosis: olanzapina 10 mg en el input, 5 mg en la salida (5 es del haloperidol).', v=1,
  ops=[('r', 'olanzapina (N05AH03) 10 mg en la noche', 'olanzapina (N05AH03) 5 mg en la noche')])
C('psicosis', ['CLN001'], 'Insulina glargina habitual sin diabetes entre los diagnósticos.', v=2,
  sc=add_hab(('A10AE04', 'Insulina glargina', '10 UI en la noche', 'subcutánea')))
C('psicosis', ['HAL002'], 'Signo vital inventado: presión arterial 150/95 mmHg.', v=0,
  ops=[('r', 'Al examen destaca actitud suspicaz', 'Al examen destaca presión arterial 150/95 mmHg, actitud suspicaz')])
C('psicosis', [], 'Trampa: clozapina mencionada solo como no indicada.', v=1,
  ops=[('end', 'Por ahora no se indica clozapina.')])
C('psicosis', ['COD006'], 'Risperidona nombrada sin su código N05AX08 del input.', v=2,
  ops=[('r', 'risperidona (N05AX08)', 'risperidona')])

# ============================================================ ira (CO, nefrología)
C('ira', [], 'Trampa: hiponatremia e hiperkalemia no codificadas pero sostenidas por sodio 129 y potasio 5,6 mEq/L.', v=0,
  ops=[('after', 'creatinina basal 1,0 mg/dL', 'Destaca hiponatremia e hiperkalemia leve.')])
C('ira', ['HAL001'], 'Hallazgo contradicho: hipernatremia con sodio 129 mEq/L en el input.', v=1,
  ops=[('after', 'creatinina basal 1,0 mg/dL', 'Destaca hipernatremia.')])
C('ira', [], 'Trampa: losartán e hidroclorotiazida suspendidos al alta según el input; no hay error de dosis.', v=2)
C('ira', ['COD006'], 'Gota nombrada sin su código M10.9 del input.', v=0,
  ops=[('r', 'gota (M10.9)', 'gota')])
C('ira', ['HAL002'], 'Valor inventado: creatinina 4,3 mg/dL cuando el input dice 3,9.', v=1,
  ops=[('r', 'creatinina 3,9 mg/dL', 'creatinina 4,3 mg/dL')])
C('ira', ['COD001'], 'Código CIE-10 de hipertensión sin paréntesis.', v=2,
  ops=[('r', 'hipertensión arterial (I10)', 'hipertensión arterial I10')])

# ============================================================ hpp (CL, obstetricia)
C('hpp', [], 'Trampa: sulfato ferroso 200 mg al día habitual y cada 12 horas al alta, ambas pautas del input; recién nacida es la hija.', v=0)
C('hpp', ['HAL003'], 'Vía: oxitocina endovenosa en el input, intramuscular en la salida.', v=1,
  ops=[('r', 'oxitocina (H01BB02) 20 UI en 500 mL por vía endovenosa', 'oxitocina (H01BB02) 20 UI en 500 mL por vía intramuscular')])
C('hpp', ['COD007'], 'El input trae O72.4, código inexistente, y la salida lo reproduce.', v=0, sc=set_code('O72.1', 'O72.4'))
C('hpp', ['DEM001'], 'Edad: 32 años en el input, 20 en la salida (el 20 pertenece a la oxitocina).', v=1,
  ops=[('r', 'de 32 años', 'de 20 años')])
C('hpp', ['FMT002'], 'Markdown: encabezado con almohadilla.', v=2,
  ops=[('r', ' Evoluciona con', '\n# Evolución\nEvoluciona con')])

# ============================================================ tec (ES, neurocirugía)
C('tec', [], 'Trampa: hematoma derecho con paresia izquierda (contralateral), ambos lados del input.', v=0)
C('tec', ['HAL004'], 'Lateralidad: hematoma subdural derecho en el input, izquierdo en la salida.', v=1,
  ops=[('r', 'hematoma subdural crónico derecho (I62.0)', 'hematoma subdural crónico izquierdo (I62.0)')])
C('tec', ['HAL003'], 'Dosis: amlodipino 5 mg en el input, 20 mg en la salida (20 es la dosis de rivaroxabán).', v=2,
  ops=[('r', 'amlodipino (C08CA01) 5 mg al día', 'amlodipino (C08CA01) 20 mg al día')])
C('tec', ['COD002'], 'Código I48.9 de fibrilación auricular en la salida, ausente del input.', v=0,
  sc=rm_code('I48.9'), ops=[('r', 'fibrilación auricular', 'fibrilación auricular (I48.9)')])
C('tec', [], 'Trampa: enoxaparina mencionada solo como no indicada.', v=1,
  ops=[('end', 'No se indica profilaxis con enoxaparina.')])
C('tec', ['REP001'], 'Oración repetida literalmente (procedimiento).', v=2,
  ops=[('after', 'Se realiza evacuación', 'Se realiza evacuación por trépano frontoparietal derecho.')])

# ============================================================ hernia (AR, cirugía)
C('hernia', [], 'Trampa: antecedente de hernia derecha operada y hernia actual izquierda; ambos lados correctos.', v=0)
C('hernia', ['HAL004'], 'Lateralidad: hernioplastia izquierda en el input, derecha en la salida.', v=1,
  ops=[('r', 'hernioplastia inguinal izquierda', 'hernioplastia inguinal derecha')])
C('hernia', ['HAL001'], 'Procedimiento negado en el input (sin necesidad de resección) presentado como realizado.', v=2,
  ops=[('r', 'sin necesidad de resección intestinal', 'con resección intestinal segmentaria')])
C('hernia', ['COD005'], 'Códigos intercambiados entre hipertensión (I10) y hernia inguinal derecha operada (K40.9).', v=0,
  ops=[('r', 'hipertensión arterial (I10)', 'hipertensión arterial (@@X)'), ('r', 'derecha operada (K40.9)', 'derecha operada (I10)'), ('r', '(@@X)', '(K40.9)')])
C('hernia', [], 'Trampa: metamizol por dipirona, sinónimos del input, con dosis iv y oral distintas.', v=1,
  ops=[('ra', 'dipirona (N02BB02)', 'metamizol (N02BB02)')])

# ============================================================ lla (MX, oncología pediátrica)
C('lla', [], 'Trampa: la madre de 28 años es enfermera; anemia y trombocitopenia sostenidas por laboratorio.', v=0, budget=172,
  ops=[('end', 'Se informa a la madre, de 28 años, enfermera.')])
C('lla', ['DEM001'], 'Edad en unidad errónea: 6 años en el input, lactante de 6 meses en la salida.', v=0,
  ops=[('r', 'en escolar de sexo femenino de 6 años', 'en lactante femenina de 6 meses')])
C('lla', ['HAL001'], 'Hallazgo contradicho: trombocitosis con plaquetas 21.000/µL.', v=1, budget=178,
  ops=[('after', 'DHL 1.240 U/L', 'Destaca trombocitosis.')])
C('lla', ['COD001'], 'Código CIE-10 de la leucemia fuera de paréntesis.', v=2,
  ops=[('r', 'precursores B (C91.0)', 'precursores B, código C91.0')])
C('lla', ['FMT003'], 'Longitud: salida demasiado corta.', v=0,
  ops=[('set', 'Ingresa por palidez, petequias y dolor óseo de 3 semanas de evolución, en niña de 6 años. Se confirma leucemia linfoblástica aguda de precursores B (C91.0). Inicia inducción con prednisona (H02AB07), vincristina (L01CA02) y alopurinol (M04AA01). Alta con trimetoprim/sulfametoxazol (J01EE01).')])
C('lla', [], 'Trampa: adenopatías cervicales bilaterales y escalas en m2 escritas como en el input.', v=1)

# ============================================================ itu_emb (CO, obstetricia)
C('itu_emb', [], 'Trampa: "feto" masculino y frecuencia cardíaca fetal 148 lpm no son datos de la paciente.', v=0)
C('itu_emb', ['HAL004'], 'Lateralidad: pielonefritis izquierda en el input, derecha en la salida.', v=1,
  ops=[('r', 'pielonefritis aguda izquierda (N10)', 'pielonefritis aguda derecha (N10)')])
C('itu_emb', ['COD007'], 'El input trae O23.7, inexistente, y la salida lo copia.', v=2, sc=set_code('O23.0', 'O23.7'))
C('itu_emb', ['COD005'], 'Códigos intercambiados entre infección renal en el embarazo (O23.0) y pielonefritis (N10).', v=0,
  ops=[('r', 'en el embarazo (O23.0)', 'en el embarazo (@@X)'), ('r', 'izquierda (N10)', 'izquierda (O23.0)'), ('r', '(@@X)', '(N10)')])
C('itu_emb', ['FMT001'], 'Salida precedida de un rótulo "EPICRISIS." antes de "Ingresa por".', v=1,
  ops=[('pre', 'EPICRISIS. ')])
C('itu_emb', [], 'Trampa: acetaminofén cada 6 horas y cefalexina cada 6 horas, frecuencias del input; 26 semanas es edad gestacional.', v=2)

# ============================================================ cirro (CL, gastroenterología)
C('cirro', [], 'Registro limpio: hemorragia variceal con fármacos habituales mantenidos al alta.', v=0)
C('cirro', ['HAL001'], 'Diagnóstico contradicho: encefalopatía hepática con asterixis ausente en el input.', v=1, budget=176,
  ops=[('after', '(I85.0)', 'Cursa con encefalopatía hepática.')])
C('cirro', ['HAL003'], 'Frecuencia: lactulosa cada 8 horas en el input, cada 12 horas en la salida.', v=2,
  ops=[('r', 'lactulosa (A06AD11) 15 mL cada 8 horas', 'lactulosa (A06AD11) 15 mL cada 12 horas')])
C('cirro', ['CLN001'], 'Tamsulosina habitual sin hiperplasia prostática ni otro diagnóstico urológico.', v=0,
  sc=add_hab(('G04CA02', 'Tamsulosina', '0,4 mg al día', 'oral')))
C('cirro', [], 'Trampa: anemia, trombocitopenia e hipoalbuminemia sostenidas por hemoglobina 7,8, plaquetas 64.000 y albúmina 2,8.', v=1, budget=166,
  ops=[('after', 'bilirrubina total 2,4 mg/dL', 'Destaca anemia, trombocitopenia e hipoalbuminemia.')])
C('cirro', ['HAL002'], 'Valor inventado: albúmina 2,6 g/dL cuando el input dice 2,8.', v=2,
  ops=[('r', 'albúmina 2,8 g/dL', 'albúmina 2,6 g/dL')])
C('cirro', ['COD005'], 'Códigos ATC intercambiados entre propranolol y espironolactona en la medicación habitual.', v=0,
  ops=[('r', 'propranolol (C07AA05)', 'propranolol (@@X)'), ('r', 'espironolactona (C03DA01)', 'espironolactona (C07AA05)'), ('r', '(@@X)', '(C03DA01)')])
C('cirro', ['FMT001'], 'La salida empieza con "Ingresó por" (pretérito).', v=1,
  ops=[('r', 'Ingresa por', 'Ingresó por')])

# ============================================================ gbs (ES, neurología)
C('gbs', [], 'Trampa: debilidad en ambas piernas (bilateral, como el input) y ventilación mecánica descartada.', v=0,
  ops=[('end', 'No requiere ventilación mecánica.')])
C('gbs', ['HAL004'], 'Lateralidad: debilidad en ambas piernas en el input, solo pierna derecha en la salida.', v=1,
  ops=[('r', 'debilidad ascendente en ambas piernas', 'debilidad ascendente en pierna derecha')])
C('gbs', ['COD007'], 'El input trae G61.7, inexistente, y la salida lo copia.', v=0, sc=set_code('G61.0', 'G61.7'))
C('gbs', ['DEM001'], 'Sexo: mujer en el input, varón en la salida.', v=1,
  ops=[('r', 'en mujer de 39 años', 'en varón de 39 años')])
C('gbs', ['CLN001'], 'Warfarina habitual sin fibrilación auricular, trombosis ni otra indicación en el input.', v=2,
  sc=add_hab(('B01AA03', 'Warfarina', '5 mg al día', 'oral')))
C('gbs', ['COD006'], 'El antecedente de gastroenteritis se nombra sin su código A09.0 del input.', v=0,
  ops=[('r', 'gastroenteritis infecciosa hace 2 semanas (A09.0)', 'gastroenteritis infecciosa hace 2 semanas')])

# ============================================================ intox (AR, terapia intensiva)
C('intox', [], 'Trampa: intoxicación por paracetamol descartada (no detectable); la custodia de la medicación es de la madre.', v=0,
  ops=[('end', 'Se descarta intoxicación por paracetamol.')])
C('intox', ['DEM001'], 'Edad: 19 años en el input, 12 en la salida (12 aparece como horas y frecuencia).', v=0,
  ops=[('r', 'en paciente de sexo femenino de 19 años', 'en adolescente de sexo femenino de 12 años')])
C('intox', ['HAL003'], 'Vía: flumazenil endovenoso en el input, oral en la salida.', v=1,
  ops=[('r', 'flumazenil (V03AB25) 0,2 mg por vía endovenosa', 'flumazenil (V03AB25) 0,2 mg por vía oral')])
C('intox', ['COD003'], 'Código ATC de flumazenil fuera de paréntesis.', v=2,
  ops=[('r', 'flumazenil (V03AB25)', 'flumazenil V03AB25')])
C('intox', ['FMT001'], 'La salida empieza con comillas antes de "Ingresa por".', v=0,
  ops=[('pre', '"'), ('end', '"')])
C('intox', [], 'Trampa: Glasgow 10 y frecuencia respiratoria 12 como en el input; clonazepam habitual con su indicación (ansiedad).', v=1, rend=6)

# ============================================================ tbc (CO, infectología)
C('tbc', [], 'Trampa: TBC y VIH como siglas del input; resistencia a rifampicina mencionada solo como descartada.', v=0,
  ops=[('r', 'tuberculosis pulmonar confirmada por baciloscopia (A15.0)', 'TBC pulmonar confirmada por baciloscopia (A15.0)'),
       ('end', 'Se descarta resistencia a rifampicina.')])
C('tbc', ['REP001'], 'Bucle degenerado: frase repetida tres veces seguidas.', v=2,
  ops=[('r', 'tolerancia adecuada al tratamiento', 'tolerancia adecuada al tratamiento, tolerancia adecuada al tratamiento, tolerancia adecuada al tratamiento')])
C('tbc', ['COD006'], 'Infección por VIH nombrada sin su código B24 del input.', v=0,
  ops=[('r', 'infección por VIH (B24)', 'infección por VIH')])
C('tbc', [], 'Trampa: edad en palabras (treinta y cuatro años) y pérdida de 8 kg del input.', v=0,
  ops=[('r', 'de 34 años', 'de treinta y cuatro años')])
C('tbc', [], 'Trampa: dosis fijas combinadas (4 tabletas al día) escritas igual que el input; CD4 142 células/µL.', v=1, rend=6)

# ============================================================ hda (MX, fecha de nacimiento)
C('hda', [], 'Trampa: fecha de nacimiento e ingreso sin edad explícita; diclofenaco suspendido al alta.', v=0)
C('hda', ['DEM001'], 'Edad: las fechas dan 66 años; la salida dice 45 (45 es el BUN).', v=0,
  ops=[('r', 'en paciente de sexo masculino.', 'en paciente de sexo masculino de 45 años.')])
C('hda', ['COD007'], 'El input trae K25.8, código inexistente, y la salida lo copia.', v=1, sc=set_code('K25.4', 'K25.8'))
C('hda', ['HAL002'], 'Valor inventado: hemoglobina de control 9,6 g/dL.', v=2,
  ops=[('r', 'hemoglobina estable', 'hemoglobina estable en 9,6 g/dL')])
C('hda', ['COD004'], 'Código ATC de esomeprazol en la salida, ausente del input.', v=0,
  sc=rm_code('A02BC05'), ops=[('ra', 'esomeprazol 40 mg', 'esomeprazol (A02BC05) 40 mg')])
C('hda', ['FMT002'], 'Markdown: corchetes alrededor de la clasificación de Forrest.', v=1,
  ops=[('r', 'Forrest IIb', '[Forrest IIb]')])

# ============================================================ iam (CL, unidad coronaria)
C('iam', [], 'Trampa: AAS por ácido acetilsalicílico; acceso radial derecho como en el input.', v=0,
  ops=[('ra', 'ácido acetilsalicílico (B01AC06)', 'AAS (B01AC06)')])
C('iam', ['HAL004'], 'Lateralidad: acceso radial derecho en el input, izquierdo en la salida.', v=1, budget=188,
  ops=[('r', 'acceso radial derecho', 'acceso radial izquierdo')])
C('iam', ['HAL003'], 'Frecuencia: ticagrelor cada 12 horas en el input, una vez al día en la salida.', v=2,
  ops=[('r', 'ticagrelor (B01AC24) 90 mg cada 12 horas', 'ticagrelor (B01AC24) 90 mg una vez al día')])
C('iam', ['DEM001'], 'Sexo: varón en el input, mujer en la salida.', v=1,
  ops=[('r', 'en varón de 57 años', 'en mujer de 57 años')])
C('iam', ['COD002'], 'Código I10 de hipertensión arterial en la salida, ausente del input.', v=2,
  sc=rm_code('I10'), ops=[('r', 'hipertensión arterial', 'hipertensión arterial (I10)')])
C('iam', ['COD007'], 'El input trae I21.7, inexistente, y la salida lo copia.', v=0, sc=set_code('I21.0', 'I21.7'))
C('iam', [], 'Trampa: edad en palabras (cincuenta y siete años) y posología equivalente (dos veces al día).', v=2,
  ops=[('r', 'de 57 años', 'de cincuenta y siete años'), ('r', 'ticagrelor (B01AC24) 90 mg cada 12 horas', 'ticagrelor (B01AC24) 90 mg dos veces al día')])

# ============================================================ registros limpios adicionales (trampas y formatos de entrada)
C('nac', [], 'Registro limpio con entrada en texto libre.', v=1, rend=6)
C('icc', [], 'Trampa: NT-proBNP escrito 6450 sin separador de miles (input 6.450).', v=1, rend=3,
  ops=[('r', 'NT-proBNP 6.450 pg/mL', 'NT-proBNP 6450 pg/mL')])
C('cadera', [], 'Trampa: luxación mencionada solo como descartada; fractura izquierda consistente.', v=2, rend=7, budget=176,
  ops=[('after', 'Radiografía de pelvis informa', 'Se descarta luxación.')])
C('preecl', [], 'Registro limpio en texto libre: cifras 170/110 mmHg y esquemas de 24 horas del input.', v=2, rend=6)
C('bronq', [], 'Registro limpio con entrada tipo FHIR; lactante con oxigenoterapia por naricera del input.', v=0, rend=3)
C('apendi', [], 'Trampa: metronidazol mencionado solo como no utilizado.', v=1, rend=7,
  ops=[('end', 'No se usa metronidazol.')])
C('acv', [], 'Trampa: trombectomía mecánica mencionada como no indicada.', v=2, rend=5, budget=176,
  ops=[('after', 'Se realiza trombólisis endovenosa', 'Sin indicación de trombectomía mecánica.')])
C('cad', [], 'Trampa: pH escrito con punto decimal (7.08) frente a 7,08 del input.', v=1, rend=7,
  ops=[('r', 'pH 7,08', 'pH 7.08')])
C('depre', [], 'Registro limpio con entrada en texto libre.', v=2, rend=6)
C('neutro', [], 'Trampa: R-CHOP figura en el input (ciclo previo), no es fármaco inventado.', v=2, rend=7, budget=176,
  ops=[('after', '(D70)', 'Antecedente de ciclo 3 de R-CHOP hace 10 días.')])
C('hd', [], 'Trampa: ERC como sigla y potasio escrito 7.1 con punto decimal.', v=2, rend=7,
  ops=[('r', 'enfermedad renal crónica estadio 5 en hemodiálisis (N18.5)', 'ERC estadio 5 en hemodiálisis (N18.5)'), ('r', 'potasio 7,1', 'potasio 7.1')])
C('sepsis', [], 'Trampa: E. coli como abreviatura de Escherichia coli del urocultivo.', v=1, rend=3,
  ops=[('r', 'Escherichia coli sensible', 'E. coli sensible')])
C('rn', [], 'Registro limpio con entrada FHIR; recién nacido masculino.', v=0, rend=3)
C('tep', [], 'Trampa: troponina normal (9 ng/L) sostiene ausencia de sobrecarga; sin lado contradicho.', v=2, rend=5,
  ops=[('end', 'Troponina normal, sin criterios de alto riesgo.')])
C('colecist', [], 'Registro limpio con entrada en texto libre.', v=1, rend=6)
C('status', [], 'Trampa: "status epiléptico" como sinónimo de estado de mal epiléptico.', v=0, rend=4,
  ops=[('r', 'estado de mal epiléptico tipo gran mal (G41.0)', 'status epiléptico tónico-clónico (G41.0)')])
C('epoc', [], 'Trampa: prednisona 40 mg por 5 días y luego esquema descendente 20 mg y 10 mg al alta, todo del input.', v=1, rend=3)
C('erisip', [], 'Trampa: amoxicilina-clavulánico como variante gráfica de amoxicilina/ácido clavulánico.', v=2, rend=7,
  ops=[('r', 'amoxicilina/ácido clavulánico (J01CR02)', 'amoxicilina-clavulánico (J01CR02)')])
C('psicosis', [], 'Trampa: marihuana como sinónimo de cannabis del input.', v=1, rend=5,
  ops=[('r', 'consumo perjudicial de cannabis (F12.2)', 'consumo perjudicial de marihuana (F12.2)')])
C('ira', [], 'Trampa: "injuria renal aguda" como sinónimo de lesión renal aguda.', v=1, rend=6,
  ops=[('r', 'lesión renal aguda prerrenal (N17.9)', 'injuria renal aguda prerrenal (N17.9)')])
C('hpp', [], 'Trampa: sigla HPP entre paréntesis no es un código; transfusión de 2 unidades del input.', v=1, rend=3,
  ops=[('r', 'hemorragia posparto inmediata por inercia uterina (O72.1)', 'hemorragia posparto (HPP) inmediata por inercia uterina (O72.1)')])
C('tec', [], 'Trampa: días de estancia escritos en palabras (seis días).', v=1, rend=6,
  ops=[('r', 'tras 6 días de hospitalización', 'tras seis días de hospitalización')])
C('lla', [], 'Trampa: LLA como sigla de leucemia linfoblástica aguda.', v=2, rend=7,
  ops=[('r', 'leucemia linfoblástica aguda de precursores B (C91.0)', 'LLA de precursores B (C91.0)')])
C('gbs', [], 'Trampa: inmunoglobulina intravenosa como nombre equivalente de la inmunoglobulina humana del input.', v=2, rend=3,
  ops=[('r', 'inmunoglobulina humana inespecífica (J06BA02)', 'inmunoglobulina intravenosa (J06BA02)')])
C('intox', [], 'Trampa: BZD como abreviatura de benzodiacepinas.', v=2, rend=7,
  ops=[('r', 'intoxicación por benzodiacepinas (T42.4)', 'intoxicación por BZD (T42.4)')])
C('hda', [], 'Trampa: diclofenaco nombrado como suspendido, no como tratamiento nuevo; edad no declarada.', v=2, rend=7,
  ops=[('end', 'El diclofenaco no se reinicia.')])
C('iam', [], 'Trampa: IAM como sigla de infarto agudo al miocardio.', v=1, rend=5, budget=180,
  ops=[('r', 'infarto agudo al miocardio con supradesnivel del ST de pared anterior (I21.0)', 'IAM con supradesnivel del ST de pared anterior (I21.0)')])
C('intox', ['FMT003'], 'Longitud: salida demasiado corta (menos de 80 palabras).', v=0,
  ops=[('set', 'Ingresa por ingesta voluntaria de comprimidos de clonazepam, en paciente de sexo femenino de 19 años con trastorno de ansiedad generalizada (F41.1), usuaria de clonazepam (N03AE01). Se diagnostica intoxicación por benzodiacepinas (T42.4) y autointoxicación intencional (X61). Recibe flumazenil (V03AB25). Alta a los 2 días.')])

# ============================================================ más trampas de concordancia con otras personas y un hallazgo contradicho en mmol/L
C('tbc', [], 'Trampa: "asintomática" concuerda con la pareja (contacto), no con el paciente varón.', v=2, rend=4,
  ops=[('end', 'Su pareja, asintomática, será estudiada como contacto.')])
C('hernia', [], 'Trampa: la hija enfermera (femenino) hará las curaciones de un paciente varón.', v=2, rend=3,
  ops=[('end', 'Su hija, enfermera, realizará las curaciones en domicilio.')])
C('gbs', [], 'Trampa: "instruido" concuerda con el esposo, no con la paciente mujer.', v=1, rend=7,
  ops=[('end', 'Su esposo, presente en la visita, es instruido en los signos de alarma.')])
C('tec', [], 'Trampa: la hija acompaña y queda informada; el paciente es varón.', v=0, rend=5,
  ops=[('end', 'Su hija lo acompaña y queda informada del plan.')])
C('neutro', [], 'Trampa: la esposa cuidadora queda capacitada; el paciente es varón y el reservorio sigue siendo derecho.', v=1, rend=6, budget=176,
  ops=[('end', 'Su esposa, cuidadora principal, queda capacitada en el cuidado del reservorio.')])
C('iam', [], 'Trampa: la esposa (femenino) solicita información; el paciente es varón.', v=0, rend=4, budget=176,
  ops=[('end', 'Su esposa, preocupada, recibe la información del alta.')])
C('icc', ['HAL001'], 'Hallazgo contradicho por laboratorio en mmol/L: hipernatremia con sodio 133 mmol/L.', v=2, rend=4, budget=176,
  ops=[('after', 'hemoglobina 13,1 g/dL', 'Destaca hipernatremia.')])
