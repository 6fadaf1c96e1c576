import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { CohortsApiService } from '../core/api/cohorts-api.service';
import { toProblem } from '../core/api/problem';
import { type Cohort, type Problem } from '../core/api/types';
import { DateFormatPipe } from '../core/i18n/date-format.pipe';
import { detailLoader } from '../shared/detail-loader';
import { ErrorMessagePipe } from '../shared/error-message.pipe';
import { LoadFailureComponent } from '../shared/load-failure.component';
import {
  CreateJuryDialogComponent,
  type CreateJuryDialogData,
} from './create-jury-dialog.component';
import { type JuryBoard, JuriesApiService } from './juries-api.service';

/** Admin: the juries, per cohort (all by default), and a new one. */
@Component({
  selector: 'cq-juries-page',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatProgressBarModule,
    MatSelectModule,
    RouterLink,
    TranslocoPipe,
    DateFormatPipe,
    ErrorMessagePipe,
    LoadFailureComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="cq-page">
      <div class="cq-page-header">
        <h1>{{ 'juries.title' | transloco }}</h1>
        <button
          mat-flat-button
          type="button"
          (click)="create()"
          [disabled]="!cohorts().length"
          data-testid="jury-new"
        >
          <mat-icon>add</mat-icon> {{ 'juries.new' | transloco }}
        </button>
      </div>
      <p class="muted">{{ 'juries.intro' | transloco }}</p>
      <mat-form-field class="cohort" subscriptSizing="dynamic">
        <mat-label>{{ 'juries.cohort' | transloco }}</mat-label>
        <mat-select
          [value]="cohort() ?? ''"
          (valueChange)="choose($event)"
          data-testid="jury-filter"
        >
          <mat-option value="">{{ 'juries.allCohorts' | transloco }}</mat-option>
          @for (c of cohorts(); track c.id) {
            <mat-option [value]="c.id">{{ c.name }}</mat-option>
          }
        </mat-select>
      </mat-form-field>

      @if (loader.loading()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | transloco" />
      }
      @if (cohortsProblem(); as problem) {
        <p class="cq-form-error" role="alert">
          <mat-icon>error</mat-icon><span>{{ problem | cqErrorMessage: 'juries' }}</span>
        </p>
      }
      <cq-load-failure [loader]="loader" scope="juries" />

      @if (loader.value(); as list) {
        @if (list.items.length) {
          <ul class="juries">
            @for (j of list.items; track j.id) {
              <li class="jury">
                <a [routerLink]="[j.id]" class="link" [attr.data-testid]="'jury-' + j.id">
                  <mat-icon aria-hidden="true">gavel</mat-icon>
                  <span class="main">
                    <span class="name">{{ j.cohort.name }}</span>
                    <span class="muted"
                      >{{ j.cohort.programmeCode }} · {{ j.heldOn | cqDate }}</span
                    >
                  </span>
                  <span class="status" [class.signed]="j.status === 'signed'">
                    {{ 'juries.status.' + j.status | transloco }}
                  </span>
                  <span class="muted count">
                    {{
                      'juries.decided' | transloco: { decided: j.decisions, students: j.students }
                    }}
                  </span>
                </a>
              </li>
            }
          </ul>
        } @else {
          <p class="muted">{{ 'juries.none' | transloco }}</p>
        }
      }
    </div>
  `,
  styles: `
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
    .cohort {
      min-width: 260px;
      margin-bottom: 12px;
    }
    .juries {
      list-style: none;
      padding: 0;
      margin: 0;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
    }
    .jury + .jury {
      border-top: 1px solid var(--mat-sys-outline-variant);
    }
    .link {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 16px;
      padding: 12px 16px;
      color: inherit;
      text-decoration: none;
    }
    .link:hover,
    .link:focus-visible {
      background: var(--mat-sys-surface-container);
    }
    .main {
      display: flex;
      flex-direction: column;
      flex: 1 1 200px;
    }
    .name {
      font-weight: 500;
    }
    .status {
      font-size: 0.8125rem;
      padding: 2px 8px;
      border-radius: 8px;
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .status.signed {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
  `,
})
export class JuriesPage {
  /** Query parameter `?cohort=`. */
  readonly cohort = input<string | undefined>(undefined);

  private readonly api = inject(JuriesApiService);
  private readonly cohortsApi = inject(CohortsApiService);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);

  protected readonly cohorts = signal<Cohort[]>([]);
  protected readonly cohortsProblem = signal<Problem | null>(null);
  private readonly key = computed(() => ({ cohort: this.cohort() ?? null }));
  protected readonly loader = detailLoader({
    key: () => this.key(),
    load: (k) => this.api.list(k.cohort),
  });

  constructor() {
    this.cohortsApi.list({ page: 1, size: 100, sort: '-startsOn' }).subscribe({
      next: ({ items }) => this.cohorts.set(items),
      error: (error: unknown) => this.cohortsProblem.set(toProblem(error)),
    });
  }

  protected choose(cohortId: string): void {
    void this.router.navigate([], { queryParams: { cohort: cohortId || null }, replaceUrl: true });
  }

  protected create(): void {
    const today = new Date();
    const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    this.dialog
      .open<CreateJuryDialogComponent, CreateJuryDialogData, JuryBoard>(CreateJuryDialogComponent, {
        data: { cohorts: this.cohorts(), cohortId: this.cohort() ?? null, today: iso },
        maxWidth: 'calc(100vw - 32px)',
        autoFocus: 'first-tabbable',
      })
      .afterClosed()
      .subscribe((board) => {
        if (board) void this.router.navigate(['/admin/juries', board.jury.id]);
      });
  }
}
