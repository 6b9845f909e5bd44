// Loads a promoted model folder with Transformers.js, the runtime of the app,
// and greedy-generates for the prompts of a request file, so the harness can
// compare the token ids with those of its Python ONNX backend.
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
// hospital's air-gapped app. Errors go to stderr with exit status 1.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { performance } from "node:perf_hooks";

import { AutoModelForCausalLM, AutoTokenizer, env } from "@huggingface/transformers";

import { epicrisisMessages } from "./epicrisis-prompt.js";

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

  const started = performance.now();
  const tokenizer = await AutoTokenizer.from_pretrained(modelId);
  const sessionOptions = request.threads ? { intraOpNumThreads: request.threads, interOpNumThreads: 1 } : {};
  const model = await AutoModelForCausalLM.from_pretrained(modelId, {
    dtype: request.dtype,
    model_file_name: request.model_file_name ?? "model", // a recipe's file in an export folder
    device: "cpu",
    session_options: sessionOptions,
  });
  const loadSeconds = (performance.now() - started) / 1000;

  const generation = request.generation;
  if (request.prompts.length > 0) {
    // Warm-up, untimed, as on the Python side: the first run of a session
    // pays for memory planning and kernel selection.
    const { instruction, input } = request.prompts[0];
    const first = tokenizer.apply_chat_template(epicrisisMessages(request.system, instruction, input), {
      tokenize: false,
      add_generation_prompt: true,
    });
    await model.generate({ ...tokenizer(first, { add_special_tokens: false }), max_new_tokens: 2, do_sample: false });
  }
  const results = [];
  for (const item of request.prompts) {
    // As the app does: messages from (instruction, input), then the chat template.
    const messages = epicrisisMessages(request.system, item.instruction, item.input);
    const prompt = tokenizer.apply_chat_template(messages, { tokenize: false, add_generation_prompt: true });
    const inputs = tokenizer(prompt, { add_special_tokens: false });
    const promptIds = Array.from(inputs.input_ids.data, Number);
    const began = performance.now();
    // Every setting that shapes greedy decoding is explicit, so the model's
    // generation_config.json (Qwen ships repetition_penalty 1.05) cannot
    // change what "greedy" means here and not in Python.
    const output = await model.generate({
      ...inputs,
      max_new_tokens: generation.max_new_tokens,
      do_sample: false,
      num_beams: 1,
      repetition_penalty: 1.0,
      no_repeat_ngram_size: 0,
      eos_token_id: generation.eos_token_id,
    });
    const seconds = (performance.now() - began) / 1000;
    const all = Array.from(output.data, Number);
    let newIds = all.slice(promptIds.length);
    const stop = newIds.findIndex((id) => generation.eos_token_id.includes(id));
    if (stop >= 0) {
      newIds = newIds.slice(0, stop + 1);
    }
    const textIds = stop >= 0 ? newIds.slice(0, -1) : newIds;
    results.push({
      id: item.id,
      prompt,
      prompt_ids: promptIds,
      new_ids: newIds,
      text: tokenizer.decode(textIds, { skip_special_tokens: true }),
      seconds,
    });
  }
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
