import { type HttpEvent, HttpEventType } from '@angular/common/http';

/** Where an upload stands, for a determinate progress bar. */
export type UploadState<T> =
  /** Bytes on their way: `percent` of the file sent. */
  | { phase: 'sending'; percent: number }
  /** Every byte sent; the server checks and stores the file. */
  | { phase: 'processing'; percent: 100 }
  | { phase: 'done'; percent: 100; result: T };

/**
 * Maps an HttpClient upload event (`reportProgress: true, observe: 'events'`) to the
 * upload's state; null for events that change nothing. `fileSize` stands in for the total
 * when the browser does not know it.
 */
export function uploadProgress<T>(event: HttpEvent<T>, fileSize: number): UploadState<T> | null {
  switch (event.type) {
    case HttpEventType.Sent:
      return { phase: 'sending', percent: 0 };
    case HttpEventType.UploadProgress: {
      const total = event.total ?? fileSize;
      if (!total || event.loaded >= total) return { phase: 'processing', percent: 100 };
      return { phase: 'sending', percent: Math.min(99, Math.floor((event.loaded / total) * 100)) };
    }
    case HttpEventType.ResponseHeader:
    case HttpEventType.DownloadProgress:
      return { phase: 'processing', percent: 100 };
    case HttpEventType.Response:
      return event.body === null
        ? { phase: 'processing', percent: 100 }
        : { phase: 'done', percent: 100, result: event.body };
    default:
      return null;
  }
}
