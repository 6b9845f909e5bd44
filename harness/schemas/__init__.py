"""Every record this project writes to disk, in one place: the pydantic
models at the file boundaries, each with a ``schema_version``.

Readers (reports, gates, the pytest plugin, the app) import the models from
here, so reading a training ledger or an export record never imports the
training or export packages. The modules that write and read the files keep
their helpers: ``harness.runs`` (run directories and the output cache),
``harness.scorecard`` (building a scorecard), ``harness.baseline``,
``harness.parity`` (comparing two runs), ``harness.gates`` and
``harness.gating`` (judging a run), ``training.ledger``, ``training.record``,
``export.artifact``.

    runs        run.json, outputs/<key>.jsonl, findings.jsonl
    scorecard   scorecard.json
    baseline    baseline.json
    training    ledger.jsonl (with its typed ONNX entry), best.json, train_config.json
    export      export.json
    parity      parity/<variant>.json, compare-*-vs-<run>.json
    gates       gate.json (the verdict), with its gate results

The generation settings every run records are
``harness.generation.GenerationConfig``.
"""

from harness.schemas.base import SCHEMA_VERSION, Record
from harness.schemas.baseline import BASELINE_FILE, BaselineEvent, BaselineInfo
from harness.schemas.export import (
    EXPORT_FILE,
    DataRef,
    ExportRecord,
    RecipeInfo,
    SearchCandidate,
    SearchRecord,
    ValidationInfo,
    VariantRecord,
)
from harness.schemas.gates import VERDICT_FILE, GateReport, GateResult, Verdict, WorstSample
from harness.schemas.parity import Agreement, Divergence, McNemar, ParityReport, RunSide, TeacherForced
from harness.schemas.runs import DataInfo, ModelInfo, OutputRecord, PromptInfo, RecordFindings, RunManifest
from harness.schemas.scorecard import CheckScore, Proportion, Scorecard, SpeedStats, WordStats
from harness.schemas.training import (
    BEST_FILE,
    LEDGER_FILE,
    TRAIN_RECORD_FILE,
    BestCheckpoint,
    CheckRate,
    DataFile,
    LedgerRow,
    OnnxExportFailed,
    OnnxScore,
    OnnxScored,
    OnnxScoreError,
    TrainOutcome,
    TrainRecord,
    read_ledger_rows,
)

__all__ = [
    "BASELINE_FILE", "BEST_FILE", "EXPORT_FILE", "LEDGER_FILE", "SCHEMA_VERSION", "TRAIN_RECORD_FILE",
    "VERDICT_FILE",
    "Agreement", "BaselineEvent", "BaselineInfo", "BestCheckpoint", "CheckRate", "CheckScore", "DataFile",
    "DataInfo", "DataRef", "Divergence", "ExportRecord", "GateReport", "GateResult", "LedgerRow", "McNemar",
    "ModelInfo", "OnnxExportFailed", "OnnxScore", "OnnxScoreError", "OnnxScored", "OutputRecord",
    "ParityReport", "PromptInfo", "Proportion", "RecipeInfo", "Record", "RecordFindings", "RunManifest", "RunSide",
    "Scorecard", "SearchCandidate", "SearchRecord", "SpeedStats", "TeacherForced", "TrainOutcome", "TrainRecord", "ValidationInfo", "Verdict",
    "VariantRecord", "WordStats", "WorstSample", "read_ledger_rows",
]
