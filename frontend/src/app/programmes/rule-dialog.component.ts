import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  type AbstractControl,
  FormBuilder,
  ReactiveFormsModule,
  type ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { TranslocoPipe, provideTranslocoScope } from '@jsverse/transloco';
import {
  type DiplomaRule,
  type DiplomaRuleInput,
  type GradingScale,
  type ModuleGroup,
  type RuleKind,
} from '../core/api/types';
import { ControlErrorsComponent } from '../shared/control-errors.component';
import { SCALES } from './grading';
import { RULE_KINDS, ruleInput } from './rule-sentence';

export interface RuleDialogData {
  scale: GradingScale;
  groups: readonly ModuleGroup[];
  /** The rule to edit; none to add one. */
  rule?: DiplomaRule;
}

/** Adds or edits one diploma rule; closes with the rule's fields (the page saves the list). */
@Component({
  selector: 'cq-rule-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatSlideToggleModule,
    TranslocoPipe,
    ControlErrorsComponent,
  ],
  providers: [provideTranslocoScope('programmes')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './rule-dialog.component.html',
  styles: `
    form {
      display: flex;
      flex-direction: column;
    }
    mat-slide-toggle {
      margin: 8px 0 16px;
    }
  `,
})
export class RuleDialogComponent {
  private readonly dialogRef =
    inject<MatDialogRef<RuleDialogComponent, DiplomaRuleInput>>(MatDialogRef);
  protected readonly data = inject<RuleDialogData>(MAT_DIALOG_DATA);
  protected readonly kinds = RULE_KINDS;
  protected readonly scaleRule = SCALES[this.data.scale];

  protected readonly form = inject(FormBuilder).nonNullable.group({
    kind: [(this.data.rule?.kind ?? 'overall_average') as RuleKind, [Validators.required]],
    threshold: [
      (this.data.rule?.threshold ?? SCALES[this.data.scale].pass) as number | null,
      [Validators.required, (control: AbstractControl) => this.rangeError(control.value)],
    ],
    groupId: [(this.data.rule?.groupId ?? this.data.groups[0]?.id ?? null) as string | null],
    maxCount: [
      (this.data.rule?.maxCount ?? 1) as number | null,
      [Validators.required, Validators.min(0), Validators.max(100), Validators.pattern(/^\d+$/)],
    ],
    excusedCountAsAbsent: [this.data.rule?.excusedCountAsAbsent ?? false],
  });

  protected readonly kind = toSignal(this.form.controls.kind.valueChanges, {
    initialValue: this.form.controls.kind.value,
  });
  /** The threshold's range: a % for attendance, the scale's grades otherwise. */
  protected readonly range = computed(() =>
    this.kind() === 'attendance'
      ? { min: 0, max: 100, step: 1 }
      : { min: this.scaleRule.min, max: this.scaleRule.max, step: this.scaleRule.step },
  );
  protected readonly needsThreshold = computed(() => this.kind() !== 'max_below_pass');

  constructor() {
    this.form.controls.kind.valueChanges.subscribe((kind) => {
      const threshold = this.form.controls.threshold;
      if (kind === 'attendance' && (threshold.value ?? 0) <= this.scaleRule.max)
        threshold.setValue(80);
      else if (kind !== 'attendance' && (threshold.value ?? 0) > this.scaleRule.max)
        threshold.setValue(this.scaleRule.pass);
      threshold.updateValueAndValidity();
    });
  }

  private rangeError(value: unknown): ValidationErrors | null {
    // Validators run once while the form is being built, before `form` is set.
    const form = this.form as typeof this.form | undefined;
    const attendance = form?.controls.kind.value === 'attendance';
    const min = attendance ? 0 : this.scaleRule.min;
    const max = attendance ? 100 : this.scaleRule.max;
    return typeof value === 'number' && (value < min || value > max)
      ? { range: { min, max } }
      : null;
  }

  protected outOfRange(): boolean {
    return this.form.controls.threshold.hasError('range');
  }

  protected submit(): void {
    this.form.markAllAsTouched();
    const value = this.form.getRawValue();
    const kind = value.kind;
    if (kind !== 'max_below_pass' && (value.threshold === null || this.outOfRange())) return;
    if (kind === 'max_below_pass' && this.form.controls.maxCount.invalid) return;
    if (kind === 'group_average' && !value.groupId) return;
    this.dialogRef.close(
      ruleInput({
        kind,
        threshold: value.threshold,
        groupId: value.groupId,
        maxCount: value.maxCount,
        excusedCountAsAbsent: value.excusedCountAsAbsent,
      }),
    );
  }
}
