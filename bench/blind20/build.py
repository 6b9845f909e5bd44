"""Build blind20.jsonl and blind20_notes.jsonl from the scenario files. Stdlib only."""
import copy, json, random, re, sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cases_common import CHECK_IDS
import cases_a, cases_b, cases_c

SCEN = cases_a.SCENARIOS + cases_b.SCENARIOS + cases_c.SCENARIOS
CIE = re.compile(r'(?<![A-Za-z0-9])[A-TV-Z]\d\d(?:\.\d{1,2}|\.X)?(?![A-Za-z0-9])')
ATC = re.compile(r'(?<![A-Za-z0-9])[ABCDGHJLMNPRSV]\d\d[A-Z]{2}\d\d(?![A-Za-z0-9])')
NUM = re.compile(r'\d+(?:[.,]\d+)?')
AUTO = ['FMT001', 'FMT002', 'FMT003', 'REP001', 'COD001', 'COD003', 'COD005', 'COD006', 'COD007']
errors = []

def err(m):
    errors.append(m)

def wc(t):
    return len(t.split())

def codes_of(v):
    s = v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)
    return set(CIE.findall(s)) | set(ATC.findall(s))

def once(text, old, new, sid):
    if text.count(old) != 1:
        err(f'{sid}: "{old}" occurs {text.count(old)} times')
        return text
    return text.replace(old, new)

def sentences(t):
    return [s for s in re.split(r'(?<=\.) ', t)]

