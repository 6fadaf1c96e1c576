import { ChangeDetectionStrategy, Component, inject, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormBuilder, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthApiService } from '../../core/api/auth-api.service';
import { toProblem } from '../../core/api/problem';
import { type EmailChangeStatus, type Problem } from '../../core/api/types';
import { AuthService } from '../../core/auth/auth.service';
import { applyProblemToForm, type ServerError } from '../../core/forms/problem-form-errors';
import { ControlErrorsComponent } from '../../shared/control-errors.component';
import { ErrorMessagePipe } from '../../shared/error-message.pipe';
import { DateFormatPipe } from '../../core/i18n/date-format.pipe';

/**
 * The signed-in user's own account: who they are, and a change of e-mail address, which
 * happens only once the link mailed to the new address is followed.
 */
@Component({
  selector: 'cq-account-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    TranslocoPipe,
    ControlErrorsComponent,
    ErrorMessagePipe,
    DateFormatPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './account.page.html',
  styleUrl: './account.page.scss',
})
export class AccountPage {
  private readonly api = inject(AuthApiService);
  protected readonly auth = inject(AuthService);

  protected readonly status = signal<EmailChangeStatus | null>(null);
  protected readonly loadError = signal<Problem | null>(null);
  protected readonly pending = signal(false);
  protected readonly asked = signal(false);
  protected readonly formErrors = signal<(Problem | ServerError)[]>([]);

  private readonly formDirective = viewChild(FormGroupDirective);

  protected readonly form = inject(FormBuilder).nonNullable.group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', [Validators.required]],
  });

  constructor() {
    this.api
      .getEmailChange()
      .pipe(takeUntilDestroyed())
      .subscribe({
        next: (status) => this.status.set(status),
        error: (error: unknown) => this.loadError.set(toProblem(error)),
      });
  }

  protected submit(): void {
    if (this.pending()) return;
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    this.pending.set(true);
    this.formErrors.set([]);
    this.asked.set(false);
    const { email, password } = this.form.getRawValue();
    this.api.requestEmailChange({ email: email.trim(), password }).subscribe({
      next: (status) => {
        this.pending.set(false);
        this.status.set(status);
        this.asked.set(true);
        // Resets the submitted state too, so the emptied fields do not show as errors.
        this.formDirective()?.resetForm();
      },
      error: (error: unknown) => {
        this.pending.set(false);
        const problem = toProblem(error);
        this.formErrors.set(
          problem.errors?.length ? applyProblemToForm(this.form, problem) : [problem],
        );
      },
    });
  }
}
