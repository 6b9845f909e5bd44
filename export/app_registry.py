"""The app's model catalogue: the ``LLM_MODELS`` array of
``frontend/src/app/core/models/rag.types.ts``.

A promoted model gets an entry there (added, or replaced when its id is
already listed), written in the file's own style (indentation, quotes,
trailing commas, line ends); every other byte of the file stays as it was,
and registering the same entry twice changes nothing.

The file is TypeScript, not JSON: strings, template literals and comments may
hold brackets, so the scan masks them out first, then matches brackets.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from harness.errors import UsageError

REGISTRY = Path("frontend/src/app/core/models/rag.types.ts")
# The demo app the pipeline promotes into when given none (package data).
APP_TEMPLATE = Path(__file__).with_name("app_template")
_ARRAY = re.compile(r"\bexport\s+const\s+LLM_MODELS\b[^=]*=\s*\[")
_ID = re.compile(r"\bid\s*:\s*")


@dataclass(frozen=True)
class ModelEntry:
    id: str
    name: str
    description: str
    size: str
    dtype: str  # 'q8' | 'q4' | 'fp32'
    local_path: str
    wasm_only: bool
    disabled: bool = False
    type: str = "causal-lm"

    def fields(self) -> list[tuple[str, str | bool]]:
        return [("id", self.id), ("name", self.name), ("description", self.description), ("size", self.size),
                ("type", self.type), ("dtype", self.dtype), ("localPath", self.local_path),
                ("wasmOnly", self.wasm_only), ("disabled", self.disabled)]


def mask(source: str) -> str:
    """``source`` with the insides of comments, strings and template literals
    blanked (same length, newlines kept), so brackets in them do not count.
    The quotes of a string stay, so its value can be read at their place."""
    out = list(source)

    def blank(start: int, end: int) -> None:
        for k in range(start, end):
            if out[k] != "\n":
                out[k] = " "

    i, n = 0, len(source)
    while i < n:
        if source.startswith("//", i):
            end = source.find("\n", i)
            end = n if end < 0 else end
            blank(i, end)
            i = end
        elif source.startswith("/*", i):
            end = source.find("*/", i + 2)
            end = n if end < 0 else end + 2
            blank(i, end)
            i = end
        elif source[i] in "'\"`":
            quote, j = source[i], i + 1
            while j < n and source[j] != quote:
                j += 2 if source[j] == "\\" else 1
            blank(i + 1, min(j, n))
            i = j + 1
        else:
            i += 1
    return "".join(out)


def _closing(masked: str, start: int) -> int:
    """Index of the bracket that closes the one at ``start``."""
    pairs = {"[": "]", "{": "}", "(": ")"}
    stack = []
    for i in range(start, len(masked)):
        ch = masked[i]
        if ch in pairs:
            stack.append(pairs[ch])
        elif ch in pairs.values():
            if not stack or stack.pop() != ch:
                break
            if not stack:
                return i
    raise ValueError("unbalanced brackets")


@dataclass(frozen=True)
class _Array:
    open: int  # index of "["
    close: int  # index of its "]"
    objects: list[tuple[int, int]]  # (start of "{", index after "}") of each element object


def _find_array(text: str, masked: str, path: str) -> _Array:
    found = list(_ARRAY.finditer(masked))
    if len(found) != 1:
        what = "no" if not found else f"{len(found)}"
        raise UsageError(f"{path}: {what} `export const LLM_MODELS ... = [` array found: is this the app's "
                         "rag.types.ts? (the model catalogue must be one exported array literal)")
    open_at = found[0].end() - 1
    try:
        close_at = _closing(masked, open_at)
    except ValueError:
        line = text.count("\n", 0, open_at) + 1
        raise UsageError(f"{path}:{line}: the LLM_MODELS array is not closed") from None
    objects, i = [], open_at + 1
    while i < close_at:
        if masked[i] == "{":
            end = _closing(masked, i)
            objects.append((i, end + 1))
            i = end + 1
        elif masked[i] in "[(":
            i = _closing(masked, i) + 1
        else:
            i += 1
    return _Array(open_at, close_at, objects)


def _entry_id(text: str, masked: str, start: int, end: int) -> str | None:
    """The string value of the object's own ``id`` property (not a nested one)."""
    depth = 0
    for i in range(start, end):
        ch = masked[i]
        if ch in "{[(":
            depth += 1
        elif ch in "}])":
            depth -= 1
        elif depth == 1 and ch == "i" and not (masked[i - 1].isalnum() or masked[i - 1] in "_$."):
            found = _ID.match(masked, i)
            if found and text[found.end()] in "'\"`":
                quote = text[found.end()]
                return text[found.end() + 1:masked.index(quote, found.end() + 1)]
    return None


