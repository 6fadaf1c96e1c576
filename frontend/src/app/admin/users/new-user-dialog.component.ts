import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { UsersApiService } from '../../core/api/users-api.service';
import { toProblem } from '../../core/api/problem';
import {
  type CreateUserResponse,
  type Language,
  type Problem,
  type Role,
} from '../../core/api/types';
import { applyProblemToForm, type ServerError } from '../../core/forms/problem-form-errors';
import { LanguageService } from '../../core/i18n/language.service';
import { ControlErrorsComponent } from '../../shared/control-errors.component';
import { ErrorMessagePipe } from '../../shared/error-message.pipe';
import { PasswordLinkComponent } from './password-link.component';

/** Problems without field errors that still concern one field. */
const CODE_TO_FIELD: Readonly<Record<string, string>> = { 'user.email_taken': 'email' };

/**
 * Creates a user; then shows the one-time set-password link. Closes with the created user
 * (or nothing when cancelled).
 */
@Component({
  selector: 'cq-new-user-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslocoPipe,
    ControlErrorsComponent,
    ErrorMessagePipe,
    PasswordLinkComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './new-user-dialog.component.html',
  styles: `
    form {
      display: flex;
      flex-direction: column;
      gap: 4px;
      padding-top: 8px;
    }
  `,
})
export class NewUserDialogComponent {
  private readonly api = inject(UsersApiService);
  private readonly dialogRef =
    inject<MatDialogRef<NewUserDialogComponent, CreateUserResponse>>(MatDialogRef);

  protected readonly roles: readonly Role[] = ['student', 'instructor', 'admin'];
  protected readonly languages: readonly Language[] = ['fr', 'en'];
  protected readonly pending = signal(false);
  protected readonly formErrors = signal<(Problem | ServerError)[]>([]);
  protected readonly created = signal<CreateUserResponse | null>(null);

  protected readonly form = inject(FormBuilder).nonNullable.group({
    email: ['', [Validators.required, Validators.email, Validators.maxLength(254)]],
    displayName: ['', [Validators.required, Validators.maxLength(200)]],
    role: ['student' as Role, [Validators.required]],
    preferredLanguage: [inject(LanguageService).lang(), [Validators.required]],
  });

  protected submit(): void {
    if (this.pending()) return;
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    this.pending.set(true);
    this.formErrors.set([]);
    const value = this.form.getRawValue();
    this.api
      .create({ ...value, email: value.email.trim(), displayName: value.displayName.trim() })
      .subscribe({
        next: (response) => {
          this.pending.set(false);
          this.created.set(response);
        },
        error: (error: unknown) => {
          this.pending.set(false);
          this.formErrors.set(applyProblemToForm(this.form, toProblem(error), CODE_TO_FIELD));
        },
      });
  }

  protected close(): void {
    this.dialogRef.close(this.created() ?? undefined);
  }
}
