import { LiveAnnouncer } from '@angular/cdk/a11y';
import { type CdkDragDrop, DragDropModule } from '@angular/cdk/drag-drop';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTooltipModule } from '@angular/material/tooltip';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { EMPTY, Subject, catchError, concatMap, filter, map, switchMap } from 'rxjs';
import { CohortsApiService } from '../core/api/cohorts-api.service';
import { toProblem } from '../core/api/problem';
import { ProgrammesApiService } from '../core/api/programmes-api.service';
import {
  type Cohort,
  type CourseModule,
  type Problem,
  type ProgrammeDetail,
} from '../core/api/types';
import { CohortStatusComponent } from '../cohorts/cohort-status.component';
import { ErrorMessagePipe } from '../shared/error-message.pipe';
import { FeedbackService } from '../shared/feedback.service';
import { LocaleDatePipe, LocaleNumberPipe } from '../shared/locale-date.pipe';
import { SCALES } from './grading';
import { ModuleDialogComponent, type ModuleDialogData } from './module-dialog.component';
import { moveItem, renumber, sameOrder, targetIndex } from './module-order';
import { PROGRAMME_PROBLEMS, ProgrammeActionsService } from './programme-actions.service';

type LoadState =
  | { kind: 'loading' }
  | { kind: 'ready'; programme: ProgrammeDetail }
  | { kind: 'error'; problem: Problem };

