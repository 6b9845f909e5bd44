"""Micro-model sweep (GPU): which size, learning rate, batch and data make the
micro model copy drugs, diagnoses and ages from its input, per training-token
budget. A plain torch loop with the same loss (assistant tokens only), warmup
3% + cosine, AdamW wd 0.01, clip 1.0, greedy decoding of the 35 validation
prompts (300 new tokens) at the marks; texts are scored on the CPU machine:

    python bench/micro_sweep/prep.py                      # here: writes work/
    python bench/micro_sweep/sweep.py NAME...             # on the device (OUT=folder)
    python bench/micro_sweep/score.py OUT_FOLDER          # here: pass rate, failing checks

Results and what they mean: bench/micro_sweep/README.md.
"""
import json, math, os, random, sys, time
import torch
from transformers import Qwen2Config, Qwen2ForCausalLM
torch.backends.cuda.matmul.allow_tf32 = True
OUT = os.environ.get('OUT', '/tmp/out')
D = torch.load('bench/micro_sweep/work/data.pt')
base = json.load(open('bench/micro_sweep/work/base/config.json'))
dev = 'cuda' if torch.cuda.is_available() else 'cpu'

def batches(data, bs, rng):
    while True:
        idx = list(range(len(data))); rng.shuffle(idx)
        for i in range(0, len(idx) - bs + 1, bs):
            yield [data[j] for j in idx[i:i + bs]]

def collate(items, pad, full=False):
    L = max(len(p) + len(c) for p, c in items)
    ids = torch.full((len(items), L), pad); lab = torch.full((len(items), L), -100); att = torch.zeros((len(items), L), dtype=torch.long)
    for k, (p, c) in enumerate(items):
        s = p + c; ids[k, :len(s)] = torch.tensor(s); lab[k, (0 if full else len(p)):len(s)] = torch.tensor(s[(0 if full else len(p)):]); att[k, :len(s)] = 1
    return ids.to(dev), lab.to(dev), att.to(dev)

@torch.no_grad()
def generate(model, prompts, eos, pad):
    model.eval()
    L = max(map(len, prompts))
    ids = torch.full((len(prompts), L), pad); att = torch.zeros_like(ids)
    for k, p in enumerate(prompts):
        ids[k, L - len(p):] = torch.tensor(p); att[k, L - len(p):] = 1
    out = model.generate(input_ids=ids.to(dev), attention_mask=att.to(dev), max_new_tokens=300, do_sample=False,
                         eos_token_id=[eos, pad], pad_token_id=pad)
    model.train()
    return [o[L:].tolist() for o in out]

def run(name, hidden, layers, heads, kv, inter, lr, bs, data, tokens, evals=(1.0,), seed=42, full=False):
    cfg = {k: v for k, v in base.items() if k not in ('layer_types', 'architectures', 'transformers_version', 'torch_dtype', 'dtype')}
    cfg.update(hidden_size=hidden, num_hidden_layers=layers, num_attention_heads=heads, num_key_value_heads=kv, intermediate_size=inter)
    torch.manual_seed(seed)
    model = Qwen2ForCausalLM(Qwen2Config(**cfg)).to(dev)
    nparam = sum(p.numel() for p in model.parameters())
    opt = torch.optim.AdamW(model.parameters(), lr=lr, weight_decay=0.01)
    rng = random.Random(seed)
    it = batches(D[data], bs, rng)
    mean_len = sum(len(p) + len(c) for p, c in D[data]) / len(D[data])
    steps = int(tokens / (mean_len * bs)); warm = max(1, int(0.03 * steps))
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: s / warm if s < warm else 0.5 * (1 + math.cos(math.pi * (s - warm) / max(1, steps - warm))))
    marks = {int(f * steps) for f in evals}
    t = time.time(); losses = []
    for s in range(1, steps + 1):
        ids, lab, att = collate(next(it), D['pad'], full)
        loss = model(input_ids=ids, attention_mask=att, labels=lab).loss
        loss.backward(); torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0); opt.step(); sched.step(); opt.zero_grad()
        losses.append(loss.item())
        if s in marks:
            gen = generate(model, D['val'], D['eos'], D['pad'])
            tag = f"{name}_at{round(s * bs * mean_len / 1e5)}"
            with open(f"{OUT}/all.jsonl", 'a') as f: f.write(json.dumps({'name': tag, 'params': nparam, 'steps': s, 'loss': sum(losses[-50:]) / len(losses[-50:]), 'gen': gen}) + '\n')
            print(f"{tag}: params {nparam/1e6:.2f}M steps {s} loss {sum(losses[-50:]) / len(losses[-50:]):.3f} {time.time() - t:.0f}s", flush=True)

CUR = dict(hidden=128, layers=3, heads=4, kv=2, inter=384, lr=3e-3, bs=2)  # training/presets/micro.json
CONFIGS = {
 # round 1: data and size at 1-8M tokens
 'cur_train_2M': dict(CUR, data='train', tokens=2e6),
 'cur_aug_2M': dict(CUR, data='aug', tokens=2e6),
 'cur_aug_lr6': dict(CUR, data='aug', tokens=2e6, lr=6e-3, bs=4),
 'L2h8_aug_2M': dict(CUR, data='aug', tokens=2e6, layers=2, heads=8, kv=4),
 'h256L2_aug_1M': dict(CUR, data='aug', tokens=1e6, hidden=256, layers=2, heads=8, kv=4, inter=512, lr=2e-3),
 'cur_aug_8M': dict(CUR, data='aug', tokens=8e6, bs=4, evals=(0.25, 0.5, 0.75, 1.0)),
 # round 2: entity-randomised data, loss on the whole sequence
 'aug3': dict(CUR, data='aug', tokens=3e6, evals=(0.5, 1.0)),
 'rand3': dict(CUR, data='rand', tokens=3e6, evals=(0.5, 1.0)),
 'mix3': dict(CUR, data='mix', tokens=3e6, evals=(0.5, 1.0)),
 'mix3full': dict(CUR, data='mix', tokens=3e6, evals=(0.5, 1.0), full=True),
 'mix6bs4': dict(CUR, data='mix', tokens=6e6, evals=(0.33, 0.67, 1.0), bs=4),
 # round 3: what a 2-core CPU can afford in the main job (3.5-4.5M tokens)
 'bs1': dict(CUR, data='aug', tokens=3.5e6, bs=1, lr=2e-3),
 'L2h8': dict(CUR, data='aug', tokens=4e6, layers=2, heads=8, kv=4),
 'h96': dict(CUR, data='aug', tokens=4.5e6, hidden=96, heads=4, kv=2, inter=256),
 'h192L2': dict(CUR, data='aug', tokens=2.5e6, hidden=192, layers=2, heads=6, kv=2, inter=512),
 'base35': dict(CUR, data='aug', tokens=3.5e6),
 'lr5': dict(CUR, data='aug', tokens=3.5e6, lr=5e-3),
}
names = sys.argv[1:] or list(CONFIGS)
unknown = [n for n in names if n not in CONFIGS]
if unknown:
    sys.exit(f"unknown config(s) {unknown}; known: {', '.join(CONFIGS)}")
for n in names:
    run(n, **CONFIGS[n])
