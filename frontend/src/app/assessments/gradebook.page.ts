import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  type ElementRef,
  computed,
  effect,
  inject,
  input,
  linkedSignal,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTooltipModule } from '@angular/material/tooltip';
import { Router } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { CohortsApiService } from '../core/api/cohorts-api.service';
import { toProblem } from '../core/api/problem';
import { type Cohort, type Problem } from '../core/api/types';
import { LanguageService } from '../core/i18n/language.service';
import { ConfirmDialogComponent, type ConfirmDialogData } from '../shared/confirm-dialog.component';
import { detailLoader } from '../shared/detail-loader';
import { ErrorMessagePipe } from '../shared/error-message.pipe';
import { LoadFailureComponent } from '../shared/load-failure.component';
import {
  AssessmentDialogComponent,
  type AssessmentDialogData,
} from './assessment-dialog.component';
import {
  type Assessment,
  AssessmentsApiService,
  type GradeCell,
  type Gradebook,
  type StudentProgress,
} from './assessments-api.service';
import {
  type Attempt,
  type GridColumn,
  UndoStack,
  cellKey,
  formatGrade,
  moveBy,
  parseGradeInput,
  startsEdit,
} from './gradebook-grid';
import {
  GradeImportDialogComponent,
  type GradeImportDialogData,
} from './grade-import-dialog.component';

type CellStatus =
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'error'; problem: Problem }
  | { kind: 'invalid' }
  | { kind: 'conflict'; current: GradeCell | null };

interface Column extends GridColumn {
  assessment: Assessment;
}

/** The gradebook: students × assessments like a spreadsheet, each change saved at once. */
@Component({
  selector: 'cq-gradebook-page',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatMenuModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTooltipModule,
    TranslocoPipe,
    ErrorMessagePipe,
    LoadFailureComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './gradebook.page.html',
  styleUrl: './gradebook.page.scss',
})
export class GradebookPage {
  /** Query parameters: the cohort and the module shown. */
  readonly cohort = input<string | undefined>(undefined);
  readonly module = input<string | undefined>(undefined);

  private readonly api = inject(AssessmentsApiService);
  private readonly cohortsApi = inject(CohortsApiService);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly cohorts = signal<Cohort[]>([]);
  protected readonly cohortsLoading = signal(true);
  protected readonly cohortsProblem = signal<Problem | null>(null);
  protected readonly selected = computed(() => this.cohort() ?? this.cohorts()[0]?.id ?? null);

  protected readonly loader = detailLoader({
    key: () => {
      const cohortId = this.selected();
      return cohortId ? { cohortId, moduleId: this.module() ?? null } : null;
    },
    load: ({ cohortId, moduleId }) => this.api.gradebook(cohortId, moduleId),
  });
  protected readonly book = this.loader.value;
  protected readonly loading = computed(() => this.cohortsLoading() || this.loader.loading());

  /** Every cell entered, by `assessment:student:attempt`; reset by each load. */
  private readonly cells = linkedSignal<Gradebook | null, ReadonlyMap<string, GradeCell>>({
    source: this.book,
    computation: (book) =>
      new Map((book?.cells ?? []).map((c) => [cellKey(c.assessmentId, c.studentId, c.attempt), c])),
  });
  private readonly computedScores = computed(
    () =>
      new Map(
        (this.book()?.computed ?? []).map((c) => [
          cellKey(c.assessmentId, c.studentId, 1),
          c.score,
        ]),
      ),
  );
  protected readonly statuses = signal<ReadonlyMap<string, CellStatus>>(new Map());
  /** Assessments whose resit column is shown though it has no grade yet. */
  private readonly resitsShown = signal<ReadonlySet<string>>(new Set());

