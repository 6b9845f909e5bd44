"""Named quantization recipes (issue 15) on the tiny model: each builds and
runs in onnxruntime, ``--variants`` takes their names, ``--search`` marks the
smallest passing one promotable and refuses what is over the budget, and
promotion writes the file's Transformers.js dtype into the catalogue and the
manifest."""

from __future__ import annotations

import json
import subprocess

import pytest

from harness.variants import ALIASES, DEFAULT_RECIPES, DTYPES, ONNX_FILES, VARIANTS, app_file, file_stem
from tests.export_fixtures import ENV, EPICRISIS, GENERATION, THREADS, copy_app

pytest_plugins = ["tests.export_fixtures"]

# The tiny model's own policy, with every recipe allowed to ship (tiny.toml lists only the defaults).
SEARCH_POLICY = """schema_version = 1
[parity.fp32]
min_text_match = 1.0
min_verdict_agreement = 1.0
[parity.int4]
min_verdict_agreement = 0.5
"""
# On the tiny model int4-sym-b64-a4 writes the smallest file: the choice is a renamed recipe, not a default.
SEARCHED = ("fp32", "int8", "int4", "int4-sym-b64-a4", "int4-head-int8")


@pytest.fixture(scope="module")
def fp32_file(export_models, tmp_path_factory):
    from export.onnx_export import export_fp32

    out = tmp_path_factory.mktemp("recipes")
    export_fp32(export_models["base"], out)
    return out / "onnx" / ONNX_FILES["fp32"]


@pytest.fixture(scope="module")
def searched(export_models, tmp_path_factory):
    from export.pipeline import ExportRequest, export_checkpoint
    from export.search import SearchRequest
    from harness.config import Config
    from harness.gatefile import load_policy

    root = tmp_path_factory.mktemp("search")
    policy = root / "gates.toml"
    policy.write_text(SEARCH_POLICY, encoding="utf-8")
    request = ExportRequest(checkpoint=export_models["lora"], out=root / "export", data=export_models["data"],
                            policy=load_policy(policy), variants=SEARCHED, generation=GENERATION,
                            teacher_forced=0, threads=THREADS, search=SearchRequest())
    return export_checkpoint(request, Config())


def test_the_recipe_table_and_the_variant_names_agree():
    from export.recipes import RECIPES, SEARCH_DEFAULT

    assert set(RECIPES) == set(VARIANTS) and set(SEARCH_DEFAULT) <= set(VARIANTS)
    assert {RECIPES[v].name for v in DEFAULT_RECIPES} == set(ALIASES)
    assert len(set(ONNX_FILES.values())) == len(ONNX_FILES)  # no two recipes write one file
    # Each file is what Transformers.js loads for the dtype with model_file_name = file_stem.
    suffix = {"fp32": "", "q8": "_quantized", "q4": "_q4", "q4f16": "_q4f16"}
    for variant in VARIANTS:
        assert ONNX_FILES[variant] == f"{file_stem(variant)}{suffix[DTYPES[variant]]}.onnx"
    assert app_file("int4-asym-b64-a0") == "model_q4.onnx" and app_file("int8-u8") == "model_quantized.onnx"


def test_variants_take_recipe_names_and_the_defaults_aliases():
    from export.recipes import resolve_variants
    from harness.errors import UsageError

    assert resolve_variants([DEFAULT_RECIPES["int4"], "fp32", DEFAULT_RECIPES["int8"], "int8", "q4f16"]) == (
        "fp32", "int8", "int4", "q4f16")
    with pytest.raises(UsageError, match=r"--variants: unknown recipe 'int4-b16'; known: fp32, int8, int4, "):
        resolve_variants(["fp32", "int4-b16"])


@pytest.mark.parametrize("variant", [v for v in VARIANTS if v != "fp32"])
def test_each_recipe_builds_and_runs_in_onnxruntime(fp32_file, variant):
    from export.recipes import RECIPES, probe_cpu

    recipe = RECIPES[variant]
    target = fp32_file.parent / ONNX_FILES[variant]
    record = recipe.build(fp32_file, target)
    assert record.recipe == recipe.name and record.bytes == target.stat().st_size
    assert record.bytes < fp32_file.stat().st_size
    assert probe_cpu(variant, target) is None  # q4f16 included: onnxruntime's CPU provider runs it
    nodes = record.quantized_nodes
    if recipe.settings.method.endswith("quantize_dynamic"):
        assert nodes["MatMulInteger"] == 14  # the 14 weight MatMuls of the 2 layers
    else:
        assert nodes["MatMulNBits"] == (15 if variant == "int4-head-int8" else 14)
        import onnx

        bits = {a.i for n in onnx.load(str(target)).graph.node if n.op_type == "MatMulNBits"
                for a in n.attribute if a.name == "bits"}
        assert bits == ({8} if DTYPES[variant] == "q8" else {4, 8} if variant == "int4-head-int8" else {4})


