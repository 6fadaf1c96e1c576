import { LiveAnnouncer } from '@angular/cdk/a11y';
import { type CdkDragDrop, DragDropModule } from '@angular/cdk/drag-drop';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  inject,
  input,
  linkedSignal,
  model,
  output,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { MatTooltipModule } from '@angular/material/tooltip';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { EMPTY, Subject, catchError, concatMap, filter, map, switchMap } from 'rxjs';
import { ProgrammesApiService } from '../core/api/programmes-api.service';
import { type CourseModule, type ProgrammeDetail } from '../core/api/types';
import { FeedbackService } from '../shared/feedback.service';
import { LocaleNumberPipe } from '../shared/locale-date.pipe';
import { ModuleDialogComponent, type ModuleDialogData } from './module-dialog.component';
import { moveItem, renumber, sameOrder, targetIndex } from './module-order';
import { PROGRAMME_PROBLEMS } from './programme-actions.service';

/**
 * The programme page's modules: add, edit, archive, delete, and reorder them by dragging or
 * with "move up" / "move down" (each order saved in turn, announced to screen readers).
 */
@Component({
  selector: 'cq-programme-modules',
  imports: [
    DragDropModule,
    MatButtonModule,
    MatIconModule,
    MatMenuModule,
    MatTooltipModule,
    TranslocoPipe,
    LocaleNumberPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './programme-modules.component.html',
  styleUrls: ['./programme-sections.scss', './programme-modules.component.scss'],
})
export class ProgrammeModulesComponent {
  private readonly api = inject(ProgrammesApiService);
  private readonly feedback = inject(FeedbackService);
  private readonly dialog = inject(MatDialog);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly transloco = inject(TranslocoService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly programme = input.required<ProgrammeDetail>();
  /** A module action is under way (the page shows its progress bar and locks its menu). */
  readonly busy = model(false);
  /** An order is being saved. */
  readonly savingOrder = model(false);
  /** Saving an order failed: the page reloads the programme to show the saved order. */
  readonly reloadRequested = output<void>();

  /** The modules as shown; a programme loaded again (or archived, restored) resets them. */
  protected readonly modules = linkedSignal(() => this.programme().modules);

  /** Every order the user made, saved one after the other (the last one wins). */
  private readonly orders = new Subject<{ programmeId: string; ids: string[] }>();

  constructor() {
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
          this.reloadRequested.emit();
        }
      });
  }

  protected addModule(): void {
    this.openModuleDialog({ programmeId: this.programme().id, ...this.structure() }).subscribe(
      (module) => {
        this.modules.update((modules) => [...modules, module]);
        this.feedback.notify('programmes.modules.added', { code: module.code });
      },
    );
  }

  protected editModule(module: CourseModule): void {
    this.openModuleDialog({
      programmeId: module.programmeId,
      module,
      ...this.structure(),
    }).subscribe((saved) => {
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
    const before = this.modules();
    if (from === to) return;
    const after = renumber(moveItem(before, from, to));
    if (sameOrder(before, after)) return;
    this.modules.set(after);
    const moved = after[to];
    this.announce('programmes.modules.moved', {
      code: moved.code,
      position: to + 1,
      count: after.length,
    });
    this.orders.next({ programmeId: this.programme().id, ids: after.map((m) => m.id) });
  }

  /** The periods and groups a module may belong to. */
  private structure(): Pick<ModuleDialogData, 'periods' | 'groups'> {
    return { periods: this.programme().periods, groups: this.programme().groups };
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
