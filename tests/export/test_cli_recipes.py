"""`epicrisis export` without quantization options makes the default recipes.

Found running the README's export command at 1.5B: the CLI passed its own
option defaults (quantize_dynamic per tensor for int8, accuracy level 4 for
int4) as settings "changed on the command line", so every export made from
the command line quantized with the recipes issue 15 had replaced, under a
summary that named the new ones. The options now start from None and only
what a user gives changes a recipe, which is then named by the table's recipe
with exactly those settings."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from export.recipes import RECIPES, describe, int4_override, int8_override, recipe_for
from harness.variants import DEFAULT_RECIPES, canonical_variant


def _request_made_by(args: list[str], tmp_path: Path, monkeypatch):
    """The ExportRequest the CLI builds for ``args`` (the export itself not run)."""
    import export.pipeline
    from harness.app.cli import app

    seen = {}

    class Stop(Exception):
        pass

    def capture(request, cfg, log):
        seen["request"] = request
        raise Stop

    monkeypatch.setattr(export.pipeline, "export_checkpoint", capture)
    data = tmp_path / "validation.jsonl"
    data.write_text('{"input": {"a": 1}}\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["export", str(tmp_path), "--out", str(tmp_path / "out"), "--data", str(data),
                                      "--no-config", *args])
    assert isinstance(result.exception, Stop), result.output
    return seen["request"]


def test_plain_export_makes_the_default_recipes(tmp_path, monkeypatch):
    request = _request_made_by([], tmp_path, monkeypatch)
    assert request.int8 is None and request.int4 is None
    recipes = request.recipes()
    assert recipes["int8"].name == DEFAULT_RECIPES["int8"]
    assert recipes["int4"].name == DEFAULT_RECIPES["int4"]
    assert recipes["int4"].settings == RECIPES["int4"].settings


@pytest.mark.parametrize("args, variant, name", [
    (["--int4-accuracy-level", "4"], "int4", "int4-sym-b32-a4"),
    (["--int4-block-size", "64"], "int4", "int4-sym-b64-a0"),
    (["--int4-block-size", "128", "--int4-accuracy-level", "4"], "int4", "int4-sym-b128-a4"),
    (["--int8-per-tensor"], "int8", "int8-tensor"),
    (["--int8-per-channel"], "int8", "int8-channel"),
    (["--int8-all-ops"], "int8", "int8-allops"),
])
def test_an_option_names_the_recipe_it_makes(args, variant, name, tmp_path, monkeypatch):
    recipe = _request_made_by(args, tmp_path, monkeypatch).recipes()[variant]
    assert recipe.name == name
    assert recipe.settings == RECIPES[canonical_variant(name)].settings
    assert recipe.variant == variant  # the default's file name (model_quantized.onnx / model_q4.onnx)


def test_settings_no_recipe_has_are_custom_and_described_as_they_are():
    settings = int8_override(True, True)
    recipe = recipe_for("int8", settings)
    assert recipe.name == "int8-custom"
    assert recipe.summary == "quantize_dynamic QInt8, every op type, per channel (set on the command line)"
    odd = int4_override(256, 4)
    assert recipe_for("int4", odd).summary.startswith("MatMulNBits RTN symmetric 4-bit, block 256, accuracy level 4")


def test_no_option_no_override():
    assert int8_override(None, None) is None and int4_override(None, None) is None


def test_every_table_summary_agrees_with_its_settings_description():
    """The hand-written summaries and describe() say the same block and level."""
    for name, recipe in RECIPES.items():
        if recipe.settings is None or not hasattr(recipe.settings, "block_size"):
            continue
        text = describe(recipe.settings)
        assert f"block {recipe.settings.block_size}" in text
        if "accuracy level" in recipe.summary:
            assert f"accuracy level {recipe.settings.accuracy_level}" in recipe.summary, name
