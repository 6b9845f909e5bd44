/**
 * Types and catalogues of the app's language models.
 *
 * LLM_MODELS is edited by `epicrisis promote`: it adds or replaces the entry
 * of the id it promotes and leaves every other entry as it is. Keep it one
 * exported array literal of object literals.
 */

export type ModelType = 'causal-lm' | 'seq2seq';
export type ModelDtype = 'fp32' | 'fp16' | 'q8' | 'q4';

export interface LLMModelConfig {
  /** Hub id, or local/NAME for a model promoted into backend/models/NAME/. */
  id: string;
  name: string;
  description: string;
  /** Download size, as shown to the user. */
  size: string;
  type: ModelType;
  /** Transformers.js dtype: q8 = onnx/model_quantized.onnx, q4 = onnx/model_q4.onnx. */
  dtype: ModelDtype;
  /** URL path the backend serves the model folder at; set for every local model. */
  localPath?: string;
  /** int8 (MatMulInteger) has no WebGPU kernel: run on WASM. */
  wasmOnly?: boolean;
  disabled?: boolean;
}

export interface GenerationRequest {
  instruction: string;
  input: unknown;
  maxNewTokens?: number;
}

export interface GenerationResult {
  text: string;
  tokens: number;
  seconds: number;
}

export const LLM_MODELS: LLMModelConfig[] = [
];

export const DEFAULT_LLM_MODEL_ID: string | undefined = LLM_MODELS.find((m) => !m.disabled)?.id;
