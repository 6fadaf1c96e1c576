import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { MatTooltipModule } from '@angular/material/tooltip';
import { TranslocoPipe } from '@jsverse/transloco';
import { type Language } from '../api/types';
import { AuthService } from '../auth/auth.service';
import { LanguageService } from './language.service';

interface LanguageOption {
  code: Language;
  /** The language's own name, not translated. */
  name: string;
}

/** Toolbar button "Langue"/"Language" with a menu to switch between French and English. */
@Component({
  selector: 'cq-language-switch',
  imports: [MatButtonModule, MatIconModule, MatMenuModule, MatTooltipModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      mat-icon-button
      type="button"
      data-testid="language-switch"
      [matMenuTriggerFor]="menu"
      [attr.aria-label]="'language.label' | transloco"
      [matTooltip]="'language.label' | transloco"
    >
      <mat-icon>translate</mat-icon>
    </button>
    <mat-menu #menu="matMenu">
      @for (option of options; track option.code) {
        <button
          mat-menu-item
          type="button"
          [attr.lang]="option.code"
          [attr.aria-current]="option.code === language.lang() ? 'true' : null"
          (click)="choose(option.code)"
        >
          <mat-icon>{{ option.code === language.lang() ? 'check' : '' }}</mat-icon>
          <span>{{ option.name }}</span>
        </button>
      }
    </mat-menu>
  `,
})
export class LanguageSwitchComponent {
  protected readonly language = inject(LanguageService);
  private readonly auth = inject(AuthService);

  protected readonly options: readonly LanguageOption[] = [
    { code: 'fr', name: 'Français' },
    { code: 'en', name: 'English' },
  ];

  protected choose(lang: Language): void {
    void this.auth.changeLanguage(lang);
  }
}
