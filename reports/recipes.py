"""The quantization recipes of an export, drawn: one row per recipe with its
file size, its ONNX Runtime speed and its verdict agreement with the torch
run, the agreement's gate line (the parity floor its verdict was judged by)
and the search's outcome. Read from ``export.json`` and the gate records
beside it; nothing is recomputed.

The section appears in a report whose primary run is one of an export's
runs (``OUT/runs/<variant>``) when that export tried more than the default
recipes or searched among them. ``add_recipe_section`` is the hook
``reports.build`` calls after writing the page: the section goes in before
the page's runs table. Its bars are SVG with presentation attributes only,
so the page's Content-Security-Policy (hashed inline CSS, no inline styles)
admits them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from markupsafe import Markup

from harness.runs import read_json_model
from harness.schemas import EXPORT_FILE, ExportRecord, Verdict
from harness.variants import DEFAULT_VARIANTS
from reports.strings import t

TEMPLATE = "recipes.html.j2"
TEMPLATES = Path(__file__).with_name("templates")
MB = 1024 * 1024
BAR_WIDTH = 90
ANCHOR = '<section id="runs">'  # the section goes before the runs table (else before </body>)

# The chart's labels live with the report's others (reports/strings.py, as "recipe.<key>").
RECIPE_WORDS = ("title", "variant", "size", "dtype", "speed", "agreement", "pass", "verdict", "outcome",
                "pass_pill", "fail_pill", "gate_line", "chosen", "gates failed", "over budget", "refused on CPU",
                "passed, not chosen", "none", "searched", "prefer.smallest", "prefer.fastest", "budget", "nothing")


@dataclass(frozen=True)
class RecipeRow:
    variant: str
    recipe: str
    dtype: str
    mib: float | None
    tokens_per_s: float | None
    agreement: float | None
    gate_line: float | None  # the min_verdict_agreement the verdict applied, if any
    pass_rate: float | None
    passed: bool | None  # None: not scored (refused on CPU)
    outcome: str | None  # the search's, when it searched


def find_export(run_dir: Path) -> Path | None:
    """The export folder ``run_dir`` belongs to (``OUT/runs/<variant>``), or None."""
    run_dir = Path(run_dir).resolve()
    folder = run_dir.parent.parent
    return folder if run_dir.parent.name == "runs" and (folder / EXPORT_FILE).is_file() else None


def recipe_rows(export_dir: Path) -> tuple[ExportRecord, list[RecipeRow]]:
    record = read_json_model(export_dir / EXPORT_FILE, ExportRecord)
    outcomes = {c.variant: c.outcome for c in record.search.candidates} if record.search else {}
    rows = []
    for variant, v in record.variants.items():
        verdict = read_json_model(export_dir / v.gate, Verdict) if (export_dir / v.gate).is_file() else None
        line = next((r.threshold for r in (verdict.results if verdict else [])
                     if r.gate == f"parity.{variant}.verdict_agreement"), None)
        rows.append(RecipeRow(variant, v.recipe.recipe if v.recipe else variant,
                              v.recipe.dtype if v.recipe else "", v.bytes / MB, v.tokens_per_s, v.verdict_agreement,
                              line, v.pass_rate, v.gate_passed, outcomes.get(variant)))
    for variant in record.refused:
        rows.append(RecipeRow(variant, variant, "", None, None, None, None, None, None, "refused on CPU"))
    rows.sort(key=lambda r: (r.mib is None, r.mib or 0.0))
    return record, rows


def shows_recipes(record: ExportRecord) -> bool:
    return record.search is not None or bool(record.refused) or any(v not in DEFAULT_VARIANTS for v in record.variants)


def bar(value: float | None, top: float, *, line: float | None = None, good: bool | None = True) -> Markup:
    """A horizontal bar of ``value`` on a 0..``top`` scale, with an optional gate line."""
    if value is None or top <= 0:
        return Markup("")
    width = max(1.0, BAR_WIDTH * min(value, top) / top)
    colour = "#8c959f" if good is None else "#1a7f37" if good else "#cf222e"
    parts = [f'<svg class="recipe-bar" width="{BAR_WIDTH + 2}" height="14" viewBox="0 0 {BAR_WIDTH + 2} 14" '
             f'role="img" aria-label="{value:.3g}">',
             f'<rect x="0" y="2" width="{BAR_WIDTH}" height="10" fill="#f6f8fa" stroke="#d0d7de"/>',
             f'<rect x="0" y="2" width="{width:.1f}" height="10" fill="{colour}"/>']
    if line is not None:
        x = BAR_WIDTH * min(line, top) / top
        parts.append(f'<line x1="{x:.1f}" x2="{x:.1f}" y1="0" y2="14" stroke="#1f2328" stroke-width="2"/>')
    parts.append("</svg>")
    return Markup("".join(parts))


@lru_cache(maxsize=1)
def _template():
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True)
    return env.get_template(TEMPLATE)


def render_section(export_dir: Path, lang: str) -> str:
    record, rows = recipe_rows(export_dir)
    words = {key: t(f"recipe.{key}", lang) for key in RECIPE_WORDS}
    top_size = max((r.mib for r in rows if r.mib is not None), default=0.0)
    top_speed = max((r.tokens_per_s or 0.0 for r in rows), default=0.0)
    search_line = None
    if record.search is not None:
        budget = words["budget"].format(mb=f"{record.search.budget_mb:g}") if record.search.budget_mb else ""
        search_line = words["searched"].format(prefer=words[f"prefer.{record.search.prefer}"], budget=budget,
                                               chosen=record.search.chosen or words["nothing"])
    return _template().render(rows=rows, w=words, bar=bar, top_size=top_size, top_speed=top_speed,
                              search_line=search_line, export=str(export_dir))


def add_recipe_section(page: Path, run_dir: Path, lang: str) -> bool:
    """Put the recipe section into the written report ``page`` when its
    primary run ``run_dir`` is one of an export's that tried recipes; whether it did."""
    from harness.atomic import write_atomic

    export_dir = find_export(run_dir)
    if export_dir is None:
        return False
    record = read_json_model(export_dir / EXPORT_FILE, ExportRecord)
    if not shows_recipes(record):
        return False
    html = page.read_text(encoding="utf-8")
    at = html.find(ANCHOR)
    at = at if at >= 0 else html.rfind("</body>")
    write_atomic(page, html[:at] + render_section(export_dir, lang) + "\n" + html[at:])
    return True
