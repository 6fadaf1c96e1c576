import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import { type Submission } from '../core/api/types';
import { DateFormatPipe } from '../core/i18n/date-format.pipe';
import { FileSizePipe } from './file-size.pipe';

/** The versions of a milestone, newest first: name, size, date, on time or late, download. */
@Component({
  selector: 'cq-versions-list',
  imports: [MatButtonModule, MatIconModule, TranslocoPipe, DateFormatPipe, FileSizePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (submissions().length) {
      <ul
        class="versions"
        [attr.aria-label]="'projects.versions.label' | transloco: { milestone: milestoneTitle() }"
      >
        @for (s of submissions(); track s.id) {
          <li>
            <div class="info">
              <span class="line">
                <span class="version">{{
                  'projects.versions.version' | transloco: { version: s.version }
                }}</span>
                <span class="name" [title]="s.originalName">{{ s.originalName }}</span>
              </span>
              <span class="meta">
                {{ s.sizeBytes | cqFileSize }} ·
                <time [attr.datetime]="s.submittedAt">{{
                  s.submittedAt | cqDate: 'dateTime' : timeZone()
                }}</time>
                · {{ s.uploadedBy }}
              </span>
            </div>
            <span class="chip" [class.late]="s.late">
              {{ (s.late ? 'projects.versions.late' : 'projects.versions.onTime') | transloco }}
            </span>
            <a
              mat-icon-button
              [href]="s.downloadUrl"
              download
              [attr.aria-label]="
                'projects.versions.download'
                  | transloco: { version: s.version, name: s.originalName }
              "
            >
              <mat-icon>download</mat-icon>
            </a>
          </li>
        }
      </ul>
    } @else {
      <p class="empty">{{ 'projects.versions.none' | transloco }}</p>
    }
  `,
  styles: `
    .versions {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    li {
      display: flex;
      align-items: center;
      gap: 4px 8px;
      padding: 4px 0 4px 12px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .info {
      display: flex;
      flex: 1;
      flex-direction: column;
      min-width: 0;
    }
    .line {
      display: flex;
      gap: 8px;
      min-width: 0;
    }
    .version {
      font-weight: 500;
      white-space: nowrap;
    }
    .name {
      min-width: 0;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .meta {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .chip {
      flex: none;
      padding: 1px 8px;
      border-radius: 999px;
      font: var(--mat-sys-label-medium);
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .chip.late {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .empty {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class VersionsListComponent {
  readonly submissions = input.required<readonly Submission[]>();
  readonly milestoneTitle = input.required<string>();
  /** The programme's zone: the dates are shown in it. */
  readonly timeZone = input.required<string>();
}