  protected readonly columns = computed<Column[]>(() => {
    const book = this.book();
    if (!book) return [];
    const withResit = new Set(book.cells.filter((c) => c.attempt === 2).map((c) => c.assessmentId));
    for (const id of this.resitsShown()) withResit.add(id);
    return book.assessments.flatMap((assessment) => [
      { assessment, assessmentId: assessment.id, attempt: 1 as Attempt },
      ...(withResit.has(assessment.id)
        ? [{ assessment, assessmentId: assessment.id, attempt: 2 as Attempt }]
        : []),
    ]);
  });
  protected readonly students = computed(() => this.book()?.students ?? []);
  /** The modules whose average is shown beside each row. */
  protected readonly averageModules = computed(() => {
    const book = this.book();
    if (!book) return [];
    const moduleId = this.module();
    return book.modules.filter(
      (m) =>
        (moduleId ? m.id === moduleId : true) && book.assessments.some((a) => a.moduleId === m.id),
    );
  });
  /** Navigable columns: the grades, then the read-only results. */
  protected readonly colCount = computed(
    () => this.columns().length + this.averageModules().length + 2,
  );

  protected readonly progress = signal<ReadonlyMap<string, StudentProgress>>(new Map());
  protected readonly progressUnavailable = signal(false);

  protected readonly active = signal({ row: 0, col: 0 });
  protected readonly editing = signal<{ row: number; col: number; draft: string } | null>(null);
  protected readonly announcement = signal('');
  protected readonly actionProblem = signal<Problem | null>(null);
  private readonly undoStack = new UndoStack();
  protected readonly undoCount = signal(0);

  private readonly table = viewChild<ElementRef<HTMLTableElement>>('grid');
  private readonly editor = viewChild<ElementRef<HTMLInputElement>>('editor');

  constructor() {
    this.loadCohorts();
    effect(() => {
      const input = this.editor()?.nativeElement;
      if (input && document.activeElement !== input) {
        input.focus();
        input.setSelectionRange(input.value.length, input.value.length);
      }
    });
    effect(() => {
      const book = this.book();
      if (book) this.loadProgress(book.cohortId);
    });
  }

  // ---- cohort and module -------------------------------------------------------------

