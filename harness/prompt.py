"""The one prompt: used for training, evaluation and (through the manifest) the app.

The system message is the guide's; the user turn is the instruction, a newline
and the input as JSON with non-ASCII characters kept (``ensure_ascii=False``:
the model sees "neumonía", never "neum\\u00f3n\\u00eda"). The guide's own
evaluation script used another system message and ASCII-escaped JSON, a
train/eval mismatch that one builder makes impossible.

The rendering is done by the tokenizer's chat template. The builder's hash
covers everything that shapes the text (system message, user-turn format,
template), so a run records which prompt produced its outputs.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from harness.errors import UsageError

SYSTEM_MESSAGE = (
    "Eres un asistente médico experto en redacción de epicrisis clínicas en español. "
    "Genera texto clínico preciso basado en los datos proporcionados."
)
# The instruction of the bundled dataset (what the embedded default learned);
# an evaluation sample without one is prompted with it, as `check` needs none.
DEFAULT_INSTRUCTION = "Epicrisis:"
# Part of the hash: change it if user_turn() changes.
USER_TURN_FORMAT = "{instruction}\\n{json.dumps(input, ensure_ascii=False)}"


def user_turn(instruction: str, input: Any) -> str:
    return f"{instruction}\n{json.dumps(input, ensure_ascii=False)}"


class PromptBuilder:
    """Renders (instruction, input[, output]) with a tokenizer's chat template."""

    def __init__(self, tokenizer: Any, *, system: str = SYSTEM_MESSAGE) -> None:
        template = getattr(tokenizer, "chat_template", None)
        if isinstance(template, dict):  # several named templates: the default one renders
            template = template.get("default")
        if not template:
            where = getattr(tokenizer, "name_or_path", "") or "the tokenizer"
            raise UsageError(
                f"{where}: the tokenizer has no chat template; an instruct model's tokenizer "
                "(tokenizer_config.json 'chat_template' or chat_template.jinja) is required")
        self.tokenizer = tokenizer
        self.system = system
        self.template: str = template
        self.hash = hashlib.sha256(
            json.dumps([system, USER_TURN_FORMAT, template], ensure_ascii=False).encode()
        ).hexdigest()

    def messages(self, instruction: str, input: Any, output: str | None = None) -> list[dict[str, str]]:
        turns = [
            {"role": "system", "content": self.system},
            {"role": "user", "content": user_turn(instruction, input)},
        ]
        if output is not None:
            turns.append({"role": "assistant", "content": output})
        return turns

    def render(self, instruction: str, input: Any, output: str | None = None) -> str:
        """The prompt text; with ``output``, the whole training conversation."""
        return self.tokenizer.apply_chat_template(
            self.messages(instruction, input, output),
            tokenize=False,
            add_generation_prompt=output is None,
        )

    def describe(self) -> dict[str, str]:
        """What a run and a promoted model's manifest record."""
        return {"system": self.system, "user_turn": USER_TURN_FORMAT,
                "template": self.template, "hash": self.hash}


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
