import { ChangeDetectionStrategy, Component } from '@angular/core';
import { LanguageSwitchComponent } from '../core/i18n/language-switch.component';

/** The frame of the pages used before signing in: brand, language switch, a centred card. */
@Component({
  selector: 'cq-auth-layout',
  imports: [LanguageSwitchComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="top">
      <span class="brand">Clique</span>
      <cq-language-switch />
    </header>
    <main id="main" tabindex="-1" class="content">
      <ng-content />
    </main>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      flex: 1;
      min-height: 100%;
    }
    .top {
      display: flex;
      align-items: center;
      justify-content: space-between;
      padding: 8px 8px 8px 16px;
    }
    .brand {
      font: var(--mat-sys-title-large);
    }
    .content {
      flex: 1;
      display: flex;
      justify-content: center;
      align-items: flex-start;
      padding: 16px 12px 48px;
      outline: none;
    }
  `,
})
export class AuthLayoutComponent {}
