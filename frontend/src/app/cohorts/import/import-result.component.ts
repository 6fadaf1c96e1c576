import { Clipboard } from '@angular/cdk/clipboard';
import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  afterNextRender,
  computed,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { type PageEvent, MatPaginatorModule } from '@angular/material/paginator';
import { MatTableModule } from '@angular/material/table';
import { MatTooltipModule } from '@angular/material/tooltip';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { type ImportResult, type NewStudentLink } from '../../core/api/types';
import { LocaleNumberPipe } from '../../shared/locale-date.pipe';
import { ImportMessagesService } from './import-messages.service';
import { type PreviewRow, linksCsv, linksText, toPreviewRow } from './import-preview';
import { IMPORT_PAGE_SIZE } from './import-step';

/**
 * The import's result: what was created, enrolled and left out, and the new students'
 * set-password links to copy or download. Takes the focus when it appears.
 */
@Component({
  selector: 'cq-import-result',
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatPaginatorModule,
    MatTableModule,
    MatTooltipModule,
    TranslocoPipe,
    LocaleNumberPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './import-result.component.html',
  styleUrls: ['./import-sections.scss', './import-result.component.scss'],
})
export class ImportResultComponent {
  private readonly messages = inject(ImportMessagesService);
  private readonly transloco = inject(TranslocoService);
  private readonly clipboard = inject(Clipboard);
  private readonly document = inject(DOCUMENT);
  private readonly resultHeading = viewChild<ElementRef<HTMLElement>>('resultHeading');

  readonly result = input.required<ImportResult>();
  readonly cohortId = input.required<string>();
  /** Names the downloaded file. */
  readonly cohortName = input('');
  readonly chooseAnother = output<void>();

  protected readonly copied = signal<'all' | string | null>(null);
  protected readonly pageSize = IMPORT_PAGE_SIZE;
  protected readonly linkColumns = ['displayName', 'email', 'link', 'copy'];
  /** The new students' links, a page at a time (an import may create thousands). */
  protected readonly linksPageIndex = signal(0);
  protected readonly pageLinks = computed(() => {
    const start = this.linksPageIndex() * IMPORT_PAGE_SIZE;
    return this.result().links.slice(start, start + IMPORT_PAGE_SIZE);
  });
  /** The rows the import left out, with their problems. */
  protected readonly resultErrors = computed(() => this.result().errorRows.map(toPreviewRow));

  constructor() {
    afterNextRender(() => this.resultHeading()?.nativeElement.focus());
  }

  protected onLinksPage(event: PageEvent): void {
    this.linksPageIndex.set(event.pageIndex);
  }

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
    anchor.download = `${t('fileName')}-${slug(this.cohortName())}.csv`;
    this.document.body.append(anchor);
    anchor.click();
    anchor.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  protected issueText(row: PreviewRow): string {
    return this.messages.issueText(row);
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
