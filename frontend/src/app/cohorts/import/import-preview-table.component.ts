import {
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  afterNextRender,
  computed,
  inject,
  input,
  linkedSignal,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatIconModule } from '@angular/material/icon';
import { type PageEvent, MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { TranslocoPipe } from '@jsverse/transloco';
import { type ImportPreview } from '../../core/api/types';
import { LocaleNumberPipe } from '../../shared/locale-date.pipe';
import { ImportMessagesService } from './import-messages.service';
import {
  type Message,
  type RowFilter,
  filterCounts,
  filterRows,
  importSummary,
  toPreviewRow,
} from './import-preview';
import { IMPORT_PAGE_SIZE } from './import-step';

/**
 * The import's preview: what each row of the file would do and why, filtered and paged, and
 * the button that imports the valid rows. Takes the focus when it appears.
 */
@Component({
  selector: 'cq-import-preview-table',
  imports: [
    MatButtonModule,
    MatButtonToggleModule,
    MatIconModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatTableModule,
    TranslocoPipe,
    LocaleNumberPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './import-preview-table.component.html',
  styleUrls: ['./import-sections.scss', './import-preview-table.component.scss'],
})
export class ImportPreviewTableComponent {
  private readonly messages = inject(ImportMessagesService);
  private readonly previewHeading = viewChild<ElementRef<HTMLElement>>('previewHeading');

  readonly preview = input.required<ImportPreview>();
  readonly importing = input(false);
  readonly chooseAnother = output<void>();
  readonly importRequested = output<void>();

  protected readonly rows = computed(() => this.preview().rows.map(toPreviewRow));
  protected readonly summary = computed(() => importSummary(this.preview().counts));
  protected readonly counts = computed(() => filterCounts(this.summary()));
  protected readonly recognisedColumns = computed(() =>
    Object.entries(this.preview().columns).map(([field, header]) => ({ field, header })),
  );

  /** Errors first catch the eye: a preview starts on them when there are any. */
  protected readonly filter = linkedSignal<RowFilter>(() =>
    this.preview().counts.error > 0 ? 'error' : 'all',
  );
  protected readonly pageIndex = signal(0);
  protected readonly pageSize = IMPORT_PAGE_SIZE;
  protected readonly filteredRows = computed(() => filterRows(this.rows(), this.filter()));
  protected readonly pageRows = computed(() => {
    const start = this.pageIndex() * IMPORT_PAGE_SIZE;
    return this.filteredRows().slice(start, start + IMPORT_PAGE_SIZE);
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
  protected readonly filters: readonly RowFilter[] = ['all', 'import', 'skip', 'error'];

  constructor() {
    afterNextRender(() => this.previewHeading()?.nativeElement.focus());
  }

  protected setFilter(filter: RowFilter): void {
    this.filter.set(filter);
    this.pageIndex.set(0);
  }

  protected onPage(event: PageEvent): void {
    this.pageIndex.set(event.pageIndex);
  }

  protected runImport(): void {
    this.importRequested.emit();
  }

  protected message(message: Message): string {
    return this.messages.message(message);
  }
}
