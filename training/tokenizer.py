"""A byte-level BPE tokenizer with a Qwen-style chat template, trained on the corpus.

The micro preset has no pretrained tokenizer to inherit, so it trains one on
exactly the text the model will read: every training conversation as the
PromptBuilder renders it (system message, instruction, JSON input, reference
epicrisis), so the system message and the role names, repeated in every
prompt, become a handful of tokens. A few thousand merges over this narrow corpus turn whole
clinical words and JSON keys into single tokens, so a summary is ~175 tokens
instead of ~900 bytes, which is what makes CPU training affordable.

Pre-tokenization is Qwen2's (digits one by one, letters with at most one
leading symbol, NFC normalisation) after one rule for JSON separators (see
``JSON_SEPARATORS``): a regex split and byte-level BPE, the same machinery
Transformers.js runs for Qwen models.
"""

from __future__ import annotations

import re
from typing import Any, Iterable

# Qwen2.5's ChatML markup, without its default system message: the
# PromptBuilder always sends one.
CHAT_TEMPLATE = (
    "{%- for message in messages %}"
    "{{- '<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>' + '\\n' }}"
    "{%- endfor %}"
    "{%- if add_generation_prompt %}{{- '<|im_start|>assistant\\n' }}{%- endif %}"
)
PAD_TOKEN, IM_START, IM_END = "<|endoftext|>", "<|im_start|>", "<|im_end|>"
SPECIAL_TOKENS = (PAD_TOKEN, IM_START, IM_END)
# Qwen2's pre-tokenizer pattern (tokenizer.json of Qwen2.5-*-Instruct).
QWEN2_PATTERN = (
    r"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n]*"
    r"|\s*[\r\n]+|\s+(?!\S)|\s+"
)
# Tried first: the JSON between two values as one piece, so that BPE can
# learn `", "nombre": "` or `"}, {"codigo": "` as a single token. The
# PromptBuilder's JSON input is ~60% punctuation and keys; whole separators
# make a prompt ~40% shorter (less compute per example) and put a token that
# says "a name follows" right before each name, which is what the model's
# attention needs to find what to copy. The value's opening quote joins the
# separator unless another key follows (lookahead), so a value's first word
# is never glued to a quote, and codes and numbers are the same tokens in
# the input as in the summary.
JSON_SEPARATORS = (  # no escaped quotes: JavaScript's unicode-mode RegExp rejects them
    r'[\]}"]*,?\s?[\[{]*"[\p{L}_]+":\s?(?:[\[{]*"(?![\p{L}_]+":))?'
    r'|"\s?,\s?"|"[\]}]+'
)
PRE_TOKENIZER_PATTERN = JSON_SEPARATORS + "|" + QWEN2_PATTERN
DIGITS = ("single", "grouped")


def pre_tokenizer_pattern(digits: str = "single") -> str:
    """``single``: Qwen2's digits one by one. ``grouped``: up to three digits
    a piece, so an age or a dose is one token that the model copies from the
    input whole (a from-scratch micro model learns to copy names long before
    it learns to copy a number digit by digit: bench/micro_sweep)."""
    if digits not in DIGITS:
        raise ValueError(f"digits must be one of {DIGITS}, not {digits!r}")
    return PRE_TOKENIZER_PATTERN if digits == "single" else PRE_TOKENIZER_PATTERN.replace(r"|\p{N}|", r"|\p{N}{1,3}|")


def conversation_texts(conversations: Iterable[str]) -> Iterable[str]:
    """The rendered conversations without their special tokens (which are
    added to the vocabulary whole, never learned as merges)."""
    pattern = "|".join(re.escape(token) for token in SPECIAL_TOKENS)
    for text in conversations:
        yield from (piece for piece in re.split(pattern, text) if piece.strip())


def train_tokenizer(texts: Iterable[str], *, vocab_size: int, min_frequency: int = 2, digits: str = "single",
                    model_max_length: int = 2048) -> Any:
    """A ``Qwen2TokenizerFast`` trained on ``texts`` (deterministic for the same texts)."""
    from tokenizers import Regex, Tokenizer, decoders, models, normalizers, pre_tokenizers, trainers
    from transformers import Qwen2TokenizerFast

    if vocab_size < 256 + len(SPECIAL_TOKENS):
        raise ValueError(f"vocab_size {vocab_size} is below the 256 bytes plus special tokens")
    bpe = Tokenizer(models.BPE(byte_fallback=False))
    bpe.normalizer = normalizers.NFC()
    bpe.pre_tokenizer = pre_tokenizers.Sequence([
        pre_tokenizers.Split(Regex(pre_tokenizer_pattern(digits)), behavior="isolated", invert=False),
        pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=False),
    ])
    bpe.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size, min_frequency=min_frequency, special_tokens=list(SPECIAL_TOKENS),
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(), show_progress=False)
    bpe.train_from_iterator(texts, trainer=trainer)
    tokenizer = Qwen2TokenizerFast(
        tokenizer_object=bpe, eos_token=IM_END, pad_token=PAD_TOKEN, unk_token=None,
        bos_token=None, chat_template=CHAT_TEMPLATE, model_max_length=model_max_length,
        errors="replace", clean_up_tokenization_spaces=False)
    tokenizer.add_special_tokens({"additional_special_tokens": [IM_START, IM_END]})
    return tokenizer
