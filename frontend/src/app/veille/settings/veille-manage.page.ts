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
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { type Observable } from 'rxjs';
import { toProblem } from '../../core/api/problem';
import { type components } from '../../core/api/schema';
import { type Problem } from '../../core/api/types';
import { VeilleApiService } from '../../core/api/veille-api.service';
import { detailLoader } from '../../shared/detail-loader';
import { ErrorMessagePipe } from '../../shared/error-message.pipe';
import { FeedbackService } from '../../shared/feedback.service';
import { LoadFailureComponent } from '../../shared/load-failure.component';

type Settings = components['schemas']['VeilleSettingsDto'];
type Topic = components['schemas']['VeilleTopicDto'];

/**
 * Instructors: the cohort's veille settings (minimum commentary, weekly digest, the public
 * page and feeds with their addresses) and its topics (add, reorder, archive, delete unused).
 */
@Component({
  selector: 'cq-veille-manage-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSlideToggleModule,
    TranslocoPipe,
    ErrorMessagePipe,
    LoadFailureComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './veille-manage.page.html',
  styleUrl: './veille-manage.page.scss',
})
export class VeilleManagePage {
  readonly cohortId = input.required<string>();

  private readonly api = inject(VeilleApiService);
  private readonly http = inject(HttpClient);
  private readonly feedback = inject(FeedbackService);

  protected readonly loader = detailLoader({
    key: () => this.cohortId(),
    load: (id) => this.api.overview(id),
  });
  protected readonly settings = signal<Settings | null>(null);
  protected readonly current = computed(
    () => this.settings() ?? this.loader.value()?.settings ?? null,
  );
  protected readonly topicList = signal<Topic[] | null>(null);
  protected readonly topics = computed(() => this.topicList() ?? this.loader.value()?.topics ?? []);
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly minChars = new FormControl<number | null>(null, [
    Validators.required,
    Validators.min(0),
    Validators.max(5000),
  ]);
  protected readonly newTopic = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.maxLength(60)],
  });
  protected readonly origin = location.origin;

  constructor() {
    effect(() => {
      const s = this.current();
      if (s && this.minChars.value === null) this.minChars.setValue(s.minCommentaryChars);
    });
  }

  private base(): string {
    return `/api/veille/cohorts/${encodeURIComponent(this.cohortId())}`;
  }

  private run<T>(request: Observable<T>, done: (value: T) => void): void {
    this.busy.set(true);
    this.problem.set(null);
    request.subscribe({
      next: (v) => {
        this.busy.set(false);
        done(v);
      },
      error: (e: unknown) => {
        this.busy.set(false);
        this.problem.set(toProblem(e));
      },
    });
  }

  protected save(change: Partial<Settings>): void {
    this.run(this.http.patch<Settings>(`${this.base()}/settings`, change), (s) => {
      this.settings.set(s);
      this.feedback.notify('veille.settings.saved');
    });
  }

  protected saveMin(): void {
    if (this.minChars.invalid || this.minChars.value === null) return;
    this.save({ minCommentaryChars: this.minChars.value });
  }

  protected addTopic(): void {
    if (this.newTopic.invalid) return;
    this.run(
      this.http.post<Topic>(`${this.base()}/topics`, { name: this.newTopic.value.trim() }),
      (t) => {
        this.topicList.set([...this.topics(), t]);
        this.newTopic.reset();
      },
    );
  }

  protected archive(topic: Topic, archived: boolean): void {
    this.run(this.http.patch<Topic>(`/api/veille/topics/${topic.id}`, { archived }), (t) =>
      this.topicList.set(this.topics().map((x) => (x.id === t.id ? t : x))),
    );
  }

  /** Swaps a topic with its neighbour (the keyboard's way to reorder). */
  protected move(index: number, delta: -1 | 1): void {
    const list = [...this.topics()];
    const other = index + delta;
    if (other < 0 || other >= list.length) return;
    [list[index], list[other]] = [list[other], list[index]];
    const renumbered = list.map((t, position) => ({ ...t, position }));
    this.topicList.set(renumbered);
    for (const t of [renumbered[index], renumbered[other]]) {
      this.run(
        this.http.patch<Topic>(`/api/veille/topics/${t.id}`, { position: t.position }),
        () => undefined,
      );
    }
  }

  protected remove(topic: Topic): void {
    this.run(this.http.delete<void>(`/api/veille/topics/${topic.id}`), () =>
      this.topicList.set(this.topics().filter((x) => x.id !== topic.id)),
    );
  }
}
