import { Injectable, signal } from '@angular/core';
import {
  AutoModelForCausalLM,
  AutoTokenizer,
  env,
  type PreTrainedModel,
  type PreTrainedTokenizer,
  type Tensor,
} from '@huggingface/transformers';

import { epicrisisMessages } from '../prompt/epicrisis-prompt.js';
import { GenerationRequest, GenerationResult, LLMModelConfig, LLM_MODELS } from '../models/rag.types';

/** What `epicrisis promote` writes beside the model (the fields the app reads). */
interface PromotedManifest {
  id: string;
  prompt: { system: string; hash: string };
  generation: { max_new_tokens: number; repetition_penalty: number; no_repeat_ngram_size: number };
}

@Injectable({ providedIn: 'root' })
export class LlmService {
  readonly status = signal<'idle' | 'loading' | 'ready' | 'error'>('idle');
  readonly error = signal<string | null>(null);
  private model?: PreTrainedModel;
  private tokenizer?: PreTrainedTokenizer;
  private manifest?: PromotedManifest;

  async load(id: string): Promise<void> {
    const config = LLM_MODELS.find((m) => m.id === id && !m.disabled);
    if (!config) throw new Error(`unknown or disabled model ${id}`);
    this.status.set('loading');
    try {
      const modelId = this.configureSource(config);
      this.manifest = config.localPath
        ? await (await fetch(`${config.localPath}/manifest.json`)).json()
        : undefined;
      this.tokenizer = await AutoTokenizer.from_pretrained(modelId);
      const webgpu = !config.wasmOnly && 'gpu' in navigator;
      this.model = await AutoModelForCausalLM.from_pretrained(modelId, {
        dtype: config.dtype,
        device: webgpu ? 'webgpu' : 'wasm',
      });
      this.status.set('ready');
    } catch (error) {
      this.error.set(String(error));
      this.status.set('error');
      throw error;
    }
  }

  /** Greedy, with the settings the model was gated with (its manifest). */
  async draft(request: GenerationRequest): Promise<GenerationResult> {
    if (!this.model || !this.tokenizer || !this.manifest) throw new Error('no promoted model loaded');
    const messages = epicrisisMessages(this.manifest.prompt.system, request.instruction, request.input);
    const prompt = this.tokenizer.apply_chat_template(messages, { tokenize: false, add_generation_prompt: true });
    const inputs = this.tokenizer(prompt as string, { add_special_tokens: false });
    const generation = this.manifest.generation;
    const started = performance.now();
    const output = (await this.model.generate({
      ...inputs,
      max_new_tokens: request.maxNewTokens ?? generation.max_new_tokens,
      do_sample: false,
      repetition_penalty: generation.repetition_penalty,
      no_repeat_ngram_size: generation.no_repeat_ngram_size,
    })) as Tensor;
    const promptLength = inputs.input_ids.dims.at(-1) as number;
    const ids = (output.tolist() as bigint[][])[0].slice(promptLength).map(Number);
    const text = this.tokenizer.decode(ids, { skip_special_tokens: true });
    return { text, tokens: ids.length, seconds: (performance.now() - started) / 1000 };
  }

  /** A promoted model comes from the backend only: no model hub, ever. */
  private configureSource(config: LLMModelConfig): string {
    if (!config.localPath) {
      env.allowRemoteModels = true;
      return config.id;
    }
    const slash = config.localPath.lastIndexOf('/');
    env.allowRemoteModels = false;
    env.allowLocalModels = true;
    env.localModelPath = config.localPath.slice(0, slash + 1);
    return config.localPath.slice(slash + 1);
  }
}
