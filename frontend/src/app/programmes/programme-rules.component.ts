import { LiveAnnouncer } from '@angular/cdk/a11y';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  linkedSignal,
  output,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { filter, switchMap } from 'rxjs';
import { ProgrammesApiService } from '../core/api/programmes-api.service';
import {
  type DiplomaPreset,
  type DiplomaRule,
  type DiplomaRuleInput,
  type ProgrammeDetail,
} from '../core/api/types';
import { FeedbackService } from '../shared/feedback.service';
import { LocaleNumberPipe } from '../shared/locale-date.pipe';
import { SCALES } from './grading';
import { PROGRAMME_PROBLEMS } from './programme-actions.service';
import { ProgrammeSettingsDialogComponent } from './programme-settings-dialog.component';
import { RuleDialogComponent, type RuleDialogData } from './rule-dialog.component';
import { moved, ruleInput } from './rule-sentence';
import { RuleSentencePipe } from './rule-sentence.pipe';

/** Which scale each preset is made for (the API refuses the other). */
export const PRESET_SCALES: Readonly<Record<DiplomaPreset, 'CH_6' | 'FR_20'>> = {
  ch_diploma: 'CH_6',
  fr_licence_pro: 'FR_20',
};

const RULE_PROBLEMS: Readonly<Record<string, string>> = {
  ...PROGRAMME_PROBLEMS,
  'programme.preset_scale': 'programmes.rules.presetScale',
};

/**
 * The programme page's rules and grading: the settings (edited in a dialog), the ordered list
 * of diploma rules, each shown as a sentence (add, edit, remove, move up and down: each change
 * saves the whole list), and "apply a preset" after a confirmation.
 */
@Component({
  selector: 'cq-programme-rules',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatMenuModule,
    MatProgressBarModule,
    TranslocoPipe,
    LocaleNumberPipe,
    RuleSentencePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './programme-rules.component.html',
  styleUrls: ['./programme-sections.scss', './programme-rules.component.scss'],
})
export class ProgrammeRulesComponent {
  private readonly api = inject(ProgrammesApiService);
  private readonly dialog = inject(MatDialog);
  private readonly feedback = inject(FeedbackService);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly transloco = inject(TranslocoService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly programme = input.required<ProgrammeDetail>();
  /** The programme after a change made here (settings, preset, rules). */
  readonly changed = output<ProgrammeDetail>();

  protected readonly scale = computed(() => SCALES[this.programme().gradingScale]);
  protected readonly rules = linkedSignal(() => this.programme().rules);
  protected readonly saving = signal(false);
  protected readonly presets: readonly DiplomaPreset[] = ['ch_diploma', 'fr_licence_pro'];

  protected presetFits(preset: DiplomaPreset): boolean {
    return PRESET_SCALES[preset] === this.programme().gradingScale;
  }

  protected editSettings(): void {
    this.dialog
      .open<ProgrammeSettingsDialogComponent, ProgrammeDetail, ProgrammeDetail>(
        ProgrammeSettingsDialogComponent,
        {
          data: this.programme(),
          width: '640px',
          maxWidth: 'calc(100vw - 32px)',
          autoFocus: 'first-tabbable',
        },
      )
      .afterClosed()
      .pipe(filter((saved): saved is ProgrammeDetail => !!saved))
      .subscribe((saved) => {
        this.feedback.notify('programmes.settings.saved');
        this.changed.emit(saved);
      });
  }

  protected applyPreset(preset: DiplomaPreset): void {
    const params = {
      preset: this.transloco.translate(`programmes.rules.preset.${preset}`),
      code: this.programme().code,
    };
    this.feedback
      .confirm({
        title: 'programmes.rules.presetConfirmTitle',
        message: 'programmes.rules.presetConfirmMessage',
        confirm: 'programmes.rules.presetConfirm',
        params,
      })
      .pipe(
        filter((ok) => ok),
        switchMap(() => {
          this.saving.set(true);
          return this.api.applyPreset(this.programme().id, preset);
        }),
      )
      .subscribe({
        next: (saved) => {
          this.saving.set(false);
          this.feedback.notify('programmes.rules.presetApplied', params);
          this.changed.emit(saved);
        },
        error: (error: unknown) => {
          this.saving.set(false);
          this.feedback.error(error, RULE_PROBLEMS);
        },
      });
  }

  protected addRule(): void {
    this.openRuleDialog(undefined).subscribe((input) =>
      this.save(
        [...this.rules().map(ruleInput), input],
        'programmes.rules.added',
        this.rules().length,
      ),
    );
  }

  protected editRule(index: number): void {
    const rule = this.rules()[index];
    this.openRuleDialog(rule).subscribe((input) =>
      this.save(
        this.rules().map((r, i) => (i === index ? input : ruleInput(r))),
        'programmes.rules.saved',
        index,
      ),
    );
  }

  protected removeRule(index: number): void {
    this.save(
      this.rules()
        .filter((_, i) => i !== index)
        .map(ruleInput),
      'programmes.rules.removed',
      Math.min(index, this.rules().length - 2),
    );
  }

  protected move(index: number, by: -1 | 1): void {
    const to = index + by;
    if (to < 0 || to >= this.rules().length) return;
    this.save(moved(this.rules(), index, to).map(ruleInput), 'programmes.rules.moved', to, {
      position: to + 1,
      count: this.rules().length,
    });
  }

  /** Alt+↑ / Alt+↓ on a rule moves it. */
  protected onKey(event: KeyboardEvent, index: number): void {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    this.move(index, event.key === 'ArrowUp' ? -1 : 1);
  }

  private openRuleDialog(rule: DiplomaRule | undefined) {
    return this.dialog
      .open<RuleDialogComponent, RuleDialogData, DiplomaRuleInput>(RuleDialogComponent, {
        data: { scale: this.programme().gradingScale, groups: this.programme().groups, rule },
        width: '520px',
        maxWidth: 'calc(100vw - 32px)',
        autoFocus: 'first-tabbable',
      })
      .afterClosed()
      .pipe(filter((input): input is DiplomaRuleInput => !!input));
  }

  /** Saves the whole list; then focuses the rule at `focus` and says what was done. */
  private save(
    list: DiplomaRuleInput[],
    doneKey: string,
    focus: number,
    params: Record<string, unknown> = {},
  ): void {
    if (this.saving()) return;
    this.saving.set(true);
    this.api.replaceRules(this.programme().id, list).subscribe({
      next: (rules) => {
        this.saving.set(false);
        this.rules.set(rules);
        this.changed.emit({ ...this.programme(), rules });
        void this.announcer.announce(
          this.transloco.translate(doneKey, { position: focus + 1, ...params }),
          'polite',
        );
        afterNextRender(
          () =>
            this.host.nativeElement
              .querySelector<HTMLElement>(`[data-rule-index="${Math.max(focus, 0)}"]`)
              ?.focus(),
          { injector: this.injector },
        );
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.feedback.error(error, RULE_PROBLEMS);
      },
    });
  }
}
