"""A tiny Qwen2-architecture model and tokenizer built in seconds on CPU.

Random weights, a byte-level BPE tokenizer trained on generated Spanish
clinical sentences, and a Qwen-style chat template: enough to run every code
path of evaluation (torch, ONNX export, int8/int4 quantization) without a
model hub. Used by the tests' fixtures and by ``bench/eval_speed.py``.
"""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

# Qwen2.5's ChatML markup (without its default system message: the harness
# always sends one).
CHAT_TEMPLATE = (
    "{%- for message in messages %}"
    "{{- '<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>' + '\\n' }}"
    "{%- endfor %}"
    "{%- if add_generation_prompt %}{{- '<|im_start|>assistant\\n' }}{%- endif %}"
)
SPECIAL_TOKENS = ["<|endoftext|>", "<|im_start|>", "<|im_end|>"]

_DIAGNOSES = [
    ("J18.9", "neumonía adquirida en la comunidad"), ("I10", "hipertensión arterial"),
    ("E11.9", "diabetes mellitus tipo 2"), ("N39.0", "infección del tracto urinario"),
    ("I50.9", "insuficiencia cardíaca"), ("K35.8", "apendicitis aguda"),
    ("J44.1", "enfermedad pulmonar obstructiva crónica reagudizada"), ("A09", "gastroenteritis aguda"),
]
_DRUGS = [
    ("J01DD04", "ceftriaxona"), ("C09CA01", "losartán"), ("A10BA02", "metformina"),
    ("J01CR02", "amoxicilina con ácido clavulánico"), ("C03CA01", "furosemida"),
    ("N02BE01", "paracetamol"), ("R03AC02", "salbutamol"), ("B01AB05", "enoxaparina"),
]
_SENTENCES = [
    "Ingresa por {dx} ({code}) en paciente {sexo} de {edad} años.",
    "Se inicia tratamiento con {drug} ({atc}) con buena respuesta clínica.",
    "Evoluciona sin complicaciones, afebril y hemodinámicamente estable.",
    "Se indica alta a domicilio con control en policlínico de medicina interna.",
    "Presenta mejoría de la disnea y saturación normal al aire ambiental.",
    "Completa tratamiento antibiótico endovenoso y se traslada a vía oral.",
    "Mantiene su terapia habitual y se educa sobre signos de alarma.",
]
INSTRUCTION = "Epicrisis:"


def _sentence(rng: random.Random) -> str:
    code, dx = rng.choice(_DIAGNOSES)
    atc, drug = rng.choice(_DRUGS)
    return rng.choice(_SENTENCES).format(
        dx=dx, code=code, drug=drug, atc=atc, sexo=rng.choice(["femenina", "masculino"]),
        edad=rng.randint(18, 95))


def make_input(rng: random.Random) -> dict:
    diagnoses = rng.sample(_DIAGNOSES, 2)
    drugs = rng.sample(_DRUGS, 2)
    return {
        "sexo": rng.choice(["F", "M"]),
        "edad": rng.randint(18, 95),
        "diagnosticos": [{"codigo": c, "nombre": n} for c, n in diagnoses],
        "tratamiento": [{"codigo": c, "nombre": n} for c, n in drugs],
    }


def corpus(n: int = 400, seed: int = 0) -> list[str]:
    """A few hundred Spanish strings: sentences, whole summaries and the JSON inputs."""
    rng = random.Random(seed)
    texts = []
    for i in range(n):
        if i % 3 == 0:
            texts.append(json.dumps(make_input(rng), ensure_ascii=False))
        else:
            texts.append(" ".join(_sentence(rng) for _ in range(rng.randint(1, 4))))
    texts.append("Eres un asistente médico experto en redacción de epicrisis clínicas en español.")
    return texts


