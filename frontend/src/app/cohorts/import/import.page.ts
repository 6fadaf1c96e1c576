import { Clipboard } from '@angular/cdk/clipboard';
import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  type ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatIconModule } from '@angular/material/icon';
import { type PageEvent, MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { MatTooltipModule } from '@angular/material/tooltip';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { CohortsApiService } from '../../core/api/cohorts-api.service';
import { toProblem } from '../../core/api/problem';
import {
  type Cohort,
  type ImportPreview,
  type ImportResult,
  type NewStudentLink,
  type Problem,
} from '../../core/api/types';
import { ErrorMessagePipe } from '../../shared/error-message.pipe';
import { LocaleNumberPipe } from '../../shared/locale-date.pipe';
import {
  type ImportSummary,
  type Message,
  type PreviewRow,
  type RowFilter,
  decodeCsv,
  fileRefusal,
  filterCounts,
  filterRows,
  importSummary,
  invalidFileMessage,
  linksCsv,
  linksText,
  toPreviewRow,
} from './import-preview';

type Step =
  | { kind: 'choose' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'previewing'; fileName: string }
  | { kind: 'preview'; fileName: string }
  | { kind: 'importing'; fileName: string }
  | { kind: 'done'; fileName: string; result: ImportResult };

const PAGE_SIZE = 50;

/**
 * Admin: imports a cohort's students from a CSV file. The file is read in the browser and
 * previewed by the API (every row with what would happen and why); then the valid rows are
 * imported in one go, and the new students' set-password links are listed.
 */
@Component({
  selector: 'cq-import-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatButtonToggleModule,
    MatIconModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatTableModule,
    MatTooltipModule,
    TranslocoPipe,
    ErrorMessagePipe,
    LocaleNumberPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './import.page.html',
  styleUrl: './import.page.scss',
})
export class ImportPage {
  private readonly api = inject(CohortsApiService);
  private readonly transloco = inject(TranslocoService);
  private readonly clipboard = inject(Clipboard);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);
  private readonly fileInput = viewChild<ElementRef<HTMLInputElement>>('fileInput');
  private readonly resultHeading = viewChild<ElementRef<HTMLElement>>('resultHeading');
  private readonly previewHeading = viewChild<ElementRef<HTMLElement>>('previewHeading');

  readonly id = input.required<string>();

  protected readonly cohort = signal<Cohort | null>(null);
  protected readonly cohortProblem = signal<Problem | null>(null);
  protected readonly step = signal<Step>({ kind: 'choose' });
  /** Why the chosen file was refused (before or by the API), or why the import failed. */
  protected readonly fileError = signal<Message | null>(null);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly dragging = signal(false);
  protected readonly copied = signal<'all' | string | null>(null);

  private readonly csv = signal<string | null>(null);
  protected readonly preview = signal<ImportPreview | null>(null);
  protected readonly rows = computed(() => this.preview()?.rows.map(toPreviewRow) ?? []);
  protected readonly summary = computed<ImportSummary | null>(() => {
    const preview = this.preview();
    return preview ? importSummary(preview.counts) : null;
  });
  protected readonly counts = computed(() => {
    const summary = this.summary();
    return summary ? filterCounts(summary) : null;
  });
  protected readonly recognisedColumns = computed(() =>
    Object.entries(this.preview()?.columns ?? {}).map(([field, header]) => ({ field, header })),
  );

  protected readonly filter = signal<RowFilter>('all');
  protected readonly pageIndex = signal(0);
  protected readonly pageSize = PAGE_SIZE;
  protected readonly filteredRows = computed(() => filterRows(this.rows(), this.filter()));
  protected readonly pageRows = computed(() => {
    const start = this.pageIndex() * PAGE_SIZE;
    return this.filteredRows().slice(start, start + PAGE_SIZE);
  });

  protected readonly previewColumns = [
    'line',
    'email',
    'givenName',
    'familyName',
    'language',
    'employer',
    'action',
    'issues',
  ];
  protected readonly linkColumns = ['displayName', 'email', 'link', 'copy'];
  protected readonly filters: readonly RowFilter[] = ['all', 'import', 'skip', 'error'];
  /** The new students' links, a page at a time (an import may create thousands). */
  protected readonly linksPageIndex = signal(0);
  protected readonly pageLinks = computed(() => {
    const step = this.step();
    const links = step.kind === 'done' ? step.result.links : [];
    const start = this.linksPageIndex() * PAGE_SIZE;
    return links.slice(start, start + PAGE_SIZE);
  });
  /** The rows the import left out, with their problems. */
  protected readonly resultErrors = computed(() => {
    const step = this.step();
    return step.kind === 'done' ? step.result.errorRows.map(toPreviewRow) : [];
  });
  protected readonly busy = computed(() =>
    ['reading', 'previewing', 'importing'].includes(this.step().kind),
  );

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() =>
        this.api
          .get(id)
          .pipe(takeUntilDestroyed(this.destroyRef))
          .subscribe({
            next: (cohort) => this.cohort.set(cohort),
            error: (error: unknown) => this.cohortProblem.set(toProblem(error)),
          }),
      );
    });
  }

  // Choosing a file

  protected onFileInput(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) void this.read(file);
    input.value = ''; // choosing the same file again reads it again
  }

  protected onDragOver(event: DragEvent): void {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    this.dragging.set(true);
  }

  protected onDragLeave(): void {
    this.dragging.set(false);
  }

  protected onDrop(event: DragEvent): void {
    event.preventDefault();
    this.dragging.set(false);
    const file = event.dataTransfer?.files[0];
    if (file && !this.busy()) void this.read(file);
  }

  protected chooseAnother(): void {
    this.reset();
    afterNextRender(() => this.fileInput()?.nativeElement.focus(), { injector: this.injector });
  }

  private async read(file: File): Promise<void> {
    this.reset();
    const refusal = fileRefusal(file);
    if (refusal) {
      this.fileError.set(refusal);
      return;
    }
    this.step.set({ kind: 'reading', fileName: file.name });
    let text: string;
    try {
      text = decodeCsv(await file.arrayBuffer()).text;
    } catch {
      this.step.set({ kind: 'choose' });
      this.fileError.set({ key: 'cohorts.import.file.unreadable', params: { detail: '' } });
      return;
    }
    this.csv.set(text);
    this.runPreview(file.name, text);
  }

  private runPreview(fileName: string, csv: string): void {
    this.step.set({ kind: 'previewing', fileName });
    this.api
      .previewImport(this.id(), csv)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (preview) => {
          this.preview.set(preview);
          // Errors first catch the eye: start on them when there are any.
          this.filter.set(preview.counts.error > 0 ? 'error' : 'all');
          this.pageIndex.set(0);
          this.step.set({ kind: 'preview', fileName });
          this.focus(this.previewHeading);
        },
        error: (error: unknown) => this.fail(error),
      });
  }

  // Preview

  protected setFilter(filter: RowFilter): void {
    this.filter.set(filter);
    this.pageIndex.set(0);
  }

  protected onPage(event: PageEvent): void {
    this.pageIndex.set(event.pageIndex);
  }

  protected onLinksPage(event: PageEvent): void {
    this.linksPageIndex.set(event.pageIndex);
  }

  protected runImport(): void {
    const step = this.step();
    const csv = this.csv();
    if (step.kind !== 'preview' || csv === null) return;
    this.step.set({ kind: 'importing', fileName: step.fileName });
    this.api
      .import(this.id(), csv)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (result) => {
          this.linksPageIndex.set(0);
          this.step.set({ kind: 'done', fileName: step.fileName, result });
          this.focus(this.resultHeading);
          this.reloadCohort();
        },
        error: (error: unknown) => {
          this.step.set({ kind: 'preview', fileName: step.fileName });
          this.problem.set(toProblem(error));
        },
      });
  }

  // Result

  protected copyAll(links: readonly NewStudentLink[]): void {
    this.copied.set(this.clipboard.copy(linksText(links)) ? 'all' : null);
  }

  protected copyOne(link: NewStudentLink): void {
    this.copied.set(this.clipboard.copy(link.setPasswordUrl) ? link.email : null);
  }

  protected downloadLinks(links: readonly NewStudentLink[]): void {
    const t = (key: string) => this.transloco.translate(`cohorts.import.links.${key}`);
    const csv = linksCsv(links, { name: t('name'), email: t('email'), link: t('link') });
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const anchor = this.document.createElement('a');
    anchor.href = url;
    anchor.download = `${t('fileName')}-${slug(this.cohort()?.name ?? '')}.csv`;
    this.document.body.append(anchor);
    anchor.click();
    anchor.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  protected issueText(row: PreviewRow): string {
    return row.issues.map((issue) => this.message(issue)).join(' · ');
  }

  protected message(message: Message): string {
    const params = { ...(message.params ?? {}) };
    if (typeof params['field'] === 'string') {
      params['field'] = this.transloco.translate(`cohorts.import.column.${params['field']}`);
    }
    if (Array.isArray(params['columns'])) {
      params['columns'] = (params['columns'] as string[])
        .map((c) => this.transloco.translate(`cohorts.import.column.${c}`))
        .join(', ');
    }
    return this.transloco.translate(message.key, params);
  }

  private fail(error: unknown): void {
    const problem = toProblem(error);
    this.step.set({ kind: 'choose' });
    this.csv.set(null);
    if (problem.code === 'import.invalid_file') this.fileError.set(invalidFileMessage(problem));
    else this.problem.set(problem);
  }

  private reset(): void {
    this.step.set({ kind: 'choose' });
    this.preview.set(null);
    this.csv.set(null);
    this.fileError.set(null);
    this.problem.set(null);
    this.copied.set(null);
  }

  private reloadCohort(): void {
    this.api.get(this.id()).subscribe({ next: (cohort) => this.cohort.set(cohort) });
  }

  private focus(target: () => ElementRef<HTMLElement> | undefined): void {
    afterNextRender(() => target()?.nativeElement.focus(), { injector: this.injector });
  }
}

function slug(name: string): string {
  return (
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase() || 'cohort'
  );
}
