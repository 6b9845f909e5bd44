"""Prepare the micro sweep's inputs (run here, on the CPU machine; carry the work/ folder to the GPU).

    python bench/micro_sweep/prep.py [--aug 8000]

Writes bench/micro_sweep/work/: base/ (the micro tokenizer and config, built by
training.micro from the bundled train split, as `epicrisis train` does),
data.pt (token ids of prompt/completion pairs rendered by the harness
PromptBuilder, as training does): 'train' (the bundled train split), 'aug'
(N records from the in-repo generator, seed 911, disjoint from the bundled
seed 350), 'rand' (the same records with drugs, diagnoses and age swapped for
random catalogue entries, see randomize.py), 'mix' (aug and rand alternating),
'val' (the 35 validation prompts).
"""
import argparse
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    import torch
    from transformers import AutoTokenizer

    from harness.app.pipeline import bundled_data
    from harness.prompt import PromptBuilder
    from harness.samples import Sample
    from training.data import prepare as prep
    from training.data.generator import generate_records
    from training.micro import build_micro_base, load_preset
    from training.sft import completion_pairs
    from randomize import randomize, passes

    parser = argparse.ArgumentParser()
    parser.add_argument("--aug", type=int, default=8000)
    args = parser.parse_args()
    work = HERE / "work"
    train, val = prep.split(prep.validate(prep.load(bundled_data())).examples)

    def samples(records):
        return [Sample(id=r.get("id", str(i)), instruction=r["instruction"], input=r["input"], reference=r["output"], line=i + 1)
                for i, r in enumerate(records)]

    train_s = samples([ex.record for ex in train])
    val_s = samples([ex.record for ex in val])
    build_micro_base(load_preset(), train_s, work / "base", seed=42)
    tok = AutoTokenizer.from_pretrained(work / "base")
    builder = PromptBuilder(tok)

    def enc(ss):
        out = []
        for p in completion_pairs(ss, builder, Path("<sweep>")):
            out.append((tok(p["prompt"], add_special_tokens=False)["input_ids"],
                        tok(p["completion"], add_special_tokens=False)["input_ids"]))
        return out

    aug_records = list(generate_records(args.aug, seed=911))
    rng = random.Random(1)
    rand_records = [r for r in (randomize(r, rng) for r in aug_records) if passes(r)]
    aug, rand = enc(samples(aug_records)), enc(samples(rand_records))
    torch.save({"train": enc(train_s), "aug": aug, "rand": rand, "mix": [x for pair in zip(aug, rand) for x in pair],
                "val": [p for p, _ in enc(val_s)], "val_ids": [s.id for s in val_s],
                "eos": tok.convert_tokens_to_ids("<|im_end|>"), "pad": tok.convert_tokens_to_ids("<|endoftext|>")},
               work / "data.pt")
    (work / "validation.jsonl").write_text("".join(prep.example_line(ex) for ex in val), encoding="utf-8")
    print(f"train {len(train_s)}, aug {len(aug)}, rand {len(rand)}, validation {len(val_s)} -> {work}")


if __name__ == "__main__":
    main()
