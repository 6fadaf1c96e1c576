import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { toProblem } from '../../core/api/problem';
import { type Problem } from '../../core/api/types';
import { AuthService } from '../../core/auth/auth.service';
import { homeFor, safeReturnUrl } from '../../core/auth/role-home';
import { applyProblemToForm, type ServerError } from '../../core/forms/problem-form-errors';
import { ControlErrorsComponent } from '../../shared/control-errors.component';
import { ErrorMessagePipe } from '../../shared/error-message.pipe';
import { AuthLayoutComponent } from '../auth-layout.component';

@Component({
  selector: 'cq-sign-in-page',
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
  templateUrl: './sign-in.page.html',
  styleUrl: '../auth-card.scss',
})
export class SignInPage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);

  /** From the query string: where to go after signing in. */
  readonly returnUrl = input<string>();
  /** From the query string: set after a password was set. */
  readonly passwordSet = input<string>();

  protected readonly pending = signal(false);
  protected readonly formErrors = signal<(Problem | ServerError)[]>([]);

  protected readonly form = inject(FormBuilder).nonNullable.group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', [Validators.required]],
  });

  protected submit(): void {
    if (this.pending()) return;
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    this.pending.set(true);
    this.formErrors.set([]);
    this.auth.signIn(this.form.getRawValue()).subscribe({
      next: (me) => {
        this.pending.set(false);
        void this.router.navigateByUrl(safeReturnUrl(this.returnUrl()) ?? homeFor(me.role));
      },
      error: (error: unknown) => {
        this.pending.set(false);
        const problem = toProblem(error);
        // Throttling, bad credentials and network errors concern the whole form.
        this.formErrors.set(
          problem.errors?.length ? applyProblemToForm(this.form, problem) : [problem],
        );
      },
    });
  }
}
