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
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatExpansionModule } from '@angular/material/expansion';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { DomSanitizer, type SafeUrl } from '@angular/platform-browser';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { debounceTime, distinctUntilChanged } from 'rxjs';
import { toProblem } from '../../core/api/problem';
import {
  type Problem,
  type VeilleCohortOverview,
  type VeilleCohortRef,
  type VeillePost,
} from '../../core/api/types';
import { VeilleApiService } from '../../core/api/veille-api.service';
import { DateFormatPipe } from '../../core/i18n/date-format.pipe';
import { ErrorMessagePipe } from '../../shared/error-message.pipe';
import {
  type FeedFilters,
  filtersFrom,
  filtersToParams,
  hasFilters,
  NO_FILTERS,
} from './feed-query';
import { VeillePublicNameComponent } from './public-name.component';
import { areaOf } from './share-url';

const PAGE_SIZE = 20;

/**
 * The cohort's veille, "one page to follow instead of dozens": pinned posts first, then the
 * newest, with search (accents aside), topic, author, period and "to read" filters kept in the
 * URL, and a way to share from anywhere.
 */
@Component({
  selector: 'cq-veille-feed-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatChipsModule,
    MatExpansionModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    MatSlideToggleModule,
    TranslocoPipe,
    DateFormatPipe,
    ErrorMessagePipe,
    VeillePublicNameComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './veille-feed.page.html',
  styleUrl: './veille-feed.page.scss',
})
export class VeilleFeedPage {
  readonly cohort = input<string>();

  private readonly api = inject(VeilleApiService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly sanitizer = inject(DomSanitizer);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly cohorts = signal<VeilleCohortRef[] | null>(null);
  protected readonly overview = signal<VeilleCohortOverview | null>(null);
  protected readonly posts = signal<VeillePost[]>([]);
  protected readonly total = signal(0);
  protected readonly page = signal(1);
  protected readonly loading = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly filters = signal<FeedFilters>(NO_FILTERS);
  protected readonly filtered = computed(() => hasFilters(this.filters()));
  protected readonly cohortId = computed(() => this.cohort() || this.cohorts()?.[0]?.id || null);
  protected readonly search = new FormControl('', { nonNullable: true });
  protected readonly topics = computed(() =>
    (this.overview()?.topics ?? []).filter((t) => !t.archived),
  );
  protected readonly area = areaOf(this.router.url);
  /** The bookmarklet: opens the post form on the page being read. */
  protected readonly bookmarklet: SafeUrl = this.sanitizer.bypassSecurityTrustUrl(
    `javascript:location.href='${location.origin}/${this.area}/veille/new?url='+encodeURIComponent(location.href)`,
  );
  protected readonly sharePattern = `${location.origin}/${this.area}/veille/new?url=`;

  constructor() {
    this.api.cohorts().subscribe({
      next: (list) => this.cohorts.set(list),
      error: (e: unknown) => this.problem.set(toProblem(e)),
    });
    this.route.queryParams.pipe(takeUntilDestroyed(this.destroyRef)).subscribe((params) => {
      const f = filtersFrom(params as Record<string, string>);
      this.filters.set(f);
      if (this.search.value !== f.q) this.search.setValue(f.q, { emitEvent: false });
    });
    this.search.valueChanges
      .pipe(debounceTime(400), distinctUntilChanged(), takeUntilDestroyed(this.destroyRef))
      .subscribe((q) => this.setFilters({ q }));
    effect(() => {
      const id = this.cohortId();
      if (!id) return;
      this.api.overview(id).subscribe({
        next: (o) => this.overview.set(o),
        error: (e: unknown) => this.problem.set(toProblem(e)),
      });
    });
    effect(() => {
      const id = this.cohortId();
      const f = this.filters();
      if (id) this.load(id, f, 1);
    });
  }

  private load(cohortId: string, f: FeedFilters, page: number): void {
    this.loading.set(true);
    this.problem.set(null);
    this.api
      .feed(cohortId, {
        page,
        size: PAGE_SIZE,
        ...(f.q.trim() ? { q: f.q.trim() } : {}),
        ...(f.topicId ? { topicId: f.topicId } : {}),
        ...(f.authorId ? { authorId: f.authorId } : {}),
        ...(f.from ? { from: f.from } : {}),
        ...(f.to ? { to: f.to } : {}),
        ...(f.bookmarked ? { bookmarked: true } : {}),
      })
      .subscribe({
        next: (result) => {
          this.loading.set(false);
          this.page.set(page);
          this.total.set(result.total);
          this.posts.update((list) => (page === 1 ? result.items : [...list, ...result.items]));
        },
        error: (e: unknown) => {
          this.loading.set(false);
          this.problem.set(toProblem(e));
        },
      });
  }

  protected more(): void {
    const id = this.cohortId();
    if (id) this.load(id, this.filters(), this.page() + 1);
  }

  protected setFilters(change: Partial<FeedFilters>): void {
    const next = { ...this.filters(), ...change };
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { ...filtersToParams(next), cohort: this.cohort() || null },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }

  protected clear(): void {
    this.search.setValue('', { emitEvent: false });
    this.setFilters(NO_FILTERS);
  }

  protected chooseCohort(id: string): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: { cohort: id } });
  }

  protected toggleBookmark(post: VeillePost): void {
    this.api.bookmark(post.id, !post.bookmarked).subscribe({
      next: (changed) =>
        this.posts.update((list) => list.map((p) => (p.id === changed.id ? changed : p))),
      error: (e: unknown) => this.problem.set(toProblem(e)),
    });
  }

  protected reactionCount(post: VeillePost): number {
    return post.reactions.reduce((sum, r) => sum + r.count, 0);
  }
}
