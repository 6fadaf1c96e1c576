import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { type Me } from '../core/api/types';

/**
 * The head of a home page: the page's title, the user's name, and one line that sums up what
 * waits for them (given by the page, already translated).
 */
@Component({
  selector: 'cq-welcome-card',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="welcome" data-testid="welcome-card">
      <h1>{{ 'home.welcome' | transloco: { name: me().displayName } }}</h1>
      <p class="summary">{{ summary() }}</p>
    </div>
  `,
  styles: `
    .welcome {
      margin-bottom: 20px;
    }
    h1 {
      margin: 0 0 4px;
      font: var(--mat-sys-headline-medium);
    }
    .summary {
      margin: 0;
      font: var(--mat-sys-body-large);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class WelcomeCardComponent {
  readonly me = input.required<Me>();
  readonly summary = input('');
}
