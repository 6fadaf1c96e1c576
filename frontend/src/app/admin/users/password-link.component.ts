import { Clipboard } from '@angular/cdk/clipboard';
import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatTooltipModule } from '@angular/material/tooltip';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * A one-time set-password link, read-only, with a copy button. With `mailedTo`, it says the
 * link was mailed (and where to follow the mail): copying it is then only a fallback.
 */
@Component({
  selector: 'cq-password-link',
  imports: [
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatTooltipModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (mailedTo(); as email) {
      <p class="cq-form-success" role="status" data-testid="invitation-mailed">
        <mat-icon>forward_to_inbox</mat-icon>
        <span>
          {{ 'users.link.mailed' | transloco: { email } }}
          <a routerLink="/admin/mail">{{ 'users.link.toMail' | transloco }}</a>
        </span>
      </p>
      <p>{{ 'users.link.fallback' | transloco: { name: displayName() } }}</p>
    } @else {
      <p>{{ 'users.link.explanation' | transloco: { name: displayName() } }}</p>
    }
    <div class="row">
      <mat-form-field class="field" subscriptSizing="dynamic">
        <mat-label>{{ 'users.link.label' | transloco }}</mat-label>
        <input
          #link
          matInput
          readonly
          data-testid="set-password-url"
          [value]="url()"
          (focus)="link.select()"
        />
      </mat-form-field>
      <button
        mat-icon-button
        type="button"
        [attr.aria-label]="'users.link.copy' | transloco"
        [matTooltip]="'users.link.copy' | transloco"
        (click)="copy()"
      >
        <mat-icon>{{ copied() ? 'check' : 'content_copy' }}</mat-icon>
      </button>
    </div>
    <p class="status" role="status">
      @if (copied()) {
        {{ 'users.link.copied' | transloco }}
      } @else if (copyFailed()) {
        {{ 'users.link.copyFailed' | transloco }}
      }
    </p>
  `,
  styles: `
    .cq-form-success mat-icon {
      flex-shrink: 0;
    }
    .row {
      display: flex;
      align-items: center;
      gap: 8px;
    }
    .field {
      flex: 1;
      min-width: 0;
    }
    .status {
      min-height: 1.5em;
      margin: 4px 0 0;
      font: var(--mat-sys-body-small);
    }
  `,
})
export class PasswordLinkComponent {
  private readonly clipboard = inject(Clipboard);
  readonly url = input.required<string>();
  readonly displayName = input.required<string>();
  /** The address the link was mailed to, if it was. */
  readonly mailedTo = input<string | null>(null);

  protected readonly copied = signal(false);
  protected readonly copyFailed = signal(false);

  protected copy(): void {
    const ok = this.clipboard.copy(this.url());
    this.copied.set(ok);
    this.copyFailed.set(!ok);
  }
}