  protected loadCohorts(): void {
    this.cohortsLoading.set(true);
    this.cohortsProblem.set(null);
    this.cohortsApi
      .list({ page: 1, size: 100, sort: '-startsOn' })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: ({ items }) => {
          this.cohorts.set(items);
          this.cohortsLoading.set(false);
        },
        error: (error: unknown) => {
          this.cohortsProblem.set(toProblem(error));
          this.cohortsLoading.set(false);
        },
      });
  }

  protected chooseCohort(cohortId: string): void {
    this.reset();
    void this.router.navigate([], { queryParams: { cohort: cohortId }, replaceUrl: true });
  }

  protected chooseModule(moduleId: string | null): void {
    this.reset();
    void this.router.navigate([], {
      queryParams: { cohort: this.selected(), module: moduleId },
      replaceUrl: true,
    });
  }

  private reset(): void {
    this.undoStack.clear();
    this.undoCount.set(0);
    this.statuses.set(new Map());
    this.editing.set(null);
    this.active.set({ row: 0, col: 0 });
  }

  private loadProgress(cohortId: string): void {
    this.api
      .cohortProgress(cohortId)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (p) => {
          this.progressUnavailable.set(false);
          this.progress.set(new Map(p.students.map((s) => [s.studentId, s])));
        },
        error: () => this.progressUnavailable.set(true),
      });
  }

  private refreshProgress(studentId: string): void {
    const cohortId = this.book()?.cohortId;
    if (!cohortId) return;
    this.api.studentProgress(cohortId, studentId).subscribe({
      next: (p) => this.progress.update((all) => new Map(all).set(studentId, p)),
      error: () => this.progressUnavailable.set(true),
    });
  }

  // ---- what a cell shows ----------------------------------------------------------------

  protected cell(studentId: string, col: Column): GradeCell | undefined {
    return this.cells().get(cellKey(col.assessmentId, studentId, col.attempt));
  }

  protected shown(studentId: string, col: Column): string {
    const locale = this.language.locale();
    if (col.assessment.fromProjectGrades) {
      return formatGrade(
        this.computedScores().get(cellKey(col.assessmentId, studentId, 1)),
        locale,
      );
    }
    return formatGrade(this.cell(studentId, col)?.score, locale);
  }

  protected status(studentId: string, col: Column): CellStatus | undefined {
    return this.statuses().get(cellKey(col.assessmentId, studentId, col.attempt));
  }

  protected grade(value: number | null | undefined): string {
    return formatGrade(value, this.language.locale());
  }

  protected moduleAverage(studentId: string, moduleId: string): number | null {
    return (
      this.progress()
        .get(studentId)
        ?.modules.find((m) => m.moduleId === moduleId)?.average ?? null
    );
  }

  protected isActive(row: number, col: number): boolean {
    const a = this.active();
    return a.row === row && a.col === col;
  }

  protected isEditing(row: number, col: number): boolean {
    const e = this.editing();
    return !!e && e.row === row && e.col === col;
  }

  protected cellLabel(studentName: string, col: Column): string {
    const title =
      col.attempt === 2
        ? this.transloco.translate('assessments.gradebook.resitOf', { title: col.assessment.title })
        : col.assessment.title;
    return this.transloco.translate('assessments.gradebook.cellLabel', {
      student: studentName,
      title,
    });
  }

  // ---- keyboard -----------------------------------------------------------------------

  protected activate(row: number, col: number): void {
    if (this.editing()) this.commit(false);
    this.active.set({ row, col });
    this.focusActive();
  }

  protected onGridKeydown(event: KeyboardEvent): void {
    const editing = this.editing();
    if (editing) {
      // Keys typed before the editor took the focus (a fast typist) still go into it.
      if (event.target instanceof HTMLInputElement) return;
      if (startsEdit(event)) {
        event.preventDefault();
        this.editing.set({ ...editing, draft: editing.draft + event.key });
      } else if (['Enter', 'Tab', 'Escape'].includes(event.key)) {
        this.onEditorKeydown(event);
      }
      return;
    }
    // Keys on the column headers' buttons are theirs.
    if (!(event.target instanceof HTMLElement) || !event.target.closest('td[data-row]')) return;
    const rows = this.students().length;
    const cols = this.colCount();
    if (!rows || !cols) return;
    const at = this.active();
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z') {
      event.preventDefault();
      this.undo();
      return;
    }
    if (event.key === 'Tab') {
      const next = at.col + (event.shiftKey ? -1 : 1);
      if (next < 0 || next >= cols) return; // leave the grid
      event.preventDefault();
      this.activate(at.row, next);
      return;
    }
    const moved = moveBy(event.key, at, rows, cols, event.ctrlKey || event.metaKey);
    if (moved) {
      event.preventDefault();
      this.activate(moved.row, moved.col);
      return;
    }
    if (!this.editable(at.col)) return;
    if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      const student = this.students()[at.row];
      this.editing.set({ ...at, draft: this.shown(student.id, this.columns()[at.col]) });
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      this.save(at.row, at.col, null);
    } else if (startsEdit(event)) {
      event.preventDefault();
      this.editing.set({ ...at, draft: event.key });
    }
  }

  protected onEditorKeydown(event: KeyboardEvent): void {
    const e = this.editing();
    if (!e) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      this.editing.set(null);
      this.focusActive();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      this.commit(true, 'down');
    } else if (event.key === 'Tab') {
      event.preventDefault();
      this.commit(true, event.shiftKey ? 'left' : 'right');
    }
    event.stopPropagation();
  }

  protected onEditorInput(event: Event): void {
    const e = this.editing();
    if (e) this.editing.set({ ...e, draft: (event.target as HTMLInputElement).value });
  }

  protected onEditorBlur(): void {
    if (this.editing()) this.commit(false);
  }

  protected onCellDblclick(row: number, col: number): void {
    if (!this.editable(col)) return;
    this.active.set({ row, col });
    const student = this.students()[row];
    this.editing.set({ row, col, draft: this.shown(student.id, this.columns()[col]) });
  }

  private editable(col: number): boolean {
    const column = this.columns()[col];
    return !!column && !column.assessment.fromProjectGrades;
  }

  private commit(focus: boolean, move?: 'down' | 'right' | 'left'): void {
    const e = this.editing();
    if (!e) return;
    this.editing.set(null);
    const column = this.columns()[e.col];
    const book = this.book();
    if (column && book) {
      const scale = book.programme;
      const value = parseGradeInput(e.draft, scale);
      const student = this.students()[e.row];
      const key = cellKey(column.assessmentId, student.id, column.attempt);
      if (value === 'invalid') {
        this.setStatus(key, { kind: 'invalid' });
        this.announce('assessments.gradebook.invalid', {
          value: e.draft,
          min: this.grade(scale.min),
          max: this.grade(scale.max),
          step: this.grade(scale.gradeStep),
        });
      } else {
        this.save(e.row, e.col, value);
      }
    }
    if (move) {
      const rows = this.students().length;
      const cols = this.colCount();
      const next =
        move === 'down'
          ? { row: Math.min(rows - 1, e.row + 1), col: e.col }
          : {
              row: e.row,
              col: Math.max(0, Math.min(cols - 1, e.col + (move === 'right' ? 1 : -1))),
            };
      this.active.set(next);
    }
    if (focus) this.focusActive();
  }

  /** Focuses the active cell now (it is rendered already), and again once the view settles. */
  private focusActive(): void {
    const focus = () => {
      const { row, col } = this.active();
      this.table()
        ?.nativeElement.querySelector<HTMLElement>(`[data-row="${row}"][data-col="${col}"]`)
        ?.focus();
    };
    focus();
    setTimeout(focus);
  }

  // ---- saving ---------------------------------------------------------------------------

  private save(row: number, col: number, value: number | null, undoing = false): void {
    const column = this.columns()[col];
    const student = this.students()[row];
    if (!column || !student || column.assessment.fromProjectGrades) return;
    this.write(column.assessment, student.id, student.displayName, column.attempt, value, undoing);
  }

  private write(
    assessment: Assessment,
    studentId: string,
    studentName: string,
    attempt: Attempt,
    value: number | null,
    undoing: boolean,
  ): void {
    const key = cellKey(assessment.id, studentId, attempt);
    const current = this.cells().get(key);
    const before = current?.score ?? null;
    if (before === value) {
      this.setStatus(key, null);
      return;
    }
    this.setStatus(key, { kind: 'saving' });
    const params = {
      student: studentName,
      title: assessment.title,
      value: this.grade(value),
    };
    const done = (cell: GradeCell | null) => {
      this.cells.update((all) => {
        const next = new Map(all);
        if (cell) next.set(key, cell);
        else next.delete(key);
        return next;
      });
      this.setStatus(key, { kind: 'saved' });
      if (!undoing) {
        this.undoStack.push({
          assessmentId: assessment.id,
          studentId,
          attempt,
          before,
          after: value,
        });
      }
      this.undoCount.set(this.undoStack.size);
      this.announce(
        undoing
          ? 'assessments.gradebook.undone'
          : value === null
            ? 'assessments.gradebook.cleared'
            : 'assessments.gradebook.saved',
        params,
      );
      this.refreshProgress(studentId);
    };
    const failed = (error: unknown) => {
      const problem = toProblem(error);
      if (problem.code === 'grade.stale') {
        const latest = (problem as Problem & { current?: GradeCell | null }).current ?? null;
        this.cells.update((all) => {
          const next = new Map(all);
          if (latest) next.set(key, latest);
          else next.delete(key);
          return next;
        });
        this.setStatus(key, { kind: 'conflict', current: latest });
        this.announce('assessments.gradebook.conflict', {
          ...params,
          value: this.grade(latest?.score ?? null) || '—',
          by: latest?.gradedBy.displayName ?? '—',
        });
      } else {
        this.setStatus(key, { kind: 'error', problem });
        this.announce('assessments.gradebook.failed', params);
      }
    };
    if (value === null) {
      if (!current) return;
      this.api.clearGrade(assessment.id, studentId, attempt, current.version).subscribe({
        next: () => done(null),
        error: failed,
      });
    } else {
      this.api
        .setGrade(assessment.id, studentId, {
          score: value,
          attempt,
          expectedVersion: current?.version ?? null,
          ...(undoing
            ? { reason: this.transloco.translate('assessments.gradebook.undoReason') }
            : {}),
        })
        .subscribe({ next: (cell) => done(cell), error: failed });
    }
  }

  protected undo(): void {
    const entry = this.undoStack.pop();
    this.undoCount.set(this.undoStack.size);
    if (!entry) return;
    const assessment = this.book()?.assessments.find((a) => a.id === entry.assessmentId);
    const student = this.students().find((s) => s.id === entry.studentId);
    if (!assessment || !student) return;
    this.write(assessment, student.id, student.displayName, entry.attempt, entry.before, true);
  }

  private setStatus(key: string, status: CellStatus | null): void {
    this.statuses.update((all) => {
      const next = new Map(all);
      if (status) next.set(key, status);
      else next.delete(key);
      return next;
    });
  }

  private announce(key: string, params: Record<string, unknown>): void {
    this.announcement.set(this.transloco.translate(key, params));
  }

  protected conflictText(status: CellStatus): string {
    if (status.kind !== 'conflict') return '';
    return status.current
      ? this.transloco.translate('assessments.gradebook.conflictCell', {
          value: this.grade(status.current.score),
          by: status.current.gradedBy.displayName,
        })
      : this.transloco.translate('assessments.gradebook.conflictCleared');
  }

  // ---- assessments --------------------------------------------------------------------

  protected addAssessment(): void {
    this.openDialog(null);
  }

  protected editAssessment(assessment: Assessment): void {
    this.openDialog(assessment);
  }

  private openDialog(assessment: Assessment | null): void {
    const book = this.book();
    if (!book) return;
    const data: AssessmentDialogData = {
      cohortId: book.cohortId,
      modules: book.modules,
      assessment,
      moduleId: this.module() ?? null,
    };
    this.dialog
      .open(AssessmentDialogComponent, { data, width: '560px', maxWidth: '95vw' })
      .afterClosed()
      .subscribe((saved?: Assessment) => {
        if (saved) this.loader.reload();
      });
  }

  protected toggleRelease(assessment: Assessment): void {
    this.actionProblem.set(null);
    const release = !assessment.releasedAt;
    this.api.release(assessment.id, release).subscribe({
      next: (updated) => {
        this.loader.update((book) => ({
          ...book,
          assessments: book.assessments.map((a) => (a.id === updated.id ? updated : a)),
        }));
        this.announce(
          release ? 'assessments.gradebook.releasedNow' : 'assessments.gradebook.unreleasedNow',
          { title: updated.title },
        );
      },
      error: (error: unknown) => this.actionProblem.set(toProblem(error)),
    });
  }

  protected showResit(assessment: Assessment): void {
    this.resitsShown.update((ids) => new Set(ids).add(assessment.id));
  }

  protected deleteAssessment(assessment: Assessment): void {
    const data: ConfirmDialogData = {
      title: 'assessments.delete.title',
      message: 'assessments.delete.message',
      confirm: 'assessments.delete.confirm',
      params: { title: assessment.title },
    };
    this.dialog
      .open(ConfirmDialogComponent, { data })
      .afterClosed()
      .subscribe((ok?: boolean) => {
        if (!ok) return;
        this.api.remove(assessment.id).subscribe({
          next: () => this.loader.reload(),
          error: (error: unknown) => this.actionProblem.set(toProblem(error)),
        });
      });
  }

  // ---- import and export --------------------------------------------------------------

  protected exportUrl(format: 'csv' | 'excel'): string {
    const book = this.book();
    return book
      ? this.api.exportUrl(book.cohortId, format, this.language.lang(), this.module())
      : '';
  }

  protected importCsv(): void {
    const book = this.book();
    if (!book) return;
    const data: GradeImportDialogData = { cohortId: book.cohortId, assessments: book.assessments };
    this.dialog
      .open(GradeImportDialogComponent, { data, width: '760px', maxWidth: '95vw' })
      .afterClosed()
      .subscribe((changed?: number) => {
        if (changed !== undefined) {
          this.reset();
          this.loader.reload();
        }
      });
  }

  protected retry(): void {
    if (this.cohortsProblem()) this.loadCohorts();
    else this.loader.reload();
  }
}
