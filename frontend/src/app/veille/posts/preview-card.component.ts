import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import { type VeillePreview } from '../../core/api/types';

/** The card of a shared page: its image (served by us), site, title and description. */
@Component({
  selector: 'cq-veille-preview-card',
  imports: [MatIconModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let p = preview();
    <div class="card" [class.with-image]="!!p.imagePath">
      @if (p.imagePath) {
        <img [src]="p.imagePath" alt="" loading="lazy" width="1200" height="630" />
      }
      <div class="text">
        @if (p.siteName) {
          <span class="site"><mat-icon aria-hidden="true">public</mat-icon>{{ p.siteName }}</span>
        }
        @if (p.title) {
          <span class="title">{{ p.title }}</span>
        }
        @if (p.description) {
          <span class="description">{{ p.description }}</span>
        }
        @if (p.status === 'pending') {
          <span class="note">{{ 'veille.card.pending' | transloco }}</span>
        } @else if (p.status === 'failed') {
          <span class="note">
            {{ 'veille.problem.' + (p.error ?? 'veille.preview_unreachable') | transloco }}
            {{ 'veille.card.worksWithout' | transloco }}
          </span>
        }
      </div>
    </div>
  `,
  styles: `
    .card {
      display: flex;
      flex-direction: column;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
      overflow: hidden;
      background: var(--mat-sys-surface-container-low);
    }
    img {
      width: 100%;
      height: auto;
      aspect-ratio: 1200 / 630;
      object-fit: cover;
      background: var(--mat-sys-surface-container);
    }
    .text {
      display: flex;
      flex-direction: column;
      gap: 4px;
      padding: 12px 16px;
      min-width: 0;
    }
    .site {
      display: inline-flex;
      align-items: center;
      gap: 4px;
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
      mat-icon {
        font-size: 16px;
        width: 16px;
        height: 16px;
      }
    }
    .title {
      font: var(--mat-sys-title-medium);
      overflow-wrap: anywhere;
    }
    .description,
    .note {
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
      overflow-wrap: anywhere;
    }
  `,
})
export class VeillePreviewCardComponent {
  readonly preview = input.required<VeillePreview>();
}
