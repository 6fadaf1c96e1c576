import { Clipboard } from '@angular/cdk/clipboard';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthService } from '../../core/auth/auth.service';
import { DateFormatPipe } from '../../core/i18n/date-format.pipe';
import { LanguageService } from '../../core/i18n/language.service';
import { detailLoader } from '../../shared/detail-loader';
import { FeedbackService } from '../../shared/feedback.service';
import { LoadFailureComponent } from '../../shared/load-failure.component';
import { LocaleNumberPipe } from '../../shared/locale-date.pipe';
import { type DiplomaDisplay, DiplomasApiService, type MyDiploma } from '../diplomas-api.service';

/**
 * /student/diploma: my diploma(s): the PDF, the credential, the verification link with its QR
 * code, LinkedIn, and what the public verification page shows of me.
 */
@Component({
  selector: 'cq-my-diploma-page',
  imports: [
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    MatProgressBarModule,
    MatSlideToggleModule,
    TranslocoPipe,
    DateFormatPipe,
    LocaleNumberPipe,
    LoadFailureComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-diploma.page.html',
  styleUrl: './my-diploma.page.scss',
})
export class MyDiplomaPage {
  private readonly api = inject(DiplomasApiService);
  private readonly auth = inject(AuthService);
  private readonly clipboard = inject(Clipboard);
  private readonly feedback = inject(FeedbackService);
  protected readonly language = inject(LanguageService);

  protected readonly loader = detailLoader({
    key: () => this.auth.me()?.id,
    load: () => this.api.mine(),
  });
  /** The diplomas as last saved (a display choice answers the updated one). */
  private readonly saved = signal<Record<string, MyDiploma>>({});
  protected readonly diplomas = computed(() =>
    (this.loader.value()?.items ?? []).map((d) => this.saved()[d.id] ?? d),
  );
  protected readonly saving = signal(false);

  protected honours(d: MyDiploma): string | null {
    return this.language.lang() === 'fr' ? d.honoursLabelFr : d.honoursLabelEn;
  }

  protected pdfUrl(d: MyDiploma): string {
    return this.api.pdfUrl(d.id);
  }

  protected credentialUrl(d: MyDiploma): string {
    return this.api.credentialUrl(d.id);
  }

  protected copy(d: MyDiploma): void {
    if (this.clipboard.copy(d.verificationUrl)) this.feedback.notify('diplomas.mine.copied');
  }

  protected choose(d: MyDiploma, change: DiplomaDisplay): void {
    this.saving.set(true);
    this.api.display(d.id, change).subscribe({
      next: (updated) => {
        this.saving.set(false);
        this.saved.update((all) => ({ ...all, [updated.id]: updated }));
        this.feedback.notify('diplomas.mine.saved');
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.feedback.error(error);
        this.loader.reload();
      },
    });
  }
}
