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
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { filter } from 'rxjs';
import { toProblem } from '../../core/api/problem';
import { type components } from '../../core/api/schema';
import { type Problem, type VeillePost } from '../../core/api/types';
import { VeilleApiService } from '../../core/api/veille-api.service';
import { DateFormatPipe } from '../../core/i18n/date-format.pipe';
import { detailLoader } from '../../shared/detail-loader';
import { ErrorMessagePipe } from '../../shared/error-message.pipe';
import { FeedbackService } from '../../shared/feedback.service';
import { LoadFailureComponent } from '../../shared/load-failure.component';

type Team = components['schemas']['VeilleTeamDto'];

/** A watch team: its members and specialties, its posts, and its public feed. */
@Component({
  selector: 'cq-veille-team-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    MatSlideToggleModule,
    TranslocoPipe,
    DateFormatPipe,
    ErrorMessagePipe,
    LoadFailureComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './veille-team.page.html',
  styleUrl: './veille-team.page.scss',
})
export class VeilleTeamPage {
  readonly id = input.required<string>();

  private readonly http = inject(HttpClient);
  private readonly api = inject(VeilleApiService);
  private readonly feedback = inject(FeedbackService);
  private readonly router = inject(Router);

  protected readonly loader = detailLoader({
    key: () => this.id(),
    load: (id) => this.http.get<Team>(`/api/veille/teams/${encodeURIComponent(id)}`),
  });
  private readonly changed = signal<Team | null>(null);
  protected readonly team = computed(() => {
    const t = this.changed();
    return t && t.id === this.id() ? t : this.loader.value();
  });
  protected readonly posts = signal<VeillePost[]>([]);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly busy = signal(false);
  protected readonly origin = location.origin;

  constructor() {
    effect(() => {
      const t = this.loader.value();
      if (!t) return;
      this.api.feed(t.cohortId, { page: 1, size: 50, teamId: t.id }).subscribe({
        next: (page) => this.posts.set(page.items),
        error: (e: unknown) => this.problem.set(toProblem(e)),
      });
    });
  }

  protected feedUrl(): string {
    return this.router.url.replace(/\/teams\/.*$/, '');
  }

  protected publish(on: boolean): void {
    this.busy.set(true);
    this.http
      .put<Team>(`/api/veille/teams/${encodeURIComponent(this.id())}/publication`, {
        publicFeed: on,
      })
      .subscribe({
        next: (t) => {
          this.busy.set(false);
          this.changed.set(t);
        },
        error: (e: unknown) => {
          this.busy.set(false);
          this.problem.set(toProblem(e));
        },
      });
  }

  protected remove(): void {
    this.feedback
      .confirm({
        title: 'veille.teams.deleteTitle',
        message: 'veille.teams.deleteMessage',
        confirm: 'veille.post.delete',
      })
      .pipe(filter(Boolean))
      .subscribe(() =>
        this.http.delete<void>(`/api/veille/teams/${encodeURIComponent(this.id())}`).subscribe({
          next: () => {
            this.feedback.notify('veille.teams.deleted');
            void this.router.navigateByUrl(this.feedUrl());
          },
          error: (e: unknown) => this.problem.set(toProblem(e)),
        }),
      );
  }
}
