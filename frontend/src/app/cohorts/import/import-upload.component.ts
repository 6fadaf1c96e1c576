import {
  ChangeDetectionStrategy,
  Component,
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
import { type Problem } from '../../core/api/types';
import { ErrorMessagePipe } from '../../shared/error-message.pipe';
import { ImportMessagesService } from './import-messages.service';
import { type Message } from './import-preview';
import { type ImportStep } from './import-step';

/** The import's first step: the expected columns, and a file to choose or drop. */
@Component({
  selector: 'cq-import-upload',
  imports: [MatIconModule, MatProgressBarModule, TranslocoPipe, ErrorMessagePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './import-upload.component.html',
  styleUrls: ['./import-sections.scss', './import-upload.component.scss'],
})
export class ImportUploadComponent {
  private readonly messages = inject(ImportMessagesService);
  private readonly fileInput = viewChild<ElementRef<HTMLInputElement>>('fileInput');

  readonly step = input.required<ImportStep>();
  readonly busy = input(false);
  /** Why the chosen file was refused (before or by the API). */
  readonly fileError = input<Message | null>(null);
  /** Why the preview or the import failed. */
  readonly problem = input<Problem | null>(null);
  readonly fileChosen = output<File>();

  protected readonly dragging = signal(false);

  /** Puts the focus on the file input (after "choose another file"). */
  focus(): void {
    this.fileInput()?.nativeElement.focus();
  }

  protected onFileInput(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) this.fileChosen.emit(file);
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
    if (file && !this.busy()) this.fileChosen.emit(file);
  }

  protected message(message: Message): string {
    return this.messages.message(message);
  }
}
