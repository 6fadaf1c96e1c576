import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  type ElementRef,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { type Observable, filter, timer } from 'rxjs';
import { toProblem } from '../../core/api/problem';
import {
  type Problem,
  type VeilleComment,
  type VeillePost,
  type VeillePostDetail,
  type VeilleReactionKind,
} from '../../core/api/types';
import { VeilleApiService } from '../../core/api/veille-api.service';
import { DateFormatPipe } from '../../core/i18n/date-format.pipe';
import { detailLoader } from '../../shared/detail-loader';
import { ErrorMessagePipe } from '../../shared/error-message.pipe';
import { FeedbackService } from '../../shared/feedback.service';
import { LoadFailureComponent } from '../../shared/load-failure.component';
import { VeillePreviewCardComponent } from './preview-card.component';

const REACTION_ICONS: Record<VeilleReactionKind, string> = {
  useful: 'thumb_up',
  insightful: 'lightbulb',
  debatable: 'contrast',
};
/** How long the page waits for a pending preview card, polling every 2 s. */
const PREVIEW_POLLS = 15;

/** One post and its debate: the card, the commentary, reactions, comments one level deep. */
@Component({
  selector: 'cq-veille-post-page',
  imports: [
    NgTemplateOutlet,
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    TranslocoPipe,
    DateFormatPipe,
    ErrorMessagePipe,
    LoadFailureComponent,
    VeillePreviewCardComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './veille-post.page.html',
  styleUrl: './veille-post.page.scss',
})
export class VeillePostPage {
  readonly id = input.required<string>();

  private readonly api = inject(VeilleApiService);
  private readonly feedback = inject(FeedbackService);
  private readonly router = inject(Router);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly icons = REACTION_ICONS;
  protected readonly loader = detailLoader({
    key: () => this.id(),
    load: (id) => this.api.get(id),
  });
  /** The post as last changed here (reactions, pin…), over the loaded one. */
  private readonly changed = signal<VeillePost | null>(null);
  private readonly added = signal<VeilleComment[]>([]);
  private readonly removed = signal<ReadonlySet<string>>(new Set());
  protected readonly post = computed<VeillePostDetail | null>(() => {
    const loaded = this.loader.value();
    if (!loaded) return null;
    const changed = this.changed();
    return changed && changed.id === loaded.id
      ? { ...loaded, ...changed, comments: loaded.comments }
      : loaded;
  });
  protected readonly comments = computed(() => {
    const all = [...(this.post()?.comments ?? []), ...this.added()];
    const gone = this.removed();
    return all.map((c) =>
      gone.has(c.id) ? { ...c, deleted: true, body: '', canDelete: false } : c,
    );
  });
  protected readonly threads = computed(() => {
    const all = this.comments();
    return all
      .filter((c) => !c.parentId)
      .map((root) => ({ root, replies: all.filter((c) => c.parentId === root.id) }));
  });
  protected readonly commentCount = computed(
    () => this.comments().filter((c) => !c.deleted).length,
  );

  protected readonly body = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.maxLength(5000)],
  });
  protected readonly replyBody = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.maxLength(5000)],
  });
  protected readonly replyingTo = signal<string | null>(null);
  protected readonly hiding = signal(false);
  protected readonly reason = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.maxLength(1000)],
  });
  protected readonly busy = signal<string | null>(null);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly announce = signal('');
  private readonly commentBox = viewChild<ElementRef<HTMLTextAreaElement>>('commentBox');
  private polls = 0;

  constructor() {
    // A card still being fetched: ask again every 2 s for a while.
    timer(2000, 2000)
      .pipe(filter(() => this.post()?.preview.status === 'pending' && this.polls < PREVIEW_POLLS))
      .subscribe(() => {
        this.polls += 1;
        this.api.get(this.id()).subscribe((p) => {
          if (p.preview.status !== 'pending') this.loader.reload();
        });
      });
    this.destroyRef.onDestroy(() => (this.polls = PREVIEW_POLLS));
  }

  private run<T>(key: string, request: Observable<T>, done: (value: T) => void): void {
    this.busy.set(key);
    this.problem.set(null);
    request.subscribe({
      next: (value) => {
        this.busy.set(null);
        done(value);
      },
      error: (e: unknown) => {
        this.busy.set(null);
        this.problem.set(toProblem(e));
      },
    });
  }

  protected react(kind: VeilleReactionKind, mine: boolean): void {
    this.run(`react-${kind}`, this.api.react(this.id(), kind, !mine), (p) => this.changed.set(p));
  }

  protected toggleBookmark(): void {
    const post = this.post();
    if (!post) return;
    this.run('bookmark', this.api.bookmark(post.id, !post.bookmarked), (p) => this.changed.set(p));
  }

  protected markRead(read: boolean): void {
    this.run('read', this.api.bookmark(this.id(), true, read), (p) => this.changed.set(p));
  }

  protected pin(pinned: boolean): void {
    this.run('pin', this.api.pin(this.id(), pinned), (p) => {
      this.changed.set(p);
      this.feedback.notify(pinned ? 'veille.post.pinnedNotice' : 'veille.post.unpinnedNotice');
    });
  }

  protected hide(): void {
    if (this.reason.invalid) {
      this.reason.markAsTouched();
      return;
    }
    this.run('hide', this.api.hide(this.id(), true, this.reason.value.trim()), (p) => {
      this.changed.set(p);
      this.hiding.set(false);
      this.reason.reset();
    });
  }

  protected unhide(): void {
    this.run('hide', this.api.hide(this.id(), false), (p) => this.changed.set(p));
  }

  protected refreshPreview(): void {
    this.run('preview', this.api.refreshPreview(this.id()), () => {
      this.polls = 0;
      this.loader.reload();
    });
  }

  protected remove(): void {
    this.feedback
      .confirm({
        title: 'veille.post.deleteTitle',
        message: 'veille.post.deleteMessage',
        confirm: 'veille.post.delete',
      })
      .pipe(filter(Boolean))
      .subscribe(() =>
        this.run('delete', this.api.remove(this.id()), () => {
          this.feedback.notify('veille.post.deleted');
          void this.router.navigateByUrl(this.router.url.replace(/\/posts\/[^/]+$/, ''));
        }),
      );
  }

  protected comment(): void {
    if (this.body.invalid) {
      this.body.markAsTouched();
      return;
    }
    this.run('comment', this.api.comment(this.id(), this.body.value.trim()), (c) => {
      this.added.update((list) => [...list, c]);
      this.body.reset();
      this.announce.set(c.body);
      this.commentBox()?.nativeElement.focus();
    });
  }

  protected reply(parentId: string): void {
    if (this.replyBody.invalid) {
      this.replyBody.markAsTouched();
      return;
    }
    this.run('reply', this.api.comment(this.id(), this.replyBody.value.trim(), parentId), (c) => {
      this.added.update((list) => [...list, c]);
      this.replyBody.reset();
      this.replyingTo.set(null);
      this.announce.set(c.body);
    });
  }

  protected deleteComment(id: string): void {
    this.feedback
      .confirm({
        title: 'veille.post.deleteCommentTitle',
        message: 'veille.post.deleteCommentMessage',
        confirm: 'veille.post.delete',
      })
      .pipe(filter(Boolean))
      .subscribe(() =>
        this.run(`delete-${id}`, this.api.deleteComment(id), () =>
          this.removed.update((set) => new Set([...set, id])),
        ),
      );
  }

  protected feedUrl(): string {
    return this.router.url.replace(/\/posts\/[^/]+$/, '');
  }
}
