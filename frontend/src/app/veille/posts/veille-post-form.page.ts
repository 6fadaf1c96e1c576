import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  debounceTime,
  distinctUntilChanged,
  of,
  switchMap,
  catchError,
  map,
  startWith,
} from 'rxjs';
import { toProblem } from '../../core/api/problem';
import {
  type Problem,
  type VeilleCohortOverview,
  type VeilleLivePreview,
  type VeillePostDetail,
} from '../../core/api/types';
import { VeilleApiService } from '../../core/api/veille-api.service';
import { applyProblemToForm } from '../../core/forms/problem-form-errors';
import { ErrorMessagePipe } from '../../shared/error-message.pipe';
import { VeillePreviewCardComponent } from './preview-card.component';
import { isWebUrl, sharedUrl } from './share-url';

type PreviewState =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'ready'; value: VeilleLivePreview }
  | { kind: 'error'; problem: Problem };

/**
 * Sharing a link (or, for instructors, asking the class a question), and editing one's post.
 * A share target or the bookmarklet opens it with `?url=` (or `?text=`) filled in; the page's
 * card appears as soon as the address is typed, and a page already shared in the cohort leads
 * to that post instead.
 */
@Component({
  selector: 'cq-veille-post-form-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSlideToggleModule,
    TranslocoPipe,
    ErrorMessagePipe,
    VeillePreviewCardComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './veille-post-form.page.html',
  styleUrls: ['../../shared/form-page.scss', './veille-post-form.page.scss'],
})
export class VeillePostFormPage {
  /** Edit mode: the post. */
  readonly id = input<string>();
  readonly url = input<string>();
  readonly text = input<string>();
  readonly title = input<string>();
  readonly kind = input<string>();
  readonly cohort = input<string>();

  private readonly api = inject(VeilleApiService);
  private readonly router = inject(Router);
  private readonly destroyRef = inject(DestroyRef);
  private readonly fb = inject(FormBuilder);

  protected readonly overview = signal<VeilleCohortOverview | null>(null);
  protected readonly editing = signal<VeillePostDetail | null>(null);
  protected readonly loadProblem = signal<Problem | null>(null);
  protected readonly saving = signal(false);
  protected readonly saveProblem = signal<Problem | null>(null);
  protected readonly duplicateOf = signal<string | null>(null);
  protected readonly preview = signal<PreviewState>({ kind: 'idle' });

  protected readonly form = this.fb.nonNullable.group({
    url: [''],
    title: ['', [Validators.maxLength(300)]],
    commentary: ['', [Validators.required, Validators.maxLength(10_000)]],
    quote: ['', [Validators.maxLength(2000)]],
    topicIds: this.fb.nonNullable.control<string[]>([]),
    forTeam: [false],
    public: [true],
  });

  protected readonly isQuestion = computed(
    () => this.kind() === 'question' || this.editing()?.kind === 'question',
  );
  protected readonly minChars = computed(() =>
    this.isQuestion() ? 0 : (this.overview()?.settings.minCommentaryChars ?? 0),
  );
  private readonly commentary = toSignal(
    this.form.controls.commentary.valueChanges.pipe(startWith('')),
    {
      initialValue: '',
    },
  );
  protected readonly length = computed(() => [...this.commentary()].length);
  protected readonly longEnough = computed(() => this.length() >= this.minChars());
  private readonly topics = toSignal(this.form.controls.topicIds.valueChanges, {
    initialValue: [] as string[],
  });
  protected readonly topicCount = computed(() => this.topics().length);
  protected readonly teamName = computed(() => {
    const o = this.overview();
    return o?.teams.find((t) => t.id === o.me.teamId)?.name ?? '';
  });
  protected readonly activeTopics = computed(() =>
    (this.overview()?.topics ?? []).filter((t) => !t.archived),
  );

