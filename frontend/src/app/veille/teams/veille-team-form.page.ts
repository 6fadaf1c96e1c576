import { HttpClient } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { toProblem } from '../../core/api/problem';
import { type components } from '../../core/api/schema';
import { type Problem, type VeilleCohortOverview } from '../../core/api/types';
import { VeilleApiService } from '../../core/api/veille-api.service';
import { AuthService } from '../../core/auth/auth.service';
import { ErrorMessagePipe } from '../../shared/error-message.pipe';
import { type Member, setMember, toggleMember } from './team-members';

type Team = components['schemas']['VeilleTeamDto'];

/**
 * Forming a watch team (`teams/new?cohort=`) or changing one (`teams/:id/edit`): its name,
 * why it watches together, and its members, each with a specialty among the cohort's topics.
 */
@Component({
  selector: 'cq-veille-team-form-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslocoPipe,
    ErrorMessagePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './veille-team-form.page.html',
  styleUrls: ['../../shared/form-page.scss', './veille-team.page.scss'],
})
export class VeilleTeamFormPage {
  readonly id = input<string>();
  readonly cohort = input<string>();

  private readonly http = inject(HttpClient);
  private readonly api = inject(VeilleApiService);
  private readonly router = inject(Router);
  private readonly auth = inject(AuthService);

  protected readonly overview = signal<VeilleCohortOverview | null>(null);
  protected readonly members = signal<Member[]>([]);
  protected readonly saving = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly name = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.maxLength(80)],
  });
  protected readonly description = new FormControl('', {
    nonNullable: true,
    validators: [Validators.maxLength(1000)],
  });
  protected readonly topics = computed(() =>
    (this.overview()?.topics ?? []).filter((t) => !t.archived),
  );
  protected readonly chosen = computed(() => new Map(this.members().map((m) => [m.studentId, m])));

  constructor() {
    effect(() => {
      const id = this.id();
      if (id) {
        this.http.get<Team>(`/api/veille/teams/${encodeURIComponent(id)}`).subscribe({
          next: (t) => {
            this.name.setValue(t.name);
            this.description.setValue(t.description);
            this.members.set(
              t.members.map((m) => ({
                studentId: m.student.id,
                specialtyTopicId: m.specialty?.id ?? null,
              })),
            );
            this.load(t.cohortId);
          },
          error: (e: unknown) => this.problem.set(toProblem(e)),
        });
      } else {
        const cohort = this.cohort();
        if (cohort) this.load(cohort);
        else this.api.cohorts().subscribe((list) => list[0] && this.load(list[0].id));
        const me = this.auth.me();
        if (me?.role === 'student')
          this.members.set([{ studentId: me.id, specialtyTopicId: null }]);
      }
    });
  }

  private load(cohortId: string): void {
    this.api.overview(cohortId).subscribe({
      next: (o) => this.overview.set(o),
      error: (e: unknown) => this.problem.set(toProblem(e)),
    });
  }

  protected toggle(studentId: string, on: boolean): void {
    this.members.update((list) => toggleMember(list, studentId, on));
  }

  protected specialty(studentId: string, topicId: string | null): void {
    this.members.update((list) => setMember(list, studentId, topicId));
  }

  protected back(): string {
    return this.router.url.split('?')[0].replace(/\/teams\/.*$/, '');
  }

  protected save(): void {
    const overview = this.overview();
    if (!overview || this.saving()) return;
    this.name.markAsTouched();
    if (this.name.invalid || this.description.invalid) return;
    this.saving.set(true);
    this.problem.set(null);
    const body = {
      name: this.name.value.trim(),
      description: this.description.value.trim(),
      members: this.members(),
    };
    const id = this.id();
    const request = id
      ? this.http.patch<Team>(`/api/veille/teams/${encodeURIComponent(id)}`, body)
      : this.http.post<Team>(
          `/api/veille/cohorts/${encodeURIComponent(overview.cohort.id)}/teams`,
          body,
        );
    request.subscribe({
      next: (t) => void this.router.navigate([this.back(), 'teams', t.id]),
      error: (e: unknown) => {
        this.saving.set(false);
        this.problem.set(toProblem(e));
      },
    });
  }
}
