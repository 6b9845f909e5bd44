// Greedy generation for a verification request, shared by the two runtimes
// of the app: Node (verify.mjs, onnxruntime-node) and the browser
// (verify-browser.html, onnxruntime-web's WebAssembly backend). The caller
// passes the Transformers.js module it loaded, the model id under
// env.localModelPath and the runtime's own model options (device, session
// options); everything that shapes the tokens is here, once.
import { epicrisisMessages } from "./epicrisis-prompt.js";

// onProgress(line): one line per step (loaded, each prompt) for a caller that shows progress.
export async function runRequest(transformers, request, modelId, modelOptions, onProgress = () => {}) {
  const { AutoModelForCausalLM, AutoTokenizer } = transformers;
  const started = performance.now();
  const tokenizer = await AutoTokenizer.from_pretrained(modelId);
  const model = await AutoModelForCausalLM.from_pretrained(modelId, {
    dtype: request.dtype,
    model_file_name: request.model_file_name ?? "model", // a recipe's file in an export folder
    ...modelOptions,
  });
  const loadSeconds = (performance.now() - started) / 1000;
  onProgress(`loaded ${request.dtype} in ${loadSeconds.toFixed(1)} s`);

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
    onProgress(`prompt ${results.length + 1}/${request.prompts.length}: ${newIds.length} tokens in ${seconds.toFixed(1)} s`);
    results.push({
      id: item.id,
      prompt,
      prompt_ids: promptIds,
      new_ids: newIds,
      text: tokenizer.decode(textIds, { skip_special_tokens: true }),
      seconds,
    });
  }
  if (typeof model.dispose === "function") {
    await model.dispose(); // the browser page verifies several files in one page
  }
  return { load_seconds: loadSeconds, results };
}
