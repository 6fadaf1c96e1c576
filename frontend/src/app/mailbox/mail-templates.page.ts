import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService } from '../core/i18n/language.service';
import { detailLoader } from '../shared/detail-loader';
import { LoadFailureComponent } from '../shared/load-failure.component';
import { MailContentComponent } from './mail-content.component';
import { type MailLang, MailboxApiService } from './mailbox-api.service';

/** Admin: every mail template the product sends, rendered with sample data, in French and English. */
@Component({
  selector: 'cq-mail-templates-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatButtonToggleModule,
    MatFormFieldModule,
    MatIconModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslocoPipe,
    LoadFailureComponent,
    MailContentComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './mail-templates.page.html',
  styleUrl: './mail-templates.page.scss',
})
export class MailTemplatesPage {
  private readonly api = inject(MailboxApiService);

  protected readonly templates = detailLoader({
    key: () => true,
    load: () => this.api.templates(),
  });
  protected readonly chosen = signal<string | null>(null);
  protected readonly kind = computed(
    () => this.chosen() ?? this.templates.value()?.[0]?.kind ?? null,
  );
  protected readonly description = computed(
    () => this.templates.value()?.find((t) => t.kind === this.kind())?.description ?? '',
  );
  protected readonly lang = signal<MailLang>(inject(LanguageService).lang() === 'en' ? 'en' : 'fr');
  protected readonly preview = detailLoader({
    key: () => {
      const kind = this.kind();
      return kind ? { kind, lang: this.lang() } : null;
    },
    load: ({ kind, lang }) => this.api.preview(kind, lang),
    // Another kind or language keeps the preview (and its tab) on screen until the next arrives.
    sameRecord: () => true,
  });
}
