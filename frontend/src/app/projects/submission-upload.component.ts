import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  type ElementRef,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';
import { type Subscription } from 'rxjs';
import { toProblem } from '../core/api/problem';
import { ProjectsApiService } from '../core/api/projects-api.service';
import { type Problem, type Submission } from '../core/api/types';
import { ErrorMessagePipe } from '../shared/error-message.pipe';
import { type UploadState, uploadProgress } from './upload-progress';

/** What the browser's file picker offers: the types the API takes (it judges by content). */
const ACCEPT =
  '.pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.odp,.png,.jpg,.jpeg,.gif,.webp,.zip,' +
  'application/pdf,image/*,application/zip';

/**
 * Uploads a new version of a milestone: choosing a file sends it at once, with a determinate
 * progress bar, then says which version it became, or why it was refused.
 */
@Component({
  selector: 'cq-submission-upload',
  imports: [MatIconModule, MatProgressBarModule, TranslocoPipe, ErrorMessagePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './submission-upload.component.html',
  styleUrl: './submission-upload.component.scss',
})
export class SubmissionUploadComponent {
  readonly milestoneId = input.required<string>();
  readonly milestoneTitle = input.required<string>();
  readonly uploaded = output<Submission>();

  private readonly api = inject(ProjectsApiService);
  private readonly input = viewChild.required<ElementRef<HTMLInputElement>>('fileInput');

  protected readonly accept = ACCEPT;
  protected readonly inputId = `cq-upload-${Math.random().toString(36).slice(2, 10)}`;
  protected readonly fileName = signal<string | null>(null);
  protected readonly state = signal<UploadState<Submission> | null>(null);
  protected readonly problem = signal<Problem | null>(null);
  private upload: Subscription | null = null;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.upload?.unsubscribe());
  }

  protected uploading(): boolean {
    const state = this.state();
    return state !== null && state.phase !== 'done';
  }

  protected onFileChosen(): void {
    const element = this.input().nativeElement;
    const file = element.files?.[0];
    if (!file || this.uploading()) return;
    this.fileName.set(file.name);
    this.problem.set(null);
    this.state.set({ phase: 'sending', percent: 0 });
    this.upload = this.api.upload(this.milestoneId(), file).subscribe({
      next: (event) => {
        const state = uploadProgress(event, file.size);
        if (!state) return;
        this.state.set(state);
        if (state.phase === 'done') this.uploaded.emit(state.result);
      },
      error: (error: unknown) => {
        this.state.set(null);
        this.problem.set(toProblem(error));
        element.value = '';
      },
      complete: () => {
        element.value = '';
      },
    });
  }
}
