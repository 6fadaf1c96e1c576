import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { type ProgrammeDetail } from '../core/api/types';
import { LocaleNumberPipe } from '../shared/locale-date.pipe';
import { SCALES } from './grading';

/** The programme page's rules: grading scale, pass grade, ECTS, attendance and minima. */
@Component({
  selector: 'cq-programme-rules',
  imports: [TranslocoPipe, LocaleNumberPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './programme-rules.component.html',
  styleUrls: ['./programme-sections.scss', './programme-rules.component.scss'],
})
export class ProgrammeRulesComponent {
  readonly programme = input.required<ProgrammeDetail>();

  protected readonly rule = computed(() => SCALES[this.programme().gradingScale]);
}
