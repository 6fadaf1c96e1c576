import { Pipe, type PipeTransform, inject } from '@angular/core';
import { LanguageService } from '../core/i18n/language.service';
import { formatFileSize } from '../shared/file-size';

/** A file size for the active language: `{{ submission.sizeBytes | cqFileSize }}`. */
@Pipe({ name: 'cqFileSize', pure: false })
export class FileSizePipe implements PipeTransform {
  private readonly language = inject(LanguageService);

  transform(bytes: number | null | undefined): string {
    return bytes === null || bytes === undefined
      ? ''
      : formatFileSize(bytes, this.language.locale());
  }
}
