import { ClipboardModule } from '@angular/cdk/clipboard';
import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { filter } from 'rxjs';
import { ProjectsApiService } from '../core/api/projects-api.service';
import { type MentorLink, type MentorLinkStatus } from '../core/api/types';
import { ControlErrorsComponent } from '../shared/control-errors.component';
import { DateFormatPipe } from '../core/i18n/date-format.pipe';
import { ProjectMessagesService } from './project-messages.service';

/**
 * The partner mentor's signed link: its status, a new link (mailed to the mentor in the chosen
 * language, and shown once to copy as a fallback), and withdrawal.
 */
@Component({
  selector: 'cq-mentor-link-panel',
  imports: [
    ClipboardModule,
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    TranslocoPipe,
    ControlErrorsComponent,
    DateFormatPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (status(); as status) {
      <p>
        {{
          'projects.mentorLink.active'
            | transloco
              : {
                  created: (status.createdAt | cqDate: 'date' : timeZone()),
                  expires: (status.expiresAt | cqDate: 'date' : timeZone()),
                }
        }}
        @if (status.mailedTo) {
          {{ 'projects.mentorLink.mailedTo' | transloco: { email: status.mailedTo } }}
        }
        @if (status.lastUsedAt) {
          {{
            'projects.mentorLink.lastUsed'
              | transloco: { date: (status.lastUsedAt | cqDate: 'dateTime' : timeZone()) }
          }}
        } @else {
          {{ 'projects.mentorLink.neverUsed' | transloco }}
        }
      </p>
    } @else {
      <p>{{ 'projects.mentorLink.noneActive' | transloco: { name: mentorName() } }}</p>
    }

    @if (issued(); as link) {
      <div class="issued" role="status">
        <mat-form-field class="url" subscriptSizing="dynamic">
          <mat-label>{{ 'projects.mentorLink.url' | transloco }}</mat-label>
          <input matInput readonly [value]="link.url" />
        </mat-form-field>
        <button
          mat-stroked-button
          type="button"
          [cdkCopyToClipboard]="link.url"
          (cdkCopyToClipboardCopied)="copied($event)"
        >
          <mat-icon>content_copy</mat-icon>{{ 'projects.mentorLink.copy' | transloco }}
        </button>
      </div>
      <p class="hint" role="status">
        @if (link.mailedTo) {
          {{
            'projects.mentorLink.mailed'
              | transloco
                : { email: link.mailedTo, date: (link.expiresAt | cqDate: 'date' : timeZone()) }
          }}
        } @else {
          {{
            'projects.mentorLink.sendIt'
              | transloco: { date: (link.expiresAt | cqDate: 'date' : timeZone()) }
          }}
        }
      </p>
    }

    <div class="actions">
      <mat-form-field class="days" subscriptSizing="dynamic">
        <mat-label>{{ 'projects.mentorLink.days' | transloco }}</mat-label>
        <input matInput type="number" min="1" max="365" [formControl]="days" />
        <mat-error><cq-control-errors [control]="days" /></mat-error>
      </mat-form-field>
      <mat-form-field class="language" subscriptSizing="dynamic">
        <mat-label>{{ 'projects.mentorLink.language' | transloco }}</mat-label>
        <mat-select [formControl]="language">
          <mat-option value="fr">{{ 'projects.mentorLink.languageFr' | transloco }}</mat-option>
          <mat-option value="en">{{ 'projects.mentorLink.languageEn' | transloco }}</mat-option>
        </mat-select>
      </mat-form-field>
      <button mat-flat-button type="button" [disabled]="pending()" (click)="issue()">
        <mat-icon>link</mat-icon>
        {{ (status() ? 'projects.mentorLink.renew' : 'projects.mentorLink.create') | transloco }}
      </button>
      @if (status()) {
        <button mat-stroked-button type="button" [disabled]="pending()" (click)="revoke()">
          <mat-icon>link_off</mat-icon>{{ 'projects.mentorLink.revoke' | transloco }}
        </button>
      }
    </div>
  `,
  styles: `
    .issued,
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 12px;
    }
    .url {
      flex: 1 1 280px;
    }
    .days,
    .language {
      width: 180px;
    }
    .hint {
      margin: 4px 0 16px;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class MentorLinkPanelComponent {
  readonly projectId = input.required<string>();
  readonly status = input<MentorLinkStatus | null>(null);
  /** The programme's zone: the dates are shown in it. */
  readonly timeZone = input.required<string>();
  readonly mentorName = input('');
  readonly changed = output<void>();

  private readonly api = inject(ProjectsApiService);
  private readonly messages = inject(ProjectMessagesService);

  protected readonly pending = signal(false);
  protected readonly issued = signal<MentorLink | null>(null);
  protected readonly language = new FormControl<'fr' | 'en'>('fr', { nonNullable: true });
  protected readonly days = new FormControl<number | null>(null, [
    Validators.min(1),
    Validators.max(365),
  ]);

  protected issue(): void {
    if (this.days.invalid) {
      this.days.markAsTouched();
      return;
    }
    this.pending.set(true);
    this.api
      .issueMentorLink(this.projectId(), this.days.value ?? undefined, this.language.value)
      .subscribe({
        next: (link) => {
          this.pending.set(false);
          this.issued.set(link);
          this.changed.emit();
        },
        error: (error: unknown) => {
          this.pending.set(false);
          this.messages.error(error);
        },
      });
  }

  protected revoke(): void {
    this.messages
      .confirm({
        title: 'projects.mentorLink.revokeTitle',
        message: 'projects.mentorLink.revokeMessage',
        confirm: 'projects.mentorLink.revoke',
      })
      .pipe(filter(Boolean))
      .subscribe(() => {
        this.pending.set(true);
        this.api.revokeMentorLink(this.projectId()).subscribe({
          next: () => {
            this.pending.set(false);
            this.issued.set(null);
            this.messages.notify('projects.mentorLink.revoked');
            this.changed.emit();
          },
          error: (error: unknown) => {
            this.pending.set(false);
            this.messages.error(error);
          },
        });
      });
  }

  protected copied(ok: boolean): void {
    this.messages.notify(ok ? 'projects.mentorLink.copied' : 'projects.mentorLink.copyFailed');
  }
}
