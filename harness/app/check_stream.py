"""`epicrisis check` over a file of any size: read, check and write as a stream.

Lines go to the workers of a :class:`harness.checking.CheckPool` in chunks;
each worker parses, validates, checks and renders its records (JSON
fragments or text lines), and the parent writes the fragments in order, so
memory stays flat whatever the number of records and ``--jobs N`` writes
exactly what ``--jobs 1`` writes.

The spec wants nothing half-written on stdout when a line is bad, and a bad
line may be the last of a million: the document goes to a temporary file,
copied to stdout once every line has been read and found good. The JSON
document is built piece by piece with the separators ``json.dumps`` uses,
so it is byte for byte what :func:`harness.app.render.render_json` writes.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from array import array
from collections import Counter
from dataclasses import dataclass, field
from typing import IO, Any

from harness import figures
from harness.checking import CheckPool, chunked
from harness.engine import Engine, Summary
from harness.errors import InputError, InputErrors
from harness.i18n import count, text
from harness.jsonl import open_lines, parse_check_line

# Lines per chunk sent to a worker: large enough that pickling and queueing
# cost little per record, small enough to keep both cores busy to the end.
CHUNK_LINES = 128
_SEVERITY_ORDER = ("error", "warning", "preview")
_COLOUR = {"error": "red", "warning": "yellow", "preview": "cyan"}
# json.dumps(value, ensure_ascii=False), without the encoder json.dumps builds per call for its options
_ENCODE = json.JSONEncoder(ensure_ascii=False).encode


@dataclass(frozen=True, slots=True)
class _Job:
    """What every worker needs besides the lines (sent with each chunk: small)."""

    name: str  # the file as the user named it, for messages
    format: str  # json | text
    lang: str
    markup: bool  # text for a terminal: rich markup for colours


@dataclass
class Tally:
    """What the stream has written: the document's summary, and for the text
    table the records with each check and its name and severity."""

    summary: Summary = field(default_factory=Summary)
    records_with: Counter = field(default_factory=Counter)  # check -> records with one
    names: dict[str, str] = field(default_factory=dict)
    severities: dict[str, str] = field(default_factory=dict)

    @property
    def records(self) -> int:
        return self.summary.records

    @property
    def passed(self) -> int:
        return self.summary.passed

    def add(self, passed: bool, found: list[tuple[str, str, str]]) -> None:
        self.summary.add(passed, (f[0] for f in found))
        for check, name, severity in found:
            self.names.setdefault(check, name)
            self.severities[check] = severity
        for check in {f[0] for f in found}:
            self.records_with[check] += 1


def finding_lines(result, output: str, line: int, path: str, lang: str, markup: bool) -> list[str]:
    """One line per finding, errors first then by place: the finding that
    fails the record leads. In English the line names the check instead of
    its Spanish message, so no line mixes the two languages."""
    from harness.app.render import visible

    if markup:
        from rich.markup import escape
    else:
        def escape(s: str) -> str:
            return s
    record = text("check.record", lang)
    where = f"{escape(visible(path))}:{line}: "
    rid = escape(visible(result.id))
    out = []
    for f in sorted(result.findings, key=lambda f: (_SEVERITY_ORDER.index(f.severity.value), f.start)):
        excerpt = visible(figures.excerpt(output[f.start:f.end], 50))
        shown = f"  «{escape(excerpt)}»" if excerpt else ""
        span = f" {f.start}-{f.end}" if f.end > f.start else ""  # a finding about the whole record has none
        said = escape(visible(f.message if lang == "es" else f.name))
        severity = text("severity." + f.severity.value, lang)
        if markup:
            head = f"[bold]{f.check}[/bold] [{_COLOUR[f.severity.value]}]{severity}[/]"
        else:
            head = f"{f.check} {severity}"
        out.append(f"{where}{head} {record}={rid}{span}: {said}{shown}")
    return out


def _check_chunk(engine: Engine, task: tuple[_Job, list[tuple[int, bytes]]]) -> list[tuple]:
    """In a worker: (line, id, error reason, passed, findings, rendered) per record."""
    job, lines = task
    out = []
    for number, raw in lines:
        try:
            record = parse_check_line(job.name, number, raw)
        except InputError as exc:  # sent back as its reason: an InputError does not pickle
            out.append((number, None, exc.reason, False, (), ""))
            continue
        if record is None:
            continue  # a blank line
        result = engine.check(record.output, record.input, record.id)
        found = [(f.check, f.name, f.severity.value) for f in result.findings]
        if job.format == "json":
            rendered = _ENCODE(result.to_json())
        else:
            rendered = "".join(line + "\n" for line in
                               finding_lines(result, record.output, number, job.name, job.lang, job.markup))
        out.append((number, record.id, None, result.passed, found, rendered))
    return out


class _Hashes:
    """A set of 64-bit hashes at 8 bytes each, in an open-addressed table (a
    set of ints costs ~65 bytes an entry: 65 MB of the parent's memory at a
    million records, where this takes 16)."""

    def __init__(self) -> None:
        self._slots = array("q", bytes(8 * 1024))  # 0: an empty slot
        self._count = 0

    def add(self, value: int) -> bool:
        """Add ``value``; whether it was new. A hash of 0 is kept as 1 (the two
        collide, and a collision is confirmed like any other: see _Ids)."""
        value = value or 1
        slots = self._slots
        mask = len(slots) - 1
        at = value & mask
        while slots[at]:
            if slots[at] == value:
                return False
            at = (at + 1) & mask
        slots[at] = value
        self._count += 1
        if 2 * self._count > len(slots):  # at most half full: probes stay short
            old, self._slots, self._count = slots, array("q", bytes(16 * len(slots))), 0
            for kept in old:
                if kept:
                    self.add(kept)
        return True


class _Ids:
    """Duplicate ids in constant memory per record: the 64-bit hashes of the
    ids seen. A hash seen before is confirmed (and its first line found) by
    reading the file again up to that line: rare, and only on the way to an
    error."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.seen = _Hashes()

    def first_line(self, rid: str, number: int) -> int | None:
        if self.seen.add(hash(rid)):
            return None
        for line, raw in open_lines(self.path):
            if line >= number:
                return None  # a hash collision, not a duplicate
            try:
                record = parse_check_line(self.path, line, raw)
            except InputError:
                continue
            if record is not None and record.id == rid:
                return line
        return None