def _style(text: str, masked: str, array: _Array) -> tuple[str, str, str, bool, str]:
    """(entry indent, property indent, quote, trailing comma after the last entry, newline)."""
    newline = "\r\n" if "\r\n" in text else "\n"
    line_start = text.rfind("\n", 0, array.open) + 1
    base = re.match(r"[ \t]*", text[line_start:]).group(0)
    unit = "  "
    quote = "'"
    if not array.objects:
        return base + unit, base + unit * 2, quote, True, newline
    start, end = array.objects[-1]
    entry_line = text.rfind("\n", 0, start) + 1
    entry_indent = re.match(r"[ \t]*", text[entry_line:]).group(0)
    prop = re.search(r"\n([ \t]+)\S", text[start:end])
    prop_indent = prop.group(1) if prop else entry_indent + unit
    first_id = _ID.search(masked, start, end)
    if first_id and text[first_id.end()] in "'\"":
        quote = text[first_id.end()]
    trailing = masked[end:array.close].strip().startswith(",")
    return entry_indent, prop_indent, quote, trailing, newline


# Characters a JSON encoder leaves raw that must not be raw in the app's
# source: line terminators of older JavaScript (U+2028, U+2029), invisible
# C1 controls and DEL, lone surrogates (not encodable as UTF-8 at all), and
# the bidirectional overrides that can make source read other than it runs.
_RAW = re.compile("[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def js_string(value: str, quote: str = "'") -> str:
    """``value`` as a JavaScript string literal in ``quote``s: JSON's string
    encoding (every control character escaped, so no CR or newline can end
    the string or the line), the quote style of the file kept."""
    body = json.dumps(value, ensure_ascii=False)[1:-1]
    body = _RAW.sub(lambda m: f"\\u{ord(m.group()):04x}", body)
    if quote == "'":  # JSON escapes every " (and only those as \"); ' needs escaping instead
        body = body.replace('\\"', '"').replace("'", "\\'")
    return f"{quote}{body}{quote}"


def _literal(value: str | bool, quote: str) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return js_string(value, quote)


def render_entry(entry: ModelEntry, indent: str, prop_indent: str, quote: str, newline: str) -> str:
    body = newline.join(f"{prop_indent}{key}: {_literal(value, quote)}," for key, value in entry.fields())
    return f"{{{newline}{body}{newline}{indent}}}"


def read_catalogue(path: Path) -> str:
    """The catalogue's text; a usage error naming the file when it is missing,
    unreadable or not UTF-8."""
    if not path.is_file():
        raise UsageError(f"{path}: not found: APP_DIR must be the app's root, with {REGISTRY}")
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[:exc.start].count(b"\n") + 1
        raise UsageError(f"{path}:{line}: not valid UTF-8") from None


def register_model(path: Path, entry: ModelEntry) -> tuple[str, str]:
    """The file's text before and after adding or replacing ``entry``
    (identical when it is already there as rendered). Writes nothing."""
    text = read_catalogue(path)
    masked = mask(text)
    array = _find_array(text, masked, str(path))
    matches = [(s, e) for s, e in array.objects if _entry_id(text, masked, s, e) == entry.id]
    if len(matches) > 1:
        line = text.count("\n", 0, matches[1][0]) + 1
        raise UsageError(f"{path}:{line}: id {entry.id!r} is listed {len(matches)} times in LLM_MODELS")
    indent, prop_indent, quote, trailing, newline = _style(text, masked, array)
    if matches:
        start, end = matches[0]
        line_start = text.rfind("\n", 0, start) + 1
        own_indent = re.match(r"[ \t]*", text[line_start:]).group(0)
        rendered = render_entry(entry, own_indent, prop_indent, quote, newline)
        return text, text[:start] + rendered + text[end:]
    rendered = render_entry(entry, indent, prop_indent, quote, newline)
    if not array.objects:
        inner = text[array.open + 1:array.close]
        closing_indent = re.match(r"[ \t]*", text[text.rfind("\n", 0, array.open) + 1:]).group(0)
        if inner.strip():  # only comments or other elements: add after them
            return text, (text[:array.close].rstrip() + f",{newline}{indent}{rendered},{newline}{closing_indent}"
                          + text[array.close:])
        return text, text[:array.open + 1] + f"{newline}{indent}{rendered},{newline}{closing_indent}" + \
            text[array.close:]
    last_end = array.objects[-1][1]
    if trailing:
        comma = last_end + masked[last_end:array.close].index(",") + 1
        return text, text[:comma] + f"{newline}{indent}{rendered}," + text[comma:]
    return text, text[:last_end] + f",{newline}{indent}{rendered}" + text[last_end:]


def registered_ids(path: Path) -> list[str]:
    """The ids in LLM_MODELS; a usage error when the file or the array is not there."""
    text = read_catalogue(path)
    masked = mask(text)
    array = _find_array(text, masked, str(path))
    return [i for s, e in array.objects if (i := _entry_id(text, masked, s, e)) is not None]
