import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { catchError, map, of, startWith, switchMap } from 'rxjs';
import { AuthApiService } from '../../core/api/auth-api.service';
import { toProblem } from '../../core/api/problem';
import { type PasswordTokenInfo, type Problem } from '../../core/api/types';
import { applyProblemToForm, type ServerError } from '../../core/forms/problem-form-errors';
import { ControlErrorsComponent } from '../../shared/control-errors.component';
import { ErrorMessagePipe } from '../../shared/error-message.pipe';
import { AuthLayoutComponent } from '../auth-layout.component';
import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  matchesControl,
} from './passwords-match.validator';

const TOKEN_INVALID = 'auth.password_token_invalid';

type TokenState =
  | { kind: 'loading' }
  | { kind: 'ready'; info: PasswordTokenInfo }
  | { kind: 'invalid' }
  | { kind: 'error'; problem: Problem };

function isTokenInvalid(problem: Problem): boolean {
  return problem.code === TOKEN_INVALID || problem.status === 410 || problem.status === 404;
}

@Component({
  selector: 'cq-set-password-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatProgressSpinnerModule,
    TranslocoPipe,
    AuthLayoutComponent,
    ControlErrorsComponent,
    ErrorMessagePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './set-password.page.html',
  styleUrl: '../auth-card.scss',
})
export class SetPasswordPage {
  private readonly api = inject(AuthApiService);
  private readonly router = inject(Router);

  /** From the query string `?token=…`. */
  readonly token = input<string>();
  /** From the route's data: `reset` on /reset-password (forgot password), else a new account. */
  readonly mode = input<'invitation' | 'reset'>('invitation');

  protected readonly minLength = PASSWORD_MIN_LENGTH;
  protected readonly tokenState = signal<TokenState>({ kind: 'loading' });
  protected readonly pending = signal(false);
  protected readonly formErrors = signal<(Problem | ServerError)[]>([]);
  protected readonly info = computed(() => {
    const state = this.tokenState();
    return state.kind === 'ready' ? state.info : null;
  });
  protected readonly reset = computed(() => (this.info()?.purpose ?? this.mode()) === 'reset');

  protected readonly form = inject(FormBuilder).nonNullable.group({
    password: [
      '',
      [
        Validators.required,
        Validators.minLength(PASSWORD_MIN_LENGTH),
        Validators.maxLength(PASSWORD_MAX_LENGTH),
      ],
    ],
    confirm: ['', [Validators.required, matchesControl('password')]],
  });

  constructor() {
    toObservable(this.token)
      .pipe(
        switchMap((token) =>
          token
            ? this.api.getPasswordToken(token).pipe(
                map((info): TokenState => ({ kind: 'ready', info })),
                catchError((error: unknown) => {
                  const problem = toProblem(error);
                  return of<TokenState>(
                    isTokenInvalid(problem) ? { kind: 'invalid' } : { kind: 'error', problem },
                  );
                }),
                startWith<TokenState>({ kind: 'loading' }),
              )
            : of<TokenState>({ kind: 'invalid' }),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((state) => this.tokenState.set(state));

    // Re-check the confirmation when the password changes.
    this.form.controls.password.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.form.controls.confirm.updateValueAndValidity({ emitEvent: false }));
  }

  protected submit(): void {
    const token = this.token();
    if (this.pending() || !token) return;
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    this.pending.set(true);
    this.formErrors.set([]);
    this.api.setPassword({ token, password: this.form.controls.password.value }).subscribe({
      next: () => {
        this.pending.set(false);
        void this.router.navigate(['/sign-in'], { queryParams: { passwordSet: 1 } });
      },
      error: (error: unknown) => {
        this.pending.set(false);
        const problem = toProblem(error);
        if (isTokenInvalid(problem)) {
          this.tokenState.set({ kind: 'invalid' });
          return;
        }
        this.formErrors.set(applyProblemToForm(this.form, problem));
      },
    });
  }
}
