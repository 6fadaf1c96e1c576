import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthService } from '../core/auth/auth.service';
import { homeFor } from '../core/auth/role-home';

/** The layout shared by the 403 and 404 pages. */
@Component({
  selector: 'cq-error-page',
  imports: [MatButtonModule, MatIconModule, RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="cq-page error">
      <mat-icon class="icon">{{ icon() }}</mat-icon>
      <p class="status">{{ status() }}</p>
      <h1>{{ titleKey() | transloco }}</h1>
      <p>{{ messageKey() | transloco }}</p>
      <a mat-flat-button [routerLink]="homeLink()">
        {{ (auth.signedIn() ? 'errors.backHome' : 'errors.toSignIn') | transloco }}
      </a>
    </section>
  `,
  styles: `
    .error {
      text-align: center;
      padding-top: 48px;
    }
    .icon {
      font-size: 64px;
      width: 64px;
      height: 64px;
      color: var(--mat-sys-primary);
    }
    .status {
      font: var(--mat-sys-display-small);
      margin: 8px 0;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class ErrorPageComponent {
  protected readonly auth = inject(AuthService);
  readonly status = input.required<number>();
  readonly icon = input.required<string>();
  readonly titleKey = input.required<string>();
  readonly messageKey = input.required<string>();

  protected readonly homeLink = computed(() => {
    const role = this.auth.role();
    return role ? homeFor(role) : '/sign-in';
  });
}
