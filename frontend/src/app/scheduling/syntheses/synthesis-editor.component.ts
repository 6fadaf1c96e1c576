import {
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTooltipModule } from '@angular/material/tooltip';
import { TranslocoPipe } from '@jsverse/transloco';
import { type Observable, catchError, map, of, startWith, tap, throwError } from 'rxjs';
import { toProblem } from '../../core/api/problem';
import { SynthesesApiService } from '../../core/api/syntheses-api.service';
import { type Problem, type Synthesis } from '../../core/api/types';
import {
  ConfirmDialogComponent,
  type ConfirmDialogData,
} from '../../shared/confirm-dialog.component';
import { DateFormatPipe } from '../../core/i18n/date-format.pipe';
import { detailLoader } from '../../shared/detail-loader';
import { ErrorMessagePipe } from '../../shared/error-message.pipe';
import { LoadFailureComponent } from '../../shared/load-failure.component';
import { htmlToText, textToHtml } from '../synthesis-text';

type Mark = 'bold' | 'italic' | 'heading' | 'list';

/** What each toolbar button puts around the selection (or at the start of its lines). */
const MARKS: Readonly<Record<Mark, { icon: string; wrap?: string; prefix?: string }>> = {
  bold: { icon: 'format_bold', wrap: '**' },
  italic: { icon: 'format_italic', wrap: '*' },
  heading: { icon: 'title', prefix: '## ' },
  list: { icon: 'format_list_bulleted', prefix: '- ' },
};

/**
 * A student's synthesis of a session: plain text with a few marks (a toolbar adds them),
 * previewed as it will be read, saved as a draft, then handed in (final).
 */
@Component({
  selector: 'cq-synthesis-editor',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatTooltipModule,
    TranslocoPipe,
    DateFormatPipe,
    ErrorMessagePipe,
    LoadFailureComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './synthesis-editor.component.html',
  styleUrl: './syntheses.scss',
})
export class SynthesisEditorComponent {
  private readonly api = inject(SynthesesApiService);
  private readonly dialog = inject(MatDialog);

  readonly sessionId = input.required<string>();
  /** The programme's zone: the dates are shown in it. */
  readonly timeZone = input.required<string>();

  protected readonly marks = Object.entries(MARKS) as [Mark, (typeof MARKS)[Mark]][];
  /** The student's synthesis of the session; `null` when none is written yet (an empty editor). */
  protected readonly loader = detailLoader({
    key: () => this.sessionId(),
    load: (sessionId) => this.mine(sessionId).pipe(tap((synthesis) => this.fill(synthesis))),
  });
  protected readonly synthesis = this.loader.value;
  protected readonly loading = this.loader.loading;
  protected readonly pending = signal(false);
  /** Why the last save or hand-in failed (a failed load shows through the loader). */
  protected readonly actionProblem = signal<Problem | null>(null);
  protected readonly preview = signal(false);
  protected readonly text = new FormControl('', {
    nonNullable: true,
    validators: [Validators.maxLength(100_000)],
  });
  private readonly textarea = viewChild<ElementRef<HTMLTextAreaElement>>('editor');

  private readonly value = toSignal(
    this.text.valueChanges.pipe(
      startWith(null),
      map(() => this.text.value),
    ),
    { initialValue: '' },
  );
  protected readonly previewHtml = computed(() => textToHtml(this.value()));
  protected readonly submitted = computed(() => !!this.synthesis()?.submittedAt);

  /** The synthesis, or `null` when the student has not written one yet (the API says 404). */
  private mine(sessionId: string): Observable<Synthesis | null> {
    return this.api
      .mine(sessionId)
      .pipe(
        catchError((error: unknown) =>
          toProblem(error).status === 404 ? of(null) : throwError(() => error),
        ),
      );
  }

  protected apply(mark: Mark): void {
    const element = this.textarea()?.nativeElement;
    if (!element) return;
    const { wrap, prefix = '' } = MARKS[mark];
    const { selectionStart: start, selectionEnd: end, value } = element;
    let next: string;
    let cursor: [number, number];
    if (wrap) {
      const selected = value.slice(start, end);
      next = value.slice(0, start) + wrap + selected + wrap + value.slice(end);
      cursor = [start + wrap.length, end + wrap.length];
    } else {
      const lineStart = value.lastIndexOf('\n', start - 1) + 1;
      const block = value.slice(lineStart, end);
      const marked = block
        .split('\n')
        .map((line) => (line.startsWith(prefix) ? line : prefix + line))
        .join('\n');
      next = value.slice(0, lineStart) + marked + value.slice(end);
      cursor = [lineStart + marked.length, lineStart + marked.length];
    }
    this.text.setValue(next);
    this.text.markAsDirty();
    element.focus();
    queueMicrotask(() => element.setSelectionRange(...cursor));
  }

  protected save(submit: boolean): void {
    if (this.pending() || this.text.invalid) return;
    if (submit) {
      this.dialog
        .open<ConfirmDialogComponent, ConfirmDialogData, boolean>(ConfirmDialogComponent, {
          data: {
            title: 'scheduling.synthesis.submitTitle',
            message: 'scheduling.synthesis.submitMessage',
            confirm: 'scheduling.synthesis.submit',
          },
          maxWidth: 'calc(100vw - 24px)',
        })
        .afterClosed()
        .subscribe((confirmed) => {
          if (confirmed) this.send(true);
        });
    } else {
      this.send(false);
    }
  }

  private send(submit: boolean): void {
    this.pending.set(true);
    this.actionProblem.set(null);
    this.api.save(this.sessionId(), { bodyHtml: textToHtml(this.text.value), submit }).subscribe({
      next: (synthesis) => {
        this.pending.set(false);
        this.loader.set(synthesis);
        this.fill(synthesis);
      },
      error: (error: unknown) => {
        this.pending.set(false);
        this.actionProblem.set(toProblem(error));
      },
    });
  }

  /** The editor holds the synthesis shown (empty when there is none yet). */
  private fill(synthesis: Synthesis | null): void {
    this.text.setValue(synthesis ? htmlToText(synthesis.bodyHtml) : '');
    this.text.markAsPristine();
    this.actionProblem.set(null);
  }
}
