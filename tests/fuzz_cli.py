"""Hostile files for the command line, and the one property every command
must keep with them (issue 13): exit status 0, 1 or 2; never a traceback; on
2 a ``FILE:LINE:`` or ``FILE:`` message naming one of the files or folders
it was given, and nothing on stdout.

Shared by ``tests/integration/test_fuzz_cli.py`` (a short profile, a few seconds) and
``bench/fuzz.py`` (the long one). The commands run in-process through the
Typer app (its test runner), with files written by hypothesis strategies:
JSON lines nested a thousand deep, integers of thousands of digits, NaN and
Infinity, duplicate keys, lone surrogates (escaped, and raw as CESU bytes),
control characters, U+2028/U+2029/U+0085 raw, byte-order marks, CRLF,
random bytes; TOML documents built from the keys the readers know and
random ones, with the same hostile values; and well-formed records and run
files with one hostile value put somewhere inside, to reach the code behind
the readers.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from hypothesis import strategies as st

# ---------------------------------------------------------------- values

LINE_BREAKERS = ["\u2028", "\u2029", "\u0085", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e"]
CONTROLS = ["\x00", "\x07", "\x1b[2J", "\x1b]0;pwn\x07", "\x9b31m", "\u202e", "\u2066", "\ufeff", "\ufffe",
            "\uffff"]
SURROGATES = ["\udc80", "\ud800", "\udfff", "\ud83d"]
CLINICAL = ["Ingresa por ", "neumonía ", "(J18.9) ", "J01DD04 ", "72 años ", "**", "# ", "<script>", "  ", "\n",
            "Ingresa por neumonía adquirida en la comunidad (J18.9) en paciente femenina de 72 años. "]

hostile_text = st.lists(st.one_of(
    st.text(max_size=12),
    st.sampled_from(LINE_BREAKERS + CONTROLS + SURROGATES + CLINICAL),
), max_size=12).map("".join)

json_scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False, allow_infinity=False), hostile_text,
)
json_values = st.recursive(json_scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(hostile_text, inner, max_size=4)), max_leaves=12)

# Raw JSON texts that json.dumps never writes.
raw_json = st.one_of(
    st.integers(1000, 3000).map(lambda n: "[" * n + "]" * n),
    st.integers(1000, 3000).map(lambda n: '{"a":' * n + "1" + "}" * n),
    st.integers(4300, 6000).map(lambda n: "9" * n),
    st.integers(4300, 6000).map(lambda n: "-" + "1" * n),
    st.sampled_from(["NaN", "Infinity", "-Infinity", "1e99999", "-1e400", "1e-99999", '{"a": 1, "a": 2}',
                     '"\\udc80"', '"\\ud800\\u0041"', '{"\\udfff": 1}', '"\\u0000\\u001b[2J"', "[", "{", "",
                     '"unterminated', "tru", "01", "0x10", "[1,]", '{"a" 1}']),
)


def _dumps(value, ascii_only: bool) -> str:
    return json.dumps(value, ensure_ascii=ascii_only)


def _encode(text: str) -> bytes:
    """UTF-8, with lone surrogates as the 3-byte sequences UTF-8 forbids (CESU)."""
    return text.encode("utf-8", "surrogatepass")


@st.composite
def record_line(draw, required: tuple[str, ...] = ("instruction", "input", "output")) -> str:
    """A record with a hostile value in one field, or a hostile raw value instead of one."""
    record: dict = {"id": draw(st.one_of(hostile_text, st.integers(), st.sampled_from(["a", "a", "b"])))}
    for key in required:
        record[key] = draw(hostile_text) if key != "input" else draw(json_values)
    if draw(st.booleans()):
        del record[draw(st.sampled_from(sorted(record)))]
    text = _dumps(record, draw(st.booleans()))
    if draw(st.booleans()):  # splice a raw hostile value in place of one field's value
        key = draw(st.sampled_from(sorted(record) or ["id"]))
        raw = draw(raw_json)
        text = text[:-1] + f', "{key}": {raw}' + "}" if text != "{}" else f'{{"{key}": {raw}}}'
    return text


@st.composite
def jsonl_bytes(draw, required: tuple[str, ...] = ("instruction", "input", "output")) -> bytes:
    lines = draw(st.lists(st.one_of(
        record_line(required),
        raw_json,
        json_values.map(lambda v: json.dumps(v)),
        hostile_text,
    ), min_size=0, max_size=6))
    data = b"\n".join(_encode(line) for line in lines)
    if draw(st.booleans()):
        data += b"\n"
    if draw(st.integers(0, 9)) == 0:
        data = b"\xef\xbb\xbf" + data
    if draw(st.integers(0, 9)) == 0:
        data = data.replace(b"\n", b"\r\n")
    if draw(st.integers(0, 9)) == 0:
        data += draw(st.binary(max_size=40))
    return data


# ---------------------------------------------------------------- TOML

TOML_KEYS = ["schema_version", "floors", "min_pass_rate", "max_check_rate", "regression", "max_pass_rate_drop",
             "max_check_rate_increase", "max_check_rate_increase_by_check", "alpha", "parity", "int8", "int4",
             "fp32", "min_text_match", "min_verdict_agreement", "min_check_agreement", "ship", "variants",
             "FMT001", "HAL001", "select", "ignore", "severity", "options", "FMT003", "max_words", "tool",
             "epicrisis", "epochs", "lora", "r", "eval", "limit", "base", "learning_rate"]
toml_scalar = st.one_of(
    st.integers(-3, 3).map(str), st.sampled_from(["0.5", "1.0", "2", "-0.1", "nan", "inf", "-inf", "true",
                                                  "false", "1979-05-27", "1979-05-27T07:32:00Z", "0x10"]),
    st.integers(4300, 5000).map(lambda n: "9" * n),
    hostile_text.map(lambda s: json.dumps(s, ensure_ascii=False)),  # basic string (JSON escapes are TOML's)
    hostile_text.map(lambda s: "'" + s + "'"),
    st.integers(500, 2000).map(lambda n: "[" * n + "]" * n),
    st.integers(500, 2000).map(lambda n: "{a=" * n + "1" + "}" * n),
)
toml_key = st.one_of(st.sampled_from(TOML_KEYS), hostile_text.map(lambda s: json.dumps(s, ensure_ascii=False)))


def _toml_key(key: str) -> str:
    return key if key.replace("_", "a").replace("-", "a").isalnum() and key.isascii() else \
        json.dumps(key, ensure_ascii=False)


def _toml_value(value) -> str:
    """Inline TOML for a generated value (strings in JSON's escapes, which TOML shares)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return {float("inf"): "inf", float("-inf"): "-inf"}.get(value, "nan" if value != value else repr(value))
    if isinstance(value, (int, TomlRaw)):
        return str(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    return "{" + ", ".join(f"{_toml_key(k)} = {_toml_value(v)}" for k, v in value.items()) + "}"


class TomlRaw(str):
    """TOML text put in as is (a number of thousands of digits, nesting a thousand deep)."""


toml_leaf = st.one_of(
    st.booleans(), st.integers(), st.floats(), hostile_text, st.sampled_from([0.0, 0.5, 1.0, 2, -1, 0.02]),
    st.integers(4300, 5000).map(lambda n: TomlRaw("9" * n)),
    st.integers(500, 2000).map(lambda n: TomlRaw("[" * n + "]" * n)),
)
toml_tree = st.recursive(toml_leaf, lambda inner: st.one_of(
    st.lists(inner, max_size=3),
    st.dictionaries(st.one_of(st.sampled_from(TOML_KEYS), hostile_text), inner, max_size=4)), max_leaves=10)


@st.composite
def toml_bytes(draw) -> bytes:
    """Mostly well-formed TOML with hostile keys, values and shapes (what gets
    past the parser to the code behind it); now and then hostile raw text."""
    if draw(st.integers(0, 3)):
        document = draw(st.dictionaries(st.sampled_from(TOML_KEYS), toml_tree, max_size=5))
        lines = [f"{_toml_key(k)} = {_toml_value(v)}" for k, v in document.items()]
        if draw(st.booleans()):
            lines.insert(draw(st.integers(0, len(lines))), "# " + draw(hostile_text).replace("\n", " "))
        return _encode("\n".join(lines) + "\n")
    lines: list[str] = []
    for _ in range(draw(st.integers(0, 8))):
        kind = draw(st.integers(0, 5))
        if kind == 0:
            lines.append("[" + ".".join(draw(st.lists(toml_key, min_size=1, max_size=3))) + "]")
        elif kind == 1:
            lines.append("# " + draw(hostile_text))
        elif kind == 2:
            values = draw(st.lists(toml_scalar, max_size=3))
            lines.append(f"{draw(toml_key)} = [{', '.join(values)}]")
        else:
            lines.append(f"{draw(toml_key)} = {draw(toml_scalar)}")
    data = "\n".join(lines)
    return _encode(data) + (draw(st.binary(max_size=20)) if draw(st.integers(0, 9)) == 0 else b"")


# ---------------------------------------------------------------- mutated JSON files

def _paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value[:3]):
            yield from _paths(item, (*prefix, index))


def _replace(value, path, new):
    if not path:
        return new
    copy = dict(value) if isinstance(value, dict) else list(value)
    copy[path[0]] = _replace(value[path[0]], path[1:], new)
    return copy


_SENTINEL = "\x00HOSTILE\x00"


@st.composite
def mutated_json(draw, original: str) -> bytes:
    """``original`` (one JSON document) with one value replaced by a hostile one."""
    value = json.loads(original)
    path = draw(st.sampled_from(list(_paths(value))))
    if draw(st.booleans()):
        text = json.dumps(_replace(value, path, draw(json_values)), ensure_ascii=draw(st.booleans()))
    else:  # raw JSON text no encoder writes, spliced in where the value was
        text = json.dumps(_replace(value, path, _SENTINEL)).replace(json.dumps(_SENTINEL), draw(raw_json))
    return _encode(text)


@st.composite
def mutated_jsonl(draw, original: str) -> bytes:
    lines = [line for line in original.split("\n") if line]
    index = draw(st.integers(0, len(lines) - 1))
    lines[index] = draw(mutated_json(lines[index])).decode("utf-8", "surrogatepass")
    return _encode("\n".join(lines) + "\n")


# ---------------------------------------------------------------- the property

@dataclass
class Tally:
    """Cases run per target (the long run prints them)."""

    cases: dict[str, int] = field(default_factory=dict)
    exits: dict[tuple[str, int], int] = field(default_factory=dict)  # (target, exit status) -> cases

    def add(self, target: str) -> None:
        self.cases[target] = self.cases.get(target, 0) + 1

    def exited(self, target: str, status: int) -> None:
        self.exits[target, status] = self.exits.get((target, status), 0) + 1


TALLY = Tally()


def invoke(args: list[str], given: list[Path], target: str) -> None:
    """Run ``epicrisis ARGS`` in-process and assert the property."""
    from typer.testing import CliRunner

    from harness.app.cli import app

    TALLY.add(target)
    result = CliRunner().invoke(app, [str(a) for a in args])
    TALLY.exited(target, result.exit_code)
    described = f"epicrisis {' '.join(map(str, args))}\nexit {result.exit_code}\nstdout: {result.stdout[-2000:]!r}\n" \
                f"stderr: {result.stderr[-2000:]!r}"
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        import traceback

        trace = "".join(traceback.format_exception(*result.exc_info))
        raise AssertionError(f"traceback:\n{trace}\n{described}")
    assert result.exit_code in (0, 1, 2), described
    assert "Traceback (most recent call last)" not in result.stderr, described
    if result.exit_code == 2:
        assert result.stdout == "", described
        names = {str(p) for p in given}  # a message may name the file itself or one inside a given folder
        located = [line for line in result.stderr.splitlines()
                   if any(line.startswith(name + ":") or (line.startswith(name + os.sep) and ":" in line)
                          for name in names)]
        assert located, f"no FILE: or FILE:LINE: message naming one of {sorted(names)}\n{described}"


# ---------------------------------------------------------------- the workspace and the targets

class Workspace:
    """Good files to start from, built once: a scored run, a records file,
    an app, all under ``root``; each case writes its hostile copy beside them."""

    def __init__(self, root: Path) -> None:
        from tests.export_fixtures import APP_FIXTURE
        from tests.synthetic_runs import samples, write_ledger, write_run

        self.root = root
        self.run = root / "good-run"
        if not self.run.exists():
            write_run(self.run, samples(4))
        self.ledger = root / "good-ledger"
        if not self.ledger.exists():
            write_ledger(self.ledger, samples(3))
        self.onnx_run = root / "good-onnx-run"
        self.parity = root / "good-parity.json"
        if not self.onnx_run.exists():
            write_run(self.onnx_run, samples(4), backend="onnx", variant="int8")
            from typer.testing import CliRunner

            from harness.app.cli import app

            done = CliRunner().invoke(app, ["compare", str(self.run), str(self.onnx_run), "--teacher-forced", "0",
                                            "--no-config", "--out", str(self.parity)])
            assert done.exit_code == 0, done.stderr
        self.app = root / "good-app"
        if not self.app.exists():
            shutil.copytree(APP_FIXTURE, self.app)
        rows = samples(3, seed=7)
        self.records = root / "good.jsonl"
        self.records.write_text("".join(json.dumps({"id": sid, "instruction": "Epicrisis:", "input": data,
                                                    "output": text}, ensure_ascii=False) + "\n"
                                        for sid, data, text in rows), encoding="utf-8")
        self.case = 0

    def fresh(self, name: str) -> Path:
        """An empty folder for one case."""
        self.case += 1
        folder = self.root / f"case-{self.case}"
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir()
        return folder / name

    def hostile_run(self, draw, name: str) -> Path:
        """A copy of the good run with one file hostile (raw, or mutated)."""
        run = self.fresh("run")
        shutil.copytree(self.run, run)
        files = sorted(p for p in run.rglob("*") if p.is_file() and p.suffix in (".json", ".jsonl"))
        victim = draw(st.sampled_from(files))
        text = victim.read_text(encoding="utf-8")
        how = draw(st.integers(0, 3))
        if how == 0:
            data = draw(jsonl_bytes()) if victim.suffix == ".jsonl" else draw(toml_bytes())
        elif victim.suffix == ".jsonl":
            data = draw(mutated_jsonl(text))
        else:
            data = draw(mutated_json(text))
        victim.write_bytes(data)
        return run


Target = Callable[[st.DataObject, Workspace], None]
TARGETS: dict[str, Target] = {}


def target(function: Target) -> Target:
    TARGETS[function.__name__] = function
    return function


@st.composite
def clean_records(draw) -> bytes:
    """Valid records whose texts and inputs are hostile: what reaches the checks and the renderers."""
    text = hostile_text.filter(lambda t: not any(s in t for s in SURROGATES))
    inputs = json_values.filter(lambda v: not any(s in json.dumps(v, ensure_ascii=False) for s in SURROGATES))
    rows = draw(st.lists(st.tuples(text, inputs), min_size=1, max_size=4))
    lines = [json.dumps({"id": f"r{n}", "instruction": "Epicrisis:", "input": value, "output": output},
                        ensure_ascii=draw(st.booleans())) for n, (output, value) in enumerate(rows)]
    return "\n".join(lines).encode("utf-8") + b"\n"


@target
def check_records(data, ws: Workspace) -> None:
    path = ws.fresh("records.jsonl")
    path.write_bytes(data.draw(st.one_of(jsonl_bytes(("input", "output")), clean_records())))
    fmt = data.draw(st.sampled_from(["text", "json"]))
    invoke(["check", path, "--format", fmt, "--no-config"], [path], "check_records")


@target
def check_config(data, ws: Workspace) -> None:
    path = ws.fresh("epicrisis.toml")
    path.write_bytes(data.draw(toml_bytes()))
    invoke(["check", ws.records, "--config", path], [path, ws.records], "check_config")


@target
def prepare_data(data, ws: Workspace) -> None:
    path = ws.fresh("data.jsonl")
    path.write_bytes(data.draw(st.one_of(jsonl_bytes(), mutated_jsonl(ws.records.read_text(encoding="utf-8")))))
    out = path.parent / "out"
    extra = ["--skip-invalid"] if data.draw(st.booleans()) else []
    invoke(["data", "prepare", path, "--out", out, *extra, "--dedupe"], [path, out], "prepare_data")


@target
def mutate_data(data, ws: Workspace) -> None:
    path = ws.fresh("data.jsonl")
    path.write_bytes(data.draw(st.one_of(jsonl_bytes(), mutated_jsonl(ws.records.read_text(encoding="utf-8")))))
    out = path.parent / "mutants.jsonl"
    invoke(["data", "mutate", path, "--out", out], [path, out], "mutate_data")


@target
def eval_data(data, ws: Workspace) -> None:
    path = ws.fresh("data.jsonl")
    path.write_bytes(data.draw(st.one_of(jsonl_bytes(), mutated_jsonl(ws.records.read_text(encoding="utf-8")))))
    model = path.parent / "no-model"
    invoke(["eval", "--model", model, "--backend", "onnx", "--data", path, "--out", path.parent / "run",
            "--no-config"], [path, model], "eval_data")


@st.composite
def mutated_policy(draw) -> bytes:
    """The bundled gate policy with one value replaced by a hostile one (inline TOML)."""
    import tomllib

    from harness.gatefile import DEFAULT_POLICY

    policy = tomllib.loads(DEFAULT_POLICY.read_text(encoding="utf-8"))
    path = draw(st.sampled_from([p for p in _paths(policy) if p]))
    policy = _replace(policy, path, draw(toml_tree))
    return _encode("".join(f"{_toml_key(k)} = {_toml_value(v)}\n" for k, v in policy.items()))


@target
def gate_file(data, ws: Workspace) -> None:
    path = ws.fresh("gates.toml")
    path.write_bytes(data.draw(st.one_of(toml_bytes(), mutated_policy())))
    out = path.parent / "gate.json"
    invoke(["gate", ws.run, "--gates", path, "--out", out], [path, ws.run], "gate_file")


@target
def gate_run(data, ws: Workspace) -> None:
    run = ws.hostile_run(data.draw, "run")
    invoke(["gate", run, "--out", run.parent / "gate.json"], [run], "gate_run")


@target
def rescore_run(data, ws: Workspace) -> None:
    run = ws.hostile_run(data.draw, "run")
    invoke(["rescore", run, "--no-config", "--jobs", "1"], [run], "rescore_run")


@target
def report_run(data, ws: Workspace) -> None:
    run = ws.hostile_run(data.draw, "run")
    gates = run.parent / "gates.toml"
    args = ["report", run, "--out", run.parent / "r.html", "--junit", run.parent / "j.xml"]
    if data.draw(st.booleans()):
        gates.write_bytes(data.draw(toml_bytes()))
        args += ["--gates", gates]
    invoke(args, [run, gates], "report_run")


@target
def compare_runs(data, ws: Workspace) -> None:
    run = ws.hostile_run(data.draw, "run")
    invoke(["compare", ws.run, run, "--teacher-forced", "0", "--no-config", "--out", run.parent / "c.json"],
           [ws.run, run], "compare_runs")


@target
def promote_recover(data, ws: Workspace) -> None:
    app = ws.fresh("app")
    shutil.copytree(ws.app, app)
    registry = app / "frontend/src/app/core/models/rag.types.ts"
    journal = app / "backend/models/.promotion.json"
    if data.draw(st.booleans()):
        registry.write_bytes(data.draw(st.one_of(hostile_text.map(_encode), st.binary(max_size=200))))
    template = {"schema_version": 1, "direction": "forward", "id": "local/x", "name": "x", "promotion_id": "p",
                "replaced": False, "replaced_promotion_id": None,
                "entry": {"id": "local/x", "name": "x", "description": "d", "size": "1 MB", "dtype": "q8",
                          "local_path": "/models/x", "wasm_only": True},
                "catalogue_before": "", "catalogue_after_sha256": ""}
    if data.draw(st.booleans()):  # a journal of the right shape with hostile values: what recovery acts on
        name = data.draw(st.sampled_from(["x", "local-previous", "", ".", "..", "../../outside", "x/../.."]))
        typed = {**template, "direction": data.draw(st.sampled_from(["forward", "back"])),
                 "id": "local/" + name, "name": name, "replaced": data.draw(st.booleans()),
                 "promotion_id": data.draw(st.sampled_from(["p", "fixture", ""])),
                 "replaced_promotion_id": data.draw(st.sampled_from([None, "fixture", "p"])),
                 "catalogue_before": data.draw(hostile_text),
                 "catalogue_after_sha256": data.draw(st.sampled_from(["", _sha256_of(registry)]))}
        typed["entry"] = {**template["entry"], "id": typed["id"]}
        journal.write_bytes(_encode(json.dumps(typed, ensure_ascii=data.draw(st.booleans()))))
    else:
        journal.write_bytes(data.draw(st.one_of(toml_bytes(), jsonl_bytes(), mutated_json(json.dumps(template)))))
    invoke(["promote", "--recover", app], [app, journal, registry], "promote_recover")


@target
def report_ledger(data, ws: Workspace) -> None:
    ledger = ws.fresh("ledger")
    shutil.copytree(ws.ledger, ledger)
    victim = ledger / data.draw(st.sampled_from(["ledger.jsonl", "train_config.json"]))
    if victim.name == "train_config.json":
        victim.write_bytes(data.draw(st.one_of(
            jsonl_bytes(), mutated_json(json.dumps({"settings": {"method": "lora", "epochs": 2, "batch_size": 4},
                                                    "oom_retries": [{"batch_size": 2, "grad_accum": 2}]})))))
    else:
        victim.write_bytes(data.draw(st.one_of(jsonl_bytes(), mutated_jsonl(victim.read_text(encoding="utf-8")))))
    invoke(["report", ws.run, "--ledger", ledger, "--out", ledger.parent / "r.html", "--no-gates"],
           [ledger, ws.run], "report_ledger")


@target
def gate_parity_baseline(data, ws: Workspace) -> None:
    """A hostile parity report (--parity) or baseline scorecard (--baseline)."""
    folder = ws.fresh("x").parent
    parity, baseline = folder / "parity.json", folder / "scorecard.json"
    parity.write_bytes(ws.parity.read_bytes())
    baseline.write_bytes((ws.run / "scorecard.json").read_bytes())
    victim = data.draw(st.sampled_from([parity, baseline]))
    victim.write_bytes(data.draw(st.one_of(jsonl_bytes(), mutated_json(victim.read_text(encoding="utf-8")))))
    command = data.draw(st.sampled_from(["gate", "report"]))
    args = [command, ws.onnx_run, "--parity", parity, "--baseline", baseline]
    args += ["--out", folder / ("gate.json" if command == "gate" else "r.html")]
    invoke(args, [parity, baseline, ws.onnx_run], "gate_parity_baseline")


def _sha256_of(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def run_target(name: str, data: st.DataObject, root: Path) -> None:
    TARGETS[name](data, _workspace(root))


_WORKSPACES: dict[Path, Workspace] = {}


def _workspace(root: Path) -> Workspace:
    if root not in _WORKSPACES:
        _WORKSPACES[root] = Workspace(root)
    return _WORKSPACES[root]

