"""Swap each record's drugs/diagnoses/age for random catalogue entries, in input and output alike."""
import csv, json, random, re
from pathlib import Path
from harness.engine import Engine
import checks  # noqa: F401
ROOT = Path(__file__).resolve().parents[2]
ATC = [(r['code'], r['name']) for r in csv.DictReader(open(ROOT / 'checks/catalog/atc.csv', encoding='utf-8'))]
CIE = [(r['code'], r['label']) for r in csv.DictReader(open(ROOT / 'checks/catalog/cie10.csv', encoding='utf-8'))]
_ENGINE = []


def passes(rec):
    """Keep only swapped records the engine still passes (the swap kept them grounded)."""
    if not _ENGINE:
        _ENGINE.append(Engine())
    return _ENGINE[0].check(rec['output'], rec['input']).passed

DRUG_KEYS = ('medicamentos_habituales', 'tratamiento', 'tratamiento_alta')
DX_KEYS = ('antecedentes', 'diagnosticos')

def cased(new, old):
    return new[:1].upper() + new[1:] if old[:1].isupper() else new[:1].lower() + new[1:]

def randomize(rec, rng):
    inp = json.loads(json.dumps(rec['input'])); out = rec['output']
    used = set()
    for keys, pool in ((DRUG_KEYS, ATC), (DX_KEYS, CIE)):
        for k in keys:
            for e in inp.get(k) or []:
                if not isinstance(e, dict) or 'nombre' not in e or 'codigo' not in e:
                    continue
                name, code = e['nombre'], e['codigo']
                hits = [m for m in re.finditer(re.escape(name), out, re.I)]
                if not hits or code not in out:
                    continue
                while True:
                    nc, nn = rng.choice(pool)
                    if nc not in used and nn.lower() not in out.lower():
                        break
                used.add(nc)
                for m in reversed(hits):
                    out = out[:m.start()] + cased(nn, m.group()) + out[m.end():]
                out = re.sub(r'(?<![A-Z0-9.])' + re.escape(code) + r'(?![0-9.])', nc, out)
                e['nombre'], e['codigo'] = cased(nn, name), nc
    p = inp.get('paciente')
    if isinstance(p, dict) and isinstance(p.get('edad'), int) and f"{p['edad']} años" in out:
        age = rng.randint(18, 95)
        out = out.replace(f"{p['edad']} años", f"{age} años"); p['edad'] = age
    return {**rec, 'input': inp, 'output': out}
