import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthApiService } from '../../core/api/auth-api.service';
import { toProblem } from '../../core/api/problem';
import { type Problem } from '../../core/api/types';
import { AuthService } from '../../core/auth/auth.service';
import { ErrorMessagePipe } from '../../shared/error-message.pipe';
import { AuthLayoutComponent } from '../auth-layout.component';

type State =
  | { kind: 'ready' }
  | { kind: 'pending' }
  | { kind: 'done'; email: string }
  | { kind: 'invalid' }
  | { kind: 'error'; problem: Problem };

/**
 * The page of the link mailed to a new address. The change takes a click (a mail scanner
 * that opens the link changes nothing), then the address is the account's.
 */
@Component({
  selector: 'cq-confirm-email-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    MatProgressBarModule,
    TranslocoPipe,
    AuthLayoutComponent,
    ErrorMessagePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './confirm-email.page.html',
  styleUrl: '../auth-card.scss',
})
export class ConfirmEmailPage {
  private readonly api = inject(AuthApiService);
  protected readonly auth = inject(AuthService);

  /** From the query string `?token=…`. */
  readonly token = input<string>();

  protected readonly state = signal<State>({ kind: 'ready' });

  protected confirm(): void {
    const token = this.token();
    if (!token) {
      this.state.set({ kind: 'invalid' });
      return;
    }
    if (this.state().kind === 'pending') return;
    this.state.set({ kind: 'pending' });
    this.api.confirmEmailChange(token).subscribe({
      next: ({ email }) => {
        this.state.set({ kind: 'done', email });
        if (this.auth.signedIn()) void this.auth.load();
      },
      error: (error: unknown) => {
        const problem = toProblem(error);
        this.state.set(
          problem.code === 'auth.email_change_invalid' || problem.status === 410
            ? { kind: 'invalid' }
            : { kind: 'error', problem },
        );
      },
    });
  }
}
