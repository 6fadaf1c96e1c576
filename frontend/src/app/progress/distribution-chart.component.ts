import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { formatNumber } from '@angular/common';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService } from '../core/i18n/language.service';
import { LocaleNumberPipe } from '../shared/locale-date.pipe';
import { distribution } from './module-state';

const WIDTH = 600;
const HEIGHT = 200;
const AXIS = 24;

/**
 * The distribution of a cohort's overall averages as bars (plain SVG), the pass mark marked.
 * The SVG is one image described in words; the same figures follow as a table.
 */
@Component({
  selector: 'cq-distribution-chart',
  imports: [TranslocoPipe, LocaleNumberPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <figure>
      <figcaption id="cq-chart-title">{{ 'progress.chart.title' | transloco }}</figcaption>
      <svg
        [attr.viewBox]="'0 0 ' + width + ' ' + height"
        role="img"
        aria-labelledby="cq-chart-title cq-chart-desc"
        preserveAspectRatio="xMidYMid meet"
      >
        <desc id="cq-chart-desc">
          {{ 'progress.chart.description' | transloco: { pass: passLabel() } }}
        </desc>
        @for (bar of bars(); track bar.x) {
          <rect
            class="bar"
            [class.below]="bar.below"
            [attr.x]="bar.x + 2"
            [attr.y]="bar.y"
            [attr.width]="bar.w - 4"
            [attr.height]="bar.h"
          />
          @if (bar.count) {
            <text class="count" [attr.x]="bar.x + bar.w / 2" [attr.y]="bar.y - 4">
              {{ bar.count }}
            </text>
          }
          <text class="tick" [attr.x]="bar.x" [attr.y]="height - 6">{{ bar.label }}</text>
        }
        <line
          class="pass"
          [attr.x1]="passX()"
          [attr.x2]="passX()"
          y1="0"
          [attr.y2]="height - axis"
        />
        <text class="pass-label" [attr.x]="passX() + 4" y="12">
          {{ 'progress.chart.pass' | transloco: { pass: passLabel() } }}
        </text>
      </svg>
    </figure>
    <details>
      <summary>{{ 'progress.chart.table' | transloco }}</summary>
      <table class="figures">
        <thead>
          <tr>
            <th scope="col">{{ 'progress.chart.range' | transloco }}</th>
            <th scope="col">{{ 'progress.chart.count' | transloco }}</th>
          </tr>
        </thead>
        <tbody>
          @for (band of data().bands; track band.from) {
            <tr>
              <td>{{ band.from | cqNumber: '1.0-2' }} – {{ band.to | cqNumber: '1.0-2' }}</td>
              <td>{{ band.count | cqNumber }}</td>
            </tr>
          }
          @if (data().none) {
            <tr>
              <td>{{ 'progress.chart.noAverage' | transloco }}</td>
              <td>{{ data().none | cqNumber }}</td>
            </tr>
          }
        </tbody>
      </table>
    </details>
  `,
  styles: `
    figure {
      margin: 0;
      max-width: 640px;
    }
    figcaption {
      font-weight: 500;
      margin-bottom: 4px;
    }
    svg {
      width: 100%;
      height: auto;
      display: block;
    }
    .bar {
      fill: var(--mat-sys-primary);
    }
    .bar.below {
      fill: var(--mat-sys-error);
    }
    .count,
    .tick,
    .pass-label {
      font-size: 12px;
      fill: var(--mat-sys-on-surface);
    }
    .count {
      text-anchor: middle;
    }
    .pass {
      stroke: var(--mat-sys-on-surface);
      stroke-dasharray: 4 3;
    }
    .figures {
      border-collapse: collapse;
      margin-top: 4px;
    }
    .figures th,
    .figures td {
      padding: 2px 16px 2px 0;
      text-align: start;
    }
  `,
})
export class DistributionChartComponent {
  readonly averages = input.required<readonly (number | null)[]>();
  readonly min = input.required<number>();
  readonly max = input.required<number>();
  readonly pass = input.required<number>();

  private readonly language = inject(LanguageService);
  protected readonly width = WIDTH;
  protected readonly height = HEIGHT;
  protected readonly axis = AXIS;

  /** Bands of half a point on 1–6, two points on 0–20: ten bars. */
  private readonly bandWidth = computed(() => (this.max() - this.min()) / 10);
  protected readonly data = computed(() =>
    distribution(this.averages(), this.min(), this.max(), this.bandWidth()),
  );
  protected readonly passLabel = computed(() =>
    formatNumber(this.pass(), this.language.locale(), '1.0-2'),
  );
  private readonly scaleX = computed(() => WIDTH / (this.max() - this.min()));
  protected readonly passX = computed(() => (this.pass() - this.min()) * this.scaleX());

  protected readonly bars = computed(() => {
    const { bands } = this.data();
    const top = Math.max(1, ...bands.map((b) => b.count));
    const usable = HEIGHT - AXIS - 18;
    return bands.map((b) => {
      const h = (b.count / top) * usable;
      return {
        x: (b.from - this.min()) * this.scaleX(),
        w: (b.to - b.from) * this.scaleX(),
        y: HEIGHT - AXIS - h,
        h,
        count: b.count,
        below: b.to <= this.pass() + 1e-9,
        label: formatNumber(b.from, this.language.locale(), '1.0-1'),
      };
    });
  });
}