def build_tokenizer(vocab_size: int = 512):
    """A byte-level BPE tokenizer (Qwen's kind) with ChatML special tokens."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size, special_tokens=SPECIAL_TOKENS,
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(), show_progress=False)
    tok.train_from_iterator(corpus(), trainer=trainer)
    return PreTrainedTokenizerFast(
        tokenizer_object=tok, eos_token="<|im_end|>", pad_token="<|endoftext|>",
        chat_template=CHAT_TEMPLATE, model_max_length=2048)


def build_tiny_model(out_dir: str | Path, *, seed: int = 0, init_range: float = 0.2) -> Path:
    """Save a random 2-layer Qwen2 model with its tokenizer under ``out_dir``.

    ``init_range`` is larger than Qwen's 0.02 so that greedy decoding is not a
    string of near-ties (which would make parity tests measure noise).
    """
    import torch
    from transformers import GenerationConfig, Qwen2Config, Qwen2ForCausalLM

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    tokenizer = build_tokenizer()
    eos = tokenizer.convert_tokens_to_ids("<|im_end|>")
    pad = tokenizer.convert_tokens_to_ids("<|endoftext|>")
    config = Qwen2Config(
        vocab_size=len(tokenizer), hidden_size=64, intermediate_size=128, num_hidden_layers=2,
        num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=2048,
        initializer_range=init_range, tie_word_embeddings=True, bos_token_id=pad,
        eos_token_id=eos, pad_token_id=pad)
    torch.manual_seed(seed)
    model = Qwen2ForCausalLM(config).eval()
    model.generation_config = GenerationConfig(bos_token_id=pad, eos_token_id=[eos, pad], pad_token_id=pad)
    model.save_pretrained(out)
    tokenizer.save_pretrained(out)
    return out


def export_onnx(model_dir: str | Path, out_dir: str | Path) -> Path:
    """Export with optimum-onnx and arrange the Transformers.js layout:
    configs and tokenizer at the top, ``onnx/model.onnx`` below."""
    from optimum.exporters.onnx import main_export

    out = Path(out_dir)
    staging = out.with_name(out.name + ".staging")
    main_export(str(model_dir), output=staging, task="text-generation-with-past", do_validation=False)
    (out / "onnx").mkdir(parents=True, exist_ok=True)
    for item in staging.iterdir():
        target = out / "onnx" / item.name if item.name.startswith("model.onnx") else out / item.name
        shutil.move(str(item), target)
    staging.rmdir()
    return out


def quantize_int8(onnx_dir: str | Path) -> Path:
    """MatMul-only, per-tensor dynamic QInt8: ``onnx/model_quantized.onnx``."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    folder = Path(onnx_dir) / "onnx"
    target = folder / "model_quantized.onnx"
    quantize_dynamic(folder / "model.onnx", target, weight_type=QuantType.QInt8,
                     op_types_to_quantize=["MatMul"], per_channel=False)
    return target


def quantize_int4(onnx_dir: str | Path, block_size: int = 32) -> Path:
    """Weight-only 4-bit MatMulNBits (block 32): ``onnx/model_q4.onnx``."""
    import onnx
    from onnxruntime.quantization.matmul_nbits_quantizer import MatMulNBitsQuantizer

    folder = Path(onnx_dir) / "onnx"
    target = folder / "model_q4.onnx"
    quantizer = MatMulNBitsQuantizer(onnx.load(folder / "model.onnx"), block_size=block_size,
                                     is_symmetric=True)
    quantizer.process()
    quantizer.model.save_model_to_file(str(target), use_external_data_format=False)
    return target


def write_dataset(path: str | Path, n: int, *, seed: int = 1, sentences: int = 6) -> Path:
    """``n`` records in the bundled dataset's format (references of ``sentences`` sentences)."""
    rng = random.Random(seed)
    rows = []
    for _ in range(n):
        data = make_input(rng)
        rows.append({"instruction": INSTRUCTION, "input": data,
                     "output": " ".join(_sentence(rng) for _ in range(sentences))})
    Path(path).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                          encoding="utf-8")
    return Path(path)


def build_lora_adapter(base_dir: str | Path, out_dir: str | Path, *, seed: int = 1) -> Path:
    """A LoRA adapter on the tiny model with non-zero weights (peft starts B at
    zero, which would make the adapter a no-op), pointing at ``base_dir``."""
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    torch.manual_seed(seed)
    base = AutoModelForCausalLM.from_pretrained(str(base_dir), local_files_only=True)
    config = LoraConfig(r=4, lora_alpha=8, target_modules=["q_proj", "v_proj"],
                        init_lora_weights=False, task_type="CAUSAL_LM")
    model = get_peft_model(base, config)
    model.save_pretrained(str(out_dir))
    return Path(out_dir)
