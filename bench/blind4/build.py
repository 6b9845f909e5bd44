#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Constructor determinista del corpus ciego blind4 (solo biblioteca estándar).

Uso: python3 build.py  -> escribe blind4.jsonl, imprime conteos por check y sale con 1 si falla una guarda.
"""
import copy, json, os, re, sys, unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from scen import SC            # noqa: E402
from cases import CASES        # noqa: E402

ALL_IDS = ['FMT001', 'FMT002', 'FMT003', 'COD001', 'COD002', 'COD003', 'COD004', 'COD005', 'COD006', 'COD007',
           'HAL001', 'HAL002', 'CLN001', 'REP001', 'DEM001', 'HAL003', 'HAL004']
NONEXISTENT = {'O23.7', 'J18.5', 'N39.5', 'F32.7', 'K25.8', 'I21.7', 'O72.4', 'G61.7', 'A09.5', 'D50.5'}

# ----------------------------------------------------------------------------- texto
def lc(s):
    first = s.split()[0] if s.split() else s
    if len(first) > 1 and any(ch.isupper() for ch in first[1:]):
        return s
    return s[0].lower() + s[1:]

def join(xs):
    xs = [x for x in xs if x]
    if len(xs) <= 1:
        return ''.join(xs)
    return ', '.join(xs[:-1]) + ' y ' + xs[-1]

def cod(code):
    return ' (%s)' % code if code else ''

def via(r):
    return 'por vía ' + r

def demo(sc, v):
    if sc.get('demo'):
        return sc['demo']
    sex = sc['sex']; age = sc['age']
    F = sex == 'F'
    if age is None:
        return ['en paciente de sexo femenino', 'en paciente femenina'][v % 2] if F else \
               ['en paciente de sexo masculino', 'en paciente varón'][v % 2]
    n, u = age
    if u == 'días':
        return 'en recién nacid%s de %d días de vida' % ('a' if F else 'o', n)
    if u == 'meses':
        return 'en lactante %s de %d meses' % ('femenina' if F else 'masculino', n)
    if n < 15:
        return (['en escolar de sexo femenino de %d años', 'en niña de %d años'] if F else
                ['en escolar de sexo masculino de %d años', 'en niño de %d años'])[v % 2] % n
    if n < 18:
        return 'en adolescente de sexo %s de %d años' % ('femenino' if F else 'masculino', n)
    opts = (['en paciente de sexo femenino de %d años', 'en mujer de %d años', 'en paciente femenina de %d años'] if F else
            ['en paciente de sexo masculino de %d años', 'en varón de %d años', 'en hombre de %d años'])
    return opts[v % 3] % n

def lab_txt(l):
    name, val, unit, ref = l
    if unit:
        return '%s %s %s' % (lc(name), val, unit) if not unit.startswith('/') and unit != '%' else '%s %s%s' % (lc(name), val, unit if unit == '%' else ' ' + unit)
    if re.match(r'^[\d.,]+$', val):
        return '%s %s' % (lc(name), val)
    return '%s %s' % (lc(name), val)

def med_txt(m, dose=True, route=True):
    code, name, d, r = m
    s = lc(name) + cod(code)
    if dose and d:
        s += ' ' + d
    if route and r and dose:
        s += ' ' + via(r)
    return s

def write(sc, v=0, budget=186, full=False):
    F = sc['sex'] == 'F'
    parts = []   # (key, text, optional)
    op = 'Ingresa por ' + join(sc['motivo'])
    if sc['tiempo']:
        op += ' de ' + sc['tiempo'] + ' de evolución'
    op += ', ' + demo(sc, v) + '.'
    parts.append(('open', op, False))
    if sc['ant']:
        parts.append(('ant', 'Antecedentes de ' + join(lc(l) + cod(c) for c, l in sc['ant']) + '.', False))
    if sc['hab']:
        kid = sc['age'] and sc['age'][1] != 'años' or (sc['age'] and sc['age'][0] < 15)
        head = 'En tratamiento habitual con ' if kid else ('Usuaria de ' if F else 'Usuario de ')
        hd = sc['habdose'] or full
        parts.append(('hab', head + join(med_txt(m, dose=hd, route=False) for m in sc['hab']) + '.', False))
    if sc['examen']:
        parts.append(('exam', 'Al examen destaca ' + join(sc['examen']) + '.', True))
    if sc['labs']:
        parts.append(('labs', 'En el laboratorio ' + ['se observa ', 'destaca ', 'presenta '][v % 3] + join(lab_txt(l) for l in sc['labs']) + '.', True))
    for n, r in sc['estudios']:
        parts.append(('est', '%s informa %s.' % (n, r), True))
    parts.append(('dx', ['Se diagnostica ', 'Se plantea el diagnóstico de ', 'Se confirma '][v % 3] + join(lc(l) + cod(c) for c, l in sc['dx']) + '.', False))
    if sc['proc']:
        parts.append(('proc', 'Se realiza ' + join(sc['proc']) + '.', True))
    if sc['tx']:
        parts.append(('tx', ['Recibe ', 'Se maneja con ', 'Se indica '][v % 3] + join(med_txt(m) for m in sc['tx']) + '.', False))
    if sc['evol']:
        ev = sc['evol']
        if any(e.startswith('sin ') for e in ev):
            txt = 'Evoluciona ' + join(e if e.startswith('sin ') else 'con ' + e for e in ev)
        else:
            txt = 'Evoluciona con ' + join(ev)
        parts.append(('evol', txt + '.', True))
    al = ('Es dada de alta' if F else 'Es dado de alta') + ' tras %d días de hospitalización' % sc['dias']
    if sc['alta']:
        txset = set(tuple(m) for m in sc['tx'])
        same = [lc(m[1]) + cod(m[0]) for m in sc['alta'] if tuple(m) in txset]
        new = [med_txt(m, route=(m[3] != 'oral')) for m in sc['alta'] if tuple(m) not in txset]
        if new:
            al += ' con ' + join(new)
        if same:
            al += ', manteniendo ' + join(same) + (' en igual dosis' if len(same) > 1 else ' en igual dosis')
    parts.append(('alta', al + '.', False))
    if sc['ind']:
        parts.append(('ind', 'Se indica ' + join(sc['ind']) + '.', True))
    def wc(ps):
        return sum(len(p[1].split()) for p in ps)
    if not full:
        for drop in ('ind', 'exam', 'evol', 'est', 'proc', 'labs'):
            if wc(parts) <= budget:
                break
            parts = [p for p in parts if p[0] != drop]
    return ' '.join(p[1] for p in parts)

# ----------------------------------------------------------------------------- entradas
SEXW = {'cl': {'F': 'Femenino', 'M': 'Masculino'}, 'mx': {'F': 'F', 'M': 'M'}, 'ar': {'F': 'femenino', 'M': 'masculino'},
        'fhir': {'F': 'female', 'M': 'male'}, 'es': {'F': 'Mujer', 'M': 'Varón'}, 'en': {'F': 'F', 'M': 'M'}}

def tonum(s):
    t = s
    if re.match(r'^\d{1,3}(\.\d{3})+$', t):
        return int(t.replace('.', ''))
    if re.match(r'^\d+,\d+$', t):
        return float(t.replace(',', '.'))
    if re.match(r'^\d+$', t):
        return int(t)
    return s

def meds(ms, kc='codigo', kn='nombre', kd='dosis', kv='via'):
    out = []
    for c, n, d, r in ms:
        o = {}
        if c:
            o[kc] = c
        o[kn] = n; o[kd] = d; o[kv] = r
        out.append(o)
    return out

def dxs(ds, kc='codigo', kn='nombre', tipo=None):
    out = []
    for i, (c, l) in enumerate(ds):
        o = {}
        if c:
            o[kc] = c
        o[kn] = l
        if tipo:
            o[tipo] = 'principal' if i == 0 else 'secundario'
        out.append(o)
    return out

def age_block(sc, style):
    if sc['age'] is None:
        return None
    n, u = sc['age']
    return n, u

def r_cl(sc):
    p = {'sexo': SEXW['cl'][sc['sex']]}
    if sc['age']:
        p['edad'] = sc['age'][0] if sc['age'][1] == 'años' else '%d %s' % sc['age']
    else:
        p['fecha_nacimiento'] = sc['dob'][0]
    d = {'paciente': p, 'servicio': sc['service']}
    if sc['dob']:
        d['fecha_ingreso'] = sc['dob'][1]
    d['motivo_consulta'] = {'sintomas': sc['motivo'], 'tiempo_evolucion': sc['tiempo'] or ''}
    d['antecedentes'] = dxs(sc['ant'])
    d['medicamentos_habituales'] = meds(sc['hab'])
    d['examen_fisico'] = sc['examen']
    d['examenes'] = {l[0]: ('%s %s' % (l[1], l[2])).strip() + (' (VR %s)' % l[3] if l[3] else '') for l in sc['labs']}
    d['estudios'] = [{'nombre': n, 'resultado': r} for n, r in sc['estudios']]
    d['diagnosticos'] = dxs(sc['dx'], tipo='tipo')
    d['procedimientos'] = sc['proc']
    d['tratamiento'] = meds(sc['tx'])
    d['evolucion'] = sc['evol']
    d['dias_hospitalizacion'] = sc['dias']
    d['tratamiento_alta'] = meds(sc['alta'])
    d['indicaciones_alta'] = sc['ind']
    if sc['extra']:
        d['otros'] = sc['extra']
    return d

def r_mx(sc):
    fi = {'genero': SEXW['mx'][sc['sex']], 'unidad': sc['service']}
    if sc['age']:
        fi['edad_anios' if sc['age'][1] == 'años' else 'edad'] = sc['age'][0] if sc['age'][1] == 'años' else '%d %s' % sc['age']
    else:
        fi['fecha_nacimiento'] = sc['dob'][0]; fi['fecha_ingreso'] = sc['dob'][1]
    d = {'ficha_identificacion': fi,
         'padecimiento_actual': join(sc['motivo']) + (', de %s de evolución' % sc['tiempo'] if sc['tiempo'] else ''),
         'antecedentes_personales_patologicos': dxs(sc['ant'], 'cie10', 'descripcion'),
         'medicacion_previa': meds(sc['hab'], 'clave_atc', 'farmaco', 'posologia', 'via_administracion'),
         'exploracion_fisica': '; '.join(sc['examen']),
         'laboratorios': [{'estudio': l[0], 'resultado': l[1], 'unidades': l[2], 'valor_referencia': l[3]} for l in sc['labs']],
         'gabinete': ['%s: %s' % e for e in sc['estudios']],
         'diagnosticos_egreso': dxs(sc['dx'], 'cie10', 'descripcion'),
         'procedimientos_realizados': sc['proc'],
         'tratamiento_intrahospitalario': meds(sc['tx'], 'clave_atc', 'farmaco', 'posologia', 'via_administracion'),
         'evolucion': '. '.join(sc['evol']),
         'dias_estancia': sc['dias'],
         'plan_egreso': {'medicamentos': meds(sc['alta'], 'clave_atc', 'farmaco', 'posologia', 'via_administracion'), 'indicaciones': sc['ind']}}
    if sc['extra']:
        d['notas'] = sc['extra']
    return d

def medstr(m):
    c, n, dd, r = m
    return '%s %s %s%s' % (n, dd, r, ' (%s)' % c if c else '')

def r_ar(sc):
    fil = {'sexo': SEXW['ar'][sc['sex']]}
    if sc['age']:
        fil['edad'] = '%d %s' % sc['age']
    else:
        fil['fecha_nacimiento'] = sc['dob'][0]
    d = {'datos_filiatorios': fil, 'servicio_internacion': sc['service']}
    if sc['dob']:
        d['fecha_ingreso'] = sc['dob'][1]
    d['motivo_de_internacion'] = join(sc['motivo']) + ('. Tiempo de evolución: %s' % sc['tiempo'] if sc['tiempo'] else '')
    d['antecedentes'] = ['%s%s' % (l, ' (%s)' % c if c else '') for c, l in sc['ant']]
    d['medicacion_habitual'] = [medstr(m) for m in sc['hab']]
    d['examen_fisico_ingreso'] = sc['examen']
    d['laboratorio_ingreso'] = [' '.join(x for x in (l[0] + ':', l[1], l[2]) if x) + (' [ref %s]' % l[3] if l[3] else '') for l in sc['labs']]
    d['imagenes_y_otros'] = {n: r for n, r in sc['estudios']}
    d['diagnostico_egreso'] = [{'cie10': c, 'descripcion': l} if c else {'descripcion': l} for c, l in sc['dx']]
    d['internacion'] = {'dias': sc['dias'], 'procedimientos': sc['proc'], 'tratamiento': [medstr(m) for m in sc['tx']], 'evolucion': sc['evol']}
    d['egreso'] = {'medicacion': [medstr(m) for m in sc['alta']], 'pautas': sc['ind']}
    if sc['extra']:
        d['observaciones'] = sc['extra']
    return d

def r_fhir(sc):
    pat = {'resourceType': 'Patient', 'gender': SEXW['fhir'][sc['sex']]}
    if sc['age']:
        pat['age'] = {'value': sc['age'][0], 'unit': sc['age'][1]}
    else:
        pat['birthDate'] = sc['dob'][0]
    enc = {'serviceType': sc['service'], 'reasonCode': sc['motivo'], 'length': {'value': sc['dias'], 'unit': 'días'}}
    if sc['dob']:
        enc['period'] = {'start': sc['dob'][1]}
    if sc['tiempo']:
        enc['onset'] = sc['tiempo']
    def cond(c, l, cat):
        cc = {'display': l}
        if c:
            cc = {'system': 'CIE-10', 'code': c, 'display': l}
        return {'code': {'coding': [cc]}, 'category': cat}
    def mr(m, cat):
        c, n, dd, r = m
        cc = {'display': n}
        if c:
            cc = {'system': 'ATC', 'code': c, 'display': n}
        return {'medicationCodeableConcept': {'coding': [cc]}, 'dosageInstruction': dd, 'route': r, 'category': cat}
    obs = []
    for l in sc['labs']:
        v = tonum(l[1])
        o = {'code': l[0]}
        if isinstance(v, (int, float)) and l[2]:
            o['valueQuantity'] = {'value': v, 'unit': l[2]}
        else:
            o['valueString'] = (l[1] + ' ' + l[2]).strip()
        if l[3]:
            o['referenceRange'] = l[3]
        obs.append(o)
    d = {'Patient': pat, 'Encounter': enc,
         'Condition': [cond(c, l, 'antecedente') for c, l in sc['ant']] + [cond(c, l, 'diagnóstico de egreso') for c, l in sc['dx']],
         'MedicationStatement': [mr(m, 'habitual') for m in sc['hab']],
         'MedicationRequest': [mr(m, 'hospitalario') for m in sc['tx']] + [mr(m, 'alta') for m in sc['alta']],
         'Observation': obs + [{'code': 'examen físico', 'valueString': e} for e in sc['examen']],
         'DiagnosticReport': [{'code': n, 'conclusion': r} for n, r in sc['estudios']],
         'Procedure': [{'display': p} for p in sc['proc']],
         'notas_evolucion': sc['evol'], 'plan': sc['ind']}
    if sc['extra']:
        d['RelatedPerson_y_otros'] = sc['extra']
    return d

def r_es(sc):
    fil = {'sexo': SEXW['es'][sc['sex']]}
    if sc['age']:
        fil['edad'] = '%d %s' % sc['age']
    else:
        fil['fecha_de_nacimiento'] = sc['dob'][0]
    d = {'filiacion': fil, 'servicio': sc['service']}
    if sc['dob']:
        d['fecha_de_ingreso'] = sc['dob'][1]
    d['motivo_de_ingreso'] = sc['motivo']
    d['enfermedad_actual'] = 'Cuadro de %s.' % sc['tiempo'] if sc['tiempo'] else ''
    d['antecedentes_personales'] = {'patologicos': [{'cie': c, 'texto': l} if c else {'texto': l} for c, l in sc['ant']],
                                    'tratamiento_domiciliario': meds(sc['hab'], 'atc', 'principio_activo', 'pauta', 'via')}
    d['exploracion_fisica'] = sc['examen']
    d['pruebas_complementarias'] = {'analitica': [{'parametro': l[0], 'valor': l[1], 'unidad': l[2], 'rango': l[3]} for l in sc['labs']],
                                    'imagen_y_otras': [{'prueba': n, 'resultado': r} for n, r in sc['estudios']]}
    d['juicio_clinico'] = [{'cie': c, 'texto': l} if c else {'texto': l} for c, l in sc['dx']]
    d['procedimientos'] = sc['proc']
    d['tratamiento_hospitalario'] = meds(sc['tx'], 'atc', 'principio_activo', 'pauta', 'via')
    d['evolucion'] = sc['evol']
    d['estancia_dias'] = sc['dias']
    d['tratamiento_al_alta'] = meds(sc['alta'], 'atc', 'principio_activo', 'pauta', 'via')
    d['recomendaciones'] = sc['ind']
    if sc['extra']:
        d['otros_datos'] = sc['extra']
    return d

def r_list(sc):
    ide = {'seccion': 'identificacion', 'sexo': SEXW['ar'][sc['sex']]}
    if sc['age']:
        ide['edad'] = '%d %s' % sc['age']
    else:
        ide['nacimiento'] = sc['dob'][0]; ide['ingreso'] = sc['dob'][1]
    L = [ide, {'seccion': 'servicio', 'valor': sc['service']},
         {'seccion': 'motivo', 'items': sc['motivo'], 'evolucion': sc['tiempo'] or ''},
         {'seccion': 'antecedentes', 'items': dxs(sc['ant'], 'cod', 'desc')},
         {'seccion': 'farmacos_cronicos', 'items': meds(sc['hab'], 'atc', 'farmaco', 'dosis', 'via')},
         {'seccion': 'examen', 'items': sc['examen']},
         {'seccion': 'laboratorio', 'items': [[l[0], l[1], l[2], l[3]] for l in sc['labs']]},
         {'seccion': 'imagenes', 'items': [list(e) for e in sc['estudios']]},
         {'seccion': 'diagnosticos', 'items': dxs(sc['dx'], 'cod', 'desc')},
         {'seccion': 'procedimientos', 'items': sc['proc']},
         {'seccion': 'tratamiento', 'items': meds(sc['tx'], 'atc', 'farmaco', 'dosis', 'via')},
         {'seccion': 'evolucion', 'items': sc['evol'], 'dias': sc['dias']},
         {'seccion': 'alta', 'items': meds(sc['alta'], 'atc', 'farmaco', 'dosis', 'via'), 'indicaciones': sc['ind']}]
    if sc['extra']:
        L.append({'seccion': 'otros', 'datos': sc['extra']})
    return L

def r_text(sc):
    sx = 'femenina' if sc['sex'] == 'F' else 'masculino'
    if sc['age']:
        t = 'Paciente %s de %d %s.' % (sx, sc['age'][0], sc['age'][1])
    else:
        t = 'Paciente %s, fecha de nacimiento %s, fecha de ingreso %s.' % (sx, sc['dob'][0], sc['dob'][1])
    t += ' Servicio: %s. Motivo: %s%s.' % (sc['service'], join(sc['motivo']), ', %s de evolución' % sc['tiempo'] if sc['tiempo'] else '')
    if sc['ant']:
        t += ' Antecedentes: ' + '; '.join('%s%s' % (l, ' (%s)' % c if c else '') for c, l in sc['ant']) + '.'
    if sc['hab']:
        t += ' Medicación habitual: ' + '; '.join(medstr(m) for m in sc['hab']) + '.'
    if sc['examen']:
        t += ' Examen: ' + '; '.join(sc['examen']) + '.'
    if sc['labs']:
        t += ' Laboratorio: ' + '; '.join(' '.join(x for x in (l[0], l[1], l[2]) if x) + (' (ref %s)' % l[3] if l[3] else '') for l in sc['labs']) + '.'
    for n, r in sc['estudios']:
        t += ' %s: %s.' % (n, r)
    t += ' Diagnóstico: ' + '; '.join('%s%s' % (l, ' (%s)' % c if c else '') for c, l in sc['dx']) + '.'
    if sc['proc']:
        t += ' Procedimientos: ' + '; '.join(sc['proc']) + '.'
    if sc['tx']:
        t += ' Tratamiento: ' + '; '.join(medstr(m) for m in sc['tx']) + '.'
    if sc['evol']:
        t += ' Evolución: ' + '; '.join(sc['evol']) + '.'
    t += ' Días de hospitalización: %d.' % sc['dias']
    if sc['alta']:
        t += ' Alta con: ' + '; '.join(medstr(m) for m in sc['alta']) + '.'
    if sc['ind']:
        t += ' Indicaciones: ' + '; '.join(sc['ind']) + '.'
    if sc['extra']:
        t += ' Otros: ' + json.dumps(sc['extra'], ensure_ascii=False) + '.'
    return t

def r_en(sc):
    d = {'sex': SEXW['en'][sc['sex']]}
    if sc['age']:
        d['age'] = {'años': 'age_years', 'meses': 'age_months', 'días': 'age_days'}[sc['age'][1]]
        d[d.pop('age')] = sc['age'][0]
    else:
        d['dob'] = sc['dob'][0]; d['admission_date'] = sc['dob'][1]
    d.update({'ward': sc['service'], 'chief_complaint': sc['motivo'], 'onset': sc['tiempo'] or '',
              'history': [{'icd10': c, 'label': l} if c else {'label': l} for c, l in sc['ant']],
              'home_meds': [{'atc': c, 'drug': n, 'sig': dd, 'route': r} if c else {'drug': n, 'sig': dd, 'route': r} for c, n, dd, r in sc['hab']],
              'exam': sc['examen'],
              'labs': [{'test': l[0], 'value': l[1], 'unit': l[2], 'ref': l[3]} for l in sc['labs']],
              'imaging': [{'study': n, 'report': r} for n, r in sc['estudios']],
              'dx': [{'icd10': c, 'label': l} if c else {'label': l} for c, l in sc['dx']],
              'procedures': sc['proc'],
              'inpatient_meds': [{'atc': c, 'drug': n, 'sig': dd, 'route': r} if c else {'drug': n, 'sig': dd, 'route': r} for c, n, dd, r in sc['tx']],
              'course': sc['evol'], 'los_days': sc['dias'],
              'discharge_meds': [{'atc': c, 'drug': n, 'sig': dd, 'route': r} if c else {'drug': n, 'sig': dd, 'route': r} for c, n, dd, r in sc['alta']],
              'discharge_plan': sc['ind']})
    if sc['extra']:
        d['other'] = sc['extra']
    return d

RENDER = [r_cl, r_mx, r_ar, r_fhir, r_es, r_list, r_text, r_en]
PREF = {'CL': [0, 5, 7, 3], 'MX': [1, 6, 3, 7], 'AR': [2, 5, 6, 0], 'CO': [3, 7, 1, 5], 'ES': [4, 6, 2, 3]}

# ----------------------------------------------------------------------------- guardas
CIE = re.compile(r'(?<![A-Za-z0-9])([A-Z]\d\d(?:\.\d{1,2})?)(?![A-Za-z0-9]|\.\d)')
ATC = re.compile(r'(?<![A-Za-z0-9])([A-Z]\d\d[A-Z]{2}\d\d)(?![A-Za-z0-9])')
NUM = re.compile(r'(?<![A-Za-z0-9.,])(\d+(?:[.,]\d+)*)')
MD = re.compile(r'\*\*|__|(^|\s)\*\S|^\s*#|^\s*[-*+•] |^\s*\d+[.)] |\[|\]|`|<[a-zA-Z/]|\|', re.M)

def strip_codes(t):
    return ATC.sub(' ', CIE.sub(' ', t))

def norm_nums(t):
    out = set()
    for m in NUM.finditer(strip_codes(t)):
        s = m.group(1)
        if re.match(r'^\d{1,3}(\.\d{3})+$', s):
            out.add(s.replace('.', ''))
        s2 = s.replace(',', '.')
        out.add(s2)
        try:
            f = float(s2); out.add(repr(f)); out.add(str(int(f)) if f == int(f) else repr(f))
        except ValueError:
            pass
    return out

def out_nums(t):
    res = []
    for m in NUM.finditer(strip_codes(t)):
        s = m.group(1)
        cands = set()
        if re.match(r'^\d{1,3}(\.\d{3})+$', s):
            cands.add(s.replace('.', ''))
        s2 = s.replace(',', '.'); cands.add(s2)
        try:
            f = float(s2); cands.add(repr(f)); cands.add(str(int(f)) if f == int(f) else repr(f))
        except ValueError:
            pass
        res.append((s, cands))
    return res

def input_codes(inp):
    t = json.dumps(inp, ensure_ascii=False)
    atc = set(ATC.findall(t))
    cie = set(c for c in CIE.findall(strip_codes_atc_only(t)))
    return cie, atc

def strip_codes_atc_only(t):
    return ATC.sub(' ', t)

def sentences(t):
    return [s.strip().lower() for s in re.split(r'(?<=[.!?])\s+', t) if len(s.split()) >= 4]

def guard(rec):
    errs = []
    out, inp, exp = rec['output'], rec['input'], set(rec['expected'])
    tin = json.dumps(inp, ensure_ascii=False)
    starts = out.lstrip().startswith('Ingresa por')
    if starts == ('FMT001' in exp):
        errs.append('FMT001 guard')
    if bool(MD.search(out)) != ('FMT002' in exp):
        errs.append('FMT002 guard %r' % (MD.search(out).group(0) if MD.search(out) else None))
    wc = len(out.split())
    if 'FMT003' in exp:
        if 70 <= wc <= 215:
            errs.append('FMT003 planted but wc=%d' % wc)
    elif not (85 <= wc <= 194):
        errs.append('wc=%d' % wc)
    cie_in, atc_in = input_codes(inp)
    t_noatc = strip_codes_atc_only(out)
    cie_out = CIE.findall(t_noatc); atc_out = ATC.findall(out)
    paren_ok_cie = all(re.search(r'\(' + re.escape(c) + r'\)', out) for c in cie_out)
    bad_paren = re.search(r'\([^()]*\b[A-Z]\d\d[^()]*[,;/][^()]*[A-Z]\d\d[^()]*\)', out)
    cie_bad = not paren_ok_cie or bool(bad_paren and CIE.search(strip_codes_atc_only(bad_paren.group(0))))
    atc_bad = not all(re.search(r'\(' + c + r'\)', out) for c in atc_out) or bool(bad_paren and ATC.search(bad_paren.group(0)))
    if cie_bad != ('COD001' in exp):
        errs.append('COD001 guard')
    if atc_bad != ('COD003' in exp):
        errs.append('COD003 guard')
    if bool(set(cie_out) - cie_in) != ('COD002' in exp):
        errs.append('COD002 guard %s' % (set(cie_out) - cie_in))
    if bool(set(atc_out) - atc_in) != ('COD004' in exp):
        errs.append('COD004 guard %s' % (set(atc_out) - atc_in))
    missing = (cie_in - set(cie_out)) | (atc_in - set(atc_out))
    if bool(missing) != ('COD006' in exp):
        errs.append('COD006 guard %s' % missing)
    if bool(set(cie_out) & NONEXISTENT) != ('COD007' in exp):
        errs.append('COD007 guard')
    innums = norm_nums(tin)
    bad = [s for s, c in out_nums(out) if not (c & innums)]
    if bool(bad) != ('HAL002' in exp):
        errs.append('HAL002 guard %s' % bad)
    ss = sentences(out)
    rep = len(ss) != len(set(ss)) or bool(re.search(r'\b(\w+(?:\s+\w+){2,6})(?:\s*,?\s+\1){2,}', out.lower()))
    if rep != ('REP001' in exp):
        errs.append('REP001 guard')
    for e in exp:
        if e not in ALL_IDS:
            errs.append('unknown id ' + e)
    if len(exp) > 1:
        errs.append('more than one planted id')
    return errs

# ----------------------------------------------------------------------------- construcción
def apply_ops(out, ops, rid):
    for op in ops:
        k = op[0]
        if k == 'r':
            if op[1] not in out:
                raise SystemExit('%s: replace target not found: %r\n%s' % (rid, op[1], out))
            out = out.replace(op[1], op[2], 1)
        elif k == 'ra':
            if op[1] not in out:
                raise SystemExit('%s: replace target not found: %r' % (rid, op[1]))
            out = out.replace(op[1], op[2])
        elif k == 'after':   # insertar frase después de la oración que contiene op[1]
            i = out.find(op[1])
            if i < 0:
                raise SystemExit('%s: anchor not found: %r\n%s' % (rid, op[1], out))
            j = out.find('. ', i)
            j = len(out) if j < 0 else j + 1
            out = out[:j] + ' ' + op[2] + out[j:]
        elif k == 'end':
            out = out.rstrip() + ' ' + op[1]
        elif k == 'pre':
            out = op[1] + out
        elif k == 'set':
            out = op[1]
        else:
            raise SystemExit('bad op ' + k)
    return out

def main():
    recs = []
    fails = 0
    seen_out = set()
    for i, c in enumerate(CASES):
        rid = 'b%03d' % (i + 1)
        sc = copy.deepcopy(SC[c['s']])
        if c.get('sc'):
            c['sc'](sc)
        v = c.get('v', i)
        rend = c.get('rend')
        if rend is None:
            rend = PREF[sc['country']][i % 4]
        inp = RENDER[rend](sc)
        if c.get('inp'):
            inp = c['inp'](inp) or inp
        out = write(sc, v, budget=c.get('budget', 186), full=c.get('full', False))
        try:
            out = apply_ops(out, c.get('ops', []), rid)
        except SystemExit as e:
            print('OPS FAIL', str(e)[:300], file=sys.stderr); fails += 1
        rec = {'id': rid, 'input': inp, 'output': out, 'expected': sorted(c['exp']), 'note': c['note']}
        errs = guard(rec)
        key = json.dumps([inp, out], ensure_ascii=False, sort_keys=True)
        if key in seen_out:
            errs.append('duplicate record')
        seen_out.add(key)
        if errs:
            fails += 1
            print('GUARD FAIL', rid, c['s'], rec['expected'], errs, len(out.split()), file=sys.stderr)
            print('   ', out, file=sys.stderr)
        recs.append(rec)
    with open(os.path.join(HERE, 'blind4.jsonl'), 'w', encoding='utf-8') as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    cnt = Counter(e for r in recs for e in r['expected'])
    clean = [r for r in recs if not r['expected']]
    trampa = [r for r in clean if r['note'].lower().startswith('trampa')]
    print('records', len(recs), 'clean', len(clean), 'trampa', len(trampa), 'planted', len(recs) - len(clean))
    for k in ALL_IDS:
        print('  %s %d' % (k, cnt[k]))
    wcs = [len(r['output'].split()) for r in recs]
    print('outputs >=150 words:', sum(1 for w in wcs if w >= 150), ' mean words: %.1f' % (sum(wcs) / len(wcs)))
    print('services:', dict(Counter(SC[c['s']]['service'] for c in CASES)))
    bad = [k for k in ALL_IDS if cnt[k] < 5] + [k for k in ('DEM001', 'HAL001', 'HAL003', 'HAL004') if cnt[k] < 12]
    if bad:
        print('too few planted:', bad); fails += 1
    if len(recs) < 200:
        print('fewer than 200 records'); fails += 1
    if fails:
        print('GUARD FAILURES:', fails)
        sys.exit(1)

if __name__ == '__main__':
    main()