  constructor() {
    // The cohort: the one asked for, the post's, else the viewer's first.
    effect(() => {
      const id = this.id();
      const cohort = this.cohort();
      if (id) {
        this.api.get(id).subscribe({
          next: (post) => {
            this.editing.set(post);
            this.form.patchValue({
              url: post.url ?? '',
              title:
                post.kind === 'question' ||
                (post.title !== post.preview.title && post.title !== post.url)
                  ? post.title
                  : '',
              commentary: post.commentary,
              quote: post.quote ?? '',
              topicIds: post.topics.map((t) => t.id),
              public: post.public,
            });
            this.form.controls.url.disable();
            this.loadOverview(post.cohortId);
          },
          error: (e: unknown) => this.loadProblem.set(toProblem(e)),
        });
        return;
      }
      if (cohort) this.loadOverview(cohort);
      else
        this.api.cohorts().subscribe({
          next: (list) => (list[0] ? this.loadOverview(list[0].id) : this.loadProblem.set(null)),
          error: (e: unknown) => this.loadProblem.set(toProblem(e)),
        });
    });
    effect(() => {
      const shared = sharedUrl(this.url(), this.text());
      if (shared && !this.id()) this.form.controls.url.setValue(shared);
      const title = this.title();
      if (title && !this.id() && this.kind() === 'question')
        this.form.controls.title.setValue(title);
    });
    // The live preview, a moment after the address stops changing.
    this.form.controls.url.valueChanges
      .pipe(
        map((v) => ({ url: v.trim(), cohortId: this.overview()?.cohort.id })),
        debounceTime(600),
        distinctUntilChanged((a, b) => a.url === b.url && a.cohortId === b.cohortId),
        switchMap(({ url, cohortId }) => {
          if (!cohortId || !isWebUrl(url) || this.id()) return of<PreviewState>({ kind: 'idle' });
          this.preview.set({ kind: 'loading' });
          return this.api.livePreview(cohortId, url).pipe(
            map((value): PreviewState => ({ kind: 'ready', value })),
            catchError((e: unknown) => of<PreviewState>({ kind: 'error', problem: toProblem(e) })),
          );
        }),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((state) => {
        this.preview.set(state);
        this.duplicateOf.set(state.kind === 'ready' ? state.value.existingPostId : null);
      });
  }

  private loadOverview(cohortId: string): void {
    this.api.overview(cohortId).subscribe({
      next: (o) => {
        this.overview.set(o);
        // A URL filled in before the cohort was known: ask for its preview now.
        this.form.controls.url.updateValueAndValidity();
        if (o.me.teamId) this.form.controls.forTeam.setValue(true);
      },
      error: (e: unknown) => this.loadProblem.set(toProblem(e)),
    });
  }

  protected toggleTopic(id: string, on: boolean): void {
    const current = this.form.controls.topicIds.value;
    this.form.controls.topicIds.setValue(on ? [...current, id] : current.filter((t) => t !== id));
  }

  protected submit(): void {
    const overview = this.overview();
    if (!overview || this.saving()) return;
    this.form.markAllAsTouched();
    if (this.form.invalid || !this.longEnough() || this.duplicateOf()) return;
    const v = this.form.getRawValue();
    this.saving.set(true);
    this.saveProblem.set(null);
    const editing = this.editing();
    const request = editing
      ? this.api.update(editing.id, {
          title: v.title,
          commentary: v.commentary,
          quote: v.quote || null,
          topicIds: v.topicIds,
          public: v.public,
        })
      : this.api.create(overview.cohort.id, {
          kind: this.isQuestion() ? 'question' : 'link',
          ...(this.isQuestion() ? {} : { url: v.url }),
          ...(v.title ? { title: v.title } : {}),
          commentary: v.commentary,
          quote: v.quote || null,
          topicIds: v.topicIds,
          teamId: v.forTeam && overview.me.teamId ? overview.me.teamId : null,
          public: v.public,
        });
    request.subscribe({
      next: (post) => void this.router.navigate([this.postsBase(), post.id]),
      error: (e: unknown) => {
        this.saving.set(false);
        const problem = toProblem(e);
        const existing = (problem as Problem & { existingPostId?: string }).existingPostId;
        if (problem.code === 'veille.duplicate_url' && existing) this.duplicateOf.set(existing);
        applyProblemToForm(this.form, problem);
        this.saveProblem.set(problem);
      },
    });
  }

  /** `/<area>/veille/posts`, whichever area the page is under. */
  protected postsBase(): string {
    const path = this.router.url.split('?')[0];
    return path.replace(/\/veille\/.*$/, '/veille/posts');
  }
}
