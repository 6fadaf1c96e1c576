import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { toProblem } from '../../core/api/problem';
import { type components } from '../../core/api/schema';
import { type Problem } from '../../core/api/types';
import { ErrorMessagePipe } from '../../shared/error-message.pipe';
import { FeedbackService } from '../../shared/feedback.service';

type Profile = components['schemas']['VeilleProfileDto'];

/** The name shown under the viewer's posts on public pages and feeds (empty: the default). */
@Component({
  selector: 'cq-veille-public-name',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslocoPipe,
    ErrorMessagePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="inline" (submit)="$event.preventDefault(); save()">
      <mat-form-field appearance="outline">
        <mat-label>{{ 'veille.share.publicName' | transloco }}</mat-label>
        <input
          matInput
          [formControl]="name"
          maxlength="80"
          [placeholder]="profile()?.defaultName ?? ''"
        />
        <mat-hint>{{
          'veille.share.publicNameHint' | transloco: { name: profile()?.defaultName ?? '' }
        }}</mat-hint>
      </mat-form-field>
      <button mat-stroked-button type="submit" [disabled]="saving()">
        {{ 'veille.form.save' | transloco }}
      </button>
    </form>
    @if (problem(); as p) {
      <p class="error" role="alert">{{ p | cqErrorMessage: 'veille' }}</p>
    }
  `,
  styles: `
    .inline {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 8px 16px;
      mat-form-field {
        flex: 1 1 240px;
      }
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
})
export class VeillePublicNameComponent {
  private readonly http = inject(HttpClient);
  private readonly feedback = inject(FeedbackService);
  protected readonly profile = signal<Profile | null>(null);
  protected readonly saving = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly name = new FormControl('', {
    nonNullable: true,
    validators: [Validators.maxLength(80)],
  });

  constructor() {
    this.http.get<Profile>('/api/veille/profile').subscribe({
      next: (p) => {
        this.profile.set(p);
        this.name.setValue(p.publicName ?? '');
      },
      error: (e: unknown) => this.problem.set(toProblem(e)),
    });
  }

  protected save(): void {
    if (this.name.invalid) return;
    this.saving.set(true);
    this.problem.set(null);
    const publicName = this.name.value.trim() || null;
    this.http.put<Profile>('/api/veille/profile', { publicName }).subscribe({
      next: (p) => {
        this.saving.set(false);
        this.profile.set(p);
        this.feedback.notify('veille.share.publicNameSaved');
      },
      error: (e: unknown) => {
        this.saving.set(false);
        this.problem.set(toProblem(e));
      },
    });
  }
}
