// The prompt of the epicrisis model, built in JavaScript exactly as the
// Python harness builds it (harness/prompt.py): a system message, then a user
// turn made of the instruction, a newline and the input as JSON written the
// way Python's json.dumps(input, ensure_ascii=False) writes it. JSON.stringify
// writes {"a":1} where Python writes {"a": 1}: a model fine-tuned on one and
// prompted with the other sees a prompt it never saw in training.
//
// The same file is shipped in the app template
// (frontend/src/app/core/prompt/epicrisis-prompt.js); a test keeps them equal.
//
// Limits of JSON in JavaScript: a float with no fractional part (38.0) reads
// as 38 and is written "38" (Python writes "38.0"), and object keys that look
// like integers are reordered first. Clinical inputs use neither.

/** JSON text as Python's json.dumps(value, ensure_ascii=False) writes it. */
export function pythonJson(value) {
  if (value === null || value === undefined) {
    return "null";
  }
  if (Array.isArray(value)) {
    return "[" + value.map(pythonJson).join(", ") + "]";
  }
  if (typeof value === "object") {
    return "{" + Object.entries(value).map(([key, item]) => JSON.stringify(key) + ": " + pythonJson(item)).join(", ") + "}";
  }
  if (typeof value === "number") {
    return pythonNumber(value);
  }
  return JSON.stringify(value);
}

/** repr() of a Python int, or of a float: scientific below 1e-4 and from 1e16. */
function pythonNumber(value) {
  if (!Number.isFinite(value)) {
    return Number.isNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity";
  }
  if (Number.isSafeInteger(value)) {
    return String(value);
  }
  const [mantissa, exponentText] = value.toExponential().split("e");
  const exponent = Number(exponentText);
  if (exponent < -4 || exponent >= 16) {
    const sign = exponent < 0 ? "-" : "+";
    return `${mantissa}e${sign}${String(Math.abs(exponent)).padStart(2, "0")}`;
  }
  const negative = mantissa.startsWith("-");
  const digits = mantissa.replace("-", "").replace(".", "");
  const point = exponent + 1;
  let text;
  if (point <= 0) {
    text = "0." + "0".repeat(-point) + digits;
  } else if (point >= digits.length) {
    text = digits + "0".repeat(point - digits.length) + ".0";
  } else {
    text = digits.slice(0, point) + "." + digits.slice(point);
  }
  return (negative ? "-" : "") + text;
}

/** The user turn: instruction, newline, input as JSON. */
export function userTurn(instruction, input) {
  return `${instruction}\n${pythonJson(input)}`;
}

/** The chat messages the tokenizer's chat template renders. */
export function epicrisisMessages(system, instruction, input) {
  return [
    { role: "system", content: system },
    { role: "user", content: userTurn(instruction, input) },
  ];
}