def test_the_int8_lm_head_is_an_8_bit_matmulnbits_of_its_own_weight(fp32_file):
    import onnx

    from export.quantize import lm_head_node
    from export.recipes import RECIPES

    target = fp32_file.parent / "head.onnx"
    RECIPES["int4-head-int8"].build(fp32_file, target)
    model = onnx.load(str(target))
    producer = {out: node for node in model.graph.node for out in node.output}
    head = producer["logits"]
    assert head.op_type == "MatMulNBits"
    assert {a.name: a.i for a in head.attribute}["bits"] == 8
    assert lm_head_node(onnx.load(str(fp32_file))).op_type == "MatMul"  # the source is untouched (tied)


def test_search_marks_only_the_smallest_passing_variant_promotable(searched):
    record = searched.record
    search = record.search
    assert search is not None and [c.variant for c in search.candidates] == list(SEARCHED)
    passing = {v: r.bytes for v, r in record.variants.items() if r.gate_passed}
    assert search.chosen == min(passing, key=passing.get)
    assert record.promotable == [search.chosen]
    for candidate in search.candidates:
        assert candidate.outcome == ("chosen" if candidate.variant == search.chosen else "passed, not chosen")
    variant = record.variants["int4-head-int8"]
    assert variant.recipe.recipe == "int4-head-int8" and variant.recipe.dtype == "q4"
    assert variant.recipe.settings["lm_head"] == "int8" and variant.mcnemar_p is not None
    assert record.variants["int4"].recipe.recipe == DEFAULT_RECIPES["int4"]
    on_disk = json.loads((searched.out / "export.json").read_text(encoding="utf-8"))
    assert on_disk["search"]["chosen"] == search.chosen


def test_search_skips_failing_variants_and_refuses_over_budget(searched):
    from export.search import MB, SearchRequest, choose, render_table

    record, reports = searched.record, searched.reports
    smallest = min(record.variants, key=lambda v: record.variants[v].bytes)
    blocked = {**reports, smallest: reports[smallest].model_copy(update={"passed": False})}
    second = choose(SearchRequest(), record.variants, blocked, {})
    assert second.chosen not in (None, smallest)
    assert next(c for c in second.candidates if c.variant == smallest).outcome == "gates failed"
    fastest = choose(SearchRequest(prefer="fastest"), record.variants, reports, {})
    assert fastest.chosen == max(record.variants, key=lambda v: record.variants[v].tokens_per_s or 0)
    tiny_budget = min(r.bytes for r in record.variants.values()) / MB / 2
    none = choose(SearchRequest(budget_mb=tiny_budget), record.variants, reports, {"q4f16": "no kernel"})
    assert none.chosen is None
    assert {c.outcome for c in none.candidates} == {"over budget", "refused on CPU"}
    assert "no recipe passed its gates within it" in render_table(none)


def test_search_cli_over_budget_exits_1_with_the_table(export_models, tmp_path):
    policy = tmp_path / "gates.toml"
    policy.write_text(SEARCH_POLICY, encoding="utf-8")
    proc = subprocess.run([str(a) for a in (
        EPICRISIS, "export", export_models["lora"], "--out", tmp_path / "export", "--data", export_models["data"],
        "--gates", policy, "--search", "--variants", "fp32,int4", "--budget-mb", "0.01", "--max-new-tokens", "8",
        "--threads", "1", "--teacher-forced", "0")], check=False, capture_output=True, text=True, env=ENV, timeout=600)
    assert proc.returncode == 1, proc.stderr
    assert "over the budget of 0.01 MiB" in proc.stdout and "no recipe passed its gates within it" in proc.stdout
    record = json.loads((tmp_path / "export" / "export.json").read_text(encoding="utf-8"))
    assert record["promotable"] == [] and record["search"]["chosen"] is None


