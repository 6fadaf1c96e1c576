import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { CohortsApiService } from '../../core/api/cohorts-api.service';
import { toProblem } from '../../core/api/problem';
import { type ImportPreview, type Problem } from '../../core/api/types';
import { detailLoader } from '../../shared/detail-loader';
import { LoadFailureComponent } from '../../shared/load-failure.component';
import { ImportPreviewTableComponent } from './import-preview-table.component';
import { type Message, decodeCsv, fileRefusal, invalidFileMessage } from './import-preview';
import { ImportResultComponent } from './import-result.component';
import { type ImportStep } from './import-step';
import { ImportUploadComponent } from './import-upload.component';

/**
 * Admin: imports a cohort's students from a CSV file. The file is read in the browser and
 * previewed by the API (every row with what would happen and why); then the valid rows are
 * imported in one go, and the new students' set-password links are listed. The page runs the
 * steps; the upload, the preview and the result are section components.
 */
@Component({
  selector: 'cq-import-page',
  imports: [
    RouterLink,
    MatIconModule,
    TranslocoPipe,
    LoadFailureComponent,
    ImportPreviewTableComponent,
    ImportResultComponent,
    ImportUploadComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './import.page.html',
  styleUrl: './import.page.scss',
})
export class ImportPage {
  private readonly api = inject(CohortsApiService);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);
  private readonly upload = viewChild(ImportUploadComponent);

  readonly id = input.required<string>();

  protected readonly loader = detailLoader({
    key: () => this.id(),
    load: (id) => this.api.get(id),
  });
  protected readonly cohort = this.loader.value;
  protected readonly step = signal<ImportStep>({ kind: 'choose' });
  /** Why the chosen file was refused (before or by the API), or why the import failed. */
  protected readonly fileError = signal<Message | null>(null);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly preview = signal<ImportPreview | null>(null);
  protected readonly busy = computed(() =>
    ['reading', 'previewing', 'importing'].includes(this.step().kind),
  );

  private readonly csv = signal<string | null>(null);

  protected chooseAnother(): void {
    this.reset();
    afterNextRender(() => this.upload()?.focus(), { injector: this.injector });
  }

  protected async read(file: File): Promise<void> {
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
          this.step.set({ kind: 'done', fileName: step.fileName, result });
          this.loader.reload();
        },
        error: (error: unknown) => {
          this.step.set({ kind: 'preview', fileName: step.fileName });
          this.problem.set(toProblem(error));
        },
      });
  }

  private runPreview(fileName: string, csv: string): void {
    this.step.set({ kind: 'previewing', fileName });
    this.api
      .previewImport(this.id(), csv)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (preview) => {
          this.preview.set(preview);
          this.step.set({ kind: 'preview', fileName });
        },
        error: (error: unknown) => this.fail(error),
      });
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
  }
}