def auto_variant(s, kind, k):
    base, inp = s['base'], s['input']
    cie = [c for l, c in s['codes'] if CIE.fullmatch(c)]
    atc = [c for l, c in s['codes'] if ATC.fullmatch(c)]
    if kind == 'FMT001':
        opts = [('EPICRISIS. ' + base, 'heading word before Ingresa por'),
                (base.replace('Ingresa por', 'Ingresó por', 1), 'starts with Ingresó instead of Ingresa'),
                ('Paciente que ' + base[0].lower() + base[1:], 'starts with Paciente que ingresa (lower case)')]
        o, n = opts[k % 3]
        return o, ['FMT001'], n, None
    if kind == 'FMT002':
        if k % 3 == 0:
            l = s['codes'][0][0]
            return once(base, l, '**' + l + '**', s['id']), ['FMT002'], 'bold markdown around first diagnosis', None
        if k % 3 == 1:
            ss = sentences(base)
            return ' '.join(ss[:-1]) + '\n- ' + ss[-1], ['FMT002'], 'last sentence turned into a bullet line', None
        l = s['codes'][-1][0]
        return once(base, l, '<b>' + l + '</b>', s['id']), ['FMT002'], 'HTML bold tag around a term', None
    if kind == 'FMT003':
        out = 'Ingresa por ' + s['motivo'] + '. Se consignan ' + '; '.join(f'{l} ({c})' for l, c in s['codes']) + '. Alta a domicilio.'
        return out, ['FMT003'], 'too short summary (<80 words), all codes kept', None
    if kind == 'REP001':
        ss = sentences(base)
        if k % 2 == 0:
            i = min(range(1, len(ss)), key=lambda j: len(ss[j]))
            ss.insert(i + 1, ss[i])
            note = 'shortest sentence repeated right after itself'
        else:
            ss.append(ss[-1])
            note = 'closing sentence repeated'
        out = ' '.join(ss)
        exp = ['REP001'] + (['FMT003'] if wc(out) > 200 else [])
        return out, exp, note, None
    if kind == 'COD001':
        c = cie[0]
        return once(base, '(' + c + ')', c, s['id']), ['COD001'], f'CIE-10 {c} without parentheses', None
    if kind == 'COD003':
        if not atc:
            return None
        c = atc[k % len(atc)]
        return once(base, '(' + c + ')', c, s['id']), ['COD003'], f'ATC {c} without parentheses', None
    if kind == 'COD005':
        if len(cie) < 2:
            return None
        a, b = cie[0], cie[1]
        out = base.replace('(' + a + ')', '(@@)').replace('(' + b + ')', '(' + a + ')').replace('(@@)', '(' + b + ')')
        return out, ['COD005'], f'codes {a} and {b} swapped between their labels', None
    if kind == 'COD006':
        c = s['codes'][-1][1] if k % 2 == 0 else s['codes'][len(s['codes']) // 2][1]
        return once(base, ' (' + c + ')', '', s['id']), ['COD006'], f'input code {c} dropped from output', None
    if kind == 'COD007':
        real, fake = s['fake']
        inp2 = json.loads(json.dumps(inp, ensure_ascii=False).replace(real, fake))
        return once(base, '(' + real + ')', '(' + fake + ')', s['id']), ['COD007'], f'input and output carry non-existent code {fake} instead of {real}', inp2
    raise ValueError(kind)

records = []
for i, s in enumerate(SCEN):
    sid, base, inp = s['id'], s['base'], s['input']
    meta = dict(scenario=sid, setting=s['setting'], style=s['style'], schema=s['schema'])
    # base guards
    if not (120 <= wc(base) <= 180): err(f'{sid}: base has {wc(base)} words')
    if not base.startswith('Ingresa por'): err(f'{sid}: base start')
    if re.search(r'\*|_|#|\[|\]|`|<|>|^\s*[-\d]+[.)]?\s', base, re.M): err(f'{sid}: markup in base')
    ic, bc = codes_of(inp), codes_of(base)
    if ic != bc: err(f'{sid}: codes input-only {ic - bc} base-only {bc - ic}')
    dump = inp if isinstance(inp, str) else json.dumps(inp, ensure_ascii=False)
    nocode = ATC.sub(' ', CIE.sub(' ', base))
    for n in NUM.findall(nocode):
        if n not in dump and n not in s.get('num_ok', []):
            err(f'{sid}: base number {n} not in input')
    for l, c in s['codes']:
        if l + ' (' + c + ')' not in base: err(f'{sid}: "{l} ({c})" not in base')
    recs = [dict(input=inp, output=base, expected=[], variant='base', kind='base', note='clean base', inp_changed=False)]
    for j, (old, new, note) in enumerate(s['traps']):
        recs.append(dict(input=inp, output=once(base, old, new, sid), expected=[], variant=f't{j+1}', kind='trap', note=note, inp_changed=False))
    for j, p in enumerate(s['plants']):
        old, new, exp, note = p[:4]
        inp2 = p[4](copy.deepcopy(inp)) if len(p) > 4 and p[4] else inp
        recs.append(dict(input=inp2, output=once(base, old, new, sid), expected=sorted(exp), variant=f'p{j+1}', kind='plant', note=note, inp_changed=inp2 != inp))
    k, used = 3 * i, 0
    tries = 0
    while used < 3 and tries < 9:
        kind = AUTO[(k + tries) % 9]; tries += 1
        r = auto_variant(s, kind, i)
        if r is None: continue
        out, exp, note, inp2 = r
        recs.append(dict(input=inp2 if inp2 is not None else inp, output=out, expected=sorted(exp), variant=f'a{used+1}', kind='plant', note=note, inp_changed=inp2 is not None))
        used += 1
    for r in recs:
        r.update(meta)
        o = r['output']
        for c in r['expected']:
            if c not in CHECK_IDS: err(f'{sid} {r["variant"]}: bad id {c}')
        if r['kind'] != 'base':
            if o == base and r['input'] == inp: err(f'{sid} {r["variant"]}: same as base')
            if 'FMT003' not in r['expected'] and not (80 <= wc(o) <= 200): err(f'{sid} {r["variant"]}: {wc(o)} words')
            if 'FMT001' not in r['expected'] and not o.startswith('Ingresa por'): err(f'{sid} {r["variant"]}: start')
        if r['kind'] == 'trap':
            miss = codes_of(r['input']) - codes_of(o)
            if miss: err(f'{sid} {r["variant"]}: trap omits {miss}')
        if r['kind'] == 'plant' and not r['expected']: err(f'{sid} {r["variant"]}: plant without expected')
    records += recs

planted = {c for r in records if r['kind'] == 'plant' for c in r['expected']}
for c in CHECK_IDS:
    if c not in planted: err(f'no plant for {c}')
random.Random(20).shuffle(records)
if errors:
    print('\n'.join(errors)); sys.exit(1)
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, 'blind20.jsonl'), 'w') as f, open(os.path.join(here, 'blind20_notes.jsonl'), 'w') as g:
    for n, r in enumerate(records, 1):
        rid = f'n{n:03d}'
        f.write(json.dumps(dict(id=rid, input=r['input'], output=r['output'], expected=r['expected']), ensure_ascii=False) + '\n')
        g.write(json.dumps(dict(id=rid, scenario=r['scenario'], variant=r['variant'], kind=r['kind'], setting=r['setting'], style=r['style'], schema=r['schema'], expected=r['expected'], note=r['note'], words=wc(r['output']), input_changed=r['inp_changed']), ensure_ascii=False) + '\n')
from collections import Counter
cnt = Counter(c for r in records for c in r['expected'])
print(len(records), 'records;', sum(1 for r in records if not r['expected']), 'clean')
print(dict(sorted(cnt.items())))