def test_an_unknown_recipe_exits_2_listing_the_known_names(tmp_path):
    proc = subprocess.run([str(a) for a in (
        EPICRISIS, "export", tmp_path, "--out", tmp_path / "out", "--data", tmp_path / "v.jsonl",
        "--variants", "fp32,int9-fast")], check=False, capture_output=True, text=True, env=ENV, timeout=120)
    assert proc.returncode == 2
    assert "unknown recipe 'int9-fast'" in proc.stderr
    assert all(name in proc.stderr for name in ("int8-u8", "int4-hqq-b32", "q4f16", "int4-sym-b32-a4"))
    assert "Traceback" not in proc.stderr


def test_promote_ships_the_search_choice_under_its_dtype(searched, tmp_path):
    from export.promote import PromotionRefused, PromotionRequest, promote
    from tests.export_fixtures import REGISTRY

    chosen = searched.record.search.chosen
    app = copy_app(tmp_path / "app")
    outcome = promote(PromotionRequest(export_dir=searched.out, app_dir=app, model_id="local/recipe", verify=False))
    assert outcome.variant == chosen  # not told which: the search's choice
    manifest = outcome.manifest
    assert manifest["dtype"] == DTYPES[chosen] and manifest["file"] == f"onnx/{app_file(chosen)}"
    assert manifest["recipe"]["recipe"] == searched.record.variants[chosen].recipe.recipe
    # The recipe's file under the name Transformers.js loads for the dtype, and nothing else.
    assert sorted(p.name for p in (outcome.target / "onnx").iterdir()) == [app_file(chosen)]
    assert manifest["files"][f"onnx/{app_file(chosen)}"] == searched.record.files[f"onnx/{ONNX_FILES[chosen]}"]
    catalogue = (app / REGISTRY).read_text(encoding="utf-8")
    entry = catalogue[catalogue.index("id: 'local/recipe'"):][:600]
    assert f"dtype: '{DTYPES[chosen]}'" in entry
    assert f"wasmOnly: {str(DTYPES[chosen] == 'q8').lower()}" in entry
    other = next(v for v in SEARCHED if v != chosen)
    with pytest.raises(PromotionRefused, match="not listed as promotable"):
        promote(PromotionRequest(export_dir=searched.out, app_dir=app, model_id="local/other", variant=other,
                                 verify=False))


def test_a_recipe_is_held_to_its_familys_parity_floor(searched):
    # [parity.int4] judges every int4 recipe the gate file does not name itself.
    verdict = searched.reports["int4-sym-b64-a4"]
    floor = next(r for r in verdict.results if r.gate == "parity.int4-sym-b64-a4.verdict_agreement")
    assert floor.threshold == 0.5
    assert not any(r.gate.startswith("parity.int8.") for r in searched.reports["int8"].results)  # no [parity.int8]
    from harness.variants import gate_names

    assert gate_names("q4f16") == ("q4f16", "int4") and gate_names("int8-u8") == ("int8-u8", "int8")
    assert gate_names("int8") == ("int8",)


def test_the_report_draws_the_recipes_with_their_gate_line(searched, tmp_path):
    from reports.recipes import add_recipe_section, recipe_rows

    record, rows = recipe_rows(searched.out)
    assert [r.variant for r in rows] == sorted(record.variants, key=lambda v: record.variants[v].bytes)
    assert next(r for r in rows if r.variant == "int4-head-int8").gate_line == 0.5
    assert next(r for r in rows if r.variant == "int8").gate_line is None  # no [parity.int8] in this policy
    page = tmp_path / "report.html"
    page.write_text('<html><body><section id="decision"></section>\n<section id="runs"></section></body></html>',
                    encoding="utf-8")
    chosen = record.search.chosen
    assert add_recipe_section(page, searched.out / "runs" / chosen, "en")
    html = page.read_text(encoding="utf-8")
    assert html.index('<section id="recipes">') < html.index('<section id="runs">')
    assert f"chosen: {chosen}" in html and html.count('class="recipe-bar"') == 3 * len(rows)
    assert html.count('stroke-width="2"') == sum(r.gate_line is not None for r in rows)  # the gate lines
    assert not add_recipe_section(page, tmp_path / "runs" / "int8", "en")  # not an export's run
