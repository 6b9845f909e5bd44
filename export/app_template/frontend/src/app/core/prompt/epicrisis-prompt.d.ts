export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

/** JSON text as Python's json.dumps(value, ensure_ascii=False) writes it. */
export function pythonJson(value: unknown): string;

/** The user turn: instruction, newline, input as JSON. */
export function userTurn(instruction: string, input: unknown): string;

/** The chat messages the tokenizer's chat template renders. */
export function epicrisisMessages(system: string, instruction: string, input: unknown): ChatMessage[];
