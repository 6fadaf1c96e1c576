import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthLayoutComponent } from '../../auth/auth-layout.component';
import { DateFormatPipe } from '../../core/i18n/date-format.pipe';
import { LanguageService } from '../../core/i18n/language.service';
import { detailLoader } from '../../shared/detail-loader';
import { ErrorMessagePipe } from '../../shared/error-message.pipe';
import { DiplomasApiService } from '../diplomas-api.service';

/**
 * /verify/:number?c=<code>: anyone, signed in or not, checks a diploma. The number alone finds
 * nothing (the number space is readable): without the code of the QR link, the page asks for
 * the code printed on the diploma. Valid, revoked (with its date) or unknown; only what the
 * holder agreed to show.
 */
@Component({
  selector: 'cq-verify-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    TranslocoPipe,
    DateFormatPipe,
    ErrorMessagePipe,
    AuthLayoutComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './verify.page.html',
  styleUrl: './verify.page.scss',
})
export class VerifyPage {
  /** Path parameter: the diploma's number. */
  readonly number = input<string | undefined>(undefined);
  /** Query parameter `?c=`: the verification code of the QR link. */
  readonly c = input<string | undefined>(undefined);

  private readonly api = inject(DiplomasApiService);
  private readonly router = inject(Router);
  private readonly language = inject(LanguageService);

  protected readonly asked = computed(() => {
    const number = this.number()?.trim();
    const code = this.c()?.trim();
    return number && code ? { number, code, lang: this.language.lang() } : null;
  });
  protected readonly loader = detailLoader({
    key: () => this.asked(),
    load: ({ number, code, lang }) => this.api.verify(number, code, lang),
    sameRecord: (a, b) => a.number === b.number && a.code === b.code,
  });

  protected readonly form = new FormGroup({
    number: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    code: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });

  constructor() {
    // The form shows what the link named, so that a wrong code can be corrected.
    effect(() => {
      this.form.patchValue({ number: this.number() ?? '', code: this.c() ?? '' });
    });
  }

  protected submit(): void {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const { number, code } = this.form.getRawValue();
    void this.router.navigate(['/verify', number.trim().toUpperCase()], {
      queryParams: { c: code.trim() },
    });
  }

  protected again(): void {
    this.form.reset();
    void this.router.navigate(['/verify']);
  }
}