def stream_check(path: str, engine: Engine, *, format: str, lang: str, jobs: int | None,
                 out: IO[str]) -> Tally:
    """Check every record of ``path`` and write the document to ``out``.

    Raises InputErrors (every bad line, located) with nothing written to
    ``out``; returns the tally of what was written."""
    name = str(path)
    console = None
    if format == "text":  # rich only for text: 25 ms a start
        from rich.console import Console

        console = Console(highlight=False, soft_wrap=True, emoji=False, file=out)
    markup = console is not None and console.is_terminal
    job = _Job(name, format, lang, markup)
    lines = open_lines(path)  # a missing file fails here, before any worker starts
    tally, ids, errors = Tally(), _Ids(name), []
    with tempfile.TemporaryFile("w+", encoding="utf-8") as spool, CheckPool(jobs=jobs, engine=engine) as pool:
        first = True
        if format == "json":
            spool.write('{"records": [')
        for results in pool.map(_check_chunk, ((job, chunk) for chunk in chunked(lines, CHUNK_LINES))):
            for number, rid, reason, passed, found, rendered in results:
                if reason is None:
                    earlier = ids.first_line(rid, number)
                    if earlier is not None:
                        reason = f"duplicate id {rid!r} (first on line {earlier})"
                if reason is not None:
                    errors.append(InputError(name, number, reason))
                if errors:
                    continue  # nothing will be written: only look for more bad lines
                tally.add(passed, found)
                if format == "json":
                    spool.write(rendered if first else ", " + rendered)
                    first = False
                else:
                    spool.write(rendered)
        if errors:
            raise InputErrors(errors)
        if not tally.records:
            raise InputError(name, 1, "no records: the file is empty")
        if format == "json":
            spool.write('], "summary": ' + json.dumps(tally.summary.to_json(), ensure_ascii=False)
                        + ', "config": ' + json.dumps(engine.describe(), ensure_ascii=False) + "}\n")
        spool.seek(0)
        if markup:
            for line in spool:
                console.print(line.rstrip("\n"))
        else:
            shutil.copyfileobj(spool, out, 1 << 20)
    if console is not None:
        _text_summary(console, tally, engine, lang)
    return tally


def _text_summary(console, tally: Tally, engine: Engine, lang: str) -> None:
    """The table of findings by check and the count of records."""
    from rich.table import Table

    names = {spec.id: spec.name for spec in engine.checks}
    names.update({k: v for k, v in tally.names.items() if k not in names})
    table = Table(*(text(f"check.col.{c}", lang) for c in ("check", "name", "severity", "findings", "records")),
                  title=text("check.summary", lang))
    findings = tally.summary.by_check
    for check_id in sorted(findings):
        table.add_row(check_id, names[check_id], text("severity." + tally.severities[check_id], lang),
                      str(findings[check_id]), str(tally.records_with[check_id]))
    console.print()
    if findings:
        console.print(table)
    failed = tally.records - tally.passed
    console.print(text("check.total", lang, records=count("n.records", tally.records, lang),
                       passed=count("n.passed", tally.passed, lang), failed=count("n.failed", failed, lang)))


def all_passed(tally: Tally) -> bool:
    return tally.passed == tally.records


__all__ = ["CHUNK_LINES", "Tally", "finding_lines", "stream_check", "all_passed"]
