"""Decode sweep generations and score them with the engine: pass rate + per-error-check failures."""
import json, sys, glob, collections
from pathlib import Path
from transformers import AutoTokenizer
from harness.engine import Engine
import checks  # noqa: registers
from harness.samples import read_samples
tok = AutoTokenizer.from_pretrained('bench/micro_sweep/work/base')
val, _ = read_samples(Path('bench/micro_sweep/work/validation.jsonl'))
eng = Engine()
rows = [json.load(open(f)) for f in sorted(glob.glob(sys.argv[1] + '/*.json'))] + [json.loads(l) for f in glob.glob(sys.argv[1] + '/*.jsonl') for l in open(f)]
for d in rows:
    passed = 0; fails = collections.Counter()
    for s, g in zip(val, d['gen']):
        text = tok.decode(g, skip_special_tokens=True).strip()
        r = eng.check(text, s.input, s.id)
        passed += r.passed
        for c in {x.check for x in r.findings if x.severity.name == 'ERROR'}:
            fails[c] += 1
    print(f"{d['name']:28s} loss {d['loss']:.3f} pass {passed:2d}/35  " + ' '.join(f"{k}:{v}" for k, v in sorted(fails.items())))
    if len(sys.argv) > 2 and sys.argv[2] in d['name']:
        print(tok.decode(d['gen'][0], skip_special_tokens=True))
