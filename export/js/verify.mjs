// Loads a promoted model folder with Transformers.js, the runtime of the app,
// and greedy-generates for the prompts of a request file, so the harness can
// compare the token ids with those of its Python ONNX backend. The generation
// itself is generate-core.mjs, shared with the browser page (verify-browser.html).
//
//   node verify.mjs REQUEST.json > RESULT.json
//
// REQUEST: {"model_dir", "dtype": "fp32"|"q8"|"q4"|"q4f16", "model_file_name", "threads", "system",
//           "generation": {"max_new_tokens", "eos_token_id": [...]},
//           "prompts": [{"id", "instruction", "input"}]}
// RESULT:  {"versions", "load_seconds", "results": [{"id", "prompt", "prompt_ids",
//           "new_ids", "text", "seconds"}]}
//
// Remote models are disabled: the folder on disk is the only source, as in the
// hospital's air-gapped app. Progress lines go to stderr as "progress: ..."; errors go to
// stderr with exit status 1.
import { readFile } from "node:fs/promises";
import path from "node:path";
import * as transformers from "@huggingface/transformers";

import { runRequest } from "./generate-core.mjs";

const { env } = transformers;

async function main() {
  const [requestPath] = process.argv.slice(2);
  if (!requestPath) {
    throw new Error("usage: node verify.mjs REQUEST.json");
  }
  const request = JSON.parse(await readFile(requestPath, "utf8"));
  const folder = path.resolve(request.model_dir);
  env.allowRemoteModels = false;
  env.allowLocalModels = true;
  env.useFSCache = false;
  env.localModelPath = path.dirname(folder) + path.sep;
  const modelId = path.basename(folder);

  const sessionOptions = request.threads ? { intraOpNumThreads: request.threads, interOpNumThreads: 1 } : {};
  const { load_seconds: loadSeconds, results } = await runRequest(transformers, request, modelId, {
    device: "cpu",
    session_options: sessionOptions,
  }, (line) => process.stderr.write(`progress: ${line}\n`));
  const transformersPackage = JSON.parse(
    await readFile(new URL("./node_modules/@huggingface/transformers/package.json", import.meta.url), "utf8"),
  );
  const ortPackage = JSON.parse(
    await readFile(new URL("./node_modules/onnxruntime-node/package.json", import.meta.url), "utf8"),
  );
  process.stdout.write(
    JSON.stringify({
      versions: { node: process.version, transformers_js: transformersPackage.version, onnxruntime_node: ortPackage.version },
      load_seconds: loadSeconds,
      results,
    }) + "\n",
  );
}

main().catch((error) => {
  process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
  process.exit(1);
});