/** Admin: one programme with its rules, its modules (ordered) and its cohorts. */
@Component({
  selector: 'cq-programme-page',
  imports: [
    DragDropModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    MatMenuModule,
    MatProgressBarModule,
    MatTooltipModule,
    TranslocoPipe,
    ErrorMessagePipe,
    LocaleDatePipe,
    LocaleNumberPipe,
    CohortStatusComponent,
  ],
  providers: [ProgrammeActionsService],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './programme.page.html',
  styleUrl: './programme.page.scss',
})
export class ProgrammePage {
  private readonly api = inject(ProgrammesApiService);
  private readonly cohortsApi = inject(CohortsApiService);
  private readonly actions = inject(ProgrammeActionsService);
  private readonly feedback = inject(FeedbackService);
  private readonly dialog = inject(MatDialog);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly transloco = inject(TranslocoService);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);

  readonly id = input.required<string>();

  protected readonly state = signal<LoadState>({ kind: 'loading' });
  protected readonly modules = signal<CourseModule[]>([]);
  protected readonly cohorts = signal<Cohort[] | null>(null);
  protected readonly cohortsProblem = signal<Problem | null>(null);
  protected readonly busy = signal(false);
  protected readonly savingOrder = signal(false);

  protected readonly programme = computed(() => {
    const state = this.state();
    return state.kind === 'ready' ? state.programme : null;
  });
  protected readonly rule = computed(() => {
    const programme = this.programme();
    return programme ? SCALES[programme.gradingScale] : null;
  });

  /** Every order the user made, saved one after the other (the last one wins). */
  private readonly orders = new Subject<{ programmeId: string; ids: string[] }>();

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => this.load(id));
    });

    this.orders
      .pipe(
        concatMap(({ programmeId, ids }) => {
          this.savingOrder.set(true);
          return this.api.reorderModules(programmeId, ids).pipe(
            map((saved) => ({ ok: true as const, saved })),
            catchError((error: unknown) => {
              this.feedback.error(error);
              return [{ ok: false as const, saved: [] as CourseModule[] }];
            }),
          );
        }),
        takeUntilDestroyed(),
      )
      .subscribe((result) => {
        this.savingOrder.set(false);
        if (!result.ok) {
          this.announce('programmes.modules.orderFailed');
          this.load(this.id());
        }
      });
  }

  protected load(id: string): void {
    this.api
      .get(id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (programme) => {
          this.state.set({ kind: 'ready', programme });
          this.modules.set(programme.modules);
        },
        error: (error: unknown) => this.state.set({ kind: 'error', problem: toProblem(error) }),
      });
    this.cohortsApi
      .list({ page: 1, size: 100, programmeId: id, sort: '-startsOn' })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (page) => {
          this.cohorts.set(page.items);
          this.cohortsProblem.set(null);
        },
        error: (error: unknown) => this.cohortsProblem.set(toProblem(error)),
      });
  }

  // Programme actions

  protected archive(programme: ProgrammeDetail): void {
    this.runProgrammeAction(this.actions.archive(programme));
  }

  protected restore(programme: ProgrammeDetail): void {
    this.runProgrammeAction(this.actions.restore(programme));
  }

  protected remove(programme: ProgrammeDetail): void {
    this.runProgrammeAction(this.actions.remove(programme));
  }

  private runProgrammeAction(action: ReturnType<ProgrammeActionsService['archive']>): void {
    this.busy.set(true);
    action.subscribe({
      next: (result) => {
        if (result === 'removed') void this.router.navigate(['/admin/programmes']);
        else {
          this.state.set({ kind: 'ready', programme: result });
          this.modules.set(result.modules);
        }
      },
      complete: () => this.busy.set(false),
    });
  }

  // Modules

  protected addModule(programme: ProgrammeDetail): void {
    this.openModuleDialog({ programmeId: programme.id }).subscribe((module) => {
      this.modules.update((modules) => [...modules, module]);
      this.feedback.notify('programmes.modules.added', { code: module.code });
    });
  }

  protected editModule(module: CourseModule): void {
    this.openModuleDialog({ programmeId: module.programmeId, module }).subscribe((saved) => {
      this.replaceModule(saved);
      this.feedback.notify('programmes.modules.saved', { code: saved.code });
    });
  }

  protected archiveModule(module: CourseModule, archived: boolean): void {
    this.busy.set(true);
    (archived ? this.api.archiveModule(module.id) : this.api.restoreModule(module.id)).subscribe({
      next: (saved) => {
        this.busy.set(false);
        this.replaceModule(saved);
        this.feedback.notify(
          archived ? 'programmes.modules.archived' : 'programmes.modules.restored',
          { code: saved.code },
        );
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.feedback.error(error, PROGRAMME_PROBLEMS);
      },
    });
  }

  protected removeModule(module: CourseModule): void {
    this.feedback
      .confirm({
        title: 'programmes.modules.delete.title',
        message: 'programmes.modules.delete.message',
        confirm: 'programmes.modules.delete.confirm',
        params: { code: module.code, title: module.title },
      })
      .pipe(
        filter(Boolean),
        switchMap(() => {
          this.busy.set(true);
          return this.api.removeModule(module.id).pipe(
            catchError((error: unknown) => {
              this.busy.set(false);
              this.feedback.error(error, PROGRAMME_PROBLEMS);
              return EMPTY;
            }),
          );
        }),
      )
      .subscribe(() => {
        this.busy.set(false);
        this.modules.update((modules) => renumber(modules.filter((m) => m.id !== module.id)));
        this.feedback.notify('programmes.modules.deleted', { code: module.code });
      });
  }

  protected drop(event: CdkDragDrop<CourseModule[]>): void {
    this.reorder(event.previousIndex, event.currentIndex);
  }

  /** "Move up" / "move down": keeps the focus on the moved module's buttons. */
  protected move(index: number, delta: -1 | 1): void {
    const target = targetIndex(index, delta, this.modules().length);
    if (target === null) return;
    const moduleId = this.modules()[index].id;
    this.reorder(index, target);
    afterNextRender(
      () => {
        const item = this.host.nativeElement.querySelector<HTMLElement>(
          `[data-module-id="${moduleId}"]`,
        );
        const wanted = item?.querySelector<HTMLButtonElement>(
          delta < 0 ? '.move-up:not([disabled])' : '.move-down:not([disabled])',
        );
        const other = item?.querySelector<HTMLButtonElement>(
          '.move-up:not([disabled]), .move-down:not([disabled])',
        );
        (wanted ?? other)?.focus();
      },
      { injector: this.injector },
    );
  }

  private reorder(from: number, to: number): void {
    const programme = this.programme();
    const before = this.modules();
    if (!programme || from === to) return;
    const after = renumber(moveItem(before, from, to));
    if (sameOrder(before, after)) return;
    this.modules.set(after);
    const moved = after[to];
    this.announce('programmes.modules.moved', {
      code: moved.code,
      position: to + 1,
      count: after.length,
    });
    this.orders.next({ programmeId: programme.id, ids: after.map((m) => m.id) });
  }

  private openModuleDialog(data: ModuleDialogData) {
    return this.dialog
      .open<ModuleDialogComponent, ModuleDialogData, CourseModule>(ModuleDialogComponent, {
        data,
        width: '640px',
        maxWidth: 'calc(100vw - 32px)',
        autoFocus: 'first-tabbable',
      })
      .afterClosed()
      .pipe(filter((module): module is CourseModule => !!module));
  }

  private replaceModule(saved: CourseModule): void {
    this.modules.update((modules) => modules.map((m) => (m.id === saved.id ? saved : m)));
  }

  private announce(key: string, params?: Record<string, unknown>): void {
    void this.announcer.announce(this.transloco.translate(key, params), 'assertive');
  }
}
