import { TextFieldModule } from '@angular/cdk/text-field';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  inject,
  signal,
  viewChild,
  viewChildren,
} from '@angular/core';
import {
  FormArray,
  FormBuilder,
  FormControl,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe, provideTranslocoScope } from '@jsverse/transloco';
import { toProblem } from '../core/api/problem';
import { ProgrammesApiService } from '../core/api/programmes-api.service';
import {
  type CourseModule,
  type CreateCourseModuleRequest,
  type ModuleGroup,
  type ModuleKind,
  type Problem,
  type ProgrammePeriod,
} from '../core/api/types';
import { applyProblemToForm, type ServerError } from '../core/forms/problem-form-errors';
import { ControlErrorsComponent } from '../shared/control-errors.component';
import { ErrorMessagePipe } from '../shared/error-message.pipe';

export interface ModuleDialogData {
  programmeId: string;
  /** The module to edit; none to add one at the end. */
  module?: CourseModule;
  /** The programme's periods and rule groups, to choose from. */
  periods: readonly ProgrammePeriod[];
  groups: readonly ModuleGroup[];
}

export const MODULE_KINDS: readonly ModuleKind[] = ['course', 'project', 'work_period'];

/** Letters, digits, ., - and _; 1 to 20 characters (as the API checks it). */
const MODULE_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,19}$/;
const MAX_OUTCOMES = 30;

const CODE_TO_FIELD: Readonly<Record<string, string>> = { 'module.code_taken': 'code' };

/** Adds a module to a programme or edits one; closes with the saved module. */
@Component({
  selector: 'cq-module-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    TextFieldModule,
    TranslocoPipe,
    ControlErrorsComponent,
    ErrorMessagePipe,
  ],
  providers: [provideTranslocoScope('programmes')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './module-dialog.component.html',
  styles: `
    form {
      display: flex;
      flex-direction: column;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 0 16px;
      > * {
        flex: 1 1 160px;
        min-width: 0;
      }
    }
    fieldset {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
      margin: 0 0 16px;
      padding: 4px 12px 8px;
    }
    legend {
      padding: 0 4px;
      font: var(--mat-sys-title-small);
    }
    ol {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    li {
      display: flex;
      align-items: flex-start;
      gap: 4px;
    }
    li mat-form-field {
      flex: 1;
      min-width: 0;
    }
    li button {
      margin-top: 4px;
    }
    .none {
      margin: 8px 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .progress {
      height: 4px;
    }
  `,
})
export class ModuleDialogComponent {
  private readonly api = inject(ProgrammesApiService);
  private readonly dialogRef =
    inject<MatDialogRef<ModuleDialogComponent, CourseModule>>(MatDialogRef);
  protected readonly data = inject<ModuleDialogData>(MAT_DIALOG_DATA);
  private readonly injector = inject(Injector);
  private readonly outcomeInputs = viewChildren<ElementRef<HTMLTextAreaElement>>('outcome');
  private readonly addOutcomeButton = viewChild('addOutcomeButton', {
    read: ElementRef<HTMLButtonElement>,
  });

  protected readonly maxOutcomes = MAX_OUTCOMES;
  protected readonly pending = signal(false);
  protected readonly formErrors = signal<(Problem | ServerError)[]>([]);

  protected readonly form = inject(FormBuilder).nonNullable.group({
    code: [
      this.data.module?.code ?? '',
      [Validators.required, Validators.pattern(MODULE_CODE_PATTERN)],
    ],
    title: [this.data.module?.title ?? '', [Validators.required, Validators.maxLength(200)]],
    description: [this.data.module?.description ?? '', [Validators.maxLength(5000)]],
    learningOutcomes: new FormArray<FormControl<string>>(
      (this.data.module?.learningOutcomes ?? []).map((text) => this.outcomeControl(text)),
      [Validators.maxLength(MAX_OUTCOMES)],
    ),
    ects: [
      (this.data.module?.ects ?? 0) as number | null,
      [Validators.required, Validators.min(0), Validators.max(120)],
    ],
    coefficient: [
      (this.data.module?.coefficient ?? 1) as number | null,
      [Validators.required, Validators.min(0.01), Validators.max(100)],
    ],
    kind: [(this.data.module?.kind ?? 'course') as ModuleKind],
    periodId: [this.data.module?.periodId ?? (null as string | null)],
    groupId: [this.data.module?.groupId ?? (null as string | null)],
  });
  protected readonly kinds = MODULE_KINDS;

  protected get outcomes(): FormArray<FormControl<string>> {
    return this.form.controls.learningOutcomes;
  }

  protected addOutcome(): void {
    if (this.outcomes.length >= MAX_OUTCOMES) return;
    this.outcomes.push(this.outcomeControl(''));
    // Focus the new field once it is rendered.
    afterNextRender(() => this.outcomeInputs().at(-1)?.nativeElement.focus(), {
      injector: this.injector,
    });
  }

  /** Removes an outcome; focus goes to the next one (or the "add" button when none is left). */
  protected removeOutcome(index: number): void {
    this.outcomes.removeAt(index);
    afterNextRender(
      () => {
        const inputs = this.outcomeInputs();
        const next = inputs.at(Math.min(index, inputs.length - 1))?.nativeElement;
        (next ?? this.addOutcomeButton()?.nativeElement)?.focus();
      },
      { injector: this.injector },
    );
  }

  protected submit(): void {
    if (this.pending()) return;
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const value = this.form.getRawValue();
    const body: CreateCourseModuleRequest = {
      code: value.code.trim(),
      title: value.title.trim(),
      description: value.description.trim(),
      learningOutcomes: value.learningOutcomes.map((o) => o.trim()).filter((o) => o !== ''),
      ects: value.ects ?? 0,
      coefficient: value.coefficient ?? 1,
      kind: value.kind,
      periodId: value.periodId,
      groupId: value.groupId,
    };
    const module = this.data.module;
    this.pending.set(true);
    this.formErrors.set([]);
    (module
      ? this.api.updateModule(module.id, body)
      : this.api.addModule(this.data.programmeId, body)
    ).subscribe({
      next: (saved) => {
        this.pending.set(false);
        this.dialogRef.close(saved);
      },
      error: (error: unknown) => {
        this.pending.set(false);
        this.formErrors.set(applyProblemToForm(this.form, toProblem(error), CODE_TO_FIELD));
      },
    });
  }

  private outcomeControl(text: string): FormControl<string> {
    return new FormControl(text, { nonNullable: true, validators: [Validators.maxLength(500)] });
  }
}
