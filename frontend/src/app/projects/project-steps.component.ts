import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import { type ProjectState } from '../core/api/types';

/** The path of a project that goes well, step by step. */
const PATH: readonly ProjectState[] = [
  'proposed',
  'approved',
  'in_progress',
  'submitted',
  'defended',
  'graded',
];

/** Where a project stands on its path, as a read-only stepper. */
@Component({
  selector: 'cq-project-steps',
  imports: [MatIconModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ol class="steps" [attr.aria-label]="'projects.steps.label' | transloco">
      @for (step of steps(); track step.state) {
        <li
          [class.done]="step.status === 'done'"
          [class.current]="step.status === 'current'"
          [attr.aria-current]="step.status === 'current' ? 'step' : null"
        >
          <span class="marker" aria-hidden="true">
            @if (step.status === 'done') {
              <mat-icon>check</mat-icon>
            } @else {
              {{ $index + 1 }}
            }
          </span>
          <span class="name">{{ 'projects.state.' + step.state | transloco }}</span>
          <span class="cq-visually-hidden">
            {{ 'projects.steps.' + step.status | transloco }}
          </span>
        </li>
      }
    </ol>
  `,
  styles: `
    .steps {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 4px;
      margin: 0 0 16px;
      padding: 0;
      list-style: none;
    }
    li {
      display: flex;
      align-items: center;
      gap: 6px;
      padding: 4px 10px 4px 4px;
      border-radius: 999px;
      color: var(--mat-sys-on-surface-variant);
      background: var(--mat-sys-surface-container);
    }
    .marker {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      width: 24px;
      height: 24px;
      border-radius: 50%;
      font: var(--mat-sys-label-medium);
      background: var(--mat-sys-surface-container-highest);
    }
    .marker mat-icon {
      font-size: 18px;
      width: 18px;
      height: 18px;
    }
    .done {
      color: var(--mat-sys-on-surface);
    }
    .done .marker {
      background: var(--mat-sys-primary);
      color: var(--mat-sys-on-primary);
    }
    .current {
      color: var(--mat-sys-on-primary-container);
      background: var(--mat-sys-primary-container);
      font-weight: 500;
    }
    .current .marker {
      background: var(--mat-sys-primary);
      color: var(--mat-sys-on-primary);
    }
  `,
})
export class ProjectStepsComponent {
  readonly state = input.required<ProjectState>();

  protected readonly steps = computed(() => {
    const state = this.state();
    // A proposal sent back stands at its first step; a closed one shows no current step.
    const at = PATH.indexOf(state === 'sent_back' ? 'proposed' : state);
    return PATH.map((step, index) => ({
      state: step,
      status: at < 0 || index > at ? 'todo' : index < at ? 'done' : 'current',
    }));
  });
}
