import { Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';

import { DEFAULT_LLM_MODEL_ID, LLM_MODELS } from '../../core/models/rag.types';
import { LlmService } from '../../core/services/llm.service';

@Component({
  selector: 'app-epicrisis',
  standalone: true,
  imports: [FormsModule],
  template: `
    <label>Modelo
      <select [(ngModel)]="modelId">
        @for (model of models; track model.id) {
          <option [value]="model.id" [disabled]="model.disabled">{{ model.name }} · {{ model.size }}</option>
        }
      </select>
    </label>
    <button (click)="load()" [disabled]="llm.status() === 'loading'">Cargar</button>
    <textarea [(ngModel)]="input" rows="12" placeholder='{"paciente": {...}, "diagnosticos": [...]}'></textarea>
    <button (click)="draft()" [disabled]="llm.status() !== 'ready'">Redactar epicrisis</button>
    <p class="status">{{ llm.status() }} {{ llm.error() }}</p>
    <article>{{ text() }}</article>
  `,
})
export class EpicrisisComponent {
  protected readonly llm = inject(LlmService);
  protected readonly models = LLM_MODELS;
  protected modelId = DEFAULT_LLM_MODEL_ID ?? '';
  protected input = '';
  protected readonly text = signal('');

  async load(): Promise<void> {
    await this.llm.load(this.modelId);
  }

  async draft(): Promise<void> {
    const result = await this.llm.draft({ instruction: 'Epicrisis:', input: JSON.parse(this.input) });
    this.text.set(`${result.text}\n\n(${result.tokens} tokens, ${(result.tokens / result.seconds).toFixed(1)} tok/s)`);
  }
}
