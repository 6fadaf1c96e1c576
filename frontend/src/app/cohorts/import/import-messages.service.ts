import { Injectable, inject } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { type Message, type PreviewRow } from './import-preview';

/** Puts the import's messages (file refusals, row issues) in the active language. */
@Injectable({ providedIn: 'root' })
export class ImportMessagesService {
  private readonly transloco = inject(TranslocoService);

  message(message: Message): string {
    const params = { ...(message.params ?? {}) };
    if (typeof params['field'] === 'string') {
      params['field'] = this.transloco.translate(`cohorts.import.column.${params['field']}`);
    }
    if (Array.isArray(params['columns'])) {
      params['columns'] = (params['columns'] as string[])
        .map((c) => this.transloco.translate(`cohorts.import.column.${c}`))
        .join(', ');
    }
    return this.transloco.translate(message.key, params);
  }

  issueText(row: PreviewRow): string {
    return row.issues.map((issue) => this.message(issue)).join(' · ');
  }
}
