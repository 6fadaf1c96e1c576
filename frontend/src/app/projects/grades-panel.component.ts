import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { FormBuilder, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { toProblem } from '../core/api/problem';
import { ProjectsApiService } from '../core/api/projects-api.service';
import { type Problem, type ProjectAssessment } from '../core/api/types';
import { ControlErrorsComponent } from '../shared/control-errors.component';
import { DateFormatPipe } from '../core/i18n/date-format.pipe';
import { LocaleNumberPipe } from '../shared/locale-date.pipe';
import { ErrorMessagePipe } from '../shared/error-message.pipe';
import { ProjectMessagesService } from './project-messages.service';

type Source = 'tutor' | 'mentor' | 'jury';

/**
 * The three-way assessment side by side: the tutor's and the partner mentor's proposed
 * grades and the jury's; the tutor (or an admin) enters theirs and the jury's.
 */
@Component({
  selector: 'cq-grades-panel',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    TranslocoPipe,
    ControlErrorsComponent,
    DateFormatPipe,
    LocaleNumberPipe,
    ErrorMessagePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let a = assessment();
    <p class="scale">
      {{
        'projects.grades.scale'
          | transloco
            : { min: (a.min | cqNumber), max: (a.max | cqNumber), pass: (a.pass | cqNumber) }
      }}
    </p>
    <div class="grades">
      @for (source of sources; track source) {
        @let grade = a[source];
        <div class="grade">
          <h3>{{ 'projects.grades.' + source | transloco }}</h3>
          @if (grade) {
            <p class="value" [class.fail]="grade.grade < a.pass">
              {{ grade.grade | cqNumber: '1.0-2' }}
            </p>
            @if (grade.comment) {
              <p class="comment">{{ grade.comment }}</p>
            }
            <p class="by">
              {{
                'projects.grades.by'
                  | transloco
                    : {
                        name: grade.gradedBy,
                        date: (grade.updatedAt | cqDate: 'date' : timeZone()),
                      }
              }}
            </p>
          } @else {
            <p class="none">{{ 'projects.grades.none' | transloco }}</p>
          }
        </div>
      }
    </div>

    @if (canGrade()) {
      <form [formGroup]="form" novalidate (ngSubmit)="save()">
        <div class="row">
          <mat-form-field>
            <mat-label>{{ 'projects.grades.which' | transloco }}</mat-label>
            <select matNativeControl formControlName="source">
              <option value="tutor">{{ 'projects.grades.tutor' | transloco }}</option>
              <option value="jury">{{ 'projects.grades.jury' | transloco }}</option>
            </select>
          </mat-form-field>
          <mat-form-field subscriptSizing="dynamic">
            <mat-label>{{ 'projects.grades.grade' | transloco }}</mat-label>
            <input
              matInput
              type="number"
              formControlName="grade"
              [min]="a.min"
              [max]="a.max"
              [step]="a.step"
              required
            />
            <mat-hint>{{
              'projects.grades.gradeHint'
                | transloco
                  : { min: (a.min | cqNumber), max: (a.max | cqNumber), step: (a.step | cqNumber) }
            }}</mat-hint>
            <mat-error><cq-control-errors [control]="form.controls.grade" /></mat-error>
          </mat-form-field>
        </div>
        <mat-form-field class="cq-full-width">
          <mat-label>{{ 'projects.grades.comment' | transloco }}</mat-label>
          <textarea matInput formControlName="comment" rows="2" maxlength="5000"></textarea>
        </mat-form-field>
        @if (problem(); as problem) {
          <p class="cq-form-error" role="alert">
            <mat-icon aria-hidden="true">error</mat-icon
            ><span>{{ problem | cqErrorMessage: 'projects' }}</span>
          </p>
        }
        <button mat-flat-button type="submit" [disabled]="pending()">
          <mat-icon>save</mat-icon>{{ 'projects.grades.save' | transloco }}
        </button>
      </form>
    }
  `,
  styles: `
    .scale {
      margin: 0 0 8px;
      color: var(--mat-sys-on-surface-variant);
    }
    .grades {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(180px, 1fr));
      gap: 12px;
      margin-bottom: 16px;
    }
    .grade {
      padding: 12px;
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-surface-container);
    }
    h3 {
      margin: 0 0 4px;
      font: var(--mat-sys-title-small);
    }
    .value {
      margin: 0;
      font: var(--mat-sys-headline-medium);
    }
    .value.fail {
      color: var(--mat-sys-error);
    }
    .comment {
      margin: 4px 0;
      white-space: pre-wrap;
    }
    .by,
    .none {
      margin: 4px 0 0;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 0 16px;
    }
    .row > * {
      flex: 1 1 200px;
    }
  `,
})
export class GradesPanelComponent {
  readonly projectId = input.required<string>();
  readonly assessment = input.required<ProjectAssessment>();
  /** The programme's zone: the dates are shown in it. */
  readonly timeZone = input.required<string>();
  readonly canGrade = input(false);
  readonly assessmentChange = output<ProjectAssessment>();

  private readonly api = inject(ProjectsApiService);
  private readonly messages = inject(ProjectMessagesService);

  protected readonly sources: readonly Source[] = ['tutor', 'mentor', 'jury'];
  protected readonly pending = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  private readonly formDirective = viewChild(FormGroupDirective);

  protected readonly form = inject(FormBuilder).nonNullable.group({
    source: ['tutor' as 'tutor' | 'jury'],
    grade: [null as number | null, [Validators.required]],
    comment: [''],
  });

  protected save(): void {
    if (this.pending()) return;
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const { source, grade, comment } = this.form.getRawValue();
    this.pending.set(true);
    this.problem.set(null);
    this.api
      .setGrade(this.projectId(), source, { grade: Number(grade), comment: comment.trim() || null })
      .subscribe({
        next: (assessment) => {
          this.pending.set(false);
          this.formDirective()?.resetForm({ source, grade: null, comment: '' });
          this.messages.notify('projects.grades.saved');
          this.assessmentChange.emit(assessment);
        },
        error: (error: unknown) => {
          this.pending.set(false);
          this.problem.set(toProblem(error));
        },
      });
  }
}
