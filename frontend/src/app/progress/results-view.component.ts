import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService } from '../core/i18n/language.service';
import { LocaleNumberPipe } from '../shared/locale-date.pipe';
import { moduleState } from './module-state';
import {
  type ProgressGrade,
  type ProgressModule,
  ProgressApiService,
  type RuleResult,
  type StudentProgressDetails,
} from './progress-api.service';
import { ReasonParamsPipe } from './reason-params';

interface ModuleLine {
  module: ProgressModule;
  average: number | null;
  state: ReturnType<typeof moduleState>;
  grades: ProgressGrade[];
}

interface Section {
  id: string;
  title: string | null;
  average: number | null;
  modules: ModuleLine[];
}

/**
 * One student's results: where they stand (each rule met, missing or still to come, in words),
 * the overall average, project grade and attendance, the modules by period with their grades
 * and coefficients, and the transcript to download. The student's own page and the staff's
 * drill-down show it.
 */
@Component({
  selector: 'cq-results-view',
  imports: [MatButtonModule, MatIconModule, TranslocoPipe, LocaleNumberPipe, ReasonParamsPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let d = details();
    @let s = d.student;
    <p class="outcome" [class]="'outcome ' + s.outcome" role="status">
      <mat-icon aria-hidden="true">{{ outcomeIcon(s.outcome) }}</mat-icon>
      <span>{{ 'progress.outcome.' + s.outcome | transloco }}</span>
    </p>

    <dl class="summary">
      <div>
        <dt>{{ 'progress.summary.overall' | transloco }}</dt>
        <dd>
          {{ (s.overallAverage | cqNumber: '1.0-2') ?? ('progress.summary.none' | transloco) }}
          @if (s.overallAverage !== null && !s.overallComplete) {
            <span class="muted">({{ 'progress.summary.provisional' | transloco }})</span>
          }
        </dd>
      </div>
      <div>
        <dt>{{ 'progress.summary.project' | transloco }}</dt>
        <dd>{{ (s.projectGrade | cqNumber: '1.0-2') ?? ('progress.summary.none' | transloco) }}</dd>
      </div>
      <div>
        <dt>{{ 'progress.summary.attendance' | transloco }}</dt>
        <dd>
          @if (s.attendanceRate !== null) {
            {{ s.attendanceRate | cqNumber: '1.0-1' }} %
          } @else {
            {{ 'progress.summary.none' | transloco }}
          }
        </dd>
      </div>
    </dl>

    <section aria-labelledby="cq-rules">
      <h2 id="cq-rules">{{ 'progress.rules.title' | transloco }}</h2>
      <ul class="rules">
        @for (r of s.rules; track $index) {
          <li [class]="ruleClass(r)">
            <mat-icon aria-hidden="true">{{ ruleIcon(r) }}</mat-icon>
            <span class="rule-state">{{ ruleWord(r) | transloco }}</span>
            <span>{{
              'progress.reason.' + r.reason.code | transloco: (r.reason.params | cqReasonParams)
            }}</span>
          </li>
        }
      </ul>
    </section>

    <section aria-labelledby="cq-modules">
      <h2 id="cq-modules">{{ 'progress.modules.title' | transloco }}</h2>
      @for (section of sections(); track section.id) {
        @if (section.title) {
          <h3 class="period">
            {{ section.title }}
            @if (section.average !== null) {
              <span class="muted">{{
                'progress.modules.periodAverage'
                  | transloco: { average: section.average | cqNumber: '1.0-2' }
              }}</span>
            }
          </h3>
        }
        <ul class="modules">
          @for (line of section.modules; track line.module.id) {
            <li class="module">
              <div class="module-head">
                <span class="module-title">{{ line.module.code }} {{ line.module.title }}</span>
                <span class="badge" [class]="'badge ' + line.state">{{
                  'progress.moduleState.' + line.state | transloco
                }}</span>
                <span class="module-average">
                  {{ (line.average | cqNumber: '1.0-2') ?? ('progress.summary.none' | transloco) }}
                </span>
              </div>
              <div class="module-meta muted">
                {{ 'progress.modules.ects' | transloco }} {{ line.module.ects | cqNumber }} ·
                {{ 'progress.modules.coefficient' | transloco }}
                {{ line.module.coefficient | cqNumber }}
              </div>
              @if (line.grades.length) {
                <table class="grades">
                  <caption class="cq-visually-hidden">
                    {{
                      'progress.modules.gradesOf' | transloco: { module: line.module.code }
                    }}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{{ 'progress.modules.assessment' | transloco }}</th>
                      <th scope="col" class="num">
                        {{ 'progress.modules.coefficient' | transloco }}
                      </th>
                      <th scope="col" class="num">{{ 'progress.modules.grade' | transloco }}</th>
                    </tr>
                  </thead>
                  <tbody>
                    @for (g of line.grades; track g.assessmentId) {
                      <tr>
                        <td>{{ g.title }}</td>
                        <td class="num">{{ g.coefficient | cqNumber }}</td>
                        <td class="num">
                          {{ g.score | cqNumber: '1.0-2' }}
                          @if (g.resitScore !== null && g.firstScore !== null) {
                            <span class="muted">
                              ({{
                                'progress.modules.resit'
                                  | transloco: { score: g.resitScore | cqNumber: '1.0-2' }
                              }})
                            </span>
                          }
                        </td>
                      </tr>
                    }
                  </tbody>
                </table>
              } @else {
                <p class="muted none">{{ 'progress.modules.noGrades' | transloco }}</p>
              }
            </li>
          }
        </ul>
      }
    </section>

    <p class="transcript">
      <a mat-stroked-button [href]="transcriptUrl()" download>
        <mat-icon aria-hidden="true">download</mat-icon>
        {{ 'progress.transcript.download' | transloco }}
      </a>
      <span class="muted">{{ 'progress.transcript.note' | transloco }}</span>
    </p>
  `,
  styles: `
    :host {
      display: block;
      max-width: 960px;
    }
    .outcome {
      display: flex;
      align-items: center;
      gap: 8px;
      padding: 12px 16px;
      border-radius: 12px;
      font-weight: 500;
      background: var(--mat-sys-surface-container);
    }
    .outcome.met {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .outcome.not_met {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .summary {
      display: flex;
      flex-wrap: wrap;
      gap: 12px 32px;
      margin: 16px 0;
    }
    .summary dt {
      color: var(--mat-sys-on-surface-variant);
      font-size: 0.875rem;
    }
    .summary dd {
      margin: 0;
      font-size: 1.5rem;
    }
    .summary dd .muted {
      font-size: 0.875rem;
    }
    .rules,
    .modules {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .rules li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px 8px;
      padding: 6px 0;
    }
    .rule-state {
      font-weight: 500;
      min-width: 7em;
    }
    .rules li.met mat-icon {
      color: var(--mat-sys-primary);
    }
    .rules li.not-met mat-icon,
    .rules li.not-met .rule-state {
      color: var(--mat-sys-error);
    }
    .period {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 16px;
      align-items: baseline;
      margin: 16px 0 4px;
    }
    .module {
      padding: 10px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .module-head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px 12px;
    }
    .module-title {
      flex: 1 1 16em;
      font-weight: 500;
    }
    .module-average {
      font-size: 1.125rem;
      min-width: 3em;
      text-align: end;
    }
    .badge {
      font-size: 0.75rem;
      padding: 2px 8px;
      border-radius: 8px;
      background: var(--mat-sys-surface-container-high);
    }
    .badge.failed {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .badge.passed,
    .badge.kept {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .badge.compensated {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .grades {
      width: 100%;
      border-collapse: collapse;
      margin-top: 6px;
    }
    .grades th,
    .grades td {
      text-align: start;
      padding: 4px 8px 4px 0;
      font-weight: normal;
    }
    .grades th {
      color: var(--mat-sys-on-surface-variant);
      font-size: 0.8125rem;
    }
    .grades .num {
      text-align: end;
      width: 6em;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
    .none {
      margin: 4px 0 0;
    }
    .transcript {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 16px;
      margin-top: 24px;
    }
  `,
})
export class ResultsViewComponent {
  readonly details = input.required<StudentProgressDetails>();

  private readonly api = inject(ProgressApiService);
  private readonly language = inject(LanguageService);

  protected readonly transcriptUrl = computed(() =>
    this.api.transcriptUrl(
      this.details().cohort.id,
      this.details().student.studentId,
      this.language.lang(),
    ),
  );

  protected readonly sections = computed<Section[]>(() => {
    const d = this.details();
    const results = new Map(d.student.modules.map((m) => [m.moduleId, m]));
    const line = (module: ProgressModule): ModuleLine => {
      const result = results.get(module.id);
      return {
        module,
        average: result?.average ?? null,
        state: moduleState(result),
        grades: d.grades.filter((g) => g.moduleId === module.id),
      };
    };
    const sections: Section[] = d.periods
      .map((p) => ({
        id: p.id,
        title: p.title,
        average: d.student.periods.find((x) => x.id === p.id)?.average ?? null,
        modules: d.modules.filter((m) => m.periodId === p.id).map(line),
      }))
      .filter((s) => s.modules.length > 0);
    const known = new Set(d.periods.map((p) => p.id));
    const loose = d.modules.filter((m) => !m.periodId || !known.has(m.periodId)).map(line);
    if (loose.length) sections.push({ id: 'other', title: null, average: null, modules: loose });
    return sections;
  });

  protected outcomeIcon(outcome: string): string {
    return outcome === 'met' ? 'verified' : outcome === 'not_met' ? 'error' : 'hourglass_top';
  }

  protected ruleIcon(r: RuleResult): string {
    return r.met === true ? 'check_circle' : r.met === false ? 'cancel' : 'schedule';
  }

  protected ruleClass(r: RuleResult): string {
    return r.met === true ? 'met' : r.met === false ? 'not-met' : 'pending';
  }

  protected ruleWord(r: RuleResult): string {
    return r.met === true
      ? 'progress.rules.met'
      : r.met === false
        ? 'progress.rules.notMet'
        : 'progress.rules.pending';
  }
}
