"""The torch backend on CUDA against the CPU reference (`eval --device cuda`).

A tiny random Qwen2 (tests/tiny_model.py), four prompts, greedy 24 tokens:
how many generate the same token ids on both devices, and the largest
teacher-forced logit difference. Needs a CUDA card, torch, transformers and
pydantic. Measured on the device tool's H100 (2026-11-25): 4/4 identical,
max logit difference 9.5e-6.

    python bench/gpu_backend_check.py
"""
import json, tempfile
from pathlib import Path
from fixtures import tiny_model
from harness.backends import load_backend
from harness.generation import GenerationConfig
d = Path(tempfile.mkdtemp())
m = tiny_model.build_tiny_model(d / 'm')
cfg = GenerationConfig(max_new_tokens=24, batch_size=4)
prompts = ['<|im_start|>user\nIngresa por neumonía grave<|im_end|>\n<|im_start|>assistant\n', 'Paciente de 65 años', 'Se indica', 'Epicrisis:']
cpu = load_backend('torch', m, device='cpu').generate(prompts, cfg)
gpu_b = load_backend('torch', m, device='cuda')
gpu = gpu_b.generate(prompts, cfg)
import numpy as np
lc = load_backend('torch', m, device='cpu').logits(prompts[0], gpu[0].token_ids)
lg = gpu_b.logits(prompts[0], gpu[0].token_ids)
print(json.dumps({'device': str(gpu_b.model.device), 'same_tokens': sum(a.token_ids == b.token_ids for a, b in zip(cpu, gpu)), 'of': len(prompts), 'max_logit_diff': float(np.abs(lc - lg).max())}))
