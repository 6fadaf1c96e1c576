import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
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
import { type Problem } from '../../core/api/types';
import { applyProblemToForm, type ServerError } from '../../core/forms/problem-form-errors';
import { ControlErrorsComponent } from '../../shared/control-errors.component';
import { ErrorMessagePipe } from '../../shared/error-message.pipe';
import { AuthLayoutComponent } from '../auth-layout.component';

/**
 * "Forgot password": asks for the address, then says a mail is on its way if an account has
 * it. The API answers the same whether or not it does, so this page never knows either.
 */
@Component({
  selector: 'cq-forgot-password-page',
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
    AuthLayoutComponent,
    ControlErrorsComponent,
    ErrorMessagePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './forgot-password.page.html',
  styleUrl: '../auth-card.scss',
})
export class ForgotPasswordPage {
  private readonly api = inject(AuthApiService);

  protected readonly pending = signal(false);
  protected readonly sentTo = signal<string | null>(null);
  protected readonly formErrors = signal<(Problem | ServerError)[]>([]);

  protected readonly form = inject(FormBuilder).nonNullable.group({
    email: ['', [Validators.required, Validators.email]],
  });

  protected submit(): void {
    if (this.pending()) return;
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    this.pending.set(true);
    this.formErrors.set([]);
    const email = this.form.controls.email.value.trim();
    this.api.forgotPassword({ email }).subscribe({
      next: () => {
        this.pending.set(false);
        this.sentTo.set(email);
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

  protected again(): void {
    this.sentTo.set(null);
  }
}
