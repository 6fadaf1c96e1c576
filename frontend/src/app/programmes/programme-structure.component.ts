import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { type Observable } from 'rxjs';
import { ProgrammesApiService } from '../core/api/programmes-api.service';
import { type ModuleGroup, type ProgrammeDetail, type ProgrammePeriod } from '../core/api/types';
import { FeedbackService } from '../shared/feedback.service';
import { PROGRAMME_PROBLEMS } from './programme-actions.service';

const STRUCTURE_PROBLEMS: Readonly<Record<string, string>> = {
  ...PROGRAMME_PROBLEMS,
  'group.in_use': 'programmes.structure.groupInUse',
};

/** Letters, digits, ., - and _; 1 to 20 characters (as the API checks it). */
const GROUP_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,19}$/;

/**
 * The programme page's periods (semesters, each with its compensation setting) and rule
 * groups (e.g. "projet + stage"): add and remove; modules choose theirs in the module dialog.
 */
@Component({
  selector: 'cq-programme-structure',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './programme-structure.component.html',
  styleUrls: ['./programme-sections.scss', './programme-structure.component.scss'],
})
export class ProgrammeStructureComponent {
  private readonly api = inject(ProgrammesApiService);
  private readonly feedback = inject(FeedbackService);
  private readonly fb = inject(FormBuilder).nonNullable;

  readonly programme = input.required<ProgrammeDetail>();
  /** A period or group changed: the page reloads the programme (modules may have moved). */
  readonly changed = output<void>();

  protected readonly pending = signal(false);
  protected readonly periodForm = this.fb.group({
    title: ['', [Validators.required, Validators.maxLength(200)]],
  });
  protected readonly groupForm = this.fb.group({
    code: ['', [Validators.required, Validators.pattern(GROUP_CODE_PATTERN)]],
    title: ['', [Validators.required, Validators.maxLength(200)]],
  });

  protected modulesIn(key: 'periodId' | 'groupId', id: string): string {
    return this.programme()
      .modules.filter((m) => m[key] === id)
      .map((m) => m.code)
      .join(', ');
  }

  protected addPeriod(): void {
    this.periodForm.markAllAsTouched();
    if (this.periodForm.invalid) return;
    const title = this.periodForm.getRawValue().title.trim();
    this.run(
      this.api.addPeriod(this.programme().id, { title }),
      'programmes.structure.periodAdded',
      {
        title,
      },
      () => this.periodForm.reset(),
    );
  }

  protected setCompensation(period: ProgrammePeriod, value: 'inherit' | 'on' | 'off'): void {
    const compensation = value === 'inherit' ? null : value === 'on';
    this.run(
      this.api.updatePeriod(period.id, { compensation }),
      'programmes.structure.periodSaved',
      {
        title: period.title,
      },
    );
  }

  protected removePeriod(period: ProgrammePeriod): void {
    this.run(this.api.removePeriod(period.id), 'programmes.structure.periodRemoved', {
      title: period.title,
    });
  }

  protected addGroup(): void {
    this.groupForm.markAllAsTouched();
    if (this.groupForm.invalid) return;
    const { code, title } = this.groupForm.getRawValue();
    this.run(
      this.api.addGroup(this.programme().id, { code: code.trim(), title: title.trim() }),
      'programmes.structure.groupAdded',
      { code },
      () => this.groupForm.reset(),
    );
  }

  protected removeGroup(group: ModuleGroup): void {
    this.run(this.api.removeGroup(group.id), 'programmes.structure.groupRemoved', {
      code: group.code,
    });
  }

  protected compensationOf(period: ProgrammePeriod): 'inherit' | 'on' | 'off' {
    return period.compensation === null ? 'inherit' : period.compensation ? 'on' : 'off';
  }

  private run(
    action: Observable<unknown>,
    doneKey: string,
    params: Record<string, unknown>,
    after?: () => void,
  ): void {
    if (this.pending()) return;
    this.pending.set(true);
    action.subscribe({
      next: () => {
        this.pending.set(false);
        this.feedback.notify(doneKey, params);
        after?.();
        this.changed.emit();
      },
      error: (error: unknown) => {
        this.pending.set(false);
        this.feedback.error(error, STRUCTURE_PROBLEMS);
      },
    });
  }
}
