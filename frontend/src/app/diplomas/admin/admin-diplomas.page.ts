import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTooltipModule } from '@angular/material/tooltip';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { CohortsApiService } from '../../core/api/cohorts-api.service';
import { toProblem } from '../../core/api/problem';
import { type Cohort, type Problem } from '../../core/api/types';
import { DateFormatPipe } from '../../core/i18n/date-format.pipe';
import { LanguageService } from '../../core/i18n/language.service';
import { detailLoader } from '../../shared/detail-loader';
import { ErrorMessagePipe } from '../../shared/error-message.pipe';
import { FeedbackService } from '../../shared/feedback.service';
import { LoadFailureComponent } from '../../shared/load-failure.component';
import { LocaleNumberPipe } from '../../shared/locale-date.pipe';
import { type DiplomaCandidate, DiplomasApiService } from '../diplomas-api.service';
import { type RevokeDialogData, RevokeDialogComponent } from './revoke-dialog.component';

/**
 * Admins: a cohort's diplomas. Who the signed jury awarded and who has a diploma; issue one or
 * all (one request per student, so the progress is real and a failure stops no other), the
 * PDF, revocation with a reason.
 */
@Component({
  selector: 'cq-admin-diplomas-page',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTooltipModule,
    RouterLink,
    TranslocoPipe,
    DateFormatPipe,
    LocaleNumberPipe,
    ErrorMessagePipe,
    LoadFailureComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './admin-diplomas.page.html',
  styleUrl: './admin-diplomas.page.scss',
})
export class AdminDiplomasPage {
  /** Query parameter `?cohort=`: the cohort shown. */
  readonly cohort = input<string | undefined>(undefined);

  private readonly api = inject(DiplomasApiService);
  private readonly cohortsApi = inject(CohortsApiService);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly feedback = inject(FeedbackService);
  protected readonly language = inject(LanguageService);

  protected readonly cohorts = signal<Cohort[]>([]);
  protected readonly cohortsLoading = signal(true);
  protected readonly cohortsProblem = signal<Problem | null>(null);
  protected readonly selected = computed(() => this.cohort() ?? this.cohorts()[0]?.id ?? null);
  protected readonly loader = detailLoader({
    key: () => this.selected(),
    load: (id) => this.api.cohort(id),
  });
  protected readonly students = computed(() => this.loader.value()?.students ?? []);
  protected readonly issuable = computed(() => this.students().filter((s) => s.issuable));
  /** Awarded by a jury whose minutes wait for the president's signature. */
  protected readonly unsigned = computed(() =>
    this.students().some((s) => s.decision && !s.jurySigned && !s.diploma),
  );
  /** Issuing under way: done of total. */
  protected readonly progress = signal<{ done: number; total: number } | null>(null);
  protected readonly busy = signal<string | null>(null);

  constructor() {
    this.loadCohorts();
  }

  protected loadCohorts(): void {
    this.cohortsLoading.set(true);
    this.cohortsProblem.set(null);
    this.cohortsApi.list({ page: 1, size: 100, sort: '-startsOn' }).subscribe({
      next: ({ items }) => {
        this.cohorts.set(items);
        this.cohortsLoading.set(false);
      },
      error: (error: unknown) => {
        this.cohortsProblem.set(toProblem(error));
        this.cohortsLoading.set(false);
      },
    });
  }

  protected choose(cohortId: string): void {
    void this.router.navigate([], { queryParams: { cohort: cohortId }, replaceUrl: true });
  }

  protected honours(s: DiplomaCandidate): string | null {
    return this.language.lang() === 'fr' ? s.honoursLabelFr : s.honoursLabelEn;
  }

  protected pdfUrl(id: string): string {
    return this.api.pdfUrl(id);
  }

  protected issueOne(s: DiplomaCandidate): void {
    const cohortId = this.selected();
    if (!cohortId) return;
    this.feedback
      .confirm({
        title: 'diplomas.admin.issueOneTitle',
        message: 'diplomas.admin.issueOneMessage',
        params: { name: s.displayName },
        confirm: 'diplomas.admin.issue',
      })
      .subscribe((ok) => {
        if (!ok) return;
        this.busy.set(s.studentId);
        this.api.issue(cohortId, s.studentId).subscribe({
          next: ({ diploma }) => {
            this.busy.set(null);
            this.feedback.notify('diplomas.admin.issuedOne', { number: diploma.number });
            this.loader.reload();
          },
          error: (error: unknown) => {
            this.busy.set(null);
            this.feedback.error(error);
            this.loader.reload();
          },
        });
      });
  }

  protected issueAll(): void {
    const cohortId = this.selected();
    const todo = this.issuable();
    const board = this.loader.value();
    if (!cohortId || !todo.length || !board) return;
    this.feedback
      .confirm({
        title: 'diplomas.admin.issueAllTitle',
        message: 'diplomas.admin.issueAllMessage',
        params: { count: todo.length, cohort: board.cohortName },
        confirm: 'diplomas.admin.issue',
      })
      .subscribe((ok) => {
        if (ok) void this.runIssueAll(cohortId, todo);
      });
  }

  /** One request per student, in turn: the bar shows real progress; failures are listed. */
  private async runIssueAll(cohortId: string, todo: DiplomaCandidate[]): Promise<void> {
    this.progress.set({ done: 0, total: todo.length });
    const failed: string[] = [];
    let issued = 0;
    let lastError: unknown = null;
    for (const [i, s] of todo.entries()) {
      try {
        await firstValueFrom(this.api.issue(cohortId, s.studentId));
        issued += 1;
      } catch (error) {
        failed.push(s.displayName);
        lastError = error;
      }
      this.progress.set({ done: i + 1, total: todo.length });
    }
    this.progress.set(null);
    if (issued) this.feedback.notify('diplomas.admin.issued', { count: issued });
    if (failed.length) {
      if (failed.length === todo.length && lastError) this.feedback.error(lastError);
      else
        this.feedback.explain('diplomas.admin.failed', {
          count: failed.length,
          names: failed.join(', '),
        });
    }
    this.loader.reload();
  }

  protected revoke(s: DiplomaCandidate): void {
    const diploma = s.diploma;
    if (!diploma) return;
    this.dialog
      .open<RevokeDialogComponent, RevokeDialogData, string>(RevokeDialogComponent, {
        data: { number: diploma.number },
        maxWidth: 'calc(100vw - 32px)',
        width: '520px',
      })
      .afterClosed()
      .subscribe((reason) => {
        if (!reason) return;
        this.busy.set(s.studentId);
        this.api.revoke(diploma.id, reason).subscribe({
          next: () => {
            this.busy.set(null);
            this.feedback.notify('diplomas.revoke.done', { number: diploma.number });
            this.loader.reload();
          },
          error: (error: unknown) => {
            this.busy.set(null);
            this.feedback.error(error);
          },
        });
      });
  }
}
